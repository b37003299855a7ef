"""What needs attention now: the staff dashboard and the daily alert email built from it."""

from __future__ import annotations

import datetime
from calendar import monthrange
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Exists
from django.urls import reverse
from django.utils import timezone

from reviews.models import Restriction, Review

from ..models import Alert, CopyRequest, Decision, Delivery, LearningSummary
from ..workdays import ONE_DAY, _calendar
from . import attention
from .attention import (
    DIGEST,
    ELIGIBLE,
    OVERDUE,
    RESTRICTED_ON_SITE,
    Among,
    Found,
    Item,
    restricted_on_site,
)
from .catalogue import ever_published_reviews
from .common import manager_emails
from .display import reviews_changed, sweep_begin, sweep_end
from .scheduling import earliest_publication

NATIONAL_TIMESCALE_MONTHS = 6
FINISHED = [
    Review.Status.PUBLISHED,
    Review.Status.REMOVED,
    Review.Status.WITHDRAWN,
    Review.Status.NOT_PUBLISHED,
]
UNFINISHED = [status for status in Review.Status if status not in FINISHED]

CATEGORIES = [
    RESTRICTED_ON_SITE,  # first: a report that may harm a child, until it is dealt with
    "Notices to send",
    "Earliest publication dates",
    "Publications due in the next 14 days",
    "Blocked publications",
    "Failed deliveries",
    "Deliveries whose outcome was unknown",
    ELIGIBLE,
    OVERDUE,
    "Past the six-month timescale",
    "Restrictions past their review date",
    "Awaiting the Panel's advice",
    "Copy requests to answer",
    "Annual summary of learning",
]


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _months_later(day: datetime.date, months: int) -> datetime.date:
    """`day`, `months` calendar months later (on the month's last day if it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month + 1)[1]
    return day.replace(year=year, month=month + 1, day=min(day.day, last))


def items(*, now: datetime.datetime, untold: bool = False, among: Among = None) -> list[Item]:
    """Every dashboard item, in the order of CATEGORIES. With `untold`, only the due items
    not yet sent in a daily alert (what the daily alert sends): the long categories leave the
    others out in the database, so a day with nothing new builds no item for them. With
    `among` (`display.reviews_changed`), the long categories look only at those reviews."""
    today = timezone.localdate(now)
    found: list[Item] = []
    for collect in COLLECTORS:
        if untold and collect.__name__ in INFORMATION:
            continue  # none of its items is due: none is alerted
        found += collect(today, now, None, untold, among)[0]
    if not untold:
        return found
    due = [item for item in found if item.due]
    sent = _sent(due)  # the short categories' (the long ones were left out already)
    return [item for item in due if _digest_key(item) not in sent]


def dashboard(*, now: datetime.datetime, shown: int, whole: str = "") -> list[Group]:
    """Each category with its first `shown` items (every item for the category `whole`) and
    how many it has. The categories that can grow with the collection (overdue actions, and
    reports eligible for removal) count and limit in the database, so the page costs the same
    with thousands of them."""
    today = timezone.localdate(now)
    groups = []
    for category, collect in zip(CATEGORIES, COLLECTORS, strict=True):
        found, total = collect(today, now, None if category == whole else shown)
        groups.append(Group(category, found, total))
    return groups


@dataclass(frozen=True)
class Group:
    category: str
    items: list[Item]  # those listed
    total: int  # how many there are

    @property
    def more(self) -> bool:
        return self.total > len(self.items)


def _limited(collect):
    """A collector of a few items (read whole), limited after the fact (and left to `items`
    to drop those already alerted)."""

    def limited(today, now, limit: int | None, untold: bool = False, among: Among = None) -> Found:
        found = collect(today, now)
        return found[:limit], len(found)

    limited.__name__ = collect.__name__
    return limited


def _notices_to_send(today, now) -> list[Item]:
    ready = Review.objects.filter(status=Review.Status.QA_APPROVED)
    result = []
    for review in ready:
        held = review.active_restrictions()
        text = "QA approved: send the pre-publication notice"
        if held:
            text = f"QA approved, held by a restriction ({held[0].get_kind_display()})"
        result.append(Item(CATEGORIES[1], review, text, None, f"notice-to-send:{review.pk}"))
    return result


def _earliest_dates(today, now) -> list[Item]:
    result = []
    for review in Review.objects.filter(status=Review.Status.NOTICE_SENT):
        earliest = earliest_publication(review, today=today)
        if earliest is None:
            continue
        note = " (provisional: deliveries pending)" if earliest.provisional else ""
        text = f"Notice sent: may be published from {earliest.date:%-d %b %Y}{note}"
        key = f"earliest:{review.pk}:{earliest.date}"
        result.append(Item(CATEGORIES[2], review, text, earliest.date, key, due=False))
    return result


def _due_soon(today, now) -> list[Item]:
    soon = now + datetime.timedelta(days=14)
    due = Review.objects.filter(status=Review.Status.SCHEDULED, publish_at__lte=soon)
    return [
        Item(
            CATEGORIES[3],
            review,
            f"Publishes {timezone.localtime(review.publish_at):%-d %b %Y %H:%M}",
            timezone.localdate(review.publish_at),
            f"due:{review.pk}:{review.publish_at:%Y%m%d%H%M}",
        )
        for review in due.order_by("publish_at")
    ]


def _blocked(today, now) -> list[Item]:
    return [
        Item(CATEGORIES[4], review, review.blocked_reason, None, f"blocked-item:{review.pk}")
        for review in Review.objects.filter(status=Review.Status.BLOCKED)
    ]


def _failed_deliveries(today, now) -> list[Item]:
    failed = Delivery.objects.filter(state=Delivery.State.FAILED, notice__voided_at=None)
    return [
        Item(
            CATEGORIES[5],
            delivery.notice.review,
            f"{delivery.notice.get_kind_display()} to {delivery.recipient.name}: "
            f"{delivery.last_error[:120]}",
            None,
            f"failed-item:{delivery.pk}",
        )
        for delivery in failed.select_related("notice__review", "recipient")
    ]


UNKNOWN = "Deliveries whose outcome was unknown"
UNKNOWN_SHOWN_FOR = datetime.timedelta(days=7)


def _unknown_outcomes(today, now) -> list[Item]:
    """Deliveries re-sent after an attempt whose outcome is unknown: a possible duplicate."""
    recent = Delivery.objects.filter(
        unknown_at__gte=now - UNKNOWN_SHOWN_FOR, notice__voided_at=None
    ).select_related("notice__review", "recipient")
    return [
        Item(
            UNKNOWN,
            delivery.notice.review,
            f"{delivery.notice.get_kind_display()} to {delivery.recipient.name}: a worker "
            f"stopped mid-send at {timezone.localtime(delivery.unknown_at):%-d %b %H:%M}; "
            + (
                "re-sent as a possible duplicate"
                if delivery.state == Delivery.State.SENT
                else "re-sending as a possible duplicate"
            ),
            None,
            f"unknown-item:{delivery.pk}:{delivery.unknown_at:%Y%m%d%H%M}",
            due=False,  # the managers were emailed when it happened
        )
        for delivery in recent
    ]


def _eligible(today, now, limit: int | None, untold: bool = False, among: Among = None) -> Found:
    return attention.eligible(today=today, limit=limit, untold=untold, among=among)


def _overdue_actions(today, now, limit, untold: bool = False, among: Among = None) -> Found:
    return attention.overdue(today=today, limit=limit, untold=untold, among=among)


def _past_timescale(today, now) -> list[Item]:
    """Unfinished reviews whose six months from the decision ended before today. The database
    picks them (by status, and the last decision day whose six months are over), so reviews
    still within their six months are never read."""
    last = today - datetime.timedelta(days=190)  # six months are 184 days at most: over
    while _months_later(last + ONE_DAY, NATIONAL_TIMESCALE_MONTHS) < today:
        last += ONE_DAY  # `_months_later` never goes backwards: the days over come first
    result = []
    for review in Review.objects.filter(status__in=UNFINISHED, decision_date__lte=last):
        deadline = _months_later(review.decision_date, NATIONAL_TIMESCALE_MONTHS)
        text = f"Not published within 6 months of the decision (due {deadline:%-d %b %Y})"
        result.append(Item(CATEGORIES[9], review, text, deadline, f"timescale:{review.pk}"))
    return result


def _restrictions_overdue(today, now) -> list[Item]:
    overdue = Restriction.objects.filter(lifted_on__isnull=True, next_review_on__lt=today)
    return [
        Item(
            CATEGORIES[10],
            restriction.review,
            f"{restriction.get_kind_display()}: "
            f"review was due {restriction.next_review_on:%-d %b %Y}",
            restriction.next_review_on,
            f"restriction:{restriction.pk}:{restriction.next_review_on}",
        )
        for restriction in overdue.select_related("review")
    ]


def _awaiting_advice(today, now) -> list[Item]:
    waiting = Decision.objects.filter(advised_on__isnull=True, outcome="").select_related("review")
    return [
        Item(
            CATEGORIES[11],
            decision.review,
            f"Referred to the Panel on {timezone.localdate(decision.decided_at):%-d %b %Y}",
            timezone.localdate(decision.decided_at),
            f"advice:{decision.pk}",
        )
        for decision in waiting
    ]


ANSWER_WARNING = 5  # a copy request is listed from 5 working days before its answer date
MONTH = datetime.timedelta(days=31)  # longer than any 5 working days, even at Christmas
LEARNING_FROM, LEARNING_DUE = (8, 1), (9, 30)  # reminded from 1 August; due by 30 September


def _copy_requests_due(today, now) -> list[Item]:
    """Open copy requests to answer within 5 working days, or overdue: reminded when listed and
    again once overdue. Only the report's reference and the date are shown: never the
    requester's details."""
    requests = CopyRequest.objects.filter(status__in=CopyRequest.OPEN, due_on__lte=today + MONTH)
    found, calendar = [], None
    for request in requests.select_related("review").order_by("due_on", "pk"):
        calendar = calendar or _calendar()  # read once, and only when there is a request
        span = (today + ONE_DAY * n for n in range(1, (request.due_on - today).days + 1))
        left, late = sum(map(calendar.is_working_day, span)), request.due_on < today
        if left > ANSWER_WARNING:
            continue
        when = f"{request.due_on:%A %-d %B %Y}"
        days = "due today" if left == 0 else f"{left} working day{'s' if left > 1 else ''} left"
        text = f"Overdue: the answer was due by {when}" if late else f"Answer by {when} ({days})"
        key = f"copy-request-{'overdue' if late else 'due'}:{request.pk}:{request.due_on}"
        link = reverse("admin:publishing_copyrequest_change", args=[request.pk])
        found.append(Item(CATEGORIES[12], request.review, text, request.due_on, key, link=link))
    return found


def _learning_summary_due(today, now) -> list[Item]:
    """The summary of learning of the reporting year that ended on the last 31 March, from
    1 August until published (until the next 1 August): reminded then, and again once overdue.
    Owed only when a report was published in that year, as it summarises them."""
    cycle = today.year - ((today.month, today.day) < LEARNING_FROM)
    summary = LearningSummary(year=cycle - 1)
    published = LearningSummary.objects.filter(year=summary.year, published_at__isnull=False)
    # from the start of its first day to the start of the day after its last, UK time: the
    # range the index of reviews by status and publication reads (`__date` would read them all)
    year = [_day_start(summary.starts_on), _day_start(summary.ends_on + ONE_DAY)]
    owed = ever_published_reviews().filter(published_at__gte=year[0], published_at__lt=year[1])
    if not owed.filter(~Exists(published)).exists():  # one query
        return []
    due = datetime.date(cycle, *LEARNING_DUE)
    late = due < today
    text = f"The summary of learning for {summary.label} is due by {due:%-d %B %Y}"
    if late:
        text = f"Overdue: the summary of learning for {summary.label} was due by {due:%-d %B %Y}"
    key = f"learning-summary-{'overdue' if late else 'due'}:{summary.year}"
    link = reverse("admin:publishing_learningsummary_changelist")
    return [Item(CATEGORIES[13], None, text, due, key, link=link, name=str(summary))]


COLLECTORS = [
    _limited(restricted_on_site),
    _limited(_notices_to_send),
    _limited(_earliest_dates),
    _limited(_due_soon),
    _limited(_blocked),
    _limited(_failed_deliveries),
    _limited(_unknown_outcomes),
    _eligible,
    _overdue_actions,
    _limited(_past_timescale),
    _limited(_restrictions_overdue),
    _limited(_awaiting_advice),
    _limited(_copy_requests_due),
    _limited(_learning_summary_due),
]


INFORMATION = {"_earliest_dates", "_unknown_outcomes"}  # collectors of items never due


def alerts_send(*, now: datetime.datetime) -> int:
    """Email managers one digest of the due items not alerted before; return how many.

    Each item is claimed by inserting its alert key: running the task twice, or twice at
    once, sends nothing new. If the email fails the transaction, and so the claims, roll back.
    The long categories look only at the reviews that changed since the last complete pass
    (`display.reviews_changed`), or at all on a pass in a new month (each overdue review is
    alerted again then).
    """
    today = timezone.localdate(now)
    sweep = sweep_begin("alerts_send", until=now)
    since = sweep.since
    if since and f"{timezone.localdate(since):%Y%m}" != f"{today:%Y%m}":
        since = None  # a new month: every overdue review is alerted again, so all are read
    among = reviews_changed(since=since, today=today)
    due = items(now=now, untold=True, among=among)  # only what is new is claimed, one by one
    with transaction.atomic():
        fresh = [item for item in due if _claim(item, now)]
        if fresh:
            lines = [f"- {item.category}: {item.about}. {item.text}" for item in fresh]
            subject = f"{len(fresh)} item{'s' if len(fresh) > 1 else ''} need attention"
            urgent = sum(1 for item in fresh if item.category == RESTRICTED_ON_SITE)
            if urgent:
                subject = f"Urgent: {urgent} report{'s' if urgent > 1 else ''} on the website "
                subject += f"with a restriction in force; {subject.lower()}"
            body = "These need attention (each is sent once):\n\n" + "\n".join(lines)
            body += f"\n\nThe dashboard lists everything that needs attention now: {_url()}"
            send_mail(subject, body, None, manager_emails() or [settings.DEFAULT_FROM_EMAIL])
        sweep_end(sweep)  # rolled back with the claims when the email fails
    return len(fresh)


def _digest_key(item: Item) -> str:
    return f"{DIGEST}{item.key}"[:120]


def _sent(due: list[Item]) -> set[str]:
    """The digest keys of `due` already sent, read 1,000 at a time: a day with nothing new
    claims nothing, however many items are still open."""
    keys = [_digest_key(item) for item in due]
    found: set[str] = set()
    for start in range(0, len(keys), 1000):
        chunk = keys[start : start + 1000]
        found.update(Alert.objects.filter(key__in=chunk).values_list("key", flat=True))
    return found


def _claim(item: Item, now: datetime.datetime) -> bool:
    _, created = Alert.objects.get_or_create(
        key=_digest_key(item), defaults={"subject": item.text[:200], "sent_at": now}
    )
    return created


def _url() -> str:
    return settings.SITE_URL + reverse("dashboard")
