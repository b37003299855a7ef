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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = [
    "KIND_LABELS",
    "LONG_SENTENCE_WORDS",
    "TARGET_FLESCH",
    "TARGET_WORDS_PER_SENTENCE",
    "UNDERSTOOD_ACRONYMS",
    "AcronymUse",
    "IdentifierFinding",
    "Readability",
    "Span",
    "count_syllables",
    "readability",
    "scan_identifiers",
]


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# ---------------------------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------------------------

KIND_LABELS: dict[str, str] = {
    "full_date": "full date",
    "postcode": "postcode",
    "phone": "phone number",
    "email": "email address",
    "nhs_number": "NHS number",
    "ni_number": "National Insurance number",
    "street_address": "street address",
    "school": "named school or nursery",
    "gp_practice": "named GP practice or health centre",
    "name": "name",
}

# When two kinds claim exactly the same span, the first kind here is reported. A number that
# reads as a phone number is reported as a phone number, never again as an NHS number.
_SAME_SPAN_ORDER = (
    "phone email nhs_number ni_number postcode full_date street_address gp_practice school name"
)
_PRIORITY = {kind: rank for rank, kind in enumerate(_SAME_SPAN_ORDER.split())}


@dataclass(frozen=True)
class IdentifierFinding:
    """Something in the text that could identify a person: `text == source[start:end]`."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        """The kind in plain English, for the approver."""
        return KIND_LABELS.get(self.kind, self.kind.replace("_", " "))


# A match is accepted as it stands unless its rule has a check; a check returns the span to
# report (it may trim the match) or None to reject it.
_Check = Callable[[re.Match[str]], tuple[int, int] | None]


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: re.Pattern[str]
    check: _Check | None = None


# Whitespace inside one identifier: spaces, or a single line break, but never a blank line.
_GAP = r"(?:[ \t\u00a0]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,3})"

_WEEKDAY = (
    r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tues?|Wed|Thurs?|Thu|Fri|Sat|Sun)\.?)"
)
_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w'’])"
)
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\w'’])"
_YEAR = r"(?:19|20)[0-9]{2}(?![\w'’])"
_DATE_LEAD = rf"(?<![\w'’])(?:{_WEEKDAY},?{_GAP}(?:the{_GAP})?)?"

# "14 March 2019", "Monday, 4th of May 2020", "March 14, 2019". Month names in any case here,
# because the year makes a false alarm unlikely.
_TEXT_DATE = re.compile(
    rf"{_DATE_LEAD}(?:{_DAY}{_GAP}(?:of{_GAP})?{_MONTH},?{_GAP}{_YEAR}"
    rf"|{_MONTH}{_GAP}(?:the{_GAP})?{_DAY},?{_GAP}{_YEAR})",
    re.IGNORECASE,
)
# "on 14 March": a day and month pin a date down when the year is clear from the report. The
# month must be capitalised so that "paragraph 4 may be" is not read as a date.
_DAY_MONTH = re.compile(rf"{_DATE_LEAD}{_DAY}[ \t\u00a0]{{1,3}}(?:of[ \t\u00a0]{{1,3}})?{_MONTH}")
_NUMERIC_DATE = re.compile(
    r"(?<![\w./-])(?P<a>[0-9]{1,2})(?P<sep>[/.-])(?P<b>[0-9]{1,2})(?P=sep)"
    r"(?P<y>[0-9]{4}|[0-9]{2})(?![\w/-]|\.[0-9])"
)
_ISO_DATE = re.compile(
    r"(?<![\w./-])(?:19|20)[0-9]{2}(?P<sep>[/.-])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"
    r"(?![\w/-]|\.[0-9])"
)


def _check_numeric_date(match: re.Match[str]) -> tuple[int, int] | None:
    """Accept day-month-year (or month-day-year) with real day and month numbers.

    With dots, a two-digit year needs two-digit day and month, because "3.4.12" is far more
    likely to be a paragraph number than a date.
    """
    a, b, year, sep = int(match["a"]), int(match["b"]), match["y"], match["sep"]
    if not ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)):
        return None
    if len(year) == 4 and year[:2] not in ("19", "20"):
        return None
    if sep == "." and len(year) == 2 and (len(match["a"]), len(match["b"])) != (2, 2):
        return None
    return match.span()


def _check_iso_date(match: re.Match[str]) -> tuple[int, int] | None:
    return match.span() if 1 <= int(match["m"]) <= 12 and 1 <= int(match["d"]) <= 31 else None


# Outward code, optional space, inward code; the inward letters never use C, I, K, M, O or V.
_POSTCODE = re.compile(
    r"(?<![\w'’])(?:[A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]?|GIR)[ \t\u00a0]?[0-9][ABD-HJLNP-UW-Z]{2}"
    r"(?![\w'’])"
)

# UK numbers by their usual groupings after the trunk 0 or +44: 4+6, 4+3+3, 3+3+4, 3+6, 2+4+4
# and 4+5 digits, or an area code in brackets. The first digit after the trunk is never 0, 4 or 6.
_PHONE = re.compile(
    r"""
    (?<![\w+])
    (?:
        (?:\+44[ \t]?(?:\(0\)[ \t]?)?|0)
        (?: [1-35789][0-9]{3}[ -]?[0-9]{6}
          | [1-35789][0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}
          | [1-35789][0-9]{2}[ -]?[0-9]{3}[ -]?[0-9]{4}
          | [1-35789][0-9]{2}[ -]?[0-9]{6}
          | [1-35789][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}
          | [1-35789][0-9]{3}[ -]?[0-9]{5}
        )
      | \(0[1-35789][0-9]{1,3}\)[ \t]?[0-9]{3,4}[ -]?[0-9]{3,4}
    )
    (?![\w]|[.,][0-9])
    """,
    re.VERBOSE,
)


def _check_phone(match: re.Match[str]) -> tuple[int, int] | None:
    """A UK number has 9 or 10 digits after the trunk 0 (or +44)."""
    digits = re.sub(r"[^0-9]", "", match[0])
    national = digits[2:] if match[0].startswith("+") else digits
    return match.span() if len(national.lstrip("0")) in (9, 10) else None


_EMAIL = re.compile(
    r"(?<![\w.%+'’-])[\w.%+'’-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+",
)

# The 3-3-4 grouping is how NHS numbers are printed, so it is always reported. Ten digits run
# together are reported only when the modulus 11 check digit is valid.
_NHS_SPACED = re.compile(
    r"(?<![\w+])[0-9]{3}(?P<sep>[ -])[0-9]{3}(?P=sep)[0-9]{4}(?![\w]|[.,][0-9])"
)
_NHS_PLAIN = re.compile(r"(?<![\w+])[0-9]{10}(?![\w]|[.,][0-9])")


def _nhs_check_digit_is_valid(digits: str) -> bool:
    """The NHS modulus 11 rule: weights 10 down to 2 on the first nine digits."""
    weights = range(10, 1, -1)
    total = sum(int(digit) * weight for digit, weight in zip(digits[:9], weights, strict=True))
    check = (11 - total % 11) % 11
    return check != 10 and check == int(digits[9])


def _check_nhs_plain(match: re.Match[str]) -> tuple[int, int] | None:
    return match.span() if _nhs_check_digit_is_valid(match[0]) else None


# Any two letters, so HMRC's own example prefix "QQ" counts; six digits; suffix A to D.
_NI_NUMBER = re.compile(
    r"(?<![\w'’])[A-Z]{2}[ \t]?[0-9]{2}[ \t]?[0-9]{2}[ \t]?[0-9]{2}[ \t]?[A-D](?![\w'’])"
)

_STREET_SUFFIX = (
    r"Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Grove|Place|Terrace|Gardens"
    r"|Court|Walk|Rise|Mews|Square|Hill|View|Park|Row|Green|Parade|Vale|Gate|Croft|Chase"
    r"|Boulevard|Wharf|Yard|Meadows?|Fields|Villas|Cottages|Drove|Grange|Heights"
)
# Courts of law look like streets ("2 Family Court hearings"), so they are ruled out.
_NOT_A_STREET = (
    r"(?!(?:Family|Crown|County|Youth|High|Magistrates['’]?|Coroner['’]?s|Appeal)\s+Court)"
)
_STREET = re.compile(
    rf"(?<![\w/.,'’£$-])(?:(?:Flat|Apartment|Apt\.?|Unit){_GAP}[0-9]{{1,4}}[A-Za-z]?,?{_GAP})?"
    rf"[0-9]{{1,3}}[A-Za-z]?(?:[-–][0-9]{{1,3}}[A-Za-z]?)?,?{_GAP}{_NOT_A_STREET}"
    rf"(?:[A-Z][\w'’-]*{_GAP}){{1,3}}(?:{_STREET_SUFFIX})(?![\w'’-])"
)

# A run of capitalised words ending in an institution word. The run is trimmed and tested
# afterwards (see `_check_institution`), so these patterns stay simple.
_CAP_WORD = r"(?:C of E|Church of England|St\.|[A-Z][\w'’-]*)"
_SCHOOL = re.compile(
    rf"(?<![\w'’-])(?:{_CAP_WORD}{_GAP}){{1,7}}"
    rf"(?:(?:Pre-[Ss]chool|Preschool|School|Nursery|Infants|Juniors)"
    rf"|(?:Academy|College)(?!{_GAP}of\b))(?![\w'’-])"
)
_GP_PRACTICE = re.compile(
    rf"(?<![\w'’-])(?:{_CAP_WORD}{_GAP}){{1,6}}"
    rf"(?:Surgery|(?:Health|Medical|Healthcare){_GAP}Cent(?:re|er)|Medical{_GAP}Group"
    rf"|Practice(?!{_GAP}(?:Reviews?|Issues?|Guidance|Standards?|Framework|Learning|Model|Week"
    rf"|Leads?|Development|Notes?|Principles|Panel|Forum|Improvement|Audits?|Days?)\b))"
    rf"(?![\w'’-])"
)

# Capitalised words that start sentences or stand in front of a name: trimmed off the front.
_LEADING_WORDS = _word_set(
    """A An And As At Before Between Both But By During Each Either For From However If In Into
    Its Her His Neither Nor Of On Only Or Our Since So Than That Their Then There These This Those
    Through To Under Until When Where Whereas Which While Whilst Who With Within Without Also After
    Although Because Staff Meanwhile Later Earlier Subsequently"""
)
# Words that describe an institution without naming it ("Primary School", "Virtual School",
# "Child A's GP Practice", "Safeguarding Practice"). A run made only of these names nothing.
_GENERIC_WORDS = (
    _LEADING_WORDS
    | _word_set(
        """The Primary Secondary Junior Infant High Grammar Special Free Community Catholic Church
    England CE RC Roman Methodist Voluntary Aided Controlled Foundation Academy School Schools
    Nursery Pre-School Day Early Years Virtual Forest Sunday Summer Boarding Medical Independent
    State Private Faith Residential Mainstream Sixth Form Further Education Educational
    Alternative Provision Local Secure Hospital Upper Lower Middle Main New Old Previous Current
    Former Next Same Different Receiving Home Specialist Language Designated C of E GP GPs General
    Health Healthcare Group Family Practice Surgery Dental Care NHS Good Best Poor Safe Safer
    Safeguarding Child Children Children's Social Work Reflective Restorative Systemic Relational
    Professional Clinical Multi-Agency Agency Partnership Partnerships Trauma Informed
    Trauma-Informed Contextual Evidence-Based Strengths-Based Effective Joint Shared Learning
    Cosmetic Emergency Minor Elective Plastic Nursing Midwifery Visiting Baby Mother Father
    Mother's Father's Sibling Brother Sister Grandmother Grandfather Dr Mr Mrs Ms Miss Prof
    National Regional County Council Authority Trust Integrated Out-of-Hours Urgent Walk-in"""
    )
    | {"C of E", "Church of England"}
)
_MONTH_OR_DAY = re.compile(rf"(?:{_MONTH}|{_WEEKDAY})$")
_RUN_WORD = re.compile(r"C of E|Church of England|\S+")


def _is_generic(word: str) -> bool:
    """True for a word that cannot name an institution on its own."""
    bare = re.sub(r"['’]s$", "", word)
    return (
        word in _GENERIC_WORDS
        or bare in _GENERIC_WORDS
        or len(bare) == 1  # pseudonyms: "Child A's school"
        or _MONTH_OR_DAY.match(word) is not None
    )


def _check_institution(match: re.Match[str]) -> tuple[int, int] | None:
    """Trim leading sentence words ("At", "When") and require one word that is a real name."""
    words = list(_RUN_WORD.finditer(match[0]))
    first = 0
    while first < len(words) - 1 and (
        words[first][0] in _LEADING_WORDS or _MONTH_OR_DAY.match(words[first][0])
    ):
        first += 1
    if all(_is_generic(word[0]) for word in words[first:-1]):
        return None
    return match.start() + words[first].start(), match.end()


_RULES: tuple[_Rule, ...] = (
    _Rule("email", _EMAIL),
    _Rule("phone", _PHONE, _check_phone),
    _Rule("nhs_number", _NHS_SPACED),
    _Rule("nhs_number", _NHS_PLAIN, _check_nhs_plain),
    _Rule("ni_number", _NI_NUMBER),
    _Rule("postcode", _POSTCODE),
    _Rule("full_date", _TEXT_DATE),
    _Rule("full_date", _DAY_MONTH),
    _Rule("full_date", _NUMERIC_DATE, _check_numeric_date),
    _Rule("full_date", _ISO_DATE, _check_iso_date),
    _Rule("street_address", _STREET),
    _Rule("gp_practice", _GP_PRACTICE, _check_institution),
    _Rule("school", _SCHOOL, _check_institution),
)

_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "st", "rev", "sgt", "pc"})


def _name_pattern(name: str) -> str:
    """One name as a regex: any whitespace between words, either apostrophe, optional title dot."""
    parts = []
    for token in name.split():
        bare = token.rstrip(".")
        literal = re.escape(bare) + r"\.?" if bare.lower() in _TITLES else re.escape(token)
        parts.append(re.sub(r"['’]", "['’]", literal))
    return r"\s+".join(parts)


def _names_regex(names: Iterable[str]) -> re.Pattern[str] | None:
    """All names in one pattern, longest first so "Jordan Smith" wins over "Jordan".

    The word boundaries stop "Kay" matching inside "Kayleigh" or "okay"; a possessive ("Jordan's",
    "Jordan’s") still matches, and the reported span is the name without the "'s".
    """
    if isinstance(names, str):
        names = [names]
    cleaned = {" ".join(str(name).split()) for name in names if name and str(name).strip()}
    if not cleaned:
        return None
    ordered = sorted(cleaned, key=lambda name: (-len(name), name))
    alternatives = "|".join(_name_pattern(name) for name in ordered)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _as_text(text: object) -> str:
    if isinstance(text, str):
        return text
    return "" if text is None else str(text)


def _candidates(text: str, names: re.Pattern[str] | None) -> list[tuple[int, int, str]]:
    found = []
    for rule in _RULES:
        for match in rule.pattern.finditer(text):
            span = rule.check(match) if rule.check else match.span()
            if span is not None:
                found.append((span[0], span[1], rule.kind))
    if names is not None:
        found.extend((match.start(), match.end(), "name") for match in names.finditer(text))
    return found


def _without_overlaps(candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Leftmost first, then longest, then the more specific kind; drop anything overlapping.

    So a span is never reported twice, and a name or date inside a longer finding (an address,
    a practice named after a doctor) is covered by that finding.
    """
    ordered = sorted(candidates, key=lambda c: (c[0], c[0] - c[1], _PRIORITY[c[2]]))
    kept: list[tuple[int, int, str]] = []
    for start, end, kind in ordered:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, kind))
    return kept


def scan_identifiers(text: str, names: Iterable[str] = ()) -> list[IdentifierFinding]:
    """Find everything in `text` that could identify a child, family member or practitioner.

    `names` are the real names the approver wants caught (children, relatives, practitioners):
    matched case-insensitively on word boundaries, with any whitespace between words; blank
    entries are ignored. A possessive ("Jordan's") is found, and the span is the name alone, so
    it can be replaced by a pseudonym. Names are never logged or stored.

    Returns findings sorted by `start`, no two overlapping, each with `text[start:end]` equal to
    `finding.text` and `kind` one of `KIND_LABELS`. Where findings overlap, the one that starts
    first wins, then the longer one: a name inside "Dr Patel's Surgery" is reported once, as the
    practice; a number that is both phone- and NHS-shaped is reported once, as a phone number.

    Rules worth knowing: a day and month without a year ("on 3 June") is a full date, because
    the year is usually clear from the report. An NHS number printed 3-3-4 ("943 476 5919") is
    always reported; ten digits run together only when the modulus 11 check digit is valid.

    Allowed text is not reported: a month and year ("March 2019"), a year, ages, generic
    services ("the school", "the GP practice"), pseudonyms ("Child A"), statutes ("Children Act
    1989"), agency names, counts, percentages, review references ("NEL-2024-01"), times
    ("10:30") and paragraph numbers ("4.12").

    Never raises: any string is accepted, and `None` counts as empty.
    """
    text = _as_text(text)
    if not text:
        return []
    candidates = _candidates(text, _names_regex(names))
    return [
        IdentifierFinding(kind, start, end, text[start:end])
        for start, end, kind in _without_overlaps(candidates)
    ]


# ---------------------------------------------------------------------------------------------
# Readability
# ---------------------------------------------------------------------------------------------

TARGET_FLESCH = 50
TARGET_WORDS_PER_SENTENCE = 20
LONG_SENTENCE_WORDS = 25

# Acronyms any reader of a public report understands; never reported as unexplained. "DNA" is
# left out on purpose: in these reports it usually means "did not attend".
UNDERSTOOD_ACRONYMS = frozenset(
    {"UK", "GB", "NHS", "GP", "DfE", "TV", "OK", "BBC", "ID", "CCTV", "COVID", "A&E", "PhD"}
)


@dataclass(frozen=True)
class Span:
    """A stretch of the text, `text[start:end]`, and the number of words in it."""

    start: int
    end: int
    words: int


@dataclass(frozen=True)
class AcronymUse:
    """The first use of an acronym before it is spelled out: `text[start:end] == acronym`."""

    acronym: str
    start: int
    end: int


@dataclass(frozen=True)
class Readability:
    """Plain-English measures of a text.

    `flesch_reading_ease` is the standard formula, not clamped (very short, simple text can
    score above 100); it is 0.0 for text without words. `long_sentences` are those over
    `LONG_SENTENCE_WORDS` words; `unexplained_acronyms` the first use of each acronym that comes
    before it is spelled out, in text order.
    """

    words: int
    sentences: int
    syllables: int
    flesch_reading_ease: float
    words_per_sentence: float
    long_sentences: list[Span] = field(default_factory=list)
    unexplained_acronyms: list[AcronymUse] = field(default_factory=list)

    @property
    def meets_target(self) -> bool:
        """Plain English by the partnership's measure: Flesch 50 or more, 20 words a sentence."""
        return (
            self.words > 0
            and self.flesch_reading_ease >= TARGET_FLESCH
            and self.words_per_sentence <= TARGET_WORDS_PER_SENTENCE
        )


# A word is a number ("4.12", "2,000"), an abbreviation with dots ("e.g."), or letters joined
# by apostrophes or hyphens ("Child's", "multi-agency").
_WORD = re.compile(
    r"[0-9]+(?:[.,:][0-9]+)*|(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’-][^\W\d_]+)*",
)
# Control characters count as spaces here, so that stray bytes between sentences do not join them.
_SPACE = r"[\s\x00-\x1f\x7f]"
_TERMINAL = re.compile(rf"[.!?]+['\"’”)\]]*(?={_SPACE}|\Z)")
_NEXT_CHAR = re.compile(rf"{_SPACE}*([^\s\x00-\x1f\x7f])")
_TOKEN_BEFORE = re.compile(r"(\S+)\Z")
# Never the end of a sentence: "e.g. Child A", "Dr. Patel"; and before a number: "No. 4".
_ABBREVIATIONS = _word_set("e.g eg i.e ie viz cf dr mr mrs ms mx prof st vs approx sgt cllr")
_NUMBER_ABBREVIATIONS = _word_set("no nos para paras p pp fig ref vol ch sec")
_HEADING_MAX_CHARS = 60
_BULLET = re.compile(r"[ \t]*(?:[-*•‣▪–]|[0-9]{1,3}[.)]|\([a-z0-9]{1,3}\))[ \t]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or a list number, not a sentence."""
    before = _TOKEN_BEFORE.search(text, max(0, dot - 24), dot)
    if before is None:
        return False
    token = before[1].lstrip("(['\"‘“").lower()
    following = _NEXT_CHAR.match(text, dot + 1)
    if token in _ABBREVIATIONS or (
        token in _NUMBER_ABBREVIATIONS and following is not None and following[1].isdigit()
    ):
        return True
    return token.isdigit() and _starts_line(text, before.start())


def _starts_line(text: str, position: int) -> bool:
    """True when only spaces stand between `position` and the start of its line."""
    window = max(0, position - 40)  # bounded, so a long line costs no more than a short one
    head = text[window:position].rstrip(" \t")
    return head.endswith("\n") or (head == "" and window == 0)


def _terminal_breaks(text: str) -> Iterable[int]:
    """Ends of sentences at ".", "!" or "?", unless an abbreviation or a lowercase word follows."""
    for match in _TERMINAL.finditer(text):
        single_stop = match[0][0] == "." and match[0].count(".") == 1
        if single_stop and _is_abbreviation(text, match.start()):
            continue
        following = _NEXT_CHAR.match(text, match.end())
        if following is not None and following[1].islower():
            continue
        yield match.end()


def _line_breaks(text: str) -> Iterable[int]:
    """Sentence ends without punctuation: blank lines, bullets, and short heading lines."""
    line_start = 0
    while (newline := text.find("\n", line_start)) != -1:
        line = text[line_start:newline].strip()
        following = text[newline + 1 : newline + 1 + 80].lstrip(" \t")
        heading = 0 < len(line) <= _HEADING_MAX_CHARS and line[-1] not in ",;:-–(&"
        starts_anew = following[:1].isupper() or following[:1].isdigit()
        if not line or _BULLET.match(following) or (heading and starts_anew):
            yield newline
        line_start = newline + 1


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences as (start, end) offsets, trimmed of whitespace; those without words dropped."""
    breaks = sorted({*_terminal_breaks(text), *_line_breaks(text), len(text)})
    spans, start = [], 0
    for end in breaks:
        segment = text[start:end]
        if _WORD.search(segment):
            left = len(segment) - len(segment.lstrip())
            spans.append((start + left, start + len(segment.rstrip())))
        start = end
    return spans


_SYLLABLE_GROUP = re.compile(r"[aeiouy]+")
_SILENT_ENDING = re.compile(r"(?:[^aeiouy]e|[^aeiouytd]ed|[^aeiouy]ely)$")
_SOUNDED_ENDING = re.compile(r"[^aeiouy]l(?:e|es|ed)$|(?:[sxzcg]|[cs]h)es$")
# Vowel pairs said as two syllables ("radio", "media", "usual"), except where they glide
# ("action", "social", "quality").
_SPLIT_PAIR = re.compile(r"(?<![tscxg])io|(?<![tcs])ia|(?<![qg])ua")


def _has_silent_ending(letters: str) -> bool:
    """True for "make", "makes", "jumped", "safely"; not for "table", "boxes", "wanted"."""
    if _SOUNDED_ENDING.search(letters):
        return False
    stem = letters[:-1] if letters.endswith("es") else letters
    return _SILENT_ENDING.search(stem) is not None


@lru_cache(maxsize=65536)
def count_syllables(word: str) -> int:
    """Estimate the syllables in one English word; always at least 1.

    Vowel groups, less a silent final "e", "-es", "-ed" or "-ely", plus vowel pairs said apart.
    Right within one syllable for almost all everyday words, which is what the Flesch score
    needs. A number counts one syllable a digit; a word with no Latin vowel counts 1.
    """
    digits = sum(char.isdigit() for char in word)
    if digits:
        return digits
    letters = re.sub(r"[^a-z]", "", word.lower())
    if len(letters) <= 3:
        return 1
    count = len(_SYLLABLE_GROUP.findall(letters))
    if _has_silent_ending(letters):
        count -= 1
    count += len(_SPLIT_PAIR.findall(letters))
    return max(1, count)


# "MASH", "CAMHS", "A&E", "DfE", and plurals such as "GPs" (the "s" is not part of the acronym).
# A reference such as "NEL-2024-01" or "COVID-19" is not an acronym use.
_ACRONYM_BODY = r"[A-Z](?:&?[A-Z])+|[A-Z][a-z]{1,2}[A-Z]{1,3}"
_ACRONYM = re.compile(rf"(?<![\w&])(?P<acr>{_ACRONYM_BODY})s?(?![\w&])(?!-?[0-9])")
_DEFINED_AFTER_WORDS = re.compile(rf"\(\s*(?P<acr>{_ACRONYM_BODY})s?\s*\)")
_DEFINED_IN_BRACKETS = re.compile(
    rf"(?<![\w&])(?P<acr>{_ACRONYM_BODY})s?\s*\((?P<words>[^()]{{1,200}})\)"
)
_DEFINITION_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|&")
_SMALL_WORDS = frozenset({"a", "an", "and", "&", "at", "by", "for", "in", "of", "on", "the", "to"})


def _initials_match(acronym: str, words: list[str]) -> bool:
    """True when the words just before the acronym spell it out by their initials.

    Matched from the last word backwards; small words ("of", "and") may be used or skipped, as
    in "Child in Need (CIN)" and "Child and Adolescent Mental Health Services (CAMHS)".
    """
    letters = [char.upper() for char in acronym if char.isalpha()]
    remaining = {len(letters)}
    for word in reversed(words):
        small = word.lower() in _SMALL_WORDS
        remaining = {n for n in remaining if small} | {
            n - 1 for n in remaining if n and word[0].upper() == letters[n - 1]
        }
        if 0 in remaining:
            return True
        if not remaining:
            return False
    return False


def _sentence_index(starts: list[int], position: int) -> int:
    return max(0, bisect.bisect_right(starts, position) - 1)


def _definitions(text: str, sentences: list[tuple[int, int]]) -> dict[str, int]:
    """For each acronym, the index of the first sentence that spells it out."""
    starts = [start for start, _ in sentences]
    found: dict[str, int] = {}

    def note(acronym: str, index: int, words: list[str]) -> None:
        if index < found.get(acronym, len(sentences)) and _initials_match(acronym, words):
            found[acronym] = index

    for match in _DEFINED_AFTER_WORDS.finditer(text):
        index = _sentence_index(starts, match.start())
        wanted = 3 * len(match["acr"]) + 6  # room for small words between the initials
        lookback = max(starts[index] if starts else 0, match.start() - 12 * wanted)
        words = _DEFINITION_WORD.findall(text, lookback, match.start())
        note(match["acr"], index, words[-wanted:])
    for match in _DEFINED_IN_BRACKETS.finditer(text):
        words = _DEFINITION_WORD.findall(match["words"])
        note(match["acr"], _sentence_index(starts, match.start()), words)
    return found


def _unexplained_acronyms(
    text: str, sentences: list[tuple[int, int]], shouting: set[int]
) -> list[AcronymUse]:
    """The first use of each acronym that comes before the sentence that spells it out."""
    starts = [start for start, _ in sentences]
    defined = _definitions(text, sentences)
    reported: set[str] = set()
    uses = []
    for match in _ACRONYM.finditer(text):
        acronym = match["acr"]
        index = _sentence_index(starts, match.start())
        if acronym in reported or acronym in UNDERSTOOD_ACRONYMS or index in shouting:
            continue
        if defined.get(acronym, len(sentences)) > index:
            reported.add(acronym)
            uses.append(AcronymUse(acronym, match.start("acr"), match.end("acr")))
    return uses


def _is_shouting(tokens: list[str]) -> bool:
    """A heading in capitals ("WHAT HAPPENED NEXT") is not a string of acronyms."""
    capitals = sum(1 for token in tokens if len(token) > 1 and token.isupper())
    return capitals >= 3 and capitals * 2 > len(tokens)


def _flesch(words: int, sentences: int, syllables: int) -> float:
    if not words or not sentences:
        return 0.0
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)


def readability(text: str) -> Readability:
    """Measure how plain the English of `text` is.

    Sentences end at ".", "!" or "?" followed by a space and a word that is not lowercase, at a
    blank line, before a bullet, and after a short heading line. Abbreviations ("e.g.", "i.e.",
    "Dr.", "Mr.", "etc." before a lowercase word) and numbers ("4.12") do not end a sentence.

    An acronym (two or more capitals, such as "MASH") is explained from the sentence where it is
    first spelled out, either "Multi-Agency Safeguarding Hub (MASH)" or "MASH (Multi-Agency
    Safeguarding Hub)", matched by initials. `UNDERSTOOD_ACRONYMS` never need explaining.

    Never raises: any string is accepted, and `None` counts as empty.
    """
    text = _as_text(text)
    sentences = _sentence_spans(text)
    words = syllables = 0
    long_sentences, shouting = [], set()
    for index, (start, end) in enumerate(sentences):
        tokens = _WORD.findall(text, start, end)
        words += len(tokens)
        syllables += sum(count_syllables(token) for token in tokens)
        if len(tokens) > LONG_SENTENCE_WORDS:
            long_sentences.append(Span(start, end, len(tokens)))
        if _is_shouting(tokens):
            shouting.add(index)
    return Readability(
        words=words,
        sentences=len(sentences),
        syllables=syllables,
        flesch_reading_ease=_flesch(words, len(sentences), syllables),
        words_per_sentence=words / len(sentences) if sentences else 0.0,
        long_sentences=long_sentences,
        unexplained_acronyms=_unexplained_acronyms(text, sentences, shouting),
    )
