"""The notice period (7 working days) and the minimum display (12 months) as dates."""

from datetime import date

import pytest

from publishing.models import NonWorkingDay
from publishing.rules import NOTICE_WORKING_DAYS, earliest_publication_date, minimum_display_until

pytestmark = pytest.mark.django_db


def test_it_gives_seven_working_days_notice():
    assert NOTICE_WORKING_DAYS == 7


def test_it_allows_publication_on_the_seventh_working_day_after_a_plain_notice():
    # DOMAIN.md worked example: plain weeks.
    assert earliest_publication_date(date(2026, 11, 27)) == date(2026, 12, 8)


def test_it_skips_the_state_funeral_of_2022():
    # DOMAIN.md worked example: Mon 19 Sep 2022 was not a working day.
    assert earliest_publication_date(date(2022, 9, 12)) == date(2022, 9, 22)


def test_it_skips_the_coronation_of_2023():
    # Wed 3, Thu 4, Fri 5, (Mon 8 Coronation), Tue 9, Wed 10, Thu 11, Fri 12 May.
    assert earliest_publication_date(date(2023, 5, 2)) == date(2023, 5, 12)


def test_it_skips_christmas_and_new_year_from_the_week_before():
    # Tue 22 to Thu 24 Dec, (Fri 25, Mon 28 for Boxing Day), Tue 29 to Thu 31, (Fri 1), Mon 4 Jan.
    assert earliest_publication_date(date(2026, 12, 21)) == date(2027, 1, 4)


def test_it_skips_christmas_and_new_year_from_the_day_before_christmas_eve():
    # Thu 24 Dec, Tue 29 to Thu 31 Dec, (Fri 1 Jan), Mon 4 to Wed 6 Jan.
    assert earliest_publication_date(date(2026, 12, 23)) == date(2027, 1, 6)


def test_it_skips_both_substitute_days_when_christmas_falls_at_a_weekend():
    # 2027: Christmas on a Saturday, so Mon 27 and Tue 28 Dec are off; New Year's Day on a
    # Saturday, so Mon 3 Jan 2028 is off. Wed 29 to Fri 31 Dec, then Tue 4 to Fri 7 Jan.
    assert earliest_publication_date(date(2027, 12, 24)) == date(2028, 1, 7)


def test_it_skips_good_friday_and_easter_monday():
    # (Fri 26 Mar, Mon 29 Mar 2027), Tue 30 Mar to Fri 2 Apr, Mon 5 to Wed 7 Apr.
    assert earliest_publication_date(date(2027, 3, 25)) == date(2027, 4, 7)


def test_it_counts_a_notice_sent_on_a_saturday_from_the_monday():
    # Sent a day after Friday's notice, yet the same date as the Friday worked example.
    assert earliest_publication_date(date(2026, 11, 28)) == date(2026, 12, 8)


def test_it_counts_a_notice_sent_on_a_bank_holiday_from_the_next_working_day():
    # Sent on Good Friday 2027: the same date as a notice sent on Maundy Thursday.
    assert earliest_publication_date(date(2027, 3, 26)) == date(2027, 4, 7)


def test_it_moves_publication_back_a_day_for_a_recorded_non_working_day():
    NonWorkingDay.objects.create(date=date(2026, 12, 3), name="Bank holiday for a royal event")

    assert earliest_publication_date(date(2026, 11, 27)) == date(2026, 12, 9)


def test_it_restores_the_date_once_the_non_working_day_is_removed():
    extra = NonWorkingDay.objects.create(date=date(2026, 12, 3), name="Entered by mistake")
    assert earliest_publication_date(date(2026, 11, 27)) == date(2026, 12, 9)

    extra.delete()

    assert earliest_publication_date(date(2026, 11, 27)) == date(2026, 12, 8)


def test_it_keeps_a_report_on_display_for_twelve_calendar_months():
    assert minimum_display_until(date(2026, 1, 15)) == date(2027, 1, 15)


def test_it_keeps_a_report_published_on_29_february_until_28_february():
    assert minimum_display_until(date(2028, 2, 29)) == date(2029, 2, 28)


def test_it_keeps_a_report_published_on_new_years_eve_until_the_next_one():
    assert minimum_display_until(date(2026, 12, 31)) == date(2027, 12, 31)
