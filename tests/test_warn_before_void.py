"""Warn before voiding (issue 10, item 3): every form that can change the frozen report says,
before saving, which sign-offs, notice and scheduled publication the save would void, and saves
only once that is confirmed; with nothing at stake it saves at once, as before."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from publishing.services import notices, scheduling
from reviews import services
from reviews.models import Action, Agency, Finding, Review

from .factories import make_approved_review, make_ready_review, set_recipient_emails, sign_all
from .public_helpers import at
from .staff_records import database_fingerprint, fingerprint_changes
from .test_action_plan_page import plan_post, plan_url, row
from .test_admin_editing import action_rows, inline

pytestmark = pytest.mark.django_db

SIGNED = at(2026, 11, 30)  # noon in London
SENT = at(2026, 12, 2)
PUBLISH_AT = timezone.make_aware(datetime.datetime(2026, 12, 11, 9, 30))  # 7 working days on
NEW = "A sharper account of what the agencies knew."
SIGN_OFFS = "the 5 QA sign-offs (signed by Amir Approver on 30 November 2026)"
WARNINGS = {
    "approved": f"Saving will void {SIGN_OFFS}. The review goes back to quality assurance: it "
    "must be signed off again.",
    "scheduled": f"Saving will void {SIGN_OFFS}; the pre-publication notice sent on 2 December "
    "2026 to Ofsted, the DfE and the Panel; and the publication scheduled for 11 December 2026 "
    "at 09:30. The review goes back to quality assurance: it must be signed off again and a new "
    "notice sent.",
}


@pytest.fixture
def approved(author, approver):
    approver.first_name, approver.last_name = "Amir", "Approver"
    approver.save()
    with time_machine.travel(SIGNED, tick=False):
        return make_approved_review(author=author, approver=approver)


def send_and_schedule(review: Review, manager) -> Review:
    set_recipient_emails()
    with time_machine.travel(SENT, tick=False):
        notices.notice_send(review=review, by=manager)
        scheduling.publication_schedule(review=review, by=manager, at=PUBLISH_AT, now=SENT)
    review.refresh_from_db()
    return review


@pytest.fixture(params=["approved", "scheduled"])
def state(request, approved, manager) -> tuple[str, Review]:
    if request.param == "scheduled":
        send_and_schedule(approved, manager)
    return request.param, approved


# --- The forms that can void, each with an edit of the frozen text -----------------------------


@dataclass(frozen=True)
class Edit:
    """A POST to one form that changes the frozen report, and how to tell that it was saved."""

    url: str
    data: dict
    typed: str  # a value typed into the form, shown again when the form is
    saved: Callable[[], bool]


def review_post(review: Review, findings: list[dict] | None = None, **changes) -> dict:
    """The review's page posted back as it is, with `changes` and the finding rows given."""
    data = {
        field: getattr(review, field)
        for field in ["reference", "pseudonym", "title", "slug", "summary", "reviewer_name"]
        + ["review_type", "harm", "age_band", "sex", "incident_month", "incident_year"]
        + ["what_happened", "practice_issues", "what_needs_to_change"]
    }
    data |= {"decision_date": review.decision_date.isoformat(), "content_warning": "on"}
    data |= {"themes": [str(pk) for pk in review.themes.values_list("pk", flat=True)]}
    data |= {"agencies": [str(pk) for pk in review.agencies.values_list("pk", flat=True)]}
    data |= changes
    as_they_are = [
        {"id": f.pk, "order": f.order, "title": f.title, "text": f.text}
        for f in review.findings.all()
    ]
    rows = as_they_are if findings is None else findings
    data |= inline("findings", rows, initial=review.findings.count())
    recommendations = [
        {"id": r.pk, "order": r.order, "text": r.text} for r in review.recommendations.all()
    ]
    data |= inline("recommendations", recommendations, initial=len(recommendations))
    return data | inline("protected_names", [])


def review_page(review: Review) -> Edit:
    url = reverse("admin:reviews_review_change", args=[review.pk])
    saved = lambda: Review.objects.get(pk=review.pk).summary == NEW  # noqa: E731
    return Edit(url, review_post(review, summary=NEW), NEW, saved)


def review_page_new_finding(review: Review) -> Edit:
    finding = review.findings.get()
    rows = [
        {"id": finding.pk, "order": 1, "title": finding.title, "text": finding.text},
        {"order": 2, "title": "Nobody asked the child", "text": NEW},
    ]
    url = reverse("admin:reviews_review_change", args=[review.pk])
    saved = lambda: review.findings.filter(text=NEW).exists()  # noqa: E731
    return Edit(url, review_post(review, findings=rows), NEW, saved)


def finding_page(review: Review) -> Edit:
    finding = review.findings.get()
    url = reverse("admin:reviews_finding_change", args=[finding.pk])
    saved = lambda: Finding.objects.get(pk=finding.pk).text == NEW  # noqa: E731
    return Edit(url, {"order": "1", "title": finding.title, "text": NEW}, NEW, saved)


def recommendation_page(review: Review) -> Edit:
    recommendation = review.recommendations.get()
    action = recommendation.actions.get()
    url = reverse("admin:reviews_recommendation_change", args=[recommendation.pk])
    rows = inline("actions", [action_rows(action, description=NEW)], initial=1)
    data = {"order": "1", "text": recommendation.text, **rows}
    saved = lambda: Action.objects.get(pk=action.pk).description == NEW  # noqa: E731
    return Edit(url, data, NEW, saved)


def action_page(review: Review) -> Edit:
    action = Action.objects.get(recommendation__review=review)
    url = reverse("admin:reviews_action_change", args=[action.pk])
    data = {
        "recommendation": action.recommendation_id,
        "agency": action.agency_id,
        "due_date": "2027-01-15",
        "description": action.description,
        "status": action.status,
    }
    due = datetime.date(2027, 1, 15)
    saved = lambda: Action.objects.get(pk=action.pk).due_date == due  # noqa: E731
    return Edit(url, data, "2027-01-15", saved)


def action_add_page(review: Review) -> Edit:
    data = {
        "recommendation": review.recommendations.get().pk,
        "agency": Agency.objects.get(slug="police").pk,
        "due_date": "2027-01-15",
        "description": NEW,
        "status": "planned",
    }
    saved = lambda: Action.objects.filter(description=NEW).exists()  # noqa: E731
    return Edit(reverse("admin:reviews_action_add"), data, NEW, saved)


def action_plan_page(review: Review) -> Edit:
    recommendation = review.recommendations.get()
    data = plan_post({recommendation: [row(recommendation.actions.get(), description=NEW)]})
    saved = lambda: Action.objects.filter(description=NEW).exists()  # noqa: E731
    return Edit(plan_url(review), data, NEW, saved)


FORMS = [
    review_page,
    review_page_new_finding,
    finding_page,
    recommendation_page,
    action_page,
    action_add_page,
    action_plan_page,
]


def confirmed(edit: Edit, warned) -> dict:
    """The same POST with the box ticked, as the warning page offers it."""
    return {**edit.data, warned.context["void_field"]: warned.context["void_token"]}


def assert_nothing_voided(review: Review, name: str) -> None:
    review.refresh_from_db()
    assert review.signoffs.filter(voided_at=None).count() == 5
    if name == "approved":
        assert review.status == Review.Status.QA_APPROVED
        return
    assert (review.status, review.publish_at) == (Review.Status.SCHEDULED, PUBLISH_AT)
    assert notices.live_notice(review) is not None


# --- The tests ----------------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
def test_a_frozen_text_change_is_not_saved_until_confirmed_and_the_page_names_what_is_lost(
    client, author, state, form
):
    name, review = state
    edit = form(review)
    client.force_login(author)
    before = database_fingerprint()

    response = client.post(edit.url, edit.data)

    page = response.content.decode()
    assert response.status_code == 200
    assert response.context["void_warning"] == WARNINGS[name]
    assert WARNINGS[name] in page
    assert 'role="alert"' in page
    assert '<label for="id_confirm_void">Yes, void these and save my changes</label>' in page
    assert edit.typed in page  # nothing typed is lost
    assert not edit.saved()
    assert fingerprint_changes(before, database_fingerprint()) == []  # nothing at all is saved
    assert_nothing_voided(review, name)


@pytest.mark.parametrize("form", FORMS)
def test_confirmed_the_change_is_saved_and_voids_as_before(client, author, state, form):
    name, review = state
    edit = form(review)
    client.force_login(author)
    warned = client.post(edit.url, edit.data)

    response = client.post(edit.url, confirmed(edit, warned))

    assert response.status_code == 302
    assert edit.saved()
    review.refresh_from_db()
    assert review.status == Review.Status.IN_QA
    assert not review.signoffs.filter(voided_at=None).exists()
    assert review.publish_at is None
    assert notices.live_notice(review) is None
    assert review.notices.count() == (1 if name == "scheduled" else 0)  # void, kept


@pytest.mark.parametrize("form", FORMS)
def test_a_draft_saves_at_once_with_no_warning(client, author, form):
    review = make_ready_review(author=author)
    edit = form(review)
    client.force_login(author)

    response = client.post(edit.url, edit.data)

    assert response.status_code == 302
    assert edit.saved()


def test_a_change_outside_the_frozen_text_saves_with_no_warning(client, author, approved, manager):
    # the private names are never published: the only part of the review's page outside it
    review = send_and_schedule(approved, manager)
    client.force_login(author)
    data = review_post(review) | inline("protected_names", [{"name": "Jordan Smith"}])

    response = client.post(reverse("admin:reviews_review_change", args=[review.pk]), data)

    assert response.status_code == 302
    assert list(review.protected_names.values_list("name", flat=True)) == ["Jordan Smith"]
    assert_nothing_voided(review, "scheduled")


def test_progress_on_the_plan_of_a_review_in_qa_saves_with_no_warning(client, author, approver):
    review = make_ready_review(author=author)
    services.review_submit(review=review, by=author)
    sign_all(review, approver, skip=("c", "d", "e"))
    recommendation = review.recommendations.get()
    action = recommendation.actions.get()
    client.force_login(author)
    data = plan_post({recommendation: [row(action, status="in_progress")]})

    response = client.post(plan_url(review), data)

    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == Action.Status.IN_PROGRESS
    assert review.signoffs.filter(voided_at=None).count() == 2


def test_in_qa_it_names_the_sign_offs_a_change_voids(client, author, approver):
    approver.first_name, approver.last_name = "Amir", "Approver"
    approver.save()
    review = make_ready_review(author=author)
    services.review_submit(review=review, by=author)
    with time_machine.travel(SIGNED, tick=False):
        sign_all(review, approver, skip=("c", "d", "e"))
    edit = finding_page(review)
    client.force_login(author)

    response = client.post(edit.url, edit.data)

    assert response.context["void_warning"] == (
        "Saving will void the 2 QA sign-offs (signed by Amir Approver on 30 November 2026). "
        "They must be signed again."
    )
    assert not edit.saved()


def test_a_confirmation_given_for_less_than_is_now_at_stake_asks_again(
    client, author, approved, manager
):
    edit = finding_page(approved)
    client.force_login(author)
    warned = client.post(edit.url, edit.data)  # sign-offs only
    send_and_schedule(approved, manager)  # meanwhile: a notice and a publication date

    response = client.post(edit.url, confirmed(edit, warned))

    assert response.status_code == 200
    assert response.context["void_warning"] == WARNINGS["scheduled"]
    assert not edit.saved()
    assert_nothing_voided(approved, "scheduled")
