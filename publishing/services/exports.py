"""The open-data exports' content: the public metadata of published reports as JSON and CSV
rows, read a chunk at a time, and the whole lists kept as files, one per version.

Only what `catalogue.public_reviews()` returns is exported, and only `EXPORT_FIELDS`. The
format is in docs/OPEN_DATA.md; the web side (paging, conditional GETs) is
`publishing/website/exports.py`.

**Stored whole lists.** A version is named by `version_name` (a digest of `data_version`,
which changes with anything an export shows, and of the code and settings that shape its
bytes), so a stored file is never stale: a change makes a new name, and the old file is
deleted when the new one is complete. `current_version` reuses `data_version` from the cache
until a public change commits, so an idle sweep or a reader's request reads no row.
`exports_build` (beat, every minute) builds the current version of each whole list when it is
missing, so readers are sent a file; a reader who asks before it has, is streamed the list as
it is read and, when no one else is building it, it is written to a temporary file beside the
final one at the same time. Only a complete body is renamed into place (`os.replace`, atomic
on one file system), so a reader who disconnects, or a server that fails, leaves no file
behind, and no reader is sent half a file. The files live under `MEDIA_ROOT/exports/` (the
volume the containers share in docker-compose.yml).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import tempfile
import textwrap
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from defusedcsv import csv
from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max, Subquery
from django.http import FileResponse
from django.urls import reverse
from django.utils import timezone

from reviews.models import Action, Agency, Review, Theme

from . import catalogue, page_cache

logger = logging.getLogger(__name__)

EXPORT_FIELDS = [
    "reference",
    "title",
    "url",
    "pseudonym",
    "review_type",
    "harm",
    "age_band",
    "sex",
    "incident_year",
    "incident_month",
    "published_on",
    "publication",
    "themes",
    "agencies",
    "reviewer",
    "summary",
    "actions_completed",
    "actions_total",
]
CHUNK_SIZE = 500  # rows read per query; themes and agencies are fetched once per chunk
COLUMNS = [
    "pk", "reference", "title", "slug", "pseudonym", "review_type", "harm", "age_band", "sex",
    "incident_year", "incident_month", "published_at", "publication_mode", "reviewer_name",
    "summary", "actions_completed", "actions_total",
]  # fmt: skip
LABELLED = ["review_type", "harm", "age_band", "sex", "publication_mode"]


def reviews_query():
    """The public reviews as plain dicts, newest first, with their action counts (one query:
    the counts are subqueries, worked out for the rows read, so a page reads only its own)."""
    return (
        catalogue.public_reviews()
        .with_action_progress(timezone.localdate())
        .order_by("-published_at", "reference")
        .values(*COLUMNS)
    )


def page_query(start: int, stop: int):
    """Rows `start` to `stop` of `reviews_query()`. The page's reviews are picked first by
    their order alone, then only they are read with their action counts: an OFFSET would
    work out the counts of every row it skips (seconds for a late page of 10,000)."""
    ordered = catalogue.public_reviews().order_by("-published_at", "reference")
    pks = list(ordered.values_list("pk", flat=True)[start:stop])
    return reviews_query().filter(pk__in=pks)


def _names(model, pks: list[int]) -> dict[int, list[str]]:
    """The names of `model` (themes or agencies) of each review in `pks`, by name (one query)."""
    names: dict[int, list[str]] = {}
    for pk, name in model.objects.filter(reviews__in=pks).values_list("reviews", "name"):
        names.setdefault(pk, []).append(name)
    return names


def export_rows(reviews) -> Iterator[dict]:
    """One dict per review of `reviews` (see `reviews_query()`), read `CHUNK_SIZE` rows at a
    time."""
    labels = {name: dict(Review._meta.get_field(name).flatchoices) for name in LABELLED}
    rows = reviews.iterator(chunk_size=CHUNK_SIZE)
    while chunk := list(islice(rows, CHUNK_SIZE)):
        pks = [row["pk"] for row in chunk]
        themes, agencies = _names(Theme, pks), _names(Agency, pks)
        for row in chunk:
            label = {name: str(labels[name].get(row[name], row[name])) for name in LABELLED}
            yield {
                "reference": row["reference"],
                "title": row["title"],
                "url": settings.SITE_URL + reverse("publishing:review", args=[row["slug"]]),
                "pseudonym": row["pseudonym"],
                "review_type": label["review_type"],
                "harm": label["harm"],
                "age_band": label["age_band"],
                "sex": label["sex"],
                "incident_year": row["incident_year"],
                "incident_month": row["incident_month"],
                "published_on": timezone.localdate(row["published_at"]).isoformat(),
                "publication": label["publication_mode"],
                "themes": themes.get(row["pk"], []),
                "agencies": agencies.get(row["pk"], []),
                "reviewer": row["reviewer_name"],
                "summary": row["summary"],
                "actions_completed": row["actions_completed"],
                "actions_total": row["actions_total"],
            }


def _latest_change(model):
    """The time of the newest history row of `model`: every save and every state move adds one."""
    return Subquery(model.history.order_by("-history_date").values("history_date")[:1])


def data_version() -> dict:
    """What changes whenever the exports would, in one query: how many reviews are public, the
    newest publication, and the newest history row of any review (edits, themes and agencies,
    publication and removal: every state move records one), action, theme or agency.

    The history maxima are over all rows, not only public ones: a change to a draft makes a
    reader fetch an unchanged list again, which is harmless; missing a change would not be.
    A change written with `.update()` and no history row is not seen (docs/OPEN_DATA.md).
    """
    return catalogue.public_reviews().aggregate(
        count=Count("pk"),
        published=Max("published_at"),
        updated=Max("updated_at"),
        **{name: Max(_latest_change(model)) for name, model in TRACKED.items()},
    )


TRACKED = {"reviews": Review, "actions": Action, "themes": Theme, "agencies": Agency}


def current_version() -> dict:
    """`data_version()`, reused from the cache while the public pages' generation
    (`page_cache`) is the one it was worked out under: one cache read, no query. Worked out
    afresh when `PUBLIC_CACHE_SECONDS` is 0, the cache cannot be reached, a change has
    replaced the generation since, or the stored one is older than `PUBLIC_CACHE_SECONDS`.

    Every change `data_version()` sees also replaces the generation, after its commit. The
    generation is read *before* the query, so a version is stored only under a generation
    that was current when the query started: one read after a change's new generation sees
    that change, and one that missed it is stored under the generation the change replaces,
    never read again. No exported field depends on today's date (overdue counts are not
    exported), so unlike the pages the day is not part of the key.
    """
    seconds = page_cache.timeout()
    if not seconds:
        return data_version()
    key = f"exports:data-version:{_code_digest()[:16]}"  # never one kept by other code
    try:
        found = cache.get_many([page_cache.GENERATION_KEY, key])
    except Exception:  # a cache outage costs one query, never a stale export
        logger.warning("The cache cannot be reached; working out the export version")
        return data_version()
    token = found.get(page_cache.GENERATION_KEY)
    stored = found.get(key)
    if token is not None and stored is not None and stored[0] == token:
        return stored[1]
    token = token or page_cache.generation()  # made on first use; before the query
    version = data_version()
    if token is not None:
        try:
            cache.set(key, (token, version), seconds)
        except Exception:
            logger.warning("The cache cannot be reached; the export version is not kept")
    return version


def _format_version() -> str:
    """What else shapes an export's bytes: this module's code, the labels of the choices, the
    site's address and the partnership's name. Part of every ETag, so a deployment that
    changes any of them never serves an export stored before it."""
    labels = [sorted(Review._meta.get_field(name).flatchoices) for name in LABELLED]
    shape = (_code_digest(), repr(labels), settings.SITE_URL, settings.PARTNERSHIP_NAME)
    return hashlib.sha256(repr(shape).encode()).hexdigest()


@functools.cache
def _code_digest() -> str:
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def version_name(version: dict, *parts) -> str:
    """The name of one export at `version`: its ETag, and its stored file's name. `parts` tell
    the format and page apart."""
    shape = (sorted(version.items()), parts, _format_version())
    return hashlib.sha256(repr(shape).encode()).hexdigest()[:32]


def json_stream(envelope: dict, rows: Iterable[dict]) -> Iterator[str]:
    """`envelope` with `rows` as its last key "reviews", exactly as `json.dumps(..., indent=1)`
    would write it whole, a row at a time."""
    head, tail = json.dumps(envelope | {"reviews": []}, ensure_ascii=False, indent=1).rsplit(
        "[]", 1
    )
    yield head + "["
    separator = "\n"
    for row in rows:
        text = json.dumps(row, ensure_ascii=False, indent=1)
        yield separator + textwrap.indent(text, "  ")
        separator = ",\n"
    yield ("]" if separator == "\n" else "\n ]") + tail


class _Echo:
    """A file that hands back what is written to it, so the CSV writer yields lines."""

    def write(self, value: str) -> str:
        return value


def _csv_lines() -> Iterator[str]:
    yield "\ufeff"  # so spreadsheet programs read the file as UTF-8
    writer = csv.DictWriter(_Echo(), fieldnames=EXPORT_FIELDS)
    yield writer.writeheader()
    for row in export_rows(reviews_query()):
        row["themes"] = "; ".join(row["themes"])
        row["agencies"] = "; ".join(row["agencies"])
        yield writer.writerow({key: _safe_cell(value) for key, value in row.items()})


# What a spreadsheet may read as the start of a formula (OWASP's "CSV injection" list): tab and
# carriage return count, because spreadsheets skip them before looking for one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(value):
    """`value` as a spreadsheet will show it without running it: text that could start a formula
    gets a leading apostrophe, which spreadsheets show as text and never evaluate.

    The writer (defusedcsv) applies the same rule to every cell it writes, and adds | and %;
    this one also covers the tab and carriage return that defusedcsv lets through.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def envelope(version: dict) -> dict:
    """What the JSON says before its reviews."""
    return {"publisher": settings.PARTNERSHIP_NAME, "count": version["count"]}


def whole_json(version: dict) -> Iterator[str]:
    """The whole list as JSON, a row at a time."""
    return json_stream(envelope(version), export_rows(reviews_query()))


def whole_csv(version: dict) -> Iterator[str]:
    """The whole list as CSV, a row at a time."""
    return _csv_lines()


WHOLE = {  # the whole lists: their file names, how to build them, and their version's parts
    "reviews.json": (whole_json, ("json", None)),
    "reviews.csv": (whole_csv, ("csv",)),
}


# --- The stored whole lists -------------------------------------------------------------------


BUILD_SECONDS = 600  # a build that has not finished by then is taken to have died


def folder() -> Path:
    return Path(settings.MEDIA_ROOT) / "exports"


def stored_path(name: str, version: str) -> Path:
    """Where the version `version` (the ETag's digest) of export `name` (e.g. "reviews.csv")
    is kept."""
    stem, _, suffix = name.rpartition(".")
    return folder() / f"{stem}-{version}.{suffix}"


def stored_response(name: str, version: str, content_type: str) -> FileResponse | None:
    """The stored file of this version, or None when it has not been built yet."""
    try:
        handle = stored_path(name, version).open("rb")
    except FileNotFoundError:
        return None
    return FileResponse(handle, content_type=content_type)


def building(name: str, version: str, body: Iterable[str]) -> Iterator[str]:
    """`body`, passed through to the reader and, when no other reader is building this version,
    also written to its file, which is put in place only once `body` has ended."""
    lock = f"export-building:{name}:{version}"
    try:
        claimed = cache.add(lock, True, BUILD_SECONDS)
    except Exception:  # without the cache, build anyway: at worst twice, never wrong
        logger.warning("The cache cannot be reached; building the export regardless")
        claimed = True
    if not claimed:
        yield from body
        return
    try:
        yield from _tee(name, version, body)
    finally:
        try:
            cache.delete(lock)
        except Exception:
            logger.warning("The cache cannot be reached; the build lock expires by itself")


def _tee(name: str, version: str, body: Iterable[str]) -> Iterator[str]:
    target = stored_path(name, version)
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    complete = False
    try:
        with os.fdopen(descriptor, "wb") as copy:
            for text in body:
                copy.write(text.encode("utf-8"))
                yield text
            copy.flush()
            os.fsync(copy.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
        complete = True
    finally:
        if not complete:
            Path(temporary).unlink(missing_ok=True)
    _forget_older(name, keep=target)


def _forget_older(name: str, *, keep: Path) -> None:
    """Delete the other stored versions of export `name` (a reader still sending one keeps
    its open file until it has finished: deleting it only removes the name)."""
    stem, _, suffix = name.rpartition(".")
    for path in folder().glob(f"{stem}-*.{suffix}"):
        if path != keep:
            path.unlink(missing_ok=True)


def exports_build() -> list[str]:
    """Build each whole list whose current version is not stored yet (beat, every minute);
    return the names built. With nothing to do: a cache read (or, without it, one query) and a
    look for two files."""
    version = current_version()
    built = []
    for name, (body, parts) in WHOLE.items():
        current = version_name(version, *parts)
        if stored_path(name, current).exists():
            continue
        for _ in building(name, current, body(version)):
            pass
        built.append(name)
    return built
