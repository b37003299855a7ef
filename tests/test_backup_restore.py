"""The restore drill of docs/OPERATIONS.md, on the database the suite runs on: a backup of the
database and of the stored files, restored into a fresh database and folder, has every row,
and `manage.py files_verify` finds every stored PDF as it was stored."""

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from publishing.services import files, notices

from .conftest import require_service
from .factories import make_approved_review, set_recipient_emails


@pytest.fixture
def stored(transactional_db, author, approver, manager):
    """Committed rows, a notice's PDF and a public PDF, each stored as the worker stores it."""
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    notice = notices.notice_send(review=review, by=manager)
    notices.notice_render(notice_id=notice.pk)
    files.pdf_render(
        key="learning/2025",
        html="<h1>Summary of learning 2025 to 2026</h1>",
        filename="summary-of-learning-2025.pdf",
        now=timezone.now(),
    )


@pytest.fixture
def restored_database(stored, tmp_path):
    """The test database backed up and restored into a fresh one; yields its DATABASE_URL.

    PostgreSQL: `pg_dump -Fc`, then `createdb`, `pg_restore` and `vacuumdb --analyze-only`
    (the new database is dropped afterwards). SQLite: the sqlite3 backup API into a fresh file.
    """
    if connection.vendor == "sqlite":
        copy = tmp_path / "restored.sqlite3"
        with (
            contextlib.closing(sqlite3.connect(connection.settings_dict["NAME"])) as source,
            contextlib.closing(sqlite3.connect(copy)) as target,
        ):
            source.backup(target)
        yield f"sqlite:///{copy}"
        return
    names = ("pg_dump", "pg_restore", "vacuumdb", "createdb", "dropdb")
    tools = [shutil.which(tool) for tool in names]
    require_service("PostgreSQL client tools", all(tools), ", ".join(names))
    name = f"{connection.settings_dict['NAME']}_restored"
    dump = tmp_path / "nelscp.dump"
    _pg("pg_dump", "-Fc", "-f", str(dump), "-d", connection.settings_dict["NAME"])
    _pg("dropdb", "--if-exists", name)  # left by an interrupted run
    _pg("createdb", name)
    try:
        _pg("pg_restore", "--no-owner", "--exit-on-error", "-d", name, str(dump))
        _pg("vacuumdb", "--analyze-only", "-d", name)  # the planner's statistics
        yield _postgres_url(name)
    finally:
        _pg("dropdb", "--if-exists", name)


def test_a_restored_backup_has_every_row_and_every_file_as_stored(restored_database, tmp_path):
    backup = tmp_path / "media.tar.gz"  # `tar czf - -C /app/var media` in docker-compose
    with tarfile.open(backup, "w:gz") as archive:
        archive.add(settings.MEDIA_ROOT, arcname="media")
    with tarfile.open(backup) as archive:
        archive.extractall(tmp_path / "restored", filter="data")

    assert _row_counts(restored_database) == _row_counts(None)
    assert _row_counts(None)["publishing_notice"] == 1
    verified = _manage("files_verify", database=restored_database, media=tmp_path / "restored")
    assert verified.returncode == 0, verified.stderr
    assert "Every stored PDF matches its recorded SHA-256" in verified.stdout


def _row_counts(database_url: str | None) -> dict[str, int]:
    """Rows in each table of the test database (None) or of the restored one."""
    tables = connection.introspection.table_names()
    query = "SELECT count(*) FROM {}"
    if database_url is None:
        with connection.cursor() as cursor:
            return {t: _count(cursor, query.format(connection.ops.quote_name(t))) for t in tables}
    if database_url.startswith("sqlite:"):
        opened = contextlib.closing(sqlite3.connect(database_url.removeprefix("sqlite:///")))
    else:
        opened = psycopg.connect(database_url)
    with opened as restored:
        cursor = restored.cursor()
        return {t: _count(cursor, query.format(connection.ops.quote_name(t))) for t in tables}


def _count(cursor, sql: str) -> int:
    cursor.execute(sql)
    return cursor.fetchone()[0]


def _manage(command: str, *, database: str, media: Path) -> subprocess.CompletedProcess:
    """Run a management command in a fresh process on the restored database and files."""
    env = {
        **os.environ,
        "DJANGO_DEBUG": "true",
        "DATABASE_URL": database,
        "DJANGO_MEDIA_ROOT": str(media / "media"),
        "DJANGO_VAR_DIR": str(media.parent / "var"),
    }
    return subprocess.run(
        [sys.executable, "manage.py", command],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _pg(*command: str) -> None:
    """Run a PostgreSQL client tool against the server the test database is on."""
    db = connection.settings_dict
    env = {**os.environ, "PGHOST": db["HOST"] or "localhost", "PGUSER": db["USER"] or ""}
    env.update({"PGPORT": str(db["PORT"] or 5432), "PGPASSWORD": db["PASSWORD"] or ""})
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)


def _postgres_url(name: str) -> str:
    db = connection.settings_dict
    password = f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
    where = f"{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}"
    return f"postgres://{quote(db['USER'] or '', safe='')}{password}@{where}/{name}"
