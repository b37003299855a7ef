"""The living action plan: progress moves on without voiding the frozen report, and reaches the
public only when a second person approves it (issue 10, items 1 and 2)."""

from __future__ import annotations

import datetime
import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from publishing.models import Delivery, StalePdf
from publishing.services import notices, scheduling
from reviews import roles, services
from reviews.models import Action, ProgressUpdate, Review, SignOff

from .factories import deliver_notice, make_approved_review, make_user, set_recipient_emails
from .public_helpers import fresh_cache, make_public_review  # noqa: F401
from .test_action_plan_page import plan_post, plan_url, row

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

SENT = timezone.make_aware(datetime.datetime(2026, 11, 27, 10, 0))  # a Friday
PUBLISH_AT = timezone.make_aware(datetime.datetime(2026, 12, 11, 9, 30))
DONE = datetime.date(2026, 11, 20)
IMPACT = "A re-audit in November found every referral named the child."


def submit(action, by, **fields) -> ProgressUpdate:
    values = dict(status="completed", completed_on=DONE, impact=IMPACT, more_to_do="")
    values.update(fields)
    return services.progress_submit(action=action, by=by, **values)


def first_action(review: Review) -> Action:
    return Action.objects.get(recommendation__review=review)


@pytest.fixture
def scheduled(author, approver, manager):
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    notices.notice_send(review=review, by=manager)
    deliver_notice(review, now=SENT)
    Delivery.objects.update(sent_at=SENT)
    scheduling.publication_schedule(review=review, by=manager, at=PUBLISH_AT, now=SENT)
    review.refresh_from_db()
    return review


@pytest.fixture
def published(author):
    return make_public_review(author=author)


# --- Two kinds of text -------------------------------------------------------------------------


def test_the_frozen_reports_hash_is_unchanged_by_an_update_and_its_approval(
    scheduled, author, approver
):
    before = services.current_version(scheduled)[2]
    update = submit(first_action(scheduled), author, more_to_do="Audit again in spring.")
    assert services.current_version(scheduled)[2] == before

    services.progress_approve(update=update, by=approver)

    assert first_action(scheduled).impact == IMPACT
    assert services.current_version(scheduled)[2] == before
    assert services.signoff_is_valid(scheduled)


def test_an_update_on_a_scheduled_review_voids_nothing_and_moves_nothing(
    scheduled, author, approver
):
    notice = notices.live_notice(scheduled)
    update = submit(first_action(scheduled), author)
    services.progress_approve(update=update, by=approver)
    # the edit as any page makes it: the check that voids what a text change makes stale
    assert services.review_text_changed(review=scheduled, by=approver) is None

    scheduled.refresh_from_db()
    assert (scheduled.status, scheduled.publish_at) == (Review.Status.SCHEDULED, PUBLISH_AT)
    assert notices.live_notice(scheduled) == notice
    assert not SignOff.objects.filter(review=scheduled, voided_at__isnull=False).exists()
    assert scheduling.publication_problems(scheduled, on=PUBLISH_AT.date()) == []


def test_progress_before_qa_approval_is_recorded_on_the_plan_not_by_update(author):
    from .factories import make_ready_review

    draft = make_ready_review(author=author)

    with pytest.raises(services.TransitionError, match="not yet QA approved"):
        submit(first_action(draft), author)
    assert not ProgressUpdate.objects.exists()


def test_it_refuses_a_completed_update_without_impact_or_date(published, author):
    action = first_action(published)

    with pytest.raises(services.TransitionError, match="impact statement"):
        submit(action, author, impact="  ")
    with pytest.raises(services.TransitionError, match="date the action was completed"):
        submit(action, author, completed_on=None)
    assert not ProgressUpdate.objects.exists()


# --- Checked before the public sees it ---------------------------------------------------------


def report(client, review) -> str:
    return client.get(reverse("publishing:review", args=[review.slug])).content.decode()


def completed_in_json(client, review) -> int:
    response = client.get(reverse("publishing:reviews_json"))
    body = b"".join(response.streaming_content) if response.streaming else response.content
    rows = json.loads(body)["reviews"]
    return next(row["actions_completed"] for row in rows if row["reference"] == review.reference)


def test_an_update_is_invisible_to_the_public_until_approved_and_visible_after(
    client, published, author, approver
):
    update = submit(first_action(published), author, more_to_do="A second audit in spring.")

    page = report(client, published)
    assert IMPACT not in page and "A second audit in spring." not in page
    assert "0 of 1 action completed" in page
    assert "Action plan last updated" not in page
    assert completed_in_json(client, published) == 0

    services.progress_approve(update=update, by=approver, today=datetime.date(2026, 11, 30))

    page = report(client, published)
    assert IMPACT in page and "A second audit in spring." in page
    assert "1 of 1 action completed" in page
    assert "Action plan last updated on 30 November 2026" in page
    assert completed_in_json(client, published) == 1


def test_the_cached_report_shows_an_approval_at_once_and_a_submission_never(
    client, settings, published, author, approver, django_capture_on_commit_callbacks
):
    settings.PUBLIC_CACHE_SECONDS = 300
    url = reverse("publishing:review", args=[published.slug])
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        update = submit(first_action(published), author)
    assert client.get(url)["X-Page-Cache"] == "hit"  # nothing public changed

    with django_capture_on_commit_callbacks(execute=True):
        services.progress_approve(update=update, by=approver)

    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert IMPACT in response.content.decode()


def test_an_approval_marks_the_public_pdf_stale(published, author, approver):
    update = submit(first_action(published), author)
    StalePdf.objects.all().delete()  # as if the sweep had rendered everything

    services.progress_approve(update=update, by=approver)

    assert f"report/{published.pk}" in set(StalePdf.objects.values_list("key", flat=True))


@pytest.mark.parametrize("text", ["Kayleigh Smith was seen.", "Kayleigh's school now asks."])
def test_a_private_name_or_a_part_of_one_is_refused_at_approval(published, author, approver, text):
    published.protected_names.create(name="Kayleigh Smith")
    update = submit(first_action(published), author, impact=text)

    with pytest.raises(services.TransitionError, match="private name"):
        services.progress_approve(update=update, by=approver)

    update.refresh_from_db()
    assert update.state == ProgressUpdate.State.PENDING
    assert first_action(published).impact == ""


def test_other_findings_are_shown_but_the_approver_may_approve(published, author, approver):
    update = submit(first_action(published), author, impact="Seen at Riverside Surgery: fine.")

    found = services.progress.identifiers_in(update)

    assert [finding.kind for finding in found["impact"]] == ["gp_practice"]
    services.progress_approve(update=update, by=approver)
    assert first_action(published).status == Action.Status.COMPLETED


def test_the_author_of_an_update_cannot_approve_it(published, author):
    both = make_user("both", role=roles.BUSINESS_UNIT)
    both.groups.add(Group.objects.get(name=roles.QA_APPROVER))
    update = submit(first_action(published), both)

    with pytest.raises(services.TransitionError, match="someone else must approve"):
        services.progress_approve(update=update, by=both)
    with pytest.raises(services.TransitionError, match="QA approver or a partnership manager"):
        services.progress_approve(update=update, by=author)

    update.refresh_from_db()
    assert update.state == ProgressUpdate.State.PENDING


def test_every_update_is_kept_with_its_history(published, author, approver, manager):
    action = first_action(published)
    returned = submit(action, author, impact="Better.")
    services.progress_return(update=returned, by=manager, note="Say what difference it made.")
    approved = submit(action, author)
    services.progress_approve(update=approved, by=approver)

    with pytest.raises(services.TransitionError, match="already approved"):
        services.progress_approve(update=approved, by=manager)
    returned.refresh_from_db()
    assert (returned.state, returned.decided_by, returned.decision_note) == (
        "returned",
        manager,
        "Say what difference it made.",
    )
    assert list(action.progress_updates.order_by("pk")) == [returned, approved]
    assert [row.state for row in approved.history.order_by("history_date")] == [
        "pending",
        "approved",
    ]
    assert action.history.first().history_user == approver
    assert not any(
        user.has_perm("reviews.delete_progressupdate") for user in (author, approver, manager)
    )


# --- The staff pages ---------------------------------------------------------------------------


def progress_url(action) -> str:
    return reverse("admin:reviews_action_progress", args=[action.pk])


def decide_url(update) -> str:
    return reverse("admin:reviews_progressupdate_decide", args=[update.pk])


def test_staff_submit_on_the_actions_page_and_a_second_person_approves(
    client, published, author, approver
):
    action = first_action(published)
    client.force_login(author)
    response = client.post(
        progress_url(action),
        {"status": "completed", "completed_on": "2026-11-20", "impact": IMPACT, "more_to_do": ""},
    )
    assert response.status_code == 302
    update = ProgressUpdate.objects.get()
    assert (update.submitted_by, update.state) == (author, "pending")

    client.force_login(approver)
    waiting = client.get(reverse("admin:reviews_progressupdate_changelist")).content.decode()
    assert "Progress updates awaiting approval" in waiting and decide_url(update) in waiting
    assert IMPACT in client.get(decide_url(update)).content.decode()
    response = client.post(decide_url(update), {"do": "approve"})

    assert response.status_code == 302
    action.refresh_from_db()
    assert (action.status, action.impact) == ("completed", IMPACT)


def test_the_approver_sees_a_private_name_marked_and_no_approve_button(
    client, published, author, approver
):
    published.protected_names.create(name="Kayleigh Smith")
    update = submit(first_action(published), author, impact="Kayleigh now has a key worker.")
    client.force_login(approver)

    page = client.get(decide_url(update)).content.decode()
    response = client.post(decide_url(update), {"do": "approve"})

    assert "<mark" in page and "can never be approved" in page
    assert 'value="approve"' not in page
    assert response.status_code == 200 and "can never be approved" in response.content.decode()
    update.refresh_from_db()
    assert update.state == "pending"


def test_a_submit_error_is_shown_and_nothing_is_saved(client, published, author):
    client.force_login(author)

    response = client.post(progress_url(first_action(published)), {"status": "completed"})

    assert response.status_code == 200
    assert "impact statement" in response.content.decode()
    assert not ProgressUpdate.objects.exists()


@pytest.mark.parametrize("role", ["auditor", "outsider", "approver", "manager", "author"])
@pytest.mark.parametrize("page", ["progress", "decide"])
def test_a_role_that_may_not_do_it_gets_403_on_post_and_changes_nothing(
    client, request, published, author, role, page
):
    update = submit(first_action(published), author)
    user = request.getfixturevalue(role)
    may = {"progress": {"author"}, "decide": {"approver", "manager"}}[page]
    if role in may:
        pytest.skip("this role may post here: the tests above say what it does")
    client.force_login(user)
    url = progress_url(update.action) if page == "progress" else decide_url(update)
    data = {"status": "in_progress", "more_to_do": "More.", "do": "approve", "note": "No."}

    response = client.post(url, data)

    assert response.status_code == 403
    assert ProgressUpdate.objects.count() == 1
    update.refresh_from_db()
    assert update.state == "pending"


def test_the_auditor_sees_the_updates_but_not_the_decision_page(client, published, author, auditor):
    update = submit(first_action(published), author)
    client.force_login(auditor)

    assert client.get(progress_url(update.action)).status_code == 200
    assert client.get(reverse("admin:reviews_progressupdate_changelist")).status_code == 200
    assert client.get(decide_url(update)).status_code == 403  # it marks the private names


def test_an_action_with_progress_updates_is_never_deleted_from_the_plan(
    client, author, approver, manager
):
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    notices.notice_send(review=review, by=manager)  # text not locked: actions may be deleted
    action = first_action(review)
    submit(action, author)
    client.force_login(author)
    data = plan_post({action.recommendation: [row(action, DELETE="on")]})

    response = client.post(plan_url(review), data)

    assert response.status_code == 200
    assert "cannot be deleted" in response.content.decode()
    assert Action.objects.filter(pk=action.pk).exists()
