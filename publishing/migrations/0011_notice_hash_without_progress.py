"""Action progress left the frozen report text (reviews 0011): keep every live notice live.

A notice not voided whose hash is the old formula's hash of the review's current text is given
the new formula's hash of the same text, so publication still finds the text it notified.
"""

from django.db import migrations

from reviews.migrations._text_hashes import report_hashes


def recompute_notices(apps, schema_editor):
    Notice = apps.get_model("publishing", "Notice")
    Review = apps.get_model("reviews", "Review")
    live = Notice.objects.filter(voided_at__isnull=True)
    for review in Review.objects.filter(pk__in=set(live.values_list("review_id", flat=True))):
        old, new = report_hashes(apps, review)
        if old != new:
            live.filter(review=review, content_hash=old).update(content_hash=new)


class Migration(migrations.Migration):
    dependencies = [
        ("publishing", "0010_stale_pdfs"),
        ("reviews", "0011_progress_outside_the_frozen_text"),
    ]
    operations = [migrations.RunPython(recompute_notices, migrations.RunPython.noop)]
