"""Login throttling (django-axes): 5 wrong passwords lock that user from that address."""

import datetime
import logging
import os
import subprocess
import sys

import pytest
import time_machine
from axes.models import AccessAttempt, AccessFailureLog
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from .factories import make_authenticator

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
VISITOR = "203.0.113.5"


def attempt(client, password, *, address=VISITOR, **extra):
    return client.post(
        LOGIN, {"username": "author", "password": password}, REMOTE_ADDR=address, **extra
    )


def signed_in(response) -> bool:
    """The password was accepted: the login sends the account on to its second factor."""
    return response.status_code == 302 and "/second-factor/" in response.url


@pytest.fixture
def locked(client, author):
    make_authenticator(author)
    responses = [attempt(client, "wrong-password").status_code for _ in range(5)]
    assert responses == [200, 200, 200, 200, 429]  # the form and its error, then the lock
    return author


def test_the_sixth_attempt_is_refused_even_with_the_right_password(client, locked):
    response = attempt(client, "pw-for-tests-only")

    assert response.status_code == 429
    page = response.content.decode()
    assert "Sign-in locked for now" in page and "Try again in 15 minutes" in page
    assert "_auth_user_id" not in client.session
    assert AccessAttempt.objects.get(username="author", ip_address=VISITOR).failures_since_start
    assert AccessFailureLog.objects.filter(username="author").count() == 6


def test_failures_and_the_lockout_are_logged(client, author, caplog):
    with caplog.at_level(logging.WARNING, logger="axes"):
        for _ in range(5):
            attempt(client, "wrong-password")

    messages = [r.getMessage() for r in caplog.records if r.name.startswith("axes")]
    assert sum("login failure by" in m for m in messages) == 5
    assert any("Locking out" in m and "author" in m and VISITOR in m for m in messages)
    assert not any("wrong-password" in m for m in messages)


def test_the_unlock_command_frees_the_account(client, locked):
    call_command("axes_reset_username", "author", verbosity=0)

    assert signed_in(attempt(client, "pw-for-tests-only"))


def test_the_lock_ends_by_itself_after_fifteen_minutes(client, locked):
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=14), tick=False):
        assert attempt(client, "pw-for-tests-only").status_code == 429
    # that refused attempt started the wait again
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=30), tick=False):
        assert signed_in(attempt(client, "pw-for-tests-only"))


def test_the_lock_is_for_the_user_at_that_address_only(client, locked):
    assert signed_in(attempt(client, "pw-for-tests-only", address="198.51.100.20"))


def test_behind_a_proxy_it_counts_the_visitors_address_not_the_proxys(client, author, settings):
    settings.TRUSTED_PROXIES = 1
    make_authenticator(author)
    proxy = "10.0.0.1"
    for _ in range(5):
        attempt(client, "wrong", address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.7")

    # the visitor sends a forged entry; the proxy appends the address it saw
    forged = "1.2.3.4, 198.51.100.7"
    locked = attempt(client, "pw-for-tests-only", address=proxy, HTTP_X_FORWARDED_FOR=forged)
    other = attempt(client, "pw-for-tests-only", address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.8")

    assert AccessAttempt.objects.get().ip_address == "198.51.100.7"
    assert locked.status_code == 429
    assert signed_in(other)


def test_the_limit_follows_the_setting(client, author, settings):
    settings.AXES_FAILURE_LIMIT = 2
    make_authenticator(author)
    attempt(client, "wrong")
    attempt(client, "wrong")

    assert attempt(client, "pw-for-tests-only").status_code == 429


def test_the_environment_sets_the_limit_and_the_wait():
    code = "from django.conf import settings as s; print(s.AXES_FAILURE_LIMIT, s.AXES_COOLOFF_TIME)"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "nelscp.settings"}

    default = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    changed = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env={**env, "AXES_FAILURE_LIMIT": "3", "AXES_COOLOFF_MINUTES": "60"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    bad = subprocess.run(
        [sys.executable, "-c", "import nelscp.settings"],
        env={**env, "AXES_FAILURE_LIMIT": "five"},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert default.stdout.split() == ["5", "0:15:00"], default.stderr
    assert changed.stdout.split() == ["3", "1:00:00"], changed.stderr
    assert "AXES_FAILURE_LIMIT must be a whole number" in bad.stderr


def test_managers_and_auditors_see_the_attempts_and_cannot_delete_them(
    client, locked, manager, auditor, approver
):
    record = AccessAttempt.objects.get()
    pages = [
        reverse("admin:axes_accessattempt_changelist"),
        reverse("admin:axes_accessfailurelog_changelist"),
        reverse("admin:axes_accesslog_changelist"),
    ]
    for reader in (manager, auditor):
        client.force_login(reader)
        for page in pages:
            assert client.get(page).status_code == 200, (reader, page)
        delete = reverse("admin:axes_accessattempt_delete", args=[record.pk])
        assert client.post(delete, {"post": "yes"}).status_code == 403
    client.force_login(approver)
    assert client.get(pages[0]).status_code == 403
    assert AccessAttempt.objects.filter(pk=record.pk).exists()
