"""`scan_identifiers`: what it reports, what it allows, and how it copes with any input.

Pure functions: no Django, no database. The corpus tests use `tests/corpus/planted_report.txt`,
where every planted identifier is marked inline as `[[kind:exact text]]`; the markup is stripped
before scanning and the expected offsets are taken from the stripped text.
"""

from __future__ import annotations

import random
import re
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from reviews.checks import KIND_LABELS, IdentifierFinding, scan_identifiers

CORPUS = Path(__file__).parent / "corpus"
KINDS = set(KIND_LABELS)

# The real names the approver would give for the planted report.
PLANTED_NAMES = [
    "Jordan Smith",
    "Jordan",
    "Kayleigh Brown",
    "Kayleigh",
    "Dr Patel",
    "Tyler",
    "Shannon",
    "Mrs Okafor",
    "Liam O'Neill",
]

_MARK = re.compile(r"\[\[(?P<kind>\w+):(?P<text>.*?)\]\]")


def found(text: str, names: list[str] | tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(finding.kind, finding.text) for finding in scan_identifiers(text, names)]


def strip_marks(marked: str) -> tuple[str, list[tuple[str, int, int, str]]]:
    """The clean text, and (kind, start, end, text) for each `[[kind:text]]` mark in it."""
    pieces, expected, last, offset = [], [], 0, 0
    for mark in _MARK.finditer(marked):
        pieces.append(marked[last : mark.start()])
        offset += mark.start() - last
        expected.append((mark["kind"], offset, offset + len(mark["text"]), mark["text"]))
        pieces.append(mark["text"])
        offset += len(mark["text"])
        last = mark.end()
    pieces.append(marked[last:])
    return "".join(pieces), expected


@pytest.fixture(scope="module")
def planted() -> tuple[str, list[tuple[str, int, int, str]]]:
    return strip_marks((CORPUS / "planted_report.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def clean() -> str:
    return (CORPUS / "clean_report.txt").read_text(encoding="utf-8")


# --- full dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "date",
    [
        "14 March 2019",
        "14th March 2019",
        "1st of June 2021",
        "March 14, 2019",
        "14 Mar 2019",
        "14/03/2019",
        "14-03-19",
        "14.03.2019",
        "3/2/2019",
        "2019-03-14",
        "Monday 4 May 2020",
        "Tuesday, 12th of March 2024",
    ],
)
def test_it_reports_a_full_date(date: str) -> None:
    assert found(f"Child A was seen on {date} at home.") == [("full_date", date)]


def test_it_reports_a_day_and_month_without_a_year() -> None:
    assert found("In 2022, on 3 June, the nursery called.") == [("full_date", "3 June")]


@pytest.mark.parametrize(
    "text",
    [
        "The referral was made in March 2019.",
        "This happened in the spring of 2019.",
        "The review began in 2021 and ended in 2023.",
        "Paragraph 4 may be read with paragraph 5.",
        "See paragraph 4.12 and section 3.4.12 below.",
        "The visit started at 10:30 and ended at 11.45.",
        "Review reference NEL-2024-01 was agreed.",
        "Working Together to Safeguard Children 2023 applies.",
        "The Children Act 1989 sets the duty.",
    ],
)
def test_it_allows_months_years_and_other_numbers(text: str) -> None:
    assert found(text) == []


# --- postcodes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("postcode", ["DN31 1HU", "DN311HU", "SW1A 1AA", "M1 1AE", "DN35 8QT"])
def test_it_reports_a_postcode(postcode: str) -> None:
    assert found(f"They moved to Grimsby {postcode} last year.") == [("postcode", postcode)]


def test_it_allows_a_key_stage_that_looks_like_half_a_postcode() -> None:
    assert found("Child A reached KS2 3 years later.") == []


@pytest.mark.parametrize("postcode", ["dn31 2ab", "Dn31 2AB", "DN312AB", "dn312ab", "sw1a 1aa"])
def test_it_reports_a_postcode_in_any_letter_case(postcode: str) -> None:
    assert found(f"They moved to Grimsby {postcode} last year.") == [("postcode", postcode)]


@pytest.mark.parametrize(
    "text",
    [
        "In KS2 3rd place in the league was reached.",
        "By Y6 2nd term she had a mentor.",
        "Review reference NEL-2026-09 was agreed.",
        "The visit was at 3pm and the next at 10am.",
        "Mother said the dog was called Bandit.",
    ],
)
def test_it_allows_ordinals_references_and_words_in_any_case(text: str) -> None:
    assert found(text) == []


# --- phone numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phone",
    [
        "01472 313131",
        "07700 900123",
        "07700900123",
        "+44 7700 900123",
        "+44 (0)1472 313131",
        "(01472) 313131",
        "0800 123 4567",
        "020 7946 0018",
    ],
)
def test_it_reports_a_phone_number(phone: str) -> None:
    assert found(f"Mother was called on {phone} twice.") == [("phone", phone)]


def test_it_allows_counts_percentages_and_times() -> None:
    text = "Of 120 referrals, 45% were from the police; 3 were seen at 10:30 on 12 occasions."
    assert found(text) == []


# --- email addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "email",
    ["kayleigh.brown85@example.com", "hv.team@nhs.example.org", "a+b@mail.example.co.uk"],
)
def test_it_reports_an_email_address(email: str) -> None:
    assert found(f"She wrote to {email}.") == [("email", email)]


def test_it_allows_an_at_sign_that_is_not_an_address() -> None:
    assert found("Staff met @ the office; see the team @ 10:30.") == []


# --- NHS numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize("nhs", ["943 476 5919", "943-476-5919", "123 456 7890"])
def test_it_reports_a_spaced_nhs_number_whatever_its_check_digit(nhs: str) -> None:
    assert found(f"NHS number {nhs} was recorded.") == [("nhs_number", nhs)]


def test_it_reports_an_unspaced_nhs_number_with_a_valid_check_digit() -> None:
    assert found("NHS number 9434765919 was recorded.") == [("nhs_number", "9434765919")]


def test_it_allows_ten_digits_with_an_invalid_check_digit() -> None:
    assert found("Case file 9434765918 was opened.") == []


def test_it_reports_a_number_that_is_both_phone_and_nhs_shaped_once_as_a_phone() -> None:
    assert found("Ring 0800 123 4567 or 0800123456.") == [
        ("phone", "0800 123 4567"),
        ("phone", "0800123456"),
    ]


# --- National Insurance numbers ----------------------------------------------------------------


@pytest.mark.parametrize("ni", ["QQ 12 34 56 C", "AB123456C", "JM 65 43 21 B", "PR 987654 A"])
def test_it_reports_a_national_insurance_number(ni: str) -> None:
    assert found(f"Her number is {ni} on file.") == [("ni_number", ni)]


# --- street addresses --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "12 Acacia Road",
        "Flat 3, 45 Victoria Street",
        "7 Oak Close",
        "96 Grimsby Road",
        "12a St Mary's Road",
        "3 The Green",
        "18 Laceby Lane",
        "4 Kings Walk",
    ],
)
def test_it_reports_a_street_address(address: str) -> None:
    assert found(f"The family lived at {address} for a year.") == [("street_address", address)]


@pytest.mark.parametrize(
    "text",
    [
        "There were 2 Family Court hearings.",
        "Child A went to the park with 3 friends.",
        "The family moved to a new street in 2020.",
        "She attended 4 Crown Court dates.",
    ],
)
def test_it_allows_numbers_before_words_that_are_not_addresses(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "address",
    [
        "12 Bargate",
        "4 Westgate",
        "27 Micklegate",
        "3a Skeldergate",
        "8 Upper Bargate",
        "Flat 2, 15 Eastgate",
    ],
)
def test_it_reports_a_street_ending_in_gate_without_a_street_word(address: str) -> None:
    assert found(f"The family lived at {address} for a year.") == [("street_address", address)]


@pytest.mark.parametrize(
    "text",
    [
        "At 3 the gate was open.",
        "Staff met parents at the Gate.",
        "Section 12 Safeguarding duties apply.",
        "Recommendation 4 Agencies should share records.",
        "Finding 2 The partnership did not know.",
        "Child A was aged 12 in 2019.",
        "The notice went 7 working days before.",
        "Action 3 Investigate why letters were returned.",
        "Step 2 Delegate the visit to the school nurse.",
    ],
)
def test_it_allows_gate_and_numbered_words_that_are_not_addresses(text: str) -> None:
    assert found(text) == []


# --- named schools -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "school",
    [
        "Oakfield Primary School",
        "St Mary's Catholic Academy",
        "Little Acorns Nursery",
        "Tollbar Academy",
        "Humberston Park School",
        "Scartho Infants",
        "Rainbow Pre-School",
        "Franklin College",
        "St Peter's C of E Primary School",
    ],
)
def test_it_reports_a_named_school(school: str) -> None:
    assert found(f"Staff at {school} were worried.") == [("school", school)]


def test_it_leaves_sentence_words_out_of_a_school_name() -> None:
    assert found("When Oakfield Primary School called, nobody answered.") == [
        ("school", "Oakfield Primary School")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The school was worried.",
        "She moved to a primary school nearby.",
        "The nursery and the secondary school shared records.",
        "Primary School staff were not told.",
        "The Virtual School head was informed.",
        "The Royal College of Paediatrics and Child Health publishes guidance.",
        "Child A's School did not know.",
        "Sibling 1 moved to a Church of England Primary School.",
    ],
)
def test_it_allows_a_school_that_is_not_named(text: str) -> None:
    assert found(text) == []


# --- named GP practices ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "practice",
    [
        "Riverside Surgery",
        "Freshney Green Medical Practice",
        "The Roxton Practice",
        "Quayside Health Centre",
        "Parkside Medical Centre",
    ],
)
def test_it_reports_a_named_gp_practice(practice: str) -> None:
    assert found(f"Child A was registered with {practice} in 2019.") == [("gp_practice", practice)]


@pytest.mark.parametrize(
    "text",
    [
        "The GP practice saw Child A.",
        "Mother rang the GP Practice.",
        "The health visiting service and the surgery were told.",
        "Children's Social Care led the enquiry.",
        "The Child Safeguarding Practice Review Panel was notified.",
        "This is a Local Child Safeguarding Practice Review.",
        "Good Practice and Reflective Practice were discussed.",
    ],
)
def test_it_allows_a_practice_or_service_that_is_not_named(text: str) -> None:
    assert found(text) == []


# --- names -------------------------------------------------------------------------------------


def test_it_reports_a_listed_name_whatever_its_case() -> None:
    assert found("JORDAN and jordan met Jordan.", ["Jordan"]) == [
        ("name", "JORDAN"),
        ("name", "jordan"),
        ("name", "Jordan"),
    ]


@pytest.mark.parametrize("text", ["Kayleigh was there.", "That is okay.", "The Kays came."])
def test_it_matches_a_name_only_as_a_whole_word(text: str) -> None:
    assert found(text, ["Kay"]) == []


@pytest.mark.parametrize("possessive", ["Jordan's", "Jordan’s"])
def test_it_reports_a_possessive_name_without_the_apostrophe_s(possessive: str) -> None:
    assert found(f"It was {possessive} coat.", ["Jordan"]) == [("name", "Jordan")]


def test_it_matches_a_multi_word_name_across_any_whitespace() -> None:
    assert found("Jordan  Smith and Jordan\nSmith", ["Jordan Smith"]) == [
        ("name", "Jordan  Smith"),
        ("name", "Jordan\nSmith"),
    ]


def test_it_matches_either_apostrophe_inside_a_name() -> None:
    assert found("Liam O’Neill and Liam O'Neill", ["Liam O'Neill"]) == [
        ("name", "Liam O’Neill"),
        ("name", "Liam O'Neill"),
    ]


def test_it_matches_a_title_with_or_without_its_full_stop() -> None:
    assert found("Dr Patel and Dr. Patel", ["Dr Patel"]) == [
        ("name", "Dr Patel"),
        ("name", "Dr. Patel"),
    ]


def test_it_prefers_the_longest_listed_name() -> None:
    assert found("Jordan Smith came.", ["Jordan", "Jordan Smith"]) == [("name", "Jordan Smith")]


def test_it_ignores_blank_names() -> None:
    assert found("Nothing here at all.", ["", "   ", "\n"]) == []


def test_it_reports_a_name_listed_twice_once() -> None:
    assert found("Tyler came.", ["Tyler", "tyler", " Tyler "]) == [("name", "Tyler")]


def test_it_accepts_a_single_name_given_as_a_string() -> None:
    assert found("Tyler came.", "Tyler") == [("name", "Tyler")]


def test_it_treats_regex_characters_in_a_name_literally() -> None:
    assert found("J.S. came, not JxS.", ["J.S."]) == [("name", "J.S.")]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Tyler said he was scared.", "Tyler"),
        ("Smith's mother rang the school.", "Smith"),
        ("It was Tyler's school.", "Tyler"),
        ("It was Tyler’s school.", "Tyler"),
        ("The Smiths' house was cold.", "Smith"),
        ("Later, Smith rang the police.", "Smith"),
    ],
)
def test_it_reports_a_part_of_a_listed_name_used_alone(text: str, part: str) -> None:
    assert found(text, ["Tyler Smith"]) == [("name", part)]


def test_it_still_reports_a_full_name_in_any_case_as_one_finding() -> None:
    assert found("TYLER SMITH and tyler smith came.", ["Tyler Smith"]) == [
        ("name", "TYLER SMITH"),
        ("name", "tyler smith"),
    ]


def test_it_reports_parts_of_names_with_titles_apostrophes_and_hyphens() -> None:
    names = ["Dr Priya Patel", "Liam O'Neill", "Ivy-Mae Bellingham", "tyler smith"]
    text = "Patel and Priya saw O’Neill, Liam and Ivy-Mae; Tyler came."
    assert found(text, names) == [
        ("name", "Patel"),
        ("name", "Priya"),
        ("name", "O’Neill"),
        ("name", "Liam"),
        ("name", "Ivy-Mae"),
        ("name", "Tyler"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Smithson and the smith came.",
        "tyler was not capitalised.",
        "SEN support was offered.",
        "Liam O'Neill came.",
        "Ivy-Mae came, and Rose-Mae did not.",
        "Dr rang; J. and A came.",
    ],
)
def test_it_matches_a_part_only_as_a_capitalised_whole_word(text: str) -> None:
    names = ["Tyler Smith", "Amit Sen", "Sam Neill", "Mae Jones", "Dr J. A Bell"]
    assert found(text, names) == []


@pytest.mark.parametrize(
    "text",
    [
        "Will the plan work? Will it last?",
        "In May the panel met, and May 2024 was busy.",
        "Child A was seen by the Child Protection team.",
        "Grace periods ended. Young people and Early Help staff were told.",
        "Child A is White British and lives in North East Lincolnshire.",
    ],
)
def test_it_allows_a_part_that_is_an_everyday_word(text: str) -> None:
    names = ["Will May", "Grace Child", "Hope Young", "Summer Early", "Dawn White", "Jo North"]
    assert found(text, names) == []


def test_it_reports_an_everyday_word_part_with_a_possessive_or_a_title() -> None:
    text = "Will's brother rang Mrs May and Mr. Child about Grace's visit."
    assert found(text, ["Will May", "Grace Child"]) == [
        ("name", "Will"),
        ("name", "May"),
        ("name", "Child"),
        ("name", "Grace"),
    ]


# --- pseudonyms and agencies -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Child A, Baby B, Mother and Father were seen.",
        "Child A was aged 3; his brother was a 14-year-old.",
        "The police and North East Lincolnshire Council shared information.",
        "Humberside Police made a referral to the Multi-Agency Safeguarding Hub.",
        "Sibling 1 was 6 years old.",
    ],
)
def test_it_allows_pseudonyms_ages_and_agency_names(text: str) -> None:
    assert found(text) == []


# --- offsets, order, overlaps ------------------------------------------------------------------


def test_it_gives_offsets_into_the_text() -> None:
    text = "Seen at 12 Acacia Road, DN31 1HU, on 14 March 2019 by Dr Patel."
    for finding in scan_identifiers(text, ["Dr Patel"]):
        assert text[finding.start : finding.end] == finding.text


def test_it_returns_findings_in_text_order() -> None:
    text = "Dr Patel rang 01472 313131 about 7 Oak Close on 14/03/2019; email jo@example.org."
    starts = [finding.start for finding in scan_identifiers(text, ["Dr Patel"])]
    assert starts == sorted(starts) and len(starts) == 5


def test_it_reports_a_postcode_after_an_address_separately() -> None:
    assert found("12 Acacia Road, DN31 1HU") == [
        ("street_address", "12 Acacia Road"),
        ("postcode", "DN31 1HU"),
    ]


def test_it_reports_a_name_inside_a_practice_name_once_as_the_practice() -> None:
    assert found("She saw Dr Patel's Surgery staff.", ["Dr Patel"]) == [
        ("gp_practice", "Dr Patel's Surgery")
    ]


def test_it_never_reports_overlapping_spans(planted) -> None:
    text, _ = planted
    findings = scan_identifiers(text, PLANTED_NAMES + ["Oakfield", "Acacia", "Smith"])
    for before, after in zip(findings, findings[1:], strict=False):
        assert before.end <= after.start


def test_it_returns_frozen_findings_with_a_plain_english_label() -> None:
    finding = scan_identifiers("DN31 1HU")[0]
    assert finding == IdentifierFinding("postcode", 0, 8, "DN31 1HU")
    assert finding.label == "postcode"
    with pytest.raises(FrozenInstanceError):
        finding.kind = "name"  # type: ignore[misc]


def test_it_has_a_label_for_every_kind() -> None:
    assert {
        "full_date",
        "postcode",
        "phone",
        "email",
        "nhs_number",
        "ni_number",
        "street_address",
        "school",
        "gp_practice",
        "name",
    } == KINDS
    assert all(label and label == label.strip() for label in KIND_LABELS.values())


# --- robustness --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n", None])
def test_it_finds_nothing_in_empty_text(text: str) -> None:
    assert scan_identifiers(text, ["Jordan"]) == []


@pytest.mark.parametrize(
    "noise",
    [
        "😀👨‍👩‍👧 ",
        "مرحبا بالعالم، هذا نص عربي ",
        "שלום עולם זה טקסט בעברית ",
        "\x00\x01\x02\x07\x1b\x7f ",
        "\u202e\u200f\u200b\ufeff ",
        "\ud800 ",
    ],
)
def test_it_still_finds_identifiers_among_unusual_characters(noise: str) -> None:
    text = f"{noise}DN31 1HU {noise}Jordan {noise}"
    assert found(text, ["Jordan"]) == [("postcode", "DN31 1HU"), ("name", "Jordan")]


def test_it_copes_with_one_very_long_line() -> None:
    text = "A" * 200_000 + " 12 Acacia Road " + "7" * 200_000 + " x@" * 50_000
    assert found(text) == [("street_address", "12 Acacia Road")]


def test_it_copes_with_100000_words(planted) -> None:
    text, expected = planted
    copies = 100_000 // len(text.split()) + 1
    big = "\n\n".join([text] * copies)
    findings = scan_identifiers(big, PLANTED_NAMES)
    assert len(big.split()) >= 100_000
    assert len(findings) == copies * len(expected)


# --- the corpus --------------------------------------------------------------------------------


def test_it_uses_a_planted_report_with_at_least_60_identifiers_of_every_kind(planted) -> None:
    _, expected = planted
    per_kind = {kind: sum(1 for e in expected if e[0] == kind) for kind in KINDS}
    assert len(expected) >= 60
    assert min(per_kind.values()) >= 4, per_kind


def test_it_finds_every_planted_identifier_with_its_kind_and_span(planted) -> None:
    text, expected = planted
    got = {(f.kind, f.start, f.end, f.text) for f in scan_identifiers(text, PLANTED_NAMES)}
    missed = [item for item in expected if item not in got]
    assert missed == [], f"recall {1 - len(missed) / len(expected):.0%}; missed {missed}"


# The planted report is also full of allowed look-alikes: month and year, ages, counts,
# percentages, a review reference, a time, paragraph numbers, statutes, agencies and generic
# services. None of them should fire, so the budget is 0: any false alarm is a regression.
PLANTED_FALSE_ALARM_BUDGET = 0


def test_it_raises_no_more_false_alarms_than_budgeted_in_the_planted_report(planted) -> None:
    text, expected = planted
    findings = scan_identifiers(text, PLANTED_NAMES)
    false_alarms = [f for f in findings if (f.kind, f.start, f.end, f.text) not in set(expected)]
    precision = (len(findings) - len(false_alarms)) / len(findings)
    assert len(false_alarms) <= PLANTED_FALSE_ALARM_BUDGET, (
        f"precision {precision:.1%}; false alarms {false_alarms}"
    )


# The clean report is anonymised the way a published review is: pseudonyms, months and years,
# ages, generic services and agency names. Every finding in it is a false alarm, and there are
# none, so the budget is 0.
CLEAN_FALSE_ALARM_BUDGET = 0


def test_it_raises_no_more_false_alarms_than_budgeted_in_the_clean_report(clean) -> None:
    assert len(clean.split()) >= 2000
    false_alarms = scan_identifiers(clean, ["Jordan", "Kayleigh", "Dr Patel"])
    assert len(false_alarms) <= CLEAN_FALSE_ALARM_BUDGET, false_alarms


# Names whose parts are everyday words the clean report capitalises ("Will", "May", "Young",
# "Early", "Grace", "Hope", "Summer", "North", "Head", "Ward", "Court", "Christmas"). None of
# them is used as a name there, so none may be reported.
EVERYDAY_WORD_NAMES = [
    "Tyler Smith",
    "Will Young",
    "May Child",
    "Grace Early",
    "Hope White",
    "Summer North",
    "Court Head",
    "Christmas Ward",
    "Dr Patel",
]


def test_it_raises_no_false_alarms_for_everyday_word_names_in_the_clean_report(clean) -> None:
    assert scan_identifiers(clean, EVERYDAY_WORD_NAMES) == []


def test_it_keeps_its_promises_on_random_text() -> None:
    alphabet = (
        "aZ09 .,;:'’-/@+()\n\t\x00😀ب" + "DN31 1HU 07700 900123 14 March 2019 Oak Road School "
    )
    rng = random.Random(20240101)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
        findings = scan_identifiers(text, ["Oak", "a b"])
        assert all(text[f.start : f.end] == f.text and f.kind in KINDS for f in findings)
        assert all(a.end <= b.start for a, b in zip(findings, findings[1:], strict=False))
