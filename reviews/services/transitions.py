"""What every workflow shares: the refusal error, guarded moves, history rows, text versions."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from ..models import (
    Review,
    TextPiece,
    TextVersion,
    publishable_pieces,
    publishable_text,
    text_hash,
)
from ..signals import recorded


class TransitionError(Exception):
    """A refused move; the message says why, in words for staff."""


def record_history(instance, *, by: AbstractBaseUser | None, reason: str) -> None:
    """Write a history row for `instance` as it is in the database now, many-to-many included.

    `bulk_history_create` copies the row's own fields only; without a copy of the tracked
    many-to-many values (a review's themes and agencies) the history would show them emptied
    by every state move, a change that never happened.
    """
    instance.refresh_from_db()
    history = type(instance).history
    rows = history.bulk_history_create(
        [instance], update=True, default_user=by, default_change_reason=reason
    )
    for row in rows or ():  # None while history is switched off (SIMPLE_HISTORY_ENABLED)
        for field in getattr(history.model, "_history_m2m_fields", ()):
            _record_m2m(row, instance, field)
    recorded.send(sender=type(instance), instance=instance)


def _record_m2m(row, instance, field) -> None:
    """Copy the links of `instance`'s many-to-many `field` onto its history `row`."""
    recorded = getattr(type(row), field.name).model
    through = field.remote_field.through
    columns = [column.attname for column in through._meta.fields]
    links = through.objects.filter(**{field.m2m_field_name(): instance}).values(*columns)
    recorded.objects.bulk_create(recorded(history=row, **link) for link in links)


def review_move(review: Review, *, from_: set[str], to: str, by, reason: str, **fields) -> Review:
    """Claim the review in one of `from_` states and move it to `to`; raise when it moved on."""
    claimed = Review.objects.filter(pk=review.pk, status__in=from_).update(
        status=to, updated_at=timezone.now(), **fields
    )
    if not claimed:
        review.refresh_from_db()
        raise TransitionError(
            f"This review is now “{review.get_status_display()}”, so it cannot be "
            f"moved to “{Review.Status(to).label}”. Reload the page to see its current state."
        )
    record_history(review, by=by, reason=reason)
    return review


def current_version(review: Review) -> tuple[list[TextPiece], str, str]:
    """The review's publishable pieces, their plain text and its SHA-256."""
    pieces = publishable_pieces(review)
    text = publishable_text(pieces)
    return pieces, text, text_hash(text)


def _keep_version(review: Review, text: str, digest: str) -> None:
    TextVersion.objects.get_or_create(review=review, content_hash=digest, defaults={"text": text})
