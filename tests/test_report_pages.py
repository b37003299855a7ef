"""Stored report pages (publishing/services/report_pages.py): a report's page is built once per
change and sent as it is, and is never sent once anything it shows has changed, the review has
left the website, the code that built it has been replaced, or a day has made an action overdue.
"""

import datetime
from unittest import mock

import pytest
from django.core.cache import cache
from django.utils import timezone

from publishing.models import Extension, ReportPage
from publishing.services import catalogue, display, report_pages, scheduling
from reviews.models import Action, Finding, Review, Theme

from .factories import make_review
from .public_helpers import at, make_public_review

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture(autouse=True)
def _cache_on(settings):
    settings.PUBLIC_CACHE_SECONDS = 300
    cache.clear()  # the worker's "every page built" marks of earlier tests and runs


@pytest.fixture
def report(author):
    return make_public_review(author=author, title="Child E: a report kept as built")


@pytest.fixture
def other(author):
    return make_public_review(author=author, title="Child F: another report")


def on_day(day: datetime.date):
    """Today is `day` for the view (the dates it formats stay as they are)."""
    real = timezone.localdate
    return mock.patch(
        "django.utils.timezone.localdate",
        side_effect=lambda value=None, timezone=None: day if value is None else real(value),
    )


def fetch(client, review: Review):
    response = client.get(f"/reviews/{review.slug}/")
    return response, response.content.decode()


def built(review: Review, today=TODAY) -> str:
    """The page as the view builds it afresh."""
    fresh = catalogue.with_page_data(Review.objects.filter(pk=review.pk)).get()
    return report_pages.page_html(fresh, today=today)


# --- What readers get -------------------------------------------------------------------------


def test_the_second_reader_is_sent_the_stored_page_in_one_query(
    client, report, django_assert_num_queries
):
    first, first_text = fetch(client, report)
    with django_assert_num_queries(1):
        second, second_text = fetch(client, report)

    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second_text == first_text == built(report)
    assert "Child E: a report kept as built" in second_text
    assert "default-src" in second["Content-Security-Policy"]  # the headers are the view's


def test_the_page_is_the_one_rendered_with_the_request(rf, client, report):
    """No request goes into a stored page: it is byte for byte what rendering with the
    reader's request (and every context processor) gives."""
    from django.shortcuts import render

    request = rf.get(f"/reviews/{report.slug}/")
    fresh = catalogue.with_page_data(Review.objects.filter(pk=report.pk)).get()
    context = catalogue.report_context(fresh, today=TODAY)
    with_request = render(request, "publishing/review_detail.html", context)

    assert fetch(client, report)[1] == with_request.content.decode()


def test_a_change_to_a_finding_is_shown_at_once(client, report):
    fetch(client, report)
    finding = Finding.objects.get(review=report)
    finding.text = "The school nurse held the missing piece."
    finding.save()

    response, text = fetch(client, report)
    assert response["X-Page-Cache"] == "miss"
    assert "The school nurse held the missing piece." in text
    assert fetch(client, report)[0]["X-Page-Cache"] == "hit"


def test_a_change_to_an_action_is_shown_at_once(client, report):
    fetch(client, report)
    action = Action.objects.get(recommendation__review=report)
    action.impact, action.status = "Every meeting now has a health lead.", Action.Status.COMPLETED
    action.completed_on = TODAY
    action.save()

    assert "Every meeting now has a health lead." in fetch(client, report)[1]


def test_a_removed_review_is_gone_at_once(client, report, manager):
    Action.objects.filter(recommendation__review=report).update(
        status=Action.Status.COMPLETED, completed_on=datetime.date(2026, 3, 1), impact="Done."
    )
    Review.objects.filter(pk=report.pk).update(published_at=at(2025, 6, 1))
    report.refresh_from_db()
    fetch(client, report)
    assert fetch(client, report)[0]["X-Page-Cache"] == "hit"

    display.review_remove(review=report, by=manager, now=timezone.now())

    assert client.get(f"/reviews/{report.slug}/").status_code == 410


def test_a_change_to_another_review_leaves_the_page_stored(client, report, other):
    fetch(client, report)
    other.title = "Child F: retitled"
    other.save()
    Finding.objects.filter(review=other).first().save()

    assert fetch(client, report)[0]["X-Page-Cache"] == "hit"


def test_a_linked_review_retitled_shows_on_the_page_at_once(client, report, other, manager):
    Extension.objects.create(
        review=report,
        linked_review=other,
        until=TODAY + datetime.timedelta(days=400),
        reason="Shares learning with Child F.",
        created_by=manager,
        created_at=timezone.now(),
    )
    assert "Child F: another report" in fetch(client, report)[1]
    other.title = "Child F: retitled"
    other.save()

    response, text = fetch(client, report)
    assert response["X-Page-Cache"] == "miss"
    assert "Child F: retitled" in text


def test_a_theme_renamed_marks_every_page(client, report, other):
    fetch(client, report)
    fetch(client, other)
    Theme.objects.first().save()  # owned by no one review: every page is built again

    assert fetch(client, report)[0]["X-Page-Cache"] == "miss"
    assert fetch(client, other)[0]["X-Page-Cache"] == "miss"


def test_a_draft_never_gets_a_stored_page(client, author):
    draft = make_review(author=author)
    draft.title = "A draft still in the making"
    draft.save()

    assert not ReportPage.objects.filter(pk=draft.pk).exists()
    assert client.get(f"/reviews/{draft.slug}/").status_code == 404


def test_a_page_built_by_other_code_is_never_sent(client, report):
    fetch(client, report)
    with mock.patch.object(report_pages, "built_with", return_value="a-later-deployment"):
        assert fetch(client, report)[0]["X-Page-Cache"] == "miss"


def test_the_version_covers_the_code_and_the_partnership(settings):
    before = report_pages.built_with()
    settings.PARTNERSHIP_NAME = "Another Safeguarding Children Partnership"
    assert report_pages.built_with() != before
    settings.PARTNERSHIP_NAME = "North East Lincolnshire Safeguarding Children Partnership"
    report_pages._built_with.cache_clear()
    with mock.patch.object(report_pages, "_code_digest", return_value="other code"):
        assert report_pages.built_with() != before
    report_pages._built_with.cache_clear()


def test_turned_off_with_the_page_cache(client, report, settings):
    settings.PUBLIC_CACHE_SECONDS = 0
    fetch(client, report)

    assert fetch(client, report)[0]["X-Page-Cache"] == "miss"
    assert not ReportPage.objects.exclude(html="").exists()


# --- Days -------------------------------------------------------------------------------------


def test_a_page_is_right_until_its_next_open_action_falls_due(client, report):
    action = Action.objects.get(recommendation__review=report)
    due = TODAY + datetime.timedelta(days=3)
    Action.objects.filter(pk=action.pk).update(due_date=due)
    fetch(client, report)
    page = ReportPage.objects.get(pk=report.pk)
    assert (page.built_on, page.same_until) == (TODAY, due)

    for day in range(4):  # still right on its due date: overdue from the day after
        on = TODAY + datetime.timedelta(days=day)
        assert built(report, on) == page.html, on
        with on_day(on):
            assert fetch(client, report)[0]["X-Page-Cache"] == "hit", on

    later = due + datetime.timedelta(days=1)
    assert built(report, later) != page.html
    with on_day(later):
        response, text = fetch(client, report)
    assert response["X-Page-Cache"] == "miss"
    assert text == built(report, later)


def test_a_page_with_every_action_overdue_or_done_is_right_for_good(report):
    Action.objects.filter(recommendation__review=report).update(
        due_date=TODAY - datetime.timedelta(days=1)
    )
    fresh = catalogue.with_page_data(Review.objects.filter(pk=report.pk)).get()

    assert report_pages.same_until(fresh, today=TODAY) is None
    assert built(report, TODAY) == built(report, TODAY + datetime.timedelta(days=900))


# --- Races ------------------------------------------------------------------------------------


def test_a_page_that_missed_a_change_is_not_kept(report):
    changes = report_pages.claim(report.pk)
    fresh = catalogue.with_page_data(Review.objects.filter(pk=report.pk)).get()
    html = report_pages.page_html(fresh, today=TODAY)
    Finding.objects.filter(review=report).first().save()  # arrives while the page is built

    assert not report_pages.keep(fresh, html, changes=changes, today=TODAY)
    assert report_pages.stored(report.slug, today=TODAY).html is None


# --- The worker -------------------------------------------------------------------------------


def test_the_worker_builds_every_page_once_then_only_what_changed(
    report, other, django_assert_max_num_queries
):
    assert report_pages.report_pages_build(today=TODAY) == 2
    assert report_pages.stored(report.slug, today=TODAY).html == built(report)
    with django_assert_max_num_queries(1):
        assert report_pages.report_pages_build(today=TODAY) == 0

    Finding.objects.filter(review=other).first().save()
    assert report_pages.report_pages_build(today=TODAY) == 1
    assert report_pages.stored(other.slug, today=TODAY).html == built(other)


def test_the_worker_builds_a_newly_published_page(author, report):
    report_pages.report_pages_build(today=TODAY)
    due = make_review(
        author=author,
        status=Review.Status.SCHEDULED,
        publish_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    with mock.patch.object(scheduling, "publication_problems", return_value=[]):
        assert scheduling.publication_run(review_id=due.pk, now=timezone.now()) == "published"
    due.refresh_from_db()

    assert report_pages.report_pages_build(today=TODAY) == 1
    assert report_pages.stored(due.slug, today=TODAY).html == built(due)


def test_the_worker_drops_the_row_of_a_removed_review(report, manager):
    Action.objects.filter(recommendation__review=report).update(
        status=Action.Status.COMPLETED, completed_on=datetime.date(2026, 3, 1), impact="Done."
    )
    Review.objects.filter(pk=report.pk).update(published_at=at(2025, 6, 1))
    report.refresh_from_db()
    report_pages.report_pages_build(today=TODAY)
    display.review_remove(review=report, by=manager, now=timezone.now())

    assert report_pages.report_pages_build(today=TODAY) == 0
    assert not ReportPage.objects.filter(pk=report.pk).exists()


def test_the_worker_builds_again_after_a_deployment(report, other):
    report_pages.report_pages_build(today=TODAY)
    with mock.patch.object(report_pages, "built_with", return_value="a-later-deployment"):
        assert report_pages.report_pages_build(today=TODAY) == 2
        assert report_pages.stored(report.slug, today=TODAY).html is not None


def test_the_worker_builds_again_when_a_day_makes_an_action_overdue(report):
    Action.objects.filter(recommendation__review=report).update(due_date=TODAY)
    report_pages.report_pages_build(today=TODAY)
    tomorrow = TODAY + datetime.timedelta(days=1)

    assert report_pages.report_pages_build(today=tomorrow) == 1
    assert report_pages.stored(report.slug, today=tomorrow).html == built(report, tomorrow)
