"""Recording the issue's example review (2 findings, 2 recommendations of 2 actions each) in a
real browser takes at most half the clicks and page loads it took before (36 and 11).

A click is any press of a link or button and any choice in a list; typing is not counted. A
page load is a navigation of the main frame. The figures are in docs/STAFF_SCREENS.md; set
FLOW_FIGURES=1 to print them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from .conftest import require_service, wait_until
from .test_a11y import CHROMIUM, CHROMIUM_ARGS, _answers, _free_port

PASSWORD = "flow-test-password-2026"
SEED = f"""
import django
django.setup()
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from nelscp.accounts.demo import DEMO_KEY
from reviews import roles
user = get_user_model().objects.create_user("author", password="{PASSWORD}", is_staff=True)
user.groups.add(Group.objects.get(name=roles.BUSINESS_UNIT))
TOTPDevice.objects.create(user=user, name="Authenticator app", key=DEMO_KEY, confirmed=True)
"""
BEFORE = {"clicks": 36, "loads": 11}  # counted on the screens before the action-plan page


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """An empty site with one business-unit user, on its own server and SQLite database."""
    require_service("Chromium", CHROMIUM.exists(), f"{CHROMIUM} is not installed")
    var = tmp_path_factory.mktemp("flow-site")
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")}
    env.update(
        DJANGO_VAR_DIR=str(var),
        DJANGO_MEDIA_ROOT=str(var / "media"),
        DATABASE_URL=f"sqlite:///{var / 'db.sqlite3'}",
        DJANGO_SETTINGS_MODULE="nelscp.settings",
    )
    base, python = Path(settings.BASE_DIR), sys.executable
    for args in (["manage.py", "migrate", "--noinput"], ["-c", SEED]):
        subprocess.run([python, *args], cwd=base, env=env, check=True, capture_output=True)
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


@pytest.fixture(scope="module")
def browser(site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def signed_in(site, browser) -> dict:
    """The author's session, signed in once: a code is accepted once in its 30 seconds."""
    context = browser.new_context()
    sign_in(context.new_page(), site)
    state = context.storage_state()
    context.close()
    return state


@pytest.fixture
def page(browser, signed_in):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, storage_state=signed_in)
    context.route("https://**/*", lambda route: route.abort())  # nothing leaves the machine
    yield context.new_page()
    context.close()


class Counter:
    """Counts what the user does on `page`: clicks (and choices) and main-frame page loads."""

    def __init__(self, page):
        self.page, self.clicks, self.loads = page, 0, 0
        page.on("framenavigated", self._navigated)

    def _navigated(self, frame) -> None:
        if frame == self.page.main_frame:
            self.loads += 1

    def click(self, selector: str) -> None:
        self.clicks += 1
        self.page.click(selector)
        self.page.wait_for_load_state()  # the page a click opens, loaded

    def choose(self, selector: str, **option) -> None:
        self.clicks += 1
        self.page.select_option(selector, **option)

    def reset(self) -> None:
        self.clicks = self.loads = 0


def sign_in(page, url: str) -> None:
    from django_otp.oath import TOTP

    from nelscp.accounts.demo import DEMO_KEY

    page.goto(url + "/admin/login/")
    page.fill("#id_username", "author")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.fill("#id_token", f"{TOTP(bytes.fromhex(DEMO_KEY)).token():06d}")
    page.click("input[type=submit]")
    assert page.url == url + "/admin/"


def record_the_review(user: Counter, reference: str) -> None:
    """From the list of reviews: the review, its findings and recommendations, then saved."""
    page = user.page
    user.click(".object-tools a.addlink")  # "Add review"
    page.fill("#id_reference", reference)
    page.fill("#id_pseudonym", "Child T")
    page.fill("#id_title", "Child T: a baby nobody saw at home")
    user.choose("#id_harm", value="serious_harm")
    user.choose("#id_age_band", value="under_1")
    user.choose("#id_incident_month", value="3")
    page.fill("#id_incident_year", "2026")
    page.fill("#id_decision_date", "2026-05-01")
    page.fill("#id_summary", "A baby was hurt at home. Nobody who visited saw where he slept.")
    page.fill("#id_what_happened", "Child T lived with Mother and her partner.")
    page.fill("#id_practice_issues", "Visits were made but nobody asked to see the bedroom.")
    page.fill("#id_what_needs_to_change", "See where a baby sleeps at every visit.")
    for kind, rows in {"findings": 2, "recommendations": 2}.items():
        for index in range(rows):
            if index:  # the page shows one blank row; "Add another" gives the next
                user.click(f"#{kind}-group .add-row a")
            if kind == "findings":
                page.fill(f"#id_findings-{index}-title", f"Finding {index + 1}")
            page.fill(f"#id_{kind}-{index}-text", f"What we learnt, number {index + 1}.")
    user.click("input[name=_continue]")
    assert page.locator(".messagelist .success").count() == 1, page.content()[:3000]


def record_the_action_plan(user: Counter) -> None:
    """From the review's page: two actions for each recommendation on the action-plan page."""
    page = user.page
    user.click(".object-tools a:text-is('Action plan')")
    agencies = page.locator("select[name$='-agency']")
    assert agencies.count() == 4  # two blank rows for each recommendation
    for index in range(4):
        name = agencies.nth(index).get_attribute("name")
        prefix = name.removesuffix("-agency")
        user.choose(f"select[name='{name}']", index=index + 1)
        page.fill(f"textarea[name='{prefix}-description']", f"Action {index + 1}.")
        page.fill(f"input[name='{prefix}-due_date']", "2027-03-31")
    user.click("input[name=_return]")
    assert page.locator(".messagelist .success").count() == 1, page.content()[:3000]


def record_the_actions_the_old_way(user: Counter) -> None:
    """From the review's page: each recommendation's own page, its actions added there."""
    page = user.page
    for number in (1, 2):
        user.click(f"#recommendations-{number - 1} a.inlinechangelink")
        for index in range(2):
            user.click("#actions-group .add-row a")
            user.choose(f"#id_actions-{index}-agency", index=number + index)
            page.fill(f"#id_actions-{index}-description", f"Action {number}.{index + 1}.")
            page.fill(f"#id_actions-{index}-due_date", "2027-03-31")
        user.click("input[name=_continue]")
        assert page.locator(".messagelist .success").count() == 1, page.content()[:3000]
        user.click(".field-review a")  # back to the review


def test_recording_the_example_takes_at_most_half_the_clicks_and_page_loads(site, page):
    page.goto(site + "/admin/reviews/review/")
    user = Counter(page)
    user.reset()

    record_the_review(user, "NEL-2026-09")
    record_the_action_plan(user)
    recorded = {"clicks": user.clicks, "loads": user.loads}
    user.click("input[name=_submit_for_qa]")
    submitted = {"clicks": user.clicks, "loads": user.loads}

    assert "submitted for quality assurance" in page.content()
    if os.environ.get("FLOW_FIGURES"):
        print(f"\nrecorded: {recorded}, recorded and submitted: {submitted}, before: {BEFORE}")
    assert recorded["clicks"] <= BEFORE["clicks"] // 2
    assert recorded["loads"] <= 5
    assert submitted["clicks"] <= BEFORE["clicks"] // 2
    assert submitted["loads"] <= 5


def test_the_old_way_through_each_recommendations_page_takes_more(site, page):
    page.goto(site + "/admin/reviews/review/")
    user = Counter(page)
    user.reset()

    record_the_review(user, "NEL-2026-10")
    record_the_actions_the_old_way(user)

    if os.environ.get("FLOW_FIGURES"):
        print(f"\nthe old way, through each recommendation's page: {user.clicks, user.loads}")
    assert "Save and submit for QA" in page.content()
    assert user.clicks > 18 and user.loads > 5
