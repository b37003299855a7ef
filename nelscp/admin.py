"""What every staff list and form shares, whoever registered its model: bad input is a form
error, a plain list or a 400, never a 500.

`nelscp.accounts.sites.StaffAdminSite.register` puts `StaffAdmin` under every ModelAdmin,
Django's and other libraries' (users, groups, devices, login attempts) as well as ours.
"""

from __future__ import annotations

import functools
import re

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
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
    "PositiveSmallIntegerField": 2**15 - 1,
    "BigAutoField": 2**63 - 1,
    "BigIntegerField": 2**63 - 1,
    "PositiveBigIntegerField": 2**63 - 1,
}
# A whole number as a person types it on a staff form: ASCII digits, perhaps a minus sign.
# Python's int() also reads "１２３", "١٢٣" or " 12_3 ", which nobody means as a number here.
WHOLE_NUMBER = re.compile(r"-?[0-9]+", re.ASCII)


def whole_number(value) -> int | None:
    """`value` (spaces around it aside) as an int when it is ASCII digits with perhaps a minus
    sign; None for anything else: other scripts' digits, "1e3", "12.0", "true", "" or None, and
    digits too many for any column (Python refuses to read over 4,300 of them)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    return int(text) if len(text) <= 40 and WHOLE_NUMBER.fullmatch(text) else None


def is_key(field: models.Field, value) -> bool:
    """Whether `value` can name a row by the integer column `field`: a whole number from 1 to
    the largest the column holds. A column of another kind (a slug, a UUID) is its own judge."""
    limit = LIMITS.get(field.get_internal_type())
    if limit is None:
        return True
    number = whole_number(value)
    return number is not None and 0 < number <= limit


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
    """A choice of one row that refuses, as an invalid choice, anything that is not a key of
    its column (not ASCII digits, negative or zero, too big), before any query runs; and a key
    of a row outside its queryset (another review's row), as Django does."""

    def to_python(self, value):
        field = _key_field(self.queryset.model, self.to_field_name)
        if value not in self.empty_values and not is_key(field, value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)

    def bound_data(self, data, initial):
        # The page shown again with the error must not look the bad key up: the admin's
        # autocomplete widget would query with it ("abc") and fail.
        field = _key_field(self.queryset.model, self.to_field_name)
        return data if data in self.empty_values or is_key(field, data) else None


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A choice of rows that refuses anything but keys of its column, as an invalid value."""

    def _check_values(self, value):
        field = _key_field(self.queryset.model, self.to_field_name)
        for key in value if isinstance(value, list | tuple) else []:
            if not is_key(field, key):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": key},
                )
        return super()._check_values(value)

    def bound_data(self, data, initial):
        field = _key_field(self.queryset.model, self.to_field_name)
        return [key for key in data if is_key(field, key)] if isinstance(data, list) else data


class WholeNumberField(forms.IntegerField):
    """A number or a year on a staff form: ASCII digits only (never "１２３" read as 123), within
    the limits the form gives and never beyond what its column holds."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        number = whole_number(value)
        if number is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return number


def whole_number_options(db_field: models.IntegerField) -> dict:
    """The form field options of an integer column: a `WholeNumberField` within the column."""
    kind = db_field.get_internal_type()
    limit = LIMITS.get(kind, 2**31 - 1)
    low = 0 if kind.startswith("Positive") else -limit
    return {"form_class": WholeNumberField, "min_value": low, "max_value": limit}


OTHER_ROW = (
    "A row sent as one of these is not one of them (it may be another review's, or the page "
    "was changed): reload the page and make the change again. Nothing has been saved."
)


class OwnRowsFormSet:
    """A model formset that refuses a row posted as an existing one whose id is not one of its
    own rows: another review's, a forged one or none. Django would leave that row out of the
    save without a word, and the page would say it saved."""

    def clean(self):
        super().clean()
        if any(form.instance.pk is None for form in self.initial_forms):
            raise ValidationError(OTHER_ROW, code="other_row")


@functools.cache
def with_own_rows(formset: type) -> type:
    """`formset` with `OwnRowsFormSet` over it (itself when it already has it)."""
    if issubclass(formset, OwnRowsFormSet):
        return formset
    return type(formset.__name__, (OwnRowsFormSet, formset), {"__module__": formset.__module__})


class StaffAdmin(admin.ModelAdmin):
    """Base for every staff list: a bad filter value answers with the plain list or a 400.

    Django turns the bad lookups it knows into a redirect to `?e=1`; values that only fail
    when a custom filter or the query runs (a year of "²" or 99999999999) would be a 500.
    Its forms, and the rows chosen for an action on the list, refuse anything but a key of its
    column as the choice of a row (the database would refuse one too big with an error instead
    of "no such row"), and read numbers and years in ASCII digits only, within their column; its
    inlines refuse a row that is not theirs (`OwnRowsFormSet`).
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

    def response_action(self, request, queryset):
        # Django looks the chosen rows up as they were posted: "abc" or "" would be a 500
        chosen = request.POST.getlist(ACTION_CHECKBOX_NAME)
        if not all(is_key(self.model._meta.pk, key) for key in chosen):
            message = (
                "Some of the chosen rows could not be read: choose them again. Nothing was done."
            )
            self.message_user(request, message, messages.WARNING)
            return None  # Django shows the list again
        return super().response_action(request, queryset)

    def get_inline_instances(self, request, obj=None):
        inlines = super().get_inline_instances(request, obj)
        for inline in inlines:
            inline.formset = with_own_rows(inline.formset)
        return inlines

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.IntegerField) and not db_field.choices:
            kwargs = whole_number_options(db_field) | kwargs
        return super().formfield_for_dbfield(db_field, request, **kwargs)

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
