"""A worker process killed mid-send, after the mail server took the message but before the
delivery was recorded as sent: once the lease is over the sweep sends it again, with the same
Message-ID and marked as a possible duplicate, and nothing else is sent twice."""

import os
import signal

from django.core import mail
from django.utils import timezone

from publishing.models import Delivery
from publishing.services import deliveries

from ..conftest import wait_until
from .conftest import all_sent, assert_each_reached_the_server, is_marked, progress, repeating


def test_it_is_re_sent_after_the_lease_with_the_same_message_id_marked(
    workers, smtp, send_notice, settings
):
    settings.EMAIL_TIMEOUT, settings.DELIVERY_CLAIM_LEASE_SECONDS = 3, 1  # a 6-second lease
    smtp.mode = "slow"  # takes the message, then keeps the worker waiting for the "250"
    worker = workers.start("celery")
    notice = send_notice()

    # 1. The server has the first message; its worker process is killed before it hears back.
    assert wait_until(lambda: smtp.messages, timeout=60), progress(worker, notice)
    (pool_process,) = worker.pool_processes()
    os.kill(pool_process, signal.SIGKILL)
    smtp.mode = "accept"
    killed = Delivery.objects.get(message_id=smtp.messages[0]["Message-ID"])

    # 2. The task comes back to the pool (acks late, rejected when its worker is lost), but the
    #    delivery is still claimed: the other two go, it waits for its lease.
    others = notice.deliveries.exclude(pk=killed.pk)
    assert wait_until(lambda: _sent(others) == 2, timeout=30), progress(worker, notice)
    killed.refresh_from_db()
    assert killed.state == Delivery.State.SENDING
    assert len(smtp.with_message_id(killed.message_id)) == 1

    # 3. The minute sweep (run here every second) takes the outcome as unknown after the lease.
    sweep = repeating(lambda: deliveries.deliveries_sweep(now=timezone.now()), every=1)
    assert wait_until(lambda: sweep() or all_sent(notice), timeout=30), progress(worker, notice)

    first, again = smtp.with_message_id(killed.message_id)
    assert not is_marked(first) and is_marked(again)
    copies = assert_each_reached_the_server(smtp, notice)
    assert sorted(len(taken) for taken in copies.values()) == [1, 1, 2]
    killed.refresh_from_db()
    assert killed.possible_duplicate and killed.unknown_at and killed.attempts == 2
    assert [m.subject for m in mail.outbox if "outcome unknown" in m.subject.lower()] == [
        f"Notice outcome unknown: {notice.review.reference} to {killed.recipient.name}"
    ]
    assert worker.alive(), worker.tail()  # the pool replaced its process; the worker went on


def _sent(queryset) -> int:
    return queryset.filter(state=Delivery.State.SENT).count()
