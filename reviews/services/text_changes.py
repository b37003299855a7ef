"""Text changes: void the sign-offs (and, through the hook, the notice) an edit makes stale."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from ..models import Review, SignOff
from ..signals import text_changed_after_notice
from .qa import _void_signoffs
from .transitions import current_version, review_move

AFTER_NOTICE = {Review.Status.NOTICE_SENT, Review.Status.SCHEDULED, Review.Status.BLOCKED}


@transaction.atomic
def review_text_changed(*, review: Review, by: AbstractBaseUser | None) -> str | None:
    """Void what no longer matches the text; return a message for staff, or None.

    Called after any edit to a review or its findings, recommendations or actions. A sign-off
    and a notice each belong to one version of the frozen text (`publishable_pieces`, which
    holds no action progress, so a progress change voids nothing): a QA-approved review goes
    back to QA, and so does one whose notice was sent (the notice is voided and must be sent
    again).
    Published, removed and not-published reviews keep their state: their text is the record.
    """
    review.refresh_from_db()
    if review.status in AFTER_NOTICE:
        return _void_after_notice(review, by)
    if review.status not in (Review.Status.IN_QA, Review.Status.QA_APPROVED):
        return None
    _, _, digest = current_version(review)
    stale = SignOff.objects.filter(review=review, voided_at=None).exclude(content_hash=digest)
    if not stale.exists():
        return None
    count = _void_signoffs(review, reason="The report text changed after sign-off", by=by)
    if review.status == Review.Status.QA_APPROVED:
        review_move(
            review,
            from_={Review.Status.QA_APPROVED},
            to=Review.Status.IN_QA,
            by=by,
            reason="Back in QA: the text changed after sign-off",
        )
        return (
            "The report text changed after it was QA approved, so its sign-offs were voided and "
            "it is back in quality assurance: it must be signed off again."
        )
    return f"The report text changed, so {count} sign-off(s) for the old text were voided."


def _void_after_notice(review: Review, by) -> str | None:
    # publishing builds on reviews, so it is asked through the hook (reviews/signals.py)
    answers = text_changed_after_notice.send(sender=Review, review=review, by=by)
    if not any(voided for _, voided in answers):
        return None
    _void_signoffs(review, reason="The report text changed after the notice", by=by)
    review_move(
        review,
        from_=AFTER_NOTICE,
        to=Review.Status.IN_QA,
        by=by,
        reason="Back in QA: the text changed after the notice",
        publish_at=None,
        blocked_reason="",
    )
    return (
        "The report text changed after the pre-publication notice was sent, so the notice is "
        "void and the review is back in quality assurance: it must be signed off again and a "
        "new notice sent."
    )
