"""Restrictions on publication: lifting one, with a note."""

from __future__ import annotations

import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from ..models import Restriction
from .transitions import TransitionError, record_history


@transaction.atomic
def restriction_lift(
    *, restriction: Restriction, by: AbstractBaseUser, note: str, on: datetime.date
) -> Restriction:
    """Lift a restriction in force, with a note; refuse a second lift."""
    if not by.has_perm("reviews.change_restriction"):
        raise TransitionError("Only partnership managers can lift a restriction.")
    if not note.strip():
        raise TransitionError("Add a note saying why the restriction no longer applies.")
    if on < restriction.started_on:
        raise TransitionError("A restriction cannot be lifted before it started.")
    claimed = Restriction.objects.filter(pk=restriction.pk, lifted_on__isnull=True).update(
        lifted_on=on, lifted_by=by, lift_note=note.strip()
    )
    if not claimed:
        restriction.refresh_from_db()
        raise TransitionError(
            f"This restriction was already lifted on {restriction.lifted_on:%-d %B %Y}."
        )
    record_history(restriction, by=by, reason="Lifted")
    return restriction
