"""Give the roles the permissions of the quality-assurance models and the calendar."""

from django.db import migrations


def sync(apps, schema_editor):
    from reviews.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [("reviews", "0004_quality_assurance"), ("publishing", "0002_nonworkingday")]
    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
