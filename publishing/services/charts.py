"""Progress at a glance: the counts behind the action-plan charts, and their SVG geometry.

Two charts, drawn by templates from what is computed here (no script, no inline style: every
size is an SVG attribute):
- a horizontal stacked bar of an action plan's progress (completed, in progress, planned,
  overdue), for one report from its prefetched actions, or for many reviews in one query;
- columns of the actions completed per month or quarter, for the reviews given, in one query.

Which reviews count is the caller's choice (`catalogue.public_reviews()` on the public pages):
this module reads the actions only.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth

from reviews.models import Action, Review

# --- The action plan's progress: a stacked bar ------------------------------------------------

BAR_WIDTH = 400  # the bar's viewBox, in SVG units; CSS scales it to the page
BAR_HEIGHT = 32
BAR_GAP = 4  # white space between segments, so no two colours touch
BAR_MIN = 6  # a segment of one action among hundreds stays visible
# Each at least 4.5:1 against white; the segments never touch, and each has its own pattern
COLOURS = {
    "completed": "#00703c",
    "in_progress": "#1d70b8",
    "planned": "#505a5f",
    "overdue": "#d4351c",
}


@dataclass(frozen=True)
class PlanStatus:
    """How many actions are in each state. An overdue action (not completed, due before today)
    counts as overdue only, never also as planned or in progress: the four add up to the total."""

    completed: int
    in_progress: int
    planned: int
    overdue: int

    @property
    def total(self) -> int:
        return self.completed + self.in_progress + self.planned + self.overdue

    def __str__(self) -> str:
        noun = "action" if self.total == 1 else "actions"
        return (
            f"{self.completed} of {self.total} {noun} completed, {self.in_progress} in progress, "
            f"{self.planned} planned, {self.overdue} overdue"
        )


@dataclass(frozen=True)
class Segment:
    key: str  # completed, in_progress, planned or overdue: the template's pattern
    label: str
    count: int
    x: float
    width: float  # 0 when count is 0: the template draws no rectangle

    @property
    def colour(self) -> str:
        return COLOURS[self.key]


@dataclass(frozen=True)
class StatusBar:
    status: PlanStatus
    segments: list[Segment]
    width: int = BAR_WIDTH
    height: int = BAR_HEIGHT


def plan_status_of(actions: Iterable[Action], *, today: datetime.date) -> PlanStatus:
    """The counts for `actions` already in memory (a report page's prefetched plan: no query)."""
    counts = dict.fromkeys(("completed", "in_progress", "planned", "overdue"), 0)
    for action in actions:
        counts["overdue" if action.is_overdue(today) else action.status] += 1
    return PlanStatus(**counts)


def review_plan_status(review: Review, *, today: datetime.date) -> PlanStatus:
    """The counts for one review's plan, from `review.recommendations` and their actions
    (prefetched by `catalogue.with_page_data`, so no query)."""
    actions = (action for rec in review.recommendations.all() for action in rec.actions.all())
    return plan_status_of(actions, today=today)


def plan_status(*, reviews: QuerySet[Review], today: datetime.date) -> PlanStatus:
    """The counts summed over the actions of `reviews`, in one aggregate query."""
    overdue = Action.overdue_q(today)
    counts = Action.objects.filter(recommendation__review__in=reviews).aggregate(
        completed=Count("pk", filter=Q(status=Action.Status.COMPLETED)),
        in_progress=Count("pk", filter=Q(status=Action.Status.IN_PROGRESS) & ~overdue),
        planned=Count("pk", filter=Q(status=Action.Status.PLANNED) & ~overdue),
        overdue=Count("pk", filter=overdue),
    )
    return PlanStatus(**counts)


def status_bar(status: PlanStatus) -> StatusBar | None:
    """The bar's segments, left to right, or None when there is no action to draw.

    Each segment drawn gets `BAR_MIN` first, then its share of the rest, so the widths keep
    the order of the counts and the smallest stays visible.
    """
    if not status.total:
        return None
    parts = [
        ("completed", "Completed", status.completed),
        ("in_progress", "In progress", status.in_progress),
        ("planned", "Planned", status.planned),
        ("overdue", "Overdue", status.overdue),
    ]
    drawn = sum(1 for _, _, count in parts if count)
    # 1 unit of margin each side, for the outline drawn across each segment's edge
    spare = BAR_WIDTH - 2 - BAR_GAP * (drawn - 1) - BAR_MIN * drawn
    segments, x = [], 1.0
    for key, label, count in parts:
        width = round(BAR_MIN + spare * count / status.total, 2) if count else 0
        segments.append(Segment(key, label, count, round(x, 2), width))
        if count:
            x += width + BAR_GAP
    return StatusBar(status, segments)


# --- Actions completed over time: columns ----------------------------------------------------

CHART_WIDTH = 640
CHART_HEIGHT = 260
# the plot area inside the chart; the right margin holds half of the last period's label
PLOT_LEFT, PLOT_RIGHT, PLOT_TOP, PLOT_BOTTOM = 44, 40, 24, 224
MONTHLY_UP_TO = 24  # months; a longer span is shown by quarter (at least 9 columns)
AXIS_LABELS = 6  # at most, so the period labels never overlap
VALUE_LABELS_UP_TO = 12  # columns; with more, each count is read from the axis or the table
MONTHS = "January February March April May June July August September October November December"
MONTH_NAMES = MONTHS.split()


@dataclass(frozen=True)
class Column:
    label: str  # the table's: "January 2026", "January to March 2026"
    short: str  # the axis's: "Jan 2026", "Jan–Mar 2026"; "" where the axis shows no label
    count: int
    x: float
    y: float
    width: float
    height: float
    centre: float


@dataclass(frozen=True)
class Tick:
    value: int
    y: float


@dataclass(frozen=True)
class ColumnChart:
    unit: str  # "month" or "quarter"
    columns: list[Column]
    ticks: list[Tick]
    total: int
    value_labels: bool
    width: int = CHART_WIDTH
    height: int = CHART_HEIGHT
    left: int = PLOT_LEFT
    right: int = CHART_WIDTH - PLOT_RIGHT
    baseline: int = PLOT_BOTTOM

    @property
    def busiest(self) -> Column:
        """The first of the periods with the most completions."""
        return max(self.columns, key=lambda column: column.count)

    @property
    def span(self) -> str:
        return f"{self.columns[0].label} to {self.columns[-1].label}"


def completions_by_month(*, reviews: QuerySet[Review]) -> dict[datetime.date, int]:
    """Completed actions of `reviews` per month of `completed_on` (first of the month as key),
    in one query grouped by the database."""
    rows = (
        Action.objects.filter(
            recommendation__review__in=reviews,
            status=Action.Status.COMPLETED,
            completed_on__isnull=False,
        )
        .annotate(month=TruncMonth("completed_on"))
        .values_list("month")
        .annotate(n=Count("pk"))
        .order_by("month")
    )
    return dict(rows)


def completed_over_time(*, reviews: QuerySet[Review], today: datetime.date) -> ColumnChart | None:
    """Columns of the actions of `reviews` completed per period, from the first completion to
    today (or a later recorded completion), or None when no action is completed yet."""
    return column_chart(completions_by_month(reviews=reviews), today=today)


def column_chart(by_month: dict[datetime.date, int], *, today: datetime.date) -> ColumnChart | None:
    """The chart of `by_month`, by month over up to 24 months, else by quarter; every period
    of the span has its column, a period with no completion one of height 0."""
    if not by_month:
        return None
    first = _month_index(min(by_month))
    last = max(_month_index(max(by_month)), _month_index(today))
    if last - first + 1 <= MONTHLY_UP_TO:
        unit, periods = "month", [(m, m) for m in range(first, last + 1)]
    else:
        unit = "quarter"
        periods = [(q, q + 2) for q in range(first - first % 3, last + 1, 3)]
    counts = {_month_index(month): n for month, n in by_month.items()}
    totals = [sum(counts.get(m, 0) for m in range(start, end + 1)) for start, end in periods]
    top, step = _axis_top(max(totals))
    return ColumnChart(
        unit=unit,
        columns=_columns(periods, totals, top),
        ticks=[Tick(v, _y(v, top)) for v in range(0, top + 1, step)],
        total=sum(totals),
        value_labels=len(periods) <= VALUE_LABELS_UP_TO,
    )


def _columns(periods: list[tuple[int, int]], totals: list[int], top: int) -> list[Column]:
    band = (CHART_WIDTH - PLOT_RIGHT - PLOT_LEFT) / len(periods)
    width = min(band * 0.6, 48)
    every = math.ceil(len(periods) / AXIS_LABELS)
    columns = []
    for i, ((start, end), count) in enumerate(zip(periods, totals, strict=True)):
        label, short = _period_names(start, end)
        y = _y(count, top)
        columns.append(
            Column(
                label=label,
                short=short if i % every == 0 else "",
                count=count,
                x=round(PLOT_LEFT + i * band + (band - width) / 2, 2),
                y=y,
                width=round(width, 2),
                height=round(PLOT_BOTTOM - y, 2),
                centre=round(PLOT_LEFT + (i + 0.5) * band, 2),
            )
        )
    return columns


def _axis_top(highest: int) -> tuple[int, int]:
    """The axis's top value and its step: a step of 1, 2 or 5 times a power of ten, so that
    at most four steps reach `highest`."""
    rough = max(highest / 4, 1)
    power = 10 ** math.floor(math.log10(rough))
    step = next(n * power for n in (1, 2, 5, 10) if n * power >= rough)
    return step * max(math.ceil(highest / step), 1), step


def _y(value: int, top: int) -> float:
    return round(PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * value / top, 2)


def _month_index(day: datetime.date) -> int:
    return day.year * 12 + day.month - 1


def _period_names(start: int, end: int) -> tuple[str, str]:
    year, first, last = start // 12, MONTH_NAMES[start % 12], MONTH_NAMES[end % 12]
    if start == end:
        return f"{first} {year}", f"{first[:3]} {year}"
    return f"{first} to {last} {year}", f"{first[:3]}–{last[:3]} {year}"
