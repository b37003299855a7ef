"""Give the roles the permissions of the publishing models."""

from django.db import migrations


def sync(apps, schema_editor):
    from reviews.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("publishing", "0004_recipients_and_scheduler"),
        ("reviews", "0006_publication_fields"),
    ]
    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
