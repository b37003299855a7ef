"""How long a published report stays on the website (12 months, until every action is
complete, or longer when extended), extensions, and removal.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import CharField, Exists, Max, OuterRef, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from reviews.models import Action, Review
from reviews.services import (
    TransitionError,
    review_move,
)

from .. import rules
from ..models import Alert, Extension, StalePdf
from .common import alert_managers, local_date, long_date, require_manager
from .search import review_index

ELIGIBLE_KEY = "eligible:"  # + the review's id: the alert that it may be removed


@dataclass(frozen=True)
class OnSiteUntil:
    date: datetime.date  # the later of 12 months after publication and any extension
    pending_actions: bool  # True while an action is not completed: it stays until they are


def on_site_until(review: Review, *, today: datetime.date) -> OnSiteUntil | None:
    """How long a published review stays on the website at least; None if never published."""
    if review.published_at is None:
        return None
    until = rules.minimum_display_until(local_date(review.published_at))
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
    minimum = rules.minimum_display_until(local_date(review.published_at))
    if today < minimum:
        problems.append(f"It must stay on the website for 12 months, until {long_date(minimum)}.")
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
        problems.append(f"It is extended until {long_date(extension.until)}: {extension.reason}")
    return problems


@transaction.atomic
def review_remove(*, review: Review, by: AbstractBaseUser, now: datetime.datetime) -> Review:
    """Take a published review off the website; the record, files and history stay."""
    require_manager(by)
    problems = removal_problems(review, today=local_date(now))
    if problems:
        raise TransitionError("It cannot be removed yet. " + " ".join(problems))
    removed = review_move(
        review,
        from_={Review.Status.PUBLISHED},
        to=Review.Status.REMOVED,
        by=by,
        reason="Removed from the website",
        removed_at=now,
    )
    review_index(review.pk)  # out of the search at once
    StalePdf.mark(f"report/{review.pk}")  # kept for copy requests, without its display date
    return removed


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
    require_manager(by)
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
    StalePdf.mark(f"report/{review.pk}")  # the report PDF shows "on this site until"
    return extension


def eligible_for_removal(*, today: datetime.date, untold: bool = False) -> list[Review]:
    """Published reviews that may be removed today (see `removable`), in one query."""
    return list(removable(today=today, untold=untold).order_by("published_at", "reference"))


def removable(*, today: datetime.date, untold: bool = False):
    """Published reviews that may be removed today, as a query: published 12 months ago or
    more (`rules.minimum_display_until`, worked out here as the last publication day it lets
    go today), with every action complete and no extension in force. With `untold`, only those
    the managers have not yet been told of (`removal_sweep`), so a daily sweep with nothing
    new reads no rows however many are eligible.
    """
    open_ = [Action.Status.PLANNED, Action.Status.IN_PROGRESS]
    candidates = (
        Review.objects.filter(
            status=Review.Status.PUBLISHED, published_at__lt=_day_start(_last_removable_day(today))
        )
        .exclude(recommendations__actions__status__in=open_)
        .exclude(extensions__until__gte=today)
    )
    if untold:
        key = Concat(Value(ELIGIBLE_KEY), Cast("pk", CharField()))
        told = Alert.objects.filter(key=OuterRef("told_key"))
        candidates = candidates.annotate(told_key=key).exclude(Exists(told))
    return candidates


def _last_removable_day(today: datetime.date) -> datetime.date:
    """The last publication day whose 12 months are over by `today` (the rule's dates never
    go backwards, so it is found by stepping on from a day certainly over)."""
    day = today - datetime.timedelta(days=367)
    while rules.minimum_display_until(day + datetime.timedelta(days=1)) <= today:
        day += datetime.timedelta(days=1)
    return day


def _day_start(day: datetime.date) -> datetime.datetime:
    """The start of the local day after `day`: published before it is published on or before
    `day`, UK time."""
    after = day + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(after, datetime.time.min))


def removal_sweep(*, today: datetime.date) -> list[int]:
    """Tell the managers, once each, about reviews that have become eligible for removal."""
    told = []
    for review in eligible_for_removal(today=today, untold=True):
        if alert_managers(
            key=f"{ELIGIBLE_KEY}{review.pk}",
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
