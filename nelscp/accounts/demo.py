"""The demo users' second factor: an authenticator secret as public as their password.

`seed_demo` gives each demo user still on the demo password a confirmed authenticator device
with DEMO_SECRET; `manage.py demo_code USER` prints the code it shows now. Nothing here ever
touches an account that has a password or a second factor of its own.
"""

from __future__ import annotations

import base64
import time

from django.contrib.auth import get_user_model
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from reviews.demo import DEMO_PASSWORD, DEMO_USERS

from .services import AUTHENTICATOR_NAME, has_second_factor

# Published on purpose, like the demo password: type it into an authenticator app, or run
# `manage.py demo_code author`.
DEMO_SECRET = "NELSCPDEMOSECONDFACTORNOTSECRET2"
DEMO_KEY = base64.b32decode(DEMO_SECRET).hex()


class DemoCodeError(Exception):
    """The user is not a demo user with the demo second factor."""


def demo_devices_load() -> int:
    """Give each demo user on the demo password, with no second factor yet, a confirmed
    authenticator device with DEMO_SECRET; return how many were given one."""
    given = 0
    User = get_user_model()
    for user in User.objects.filter(username__in=[demo.username for demo in DEMO_USERS]):
        if has_second_factor(user) or not user.check_password(DEMO_PASSWORD):
            continue
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, key=DEMO_KEY, confirmed=True)
        given += 1
    return given


def demo_code(username: str, *, at: float | None = None) -> str:
    """The six-digit code the demo user's authenticator shows at `at` (default: now)."""
    device = TOTPDevice.objects.filter(
        user__username=username, confirmed=True, key=DEMO_KEY
    ).first()
    if device is None:
        raise DemoCodeError(
            f"{username!r} has no demo second factor: only demo users loaded by seed_demo do."
        )
    generator = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    generator.time = time.time() if at is None else at
    return f"{generator.token():0{device.digits}d}"
