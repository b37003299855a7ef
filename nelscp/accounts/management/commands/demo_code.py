from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from nelscp.accounts.demo import DemoCodeError, demo_code


class Command(BaseCommand):
    help = "Print the current second-factor code of a demo user (`make code` runs it)."

    def add_arguments(self, parser):
        parser.add_argument(
            "username",
            nargs="?",
            default="author",
            help="a demo user loaded by seed_demo (default: author; all share one key)",
        )

    def handle(self, *args, username: str, **options):
        try:
            self.stdout.write(demo_code(username))
        except DemoCodeError as error:
            raise CommandError(str(error)) from None
        except DatabaseError:
            raise CommandError("No demo data yet: `make run` loads it.") from None
