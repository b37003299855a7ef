"""Deliveries survive SMTP failures: retried with backoff, or failed with an alert; never twice."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from publishing.models import Alert, Delivery
from publishing.services import common, deliveries, notices

from .factories import make_approved_review, make_user, set_recipient_emails
from .smtp_server import ScriptedSMTP, free_port

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(datetime.datetime(2026, 11, 27, 10, 0))


@pytest.fixture
def delivery(author, approver, manager):
    manager.email = "manager@example.org"
    manager.save()
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    notice = notices.notice_send(review=review, by=manager)
    notices.notice_render(notice_id=notice.pk)
    Delivery.objects.update(next_attempt_at=NOW)
    return notice.deliveries.get(recipient__body="ofsted")


@pytest.fixture
def smtp(settings):
    def use(port: int):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 1

    return use


def test_a_refused_address_fails_at_once_and_alerts_the_managers(delivery, smtp, settings):
    with ScriptedSMTP("refuse") as server:
        smtp(server.port)
        state = deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW)
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    delivery.refresh_from_db()
    assert state == Delivery.State.FAILED
    assert "550" in delivery.last_error
    assert delivery.attempts == 1
    assert Alert.objects.filter(key=f"delivery-failed:{delivery.pk}").exists()
    assert server.delivered == 1  # the alert to the manager
    assert delivery.history.first().history_change_reason == "Failed"


def test_an_alert_that_cannot_be_sent_is_logged_and_tried_again_later(delivery, smtp, caplog):
    smtp(free_port())  # no mail server at all
    Delivery.objects.filter(pk=delivery.pk).update(attempts=deliveries.MAX_ATTEMPTS - 1)

    state = deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW)

    assert state == Delivery.State.FAILED
    assert not Alert.objects.filter(key=f"delivery-failed:{delivery.pk}").exists()
    assert "not sent" in caplog.text


def test_a_temporary_refusal_is_retried_later_with_backoff(delivery, smtp):
    with ScriptedSMTP("tempfail") as server:
        smtp(server.port)
        state = deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW)

    delivery.refresh_from_db()
    assert state == Delivery.State.QUEUED
    assert delivery.next_attempt_at == NOW + datetime.timedelta(minutes=1)
    assert "451" in delivery.last_error
    # not due yet: a second attempt now does nothing
    assert deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW) is None


def test_a_server_that_times_out_is_retried(delivery, smtp):
    with ScriptedSMTP("silent") as server:
        smtp(server.port)
        state = deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW)

    delivery.refresh_from_db()
    assert state == Delivery.State.QUEUED
    assert "timed out" in delivery.last_error.lower()


def test_a_server_that_is_down_is_retried(delivery, smtp):
    smtp(free_port())

    assert deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW) == Delivery.State.QUEUED


def test_after_the_last_attempt_it_fails_and_alerts(delivery, smtp):
    Delivery.objects.filter(pk=delivery.pk).update(attempts=deliveries.MAX_ATTEMPTS - 1)
    smtp(free_port())

    assert deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW) == Delivery.State.FAILED


def test_the_backoff_doubles_and_is_capped_at_an_hour():
    minutes = [deliveries.retry_delay(n).total_seconds() / 60 for n in range(1, 10)]
    assert minutes == [1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_the_same_delivery_attempted_twice_sends_once(delivery):
    first = deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW)
    second = deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW)

    assert (first, second) == (Delivery.State.SENT, None)
    assert len(mail.outbox) == 1


def test_a_failed_delivery_is_retried_to_the_corrected_address(delivery, manager, smtp, settings):
    with ScriptedSMTP("refuse") as server:
        smtp(server.port)
        deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    delivery.recipient.email = "corrected@example.gov.uk"
    delivery.recipient.save()

    deliveries.delivery_retry(delivery=delivery, by=manager)
    deliveries.delivery_attempt(delivery_id=delivery.pk, now=timezone.now())

    delivery.refresh_from_db()
    assert delivery.state == Delivery.State.SENT
    assert [m.to for m in mail.outbox if "corrected" in m.to[0]] == [["corrected@example.gov.uk"]]


def test_the_sweeper_recovers_a_send_whose_worker_died(delivery):
    Delivery.objects.filter(pk=delivery.pk).update(
        state=Delivery.State.SENDING, claimed_at=NOW - datetime.timedelta(hours=1)
    )

    counts = deliveries.deliveries_sweep(now=NOW)

    delivery.refresh_from_db()
    assert delivery.state == Delivery.State.QUEUED
    assert counts["recovered"] == 1


def test_an_alert_is_sent_once_per_key(db):
    make_user("boss", role="Partnership manager", email="boss@example.org")

    first = common.alert_managers(key="k1", subject="Hello", body="Body")
    second = common.alert_managers(key="k1", subject="Hello", body="Body")

    assert (first, second) == (True, False)
    assert [m.to for m in mail.outbox] == [["boss@example.org"]]
