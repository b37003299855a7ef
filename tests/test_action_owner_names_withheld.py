"""An action owner never reads a private name of the review, in page text or in any value of a
form: the progress form starts from the action's impact and "what more will be done" with the
names withheld, shows what was posted again the same way after an error, and refuses a text
still holding "[name withheld]" so that the mark never replaces the words it stands for.
Nor does an email to the owner (the reminders) hold one.
"""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from publishing.services.reminders import owner_reminders_send
from reviews import roles, services
from reviews.forms import MASK_LEFT
from reviews.models import Action, Agency, AgencyMembership, ProgressUpdate
from reviews.services.owners import MASK

from .factories import make_ready_review, make_user, sign_all
from .public_helpers import fresh_cache  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

NAME = "Jade Whitmore"  # listed; "Whitmore" alone is a part of it, withheld too
IMPACT = f"{NAME}'s school now hears of every referral; Whitmore family visits are joint."
MORE = "A second audit in the spring, with Jade's health visitor."
DESCRIPTION = f"Audit referrals that named {NAME}."
PRIVATE = ["jade", "whitmore"]  # compared with the page in lower case


@pytest.fixture
def owner(db):
    user = make_user("owner", role=roles.ACTION_OWNER, email="owner@police.example.org")
    AgencyMembership.objects.create(user=user, agency=Agency.objects.get(slug="police"))
    return user


@pytest.fixture
def action(author, approver):
    """A police action of a QA-approved review, its progress holding the private name."""
    review = make_ready_review(author=author)
    review.protected_names.create(name=NAME)
    services.review_submit(review=review, by=author)
    sign_all(review, approver)
    action = review.recommendations.get().actions.get()
    Action.objects.filter(pk=action.pk).update(
        impact=IMPACT, more_to_do=MORE, description=DESCRIPTION
    )
    return Action.objects.get(pk=action.pk)


def assert_no_name(text: str, where: str) -> None:
    leaked = [name for name in PRIVATE if name in text.lower()]
    assert leaked == [], f"{where} shows {leaked}"


def form_values(response) -> dict:
    form = response.context["form"]
    return {name: form[name].value() for name in form.fields}


def test_no_page_of_the_owner_shows_the_name_in_text_or_in_a_form(client, owner, action):
    client.force_login(owner)
    url = reverse("agency_action", args=[action.pk])
    typed = {"status": "in_progress", "impact": f"Met {NAME}.", "more_to_do": "Whitmore again."}

    pages = {
        "home": client.get(reverse("admin:index")),
        "list": client.get(reverse("agency_actions")),
        "action": client.get(url),
        "form with errors": client.post(url, {**typed, "status": f"done by {NAME}"}),
        "form refused by the service": client.post(url, {**typed, "status": "completed"}),
        "confirmation": client.post(url, typed, follow=True),
    }

    for where, response in pages.items():
        assert response.status_code == 200, where
        assert_no_name(response.content.decode(), where)
    shown = form_values(pages["action"])
    assert (
        shown["impact"]
        == f"{MASK}'s school now hears of every referral; {MASK} family visits are joint."
    )
    assert shown["more_to_do"] == f"A second audit in the spring, with {MASK}'s health visitor."
    assert form_values(pages["form with errors"])["impact"] == f"Met {MASK}."
    assert "Submitted" in pages["confirmation"].content.decode()
    assert ProgressUpdate.objects.get().impact == f"Met {NAME}."  # what they typed is kept


def test_a_withheld_text_sent_back_unchanged_is_refused_and_replaces_nothing(client, owner, action):
    client.force_login(owner)
    url = reverse("agency_action", args=[action.pk])
    shown = form_values(client.get(url))
    data = {key: value or "" for key, value in shown.items()}

    response = client.post(url, {**data, "status": "in_progress"})

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["impact"] == [MASK_LEFT] and errors["more_to_do"] == [MASK_LEFT]
    assert not ProgressUpdate.objects.exists()
    action.refresh_from_db()
    assert (action.impact, action.more_to_do) == (IMPACT, MORE)
    assert_no_name(response.content.decode(), "the refused form")


def test_a_reminder_to_the_owner_never_holds_the_name(owner, action):
    due = timezone.make_aware(datetime.datetime.combine(action.due_date, datetime.time(8)))

    for now in (due - datetime.timedelta(days=5), due + datetime.timedelta(days=1)):
        owner_reminders_send(now=now)

    assert len(mail.outbox) == 2  # due soon, then overdue
    for message in mail.outbox:
        assert message.to == [owner.email]
        assert_no_name(message.subject + message.body, "a reminder")
        assert MASK in message.body
