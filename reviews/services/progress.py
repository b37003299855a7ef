"""The living action plan: progress updates submitted, then approved or returned by a second
person before the public sees them.

From QA approval on, the report is frozen but an action's progress moves on for years. Each
update is kept (never deleted); approving it copies its progress onto the action in the same
transaction, which is what the public report, its PDF and the open data then show. Progress is
not part of the text a sign-off or a notice covers, so nothing here voids either or moves the
review.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .. import checks, roles
from ..models import Action, ProgressUpdate
from .flagged import PRIVATE_NAME
from .owners import submit_refusal
from .transitions import TransitionError, record_history

NAME_REFUSED = (
    "This update holds a private name from the review's list of names that must not appear, "
    "so it can never be approved. Return it, so that its author writes it again without the "
    "name (for example with the pseudonym)."
)
NOT_YET = (
    "This review is not yet QA approved: record the action's progress on the action plan, "
    "where quality assurance reads it."
)


def progress_submit(
    *,
    action: Action,
    by: AbstractBaseUser,
    status: str,
    completed_on: datetime.date | None,
    impact: str = "",
    more_to_do: str = "",
    evidence_note: str = "",
) -> ProgressUpdate:
    """Record a progress update awaiting approval; the action itself is not changed.

    Refused (`TransitionError`) without permission, before the review is QA approved, to an
    action owner for another agency's action, and when the progress breaks the action's rules
    (a completed action needs a date and impact).
    """
    if not by.has_perm("reviews.add_progressupdate"):
        raise TransitionError(
            "Only business-unit staff and action owners can submit a progress update."
        )
    if not action.recommendation.review.is_progress_checked():
        raise TransitionError(NOT_YET)
    refusal = submit_refusal(action=action, by=by)
    if refusal:
        raise TransitionError(refusal)
    update = ProgressUpdate(
        action=action,
        status=status,
        completed_on=completed_on,
        impact=impact.strip(),
        more_to_do=more_to_do.strip(),
        evidence_note=evidence_note.strip(),
        submitted_by=by,
        submitted_at=timezone.now(),
    )
    _check_rules(update)
    update._history_user = by
    update.save()
    return update


def _check_rules(update: ProgressUpdate) -> None:
    """The action's own rules (`Action.clean`), applied to the progress the update proposes."""
    if update.status not in Action.Status.values:
        raise TransitionError("Choose the action's status.")
    proposed = Action(status=update.status, completed_on=update.completed_on, impact=update.impact)
    try:
        proposed.clean()
    except ValidationError as error:
        raise TransitionError(" ".join(error.messages)) from None


PUBLIC_FIELDS = ("impact", "more_to_do")  # what the public will read of an update


def identifiers_in(update: ProgressUpdate) -> dict[str, list[checks.IdentifierFinding]]:
    """Field name -> what the scanner finds in it, with the review's private names: for each
    field of the update that the public will read (the evidence note stays with staff)."""
    review = update.action.recommendation.review
    names = list(review.protected_names.values_list("name", flat=True))
    return {name: checks.scan_identifiers(getattr(update, name), names) for name in PUBLIC_FIELDS}


def approval_refusal(update: ProgressUpdate, by: AbstractBaseUser) -> str | None:
    """Why `by` may not approve `update` now; None when they may."""
    if not _is_progress_approver(by):
        return "Only a QA approver or a partnership manager can approve a progress update."
    if update.submitted_by_id == by.pk:
        return "You submitted this update, so someone else must approve it."
    if update.state != ProgressUpdate.State.PENDING:
        return f"This update is already {update.get_state_display().lower()}."
    found = [finding for each in identifiers_in(update).values() for finding in each]
    if any(finding.kind == PRIVATE_NAME for finding in found):
        return NAME_REFUSED
    return None


@transaction.atomic
def progress_approve(
    *, update: ProgressUpdate, by: AbstractBaseUser, today: datetime.date | None = None
) -> ProgressUpdate:
    """Approve a pending update and apply its progress to the action, with history for both.

    Refused for anyone but a QA approver or manager, for the update's author, for an update
    already decided, and while its text holds a private name of the review. Other flagged
    details are the approver's to judge.
    """
    refusal = approval_refusal(update, by)
    if refusal:
        raise TransitionError(refusal)
    _claim(update, by, ProgressUpdate.State.APPROVED, note="", reason="Progress update approved")
    action = Action.objects.select_for_update().get(pk=update.action_id)
    action.status, action.completed_on = update.status, update.completed_on
    action.impact, action.more_to_do = update.impact, update.more_to_do
    if update.evidence_note:
        action.evidence = update.evidence_note
    action.progress_updated_on = today or timezone.localdate()
    action._history_user = by
    action._change_reason = f"Progress update {update.pk} approved"
    action.save()  # a post_save: the public page, its PDF, search and open data follow
    return update


@transaction.atomic
def progress_return(*, update: ProgressUpdate, by: AbstractBaseUser, note: str) -> ProgressUpdate:
    """Send a pending update back to its author with the reason; the action is not changed."""
    if not _is_progress_approver(by):
        raise TransitionError("Only a QA approver or a partnership manager can return an update.")
    if not note.strip():
        raise TransitionError("Say why the update is being returned.")
    _claim(update, by, ProgressUpdate.State.RETURNED, note=note.strip(), reason="Returned")
    return update


def _claim(update: ProgressUpdate, by, state: str, *, note: str, reason: str) -> None:
    """Move a pending update to `state` once, however many clicks or workers try."""
    claimed = ProgressUpdate.objects.filter(
        pk=update.pk, state=ProgressUpdate.State.PENDING
    ).update(state=state, decided_by=by, decided_at=timezone.now(), decision_note=note)
    if not claimed:
        update.refresh_from_db()
        raise TransitionError(f"This update is already {update.get_state_display().lower()}.")
    record_history(update, by=by, reason=reason)


def _is_progress_approver(user: AbstractBaseUser) -> bool:
    in_role = user.groups.filter(name__in=[roles.QA_APPROVER, roles.MANAGER]).exists()
    return in_role and user.has_perm("reviews.approve_progressupdate")
