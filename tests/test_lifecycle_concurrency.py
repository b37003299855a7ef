"""Deadlines are legal duties: real workers deliver each notice once, and two sweepers at once
publish once. Runs against the real broker (Redis in CI) and database (PostgreSQL in CI)."""

import datetime
import threading

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from publishing import tasks
from publishing.models import Delivery
from publishing.services import common, deliveries, notices, scheduling
from reviews.models import Review

from .conftest import wait_until
from .factories import deliver_notice, make_approved_review, set_recipient_emails


@pytest.fixture
def noticed(author, approver, manager):
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    return review


def run_together(target, count: int = 2) -> list:
    """Run `target` in `count` threads released at the same moment; return their results."""
    barrier, results = threading.Barrier(count), []

    def worker():
        try:
            barrier.wait()
            results.append(target())
        finally:
            connection.close()  # each thread has its own database connection

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def test_a_real_worker_delivers_the_notice_to_all_three_bodies(celery_worker, noticed, manager):
    notices.notice_send(review=noticed, by=manager)  # queues the render on commit

    def all_sent() -> bool:  # the email goes out just before its row is marked sent
        states = set(Delivery.objects.values_list("state", flat=True))
        return states == {Delivery.State.SENT}

    assert wait_until(all_sent, timeout=60), list(Delivery.objects.values("state", "last_error"))
    assert sorted(m.to[0].split("@")[0] for m in mail.outbox) == ["dfe", "ofsted", "panel"]


def test_the_same_delivery_task_queued_twice_sends_once(celery_worker, noticed, manager):
    notice = notices.notice_send(review=noticed, by=manager)
    sent = notice.deliveries.filter(state=Delivery.State.SENT)
    assert wait_until(lambda: sent.count() == 3, timeout=60)
    delivery = notice.deliveries.first()

    tasks.delivery_send.delay(delivery.pk)
    tasks.delivery_send.delay(delivery.pk)
    tasks.heartbeat.delay()  # runs after both on the single worker: a marker that they ran

    assert wait_until(
        lambda: common.heartbeat_age(name="scheduler", now=timezone.now()) is not None
    )
    assert len(mail.outbox) == 3


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_sending_the_same_delivery_at_once_send_it_once(noticed, manager):
    notice = notices.notice_send(review=noticed, by=manager)
    notices.notice_render(notice_id=notice.pk)
    delivery = notice.deliveries.first()
    now = timezone.now()

    results = run_together(lambda: deliveries.delivery_attempt(delivery_id=delivery.pk, now=now))

    assert sorted(results, key=str) == [None, Delivery.State.SENT]
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_publish_sweepers_at_once_publish_once(noticed, manager):
    sent = timezone.now() - datetime.timedelta(days=30)
    notices.notice_send(review=noticed, by=manager)
    deliver_notice(noticed, now=sent)
    Delivery.objects.update(sent_at=sent)
    when = timezone.now() + datetime.timedelta(hours=1)
    scheduling.publication_schedule(review=noticed, by=manager, at=when, now=timezone.now())
    due = when + datetime.timedelta(seconds=5)

    results = run_together(lambda: scheduling.publish_due(now=due))

    assert sorted(results, key=len) == [[], [(noticed.pk, Review.Status.PUBLISHED)]]
    noticed.refresh_from_db()
    assert noticed.status == Review.Status.PUBLISHED
    assert noticed.history.filter(history_change_reason="Published by the scheduler").count() == 1
