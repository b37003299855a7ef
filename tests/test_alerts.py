"""The daily alert emails managers the dashboard items that are new or due, each once."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from publishing.services import alerts

from .factories import make_review, make_user

pytestmark = pytest.mark.django_db


def test_each_item_is_alerted_once(author):
    make_user("boss", role="Partnership manager", email="boss@example.org")
    late = make_review(author=author, decision_date=datetime.date(2025, 1, 1))
    now = timezone.now()

    assert alerts.alerts_send(now=now) == 1
    assert alerts.alerts_send(now=now) == 0

    assert len(mail.outbox) == 1
    assert late.reference in mail.outbox[0].body
    assert mail.outbox[0].to == ["boss@example.org"]


def test_a_new_item_is_alerted_on_its_own(author):
    make_review(author=author, decision_date=datetime.date(2025, 1, 1))
    alerts.alerts_send(now=timezone.now())
    second = make_review(author=author, decision_date=datetime.date(2025, 2, 1))

    assert alerts.alerts_send(now=timezone.now()) == 1
    assert second.reference in mail.outbox[-1].body
    assert len(mail.outbox) == 2


def test_nothing_due_sends_nothing(db):
    assert alerts.alerts_send(now=timezone.now()) == 0
    assert mail.outbox == []


def test_a_day_with_nothing_new_claims_nothing_however_many_are_open(
    author, django_assert_max_num_queries
):
    for year in range(2015, 2025):
        make_review(author=author, decision_date=datetime.date(year, 1, 1))
    alerts.alerts_send(now=timezone.now())

    with django_assert_max_num_queries(14):  # the dashboard's collectors, and one for the keys
        assert alerts.alerts_send(now=timezone.now()) == 0
