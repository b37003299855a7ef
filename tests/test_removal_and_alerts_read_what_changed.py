"""The daily removal sweep and the daily alert read only the reviews that changed since their
last complete pass, and still tell each review on the very day it becomes due, once: when its
12 months end, when its last open action is completed or deleted, when its extension ends,
when an action falls overdue, and after days without a sweep.

Each day is lived at 7 o'clock with the clock frozen, so that history rows, which say what
changed, are written when the day's changes are made."""

import datetime
import smtplib
from contextlib import contextmanager

import pytest
import time_machine
from django.core import mail
from django.db import connection, connections
from django.utils import timezone

from publishing.models import Alert, Heartbeat
from publishing.services import alerts, display
from reviews.models import Action, Review
from reviews.services import review_move

from .factories import make_action, make_recommendation, make_review, make_user

pytestmark = pytest.mark.django_db

PUBLISHED = datetime.date(2025, 11, 20)  # its 12 months end on 20 November 2026
ANNIVERSARY = datetime.date(2026, 11, 20)
LONG_AGO = datetime.date(2024, 6, 3)  # over 12 months on the website every day here
ONE_DAY = datetime.timedelta(days=1)
OVERDUE = "Overdue actions"


def at(day: datetime.date, hour: int = 7) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


@contextmanager
def on(day: datetime.date, hour: int = 7):
    with time_machine.travel(at(day, hour), tick=False):
        yield


def sweep(day: datetime.date) -> list[int]:
    """The daily removal sweep, run on `day` at 7 o'clock."""
    with on(day):
        return display.removal_sweep(today=day)


def alert(day: datetime.date) -> list[tuple[str, str]]:
    """The daily alert, run on `day` at 7 o'clock: what it sent, by category and review."""
    sent = len(mail.outbox)
    with on(day):
        alerts.alerts_send(now=timezone.now())
    return [
        tuple(line[2:].split(". ")[0].split(": "))
        for message in mail.outbox[sent:]
        for line in message.body.splitlines()
        if line.startswith("- ")
    ]


def published(author, on_day: datetime.date = LONG_AGO, **fields) -> Review:
    return make_review(
        author=author, status=Review.Status.PUBLISHED, published_at=at(on_day, 10), **fields
    )


def draft(author) -> Review:
    """A review in progress, well within its six months from the decision."""
    return make_review(author=author, decision_date=ANNIVERSARY - 30 * ONE_DAY)


def with_open_action(review: Review, **fields) -> Action:
    return make_action(make_recommendation(review), **fields)


def complete(action: Action, day: datetime.date) -> None:
    action.status, action.completed_on = Action.Status.COMPLETED, day
    action.impact = "Audit found every strategy discussion now includes health."
    action.save()


def extend(review: Review, manager, until: datetime.date, today: datetime.date) -> None:
    with on(today, 6):
        display.extension_add(
            review=review,
            by=manager,
            until=until,
            reason="Shared learning.",
            linked_review=None,
            today=today,
        )


@pytest.fixture
def boss(db):
    return make_user("boss", role="Partnership manager", email="boss@example.org")


def test_it_tells_of_a_review_the_day_its_last_open_action_is_completed(author, boss):
    with on(ANNIVERSARY, 6):
        review = published(author)
        first, second = with_open_action(review), with_open_action(review)
    assert sweep(ANNIVERSARY) == []

    with on(ANNIVERSARY + ONE_DAY, 6):
        complete(first, ANNIVERSARY)
    assert sweep(ANNIVERSARY + ONE_DAY) == []  # one action is still open
    with on(ANNIVERSARY + 2 * ONE_DAY, 6):
        complete(second, ANNIVERSARY)

    assert sweep(ANNIVERSARY + 2 * ONE_DAY) == [review.pk]
    assert sweep(ANNIVERSARY + 3 * ONE_DAY) == []  # told once
    assert [m.subject for m in mail.outbox] == [f"Eligible for removal: {review.reference}"]


def test_it_tells_of_a_review_the_day_its_twelve_months_end(author, boss):
    with on(ANNIVERSARY - 3 * ONE_DAY, 6):
        review = published(author, PUBLISHED)

    assert [sweep(ANNIVERSARY - n * ONE_DAY) for n in (3, 2, 1, 0, -1)] == [
        [],
        [],
        [],
        [review.pk],
        [],
    ]


def test_it_tells_of_a_review_the_day_after_its_extension_ends(author, boss, manager):
    with on(ANNIVERSARY - ONE_DAY, 6):
        review = published(author, PUBLISHED)
    extend(review, manager, until=ANNIVERSARY + 2 * ONE_DAY, today=ANNIVERSARY - ONE_DAY)

    told = [sweep(ANNIVERSARY + n * ONE_DAY) for n in range(-1, 5)]

    assert told == [[], [], [], [], [review.pk], []]  # in force until the 22nd, told the 23rd


def test_a_sweep_that_missed_days_catches_up(author, boss, manager):
    with on(ANNIVERSARY - 5 * ONE_DAY, 6):
        anniversary = published(author, PUBLISHED)
        completed = published(author)
        action = with_open_action(completed)
        extended = published(author)
    extend(extended, manager, until=ANNIVERSARY + ONE_DAY, today=ANNIVERSARY - 5 * ONE_DAY)
    assert sweep(ANNIVERSARY - 5 * ONE_DAY) == []
    with on(ANNIVERSARY - 3 * ONE_DAY, 15):
        complete(action, ANNIVERSARY - 3 * ONE_DAY)

    # no sweep for six days: the next tells of all three
    assert sorted(sweep(ANNIVERSARY + 2 * ONE_DAY)) == sorted(
        [anniversary.pk, completed.pk, extended.pk]
    )


def test_it_tells_of_a_review_whose_open_action_or_recommendation_is_deleted(author, boss):
    with on(ANNIVERSARY, 6):
        action_gone, plan_gone = published(author), published(author)
        action = with_open_action(action_gone)
        recommendation = with_open_action(plan_gone).recommendation
    assert sweep(ANNIVERSARY) == []

    with on(ANNIVERSARY + ONE_DAY, 6):
        action.delete()
        recommendation.delete()

    assert sorted(sweep(ANNIVERSARY + ONE_DAY)) == sorted([action_gone.pk, plan_gone.pk])


def test_it_tells_of_a_review_whose_open_action_moved_to_another(author, boss):
    with on(ANNIVERSARY, 6):
        review, other = published(author), published(author)
        action = with_open_action(review)
        with_open_action(other)
    assert sweep(ANNIVERSARY) == []

    with on(ANNIVERSARY + ONE_DAY, 6):
        action.recommendation = other.recommendations.get()
        action.save()

    assert sweep(ANNIVERSARY + ONE_DAY) == [review.pk]


def test_a_review_whose_email_failed_is_told_the_next_day(author, boss, monkeypatch):
    with on(ANNIVERSARY, 6):
        review = published(author)
        action = with_open_action(review)
    assert sweep(ANNIVERSARY) == []
    with on(ANNIVERSARY + ONE_DAY, 6):  # an hour before the sweep
        complete(action, ANNIVERSARY)

    def down(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    with monkeypatch.context() as patched:
        patched.setattr("publishing.services.common.send_mail", down)
        assert sweep(ANNIVERSARY + ONE_DAY) == []

    assert sweep(ANNIVERSARY + 2 * ONE_DAY) == [review.pk]


def test_a_pass_with_nothing_changed_reads_no_review(author, boss, django_assert_max_num_queries):
    with on(ANNIVERSARY, 6):
        for _ in range(5):  # old enough, each with an open action: checked on the first pass
            with_open_action(published(author))
    sweep(ANNIVERSARY)

    with on(ANNIVERSARY + ONE_DAY), django_assert_max_num_queries(5):
        # (SQLite: a savepoint, its release; PostgreSQL: the open transactions), where the
        # last pass began, what changed since (nothing), and this pass recorded
        assert display.removal_sweep(today=ANNIVERSARY + ONE_DAY) == []
    assert display.reviews_changed(since=at(ANNIVERSARY), today=ANNIVERSARY + ONE_DAY) == set()


def test_what_changed_is_what_the_full_pass_finds_new(author, boss, manager):
    """Day by day, with a change each day, each pass tells exactly what a pass reading every
    review would find untold that day."""
    day = ANNIVERSARY - 2 * ONE_DAY
    with on(day, 6):
        reviews = [published(author, PUBLISHED - n * ONE_DAY) for n in range(-2, 3)]
        actions = [with_open_action(review) for review in reviews[::2]]
        extra = with_open_action(reviews[1])
    extend(reviews[3], manager, until=ANNIVERSARY + 3 * ONE_DAY, today=day)
    changes = {
        1: lambda: complete(actions[1], ANNIVERSARY),
        2: lambda: extra.delete(),
        4: lambda: complete(actions[0], ANNIVERSARY),
        5: lambda: complete(actions[2], ANNIVERSARY),
    }
    told = []
    for n in range(8):
        day = ANNIVERSARY - 2 * ONE_DAY + n * ONE_DAY
        with on(day, 6):
            if n in changes:
                changes[n]()
            untold = display.eligible_for_removal(today=day, untold=True)  # read all
        told.append(sweep(day))
        assert told[-1] == [review.pk for review in untold], day
    assert sorted(pk for pks in told for pk in pks) == sorted(review.pk for review in reviews)


def test_a_change_no_history_row_records_is_found_by_the_weekly_full_pass(author, boss):
    """`.update()` writes no history row; such a change waits for the pass that reads all."""
    with on(ANNIVERSARY, 6):
        review = published(author)
        action = with_open_action(review)
    assert sweep(ANNIVERSARY) == []
    Action.objects.filter(pk=action.pk).update(
        status=Action.Status.COMPLETED, completed_on=ANNIVERSARY, impact="Done."
    )

    told = [sweep(ANNIVERSARY + n * ONE_DAY) for n in range(1, 10)]

    assert told == [[]] * 7 + [[review.pk], []]  # over a week after the last full pass


def test_a_sweep_for_an_earlier_day_reads_every_review(author, boss):
    with on(ANNIVERSARY, 6):
        review = published(author, PUBLISHED)
    assert sweep(ANNIVERSARY + ONE_DAY) == [review.pk]
    Alert.objects.all().delete()  # as if never told

    with on(ANNIVERSARY + ONE_DAY):
        assert display.removal_sweep(today=ANNIVERSARY) == [review.pk]


def test_the_daily_alert_tells_of_an_action_the_day_after_it_falls_due(author, boss):
    with on(ANNIVERSARY, 6):
        review = draft(author)
        with_open_action(review, due_date=ANNIVERSARY + ONE_DAY)

    assert [alert(ANNIVERSARY + n * ONE_DAY) for n in range(4)] == [
        [],
        [],
        [(OVERDUE, review.reference)],
        [],
    ]


def test_the_daily_alert_tells_of_a_reopened_or_moved_overdue_action(author, boss):
    with on(ANNIVERSARY, 6):
        reopened, moved_to = draft(author), draft(author)
        action = with_open_action(reopened, due_date=ANNIVERSARY - ONE_DAY)
        complete(action, ANNIVERSARY)
        other = with_open_action(draft(author), due_date=ANNIVERSARY + 10 * ONE_DAY)
        make_recommendation(moved_to)
    assert alert(ANNIVERSARY) == []

    with on(ANNIVERSARY + ONE_DAY, 6):
        action.status, action.completed_on, action.impact = Action.Status.IN_PROGRESS, None, ""
        action.save()
        other.recommendation, other.due_date = moved_to.recommendations.get(), ANNIVERSARY
        other.save()

    assert sorted(alert(ANNIVERSARY + ONE_DAY)) == sorted(
        [(OVERDUE, reopened.reference), (OVERDUE, moved_to.reference)]
    )


def test_the_daily_alert_tells_of_every_overdue_review_again_in_a_new_month(author, boss):
    last = datetime.date(2026, 11, 30)
    with on(last, 6):
        reviews = [draft(author) for _ in range(3)]
        for review in reviews:
            with_open_action(review, due_date=last - 5 * ONE_DAY)
    assert len(alert(last)) == 3
    assert alert(last) == []

    assert sorted(alert(last + ONE_DAY)) == sorted((OVERDUE, r.reference) for r in reviews)
    assert alert(last + 2 * ONE_DAY) == []


def test_the_daily_alert_tells_of_a_report_eligible_the_day_its_last_action_is_done(author, boss):
    with on(ANNIVERSARY, 6):
        review = published(author)
        action = with_open_action(review, due_date=ANNIVERSARY + 10 * ONE_DAY)
    assert alert(ANNIVERSARY) == []
    with on(ANNIVERSARY + ONE_DAY, 6):
        complete(action, ANNIVERSARY)

    assert alert(ANNIVERSARY + ONE_DAY) == [("Eligible for removal", review.reference)]
    assert alert(ANNIVERSARY + 2 * ONE_DAY) == []


def test_a_failed_alert_email_leaves_the_pass_unrecorded(author, boss, monkeypatch):
    with on(ANNIVERSARY, 6):
        review = draft(author)
        with_open_action(review, due_date=ANNIVERSARY + ONE_DAY)
    alert(ANNIVERSARY)

    def down(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    with monkeypatch.context() as patched, pytest.raises(smtplib.SMTPException):
        patched.setattr("publishing.services.alerts.send_mail", down)
        alert(ANNIVERSARY + 2 * ONE_DAY)
    assert Heartbeat.objects.get(name="alerts_send").last_seen < at(ANNIVERSARY + ONE_DAY)

    assert alert(ANNIVERSARY + 3 * ONE_DAY) == [(OVERDUE, review.reference)]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL lists transactions")
def test_a_pass_reads_what_a_transaction_still_open_when_it_begins_commits_later():
    """Its history rows are dated when written, before the pass began: the next pass looks
    back to the start of the oldest transaction open when this one began."""
    other = connections.create_connection("default")
    try:
        other.set_autocommit(False)
        with other.cursor() as cursor:
            cursor.execute("SELECT now()")
            [(began,)] = cursor.fetchall()
        settled = display._settled()
    finally:
        other.rollback()
        other.close()

    assert settled is not None and settled <= began - display.SKEW


def test_it_tells_of_a_review_whose_open_recommendation_moved_to_another(author, boss):
    with on(ANNIVERSARY, 6):
        review, other = published(author), published(author)
        recommendation = with_open_action(review).recommendation
        with_open_action(other)
    assert sweep(ANNIVERSARY) == []
    with on(ANNIVERSARY + ONE_DAY, 6):
        recommendation.review = other
        recommendation.save()

    assert sweep(ANNIVERSARY + ONE_DAY) == [review.pk]


def test_it_tells_of_a_review_put_back_on_the_website(author, boss, manager):
    with on(ANNIVERSARY, 6):
        review = published(author)
        display.review_remove(review=review, by=manager, now=timezone.now())
    assert sweep(ANNIVERSARY) == []
    with on(ANNIVERSARY + ONE_DAY, 6):
        review_move(
            review,
            from_={Review.Status.REMOVED},
            to=Review.Status.PUBLISHED,
            by=manager,
            reason="Removed by mistake",
        )

    assert sweep(ANNIVERSARY + ONE_DAY) == [review.pk]


def test_it_tells_of_a_review_whose_extension_is_deleted(author, boss, manager):
    with on(ANNIVERSARY, 6):
        review = published(author)
    extend(review, manager, until=ANNIVERSARY + 30 * ONE_DAY, today=ANNIVERSARY)
    assert sweep(ANNIVERSARY) == []
    with on(ANNIVERSARY + ONE_DAY, 6):
        review.extensions.get().delete()

    assert sweep(ANNIVERSARY + ONE_DAY) == [review.pk]
