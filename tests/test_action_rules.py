"""An action is completed only with its impact and completion date; overdue is derived."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from reviews.models import Action

from .factories import TODAY, make_action, make_recommendation, make_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def recommendation(author):
    return make_recommendation(make_review(author=author))


def test_it_refuses_to_complete_an_action_without_an_impact_statement(recommendation):
    action = make_action(recommendation)
    action.status = Action.Status.COMPLETED
    action.completed_on = TODAY

    with pytest.raises(ValidationError) as error:
        action.full_clean()

    assert "impact statement" in error.value.message_dict["impact"][0]


def test_it_treats_a_blank_impact_statement_as_missing(recommendation):
    action = make_action(recommendation)
    action.status, action.completed_on, action.impact = Action.Status.COMPLETED, TODAY, "   \n"

    with pytest.raises(ValidationError) as error:
        action.full_clean()

    assert "impact" in error.value.message_dict


def test_it_requires_the_completion_date(recommendation):
    action = make_action(recommendation)
    action.status, action.impact = Action.Status.COMPLETED, "Referrals now name the child."

    with pytest.raises(ValidationError) as error:
        action.full_clean()

    assert error.value.message_dict["completed_on"] == ["Give the date the action was completed."]


def test_it_refuses_a_completion_date_on_an_open_action(recommendation):
    action = make_action(recommendation)
    action.completed_on = TODAY

    with pytest.raises(ValidationError) as error:
        action.full_clean()

    assert "Only a completed action" in error.value.message_dict["completed_on"][0]


def test_the_database_refuses_a_completed_action_without_impact_even_past_the_form(
    recommendation,
):
    action = make_action(recommendation)

    with pytest.raises(IntegrityError), transaction.atomic():
        Action.objects.filter(pk=action.pk).update(status="completed", completed_on=TODAY)

    action.refresh_from_db()
    assert action.status == Action.Status.PLANNED


def test_it_accepts_a_completed_action_with_impact(recommendation):
    action = make_action(
        recommendation,
        status=Action.Status.COMPLETED,
        completed_on=TODAY,
        impact="An audit of 40 referrals found the child's voice recorded in 38.",
    )
    action.full_clean()
    action.refresh_from_db()
    assert action.status == Action.Status.COMPLETED


def test_it_counts_an_open_action_past_its_due_date_as_overdue(recommendation):
    late = make_action(recommendation, due_date=TODAY - datetime.timedelta(days=1))
    due_today = make_action(recommendation, due_date=TODAY)

    assert late.is_overdue(TODAY)
    assert not due_today.is_overdue(TODAY)


def test_a_completed_action_is_never_overdue(recommendation):
    done = make_action(
        recommendation,
        due_date=TODAY - datetime.timedelta(days=60),
        status=Action.Status.COMPLETED,
        completed_on=TODAY - datetime.timedelta(days=70),
        impact="Training reached 120 practitioners.",
    )
    assert not done.is_overdue(TODAY)


def test_it_reports_action_plan_progress(author):
    review = make_review(author=author)
    recommendation = make_recommendation(review)
    make_action(recommendation, due_date=TODAY - datetime.timedelta(days=3))
    make_action(recommendation)
    make_action(
        recommendation,
        status=Action.Status.COMPLETED,
        completed_on=TODAY,
        impact="Guidance rewritten and used in 12 strategy discussions.",
    )

    progress = review.action_progress(TODAY)

    assert (progress.completed, progress.total, progress.overdue) == (1, 3, 1)
    assert str(progress) == "1 of 3 completed, 1 overdue"
