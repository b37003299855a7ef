"""The review record: unique references in a set shape, sections in reading order, history."""

import pytest
from django.core.exceptions import ValidationError

from reviews.models import Review

from .factories import make_review

pytestmark = pytest.mark.django_db


def test_it_refuses_a_duplicate_reference_with_a_message(author):
    make_review(author=author, reference="NEL-2026-01")
    review = Review(
        reference="NEL-2026-01",
        pseudonym="Child Z",
        title="Another review",
        slug="another",
        harm=Review.Harm.DEATH,
        age_band=Review.AgeBand.UNDER_1,
        incident_month=1,
        incident_year=2026,
        decision_date="2026-02-01",
        author=author,
    )

    with pytest.raises(ValidationError) as error:
        review.full_clean()

    assert error.value.message_dict["reference"] == ["Another review already has this reference."]
    assert Review.objects.filter(reference="NEL-2026-01").count() == 1


@pytest.mark.parametrize("reference", ["nel-2026-01", "NEL 2026 01", "NEL", "NEL-2026-01; DROP"])
def test_it_refuses_a_reference_in_the_wrong_shape(author, reference):
    review = make_review(author=author)
    review.reference = reference

    with pytest.raises(ValidationError) as error:
        review.full_clean()

    assert "for example NEL-2026-01" in error.value.message_dict["reference"][0]


def test_it_lists_the_report_sections_in_reading_order(author):
    review = make_review(author=author)

    assert [section.heading for section in review.sections()] == [
        "What happened",
        "Practice issues and analysis",
        "What needs to change",
    ]


def test_it_starts_every_review_as_a_draft(author):
    assert make_review(author=author).status == Review.Status.DRAFT


def test_its_status_is_not_editable_by_forms():
    assert Review._meta.get_field("status").editable is False


def test_it_records_the_acting_user_in_history(author):
    review = make_review(author=author)
    review.title = "A clearer title"
    review._history_user = author
    review.save()

    latest = review.history.first()
    assert latest.history_user == author
    assert latest.history_type == "~"
    delta = latest.diff_against(latest.prev_record)
    assert [change.field for change in delta.changes] == ["title"]
