"""The staff admin site: a password, then a second factor, before any admin page."""

from __future__ import annotations

from functools import partial, update_wrapper
from urllib.parse import urlencode

from django.contrib.admin import AdminSite, ModelAdmin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django_otp.admin import OTPAdminSite

from .services import is_verified, needs_second_factor


class StaffAdminSite(OTPAdminSite):
    """django-otp's admin site, which treats a session not verified by a device as no staff.

    A session signed in with a password alone is sent from every admin page (the dashboard
    and stored files too, which use `admin_view`) to the second-factor page: to enter a code,
    or to set up an authenticator app when the account has none yet. Only logout is left open.
    """

    # The password comes first, on Django's own login page; the code has a page of its own,
    # so an account without a device can be led to enrol.
    login_form = AdminAuthenticationForm

    def register(self, model_or_iterable, admin_class=None, **options):
        """Every model's admin, ours or a library's, gets the staff base: bad input never a 500."""
        from nelscp.admin import with_staff_base

        admin_class = with_staff_base(admin_class or ModelAdmin)
        super().register(model_or_iterable, admin_class, **options)

    login_template = None

    def __init__(self, name: str = "admin"):
        super().__init__(name)

    def has_permission(self, request) -> bool:
        return AdminSite.has_permission(self, request) and is_verified(request.user)

    def admin_view(self, view, cacheable=False):
        checked = super().admin_view(view, cacheable)

        def inner(request, *args, **kwargs):
            if not needs_second_factor(request.user):
                return checked(request, *args, **kwargs)
            if request.path == reverse("admin:logout", current_app=self.name):
                return view(request, *args, **kwargs)  # signing out needs no second factor
            return self.second_factor_redirect(request, request.get_full_path())

        return update_wrapper(inner, checked)

    @method_decorator(never_cache)
    def login(self, request, extra_context=None):
        if request.method == "GET" and needs_second_factor(request.user):
            return self.second_factor_redirect(request, request.GET.get(REDIRECT_FIELD_NAME, ""))
        response = super().login(request, extra_context)
        if request.method == "POST" and needs_second_factor(request.user):
            # The password was right: the code is next, then where the login was going.
            return self.second_factor_redirect(request, getattr(response, "url", ""))
        return response

    def second_factor_redirect(self, request, next_url: str) -> HttpResponseRedirect:
        url = reverse("admin:second_factor", current_app=self.name)
        if next_url:
            url += "?" + urlencode({REDIRECT_FIELD_NAME: next_url})
        return HttpResponseRedirect(url)

    def get_urls(self):
        from . import views

        guarded = [
            path("second-factor/", partial(views.verify, site=self), name="second_factor"),
            path(
                "second-factor/set-up/",
                partial(views.enrol, site=self),
                name="second_factor_enrol",
            ),
        ]
        return guarded + super().get_urls()
