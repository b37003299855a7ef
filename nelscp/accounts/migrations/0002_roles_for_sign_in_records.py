"""Give managers (and auditors) the sign-in records, and managers the second-factor reset."""

from django.db import migrations


def sync(apps, schema_editor):
    from reviews.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("axes", "0010_accessattemptexpiration"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("publishing", "0007_roles_for_public_site"),
    ]
    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
