"""Staff record a review, its findings, recommendations and action plan in the admin."""

import datetime

import pytest
from django.urls import reverse

from reviews.models import Action, Agency, Review, Theme

from .factories import TODAY, make_action, make_recommendation, make_review

pytestmark = pytest.mark.django_db


def inline(prefix: str, rows: list[dict], initial: int = 0) -> dict:
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        data.update({f"{prefix}-{index}-{key}": value for key, value in row.items()})
    return data


def review_form(**overrides) -> dict:
    data = {
        "reference": "NEL-2026-07",
        "pseudonym": "Child G",
        "title": "Child G: the voice of the child",
        "slug": "child-g",
        "review_type": "local",
        "harm": "serious_harm",
        "age_band": "5_to_9",
        "sex": "female",
        "incident_month": "4",
        "incident_year": "2026",
        "decision_date": "2026-06-01",
        "themes": [str(Theme.objects.get(slug="neglect").pk)],
        "agencies": [str(Agency.objects.get(slug="police").pk)],
        "summary": "Child G was not seen on her own.",
        "what_happened": "Child G lived with Mother.",
        "practice_issues": "Nobody spoke with Child G alone.",
        "what_needs_to_change": "See children alone.",
        "content_warning": "on",
    }
    data.update(overrides)
    data.update(inline("findings", [{"order": "1", "title": "Voice", "text": "Not heard."}]))
    data.update(inline("recommendations", [{"order": "1", "text": "Hear children."}]))
    data.update(inline("protected_names", [{"name": "Georgia Smith"}]))
    return data


def test_staff_record_a_review_with_findings_and_recommendations(client, author):
    client.force_login(author)

    response = client.post(reverse("admin:reviews_review_add"), review_form())

    assert response.status_code == 302, response.context["adminform"].form.errors
    review = Review.objects.get(reference="NEL-2026-07")
    assert review.author == author
    assert review.status == Review.Status.DRAFT
    assert review.findings.get().title == "Voice"
    assert review.recommendations.get().text == "Hear children."
    assert list(review.themes.values_list("slug", flat=True)) == ["neglect"]
    assert list(review.protected_names.values_list("name", flat=True)) == ["Georgia Smith"]
    assert {row.history_user for row in review.history.all()} == {author}
    assert review.findings.get().history.get().history_user == author


def test_a_bad_date_is_a_form_error_naming_the_field_and_nothing_is_saved(client, author):
    client.force_login(author)

    response = client.post(
        reverse("admin:reviews_review_add"), review_form(decision_date="31/02/2026")
    )

    assert response.status_code == 200
    assert "decision_date" in response.context["adminform"].form.errors
    assert not Review.objects.filter(reference="NEL-2026-07").exists()


def test_a_duplicate_reference_is_a_form_error(client, author):
    make_review(author=author, reference="NEL-2026-07")
    client.force_login(author)

    response = client.post(reverse("admin:reviews_review_add"), review_form())

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["reference"] == ["Another review already has this reference."]
    assert Review.objects.filter(reference="NEL-2026-07").count() == 1


def action_rows(action: Action, **overrides) -> dict:
    row = {
        "id": str(action.pk),
        "recommendation": str(action.recommendation_id),
        "agency": str(action.agency_id),
        "description": action.description,
        "due_date": action.due_date.isoformat(),
        "status": action.status,
        "completed_on": "",
        "impact": "",
        "evidence": "",
    }
    row.update(overrides)
    return row


def test_completing_an_action_without_impact_is_refused_and_nothing_changes(client, author):
    recommendation = make_recommendation(make_review(author=author))
    action = make_action(recommendation)
    client.force_login(author)
    data = {"order": "1", "text": recommendation.text}
    data.update(
        inline(
            "actions",
            [action_rows(action, status="completed", completed_on=TODAY.isoformat())],
            initial=1,
        )
    )

    response = client.post(
        reverse("admin:reviews_recommendation_change", args=[recommendation.pk]), data
    )

    assert response.status_code == 200
    errors = response.context["inline_admin_formsets"][0].formset.errors[0]
    assert "impact statement" in errors["impact"][0]
    action.refresh_from_db()
    assert action.status == Action.Status.PLANNED
    assert action.history.count() == 1


def test_completing_an_action_with_impact_is_saved_with_history(client, author):
    recommendation = make_recommendation(make_review(author=author))
    action = make_action(recommendation)
    client.force_login(author)
    row = action_rows(
        action,
        status="completed",
        completed_on=TODAY.isoformat(),
        impact="A re-audit found every referral recorded the child's view.",
    )
    data = {"order": "1", "text": recommendation.text, **inline("actions", [row], initial=1)}

    response = client.post(
        reverse("admin:reviews_recommendation_change", args=[recommendation.pk]), data
    )

    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == Action.Status.COMPLETED
    latest = action.history.first()
    assert latest.history_user == author
    changed = {change.field for change in latest.diff_against(latest.prev_record).changes}
    assert changed == {"status", "completed_on", "impact"}


def test_the_history_page_shows_who_changed_what(client, author, auditor):
    review = make_review(author=author, title="First title")
    review.title, review._history_user = "Second title", author
    review.save()
    client.force_login(auditor)

    response = client.get(reverse("admin:reviews_review_history", args=[review.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert "First title" in page and "Second title" in page
    assert "author" in page
    assert "Revert" not in page


def test_the_review_list_shows_action_plan_progress(client, author):
    recommendation = make_recommendation(make_review(author=author))
    make_action(recommendation, due_date=datetime.date(2020, 1, 1))
    make_action(
        recommendation,
        status="completed",
        completed_on=datetime.date(2026, 1, 5),
        impact="Training delivered to 80 staff; audit shows better recording.",
    )
    client.force_login(author)

    response = client.get(reverse("admin:reviews_review_changelist"))

    assert "1 of 2 completed" in response.content.decode()
    assert "(1 overdue)" in response.content.decode()


def test_the_review_list_runs_a_fixed_number_of_queries(client, author, django_assert_num_queries):
    for _ in range(5):
        recommendation = make_recommendation(make_review(author=author))
        make_action(recommendation)
    client.force_login(author)
    url = reverse("admin:reviews_review_changelist")
    client.get(url)  # warm the content-type and permission caches

    # 1 session, 2 user, 3 the session's second-factor device, 4-5 the user's direct and group
    # permissions, 6 themes for the filter, 7 years for the filter, 8-9 counts (filtered and
    # total), 10 the page of reviews with their action-plan progress annotated, 11-13 the
    # session saved again (SESSION_SAVE_EVERY_REQUEST: the idle timeout); nothing per row
    with django_assert_num_queries(13):
        response = client.get(url)
    assert response.status_code == 200
