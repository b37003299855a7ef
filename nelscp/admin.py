"""What every staff list and form shares, whoever registered its model: bad input is a form
error, a plain list or a 400, never a 500.

`nelscp.accounts.sites.StaffAdminSite.register` puts `StaffAdmin` under every ModelAdmin,
Django's and other libraries' (users, groups, devices, login attempts) as well as ours.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import SuspiciousOperation, ValidationError
from django.db import models

# The largest key each kind of integer column can hold: a bigger one is no row, not an error.
LIMITS = {
    "AutoField": 2**31 - 1,
    "IntegerField": 2**31 - 1,
    "PositiveIntegerField": 2**31 - 1,
    "SmallAutoField": 2**15 - 1,
    "SmallIntegerField": 2**15 - 1,
    "BigAutoField": 2**63 - 1,
    "BigIntegerField": 2**63 - 1,
}


def key_out_of_range(field: models.Field, value) -> bool:
    """True when `value` is a whole number too big for the integer column `field`."""
    limit = LIMITS.get(field.get_internal_type())
    if limit is None:
        return False
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return False  # not a number: Django's own validation says so
    return abs(number) > limit


def _key_field(model, to_field_name: str | None) -> models.Field:
    return model._meta.get_field(to_field_name) if to_field_name else model._meta.pk


class BoundedModelChoiceField(forms.ModelChoiceField):
    """A choice of one row that refuses a key too big for its column as an invalid choice."""

    def to_python(self, value):
        field = _key_field(self.queryset.model, self.to_field_name)
        if value not in self.empty_values and key_out_of_range(field, value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A choice of rows that refuses a key too big for its column as an invalid value."""

    def _check_values(self, value):
        field = _key_field(self.queryset.model, self.to_field_name)
        for key in value if isinstance(value, list | tuple) else []:
            if key_out_of_range(field, key):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": key},
                )
        return super()._check_values(value)


class StaffAdmin(admin.ModelAdmin):
    """Base for every staff list: a bad filter value answers with the plain list or a 400.

    Django turns the bad lookups it knows into a redirect to `?e=1`; values that only fail
    when a custom filter or the query runs (a year of "²" or 99999999999) would be a 500.
    Its forms refuse a row key too big for its column, which the database would refuse with
    an error instead of "no such row".
    """

    # Lookups the lists never offer, whose bad values fail inside the database instead
    DISALLOWED_LOOKUPS = frozenset({"regex", "iregex"})

    def lookup_allowed(self, lookup, value, request=None):
        if self.DISALLOWED_LOOKUPS & set(lookup.split("__")):
            return False  # Django answers 400
        return super().lookup_allowed(lookup, value, request)

    def get_changelist_instance(self, request):
        if any("\x00" in value for _, values in request.GET.lists() for value in values):
            raise SuspiciousOperation("A filter value holds a NUL character.")
        try:
            changelist = super().get_changelist_instance(request)
            len(changelist.result_list)  # run the page's query here, where its errors are caught
        except (ValueError, TypeError, OverflowError, ValidationError) as error:
            raise IncorrectLookupParameters(error) from error
        except Exception as error:  # the database's own "out of range" (e.g. DataError)
            if type(error).__name__ not in ("DataError", "NumericValueOutOfRange"):
                raise
            raise IncorrectLookupParameters(error) from error
        return changelist

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        kwargs.setdefault("form_class", BoundedModelChoiceField)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs.setdefault("form_class", BoundedModelMultipleChoiceField)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


def with_staff_base(admin_class: type[admin.ModelAdmin]) -> type[admin.ModelAdmin]:
    """`admin_class` with `StaffAdmin` under it (itself when it already has it)."""
    if issubclass(admin_class, StaffAdmin):
        return admin_class
    return type(
        admin_class.__name__, (StaffAdmin, admin_class), {"__module__": admin_class.__module__}
    )
