"""Give the roles the permissions of the public site's models."""

from django.db import migrations


def sync(apps, schema_editor):
    from reviews.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [("publishing", "0006_public_site"), ("reviews", "0007_slug_help")]
    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
