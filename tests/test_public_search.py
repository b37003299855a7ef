"""Search finds what a reader means: stemming, ranking, phrases, exclusions, `or`, snippets;
never text the public cannot read; the index follows text changes and removal. Runs on SQLite
(FTS5) and, in CI, on PostgreSQL (full-text search with a GIN-indexed tsvector)."""

from __future__ import annotations

import datetime
import re

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from publishing.models import ReviewSearch
from publishing.services import catalogue, display, search
from reviews.models import Review, Theme

from .factories import make_action, make_recommendation, make_review
from .public_helpers import make_public_review

pytestmark = pytest.mark.django_db


def _found(client, **params) -> list[str]:
    """References of the reports the list page shows, in its order."""
    page = client.get(reverse("publishing:reviews"), params).context["page"]
    return [review.reference for review in page.object_list]


@pytest.fixture
def library(author):
    """Five public reports, and text the public cannot read in two other places."""
    reviews = {
        "neglect-body": make_public_review(
            author=author,
            title="Learning from the experiences of Child A",
            what_happened="The family was known to services. Neglect was seen over two years.",
        ),
        "neglected-summary": make_public_review(
            author=author,
            title="Learning from the experiences of Child B",
            summary="A child who was neglected at home for many months.",
        ),
        "abuse-title": make_public_review(
            author=author,
            title="Domestic abuse and a baby at home",
            summary="What agencies learned about domestic abuse.",
        ),
        "abuse-body": make_public_review(
            author=author,
            title="Learning from the experiences of Child D",
            practice_issues="There was domestic violence; later, abuse of alcohol was noted.",
        ),
        "housing": make_public_review(
            author=author,
            title="Learning from the experiences of Child E",
            what_happened="Neglect and poor housing were reported by the school nurse.",
        ),
    }
    make_public_review(
        author=author,
        title="Improvements only",
        what_happened="Secret ketamine detail that the public must never read.",
        publication_mode=Review.Mode.IMPROVEMENTS_ONLY,
    )
    make_review(author=author, title="A draft", summary="A draft about ketamine and neglect.")
    return {key: review.reference for key, review in reviews.items()}


def test_stemming_finds_every_form_of_a_word(client, library):
    found = set(_found(client, q="neglected"))
    assert found == {library["neglect-body"], library["neglected-summary"], library["housing"]}


def test_a_word_inside_another_word_does_not_match(client, library):
    # "men" is inside "recommendations", which every report has: it must not match them
    assert _found(client, q="men") == []


def test_title_and_summary_rank_above_the_body(client, library):
    found = _found(client, q="domestic abuse")
    assert found[0] == library["abuse-title"]
    assert library["abuse-body"] in found


def test_a_phrase_in_quotes_must_appear_as_written(client, library):
    assert _found(client, q='"domestic abuse"') == [library["abuse-title"]]


def test_minus_leaves_out_reports_with_a_word(client, library):
    found = set(_found(client, q="neglect -housing"))
    assert found == {library["neglect-body"], library["neglected-summary"]}


def test_or_finds_either_word(client, library):
    found = set(_found(client, q="housing or alcohol"))
    assert found == {library["housing"], library["abuse-body"]}


def test_each_result_has_a_snippet_with_the_words_highlighted(client, library):
    response = client.get(reverse("publishing:reviews"), {"q": "housing"})
    (review,) = response.context["page"].object_list
    assert "<mark>housing</mark>" in review.snippet
    assert "<mark>housing</mark>" in response.content.decode()


def test_a_snippet_shows_the_text_escaped(client, author):
    make_public_review(author=author, summary="Staff wrote <b>urgent</b> on the referral.")
    response = client.get(reverse("publishing:reviews"), {"q": "urgent"})
    page = response.content.decode()
    assert "<mark>urgent</mark>" in page
    assert "<b>" not in page  # escaped (SQLite) or dropped as markup (PostgreSQL's headline)


def test_text_the_public_cannot_read_is_never_matched_nor_shown(client, library):
    assert _found(client, q="ketamine") == []
    assert (
        "ketamine"
        not in client.get(reverse("publishing:reviews"), {"q": "secret"}).content.decode()
    )
    assert not ReviewSearch.objects.filter(body__icontains="ketamine").exists()


def test_filters_combine_with_the_search(client, library):
    neglect = Review.objects.get(reference=library["neglect-body"])
    neglect.themes.add(Theme.objects.get(slug="neglect"))
    assert _found(client, q="neglect", theme="neglect") == [library["neglect-body"]]


def test_no_results_suggest_dropping_a_filter(client, library):
    response = client.get(reverse("publishing:reviews"), {"q": "housing", "theme": "neglect"})
    (label, shown, count, without) = response.context["suggestions"][0]
    assert count == 1 and "theme" not in without and "q=housing" in without
    assert "without the filter" in response.content.decode()


def test_the_index_follows_a_change_to_the_public_text(client, library, author):
    review = Review.objects.get(reference=library["housing"])
    action = make_action(make_recommendation(review, order=2), description="Buy a new boiler.")
    assert _found(client, q="boiler") == [review.reference]

    action.description = "Repair the roof."
    action.save()

    assert _found(client, q="boiler") == []
    assert _found(client, q="roof") == [review.reference]


def test_a_removed_review_leaves_the_search_at_once(client, library, manager):
    review = Review.objects.get(reference=library["housing"])
    review.recommendations.first().actions.update(
        status="completed", completed_on=datetime.date(2026, 1, 1), impact="Done."
    )
    Review.objects.filter(pk=review.pk).update(
        published_at=timezone.now() - datetime.timedelta(days=800)
    )
    review.refresh_from_db()
    display.review_remove(review=review, by=manager, now=timezone.now())

    assert _found(client, q="housing") == []
    assert not ReviewSearch.objects.filter(review=review).exists()


def test_the_query_parser_understands_phrases_exclusions_and_or():
    groups = search.parse('neglect "domestic abuse" -housing or alcohol')
    assert [[(t.text, t.excluded) for t in g] for g in groups] == [
        [("neglect", False)],
        [("domestic abuse", False)],
        [("housing", True)],
        [("alcohol", False)],
    ]
    assert search.parse("a or b") == [[search.Term("a"), search.Term("b")]]
    assert search.fts5_query(search.parse("-only")) is None
    assert search.parse('"" -- ""') == []


def test_hostile_queries_do_not_break_the_page(client, library):
    for text in ['"', "NEAR(", "a AND OR NOT", "*", "col:neglect", "^neglect", "'; DROP", "ß"]:
        assert client.get(reverse("publishing:reviews"), {"q": text}).status_code == 200


def test_rebuilding_the_index_keeps_only_public_reviews(library):
    ReviewSearch.objects.all().delete()
    # the five, and the improvements-only one (indexed without its sections); not the draft
    assert search.index_rebuild() == 6
    assert ReviewSearch.objects.count() == 6


def test_the_rebuild_command_indexes_the_published_reviews(library):
    from io import StringIO

    from django.core.management import call_command

    ReviewSearch.objects.filter(review__reference=library["housing"]).delete()
    out = StringIO()
    call_command("search_index", stdout=out)
    assert "1 published review(s) indexed" in out.getvalue()
    call_command("search_index", "--all", stdout=out)
    assert "6 published review(s) indexed" in out.getvalue()


def test_the_rank_reads_the_stored_vector_and_never_parses_text_again(library):
    """On PostgreSQL the match and the rank use the indexed tsvector column as it is stored:
    no `to_tsvector()` over the rows (which took seconds at 10,000 reviews)."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL full-text search: the SQLite FTS5 query has no tsvector")
    sql = str(search.search(catalogue.public_reviews(), "neglect -housing").query)

    assert "websearch_to_tsquery" in sql and "ts_rank" in sql
    assert "to_tsvector" not in sql


def test_a_search_reads_the_gin_index_and_leaves_the_connection_as_it_was(library):
    """PostgreSQL's planner would test every stored vector for a common word (75 ms at
    10,000 reports against 17 through the GIN index): inside `text_search_plan` it is left
    bitmap scans only, and the settings end with the block."""
    if connection.vendor != "postgresql":
        pytest.skip("the planner's settings are PostgreSQL's")
    matching = search.search(catalogue.public_reviews(), "neglect")

    def plan() -> str:
        sql, params = matching.values("pk").query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN " + sql, params)
            return "\n".join(row[0] for row in cursor.fetchall())

    def setting() -> str:
        with connection.cursor() as cursor:
            cursor.execute("SHOW enable_seqscan")
            return cursor.fetchone()[0]

    plain_scans = re.compile(r"Seq Scan|(?<!Bitmap )Index Scan")
    # Which scans the planner picks for a handful of rows is its own affair; at 10,000 it read
    # every vector (bench/bench_pages.py). Inside the block only bitmap scans are left to it,
    # the kind through which the GIN index answers the match.
    assert plain_scans.search(plan())
    with search.text_search_plan():
        assert not plain_scans.search(plan()), plan()
        assert setting() == "off"
        found = {review.title for review in matching}
    assert setting() == "on"
    assert found == {
        review.title for review in search.search(catalogue.public_reviews(), "neglect")
    }
