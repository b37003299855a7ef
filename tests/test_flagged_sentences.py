"""A flagged detail is shown in its sentence, and its place in the report text is marked."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviews import services
from reviews.checks import Segment, marked_segments, sentence_around
from reviews.checks.sentences import SENTENCE_LIMIT

from .factories import make_ready_review

TEXT = "The family moved in 2023. On 14 March 2024 she went to Riverside Surgery. Then home!"


def around(text: str, detail: str) -> tuple[str, str, str]:
    start = text.index(detail)
    return sentence_around(text, start, start + len(detail))


def test_it_gives_the_sentence_that_holds_the_detail():
    assert around(TEXT, "14 March 2024") == (
        "On ",
        "14 March 2024",
        " she went to Riverside Surgery.",
    )
    assert around(TEXT, "Riverside Surgery") == (
        "On 14 March 2024 she went to ",
        "Riverside Surgery",
        ".",
    )


def test_a_detail_at_the_start_or_the_end_of_the_text():
    assert around("Kayleigh went home", "Kayleigh") == ("", "Kayleigh", " went home")
    assert around("She went to Kayleigh", "Kayleigh") == ("She went to ", "Kayleigh", "")
    assert around("Kayleigh", "Kayleigh") == ("", "Kayleigh", "")


def test_a_text_without_a_full_stop_is_one_sentence():
    assert around("she saw Kayleigh at home", "Kayleigh") == ("she saw ", "Kayleigh", " at home")


def test_a_line_break_or_a_question_mark_ends_a_sentence():
    assert around("A heading\nKayleigh was seen\nNext", "Kayleigh") == ("", "Kayleigh", " was seen")
    assert around("Was it? Kayleigh said so.", "Kayleigh") == ("", "Kayleigh", " said so.")
    assert around('He said "stop." Kayleigh left.', "Kayleigh") == ("", "Kayleigh", " left.")


def test_a_full_stop_inside_the_detail_does_not_split_it():
    text = "Write to k.smith@example.org. Nobody did."
    assert around(text, "k.smith@example.org") == ("Write to ", "k.smith@example.org", ".")


def test_an_abbreviation_splits_naively_and_nothing_breaks():
    assert around("Dr. Patel saw Kayleigh on Mon. 3 May.", "Kayleigh") == (
        "Patel saw ",
        "Kayleigh",
        " on Mon.",
    )


def test_a_very_long_sentence_is_cut_at_whole_words_either_side():
    text = "word " * 300 + "Kayleigh" + " word" * 300
    before, match, after = around(text, "Kayleigh")

    assert match == "Kayleigh"
    assert before.startswith("…word ") and len(before) <= SENTENCE_LIMIT + 1
    assert after.endswith(" word…") and len(after) <= SENTENCE_LIMIT + 1


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(-5, 3, ("", "abc", " def")), (4, 99, ("abc ", "def", "")), (5, 2, ("abc d", "", "ef"))],
)
def test_offsets_out_of_range_or_reversed_are_clamped(start, end, expected):
    assert sentence_around("abc def", start, end) == expected


@given(text=st.text(), start=st.integers(-10, 400), end=st.integers(-10, 400))
def test_it_never_raises_and_the_match_is_the_text_at_the_offsets(text, start, end):
    before, match, after = sentence_around(text, start, end)

    low = min(max(start, 0), len(text))
    assert match == text[low : min(max(end, low), len(text))]
    assert len(before) <= SENTENCE_LIMIT + 1 and len(after) <= SENTENCE_LIMIT + 1


def test_the_text_is_cut_into_plain_and_marked_segments():
    segments = marked_segments("abcdefghij", [(8, 9, "z"), (2, 4, "x")])

    assert segments == [
        Segment("ab"),
        Segment("cd", ("x",)),
        Segment("efgh"),
        Segment("i", ("z",)),
        Segment("j"),
    ]


def test_overlapping_details_share_one_mark_and_keep_every_anchor():
    segments = marked_segments("abcdefghij", [(2, 5, "x"), (4, 7, "y"), (3, 4, "w")])

    assert segments == [Segment("ab"), Segment("cdefg", ("x", "w", "y")), Segment("hij")]
    assert "".join(segment.text for segment in segments) == "abcdefghij"


@given(
    text=st.text(max_size=80),
    spans=st.lists(st.tuples(st.integers(-5, 90), st.integers(-5, 90)), max_size=6),
)
def test_segments_always_give_back_the_text_and_each_anchor_once(text, spans):
    named = [(start, end, f"a{n}") for n, (start, end) in enumerate(spans)]

    segments = marked_segments(text, named)

    assert "".join(segment.text for segment in segments) == text
    anchors = [anchor for segment in segments for anchor in segment.anchors]
    assert sorted(anchors) == sorted(anchor for _, _, anchor in named)


@pytest.mark.django_db
def test_each_detail_knows_its_sentence_and_its_place(author):
    review = make_ready_review(author=author, what_happened=TEXT)
    pieces = services.current_version(review)[0]

    details = services.flag_details(review, pieces)
    surgery = next(d for d in details if d.finding.text == "Riverside Surgery")

    assert surgery.sentence() == ("On 14 March 2024 she went to ", "Riverside Surgery", ".")
    assert surgery.anchor == f"flag-{surgery.key}" and surgery.place == f"place-{surgery.key}"
    assert len({detail.key for detail in details}) == len(details)
