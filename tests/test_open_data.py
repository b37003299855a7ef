"""The open-data exports at any size: streamed a chunk at a time with flat memory, answered
with a 304 when the reader's copy is current, and paged for machine readers."""

from __future__ import annotations

import csv
import datetime
import io
import json
import tracemalloc

import pytest
import time_machine
from defusedcsv import csv as defused_csv
from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from publishing.services import catalogue, exports
from reviews.models import Action, Agency, Recommendation, Review

from .public_helpers import NON_PUBLIC_STATES, at, complete, make_public_review

pytestmark = pytest.mark.django_db

JSON, CSV = reverse("publishing:reviews_json"), reverse("publishing:reviews_csv")


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def whole_list_rows() -> list[dict]:
    """The rows as the exports built them before streaming: every model object at once."""
    reviews = (
        catalogue.public_reviews()
        .with_action_progress(timezone.localdate())
        .prefetch_related("themes", "agencies")
        .order_by("-published_at", "reference")
    )
    return [
        {
            "reference": r.reference,
            "title": r.title,
            "url": settings.SITE_URL + reverse("publishing:review", args=[r.slug]),
            "pseudonym": r.pseudonym,
            "review_type": r.get_review_type_display(),
            "harm": r.get_harm_display(),
            "age_band": r.get_age_band_display(),
            "sex": r.get_sex_display(),
            "incident_year": r.incident_year,
            "incident_month": r.incident_month,
            "published_on": timezone.localdate(r.published_at).isoformat(),
            "publication": r.get_publication_mode_display(),
            "themes": [theme.name for theme in r.themes.all()],
            "agencies": [agency.name for agency in r.agencies.all()],
            "reviewer": r.reviewer_name,
            "summary": r.summary,
            "actions_completed": r.actions_completed,
            "actions_total": r.actions_total,
        }
        for r in reviews
    ]


def whole_list_json() -> bytes:
    rows = whole_list_rows()
    return JsonResponse(
        {"publisher": settings.PARTNERSHIP_NAME, "count": len(rows), "reviews": rows},
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    ).content


def whole_list_csv() -> bytes:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response.write("\ufeff")
    writer = defused_csv.DictWriter(response, fieldnames=exports.EXPORT_FIELDS)
    writer.writeheader()
    for row in whole_list_rows():
        row["themes"], row["agencies"] = "; ".join(row["themes"]), "; ".join(row["agencies"])
        writer.writerow({key: exports._safe_cell(value) for key, value in row.items()})
    return response.content


def bulk_public_reviews(author, count: int, *, actions: int = 3) -> list[Review]:
    """`count` published reviews, each with a theme, an agency and `actions` actions, fast."""
    start = at(2025, 1, 1)
    reviews = Review.objects.bulk_create(
        Review(
            reference=f"BULK-{n:05d}",
            slug=f"bulk-{n:05d}",
            pseudonym="Child A",
            title=f"Learning from the experiences of child {n}",
            harm=Review.Harm.SERIOUS_HARM,
            age_band=Review.AgeBand.AGE_1_TO_4,
            incident_month=3,
            incident_year=2024,
            decision_date=datetime.date(2024, 5, 1),
            summary="What happened and what agencies have changed since. " * 8,
            author=author,
            status=Review.Status.PUBLISHED,
            published_at=start + datetime.timedelta(hours=n),
        )
        for n in range(count)
    )
    police = Agency.objects.get(slug="police")
    recommendations = Recommendation.objects.bulk_create(
        Recommendation(review=review, text="Share information sooner.") for review in reviews
    )
    Action.objects.bulk_create(
        Action(recommendation=rec, agency=police, description="Audit.", due_date=start.date())
        for rec in recommendations
        for _ in range(actions)
    )
    theme = Review.themes.rel.model.objects.get(slug="neglect")
    Review.themes.through.objects.bulk_create(
        Review.themes.through(review=review, theme=theme) for review in reviews
    )
    Review.agencies.through.objects.bulk_create(
        Review.agencies.through(review=review, agency=police) for review in reviews
    )
    return reviews


def test_the_streamed_json_and_csv_are_byte_for_byte_what_the_whole_list_was(client, author):
    hostile = make_public_review(author=author, title="=1+1", summary="Ünïcode — “quoted”")
    make_public_review(author=author, themes=["neglect", "under-ones"], published=at(2025, 2, 1))
    make_public_review(author=author, actions=3, published=at(2026, 7, 1))
    action = hostile.recommendations.get().actions.get()
    complete(action, on=datetime.date(2026, 7, 1), impact="Meetings now happen monthly.")
    hostile.agencies.set(Agency.objects.filter(slug__in=["police", "health"]))

    assert body(client.get(JSON)) == whole_list_json()
    assert body(client.get(CSV)) == whole_list_csv()


def test_an_empty_list_is_what_the_whole_list_was(client):
    assert body(client.get(JSON)) == whole_list_json()
    assert body(client.get(CSV)) == whole_list_csv()


def _peak(consume) -> int:
    tracemalloc.start()
    try:
        consume()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("url", [JSON, CSV])
def test_memory_stays_flat_while_streaming_3000_reviews(client, author, url):
    bulk_public_reviews(author, 3000)

    def stream():
        response = client.get(url)
        assert sum(len(chunk) for chunk in response.streaming_content) > 3000 * 500

    streamed = _peak(stream)
    whole = _peak(whole_list_json if url == JSON else whole_list_csv)

    # Measured (SQLite and PostgreSQL alike): streamed 2.1 MB (JSON) and 2.2 MB (CSV), about one
    # chunk of 500 rows, and the same at 10,000 reviews; the whole list 41 MB (JSON) and 29 MB
    # (CSV), growing with every review.
    assert streamed < 8_000_000 < whole, (streamed, whole)


@pytest.mark.parametrize("reports,chunks", [(5, 1), (25, 3)])
def test_the_queries_are_fixed_per_chunk_not_per_row(client, author, monkeypatch, reports, chunks):
    monkeypatch.setattr(exports, "CHUNK_SIZE", 10)
    bulk_public_reviews(author, reports)

    for url in (JSON, CSV):
        with CaptureQueriesContext(connection) as queries:
            body(client.get(url))
        # 1 the data version (ETag), 2 the reviews with their action counts, then each chunk's
        # themes and agencies
        assert len(queries) == 2 + 2 * chunks, [q["sql"][:80] for q in queries]


@pytest.mark.parametrize("url", [JSON, CSV])
def test_a_matching_etag_is_answered_304_without_reading_a_row(client, author, url):
    make_public_review(author=author)
    first = client.get(url)
    body(first)

    with CaptureQueriesContext(connection) as queries:
        again = client.get(url, headers={"If-None-Match": first["ETag"]})

    assert again.status_code == 304 and again.content == b""
    assert len(queries) == 1  # the data version alone
    assert again["ETag"] == first["ETag"]


@pytest.mark.parametrize("url", [JSON, CSV])
def test_if_modified_since_is_answered_304_then_200_after_a_publication(client, author, url):
    with time_machine.travel(at(2026, 6, 1), tick=False):
        make_public_review(author=author)
    first = client.get(url)
    body(first)
    since = {"If-Modified-Since": first["Last-Modified"]}

    assert client.get(url, headers=since).status_code == 304

    with time_machine.travel(at(2026, 6, 2), tick=False):
        make_public_review(author=author, title="A newer report", published=at(2026, 6, 2))
    changed = client.get(url, headers=since)
    assert changed.status_code == 200 and "A newer report" in body(changed).decode()
    stale = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert stale.status_code == 200 and "A newer report" in body(stale).decode()


def test_the_etag_changes_when_an_action_is_completed_or_a_review_removed(client, author):
    review = make_public_review(author=author)
    make_public_review(author=author)
    etags = [client.get(JSON)["ETag"]]

    action = review.recommendations.get().actions.get()
    complete(action, on=datetime.date(2026, 7, 1), impact="Meetings now happen monthly.")
    etags.append(client.get(JSON)["ETag"])
    Review.objects.filter(pk=review.pk).update(status=Review.Status.REMOVED)
    etags.append(client.get(JSON)["ETag"])

    assert len(set(etags)) == 3
    assert client.get(CSV)["ETag"] != etags[-1]  # the formats never share an ETag


def test_a_page_has_its_reviews_the_total_and_links(client, author):
    bulk_public_reviews(author, 5)
    whole = json.loads(body(client.get(JSON)))["reviews"]

    pages = [json.loads(body(client.get(JSON, {"page": n, "per_page": 2}))) for n in (1, 2, 3)]

    assert [len(page["reviews"]) for page in pages] == [2, 2, 1]
    assert [row for page in pages for row in page["reviews"]] == whole
    assert {(p["count"], p["pages"], p["per_page"]) for p in pages} == {(5, 3, 2)}
    assert pages[0]["previous"] is None and pages[2]["next"] is None
    assert pages[0]["next"] == "http://testserver/reviews.json?page=2&per_page=2"
    assert pages[2]["previous"] == "http://testserver/reviews.json?page=2&per_page=2"
    assert json.loads(body(client.get(JSON, {"page": 1})))["per_page"] == 100


@pytest.mark.parametrize(
    "query",
    [
        {"page": "0"},
        {"page": "-1"},
        {"page": "two"},
        {"page": "1.5"},
        {"page": "٣"},
        {"page": "9" * 30},
        {"page": "4", "per_page": "2"},
        {"per_page": "0"},
        {"per_page": "501"},
        {"per_page": ""},
    ],
)
def test_a_bad_page_or_page_size_is_a_400_in_json(client, author, query):
    bulk_public_reviews(author, 5)

    response = client.get(JSON, query)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]


def test_an_empty_list_has_one_empty_page(client):
    page = json.loads(body(client.get(JSON, {"page": 1, "per_page": 10})))

    assert (page["count"], page["pages"], page["reviews"], page["next"]) == (0, 1, [], None)


@pytest.mark.parametrize(
    "status", [*NON_PUBLIC_STATES, Review.Status.REMOVED, Review.Status.WITHDRAWN]
)
def test_a_review_the_public_cannot_read_never_appears(client, author, status):
    make_public_review(author=author, title="Public report")
    make_public_review(author=author, title="Hidden report", status=status)

    for response in (client.get(JSON), client.get(CSV), client.get(JSON, {"per_page": 500})):
        text = body(response).decode("utf-8-sig")
        assert "Public report" in text and "Hidden report" not in text
    rows = list(csv.DictReader(io.StringIO(body(client.get(CSV)).decode("utf-8-sig"))))
    assert [row["title"] for row in rows] == ["Public report"]
