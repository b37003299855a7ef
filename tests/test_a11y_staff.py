"""Accessibility of the staff pages: axe-core finds no WCAG 2.2 A or AA violation on any admin
page, signed in through the real password and second factor, at 1280 and at 320 CSS pixels;
at 320 nothing scrolls sideways but a labelled, focusable region; focus is always visible.

The pages are every list, add form, change form and history page of the admin registry, for
each role, plus the review's own pages (QA, Publication, action plan) in every state the demo
holds, and the sign-in pages with and without errors. SCREENSHOTS=1 saves the main ones into
docs/screenshots/staff-*.png.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from .conftest import require_service, wait_until
from .staff_site import ROLES, WIDTHS
from .test_a11y import AXE, CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, WCAG_TAGS, _answers, _free_port

VIEWPORTS = {width: {"width": width, "height": 800} for width in WIDTHS}
OPEN_AT_ONCE = 3  # pages checked at once: the server and the browser work in parallel
SHOTS = {  # page name (of the manager's walk) -> screenshot
    "login": "staff-login",
    "dashboard": "staff-dashboard",
    "reviews.review-list": "staff-review-list",
    "reviews.review-change-draft": "staff-review-form",
    "qa-in_qa": "staff-qa-page",
    "publication-scheduled": "staff-publication-page",
    "action-plan-published": "staff-action-plan",
}


# --- The site, seeded and listed by tests/staff_site.py in its own process ----------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The demo site on its own server and SQLite database, as in test_a11y; yields the base
    URL and each role's pages."""
    require_service("Chromium", CHROMIUM.exists(), f"{CHROMIUM} is not installed")
    var = tmp_path_factory.mktemp("a11y-staff")
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")}
    env.update(
        DJANGO_VAR_DIR=str(var),
        DJANGO_MEDIA_ROOT=str(var / "media"),
        DATABASE_URL=f"sqlite:///{var / 'db.sqlite3'}",
        DJANGO_SETTINGS_MODULE="nelscp.settings",
    )
    base, python = Path(settings.BASE_DIR), sys.executable

    def run(*args) -> str:
        done = subprocess.run([python, *args], cwd=base, env=env, check=True, capture_output=True)
        return done.stdout.decode()

    run("manage.py", "migrate", "--noinput")
    seeded = run(
        "-c",
        "import django; django.setup(); from tests.staff_site import seed; seed()",
    )
    pages = json.loads(seeded.strip().splitlines()[-1])
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
        yield url, pages
    finally:
        server.terminate()
        server.wait(timeout=10)


# --- The survey: one browser, every page of every role, a few pages open at once --------------


@pytest.fixture(scope="module")
def survey(site):
    """What is wrong where: {(role, width, page name): [problems]}, empty lists included."""
    url, pages = site
    return asyncio.run(_survey(url, pages))


async def _survey(url: str, pages: dict) -> dict:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        found = {}
        for width in VIEWPORTS:
            found |= await _sign_in_pages(browser, url, width)
        states = {role: await _signed_in(browser, url, role) for role in ROLES}
        for role in ROLES:
            for width, viewport in VIEWPORTS.items():
                context = await _context(browser, viewport, storage_state=states[role])
                shoot = role == "manager" and width == 1280
                mine = _role_pages(role, pages[role])
                done = await _walk(context, url, mine, narrow=width == 320, shoot=shoot)
                found |= {(role, width, name): problems for name, problems in done.items()}
                await context.close()
        for width in VIEWPORTS:
            found |= await _forms_with_errors(browser, url, states, width)
        found[("keyboard", 1280, "focus")] = await _unfocused(browser, url, states["manager"])
        await browser.close()
        return found


async def _context(browser, viewport, **options):
    context = await browser.new_context(viewport=viewport, bypass_csp=True, **options)
    await context.route("https://**/*", lambda route: route.abort())  # nothing leaves the machine
    await context.add_init_script(path=str(AXE))
    return context


async def _submit(page, selector: str) -> None:
    async with page.expect_navigation():
        await page.click(selector)


def _code(key_hex: str) -> str:
    """The code an authenticator app with this key shows now."""
    from django_otp.oath import TOTP

    return f"{TOTP(bytes.fromhex(key_hex)).token():06d}"


async def _password(page, url: str, username: str, password: str) -> None:
    from reviews.demo import DEMO_PASSWORD

    await page.goto(url + "/admin/login/")
    await page.fill("#id_username", username)
    await page.fill("#id_password", password or DEMO_PASSWORD)
    await _submit(page, "input[type=submit]")


async def _signed_in(browser, url: str, role: str) -> dict:
    """The role's session (cookies), signed in through the password and second-factor pages."""
    from nelscp.accounts.demo import DEMO_KEY

    context = await _context(browser, VIEWPORTS[1280])
    page = await context.new_page()
    await _password(page, url, role, "")
    await page.fill("#id_token", _code(DEMO_KEY))
    await _submit(page, "input[type=submit]")
    assert page.url == url + "/admin/", (role, page.url)
    state = await context.storage_state()
    await context.close()
    return state


async def _sign_in_pages(browser, url: str, width: int) -> dict:
    """The sign-in pages as they come, and with errors: a wrong password, a wrong code, the
    set-up of an authenticator app (a newcomer of each width) and the backup codes after it."""
    context = await _context(browser, VIEWPORTS[width])
    page = await context.new_page()
    found = {}

    async def check(name: str) -> None:
        found[("anonymous", width, name)] = await _check(page, narrow=width == 320)
        if width == 1280 and name in SHOTS:
            await _shoot(page, SHOTS[name])

    await page.goto(url + "/admin/login/")
    await check("login")
    await _password(page, url, "approver", "not-the-password")
    await check("login-error")
    await _password(page, url, "approver", "")
    await check("second-factor")
    await page.fill("#id_token", "000000")
    await _submit(page, "input[type=submit]")
    await check("second-factor-error")
    await context.clear_cookies()
    await _password(page, url, f"newcomer{width}", "")
    await check("enrol")
    key = _base32_to_hex(await page.inner_text("#secret"))
    await page.fill("#id_token", _code(key))
    await _submit(page, "input[type=submit]")
    await check("backup-codes")
    await context.close()
    return found


ERRORS = {"author": ["/admin/reviews/review/add/"], "manager": ["/admin/reviews/theme/add/"]}


async def _forms_with_errors(browser, url: str, states: dict, width: int) -> dict:
    """Forms sent empty, shown again with their errors."""
    found = {}
    for role, paths in ERRORS.items():
        context = await _context(browser, VIEWPORTS[width], storage_state=states[role])
        page = await context.new_page()
        for path in paths:
            await page.goto(url + path)
            await _submit(page, "input[name=_save]")
            assert await page.locator(".errornote").count(), path
            found[(role, width, f"errors {path}")] = await _check(page, narrow=width == 320)
        await context.close()
    return found


def _base32_to_hex(secret: str) -> str:
    import base64

    secret = secret.replace(" ", "").upper()
    return base64.b32decode(secret + "=" * (-len(secret) % 8)).hex()


def _role_pages(role: str, pages: dict[str, str]) -> dict[str, str]:
    """The manager's every page; other roles' pages where they differ from the manager's: the
    lists and add forms (other buttons, no boxes to tick) and every page of the reviews."""
    if role == "manager":
        return pages
    return {
        name: path
        for name, path in pages.items()
        if name.endswith(("-list", "-add"))
        or name.startswith(("index", "dashboard", "reviews.review-change-", "qa-", "publication-"))
        or _plan(name)
    }


def _plan(name: str) -> bool:
    return name.startswith("action-plan-")


async def _walk(context, url: str, pages: dict[str, str], *, narrow: bool, shoot: bool) -> dict:
    """Check each page, OPEN_AT_ONCE at a time in one context; return problems by page name."""
    queue, found = list(pages.items()), {}

    async def worker():
        page = await context.new_page()
        while queue:
            name, path = queue.pop(0)
            response = await page.goto(url + path)
            if response.status != 200:
                found[name] = [f"HTTP {response.status} at {path}"]
                continue
            found[name] = await _check(page, narrow=narrow)
            if shoot and name in SHOTS:
                await _shoot(page, SHOTS[name])
        await page.close()

    await asyncio.gather(*(worker() for _ in range(OPEN_AT_ONCE)))
    return found


async def _axe(page) -> list[str]:
    result = await page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return [
        f"{v['id']} x{len(v['nodes'])}: {[n['target'] for n in v['nodes']][:4]}"
        for v in result["violations"]
    ]


# At 320px the page must not scroll sideways; a table may, inside a region of its own that the
# keyboard can reach and a screen reader can name.
REFLOW = """() => {
  const problems = [];
  const width = document.documentElement.scrollWidth;
  if (width > window.innerWidth) problems.push(`reflow: the page is ${width}px wide`);
  for (const el of document.querySelectorAll('body *:not(select, textarea, input)')) {
    const overflow = getComputedStyle(el).overflowX;
    if (!['auto', 'scroll'].includes(overflow) || el.scrollWidth <= el.clientWidth + 1) continue;
    const named = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
    if (!(el.tabIndex >= 0 && el.getAttribute('role') === 'region' && named))
      problems.push(`reflow: ${el.tagName.toLowerCase()}.${el.className} scrolls, unnamed`);
  }
  return problems;
}"""


async def _check(page, *, narrow: bool) -> list[str]:
    return await _axe(page) + (await page.evaluate(REFLOW) if narrow else [])


async def _shoot(page, name: str) -> None:
    if os.environ.get("SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        await page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


# Each control the keyboard reaches shows staff.css's focus ring: an outline of 2px or more
# with a second colour around it (a box-shadow), so it shows on light and dark alike.
FOCUS = """() => {
  const el = document.activeElement, style = getComputedStyle(el);
  if (el === document.body) return null;  // past the last control
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  return outline && style.boxShadow !== 'none' ? null : `${el.tagName.toLowerCase()}#${el.id}`;
}"""


async def _unfocused(browser, url: str, state: dict) -> list[str]:
    """Tab through a list, a form and the dashboard; return each control focused without a
    visible focus ring."""
    context = await _context(browser, VIEWPORTS[1280], storage_state=state)
    page = await context.new_page()
    missing = []
    for path in ["/admin/reviews/review/", "/admin/reviews/theme/add/", "/admin/dashboard/"]:
        await page.goto(url + path)
        for _ in range(40):
            await page.keyboard.press("Tab")
            missing.append(await page.evaluate(FOCUS))
    await context.close()
    return sorted({name for name in missing if name})


# --- The tests --------------------------------------------------------------------------------


def _problems(survey: dict, role: str, width: int | None = None) -> dict:
    return {
        name: problems
        for (who, at, name), problems in survey.items()
        if who == role and width in (None, at) and problems and not _plan(name)
    }


def test_the_sign_in_pages_have_no_violations(survey):
    assert _problems(survey, "anonymous") == {}
    assert len([key for key in survey if key[0] == "anonymous"]) == 12


@pytest.mark.parametrize("width", VIEWPORTS)
@pytest.mark.parametrize("role", ROLES)
def test_every_staff_page_has_no_violations(survey, role, width):
    assert _problems(survey, role, width) == {}
    assert len([key for key in survey if key[:2] == (role, width)]) > 40


def test_the_action_plan_page_has_no_violations(survey, site):
    plans = {key: found for key, found in survey.items() if _plan(key[2])}
    if not plans:
        pytest.skip("no action-plan page at /admin/reviews/review/<id>/action-plan/ yet")

    assert {key: found for key, found in plans.items() if found} == {}


def test_focus_is_clearly_visible_on_every_control(survey):
    assert survey[("keyboard", 1280, "focus")] == []
