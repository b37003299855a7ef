"""The Publication page's moves for a report that may harm a child: withdraw it now, publish it
again (a QA approver who did not withdraw it), or reopen it for correction. Each asks for
confirmation first, saying exactly what will happen."""

from __future__ import annotations

from django.utils import timezone

from reviews.models import Review

from ..models import Withdrawal
from ..services import common, display, withdrawals
from .moves import Confirmation


def withdraw(request, review, form) -> str:
    withdrawals.review_withdraw(
        review=review,
        by=request.user,
        reason=form.cleaned_data["grounds"],
        details=form.cleaned_data["details"],
        now=timezone.now(),
    )
    return (
        f"{review.reference} is withdrawn: every public address of it now answers that it is "
        "not available, and no copy can be requested. The managers and QA approvers are being "
        "emailed."
    )


def confirm_withdraw(review, form) -> Confirmation:
    refusal = withdrawals.withdraw_refusal(review)
    if refusal:
        raise common.TransitionError(refusal)
    on_site = review.status == Review.Status.PUBLISHED
    return Confirmation(
        title=f"Withdraw {review.reference} from the website now?",
        what=(
            f"Withdraw {review.reference} now, because: "
            f"{Withdrawal.Reason(form.cleaned_data['grounds']).label.lower()}."
        ),
        yes="Yes, withdraw it now",
        details=[
            (
                "From the moment you confirm, its page, briefing, PDFs, feed entry, search "
                "results, list entries and open-data rows are gone: its addresses answer that "
                "the report is not available, giving no reason and no text of it."
                if on_site
                else "It is no longer offered as a removed report: no copy can be requested, "
                "and none can be sent for requests already made."
            ),
            "No copy can be requested while the withdrawal stands.",
            "The record, its files and its history stay; the withdrawal, who made it, when and "
            "why are kept in its history.",
            "The managers and the QA approvers are emailed.",
            "It comes back only when a QA approver who did not withdraw it confirms it, with no "
            "restriction in force, or after its text is corrected, signed off again and a new "
            "notice is sent.",
        ],
    )


def may_republish(user, review) -> None:
    """Who may be asked to confirm publishing it again: a QA approver who did not withdraw
    it, with no restriction in force."""
    problems = withdrawals.republish_problems(review, by=user)
    if problems:
        raise common.TransitionError("It cannot be published again. " + " ".join(problems))


def republish(request, review, form) -> str:
    withdrawal = withdrawals.withdrawal_in_force(review)
    withdrawals.review_republish(
        review=review, by=request.user, note=form.cleaned_data["note"], now=timezone.now()
    )
    if withdrawal.was == Review.Status.REMOVED:
        return f"The withdrawal of {review.reference} has ended: it is a removed report again."
    return f"{review.reference} is on the website again."


def confirm_republish(review, form) -> Confirmation:
    withdrawal = withdrawals.withdrawal_in_force(review)
    days = withdrawal.days_off(timezone.now())
    details = [
        f"Withdrawn for: {withdrawal.reason_text()}",
        f"What you checked: {form.cleaned_data['note']}",
    ]
    if withdrawal.was == Review.Status.PUBLISHED:
        review.days_withdrawn += days
        until = display.minimum_display_until(review)
        details.append(
            f"Its 12 months on the website do not count the {review.days_withdrawn} days it was "
            f"withdrawn: it stays until at least {common.long_date(until)}."
        )
        what = f"Put {review.reference} back on the website now, exactly as it was."
    else:
        what = f"End the withdrawal of {review.reference}: it becomes a removed report again."
    return Confirmation(
        title=f"Publish {review.reference} again?",
        what=what,
        yes="Yes, publish it again",
        details=details,
    )


def reopen(request, review, form) -> str:
    withdrawals.review_reopen_for_correction(
        review=review, by=request.user, note=form.cleaned_data["note"], now=timezone.now()
    )
    return (
        f"{review.reference} is back in draft for correction. It stays withdrawn until the "
        "corrected report is signed off, a new notice is sent and it is published again."
    )


def confirm_reopen(review, form) -> Confirmation:
    if review.status != Review.Status.WITHDRAWN:
        raise common.TransitionError("Only a withdrawn review can be reopened for correction.")
    return Confirmation(
        title=f"Reopen {review.reference} for correction?",
        what=f"Send {review.reference} back to draft so that its text can be corrected.",
        yes="Yes, reopen it for correction",
        details=[
            f"What must be corrected: {form.cleaned_data['note']}",
            "It stays withdrawn: nothing of it is public while it is corrected.",
            "The corrected text must be signed off again and a new notice sent to Ofsted, the "
            "DfE and the National Panel before it is scheduled.",
            "Its earlier PDFs are kept in the record and never served again.",
        ],
    )
