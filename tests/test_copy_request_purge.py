"""Requesters' personal details are kept only as long as needed: a copy request, with its
history, is deleted a set number of months after it was sent or refused."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys

import pytest
import time_machine
from django.utils import timezone

from publishing import tasks
from publishing.models import CopyRequest
from publishing.services import copy_requests, files
from reviews.models import Review

from .public_helpers import at, make_public_review

pytestmark = pytest.mark.django_db

NOW = at(2027, 12, 1)
HistoricalCopyRequest = CopyRequest.history.model


@pytest.fixture
def removed(author):
    return make_public_review(
        author=author,
        title="An older report",
        status=Review.Status.REMOVED,
        published=at(2024, 1, 10),
        removed_at=at(2025, 2, 1),
    )


def _request(removed, *, received: datetime.datetime) -> CopyRequest:
    with time_machine.travel(received, tick=False):
        return copy_requests.copy_request_create(
            review=removed, name="Sam Reader", email="sam@example.org", now=timezone.now()
        )


def _refused(removed, manager, *, on: datetime.datetime) -> CopyRequest:
    request = _request(removed, received=on - datetime.timedelta(days=3))
    with time_machine.travel(on, tick=False):
        copy_requests.copy_request_refuse(request=request, by=manager, reason="Court order.")
    return request


def _sent(removed, manager, *, on: datetime.datetime) -> CopyRequest:
    request = _request(removed, received=on - datetime.timedelta(days=3))
    with time_machine.travel(on, tick=False):
        files.pdf_sweep(now=timezone.now())
        copy_requests.copy_request_send(request=request, by=manager, now=timezone.now())
    return request


def _history(request: CopyRequest):
    return HistoricalCopyRequest.objects.filter(id=request.pk)


def test_a_request_closed_twelve_months_and_a_day_ago_is_deleted_with_its_history(removed, manager):
    refused = _refused(removed, manager, on=NOW - datetime.timedelta(days=366))  # 12 months + 1
    sent = _sent(removed, manager, on=NOW - datetime.timedelta(days=366))
    assert _history(refused).exists() and _history(sent).exists()

    purged = copy_requests.copy_requests_purge(now=NOW)

    assert purged == 2
    assert not CopyRequest.objects.exists()
    assert not _history(refused).exists() and not _history(sent).exists()
    assert not HistoricalCopyRequest.objects.filter(email="sam@example.org").exists()


def test_a_request_closed_eleven_months_ago_is_kept(removed, manager):
    refused = _refused(removed, manager, on=at(2027, 1, 1))
    sent = _sent(removed, manager, on=at(2027, 1, 1))

    assert copy_requests.copy_requests_purge(now=NOW) == 0

    assert set(CopyRequest.objects.values_list("pk", flat=True)) == {refused.pk, sent.pk}
    assert _history(refused).filter(status=CopyRequest.Status.REFUSED).exists()
    assert _history(sent).filter(status=CopyRequest.Status.SENT).exists()


def test_it_counts_from_closing_not_from_receiving(removed, manager):
    # Received three years ago, answered only ten months ago: kept.
    request = _request(removed, received=at(2024, 12, 1))
    with time_machine.travel(at(2027, 2, 1), tick=False):
        copy_requests.copy_request_refuse(request=request, by=manager, reason="Court order.")

    assert copy_requests.copy_requests_purge(now=NOW) == 0
    assert CopyRequest.objects.filter(pk=request.pk).exists()


def test_an_open_request_is_never_deleted_however_old(removed, manager):
    received = _request(removed, received=at(2020, 1, 6))
    started = _request(removed, received=at(2020, 1, 6))
    copy_requests.copy_request_start(request=started, by=manager)

    assert copy_requests.copy_requests_purge(now=NOW) == 0

    assert CopyRequest.objects.count() == 2
    assert _history(received).exists() and _history(started).exists()


def test_the_setting_changes_the_period(removed, manager, settings):
    settings.COPY_REQUEST_RETENTION_MONTHS = 6
    old = _refused(removed, manager, on=at(2027, 5, 30))  # 6 months and 2 days before NOW
    recent = _refused(removed, manager, on=at(2027, 6, 2))  # 5 months and 29 days

    assert copy_requests.copy_requests_purge(now=NOW) == 1

    assert list(CopyRequest.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not _history(old).exists()


def _settings_value(**env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("COPY_REQUEST_")}
    code = "import nelscp.settings as s; print(s.COPY_REQUEST_RETENTION_MONTHS)"
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, "DJANGO_DEBUG": "true", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_period_is_twelve_months_unless_the_environment_variable_says_otherwise():
    assert _settings_value().stdout.strip() == "12"
    assert _settings_value(COPY_REQUEST_RETENTION_MONTHS="24").stdout.strip() == "24"
    refused = _settings_value(COPY_REQUEST_RETENTION_MONTHS="0")
    assert refused.returncode != 0
    assert "COPY_REQUEST_RETENTION_MONTHS must be between 1 and 120" in refused.stderr


def test_the_daily_task_purges_and_is_in_the_beat_schedule(removed, manager):
    from nelscp.celery import app

    _refused(removed, manager, on=NOW - datetime.timedelta(days=400))

    with time_machine.travel(NOW, tick=False):
        assert tasks.copy_requests_purge() == 1

    entry = app.conf.beat_schedule["copy-requests-purge"]
    assert entry["task"] == "publishing.copy_requests_purge"
    assert entry["task"] in app.tasks
    assert entry["schedule"].hour == {3}  # once a day


def _text(response) -> str:
    return " ".join(response.content.decode().split())


def test_the_public_is_told_how_long_their_details_are_kept(client, settings):
    statement = _text(client.get("/accessibility/"))
    form = _text(client.get("/requests/new/"))

    assert "We delete them, with our record of the request, 12 months after" in statement
    assert "delete them 12 months after we answer it" in form
    assert 'href="/accessibility/#privacy"' in form

    settings.COPY_REQUEST_RETENTION_MONTHS = 1
    assert "record of the request, 1 month after" in _text(client.get("/accessibility/"))
