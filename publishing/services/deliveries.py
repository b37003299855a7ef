"""The outbox: each delivery of a notice to one body, claimed with a conditional update, sent,
retried with capped backoff, or failed with an alert to the managers.
"""

from __future__ import annotations

import datetime
import logging
import re
import smtplib
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, Q, QuerySet
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
# A queued send not started after this is taken as lost (a broker restart) and queued again.
REQUEUE_AFTER = datetime.timedelta(minutes=10)


def claim_lease() -> datetime.timedelta:
    """How long an attempt may stay "sending" before its outcome is taken as unknown.

    Twice the SMTP timeout, and at least DELIVERY_CLAIM_LEASE_SECONDS (a minute unless set):
    an attempt still sending after that has lost its worker or its database connection, maybe
    after the server took the message.
    """
    seconds = max(2 * settings.EMAIL_TIMEOUT, settings.DELIVERY_CLAIM_LEASE_SECONDS)
    return datetime.timedelta(seconds=seconds)


def message_id_new() -> str:
    """A Message-ID for a new delivery, kept for all its attempts."""
    domain = urlsplit(settings.SITE_URL).hostname or "localhost"
    return f"<{uuid.uuid4().hex}.notice@{domain}>"


def deliveries_queue(notice_id: int) -> None:
    """Queue a send of each queued delivery of the notice `notice_id`."""
    for delivery_id in Delivery.objects.filter(
        notice_id=notice_id, state=Delivery.State.QUEUED
    ).values_list("pk", flat=True):
        delivery_queue(delivery_id=delivery_id, now=timezone.now())


def delivery_queue(
    *, delivery_id: int, now: datetime.datetime, at: datetime.datetime | None = None
) -> bool:
    """Queue one send of a queued delivery (at `at`, or now); True when this call queued it.

    The right to queue is claimed with a conditional update of `queued_at`, so a delivery
    already queued (and not lost for REQUEUE_AFTER) is never queued twice, however many
    sweeps run. If the broker cannot be reached the claim is given back and a later sweep
    queues it: the send waits, it is never lost.
    """
    at = at or now
    fresh = Q(queued_at__isnull=True) | Q(queued_at__lt=now - REQUEUE_AFTER)
    claimed = (
        Delivery.objects.filter(pk=delivery_id, state=Delivery.State.QUEUED)
        .filter(fresh)
        .update(queued_at=at)
    )
    if not claimed:
        return False
    countdown = max((at - now).total_seconds(), 0) or None
    if not task_queue("publishing.delivery_send", delivery_id, countdown=countdown):
        Delivery.objects.filter(pk=delivery_id, queued_at=at).update(queued_at=None)
        return False
    return True


def delivery_attempt(*, delivery_id: int, now: datetime.datetime) -> str | None:
    """Try to send one delivery; return its new state, or None when it was not ours to send.

    1. Claim it (queued, due, notice not voided, PDF ready) with a conditional update: two
       workers, or the same task run twice, never both send it.
    2. Send the email with the PDF attached.
    3. Record sent; or, on a temporary error, queue a retry with capped exponential backoff;
       or, on a permanent error or too many attempts, mark it failed and alert the managers.
    """
    claimed = Delivery.objects.filter(
        pk=delivery_id,
        state=Delivery.State.QUEUED,
        next_attempt_at__lte=now,
        notice__in=_notices_in_force().exclude(pdf=""),
    ).update(
        state=Delivery.State.SENDING,
        claimed_at=now,
        queued_at=None,
        attempts=F("attempts") + 1,
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


def _notices_in_force() -> QuerySet[Notice]:
    """Notices not voided, for a claim's condition on its delivery's notice.

    As `notice__in=` this is a subquery, and the claim's conditions on the delivery row itself
    stay in the UPDATE's own WHERE clause, which PostgreSQL checks again after waiting for
    another worker's claim of the row. A filter through the relation (`notice__voided_at=`)
    makes Django write `id IN (SELECT ... JOIN ...)` instead, judged on what the database held
    before the wait: two workers could then both claim, and both send, the same delivery.
    """
    return Notice.objects.filter(voided_at__isnull=True)


def _send_delivery_email(delivery: Delivery) -> None:
    """Send the notice with its PDF, under the delivery's one Message-ID.

    A re-send after an unknown outcome says so in its subject and a header, so a recipient
    who already has it sees a repeat of the same message, not a new notice.
    """
    notice, review = delivery.notice, delivery.notice.review
    subject = f"{notice.get_kind_display()}: {review.reference}, {settings.PARTNERSHIP_NAME}"
    headers = {"Message-ID": delivery.message_id or message_id_new()}
    if delivery.possible_duplicate:
        subject = f"Possible duplicate: {subject}"
        headers["X-Possible-Duplicate"] = "yes"
    body = render_to_string(
        "notices/notice_email.txt",
        {"notice": notice, "review": review, "delivery": delivery, **partnership(None)},
    )
    message = EmailMessage(subject, body, to=[delivery.email], headers=headers)
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


# What a stored error says, for `failure_in_words`: the exception's name, an SMTP reply code and
# the server's own words.
_SMTP_CODE = re.compile(r"\((\d{3}),")
_SERVER_TEXT = re.compile(r"""\(\d{3}, b?(['"])(.*?)\1""", re.DOTALL)
_NO_SUCH_ADDRESS = re.compile(
    r"5\.1\.[0-3]|no such|unknown|does not exist|doesn't exist|not found|invalid|unrouteable",
    re.IGNORECASE,
)
_UNREACHABLE = (
    "ConnectionRefusedError",
    "ConnectionResetError",
    "SMTPConnectError",
    "SMTPServerDisconnected",
    "gaierror",
    "OSError",
)
IT_SETTINGS = "Ask IT to check the system's email settings."


def failure_in_words(*, error: str, email: str, attempts: int) -> str:
    """What went wrong with a delivery, in plain English, from the error it recorded.

    `error` is `Delivery.last_error` ("ExceptionName: details"); the answer names the
    address and, where the mail server gave them, its own words. Empty for no error.
    """
    if not error.strip():
        return ""
    name, _, detail = error.partition(": ")
    code_match, text_match = _SMTP_CODE.search(detail), _SERVER_TEXT.search(detail)
    code = int(code_match.group(1)) if code_match else 0
    said = f" It said: “{text_match.group(2)[:200]}”." if text_match else ""
    tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
    if name == "SMTPRecipientsRefused" and code >= 500:
        why = "it does not exist" if _NO_SUCH_ADDRESS.search(detail) else "permanently"
        return f"The recipient's mail server refused the address {email} ({why}).{said}"
    if name == "SMTPRecipientsRefused":
        return (
            f"The recipient's mail server would not take mail for {email} for now, "
            f"{tries} in a row.{said}"
        )
    if name == "SMTPSenderRefused":
        return f"Our mail server refused the address the notices are sent from. {IT_SETTINGS}"
    if name == "SMTPAuthenticationError":
        return f"Our mail server refused the system's sign-in. {IT_SETTINGS}"
    if name == "SMTPDataError" and code == 552:
        return f"The recipient's mail server refused the notice for {email} as too large.{said}"
    if name == "SMTPDataError" or (name.startswith("SMTP") and code >= 500):
        return f"The recipient's mail server refused the notice for {email}.{said}"
    if name in ("TimeoutError", "timeout") or "timed out" in detail.lower():
        return f"The mail server did not answer in time ({tries})."
    if name in _UNREACHABLE:
        return f"The mail server could not be reached ({tries}). {IT_SETTINGS}"
    if name == "ValueError":
        return f"The address {email} cannot be used as it is: check it for typing mistakes."
    return f"Sending failed ({tries}): {error[:300]}"


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
    retry_at = now + retry_delay(delivery.attempts)
    _delivery_finish(
        delivery,
        state=Delivery.State.QUEUED,
        reason=f"Attempt {delivery.attempts} failed; will retry",
        last_error=text,
        next_attempt_at=retry_at,
    )
    # Queued for the exact retry time, so the backoff is 1, 2, 4 minutes, not the next sweep.
    delivery_queue(delivery_id=delivery.pk, now=now, at=retry_at)
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
        pk=delivery.pk, state=Delivery.State.FAILED, notice__in=_notices_in_force()
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
    """Recover and queue outbox work: what a lost message or a dead worker left behind.

    1. An attempt "sending" for longer than `claim_lease()` has an unknown outcome: it is
       queued again, marked as a possible duplicate, and the managers are told.
    2. Notices without their PDF are queued for rendering.
    3. Due deliveries not already queued are queued (see `delivery_queue`).
    """
    recovered = sum(
        _outcome_unknown(delivery, now)
        for delivery in Delivery.objects.filter(
            state=Delivery.State.SENDING, claimed_at__lt=now - claim_lease()
        ).select_related("notice__review", "recipient")
    )
    unrendered = list(Notice.objects.filter(pdf="", voided_at=None).values_list("pk", flat=True))
    for notice_id in unrendered:
        task_queue("publishing.notice_render", notice_id)
    due = (
        Delivery.objects.filter(
            state=Delivery.State.QUEUED, next_attempt_at__lte=now, notice__voided_at=None
        )
        .filter(Q(queued_at__isnull=True) | Q(queued_at__lt=now - REQUEUE_AFTER))
        .exclude(notice__pdf="")
    )
    queued = sum(delivery_queue(delivery_id=pk, now=now) for pk in due.values_list("pk", flat=True))
    return {"recovered": recovered, "rendered": len(unrendered), "queued": queued}


def _outcome_unknown(delivery: Delivery, now: datetime.datetime) -> bool:
    """Queue again a send whose worker stopped mid-send, marked as a possible duplicate."""
    claimed = Delivery.objects.filter(
        pk=delivery.pk, state=Delivery.State.SENDING, claimed_at=delivery.claimed_at
    ).update(
        state=Delivery.State.QUEUED,
        claimed_at=None,
        unknown_at=now,
        possible_duplicate=True,
        next_attempt_at=now,
    )
    if not claimed:
        return False
    record_history(
        delivery,
        by=scheduler_user(),
        reason="Outcome unknown: re-sent with the same Message-ID, marked as a possible duplicate",
    )
    review = delivery.notice.review
    alert_managers(
        key=f"delivery-unknown:{delivery.pk}:{now:%Y%m%d%H%M}",
        subject=f"Notice outcome unknown: {review.reference} to {delivery.recipient.name}",
        body=(
            f"An attempt to send the {delivery.notice.get_kind_display().lower()} for "
            f"{review.reference} to {delivery.recipient.name} <{delivery.email}> stopped before "
            "its outcome was recorded (the worker stopped or lost its database). The mail "
            "server may have taken it. It is being sent again with the same Message-ID and "
            "marked as a possible duplicate, so the recipient can tell it is a repeat.\n\n"
            "Nothing for you to do unless the recipient asks; the review's publication page "
            "shows the delivery."
        ),
    )
    return True
