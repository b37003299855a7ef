"""Settings are read from the environment and bad values fail loudly, naming the variable."""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from nelscp.settings import envbool, envint, envurl


def test_it_reads_yes_and_no_words(monkeypatch):
    monkeypatch.setenv("FLAG", "Yes")
    assert envbool("FLAG", False) is True
    monkeypatch.setenv("FLAG", "off")
    assert envbool("FLAG", True) is False


def test_it_uses_the_default_when_unset(monkeypatch):
    monkeypatch.delenv("FLAG", raising=False)
    assert envbool("FLAG", True) is True
    assert envint("NUMBER", 7) == 7


@pytest.mark.parametrize("value", ["maybe", "2", "ture"])
def test_it_rejects_a_bad_boolean_naming_the_variable(monkeypatch, value):
    monkeypatch.setenv("DJANGO_DEBUG", value)
    with pytest.raises(ImproperlyConfigured, match="DJANGO_DEBUG"):
        envbool("DJANGO_DEBUG", False)


def test_it_rejects_a_bad_number_naming_the_variable(monkeypatch):
    monkeypatch.setenv("EMAIL_PORT", "twenty-five")
    with pytest.raises(ImproperlyConfigured, match="EMAIL_PORT must be a whole number"):
        envint("EMAIL_PORT", 25)


def test_it_rejects_a_number_out_of_range(monkeypatch):
    monkeypatch.setenv("EMAIL_PORT", "70000")
    with pytest.raises(ImproperlyConfigured, match="between 1 and 65535"):
        envint("EMAIL_PORT", 25, minimum=1, maximum=65535)


def test_it_rejects_a_url_without_a_scheme(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "127.0.0.1:6379")
    with pytest.raises(ImproperlyConfigured, match="REDIS_URL must be a URL"):
        envurl("REDIS_URL", None)


def _load_settings(code: str = "import nelscp.settings", **env) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter with `env` on top of a clean environment: none of the
    settings' variables, and not inside pytest (which would turn DEBUG on by default)."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "EMAIL_", "AXES_", "PYTEST_"))
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_refuses_to_start_without_debug_on_the_default_secret_key():
    result = _load_settings(DJANGO_DEBUG="false")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off" in result.stderr


def test_it_starts_without_debug_when_a_secret_key_and_smtp_are_set():
    result = _load_settings(
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY="a-long-random-production-key",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
    )
    assert result.returncode == 0, result.stderr


def test_it_rejects_an_unknown_database_url():
    result = _load_settings(DJANGO_DEBUG="true", DATABASE_URL="nosuchdb://localhost/x")
    assert result.returncode != 0
    assert "DATABASE_URL is not a database URL" in result.stderr


def test_it_runs_sqlite_in_wal_mode_with_a_busy_timeout(settings):
    default = settings.DATABASES["default"]
    if default["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("the SQLite options apply only when DATABASE_URL is SQLite")
    assert "journal_mode=WAL" in default["OPTIONS"]["init_command"]
    assert default["OPTIONS"]["timeout"] >= 5


def test_it_uses_london_time(settings):
    assert settings.TIME_ZONE == "Europe/London"
