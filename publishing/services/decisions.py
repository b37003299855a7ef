"""Decisions not to publish: the referral to the National Panel, its advice, and the final
decision notified to Ofsted, the DfE and the Panel.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from reviews.models import Review
from reviews.services import (
    TransitionError,
    record_history,
    review_move,
)

from ..models import Decision, Notice, Recipient
from .common import local_date, long_date, require_manager
from .notices import notice_create, recipients_for


@transaction.atomic
def decision_record(*, review: Review, by: AbstractBaseUser, reasons: str) -> Decision:
    """Record a decision not to publish the full report and refer it to the National Panel."""
    require_manager(by)
    if not reasons.strip():
        raise TransitionError("Give the reasons for the decision not to publish.")
    recipients_for([Recipient.Body.PANEL])
    review_move(
        review,
        from_={Review.Status.QA_APPROVED},
        to=Review.Status.NOT_PUBLISHED,
        by=by,
        reason="Decision not to publish; referred to the National Panel",
    )
    referral = notice_create(
        review=review,
        kind=Notice.Kind.REFERRAL,
        bodies=[Recipient.Body.PANEL],
        by=by,
        message=reasons.strip(),
    )
    decision = Decision(
        review=review,
        reasons=reasons.strip(),
        decided_by=by,
        decided_at=timezone.now(),
        referral=referral,
    )
    decision._history_user = by
    decision.save()
    return decision


@transaction.atomic
def decision_advice_record(
    *,
    decision: Decision,
    by: AbstractBaseUser,
    advised_on: datetime.date,
    advice: str,
    challenges: bool,
    today: datetime.date,
) -> Decision:
    """Record the National Panel's advice on a decision not to publish."""
    require_manager(by)
    if not advice.strip():
        raise TransitionError("Record what the Panel advised.")
    if advised_on > today or advised_on < local_date(decision.decided_at):
        raise TransitionError("The advice date must be between the decision and today.")
    claimed = Decision.objects.filter(pk=decision.pk, advised_on__isnull=True).update(
        advised_on=advised_on, advice=advice.strip(), panel_challenges=challenges
    )
    if not claimed:
        raise TransitionError("The Panel's advice on this decision is already recorded.")
    record_history(decision, by=by, reason="Panel advice recorded")
    return decision


@transaction.atomic
def decision_finalise(
    *, decision: Decision, by: AbstractBaseUser, outcome: str, reasons: str
) -> Decision:
    """Record the final decision after the Panel's advice and notify the three bodies."""
    require_manager(by)
    if decision.advised_on is None:
        raise TransitionError("Record the Panel's advice before the final decision.")
    if not reasons.strip():
        raise TransitionError("Give the reasons for the final decision.")
    bodies = [Recipient.Body.OFSTED, Recipient.Body.DFE, Recipient.Body.PANEL]
    recipients_for(bodies)
    claimed = Decision.objects.filter(pk=decision.pk, outcome="").update(
        outcome=outcome,
        outcome_reasons=reasons.strip(),
        finalised_by=by,
        finalised_at=timezone.now(),
    )
    if not claimed:
        raise TransitionError("The final decision is already recorded.")
    decision.refresh_from_db()
    _apply_outcome(decision, by)
    notice = notice_create(
        review=decision.review,
        kind=Notice.Kind.FINAL_DECISION,
        bodies=bodies,
        by=by,
        message=_final_message(decision),
    )
    Decision.objects.filter(pk=decision.pk).update(final_notice=notice)
    record_history(decision, by=by, reason=f"Final decision: {decision.get_outcome_display()}")
    return decision


def _apply_outcome(decision: Decision, by) -> None:
    review = decision.review
    if decision.outcome == Decision.Outcome.NOT_PUBLISH:
        record_history(review, by=by, reason="Final decision: not to publish")
        return
    mode = (
        Review.Mode.FULL
        if decision.outcome == Decision.Outcome.PUBLISH_FULL
        else Review.Mode.IMPROVEMENTS_ONLY
    )
    review_move(
        review,
        from_={Review.Status.NOT_PUBLISHED},
        to=Review.Status.QA_APPROVED,
        by=by,
        reason=f"Final decision: {decision.get_outcome_display()}"[:100],
        publication_mode=mode,
    )


def _final_message(decision: Decision) -> str:
    challenged = (
        "The Panel challenged the original decision."
        if decision.panel_challenges
        else "The Panel did not challenge the original decision."
    )
    return (
        f"Final decision: {decision.get_outcome_display()}.\n\n{decision.outcome_reasons}\n\n"
        f"Original decision ({long_date(local_date(decision.decided_at))}): {decision.reasons}\n\n"
        f"Panel advice ({long_date(decision.advised_on)}): {decision.advice}\n{challenged}"
    )
