"""The exports' version is reused from the cache until a public change commits: an idle sweep
and a reader of an unchanged export read no row, and any change is seen by the next of each.

Each change runs inside `django_capture_on_commit_callbacks(execute=True)`: the cache learns of
a change when its transaction commits, which a test's own transaction never does.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import uuid
from unittest import mock

import pytest
import time_machine
from django.core.cache import cache, caches
from django.db import connection
from django.http import FileResponse
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from publishing.services import display, scheduling
from publishing.services import exports as export_store
from reviews.models import Action, Agency, Review, Theme

from .factories import make_review
from .public_helpers import make_public_review
from .test_open_data import CSV, JSON, body

pytestmark = pytest.mark.django_db

PUBLISHED = timezone.make_aware(datetime.datetime(2025, 11, 20, 9, 30))
YEAR_LATER = timezone.make_aware(datetime.datetime(2026, 11, 20, 12))
BOTH = ["reviews.csv", "reviews.json"]


@pytest.fixture(autouse=True)
def _cache_on(settings):
    settings.PUBLIC_CACHE_SECONDS = 300
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"export-versions-{uuid.uuid4().hex}",
        }
    }
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def report(author):
    review = make_public_review(
        author=author, reference="NEL-2025-04", title="A report on neglect", published=PUBLISHED
    )
    review.agencies.add(Agency.objects.order_by("name").first())
    return review


def rows(response) -> list[dict]:
    """The rows of an export response, JSON or CSV, as dicts of strings or lists."""
    text = body(response).decode("utf-8-sig")
    if response["Content-Type"].startswith("application/json"):
        return json.loads(text)["reviews"]
    return list(csv.DictReader(io.StringIO(text)))


def etag(response) -> str:
    body(response)  # read, so its file is closed
    return response["ETag"]


def queries_for(call) -> tuple[object, int]:
    with CaptureQueriesContext(connection) as queries:
        result = call()
    return result, len(queries)


def test_an_idle_sweep_reads_no_row(report, django_assert_num_queries):
    assert sorted(export_store.exports_build()) == BOTH
    with django_assert_num_queries(0):  # the version from the cache, then two files looked for
        assert export_store.exports_build() == []


@pytest.mark.parametrize("url", [JSON, CSV])
def test_a_reader_of_an_unchanged_export_reads_no_row(client, report, url):
    export_store.exports_build()

    response, count = queries_for(lambda: client.get(url))
    assert [row["reference"] for row in rows(response)] == ["NEL-2025-04"]
    assert isinstance(response, FileResponse) and count == 0

    again, count = queries_for(lambda: client.get(url, HTTP_IF_NONE_MATCH=response["ETag"]))
    assert again.status_code == 304 and count == 0


def publish_another(report, author, manager):
    due = make_review(
        author=author,
        reference="NEL-2026-99",
        status=Review.Status.SCHEDULED,
        publish_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    with mock.patch.object(scheduling, "publication_problems", return_value=[]):
        assert scheduling.publication_run(review_id=due.pk, now=timezone.now()) == "published"
    return "reference", "NEL-2026-99", True


def edit(report, author, manager):
    report.title = "A report on neglect, corrected"
    report.save()
    return "title", "A report on neglect, corrected", True


def remove(report, author, manager):
    Action.objects.filter(recommendation__review=report).update(
        status=Action.Status.COMPLETED, completed_on=datetime.date(2026, 3, 1), impact="Done."
    )
    display.review_remove(review=report, by=manager, now=YEAR_LATER)
    return "reference", "NEL-2025-04", False


def add_theme(report, author, manager):
    theme = Theme.objects.order_by("name").first()
    report.themes.add(theme)
    return "themes", theme.name, True


def rename_agency(report, author, manager):
    agency = report.agencies.get()
    agency.name = "The Renamed Agency"
    agency.save()
    return "agencies", "The Renamed Agency", True


@pytest.mark.parametrize("change", [publish_another, edit, remove, add_theme, rename_agency])
def test_a_change_is_seen_by_the_next_sweep_and_the_next_reader(
    client, report, author, manager, change, django_capture_on_commit_callbacks
):
    export_store.exports_build()
    before = {url: etag(client.get(url)) for url in (JSON, CSV)}
    page = etag(client.get(JSON, {"page": 1, "per_page": 10}))

    with django_capture_on_commit_callbacks(execute=True):
        field, value, present = change(report, author, manager)

    assert sorted(export_store.exports_build()) == BOTH
    for url, old in before.items():
        new = client.get(url, HTTP_IF_NONE_MATCH=old)
        assert new.status_code == 200 and new["ETag"] != old
        assert any(value in row[field] for row in rows(new)) is present
    assert etag(client.get(JSON, {"page": 1, "per_page": 10})) != page


def test_a_change_committed_while_the_version_is_worked_out_is_seen_next(
    report, monkeypatch, django_capture_on_commit_callbacks
):
    """The race: the query reads the old state, then a change commits and replaces the
    generation, and only then is the version stored. It must not be reused under the new one."""
    worked_out = export_store.data_version

    def then_a_change_commits():
        version = worked_out()
        monkeypatch.setattr(export_store, "data_version", worked_out)
        with django_capture_on_commit_callbacks(execute=True):
            edit(report, None, None)
        return version

    monkeypatch.setattr(export_store, "data_version", then_a_change_commits)
    export_store.exports_build()

    assert sorted(export_store.exports_build()) == BOTH


def test_a_missed_generation_change_is_seen_once_the_version_expires(report):
    export_store.exports_build()
    edit(report, None, None)  # never committed, so the generation is not replaced

    assert export_store.exports_build() == []  # reused: what a missed replacement costs
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=301)):
        assert sorted(export_store.exports_build()) == BOTH


def test_a_cache_outage_works_the_version_out_each_time(
    client, report, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def unreachable(*args, **kwargs):
        raise ConnectionError("cache down")

    for method in ("get", "get_many", "set", "add", "delete"):
        monkeypatch.setattr(caches["default"], method, unreachable)
    assert sorted(export_store.exports_build()) == BOTH
    _, count = queries_for(export_store.exports_build)
    assert count == 1  # the data version
    assert "cannot be reached" in caplog.text

    with django_capture_on_commit_callbacks(execute=True):
        edit(report, None, None)
    assert sorted(export_store.exports_build()) == BOTH
    assert rows(client.get(JSON))[0]["title"] == "A report on neglect, corrected"


def test_nothing_is_reused_with_zero_seconds(client, report, settings):
    settings.PUBLIC_CACHE_SECONDS = 0
    export_store.exports_build()

    for _ in range(2):
        assert queries_for(export_store.exports_build) == ([], 1)
        response, count = queries_for(lambda: client.get(CSV))
        assert isinstance(response, FileResponse) and count == 1
        body(response)
    edit(report, None, None)  # never committed: seen only because nothing is reused
    assert sorted(export_store.exports_build()) == BOTH


def test_no_exported_field_depends_on_the_day_so_the_day_is_not_part_of_the_key(report):
    later = timezone.now() + datetime.timedelta(days=60)  # past the action's due date
    today = "".join(export_store.whole_json(export_store.data_version()))

    with time_machine.travel(later, tick=False):
        progress = Review.objects.with_action_progress(timezone.localdate()).get(pk=report.pk)
        assert progress.actions_overdue == 1
        assert "".join(export_store.whole_json(export_store.data_version())) == today
