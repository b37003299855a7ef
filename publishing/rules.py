"""Date rules of the publication policy: the notice period and the minimum display."""

from __future__ import annotations

import datetime

from .workdays import add_working_days

# Ofsted, the DfE and the National Panel get the report at least this many working days ahead.
NOTICE_WORKING_DAYS = 7


def earliest_publication_date(notice_sent_on: datetime.date) -> datetime.date:
    """The first date a review may be published: the 7th working day after its notice was sent.

    A notice sent on a weekend or a bank holiday counts from the next working day.
    """
    return add_working_days(notice_sent_on, NOTICE_WORKING_DAYS)


def minimum_display_until(published_on: datetime.date) -> datetime.date:
    """The date 12 calendar months after `published_on`: the report stays up at least until then.

    A report published on 29 February gets 28 February of the next year.
    """
    try:
        return published_on.replace(year=published_on.year + 1)
    except ValueError:
        # Only 29 February has no twin a year later; that month ends on the 28th.
        return published_on.replace(year=published_on.year + 1, day=28)
