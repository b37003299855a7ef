"""The annual summary of learning: generated from a reporting year's reviews, published by staff."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from publishing.models import LearningSummary
from publishing.services import catalogue, common, learning
from reviews.models import Review

from .public_helpers import at, complete, make_public_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def year_of_reviews(author):
    inside = make_public_review(
        author=author, title="Inside the year", published=at(2025, 4, 1), themes=["neglect"]
    )
    complete(
        inside.recommendations.get().actions.get(),
        on=datetime.date(2025, 9, 1),
        impact="Referrals are now shared the same day.",
    )
    make_public_review(
        author=author,
        title="Also inside, now removed",
        status=Review.Status.REMOVED,
        published=at(2026, 3, 31),
        themes=["neglect", "under-ones"],
    )
    make_public_review(author=author, title="Before the year", published=at(2025, 3, 31))
    make_public_review(author=author, title="A draft", status=Review.Status.DRAFT)
    return inside


def test_it_summarises_the_reviews_published_from_april_to_march(year_of_reviews):
    summary = LearningSummary.objects.create(year=2025)

    learning.learning_summary_generate(summary=summary, now=at(2026, 6, 1))

    content = summary.content
    assert [r["title"] for r in content["reviews"]] == [
        "Inside the year",
        "Also inside, now removed",
    ]
    assert content["themes"] == [
        {"name": "Neglect", "count": 2},
        {"name": "Under-ones", "count": 1},
    ]
    assert content["actions"]["total"] == 2 and content["actions"]["completed"] == 1
    assert content["impacts"][0]["impact"] == "Referrals are now shared the same day."
    assert content["reviews"][0]["findings"][0]["title"] == "Nobody saw the whole picture"


def test_a_published_summary_is_shown_with_its_introduction_and_pdf_link(
    client, year_of_reviews, manager
):
    summary = LearningSummary.objects.create(
        year=2025, introduction="Our year in review.\n\nSecond paragraph."
    )
    assert client.get(reverse("publishing:learning", args=[2025])).status_code == 404
    learning.learning_summary_generate(summary=summary, now=at(2026, 6, 1))
    learning.learning_summary_publish(summary=summary, by=manager, now=at(2026, 7, 1))

    listing = client.get(reverse("publishing:learning_list")).content.decode()
    page = client.get(reverse("publishing:learning", args=[2025])).content.decode()

    assert "Summary of learning 2025 to 2026" in listing
    for text in [
        "<p>Our year in review.</p>",
        "<p>Second paragraph.</p>",
        "Inside the year",
        "Neglect",
        "Referrals are now shared the same day.",
        "1 April 2025 to 31 March 2026",
        reverse("publishing:learning_pdf", args=[2025]),
    ]:
        assert text in page, text


def test_publishing_needs_a_generated_summary_and_freezes_it(year_of_reviews, manager):
    summary = LearningSummary.objects.create(year=2025)
    with pytest.raises(common.TransitionError, match="Generate"):
        learning.learning_summary_publish(summary=summary, by=manager, now=timezone.now())

    learning.learning_summary_generate(summary=summary, now=at(2026, 6, 1))
    learning.learning_summary_publish(summary=summary, by=manager, now=timezone.now())
    summary.refresh_from_db()

    with pytest.raises(common.TransitionError, match="Unpublish"):
        learning.learning_summary_generate(summary=summary, now=timezone.now())
    with pytest.raises(common.TransitionError, match="already published"):
        learning.learning_summary_publish(summary=summary, by=manager, now=timezone.now())
    learning.learning_summary_unpublish(summary=summary, by=manager)
    assert not catalogue.published_learning_summaries().exists()
    assert summary.history.first().history_change_reason == "Unpublished"


def test_staff_create_generate_and_publish_in_the_admin(client, author, manager, year_of_reviews):
    client.force_login(author)
    client.post(
        reverse("admin:publishing_learningsummary_add"),
        {"year": 2025, "introduction": "Written by staff."},
    )
    summary = LearningSummary.objects.get()
    assert len(summary.content["reviews"]) == 2  # generated on save
    assert summary.draft_authors == [author.pk]

    client.force_login(manager)
    client.post(
        reverse("admin:publishing_learningsummary_changelist"),
        {"action": "publish", "_selected_action": [summary.pk]},
    )

    summary.refresh_from_db()
    assert summary.is_published
    assert summary.draft_authors == []
