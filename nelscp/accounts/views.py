"""The second-factor pages, reached after the password: enter a code, or set up an app."""

from __future__ import annotations

from urllib.parse import urlencode

import django_otp
import segno
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from . import services
from .forms import TokenForm
from .services import SecondFactorError


def _signed_in_staff(view):
    """Password-authenticated, active staff only; everyone else goes to the login page."""

    def wrapper(request, *, site):
        user = request.user
        if not (user.is_authenticated and user.is_active and user.is_staff):
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        return view(request, site=site)

    return sensitive_post_parameters("token")(never_cache(wrapper))


def _next_url(request) -> str:
    """Where to go once verified: the `next` the login carried, if it is on this site."""
    candidate = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME)
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("admin:index")


def _verified(request, device) -> None:
    django_otp.login(request, device)
    request.session.cycle_key()  # a new session key for the newly trusted session


def _context(request, site, **extra) -> dict:
    return {
        **site.each_context(request),
        "next": _next_url(request),
        "next_field": REDIRECT_FIELD_NAME,
        **extra,
    }


@_signed_in_staff
def verify(request, *, site):
    """Ask for a code from the authenticator app, or a backup code."""
    user = request.user
    if services.is_verified(user):
        return redirect(_next_url(request))
    if not services.has_second_factor(user):
        return redirect(_with_next(request, "admin:second_factor_enrol"))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = services.second_factor_check(user=user, token=form.cleaned_data["token"])
        except SecondFactorError as error:
            form.add_error("token", str(error))
        else:
            _verified(request, device)
            return redirect(_next_url(request))
    context = _context(request, site, form=form, title="Enter your security code")
    return render(request, "accounts/second_factor.html", context)


@_signed_in_staff
def enrol(request, *, site):
    """First sign-in: set up an authenticator app, confirm it with a code, get backup codes."""
    user = request.user
    if services.has_second_factor(user):
        return redirect(_with_next(request, "admin:second_factor"))
    device = services.totp_enrolment(user=user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            codes = services.totp_confirm(device=device, token=form.cleaned_data["token"])
        except SecondFactorError as error:
            form.add_error("token", str(error))
        else:
            device.refresh_from_db()
            _verified(request, device)
            # Shown in this response only: the codes are not kept anywhere they could be re-read.
            context = _context(request, site, codes=codes, title="Your backup codes")
            return render(request, "accounts/backup_codes.html", context)
    uri = device.config_url
    context = _context(
        request,
        site,
        form=form,
        title="Set up your authenticator app",
        secret=services.device_secret(device),
        uri=uri,
        qr_svg=mark_safe(_qr_svg(uri)),  # segno's own markup of the URI
    )
    return render(request, "accounts/enrol.html", context)


def _with_next(request, name: str) -> str:
    url = reverse(name)
    next_url = request.GET.get(REDIRECT_FIELD_NAME)
    if next_url:
        url += "?" + urlencode({REDIRECT_FIELD_NAME: next_url})
    return url


def _qr_svg(uri: str) -> str:
    """The otpauth:// URI as an inline SVG QR code (no image library, nothing inline-styled)."""
    qr = segno.make(uri, error="m")
    return qr.svg_inline(scale=4, border=4, title="QR code of your authenticator app secret")


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer (AXES_LOCKOUT_CALLABLE) to a login tried while locked out: a page
    saying why and for how long, with status 429."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "accounts/locked_out.html", context, status=429)
