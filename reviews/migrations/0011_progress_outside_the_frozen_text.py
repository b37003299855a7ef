"""Action progress leaves the frozen report text: keep every valid sign-off valid.

A live sign-off whose hash is the old formula's hash of the review's current text is given the
new formula's hash of the same text (and that version is kept for the QA page's diff). A
sign-off for an older text stays as it was: it was already stale. The roles get the progress
update permissions.
"""

from django.db import migrations

from reviews.migrations._text_hashes import new_text, report_hashes


def recompute_signoffs(apps, schema_editor):
    Review = apps.get_model("reviews", "Review")
    SignOff = apps.get_model("reviews", "SignOff")
    TextVersion = apps.get_model("reviews", "TextVersion")
    signed = SignOff.objects.filter(voided_at__isnull=True).values_list("review_id", flat=True)
    for review in Review.objects.filter(pk__in=set(signed)):
        old, new = report_hashes(apps, review)
        live = SignOff.objects.filter(review=review, voided_at__isnull=True, content_hash=old)
        if old != new and live.update(content_hash=new):
            TextVersion.objects.get_or_create(
                review=review, content_hash=new, defaults={"text": new_text(apps, review)}
            )


def sync(apps, schema_editor):
    from reviews.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [("reviews", "0010_progress_updates"), ("publishing", "0010_stale_pdfs")]
    operations = [
        migrations.RunPython(recompute_signoffs, migrations.RunPython.noop),
        migrations.RunPython(sync, migrations.RunPython.noop),
    ]
