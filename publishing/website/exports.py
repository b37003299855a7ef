"""The public metadata of published reports, for reuse: `/reviews.json` and `/reviews.csv`.

Only what `services.catalogue.public_reviews()` returns is exported, and only the fields below.
Both are streamed, read from the database a chunk at a time (a fixed number of queries per
chunk), so memory stays flat whatever the number of reports; the whole lists are built once
per version and then sent from a stored file (export_store.py); both answer conditional GETs
(ETag, Last-Modified) with a 304 without reading a row. The format is in docs/OPEN_DATA.md.
"""

from __future__ import annotations

import functools
import hashlib
import json
import textwrap
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from defusedcsv import csv
from django.conf import settings
from django.db.models import Count, Max, Subquery
from django.http import JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.http import require_GET

from reviews.models import Action, Agency, Review, Theme

from ..services import catalogue
from . import export_store

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
CHUNK_SIZE = 500  # rows read per query; themes and agencies are fetched once per chunk
DEFAULT_PER_PAGE = 100
MAX_PER_PAGE = 500
COLUMNS = [
    "pk", "reference", "title", "slug", "pseudonym", "review_type", "harm", "age_band", "sex",
    "incident_year", "incident_month", "published_at", "publication_mode", "reviewer_name",
    "summary", "actions_completed", "actions_total",
]  # fmt: skip
LABELLED = ["review_type", "harm", "age_band", "sex", "publication_mode"]


def _reviews():
    """The public reviews as plain dicts, newest first, with their action counts (one query:
    the counts are subqueries, worked out for the rows read, so a page reads only its own)."""
    return (
        catalogue.public_reviews()
        .with_action_progress(timezone.localdate())
        .order_by("-published_at", "reference")
        .values(*COLUMNS)
    )


def _names(model, pks: list[int]) -> dict[int, list[str]]:
    """The names of `model` (themes or agencies) of each review in `pks`, by name (one query)."""
    names: dict[int, list[str]] = {}
    for pk, name in model.objects.filter(reviews__in=pks).values_list("reviews", "name"):
        names.setdefault(pk, []).append(name)
    return names


def _export_rows(reviews) -> Iterator[dict]:
    """One dict per review of `reviews` (see `_reviews()`), read `CHUNK_SIZE` rows at a time."""
    labels = {name: dict(Review._meta.get_field(name).flatchoices) for name in LABELLED}
    rows = reviews.iterator(chunk_size=CHUNK_SIZE)
    while chunk := list(islice(rows, CHUNK_SIZE)):
        pks = [row["pk"] for row in chunk]
        themes, agencies = _names(Theme, pks), _names(Agency, pks)
        for row in chunk:
            label = {name: str(labels[name].get(row[name], row[name])) for name in LABELLED}
            yield {
                "reference": row["reference"],
                "title": row["title"],
                "url": settings.SITE_URL + reverse("publishing:review", args=[row["slug"]]),
                "pseudonym": row["pseudonym"],
                "review_type": label["review_type"],
                "harm": label["harm"],
                "age_band": label["age_band"],
                "sex": label["sex"],
                "incident_year": row["incident_year"],
                "incident_month": row["incident_month"],
                "published_on": timezone.localdate(row["published_at"]).isoformat(),
                "publication": label["publication_mode"],
                "themes": themes.get(row["pk"], []),
                "agencies": agencies.get(row["pk"], []),
                "reviewer": row["reviewer_name"],
                "summary": row["summary"],
                "actions_completed": row["actions_completed"],
                "actions_total": row["actions_total"],
            }


def _latest_change(model):
    """The time of the newest history row of `model`: every save and every state move adds one."""
    return Subquery(model.history.order_by("-history_date").values("history_date")[:1])


def data_version() -> dict:
    """What changes whenever the exports would, in one query: how many reviews are public, the
    newest publication, and the newest history row of any review (edits, themes and agencies,
    publication and removal: every state move records one), action, theme or agency.

    The history maxima are over all rows, not only public ones: a change to a draft makes a
    reader fetch an unchanged list again, which is harmless; missing a change would not be.
    A change written with `.update()` and no history row is not seen (docs/OPEN_DATA.md).
    """
    return catalogue.public_reviews().aggregate(
        count=Count("pk"),
        published=Max("published_at"),
        updated=Max("updated_at"),
        **{name: Max(_latest_change(model)) for name, model in TRACKED.items()},
    )


TRACKED = {"reviews": Review, "actions": Action, "themes": Theme, "agencies": Agency}


def _format_version() -> str:
    """What else shapes an export's bytes: this module's code, the labels of the choices, the
    site's address and the partnership's name. Part of every ETag, so a deployment that
    changes any of them never serves an export stored before it."""
    labels = [sorted(Review._meta.get_field(name).flatchoices) for name in LABELLED]
    shape = (_code_digest(), repr(labels), settings.SITE_URL, settings.PARTNERSHIP_NAME)
    return hashlib.sha256(repr(shape).encode()).hexdigest()


@functools.cache
def _code_digest() -> str:
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def _conditional(request, version: dict, *parts) -> tuple[str, int | None, object]:
    """The ETag and Last-Modified of this export at `version`, and the 304 to answer with when
    the reader's copy is current (else None). `parts` tell the format and page apart."""
    shape = (sorted(version.items()), parts, _format_version())
    digest = hashlib.sha256(repr(shape).encode()).hexdigest()
    etag = f'"{digest[:32]}"'
    times = [value for key, value in version.items() if key != "count" and value is not None]
    last_modified = int(max(times).timestamp()) if times else None
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    return etag, last_modified, not_modified


def _respond(request, version: dict, body, content_type: str, *parts, stored: str = ""):
    """A 304 (no row read) when the reader's copy is current; else the export: `body()`
    streamed, or for a whole export (`stored`, its file name) the stored file of this version,
    built by the first reader who asks (export_store.py)."""
    etag, last_modified, not_modified = _conditional(request, version, *parts)
    response = not_modified
    if response is None and stored:
        version_name = etag.strip('"')
        response = export_store.stored_response(stored, version_name, content_type)
        if response is None:
            lines = export_store.building(stored, version_name, body())
            response = StreamingHttpResponse(lines, content_type=content_type)
    if response is None:
        response = StreamingHttpResponse(body(), content_type=content_type)
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = "no-cache"  # keep it, but ask whether it changed each time
    return response


def _json_stream(envelope: dict, rows: Iterable[dict]) -> Iterator[str]:
    """`envelope` with `rows` as its last key "reviews", exactly as `json.dumps(..., indent=1)`
    would write it whole, a row at a time."""
    head, tail = json.dumps(envelope | {"reviews": []}, ensure_ascii=False, indent=1).rsplit(
        "[]", 1
    )
    yield head + "["
    separator = "\n"
    for row in rows:
        text = json.dumps(row, ensure_ascii=False, indent=1)
        yield separator + textwrap.indent(text, "  ")
        separator = ",\n"
    yield ("]" if separator == "\n" else "\n ]") + tail


def _page_request(request) -> tuple[int, int] | None:
    """The page and page size asked for, None for the whole list; ValueError on bad values."""
    if "page" not in request.GET and "per_page" not in request.GET:
        return None
    page = _whole_number(request.GET.get("page", "1"), "page")
    per_page = _whole_number(request.GET.get("per_page", str(DEFAULT_PER_PAGE)), "per_page")
    if per_page > MAX_PER_PAGE:
        raise ValueError(f"per_page must be at most {MAX_PER_PAGE}.")
    return page, per_page


def _whole_number(text: str, name: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 9 or int(text) < 1:
        raise ValueError(f"{name} must be a whole number from 1.")
    return int(text)


def _page_envelope(request, count: int, page: int, per_page: int) -> dict:
    """What a page adds to the envelope; ValueError when `page` is past the last page."""
    pages = max(1, -(-count // per_page))  # an empty list still has its one, empty, page
    if page > pages:
        raise ValueError(f"page must be at most {pages}.")
    path = reverse("publishing:reviews_json")

    def link(number: int) -> str | None:
        if not 1 <= number <= pages:
            return None
        return request.build_absolute_uri(f"{path}?page={number}&per_page={per_page}")

    return {
        "page": page,
        "per_page": per_page,
        "pages": pages,
        "next": link(page + 1),
        "previous": link(page - 1),
    }


@require_GET
def reviews_json(request):
    """The whole list (streamed), or one page of it with `?page=N&per_page=M`."""
    version = data_version()
    envelope = {"publisher": settings.PARTNERSHIP_NAME, "count": version["count"]}
    reviews = _reviews()
    try:
        paging = _page_request(request)
        if paging:
            page, per_page = paging
            envelope |= _page_envelope(request, version["count"], page, per_page)
            reviews = reviews[(page - 1) * per_page : page * per_page]
    except ValueError as error:
        return JsonResponse({"error": str(error)}, status=400)
    response = _respond(
        request,
        version,
        lambda: _json_stream(envelope, _export_rows(reviews)),
        "application/json",
        "json",
        paging,
        stored="" if paging else "reviews.json",
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


class _Echo:
    """A file that hands back what is written to it, so the CSV writer yields lines."""

    def write(self, value: str) -> str:
        return value


@require_GET
def reviews_csv(request):
    response = _respond(
        request, data_version(), _csv_lines, "text/csv; charset=utf-8", "csv", stored="reviews.csv"
    )
    response["Content-Disposition"] = 'attachment; filename="reviews.csv"'
    return response


def _csv_lines() -> Iterator[str]:
    yield "\ufeff"  # so spreadsheet programs read the file as UTF-8
    writer = csv.DictWriter(_Echo(), fieldnames=EXPORT_FIELDS)
    yield writer.writeheader()
    for row in _export_rows(_reviews()):
        row["themes"] = "; ".join(row["themes"])
        row["agencies"] = "; ".join(row["agencies"])
        yield writer.writerow({key: _safe_cell(value) for key, value in row.items()})


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
