"""A real worker takes a task from the real broker and does its work in the database."""

from publishing import tasks
from publishing.models import Heartbeat

from .conftest import wait_until


def test_it_runs_a_task_through_a_real_worker(celery_worker):
    tasks.heartbeat.delay()

    assert wait_until(lambda: Heartbeat.objects.filter(name="scheduler").exists())


def test_it_declares_the_heartbeat_in_the_beat_schedule():
    from nelscp.celery import app

    assert app.conf.beat_schedule["heartbeat"]["task"] == "publishing.heartbeat"
    assert "publishing.heartbeat" in app.tasks


def test_every_scheduled_job_is_a_registered_task():
    from nelscp.celery import app

    app.loader.import_default_modules()
    for name, entry in app.conf.beat_schedule.items():
        assert entry["task"] in app.tasks, name


def test_publication_and_its_heartbeat_have_a_queue_of_their_own():
    from nelscp.celery import SCHEDULER_QUEUE, app

    for task in ("publishing.publish_due", "publishing.heartbeat"):
        assert app.amqp.router.route({}, task)["queue"].name == SCHEDULER_QUEUE
    for task in (
        "publishing.delivery_send",
        "publishing.notice_render",
        "publishing.worker_heartbeat",
    ):
        assert app.amqp.router.route({}, task)["queue"].name == "celery"
