"""Staff pages offer a link or button only to those whose permissions let them use it; and the
review's save row submits it for QA after saving, so no edit is lost."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from reviews.models import Restriction, Review

from .factories import make_ready_review, make_review
from .test_admin_editing import inline, review_form

pytestmark = pytest.mark.django_db

ROLES = ["author", "approver", "manager", "auditor"]


def change_url(review: Review) -> str:
    return reverse("admin:reviews_review_change", args=[review.pk])


@pytest.fixture
def restriction(author):
    return Restriction.objects.create(
        review=make_review(author=author),
        kind="inquest",
        details="Inquest opened.",
        started_on=datetime.date(2026, 6, 1),
    )


@pytest.mark.parametrize("role", ROLES)
def test_record_a_restriction_is_offered_only_to_those_it_opens_for(
    client, request, restriction, role
):
    client.force_login(request.getfixturevalue(role))
    add = reverse("admin:reviews_restriction_add")

    page = client.get(change_url(restriction.review)).content.decode()
    opens = client.get(add).status_code == 200

    assert ("Record a restriction" in page) is opens
    assert (f'href="{add}?review={restriction.review.pk}"' in page) is opens
    assert opens is (role == "manager")


@pytest.mark.parametrize("role", ROLES)
def test_lift_is_offered_only_to_those_it_opens_for(client, request, restriction, role):
    client.force_login(request.getfixturevalue(role))
    lift = reverse("admin:reviews_restriction_lift", args=[restriction.pk])

    page = client.get(
        reverse("admin:reviews_restriction_change", args=[restriction.pk])
    ).content.decode()
    opens = client.get(lift).status_code == 200

    assert (f'href="{lift}"' in page) is opens
    assert opens is (role == "manager")


def test_a_lifted_restriction_offers_no_lift(client, manager, restriction):
    restriction.lifted_on = datetime.date(2026, 9, 1)
    restriction.save()
    client.force_login(manager)

    page = client.get(reverse("admin:reviews_restriction_change", args=[restriction.pk]))

    assert "reviews/restriction/" + str(restriction.pk) + "/lift/" not in page.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_save_and_submit_is_offered_only_to_business_unit_staff_on_a_draft(
    client, request, author, role
):
    draft = make_ready_review(author=author)
    in_qa = make_ready_review(author=author, status=Review.Status.IN_QA)
    client.force_login(request.getfixturevalue(role))

    on_draft = client.get(change_url(draft)).content.decode()
    on_in_qa = client.get(change_url(in_qa)).content.decode()

    assert ('name="_submit_for_qa"' in on_draft) is (role == "author")
    assert 'name="_submit_for_qa"' not in on_in_qa
    assert 'form="submit-for-qa"' not in on_draft  # the old form, apart from the save row


def posted_back(review: Review, **changes) -> dict:
    """The review's page posted back as it is, with `changes`."""
    finding, recommendation = review.findings.get(), review.recommendations.get()
    data = review_form(reference=review.reference, slug=review.slug, **changes)
    data.update(
        inline(
            "findings",
            [{"id": finding.pk, "order": 1, "title": finding.title, "text": finding.text}],
            initial=1,
        )
    )
    data.update(
        inline(
            "recommendations",
            [{"id": recommendation.pk, "order": 1, "text": recommendation.text}],
            initial=1,
        )
    )
    data.update(inline("protected_names", []))
    return data


def test_save_and_submit_saves_the_edits_then_submits(client, author):
    review = make_ready_review(author=author)
    client.force_login(author)
    data = posted_back(review, title="A title typed just before submitting")

    response = client.post(change_url(review), {**data, "_submit_for_qa": "on"}, follow=True)

    review.refresh_from_db()
    assert review.title == "A title typed just before submitting"
    assert review.status == Review.Status.IN_QA
    assert "submitted for quality assurance" in response.content.decode()
    assert review.history.first().history_change_reason == "Submitted for quality assurance"


def test_a_refused_submit_keeps_the_edits_and_says_why(client, author):
    review = make_ready_review(author=author)
    client.force_login(author)
    data = posted_back(review, title="Kept though refused", summary="")

    response = client.post(change_url(review), {**data, "_submit_for_qa": "on"}, follow=True)

    page = response.content.decode()
    review.refresh_from_db()
    assert review.title == "Kept though refused"
    assert review.status == Review.Status.DRAFT
    assert "changes were saved, but the review was not submitted" in page
    assert "summary is empty" in page


def test_an_invalid_form_is_neither_saved_nor_submitted(client, author):
    review = make_ready_review(author=author)
    client.force_login(author)
    data = posted_back(review, title="Not saved", decision_date="31/02/2026")

    response = client.post(change_url(review), {**data, "_submit_for_qa": "on"})

    assert response.status_code == 200
    review.refresh_from_db()
    assert review.status == Review.Status.DRAFT
    assert review.title != "Not saved"


def test_the_approver_cannot_submit_through_the_save_row(client, approver, author):
    review = make_ready_review(author=author)
    client.force_login(approver)

    response = client.post(change_url(review), {**posted_back(review), "_submit_for_qa": "on"})

    assert response.status_code == 403
    review.refresh_from_db()
    assert review.status == Review.Status.DRAFT
