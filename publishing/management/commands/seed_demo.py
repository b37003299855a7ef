from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from nelscp.accounts.demo import DEMO_SECRET, demo_devices_load
from publishing.demo import seed_demo
from reviews.demo import DEMO_PASSWORD, DEMO_USERS


class Command(BaseCommand):
    help = "Load fictional demo reviews and one demo staff user per role (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even with DJANGO_DEBUG off (demo users have a published password).",
        )

    def handle(self, *args, force: bool = False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to load demo users with a known password while DJANGO_DEBUG is off. "
                "Use --force on a demonstration server only."
            )
        result = seed_demo(today=timezone.localdate())
        demo_devices_load()
        self.stdout.write(
            f"Demo data: {result.reviews_created} reviews and {result.users_created} users "
            "created (existing ones left as they were)."
        )
        self.stdout.write(f"Demo staff logins (password for all: {DEMO_PASSWORD}):")
        for user in DEMO_USERS:
            self.stdout.write(f"  {user.username:<10} {user.role}")
        self.stdout.write(
            "Then the second factor: the 6-digit code `make code` prints (`manage.py demo_code`), "
            f"or an authenticator app's, given the key {DEMO_SECRET}."
        )
