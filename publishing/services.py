"""Workflows that touch several rows. Each is a keyword-only, typed function."""

from __future__ import annotations

import datetime

from .models import Heartbeat


def heartbeat_record(*, name: str, now: datetime.datetime) -> Heartbeat:
    """Record that the process `name` is alive at `now`; return its row."""
    beat, _ = Heartbeat.objects.update_or_create(name=name, defaults={"last_seen": now})
    return beat


def heartbeat_age(*, name: str, now: datetime.datetime) -> datetime.timedelta | None:
    """How long ago `name` last beat; None when it never has."""
    beat = Heartbeat.objects.filter(name=name).first()
    return None if beat is None else now - beat.last_seen
