"""The dashboard and the daily alert chase the two deadlines that are not a review's own: copy
requests nearing their answer date (20 working days) and the annual summary of learning (due by
30 September). Each reminder is sent once, and once more when it becomes overdue."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from publishing.models import CopyRequest, LearningSummary, NonWorkingDay
from publishing.services import alerts
from reviews.models import Review

from .factories import make_action, make_recommendation
from .public_helpers import at, make_public_review

pytestmark = pytest.mark.django_db

COPIES, LEARNING = "Copy requests to answer", "Annual summary of learning"
THURSDAY = at(2026, 12, 3)  # Thursday 3 December 2026


@pytest.fixture
def removed(author):
    return make_public_review(
        author=author,
        reference="NEL-2023-07",
        status=Review.Status.REMOVED,
        published=at(2024, 1, 10),
        removed_at=at(2025, 2, 1),
    )


def make_copy_request(review, *, due_on, status=CopyRequest.Status.RECEIVED) -> CopyRequest:
    request = CopyRequest.objects.create(
        review=review,
        name="Sam Reader",
        email="sam.reader@example.org",
        organisation="Reader Research Ltd",
        received_at=THURSDAY - datetime.timedelta(days=28),
        due_on=due_on,
        status=status,
    )
    request.reference = f"CR-2026-{request.pk:05d}"
    request.save(update_fields=["reference"])
    return request


def shown(category: str, *, now: datetime.datetime) -> list[alerts.Item]:
    return [item for item in alerts.items(now=now) if item.category == category]


def test_it_lists_open_copy_requests_due_within_five_working_days_or_overdue(removed):
    late = make_copy_request(removed, due_on=datetime.date(2026, 12, 1))
    make_copy_request(removed, due_on=datetime.date(2026, 12, 1), status=CopyRequest.Status.SENT)
    soon = make_copy_request(removed, due_on=datetime.date(2026, 12, 8))
    fifth = make_copy_request(removed, due_on=datetime.date(2026, 12, 10))
    make_copy_request(removed, due_on=datetime.date(2026, 12, 11))  # the 6th working day

    items = shown(COPIES, now=THURSDAY)

    assert [(item.text, item.review) for item in items] == [
        ("Overdue: the answer was due by Tuesday 1 December 2026", removed),
        ("Answer by Tuesday 8 December 2026 (3 working days left)", removed),
        ("Answer by Thursday 10 December 2026 (5 working days left)", removed),
    ]
    assert [item.url for item in items] == [
        reverse("admin:publishing_copyrequest_change", args=[request.pk])
        for request in (late, soon, fifth)
    ]


def test_a_day_off_recorded_by_a_manager_is_not_a_working_day_left(removed):
    make_copy_request(removed, due_on=datetime.date(2026, 12, 8))
    NonWorkingDay.objects.create(date=datetime.date(2026, 12, 4), name="A day of mourning")

    [item] = shown(COPIES, now=THURSDAY)

    assert item.text == "Answer by Tuesday 8 December 2026 (2 working days left)"


def test_a_request_due_today_says_so(removed):
    make_copy_request(removed, due_on=datetime.date(2026, 12, 3))

    [item] = shown(COPIES, now=THURSDAY)

    assert item.text == "Answer by Thursday 3 December 2026 (due today)"


def test_the_dashboard_links_each_request_and_never_shows_the_requester(client, manager, removed):
    request = make_copy_request(removed, due_on=datetime.date(2026, 12, 8))

    with time_machine.travel(THURSDAY, tick=False):
        client.force_login(manager)
        page = client.get(reverse("dashboard")).content.decode()

    assert "Answer by Tuesday 8 December 2026 (3 working days left)" in page
    assert reverse("admin:publishing_copyrequest_change", args=[request.pk]) in page
    assert "NEL-2023-07" in page
    for private in ("Sam Reader", "sam.reader@example.org", "Reader Research"):
        assert private not in page


def test_each_copy_request_reminder_is_sent_once_and_again_when_overdue(removed):
    make_copy_request(removed, due_on=datetime.date(2026, 12, 8))

    with time_machine.travel(THURSDAY, tick=False):
        assert alerts.alerts_send(now=timezone.now()) == 1
        assert alerts.alerts_send(now=timezone.now()) == 0
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert f"{COPIES}: NEL-2023-07. Answer by Tuesday 8 December 2026 (3 working days left)" in body
    for private in ("Sam Reader", "sam.reader@example.org", "Reader Research"):
        assert private not in body

    with time_machine.travel(at(2026, 12, 7), tick=False):  # still due: nothing new
        assert alerts.alerts_send(now=timezone.now()) == 0
    with time_machine.travel(at(2026, 12, 9), tick=False):
        assert alerts.alerts_send(now=timezone.now()) == 1
        assert alerts.alerts_send(now=timezone.now()) == 0
    assert len(mail.outbox) == 2
    assert "Overdue: the answer was due by Tuesday 8 December 2026" in mail.outbox[1].body


@pytest.fixture
def published_in_2025(author):
    """A report published in the reporting year 2025 to 2026, its action due years ahead."""
    review = make_public_review(author=author, published=at(2025, 6, 1), actions=0)
    make_action(make_recommendation(review), due_date=datetime.date(2030, 1, 1))
    return review


def test_the_summary_of_learning_is_listed_from_1_august_until_published(published_in_2025):
    assert shown(LEARNING, now=at(2026, 7, 31)) == []

    [item] = shown(LEARNING, now=at(2026, 8, 1))
    assert item.text == "The summary of learning for 2025 to 2026 is due by 30 September 2026"
    assert (item.review, item.about) == (None, "Summary of learning 2025 to 2026")
    assert item.url == reverse("admin:publishing_learningsummary_changelist")
    [item] = shown(LEARNING, now=at(2026, 9, 30))
    assert item.text == "The summary of learning for 2025 to 2026 is due by 30 September 2026"
    [item] = shown(LEARNING, now=at(2027, 7, 31))
    assert item.text == (
        "Overdue: the summary of learning for 2025 to 2026 was due by 30 September 2026"
    )

    LearningSummary.objects.create(year=2025, generated_at=at(2026, 9, 1))
    assert len(shown(LEARNING, now=at(2026, 10, 1))) == 1  # generated is not published
    LearningSummary.objects.filter(year=2025).update(published_at=at(2026, 10, 2))
    assert shown(LEARNING, now=at(2026, 10, 2)) == []


def test_no_summary_is_owed_for_a_year_in_which_no_report_was_published(author):
    make_public_review(author=author, published=at(2025, 3, 31))  # the year 2024 to 2025

    assert shown(LEARNING, now=at(2026, 8, 1)) == []


def test_each_learning_summary_reminder_is_sent_once_and_again_when_overdue(
    published_in_2025, client, manager
):
    with time_machine.travel(at(2026, 8, 1), tick=False):
        assert alerts.alerts_send(now=timezone.now()) == 1
        assert alerts.alerts_send(now=timezone.now()) == 0
        client.force_login(manager)
        page = client.get(reverse("dashboard")).content.decode()
    assert len(mail.outbox) == 1
    assert (
        f"{LEARNING}: Summary of learning 2025 to 2026. "
        "The summary of learning for 2025 to 2026 is due by 30 September 2026"
    ) in mail.outbox[0].body
    assert reverse("admin:publishing_learningsummary_changelist") in page

    with time_machine.travel(at(2026, 10, 1), tick=False):
        assert alerts.alerts_send(now=timezone.now()) == 1
        assert alerts.alerts_send(now=timezone.now()) == 0
    assert len(mail.outbox) == 2
    assert "Overdue: the summary of learning for 2025 to 2026" in mail.outbox[1].body


def test_the_dashboard_costs_the_same_however_many_copy_requests(
    removed, published_in_2025, django_assert_max_num_queries
):
    now = at(2026, 12, 3)
    make_copy_request(removed, due_on=datetime.date(2026, 12, 8))
    with CaptureQueriesContext(connection) as one:
        alerts.dashboard(now=now, shown=3)
    for day in (1, 2, 7, 8, 9, 10):
        make_copy_request(removed, due_on=datetime.date(2026, 12, day))

    # 13 for the other collectors here, then the open copy requests with their reports, the
    # working-day calendar (read once, however many requests), and whether a summary is owed.
    with django_assert_max_num_queries(16):
        groups = {group.category: group for group in alerts.dashboard(now=now, shown=3)}
    with CaptureQueriesContext(connection) as seven:
        alerts.dashboard(now=now, shown=3)

    assert len(seven) == len(one)
    assert (groups[COPIES].total, len(groups[COPIES].items)) == (7, 3)
    assert groups[LEARNING].total == 1
