"""The publication lifecycle: notices, deliveries, scheduling, publishing, display, removal and
decisions not to publish.

The database is the source of truth for what is due: beat only triggers the sweepers here,
which read due rows, so a lost message or a scheduler outage delays work but never loses it.
Every transition claims its row with a conditional update, so it happens once however many
workers try, and writes its history entry itself. Refusals raise `TransitionError`.
"""

from __future__ import annotations

import datetime
import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage, send_mail
from django.db import transaction
from django.db.models import F, Max
from django.template.loader import render_to_string
from django.utils import timezone

from nelscp.context_processors import partnership
from reviews import roles
from reviews.models import Action, Review
from reviews.services import (
    TransitionError,
    current_version,
    record_history,
    review_move,
    signoff_is_valid,
)

from . import pdf, rules
from .models import Alert, Decision, Delivery, Extension, Heartbeat, Notice, Recipient

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
CLAIM_LEASE = datetime.timedelta(minutes=15)  # a send still "sending" after this has died
SCHEDULER = "scheduler"

__all__ = ["TransitionError"]


# --- Small helpers ----------------------------------------------------------------------------


def heartbeat_record(*, name: str, now: datetime.datetime) -> Heartbeat:
    """Record that the process `name` is alive at `now`; return its row."""
    beat, _ = Heartbeat.objects.update_or_create(name=name, defaults={"last_seen": now})
    return beat


def heartbeat_age(*, name: str, now: datetime.datetime) -> datetime.timedelta | None:
    """How long ago `name` last beat; None when it never has."""
    beat = Heartbeat.objects.filter(name=name).first()
    return None if beat is None else now - beat.last_seen


def scheduler_user():
    """The system user that automatic actions are recorded under in history."""
    user, _ = get_user_model().objects.get_or_create(
        username=SCHEDULER, defaults={"first_name": "Scheduler", "is_active": False}
    )
    return user


def _require_manager(user: AbstractBaseUser) -> None:
    if not user.has_perm("reviews.manage_publication"):
        raise TransitionError("Only partnership managers can do this.")


def _local(moment: datetime.datetime) -> datetime.date:
    return timezone.localdate(moment)


def _long(day: datetime.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def manager_emails() -> list[str]:
    users = (
        get_user_model()
        .objects.filter(groups__name=roles.MANAGER, is_active=True)
        .exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True)))


def alert_managers(*, key: str, subject: str, body: str) -> bool:
    """Email the managers once per `key`; True when this call sent it.

    A failure to send is logged and leaves the key unclaimed, so a later run tries again; it
    never breaks the work being reported on (the dashboard shows the same items).
    """
    try:
        with transaction.atomic():
            _, created = Alert.objects.get_or_create(
                key=key[:120], defaults={"subject": subject[:200], "sent_at": timezone.now()}
            )
            if created:  # sent inside the transaction: a failed email unclaims the key
                send_mail(subject, body, None, manager_emails() or [settings.DEFAULT_FROM_EMAIL])
    except (smtplib.SMTPException, OSError) as error:
        logger.error("Alert %r not sent: %s: %s", key, type(error).__name__, error)
        return False
    return created


# --- Snapshots and notices --------------------------------------------------------------------


def review_snapshot(review: Review) -> dict:
    """The publishable content of a review as plain data, frozen into a notice."""
    recommendations = review.recommendations.prefetch_related("actions__agency")
    return {
        "reference": review.reference,
        "title": review.title,
        "pseudonym": review.pseudonym,
        "review_type": review.get_review_type_display(),
        "harm": review.get_harm_display(),
        "reviewer": review.reviewer_name,
        "publication_mode": review.get_publication_mode_display(),
        "summary": review.summary,
        "sections": [{"heading": s.heading, "text": s.text} for s in review.sections()],
        "findings": [
            {"order": f.order, "title": f.title, "text": f.text} for f in review.findings.all()
        ],
        "recommendations": [
            {
                "order": r.order,
                "text": r.text,
                "actions": [_action_data(a) for a in r.actions.all()],
            }
            for r in recommendations
        ],
    }


def _action_data(action: Action) -> dict:
    return {
        "agency": action.agency.name,
        "description": action.description,
        "due_date": action.due_date.isoformat(),
        "status": action.get_status_display(),
        "completed_on": action.completed_on.isoformat() if action.completed_on else "",
        "impact": action.impact,
    }


def notice_create(
    *,
    review: Review,
    kind: str,
    bodies: list[str],
    by,
    message: str = "",
    now: datetime.datetime | None = None,
) -> Notice:
    """Freeze the review's current text into a notice with one queued delivery per body.

    The PDF render is queued once the transaction commits; it then queues the deliveries.
    """
    recipients = _recipients(bodies)
    _, _, digest = current_version(review)
    now = now or timezone.now()
    notice = Notice(
        review=review,
        kind=kind,
        content_hash=digest,
        snapshot=review_snapshot(review),
        message=message,
        created_by=by,
        created_at=now,
    )
    notice._history_user = by
    notice.save()
    for recipient in recipients:
        delivery = Delivery(
            notice=notice, recipient=recipient, email=recipient.email, next_attempt_at=now
        )
        delivery._history_user = by
        delivery.save()
    transaction.on_commit(lambda: _queue_render(notice.pk))
    return notice


def _recipients(bodies: list[str]) -> list[Recipient]:
    found = {recipient.body: recipient for recipient in Recipient.objects.filter(body__in=bodies)}
    problems = []
    for body in bodies:
        label = Recipient.Body(body).label
        if body not in found:
            problems.append(f"There is no recipient for {label}: add one under Recipients.")
        elif not found[body].email:
            problems.append(f"{label} has no email address: add it under Recipients.")
    if problems:
        raise TransitionError(" ".join(problems))
    return [found[body] for body in bodies]


def _queue_render(notice_id: int) -> None:
    from .tasks import notice_render

    notice_render.delay(notice_id)


def live_notice(review: Review, kind: str = Notice.Kind.PREPUBLICATION) -> Notice | None:
    return review.notices.filter(kind=kind, voided_at=None).order_by("-created_at").first()


def publication_readiness(review: Review) -> list[str]:
    """Why the pre-publication notice cannot be sent now; empty when it can."""
    problems = []
    if review.status != Review.Status.QA_APPROVED:
        problems.append(
            f"The notice is sent for a QA-approved review; this one is "
            f"“{review.get_status_display()}”."
        )
    problems += [
        f"A restriction is in force: {restriction.get_kind_display()}."
        for restriction in review.active_restrictions()
    ]
    if review.status == Review.Status.QA_APPROVED and not signoff_is_valid(review):
        problems.append("The QA sign-off does not match the current text.")
    return problems


@transaction.atomic
def notice_send(*, review: Review, by: AbstractBaseUser) -> Notice:
    """Send the pre-publication notice: freeze the text and queue the three deliveries."""
    _require_manager(by)
    problems = publication_readiness(review)
    if problems:
        raise TransitionError("The notice cannot be sent: " + " ".join(problems))
    bodies = [Recipient.Body.OFSTED, Recipient.Body.DFE, Recipient.Body.PANEL]
    _recipients(bodies)  # refuse before claiming the review
    review_move(
        review,
        from_={Review.Status.QA_APPROVED},
        to=Review.Status.NOTICE_SENT,
        by=by,
        reason="Pre-publication notice sent",
    )
    return notice_create(review=review, kind=Notice.Kind.PREPUBLICATION, bodies=bodies, by=by)


def notice_void(*, review: Review, reason: str, by) -> int:
    """Void the review's live notices (kept in history); return how many."""
    voided = 0
    for notice in review.notices.filter(voided_at=None, kind=Notice.Kind.PREPUBLICATION):
        notice.voided_at, notice.void_reason, notice._history_user = timezone.now(), reason, by
        notice.save()
        voided += 1
    return voided


def notice_render(*, notice_id: int) -> bool:
    """Render and store a notice's PDF once; True when this call stored it."""
    notice = Notice.objects.select_related("review").get(pk=notice_id)
    if notice.pdf or notice.voided_at:
        return False
    context = {"notice": notice, **notice.snapshot, **partnership(None)}
    html = render_to_string("notices/notice_pdf.html", context)
    data = pdf.render_pdf(html)
    name = f"{notice.review.reference}-{notice.kind}-{notice.pk}.pdf"
    stored = notice.pdf.storage.save(f"notices/{name}", ContentFile(data))
    claimed = Notice.objects.filter(pk=notice.pk, pdf="").update(
        pdf=stored, pdf_sha256=pdf.sha256(data)
    )
    if not claimed:  # another worker stored it first
        notice.pdf.storage.delete(stored)
        return False
    record_history(notice, by=scheduler_user(), reason="PDF rendered and stored")
    transaction.on_commit(lambda: _queue_deliveries(notice.pk))
    return True


def _queue_deliveries(notice_id: int) -> None:
    from .tasks import delivery_send

    for delivery_id in Delivery.objects.filter(
        notice_id=notice_id, state=Delivery.State.QUEUED
    ).values_list("pk", flat=True):
        delivery_send.delay(delivery_id)


# --- Deliveries -------------------------------------------------------------------------------


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
    _require_manager(by)
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
    transaction.on_commit(lambda: _queue_deliveries(delivery.notice_id))
    return delivery


def deliveries_sweep(*, now: datetime.datetime) -> dict[str, int]:
    """Recover and queue outbox work: what a lost message or a dead worker left behind."""
    from .tasks import delivery_send, notice_render

    stale = Delivery.objects.filter(state=Delivery.State.SENDING, claimed_at__lt=now - CLAIM_LEASE)
    recovered = stale.update(state=Delivery.State.QUEUED, claimed_at=None)
    unrendered = list(Notice.objects.filter(pdf="", voided_at=None).values_list("pk", flat=True))
    for notice_id in unrendered:
        notice_render.delay(notice_id)
    due = list(
        Delivery.objects.filter(
            state=Delivery.State.QUEUED, next_attempt_at__lte=now, notice__voided_at=None
        )
        .exclude(notice__pdf="")
        .values_list("pk", flat=True)
    )
    for delivery_id in due:
        delivery_send.delay(delivery_id)
    return {"recovered": recovered, "rendered": len(unrendered), "queued": len(due)}


# --- Earliest date and scheduling -------------------------------------------------------------


@dataclass(frozen=True)
class Earliest:
    date: datetime.date
    provisional: bool  # True until every delivery has been sent
    notice_sent_on: datetime.date | None


def earliest_publication(review: Review, *, today: datetime.date) -> Earliest | None:
    """The earliest publication date under the notice in force; None without one."""
    notice = live_notice(review)
    if notice is None:
        return None
    deliveries = list(notice.deliveries.all())
    if deliveries and all(d.state == Delivery.State.SENT for d in deliveries):
        sent_on = _local(max(d.sent_at for d in deliveries))
        return Earliest(rules.earliest_publication_date(sent_on), False, sent_on)
    return Earliest(rules.earliest_publication_date(today), True, None)


@transaction.atomic
def publication_schedule(
    *, review: Review, by: AbstractBaseUser, at: datetime.datetime, now: datetime.datetime
) -> Review:
    """Schedule (or reschedule) publication at `at`, on or after the earliest date."""
    _require_manager(by)
    if at <= now:
        raise TransitionError("The publication time must be in the future.")
    if review.status not in (
        Review.Status.NOTICE_SENT,
        Review.Status.SCHEDULED,
        Review.Status.BLOCKED,
    ):
        raise TransitionError(
            f"Publication is scheduled after the notice is sent; this review is "
            f"“{review.get_status_display()}”."
        )
    active = review.active_restrictions()
    if active:
        raise TransitionError(f"A restriction is in force: {active[0].get_kind_display()}.")
    earliest = earliest_publication(review, today=_local(now))
    if earliest is None:
        raise TransitionError("There is no pre-publication notice in force.")
    if _local(at) < earliest.date:
        basis = (
            f"7 working days after the notice was delivered on {_long(earliest.notice_sent_on)}"
            if not earliest.provisional
            else "7 working days from today, once the notice is delivered"
        )
        raise TransitionError(
            f"The earliest allowed publication date is {_long(earliest.date)} ({basis})."
        )
    local_at = timezone.localtime(at)
    return review_move(
        review,
        from_={Review.Status.NOTICE_SENT, Review.Status.SCHEDULED, Review.Status.BLOCKED},
        to=Review.Status.SCHEDULED,
        by=by,
        reason=f"Scheduled for {local_at:%-d %b %Y %H:%M}",
        publish_at=at,
        blocked_reason="",
    )


@transaction.atomic
def publication_unschedule(*, review: Review, by: AbstractBaseUser) -> Review:
    _require_manager(by)
    return review_move(
        review,
        from_={Review.Status.SCHEDULED, Review.Status.BLOCKED},
        to=Review.Status.NOTICE_SENT,
        by=by,
        reason="Unscheduled",
        publish_at=None,
        blocked_reason="",
    )


# --- Publishing -------------------------------------------------------------------------------


def publication_problems(review: Review, *, on: datetime.date) -> list[str]:
    """Why the review may not be published on `on`; empty when it may."""
    notice = live_notice(review)
    if notice is None:
        return ["No pre-publication notice is in force."]
    problems = []
    digest = current_version(review)[2]
    if notice.content_hash != digest:
        problems.append("The report changed after the notice was sent.")
    sent = {d.recipient.body: d for d in notice.deliveries.select_related("recipient")}
    for body in Recipient.Body:
        delivery = sent.get(body.value)
        if delivery is None or delivery.state != Delivery.State.SENT:
            state = delivery.get_state_display().lower() if delivery else "missing"
            problems.append(f"The notice to {body.label} has not been delivered ({state}).")
        elif on < rules.earliest_publication_date(_local(delivery.sent_at)):
            earliest = rules.earliest_publication_date(_local(delivery.sent_at))
            problems.append(
                f"The notice to {body.label} was delivered on {_long(_local(delivery.sent_at))}: "
                f"the earliest publication date is {_long(earliest)}."
            )
    problems += [
        f"A restriction is in force: {r.get_kind_display()}." for r in review.active_restrictions()
    ]
    if not signoff_is_valid(review, digest=digest):
        problems.append("The QA sign-off is no longer valid for the current text.")
    return problems


def publish_due(*, now: datetime.datetime) -> list[tuple[int, str]]:
    """Publish (or block) every scheduled review whose time has come; return what happened."""
    due = Review.objects.filter(status=Review.Status.SCHEDULED, publish_at__lte=now)
    results = []
    for review_id in due.values_list("pk", flat=True):
        outcome = publication_run(review_id=review_id, now=now)
        if outcome:
            results.append((review_id, outcome))
    return results


def publication_run(*, review_id: int, now: datetime.datetime) -> str | None:
    """Publish one due review after checking again; block it with reasons if a check fails.

    Returns the new status, or None when another worker got there first.
    """
    review = Review.objects.get(pk=review_id)
    if review.status != Review.Status.SCHEDULED or review.publish_at > now:
        return None
    problems = publication_problems(review, on=_local(now))
    claim = Review.objects.filter(pk=review_id, status=Review.Status.SCHEDULED)
    claim = claim.filter(publish_at=review.publish_at)
    with transaction.atomic():
        if problems:
            claimed = claim.update(
                status=Review.Status.BLOCKED, blocked_reason="\n".join(problems), updated_at=now
            )
            reason, outcome = "Publication blocked by the scheduler", Review.Status.BLOCKED
        else:
            claimed = claim.update(status=Review.Status.PUBLISHED, published_at=now, updated_at=now)
            reason, outcome = "Published by the scheduler", Review.Status.PUBLISHED
        if not claimed:
            return None
        record_history(review, by=scheduler_user(), reason=reason)
    if problems:
        _alert_blocked(review, problems)
    else:
        from .public_services import pdf_queue_sweep

        pdf_queue_sweep()  # the public PDF and briefing, ready without waiting for the sweep
    return outcome


def _alert_blocked(review: Review, problems: list[str]) -> None:
    alert_managers(
        key=f"blocked:{review.pk}:{review.publish_at:%Y%m%d%H%M}",
        subject=f"Publication blocked: {review.reference}",
        body=(
            f"{review.reference} ({review.title}) was due to be published at "
            f"{timezone.localtime(review.publish_at):%-d %B %Y %H:%M} but was not, because:\n\n"
            + "\n".join(f"- {problem}" for problem in problems)
            + "\n\nPut it right, then schedule it again from the review's publication page."
        ),
    )


# --- Display and removal ----------------------------------------------------------------------


@dataclass(frozen=True)
class OnSiteUntil:
    date: datetime.date  # the later of 12 months after publication and any extension
    pending_actions: bool  # True while an action is not completed: it stays until they are


def on_site_until(review: Review, *, today: datetime.date) -> OnSiteUntil | None:
    """How long a published review stays on the website at least; None if never published."""
    if review.published_at is None:
        return None
    until = rules.minimum_display_until(_local(review.published_at))
    extended = review.extensions.aggregate(latest=Max("until"))["latest"]
    if extended and extended > until:
        until = extended
    pending = Action.objects.filter(recommendation__review=review).exclude(
        status=Action.Status.COMPLETED
    )
    return OnSiteUntil(until, pending.exists())


def removal_problems(review: Review, *, today: datetime.date) -> list[str]:
    """Why the review may not be removed from the website today; empty when it may."""
    if review.status != Review.Status.PUBLISHED:
        return [
            f"Only a published review can be removed; this one is “{review.get_status_display()}”."
        ]
    problems = []
    minimum = rules.minimum_display_until(_local(review.published_at))
    if today < minimum:
        problems.append(f"It must stay on the website for 12 months, until {_long(minimum)}.")
    open_actions = Action.objects.filter(recommendation__review=review).exclude(
        status=Action.Status.COMPLETED
    )
    if open_actions.exists():
        count = open_actions.count()
        problems.append(
            f"{count} action{'s are' if count > 1 else ' is'} not completed: it stays until "
            "every action is complete."
        )
    extension = review.extensions.filter(until__gte=today).order_by("-until").first()
    if extension:
        problems.append(f"It is extended until {_long(extension.until)}: {extension.reason}")
    return problems


@transaction.atomic
def review_remove(*, review: Review, by: AbstractBaseUser, now: datetime.datetime) -> Review:
    """Take a published review off the website; the record, files and history stay."""
    _require_manager(by)
    problems = removal_problems(review, today=_local(now))
    if problems:
        raise TransitionError("It cannot be removed yet. " + " ".join(problems))
    return review_move(
        review,
        from_={Review.Status.PUBLISHED},
        to=Review.Status.REMOVED,
        by=by,
        reason="Removed from the website",
        removed_at=now,
    )


@transaction.atomic
def extension_add(
    *,
    review: Review,
    by: AbstractBaseUser,
    until: datetime.date,
    reason: str,
    linked_review: Review | None,
    today: datetime.date,
) -> Extension:
    """Keep a published review on the website until `until`, with the reason."""
    _require_manager(by)
    if review.status != Review.Status.PUBLISHED:
        raise TransitionError("Only a published review can be extended.")
    if until <= today:
        raise TransitionError("The extension must end after today.")
    if not reason.strip():
        raise TransitionError("Give the reason for the extension.")
    if linked_review is not None and linked_review.pk == review.pk:
        raise TransitionError("A review cannot be linked to itself.")
    extension = Extension(
        review=review,
        until=until,
        reason=reason.strip(),
        linked_review=linked_review,
        created_by=by,
        created_at=timezone.now(),
    )
    extension._history_user = by
    extension.save()
    return extension


def eligible_for_removal(*, today: datetime.date) -> list[Review]:
    """Published reviews that may be removed today, in one query.

    The query keeps those published about a year ago or more with every action complete and
    no extension in force; the exact 12-month date is then checked on each row in Python.
    """
    year_ago = timezone.make_aware(
        datetime.datetime.combine(today - datetime.timedelta(days=364), datetime.time.max)
    )
    open_ = [Action.Status.PLANNED, Action.Status.IN_PROGRESS]
    candidates = (
        Review.objects.filter(status=Review.Status.PUBLISHED, published_at__lte=year_ago)
        .exclude(recommendations__actions__status__in=open_)
        .exclude(extensions__until__gte=today)
    )
    return [
        review
        for review in candidates
        if today >= rules.minimum_display_until(_local(review.published_at))
    ]


def removal_sweep(*, today: datetime.date) -> list[int]:
    """Tell the managers, once each, about reviews that have become eligible for removal."""
    told = []
    for review in eligible_for_removal(today=today):
        if alert_managers(
            key=f"eligible:{review.pk}",
            subject=f"Eligible for removal: {review.reference}",
            body=(
                f"{review.reference} ({review.title}) has been on the website for 12 months, "
                "every action is complete and no extension is in force. It may now be removed "
                "from the website; it stays available on request. Nothing happens until a "
                "manager removes it."
            ),
        ):
            told.append(review.pk)
    return told


# --- Decisions not to publish -----------------------------------------------------------------


@transaction.atomic
def decision_record(*, review: Review, by: AbstractBaseUser, reasons: str) -> Decision:
    """Record a decision not to publish the full report and refer it to the National Panel."""
    _require_manager(by)
    if not reasons.strip():
        raise TransitionError("Give the reasons for the decision not to publish.")
    _recipients([Recipient.Body.PANEL])
    review_move(
        review,
        from_={Review.Status.QA_APPROVED},
        to=Review.Status.NOT_PUBLISHED,
        by=by,
        reason="Decision not to publish; referred to the National Panel",
    )
    referral = notice_create(
        review=review,
        kind=Notice.Kind.REFERRAL,
        bodies=[Recipient.Body.PANEL],
        by=by,
        message=reasons.strip(),
    )
    decision = Decision(
        review=review,
        reasons=reasons.strip(),
        decided_by=by,
        decided_at=timezone.now(),
        referral=referral,
    )
    decision._history_user = by
    decision.save()
    return decision


@transaction.atomic
def decision_advice_record(
    *,
    decision: Decision,
    by: AbstractBaseUser,
    advised_on: datetime.date,
    advice: str,
    challenges: bool,
    today: datetime.date,
) -> Decision:
    """Record the National Panel's advice on a decision not to publish."""
    _require_manager(by)
    if not advice.strip():
        raise TransitionError("Record what the Panel advised.")
    if advised_on > today or advised_on < _local(decision.decided_at):
        raise TransitionError("The advice date must be between the decision and today.")
    claimed = Decision.objects.filter(pk=decision.pk, advised_on__isnull=True).update(
        advised_on=advised_on, advice=advice.strip(), panel_challenges=challenges
    )
    if not claimed:
        raise TransitionError("The Panel's advice on this decision is already recorded.")
    record_history(decision, by=by, reason="Panel advice recorded")
    return decision


@transaction.atomic
def decision_finalise(
    *, decision: Decision, by: AbstractBaseUser, outcome: str, reasons: str
) -> Decision:
    """Record the final decision after the Panel's advice and notify the three bodies."""
    _require_manager(by)
    if decision.advised_on is None:
        raise TransitionError("Record the Panel's advice before the final decision.")
    if not reasons.strip():
        raise TransitionError("Give the reasons for the final decision.")
    bodies = [Recipient.Body.OFSTED, Recipient.Body.DFE, Recipient.Body.PANEL]
    _recipients(bodies)
    claimed = Decision.objects.filter(pk=decision.pk, outcome="").update(
        outcome=outcome,
        outcome_reasons=reasons.strip(),
        finalised_by=by,
        finalised_at=timezone.now(),
    )
    if not claimed:
        raise TransitionError("The final decision is already recorded.")
    decision.refresh_from_db()
    _apply_outcome(decision, by)
    notice = notice_create(
        review=decision.review,
        kind=Notice.Kind.FINAL_DECISION,
        bodies=bodies,
        by=by,
        message=_final_message(decision),
    )
    Decision.objects.filter(pk=decision.pk).update(final_notice=notice)
    record_history(decision, by=by, reason=f"Final decision: {decision.get_outcome_display()}")
    return decision


def _apply_outcome(decision: Decision, by) -> None:
    review = decision.review
    if decision.outcome == Decision.Outcome.NOT_PUBLISH:
        record_history(review, by=by, reason="Final decision: not to publish")
        return
    mode = (
        Review.Mode.FULL
        if decision.outcome == Decision.Outcome.PUBLISH_FULL
        else Review.Mode.IMPROVEMENTS_ONLY
    )
    review_move(
        review,
        from_={Review.Status.NOT_PUBLISHED},
        to=Review.Status.QA_APPROVED,
        by=by,
        reason=f"Final decision: {decision.get_outcome_display()}"[:100],
        publication_mode=mode,
    )


def _final_message(decision: Decision) -> str:
    challenged = (
        "The Panel challenged the original decision."
        if decision.panel_challenges
        else "The Panel did not challenge the original decision."
    )
    return (
        f"Final decision: {decision.get_outcome_display()}.\n\n{decision.outcome_reasons}\n\n"
        f"Original decision ({_long(_local(decision.decided_at))}): {decision.reasons}\n\n"
        f"Panel advice ({_long(decision.advised_on)}): {decision.advice}\n{challenged}"
    )


# --- Text changes after the notice ------------------------------------------------------------


def notice_void_for_text_change(*, review: Review, by) -> bool:
    """Void the notice of a review whose text changed after it was sent; True when it did."""
    notice = live_notice(review)
    if notice is None or notice.content_hash == current_version(review)[2]:
        return False
    notice_void(review=review, reason="The report text changed after the notice", by=by)
    return True
