"""Flagged identifying details: what the scanner finds, and an approver's acceptance of one."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from .. import checks
from ..models import IdentifierAcceptance, Review, TextPiece, publishable_pieces
from .approvers import _require_approver, _require_second_pair_of_eyes
from .transitions import TransitionError


@dataclass(frozen=True)
class FlaggedDetail:
    piece: TextPiece
    finding: checks.IdentifierFinding
    acceptance: IdentifierAcceptance | None = None

    @property
    def label(self) -> str:
        return checks.KIND_LABELS.get(self.finding.kind, self.finding.kind)

    def context(self, width: int = 60) -> tuple[str, str, str]:
        """Text before, the flagged text, and text after: to show it in place."""
        text, start, end = self.piece.text, self.finding.start, self.finding.end
        before = text[max(0, start - width) : start]
        after = text[end : end + width]
        return ("…" + before if start > width else before, text[start:end], after + "…")


def flag_details(review: Review, pieces: list[TextPiece]) -> list[FlaggedDetail]:
    """Every identifying detail the scanner finds in the publishable text, with decisions."""
    names = list(review.protected_names.values_list("name", flat=True))
    accepted = {
        (acceptance.piece_key, acceptance.kind, acceptance.text): acceptance
        for acceptance in review.acceptances.all()
    }
    details = []
    for piece in pieces:
        for finding in checks.scan_identifiers(piece.text, names):
            key = (piece.key, finding.kind, finding.text)
            details.append(FlaggedDetail(piece, finding, accepted.get(key)))
    return details


def unresolved_identifiers(review: Review, pieces: list[TextPiece]) -> list[FlaggedDetail]:
    """Flagged details not yet accepted by an approver (edit the text to resolve the rest)."""
    return [detail for detail in flag_details(review, pieces) if detail.acceptance is None]


@transaction.atomic
def identifier_accept(
    *, review: Review, by: AbstractBaseUser, piece_key: str, kind: str, text: str, reason: str
) -> IdentifierAcceptance:
    """Record that a flagged detail may be published as it is, and why."""
    _require_approver(by)
    _require_second_pair_of_eyes(review, by)
    if not reason.strip():
        raise TransitionError("Give the reason this detail can be published.")
    pieces = publishable_pieces(review)
    flagged = {(d.piece.key, d.finding.kind, d.finding.text) for d in flag_details(review, pieces)}
    if (piece_key, kind, text) not in flagged:
        raise TransitionError("That detail is no longer in the text: there is nothing to accept.")
    try:
        with transaction.atomic():
            acceptance = IdentifierAcceptance(
                review=review,
                piece_key=piece_key,
                kind=kind,
                text=text,
                reason=reason.strip(),
                accepted_by=by,
                accepted_at=timezone.now(),
            )
            acceptance._history_user = by
            acceptance.save()
    except IntegrityError:
        raise TransitionError("That detail has already been accepted.") from None
    return acceptance
