"""A published report stays up for 12 months and until every action is complete; extensions
keep it longer; removal is refused until then and keeps the record."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from publishing import rules
from publishing.services import alerts, common, display
from reviews.models import Action, Review

from .factories import make_action, make_recommendation, make_review, make_user

pytestmark = pytest.mark.django_db

PUBLISHED = timezone.make_aware(datetime.datetime(2025, 11, 20, 9, 30))
YEAR_LATER = datetime.date(2026, 11, 20)


@pytest.fixture
def published(author):
    review = make_review(author=author, status=Review.Status.PUBLISHED, published_at=PUBLISHED)
    make_action(
        make_recommendation(review),
        status=Action.Status.COMPLETED,
        completed_on=datetime.date(2026, 3, 1),
        impact="Audit found every strategy discussion now includes health.",
    )
    return review


def moment(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def test_it_stays_until_twelve_months_after_publication(published):
    until = display.on_site_until(published, today=datetime.date(2026, 1, 1))
    assert (until.date, until.pending_actions) == (YEAR_LATER, False)


def test_removal_is_refused_before_twelve_months(published, manager):
    with pytest.raises(common.TransitionError, match="until Friday 20 November 2026"):
        display.review_remove(
            review=published, by=manager, now=moment(YEAR_LATER - datetime.timedelta(days=1))
        )

    published.refresh_from_db()
    assert published.status == Review.Status.PUBLISHED


def test_removal_is_refused_while_an_action_is_open(published, manager):
    make_action(published.recommendations.get(), status=Action.Status.IN_PROGRESS)

    with pytest.raises(common.TransitionError, match="1 action is not completed"):
        display.review_remove(review=published, by=manager, now=moment(YEAR_LATER))
    assert display.on_site_until(published, today=YEAR_LATER).pending_actions


def test_removal_is_refused_during_an_extension(published, manager, author):
    later = make_review(author=author, status=Review.Status.PUBLISHED, published_at=PUBLISHED)
    display.extension_add(
        review=published,
        by=manager,
        until=datetime.date(2027, 3, 31),
        reason="A later review shares its learning on neglect.",
        linked_review=later,
        today=datetime.date(2026, 10, 1),
    )

    with pytest.raises(common.TransitionError, match="extended until Wednesday 31 March 2027"):
        display.review_remove(review=published, by=manager, now=moment(YEAR_LATER))
    assert display.on_site_until(published, today=YEAR_LATER).date == datetime.date(2027, 3, 31)


def test_extension_input_is_checked(published, manager):
    base = dict(review=published, by=manager, linked_review=None, today=YEAR_LATER)
    with pytest.raises(common.TransitionError, match="must end after today"):
        display.extension_add(**base, until=YEAR_LATER, reason="x")
    with pytest.raises(common.TransitionError, match="Give the reason"):
        display.extension_add(**base, until=datetime.date(2027, 1, 1), reason=" ")
    with pytest.raises(common.TransitionError, match="linked to itself"):
        display.extension_add(
            **{**base, "linked_review": published}, until=datetime.date(2027, 1, 1), reason="x"
        )


def test_once_eligible_a_manager_removes_it_and_the_record_stays(published, manager):
    display.review_remove(review=published, by=manager, now=moment(YEAR_LATER))

    published.refresh_from_db()
    assert published.status == Review.Status.REMOVED
    assert published.removed_at == moment(YEAR_LATER)
    assert published.recommendations.get().actions.count() == 1  # nothing is deleted with it
    assert Review.objects.filter(pk=published.pk).exists()
    assert published.history.first().history_change_reason == "Removed from the website"


def test_removal_is_for_managers_only(published, author):
    with pytest.raises(common.TransitionError, match="Only partnership managers"):
        display.review_remove(review=published, by=author, now=moment(YEAR_LATER))


def test_the_daily_sweep_tells_managers_once_and_never_removes(published):
    make_user("boss", role="Partnership manager", email="boss@example.org")

    first = display.removal_sweep(today=YEAR_LATER)
    second = display.removal_sweep(today=YEAR_LATER)

    assert (first, second) == ([published.pk], [])
    assert [m.subject for m in mail.outbox] == [f"Eligible for removal: {published.reference}"]
    published.refresh_from_db()
    assert published.status == Review.Status.PUBLISHED


def test_a_sweep_with_nothing_new_reads_no_review_however_many_are_eligible(
    published, django_assert_max_num_queries
):
    later = timezone.now() + datetime.timedelta(days=1)  # every change is older than a day
    with time_machine.travel(later, tick=False):
        today = timezone.localdate()
        display.removal_sweep(today=today)  # the first pass reads every review

        assert display.eligible_for_removal(today=today, untold=True) == []
        assert display.eligible_for_removal(today=today) == [published]  # the dashboard's list
    # (SQLite: a savepoint and its release; PostgreSQL: the open transactions), where the
    # last pass began, the reviews changed since (none), and this pass recorded
    with (
        time_machine.travel(later + datetime.timedelta(days=1), tick=False),
        django_assert_max_num_queries(5),
    ):
        assert display.removal_sweep(today=today + datetime.timedelta(days=1)) == []


def test_29_february_publication_stays_until_28_february(author):
    leap = timezone.make_aware(datetime.datetime(2028, 2, 29, 10))
    review = make_review(author=author, status=Review.Status.PUBLISHED, published_at=leap)

    assert display.on_site_until(review, today=datetime.date(2028, 3, 1)).date == datetime.date(
        2029, 2, 28
    )


@pytest.mark.parametrize(
    ("published_on", "today", "candidate"),
    [
        (datetime.date(2025, 11, 20), datetime.date(2026, 11, 19), False),
        (datetime.date(2025, 11, 20), datetime.date(2026, 11, 20), True),
        (datetime.date(2024, 2, 29), datetime.date(2025, 2, 28), True),
        (datetime.date(2023, 3, 1), datetime.date(2024, 2, 29), False),  # 12 months end 1 Mar
    ],
)
def test_eligible_for_removal_agrees_with_the_rule_for_one_review(
    author, published_on, today, candidate
):
    review = make_review(
        author=author, status=Review.Status.PUBLISHED, published_at=moment(published_on)
    )

    found = review in display.eligible_for_removal(today=today)

    assert found == candidate
    assert found == (display.removal_problems(review, today=today) == [])


def test_the_dashboard_checks_removal_in_a_fixed_number_of_queries(
    author, django_assert_max_num_queries
):
    old = moment(datetime.date(2024, 1, 10))
    for _ in range(6):  # old enough, but each with an open action: not candidates
        review = make_review(author=author, status=Review.Status.PUBLISHED, published_at=old)
        make_action(make_recommendation(review))

    eligible = make_review(author=author, status=Review.Status.PUBLISHED, published_at=old)

    # one query, however many reviews are old enough (the dashboard's count: one more)
    with django_assert_max_num_queries(1):
        items, total = alerts._eligible(YEAR_LATER, moment(YEAR_LATER), None)
    assert [item.review for item in items] == [eligible] and total == 1
    with django_assert_max_num_queries(2):
        items, total = alerts._eligible(YEAR_LATER, moment(YEAR_LATER), 25)
    assert [item.review for item in items] == [eligible] and total == 1


@pytest.mark.parametrize("today", [datetime.date(2025, 2, 28), datetime.date(2028, 2, 29)])
def test_the_removable_query_draws_the_line_on_the_rules_day(author, today):
    """Each publication day from 400 days before: eligible exactly when the rule says so."""
    days = [today - datetime.timedelta(days=n) for n in range(360, 400)]
    reviews = {
        day: make_review(
            author=author,
            reference=f"NEL-{day:%Y-%m%d}",
            status=Review.Status.PUBLISHED,
            published_at=moment(day),
        )
        for day in days
    }
    found = set(display.removable(today=today))
    for day, review in reviews.items():
        assert (review in found) == (rules.minimum_display_until(day) <= today), day
