"""`scan_identifiers`: text that could identify a child, a family member or a practitioner."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .names import name_spans
from .text import _as_text, _word_set

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
# In any letter case ("dn31 2ab", "Dn31 2AB"), because a postcode copied from a form or an email
# often is; an inward code that reads as an ordinal in lower case ("KS2 3rd") is not one.
_POSTCODE = re.compile(
    r"(?<![\w'’])(?:[A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]?|GIR)[ \t\u00a0]?[0-9][ABD-HJLNP-UW-Z]{2}"
    r"(?<![0-9](?-i:st|nd|rd|th))(?![\w'’])",
    re.IGNORECASE,
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
# Many Yorkshire and Lincolnshire streets are one word ending in "-gate" ("Bargate",
# "Micklegate") with no street-type word. "Gate" alone is not one, nor a verb: "-igate",
# "-ogate" and "-ugate" ("Investigate", "Interrogate") are ruled out, the others are named.
_GATE_STREET = (
    r"(?!(?:Dele|Rele|Segre|Aggre|Congre|Le|Abne|Varie|Propa|Expur|Promul|Tail|Flood)gate\b)"
    r"[A-Z][a-z'’-]*[a-hj-npr-tv-z]gate"
)
_STREET = re.compile(
    rf"(?<![\w/.,'’£$-])(?:(?:Flat|Apartment|Apt\.?|Unit){_GAP}[0-9]{{1,4}}[A-Za-z]?,?{_GAP})?"
    rf"[0-9]{{1,3}}[A-Za-z]?(?:[-–][0-9]{{1,3}}[A-Za-z]?)?,?{_GAP}{_NOT_A_STREET}"
    rf"(?:(?:[A-Z][\w'’-]*{_GAP}){{1,3}}(?:{_STREET_SUFFIX})"
    rf"|(?:[A-Z][\w'’-]*{_GAP}){{0,2}}{_GATE_STREET})(?![\w'’-])"
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


def _candidates(text: str, names: Iterable[str]) -> list[tuple[int, int, str]]:
    found = []
    for rule in _RULES:
        for match in rule.pattern.finditer(text):
            span = rule.check(match) if rule.check else match.span()
            if span is not None:
                found.append((span[0], span[1], rule.kind))
    found.extend((start, end, "name") for start, end in name_spans(text, names))
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

    A part of a listed name of two or more words is found alone too, with kind "name" like the
    full name: "Tyler said" and "Smith's mother" when "Tyler Smith" is listed. A part matches
    only as a whole word with a capital first letter (the rest in any case), and never in
    capitals ("SEN" is an acronym, not the surname "Sen"); titles, initials and one-letter parts
    are not parts. A part that is also an everyday word a review capitalises (a month, "Will",
    "Young", "Early", "White", "Child": see `names._ORDINARY_WORDS`) is found only with a
    possessive ("Will's") or after a title ("Mrs May"), so "Will the plan work?", "in May" and
    "Child A" raise nothing; list such a person's full name, which is always found.

    Returns findings sorted by `start`, no two overlapping, each with `text[start:end]` equal to
    `finding.text` and `kind` one of `KIND_LABELS`. Where findings overlap, the one that starts
    first wins, then the longer one: a name inside "Dr Patel's Surgery" is reported once, as the
    practice; a number that is both phone- and NHS-shaped is reported once, as a phone number.

    Rules worth knowing: a day and month without a year ("on 3 June") is a full date, because
    the year is usually clear from the report. An NHS number printed 3-3-4 ("943 476 5919") is
    always reported; ten digits run together only when the modulus 11 check digit is valid. A
    postcode is found in any letter case ("dn31 2ab"), with or without its space. A house
    number before a street ending in "-gate" ("12 Bargate", "3a Skeldergate") is an address
    without a street-type word.

    Allowed text is not reported: a month and year ("March 2019"), a year, ages, generic
    services ("the school", "the GP practice"), pseudonyms ("Child A"), statutes ("Children Act
    1989"), agency names, counts, percentages, review references ("NEL-2024-01"), times
    ("10:30") and paragraph numbers ("4.12").

    Never raises: any string is accepted, and `None` counts as empty.
    """
    text = _as_text(text)
    if not text:
        return []
    candidates = _candidates(text, names)
    return [
        IdentifierFinding(kind, start, end, text[start:end])
        for start, end, kind in _without_overlaps(candidates)
    ]
