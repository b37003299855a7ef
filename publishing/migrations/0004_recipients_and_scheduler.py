"""Seed the three national recipients (addresses left for managers to enter) and the
system user that the scheduler's actions are recorded under in history."""

from django.contrib.auth.hashers import make_password
from django.db import migrations

RECIPIENTS = [
    ("ofsted", "Ofsted"),
    ("dfe", "Department for Education"),
    ("panel", "Child Safeguarding Practice Review Panel"),
]


def seed(apps, schema_editor):
    Recipient = apps.get_model("publishing", "Recipient")
    for body, name in RECIPIENTS:
        Recipient.objects.get_or_create(body=body, defaults={"name": name})
    User = apps.get_model("auth", "User")
    User.objects.get_or_create(
        username="scheduler",
        defaults={
            "first_name": "Scheduler",
            "last_name": "(automatic)",
            "is_active": False,
            "password": make_password(None),
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("publishing", "0003_lifecycle"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
