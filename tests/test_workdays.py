"""Working days in England: weekends, bank holidays and the managers' extra days off."""

from datetime import date, datetime, timedelta

import pytest
from django.urls import reverse

from publishing.models import NonWorkingDay
from publishing.workdays import add_working_days, is_working_day, working_days_between

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "day",
    [
        date(2022, 9, 19),  # State Funeral of Queen Elizabeth II (one-off)
        date(2023, 5, 8),  # Coronation of King Charles III (one-off)
        date(2026, 12, 25),  # Christmas Day, a Friday
        date(2026, 12, 28),  # Boxing Day (Saturday 26th) moved to the Monday
        date(2027, 3, 26),  # Good Friday
        date(2027, 3, 29),  # Easter Monday
        date(2027, 12, 27),  # Christmas Day (Saturday 25th) moved to the Monday
        date(2027, 12, 28),  # Boxing Day (Sunday 26th) moved to the Tuesday
        date(2028, 1, 3),  # New Year's Day (Saturday 1st) moved to the Monday
    ],
)
def test_it_treats_bank_holidays_in_england_as_non_working_days(day):
    assert day.weekday() < 5  # each one would otherwise be a working day
    assert not is_working_day(day)


def test_it_treats_weekends_as_non_working_days():
    assert not is_working_day(date(2026, 11, 28))  # Saturday
    assert not is_working_day(date(2026, 11, 29))  # Sunday


def test_it_treats_an_ordinary_weekday_as_a_working_day():
    assert is_working_day(date(2026, 11, 27))  # Friday


def test_it_treats_a_bank_holiday_in_scotland_only_as_a_working_day():
    assert is_working_day(date(2026, 11, 30))  # St Andrew's Day


def test_it_returns_the_same_day_when_adding_zero_working_days_even_on_a_weekend():
    assert add_working_days(date(2026, 11, 28), 0) == date(2026, 11, 28)


def test_it_counts_from_the_day_after_the_start():
    assert add_working_days(date(2026, 11, 27), 1) == date(2026, 11, 30)


def test_it_refuses_to_count_backwards():
    with pytest.raises(ValueError, match="counts forwards only"):
        add_working_days(date(2026, 11, 27), -1)


def test_it_refuses_a_datetime_which_would_never_match_a_holiday():
    christmas_morning = datetime(2026, 12, 25, 9, 0)

    with pytest.raises(TypeError, match="localdate"):
        is_working_day(christmas_morning)


def test_it_counts_working_days_after_the_first_date_up_to_and_including_the_second():
    # Thu 24 Dec 2026 to Tue 29 Dec 2026: Christmas, the weekend and Boxing Day in between.
    assert working_days_between(date(2026, 12, 24), date(2026, 12, 29)) == 1


def test_it_counts_no_working_days_when_the_second_date_is_not_later():
    assert working_days_between(date(2026, 11, 27), date(2026, 11, 27)) == 0
    assert working_days_between(date(2026, 12, 8), date(2026, 11, 27)) == 0


def test_it_counts_back_the_working_days_it_added_over_several_years():
    start = date(2021, 12, 1)
    for offset in range(7 * 365):  # every start day, weekends and holidays included
        day = start + timedelta(days=offset)
        n = offset % 61  # 0 to 60 working days, paired with a different weekday each cycle
        assert working_days_between(day, add_working_days(day, n)) == n, (day, n)


def test_it_always_lands_on_a_working_day_when_adding_at_least_one():
    start = date(2021, 12, 1)
    for offset in range(0, 7 * 365, 5):
        day = start + timedelta(days=offset)
        assert is_working_day(add_working_days(day, 1 + offset % 10)), day


def test_it_treats_a_recorded_non_working_day_as_a_day_off():
    NonWorkingDay.objects.create(date=date(2026, 12, 3), name="Bank holiday for a royal event")

    assert not is_working_day(date(2026, 12, 3))


def test_it_treats_the_day_as_a_working_day_again_once_the_record_is_removed():
    extra = NonWorkingDay.objects.create(date=date(2026, 12, 3), name="Entered by mistake")
    extra.delete()

    assert is_working_day(date(2026, 12, 3))


def test_it_reads_the_extra_days_once_for_a_long_count(django_assert_max_num_queries):
    NonWorkingDay.objects.create(date=date(2026, 12, 3), name="Bank holiday for a royal event")

    # 1 query: the dates of every NonWorkingDay; bank holidays come from the package, cached.
    with django_assert_max_num_queries(1):
        result = add_working_days(date(2026, 11, 27), 60)

    assert result == date(2027, 2, 25)  # Wed 24 Feb without the extra day off


def test_it_reads_the_extra_days_once_when_counting_between_dates(django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        assert working_days_between(date(2026, 1, 1), date(2026, 12, 31)) == 253


def test_it_records_who_added_a_non_working_day_in_the_admin(client, django_user_model):
    admin_user = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin_user)

    response = client.post(
        reverse("admin:publishing_nonworkingday_add"),
        {"date": "2026-12-03", "name": "Bank holiday for a royal event"},
    )

    assert response.status_code == 302
    extra = NonWorkingDay.objects.get(date=date(2026, 12, 3))
    assert extra.name == "Bank holiday for a royal event"
    assert extra.history.get().history_user == admin_user


def test_it_shows_the_admin_list_and_add_pages(client, django_user_model):
    NonWorkingDay.objects.create(date=date(2026, 12, 3), name="Bank holiday for a royal event")
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.org", "pw"))

    changelist = client.get(reverse("admin:publishing_nonworkingday_changelist"))
    add_page = client.get(reverse("admin:publishing_nonworkingday_add"))

    assert changelist.status_code == 200
    assert "Bank holiday for a royal event" in changelist.text
    assert add_page.status_code == 200


def test_it_refuses_a_second_record_for_the_same_date_in_the_admin(client, django_user_model):
    NonWorkingDay.objects.create(date=date(2026, 12, 3), name="Bank holiday for a royal event")
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.org", "pw"))

    response = client.post(
        reverse("admin:publishing_nonworkingday_add"),
        {"date": "2026-12-03", "name": "The same day again"},
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["date"] == ["This date is already a non-working day."]
    assert list(NonWorkingDay.objects.values_list("name", flat=True)) == [
        "Bank holiday for a royal event"
    ]
    assert NonWorkingDay.history.count() == 1
