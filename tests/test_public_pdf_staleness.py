"""Public PDFs are rendered in proportion to what changed: each change marks exactly the PDFs
that show it, the sweep renders only those, and serving a PDF renders nothing, not even HTML."""

from __future__ import annotations

import datetime
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from publishing import pdf as pdf_module
from publishing.models import Delivery, LearningSummary, PublicPdf, StalePdf
from publishing.services import catalogue, display, files, learning, notices, scheduling
from reviews.models import Agency, Review, Theme

from .factories import (
    deliver_notice,
    make_approved_review,
    make_finding,
    make_user,
    set_recipient_emails,
)
from .public_helpers import at, complete, make_briefing, make_public_review

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 2)


def _stale() -> set[str]:
    return set(StalePdf.objects.values_list("key", flat=True))


def _all_rendered() -> None:
    """As if the sweep had rendered everything: the fast way, without WeasyPrint."""
    StalePdf.objects.all().delete()


@pytest.fixture
def no_html():
    """Any attempt to build a PDF's HTML fails the test."""
    boom = mock.Mock(side_effect=AssertionError("HTML was rendered"))
    with (
        mock.patch.object(files, "pdf_html", boom),
        mock.patch.object(files, "render_to_string", boom),
        mock.patch.object(catalogue, "report_context", boom),
    ):
        yield boom


@pytest.fixture
def renders():
    """The keys' HTML rendered to PDF, in order (the real renderer still runs)."""
    calls = []
    real = pdf_module.render_pdf

    def render(html):
        calls.append(html)
        return real(html)

    with mock.patch.object(pdf_module, "render_pdf", render):
        yield calls


# --- The sweep's cost follows what is stale, not what is published ----------------------------


@pytest.mark.parametrize("reports", [3, 30])
def test_a_sweep_with_nothing_stale_makes_two_queries(
    author, django_assert_num_queries, no_html, reports
):
    for _ in range(reports):
        make_briefing(make_public_review(author=author))
    _all_rendered()

    # 1 published summaries of learning not rendered since publication, 2 the stale PDFs
    with django_assert_num_queries(2):
        assert files.pdf_sweep(now=timezone.now()) == 0
    no_html.assert_not_called()


def test_a_new_report_is_stale_until_the_sweep_renders_it_once(author, renders):
    review = make_public_review(author=author)
    assert _stale() == {f"report/{review.pk}"}

    assert files.pdf_sweep(now=timezone.now()) == 1
    assert _stale() == set()
    assert files.pdf_sweep(now=timezone.now()) == 0
    assert len(renders) == 1


# --- Each change marks exactly the PDFs that show it ------------------------------------------


@pytest.fixture
def published(author):
    review = make_public_review(author=author)
    make_briefing(review)
    other = make_public_review(author=author)
    _all_rendered()
    return review, other


def _both(review) -> set[str]:
    return {f"report/{review.pk}", f"briefing/{review.pk}"}


def test_action_progress_marks_the_report_and_the_briefing(published):
    review, _ = published
    action = review.recommendations.get().actions.get()
    complete(action, on=TODAY, impact="Meetings happen every month.")
    assert _stale() == _both(review)


def test_a_finding_a_recommendation_or_the_text_marks_both(published):
    review, _ = published
    make_finding(review, order=2)
    assert _stale() == _both(review)
    _all_rendered()
    recommendation = review.recommendations.get()
    recommendation.text = "Agencies should meet every fortnight."
    recommendation.save()
    assert _stale() == _both(review)
    _all_rendered()
    review.summary = "A new summary."
    review.save()
    assert _stale() == _both(review)


def test_themes_and_agencies_mark_both(published):
    review, _ = published
    review.themes.set(Theme.objects.all()[:1])
    assert _stale() == _both(review)
    _all_rendered()
    review.agencies.set(Agency.objects.all()[:1])
    assert _stale() == _both(review)


def test_a_briefing_saved_marks_only_the_briefing(published):
    review, other = published
    briefing = review.briefing
    briefing.key_learning = "Ask who else lives at home."
    briefing.save()
    make_briefing(other)
    assert _stale() == {f"briefing/{review.pk}", f"briefing/{other.pk}"}


def test_an_extension_marks_only_the_extended_report(published, manager):
    review, other = published
    display.extension_add(
        review=review,
        by=manager,
        until=TODAY + datetime.timedelta(days=400),
        reason="Actions still open.",
        linked_review=other,
        today=TODAY,
    )
    assert _stale() == {f"report/{review.pk}"}  # the linked report's PDF does not show links


def test_a_draft_change_marks_nothing(author):
    draft = make_public_review(author=author, status=Review.Status.DRAFT)
    make_briefing(draft)
    complete(draft.recommendations.get().actions.get(), on=TODAY, impact="Done.")
    assert _stale() == set()


@pytest.fixture
def noticed(author, approver, manager):
    make_user("boss", role="Partnership manager", email="boss@example.org")
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    sent = at(2026, 11, 27)
    notices.notice_send(review=review, by=manager)
    deliver_notice(review, now=sent)
    Delivery.objects.update(sent_at=sent)
    mail.outbox.clear()
    return review


def test_publication_marks_the_report_and_its_briefing(noticed, manager):
    make_briefing(noticed)
    when = at(2026, 12, 8)
    scheduling.publication_schedule(review=noticed, by=manager, at=when, now=at(2026, 11, 27))
    assert _stale() == set()

    with time_machine.travel(when, tick=False):
        scheduling.publish_due(now=timezone.now())

    assert _stale() == _both(noticed)


def test_removal_marks_the_report_it_keeps_for_copy_requests(author, manager, renders):
    review = make_public_review(author=author, published=at(2025, 1, 6))
    complete(review.recommendations.get().actions.get(), on=TODAY, impact="Done.")
    _all_rendered()

    display.review_remove(review=review, by=manager, now=timezone.now())

    assert _stale() == {f"report/{review.pk}"}
    assert files.pdf_sweep(now=timezone.now()) == 1


def test_a_published_summary_of_learning_is_rendered_once(author, manager, renders):
    make_public_review(author=author, published=at(2025, 6, 1))
    summary = LearningSummary.objects.create(year=2025)
    learning.learning_summary_generate(summary=summary, now=at(2026, 6, 1))
    _all_rendered()

    learning.learning_summary_publish(summary=summary, by=manager, now=timezone.now())

    assert files.pdf_sweep(now=timezone.now()) == 1
    assert PublicPdf.objects.filter(key="learning/2025").count() == 1
    assert files.pdf_sweep(now=timezone.now()) == 0
    assert len(renders) == 1


def test_the_next_sweep_renders_only_what_changed(published, renders):
    review, other = published
    complete(review.recommendations.get().actions.get(), on=TODAY, impact="Monthly meetings.")

    assert files.pdf_sweep(now=timezone.now()) == 2

    assert len(renders) == 2
    assert all(review.title in html for html in renders)
    assert not PublicPdf.objects.filter(key__endswith=f"/{other.pk}").exists()
    assert _stale() == set()


def test_a_change_during_a_render_leaves_the_pdf_stale(author):
    review = make_public_review(author=author)
    action = review.recommendations.get().actions.get()
    real = pdf_module.render_pdf

    def render_while_an_action_completes(html):
        if action.status != action.Status.COMPLETED:
            complete(action, on=TODAY, impact="It changed while the PDF rendered.")
        return real(html)

    with mock.patch.object(pdf_module, "render_pdf", render_while_an_action_completes):
        assert files.pdf_sweep(now=timezone.now()) == 1

    assert _stale() == {f"report/{review.pk}"}
    assert files.pdf_sweep(now=timezone.now()) == 1
    assert _stale() == set()


def test_a_pdf_back_to_an_earlier_version_is_served_again(client, author):
    review = make_public_review(author=author)
    files.pdf_sweep(now=timezone.now())
    first = PublicPdf.objects.get(key=f"report/{review.pk}")
    action = review.recommendations.get().actions.get()
    complete(action, on=TODAY, impact="Done.")
    files.pdf_sweep(now=timezone.now())
    action.status, action.completed_on, action.impact = action.Status.PLANNED, None, ""
    action.save()

    assert files.pdf_sweep(now=timezone.now()) == 0  # that version is stored already

    response = client.get(f"/reviews/{review.slug}/report.pdf")
    response.close()  # the stored file is open until the response is closed
    assert response["ETag"] == f'"{first.sha256}"'


# --- Serving reads one stored row -------------------------------------------------------------


def _store(key: str, data: bytes) -> PublicPdf:
    """A stored PDF for `key`, as the sweep leaves it (without WeasyPrint)."""
    stored = PublicPdf(
        key=key, version_hash=key, sha256="0" * 64, size=len(data), rendered_at=timezone.now()
    )
    stored.file.save("stored.pdf", ContentFile(data), save=False)
    stored.save()
    return stored


@pytest.mark.parametrize("actions", [1, 20])
def test_the_pdf_urls_make_one_or_two_queries_and_render_no_html(
    client, author, django_assert_num_queries, actions, no_html
):
    review = make_public_review(author=author, actions=actions)
    make_briefing(review)
    for kind in ("report", "briefing"):
        _store(f"{kind}/{review.pk}", f"%PDF {kind}".encode())

    # the report: its latest stored PDF found by the review's address (1 query); the briefing:
    # 1 the public review with its briefing, 2 the latest stored PDF
    for kind, queries in (("report", 1), ("briefing", 2)):
        with django_assert_num_queries(queries):
            response = client.get(reverse(f"publishing:{kind}_pdf", args=[review.slug]))
        assert b"".join(response.streaming_content) == f"%PDF {kind}".encode()
    no_html.assert_not_called()


def test_a_stale_pdf_is_still_served_as_last_rendered(client, author, no_html):
    review = make_public_review(author=author)
    _store(f"report/{review.pk}", b"%PDF as last rendered")
    assert _stale() == {f"report/{review.pk}"}

    response = client.get(f"/reviews/{review.slug}/report.pdf")

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF as last rendered"


# --- Linked reports are found through the extensions ------------------------------------------


@pytest.mark.parametrize("links", [1, 10])
def test_linked_reviews_makes_two_queries(author, manager, django_assert_num_queries, links):
    review = make_public_review(author=author)
    for n in range(links):
        other = make_public_review(author=author)
        extended, linked = (review, other) if n % 2 else (other, review)
        display.extension_add(
            review=extended,
            by=manager,
            until=TODAY + datetime.timedelta(days=400),
            reason="Linked.",
            linked_review=linked,
            today=TODAY,
        )

    # 1 the ids through the extensions, 2 those public reviews
    with django_assert_num_queries(2):
        linked = catalogue.linked_reviews(review)
    assert len(linked) == links


def test_a_review_without_links_costs_one_query(author, django_assert_num_queries):
    review = make_public_review(author=author)
    make_public_review(author=author)
    with django_assert_num_queries(1):
        assert catalogue.linked_reviews(review) == []
