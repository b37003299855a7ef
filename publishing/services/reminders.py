"""Reminders that chase for the business unit (issue 10, item 5).

* Each agency's action owners are emailed once when one of its actions is 14 days from its
  due date, and once more when it becomes overdue (one email per agency per run, listing
  what is new).
* The business unit gets a weekly digest of the progress updates awaiting approval and the
  actions overdue, by agency.

Both are sweepers run by beat (nelscp/celery.py) that read what is due from the database, so
a missed run only delays a reminder. Each is claimed by an `Alert` key in the transaction that
sends it, as `common.alert_managers` does: sent once however many runs or workers, and left
unclaimed when the email fails, so the next run tries again. Only actions of reviews past QA
count: drafts and reviews in QA are still the business unit's to write.
"""

from __future__ import annotations

import datetime
import logging
import smtplib
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils import timezone

from reviews import roles
from reviews.models import Action, AgencyMembership, ProgressUpdate, ProtectedName, Review
from reviews.services.owners import names_masked

from ..models import Alert

logger = logging.getLogger(__name__)

REMIND_DAYS = 14  # how long before its due date an action's owners are first reminded
DUE_SOON, OVERDUE = "due-soon", "overdue"


@dataclass(frozen=True)
class Reminder:
    action: Action
    kind: str  # DUE_SOON or OVERDUE

    @property
    def key(self) -> str:
        """Once per action, kind and due date: a due date moved on is reminded again."""
        return f"owner-{self.kind}:{self.action.pk}:{self.action.due_date:%Y%m%d}"

    def line(self, today: datetime.date) -> str:
        action, review = self.action, self.action.recommendation.review
        names = [row.name for row in review.protected_names.all()]
        due = f"{action.due_date:%-d %B %Y}"
        when = f"overdue since {due}" if self.kind == OVERDUE else f"due on {due}"
        if self.kind == DUE_SOON:
            when += f", in {(action.due_date - today).days} days"
        description = names_masked(action.description, names)
        url = settings.SITE_URL + reverse("agency_action", args=[action.pk])
        return f"- {review.reference}, {when}: {description}\n  {url}"


def open_actions() -> QuerySet[Action]:
    """Actions not completed, on reviews past QA, with what a reminder shows."""
    names = Prefetch(
        "recommendation__review__protected_names",
        queryset=ProtectedName.objects.only("review_id", "name"),
    )
    return (
        Action.objects.exclude(status=Action.Status.COMPLETED)
        .exclude(recommendation__review__status__in=Review.PROGRESS_OPEN)
        .select_related("agency", "recommendation__review")
        .prefetch_related(names)
        .order_by("agency__name", "due_date", "pk")
    )


def owner_emails() -> dict[int, list[str]]:
    """Agency id -> the addresses of its active action owners."""
    members = AgencyMembership.objects.filter(
        user__is_active=True, user__groups__name=roles.ACTION_OWNER
    ).exclude(user__email="")
    found: dict[int, set[str]] = defaultdict(set)
    for agency_id, email in members.values_list("agency_id", "user__email"):
        found[agency_id].add(email)
    return {agency_id: sorted(emails) for agency_id, emails in found.items()}


def reminders_due(*, today: datetime.date, agencies: list[int]) -> list[Reminder]:
    """The reminders owed today for the actions of `agencies`, sent before or not."""
    soon = today + datetime.timedelta(days=REMIND_DAYS)
    actions = open_actions().filter(agency_id__in=agencies, due_date__lte=soon)
    return [Reminder(a, OVERDUE if a.due_date < today else DUE_SOON) for a in actions]


def owner_reminders_send(*, now: datetime.datetime) -> int:
    """Email each agency's action owners the reminders not sent before; return how many."""
    today = timezone.localdate(now)
    emails = owner_emails()
    due = reminders_due(today=today, agencies=list(emails))
    sent = _sent([reminder.key for reminder in due])
    by_agency: dict[int, list[Reminder]] = defaultdict(list)
    for reminder in due:
        if reminder.key not in sent:  # read at once: a day with nothing new claims nothing
            by_agency[reminder.action.agency_id].append(reminder)
    return sum(
        len(
            _send_once(
                reminders,
                key=lambda reminder: reminder.key,
                message=lambda fresh: _owner_message(fresh, today),
                to=emails[agency_id],
                now=now,
            )
        )
        for agency_id, reminders in by_agency.items()
    )


def _sent(keys: list[str]) -> set[str]:
    """Which of `keys` were claimed before, read 1,000 at a time."""
    found: set[str] = set()
    for start in range(0, len(keys), 1000):
        chunk = keys[start : start + 1000]
        found.update(Alert.objects.filter(key__in=chunk).values_list("key", flat=True))
    return found


def _owner_message(reminders: list[Reminder], today: datetime.date) -> tuple[str, str]:
    agency, n = reminders[0].action.agency, len(reminders)
    lines = "\n".join(reminder.line(today) for reminder in reminders)
    page = settings.SITE_URL + reverse("agency_actions")
    subject = f"{n} action{'s' if n > 1 else ''} of {agency} to report on"
    body = (
        f"These actions of {agency} are due soon or overdue:\n\n{lines}\n\n"
        f"Report their progress from your agency's page: {page}\n"
        f"Each reminder is sent once: {REMIND_DAYS} days before the due date, and when overdue."
    )
    return subject, body


def business_unit_digest_send(*, now: datetime.datetime) -> int:
    """Email the business unit this week's digest of updates awaiting approval and actions
    overdue, by agency, once a week; return how many items it lists (0 when none or sent)."""
    today = timezone.localdate(now)
    year, week, _ = today.isocalendar()
    pending = ProgressUpdate.objects.filter(state=ProgressUpdate.State.PENDING).select_related(
        "action__agency", "action__recommendation__review"
    )
    overdue = open_actions().filter(due_date__lt=today)
    by_agency: dict[str, list[str]] = defaultdict(list)
    for update in pending.order_by("submitted_at"):
        action = update.action
        by_agency[action.agency.name].append(
            f"- Awaiting approval since {timezone.localdate(update.submitted_at):%-d %B %Y}: "
            f"{action.recommendation.review.reference}, {action.description[:80]}"
        )
    for action in overdue:
        by_agency[action.agency.name].append(
            f"- Overdue since {action.due_date:%-d %B %Y}: "
            f"{action.recommendation.review.reference}, {action.description[:80]}"
        )
    count = sum(len(lines) for lines in by_agency.values())
    if not count:
        return 0
    body = "\n\n".join(f"{name}\n" + "\n".join(by_agency[name]) for name in sorted(by_agency))
    link = settings.SITE_URL + reverse("admin:reviews_progressupdate_changelist")
    body = f"This week, by agency:\n\n{body}\n\nUpdates to approve or return: {link}\n"
    subject = f"Action plans this week: {count} item{'s' if count > 1 else ''}"
    sent = _send_once(
        [f"business-unit-digest:{year}-W{week:02d}"],
        key=str,
        message=lambda fresh: (subject, body),
        to=_business_unit_emails(),
        now=now,
    )
    return count if sent else 0


def _business_unit_emails() -> list[str]:
    users = (
        get_user_model()
        .objects.filter(groups__name=roles.BUSINESS_UNIT, is_active=True)
        .exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True))) or [settings.DEFAULT_FROM_EMAIL]


def _send_once(items: list, *, key, message, to: list[str], now: datetime.datetime) -> list:
    """Claim each of `items` by its `key` and email the ones this call claimed, as `message`
    (fresh items -> subject, body) words them; return them. None are returned, and none stay
    claimed, when the email fails: the next run tries again."""
    try:
        with transaction.atomic():
            fresh = [
                item
                for item in items
                if Alert.objects.get_or_create(
                    key=key(item)[:120], defaults={"subject": key(item)[:200], "sent_at": now}
                )[1]
            ]
            if fresh:  # sent inside the transaction: a failed email unclaims the keys
                subject, body = message(fresh)
                send_mail(subject, body, None, to)
    except (smtplib.SMTPException, OSError) as error:
        logger.error("Reminder not sent to %s: %s: %s", to, type(error).__name__, error)
        return []
    return fresh
