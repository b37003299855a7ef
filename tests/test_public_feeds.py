"""Follow and reuse: the Atom feed, CSV and JSON exports, and the sitemap."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.urls import reverse

from .public_helpers import at, make_public_review

pytestmark = pytest.mark.django_db

PUBLIC_FIELDS = {
    "reference", "title", "url", "pseudonym", "review_type", "harm", "age_band", "sex",
    "incident_year", "incident_month", "published_on", "publication", "themes", "agencies",
    "reviewer", "summary", "actions_completed", "actions_total",
}  # fmt: skip


def test_the_feed_lists_new_reports_newest_first(client, author):
    make_public_review(author=author, title="Older report", published=at(2025, 1, 1))
    make_public_review(author=author, title="Newer report", published=at(2026, 5, 1))

    response = client.get(reverse("publishing:feed"))

    body = response.content.decode()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert body.index("Newer report") < body.index("Older report")


def test_the_json_has_exactly_the_public_metadata(client, author):
    make_public_review(author=author, title="A report", themes=["neglect"])

    data = json.loads(client.get(reverse("publishing:reviews_json")).getvalue())

    assert data["count"] == 1
    (row,) = data["reviews"]
    assert set(row) == PUBLIC_FIELDS
    assert row["themes"] == ["Neglect"] and row["actions_total"] == 1
    assert row["url"].endswith(f"/reviews/{row['reference'].lower()}/")


def test_the_csv_has_the_same_rows_and_defuses_formulas(client, author):
    make_public_review(author=author, title="=HYPERLINK(1)", themes=["neglect", "under-ones"])

    response = client.get(reverse("publishing:reviews_csv"))

    rows = list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert set(rows[0]) == PUBLIC_FIELDS
    assert rows[0]["title"] == "'=HYPERLINK(1)"
    assert rows[0]["themes"] == "Neglect; Under-ones"


def test_the_sitemap_lists_public_reports(client, author):
    review = make_public_review(author=author)

    body = client.get(reverse("publishing:sitemap")).content.decode()

    assert f"/reviews/{review.slug}/</loc>" in body
