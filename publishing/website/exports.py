"""The public metadata of published reports, for reuse: `/reviews.json` and `/reviews.csv`.

Only what `services.catalogue.public_reviews()` returns is exported, and only the fields below.
"""

from __future__ import annotations

from defusedcsv import csv
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from ..services import catalogue

EXPORT_FIELDS = [
    "reference",
    "title",
    "url",
    "pseudonym",
    "review_type",
    "harm",
    "age_band",
    "sex",
    "incident_year",
    "incident_month",
    "published_on",
    "publication",
    "themes",
    "agencies",
    "reviewer",
    "summary",
    "actions_completed",
    "actions_total",
]


def _export_rows() -> list[dict]:
    # Counted in the query and only the two lists prefetched: the export needs nothing else,
    # and loading every report's full action plan made it grow with the number of reports.
    reviews = (
        catalogue.public_reviews()
        .with_action_progress(timezone.localdate())
        .prefetch_related("themes", "agencies")
        .order_by("-published_at", "reference")
    )
    rows = []
    for review in reviews:
        rows.append(
            {
                "reference": review.reference,
                "title": review.title,
                "url": settings.SITE_URL + reverse("publishing:review", args=[review.slug]),
                "pseudonym": review.pseudonym,
                "review_type": review.get_review_type_display(),
                "harm": review.get_harm_display(),
                "age_band": review.get_age_band_display(),
                "sex": review.get_sex_display(),
                "incident_year": review.incident_year,
                "incident_month": review.incident_month,
                "published_on": timezone.localdate(review.published_at).isoformat(),
                "publication": review.get_publication_mode_display(),
                "themes": [theme.name for theme in review.themes.all()],
                "agencies": [agency.name for agency in review.agencies.all()],
                "reviewer": review.reviewer_name,
                "summary": review.summary,
                "actions_completed": review.actions_completed,
                "actions_total": review.actions_total,
            }
        )
    return rows


@require_GET
def reviews_json(request):
    rows = _export_rows()
    response = JsonResponse(
        {"publisher": settings.PARTNERSHIP_NAME, "count": len(rows), "reviews": rows},
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def reviews_csv(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="reviews.csv"'
    response.write("\ufeff")  # so spreadsheet programs read the file as UTF-8
    writer = csv.DictWriter(response, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    for row in _export_rows():
        row["themes"] = "; ".join(row["themes"])
        row["agencies"] = "; ".join(row["agencies"])
        writer.writerow({key: _safe_cell(value) for key, value in row.items()})
    return response


# What a spreadsheet may read as the start of a formula (OWASP's "CSV injection" list): tab and
# carriage return count, because spreadsheets skip them before looking for one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(value):
    """`value` as a spreadsheet will show it without running it: text that could start a formula
    gets a leading apostrophe, which spreadsheets show as text and never evaluate.

    The writer (defusedcsv) applies the same rule to every cell it writes, and adds | and %;
    this one also covers the tab and carriage return that defusedcsv lets through.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
