"""Safe defaults: DEBUG off unless asked for, real email in production, short staff sessions,
long passwords."""

import datetime
import os
import subprocess
import sys

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")
SMTP = "django.core.mail.backends.smtp.EmailBackend"


def load_settings(**env) -> subprocess.CompletedProcess:
    """Print DEBUG from the settings in a fresh interpreter, outside pytest, with only `env`."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "EMAIL_", "AXES_", "PYTEST_"))
    }
    return subprocess.run(
        [sys.executable, "-c", "from nelscp import settings; print(settings.DEBUG)"],
        cwd=settings.BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_debug_is_off_when_nothing_is_set():
    bare = load_settings()
    configured = load_settings(DJANGO_SECRET_KEY="a-long-random-production-key", EMAIL_BACKEND=SMTP)

    assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off" in bare.stderr
    assert configured.stdout.strip() == "False", configured.stderr


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.mail.backends.console.EmailBackend",
        "django.core.mail.backends.locmem.EmailBackend",
    ],
)
def test_without_debug_an_email_backend_that_sends_nothing_is_refused(backend):
    result = load_settings(DJANGO_SECRET_KEY="a-long-random-production-key", EMAIL_BACKEND=backend)

    assert result.returncode != 0
    assert "ImproperlyConfigured: EMAIL_BACKEND is " + backend in result.stderr


def test_without_debug_the_default_console_backend_is_refused_too():
    result = load_settings(DJANGO_SECRET_KEY="a-long-random-production-key")

    assert "EMAIL_BACKEND is django.core.mail.backends.console.EmailBackend" in result.stderr


def test_with_debug_the_console_backend_is_fine():
    assert load_settings(DJANGO_DEBUG="true").stdout.strip() == "True"


def test_a_staff_session_ends_after_thirty_minutes_idle(client, author):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        client.force_login(author)
        for _ in range(3):  # each request renews the idle limit
            clock.shift(datetime.timedelta(minutes=29))
            assert client.get(INDEX).status_code == 200

        clock.shift(datetime.timedelta(minutes=31))
        response = client.get(INDEX)

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_a_staff_session_ends_eight_hours_after_sign_in_however_busy(client, author):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        client.force_login(author)
        assert client.get(INDEX).status_code == 200
        for _ in range(23):  # every 20 minutes, up to 7h40m
            clock.shift(datetime.timedelta(minutes=20))
            assert client.get(INDEX).status_code == 200
        clock.shift(datetime.timedelta(minutes=21))
        response = client.get(INDEX)

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
    assert "_auth_user_id" not in client.session


def test_the_session_cookie_ends_with_the_browser(client, author):
    client.force_login(author)

    cookie = client.get(INDEX).cookies[settings.SESSION_COOKIE_NAME]

    assert cookie["max-age"] == "" and cookie["expires"] == ""
    assert settings.SESSION_COOKIE_AGE == 30 * 60 and settings.SESSION_SAVE_EVERY_REQUEST


def test_a_password_shorter_than_twelve_characters_is_refused(author):
    with pytest.raises(ValidationError, match="at least 12 characters"):
        validate_password("Kestrel-8to", author)

    validate_password("Kestrel-8tor", author)


def test_the_admin_refuses_a_short_password_when_staff_change_theirs(client, author):
    client.force_login(author)

    response = client.post(
        reverse("admin:password_change"),
        {
            "old_password": "pw-for-tests-only",
            "new_password1": "Kestrel-8to",
            "new_password2": "Kestrel-8to",
        },
    )

    assert "at least 12 characters" in response.content.decode()
    author.refresh_from_db()
    assert author.check_password("pw-for-tests-only")
