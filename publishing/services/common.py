"""What every lifecycle stage shares: who may act, the scheduler's user, dates in words,
heartbeats and emails to the managers.

Refusals raise `TransitionError` (from reviews.services, re-exported here).
"""

from __future__ import annotations

import datetime
import logging
import smtplib

from celery import current_app
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from reviews import roles
from reviews.services import (
    TransitionError,
)

from ..models import Alert, Heartbeat

logger = logging.getLogger(__name__)

SCHEDULER = "scheduler"

__all__ = ["TransitionError"]


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


def require_manager(user: AbstractBaseUser) -> None:
    if not user.has_perm("reviews.manage_publication"):
        raise TransitionError("Only partnership managers can do this.")


def local_date(moment: datetime.datetime) -> datetime.date:
    return timezone.localdate(moment)


def long_date(day: datetime.date) -> str:
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


def task_queue(name: str, *args, countdown: float | None = None) -> bool:
    """Queue the Celery task registered as `name` (publishing/tasks.py); True when queued.

    By name, so that services never import tasks.py, which imports them: the dependency runs
    one way. publishing/apps.py imports tasks.py, so every process has the tasks registered.
    If the broker cannot be reached the error is logged and False returned: what was to be
    done is in the database, and a sweeper queues it again once the broker is back, so a
    broker outage delays work but never fails the staff action that asked for it.
    """
    try:
        current_app.tasks[name].apply_async(args=args, countdown=countdown)
    except Exception as error:  # kombu and redis raise many kinds; all mean "not queued"
        logger.warning("Could not queue %s%r: %s: %s", name, args, type(error).__name__, error)
        return False
    return True
