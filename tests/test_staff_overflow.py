"""The QA and Publication pages fit the window: nothing pokes out of its column from 1024 px up
(the QA page) and the page never scrolls sideways at 390 or 320 px (the Publication page),
measured in headless Chromium against a live server."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from publishing.models import Delivery
from publishing.services import notices
from reviews import services

from .conftest import require_service
from .factories import make_approved_review, make_ready_review, set_recipient_emails

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]

LONG_WORD = "Safeguarding" * 12  # no place to break: it must wrap anywhere, not overflow
TEXT = (
    f"On 14 March 2024 Kayleigh went to Riverside Surgery, 12 Long Lane, AB1 2CD. {LONG_WORD}. "
    "The MASH and the CAMHS team met; the IRO wrote to kayleigh.family.member@example.org. "
) * 3
FAILED = (
    "SMTPRecipientsRefused: {'a-very-long-mailbox-name-for-the-national-team@example.gov.uk': "
    f"(550, b'5.1.1 {LONG_WORD} No such mailbox')}}"
)

# For each element inside the page's content: its right edge against its column's. Regions
# that scroll on purpose (a table, the diff) are measured as a whole, not what they hold.
OVERFLOW = """
() => {
  const root = document.documentElement;
  const problems = [];
  if (root.scrollWidth > root.clientWidth) {
    problems.push(`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
  }
  const columns = ".qa-grid > section, .qa-report, .pub-section, #content-main";
  for (const element of document.querySelectorAll("#content-main *")) {
    if (element.parentElement.closest(".table-scroll, .diff")) continue;
    const box = element.getBoundingClientRect();
    if (!box.width || element.closest(".visually-hidden")) continue;
    const column = element.parentElement.closest(columns).getBoundingClientRect();
    if (box.right > column.right + 1 || box.left < column.left - 1) {
      const name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
        + (element.className ? "." + String(element.className).split(" ").join(".") : "");
      problems.push(`${name}: ${Math.round(box.left)}-${Math.round(box.right)} outside `
        + `${Math.round(column.left)}-${Math.round(column.right)}`);
    }
  }
  return problems;
}
"""


@pytest.fixture
def pages(author, approver, manager, live_server, settings_for_http):
    """The QA page of a review full of flagged details, and the Publication page of a review
    whose notice failed to reach Ofsted; each with a signed-in session cookie."""
    in_qa = make_ready_review(author=author, what_happened=TEXT, summary=TEXT)
    in_qa.protected_names.create(name="Kayleigh")
    services.review_submit(review=in_qa, by=author)
    digest = services.current_version(in_qa)[2]
    services.signoff_record(
        review=in_qa, by=approver, criterion="a", met=False, comment=TEXT, seen_hash=digest
    )
    set_recipient_emails()
    approved = make_approved_review(author=author, approver=approver)
    notice = notices.notice_send(review=approved, by=manager)
    Delivery.objects.filter(notice=notice).update(
        state=Delivery.State.FAILED,
        attempts=8,
        email="a-very-long-mailbox-name-for-the-national-team@example.gov.uk",
        last_error=FAILED,
    )
    return {
        "qa": (live_server.url + reverse("admin:reviews_review_qa", args=[in_qa.pk])),
        "qa_cookie": _session(approver),
        "publication": live_server.url
        + reverse("admin:reviews_review_publication", args=[approved.pk]),
        "publication_cookie": _session(manager),
        "host": live_server.url.split("//")[1].split(":")[0],
    }


@pytest.fixture
def settings_for_http(settings):
    settings.SECURE_SSL_REDIRECT = False  # the live server speaks plain HTTP
    settings.SESSION_COOKIE_SECURE = False


def _session(user) -> str:
    client = Client()  # one each: signing another user in on the same client ends the session
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def _problems(url: str, cookie: str, host: str, width: int, *, title: str) -> list[str]:
    """What overflows on the page at `width`.

    Chromium starts here, after the test's rows are written: the ORM refuses to run while
    Playwright's event loop is about, so nothing below touches the database.
    """
    require_service("Chromium", CHROMIUM.exists(), f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        context = browser.new_context(viewport={"width": width, "height": 900})
        context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "domain": host, "path": "/"}]
        )
        try:
            page = context.new_page()
            response = page.goto(url)
            assert response.status == 200, f"{url} answered {response.status}"
            assert page.locator("h1").first.inner_text().startswith(title), "not signed in"
            return page.evaluate(OVERFLOW)
        finally:
            browser.close()


@pytest.mark.parametrize("width", [1024, 1280, 1366])
def test_nothing_on_the_qa_page_leaves_its_column(pages, width):
    url, cookie = pages["qa"], pages["qa_cookie"]

    problems = _problems(url, cookie, pages["host"], width, title="Quality assurance")

    assert problems == []


@pytest.mark.parametrize("width", [320, 390, 1024, 1280])
def test_the_publication_page_never_scrolls_sideways(pages, width):
    url, cookie = pages["publication"], pages["publication_cookie"]

    problems = _problems(url, cookie, pages["host"], width, title="Publication")

    assert problems == []
