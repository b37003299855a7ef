"""The whole exports are built once per version and then sent from a stored file: the second
reader reads no row, a change makes a new version (and deletes the old file), and a build cut
short leaves nothing behind."""

from __future__ import annotations

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import FileResponse, StreamingHttpResponse
from django.test.utils import CaptureQueriesContext

from publishing.services import exports as export_store

from .public_helpers import complete, make_public_review
from .test_open_data import CSV, JSON, body

pytestmark = pytest.mark.django_db

NAMES = {JSON: "reviews.json", CSV: "reviews.csv"}


def stored_files() -> list[str]:
    folder = export_store.folder()
    if not folder.exists():
        return []
    return sorted(path.name for path in folder.iterdir() if not path.name.startswith("."))


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()  # the build locks live in the cache
    yield
    cache.clear()


@pytest.mark.parametrize("url", [JSON, CSV])
def test_the_first_reader_builds_the_file_and_the_next_is_sent_it_without_reading_a_row(
    client, author, url
):
    make_public_review(author=author, title="A report on neglect")
    first = client.get(url)
    assert isinstance(first, StreamingHttpResponse) and stored_files() == []
    built = body(first)
    version = first["ETag"].strip('"')
    assert stored_files() == [export_store.stored_path(NAMES[url], version).name]

    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
        sent = body(second)

    assert isinstance(second, FileResponse) and second.status_code == 200
    assert sent == built and "A report on neglect" in sent.decode("utf-8-sig")
    assert len(queries) == 1, [q["sql"][:80] for q in queries]  # the data version alone
    assert second["ETag"] == first["ETag"]
    assert second["Last-Modified"] == first["Last-Modified"]
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Cache-Control"] == "no-cache"
    if url == CSV:
        assert second["Content-Disposition"] == 'attachment; filename="reviews.csv"'
    else:
        assert second["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("url", [JSON, CSV])
def test_a_change_makes_a_new_version_and_the_old_file_is_deleted(client, author, url):
    review = make_public_review(author=author)
    old = client.get(url)
    body(old)

    action = review.recommendations.get().actions.get()
    complete(action, on=datetime.date(2026, 7, 1), impact="Meetings now happen monthly.")
    new = client.get(url)
    assert isinstance(new, StreamingHttpResponse) and new["ETag"] != old["ETag"]
    completed = '"actions_completed": 1' if url == JSON else ",1,1\r\n"
    assert completed in body(new).decode()

    assert stored_files() == [export_store.stored_path(NAMES[url], new["ETag"].strip('"')).name]
    again = client.get(url)
    assert isinstance(again, FileResponse) and body(again) == body(client.get(url))


def test_a_build_cut_short_leaves_no_file_and_the_next_reader_builds_it(client, author):
    make_public_review(author=author)
    # A reader who disconnects: the server closes the body part way.
    body_of_reader = export_store.building("reviews.json", "abc", iter(["[", "1", "]"]))
    assert next(body_of_reader) == "["
    body_of_reader.close()

    # A server that fails part way.
    def failing():
        yield "["
        raise RuntimeError("database gone")

    with pytest.raises(RuntimeError):
        list(export_store.building("reviews.json", "abc", failing()))
    assert stored_files() == [] and list(export_store.folder().iterdir()) == []

    whole = client.get(JSON)
    assert isinstance(whole, StreamingHttpResponse)
    body(whole)
    assert len(stored_files()) == 1
    stored = client.get(JSON)
    assert isinstance(stored, FileResponse)
    stored.close()


def test_while_one_reader_builds_a_version_another_is_streamed_its_own_copy(client, author):
    make_public_review(author=author)
    building = client.get(JSON)
    chunks = iter(building.streaming_content)
    first_chunk = next(chunks)  # the first reader has started building

    meanwhile = client.get(JSON)
    assert isinstance(meanwhile, StreamingHttpResponse)
    copy = body(meanwhile)
    assert stored_files() == []  # only the first reader writes the file

    assert first_chunk + b"".join(chunks) == copy
    assert len(stored_files()) == 1


def test_pages_of_the_json_are_never_stored(client, author):
    make_public_review(author=author)
    for _ in range(2):
        page = client.get(JSON, {"page": 1, "per_page": 10})
        assert isinstance(page, StreamingHttpResponse)
        body(page)
    assert stored_files() == []


def test_a_new_site_address_never_sends_an_export_stored_with_the_old_one(client, author, settings):
    make_public_review(author=author)
    before = client.get(JSON)
    assert settings.SITE_URL in body(before).decode()

    settings.SITE_URL = "https://learning.example.org.uk"
    after = client.get(JSON)
    assert after["ETag"] != before["ETag"]
    assert "https://learning.example.org.uk/reviews/" in body(after).decode()


def test_without_the_cache_the_export_is_still_built_and_stored(client, author, monkeypatch):
    def unreachable(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "add", unreachable)
    monkeypatch.setattr(cache, "delete", unreachable)
    make_public_review(author=author)
    built = body(client.get(CSV))
    stored = client.get(CSV)
    assert isinstance(stored, FileResponse) and body(stored) == built


def test_the_sweep_stores_each_whole_list_once_per_version(client, author):
    make_public_review(author=author, title="A report on neglect")
    assert sorted(export_store.exports_build()) == ["reviews.csv", "reviews.json"]
    assert export_store.exports_build() == []  # nothing new: nothing built
    assert len(stored_files()) == 2

    for url in (JSON, CSV):
        first = client.get(url)  # the first reader is sent the file the sweep stored
        assert isinstance(first, FileResponse)
        assert "A report on neglect" in body(first).decode("utf-8-sig")

    make_public_review(author=author, title="A newer report")
    assert sorted(export_store.exports_build()) == ["reviews.csv", "reviews.json"]
    assert len(stored_files()) == 2  # the old versions are deleted
    assert "A newer report" in body(client.get(JSON)).decode()


def test_the_sweep_with_nothing_to_do_reads_one_row(author, django_assert_num_queries):
    make_public_review(author=author)
    export_store.exports_build()
    with django_assert_num_queries(1):
        assert export_store.exports_build() == []


def test_the_sweep_is_in_the_beat_schedule():
    from nelscp.celery import app

    entry = app.conf.beat_schedule["exports-build"]
    assert entry["task"] == "publishing.exports_build" and entry["schedule"] == 60.0
