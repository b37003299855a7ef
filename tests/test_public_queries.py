"""Pinned query counts: the public pages make the same number of queries however many reports,
findings or actions there are."""

from __future__ import annotations

import datetime
import hashlib
from unittest import mock

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from publishing.models import PublicPdf
from publishing.services import display, files
from reviews.models import Action

from .factories import make_action, make_finding, make_recommendation
from .public_helpers import make_briefing, make_public_review

pytestmark = pytest.mark.django_db

PUBLISHED = timezone.make_aware(datetime.datetime(2025, 11, 20, 9, 30))


def _grow(author, reports: int, actions: int):
    reviews = [
        make_public_review(author=author, themes=["neglect", "under-ones"], actions=actions)
        for _ in range(reports)
    ]
    for review in reviews:
        make_finding(review, order=2)
        make_action(make_recommendation(review, order=2))
        make_briefing(review)
    return reviews


@pytest.mark.parametrize("reports", [1, 12])
def test_the_list_page_makes_a_fixed_number_of_queries(
    client, author, django_assert_num_queries, reports
):
    _grow(author, reports, actions=3)
    # 1 themes for the filter, 2 years for the filter, 3 count, 4 the page, 5 the page's themes,
    # 6 the snippets of the page's reports; on SQLite also 7 the FTS5 ranking (PostgreSQL ranks
    # inside the page's query); on PostgreSQL also the plan that reads the GIN index
    # (search.text_search_plan: 1 query), and inside the test's transaction its savepoint and
    # the query that puts the settings back (3 more)
    expected = 7 if connection.vendor == "sqlite" else 6 + 1 + 3
    with django_assert_num_queries(expected):
        response = client.get(reverse("publishing:reviews"), {"q": "learning", "theme": "neglect"})
    assert response.status_code == 200


@pytest.mark.parametrize("reports", [1, 8])
def test_the_home_page_makes_three_queries(client, author, django_assert_num_queries, reports):
    _grow(author, reports, actions=1)
    # 1 the latest reports, 2 their themes, 3 the count of published reports
    with django_assert_num_queries(3):
        client.get(reverse("publishing:home"))


@pytest.mark.parametrize("actions", [1, 25])
def test_the_report_page_makes_ten_queries(client, author, django_assert_num_queries, actions):
    review = _grow(author, 1, actions=actions)[0]
    # 1 the review with its briefing, 2 themes, 3 agencies, 4 findings, 5 recommendations,
    # 6 their actions with the owning agencies, 7 the latest extension, 8 any open action
    # (the display rule), 9 linked public reviews, 10 its approved corrections
    with django_assert_num_queries(10):
        response = client.get(reverse("publishing:review", args=[review.slug]))
    assert response.status_code == 200


@pytest.mark.parametrize("actions", [1, 25])
def test_the_briefing_page_makes_nine_queries(client, author, django_assert_num_queries, actions):
    review = _grow(author, 1, actions=actions)[0]
    # the same nine as the report page (the briefing shows the action progress)
    with django_assert_num_queries(9):
        client.get(reverse("publishing:briefing", args=[review.slug]))


def test_the_pdf_url_makes_two_queries(client, author, django_assert_num_queries):
    review = _grow(author, 1, actions=5)[0]
    PublicPdf.objects.all().delete()
    # 1 its latest stored PDF (none yet), 2 the public review: no page data, no HTML
    with django_assert_num_queries(2):
        response = client.get(reverse("publishing:report_pdf", args=[review.slug]))
    assert response.status_code == 503


@pytest.mark.parametrize("reports", [1, 10])
def test_the_exports_make_four_queries(client, author, django_assert_num_queries, reports):
    _grow(author, reports, actions=2)
    # 1 the data version (ETag), 2 reviews with their action counts annotated, 3 themes,
    # 4 agencies (3 and 4 once per chunk of rows: tests/test_open_data.py)
    for name in ["reviews_json", "reviews_csv"]:
        with django_assert_num_queries(4):
            client.get(reverse(f"publishing:{name}")).getvalue()


@pytest.mark.parametrize("reports", [1, 10])
def test_the_feed_makes_one_query(client, author, django_assert_num_queries, reports):
    _grow(author, reports, actions=1)
    with django_assert_num_queries(1):
        client.get(reverse("publishing:feed"))


def _store_pdf(review, data: bytes, *, version: str, at: datetime.datetime):
    stored = PublicPdf(
        key=f"report/{review.pk}",
        version_hash=version,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        rendered_at=at,
    )
    stored.file.save(f"{review.slug}-report.pdf", ContentFile(data), save=False)
    stored.save()
    return stored


def _pdf(client, review) -> bytes:
    response = client.get(f"/reviews/{review.slug}/report.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content)


def test_the_latest_stored_pdf_is_sent_after_one_query(
    client, author, manager, django_assert_num_queries
):
    report = make_public_review(author=author, slug="nel-2025-04-child-c", published=PUBLISHED)
    first = _store_pdf(report, b"%PDF-1 first", version="a", at=PUBLISHED)
    with django_assert_num_queries(1):  # the review and its latest PDF, in one
        assert _pdf(client, report) == b"%PDF-1 first"

    # A new version rendered by the sweep is sent at once.
    _store_pdf(report, b"%PDF-1 second", version="b", at=PUBLISHED + datetime.timedelta(1))
    assert _pdf(client, report) == b"%PDF-1 second"

    # The text went back to the first version: the sweep dates it again, with an .update().
    with mock.patch.object(files, "version_hash", return_value="a"):
        again = files.pdf_render(
            key=first.key, html="<p>", filename="x.pdf", now=PUBLISHED + datetime.timedelta(2)
        )
    assert again.pk == first.pk
    assert _pdf(client, report) == b"%PDF-1 first"

    # Removed: the report's PDF is gone at once, though its file is kept for copy requests.
    Action.objects.filter(recommendation__review=report).update(
        status=Action.Status.COMPLETED, completed_on=datetime.date(2026, 3, 1), impact="Done."
    )
    display.review_remove(review=report, by=manager, now=PUBLISHED + datetime.timedelta(400))
    assert client.get(f"/reviews/{report.slug}/report.pdf").status_code == 410
