"""How long a published report stays on the website (12 months, until every action is
complete, or longer when extended), extensions, and removal.

The daily sweeps (the removal sweep here, the daily alert in alerts.py) read only the reviews
that changed since their last complete pass (`sweep_begin`, `reviews_changed`): a day with
nothing new costs the same however many reviews are published or have open actions.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection, transaction
from django.db.models import CharField, Exists, Max, OuterRef, Q, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from reviews.models import Action, Recommendation, Review
from reviews.services import (
    TransitionError,
    review_move,
)

from .. import rules
from ..models import Alert, Extension, Heartbeat, StalePdf
from .common import alert_managers, heartbeat_record, local_date, long_date, require_manager
from .search import review_index

ELIGIBLE_KEY = "eligible:"  # + the review's id: the alert that it may be removed
OPEN = [Action.Status.PLANNED, Action.Status.IN_PROGRESS]


@dataclass(frozen=True)
class OnSiteUntil:
    date: datetime.date  # the later of 12 months after publication and any extension
    pending_actions: bool  # True while an action is not completed: it stays until they are


def minimum_display_until(review: Review) -> datetime.date:
    """The first day a published review may leave the website: 12 months on display, the days
    it was withdrawn not counted (`Review.days_withdrawn`)."""
    return rules.minimum_display_until(display_counted_from(review))


def display_counted_from(review: Review) -> datetime.date:
    """The day its 12 months on display count from: its publication day, moved on by the days
    it was withdrawn."""
    return review.display_counted_from or local_date(review.published_at)


def on_site_until(review: Review, *, today: datetime.date) -> OnSiteUntil | None:
    """How long a published review stays on the website at least; None if never published."""
    if review.published_at is None:
        return None
    until = minimum_display_until(review)
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
    minimum = minimum_display_until(review)
    if today < minimum:
        withdrawn = (
            f" (the {review.days_withdrawn} days it was withdrawn do not count)"
            if review.days_withdrawn
            else ""
        )
        problems.append(
            f"It must stay on the website for 12 months{withdrawn}, until {long_date(minimum)}."
        )
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


def eligible_for_removal(
    *, today: datetime.date, untold: bool = False, among: set[int] | None = None
) -> list[Review]:
    """Published reviews that may be removed today (see `removable`), in one query."""
    found = removable(today=today, untold=untold, among=among)
    return list(found.order_by("published_at", "reference"))


def removable(*, today: datetime.date, untold: bool = False, among: set[int] | None = None):
    """Published reviews that may be removed today, as a query: published 12 months ago or
    more (`rules.minimum_display_until`, worked out here as the last publication day it lets
    go today), with every action complete and no extension in force. With `untold`, only those
    the managers have not yet been told of (`removal_sweep`); with `among`, only those of
    these ids (`reviews_changed`: a pass reads the few that may have changed).
    """
    last = _last_removable_day(today)
    shown_12_months = Q(display_counted_from__isnull=True, published_at__lt=_day_start(last)) | Q(
        display_counted_from__lte=last
    )
    candidates = (
        Review.objects.filter(shown_12_months, status=Review.Status.PUBLISHED)
        .exclude(recommendations__actions__status__in=OPEN)
        .exclude(extensions__until__gte=today)
    )
    if among is not None:
        candidates = candidates.filter(pk__in=sorted(among))
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
    """Tell the managers, once each, about reviews that have become eligible for removal.

    A pass reads only the reviews that may have become eligible since the last complete one
    (`reviews_changed`); the first, or one a week after the last full pass, reads them all.
    """
    end_of_day = timezone.make_aware(datetime.datetime.combine(today, datetime.time.max))
    sweep = sweep_begin("removal_sweep", until=end_of_day)
    among = reviews_changed(since=sweep.since, today=today)
    eligible = [] if among == set() else eligible_for_removal(today=today, untold=True, among=among)
    told = [review.pk for review in eligible if _tell_eligible(review)]
    if len(told) == len(eligible):  # one not told (its email failed) is read again next time
        sweep_end(sweep)
    return told


def _tell_eligible(review: Review) -> bool:
    return alert_managers(
        key=f"{ELIGIBLE_KEY}{review.pk}",
        subject=f"Eligible for removal: {review.reference}",
        body=(
            f"{review.reference} ({review.title}) has been on the website for 12 months, "
            "every action is complete and no extension is in force. It may now be removed "
            "from the website; it stays available on request. Nothing happens until a "
            "manager removes it."
        ),
    )


# --- Passes that read only what changed ---------------------------------------------------------

SKEW = datetime.timedelta(minutes=1)  # how far apart the servers' clocks may be
FULL_PASS_EVERY = datetime.timedelta(days=7)  # catches a change no history row records
MANY = 2000  # more changed reviews than this, and a pass reads them all
KEPT_FOR = datetime.timedelta(minutes=10)  # a pass's record is moved on no more often
OPEN_TRANSACTIONS = """
    SELECT min(xact_start), bool_or(state IS NULL) FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid()
    AND backend_type = 'client backend'
"""


@dataclass(frozen=True)
class SweepPass:
    name: str
    start: datetime.datetime  # every change committed before it is seen by this pass
    since: datetime.datetime | None  # the start of the last complete pass; None: a full pass


def sweep_begin(name: str, *, until: datetime.datetime) -> SweepPass:
    """Begin a pass of the sweeper `name`, for the moment `until` (its `now`, or the end of
    the day it sweeps for). It is a full pass, reading everything, when no pass was
    recorded, when the last full one is a week old, when the last was for a later moment
    (a sweep run for an earlier day), or when other transactions cannot be seen."""
    settled = _settled()
    start = min(until, settled or until)
    full_name = f"{name}:full"
    marks = dict(
        Heartbeat.objects.filter(name__in=[name, full_name]).values_list("name", "last_seen")
    )
    since, full = marks.get(name), marks.get(full_name)
    if settled is None or since is None or full is None:
        return SweepPass(name, start, None)
    if since > start or full < start - FULL_PASS_EVERY:
        return SweepPass(name, start, None)
    return SweepPass(name, start, since)


def sweep_end(sweep: SweepPass) -> None:
    """Record a complete pass, as the heartbeats `name` (and `name:full` for a full pass):
    the next reads only what changed from its start on. A pass soon after the last leaves
    its record as it is: the next reads a few minutes more, and no pass writes for nothing."""
    if sweep.since is not None and sweep.start - sweep.since < KEPT_FOR:
        return
    names = [sweep.name] + ([f"{sweep.name}:full"] if sweep.since is None else [])
    for name in names:  # one query each, but for the first pass
        if not Heartbeat.objects.filter(name=name).update(last_seen=sweep.start):
            heartbeat_record(name=name, now=sweep.start)


@functools.cache
def _history(model):
    """The history rows of `model`, every one (`model.history` builds its manager anew)."""
    return model.history.model._default_manager


def _settled() -> datetime.datetime | None:
    """A moment before which every change is committed, less SKEW: now, or the start of the
    oldest transaction still open (on PostgreSQL, which lists them); None when another
    session's cannot be seen. On SQLite beginning a transaction waits for the one writer."""
    if connection.vendor != "postgresql":
        with transaction.atomic():
            return timezone.now() - SKEW
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(OPEN_TRANSACTIONS)
        oldest, hidden = cursor.fetchone()
    return None if hidden else min(now, oldest or now) - SKEW


def reviews_changed(*, since: datetime.datetime | None, today: datetime.date) -> set[int] | None:
    """The ids of the reviews that may have joined the list of reports eligible for removal,
    or of reviews with overdue actions, from `since` to `today`, in one query; None for every
    review (`since` is None: a full pass, or so many changed that one is as quick):

    1. those whose 12 months ended, whose extension ended or whose open action fell due on
       a day from `since`'s day on;
    2. those with a history row from `since` on (every save and every state move writes
       one): the review's own, or its plan's or extensions', a moved or deleted action or
       recommendation counting under the review it was under before and after.
    """
    if since is None:
        return None
    day, recent = local_date(since), {"history_date__gte": since}
    before, last = _last_removable_day(day), _last_removable_day(today)
    ended = Review.objects.filter(
        Q(
            display_counted_from__isnull=True,
            published_at__gte=_day_start(before),
            published_at__lt=_day_start(last),
        )
        | Q(display_counted_from__gt=before, display_counted_from__lte=last),
        status=Review.Status.PUBLISHED,
    )
    due = Action.objects.filter(due_date__gte=day, due_date__lt=today, status__in=OPEN)
    actions = _history(Action).filter(**recent).values("id")
    plans = _history(Action).filter(id__in=actions).values("recommendation_id")
    recommendations = _history(Recommendation).filter(**recent).values("id")
    extensions = _history(Extension).filter(**recent).values("id")
    found = [
        ended.values_list("pk"),
        Extension.objects.filter(until__gte=day, until__lt=today).values_list("review_id"),
        Recommendation.objects.filter(pk__in=due.values("recommendation")).values_list("review_id"),
        _history(Review).filter(**recent).values_list("id"),
        Recommendation.objects.filter(pk__in=plans).values_list("review_id"),
        _history(Recommendation).filter(id__in=plans).values_list("review_id"),
        _history(Recommendation).filter(id__in=recommendations).values_list("review_id"),
        _history(Extension).filter(id__in=extensions).values_list("review_id"),
    ]
    first, *rest = (query.order_by() for query in found)
    ids = {pk for (pk,) in first.union(*rest)}
    return None if len(ids) > MANY else ids
