"""The review's details joined the frozen text (reviews 0016): keep every live notice live.

A notice not voided whose hash is the hash before reviews 0016 of the review's current text is
given the new hash of the same text, so publication still finds the text it notified. Its
snapshot, what was sent, is kept as it was sent.
"""

from django.db import migrations

from reviews.migrations._text_hashes import details_hashes


def recompute_notices(apps, schema_editor):
    Notice = apps.get_model("publishing", "Notice")
    Review = apps.get_model("reviews", "Review")
    live = Notice.objects.filter(voided_at__isnull=True)
    for review in Review.objects.filter(pk__in=set(live.values_list("review_id", flat=True))):
        old, new = details_hashes(apps, review)
        live.filter(review=review, content_hash=old).update(content_hash=new)


class Migration(migrations.Migration):
    dependencies = [
        ("publishing", "0014_withdrawals"),
        ("reviews", "0016_public_fields_signed"),
    ]
    operations = [migrations.RunPython(recompute_notices, migrations.RunPython.noop)]
