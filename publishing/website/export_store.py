"""The whole exports, kept as files: each version is built once, by the first reader to ask for
it, and every later reader is sent the stored file (as a static file is), not a rebuilt one.

A version is named by its ETag (exports.py), which changes with anything the export shows, so
a stored file is never stale: a change makes a new name, and the old file is deleted when the
new one is complete. The first reader's body is streamed as it is built and copied to a
temporary file beside the final one; only a complete body is renamed into place
(`os.replace`, atomic on one file system), so a reader who disconnects part way, or a server
that fails, leaves no file behind, and no reader is ever sent half a file. While one reader
builds a version, others asking for it are streamed their own copy, as before this store.

The files live under `MEDIA_ROOT/exports/` (a volume shared by the web containers in
docker-compose.yml); they hold only what the public export holds.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import FileResponse

logger = logging.getLogger(__name__)

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
