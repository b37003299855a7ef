"""A new finding or recommendation takes the next number, and no number is used twice in a
review: a clash is a form error at the number, never a server error."""

from __future__ import annotations

import pytest
from django.urls import reverse

from reviews.models import Finding, Recommendation

from .factories import make_finding, make_recommendation, make_review
from .test_admin_editing import inline, review_form

pytestmark = pytest.mark.django_db


def change_url(review) -> str:
    return reverse("admin:reviews_review_change", args=[review.pk])


def order_fields(response, prefix: str) -> list:
    """The number each row of the inline `prefix` starts with, blank rows included."""
    for inline_admin_formset in response.context["inline_admin_formsets"]:
        formset = inline_admin_formset.formset
        if formset.prefix == prefix:
            return [form["order"].value() for form in formset] + [
                formset.empty_form["order"].value()
            ]
    raise AssertionError(prefix)


def review_post(review, findings: list[dict], recommendations: list[dict]) -> dict:
    """The review's page posted back with these rows (existing rows first, with their id)."""
    data = review_form(reference=review.reference, slug=review.slug)
    existing_findings = sum(1 for row in findings if row.get("id"))
    existing_recommendations = sum(1 for row in recommendations if row.get("id"))
    data.update(inline("findings", findings, initial=existing_findings))
    data.update(inline("recommendations", recommendations, initial=existing_recommendations))
    data.update(inline("protected_names", []))
    return data


def test_a_new_review_numbers_its_first_rows_from_one(client, author):
    client.force_login(author)

    response = client.get(reverse("admin:reviews_review_add"))

    assert order_fields(response, "findings") == [1, 2]  # the blank row, then one added
    assert order_fields(response, "recommendations") == [1, 2]


def test_a_new_row_takes_the_number_after_the_highest(client, author):
    review = make_review(author=author)
    make_finding(review, order=1)
    make_finding(review, order=4)
    make_recommendation(review, order=2)
    client.force_login(author)

    response = client.get(change_url(review))

    assert order_fields(response, "findings") == [1, 4, 5, 6]
    assert order_fields(response, "recommendations") == [2, 3, 4]


def test_two_new_rows_with_the_same_number_are_refused_at_the_second(client, author):
    review = make_review(author=author)
    client.force_login(author)
    data = review_post(
        review,
        findings=[],
        recommendations=[{"order": "2", "text": "First."}, {"order": "2", "text": "Second."}],
    )

    response = client.post(change_url(review), data)

    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][1].formset
    assert formset.errors[0] == {}
    assert formset.errors[1]["order"] == ["Recommendation 2 is already used in this review."]
    assert "Recommendation 2 is already used in this review." in response.content.decode()
    assert not Recommendation.objects.filter(review=review).exists()


def test_a_new_row_may_not_take_the_number_of_an_existing_one(client, author):
    review = make_review(author=author)
    existing = make_finding(review, order=1)
    client.force_login(author)
    data = review_post(
        review,
        findings=[
            {"id": str(existing.pk), "order": "1", "title": existing.title, "text": existing.text},
            {"order": "1", "title": "Another", "text": "Another finding."},
        ],
        recommendations=[],
    )

    response = client.post(change_url(review), data)

    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.errors[1]["order"] == ["Finding 1 is already used in this review."]
    assert Finding.objects.filter(review=review).count() == 1


def test_two_rows_may_swap_their_numbers(client, author):
    review = make_review(author=author)
    one = make_recommendation(review, order=1, text="One.")
    two = make_recommendation(review, order=2, text="Two.")
    client.force_login(author)
    data = review_post(
        review,
        findings=[],
        recommendations=[
            {"id": str(one.pk), "order": "2", "text": "One."},
            {"id": str(two.pk), "order": "1", "text": "Two."},
        ],
    )

    response = client.post(change_url(review), data)

    assert response.status_code == 302
    assert list(review.recommendations.values_list("text", flat=True)) == ["Two.", "One."]


def test_on_its_own_page_a_number_taken_in_the_review_is_refused(client, author):
    review = make_review(author=author)
    make_recommendation(review, order=1)
    second = make_recommendation(review, order=2, text="Two.")
    client.force_login(author)

    response = client.post(
        reverse("admin:reviews_recommendation_change", args=[second.pk]),
        {"order": "1", "text": "Two.", **inline("actions", [])},
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["order"] == ["Recommendation 1 is already used in this review."]
    second.refresh_from_db()
    assert second.order == 2


def test_a_finding_keeps_its_number_on_its_own_page(client, author):
    review = make_review(author=author)
    finding = make_finding(review, order=3)
    client.force_login(author)

    response = client.post(
        reverse("admin:reviews_finding_change", args=[finding.pk]),
        {"order": "3", "title": "Changed title", "text": finding.text},
    )

    assert response.status_code == 302
    finding.refresh_from_db()
    assert finding.title == "Changed title"
