"""Managers record restrictions that hold publication, and lift them with a note."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from reviews import services
from reviews.models import Restriction

from .factories import TODAY, make_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def restriction(author):
    return Restriction.objects.create(
        review=make_review(author=author),
        kind=Restriction.Kind.CRIMINAL,
        details="Trial listed at the Crown Court; verdict expected in spring.",
        started_on=datetime.date(2026, 6, 1),
        next_review_on=datetime.date(2026, 12, 1),
    )


def test_an_active_restriction_is_listed_on_the_review(restriction):
    assert restriction.review.active_restrictions() == [restriction]


def test_lifting_records_who_when_and_why(restriction, manager):
    services.restriction_lift(
        restriction=restriction, by=manager, note="Sentencing concluded.", on=TODAY
    )

    restriction.refresh_from_db()
    assert (restriction.lifted_on, restriction.lifted_by) == (TODAY, manager)
    assert restriction.review.active_restrictions() == []
    latest = restriction.history.first()
    assert (latest.history_user, latest.history_change_reason) == (manager, "Lifted")


def test_lifting_twice_is_refused_and_changes_nothing(restriction, manager):
    services.restriction_lift(restriction=restriction, by=manager, note="Done.", on=TODAY)
    stale = Restriction.objects.get(pk=restriction.pk)
    stale.lifted_on = None  # as loaded by a page opened before the first lift

    with pytest.raises(services.TransitionError, match="already lifted on 27 November 2026"):
        services.restriction_lift(restriction=stale, by=manager, note="Again.", on=TODAY)

    restriction.refresh_from_db()
    assert restriction.lift_note == "Done."
    assert restriction.history.count() == 2


def test_lifting_needs_a_note_and_a_manager(restriction, manager, author):
    with pytest.raises(services.TransitionError, match="Add a note"):
        services.restriction_lift(restriction=restriction, by=manager, note=" ", on=TODAY)
    with pytest.raises(services.TransitionError, match="Only partnership managers"):
        services.restriction_lift(restriction=restriction, by=author, note="x", on=TODAY)
    restriction.refresh_from_db()
    assert restriction.is_active


def test_it_cannot_be_lifted_before_it_started(restriction, manager):
    with pytest.raises(services.TransitionError, match="before it started"):
        services.restriction_lift(
            restriction=restriction, by=manager, note="x", on=datetime.date(2026, 1, 1)
        )


def test_past_its_review_date_it_shows_as_overdue_for_review(restriction):
    assert not restriction.is_overdue_for_review(datetime.date(2026, 12, 1))
    assert restriction.is_overdue_for_review(datetime.date(2026, 12, 2))


def test_an_end_before_the_start_is_a_form_error(restriction):
    restriction.expected_end = datetime.date(2026, 1, 1)

    with pytest.raises(ValidationError) as error:
        restriction.full_clean()

    assert "expected_end" in error.value.message_dict


def test_a_manager_records_a_restriction_in_the_admin(client, manager, author):
    review = make_review(author=author)
    client.force_login(manager)

    response = client.post(
        reverse("admin:reviews_restriction_add"),
        {
            "review": review.pk,
            "kind": "inquest",
            "details": "Inquest opened and adjourned.",
            "started_on": "2026-09-01",
            "expected_end": "",
            "next_review_on": "2027-01-15",
        },
    )

    assert response.status_code == 302
    assert review.active_restrictions()[0].kind == "inquest"


def test_a_manager_lifts_a_restriction_in_the_admin(client, manager, restriction):
    client.force_login(manager)
    url = reverse("admin:reviews_restriction_lift", args=[restriction.pk])

    assert client.get(url).status_code == 200
    response = client.post(url, {"lifted_on": "2026-11-27", "note": "Verdict given."})

    assert response.status_code == 302
    restriction.refresh_from_db()
    assert restriction.lift_note == "Verdict given."
    again = client.post(url, {"lifted_on": "2026-11-27", "note": "Again."}, follow=True)
    assert "already lifted" in again.content.decode()


def test_the_lift_form_reports_a_bad_date(client, manager, restriction):
    client.force_login(manager)
    url = reverse("admin:reviews_restriction_lift", args=[restriction.pk])

    response = client.post(url, {"lifted_on": "yesterday-ish", "note": ""})

    assert response.status_code == 200
    assert "Enter a valid date" in response.content.decode()
    assert "Add a note" in response.content.decode()
    restriction.refresh_from_db()
    assert restriction.is_active


def test_others_cannot_lift(client, author, auditor, restriction):
    url = reverse("admin:reviews_restriction_lift", args=[restriction.pk])
    for user in (author, auditor):
        client.force_login(user)
        assert client.post(url, {"lifted_on": "2026-11-27", "note": "x"}).status_code == 403
    restriction.refresh_from_db()
    assert restriction.is_active
