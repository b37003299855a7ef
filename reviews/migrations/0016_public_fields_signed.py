"""The review's details (everything the public reads beside the report's text) join the frozen
text: keep every valid sign-off valid.

A live sign-off whose hash is the hash before this migration of the review's current text is
given the new hash of the same text (and that version is kept for the QA page's diff). A
sign-off for an older text, or a voided one, stays as it was: it was already stale.
"""

from django.db import migrations

from reviews.migrations._text_hashes import details_hashes, details_text


def recompute_signoffs(apps, schema_editor):
    Review = apps.get_model("reviews", "Review")
    SignOff = apps.get_model("reviews", "SignOff")
    TextVersion = apps.get_model("reviews", "TextVersion")
    signed = SignOff.objects.filter(voided_at__isnull=True).values_list("review_id", flat=True)
    for review in Review.objects.filter(pk__in=set(signed)):
        old, new = details_hashes(apps, review)
        live = SignOff.objects.filter(review=review, voided_at__isnull=True, content_hash=old)
        if live.update(content_hash=new):
            TextVersion.objects.get_or_create(
                review=review, content_hash=new, defaults={"text": details_text(apps, review)}
            )


class Migration(migrations.Migration):
    dependencies = [("reviews", "0015_withdrawn_status")]
    operations = [migrations.RunPython(recompute_signoffs, migrations.RunPython.noop)]
