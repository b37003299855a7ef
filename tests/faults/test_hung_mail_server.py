"""A mail server that takes the connection and never answers holds the main worker, not
publication: the scheduler's own worker (queue "scheduler") publishes on time regardless."""

import datetime

from django.urls import reverse
from django.utils import timezone

from publishing import tasks
from publishing.models import Delivery
from publishing.services import scheduling
from reviews.models import Review

from ..conftest import wait_until
from ..factories import deliver_notice
from .conftest import all_sent, assert_each_reached_the_server, progress, repeating


def test_a_publication_is_on_time_while_the_main_worker_is_stuck_on_mail(
    workers, smtp, send_notice, manager, client, settings
):
    settings.EMAIL_TIMEOUT = 60  # the main worker waits on the silent server all test long
    due = _scheduled_for_publication(send_notice, manager, in_seconds=2)
    main, scheduler = workers.start("celery", wait=False), workers.start("scheduler", wait=False)
    main.wait_for_log(" ready.")
    scheduler.wait_for_log(" ready.")

    # 1. Another notice goes out to a mail server that has hung: the main worker is stuck on it.
    smtp.mode = "hang"
    stuck = send_notice()
    sending = Delivery.objects.filter(notice=stuck, state=Delivery.State.SENDING)
    assert wait_until(sending.exists, timeout=60), progress(main, stuck)

    # 2. publish_due is queued every few seconds, as beat does every 20.
    beat = repeating(tasks.publish_due.delay, every=2)
    published = Review.objects.filter(pk=due.pk, status=Review.Status.PUBLISHED)
    assert wait_until(lambda: beat() or published.exists(), timeout=60), scheduler.tail()

    due.refresh_from_db()
    assert due.published_at - due.publish_at < datetime.timedelta(seconds=60)
    assert sending.exists() and not smtp.messages  # the main worker was stuck all along
    assert client.get(reverse("publishing:healthz")).status_code == 200
    assert client.get(reverse("publishing:review", args=[due.slug])).status_code == 200

    # 3. The mail server recovers: the notice goes, each delivery once.
    smtp.mode = "accept"
    smtp.release.set()
    assert wait_until(lambda: all_sent(stuck), timeout=60), progress(main, stuck)
    assert_each_reached_the_server(smtp, stuck)


def _scheduled_for_publication(send_notice, manager, *, in_seconds: int) -> Review:
    """A review whose notice went out a month ago, scheduled to publish in `in_seconds`."""
    notice = send_notice()
    month_ago = timezone.now() - datetime.timedelta(days=30)
    deliver_notice(notice.review, now=month_ago)  # here, not through the mail server
    notice.deliveries.update(sent_at=month_ago)
    now = timezone.now()
    at = now + datetime.timedelta(seconds=in_seconds)
    return scheduling.publication_schedule(review=notice.review, by=manager, at=at, now=now)
