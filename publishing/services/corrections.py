"""Corrections of a published report, GOV.UK style: proposed by one person, approved by a second,
then shown to readers with a dated note.

Once published, a review's public details (`Review.PUBLIC_FIELDS`) are never edited in place
(`reviews.services.public_fields_guard`). The business unit or a manager proposes new values
for some of them with a note saying what was corrected; the public keeps the old values until a
QA approver or a manager who did not propose it approves it (`correction_approve`), after
reading the old and new values and what the identifier scanner finds in the new text with the
review's private names. A private name can never be approved. The approval writes the review
with its history, so the report page, its stored page, the page cache, search, the PDF, the
open data and the feed follow by the usual signals; the report then lists the correction's
note under "Corrections". The text a sign-off covered is kept as corrected, noting the
correction (`reviews.services.version_corrected`), so the sign-off still stands for it.

The reference and the web address are not correctable: others cite and link to them.
Findings, recommendations and actions are outside corrections (the action plan's progress has
its own approved updates).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import capfirst

from reviews import checks
from reviews.models import Agency, Review, Theme
from reviews.services import (
    TransitionError,
    current_version,
    record_history,
    version_corrected,
)
from reviews.services.flagged import PRIVATE_NAME

from ..models import Correction

CORRECTABLE = tuple(name for name in Review.PUBLIC_FIELDS if name not in ("reference", "slug"))
RELATED = {"themes": Theme, "agencies": Agency}
PROPOSED = Correction.State.PROPOSED
NAME_REFUSED = (
    "The new text holds a name on the review's private list, so this correction can never be "
    "approved. Refuse it, so that it is proposed again without the name (for example with the "
    "pseudonym)."
)
MASKED = "a name on the review's private list"


# --- Values -----------------------------------------------------------------------------------


def value_of(review: Review, name: str) -> Any:
    """The field `name` of `review` as a correction stores it (JSON): pks for themes and
    agencies (sorted), ISO dates, else the value itself."""
    if name in RELATED:
        return sorted(getattr(review, name).values_list("pk", flat=True))
    value = getattr(review, name)
    return value.isoformat() if isinstance(value, datetime.date) else value


def _as_stored(name: str, value: Any) -> Any:
    """A value given for `name` (from a form or stored) in the form `value_of` returns;
    `TransitionError` when it cannot be one (a word for a year, a list for a title)."""
    if name in RELATED:
        if not isinstance(value, list | tuple | set | models.QuerySet):
            raise TransitionError(f"Choose the {label(name).lower()} from the list.")
        pks = {getattr(each, "pk", each) for each in value}
        if not all(type(pk) is int and 0 < pk < 2**63 for pk in pks):  # a key a row may have
            raise TransitionError(f"Choose the {label(name).lower()} from the list.")
        return sorted(pks)
    if name not in CORRECTABLE:
        return value  # refused by `_check_values`, naming it
    try:
        value = Review._meta.get_field(name).to_python(value)
    except ValidationError:
        raise TransitionError(f"{label(name)}: enter a valid value.") from None
    return value.isoformat() if isinstance(value, datetime.date) else value


def is_text(name: str) -> bool:
    """True for a free-text field (the scanner reads it; its diff is word by word)."""
    field = Review._meta.get_field(name)
    return isinstance(field, models.CharField | models.TextField) and not field.choices


def _model_value(name: str, value: Any) -> Any:
    return Review._meta.get_field(name).to_python(value)


def _check_values(review: Review, changes: dict[str, Any]) -> None:
    """Refuse values the review's own field rules refuse, and themes or agencies that do not
    exist, naming the field."""
    unknown = sorted(set(changes) - set(CORRECTABLE))
    if unknown:
        raise TransitionError(f"These cannot be corrected: {', '.join(unknown)}.")
    trial = Review.objects.get(pk=review.pk)
    for name, value in changes.items():
        if name in RELATED:
            if RELATED[name].objects.filter(pk__in=value).count() != len(value):
                raise TransitionError(f"Choose the {label(name).lower()} from the list.")
            continue
        setattr(trial, name, _model_value(name, value))
    others = [f.name for f in Review._meta.fields if f.name not in changes]
    try:
        trial.clean_fields(exclude=others)
    except ValidationError as error:
        raise TransitionError(" ".join(error.messages)) from None


def label(name: str) -> str:
    return capfirst(str(Review._meta.get_field(name).verbose_name))


# --- Proposing --------------------------------------------------------------------------------


def correction_propose(
    *,
    review: Review,
    by: AbstractBaseUser,
    changes: dict[str, Any],
    note: str,
    now: datetime.datetime | None = None,
) -> Correction:
    """Record a correction awaiting approval, keeping only the values that differ from what the
    public reads now; the review itself is not changed.

    Refused (`TransitionError`) without permission, for a review that is not published, for a
    field that is not correctable or a value its rules refuse, with nothing changed, and
    without a note.
    """
    if not by.has_perm("publishing.add_correction"):
        raise TransitionError(
            "Only business-unit staff and partnership managers can propose a correction."
        )
    if review.status != Review.Status.PUBLISHED:
        raise TransitionError(
            f"Only a published report is corrected; this review is “{review.get_status_display()}”."
        )
    wanted = {name: _as_stored(name, value) for name, value in changes.items()}
    _check_values(review, wanted)
    changed = {name: v for name, v in wanted.items() if v != value_of(review, name)}
    if not changed:
        raise TransitionError(
            "Nothing differs from what the report shows now: change at least one detail."
        )
    if not note.strip():
        raise TransitionError("Say what was corrected, as readers will read it.")
    correction = Correction(
        review=review,
        changes=changed,
        note=note.strip(),
        proposed_by=by,
        proposed_at=now or timezone.now(),
    )
    correction._history_user = by
    correction._change_reason = "Proposed"
    correction.save()
    del correction._history_user, correction._change_reason  # a later decision names its own
    return correction


# --- Deciding ---------------------------------------------------------------------------------


def identifiers_in(correction: Correction) -> dict[str, list[checks.IdentifierFinding]]:
    """Field name -> what the scanner finds in its new value, with the review's private names:
    for each free-text field the correction changes, and for its note ("note"), which readers
    will read too."""
    names = list(correction.review.protected_names.values_list("name", flat=True))
    found = {
        name: checks.scan_identifiers(value, names)
        for name, value in correction.changes.items()
        if is_text(name)
    }
    found["note"] = checks.scan_identifiers(correction.note, names)
    return found


def approval_refusal(correction: Correction, by: AbstractBaseUser) -> str | None:
    """Why `by` may not approve `correction` now; None when they may."""
    if not by.has_perm("publishing.approve_correction"):
        return "Only a QA approver or a partnership manager can approve a correction."
    if correction.state != PROPOSED:
        return f"This correction is already {correction.get_state_display().lower()}."
    if correction.proposed_by_id == by.pk:
        return "You proposed this correction, so someone else must approve it."
    review = correction.review
    if review.status != Review.Status.PUBLISHED:
        return (
            f"Only a published report is corrected; this review is now "
            f"“{review.get_status_display()}”."
        )
    found = [finding for each in identifiers_in(correction).values() for finding in each]
    if any(finding.kind == PRIVATE_NAME for finding in found):
        return NAME_REFUSED
    return None


@transaction.atomic
def correction_approve(
    *, correction: Correction, by: AbstractBaseUser, now: datetime.datetime | None = None
) -> Correction:
    """Approve a proposed correction and apply it to the review, with history for both.

    1. Lock the review, read the correction again and refuse (`TransitionError`) whatever
       `approval_refusal` refuses: not a second person, already decided, not published, a
       private name.
    2. Claim the correction (proposed -> approved, once), keeping the values it replaces.
    3. Write the new values on the review (themes and agencies first, so its history row holds
       them); the signals update every public view of it and mark its PDF stale.
    4. Keep the corrected signed text, noting the correction, so the sign-off covers it.
    """
    review = Review.objects.select_for_update().get(pk=correction.review_id)
    correction = Correction.objects.select_related("review").get(pk=correction.pk)
    refusal = approval_refusal(correction, by)
    if refusal:
        raise TransitionError(refusal)
    before = {name: value_of(review, name) for name in correction.changes}
    _, _, signed = current_version(review)
    _claim(correction, by, Correction.State.APPROVED, now=now, reason="", replaced=before)
    review.skip_history_when_saving = True  # one history row for the whole correction...
    for name, value in correction.changes.items():
        if name in RELATED:
            getattr(review, name).set(value)
        else:
            setattr(review, name, _model_value(name, value))
    del review.skip_history_when_saving
    review._history_user = by
    review._change_reason = f"Correction {correction.pk} approved"
    review.save()  # ...written here, with the themes and agencies as corrected
    correction.refresh_from_db()
    version_corrected(review=review, corrects=signed, note=correction.public_note())
    return correction


@transaction.atomic
def correction_refuse(*, correction: Correction, by: AbstractBaseUser, reason: str) -> Correction:
    """Refuse a proposed correction with the reason; the review is not changed."""
    if not by.has_perm("publishing.approve_correction"):
        raise TransitionError(
            "Only a QA approver or a partnership manager can refuse a correction."
        )
    if correction.proposed_by_id == by.pk:
        raise TransitionError("You proposed this correction: withdraw it instead.")
    if not reason.strip():
        raise TransitionError("Say why the correction is refused.")
    _claim(correction, by, Correction.State.REFUSED, reason=reason.strip())
    return correction


@transaction.atomic
def correction_withdraw(*, correction: Correction, by: AbstractBaseUser) -> Correction:
    """The proposer takes back a correction awaiting approval; the review is not changed."""
    if correction.proposed_by_id != by.pk:
        raise TransitionError("Only the person who proposed a correction can withdraw it.")
    _claim(correction, by, Correction.State.WITHDRAWN, reason="")
    return correction


def _claim(correction: Correction, by, state: str, *, reason: str, now=None, **fields) -> None:
    """Move a proposed correction to `state` once, however many clicks or workers try."""
    claimed = Correction.objects.filter(pk=correction.pk, state=PROPOSED).update(
        state=state,
        decided_by=by,
        decided_at=now or timezone.now(),
        decision_reason=reason,
        **fields,
    )
    if not claimed:
        correction.refresh_from_db()
        raise TransitionError(
            f"This correction is already {correction.get_state_display().lower()}."
        )
    record_history(correction, by=by, reason=Correction.State(state).label)
