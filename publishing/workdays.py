"""Working days in England: the calendar behind every "N working days" rule.

A working day is a Monday to Friday that is neither a bank holiday in England nor a
`NonWorkingDay` a manager recorded in the admin. Bank holidays come from the `holidays`
package (England, observed days included): Christmas Day, Good Friday, substitute days, and
one-off days such as the State Funeral (19 Sep 2022) and the Coronation (8 May 2023).

The functions take calendar dates in Europe/London, the project's TIME_ZONE: turn an aware
datetime into one with `timezone.localdate(value)` first. Each public function reads the
`NonWorkingDay` table once (one query at most), however many days it walks.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass

import holidays

ONE_DAY = datetime.timedelta(days=1)
SATURDAY = 5  # date.weekday(): Monday is 0


@functools.cache
def _bank_holidays(year: int) -> frozenset[datetime.date]:
    """Bank holidays in England in `year`, substitute (observed) days included."""
    # Cached for the life of the process: the package's data only changes when we upgrade it.
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


@dataclass(frozen=True)
class _Calendar:
    """The working-day calendar at one moment: the managers' extra days, loaded once."""

    extra_days: frozenset[datetime.date]

    def is_working_day(self, day: datetime.date) -> bool:
        return (
            day.weekday() < SATURDAY
            and day not in _bank_holidays(day.year)
            and day not in self.extra_days
        )


def _calendar() -> _Calendar:
    """Snapshot the calendar with one query, so that a walk over many days makes no more."""
    # Imported here, not at the top: models modules may import the rules built on this one.
    from .models import NonWorkingDay

    # The whole table: a few rows a decade, cheaper than working out the range to filter on.
    return _Calendar(frozenset(NonWorkingDay.objects.values_list("date", flat=True)))


def _require_date(value: datetime.date) -> None:
    # A datetime is a date too, but never equals one: it would slip past every holiday check.
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise TypeError(
            f"Expected a date, got {value!r}; use timezone.localdate() to turn a datetime "
            "into a Europe/London date."
        )


def is_working_day(d: datetime.date) -> bool:
    """True when `d` is a weekday, not a bank holiday in England, and not a `NonWorkingDay`."""
    _require_date(d)
    return _calendar().is_working_day(d)


def add_working_days(d: datetime.date, n: int) -> datetime.date:
    """The date `n` working days after `d`.

    Counting starts on the day after `d`, so a notice sent on a Saturday or a bank holiday counts
    from the next working day; `d` itself never counts. `n == 0` returns `d` unchanged, even
    when it is not a working day. Raises ValueError for a negative `n`: no rule counts back.
    """
    _require_date(d)
    if n < 0:
        raise ValueError(f"add_working_days counts forwards only: n must be 0 or more, not {n}.")
    if n == 0:
        return d
    calendar = _calendar()
    day, remaining = d, n
    while remaining:
        day += ONE_DAY
        if calendar.is_working_day(day):
            remaining -= 1
    return day


def working_days_between(a: datetime.date, b: datetime.date) -> int:
    """The number of working days after `a` up to and including `b`; 0 when `b <= a`.

    The inverse of `add_working_days`: `working_days_between(a, add_working_days(a, n)) == n`.
    """
    _require_date(a)
    _require_date(b)
    if b <= a:
        return 0
    calendar = _calendar()
    days = (a + ONE_DAY * offset for offset in range(1, (b - a).days + 1))
    return sum(1 for day in days if calendar.is_working_day(day))
