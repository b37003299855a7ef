"""Text checks that help the QA approver before a review's report is published.

Two pure functions, with no database and no Django:

* `scan_identifiers` finds text that could identify a child, a family member or a practitioner
  (the ICO "motivated intruder" test): full dates, postcodes, phone numbers, email addresses, NHS
  and National Insurance numbers, street addresses, named schools, named GP practices, and the
  names the approver supplies.
* `readability` measures plain English: Flesch reading ease, words per sentence, long sentences,
  and acronyms used before they are spelled out.

Both accept any string (empty, 100,000 words, emoji, right-to-left scripts, control characters,
NUL bytes, very long lines) and never raise. Every pattern is compiled once, and none nests one
unbounded quantifier inside another, so run time grows linearly with the text.

The checks are aids, not guarantees: an empty result does not prove a report is anonymous, and
the approver still reads the report against the criteria.

`scan_identifiers` lives in `identifiers`, `readability` in `plain_english`; both are
importable from `reviews.checks`, as are the helpers of `sentences` that show a flagged detail
in its sentence and mark each flagged place in the text (`sentence_around`, `marked_segments`).
"""

from .identifiers import KIND_LABELS, IdentifierFinding, scan_identifiers
from .plain_english import (
    LONG_SENTENCE_WORDS,
    TARGET_FLESCH,
    TARGET_WORDS_PER_SENTENCE,
    UNDERSTOOD_ACRONYMS,
    AcronymUse,
    Readability,
    Span,
    count_syllables,
    readability,
)
from .sentences import Segment, marked_segments, sentence_around

__all__ = [
    "KIND_LABELS",
    "LONG_SENTENCE_WORDS",
    "TARGET_FLESCH",
    "TARGET_WORDS_PER_SENTENCE",
    "UNDERSTOOD_ACRONYMS",
    "AcronymUse",
    "IdentifierFinding",
    "Readability",
    "Segment",
    "Span",
    "count_syllables",
    "marked_segments",
    "readability",
    "scan_identifiers",
    "sentence_around",
]
