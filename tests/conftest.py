"""Shared fixtures: named personas, and real services (Redis, a Celery worker)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client

from reviews import roles

from .factories import make_user, pass_second_factor


def pytest_collection_modifyitems(items):
    """Give every transactional test serialized rollback.

    A transactional test empties the database when it ends; without serialized rollback that
    flush re-runs post-migrate (new content types) and loses the data migrations' rows (roles,
    themes, recipients), which breaks the transactional tests after it.
    """
    for item in items:
        marker = item.get_closest_marker("django_db")
        transactional = marker is not None and marker.kwargs.get("transaction")
        names = getattr(item, "fixturenames", [])
        wanted = transactional or {"transactional_db", "live_server", "celery_worker"} & set(names)
        if wanted and "django_db_serialized_rollback" not in names:
            names.append("django_db_serialized_rollback")


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "password_only: client.force_login signs in with the password alone, no second factor",
    )


def require_service(name: str, available: bool, why: str) -> None:
    """Skip when a real service is absent on a developer machine; fail in CI, where it must run."""
    if available:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{name} is required in CI but is not available: {why}")
    pytest.skip(f"{name} not available here ({why}); CI runs this test against the real service")


def wait_until(predicate: Callable[[], bool], timeout: float = 30.0) -> bool:
    """Poll `predicate` until true or `timeout` seconds pass: for work done by another process."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # Password hashing is deliberately slow; tests log in with force_login anyway.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _second_factor_on_force_login(request, monkeypatch):
    """`client.force_login(user)` signs in as the admin requires: password and second factor.

    The user gets a confirmed authenticator device and the session is marked verified by it.
    Tests of the password-only path (the admin refusing it, enrolment) opt out with
    `@pytest.mark.password_only`.
    """
    if request.node.get_closest_marker("password_only"):
        return
    force_login = Client.force_login

    def force_login_with_second_factor(self, user, backend=None):
        force_login(self, user, backend)
        pass_second_factor(self, user)

    monkeypatch.setattr(Client, "force_login", force_login_with_second_factor)


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    # Stored PDFs go to a folder of the test's own, never the developer's var/media.
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def author(db):
    return make_user("author", role=roles.BUSINESS_UNIT, first_name="Asha", last_name="Patel")


@pytest.fixture
def approver(db):
    return make_user("approver", role=roles.QA_APPROVER)


@pytest.fixture
def manager(db):
    return make_user("manager", role=roles.MANAGER)


@pytest.fixture
def auditor(db):
    return make_user("auditor", role=roles.AUDITOR)


@pytest.fixture
def outsider(db):
    """A staff account with no role: may log in to the admin but see nothing."""
    return make_user("outsider")


@pytest.fixture
def redis_available() -> bool:
    if not settings.REDIS_URL:
        return False
    import redis

    try:
        return bool(redis.Redis.from_url(settings.REDIS_URL, socket_timeout=2).ping())
    except redis.RedisError:
        return False


@pytest.fixture
def celery_worker(django_db_serialized_rollback, transactional_db, tmp_path, redis_available):
    """A real Celery worker (in a thread) consuming from the configured broker.

    Against Redis when REDIS_URL is set (mandatory in CI), else the embedded filesystem broker
    in a temporary folder, so a developer's running `make run` worker never takes test tasks.
    The database is real and committed (the worker has its own connection); serialized
    rollback restores the data migrations' rows (roles, recipients) after the flush.
    """
    from celery.contrib.testing.worker import start_worker

    from nelscp.celery import app

    original_options = app.conf.broker_transport_options
    if settings.REDIS_URL:
        require_service("Redis", redis_available, f"no answer at {settings.REDIS_URL}")
        app.control.purge()  # messages left by an earlier, interrupted run
    else:
        folder = tmp_path / "broker"
        folder.mkdir()
        app.conf.broker_transport_options = {
            "data_folder_in": str(folder),
            "data_folder_out": str(folder),
            "control_folder": str(tmp_path / "control"),
            "store_processed": False,
        }
    _reset_pool(app)
    with start_worker(
        app,
        pool="solo",
        perform_ping_check=False,
        shutdown_timeout=30,
        queues=["celery", "scheduler"],  # the main queue and publication's own
    ):
        yield app
    app.conf.broker_transport_options = original_options
    _reset_pool(app)


def _reset_pool(app) -> None:
    # Producers pool their connections; new transport options need fresh ones.
    from kombu import pools

    pools.reset()
    app._pool = None
    app.amqp._producer_pool = None
