"""Celery tasks: each takes primary keys or nothing, loads rows and calls a service."""

from celery import shared_task
from django.utils import timezone

from . import services


@shared_task(name="publishing.heartbeat")
def heartbeat() -> None:
    """Run by beat every minute through the worker: proves scheduler and worker both run."""
    services.heartbeat_record(name="scheduler", now=timezone.now())


from .public_tasks import *  # noqa: E402, F403  (the public site's tasks, for autodiscovery)
