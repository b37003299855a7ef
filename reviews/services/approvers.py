"""Who may sign off QA: an approver, and never the author or someone who edited since."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser

from .. import roles
from ..models import Action, Finding, Recommendation, Review
from .transitions import TransitionError


def _require_approver(user: AbstractBaseUser) -> None:
    if not user.groups.filter(name=roles.QA_APPROVER).exists() or not user.has_perm(
        "reviews.sign_off_review"
    ):
        raise TransitionError("Only a member of the QA approver group can sign off QA.")


def editors_since_submission(review: Review) -> set[int]:
    """Ids of users who changed the review's records since it was last submitted."""
    if review.submitted_at is None:
        return set()
    since = {"history_date__gte": review.submitted_at, "history_user__isnull": False}
    editors = set(review.history.filter(**since).values_list("history_user", flat=True))
    for model in (Finding, Recommendation):
        rows = model.history.filter(review_id=review.pk, **since)
        editors |= set(rows.values_list("history_user", flat=True))
    recommendation_ids = Recommendation.history.filter(review_id=review.pk).values("id")
    actions = Action.history.filter(recommendation_id__in=recommendation_ids, **since)
    editors |= set(actions.values_list("history_user", flat=True))
    return editors


def _require_second_pair_of_eyes(review: Review, user: AbstractBaseUser) -> None:
    if review.author_id == user.pk:
        raise TransitionError("You wrote this review, so someone else must sign it off.")
    if user.pk in editors_since_submission(review):
        raise TransitionError(
            "You changed this review since it was submitted, so someone else must sign it off."
        )
