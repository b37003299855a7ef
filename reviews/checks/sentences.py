"""A flagged detail in its place: the sentence that holds it, and the text with each place marked.

Pure functions on plain strings, like the scanner: no Django, no HTML (the template escapes
what they return), and they never raise, whatever the offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import _as_text

# A sentence ends at a full stop, "!" or "?" (and any closing quote or bracket) followed by
# whitespace, or at a line break. "Dr. Patel" ends one early: the context is shorter, no worse.
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n")
# At most this much text either side of a match, when its sentence is longer.
SENTENCE_LIMIT = 240


def sentence_around(
    text: str, start: int, end: int, *, limit: int = SENTENCE_LIMIT
) -> tuple[str, str, str]:
    """The sentence of `text` holding `text[start:end]`, as (before, the match, after).

    Each side stops at the sentence's edge, or after `limit` characters with "…" to show it
    was cut. Offsets out of range or reversed are clamped to the text.
    """
    text = _as_text(text)
    start = min(max(int(start), 0), len(text))
    end = min(max(int(end), start), len(text))
    return _before(text, start, limit), text[start:end], _after(text, end, limit)


def _before(text: str, start: int, limit: int) -> str:
    low = max(0, start - limit)
    begin = low
    for boundary in _SENTENCE_END.finditer(text, low, start):
        begin = boundary.end()
    before = text[begin:start].lstrip()
    if begin == low > 0 and before:  # cut mid-sentence: start at a whole word
        words = before.split(maxsplit=1)
        return "…" + (words[1] if len(words) == 2 else before)
    return before


def _after(text: str, end: int, limit: int) -> str:
    high = min(len(text), end + limit)
    boundary = _SENTENCE_END.search(text, end, high)
    if boundary is not None:
        return text[end : boundary.end()].rstrip()
    after = text[end:high].rstrip()
    if high < len(text) and after:  # cut mid-sentence: end at a whole word
        words = after.rsplit(maxsplit=1)
        return (words[0] if len(words) == 2 else after) + "…"
    return after


@dataclass(frozen=True)
class Segment:
    """A stretch of text; `anchors` name the flagged places it holds (empty: plain text)."""

    text: str
    anchors: tuple[str, ...] = ()


def marked_segments(text: str, spans: list[tuple[int, int, str]]) -> list[Segment]:
    """`text` cut into plain and marked segments, one marked segment per flagged place.

    `spans` are (start, end, anchor). Overlapping spans make one marked segment holding all
    their anchors, so every anchor appears exactly once. Offsets are clamped to the text.
    """
    text = _as_text(text)
    size = len(text)
    clamped = sorted(
        (min(max(start, 0), size), min(max(end, start, 0), size), anchor)
        for start, end, anchor in spans
    )
    segments: list[Segment] = []
    position = 0
    for start, end, anchor in clamped:
        if segments and segments[-1].anchors and start < position:
            last = segments.pop()  # overlaps the marked segment before it: extend that one
            stretch = text[position - len(last.text) : max(position, end)]
            segments.append(Segment(stretch, (*last.anchors, anchor)))
            position = max(position, end)
            continue
        start = max(start, position)
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(text[start:end], (anchor,)))
        position = max(position, end)
    if position < size:
        segments.append(Segment(text[position:]))
    return segments
