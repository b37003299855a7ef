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
    "heartbeat": {"task": "publishing.heartbeat", "schedule": 60.0},
    # every 20 seconds, so a scheduled publication is never more than a minute late
    "publish-due": {"task": "publishing.publish_due", "schedule": 20.0},
    "deliveries-sweep": {"task": "publishing.deliveries_sweep", "schedule": 60.0},
    # public report, briefing and learning-summary PDFs, rendered once per version
    "public-pdf-sweep": {"task": "publishing.public_pdf_sweep", "schedule": 60.0},
    "removal-sweep": {"task": "publishing.removal_sweep", "schedule": crontab(hour=7, minute=0)},
    "alerts": {"task": "publishing.alerts_send", "schedule": crontab(hour=7, minute=30)},
}
app.conf.beat_schedule = BEAT_SCHEDULE


@app.on_after_configure.connect
def _make_broker_folders(sender, **kwargs):
    # The embedded filesystem broker does not create its folders itself.
    options = sender.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
        if key in options:
            Path(options[key]).mkdir(parents=True, exist_ok=True)
