"""A review's action plan on one page: every recommendation with its actions, added and edited
in place and saved at once, under the same rules as each recommendation's own page."""

from __future__ import annotations

import datetime
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone

from publishing.models import Notice
from publishing.services import notices
from reviews.models import Action, Agency, Review

from .factories import (
    TODAY,
    make_action,
    make_approved_review,
    make_recommendation,
    make_review,
    set_recipient_emails,
)

pytestmark = pytest.mark.django_db


def plan_url(review: Review) -> str:
    return reverse("admin:reviews_review_action_plan", args=[review.pk])


def row(action: Action | None = None, **fields) -> dict:
    """One action's form values: the action as it is, or a new one, with `fields` changed."""
    values = {
        "id": str(action.pk) if action else "",
        "agency": str(action.agency_id if action else Agency.objects.get(slug="police").pk),
        "description": action.description if action else "",
        "due_date": (action.due_date if action else TODAY).isoformat(),
        "status": action.status if action else "planned",
        "completed_on": "",
        "impact": "",
        "evidence": "",
    }
    values.update(fields)
    return values


def blank() -> dict:
    """A blank row left as the page shows it."""
    return {"id": "", "agency": "", "description": "", "due_date": "", "status": "planned"}


def plan_post(plans: dict, **buttons) -> dict:
    """The POST of the page: `plans` maps each recommendation to its rows (existing first)."""
    data = {"_save": "Save", **buttons}
    for recommendation, rows in plans.items():
        prefix = f"rec-{recommendation.pk}"
        existing = recommendation.actions.count()
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": str(len(rows)),
                f"{prefix}-INITIAL_FORMS": str(existing),
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
        for index, values in enumerate(rows):
            data.update({f"{prefix}-{index}-{key}": value for key, value in values.items()})
    return data


@pytest.fixture
def review(author):
    review = make_review(author=author)
    first = make_recommendation(review, order=1)
    make_action(first, description="Audit referrals.")
    make_recommendation(review, order=2, text="Train the front door on what to ask.")
    return review


class Inputs(HTMLParser):
    """Every form control of a page, and the ids its <label for> elements name."""

    def __init__(self):
        super().__init__()
        self.controls: list[dict] = []
        self.labelled: set[str] = set()
        self.in_template = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "template":
            self.in_template += 1
        elif tag == "label" and attrs.get("for"):
            self.labelled.add(attrs["for"])
        elif tag in ("input", "select", "textarea") and not self.in_template:
            self.controls.append({"tag": tag, **attrs})

    def handle_endtag(self, tag):
        if tag == "template":
            self.in_template -= 1


def controls(page: str) -> Inputs:
    parser = Inputs()
    parser.feed(page)
    return parser


def test_it_lists_every_recommendation_with_its_actions_and_blank_rows(client, author, review):
    client.force_login(author)

    response = client.get(plan_url(review))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Recommendation 1" in page and "Recommendation 2" in page
    first, second = review.recommendations.all()
    assert "Audit referrals." in page
    found = controls(page)
    names = {control.get("name") for control in found.controls}
    assert f"rec-{first.pk}-0-description" in names  # the existing action
    assert f"rec-{first.pk}-1-description" in names  # one blank row after it
    assert {f"rec-{second.pk}-0-agency", f"rec-{second.pk}-1-agency"} <= names  # two: none yet
    assert 'value="Save"' in page and 'value="Save and return to the review"' in page


def test_every_input_has_a_label(client, author, review):
    client.force_login(author)

    found = controls(client.get(plan_url(review)).content.decode())

    visible = [
        c for c in found.controls if c.get("type") not in ("hidden", "submit") and "name" in c
    ]
    assert len(visible) > 10
    assert [c["name"] for c in visible if c.get("id") not in found.labelled] == []


def test_staff_add_and_edit_the_actions_of_two_recommendations_in_one_save(client, author, review):
    first, second = review.recommendations.all()
    existing = first.actions.get()
    client.force_login(author)
    data = plan_post(
        {
            first: [row(existing, description="Audit every referral."), blank()],
            second: [
                row(description="Train the front door.", due_date="2027-01-31"),
                row(description="Re-audit the calls.", agency=str(Agency.objects.last().pk)),
            ],
        }
    )

    response = client.post(plan_url(review), data)

    assert response.status_code == 302
    assert response.url == plan_url(review)
    existing.refresh_from_db()
    assert existing.description == "Audit every referral."
    assert list(second.actions.order_by("pk").values_list("description", flat=True)) == [
        "Train the front door.",
        "Re-audit the calls.",
    ]
    assert first.actions.count() == 1  # the blank row left blank adds nothing
    for action in Action.objects.filter(recommendation__review=review):
        assert action.history.first().history_user == author
    assert existing.history.count() == 2


def test_save_and_return_goes_back_to_the_review(client, author, review):
    first, second = review.recommendations.all()
    client.force_login(author)
    data = plan_post({first: [row(first.actions.get())], second: []}, _return="Save and return")

    response = client.post(plan_url(review), data)

    assert response.status_code == 302
    assert response.url == reverse("admin:reviews_review_change", args=[review.pk])


def test_an_error_is_shown_at_its_field_and_nothing_typed_is_lost_nor_saved(client, author, review):
    first, second = review.recommendations.all()
    client.force_login(author)
    data = plan_post(
        {
            first: [row(first.actions.get(), status="completed", completed_on="2026-11-01")],
            second: [row(description="Typed and kept on the page.")],
        }
    )

    response = client.post(plan_url(review), data)

    page = response.content.decode()
    assert response.status_code == 200
    assert "Please correct the errors below" in page
    errors = response.context["plans"][0].formset.errors[0]
    assert "impact statement" in errors["impact"][0]
    assert "Typed and kept on the page." in page
    assert 'value="2026-11-01"' in page
    assert second.actions.count() == 0  # nothing is saved while any row is wrong
    assert first.actions.get().status == Action.Status.PLANNED


def test_an_action_is_deleted_with_its_box_ticked(client, author, review):
    first, second = review.recommendations.all()
    action = first.actions.get()
    client.force_login(author)

    client.post(plan_url(review), plan_post({first: [row(action, DELETE="on")], second: []}))

    assert not Action.objects.filter(pk=action.pk).exists()


@pytest.fixture
def published(author):
    review = make_review(author=author, status=Review.Status.PUBLISHED, published_at=timezone.now())
    make_action(make_recommendation(review))
    return review


def test_once_published_nothing_moves_on_the_plan_and_progress_links_to_its_updates(
    client, author, published
):
    recommendation = published.recommendations.get()
    action = recommendation.actions.get()
    client.force_login(author)
    rows = [
        row(
            action,
            description="Rewritten after publication.",
            status="completed",
            completed_on="2026-11-20",
            impact="Every referral now names the child.",
            DELETE="on",
        ),
        row(description="Sneaked in after publication."),
    ]

    page = client.get(plan_url(published)).content.decode()
    response = client.post(plan_url(published), plan_post({recommendation: rows}))

    assert f'name="rec-{recommendation.pk}-0-description"' not in page
    assert "DELETE" not in page
    assert "Audit referrals for information sharing." in page  # shown, read-only
    assert f'name="rec-{recommendation.pk}-0-impact"' not in page  # progress too
    assert reverse("admin:reviews_action_progress", args=[action.pk]) in page
    assert "Submit a progress update" in page
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == Action.Status.PLANNED  # progress moves by approved updates only
    assert action.description == "Audit referrals for information sharing."
    assert recommendation.actions.count() == 1
    published.refresh_from_db()
    assert published.status == Review.Status.PUBLISHED


@pytest.mark.parametrize("role", ["approver", "manager", "auditor"])
def test_roles_that_may_not_change_actions_read_it_and_a_post_is_refused(
    client, request, review, role
):
    client.force_login(request.getfixturevalue(role))
    first, second = review.recommendations.all()
    action = first.actions.get()

    page = client.get(plan_url(review))
    post = client.post(plan_url(review), plan_post({first: [row(action, description="No.")]}))

    assert page.status_code == 200
    assert "Audit referrals." in page.content.decode()
    assert not [c for c in controls(page.content.decode()).controls if "rec-" in c.get("name", "")]
    assert post.status_code == 403
    action.refresh_from_db()
    assert action.description == "Audit referrals."


def test_an_outsider_and_anonymous_are_refused(client, outsider, review):
    assert client.get(plan_url(review)).status_code == 302  # to the login page
    client.force_login(outsider)
    assert client.get(plan_url(review)).status_code == 403


def test_a_change_after_the_notice_voids_it_and_returns_the_review_to_qa(
    client, author, approver, manager
):
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    notice = notices.notice_send(review=review, by=manager)
    recommendation = review.recommendations.get()
    action = recommendation.actions.get()
    client.force_login(author)
    data = plan_post({recommendation: [row(action, description="A changed action.")]})
    warned = client.post(plan_url(review), data)  # asks first (tests/test_warn_before_void.py)
    data[warned.context["void_field"]] = warned.context["void_token"]

    response = client.post(plan_url(review), data, follow=True)

    review.refresh_from_db()
    notice.refresh_from_db()
    assert review.status == Review.Status.IN_QA
    assert notice.voided_at is not None
    assert Notice.objects.filter(review=review).count() == 1
    assert "notice is void" in response.content.decode()


def test_a_change_after_qa_approval_voids_the_sign_offs(client, author, approver):
    review = make_approved_review(author=author, approver=approver)
    recommendation = review.recommendations.get()
    action = recommendation.actions.get()
    client.force_login(author)
    data = plan_post({recommendation: [row(action, description="New.")]})
    warned = client.post(plan_url(review), data)  # asks first (tests/test_warn_before_void.py)

    client.post(plan_url(review), {**data, "confirm_void": warned.context["void_token"]})

    review.refresh_from_db()
    assert review.status == Review.Status.IN_QA
    assert not review.signoffs.filter(voided_at=None).exists()


def test_the_review_page_and_list_link_to_it(client, author, review):
    client.force_login(author)

    change = client.get(reverse("admin:reviews_review_change", args=[review.pk]))
    listing = client.get(reverse("admin:reviews_review_changelist"))

    assert f'href="{plan_url(review)}"' in change.content.decode()
    first = review.recommendations.first()
    assert f'href="{plan_url(review)}#recommendation-{first.pk}"' in change.content.decode()
    assert f'href="{plan_url(review)}"' in listing.content.decode()


def test_the_old_page_of_a_recommendation_still_edits_its_actions(client, author, review):
    first = review.recommendations.first()
    client.force_login(author)

    response = client.get(reverse("admin:reviews_recommendation_change", args=[first.pk]))

    assert response.status_code == 200
    assert 'name="actions-0-description"' in response.content.decode()


def test_the_dashboard_links_overdue_actions_to_the_plan_that_marks_them(client, manager, review):
    first = review.recommendations.first()
    make_action(first, description="Late action.", due_date=datetime.date(2020, 1, 1))
    client.force_login(manager)

    dashboard = client.get(reverse("dashboard")).content.decode()
    plan = client.get(plan_url(review)).content.decode()

    overdue = dashboard.split("Overdue actions")[1].split("<h2>")[0]
    assert f'href="{plan_url(review)}"' in overdue
    assert "1 overdue" in plan
    late = plan.split("Late action.")[0].rsplit("<h3>", 1)[1]
    assert "(overdue)" in late


def test_a_hostile_post_is_a_page_with_errors_never_a_server_error(client, author, review):
    first, second = review.recommendations.all()
    client.force_login(author)
    data = plan_post({first: [row(first.actions.get(), id="99999999999999999999")]})
    data[f"rec-{second.pk}-TOTAL_FORMS"] = "x"

    response = client.post(plan_url(review), data)

    assert response.status_code == 200
    assert first.actions.get().description == "Audit referrals."
