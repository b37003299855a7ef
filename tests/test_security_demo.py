"""The demo stays a one-minute start: demo users get a published second factor and
`manage.py demo_code USER` prints its code."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from nelscp.accounts.demo import DEMO_KEY, DEMO_SECRET, demo_devices_load
from reviews.demo import DEMO_USERS

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(settings):
    settings.DEBUG = True
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def demo_code(username: str) -> str:
    out = StringIO()
    call_command("demo_code", username, stdout=out)
    return out.getvalue().strip()


def test_every_demo_user_gets_the_published_authenticator_key(seeded):
    devices = TOTPDevice.objects.filter(confirmed=True, key=DEMO_KEY)

    assert sorted(devices.values_list("user__username", flat=True)) == sorted(
        demo.username for demo in DEMO_USERS
    )
    assert "make code" in seeded and DEMO_SECRET in seeded


@pytest.mark.password_only
def test_the_printed_code_passes_the_second_factor(seeded, client):
    user = get_user_model().objects.get(username="approver")
    client.force_login(user)

    code = demo_code("approver")
    response = client.post(reverse("admin:second_factor"), {"token": code})

    assert len(code) == 6 and code.isdigit()
    assert response.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_it_prints_no_code_for_anyone_but_a_demo_user(seeded, django_user_model):
    django_user_model.objects.create_user("colleague", password="their-own-password", is_staff=True)

    for username in ("colleague", "nobody"):
        with pytest.raises(CommandError, match="no demo second factor"):
            demo_code(username)


def test_it_leaves_a_demo_named_account_with_its_own_password_alone(author):
    # the fixtures' `author` has a password of its own, not the published one
    assert demo_devices_load() == 0
    assert not TOTPDevice.objects.filter(user=author).exists()


def test_loading_twice_gives_one_device_each(seeded, settings):
    call_command("seed_demo", stdout=StringIO())

    assert TOTPDevice.objects.count() == len(DEMO_USERS)
