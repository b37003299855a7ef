from django.core.management.base import BaseCommand

from publishing.services.search import index_rebuild


class Command(BaseCommand):
    help = (
        "Index the published reviews that are not in the public search index yet (after an "
        "upgrade or a restore; day to day the index keeps itself up to date). --all "
        "re-indexes every published review."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Re-index every published review.")

    def handle(self, *args, all: bool = False, **options):
        count = index_rebuild(missing_only=not all)
        self.stdout.write(f"Search index: {count} published review(s) indexed.")
