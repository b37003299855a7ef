"""Withdraw now, over HTTP: gunicorn (two workers, as docker-compose runs it) serves the report
from its stored page and the briefing from the Redis page cache; the withdrawal commits in
another process, and the very next request already answers 410 with the neutral notice."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.cache import cache
from django.utils import timezone

from publishing.services import withdrawals

from ..conftest import wait_until
from ..public_helpers import make_briefing, make_public_review
from ..smtp_server import free_port
from .conftest import STARTUP, _end, database_url

GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
TITLE = "Learning from the experiences of Child W"


def fetch(url: str) -> tuple[int, str, dict]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback only)
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


@pytest.fixture
def site(transactional_db, broker, tmp_path, settings):
    """gunicorn on this test's database, with the private Redis as its cache (and this
    process's, so that a commit here tells the pages there)."""
    settings.PUBLIC_CACHE_SECONDS = 300
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": broker.url,
        }
    }
    cache.clear()
    port = free_port()
    env = {
        name: value
        for name, value in os.environ.items()
        if name != "PYTEST_VERSION" and not name.startswith(("DJANGO_", "PUBLIC_", "CELERY_"))
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "nelscp.settings",
        "DJANGO_DEBUG": "true",  # static files from the app folders: no collectstatic here
        "DJANGO_VAR_DIR": str(tmp_path / "var"),
        "DATABASE_URL": database_url(),
        "REDIS_URL": broker.url,
        "PUBLIC_CACHE_SECONDS": "300",
        "DJANGO_MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    log = open(tmp_path / "gunicorn.log", "wb")  # noqa: SIM115 (closed below)
    command = [GUNICORN, "nelscp.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"]
    server = subprocess.Popen(
        command, env=env, cwd=settings.BASE_DIR, stdout=log, stderr=subprocess.STDOUT
    )
    host = f"http://127.0.0.1:{port}"
    try:
        if not wait_until(lambda: _answers(f"{host}/healthz"), timeout=STARTUP):
            pytest.fail("gunicorn did not start:\n" + (tmp_path / "gunicorn.log").read_text())
        yield host
    finally:
        _end(server, grace=10)
        log.close()


def _answers(url: str) -> bool:
    try:
        return fetch(url)[0] == 200
    except OSError:
        return False


def test_the_first_request_after_the_commit_answers_410(site, author, manager):
    report = make_public_review(author=author, title=TITLE, actions=2)
    make_briefing(report)
    page, briefing = f"{site}/reviews/{report.slug}/", f"{site}/reviews/{report.slug}/briefing/"
    for _ in range(3):  # stored, then sent as stored; cached, then sent from the cache
        status, text, headers = fetch(page)
        assert (status, TITLE in text) == (200, True)
        assert fetch(briefing)[0] == 200
    assert headers["X-Page-Cache"] == "hit"
    assert TITLE in fetch(f"{site}/reviews/")[1]

    withdrawals.review_withdraw(
        review=report, by=manager, reason="court_order", details="An order.", now=timezone.now()
    )  # committed: this test's database is transactional

    for url in (page, briefing, f"{page}report.pdf", f"{page}briefing.pdf"):
        status, text, _ = fetch(url)
        assert status == 410, url
        assert "This report is not available" in text and TITLE not in text
    for url in (f"{site}/reviews/", f"{site}/", f"{site}/feed/", f"{site}/sitemap.xml"):
        status, text, _ = fetch(url)
        assert status == 200 and report.slug not in text, url
