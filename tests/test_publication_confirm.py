"""The Publication page asks before a move that cannot be taken back, keeps what was typed when a
move is refused, starts the schedule at the earliest allowed date, and says in words why a
delivery failed."""

import datetime
import re

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from publishing.models import Decision, Delivery, Notice
from publishing.services import deliveries, notices, scheduling
from reviews.models import Action, Review

from .factories import (
    deliver_notice,
    make_action,
    make_approved_review,
    make_recommendation,
    make_review,
    set_recipient_emails,
)

pytestmark = pytest.mark.django_db

MONDAY = timezone.make_aware(datetime.datetime(2026, 11, 30, 9, 0))
REFUSED = "SMTPRecipientsRefused: {'ofsted@example.gov.uk': (550, b'5.1.1 No such mailbox')}"


def page(review):
    return reverse("admin:reviews_review_publication", args=[review.pk])


@pytest.fixture
def approved(author, approver):
    set_recipient_emails()
    return make_approved_review(author=author, approver=approver)


@pytest.fixture
def monday():
    with time_machine.travel(MONDAY, tick=False):
        yield


@pytest.fixture
def noticed(monday, approved, manager):
    notices.notice_send(review=approved, by=manager)
    deliver_notice(approved, now=timezone.now())
    return approved


def test_sending_the_notice_asks_first_and_a_post_without_yes_sends_nothing(
    client, manager, approved
):
    client.force_login(manager)

    response = client.post(page(approved), {"do": "send_notice"})

    text = response.content.decode()
    assert response.status_code == 200
    assert (
        f"Send the notice for {approved.reference} to Ofsted, the DfE and the National Panel "
        "now. It cannot be taken back."
    ) in text
    assert "ofsted@example.gov.uk" in text
    assert "Yes, send the notice" in text
    assert '<input type="hidden" name="confirm" value="yes">' in text
    assert f'href="{page(approved)}">Cancel' in text
    assert not Notice.objects.exists()
    approved.refresh_from_db()
    assert approved.status == Review.Status.QA_APPROVED


def test_yes_sends_the_notice(client, manager, approved):
    client.force_login(manager)

    response = client.post(page(approved), {"do": "send_notice", "confirm": "yes"})

    assert response.status_code == 302
    assert Notice.objects.filter(review=approved).count() == 1
    approved.refresh_from_db()
    assert approved.status == Review.Status.NOTICE_SENT


def test_a_notice_that_cannot_be_sent_is_refused_before_any_question(client, manager, approved):
    client.force_login(manager)
    client.post(page(approved), {"do": "send_notice", "confirm": "yes"})

    again = client.post(page(approved), {"do": "send_notice"}, follow=True)

    assert "The notice cannot be sent" in again.content.decode()
    assert "Yes, send the notice" not in again.content.decode()
    assert Notice.objects.count() == 1


def test_someone_who_may_not_send_is_refused_before_any_question(client, author, approved):
    client.force_login(author)

    response = client.post(page(approved), {"do": "send_notice"}, follow=True)

    text = response.content.decode()
    assert "Only partnership managers can do this." in text
    assert "Yes, send the notice" not in text
    assert not Notice.objects.exists()


def test_unscheduling_names_the_date_it_cancels_and_waits_for_yes(client, manager, noticed):
    earliest = scheduling.earliest_publication(noticed, today=MONDAY.date()).date
    at = timezone.make_aware(datetime.datetime.combine(earliest, datetime.time(9, 30)))
    scheduling.publication_schedule(review=noticed, by=manager, at=at, now=timezone.now())
    client.force_login(manager)

    asked = client.post(page(noticed), {"do": "unschedule"})

    assert asked.status_code == 200
    assert (
        f"Cancel the publication of {noticed.reference} on Wednesday 9 December 2026 at 09:30."
        in asked.content.decode()
    )
    noticed.refresh_from_db()
    assert noticed.status == Review.Status.SCHEDULED

    client.post(page(noticed), {"do": "unschedule", "confirm": "yes"})
    noticed.refresh_from_db()
    assert noticed.status == Review.Status.NOTICE_SENT


def test_removal_asks_first(client, manager, author):
    published = make_review(
        author=author,
        status=Review.Status.PUBLISHED,
        published_at=timezone.make_aware(datetime.datetime(2025, 1, 10, 9, 30)),
    )
    make_action(
        make_recommendation(published),
        status=Action.Status.COMPLETED,
        completed_on=datetime.date(2025, 6, 1),
        impact="Measured change.",
    )
    client.force_login(manager)

    asked = client.post(page(published), {"do": "remove"})

    assert f"Remove {published.reference} from the website now" in asked.content.decode()
    published.refresh_from_db()
    assert published.status == Review.Status.PUBLISHED
    client.post(page(published), {"do": "remove", "confirm": "yes"})
    published.refresh_from_db()
    assert published.status == Review.Status.REMOVED


def test_the_decision_not_to_publish_asks_first_and_carries_the_reasons(client, manager, approved):
    client.force_login(manager)
    reasons = "It would identify a sibling <at school>."

    asked = client.post(page(approved), {"do": "decide", "reasons": reasons})

    text = asked.content.decode()
    assert asked.status_code == 200
    assert f"Record the decision not to publish {approved.reference}" in text
    assert "It would identify a sibling &lt;at school&gt;." in text
    assert (
        'type="hidden" name="reasons" value="It would identify a sibling &lt;at school&gt;."'
        in (text)
    )
    assert not Decision.objects.exists()

    client.post(page(approved), {"do": "decide", "reasons": reasons, "confirm": "yes"})
    assert Decision.objects.get(review=approved).reasons == reasons


def test_a_decision_without_reasons_is_a_form_error_not_a_question(client, manager, approved):
    client.force_login(manager)

    response = client.post(page(approved), {"do": "decide", "reasons": ""})

    text = response.content.decode()
    assert response.status_code == 200
    assert "This field is required" in text
    assert "There is a problem" in text
    assert 'href="#decide_reasons"' in text
    assert "Yes, record the decision" not in text


def test_the_final_decision_asks_first_naming_the_outcome(client, manager, approved):
    client.force_login(manager)
    client.post(page(approved), {"do": "decide", "reasons": "Harm.", "confirm": "yes"})
    advice = {"advised_on": timezone.localdate().isoformat(), "advice": "Publish the learning."}
    client.post(page(approved), {"do": "advice", "challenges": "no", **advice})
    final = {"do": "finalise", "outcome": "improvements_only", "reasons": "Learning only."}

    asked = client.post(page(approved), final)

    assert "(Publish the improvements information only) and tell Ofsted" in (asked.content.decode())
    assert Decision.objects.get().outcome == ""
    client.post(page(approved), {**final, "confirm": "yes"})
    assert Decision.objects.get().outcome == "improvements_only"


def test_the_schedule_form_starts_at_the_earliest_allowed_date(client, manager, noticed):
    client.force_login(manager)

    text = client.get(page(noticed)).content.decode()

    assert 'type="date" name="date" value="2026-12-09"' in text
    assert 'name="time" value="09:30"' in text


def test_a_refused_date_is_shown_at_the_field_with_what_was_typed(client, manager, noticed):
    client.force_login(manager)

    response = client.post(page(noticed), {"do": "schedule", "date": "2026-12-08", "time": "14:15"})

    text = response.content.decode()
    assert response.status_code == 200
    field = text[text.index('id="schedule"') :]
    assert field.index("The earliest allowed publication date is Wednesday 9 December") < (
        field.index('id="id_date"')
    )
    assert 'value="2026-12-08"' in text and 'value="14:15"' in text
    assert '<a href="#id_date">The earliest allowed publication date' in text
    noticed.refresh_from_db()
    assert noticed.status == Review.Status.NOTICE_SENT


def test_a_failed_delivery_says_what_went_wrong_and_links_to_the_recipient(
    client, manager, auditor, monday, approved
):
    notice = notices.notice_send(review=approved, by=manager)
    delivery = notice.deliveries.get(recipient__body="ofsted")
    Delivery.objects.filter(pk=delivery.pk).update(
        state=Delivery.State.FAILED, attempts=1, email="ofsted@example.gov.uk", last_error=REFUSED
    )
    recipient_url = reverse("admin:publishing_recipient_change", args=[delivery.recipient_id])
    client.force_login(manager)

    text = client.get(page(approved)).content.decode()

    assert (
        "The recipient&#x27;s mail server refused the address ofsted@example.gov.uk "
        "(it does not exist)." in text
    )
    assert f'<a href="{recipient_url}">Correct the address of Ofsted</a>' in text
    client.force_login(auditor)  # may view recipients, not change them
    assert recipient_url not in client.get(page(approved)).content.decode()


def test_the_deliveries_table_scrolls_in_its_own_focusable_region(client, manager, noticed):
    client.force_login(manager)

    text = client.get(page(noticed)).content.decode()

    region = re.search(r'<div class="table-scroll"[^>]*>\s*<table class="deliveries">', text)
    assert region is not None
    assert 'role="region"' in region[0] and 'tabindex="0"' in region[0]
    assert 'aria-labelledby="notice-' in region[0]


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (REFUSED, "refused the address ofsted@example.gov.uk (it does not exist)."),
        (
            "SMTPRecipientsRefused: {'ofsted@example.gov.uk': (451, b'Later')}",
            "would not take mail for ofsted@example.gov.uk for now, 8 attempts in a row",
        ),
        ("SMTPDataError: (552, b'Message too big')", "as too large. It said: “Message too big”."),
        ("TimeoutError: timed out", "did not answer in time (8 attempts)."),
        ("ConnectionRefusedError: [Errno 111] Connection refused", "could not be reached"),
        ("SMTPAuthenticationError: (535, b'Bad')", "Ask IT to check the system's email settings."),
        ("KeyError: 'x'", "Sending failed (8 attempts): KeyError: 'x'"),
        ("", ""),
    ],
)
def test_a_stored_error_is_put_into_words(error, words):
    said = deliveries.failure_in_words(error=error, email="ofsted@example.gov.uk", attempts=8)

    assert words in said
    assert bool(said) == bool(error)
