"""Flagged identifying details: what the scanner finds, and an approver's acceptance of one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from .. import checks
from ..checks.names import name_spans
from ..models import IdentifierAcceptance, Review, TextPiece, publishable_pieces
from .approvers import _require_approver, _require_second_pair_of_eyes
from .transitions import TransitionError

# The scanner's kind for a name on the review's list of names that must not appear.
PRIVATE_NAME = "name"
PRIVATE_NAME_REFUSED = (
    "This is a private name from the review's list of names that must not appear: it can "
    "never be published. Change the text, for example to the pseudonym."
)
HOLDS_PRIVATE_NAME_REFUSED = (
    "This holds a private name from the review's list of names that must not appear: it can "
    "never be published as it is. Change the text."
)


@dataclass(frozen=True)
class FlaggedDetail:
    piece: TextPiece
    finding: checks.IdentifierFinding
    acceptance: IdentifierAcceptance | None = None
    refusal: str | None = None  # why it can never be accepted; None when it may be

    @property
    def label(self) -> str:
        return checks.KIND_LABELS.get(self.finding.kind, self.finding.kind)

    @property
    def key(self) -> str:
        """Unique on the page: the scanner reports one kind for a span of one piece."""
        return f"{self.piece.key}-{self.finding.start}-{self.finding.end}"

    @property
    def anchor(self) -> str:
        """The id of the detail in the QA page's list."""
        return f"flag-{self.key}"

    @property
    def place(self) -> str:
        """The id of the detail's place in the report text on the QA page."""
        return f"place-{self.key}"

    def sentence(self) -> tuple[str, str, str]:
        """The sentence holding the detail: text before, the detail, text after."""
        return checks.sentence_around(self.piece.text, self.finding.start, self.finding.end)


@dataclass(frozen=True)
class MarkedPiece:
    """One piece of the report, cut into segments; a marked segment's anchors are the keys of
    the flagged details there (`FlaggedDetail.key`)."""

    piece: TextPiece
    segments: list[checks.Segment]

    @property
    def anchor(self) -> str:
        return f"piece-{self.piece.key}"


def report_marked(pieces: list[TextPiece], details: list[FlaggedDetail]) -> list[MarkedPiece]:
    """The publishable text, piece by piece, with an anchor at each flagged detail's place."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for detail in details:
        spans.setdefault(detail.piece.key, []).append(
            (detail.finding.start, detail.finding.end, detail.key)
        )
    return [
        MarkedPiece(piece, checks.marked_segments(piece.text, spans.get(piece.key, [])))
        for piece in pieces
    ]


def flag_details(review: Review, pieces: list[TextPiece]) -> list[FlaggedDetail]:
    """Every identifying detail the scanner finds in the publishable text, with decisions.

    A private name is never accepted: an acceptance recorded for one (before this rule)
    counts for nothing, and the detail carries the reason in `refusal`.
    """
    names = _private_names(review)
    accepted = {
        (acceptance.piece_key, acceptance.kind, acceptance.text): acceptance
        for acceptance in review.acceptances.all()
    }
    details = []
    for piece in pieces:
        for finding in checks.scan_identifiers(piece.scanned(), names):
            refusal = acceptance_refusal(kind=finding.kind, text=finding.text, names=names)
            acceptance = None if refusal else accepted.get((piece.key, finding.kind, finding.text))
            details.append(FlaggedDetail(piece, finding, acceptance, refusal))
    return details


def acceptance_refusal(*, kind: str, text: str, names: Iterable[str]) -> str | None:
    """Why a flagged detail can never be accepted as publishable, or None when it may be.

    A private name (one of `names`, the review's list) never may, nor a detail that holds one
    or a part of one used as a name (the scanner's rules), such as a practice named after a
    practitioner on the list ("Patel Medical Centre" when "Priya Patel" is listed).
    """
    if kind == PRIVATE_NAME:
        return PRIVATE_NAME_REFUSED
    if name_spans(text, names):
        return HOLDS_PRIVATE_NAME_REFUSED
    return None


def _private_names(review: Review) -> list[str]:
    return list(review.protected_names.values_list("name", flat=True))


def unresolved_identifiers(review: Review, pieces: list[TextPiece]) -> list[FlaggedDetail]:
    """Flagged details not yet accepted by an approver (edit the text to resolve the rest)."""
    return [detail for detail in flag_details(review, pieces) if detail.acceptance is None]


@transaction.atomic
def identifier_accept(
    *, review: Review, by: AbstractBaseUser, piece_key: str, kind: str, text: str, reason: str
) -> IdentifierAcceptance:
    """Record that a flagged detail may be published as it is, and why.

    Refused (`TransitionError`) for a private name or a detail holding one, without a reason,
    for a detail no longer in the text, and for one already accepted.
    """
    _require_approver(by)
    _require_second_pair_of_eyes(review, by)
    refusal = acceptance_refusal(kind=kind, text=text, names=_private_names(review))
    if refusal:
        raise TransitionError(refusal)
    if not reason.strip():
        raise TransitionError("Give the reason this detail can be published.")
    pieces = publishable_pieces(review, for_scanner=True)
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
