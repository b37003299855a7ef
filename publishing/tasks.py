"""Celery tasks: each takes primary keys or nothing, loads rows and calls a service.

Periodic ones are sweepers scheduled in nelscp/celery.py: they read what is due from the
database, so nothing depends on a message surviving.
"""

from celery import shared_task
from django.utils import timezone

from . import services


@shared_task(name="publishing.heartbeat")
def heartbeat() -> None:
    """Run by beat every minute through the worker: proves scheduler and worker both run."""
    services.heartbeat_record(name="scheduler", now=timezone.now())


@shared_task(name="publishing.notice_render")
def notice_render(notice_id: int) -> bool:
    return services.notice_render(notice_id=notice_id)


@shared_task(name="publishing.delivery_send")
def delivery_send(delivery_id: int) -> str | None:
    return services.delivery_attempt(delivery_id=delivery_id, now=timezone.now())


@shared_task(name="publishing.deliveries_sweep")
def deliveries_sweep() -> dict:
    return services.deliveries_sweep(now=timezone.now())


@shared_task(name="publishing.publish_due")
def publish_due() -> list:
    return services.publish_due(now=timezone.now())


@shared_task(name="publishing.removal_sweep")
def removal_sweep() -> list:
    return services.removal_sweep(today=timezone.localdate())


@shared_task(name="publishing.alerts_send")
def alerts_send() -> int:
    from .dashboard import alerts_send as send

    return send(now=timezone.now())


from .public_tasks import *  # noqa: E402, F403  (the public site's tasks, for autodiscovery)
