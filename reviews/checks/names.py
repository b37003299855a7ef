"""Private names for `scan_identifiers`: each listed name in full, and each part of one alone."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import _word_set

_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "st", "rev", "sgt", "pc"})

# Everyday words that a review capitalises and that are also first names or surnames: months,
# weekdays, seasons, words that often open a sentence or a service's name ("Will", "Young
# people", "Early Help", "Head of Service"), ethnicities and compass points ("White British",
# "North East Lincolnshire"), the pseudonym words ("Child A"), and the particles of surnames
# ("van", "de"). A part of a listed name that is one of these needs more evidence to be reported:
# see `_is_a_name_here`. Compared in lower case.
_ORDINARY_WORDS = _word_set(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter easter
    christmas will hope grace faith joy patience mercy charity love young little long short early
    best good strong close case day head ward page law power court church house field nurse child
    baby white black green grey gray english irish welsh north south east west
    de del della der di du la le van von den ter bin ibn"""
)

# A part stands alone: not inside a longer word, a hyphenated word ("Ivy-Mae") or a name with
# an apostrophe ("O'Neill"). A possessive may follow: "Smith's", "Smith’s", "Smiths'".
_PART_BEFORE = r"(?<![\w-])(?<!\w['’])"
_PART_AFTER = r"(?=s['’](?![\w-])|(?![\w-]))"
_POSSESSIVE = re.compile(r"['’]s(?![\w-])|s['’](?![\w-])")
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?[ \t\u00a0]{1,3}\Z")


def name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """The (start, end) of every listed name in `text`, and of every part of one used alone.

    A listed name is matched in full in any letter case (see `_names_regex`). A part of a name
    of two or more words ("Tyler" or "Smith" of "Tyler Smith") is matched on its own, with the
    rules of `_parts_regex` and `_is_a_name_here`. Spans may overlap; the caller resolves them.
    """
    listed = _cleaned(names)
    spans: list[tuple[int, int]] = []
    full = _names_regex(listed)
    if full is not None:
        spans.extend(match.span() for match in full.finditer(text))
    parts = _parts_regex(listed)
    if parts is not None:
        spans.extend(match.span() for match in parts.finditer(text) if _is_a_name_here(text, match))
    return spans


def _cleaned(names: Iterable[str]) -> set[str]:
    """The listed names with their whitespace normalised; blank entries dropped."""
    if isinstance(names, str):
        names = [names]
    return {" ".join(str(name).split()) for name in names if name and str(name).strip()}


def _name_pattern(name: str) -> str:
    """One name as a regex: any whitespace between words, either apostrophe, optional title dot."""
    parts = []
    for token in name.split():
        bare = token.rstrip(".")
        literal = re.escape(bare) + r"\.?" if bare.lower() in _TITLES else re.escape(token)
        parts.append(re.sub(r"['’]", "['’]", literal))
    return r"\s+".join(parts)


def _names_regex(names: set[str]) -> re.Pattern[str] | None:
    """All names in one pattern, longest first so "Jordan Smith" wins over "Jordan".

    The word boundaries stop "Kay" matching inside "Kayleigh" or "okay"; a possessive ("Jordan's",
    "Jordan’s") still matches, and the reported span is the name without the "'s".
    """
    if not names:
        return None
    ordered = sorted(names, key=lambda name: (-len(name), name))
    alternatives = "|".join(_name_pattern(name) for name in ordered)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _name_parts(name: str) -> list[str]:
    """The words of a multi-word name that can stand for the person on their own.

    Titles ("Dr", "Mrs"), initials ("J.", "J.S.") and parts of fewer than two letters are left
    out; a single-word name has no parts, because it is matched in full already.
    """
    tokens = [token.strip("()[],;:\"“”‘'’") for token in name.split()]
    if len(tokens) < 2:
        return []
    return [
        token
        for token in tokens
        if token[:1].isalpha()
        and token.rstrip(".").lower() not in _TITLES
        and "." not in token
        and sum(character.isalpha() for character in token) >= 2
    ]


def _part_pattern(part: str) -> str:
    """A capitalised part: its first letter upper case exactly, the rest in any case."""
    rest = re.sub(r"['’]", "['’]", re.escape(part[1:]))
    return f"(?-i:{re.escape(part[0].upper())}){rest}"


def _parts_regex(names: set[str]) -> re.Pattern[str] | None:
    """Every part of every multi-word name in one pattern, longest first."""
    parts = {part for name in names for part in _name_parts(name)}
    if not parts:
        return None
    ordered = sorted(parts, key=lambda part: (-len(part), part))
    alternatives = "|".join(_part_pattern(part) for part in ordered)
    return re.compile(rf"{_PART_BEFORE}(?:{alternatives}){_PART_AFTER}", re.IGNORECASE)


def _is_a_name_here(text: str, match: re.Match[str]) -> bool:
    """Whether a capitalised part found in the text is used as a name there.

    A word in capitals ("SEN", "MASH") reads as an acronym, not a name. A part that is also an
    ordinary word (`_ORDINARY_WORDS`) is a name only where the ordinary word cannot be: with a
    possessive ("Will's") or straight after a title ("Mrs May"). Any other part is a name
    wherever it stands, at the start of a sentence or not.
    """
    word = match[0]
    if len(word) > 1 and word.isupper():
        return False
    if word.lower() not in _ORDINARY_WORDS:
        return True
    start, end = match.span()
    return bool(
        _POSSESSIVE.match(text, end) or _TITLE_BEFORE.search(text, max(0, start - 12), start)
    )
