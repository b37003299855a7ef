"""Business-unit staff submit a complete draft for QA; an incomplete one is refused with reasons."""

import pytest

from reviews import services
from reviews.models import Review, TextVersion

from .factories import (
    make_action,
    make_finding,
    make_ready_review,
    make_recommendation,
    make_review,
)

pytestmark = pytest.mark.django_db


def test_it_moves_a_complete_draft_into_qa_and_records_who(author):
    review = make_ready_review(author=author)

    services.review_submit(review=review, by=author)

    review.refresh_from_db()
    assert review.status == Review.Status.IN_QA
    assert review.submitted_at is not None
    latest = review.history.first()
    assert (latest.history_user, latest.status) == (author, "in_qa")
    assert latest.history_change_reason == "Submitted for quality assurance"
    assert TextVersion.objects.filter(review=review).count() == 1


def test_it_refuses_an_incomplete_draft_with_every_reason(author):
    review = make_review(author=author, summary="", what_happened="")
    make_recommendation(review)  # a recommendation with no action, and no finding

    with pytest.raises(services.TransitionError) as error:
        services.review_submit(review=review, by=author)

    message = str(error.value)
    assert "summary is empty" in message
    assert "“What happened” is empty" in message
    assert "There are no findings" in message
    assert "Recommendation 1 has no action" in message
    review.refresh_from_db()
    assert review.status == Review.Status.DRAFT
    assert review.history.count() == 1


def test_it_refuses_a_review_with_no_recommendation(author):
    review = make_review(author=author)
    make_finding(review)

    with pytest.raises(services.TransitionError, match="There are no recommendations"):
        services.review_submit(review=review, by=author)


def test_a_double_submit_is_refused_and_changes_nothing(author):
    review = make_ready_review(author=author)
    services.review_submit(review=review, by=author)
    stale = Review.objects.get(pk=review.pk)
    stale.status = Review.Status.DRAFT  # a second click from a page loaded before the first

    with pytest.raises(services.TransitionError, match="now “In quality assurance”"):
        services.review_submit(review=stale, by=author)

    assert review.history.filter(status="in_qa").count() == 1


def test_only_business_unit_staff_may_submit(author, approver):
    review = make_ready_review(author=author)

    with pytest.raises(services.TransitionError, match="Only business-unit staff"):
        services.review_submit(review=review, by=approver)


def test_recommendation_order_is_named_in_the_reason(author):
    review = make_ready_review(author=author)
    make_recommendation(review, order=2)

    with pytest.raises(services.TransitionError, match="Recommendation 2 has no action"):
        services.review_submit(review=review, by=author)
    make_action(review.recommendations.get(order=2))
    services.review_submit(review=review, by=author)
