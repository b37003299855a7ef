"""The second factor of staff accounts: enrol an authenticator app, check a code, reset.

A staff account signs in with its password, then with a code from its authenticator app (TOTP)
or one of its ten single-use backup codes. An account with no confirmed device enrols at its
first sign-in; a manager can reset a colleague's devices so they enrol again.
"""

from __future__ import annotations

import base64
import logging
import math

import django_otp
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.template.defaultfilters import pluralize
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import SecondFactorReset

log = logging.getLogger(__name__)

AUTHENTICATOR_NAME = "Authenticator app"
BACKUP_CODES_NAME = "Backup codes"
BACKUP_CODE_COUNT = 10
WRONG_CODE = "That code is not right. Check it and try again."


class SecondFactorError(Exception):
    """A code was refused, or a second-factor change is not allowed; the message says why."""


def is_verified(user) -> bool:
    """True when this request's user passed the second factor (django_otp's OTPMiddleware).

    False, not an error, for a user object that did not come through the middleware, such as
    the one `login()` has just put on the request.
    """
    return getattr(user, "otp_device", None) is not None


def needs_second_factor(user) -> bool:
    """True for an active staff user signed in with a password alone."""
    return bool(user.is_authenticated and user.is_active and user.is_staff) and not is_verified(
        user
    )


def has_second_factor(user) -> bool:
    """True when the user has a confirmed authenticator app (enrolment is then refused)."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def normalise(token: str) -> str:
    """A code as typed ("123 456", "ABCD-EFGH") in the form the devices store."""
    return "".join(token.split()).replace("-", "").lower()


def totp_enrolment(*, user) -> TOTPDevice:
    """The user's unconfirmed authenticator device, made on first call; the same one after,
    so reloading the page keeps the secret the user may already have scanned."""
    if has_second_factor(user):
        raise SecondFactorError("This account already has an authenticator app.")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


def device_secret(device: TOTPDevice) -> str:
    """The secret as an authenticator app asks for it: base32, in groups of four letters."""
    secret = base64.b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def totp_confirm(*, device: TOTPDevice, token: str) -> list[str]:
    """Confirm `device` with a code from the app; return the new backup codes (shown once).

    Raises SecondFactorError when the code is wrong, or the device was confirmed already
    (a second submission of the same form).
    """
    _refuse_while_throttled(device)
    if not device.verify_token(normalise(token)):
        log.warning("Second-factor enrolment: wrong code for user %s", device.user_id)
        raise SecondFactorError(WRONG_CODE)
    claimed = TOTPDevice.objects.filter(pk=device.pk, confirmed=False).update(confirmed=True)
    if claimed != 1:
        raise SecondFactorError("This authenticator app is already set up.")
    log.info("Second factor enrolled for user %s", device.user_id)
    return backup_codes_replace(user=device.user)


@transaction.atomic
def backup_codes_replace(*, user) -> list[str]:
    """Ten new single-use backup codes for `user`; any earlier ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP_CODES_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def second_factor_check(*, user, token: str):
    """The device that accepts `token` (six digits: the app; otherwise a backup code, which is
    then used up). Raises SecondFactorError, with the reason, when none does."""
    token = normalise(token)
    model = TOTPDevice if token.isdigit() and len(token) == 6 else StaticDevice
    for device in model.objects.devices_for_user(user, confirmed=True):
        _refuse_while_throttled(device)
        verified = django_otp.verify_token(user, device.persistent_id, token)
        if verified is not None:
            log.info("Second factor passed by user %s (%s)", user.pk, model.__name__)
            return verified
    log.warning("Second factor refused for user %s (%s)", user.pk, model.__name__)
    raise SecondFactorError(WRONG_CODE)


def _refuse_while_throttled(device) -> None:
    """django-otp doubles the wait after each wrong code (1, 2, 4 ... seconds): say so, rather
    than calling a right code typed too soon wrong."""
    allowed, detail = device.verify_is_allowed()
    if not allowed:
        wait = max(1, math.ceil((detail["locked_until"] - timezone.now()).total_seconds()))
        raise SecondFactorError(
            f"Too many wrong codes: wait {wait} second{pluralize(wait)}, then try again."
        )


@transaction.atomic
def second_factor_reset(*, user, by) -> SecondFactorReset:
    """Remove every second-factor device of `user`, so they enrol again at their next sign-in.

    Managers only (permission accounts.reset_second_factor), and never on their own account:
    a reset is one colleague vouching for another. Recorded as a SecondFactorReset and as a
    LogEntry on the user, shown on the user's History page. A session `user` verified with a
    removed device is no longer verified on its next request.
    """
    if not by.has_perm("accounts.reset_second_factor"):
        raise PermissionDenied("Only managers may reset a colleague's second factor.")
    if user.pk == by.pk:
        raise SecondFactorError("You cannot reset your own second factor: ask another manager.")
    removed = 0
    for device in list(django_otp.devices_for_user(user, confirmed=None)):
        device.delete()
        removed += 1
    record = SecondFactorReset.objects.create(user=user, reset_by=by, devices_removed=removed)
    LogEntry.objects.log_actions(
        user_id=by.pk,
        queryset=get_user_model().objects.filter(pk=user.pk),
        action_flag=CHANGE,
        change_message="Reset the second factor: they set up an authenticator app again.",
        single_object=True,
    )
    log.warning("Second factor of user %s reset by user %s", user.pk, by.pk)
    return record
