"""The admin needs a second factor: a password-only session reaches nothing but the code page."""

import datetime
import logging
from urllib.parse import quote

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY

from nelscp.accounts import services

from .factories import authenticator_code, make_authenticator

pytestmark = pytest.mark.django_db

PERSONAS = ["author", "approver", "manager", "auditor", "outsider"]
SECOND_FACTOR = reverse("admin:second_factor")


def second_factor_url(next_url: str) -> str:
    return f"{SECOND_FACTOR}?next={quote(next_url, safe='')}"


@pytest.mark.password_only
@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(
    "page",
    [
        reverse("admin:index"),
        reverse("admin:reviews_review_changelist"),
        reverse("dashboard"),
        reverse("staff_media", args=["notices/notice.pdf"]),
        reverse("admin:password_change"),
    ],
)
def test_it_sends_every_role_signed_in_with_a_password_alone_to_the_code_page(
    client, request, persona, page
):
    user = request.getfixturevalue(persona)
    make_authenticator(user)
    client.force_login(user)

    response = client.get(page)

    assert response.status_code == 302
    assert response.url == second_factor_url(page)


@pytest.mark.password_only
def test_an_account_with_no_authenticator_is_sent_on_to_set_one_up(client, author):
    client.force_login(author)

    response = client.get(reverse("admin:index"), follow=True)

    assert response.redirect_chain[-1][0].startswith(reverse("admin:second_factor_enrol"))
    assert "Set up your authenticator app" in response.content.decode()


@pytest.mark.password_only
def test_the_password_leads_to_the_code_page_then_to_where_the_login_was_going(client, author):
    device = make_authenticator(author)
    target = reverse("admin:reviews_review_changelist")

    response = client.post(
        reverse("admin:login"),
        {"username": "author", "password": "pw-for-tests-only", "next": target},
    )

    assert response.status_code == 302
    assert response.url == second_factor_url(target)
    assert client.get(target).status_code == 302  # not yet
    verified = client.post(response.url, {"token": authenticator_code(device)})
    assert verified.status_code == 302 and verified.url == target
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    assert client.get(target).status_code == 200


@pytest.mark.password_only
def test_a_wrong_code_is_refused_and_logged(client, author, caplog):
    make_authenticator(author)
    client.force_login(author)

    with caplog.at_level(logging.WARNING, logger="nelscp.accounts"):
        response = client.post(SECOND_FACTOR, {"token": "000000"})

    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert DEVICE_ID_SESSION_KEY not in client.session
    assert any("Second factor refused" in r.getMessage() for r in caplog.records)


@pytest.mark.password_only
def test_codes_typed_too_fast_after_a_wrong_one_are_told_to_wait(client, author):
    device = make_authenticator(author)
    client.force_login(author)

    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client.post(SECOND_FACTOR, {"token": "000000"})
        response = client.post(SECOND_FACTOR, {"token": authenticator_code(device)})

        assert "Too many wrong codes: wait 1 second" in response.content.decode()
        traveller.shift(datetime.timedelta(seconds=2))
        response = client.post(SECOND_FACTOR, {"token": authenticator_code(device)})
    assert response.status_code == 302


@pytest.mark.password_only
def test_a_backup_code_works_once(client, author):
    make_authenticator(author)
    codes = services.backup_codes_replace(user=author)
    client.force_login(author)

    first = client.post(SECOND_FACTOR, {"token": codes[0].upper()})

    assert first.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200
    client.post(reverse("admin:logout"))
    client.force_login(author)
    again = client.post(SECOND_FACTOR, {"token": codes[0]})
    assert "That code is not right" in again.content.decode()
    assert client.get(reverse("admin:index")).status_code == 302
    assert client.post(SECOND_FACTOR, {"token": codes[1]}, follow=True).status_code == 200


@pytest.mark.password_only
def test_a_session_with_a_password_alone_may_still_sign_out(client, author):
    make_authenticator(author)
    client.force_login(author)

    response = client.post(reverse("admin:logout"))

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.password_only
def test_it_never_sends_a_verified_user_to_another_site(client, author):
    device = make_authenticator(author)
    client.force_login(author)

    response = client.post(
        second_factor_url("https://evil.example/"), {"token": authenticator_code(device)}
    )

    assert response.url == reverse("admin:index")


def test_visitors_not_signed_in_are_sent_to_the_login_page(client):
    response = client.get(SECOND_FACTOR)

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_a_verified_session_goes_straight_to_the_admin(client, author):
    client.force_login(author)  # the conftest signs in with the second factor too

    assert client.get(reverse("admin:index")).status_code == 200
    assert client.get(SECOND_FACTOR).url == reverse("admin:index")
    assert client.get(reverse("admin:login")).url == reverse("admin:index")
