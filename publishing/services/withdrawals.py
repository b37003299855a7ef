"""Withdrawal: a published (or removed) report taken off the website at once, whatever its 12
months and its open actions, when it may harm a child (a court order or reporting restriction,
a risk of identifying a child or family, legal advice); and its return, only through a second
pair of eyes.

While a withdrawal stands every public address of the report answers 410 with a neutral notice
(`catalogue.withdrawn_reviews`), nothing of it is searched, listed, exported or fed, and no copy
can be asked for or sent. The record, its files and its history stay.

It ends in one of two ways:
1. `review_republish`: a QA approver who did not withdraw it confirms the report as it was; it
   goes back to what it was (published or removed), with no restriction in force.
2. `review_reopen_for_correction`: a manager sends it back to draft; its corrected text is then
   signed off again and a new notice goes to the three national bodies, as for any changed
   report, and the scheduler's publication ends the withdrawal (`withdrawal_end_on_publication`).

Either way the days it was off the website do not count towards its 12 months on display
(`Review.days_withdrawn`, read by `display.minimum_display_until`).
"""

from __future__ import annotations

import datetime
import logging
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from reviews import roles
from reviews.models import Review
from reviews.services import TransitionError, record_history, review_move

from ..models import PublicPdf, StalePdf, Withdrawal
from .common import local_date, long_date, require_manager, task_queue
from .files import review_pdf_keys
from .search import review_index

logger = logging.getLogger(__name__)

WITHDRAWABLE = (Review.Status.PUBLISHED, Review.Status.REMOVED)
TELL_TASK = "publishing.withdrawal_tell"


def withdrawal_in_force(review: Review) -> Withdrawal | None:
    """The review's withdrawal that still stands; None when there is none."""
    return review.withdrawals.filter(ended_at__isnull=True).first()


def withdraw_refusal(review: Review) -> str | None:
    """Why the review cannot be withdrawn; None when it can (on the website, or removed)."""
    if review.status in WITHDRAWABLE:
        return None
    return (
        "Only a report on the website (or removed from it) can be withdrawn; this one is "
        f"“{review.get_status_display()}”."
    )


@transaction.atomic
def review_withdraw(
    *, review: Review, by: AbstractBaseUser, reason: str, details: str, now: datetime.datetime
) -> Withdrawal:
    """Take the review off the website now, with the reason; refuse anything not public or
    removed. The managers and QA approvers are told by email once the withdrawal commits."""
    require_manager(by)
    if reason not in Withdrawal.Reason.values:
        raise TransitionError("Choose the reason for the withdrawal.")
    details = details.strip()
    if reason == Withdrawal.Reason.OTHER and not details:
        raise TransitionError("Say what the reason is: “Other” needs the details.")
    refusal = withdraw_refusal(review)
    if refusal:
        raise TransitionError(refusal)
    was = review.status
    reason_label = Withdrawal.Reason(reason).label
    review_move(
        review,
        from_={was},
        to=Review.Status.WITHDRAWN,
        by=by,
        reason=f"Withdrawn from the website: {reason_label}",
    )
    withdrawal = Withdrawal(
        review=review,
        was=was,
        reason=reason,
        details=details,
        withdrawn_by=by,
        withdrawn_at=now,
    )
    withdrawal._history_user = by
    withdrawal.save()
    review_index(review.pk)  # out of the search at once
    transaction.on_commit(lambda: task_queue(TELL_TASK, withdrawal.pk))
    return withdrawal


def republish_problems(review: Review, *, by: AbstractBaseUser) -> list[str]:
    """Why `by` may not publish the withdrawn review again now; empty when they may."""
    if not by.has_perm("reviews.sign_off_review"):
        return ["Only a QA approver can confirm a withdrawn report for the website."]
    withdrawal = withdrawal_in_force(review)
    if review.status != Review.Status.WITHDRAWN or withdrawal is None:
        return [f"This review is not withdrawn; it is “{review.get_status_display()}”."]
    problems = []
    if withdrawal.withdrawn_by_id == by.pk:
        problems.append("You withdrew it: a QA approver who did not withdraw it must confirm it.")
    for restriction in review.active_restrictions():
        problems.append(
            f"A restriction is in force ({restriction.get_kind_display()}, since "
            f"{long_date(restriction.started_on)}): lift it first."
        )
    return problems


@transaction.atomic
def review_republish(
    *, review: Review, by: AbstractBaseUser, note: str, now: datetime.datetime
) -> Review:
    """A QA approver who did not withdraw it confirms the report as it was: it goes back on the
    website (or back to removed, if it was removed when withdrawn). Its 12 months on display
    are counted without the days it was withdrawn."""
    problems = republish_problems(review, by=by)
    if problems:
        raise TransitionError("It cannot be published again. " + " ".join(problems))
    if not note.strip():
        raise TransitionError("Say what you checked before confirming it for the website.")
    withdrawal = withdrawal_in_force(review)
    days = withdrawal.days_off(now) if withdrawal.was == Review.Status.PUBLISHED else 0
    review_move(
        review,
        from_={Review.Status.WITHDRAWN},
        to=withdrawal.was,
        by=by,
        reason="Published again after a withdrawal"
        if withdrawal.was == Review.Status.PUBLISHED
        else "Withdrawal ended: back to removed from the website",
        **_days_off_added(review, days),
    )
    _end(withdrawal, by=by, how=Withdrawal.Ending.REPUBLISHED, note=note, now=now)
    review_index(review.pk)
    StalePdf.mark(f"report/{review.pk}")  # the report PDF shows "on this site until"
    return review


@transaction.atomic
def review_reopen_for_correction(
    *, review: Review, by: AbstractBaseUser, note: str, now: datetime.datetime
) -> Review:
    """Send a withdrawn review back to draft so that its text can be corrected. The withdrawal
    stands until the corrected report is published again (signed off, a new notice sent,
    scheduled); its old PDFs are kept but never served again."""
    require_manager(by)
    if not note.strip():
        raise TransitionError("Say what must be corrected.")
    withdrawal = withdrawal_in_force(review)
    if review.status != Review.Status.WITHDRAWN or withdrawal is None:
        raise TransitionError(
            f"Only a withdrawn review can be reopened; this one is “{review.get_status_display()}”."
        )
    review_move(
        review,
        from_={Review.Status.WITHDRAWN},
        to=Review.Status.DRAFT,
        by=by,
        reason=f"Reopened for correction after a withdrawal: {note.strip()}",
        submitted_at=None,
        publish_at=None,
    )
    _retire_pdfs(review.pk)
    return review


def withdrawal_end_on_publication(
    *, review_id: int, by: AbstractBaseUser, now: datetime.datetime
) -> None:
    """Called by the scheduler inside the publication's transaction: a corrected report
    published again ends its withdrawal, and the days it was off do not count."""
    withdrawal = Withdrawal.objects.filter(review_id=review_id, ended_at__isnull=True).first()
    if withdrawal is None:
        return
    review = Review.objects.get(pk=review_id)
    Review.objects.filter(pk=review_id).update(**_days_off_added(review, withdrawal.days_off(now)))
    _end(
        withdrawal,
        by=by,
        how=Withdrawal.Ending.CORRECTED,
        note="Published again after correction, sign-off and a new notice.",
        now=now,
    )


def _days_off_added(review: Review, days: int) -> dict:
    """The fields that count `days` more off the website: its 12 months end that much later."""
    total = review.days_withdrawn + days
    counted_from = local_date(review.published_at) + datetime.timedelta(days=total)
    return {"days_withdrawn": total, "display_counted_from": counted_from}


def _end(withdrawal: Withdrawal, *, by, how: str, note: str, now: datetime.datetime) -> None:
    claimed = Withdrawal.objects.filter(pk=withdrawal.pk, ended_at__isnull=True).update(
        ended_at=now, ended_by=by, ending=how, end_note=note.strip()
    )
    if not claimed:
        raise TransitionError("This withdrawal has already ended. Reload the page.")
    record_history(withdrawal, by=by, reason=Withdrawal.Ending(how).label)


def _retire_pdfs(review_id: int) -> None:
    """Keep the review's rendered PDFs (the record) under keys no reader is ever served from,
    so the uncorrected text cannot come back while the corrected one is rendered."""
    for key in review_pdf_keys(review_id):
        for pdf in PublicPdf.objects.filter(key=key):
            PublicPdf.objects.filter(pk=pdf.pk).update(key=f"withdrawn/{key}/{pdf.pk}"[:40])
    StalePdf.objects.filter(key__in=review_pdf_keys(review_id)).delete()


# --- Telling the managers and QA approvers ------------------------------------------------------


def withdrawal_tell(*, withdrawal_id: int, now: datetime.datetime) -> bool:
    """Email the managers and QA approvers that a report was withdrawn; True when this call
    sent it. Claimed in the same transaction as the sending, so a failed email leaves it
    unsent and `withdrawals_tell_sweep` tries again (a crash after the server accepted it may
    send it twice: the message says which withdrawal it is, so a repeat is recognisable)."""
    try:
        with transaction.atomic():
            claimed = Withdrawal.objects.filter(pk=withdrawal_id, told_at__isnull=True)
            if not claimed.update(told_at=now):
                return False
            withdrawal = Withdrawal.objects.select_related("review", "withdrawn_by").get(
                pk=withdrawal_id
            )
            subject, body = _message(withdrawal)
            send_mail(subject, body, None, _staff_emails() or [settings.DEFAULT_FROM_EMAIL])
    except (smtplib.SMTPException, OSError) as error:
        logger.error("Withdrawal %s not told: %s: %s", withdrawal_id, type(error).__name__, error)
        return False
    return True


def withdrawals_tell_sweep(*, now: datetime.datetime) -> int:
    """Queue the email of every withdrawal not yet told (a lost queue message or a failed
    email); the number queued."""
    untold = Withdrawal.objects.filter(told_at__isnull=True).values_list("pk", flat=True)
    return sum(task_queue(TELL_TASK, pk) for pk in untold)


def _message(withdrawal: Withdrawal) -> tuple[str, str]:
    review = withdrawal.review
    when = timezone.localtime(withdrawal.withdrawn_at)
    page = settings.SITE_URL.rstrip("/") + reverse(
        "admin:reviews_review_publication", args=[review.pk]
    )
    subject = f"Withdrawn from the website: {review.reference}"
    body = (
        f"{review.reference} ({review.title}) was withdrawn from the website at "
        f"{when:%H:%M} on {long_date(local_date(withdrawal.withdrawn_at))} by "
        f"{withdrawal.withdrawn_by.get_full_name() or withdrawal.withdrawn_by.get_username()}.\n\n"
        f"Reason: {withdrawal.reason_text()}\n\n"
        "Every public address of the report now answers that it is not available, and no copy "
        "can be requested. It comes back only when a QA approver who did not withdraw it "
        "confirms it, with no restriction in force, or after its corrected text is signed off "
        "and a new notice is sent.\n\n"
        f"Publication page: {page}\n"
    )
    return subject, body


def _staff_emails() -> list[str]:
    users = (
        get_user_model()
        .objects.filter(groups__name__in=[roles.MANAGER, roles.QA_APPROVER], is_active=True)
        .exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True)))
