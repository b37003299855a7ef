"""The daily alert emails managers the dashboard items that are new or due, each once."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from publishing.services import alerts
from reviews.models import Review

from .factories import make_action, make_recommendation, make_review, make_user

pytestmark = pytest.mark.django_db


def test_each_item_is_alerted_once(author):
    make_user("boss", role="Partnership manager", email="boss@example.org")
    late = make_review(author=author, decision_date=datetime.date(2025, 1, 1))
    now = timezone.now()

    assert alerts.alerts_send(now=now) == 1
    assert alerts.alerts_send(now=now) == 0

    assert len(mail.outbox) == 1
    assert late.reference in mail.outbox[0].body
    assert mail.outbox[0].to == ["boss@example.org"]


def test_a_new_item_is_alerted_on_its_own(author):
    make_review(author=author, decision_date=datetime.date(2025, 1, 1))
    alerts.alerts_send(now=timezone.now())
    second = make_review(author=author, decision_date=datetime.date(2025, 2, 1))

    assert alerts.alerts_send(now=timezone.now()) == 1
    assert second.reference in mail.outbox[-1].body
    assert len(mail.outbox) == 2


def test_nothing_due_sends_nothing(db):
    assert alerts.alerts_send(now=timezone.now()) == 0
    assert mail.outbox == []


def test_a_day_with_nothing_new_claims_nothing_however_many_are_open(
    author, django_assert_max_num_queries
):
    for year in range(2015, 2025):
        make_review(author=author, decision_date=datetime.date(year, 1, 1))
    days = [timezone.now() + datetime.timedelta(days=n) for n in (1, 2)]  # a day on, and two
    with time_machine.travel(days[0], tick=False):
        alerts.alerts_send(now=timezone.now())

    # The pass's start (SQLite: a savepoint and its release; PostgreSQL: the open
    # transactions), where the last began and the reviews changed since (none: the long
    # categories read nothing); the short collectors (copy requests and the summary of
    # learning one each), one for the keys, and the pass recorded (in a savepoint).
    with (
        time_machine.travel(days[1], tick=False),
        django_assert_max_num_queries(19),
    ):
        assert alerts.alerts_send(now=timezone.now()) == 0


def test_the_long_categories_count_and_list_their_first_items_in_the_database(
    client, manager, author, django_assert_max_num_queries
):
    """Overdue actions and reports eligible for removal can run to thousands: the dashboard
    counts them and reads only the rows it lists, in a number of queries that does not grow."""
    today = datetime.date(2026, 12, 2)
    now = timezone.make_aware(datetime.datetime(2026, 12, 2, 9))
    old = timezone.make_aware(datetime.datetime(2025, 1, 10, 9))
    for number in range(7):
        review = make_review(
            author=author,
            reference=f"NEL-2024-{number + 1:02d}",
            status=Review.Status.PUBLISHED,
            published_at=old,
        )
        make_action(make_recommendation(review), due_date=today - datetime.timedelta(days=3))
        make_action(make_recommendation(review, order=2), due_date=today - datetime.timedelta(1))
    for number in range(4):
        make_review(
            author=author,
            reference=f"NEL-2023-{number + 1:02d}",
            status=Review.Status.PUBLISHED,
            published_at=old,
        )

    with django_assert_max_num_queries(18):  # 16, and copy requests and the summary of learning
        groups = {group.category: group for group in alerts.dashboard(now=now, shown=3)}
    overdue, eligible = groups["Overdue actions"], groups["Eligible for removal"]
    assert (overdue.total, len(overdue.items), overdue.more) == (7, 3, True)
    assert [item.review.reference for item in overdue.items] == [
        "NEL-2024-01",
        "NEL-2024-02",
        "NEL-2024-03",
    ]
    assert overdue.items[0].text == "2 overdue actions"
    assert (eligible.total, len(eligible.items), eligible.more) == (4, 3, True)

    whole = {g.category: g for g in alerts.dashboard(now=now, shown=3, whole="Overdue actions")}
    assert (whole["Overdue actions"].total, len(whole["Overdue actions"].items)) == (7, 7)
    # The daily alert still reads every item.
    assert sum(item.category == "Overdue actions" for item in alerts.items(now=now)) == 7
