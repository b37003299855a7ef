"""A worker whose claim waits on another worker's claim of the same delivery finds it taken and
sends nothing: the claim's conditions are judged on the row as it is after the wait."""

import threading

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection, transaction
from django.utils import timezone

from publishing.models import Delivery
from publishing.services import deliveries, notices

from ..conftest import wait_until


@pytest.mark.skipif(
    "postgresql" not in settings.DATABASES["default"]["ENGINE"],
    reason="SQLite lets one writer in at a time: a claim never waits on another's row lock",
)
@pytest.mark.django_db(transaction=True)
def test_a_claim_that_waited_for_another_workers_claim_sends_nothing(send_notice):
    notice = send_notice()
    notices.notice_render(notice_id=notice.pk)
    delivery = notice.deliveries.first()
    now = timezone.now()
    locked, release, outcome = threading.Event(), threading.Event(), []

    def first_worker():  # claims the row and holds the lock until released
        try:
            with transaction.atomic():
                Delivery.objects.filter(pk=delivery.pk).update(state=Delivery.State.SENDING)
                locked.set()
                release.wait(30)
        finally:
            connection.close()

    def second_worker():
        try:
            outcome.append(deliveries.delivery_attempt(delivery_id=delivery.pk, now=now))
        finally:
            connection.close()

    threads = [threading.Thread(target=first_worker), threading.Thread(target=second_worker)]
    threads[0].start()
    assert locked.wait(30)
    threads[1].start()
    assert wait_until(_a_claim_waits_on_a_lock, timeout=30)
    release.set()
    for thread in threads:
        thread.join(30)

    assert outcome == [None]
    assert mail.outbox == []


def _a_claim_waits_on_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND query LIKE 'UPDATE \"publishing_delivery\"%%'"
        )
        return cursor.fetchone()[0] > 0
