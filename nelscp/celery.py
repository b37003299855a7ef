"""The Celery application and the one place the beat schedule is declared.

Beat only triggers sweepers: each scheduled job reads what is due from the database, so a lost
message or a beat outage delays work but never loses it.
"""

import os
from pathlib import Path

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nelscp.settings")

app = Celery("nelscp")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Every periodic job, in one place. Later capabilities add their sweepers here.
# Sweepers read what is due from the database; intervals bound how late work can be.
BEAT_SCHEDULE: dict[str, dict] = {
    # one heartbeat through each queue: /healthz reports the scheduler and the worker apart
    "heartbeat": {"task": "publishing.heartbeat", "schedule": 60.0},
    "worker-heartbeat": {"task": "publishing.worker_heartbeat", "schedule": 60.0},
    # every 20 seconds, so a scheduled publication is never more than a minute late
    "publish-due": {"task": "publishing.publish_due", "schedule": 20.0},
    "deliveries-sweep": {"task": "publishing.deliveries_sweep", "schedule": 60.0},
    # the email that a report was withdrawn, until it goes (a lost message or a failed send)
    "withdrawals-tell-sweep": {"task": "publishing.withdrawals_tell_sweep", "schedule": 60.0},
    # public report, briefing and learning-summary PDFs, rendered once per version
    "public-pdf-sweep": {"task": "publishing.public_pdf_sweep", "schedule": 60.0},
    # each public report's page, built once per change so readers are sent it as it is
    "report-pages-build": {"task": "publishing.report_pages_build", "schedule": 60.0},
    # /reviews.json and /reviews.csv, stored once per version so readers are sent a file
    "exports-build": {"task": "publishing.exports_build", "schedule": 60.0},
    "removal-sweep": {"task": "publishing.removal_sweep", "schedule": crontab(hour=7, minute=0)},
    "alerts": {"task": "publishing.alerts_send", "schedule": crontab(hour=7, minute=30)},
    # action owners: 14 days before an action is due and when it is overdue, each once
    "owner-reminders": {
        "task": "publishing.owner_reminders_send",
        "schedule": crontab(hour=7, minute=40),
    },
    # the business unit: updates awaiting approval and overdue actions, by agency, on Mondays
    "business-unit-digest": {
        "task": "publishing.business_unit_digest_send",
        "schedule": crontab(hour=7, minute=50, day_of_week=1),
    },
    # requesters' personal details, deleted once kept for COPY_REQUEST_RETENTION_MONTHS
    "copy-requests-purge": {
        "task": "publishing.copy_requests_purge",
        "schedule": crontab(hour=3, minute=15),
    },
}
app.conf.beat_schedule = BEAT_SCHEDULE

# Publication has a queue and a worker process of its own (`-Q scheduler`), so a hung mail
# server, a flood of deliveries or PDF renders, or a bad worker on the main queue can never
# delay it. Everything else goes to the default queue ("celery").
SCHEDULER_QUEUE = "scheduler"
app.conf.task_routes = {
    "publishing.publish_due": {"queue": SCHEDULER_QUEUE},
    "publishing.heartbeat": {"queue": SCHEDULER_QUEUE},
}
# Survive a broker restart: keep reconnecting rather than exit (docker-compose also restarts
# any process that still dies), and give up queueing quickly so a staff request never hangs.
app.conf.broker_connection_retry_on_startup = True
app.conf.broker_connection_max_retries = None
app.conf.task_publish_retry_policy = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 1,
}
# A send in flight when the broker drops runs to its end and records its outcome in the
# database; its acknowledgement may be lost, so the message can come back, and the delivery's
# claim then refuses a second send. Cancelling it instead (Celery 6's planned default) would
# kill the send mid-SMTP and turn every broker blip into "possible duplicate" re-sends.
#
# Redis restarts were tried against kombu 5.7.0 / Celery 5.7.0 / redis-py 8.1 / Redis 7.0
# (tests/faults/test_broker_restart.py): prefork and threads workers, with a send in flight
# across the restart, log "Connection to broker lost", retry every few seconds, reconnect and
# go on; the kombu AttributeError "'NoneType' object has no attribute 'hostname'" (a channel
# of the closed connection building a new Redis pool) did not occur, so no transport option is
# set to work around it. What does show is one harmless ERROR line per restart, "Error on
# restarting Gossip: AttributeError(... 'connection_errors')": Celery closes the connection
# before restarting its bootsteps; the worker carries on (`--without-gossip` would silence it).
# A solo-pool worker notices the loss only after its current task ends.
app.conf.worker_cancel_long_running_tasks_on_connection_loss = False


@app.on_after_configure.connect
def _make_broker_folders(sender, **kwargs):
    # The embedded filesystem broker does not create its folders itself.
    options = sender.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
        if key in options:
            Path(options[key]).mkdir(parents=True, exist_ok=True)
