"""Reminders that chase for the business unit (issue 10, item 5): each action owner is emailed
14 days before an action is due and when it becomes overdue, each once; the business unit gets
a weekly digest of updates awaiting approval and overdue actions, by agency."""

from __future__ import annotations

import datetime
import smtplib

import pytest
from django.core import mail
from django.utils import timezone

from publishing import tasks
from publishing.models import Alert
from publishing.services import reminders
from reviews import roles, services
from reviews.models import Agency, AgencyMembership

from .factories import make_action, make_ready_review, make_recommendation, make_user
from .public_helpers import make_public_review

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 1)  # a Tuesday
SECRET_NAME = "Jade Whitmore"


def at(day: datetime.date, hour: int = 7) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 40)))


def days(n: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=n)


def owner_of(slug: str, username: str):
    user = make_user(username, role=roles.ACTION_OWNER, email=f"{username}@agency.example.org")
    AgencyMembership.objects.create(user=user, agency=Agency.objects.get(slug=slug))
    return user


@pytest.fixture
def police_owner(db):
    return owner_of("police", "police-owner")


@pytest.fixture
def plan(author):
    """A published review: one police action due in 14 days, one due in 15, one overdue since
    yesterday, one completed and overdue; a health visiting action due in 14 days."""
    review = make_public_review(author=author, actions=0)
    review.protected_names.create(name=SECRET_NAME)
    rec = review.recommendations.get()
    police = Agency.objects.get(slug="police")
    return {
        "review": review,
        "soon": make_action(rec, agency=police, due_date=days(14), description="Audit referrals."),
        "later": make_action(rec, agency=police, due_date=days(15), description="Train staff."),
        "overdue": make_action(
            rec, agency=police, due_date=days(-1), description="Brief Jade's officers."
        ),
        "done": make_action(
            rec,
            agency=police,
            due_date=days(-10),
            status="completed",
            completed_on=days(-12),
            impact="Done and it worked.",
        ),
        "health": make_action(
            rec,
            agency=Agency.objects.get(slug="health-visiting"),
            due_date=days(14),
            description="Ask about every adult.",
        ),
    }


def test_an_owner_is_reminded_14_days_before_and_when_overdue_each_once(police_owner, plan):
    assert reminders.owner_reminders_send(now=at(TODAY)) == 2
    assert reminders.owner_reminders_send(now=at(TODAY, hour=9)) == 0  # the second sweep

    [email] = mail.outbox
    assert email.to == [police_owner.email]
    assert "Audit referrals." in email.body and "in 14 days" in email.body
    assert "overdue since 30 November 2026" in email.body
    assert "Train staff." not in email.body and "Ask about every adult." not in email.body
    assert "Jade" not in email.body and "[name withheld]" in email.body
    assert f"/admin/agency/actions/{plan['soon'].pk}/" in email.body

    assert reminders.owner_reminders_send(now=at(days(1))) == 1  # "later" is now 14 days away
    assert reminders.owner_reminders_send(now=at(days(14))) == 0
    assert reminders.owner_reminders_send(now=at(days(15))) == 1  # "soon" became overdue
    assert reminders.owner_reminders_send(now=at(days(16))) == 1  # and so did "later"
    assert reminders.owner_reminders_send(now=at(days(30))) == 0
    assert len(mail.outbox) == 4


def test_a_missed_day_is_caught_up_and_a_failed_email_is_tried_again(
    police_owner, plan, monkeypatch
):
    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("down")

    monkeypatch.setattr(reminders, "send_mail", refuse)
    assert reminders.owner_reminders_send(now=at(days(3))) == 0
    assert not Alert.objects.exists()  # nothing claimed: the next run tries again
    monkeypatch.undo()

    assert reminders.owner_reminders_send(now=at(days(4))) == 3  # soon, later, overdue
    assert len(mail.outbox) == 1


def test_no_reminder_for_a_review_in_qa_or_an_agency_without_owners(author, approver):
    draft = make_ready_review(author=author)
    draft.recommendations.get().actions.update(due_date=days(3))
    in_qa = make_ready_review(author=author)
    in_qa.recommendations.get().actions.update(due_date=days(-3))
    services.review_submit(review=in_qa, by=author)

    assert reminders.owner_reminders_send(now=at(TODAY)) == 0  # no action owner yet
    owner_of("police", "police-owner")
    assert reminders.owner_reminders_send(now=at(TODAY)) == 0  # a draft and one in QA
    assert mail.outbox == []


def test_the_business_unit_gets_a_weekly_digest_by_agency(author, police_owner, plan):
    author.email = "business.unit@example.org"
    author.save()
    services.progress_submit(
        action=plan["later"], by=police_owner, status="in_progress", completed_on=None
    )
    rec = make_recommendation(plan["review"], order=2)
    make_action(rec, agency=Agency.objects.get(slug="camhs"), due_date=days(-5))

    assert reminders.business_unit_digest_send(now=at(TODAY)) == 3
    assert reminders.business_unit_digest_send(now=at(days(2))) == 0  # the same week

    [email] = mail.outbox
    assert email.to == ["business.unit@example.org"]
    police = email.body.index("Police")
    camhs = email.body.index("Child and adolescent mental health services")
    assert camhs < police  # by agency, in alphabetical order
    assert "Awaiting approval since" in email.body[police:]
    assert "Overdue since 30 November 2026" in email.body[police:]
    assert "Overdue since 26 November 2026" in email.body[camhs:police]
    assert reminders.business_unit_digest_send(now=at(days(6))) == 3  # the next week
    assert len(mail.outbox) == 2


def test_the_tasks_run_from_the_beat_schedule(police_owner, plan):
    from nelscp.celery import app

    assert tasks.owner_reminders_send() >= 0
    assert tasks.business_unit_digest_send() >= 0
    daily = app.conf.beat_schedule["owner-reminders"]
    weekly = app.conf.beat_schedule["business-unit-digest"]
    assert daily["task"] == "publishing.owner_reminders_send" and daily["task"] in app.tasks
    assert weekly["task"] == "publishing.business_unit_digest_send" and weekly["task"] in app.tasks
    assert daily["schedule"].hour == {7} and len(daily["schedule"].day_of_week) == 7
    assert weekly["schedule"].day_of_week == {1}  # Mondays
