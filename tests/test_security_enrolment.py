"""First sign-in: a staff account with no second factor sets up an authenticator app."""

import re

import pytest
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from nelscp.accounts import services

from .factories import authenticator_code, make_authenticator

pytestmark = [pytest.mark.django_db, pytest.mark.password_only]

ENROL = reverse("admin:second_factor_enrol")


def test_a_new_account_enrols_end_to_end(client, author):
    # 1. The password: the admin sends the account on to set up an app.
    response = client.post(
        reverse("admin:login"),
        {"username": "author", "password": "pw-for-tests-only", "next": "/admin/"},
        follow=True,
    )
    page = response.content.decode()
    assert response.redirect_chain[-1][0].startswith(ENROL)

    # 2. The page shows the secret as text, the otpauth:// URI and a QR code, inline.
    device = TOTPDevice.objects.get(user=author, confirmed=False)
    secret = services.device_secret(device)
    assert secret in page
    assert "otpauth://totp/NELSCP%20reviews%3Aauthor?secret=" in page
    assert re.search(r"<svg[^>]*>.*</svg>", page, re.S)
    assert client.get(reverse("admin:index")).status_code == 302  # not in yet

    # 3. A code from the app confirms it; ten backup codes are shown, once.
    done = client.post(response.redirect_chain[-1][0], {"token": authenticator_code(device)})
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", done.content.decode())

    assert done.status_code == 200
    assert len(set(codes)) == 10
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(codes)
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(reverse("admin:index")).status_code == 200
    assert client.get(ENROL).status_code == 302  # set up once; the codes are not shown again


def test_reloading_the_page_keeps_the_same_secret(client, author):
    client.force_login(author)

    first = client.get(ENROL).context["secret"]
    again = client.get(ENROL).context["secret"]

    assert first == again
    assert TOTPDevice.objects.filter(user=author).count() == 1


def test_a_wrong_code_does_not_confirm_the_app(client, author):
    client.force_login(author)
    client.get(ENROL)

    response = client.post(ENROL, {"token": "000000"})

    assert "That code is not right" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=author, confirmed=True).exists()
    assert client.get(reverse("admin:index")).status_code == 302


def test_a_password_alone_cannot_add_an_app_to_an_account_that_has_one(client, author):
    make_authenticator(author)
    client.force_login(author)

    response = client.get(ENROL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:second_factor"))
    assert TOTPDevice.objects.filter(user=author).count() == 1
    with pytest.raises(services.SecondFactorError):
        services.totp_enrolment(user=author)
