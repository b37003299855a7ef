"""The Action owner role (a partner agency's staff, who report their agency's progress), and
the managers' permissions on action owners' agencies."""

from django.db import migrations


def sync(apps, schema_editor):
    from reviews.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0012_agency_membership"),
        ("publishing", "0011_notice_hash_without_progress"),
        ("accounts", "0002_roles_for_sign_in_records"),
    ]
    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
