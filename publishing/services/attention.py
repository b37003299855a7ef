"""The dashboard's two long lists, reports eligible for removal and reviews with overdue
actions, and the `Item` every category of the dashboard lists.

Both lists can run to thousands of reviews, so the database counts them and returns only the
rows listed and, for the daily alert, only the rows not yet alerted among the reviews changed
since its last pass (`among`): a dashboard, or a day with nothing new, builds a few items
however long the lists are. (The dashboard's database still scans the actions to count them,
so its counting grows with the collection; the daily alert's does not.)
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import (
    CharField,
    Count,
    Exists,
    Func,
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
    Window,
)
from django.db.models.functions import Cast, Concat
from django.urls import reverse

from reviews.models import Action, Restriction, Review

from ..models import Alert
from .display import removable

ELIGIBLE = "Eligible for removal"
OVERDUE = "Overdue actions"
OPEN = [Action.Status.PLANNED, Action.Status.IN_PROGRESS]
BRIEF = ("pk", "reference", "title", "status")  # all that an item of a long list shows
DIGEST = "digest:"  # + an item's key: the key of its daily alert, once sent


@dataclass(frozen=True, slots=True)
class Item:
    """One thing that needs attention, with its date; `key` makes its alert unique."""

    category: str
    review: Review | None  # None for what is about no one review (the summary of learning)
    text: str
    date: datetime.date | None
    key: str
    due: bool = True  # False for items that are information, not yet due (e.g. a date ahead)
    page: str = "admin:reviews_review_publication"  # the staff page that shows what it is about
    link: str = ""  # the staff page instead, when it is not one of the review's own pages
    name: str = ""  # what it is about, when that is not a review

    @property
    def url(self) -> str:
        if self.link or self.review is None:
            return self.link
        return reverse(self.page, args=[self.review.pk])

    @property
    def about(self) -> str:  # the review's reference, or the name of what it is about
        return self.name if self.review is None else self.review.reference


Found = tuple[list[Item], int]  # the items listed (at most the limit), and how many there are
Among = set[int] | None  # the ids of the reviews to look at (`display.reviews_changed`); None: all


def eligible(
    *, today: datetime.date, limit: int | None, untold: bool = False, among: Among = None
) -> Found:
    """Published reports that may be removed today (`display.removable`), the longest
    published first: the first `limit` (all with None) and how many. With `untold`, only
    those whose daily alert was not yet sent; with `among`, only those of these ids."""
    if among == set():
        return [], 0
    reviews = removable(today=today, among=among)
    if untold:
        reviews = _untold(reviews, "eligible:")
    return _listed(
        reviews.only(*BRIEF).order_by("published_at", "reference"),
        limit,
        lambda review: Item(
            ELIGIBLE, review, "May be removed from the website", None, f"eligible:{review.pk}"
        ),
    )


def overdue(
    *, today: datetime.date, limit: int | None, untold: bool = False, among: Among = None
) -> Found:
    """Reviews not removed with an open action due before today, by reference, each with how
    many: the first `limit` (all with None) and how many reviews. With `untold`, only those
    not alerted this month; with `among`, only those of these ids."""
    if among == set():
        return [], 0
    month = f":{today:%Y-%m}"  # reminded at most once a month
    if limit is None:  # every one: one grouped query reads each overdue action once
        reviews = Review.objects.filter(
            recommendations__actions__due_date__lt=today,
            recommendations__actions__status__in=OPEN,
        ).exclude(status=Review.Status.REMOVED)
        reviews = reviews if among is None else reviews.filter(pk__in=sorted(among))
        reviews = _untold(reviews, "overdue:", month) if untold else reviews
        counted = reviews.annotate(overdue=Count("recommendations__actions"))
        found = [_overdue(review, month) for review in counted.only(*BRIEF).order_by("reference")]
        return found, len(found)
    # The first few: the reviews in reference order, each checked until enough are found
    # (a grouped query would count every review's actions first), then the count.
    actions = Action.objects.filter(
        recommendation__review=OuterRef("pk"), due_date__lt=today, status__in=OPEN
    ).order_by()
    reviews = Review.objects.filter(Exists(actions)).exclude(status=Review.Status.REMOVED)
    reviews = reviews if among is None else reviews.filter(pk__in=sorted(among))
    reviews = _untold(reviews, "overdue:", month) if untold else reviews
    counted = actions.annotate(n=Func("pk", function="COUNT")).values("n")
    listed = reviews.annotate(overdue=Subquery(counted, output_field=IntegerField()))
    found = [
        _overdue(review, month) for review in listed.only(*BRIEF).order_by("reference")[:limit]
    ]
    return found, reviews.count()


def _overdue(review: Review, month: str) -> Item:
    return Item(
        OVERDUE,
        review,
        f"{review.overdue} overdue action{'s' if review.overdue > 1 else ''}",
        None,
        f"overdue:{review.pk}{month}",
        page="admin:reviews_review_action_plan",  # which marks each overdue action
    )


def _untold(reviews: QuerySet[Review], kind: str, suffix: str = "") -> QuerySet[Review]:
    """`reviews` without those whose item key (`kind`, the review's id, `suffix`) was sent in
    a daily alert: the database leaves them out, so none is read to be dropped."""
    key = Concat(Value(DIGEST + kind), Cast(OuterRef("pk"), CharField()), Value(suffix))
    return reviews.exclude(Exists(Alert.objects.filter(key=key)))


def _listed(reviews: QuerySet[Review], limit: int | None, item: Callable[[Review], Item]) -> Found:
    """The items of the first `limit` of `reviews` (all with None), and how many there are.
    With a limit, one query counts them all (a window over every row) and returns only the
    rows listed."""
    if limit is None:
        found = [item(review) for review in reviews]
        return found, len(found)
    if limit == 0:
        return [], reviews.count()
    rows = list(reviews.annotate(total=Window(Count("pk")))[:limit])
    return [item(review) for review in rows], rows[0].total if rows else 0


RESTRICTED_ON_SITE = "On the website with a restriction in force: withdraw now or lift it"


def restricted_on_site(today, now) -> list[Item]:
    """Published reports with a restriction in force: in every daily alert (the key holds the
    day) until the report is withdrawn or the restriction lifted."""
    restrictions = Restriction.objects.filter(
        lifted_on__isnull=True, review__status=Review.Status.PUBLISHED
    ).select_related("review")
    return [
        Item(
            RESTRICTED_ON_SITE,
            restriction.review,
            f"{restriction.get_kind_display()} since {restriction.started_on:%-d %b %Y}, "
            "and the report is still on the website",
            restriction.started_on,
            f"restricted-on-site:{restriction.pk}:{today}",
        )
        for restriction in restrictions.order_by("started_on", "pk")
    ]
