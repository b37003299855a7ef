"""Accessibility: axe-core, run by Playwright in headless Chromium, finds no WCAG 2.2 A or AA
violation on any type of public page. Also: the quick exit, and the site without JavaScript.

Set SCREENSHOTS=1 to save screenshots of the main pages into docs/screenshots/.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from .conftest import require_service, wait_until

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
SCREENSHOTS = Path(settings.BASE_DIR) / "docs" / "screenshots"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
EXIT_URL = "https://www.bbc.co.uk/weather"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    require_service("Chromium", CHROMIUM.exists(), f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


SEED = """
import django, os
django.setup()
from django.utils import timezone
from publishing import demo
from publishing.demo import seed_demo
from reviews.models import Review
from tests.public_helpers import make_public_review
today = timezone.localdate()
seed_demo(today=today)
make_public_review(
    author=Review.objects.first().author,
    reference="NEL-2026-90",
    slug="nel-2026-90-child-z",
    title="Child Z: waiting for mental health support (improvements information)",
    publication_mode=Review.Mode.IMPROVEMENTS_ONLY,
    age_band=Review.AgeBand.AGE_15_TO_17,
    summary="Child Z was 15 and had waited many months for mental health support. The "
    "partnership decided not to publish the full report, to protect Child Z's family; these "
    "are the review's findings and what agencies are doing about them.",
    themes=["child-mental-health", "adolescents"],
)
from django.contrib.auth import get_user_model
users = get_user_model().objects.in_bulk(["author", "manager"], field_name="username")
demo.learning_summary_load_demo(today=today, author=users["author"], manager=users["manager"])
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The demo site, served by its own server process with its own SQLite database.

    A separate process (like `make run`) keeps the browser tests away from the test database:
    no live-server thread, no transactional flushes that other tests would feel.
    """
    require_service("Chromium", CHROMIUM.exists(), f"{CHROMIUM} is not installed")
    var = tmp_path_factory.mktemp("a11y-site")
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")}
    env.update(
        DJANGO_VAR_DIR=str(var),
        DJANGO_MEDIA_ROOT=str(var / "media"),
        DATABASE_URL=f"sqlite:///{var / 'db.sqlite3'}",
        DJANGO_SETTINGS_MODULE="nelscp.settings",
    )
    base = Path(settings.BASE_DIR)
    python = sys.executable

    def run(*args):
        subprocess.run([python, *args], cwd=base, env=env, check=True, capture_output=True)

    run("manage.py", "migrate", "--noinput")
    run("-c", SEED)
    port = _free_port()
    server = subprocess.Popen(
        [python, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=base,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        assert wait_until(lambda: _answers(url + "/healthz"), timeout=30), "server did not start"
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _get_json(url: str):
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


def _pages(site: str) -> dict[str, str]:
    """One URL of each type of public page, found through the site's own JSON and pages."""
    reviews = _get_json(site + "/reviews.json")["reviews"]
    full = [r for r in reviews if r["publication"].startswith("Full")]
    report = full[0]["url"].split("/reviews/")[1].strip("/")
    with urllib.request.urlopen(site + "/reviews/removed/", timeout=5) as response:
        removed = re.search(r"review=([\w-]+)", response.read().decode()).group(1)
    with urllib.request.urlopen(site + "/learning/", timeout=5) as response:
        year = re.search(r"/learning/(\d{4})/", response.read().decode()).group(1)
    return {
        "home": "/",
        "list": "/reviews/",
        "search": "/reviews/?q=neglect&harm=serious_harm",
        "no-results": "/reviews/?q=nothing-matches-this&year=1066",
        "report": f"/reviews/{report}/",
        "improvements-only": "/reviews/nel-2026-90-child-z/",
        "briefing": f"/reviews/{report}/briefing/",
        "pdf-pending": f"/reviews/{report}/report.pdf",
        "removed-410": f"/reviews/{removed}/",
        "removed-list": "/reviews/removed/",
        "request-form": f"/requests/new/?review={removed}",
        "learning-list": "/learning/",
        "learning-summary": f"/learning/{year}/",
        "accessibility": "/accessibility/",
    }


def _axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def _shoot(page, name: str) -> None:
    if os.environ.get("SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_every_public_page_type_has_no_wcag_violations(browser, site):
    pages = _pages(site)
    context = browser.new_context(viewport={"width": 1024, "height": 800}, bypass_csp=True)
    page = context.new_page()
    page.route("https://**/*", lambda route: route.abort())  # nothing leaves the machine
    found = {}
    for name, path in pages.items():
        response = page.goto(site + path)
        assert response.status in (200, 410, 503), (name, response.status)
        found[name] = _axe(page)
        _shoot(page, name)
    for name, action in [("request-errors", None), ("request-done", "fill")]:
        page.goto(site + pages["request-form"])
        if action:
            page.fill("#id_name", "Sam Reader")
            page.fill("#id_email", "sam@example.org")
        else:
            page.select_option("#id_review", "")
        page.click("button[type=submit]")
        found[name] = _axe(page)
        _shoot(page, name)
    context.close()

    assert {name: v for name, v in found.items() if v} == {}
    assert len(found) == 16


def test_axe_does_find_violations_on_a_bad_page(browser, site):
    # Guards the guard: a broken axe injection must not pass silently.
    context = browser.new_context()
    page = context.new_page()
    page.set_content("<html><body><img src='x.png'><a href='#'></a></body></html>")

    ids = {violation["id"] for violation in _axe(page)}

    assert {"html-has-lang", "image-alt", "link-name"} <= ids
    context.close()


def test_the_mobile_layout_has_no_violations_either(browser, site):
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, is_mobile=True, bypass_csp=True
    )
    page = context.new_page()
    page.route("https://**/*", lambda route: route.abort())
    for name, path in [("home", "/"), ("report", _pages(site)["report"])]:
        page.goto(site + path)
        assert _axe(page) == [], name
        _shoot(page, f"mobile-{name}")
    context.close()


def _exit_context(browser, *, javascript: bool):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.route(
        EXIT_URL,
        lambda route: route.fulfill(
            body="<html lang=en><title>Weather</title><h1>Weather</h1></html>",
            content_type="text/html",
        ),
    )
    return context, page


def test_pressing_shift_three_times_leaves_the_page(browser, site):
    context, page = _exit_context(browser, javascript=True)
    page.goto(site + "/reviews/")

    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(EXIT_URL)

    assert page.title() == "Weather"
    context.close()


def test_the_exit_link_and_the_search_work_without_javascript(browser, site):
    context, page = _exit_context(browser, javascript=False)
    page.goto(site + "/")
    page.fill("#home-q", "neglect")
    page.click("form[role=search] button")

    assert "/reviews/?q=neglect" in page.url
    assert "found" in page.inner_text(".count")
    page.click("#exit-this-page")
    page.wait_for_url(EXIT_URL)
    context.close()


def test_the_skip_link_is_the_first_thing_the_keyboard_reaches(browser, site):
    context = browser.new_context()
    page = context.new_page()
    page.goto(site + "/")

    page.keyboard.press("Tab")

    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    context.close()
