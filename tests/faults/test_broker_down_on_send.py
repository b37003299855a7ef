"""The broker down when a manager sends the notice: the page answers as usual, the notice and
its deliveries are saved, and once the broker is back the sweep queues them and they go."""

from django.urls import reverse
from django.utils import timezone

from publishing.models import Delivery, Notice
from publishing.services import deliveries
from reviews.models import Review

from ..conftest import wait_until
from ..factories import make_approved_review, set_recipient_emails
from .conftest import all_sent, assert_each_reached_the_server, progress, repeating


def test_send_the_notice_with_the_broker_down_saves_it_and_it_goes_once_the_broker_is_back(
    workers, broker, smtp, client, author, approver, manager
):
    worker = workers.start("celery")
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    client.force_login(manager)
    broker.stop()

    page = reverse("admin:reviews_review_publication", args=[review.pk])
    response = client.post(page, {"do": "send_notice", "confirm": "yes"}, follow=True)

    assert response.status_code == 200
    assert "as soon as they are back" in response.content.decode()
    notice = Notice.objects.get(review=review)  # committed: other processes see it
    assert Review.objects.get(pk=review.pk).status == Review.Status.NOTICE_SENT
    assert notice.deliveries.filter(state=Delivery.State.QUEUED).count() == 3
    assert not notice.pdf  # its render could not be queued

    # The broker is back: the minute sweep (run here every 5 seconds) queues the render, the
    # worker renders the PDF and queues the deliveries.
    broker.start()
    sweep = repeating(lambda: deliveries.deliveries_sweep(now=timezone.now()), every=5)
    assert wait_until(lambda: sweep() or all_sent(notice), timeout=90), progress(worker, notice)
    copies = assert_each_reached_the_server(smtp, notice)
    assert [len(taken) for taken in copies.values()] == [1, 1, 1]
    assert worker.alive(), worker.tail()
