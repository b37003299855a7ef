"""The staff screen where partnership managers make an account an action owner of one agency,
move it to another agency, or end it. The service (`reviews.services.owners`) puts the account
in the Action owner role, or takes it out, and refuses what may not be done.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model

from ..models import AgencyMembership
from ..services import owners
from .base import HistoryAdmin


class AgencyMembershipForm(forms.ModelForm):
    class Meta:
        model = AgencyMembership
        fields = ["user", "agency"]
        error_messages = {
            "agency": {
                "required": "Choose the agency this action owner belongs to: an action owner "
                "sees that agency's actions only, so an account without one is refused."
            },
            "user": {"required": "Choose the staff account that becomes an action owner."},
        }

    def clean_user(self):
        user = self.cleaned_data["user"]
        refusal = owners.appointment_refusal(user)
        if refusal:
            raise forms.ValidationError(refusal)
        return user


@admin.register(AgencyMembership)
class AgencyMembershipAdmin(HistoryAdmin):
    """Each action owner with their agency; the account itself is made under Users."""

    form = AgencyMembershipForm
    list_display = ["user", "full_name", "agency"]
    list_filter = ["agency"]
    list_select_related = ["user", "agency"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]

    def get_readonly_fields(self, request, obj=None):
        return ["user"] if obj else []  # a membership is of one account: move the agency only

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            # Offered: staff accounts that hold no other role (the service refuses any other)
            kwargs["queryset"] = (
                get_user_model()
                .objects.filter(is_active=True, is_staff=True, is_superuser=False)
                .exclude(groups__name__in=owners.OTHER_ROLES)
                .order_by("username")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description="Name", ordering="user__last_name")
    def full_name(self, obj):
        return obj.user.get_full_name()

    def save_model(self, request, obj, form, change):
        membership = owners.action_owner_appoint(user=obj.user, agency=obj.agency, by=request.user)
        obj.pk, obj._state.adding = membership.pk, False

    def delete_model(self, request, obj):
        owners.action_owner_remove(membership=obj, by=request.user)

    def delete_queryset(self, request, queryset):
        for membership in queryset.select_related("user"):
            owners.action_owner_remove(membership=membership, by=request.user)
