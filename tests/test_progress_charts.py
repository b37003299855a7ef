"""Progress at a glance: the action plan's progress on the report and the dashboard, and the
actions completed over time on the learning pages, as SVG charts with a text equivalent."""

from __future__ import annotations

import datetime
import re
from itertools import pairwise

import pytest
import time_machine
from django.urls import reverse

from publishing.services import catalogue, charts
from reviews.models import Action, Review

from .factories import TODAY, make_action, make_recommendation
from .public_helpers import at, complete, make_public_review

pytestmark = pytest.mark.django_db

PAST = TODAY - datetime.timedelta(days=10)
FUTURE = TODAY + datetime.timedelta(days=30)
SENTENCE = re.compile(
    r"(\d+) of (\d+) actions? completed, (\d+) in progress, (\d+) planned, (\d+) overdue\."
)


@pytest.fixture(autouse=True)
def _today():
    # The page works out "overdue" from today's date: freeze it at the factories' TODAY.
    with time_machine.travel(at(TODAY.year, TODAY.month, TODAY.day), tick=False):
        yield


def _mixed_plan(review: Review) -> None:
    """2 completed (one of them after its due date), 1 in progress, 1 planned, 2 overdue."""
    rec = make_recommendation(review, order=2)
    complete(make_action(rec, due_date=PAST), on=TODAY, impact="Late but done.")
    complete(make_action(rec, due_date=FUTURE), on=TODAY, impact="Done early.")
    make_action(rec, status=Action.Status.IN_PROGRESS, due_date=FUTURE)
    make_action(rec, status=Action.Status.IN_PROGRESS, due_date=PAST)
    make_action(rec, status=Action.Status.PLANNED, due_date=FUTURE)
    make_action(rec, status=Action.Status.PLANNED, due_date=PAST)


@pytest.fixture
def review(author):
    review = make_public_review(author=author, actions=0)
    _mixed_plan(review)
    return review


def _page(client, review: Review) -> str:
    response = client.get(reverse("publishing:review", args=[review.slug]))
    assert response.status_code == 200
    return response.content.decode()


def _svg(page: str, chart_id: str) -> str:
    match = re.search(
        rf'<svg class="chart-\w+" role="img" aria-labelledby="{chart_id}.*?</svg>', page, re.S
    )
    assert match, f"no chart {chart_id}"
    return match.group(0)


def test_it_counts_an_overdue_action_once(review):
    expected = charts.PlanStatus(completed=2, in_progress=1, planned=1, overdue=2)
    page_data = catalogue.with_page_data(Review.objects.filter(pk=review.pk)).get()

    assert charts.review_plan_status(page_data, today=TODAY) == expected
    assert charts.plan_status(reviews=Review.objects.filter(pk=review.pk), today=TODAY) == expected
    assert expected.total == 6


def test_the_bar_segments_keep_the_order_of_the_counts_and_fit():
    status = charts.PlanStatus(completed=200, in_progress=1, planned=0, overdue=3)
    bar = charts.status_bar(status)

    drawn = [s for s in bar.segments if s.count]
    assert [s.key for s in drawn] == ["completed", "in_progress", "overdue"]
    assert drawn[1].width >= charts.BAR_MIN and drawn[1].width < drawn[2].width < drawn[0].width
    assert drawn[-1].x + drawn[-1].width <= charts.BAR_WIDTH
    assert all(b.x - (a.x + a.width) >= charts.BAR_GAP - 0.01 for a, b in pairwise(drawn))


def test_the_report_shows_an_accessible_chart_stating_the_same_numbers(client, review):
    page = _page(client, review)
    svg = _svg(page, "plan-chart")

    assert 'aria-labelledby="plan-chart-title plan-chart-desc"' in svg
    assert '<title id="plan-chart-title">Progress of 6 actions, as a bar</title>' in svg
    assert (
        '<desc id="plan-chart-desc">Completed: 2. In progress: 1. Planned: 1. Overdue: 2.</desc>'
        in svg
    )
    assert SENTENCE.search(page).groups() == ("2", "6", "1", "1", "2")
    # the visible legend names every state with its count
    for label in ["Completed: 2", "In progress: 1", "Planned: 1", "Overdue: 2"]:
        assert label in page
    assert "<script" not in svg


def test_a_plan_without_actions_gets_a_sentence_not_a_chart(client, author):
    review = make_public_review(author=author, actions=0)

    page = _page(client, review)

    assert "This action plan has no actions yet" in page
    assert 'role="img"' not in page


def test_the_chart_pages_have_no_inline_style(client, review, author):
    other = make_public_review(author=author, actions=1)
    complete(other.recommendations.get().actions.get(), on=TODAY, impact="It helped.")
    pages = [_page(client, review), client.get(reverse("publishing:learning_list")).content]

    for page in pages:
        text = page if isinstance(page, str) else page.decode()
        assert 'role="img"' in text
        assert not re.search(r"\sstyle\s*=", text)
        assert "<style" not in text


def test_the_report_page_makes_no_more_queries_with_its_chart(
    client, review, django_assert_num_queries
):
    # the ten of tests/test_public_queries.py: the chart is drawn from the prefetched actions
    # (6 their actions with the owning agencies), so it adds none
    with django_assert_num_queries(10):
        _page(client, review)


def test_only_public_reviews_count_on_the_learning_chart(client, author):
    public = make_public_review(author=author, actions=2)
    first, second = public.recommendations.get().actions.all()
    complete(first, on=datetime.date(2026, 3, 5), impact="Referrals are shared the same day.")
    complete(second, on=datetime.date(2026, 9, 20), impact="Health visitors ask about adults.")
    draft = make_public_review(author=author, status=Review.Status.DRAFT, actions=1)
    complete(draft.recommendations.get().actions.get(), on=TODAY, impact="Not public yet.")

    chart = charts.completed_over_time(reviews=catalogue.public_reviews(), today=TODAY)
    page = client.get(reverse("publishing:learning_list")).content.decode()

    assert chart.total == 2 and chart.unit == "month"
    counts = {c.label: c.count for c in chart.columns}
    assert counts["March 2026"] == 1 and counts["September 2026"] == 1
    assert counts["November 2026"] == 0  # this month, where the draft's would have been
    assert [c.label for c in chart.columns][0] == "March 2026" and len(chart.columns) == 9
    svg = _svg(page, "completed-chart")
    assert "Actions completed per month, March 2026 to November 2026" in svg
    assert '<th scope="row">November 2026</th><td class="num">0</td>' in page
    assert "Agencies have completed 2 actions" in page


def test_the_learning_chart_groups_a_long_span_by_quarter():
    by_month = {datetime.date(2024, 2, 1): 3, datetime.date(2024, 3, 1): 1}

    chart = charts.column_chart(by_month | {datetime.date(2026, 10, 1): 5}, today=TODAY)

    assert chart.unit == "quarter"
    assert chart.columns[0].label == "January to March 2024" and chart.columns[0].count == 4
    assert chart.columns[-1].label == "October to December 2026" and chart.columns[-1].count == 5
    assert len(chart.columns) == 12
    assert [t.value for t in chart.ticks] == [0, 2, 4, 6]
    assert sum(1 for c in chart.columns if c.short) <= charts.AXIS_LABELS


def test_the_learning_chart_is_a_sentence_before_any_completion(client, author):
    make_public_review(author=author, actions=2)

    page = client.get(reverse("publishing:learning_list")).content.decode()

    assert "No action from the published reviews has been completed yet." in page
    assert 'role="img"' not in page


def test_the_learning_list_adds_one_query_for_its_chart(client, author, django_assert_num_queries):
    make_public_review(author=author, actions=3)
    # 1 the published summaries, 2 the completed actions of public reviews, by month
    with django_assert_num_queries(2):
        client.get(reverse("publishing:learning_list"))


def test_the_dashboard_shows_a_manager_the_plans_of_published_reviews(client, manager, review):
    draft = make_public_review(author=review.author, status=Review.Status.DRAFT, actions=3)
    assert draft.recommendations.get().actions.count() == 3
    client.force_login(manager)

    response = client.get(reverse("dashboard"))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Action plans of published reviews" in page
    svg = _svg(page, "dash-chart")
    assert "Progress of 6 actions" in svg  # the draft's three do not count
    assert SENTENCE.search(page).groups() == ("2", "6", "1", "1", "2")
    chart = page[page.index('<section class="progress-chart"') :]
    chart = chart[: chart.index("</section>")]
    assert not re.search(r"\sstyle\s*=", chart)
