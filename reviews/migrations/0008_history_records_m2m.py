"""Give the history rows written by state moves the themes and agencies the review had then.

Until now a state move (`reviews.services.transitions.record_history`) wrote the review's
history row without its many-to-many values, so the history showed the themes and agencies
emptied at every move. A state move never changes them, and every change to them writes a
history row of its own, so a move's row gets the links of the row before it.
"""

from django.db import migrations

LINKS = {"themes": "theme_id", "agencies": "agency_id"}


def repair(apps, schema_editor):
    versions = list(
        apps.get_model("reviews", "HistoricalReview")
        .objects.order_by("id", "history_date", "history_id")
        .values_list("history_id", "id", "history_change_reason")
    )
    for field, target in LINKS.items():
        recorded = apps.get_model("reviews", f"HistoricalReview_{field}")
        links: dict[int, list[dict]] = {}
        for link in recorded.objects.values("history_id", "id", "review_id", target):
            links.setdefault(link.pop("history_id"), []).append(link)
        latest: dict[int, list[dict]] = {}  # review id -> the links of its latest row
        missing = []
        for history_id, review_id, reason in versions:
            if history_id not in links and reason:  # a state move's row
                links[history_id] = latest.get(review_id, [])
                missing += [recorded(history_id=history_id, **link) for link in links[history_id]]
            latest[review_id] = links.get(history_id, [])
        recorded.objects.bulk_create(missing, batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0007_slug_help"),
    ]

    operations = [
        migrations.RunPython(repair, migrations.RunPython.noop, elidable=True),
    ]
