"""Publication is scheduled on or after the earliest date and happens on time, exactly once,
after checking again; a failed check blocks it and alerts the managers."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from publishing.models import Delivery
from publishing.services import common, notices, scheduling
from reviews import services as reviews_services
from reviews.models import Restriction, Review

from .factories import deliver_notice, make_approved_review, make_user, set_recipient_emails

pytestmark = pytest.mark.django_db

SENT = timezone.make_aware(datetime.datetime(2026, 11, 27, 10, 0))  # Friday
EARLIEST = datetime.date(2026, 12, 8)  # Tuesday, 7 working days later


def at(day: datetime.date, hour=9, minute=30) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


@pytest.fixture
def noticed(author, approver, manager):
    make_user("boss", role="Partnership manager", email="boss@example.org")
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    notices.notice_send(review=review, by=manager)
    deliver_notice(review, now=SENT)
    Delivery.objects.update(sent_at=SENT)
    mail.outbox.clear()
    return review


def schedule(review, manager, when, now=SENT):
    return scheduling.publication_schedule(review=review, by=manager, at=when, now=now)


def test_scheduling_one_working_day_too_early_is_refused_naming_the_earliest_date(noticed, manager):
    with pytest.raises(common.TransitionError) as error:
        schedule(noticed, manager, at(datetime.date(2026, 12, 7)))

    assert "The earliest allowed publication date is Tuesday 8 December 2026" in str(error.value)
    assert "delivered on Friday 27 November 2026" in str(error.value)
    noticed.refresh_from_db()
    assert noticed.status == Review.Status.NOTICE_SENT


def test_scheduling_on_the_earliest_date_is_accepted(noticed, manager):
    schedule(noticed, manager, at(EARLIEST))

    noticed.refresh_from_db()
    assert noticed.status == Review.Status.SCHEDULED
    assert noticed.publish_at == at(EARLIEST)
    assert noticed.history.first().history_change_reason == "Scheduled for 8 Dec 2026 09:30"


def test_a_time_in_the_past_is_refused(noticed, manager):
    with pytest.raises(common.TransitionError, match="must be in the future"):
        schedule(noticed, manager, SENT - datetime.timedelta(minutes=1))


def test_reschedule_and_unschedule_until_publication(noticed, manager):
    schedule(noticed, manager, at(EARLIEST))
    schedule(noticed, manager, at(EARLIEST + datetime.timedelta(days=2)))
    noticed.refresh_from_db()
    assert noticed.publish_at == at(datetime.date(2026, 12, 10))

    scheduling.publication_unschedule(review=noticed, by=manager)

    noticed.refresh_from_db()
    assert (noticed.status, noticed.publish_at) == (Review.Status.NOTICE_SENT, None)


def test_it_publishes_when_the_time_comes_once_as_the_scheduler(noticed, manager):
    schedule(noticed, manager, at(EARLIEST))

    with time_machine.travel(at(EARLIEST, 9, 29), tick=False):
        assert scheduling.publish_due(now=timezone.now()) == []
    with time_machine.travel(at(EARLIEST, 9, 30), tick=False):
        first = scheduling.publish_due(now=timezone.now())
        second = scheduling.publish_due(now=timezone.now())

    noticed.refresh_from_db()
    assert first == [(noticed.pk, Review.Status.PUBLISHED)]
    assert second == []
    assert noticed.status == Review.Status.PUBLISHED
    assert noticed.published_at == at(EARLIEST)
    latest = noticed.history.first()
    assert latest.history_user.username == "scheduler"
    assert latest.history_change_reason == "Published by the scheduler"


def test_an_active_restriction_blocks_publication_and_alerts_the_managers(noticed, manager):
    schedule(noticed, manager, at(EARLIEST))
    Restriction.objects.create(
        review=noticed,
        kind="criminal",
        details="A new charge.",
        started_on=datetime.date(2026, 12, 1),
    )

    with time_machine.travel(at(EARLIEST, 9, 31), tick=False):
        result = scheduling.publish_due(now=timezone.now())

    noticed.refresh_from_db()
    assert result == [(noticed.pk, Review.Status.BLOCKED)]
    assert noticed.status == Review.Status.BLOCKED
    assert "A restriction is in force: Criminal proceedings." in noticed.blocked_reason
    assert noticed.published_at is None
    assert [m.subject for m in mail.outbox] == [f"Publication blocked: {noticed.reference}"]
    assert "Criminal proceedings" in mail.outbox[0].body


def test_a_missing_delivery_blocks_publication(noticed, manager):
    schedule(noticed, manager, at(EARLIEST))
    Delivery.objects.filter(recipient__body="panel").update(
        state=Delivery.State.FAILED, sent_at=None
    )

    with time_machine.travel(at(EARLIEST, 10), tick=False):
        scheduling.publish_due(now=timezone.now())

    noticed.refresh_from_db()
    assert noticed.status == Review.Status.BLOCKED
    assert (
        "The notice to Child Safeguarding Practice Review Panel has not been delivered (failed)."
        in noticed.blocked_reason
    )


def test_a_delivery_sent_late_blocks_a_publication_before_its_seventh_working_day(noticed, manager):
    schedule(noticed, manager, at(EARLIEST))
    late = timezone.make_aware(datetime.datetime(2026, 11, 30, 10))  # Monday
    Delivery.objects.filter(recipient__body="dfe").update(sent_at=late)

    with time_machine.travel(at(EARLIEST, 10), tick=False):
        scheduling.publish_due(now=timezone.now())

    noticed.refresh_from_db()
    assert noticed.status == Review.Status.BLOCKED
    assert "earliest publication date is Wednesday 9 December 2026" in noticed.blocked_reason


def test_a_blocked_review_can_be_scheduled_again_once_put_right(noticed, manager):
    schedule(noticed, manager, at(EARLIEST))
    restriction = Restriction.objects.create(
        review=noticed, kind="inquest", details="x", started_on=datetime.date(2026, 12, 1)
    )
    with time_machine.travel(at(EARLIEST, 10), tick=False):
        scheduling.publish_due(now=timezone.now())
    reviews_services.restriction_lift(
        restriction=restriction, by=manager, note="Concluded.", on=EARLIEST
    )
    later = at(EARLIEST + datetime.timedelta(days=1))
    schedule(noticed, manager, later, now=at(EARLIEST, 11))
    with time_machine.travel(later, tick=False):
        scheduling.publish_due(now=timezone.now())

    noticed.refresh_from_db()
    assert noticed.status == Review.Status.PUBLISHED
    assert noticed.blocked_reason == ""
