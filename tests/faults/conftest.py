"""Real processes for the fault tests: a private Redis this test may stop and start, Celery
workers as subprocesses on the committed test database, and a scripted SMTP server.

Every process is stopped when its test ends, whether it passed or failed, and every wait is
bounded: a fault test fails, it never hangs.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from django.conf import settings
from django.db import connection

from publishing.models import Delivery, Notice
from publishing.services import notices

from ..conftest import _reset_pool, require_service, wait_until
from ..factories import make_approved_review, set_recipient_emails
from ..smtp_server import ScriptedSMTP, free_port

CELERY = str(Path(sys.executable).with_name("celery"))
REDIS_SERVER = shutil.which("redis-server")
STARTUP = 60  # seconds a worker or Redis may take to start on a busy CI machine


class PrivateRedis:
    """A redis-server of this test's own, keeping nothing on disk: stopping it loses what it
    held, as a broker restart without persistence would."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        command = [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no", "--dir", str(self.folder)]
        with open(self.folder / "redis.log", "ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        assert wait_until(self.answers, timeout=STARTUP), "the private redis-server did not start"

    def stop(self) -> None:
        if self.process is not None:
            _end(self.process, grace=10)
            self.process = None

    def answers(self) -> bool:
        client = redis.Redis.from_url(self.url, socket_timeout=1, socket_connect_timeout=1)
        try:
            return bool(client.ping())
        except redis.RedisError:
            return False
        finally:
            client.close()


class Worker:
    """A Celery worker subprocess, in a process group of its own, logging to a file."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], log: Path):
        self.name, self.log = name, log
        with open(log, "ab") as handle:
            self.process = subprocess.Popen(
                command,
                env=env,
                cwd=settings.BASE_DIR,
                stdout=handle,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def tail(self, lines: int = 40) -> str:
        return f"--- {self.name} log ---\n" + "\n".join(self.log_text().splitlines()[-lines:])

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_for_log(self, text: str, *, count: int = 1, timeout: float = STARTUP) -> None:
        """Wait until `text` appears `count` times in the log; fail at once if the worker died."""
        if not wait_until(
            lambda: self.log_text().count(text) >= count or not self.alive(), timeout=timeout
        ):
            pytest.fail(f"{self.name}: no {text!r} ×{count} in {timeout} s\n{self.tail()}")
        if self.log_text().count(text) < count:
            pytest.fail(f"{self.name} exited with {self.process.returncode}\n{self.tail()}")

    def pool_processes(self) -> list[int]:
        """The process ids of the prefork pool: the worker's children (Linux /proc)."""
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):  # the process ended while we looked
                continue
            if parent == self.process.pid:
                children.append(int(stat.parent.name))
        return children

    def stop(self) -> None:
        _end(self.process, grace=5, group=True)

    def stop_soon(self) -> None:
        """Ask it to stop, without waiting: `stop` then waits for it (several in parallel)."""
        _signal(self.process, signal.SIGTERM, group=True)


def _end(process: subprocess.Popen, *, grace: float, group: bool = False) -> None:
    """Stop `process` (and its group): politely, then by force after `grace` seconds."""
    if process.poll() is None:
        _signal(process, signal.SIGTERM, group)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            _signal(process, signal.SIGKILL, group)
    if group:
        _signal(process, signal.SIGKILL, group)  # pool processes left behind by the parent
    process.wait(10)


def _signal(process: subprocess.Popen, number: int, group: bool) -> None:
    try:
        if group:
            os.killpg(process.pid, number)
        else:
            process.send_signal(number)
    except ProcessLookupError:
        pass


def database_url() -> str:
    """A DATABASE_URL for the test database pytest-django created (the data must be committed)."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    if connection.vendor == "postgresql":
        password = f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
        port = f":{db['PORT']}" if db["PORT"] else ""
        user = quote(db["USER"] or "", safe="")
        return f"postgres://{user}{password}@{db['HOST'] or 'localhost'}{port}/{db['NAME']}"
    raise NotImplementedError(f"no DATABASE_URL for {connection.vendor}")


class Workers:
    """Starts Celery workers on the test's database, broker and mail server; stops them all."""

    def __init__(self, folder: Path, broker: PrivateRedis, smtp: ScriptedSMTP):
        self.folder, self.broker, self.smtp = folder, broker, smtp
        self.started: list[Worker] = []

    def env(self) -> dict[str, str]:
        # The email settings come from this test's `settings`, so both processes agree on the
        # SMTP timeout and the lease.
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "nelscp.settings",
            "DJANGO_DEBUG": "true",
            "DJANGO_VAR_DIR": str(self.folder / "var"),
            "DATABASE_URL": database_url(),
            "REDIS_URL": self.broker.url,
            "DJANGO_MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.smtp.port),
            "EMAIL_TIMEOUT": str(settings.EMAIL_TIMEOUT),
            "DELIVERY_CLAIM_LEASE_SECONDS": str(settings.DELIVERY_CLAIM_LEASE_SECONDS),
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "PYTHONUNBUFFERED": "1",
        }

    def start(self, queue: str, *, pool: str = "prefork", wait: bool = True) -> Worker:
        """A worker with one pool process on `queue` (prefork, as docker-compose runs them)."""
        name = f"{queue}-{len(self.started) + 1}"
        command = [CELERY, "-A", "nelscp", "worker", "-Q", queue, "--hostname", f"{name}@%h"]
        command += ["--pool", pool, "--concurrency", "1", "--loglevel", "INFO"]
        command += ["--without-mingle"]  # no other worker to sync with: a second off each start
        worker = Worker(name, command, self.env(), self.folder / f"{name}.log")
        self.started.append(worker)
        if wait:
            worker.wait_for_log(" ready.")
        return worker

    def stop_all(self) -> None:
        for worker in self.started:
            worker.stop_soon()
        for worker in self.started:
            worker.stop()


@pytest.fixture
def broker(tmp_path):
    """A private Redis, with this process's Celery app queueing to it (and back afterwards)."""
    from nelscp.celery import app

    require_service("redis-server", REDIS_SERVER is not None, "redis-server is not installed")
    private = PrivateRedis(tmp_path)
    saved = app.conf.broker_url, app.conf.broker_transport_options
    try:
        private.start()
        app.conf.broker_url = private.url
        app.conf.broker_transport_options = {"visibility_timeout": 3600}
        _reset_pool(app)
        yield private
    finally:
        app.conf.broker_url, app.conf.broker_transport_options = saved
        _reset_pool(app)  # closes this process's connections to the private Redis
        private.stop()


@pytest.fixture
def smtp():
    """The scripted mail server, taking every message until the test changes its mode."""
    with ScriptedSMTP("accept") as server:
        yield server


@pytest.fixture
def workers(transactional_db, broker, smtp, tmp_path):
    """Start workers with `workers.start(queue)`; all are stopped before the database is
    flushed, whatever the test's outcome."""
    started = Workers(tmp_path, broker, smtp)
    try:
        yield started
    finally:
        started.stop_all()


def repeating(action: Callable[[], object], every: float) -> Callable[[], None]:
    """`action`, done at most once per `every` seconds however often it is called: a stand-in
    for beat inside a `wait_until` predicate."""
    last = [float("-inf")]

    def maybe() -> None:
        if time.monotonic() - last[0] >= every:
            last[0] = time.monotonic()
            action()

    return maybe


# --- Notices and what reached the mail server ---------------------------------------------------


@pytest.fixture
def send_notice(author, approver, manager):
    """Send the pre-publication notice of a new QA-approved review, as a manager; return it.

    Its PDF render is queued when the transaction commits: a worker renders it and queues the
    three deliveries.
    """
    set_recipient_emails()

    def send() -> Notice:
        review = make_approved_review(author=author, approver=approver)
        return notices.notice_send(review=review, by=manager)

    return send


def all_sent(*sent: Notice) -> bool:
    deliveries = Delivery.objects.filter(notice__in=sent)
    return set(deliveries.values_list("state", flat=True)) == {Delivery.State.SENT}


def progress(worker: Worker, *sent: Notice) -> str:
    """Each delivery's state and the worker's log, for assertion messages."""
    deliveries = Delivery.objects.filter(notice__in=sent).order_by("pk")
    rows = deliveries.values_list("pk", "email", "state", "attempts", "last_error")
    return "\n".join([*map(str, rows), worker.tail()])


def is_marked(message) -> bool:
    """A re-send after an unknown outcome, as the recipient sees it."""
    return message["X-Possible-Duplicate"] == "yes" and message["Subject"].startswith(
        "Possible duplicate: "
    )


def assert_each_reached_the_server(server: ScriptedSMTP, *sent: Notice) -> dict[int, list]:
    """Every delivery of `sent` reached the server; a repeat carries the delivery's Message-ID
    and is marked as a possible duplicate. Returns the copies taken for each delivery's pk."""
    deliveries = list(Delivery.objects.filter(notice__in=sent))
    known = {delivery.message_id for delivery in deliveries}
    notices_taken = [m for m in server.messages if str(m["To"]).endswith(".gov.uk")]
    assert {m["Message-ID"] for m in notices_taken} <= known, "a notice with a new Message-ID"
    copies = {}
    for delivery in deliveries:
        taken = server.with_message_id(delivery.message_id)
        assert taken, f"the notice to {delivery.email} never reached the server"
        assert all(is_marked(repeat) for repeat in taken[1:]), f"an unmarked repeat: {taken}"
        copies[delivery.pk] = taken
    return copies
