from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import UserChangeForm
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django_otp.plugins.otp_totp.models import TOTPDevice

from reviews.roles import ACTION_OWNER
from reviews.services.owners import NO_AGENCY, agency_membership_of

from . import services
from .models import SecondFactorReset

User = get_user_model()


admin.site.unregister(User)


class StaffUserChangeForm(UserChangeForm):
    def clean_groups(self):
        """An action owner belongs to one agency: the role alone, without one, is refused."""
        groups = self.cleaned_data.get("groups")
        wants_role = groups is not None and groups.filter(name=ACTION_OWNER).exists()
        if wants_role and agency_membership_of(self.instance) is None:
            raise forms.ValidationError(NO_AGENCY)
        return groups


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    """Django's user admin, with each account's second factor and a manager's reset."""

    form = StaffUserChangeForm
    list_display = [*UserAdmin.list_display, "has_second_factor"]
    actions = ["reset_second_factor"]

    def get_queryset(self, request):
        confirmed = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
        return super().get_queryset(request).annotate(second_factor=Exists(confirmed))

    @admin.display(boolean=True, description="Second factor", ordering="second_factor")
    def has_second_factor(self, user) -> bool:
        return user.second_factor

    def has_reset_second_factor_permission(self, request) -> bool:
        return request.user.has_perm("accounts.reset_second_factor")

    @admin.action(
        permissions=["reset_second_factor"],
        description="Reset the second factor of the selected users",
    )
    def reset_second_factor(self, request, queryset):
        for user in queryset:
            try:
                services.second_factor_reset(user=user, by=request.user)
            except (services.SecondFactorError, PermissionDenied) as error:
                self.message_user(request, f"{user}: {error}", messages.ERROR)
            else:
                self.message_user(
                    request,
                    f"{user}'s second factor is reset: they set up an authenticator app at "
                    "their next sign-in.",
                    messages.SUCCESS,
                )


@admin.register(SecondFactorReset)
class SecondFactorResetAdmin(admin.ModelAdmin):
    """The record of resets: read-only for everyone, superusers included."""

    list_display = ["reset_at", "user", "reset_by", "devices_removed"]
    list_select_related = ["user", "reset_by"]
    date_hierarchy = "reset_at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
