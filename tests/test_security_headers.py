"""Security headers: CSP with no inline script or style, Permissions-Policy, and in production
HTTPS only (HSTS, the redirect) with `check --deploy` finding nothing at all."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from .public_helpers import make_public_review

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
# WeasyPrint, not a browser, renders these: CSP does not apply to them.
PRINTED = ("notices/", "publishing/pdf/")


def directives(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    parts = (part.split() for part in header.split(";") if part.strip())
    return {part[0]: part[1:] for part in parts}


@pytest.fixture
def pages(client, author, manager):
    """Staff and public pages, each fetched by the visitor it is for."""
    review = make_public_review(author=author, actions=2)
    public = {
        "home": client.get("/"),
        "report": client.get(reverse("publishing:review", args=[review.slug])),
        "login": client.get(reverse("admin:login")),
    }
    client.force_login(manager)
    staff = {
        "admin index": client.get(reverse("admin:index")),
        "dashboard": client.get(reverse("dashboard")),
        "review": client.get(reverse("admin:reviews_review_change", args=[review.pk])),
    }
    pages = {**public, **staff}
    assert {name: r.status_code for name, r in pages.items()} == dict.fromkeys(pages, 200)
    return pages


def test_every_page_has_a_csp_without_inline_script_or_style(pages):
    for name, response in pages.items():
        policy = directives(response)
        assert policy["script-src"] == ["'self'"], name
        assert policy["style-src"] == ["'self'"], name
        assert policy["default-src"] == ["'self'"], name
        assert policy["frame-ancestors"] == ["'none'"], name
        assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"], name


def test_no_page_has_an_inline_script_or_style(pages):
    for name, response in pages.items():
        html = response.content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), name
        assert not re.search(r"<style\b|\sstyle=|\son[a-z]+=", html), name


def test_no_template_a_browser_shows_has_inline_script_or_style():
    offenders = []
    for path in sorted((ROOT / "templates").rglob("*.html")):
        relative = path.relative_to(ROOT / "templates").as_posix()
        if relative.startswith(PRINTED):
            continue
        text = path.read_text()
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=|\son[a-z]+=\"", text):
            offenders.append(relative)
    assert offenders == []


def test_every_page_has_a_permissions_policy(pages):
    for name, response in pages.items():
        policy = response.headers["Permissions-Policy"]
        assert "camera=()" in policy and "geolocation=()" in policy, name
        assert "microphone=()" in policy and "payment=()" in policy, name


def production_environment(tmp_path, **extra) -> dict[str, str]:
    """What docker-compose gives the app, in a fresh interpreter: not the test run's."""
    keep = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "EMAIL_", "AXES_", "PYTEST_", "REDIS_"))
    }
    return {
        **keep,
        "DJANGO_SETTINGS_MODULE": "nelscp.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "reviews.example.org",
        "DJANGO_VAR_DIR": str(tmp_path / "var"),
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        **extra,
    }


def test_the_deploy_check_finds_nothing_at_all_in_production(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client
client = Client(raise_request_exception=False, HTTP_HOST="reviews.example.org")
page = client.get("/reviews/")
health = client.get("/healthz")
secure = client.get("/healthz", secure=True)
print(json.dumps({
    "redirect": [page.status_code, page.headers.get("Location")],
    "health": health.status_code,
    "hsts": secure.headers.get("Strict-Transport-Security"),
    "proxy_header": settings.SECURE_PROXY_SSL_HEADER,
}))
"""


def probe(tmp_path, **env) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=production_environment(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_sends_http_to_https_except_the_health_check_and_sets_hsts(tmp_path):
    seen = probe(tmp_path)

    assert seen["redirect"] == [301, "https://reviews.example.org/reviews/"]
    assert seen["health"] != 301  # the container's health check speaks plain HTTP
    assert seen["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert seen["proxy_header"] is None  # no proxy declared: X-Forwarded-Proto is not trusted


def test_behind_a_declared_proxy_it_trusts_its_scheme_and_may_leave_redirects_to_it(tmp_path):
    seen = probe(tmp_path, DJANGO_TRUSTED_PROXIES="1", DJANGO_SECURE_SSL_REDIRECT="false")

    assert seen["proxy_header"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert seen["redirect"][0] != 301
