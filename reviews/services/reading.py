"""What the QA page shows beside the text: readability by section, changes since sign-off."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from django.utils import timezone

from .. import checks
from ..models import Review, TextPiece


@dataclass(frozen=True)
class PieceReadability:
    piece: TextPiece
    figures: checks.Readability


def readability_by_section(pieces: list[TextPiece]) -> list[PieceReadability]:
    """Readability of the summary and each report section (the long texts)."""
    keys = {"summary", "what_happened", "practice_issues", "what_needs_to_change"}
    return [
        PieceReadability(piece, checks.readability(piece.text))
        for piece in pieces
        if piece.key in keys and piece.text.strip()
    ]


@dataclass
class TextDiff:
    since: str  # what the current text is compared with
    lines: list[tuple[str, str]] = field(default_factory=list)  # (" ", "+" or "-", line)

    @property
    def changed(self) -> bool:
        return any(sign != " " for sign, _ in self.lines)


def diff_since_last_signoff(review: Review, text: str) -> TextDiff | None:
    """What changed since the version last signed off (or, failing that, submitted)."""
    last = review.signoffs.order_by("-signed_at").first()
    version = None
    if last is not None:
        version = review.text_versions.filter(content_hash=last.content_hash).first()
        since = f"the last sign-off ({timezone.localtime(last.signed_at):%-d %b %Y %H:%M})"
    if version is None:
        version = review.text_versions.order_by("created_at").first()
        since = "the version submitted for QA"
    if version is None:
        return None
    diff = TextDiff(since=since)
    for line in difflib.ndiff(version.text.splitlines(), text.splitlines()):
        if line.startswith(("+ ", "- ", "  ")):
            diff.lines.append((line[0], line[2:]))
    return diff
