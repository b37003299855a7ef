"""Requests for a copy of a removed report: received, started, sent or refused, each within the
answer deadline in working days; once closed, kept for a set number of months, then deleted.
"""

from __future__ import annotations

import calendar
import datetime
import uuid

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.utils import timezone

from reviews.models import Review
from reviews.services import TransitionError, record_history

from ..models import CopyRequest
from ..workdays import add_working_days
from .catalogue import partnership_context, removed_reviews
from .files import pdf_key, pdf_latest, pdf_queue_sweep


def copy_request_create(
    *,
    review: Review,
    name: str,
    email: str,
    organisation: str = "",
    purpose: str = "",
    now: datetime.datetime,
) -> CopyRequest:
    """Record a request for a removed report, email a confirmation; return it with its reference.

    The reference is CR-<year>-<number>, from the row's own id, so it is unique without a lock.
    """
    if not removed_reviews().filter(pk=review.pk).exists():
        raise TransitionError("Copies can be requested only of reports removed from the website.")
    with transaction.atomic():
        request = CopyRequest.objects.create(
            reference=f"pending-{uuid.uuid4().hex[:12]}",
            review=review,
            name=name,
            email=email,
            organisation=organisation,
            purpose=purpose,
            received_at=now,
            due_on=add_working_days(timezone.localdate(now), CopyRequest.DUE_WORKING_DAYS),
        )
        request.reference = f"CR-{timezone.localdate(now).year}-{request.pk:05d}"
        request.save(update_fields=["reference"])
    _email(request, "received", subject=f"Your request {request.reference}")
    return request


def _email(request: CopyRequest, template: str, *, subject: str, attachment=None) -> None:
    context = {"request": request, **partnership_context()}
    body = render_to_string(f"publishing/email/copy_request_{template}.txt", context)
    message = EmailMessage(subject, body, to=[request.email], reply_to=[settings.PARTNERSHIP_EMAIL])
    if attachment is not None:
        message.attach(*attachment)
    message.send()


def _claim(request: CopyRequest, *, to: str, by: AbstractBaseUser, reason: str, **fields) -> None:
    claimed = CopyRequest.objects.filter(pk=request.pk, status__in=CopyRequest.OPEN).update(
        status=to, handled_by=by, **fields
    )
    if not claimed:
        request.refresh_from_db()
        raise TransitionError(
            f"Request {request.reference} is already “{request.get_status_display()}”."
        )
    record_history(request, by=by, reason=reason)


def copy_request_start(*, request: CopyRequest, by: AbstractBaseUser) -> CopyRequest:
    """Mark a received request as being worked on."""
    if request.status != CopyRequest.Status.RECEIVED:
        raise TransitionError(f"Request {request.reference} is not waiting to be started.")
    _claim(request, to=CopyRequest.Status.IN_PROGRESS, by=by, reason="Started")
    return request


def copy_request_send(
    *, request: CopyRequest, by: AbstractBaseUser, now: datetime.datetime
) -> CopyRequest:
    """Email the report's stored PDF to the requester and record the sending.

    Raises TransitionError when the request is closed or the PDF has not been rendered yet (the
    sweep is then queued, so trying again in a few minutes works).
    """
    if request.review.status != Review.Status.REMOVED:
        raise TransitionError(
            f"{request.review.reference} is “{request.review.get_status_display()}”: no copy "
            "can be sent while it is not a report removed from the website (a withdrawn "
            "report's copies wait until the withdrawal ends)."
        )
    stored = pdf_latest(pdf_key("report", request.review))
    if stored is None:
        pdf_queue_sweep()
        raise TransitionError(
            f"The PDF of {request.review.reference} is still being prepared. "
            "Try again in a few minutes."
        )
    with transaction.atomic():
        _claim(
            request,
            to=CopyRequest.Status.SENT,
            by=by,
            reason="Report sent",
            sent_at=now,
            sent_pdf_sha256=stored.sha256,
        )
        with stored.file.open("rb") as handle:
            attachment = (f"{request.review.slug}.pdf", handle.read(), "application/pdf")
        # Inside the transaction: if the email cannot be sent, the request stays open.
        _email(
            request,
            "sent",
            subject=f"The report you asked for ({request.reference})",
            attachment=attachment,
        )
    return request


def copy_request_refuse(*, request: CopyRequest, by: AbstractBaseUser, reason: str) -> CopyRequest:
    """Refuse a request with the reason given to the requester."""
    if not reason.strip():
        raise TransitionError("Give the reason for refusing: the requester is told it.")
    with transaction.atomic():
        _claim(
            request,
            to=CopyRequest.Status.REFUSED,
            by=by,
            reason="Refused",
            refusal_reason=reason.strip(),
        )
        _email(request, "refused", subject=f"Your request {request.reference}")
    return request


CLOSED = (CopyRequest.Status.SENT, CopyRequest.Status.REFUSED)


def copy_requests_purge(*, now: datetime.datetime) -> int:
    """Delete each request closed (sent or refused) more than COPY_REQUEST_RETENTION_MONTHS
    calendar months before `now`, with every history row it has; return how many went.

    The requester's details are needed only to answer: an open request is never deleted, however
    old. A request closed when its first history row in a closed state was written (`sent_at`
    stands in should that row be missing).
    """
    cutoff = _months_before(timezone.localtime(now), settings.COPY_REQUEST_RETENTION_MONTHS)
    first_closed = (
        CopyRequest.history.filter(id=OuterRef("pk"), status__in=CLOSED)
        .order_by("history_date")
        .values("history_date")[:1]
    )
    due = (
        CopyRequest.objects.filter(status__in=CLOSED)
        .annotate(closed_at=Coalesce(Subquery(first_closed), "sent_at"))
        .filter(closed_at__lt=cutoff)
    )
    with transaction.atomic():
        ids = list(due.values_list("pk", flat=True))
        _, deleted = CopyRequest.objects.filter(pk__in=ids, status__in=CLOSED).delete()
        # Deleting writes a last history row for each request: it goes with all the others.
        CopyRequest.history.filter(id__in=ids).delete()
    return deleted.get(CopyRequest._meta.label, 0)


def _months_before(moment: datetime.datetime, months: int) -> datetime.datetime:
    """`moment`, `months` calendar months earlier (on the month's last day if it is shorter)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)
