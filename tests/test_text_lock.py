"""Once published (or removed, or decided against) a review's text is the record: the admin
cannot change it; only the action plan's progress moves on, by approved progress updates."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from reviews import services
from reviews.models import Action, Review

from .factories import make_action, make_finding, make_recommendation, make_review
from .test_admin_editing import action_rows, inline

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(author):
    review = make_review(author=author, status=Review.Status.PUBLISHED, published_at=timezone.now())
    make_finding(review)
    make_action(make_recommendation(review))
    return review


def test_the_review_page_shows_the_text_read_only(client, author, published):
    client.force_login(author)
    page = client.get(reverse("admin:reviews_review_change", args=[published.pk])).content.decode()

    assert 'name="summary"' not in page
    assert 'name="findings-0-text"' not in page
    assert published.summary in page


def test_posting_new_text_changes_nothing(client, author, published):
    client.force_login(author)
    data = {
        "reference": published.reference,
        "review_type": "local",
        "harm": published.harm,
        "age_band": published.age_band,
        "sex": published.sex,
        "incident_month": "3",
        "incident_year": "2026",
        "decision_date": "2026-05-01",
        "summary": "Sneaked-in text naming Oakfield Primary School.",
        "content_warning": "on",
        **inline("protected_names", []),
    }

    client.post(reverse("admin:reviews_review_change", args=[published.pk]), data)

    published.refresh_from_db()
    assert "Oakfield" not in published.summary


def test_action_progress_moves_on_only_by_an_approved_update(client, author, approver, published):
    recommendation = published.recommendations.get()
    action = recommendation.actions.get()
    client.force_login(author)
    row = action_rows(
        action,
        status="completed",
        completed_on=datetime.date(2026, 11, 20).isoformat(),
        impact="A re-audit in November found every referral named the child.",
        description="An attempt to rewrite the published action.",
    )
    data = {**inline("actions", [row], initial=1)}

    response = client.post(
        reverse("admin:reviews_recommendation_change", args=[recommendation.pk]), data
    )

    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == Action.Status.PLANNED  # the form no longer offers progress
    assert action.description == "Audit referrals for information sharing."
    update = services.progress_submit(
        action=action,
        by=author,
        status="completed",
        completed_on=datetime.date(2026, 11, 20),
        impact="A re-audit in November found every referral named the child.",
    )
    services.progress_approve(update=update, by=approver)
    action.refresh_from_db()
    assert action.status == Action.Status.COMPLETED
    published.refresh_from_db()
    assert published.status == Review.Status.PUBLISHED


def test_no_new_action_can_be_added_to_a_published_review(client, author, published):
    draft = make_recommendation(make_review(author=author))
    client.force_login(author)

    response = client.get(reverse("admin:reviews_action_add"))

    choices = response.context["adminform"].form.fields["recommendation"].queryset
    assert list(choices) == [draft]
