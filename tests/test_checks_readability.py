"""`readability`: Flesch reading ease, sentence length, long sentences and unexplained acronyms.

Pure functions: no Django, no database. Scores are checked by ordering and by the published
Flesch bands, or exactly only where every word has one syllable and the formula can be worked
out by hand.
"""

from __future__ import annotations

import math
import random
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from reviews.checks import (
    LONG_SENTENCE_WORDS,
    TARGET_FLESCH,
    TARGET_WORDS_PER_SENTENCE,
    UNDERSTOOD_ACRONYMS,
    AcronymUse,
    Span,
    count_syllables,
    readability,
)

CORPUS = Path(__file__).parent / "corpus"

# 18 words of one syllable in 3 sentences: 206.835 - 1.015 * 6 - 84.6 * 1 = 116.145.
SIMPLE = "The cat sat on the mat. The dog ran to the park. We had fun in the sun."
COMPLEX = (
    "Notwithstanding the aforementioned organisational considerations, multi-agency "
    "safeguarding arrangements necessitate comprehensive interdisciplinary communication, "
    "particularly regarding intergenerational vulnerability, institutional accountability and "
    "the operationalisation of statutory responsibilities."
)
COMPLEX_IN_SHORT_SENTENCES = (
    "Organisational considerations necessitate interdisciplinary communication. Institutional "
    "accountability necessitates operationalisation. Comprehensive documentation facilitates "
    "intergenerational understanding."
)
TYPICAL = (
    "The health visitor saw Child A at home in April 2019. She noticed that Mother seemed low "
    "and tired. She made a plan to visit again within six weeks, but the next visit did not "
    "happen until September."
)


def sentence(words: int) -> str:
    return " ".join(["Word"] + ["word"] * (words - 1)) + "."


def acronyms(text: str) -> list[str]:
    return [use.acronym for use in readability(text).unexplained_acronyms]


# --- the targets -------------------------------------------------------------------------------


def test_it_sets_the_partnership_targets() -> None:
    assert (TARGET_FLESCH, TARGET_WORDS_PER_SENTENCE, LONG_SENTENCE_WORDS) == (50, 20, 25)


# --- counting ----------------------------------------------------------------------------------


def test_it_counts_words_and_sentences() -> None:
    result = readability(SIMPLE)
    assert (result.words, result.sentences, result.syllables) == (18, 3, 18)


def test_it_gives_words_per_sentence() -> None:
    assert readability("One two three. Four five six seven.").words_per_sentence == 3.5


def test_it_applies_the_standard_flesch_formula() -> None:
    assert readability(SIMPLE).flesch_reading_ease == pytest.approx(116.145)


def test_it_scores_simple_text_as_very_easy_and_complex_text_as_very_hard() -> None:
    simple, typical, complex_ = (
        readability(t).flesch_reading_ease for t in (SIMPLE, TYPICAL, COMPLEX)
    )
    assert simple > typical > complex_
    assert simple >= 90  # "very easy" band
    assert 50 <= typical < 90  # plain English: between the target and "very easy"
    assert complex_ < 30  # "very confusing" band: graduate-level prose


def test_it_counts_a_number_and_an_abbreviation_as_one_word_each() -> None:
    assert readability("See paragraph 4.12, e.g. now.").words == 5


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("cat", 1),
        ("make", 1),
        ("makes", 1),
        ("jumped", 1),
        ("table", 2),
        ("tables", 2),
        ("boxes", 2),
        ("wanted", 2),
        ("police", 2),
        ("social", 2),
        ("safely", 2),
        ("children", 2),
        ("family", 3),
        ("radio", 3),
        ("assessment", 3),
        ("professional", 4),
        ("14", 2),
        ("2019", 4),
    ],
)
def test_it_counts_syllables_in_everyday_words(word: str, syllables: int) -> None:
    assert count_syllables(word) == syllables


def test_it_counts_at_least_one_syllable_in_any_word() -> None:
    assert all(count_syllables(word) >= 1 for word in ["rhythm", "mm", "Z", "مرحبا", "שלום"])


# --- sentences ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Agencies, e.g. the police, were told.",
        "Agencies, i.e. the police and the school, were told.",
        "Dr. Patel saw Child A.",
        "Mr. Jones and Mrs. Jones came.",
        "Toys, clothes etc. were found.",
        "See paragraph 4.12 for the plan.",
        "See No. 4 in the list.",
    ],
)
def test_it_does_not_end_a_sentence_at_an_abbreviation_or_a_number(text: str) -> None:
    assert readability(text).sentences == 1


def test_it_ends_a_sentence_at_etc_before_a_capital() -> None:
    assert readability("They found toys, clothes, etc. The mother was upset.").sentences == 2


def test_it_ends_a_sentence_at_a_pseudonym() -> None:
    assert readability("The nurse saw Child A. The mother was there.").sentences == 2


def test_it_ends_sentences_at_question_and_exclamation_marks() -> None:
    assert readability('Was he safe? Nobody asked! She said "No." Then she left.').sentences == 4


def test_it_treats_a_heading_and_list_items_as_separate_sentences() -> None:
    text = "What happened\nChild A was seen.\n\nWhat needs to change\n\n1. Share it\n- Act on it"
    assert readability(text).sentences == 5


def test_it_does_not_split_a_sentence_wrapped_over_two_lines() -> None:
    text = (
        "The health visitor recorded that the home was cluttered and that the\n"
        "mother seemed low in mood."
    )
    assert readability(text).sentences == 1


# --- long sentences ----------------------------------------------------------------------------


def test_it_reports_a_sentence_over_25_words_with_its_offsets() -> None:
    long_one = sentence(LONG_SENTENCE_WORDS + 1)
    text = f"Short one. {long_one} Short two."
    assert readability(text).long_sentences == [
        Span(start=11, end=11 + len(long_one), words=LONG_SENTENCE_WORDS + 1)
    ]


def test_it_allows_a_sentence_of_exactly_25_words() -> None:
    assert readability(sentence(LONG_SENTENCE_WORDS)).long_sentences == []


def test_it_reports_every_long_sentence_in_order() -> None:
    text = f"{sentence(30)} Short. {sentence(40)}"
    assert [span.words for span in readability(text).long_sentences] == [30, 40]


# --- acronyms ----------------------------------------------------------------------------------


def test_it_reports_an_acronym_used_before_it_is_spelled_out() -> None:
    text = "The case went to the MASH. The Multi-Agency Safeguarding Hub (MASH) met."
    assert readability(text).unexplained_acronyms == [AcronymUse("MASH", 21, 25)]


def test_it_accepts_an_acronym_spelled_out_in_an_earlier_sentence() -> None:
    assert acronyms("The Multi-Agency Safeguarding Hub (MASH) met. The MASH agreed.") == []


def test_it_accepts_an_acronym_spelled_out_later_in_the_same_sentence() -> None:
    assert acronyms("MASH staff, from the Multi-Agency Safeguarding Hub (MASH), met.") == []


def test_it_accepts_an_acronym_followed_by_its_spelling_in_brackets() -> None:
    assert (
        acronyms("The LADO (Local Authority Designated Officer) was told. The LADO agreed.") == []
    )


@pytest.mark.parametrize(
    "definition",
    [
        "Child and Adolescent Mental Health Services (CAMHS)",
        "a Child in Need (CIN)",
        "the National Society for the Prevention of Cruelty to Children (NSPCC)",
        "the designated safeguarding lead (DSL)",
        "an Education, Health and Care Plan (EHCP)",
        "Children's Social Care (CSC)",
    ],
)
def test_it_matches_initials_with_or_without_small_words(definition: str) -> None:
    acronym = definition.rsplit("(", 1)[1].rstrip(")")
    assert acronyms(f"We asked {definition}. Later the {acronym} replied.") == []


def test_it_does_not_accept_brackets_whose_words_do_not_match() -> None:
    assert acronyms("The meeting (ICPC) was held. The ICPC agreed a plan.") == ["ICPC"]


def test_it_reports_only_the_first_unexplained_use_of_each_acronym() -> None:
    text = "The ICPC met. The ICPC agreed. The RHI was late. The ICPC ended."
    assert acronyms(text) == ["ICPC", "RHI"]


def test_it_reports_the_acronym_without_a_plural_s() -> None:
    text = "Two IROs were told."
    assert readability(text).unexplained_acronyms == [AcronymUse("IRO", 4, 7)]


@pytest.mark.parametrize("acronym", sorted(UNDERSTOOD_ACRONYMS))
def test_it_treats_universally_understood_acronyms_as_explained(acronym: str) -> None:
    assert acronyms(f"The {acronym} was mentioned.") == []


def test_it_includes_the_acronyms_named_in_the_brief_in_the_understood_list() -> None:
    assert {"UK", "NHS", "GP", "DfE", "TV", "OK"} <= UNDERSTOOD_ACRONYMS


@pytest.mark.parametrize(
    "text",
    [
        "Review NEL-2024-01 was agreed.",
        "During COVID-19 lockdowns, visits stopped.",
        "Child A and Baby B were seen by Mr Jones and Dr Patel.",
        "Mr McDonald attended.",
        "WHAT NEEDS TO CHANGE\n\nThe plan.",
    ],
)
def test_it_does_not_treat_references_names_or_capital_headings_as_acronyms(text: str) -> None:
    assert acronyms(text) == []


# --- the target --------------------------------------------------------------------------------


def test_it_meets_the_target_for_plain_short_sentences() -> None:
    assert readability(TYPICAL).meets_target is True


def test_it_misses_the_target_when_sentences_are_too_long() -> None:
    text = " ".join(["The cat sat on the mat and the dog ran to the park"] * 2) + "."
    result = readability(text)
    assert result.flesch_reading_ease >= TARGET_FLESCH and result.meets_target is False


def test_it_misses_the_target_when_the_words_are_too_hard() -> None:
    result = readability(COMPLEX_IN_SHORT_SENTENCES)
    assert result.words_per_sentence <= TARGET_WORDS_PER_SENTENCE and result.meets_target is False


def test_it_finds_the_clean_report_plain_and_every_acronym_explained() -> None:
    result = readability((CORPUS / "clean_report.txt").read_text(encoding="utf-8"))
    assert result.words >= 2000
    assert result.meets_target is True
    assert result.unexplained_acronyms == []


def test_it_returns_a_frozen_result() -> None:
    with pytest.raises(FrozenInstanceError):
        readability(SIMPLE).words = 0  # type: ignore[misc]


# --- robustness --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\n\t", None, "😀😀 👍", "...", "\x00\x00"])
def test_it_scores_text_without_words_as_zero_without_dividing_by_zero(text: str) -> None:
    result = readability(text)
    assert (result.words, result.sentences, result.flesch_reading_ease) == (0, 0, 0.0)
    assert result.words_per_sentence == 0.0 and result.meets_target is False


@pytest.mark.parametrize(
    "text",
    [
        "مرحبا بالعالم. هذا نص عربي.",
        "שלום עולם. זה טקסט בעברית.",
        "Child A 😀 was seen. Mother 👍 agreed.",
        "Child A\x00 was seen.\x07 Mother\x1b agreed.",
        "Child A\u202e was seen. \ud800 Mother agreed.",
    ],
)
def test_it_counts_two_sentences_among_unusual_characters(text: str) -> None:
    result = readability(text)
    assert result.sentences == 2 and math.isfinite(result.flesch_reading_ease)


def test_it_copes_with_one_very_long_line_without_full_stops() -> None:
    text = "word " * 50_000
    result = readability(text)
    assert (result.words, result.sentences) == (50_000, 1)
    assert result.long_sentences == [Span(0, len(text) - 1, 50_000)]


def test_it_copes_with_100000_words() -> None:
    text = " ".join([TYPICAL] * (100_000 // len(TYPICAL.split()) + 1))
    result = readability(text)
    single = readability(TYPICAL)
    assert result.words >= 100_000
    assert result.flesch_reading_ease == pytest.approx(single.flesch_reading_ease)
    assert result.words_per_sentence == pytest.approx(single.words_per_sentence)


def test_it_keeps_its_promises_on_random_text() -> None:
    alphabet = "aZ09 .,;:!?'’-()\n\t\x00😀ب" + "MASH (Multi-Agency Safeguarding Hub) e.g. Dr. 4.12 "
    rng = random.Random(20240101)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
        result = readability(text)
        assert math.isfinite(result.flesch_reading_ease) and result.words >= result.sentences
        assert all(text[use.start : use.end] == use.acronym for use in result.unexplained_acronyms)
        assert all(span.words > LONG_SENTENCE_WORDS for span in result.long_sentences)
