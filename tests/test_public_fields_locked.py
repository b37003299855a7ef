"""Once a review is published (or removed, withdrawn or not published) none of its public details
changes by an edit, for any role, by any URL: only an approved correction changes them
(tests/test_corrections.py)."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from reviews import roles, services
from reviews.models import Agency, Review, Theme

from .factories import make_action, make_finding, make_recommendation, make_review, make_user
from .staff_records import snapshot
from .test_admin_editing import inline

pytestmark = pytest.mark.django_db

LOCKED = sorted(Review.TEXT_LOCKED)
ROLES = ["author", "approver", "manager", "auditor", "owner"]


@pytest.fixture
def owner(db):
    return make_user("owner", role=roles.ACTION_OWNER)


def locked_review(author, status) -> Review:
    review = make_review(author=author, status=status, published_at=timezone.now())
    review.themes.set(Theme.objects.filter(slug="neglect"))
    review.agencies.set(Agency.objects.filter(slug="police"))
    make_finding(review)
    make_action(make_recommendation(review))
    return review


def rewritten(review: Review) -> dict:
    """The review's change form with every public detail changed."""
    return {
        "reference": "NEL-2099-99",
        "pseudonym": "Child Z",
        "title": "A rewritten title",
        "slug": "a-rewritten-address",
        "review_type": "thematic",
        "harm": "death",
        "age_band": "15_to_17",
        "sex": "male",
        "incident_month": "12",
        "incident_year": "2020",
        "decision_date": "2021-01-01",
        "themes": [str(Theme.objects.get(slug="suicide").pk)],
        "agencies": [str(Agency.objects.get(slug="housing").pk)],
        "reviewer_name": "Someone Else",
        "summary": "A rewritten summary.",
        "what_happened": "Rewritten.",
        "practice_issues": "Rewritten.",
        "what_needs_to_change": "Rewritten.",
        "_save": "Save",
        **inline("protected_names", []),
        **inline("findings", []),
        **inline("recommendations", []),
    }


@pytest.mark.parametrize("status", LOCKED)
@pytest.mark.parametrize("role", ROLES)
def test_no_role_changes_a_locked_reviews_public_details_through_its_change_form(
    client, request, author, status, role
):
    review = locked_review(author, status)
    before = snapshot(review)
    user = request.getfixturevalue(role)
    client.force_login(user)

    response = client.post(
        reverse("admin:reviews_review_change", args=[review.pk]), rewritten(review)
    )

    assert response.status_code == (302 if role == "author" else 403), _errors(response)
    after = snapshot(review)
    assert {name: after[name] for name in _public(after)} == {
        name: before[name] for name in _public(before)
    }


def _errors(response) -> object:
    context = getattr(response, "context", None) or {}
    return context.get("errors") or response.content[:300]


def _public(values: dict) -> list[str]:
    return [name for name in Review.PUBLIC_FIELDS if name in values]


@pytest.mark.parametrize("status", LOCKED)
def test_the_change_form_shows_every_public_detail_read_only(client, author, status):
    review = locked_review(author, status)
    client.force_login(author)
    page = client.get(reverse("admin:reviews_review_change", args=[review.pk])).content.decode()
    for name in Review.PUBLIC_FIELDS:
        assert f'name="{name}"' not in page, name
    assert Theme.objects.get(slug="neglect").name in page  # shown, as text


def test_a_draft_is_still_edited_as_before(client, author):
    review = make_review(author=author)
    client.force_login(author)
    data = {**rewritten(review), "reference": review.reference, "slug": review.slug}
    response = client.post(reverse("admin:reviews_review_change", args=[review.pk]), data)
    assert response.status_code == 302
    review.refresh_from_db()
    assert (review.title, review.sex) == ("A rewritten title", "male")
    assert list(review.agencies.values_list("slug", flat=True)) == ["housing"]


@pytest.mark.parametrize("role", ROLES)
def test_the_review_list_edits_nothing_and_offers_no_action(client, request, author, role):
    review = locked_review(author, Review.Status.PUBLISHED)
    before = snapshot(review)
    user = request.getfixturevalue(role)
    model_admin = admin.site._registry[Review]
    http = RequestFactory().get("/")
    http.user = user
    assert model_admin.list_editable == ()
    assert model_admin.get_actions(http) == {}

    client.force_login(user)
    for data in (
        {"action": "delete_selected", ACTION_CHECKBOX_NAME: [review.pk], "index": "0"},
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(review.pk),
            "form-0-title": "Edited from the list",
            "_save": "Save",
        },
    ):
        client.post(reverse("admin:reviews_review_changelist"), data)
    assert snapshot(review) == before


def test_the_service_guard_refuses_a_changed_public_detail_of_a_locked_review(author):
    review = locked_review(author, Review.Status.PUBLISHED)
    review.reviewer_name = "Changed in memory"
    with pytest.raises(services.TransitionError, match="Propose a correction"):
        services.public_fields_guard(review=review)

    review.refresh_from_db()
    housing = set(Agency.objects.filter(slug="housing").values_list("pk", flat=True))
    with pytest.raises(services.TransitionError, match="Propose a correction"):
        services.public_fields_guard(review=review, m2m={"agencies": housing})

    police = set(review.agencies.values_list("pk", flat=True))
    services.public_fields_guard(review=review, m2m={"agencies": police})  # nothing changed


def test_the_service_guard_lets_an_unlocked_review_change(author):
    review = make_review(author=author, status=Review.Status.QA_APPROVED)
    review.title = "Changed before publication"
    services.public_fields_guard(review=review)


def test_a_form_that_offered_the_fields_by_mistake_still_changes_nothing(
    client, author, monkeypatch
):
    """Were the page ever to offer a public detail again, the guard behind it refuses."""
    review = locked_review(author, Review.Status.PUBLISHED)
    before = snapshot(review)
    model_admin = admin.site._registry[Review]
    monkeypatch.setattr(
        type(model_admin),
        "get_readonly_fields",
        lambda self, request, obj=None: self.readonly_fields,
    )
    client.force_login(author)
    data = {**rewritten(review), "reference": review.reference, "slug": review.slug}

    response = client.post(reverse("admin:reviews_review_change", args=[review.pk]), data)

    assert response.status_code == 403
    assert snapshot(review) == before
