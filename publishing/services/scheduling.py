"""Scheduling and publication: the earliest date under the 7-working-day rule, scheduling, and
the sweeper that publishes each due review once after checking every rule again.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from reviews.models import Review
from reviews.services import (
    TransitionError,
    current_version,
    record_history,
    review_move,
    signoff_is_valid,
)

from .. import rules
from ..models import Delivery, Recipient
from .common import (
    alert_managers,
    local_date,
    long_date,
    require_manager,
    scheduler_user,
)
from .files import pdf_queue_sweep, review_pdf_keys
from .notices import live_notice
from .search import review_index
from .withdrawals import withdrawal_end_on_publication


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
        sent_on = local_date(max(d.sent_at for d in deliveries))
        return Earliest(rules.earliest_publication_date(sent_on), False, sent_on)
    return Earliest(rules.earliest_publication_date(today), True, None)


@transaction.atomic
def publication_schedule(
    *, review: Review, by: AbstractBaseUser, at: datetime.datetime, now: datetime.datetime
) -> Review:
    """Schedule (or reschedule) publication at `at`, on or after the earliest date."""
    require_manager(by)
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
    earliest = earliest_publication(review, today=local_date(now))
    if earliest is None:
        raise TransitionError("There is no pre-publication notice in force.")
    if local_date(at) < earliest.date:
        basis = (
            f"7 working days after the notice was delivered on {long_date(earliest.notice_sent_on)}"
            if not earliest.provisional
            else "7 working days from today, once the notice is delivered"
        )
        raise TransitionError(
            f"The earliest allowed publication date is {long_date(earliest.date)} ({basis})."
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
    require_manager(by)
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
        elif on < rules.earliest_publication_date(local_date(delivery.sent_at)):
            sent_on = local_date(delivery.sent_at)
            earliest = rules.earliest_publication_date(sent_on)
            problems.append(
                f"The notice to {body.label} was delivered on {long_date(sent_on)}: "
                f"the earliest publication date is {long_date(earliest)}."
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
    problems = publication_problems(review, on=local_date(now))
    claim = Review.objects.filter(pk=review_id, status=Review.Status.SCHEDULED)
    claim = claim.filter(publish_at=review.publish_at)
    with transaction.atomic():
        if problems:
            claimed = claim.update(
                status=Review.Status.BLOCKED, blocked_reason="\n".join(problems), updated_at=now
            )
            reason, outcome = "Publication blocked by the scheduler", Review.Status.BLOCKED
        else:
            # a corrected report published again after a withdrawal keeps its first date
            first = Coalesce(F("published_at"), Value(now))
            claimed = claim.update(
                status=Review.Status.PUBLISHED, published_at=first, updated_at=now
            )
            reason, outcome = "Published by the scheduler", Review.Status.PUBLISHED
        if not claimed:
            return None
        if not problems:
            withdrawal_end_on_publication(review_id=review_id, by=scheduler_user(), now=now)
        record_history(review, by=scheduler_user(), reason=reason)
        if not problems:
            review_index(review_id)  # searchable from the moment it is public, not before
    if problems:
        _alert_blocked(review, problems)
    else:
        # the public PDF and briefing, ready without waiting for the periodic sweep
        pdf_queue_sweep(stale=review_pdf_keys(review_id))
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
