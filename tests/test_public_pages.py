"""The public pages: home, the list with search and filters, a report, its briefing, 410 pages."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.urls import reverse

from reviews.models import Agency, Review

from .factories import make_action, make_recommendation
from .public_helpers import at, complete, make_briefing, make_public_review

pytestmark = pytest.mark.django_db


def test_it_lists_the_latest_reports_on_the_home_page_with_a_search_box(client, author):
    make_public_review(author=author, title="Learning about bruising in babies")

    page = client.get(reverse("publishing:home")).content.decode()

    assert "Learning about bruising in babies" in page
    assert 'role="search"' in page and 'name="q"' in page
    assert "Exit this page" in page and 'href="#main"' in page


def test_it_searches_every_word_across_the_report(client, author):
    wanted = make_public_review(author=author, title="Bruising in a baby who cannot crawl")
    make_public_review(author=author, title="Bruising in an older child")
    make_action(
        make_recommendation(wanted, order=2, text="Use the protocol."),
        description="Train staff to refer every non-mobile infant with a bruise.",
    )

    page = client.get(reverse("publishing:reviews"), {"q": "BRUISING non-mobile"})

    assert page.context["page"].paginator.count == 1
    assert "Bruising in a baby who cannot crawl" in page.content.decode()
    assert "1 report found" in page.content.decode()


def test_it_does_not_find_improvements_only_reports_by_their_unpublished_text(client, author):
    make_public_review(
        author=author,
        publication_mode=Review.Mode.IMPROVEMENTS_ONLY,
        what_happened="A detail only the full report holds: zanzibar.",
    )

    page = client.get(reverse("publishing:reviews"), {"q": "zanzibar"})

    assert page.context["page"].paginator.count == 0


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"theme": "neglect"}, {"A"}),
        ({"year": "2025"}, {"B"}),
        ({"age_band": "under_1"}, {"B"}),
        ({"review_type": "thematic"}, {"B"}),
        ({"harm": "death"}, {"A"}),
        ({"theme": "neglect", "year": "2025"}, set()),
    ],
)
def test_it_filters_by_theme_year_age_type_and_harm(client, author, params, expected):
    make_public_review(author=author, title="Report A", themes=["neglect"], harm=Review.Harm.DEATH)
    make_public_review(
        author=author,
        title="Report B",
        published=at(2025, 3, 3),
        age_band=Review.AgeBand.UNDER_1,
        review_type=Review.ReviewType.THEMATIC,
    )

    page = client.get(reverse("publishing:reviews"), params)

    titles = {review.title[-1] for review in page.context["page"].object_list}
    assert titles == expected


def test_a_bad_filter_value_is_shown_as_an_error_and_the_others_still_apply(client, author):
    make_public_review(author=author, title="Wanted report")
    make_public_review(author=author, title="Other report")

    page = client.get(reverse("publishing:reviews"), {"q": "wanted", "year": "1066", "page": "x<>"})

    assert page.status_code == 200
    assert page.context["page"].paginator.count == 1
    assert "Some filters could not be used" in page.content.decode()


def test_it_paginates_ten_a_page_keeping_the_filters(client, author):
    for _ in range(12):
        make_public_review(author=author, themes=["neglect"])

    first = client.get(reverse("publishing:reviews"), {"theme": "neglect"}).content.decode()
    second = client.get(reverse("publishing:reviews"), {"theme": "neglect", "page": 2})

    assert "12 reports found, showing 1 to 10" in first
    assert "?theme=neglect&amp;page=2" in first
    assert len(second.context["page"].object_list) == 2


@time_machine.travel(at(2026, 11, 27), tick=False)
def test_a_report_shows_everything_a_reader_needs(client, author):
    review = make_public_review(
        author=author, published=at(2026, 3, 10), reviewer_name="Dr Jane Reviewer"
    )
    action = review.recommendations.get().actions.get()
    complete(action, on=datetime.date(2026, 9, 1), impact="Referrals now arrive within a day.")
    make_action(review.recommendations.get(), agency=Agency.objects.get(slug="school"))

    page = client.get(reverse("publishing:review", args=[review.slug])).content.decode()

    for text in [
        "Content warning",
        "Childline on 0800 1111",
        review.summary,
        "Contents",
        "What happened",
        "Practice issues and analysis",
        "Nobody saw the whole picture",
        "Agencies should meet monthly to share concerns.",
        "1 of 2 actions completed",
        "Referrals now arrive within a day.",
        "Schools",
        "Published 10 March 2026",
        "On this site until at least 10 March 2027, and for as long as actions are still open",
        "Dr Jane Reviewer",
        reverse("publishing:report_pdf", args=[review.slug]),
    ]:
        assert text in page, text


def test_a_report_without_a_content_warning_shows_none(client, author):
    review = make_public_review(author=author, content_warning=False)

    page = client.get(reverse("publishing:review", args=[review.slug])).content.decode()

    assert "Content warning" not in page


def test_improvements_only_shows_findings_and_actions_and_says_why(client, author):
    review = make_public_review(
        author=author,
        publication_mode=Review.Mode.IMPROVEMENTS_ONLY,
        what_happened="The full story that stays unpublished.",
    )

    page = client.get(reverse("publishing:review", args=[review.slug])).content.decode()

    assert "Why the full report is not published" in page
    assert "Nobody saw the whole picture" in page
    assert "Set up a monthly multi-agency meeting" in page
    assert "The full story that stays unpublished." not in page
    assert "What happened" not in page


def test_the_briefing_has_its_four_parts_and_links_to_its_pdf(client, author):
    review = make_public_review(author=author)
    make_briefing(review)

    report = client.get(reverse("publishing:review", args=[review.slug])).content.decode()
    page = client.get(reverse("publishing:briefing", args=[review.slug])).content.decode()

    assert reverse("publishing:briefing", args=[review.slug]) in report
    for text in [
        "The case in brief",
        "A baby was seriously injured at home.",
        "Key learning",
        "<li>Ask who else lives at home.</li>",
        "What has changed",
        "Questions to reflect on",
        "<li>How do you know?</li>",
        reverse("publishing:briefing_pdf", args=[review.slug]),
    ]:
        assert text in page, text


def test_a_report_without_a_briefing_has_no_briefing_page(client, author):
    review = make_public_review(author=author)

    assert client.get(reverse("publishing:briefing", args=[review.slug])).status_code == 404
    assert client.get(reverse("publishing:briefing_pdf", args=[review.slug])).status_code == 404


def test_a_removed_report_answers_410_with_the_dates_and_a_request_link(client, author):
    review = make_public_review(
        author=author,
        status=Review.Status.REMOVED,
        published=at(2024, 2, 1),
        removed_at=at(2026, 3, 4),
        themes=["neglect"],
    )

    for name in ["review", "report_pdf", "briefing"]:
        response = client.get(reverse(f"publishing:{name}", args=[review.slug]))
        assert response.status_code == 410
    page = response.content.decode()
    assert "published on 1 February 2024 and removed on 4 March 2026" in page
    assert f"{reverse('publishing:request_new')}?review={review.slug}" in page
    assert "Nobody saw the whole picture" not in page


def test_the_removed_list_shows_titles_dates_and_themes(client, author):
    make_public_review(
        author=author,
        title="An older report",
        status=Review.Status.REMOVED,
        published=at(2024, 2, 1),
        removed_at=at(2026, 3, 4),
        themes=["neglect"],
    )
    make_public_review(author=author, title="A current report")

    page = client.get(reverse("publishing:removed")).content.decode()

    assert "An older report" in page and "Removed 4 March 2026" in page and "Neglect" in page
    assert "A current report" not in page


def test_the_accessibility_statement_names_the_partnership_and_its_contacts(client, settings):
    settings.PARTNERSHIP_EMAIL = "help@partnership.example"

    page = client.get(reverse("publishing:accessibility")).content.decode()

    assert "WCAG" in page and "help@partnership.example" in page


def test_the_healthz_url_still_answers(client):
    assert client.get(reverse("publishing:healthz")).status_code == 200


@time_machine.travel(at(2026, 11, 27), tick=False)
def test_an_extension_moves_the_date_and_links_the_later_review(client, author, manager):
    from publishing.models import Extension

    review = make_public_review(author=author, published=at(2026, 3, 10))
    later = make_public_review(author=author, title="A later review with similar learning")
    hidden = make_public_review(author=author, status=Review.Status.DRAFT, title="Draft link")
    for linked in (later, hidden):
        Extension.objects.create(
            review=review,
            until=datetime.date(2027, 9, 30),
            reason="Similar learning",
            linked_review=linked,
            created_by=manager,
            created_at=at(2026, 11, 1),
        )

    page = client.get(reverse("publishing:review", args=[review.slug])).content.decode()
    back = client.get(reverse("publishing:review", args=[later.slug])).content.decode()

    assert "On this site until at least 30 September 2027" in page
    assert "A later review with similar learning" in page
    assert "Draft link" not in page
    assert review.title in back  # the later review links back
