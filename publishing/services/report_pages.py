"""Stored report pages: each public report's page is built once per change, by the worker,
and every reader is sent it as it is (1 query), so a report nobody has opened for months is as
quick as the home page.

A page is *exact*, never a lag behind the data: it is sent only when

- the review is public now (the same query reads its status: a removal takes effect at once);
- no change it may show has been made since it was built. Every save or deletion the public
  pages' cache sees (`page_cache.shown_to_the_public`) marks the pages it touches stale inside
  the change's own transaction (`mark`): the review's, those of reviews linked to it by an
  extension (they show its title), or every page for a change no single review owns (a
  theme's or an agency's name). A page built while a mark arrived is not stored (`keep` checks
  `changes` did not move since it was read, before the data was);
- it was built by the code, templates and settings now running (`built_with`), so a
  deployment never sends a page built before it;
- it is still right for today: an action becomes overdue the day after its due date, so a
  page is right until the earliest due date of its open actions that has not passed
  (`same_until`).

A reader who asks for a page that is not stored gets it built there and then, and kept. The
worker (`report_pages_build`, every minute) builds what is stale or out of date, touching only
those rows; after a deployment, its first pass builds every public report page again.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.templatetags.static import static

from reviews.models import Action, Review, review_id_of

from ..models import Extension, ReportPage
from . import page_cache
from .catalogue import partnership_context, public_reviews, report_context, with_page_data

logger = logging.getLogger(__name__)

TEMPLATE = "publishing/review_detail.html"
BUILD_CHUNK = 100
# Rows whose changes never show on a report page, beyond what no public page shows
# (`page_cache.IGNORED`): who receives notices, staff members' agencies, learning summaries.
NOT_SHOWN = {"recipient", "agencymembership", "learningsummary"}


# --- Building ---------------------------------------------------------------------------------


def page_html(review: Review, *, today: datetime.date) -> str:
    """The report page of `review` (loaded through `with_page_data`) as of `today`. No request
    goes in: the page is the same for every reader."""
    context = {**report_context(review, today=today), **partnership_context()}
    return render_to_string(TEMPLATE, context)


def same_until(review: Review, *, today: datetime.date) -> datetime.date | None:
    """The last day the page built `today` stays right: the day before the first open action
    not yet overdue becomes overdue (from the prefetched plan: no query); None when none can."""
    due = [
        action.due_date
        for rec in review.recommendations.all()
        for action in rec.actions.all()
        if action.status != Action.Status.COMPLETED and action.due_date >= today
    ]
    return min(due, default=None)


def built_with() -> str:
    """What else shapes a page's bytes: the code and templates, the static files' addresses,
    and the partnership's details."""
    return _built_with(tuple(partnership_context().items()))


@functools.cache
def _built_with(partnership: tuple) -> str:
    shape = (_code_digest(), static("css/site.css"), static("js/site.js"), partnership)
    return hashlib.sha256(repr(shape).encode()).hexdigest()


@functools.cache
def _code_digest() -> str:
    """The SHA-256 of every template and Python module of the project (migrations aside)."""
    digest = hashlib.sha256()
    base = Path(settings.BASE_DIR)
    for folder in ("templates", "publishing", "reviews", "nelscp"):
        for path in sorted((base / folder).rglob("*")):
            if path.suffix in {".py", ".html"} and "migrations" not in path.parts:
                digest.update(str(path.relative_to(base)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


# --- Reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """A public review's stored page: `html` when it may be sent today, else None; `changes`
    as read, for `keep`."""

    review_id: int
    changes: int
    html: str | None


def stored(slug: str, *, today: datetime.date) -> Found | None:
    """The stored page of the public review at `slug`, in one query; None when the review is
    not public or has no row yet.

    Written in SQL, not built with the ORM: building the query took longer than running it,
    on the page readers open most (tests/test_report_pages.py checks what it sends)."""
    with connection.cursor() as cursor:
        cursor.execute(STORED, [built_with(), today, today, slug, Review.Status.PUBLISHED])
        row = cursor.fetchone()
    return None if row is None else Found(*row)


STORED = f"""
    SELECT page.review_id, page.changes,
        CASE WHEN NOT page.stale AND page.built_with = %s AND page.built_on <= %s
            AND (page.same_until IS NULL OR page.same_until >= %s) THEN page.html END
    FROM {ReportPage._meta.db_table} page
    JOIN {Review._meta.db_table} review ON review.id = page.review_id
    WHERE review.slug = %s AND review.status = %s
"""


def claim(review_id: int) -> int:
    """The review's row, made if missing: its `changes`, read before the page's data is."""
    ReportPage.objects.bulk_create([ReportPage(review_id=review_id)], ignore_conflicts=True)
    return ReportPage.objects.filter(pk=review_id).values_list("changes", flat=True).get()


def keep(review: Review, html: str, *, changes: int, today: datetime.date) -> bool:
    """Store `html`, built `today` from data read after `changes` was, unless a mark arrived
    meanwhile (1 query); True when stored."""
    stored_rows = ReportPage.objects.filter(pk=review.pk, changes=changes).update(
        html=html,
        stale=False,
        built_with=built_with(),
        built_on=today,
        same_until=same_until(review, today=today),
    )
    return bool(stored_rows)


def page(slug: str, *, today: datetime.date) -> tuple[str, bool] | None:
    """The page of the public review at `slug` and whether it was stored (True) or built now
    (False, and kept); None when the review is not public. Built every time, and never kept,
    while the public pages' cache is off (`PUBLIC_CACHE_SECONDS=0`)."""
    keeping = page_cache.timeout() > 0
    found = stored(slug, today=today) if keeping else None
    if found is not None and found.html is not None:
        return found.html, True
    changes = found.changes if found is not None else None
    if keeping and changes is None:
        review_id = public_reviews().filter(slug=slug).values_list("pk", flat=True).first()
        changes = None if review_id is None else claim(review_id)
    review = with_page_data(public_reviews()).filter(slug=slug).first()
    if review is None:
        return None
    html = page_html(review, today=today)
    if changes is not None:
        keep(review, html, changes=changes, today=today)
    return html, False


# --- Marking pages stale ----------------------------------------------------------------------


def mark(review_ids: set[int] | None) -> None:
    """Mark the pages of `review_ids` stale, or every page when None (3 queries at most: the
    public ones get a row, so the worker builds a newly published page)."""
    if review_ids is None:
        ReportPage.objects.update(changes=F("changes") + 1, stale=True)
        return
    ids = {pk for pk in review_ids if pk is not None}
    if not ids:
        return
    public = public_reviews().filter(pk__in=ids).values_list("pk", flat=True)
    ReportPage.objects.bulk_create(
        [ReportPage(review_id=pk) for pk in public], ignore_conflicts=True
    )
    ReportPage.objects.filter(pk__in=ids).update(changes=F("changes") + 1, stale=True)


def model_changed(sender, **kwargs) -> None:
    """Signal receiver (publishing/apps.py), on the same signals as the public pages' cache:
    mark the pages the change may show on."""
    if not kwargs.get("action", "post_").startswith("post_"):
        return
    if not page_cache.shown_to_the_public(sender) or sender._meta.model_name in NOT_SHOWN:
        return
    mark(reviews_touched(kwargs["instance"], kwargs))


def reviews_touched(instance, kwargs: dict) -> set[int] | None:
    """The reviews whose pages a change to `instance` may show on; None for every review."""
    if kwargs.get("model") is Review and kwargs.get("pk_set"):  # a theme's reviews, say
        return set(kwargs["pk_set"])
    if isinstance(instance, Review):
        # Its title and whether it is public show on the pages of the reviews linked to it.
        links = Extension.objects.filter(Q(review=instance) | Q(linked_review=instance))
        pairs = links.values_list("review_id", "linked_review_id")
        return {instance.pk} | {pk for pair in pairs for pk in pair}
    if isinstance(instance, Extension):
        return {instance.review_id, instance.linked_review_id}
    if isinstance(instance, Action) or hasattr(instance, "review_id"):
        return {review_id_of(instance)}  # an action no longer under a review marks none
    return None


# --- Building in the worker -------------------------------------------------------------------


def report_pages_build(*, today: datetime.date) -> int:
    """Build and keep every page that is stale or no longer right for today; return how many.

    With nothing to do it makes 1 query (the rows marked stale or out of date, by their
    indexes) and 1 cache read. After a deployment (a new `built_with`) the first pass goes
    through every public review, in chunks of BUILD_CHUNK.
    """
    if page_cache.timeout() <= 0:
        return 0
    current = built_with()
    flag = f"report-pages:all-built-with:{current}"
    built = 0
    if not cache.get(flag):
        built += _build_all(today=today, current=current)
        cache.set(flag, True, None)
    due = ReportPage.objects.filter(Q(stale=True) | Q(same_until__lt=today))
    last = 0
    while chunk := list(
        due.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:BUILD_CHUNK]
    ):
        last = chunk[-1]
        built += _build(set(chunk), today=today)
    return built


def _build_all(*, today: datetime.date, current: str) -> int:
    """Build the page of every public review that has no page right for today by this code."""
    built, last = 0, 0
    ids = public_reviews().order_by("pk").values_list("pk", flat=True)
    while chunk := list(ids.filter(pk__gt=last)[:BUILD_CHUNK]):
        last = chunk[-1]
        right = ReportPage.objects.filter(pk__in=chunk, stale=False, built_with=current).filter(
            Q(same_until__isnull=True) | Q(same_until__gte=today)
        )
        wanted = set(chunk) - set(right.values_list("pk", flat=True))
        if wanted:
            ReportPage.objects.bulk_create(
                [ReportPage(review_id=pk) for pk in wanted], ignore_conflicts=True
            )
            built += _build(wanted, today=today)
    return built


def _build(ids: set[int], *, today: datetime.date) -> int:
    """Build and keep the pages of `ids` (their rows exist); drop the rows of reviews no
    longer public. `changes` is read before the data, so a page that missed a mark is not
    kept. A failure on one page is logged and leaves it for the next pass."""
    changes = dict(ReportPage.objects.filter(pk__in=ids).values_list("pk", "changes"))
    built = 0
    for review in with_page_data(public_reviews()).filter(pk__in=changes):
        try:
            html = page_html(review, today=today)
        except Exception:
            logger.exception("Could not build the report page of review %s", review.pk)
            continue
        built += keep(review, html, changes=changes.pop(review.pk), today=today)
    for pk, seen in changes.items():  # not public (any more), or failed
        ReportPage.objects.filter(pk=pk, changes=seen).exclude(
            review__status=Review.Status.PUBLISHED
        ).delete()
    return built
