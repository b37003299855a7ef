"""Text changes: void the sign-offs (and, through the hook, the notice) an edit makes stale, and
say beforehand what an edit would void."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from ..models import Review, SignOff
from ..signals import text_change_preview, text_changed_after_notice
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


def void_warning(*, review: Review) -> str | None:
    """What `review_text_changed` would void now, in words for staff; None when nothing.

    Asked by a page inside the transaction of an edit, after its rows are written and before
    they are committed: the same rules as `review_text_changed`, read only. For example "Saving
    will void the 5 QA sign-offs (signed by A. Approver on 30 November 2026); the
    pre-publication notice sent on 2 December 2026 to Ofsted, the DfE and the Panel; and the
    publication scheduled for 11 December 2026 at 09:30. The review goes back to quality
    assurance: ..." The notice is described by the layer above, through the hook.
    """
    review.refresh_from_db()
    _, _, digest = current_version(review)
    live = list(SignOff.objects.filter(review=review, voided_at=None).select_related("signed_by"))
    if review.status in AFTER_NOTICE:
        return _after_notice_warning(review, live, digest)
    if review.status not in (Review.Status.IN_QA, Review.Status.QA_APPROVED):
        return None
    if all(signoff.content_hash == digest for signoff in live):
        return None  # none stale (or none at all): nothing is voided
    then = (
        "The review goes back to quality assurance: it must be signed off again."
        if review.status == Review.Status.QA_APPROVED
        else "They must be signed again."
    )
    return f"Saving will void {_signoffs_phrase(live)}. {then}"


def _after_notice_warning(review: Review, live: list[SignOff], digest: str) -> str | None:
    # as in `_void_after_notice`: nothing is voided unless the layer above voids a notice
    answers = text_change_preview.send(sender=Review, review=review, digest=digest)
    notices = [phrase for _, phrase in answers if phrase]
    if not notices:
        return None
    lost = [_signoffs_phrase(live)] if live else []
    lost += notices
    if review.publish_at:
        lost.append(f"the publication scheduled for {_when(review.publish_at)}")
    return (
        f"Saving will void {_listed(lost)}. The review goes back to quality assurance: it must "
        "be signed off again and a new notice sent."
    )


def _signoffs_phrase(signoffs: list[SignOff]) -> str:
    """The sign-offs in words: the 5 QA sign-offs (signed by A. Approver on 30 November 2026)."""
    signed: dict[str, None] = {}  # in order, once each
    for signoff in sorted(signoffs, key=lambda s: s.signed_at):
        user = signoff.signed_by
        name = user.get_full_name() or user.get_username()
        signed[f"{name} on {timezone.localtime(signoff.signed_at):%-d %B %Y}"] = None
    what = "the QA sign-off" if len(signoffs) == 1 else f"the {len(signoffs)} QA sign-offs"
    return f"{what} (signed by {_listed(list(signed), sep=', ')})"


def _when(moment) -> str:
    return f"{timezone.localtime(moment):%-d %B %Y at %H:%M}"


def _listed(items: list[str], *, sep: str = "; ") -> str:
    """The items in a sentence: a; a and b; a; b; and c (a, b and c with `sep=", "`)."""
    if len(items) < 3:
        return " and ".join(items)
    last = f"{sep}and " if sep == "; " else " and "
    return sep.join(items[:-1]) + last + items[-1]
