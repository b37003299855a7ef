"""A delivery keeps one Message-ID; an attempt whose outcome is unknown is shown, alerted and
re-sent as a recognisable possible duplicate; sweeps never queue what is already queued; retries
keep their backoff; a broker outage never fails the staff action that queued the work."""

import datetime
from unittest import mock

import pytest
from celery import current_app
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from kombu.exceptions import OperationalError

from publishing.models import Alert, Delivery, Notice
from publishing.services import alerts, deliveries, notices

from .factories import make_approved_review, set_recipient_emails
from .smtp_server import ScriptedSMTP

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(datetime.datetime(2026, 11, 27, 10, 0))


@pytest.fixture
def notice(author, approver, manager):
    manager.email = "manager@example.org"
    manager.save()
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    notice = notices.notice_send(review=review, by=manager)
    notices.notice_render(notice_id=notice.pk)
    Delivery.objects.update(next_attempt_at=NOW, queued_at=None)
    return notice


@pytest.fixture
def delivery(notice):
    return notice.deliveries.get(recipient__body="ofsted")


@pytest.fixture
def queued():
    """Record what would be queued, instead of sending it to the broker."""
    with mock.patch.object(deliveries, "task_queue", return_value=True) as task_queue:
        yield task_queue


def _worker_died(delivery, *, seconds_ago: float) -> None:
    Delivery.objects.filter(pk=delivery.pk).update(
        state=Delivery.State.SENDING, claimed_at=NOW - datetime.timedelta(seconds=seconds_ago)
    )


def test_each_delivery_has_its_own_message_id_and_sends_it(notice):
    ids = list(notice.deliveries.values_list("message_id", flat=True))
    assert len(set(ids)) == 3 and all(i.startswith("<") and i.endswith(">") for i in ids)

    delivery = notice.deliveries.get(recipient__body="dfe")
    deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW)

    (message,) = [m for m in mail.outbox if m.to == [delivery.email]]
    assert message.message()["Message-ID"] == delivery.message_id
    assert "Possible duplicate" not in message.subject


def test_every_attempt_carries_the_same_message_id(delivery, settings, queued):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_TIMEOUT = "127.0.0.1", 1
    with ScriptedSMTP("tempfail") as server:
        settings.EMAIL_PORT = server.port
        deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    later = NOW + datetime.timedelta(minutes=1)

    deliveries.delivery_attempt(delivery_id=delivery.pk, now=later)

    delivery.refresh_from_db()
    assert delivery.state == Delivery.State.SENT and delivery.attempts == 2
    (message,) = [m for m in mail.outbox if m.to == [delivery.email]]
    assert message.message()["Message-ID"] == delivery.message_id


def test_an_attempt_past_twice_the_smtp_timeout_has_an_unknown_outcome(delivery, settings, queued):
    settings.EMAIL_TIMEOUT = 30
    _worker_died(delivery, seconds_ago=59)
    assert deliveries.deliveries_sweep(now=NOW)["recovered"] == 0

    _worker_died(delivery, seconds_ago=61)
    assert deliveries.deliveries_sweep(now=NOW)["recovered"] == 1

    delivery.refresh_from_db()
    assert delivery.state == Delivery.State.QUEUED
    assert delivery.unknown_at == NOW and delivery.possible_duplicate
    assert delivery.outcome_unknown
    assert "Outcome unknown" in delivery.history.first().history_change_reason
    queued.assert_any_call("publishing.delivery_send", delivery.pk, countdown=None)


def test_the_managers_are_told_once_and_the_dashboard_shows_it(delivery, queued):
    _worker_died(delivery, seconds_ago=3600)

    deliveries.deliveries_sweep(now=NOW)
    deliveries.deliveries_sweep(now=NOW)

    told = [m for m in mail.outbox if "outcome unknown" in m.subject.lower()]
    assert len(told) == 1 and told[0].to == ["manager@example.org"]
    assert Alert.objects.filter(key__startswith=f"delivery-unknown:{delivery.pk}:").count() == 1
    shown = [item for item in alerts.items(now=NOW) if item.category == alerts.UNKNOWN]
    assert [item.review for item in shown] == [delivery.notice.review]


def test_the_re_send_is_marked_as_a_possible_duplicate_with_the_same_message_id(delivery, queued):
    _worker_died(delivery, seconds_ago=3600)
    deliveries.deliveries_sweep(now=NOW)

    assert deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW) == Delivery.State.SENT

    delivery.refresh_from_db()
    (message,) = [m for m in mail.outbox if m.to == [delivery.email]]
    assert message.subject.startswith("Possible duplicate: ")
    assert message.message()["X-Possible-Duplicate"] == "yes"
    assert message.message()["Message-ID"] == delivery.message_id
    assert not delivery.outcome_unknown and delivery.possible_duplicate


def test_a_sweep_never_queues_a_delivery_that_is_already_queued(notice, queued):
    first = deliveries.deliveries_sweep(now=NOW)
    second = deliveries.deliveries_sweep(now=NOW + datetime.timedelta(minutes=1))

    assert (first["queued"], second["queued"]) == (3, 0)
    assert queued.call_count == 3

    # a queued send not started for REQUEUE_AFTER is taken as lost and queued again
    late = NOW + deliveries.REQUEUE_AFTER + datetime.timedelta(minutes=1)
    assert deliveries.deliveries_sweep(now=late)["queued"] == 3


def test_a_retry_is_queued_for_its_exact_backoff_time(delivery, settings, queued):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_TIMEOUT = "127.0.0.1", 1
    with ScriptedSMTP("tempfail") as server:
        settings.EMAIL_PORT = server.port
        deliveries.delivery_attempt(delivery_id=delivery.pk, now=NOW)

    delivery.refresh_from_db()
    retry_at = NOW + datetime.timedelta(minutes=1)
    assert delivery.next_attempt_at == retry_at and delivery.queued_at == retry_at
    queued.assert_called_once_with("publishing.delivery_send", delivery.pk, countdown=60.0)
    # the minute sweep after it does not queue it a second time
    assert deliveries.deliveries_sweep(now=retry_at + datetime.timedelta(seconds=30))["queued"] == 2


def test_with_the_broker_down_queueing_is_given_back_for_the_sweep(delivery, caplog):
    task = current_app.tasks["publishing.delivery_send"]
    with mock.patch.object(task, "apply_async", side_effect=OperationalError("refused")):
        assert not deliveries.delivery_queue(delivery_id=delivery.pk, now=NOW)

    delivery.refresh_from_db()
    assert delivery.queued_at is None
    assert "Could not queue publishing.delivery_send" in caplog.text


def test_send_the_notice_with_the_broker_down_succeeds_and_says_it_will_go(
    client, author, approver, manager, django_capture_on_commit_callbacks
):
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    client.force_login(manager)
    broken = mock.patch(
        "celery.app.task.Task.apply_async", side_effect=OperationalError("Connection refused")
    )
    url = reverse("admin:reviews_review_publication", args=[review.pk])
    with broken, django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(url, {"do": "send_notice", "confirm": "yes"}, follow=True)

    assert callbacks  # the queueing ran, after the commit, and raised nothing
    assert response.status_code == 200
    assert Notice.objects.filter(review=review).count() == 1
    assert Delivery.objects.filter(notice__review=review, queued_at=None).count() == 3
    assert "as soon as they are back" in response.content.decode()


def test_the_publication_page_shows_an_unknown_outcome(client, manager, delivery, queued):
    _worker_died(delivery, seconds_ago=3600)
    deliveries.deliveries_sweep(now=NOW)
    client.force_login(manager)

    page = client.get(reverse("admin:reviews_review_publication", args=[delivery.notice.review_id]))

    assert "Outcome unknown" in page.content.decode()
    assert "possible duplicate" in page.content.decode()
