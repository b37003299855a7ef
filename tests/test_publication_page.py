"""A manager takes a review from QA approved to published and, a year later, to removed,
entirely in the admin, with the scheduler doing its part."""

import datetime
from unittest import mock

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from publishing.admin import dashboard as admin_dashboard
from publishing.models import Delivery
from publishing.services import notices, scheduling
from reviews.models import Action, Review

from .factories import deliver_notice, make_approved_review, make_review, set_recipient_emails

pytestmark = pytest.mark.django_db

MONDAY = timezone.make_aware(datetime.datetime(2026, 11, 30, 9, 0))


def page(review):
    return reverse("admin:reviews_review_publication", args=[review.pk])


@pytest.fixture
def approved(author, approver):
    set_recipient_emails()
    return make_approved_review(author=author, approver=approver)


def test_the_whole_lifecycle_in_the_admin(client, manager, approved):
    client.force_login(manager)
    with time_machine.travel(MONDAY, tick=False):
        response = client.post(page(approved), {"do": "send_notice", "confirm": "yes"}, follow=True)
        assert "on its way to Ofsted, the DfE and the National Panel" in response.content.decode()
        deliver_notice(approved, now=timezone.now())  # the worker's part

        shown = client.get(page(approved)).content.decode()
        assert "Wednesday 9 December 2026" in shown  # the earliest date, from delivery
        too_early = client.post(
            page(approved), {"do": "schedule", "date": "2026-12-08", "time": "09:30"}, follow=True
        )
        assert "The earliest allowed publication date is Wednesday 9 December 2026" in (
            too_early.content.decode()
        )
        client.post(page(approved), {"do": "schedule", "date": "2026-12-09", "time": "09:30"})
    approved.refresh_from_db()
    assert approved.status == Review.Status.SCHEDULED

    with time_machine.travel(timezone.make_aware(datetime.datetime(2026, 12, 9, 9, 30, 20))):
        scheduling.publish_due(now=timezone.now())  # the scheduler's part
    approved.refresh_from_db()
    assert approved.status == Review.Status.PUBLISHED

    Action.objects.filter(recommendation__review=approved).update(
        status="completed", completed_on=datetime.date(2027, 6, 1), impact="Measured change."
    )
    with time_machine.travel(timezone.make_aware(datetime.datetime(2027, 12, 10, 10)), tick=False):
        client.force_login(manager)  # a year on, the session has expired
        shown = client.get(page(approved)).content.decode()
        assert "Eligible for removal" in shown
        client.post(page(approved), {"do": "remove", "confirm": "yes"})
    approved.refresh_from_db()
    assert approved.status == Review.Status.REMOVED


def test_a_bad_date_is_a_form_error_and_nothing_changes(client, manager, approved):
    client.force_login(manager)
    client.post(page(approved), {"do": "send_notice", "confirm": "yes"})

    response = client.post(page(approved), {"do": "schedule", "date": "31/31/26", "time": "9.30am"})

    text = response.content.decode()
    assert "Enter the date as YYYY-MM-DD" in text
    assert "Enter the time as HH:MM" in text
    approved.refresh_from_db()
    assert approved.status == Review.Status.NOTICE_SENT


def test_a_double_click_on_send_notice_sends_one(client, manager, approved):
    client.force_login(manager)

    client.post(page(approved), {"do": "send_notice", "confirm": "yes"})
    second = client.post(page(approved), {"do": "send_notice", "confirm": "yes"}, follow=True)

    assert "The notice cannot be sent" in second.content.decode()
    assert Delivery.objects.count() == 3


def test_others_see_the_page_but_cannot_act(client, author, auditor, approved):
    for user in (author, auditor):
        client.force_login(user)
        assert client.get(page(approved)).status_code == 200
        response = client.post(page(approved), {"do": "send_notice", "confirm": "yes"}, follow=True)
        assert "Only partnership managers can do this." in response.content.decode()
    approved.refresh_from_db()
    assert approved.status == Review.Status.QA_APPROVED


def test_an_unknown_action_changes_nothing(client, manager, approved):
    client.force_login(manager)
    response = client.post(page(approved), {"do": "publish_now"}, follow=True)
    assert "not understood" in response.content.decode()


def test_the_non_publication_path_in_the_admin(client, manager, approved):
    client.force_login(manager)
    client.post(
        page(approved),
        {"do": "decide", "reasons": "It would identify a sibling.", "confirm": "yes"},
    )
    bad = client.post(page(approved), {"do": "advice", "advised_on": "", "advice": ""})
    assert "This field is required" in bad.content.decode()
    today = timezone.localdate().isoformat()
    client.post(
        page(approved),
        {
            "do": "advice",
            "advised_on": today,
            "advice": "Publish the learning.",
            "challenges": "yes",
        },
    )
    client.post(
        page(approved),
        {"do": "finalise", "outcome": "improvements_only", "reasons": "Learning only."}
        | {"confirm": "yes"},
    )

    approved.refresh_from_db()
    assert approved.status == Review.Status.QA_APPROVED
    assert approved.publication_mode == Review.Mode.IMPROVEMENTS_ONLY
    assert "challenging the decision" in client.get(page(approved)).content.decode()


def test_the_dashboard_lists_what_needs_attention(client, manager, approved, author):
    from .factories import make_review

    make_review(author=author, decision_date=datetime.date(2025, 1, 1))
    client.force_login(manager)

    text = client.get(reverse("dashboard")).content.decode()

    assert "QA approved: send the pre-publication notice" in text
    assert "Not published within 6 months of the decision (due 1 Jul 2025)" in text
    assert "The scheduler has not run yet" in text
    assert client.get(reverse("admin:index")).content.decode().count(reverse("dashboard")) == 1


def test_the_dashboard_is_refused_to_staff_without_a_role(client, outsider):
    client.force_login(outsider)
    assert client.get(reverse("dashboard")).status_code == 403


def test_notice_pdfs_are_for_staff_only(client, manager, approved, outsider):
    notice = notices.notice_send(review=approved, by=manager)
    notices.notice_render(notice_id=notice.pk)
    notice.refresh_from_db()

    assert client.get(notice.pdf.url).status_code == 302  # anonymous: to the login page
    client.force_login(outsider)
    assert client.get(notice.pdf.url).status_code == 403
    client.force_login(manager)
    response = client.get(notice.pdf.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_a_long_category_lists_its_first_items_and_shows_all_on_request(
    client, manager, author, settings
):
    for year in range(2015, 2019):
        make_review(
            author=author, reference=f"NEL-{year}-01", decision_date=datetime.date(year, 1, 1)
        )
    client.force_login(manager)
    category = "Past the six-month timescale"
    with mock.patch.object(admin_dashboard, "DASHBOARD_SHOWN", 3):
        short = client.get(reverse("dashboard")).content.decode()
        whole = client.get(reverse("dashboard"), {"all": category}).content.decode()

    assert "The first 3 of 4 are listed." in short and "Show all 4" in short
    assert short.count("NEL-201") == 3
    assert whole.count("NEL-201") == 4 and "Show all" not in whole
