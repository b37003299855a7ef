"""`readability`: how plain the English of a text is (Flesch, sentence length, acronyms)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .text import _as_text, _word_set

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
