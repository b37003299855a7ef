"""`manage.py files_verify`: check every stored PDF against its recorded SHA-256 (after a
restore, or on a schedule); exit non-zero when any is missing or altered."""

from django.core.management.base import BaseCommand, CommandError

from publishing.services.files import stored_files_verify


class Command(BaseCommand):
    help = "Check every stored PDF (notices, public PDFs) against its recorded SHA-256."

    def handle(self, *args, **options):
        problems = stored_files_verify()
        for problem in problems:
            self.stderr.write(str(problem))
        if problems:
            raise CommandError(f"{len(problems)} stored file(s) missing or altered.")
        self.stdout.write(self.style.SUCCESS("Every stored PDF matches its recorded SHA-256."))
