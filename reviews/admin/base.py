"""What every staff screen shares: lists that survive bad filter values, history that is read and
never written, and the after-edit text check."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import modelform_factory
from django.http import Http404, HttpResponseNotAllowed
from django.urls import reverse
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin

from nelscp.admin import StaffAdmin

from .. import services
from ..models import Review

READ_ONLY_METHODS = ("GET", "HEAD")


class HistoryAdmin(StaffAdmin, SimpleHistoryAdmin):
    """Base for every tracked model: its history lists each change with its diff, read-only.

    History is evidence. django-simple-history's version page saves a POST from anyone who
    may view the record (hiding the Revert button does not stop it), so here the history
    pages answer GET and HEAD only, for everyone, superusers included: any other method is
    refused with 405 and changes nothing. A version is shown with every field read-only, its
    tracked many-to-many values as they were then.
    """

    history_list_per_page = 50

    def revert_disabled(self, request, obj=None) -> bool:
        return True

    def has_change_history_permission(self, request, obj=None) -> bool:
        return False

    def history_view(self, request, object_id, extra_context=None):
        if request.method not in READ_ONLY_METHODS:
            return HttpResponseNotAllowed(READ_ONLY_METHODS)
        _require_pk(self.model, unquote(object_id))
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """One past version of the record, read-only; never saves anything."""
        if request.method not in READ_ONLY_METHODS:
            return HttpResponseNotAllowed(READ_ONLY_METHODS)
        version = self._version(unquote(object_id), version_id)
        obj = version.instance
        obj._state.adding = False
        if not self.has_view_history_or_change_history_permission(request, obj):
            raise PermissionDenied
        request.current_app = self.admin_site.name
        fieldsets = _with_m2m_as_recorded(self.get_fieldsets(request, obj), version)
        form = modelform_factory(self.model, fields=())(instance=obj)
        adminform = helpers.AdminForm(
            form, fieldsets, {}, flatten_fieldsets(fieldsets), model_admin=self
        )
        context = {
            **self.admin_site.each_context(request),
            **self._version_context(request, obj, adminform),
            **(extra_context or {}),
        }
        return self.render_history_view(request, self.object_history_form_template, context)

    def _version(self, object_id: str, version_id: str):
        """The history row `version_id` of the record `object_id`; 404 for anything else."""
        history_model = self.model.history.model
        pk = _require_pk(self.model, object_id)
        try:
            version_pk = history_model._meta.pk.to_python(version_id)
            return history_model.objects.get(**{self.opts.pk.attname: pk, "pk": version_pk})
        except (ValidationError, history_model.DoesNotExist):
            raise Http404 from None

    def _version_context(self, request, obj, adminform) -> dict:
        opts = self.opts
        prefix = f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}"
        return {
            "title": self.history_form_view_title(request, obj),
            "adminform": adminform,
            "object_id": obj.pk,
            "original": obj,
            "is_popup": False,
            "media": mark_safe(self.media + adminform.media),
            "errors": helpers.AdminErrorList(adminform.form, []),
            "app_label": opts.app_label,
            "original_opts": opts,
            "opts": opts,
            "changelist_url": reverse(f"{prefix}_changelist"),
            "change_url": reverse(f"{prefix}_change", args=[obj.pk]),
            "history_url": reverse(f"{prefix}_history", args=[obj.pk]),
            "change_history": False,
            "revert_disabled": True,
            "add": False,
            "change": True,
            "has_add_permission": False,
            "has_view_permission": True,
            "has_change_permission": False,
            "has_delete_permission": False,
            "has_editable_inline_admin_formsets": False,
            "has_file_field": False,
            "has_absolute_url": False,
            "form_url": "",
            "inline_admin_formsets": [],
            "save_as": False,
            "save_on_top": False,
            "content_type_id": self.content_type_model_cls.objects.get_for_model(self.model).pk,
        }


def _require_pk(model, object_id: str):
    """`object_id` as the model's primary key; 404 when it cannot be one."""
    try:
        return model._meta.pk.to_python(object_id)
    except ValidationError:
        raise Http404 from None


def _with_m2m_as_recorded(fieldsets, version) -> list:
    """`fieldsets` with each tracked many-to-many field read from `version`, not from today."""
    tracked = {field.name: field for field in getattr(version, "_history_m2m_fields", ())}

    def swap(name):
        if isinstance(name, list | tuple):
            return type(name)(swap(each) for each in name)
        return _recorded_m2m(version, tracked[name]) if name in tracked else name

    return [
        (title, {**options, "fields": [swap(name) for name in options["fields"]]})
        for title, options in fieldsets
    ]


def _recorded_m2m(version, field):
    target = field.m2m_reverse_field_name()

    def display(obj) -> str | None:
        rows = getattr(version, field.name).select_related(target).order_by(target)
        return ", ".join(str(getattr(row, target) or "(deleted)") for row in rows) or None

    display.__name__ = field.name  # the field's help text still applies
    display.short_description = field.verbose_name
    return display


def check_text_changed(request, review: Review) -> None:
    """After an edit: void stale sign-offs and tell the user what that did."""
    message = services.review_text_changed(review=review, by=request.user)
    if message:
        messages.warning(request, message)
