"""The dashboard and the daily alert cost what they list, not what the collection holds: the
long lists are counted and limited in the database, the daily alert reads only what it has
not sent yet, and reviews still within their six months are never read."""

import calendar
import datetime
from contextlib import contextmanager

import pytest
from django.core import mail
from django.db.models.signals import post_init
from django.utils import timezone

from publishing.models import Alert
from publishing.services import alerts
from reviews.models import Review

from .factories import make_action, make_recommendation, make_review

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 2)
NOW = timezone.make_aware(datetime.datetime(2026, 12, 2, 9))
OLD = timezone.make_aware(datetime.datetime(2025, 1, 10, 9))  # over 12 months on the website
OVERDUE, ELIGIBLE = "Overdue actions", "Eligible for removal"


@contextmanager
def reviews_built():
    """The ids of the Review objects built inside the block."""
    built = []

    def record(sender, instance, **kwargs):
        built.append(instance.pk)

    post_init.connect(record, sender=Review)
    try:
        yield built
    finally:
        post_init.disconnect(record, sender=Review)


def make_overdue(author, reference: str) -> Review:
    review = make_review(
        author=author, reference=reference, status=Review.Status.PUBLISHED, published_at=OLD
    )
    make_action(make_recommendation(review), due_date=TODAY - datetime.timedelta(days=3))
    return review


def make_eligible(author, reference: str) -> Review:
    return make_review(
        author=author, reference=reference, status=Review.Status.PUBLISHED, published_at=OLD
    )


@pytest.fixture
def collection(author):
    """Four reviews with an overdue action and three reports that may be removed."""
    overdue = [make_overdue(author, f"NEL-2024-{n:02d}") for n in range(1, 5)]
    eligible = [make_eligible(author, f"NEL-2023-{n:02d}") for n in range(1, 4)]
    return overdue, eligible


def untold_by_definition(now: datetime.datetime) -> list[alerts.Item]:
    """The due items whose alert was not sent, filtered one by one (what the alert sends)."""
    sent = set(Alert.objects.values_list("key", flat=True))
    due = [item for item in alerts.items(now=now) if item.due]
    return [item for item in due if f"digest:{item.key}" not in sent]


def test_a_day_with_nothing_new_builds_no_review_for_the_items_already_sent(collection):
    assert alerts.alerts_send(now=NOW) == 7

    with reviews_built() as built:
        assert alerts.alerts_send(now=NOW) == 0

    assert built == []
    assert alerts.items(now=NOW, untold=True) == []


def test_the_daily_alert_reads_the_new_items_only_in_the_dashboards_order(collection, author):
    alerts.alerts_send(now=NOW)
    later = make_overdue(author, "NEL-2024-00")  # listed first, by reference
    newly = make_eligible(author, "NEL-2023-09")

    fresh = alerts.items(now=NOW, untold=True)

    assert fresh == untold_by_definition(NOW)
    assert [(item.category, item.review) for item in fresh] == [
        (ELIGIBLE, newly),
        (OVERDUE, later),
    ]
    assert alerts.alerts_send(now=NOW) == 2
    assert f"{OVERDUE}: NEL-2024-00. 1 overdue action" in mail.outbox[-1].body


def test_overdue_actions_are_alerted_again_each_month(collection):
    alerts.alerts_send(now=NOW)
    next_month = NOW + datetime.timedelta(days=31)

    fresh = alerts.items(now=next_month, untold=True)

    assert fresh == untold_by_definition(next_month)
    assert [item.category for item in fresh] == [OVERDUE] * 4
    assert alerts.alerts_send(now=next_month) == 4


def test_the_dashboard_builds_only_the_reviews_it_lists(collection, author):
    for n in range(6):  # drafts well within their six months: never read
        make_review(author=author, decision_date=TODAY - datetime.timedelta(days=30 + n))

    with reviews_built() as built:
        groups = {group.category: group for group in alerts.dashboard(now=NOW, shown=2)}

    assert len(built) == 4  # the two listed in each long category
    assert (groups[OVERDUE].total, len(groups[OVERDUE].items)) == (4, 2)
    assert (groups[ELIGIBLE].total, len(groups[ELIGIBLE].items)) == (3, 2)
    assert groups["Past the six-month timescale"].total == 0


def test_the_reports_eligible_for_removal_are_counted_and_listed_in_one_query(
    collection, django_assert_num_queries
):
    with django_assert_num_queries(1):
        found, total = alerts._eligible(TODAY, NOW, 2)

    assert [item.review.reference for item in found] == ["NEL-2023-01", "NEL-2023-02"]
    assert total == 3


def six_months_after(day: datetime.date) -> datetime.date:
    """The national timescale's end: the same day six months on, or that month's last day."""
    year, month = divmod(day.year * 12 + day.month - 1 + 6, 12)
    return datetime.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


@pytest.mark.parametrize(
    "today",
    [datetime.date(2026, 8, 31), datetime.date(2026, 3, 1), datetime.date(2028, 8, 30)],
)
def test_past_the_timescale_draws_the_line_on_the_rules_day(author, today):
    """Each decision day from 200 to 170 days before: listed exactly when its six months
    ended before today (month ends and leap years included)."""
    days = [today - datetime.timedelta(days=n) for n in range(170, 201)]
    for day in days:
        make_review(author=author, reference=f"NEL-{day:%Y-%m%d}", decision_date=day)
    now = timezone.make_aware(datetime.datetime.combine(today, datetime.time(9)))

    listed = {
        item.review.decision_date: item.text
        for item in alerts.items(now=now)
        if item.category == "Past the six-month timescale"
    }

    assert set(listed) == {day for day in days if six_months_after(day) < today}
    for day, text in listed.items():
        assert f"(due {six_months_after(day):%-d %b %Y})" in text
