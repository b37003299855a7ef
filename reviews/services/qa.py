"""Submission for QA, return to draft, and sign-off against the five criteria."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from ..models import Criterion, Review, SignOff, publishable_pieces
from .approvers import _require_approver, _require_second_pair_of_eyes
from .flagged import unresolved_identifiers
from .published import signed_hashes
from .transitions import TransitionError, _keep_version, current_version, review_move

# --- Submission -------------------------------------------------------------------------------


def readiness_problems(review: Review) -> list[str]:
    """Why the review is not ready for QA; empty when it is."""
    problems = []
    if not review.summary.strip():
        problems.append("The plain-English summary is empty.")
    problems += [
        f"The section “{section.heading}” is empty."
        for section in review.sections()
        if not section.text.strip()
    ]
    if not review.findings.exists():
        problems.append("There are no findings.")
    recommendations = list(review.recommendations.all())
    if not recommendations:
        problems.append("There are no recommendations.")
    problems += [
        f"Recommendation {rec.order} has no action."
        for rec in recommendations
        if not rec.actions.exists()
    ]
    return problems


@transaction.atomic
def review_submit(*, review: Review, by: AbstractBaseUser) -> Review:
    """Move a complete draft into QA and keep the submitted text for later diffs."""
    if not by.has_perm("reviews.submit_review"):
        raise TransitionError("Only business-unit staff can submit a review for QA.")
    problems = readiness_problems(review)
    if problems:
        raise TransitionError("This review is not ready for QA: " + " ".join(problems))
    _, text, digest = current_version(review)
    review_move(
        review,
        from_={Review.Status.DRAFT},
        to=Review.Status.IN_QA,
        by=by,
        reason="Submitted for quality assurance",
        submitted_at=timezone.now(),
    )
    _keep_version(review, text, digest)
    return review


@transaction.atomic
def review_return_to_draft(*, review: Review, by: AbstractBaseUser, reasons: str) -> Review:
    """Send a review in QA back to its author with the approver's reasons."""
    _require_approver(by)
    if not reasons.strip():
        raise TransitionError("Say why the review is going back to draft.")
    review_move(
        review,
        from_={Review.Status.IN_QA},
        to=Review.Status.DRAFT,
        by=by,
        reason=f"Returned to draft: {reasons.strip()}"[:100],
    )
    _void_signoffs(review, reason="Returned to draft")
    return review


# --- Sign-off ---------------------------------------------------------------------------------


@transaction.atomic
def signoff_record(
    *,
    review: Review,
    by: AbstractBaseUser,
    criterion: str,
    met: bool,
    comment: str,
    seen_hash: str,
) -> SignOff:
    """Sign one criterion met or not met for the version the approver saw.

    When all five are met for the current version the review becomes QA approved.
    """
    _require_approver(by)
    review = Review.objects.select_for_update().get(pk=review.pk)
    if review.status != Review.Status.IN_QA:
        raise TransitionError(
            f"Only a review in QA can be signed off; this one is “{review.get_status_display()}”."
        )
    _require_second_pair_of_eyes(review, by)
    _, text, digest = current_version(review)
    if seen_hash != digest:
        raise TransitionError(
            "The report changed after you opened this page. Read what changed, then sign again."
        )
    if not met and not comment.strip():
        raise TransitionError("Say why the criterion is not met.")
    if criterion == Criterion.NO_REDACTION and met and _unresolved(review):
        raise TransitionError(
            "Criterion (d) cannot be signed while identifying details are unresolved: edit the "
            "text, or accept each one with a reason."
        )
    signoff = _replace_signoff(review, by, criterion, met, comment.strip(), digest)
    _keep_version(review, text, digest)
    if _all_met(review, digest):
        review_move(
            review,
            from_={Review.Status.IN_QA},
            to=Review.Status.QA_APPROVED,
            by=by,
            reason="QA approved: all five criteria met",
        )
    return signoff


def _unresolved(review: Review) -> bool:
    # the scanner reads the action plan's progress too: the public will read it
    return bool(unresolved_identifiers(review, publishable_pieces(review, for_scanner=True)))


def _replace_signoff(review, by, criterion, met, comment, digest) -> SignOff:
    now = timezone.now()
    for old in SignOff.objects.filter(review=review, criterion=criterion, voided_at=None):
        old.voided_at, old.void_reason, old._history_user = now, "Signed again", by
        old.save()
    signoff = SignOff(
        review=review,
        criterion=criterion,
        met=met,
        comment=comment,
        signed_by=by,
        signed_at=now,
        content_hash=digest,
    )
    signoff._history_user = by
    signoff.save()
    return signoff


def live_signoffs(review: Review) -> dict[str, SignOff]:
    return {
        signoff.criterion: signoff
        for signoff in review.signoffs.filter(voided_at=None).select_related("signed_by")
    }


def _all_met(review: Review, digest: str) -> bool:
    """True when each criterion is signed met for `digest`, or for a version an approved
    correction led to it from (`signed_hashes`)."""
    live = live_signoffs(review)
    signed = signed_hashes(review, digest)
    return all(
        criterion in live and live[criterion].met and live[criterion].content_hash in signed
        for criterion in Criterion.values
    )


def _void_signoffs(review: Review, *, reason: str, by=None) -> int:
    voided = 0
    for signoff in SignOff.objects.filter(review=review, voided_at=None):
        signoff.voided_at, signoff.void_reason, signoff._history_user = timezone.now(), reason, by
        signoff.save()
        voided += 1
    return voided


def signoff_is_valid(review: Review, *, digest: str | None = None) -> bool:
    """True when all five criteria are signed met for the review's current text.

    `digest` is the current text's hash when the caller has already computed it.
    """
    return _all_met(review, digest or current_version(review)[2])
