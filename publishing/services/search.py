"""Search over what the public can read: English stemming, ranking, phrases, exclusions, `or`,
and a highlighted snippet for each result.

The index (`ReviewSearch`, one row per published review) holds three parts weighted for
ranking: the heading (title, reference, pseudonym) above the summary and themes, above the
body (sections of full publications only, findings, recommendations, actions). It is kept by
`review_index` whenever what the public can read changes, so text the public cannot read (an
unpublished review, the sections of an improvements-only publication) is never indexed.

PostgreSQL uses its own full-text search: a weighted English tsvector with a GIN index, the
query parsed by `websearch_to_tsquery` (quotes, `-word`, `or`), ranked by `ts_rank` and
highlighted by `ts_headline`. SQLite (the embedded default) uses its FTS5 extension with the
Porter stemmer, the same query syntax translated by `fts5_query`, ranked by bm25 with the same
weights and highlighted by `snippet()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection, transaction
from django.db.models import Case, F, IntegerField, Value, When
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from reviews.models import Review, review_id_of

from ..models import ReviewSearch

FTS_TABLE = "publishing_reviewsearch_fts"
MAX_QUERY_LENGTH = 200
# Markers that cannot occur in typed text: the snippet is escaped, then they become <mark>.
START, STOP = "\x02", "\x03"
BM25 = (10.0, 4.0, 1.0)  # the same order of importance for SQLite's ranking


def _postgres() -> bool:
    return connection.vendor == "postgresql"


# --- The index --------------------------------------------------------------------------------


def public_text(review: Review) -> dict[str, str]:
    """The three parts of what the public can read of `review`."""
    body = []
    if review.publication_mode == Review.Mode.FULL:
        body += [section.text for section in review.sections()]
    body += [f"{f.title}\n{f.text}" for f in review.findings.all()]
    for recommendation in review.recommendations.prefetch_related("actions"):
        body.append(recommendation.text)
        body += [
            f"{a.description}\n{a.impact}\n{a.more_to_do}" for a in recommendation.actions.all()
        ]
    themes = " ".join(review.themes.values_list("name", flat=True))
    return {
        "heading": f"{review.title}\n{review.reference}\n{review.pseudonym}",
        "summary": f"{review.summary}\n{themes}",
        "body": "\n".join(part for part in body if part.strip()),
    }


def review_index(review_id: int) -> bool:
    """Bring the index of one review up to date; True when it is now searchable.

    A review that is not published is taken out of the index (removed, or never public).
    """
    review = Review.objects.filter(pk=review_id).first()
    if review is None or review.status != Review.Status.PUBLISHED:
        _unindex(review_id)
        return False
    parts = public_text(review)
    ReviewSearch.objects.update_or_create(
        review_id=review_id, defaults={**parts, "indexed_at": timezone.now()}
    )
    if _postgres():
        vector = (
            SearchVector("heading", weight="A", config="english")
            + SearchVector("summary", weight="B", config="english")
            + SearchVector("body", weight="C", config="english")
        )
        ReviewSearch.objects.filter(review_id=review_id).update(vector=vector)
    else:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [review_id])
            cursor.execute(
                f"INSERT INTO {FTS_TABLE} (rowid, heading, summary, body) VALUES (%s, %s, %s, %s)",
                [review_id, parts["heading"], parts["summary"], parts["body"]],
            )
    return True


def _unindex(review_id: int) -> None:
    ReviewSearch.objects.filter(review_id=review_id).delete()
    if not _postgres():
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [review_id])


def index_rebuild(*, missing_only: bool = False) -> int:
    """Index the published reviews again (only those not indexed yet when `missing_only`),
    and take out any entry of a review no longer published; return how many were indexed."""
    published = set(
        Review.objects.filter(status=Review.Status.PUBLISHED).values_list("pk", flat=True)
    )
    indexed = set(ReviewSearch.objects.values_list("review_id", flat=True))
    for stale in indexed - published:
        _unindex(stale)
    todo = published - indexed if missing_only else published
    return sum(review_index(pk) for pk in sorted(todo))


# --- Queries ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    text: str  # a word or a quoted phrase
    excluded: bool = False


TOKENS = re.compile(r'(-?)"([^"]*)"|(\S+)')


def parse(text: str) -> list[list[Term]]:
    """The query as groups joined by AND, each group's terms joined by OR.

    `neglect "domestic abuse" -housing`: three groups; `neglect or abuse`: one group of two.
    Exclusions are single-term groups. Punctuation other than quotes is dropped.
    """
    groups: list[list[Term]] = []
    join_next = False
    for sign, phrase, word in TOKENS.findall(text[:MAX_QUERY_LENGTH]):
        if word and word.lower() == "or":  # joins two wanted terms; elsewhere it means nothing
            join_next = bool(groups) and not groups[-1][0].excluded
            continue
        excluded = bool(sign) or word.startswith("-")
        cleaned = " ".join(re.findall(r"\w+", phrase if phrase else word))
        if not cleaned:
            continue
        term = Term(cleaned, excluded)
        if join_next and not excluded:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    return groups


def fts5_query(groups: list[list[Term]]) -> str | None:
    """The FTS5 MATCH expression for `groups`; None when nothing positive is asked for."""
    positive = [g for g in groups if not g[0].excluded]
    negative = [g[0] for g in groups if g[0].excluded]
    if not positive:
        return None
    quoted = ["(" + " OR ".join(f'"{t.text}"' for t in group) + ")" for group in positive]
    expression = " AND ".join(quoted)
    if negative:
        expression += " NOT (" + " OR ".join(f'"{t.text}"' for t in negative) + ")"
    return expression


def websearch_text(groups: list[list[Term]]) -> str:
    """The same query in PostgreSQL's websearch syntax (terms already cleaned)."""
    parts = []
    for group in groups:
        terms = [f'"{t.text}"' if " " in t.text else t.text for t in group]
        prefix = "-" if group[0].excluded else ""
        parts.append(prefix + " or ".join(terms))
    return " ".join(parts)


def search(queryset, text: str):
    """`queryset` narrowed to the reviews matching `text`, best first.

    Returns the queryset unchanged when `text` asks for nothing (no words).
    """
    groups = parse(text)
    if not groups:
        return queryset
    if _postgres():
        query = SearchQuery(websearch_text(groups), search_type="websearch", config="english")
        return (
            queryset.filter(search_entry__vector=query)
            # F(), not the bare name: SearchRank wraps a name in to_tsvector(), which re-parses
            # the stored vector as text on every row (seconds at 10,000 reviews)
            .annotate(rank=SearchRank(F("search_entry__vector"), query))
            .order_by("-rank", "-published_at", "reference")
        )
    ranked = _fts5_ranked(groups)
    if not ranked:
        return queryset.none()
    order = Case(
        *[When(pk=pk, then=Value(position)) for position, pk in enumerate(ranked)],
        output_field=IntegerField(),
    )
    return queryset.filter(pk__in=ranked).annotate(rank=order).order_by("rank", "reference")


def _fts5_ranked(groups: list[list[Term]]) -> list[int]:
    expression = fts5_query(groups)
    if expression is None:
        return []
    weights = ", ".join(str(w) for w in BM25)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
            f"ORDER BY bm25({FTS_TABLE}, {weights})",
            [expression],
        )
        return [row[0] for row in cursor.fetchall()]


@contextmanager
def text_search_plan(searching: bool = True) -> Iterator[None]:
    """Run the queries of a search inside this block with a plan that reads the GIN index.

    PostgreSQL's planner counts the `@@` match as cheap, so for a common word (a match in
    about half the reports) it reads every stored vector (about 6.5 KB each, out of line) to
    test it: 75 ms for the count at 10,000 reports, against 17 ms through the index, and the
    ranked rows 72 ms against 50 (bench/bench_pages.py; docs/PERFORMANCE.md). Inside the block
    sequential and plain index scans are made a last resort (`SET LOCAL`, so only for this
    transaction), which leaves the bitmap scans that use the GIN index. On SQLite, and when
    nothing is searched for, it changes nothing.
    """
    if not (searching and _postgres()):
        yield
        return
    outer = connection.in_atomic_block
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(  # SET LOCAL both, keeping what they were
                "SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan'), "
                "set_config('enable_seqscan', 'off', true), "
                "set_config('enable_indexscan', 'off', true)"
            )
            before = cursor.fetchone()[:2]
        try:
            yield
        finally:
            # the commit ends them; inside an outer transaction (a test's) put them back
            if outer and not connection.needs_rollback:
                with connection.cursor() as cursor:
                    cursor.execute(
                        "SELECT set_config('enable_seqscan', %s, true), "
                        "set_config('enable_indexscan', %s, true)",
                        list(before),
                    )


def snippets(review_ids: list[int], text: str) -> dict[int, SafeString]:
    """A short extract of each review around the matched words, which are in <mark>."""
    groups = parse(text)
    if not groups or not review_ids:
        return {}
    if _postgres():
        query = SearchQuery(websearch_text(groups), search_type="websearch", config="english")
        headlines = ReviewSearch.objects.filter(review_id__in=review_ids).annotate(
            extract=SearchHeadline(
                "body",
                query,
                config="english",
                start_sel=START,
                stop_sel=STOP,
                max_words=30,
                min_words=12,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
            summary_extract=SearchHeadline(
                "summary", query, config="english", start_sel=START, stop_sel=STOP
            ),
        )
        found = {
            row.review_id: row.extract if START in row.extract else row.summary_extract
            for row in headlines
        }
    else:
        expression = fts5_query(groups)
        if expression is None:
            return {}
        marks = ", ".join(["%s"] * len(review_ids))
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, snippet({FTS_TABLE}, -1, %s, %s, ' … ', 24) FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH %s AND rowid IN ({marks})",
                [START, STOP, expression, *review_ids],
            )
            found = dict(cursor.fetchall())
    return {pk: highlight(extract) for pk, extract in found.items() if START in extract}


def highlight(extract: str) -> SafeString:
    """`extract` escaped, with the matched words (between the markers) in <mark>."""
    safe = escape(extract).replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(safe)  # noqa: S308  (escaped above; only our own tags added)


# --- Keeping the index up to date -------------------------------------------------------------


def review_changed(sender, instance, **kwargs) -> None:
    """Signal receiver (publishing/apps.py): a review or a part of it was saved or deleted.

    Re-indexes the review when it is public or was indexed; drafts cost one query. State
    moves made with `.update()` (publication, removal) call `review_index` themselves.
    """
    review_id = review_id_of(instance)
    if review_id is None:
        return
    public = Review.objects.filter(pk=review_id, status=Review.Status.PUBLISHED).exists()
    if public or ReviewSearch.objects.filter(review_id=review_id).exists():
        review_index(review_id)
