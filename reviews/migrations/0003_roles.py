"""Create the staff roles as groups with their permissions."""

from django.db import migrations


def sync(apps, schema_editor):
    from reviews.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [("reviews", "0002_taxonomy"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
