"""Warn before voiding, on the delete pages: deleting a finding, recommendation or action of a
signed-off review changes its frozen text, so the page names what the deletion would void (in
the change form's words), deletes nothing until that is confirmed, and then voids it. A draft's
parts delete at once, as before; the lists offer no "Delete selected", which could not ask."""

from __future__ import annotations

import pytest
import time_machine
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from publishing.services import notices
from reviews.admin.voiding import UNDELETED, confirmation_token
from reviews.models import Action, Review

from .factories import make_approved_review, make_ready_review
from .staff_records import database_fingerprint, fingerprint_changes
from .test_warn_before_void import (
    SIGNED,
    WARNINGS,
    assert_nothing_voided,
    send_and_schedule,
)

pytestmark = pytest.mark.django_db

PARTS = ["finding", "recommendation", "action"]


def deleting(warning: str) -> str:
    """The change form's warning as the delete page words it."""
    assert warning.startswith("Saving will void ")
    return "Deleting it will void " + warning.removeprefix("Saving will void ")


LABEL = '<label for="id_confirm_void">Yes, void these and delete it</label>'
VOIDED = {
    "approved": "its sign-offs were voided and it is back in quality assurance",
    "scheduled": "the notice is void and the review is back in quality assurance",
}


@pytest.fixture
def approved(author, approver):
    approver.first_name, approver.last_name = "Amir", "Approver"
    approver.save()
    with time_machine.travel(SIGNED, tick=False):
        return make_approved_review(author=author, approver=approver)


@pytest.fixture(params=["approved", "scheduled"])
def state(request, approved, manager) -> tuple[str, Review]:
    if request.param == "scheduled":
        send_and_schedule(approved, manager)
    return request.param, approved


def part_of(review: Review, name: str):
    """The review's one finding, recommendation or action."""
    if name == "action":
        return Action.objects.get(recommendation__review=review)
    return getattr(review, f"{name}s").get()


def delete_url(part) -> str:
    return reverse(f"admin:reviews_{part._meta.model_name}_delete", args=[part.pk])


def exists(part) -> bool:
    return type(part).objects.filter(pk=part.pk).exists()


def box_in_form(page: str) -> bool:
    """True when the box that confirms is inside the form that deletes, so it is posted."""
    form = page.index('<form method="post"')
    return form < page.index('name="confirm_void"') < page.index("</form>", form)


# --- The tests ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PARTS)
def test_the_delete_page_names_what_deleting_would_void_and_changes_nothing(
    client, author, state, name
):
    status, review = state
    part = part_of(review, name)
    client.force_login(author)
    before = database_fingerprint()

    response = client.get(delete_url(part))

    page = response.content.decode()
    assert response.status_code == 200
    assert response.context["void_warning"] == deleting(WARNINGS[status])
    assert deleting(WARNINGS[status]) in page
    assert LABEL in page
    assert box_in_form(page)
    assert response.context["void_token"] == confirmation_token(WARNINGS[status])
    assert fingerprint_changes(before, database_fingerprint()) == []  # the preview rolled back
    assert exists(part)
    assert_nothing_voided(review, status)


@pytest.mark.parametrize("name", PARTS)
def test_a_deletion_not_confirmed_deletes_nothing_and_asks_again(client, author, state, name):
    status, review = state
    part = part_of(review, name)
    client.force_login(author)
    before = database_fingerprint()

    response = client.post(delete_url(part), {"post": "yes"})

    page = response.content.decode()
    assert response.status_code == 200
    assert response.context["void_warning"] == deleting(WARNINGS[status])
    assert UNDELETED in page
    assert LABEL in page
    assert box_in_form(page)
    assert exists(part)
    assert fingerprint_changes(before, database_fingerprint()) == []  # no row, no log entry
    assert_nothing_voided(review, status)


@pytest.mark.parametrize("name", PARTS)
def test_a_confirmed_deletion_deletes_and_voids_what_was_named(client, author, state, name):
    status, review = state
    part = part_of(review, name)
    client.force_login(author)
    data = {"post": "yes", "confirm_void": confirmation_token(WARNINGS[status])}

    response = client.post(delete_url(part), data, follow=True)

    assert response.redirect_chain[0][1] == 302
    assert not exists(part)
    messages = [str(message) for message in response.context["messages"]]
    assert any(VOIDED[status] in message for message in messages)
    review.refresh_from_db()
    assert review.status == Review.Status.IN_QA
    assert not review.signoffs.filter(voided_at=None).exists()
    assert review.publish_at is None
    assert notices.live_notice(review) is None
    assert review.notices.count() == (1 if status == "scheduled" else 0)  # void, kept


def test_a_confirmation_given_for_less_than_is_now_at_stake_asks_again(
    client, author, approved, manager
):
    finding = part_of(approved, "finding")
    client.force_login(author)
    warned = client.get(delete_url(finding))  # sign-offs only
    send_and_schedule(approved, manager)  # meanwhile: a notice and a publication date
    data = {"post": "yes", "confirm_void": warned.context["void_token"]}

    response = client.post(delete_url(finding), data)

    assert response.status_code == 200
    assert response.context["void_warning"] == deleting(WARNINGS["scheduled"])
    assert exists(finding)
    assert_nothing_voided(approved, "scheduled")


@pytest.mark.parametrize("name", PARTS)
def test_a_drafts_part_deletes_at_once_with_no_warning(client, author, name):
    review = make_ready_review(author=author)
    part = part_of(review, name)
    client.force_login(author)

    page = client.get(delete_url(part))
    response = client.post(delete_url(part), {"post": "yes"})

    assert page.status_code == 200
    assert page.context.get("void_warning") is None
    assert "confirm_void" not in page.content.decode()
    assert response.status_code == 302
    assert not exists(part)
    assert review.status == Review.Status.DRAFT


@pytest.mark.parametrize("name", PARTS)
def test_the_lists_offer_no_delete_selected_and_refuse_it(client, author, approved, name):
    draft = make_ready_review(author=author)
    parts = [part_of(approved, name), part_of(draft, name)]
    url = reverse(f"admin:reviews_{name}_changelist")
    client.force_login(author)

    listed = client.get(url)
    selected = {"action": "delete_selected", ACTION_CHECKBOX_NAME: [p.pk for p in parts]}
    asked = client.post(url, selected)
    posted = client.post(url, {**selected, "post": "yes"})

    assert listed.status_code == 200
    assert listed.context["action_form"] is None  # no action at all, so no "Delete selected"
    assert "delete_selected" not in listed.content.decode()
    assert (asked.status_code, posted.status_code) == (403, 403)
    assert all(exists(part) for part in parts)
    assert_nothing_voided(approved, "approved")
