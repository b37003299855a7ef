"""Celery tasks: each takes primary keys or nothing, loads rows and calls a service.

Periodic ones are sweepers scheduled in nelscp/celery.py: they read what is due from the
database, so nothing depends on a message surviving. Task names are fixed (`name=`), so the
beat schedule does not depend on where a module lives.
"""

from celery import shared_task
from django.utils import timezone

from .services import (
    alerts,
    common,
    copy_requests,
    deliveries,
    display,
    exports,
    files,
    notices,
    reminders,
    report_pages,
    scheduling,
    withdrawals,
)


@shared_task(name="publishing.heartbeat")
def heartbeat() -> None:
    """Run by beat every minute on the scheduler queue: proves beat and the publication
    worker both run."""
    common.heartbeat_record(name="scheduler", now=timezone.now())


@shared_task(name="publishing.worker_heartbeat")
def worker_heartbeat() -> None:
    """Run by beat every minute on the default queue: proves the main worker runs."""
    common.heartbeat_record(name="worker", now=timezone.now())


@shared_task(name="publishing.notice_render")
def notice_render(notice_id: int) -> bool:
    return notices.notice_render(notice_id=notice_id)


@shared_task(name="publishing.delivery_send")
def delivery_send(delivery_id: int) -> str | None:
    return deliveries.delivery_attempt(delivery_id=delivery_id, now=timezone.now())


@shared_task(name="publishing.deliveries_sweep")
def deliveries_sweep() -> dict:
    return deliveries.deliveries_sweep(now=timezone.now())


@shared_task(name="publishing.withdrawal_tell")
def withdrawal_tell(withdrawal_id: int) -> bool:
    return withdrawals.withdrawal_tell(withdrawal_id=withdrawal_id, now=timezone.now())


@shared_task(name="publishing.withdrawals_tell_sweep")
def withdrawals_tell_sweep() -> int:
    return withdrawals.withdrawals_tell_sweep(now=timezone.now())


@shared_task(name="publishing.publish_due")
def publish_due() -> list:
    return scheduling.publish_due(now=timezone.now())


@shared_task(name="publishing.removal_sweep")
def removal_sweep() -> list:
    return display.removal_sweep(today=timezone.localdate())


@shared_task(name="publishing.alerts_send")
def alerts_send() -> int:
    return alerts.alerts_send(now=timezone.now())


@shared_task(name="publishing.owner_reminders_send")
def owner_reminders_send() -> int:
    return reminders.owner_reminders_send(now=timezone.now())


@shared_task(name="publishing.business_unit_digest_send")
def business_unit_digest_send() -> int:
    return reminders.business_unit_digest_send(now=timezone.now())


@shared_task(name="publishing.public_pdf_sweep")
def public_pdf_sweep() -> int:
    """Render every missing or outdated public PDF (run by beat, and queued on changes)."""
    return files.pdf_sweep(now=timezone.now())


@shared_task(name="publishing.report_pages_build")
def report_pages_build() -> int:
    """Build the public report pages that are stale or out of date (every minute)."""
    return report_pages.report_pages_build(today=timezone.localdate())


@shared_task(name="publishing.exports_build")
def exports_build() -> list:
    """Store the current version of the whole open-data exports, when missing (every minute)."""
    return exports.exports_build()


@shared_task(name="publishing.copy_requests_purge")
def copy_requests_purge() -> int:
    """Delete copy requests closed longer ago than COPY_REQUEST_RETENTION_MONTHS (run daily)."""
    return copy_requests.copy_requests_purge(now=timezone.now())
