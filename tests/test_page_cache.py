"""The public pages' cache: a page is built once for every anonymous reader, and forgotten the
moment anything it shows changes, whether by a save, a guarded state move or a removal.

Each change runs inside `django_capture_on_commit_callbacks(execute=True)`: the cache learns of
a change when its transaction commits, which a test's own transaction never does.
"""

import datetime
from unittest import mock

import pytest
from django.conf import settings
from django.utils import timezone

from publishing.models import Delivery
from publishing.services import display, page_cache, scheduling
from reviews.models import Action, Review, Theme

from .factories import make_review
from .public_helpers import make_public_review

pytestmark = pytest.mark.django_db

PUBLISHED = timezone.make_aware(datetime.datetime(2025, 11, 20, 9, 30))
YEAR_LATER = timezone.make_aware(datetime.datetime(2026, 11, 20, 12))


@pytest.fixture(autouse=True)
def _cache_on(settings):
    settings.PUBLIC_CACHE_SECONDS = 300
    page_cache._new_generation()  # nothing cached by an earlier test is read


@pytest.fixture
def report(author):
    return make_public_review(
        author=author, reference="NEL-2025-04", slug="nel-2025-04-child-c", published=PUBLISHED
    )


def fetch(client, url: str):
    response = client.get(url)
    return response, response.content.decode()


PAGES = ["/", "/reviews/", "/reviews/?q=agencies", "/feed/", "/sitemap.xml", "/learning/"]


@pytest.mark.parametrize("url", PAGES + ["/reviews/nel-2025-04-child-c/"])
def test_the_second_anonymous_reader_gets_the_stored_page(client, report, url):
    first, first_text = fetch(client, url)
    second, second_text = fetch(client, url)

    assert (first.status_code, second.status_code) == (200, 200)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second_text == first_text
    assert second["Content-Type"] == first["Content-Type"]


def test_the_stored_page_still_gets_the_security_headers(client, report):
    fetch(client, "/reviews/")
    response, _ = fetch(client, "/reviews/")

    assert response["X-Page-Cache"] == "hit"
    assert "default-src" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_review_published_by_the_scheduler_is_listed_at_once(
    client, report, author, django_capture_on_commit_callbacks
):
    due = make_review(
        author=author,
        reference="NEL-2026-01",
        title="Child D: a scheduled report",
        status=Review.Status.SCHEDULED,
        publish_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    _, before = fetch(client, "/reviews/")
    assert "Child D" not in before

    with (
        mock.patch.object(scheduling, "publication_problems", return_value=[]),
        django_capture_on_commit_callbacks(execute=True),
    ):
        assert scheduling.publication_run(review_id=due.pk, now=timezone.now()) == "published"

    response, after = fetch(client, "/reviews/")
    assert response["X-Page-Cache"] == "miss"
    assert "Child D" in after


def test_a_removed_review_disappears_from_every_cached_page_at_once(
    client, report, manager, django_capture_on_commit_callbacks
):
    Action.objects.filter(recommendation__review=report).update(
        status=Action.Status.COMPLETED, completed_on=datetime.date(2026, 3, 1), impact="Done."
    )
    url = f"/reviews/{report.slug}/"
    for page in [*PAGES, url]:
        fetch(client, page)
        assert fetch(client, page)[0]["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        display.review_remove(review=report, by=manager, now=YEAR_LATER)

    assert client.get(url).status_code == 410
    for page in PAGES:
        response, text = fetch(client, page)
        assert response["X-Page-Cache"] == "miss", page
        assert url not in text, page


def test_a_change_to_an_action_shows_on_the_report_at_once(
    client, report, django_capture_on_commit_callbacks
):
    url = f"/reviews/{report.slug}/"
    fetch(client, url)
    action = Action.objects.get(recommendation__review=report)

    with django_capture_on_commit_callbacks(execute=True):
        action.impact = "Every strategy discussion now includes the school nurse."
        action.status, action.completed_on = Action.Status.COMPLETED, datetime.date(2026, 3, 1)
        action.save()

    assert "school nurse" in fetch(client, url)[1]


def test_a_theme_added_to_a_review_shows_at_once(
    client, report, django_capture_on_commit_callbacks
):
    theme = Theme.objects.order_by("name").first()
    _, before = fetch(client, f"/reviews/?theme={theme.slug}")
    assert report.slug not in before

    with django_capture_on_commit_callbacks(execute=True):
        report.themes.add(theme)

    response, after = fetch(client, f"/reviews/?theme={theme.slug}")
    assert response["X-Page-Cache"] == "miss"
    assert report.slug in after


def test_nothing_is_forgotten_before_the_change_commits(client, report):
    fetch(client, "/reviews/")
    report.themes.add(Theme.objects.first())  # never committed: a test's transaction

    assert fetch(client, "/reviews/")[0]["X-Page-Cache"] == "hit"


def test_rows_the_public_never_sees_leave_the_cache_alone(
    client, report, django_capture_on_commit_callbacks
):
    assert not page_cache.shown_to_the_public(Delivery)
    assert page_cache.shown_to_the_public(Review)
    assert not page_cache.shown_to_the_public(Review.history.model)
    fetch(client, "/reviews/")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page_cache.model_changed(Delivery)

    assert callbacks == []
    assert fetch(client, "/reviews/")[0]["X-Page-Cache"] == "hit"


def test_a_reader_with_a_session_always_gets_a_fresh_page(client, report):
    client.cookies[settings.SESSION_COOKIE_NAME] = "a-staff-session"
    fetch(client, "/reviews/")
    response, _ = fetch(client, "/reviews/")

    assert not response.has_header("X-Page-Cache")


def test_errors_and_forms_are_never_stored(client, report):
    assert client.get("/reviews/no-such-review/").status_code == 404
    assert client.get("/reviews/no-such-review/").status_code == 404
    assert not client.get("/requests/new/").has_header("X-Page-Cache")


def test_a_new_day_builds_the_page_again(client, report):
    fetch(client, "/reviews/")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with mock.patch("django.utils.timezone.localdate", return_value=tomorrow):
        assert fetch(client, "/reviews/")[0]["X-Page-Cache"] == "miss"


def test_turned_off_with_zero_seconds(client, report, settings):
    settings.PUBLIC_CACHE_SECONDS = 0
    fetch(client, "/reviews/")

    assert not fetch(client, "/reviews/")[0].has_header("X-Page-Cache")


def test_a_cache_outage_costs_speed_not_the_page(client, report, caplog):
    with mock.patch("django.core.cache.cache.get", side_effect=ConnectionError("refused")):
        response, text = fetch(client, "/reviews/")

    assert response.status_code == 200
    assert "Nobody saw the whole picture" in text or report.title in text
    assert "cannot be reached" in caplog.text


def test_an_outage_while_forgetting_is_logged(caplog):
    with mock.patch("django.core.cache.cache.set", side_effect=ConnectionError("refused")):
        page_cache._new_generation()

    assert "expire within 300 seconds" in caplog.text


# --- Figures over the whole collection (page_cache.remembered) ---------------------------------


def test_a_remembered_figure_is_computed_once_until_a_change_or_a_new_day(
    report, django_capture_on_commit_callbacks
):
    calls = []
    today = timezone.localdate()

    def count():
        calls.append(1)
        return Action.objects.count()

    assert page_cache.remembered("actions", today, count) == 1
    assert page_cache.remembered("actions", today, count) == 1
    assert len(calls) == 1
    page_cache.remembered("actions", today + datetime.timedelta(days=1), count)
    assert len(calls) == 2

    with django_capture_on_commit_callbacks(execute=True):
        Action.objects.get().save()

    assert page_cache.remembered("actions", today, count) == 1
    assert len(calls) == 3


def test_a_remembered_figure_is_computed_every_time_when_off_or_unreachable(report, settings):
    calls = []

    def count():
        calls.append(1)
        return 7

    settings.PUBLIC_CACHE_SECONDS = 0
    page_cache.remembered("n", timezone.localdate(), count)
    page_cache.remembered("n", timezone.localdate(), count)
    settings.PUBLIC_CACHE_SECONDS = 300
    with mock.patch("django.core.cache.cache.get", side_effect=ConnectionError("refused")):
        assert page_cache.remembered("n", timezone.localdate(), count) == 7
    assert len(calls) == 3


def test_the_dashboards_chart_follows_an_approved_progress_change(
    client, manager, report, django_capture_on_commit_callbacks
):
    client.force_login(manager)
    before = client.get("/admin/dashboard/").context["plan_chart"]
    assert before.status.completed == 0

    action = Action.objects.get()
    action.status, action.completed_on, action.impact = "completed", timezone.localdate(), "Done."
    with django_capture_on_commit_callbacks(execute=True):
        action.save()

    after = client.get("/admin/dashboard/").context["plan_chart"]
    assert (after.status.completed, after.status.total) == (1, 1)


def test_the_workers_heartbeats_and_stored_files_leave_the_cache_alone(
    client, report, django_capture_on_commit_callbacks
):
    """Beat records a heartbeat every minute and the worker stores PDFs and report pages: none
    is shown on a public page, so none may empty the cache."""
    from publishing.models import Heartbeat, PublicPdf, ReportPage
    from publishing.services import common

    assert not any(map(page_cache.shown_to_the_public, (Heartbeat, PublicPdf, ReportPage)))
    fetch(client, "/reviews/")
    with django_capture_on_commit_callbacks(execute=True):
        common.heartbeat_record(name="scheduler", now=timezone.now())

    assert fetch(client, "/reviews/")[0]["X-Page-Cache"] == "hit"
