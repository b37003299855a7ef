"""The outbox: each delivery of a notice to one body, claimed with a conditional update, sent,
retried with capped backoff, or failed with an alert to the managers.
"""

from __future__ import annotations

import datetime
import logging
import smtplib

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone

from nelscp.context_processors import partnership
from reviews.services import (
    TransitionError,
    record_history,
)

from ..models import Delivery, Notice, Recipient
from .common import alert_managers, require_manager, scheduler_user, task_queue

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
CLAIM_LEASE = datetime.timedelta(minutes=15)  # a send still "sending" after this has died


def deliveries_queue(notice_id: int) -> None:
    """Queue a send of each queued delivery of the notice `notice_id`."""
    for delivery_id in Delivery.objects.filter(
        notice_id=notice_id, state=Delivery.State.QUEUED
    ).values_list("pk", flat=True):
        task_queue("publishing.delivery_send", delivery_id)


def delivery_attempt(*, delivery_id: int, now: datetime.datetime) -> str | None:
    """Try to send one delivery; return its new state, or None when it was not ours to send.

    1. Claim it (queued, due, notice not voided, PDF ready) with a conditional update: two
       workers, or the same task run twice, never both send it.
    2. Send the email with the PDF attached.
    3. Record sent; or, on a temporary error, queue a retry with capped exponential backoff;
       or, on a permanent error or too many attempts, mark it failed and alert the managers.
    """
    claimed = (
        Delivery.objects.filter(
            pk=delivery_id,
            state=Delivery.State.QUEUED,
            next_attempt_at__lte=now,
            notice__voided_at__isnull=True,
        )
        .exclude(notice__pdf="")
        .update(state=Delivery.State.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    )
    if not claimed:
        return None
    delivery = Delivery.objects.select_related("notice__review", "recipient").get(pk=delivery_id)
    try:
        _send_delivery_email(delivery)
    except Exception as error:  # classified below: every failure is recorded, none is lost
        return _delivery_failed(delivery, error, now)
    _delivery_finish(delivery, state=Delivery.State.SENT, reason="Sent", sent_at=timezone.now())
    return Delivery.State.SENT


def _send_delivery_email(delivery: Delivery) -> None:
    notice, review = delivery.notice, delivery.notice.review
    subject = f"{notice.get_kind_display()}: {review.reference}, {settings.PARTNERSHIP_NAME}"
    body = render_to_string(
        "notices/notice_email.txt",
        {"notice": notice, "review": review, "delivery": delivery, **partnership(None)},
    )
    message = EmailMessage(subject, body, to=[delivery.email])
    with notice.pdf.open("rb") as handle:
        message.attach(f"{review.reference}-{notice.kind}.pdf", handle.read(), "application/pdf")
    message.send()


def is_permanent(error: Exception) -> bool:
    """True for errors that retrying cannot fix (a refused address); False for outages."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return any(code >= 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return 500 <= error.smtp_code < 600
    return isinstance(error, smtplib.SMTPNotSupportedError | ValueError)


def retry_delay(attempts: int) -> datetime.timedelta:
    """1, 2, 4, ... minutes after each failed attempt, capped at an hour."""
    return datetime.timedelta(minutes=min(2 ** max(attempts - 1, 0), 60))


def _delivery_failed(delivery: Delivery, error: Exception, now: datetime.datetime) -> str:
    text = f"{type(error).__name__}: {error}"[:1000]
    logger.warning("Delivery %s attempt %s failed: %s", delivery.pk, delivery.attempts, text)
    if is_permanent(error) or delivery.attempts >= MAX_ATTEMPTS:
        _delivery_finish(delivery, state=Delivery.State.FAILED, reason="Failed", last_error=text)
        review = delivery.notice.review
        alert_managers(
            key=f"delivery-failed:{delivery.pk}",
            subject=f"Notice not delivered: {review.reference} to {delivery.recipient.name}",
            body=(
                f"The {delivery.notice.get_kind_display().lower()} for {review.reference} could "
                f"not be delivered to {delivery.recipient.name} <{delivery.email}> after "
                f"{delivery.attempts} attempt(s).\n\nError: {text}\n\nCheck the address under "
                f"Recipients, then retry the delivery from the review's publication page."
            ),
        )
        return Delivery.State.FAILED
    _delivery_finish(
        delivery,
        state=Delivery.State.QUEUED,
        reason=f"Attempt {delivery.attempts} failed; will retry",
        last_error=text,
        next_attempt_at=now + retry_delay(delivery.attempts),
    )
    return Delivery.State.QUEUED


def _delivery_finish(delivery: Delivery, *, state: str, reason: str, **fields) -> None:
    Delivery.objects.filter(pk=delivery.pk, state=Delivery.State.SENDING).update(
        state=state, claimed_at=None, **fields
    )
    record_history(delivery, by=scheduler_user(), reason=reason)


def delivery_retry(*, delivery: Delivery, by: AbstractBaseUser) -> Delivery:
    """Queue a failed delivery again (after the address was corrected), to the current address."""
    require_manager(by)
    recipient = Recipient.objects.get(pk=delivery.recipient_id)
    if not recipient.email:
        raise TransitionError(f"{recipient.get_body_display()} has no email address.")
    claimed = Delivery.objects.filter(
        pk=delivery.pk, state=Delivery.State.FAILED, notice__voided_at__isnull=True
    ).update(
        state=Delivery.State.QUEUED,
        attempts=0,
        email=recipient.email,
        next_attempt_at=timezone.now(),
    )
    if not claimed:
        raise TransitionError("Only a failed delivery of a notice in force can be retried.")
    record_history(delivery, by=by, reason="Retry requested")
    transaction.on_commit(lambda: deliveries_queue(delivery.notice_id))
    return delivery


def deliveries_sweep(*, now: datetime.datetime) -> dict[str, int]:
    """Recover and queue outbox work: what a lost message or a dead worker left behind."""
    stale = Delivery.objects.filter(state=Delivery.State.SENDING, claimed_at__lt=now - CLAIM_LEASE)
    recovered = stale.update(state=Delivery.State.QUEUED, claimed_at=None)
    unrendered = list(Notice.objects.filter(pdf="", voided_at=None).values_list("pk", flat=True))
    for notice_id in unrendered:
        task_queue("publishing.notice_render", notice_id)
    due = list(
        Delivery.objects.filter(
            state=Delivery.State.QUEUED, next_attempt_at__lte=now, notice__voided_at=None
        )
        .exclude(notice__pdf="")
        .values_list("pk", flat=True)
    )
    for delivery_id in due:
        task_queue("publishing.delivery_send", delivery_id)
    return {"recovered": recovered, "rendered": len(unrendered), "queued": len(due)}
