"""Nothing that is not public ever reaches a public response."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from publishing.models import CopyRequest, LearningSummary
from publishing.services import catalogue, copy_requests, files, learning
from reviews.models import ProtectedName, Restriction, Review

from .public_helpers import (  # noqa: F401  (fresh_cache is a fixture)
    NON_PUBLIC_STATES,
    at,
    fresh_cache,
    make_briefing,
    make_public_review,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

SECRET_TITLE = "Zebracorn review nobody may see"


def _list_urls() -> list[str]:
    return [
        reverse("publishing:home"),
        reverse("publishing:reviews"),
        reverse("publishing:reviews") + "?q=Zebracorn",
        reverse("publishing:removed"),
        reverse("publishing:feed"),
        reverse("publishing:reviews_csv"),
        reverse("publishing:reviews_json"),
        reverse("publishing:sitemap"),
        reverse("publishing:learning_list"),
        reverse("publishing:request_new"),
        reverse("publishing:accessibility"),
    ]


def _review_urls(slug: str) -> list[str]:
    names = ["review", "report_pdf", "briefing", "briefing_pdf"]
    return [reverse(f"publishing:{name}", args=[slug]) for name in names]


def _body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("latin-1")
    return response.content.decode()


@pytest.mark.parametrize("status", NON_PUBLIC_STATES)
@pytest.mark.parametrize("mode", list(Review.Mode))
def test_a_review_in_a_non_public_state_is_nowhere(client, author, status, mode):
    review = make_public_review(
        author=author,
        status=status,
        publication_mode=mode,
        title=SECRET_TITLE,
        published=None if status != Review.Status.NOT_PUBLISHED else at(2026, 1, 5),
    )
    if status != Review.Status.NOT_PUBLISHED:
        Review.objects.filter(pk=review.pk).update(published_at=None)
    make_briefing(review)
    make_public_review(author=author, title="A public report")  # so the lists are not empty

    for url in _review_urls(review.slug):
        assert client.get(url).status_code == 404, url
    for url in _list_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        body = _body(response)
        assert SECRET_TITLE not in body, url
        assert review.slug not in body, url
        assert review.reference not in body, url
    found = client.get(reverse("publishing:reviews"), {"q": "Zebracorn"})
    assert found.context["page"].paginator.count == 0


@pytest.mark.parametrize("status", NON_PUBLIC_STATES + [Review.Status.PUBLISHED])
def test_only_removed_reports_can_be_requested(client, author, status):
    review = make_public_review(author=author, status=status)

    response = client.post(
        reverse("publishing:request_new"),
        {"review": review.pk, "name": "Sam", "email": "sam@example.org"},
    )

    assert response.status_code == 200
    assert "Choose one of the reports in the list." in response.content.decode()
    assert not CopyRequest.objects.exists()


def test_private_details_never_appear_in_any_public_response(client, author, manager):
    review = make_public_review(
        author=author,
        themes=["neglect"],
        blocked_reason="Blocked because of Quokkaname's trial",
    )
    make_briefing(review)
    ProtectedName.objects.create(review=review, name="Quokkaname Realsurname")
    Restriction.objects.create(
        review=review,
        kind=Restriction.Kind.CRIMINAL,
        details="Trial of Quokkaname at Crown Court",
        started_on=datetime.date(2026, 1, 1),
        lifted_on=datetime.date(2026, 2, 1),
    )
    action = review.recommendations.get().actions.get()
    action.evidence = "Evidence file mentions Quokkaname"
    action.save()
    removed = make_public_review(
        author=author, status=Review.Status.REMOVED, removed_at=at(2026, 9, 1)
    )
    request = copy_requests.copy_request_create(
        review=removed, name="Ann", email="ann@example.org", now=timezone.now()
    )
    request.staff_notes = "Staff note: Quokkaname phoned"
    request.save()
    summary = LearningSummary.objects.create(year=2026, introduction="Our year.")
    learning.learning_summary_generate(summary=summary, now=timezone.now())
    learning.learning_summary_publish(summary=summary, by=manager, now=timezone.now())

    urls = (
        _list_urls()
        + _review_urls(review.slug)
        + _review_urls(removed.slug)
        + [
            reverse("publishing:learning", args=[2026]),
            reverse("publishing:learning_pdf", args=[2026]),
        ]
    )
    for url in urls:
        body = _body(client.get(url))
        assert "Quokkaname" not in body, url
        assert author.get_full_name() not in body, url
    for kind, subject in [("report", review), ("briefing", review), ("learning", summary)]:
        subject = (
            catalogue.with_page_data(Review.objects.filter(pk=review.pk)).get()
            if kind != "learning"
            else subject
        )
        assert "Quokkaname" not in files.pdf_html(kind, subject, today=timezone.localdate())
