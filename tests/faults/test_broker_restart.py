"""Redis stopped and started again under a running worker: the worker reconnects and goes on,
a send in flight across the restart finishes once, and every delivery queued before, during
and after the restart is sent."""

import re

from django.utils import timezone

from publishing.models import Delivery
from publishing.services import deliveries

from ..conftest import wait_until
from .conftest import all_sent, assert_each_reached_the_server, progress


def test_the_worker_survives_a_redis_restart_and_every_delivery_is_sent(
    workers, broker, smtp, send_notice, settings
):
    settings.EMAIL_TIMEOUT = 30  # longer than the outage: the send in flight waits it out
    worker = workers.start("celery")
    before = send_notice()
    assert wait_until(lambda: all_sent(before), timeout=60), progress(worker, before)

    # 1. A send in flight (the server has the message, the worker waits for its "250") ...
    smtp.mode = "slow"
    across = send_notice()
    assert wait_until(lambda: smtp.delivered == 4, timeout=60), worker.tail()
    in_flight = Delivery.objects.get(message_id=smtp.messages[-1]["Message-ID"])

    # 2. ... while Redis stops, and starts again empty: it kept nothing on disk.
    broker.stop()
    worker.wait_for_log("Connection to broker lost", timeout=30)
    worker.wait_for_log("Cannot connect to redis", timeout=30)  # it retries, and stays up
    broker.start()
    worker.wait_for_log("Connected to redis", count=2, timeout=60)
    smtp.mode = "accept"
    smtp.release.set()
    assert wait_until(lambda: _state(in_flight) == Delivery.State.SENT, timeout=30), worker.tail()

    # 3. The two sends queued behind it were in Redis and are gone. The database still has them
    #    queued: the minute sweep queues them again once they are overdue (it runs here as it
    #    will REQUEUE_AFTER from now).
    later = timezone.now() + deliveries.REQUEUE_AFTER
    assert deliveries.deliveries_sweep(now=later)["queued"] == 2
    after = send_notice()

    every = (before, across, after)
    assert wait_until(lambda: all_sent(*every), timeout=60), progress(worker, *every)
    copies = assert_each_reached_the_server(smtp, *every)
    assert [len(taken) for taken in copies.values()] == [1] * 9  # nothing sent twice
    assert worker.alive(), worker.tail()
    assert not re.search(r"Unrecoverable error|no attribute 'hostname'", worker.log_text())


def _state(delivery: Delivery) -> str:
    delivery.refresh_from_db()
    return delivery.state
