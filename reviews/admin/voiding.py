"""Warn before voiding: a save that would void a QA sign-off or a notice, or cancel a scheduled
publication, asks first and names what would be lost.

Every page that edits the frozen report writes its rows inside a transaction, then asks
`services.void_warning` what the text as written would void: the same rules that
`review_text_changed` applies, read only, so the warning comes exactly when a save would void
something (never for a draft, a progress change or a field outside the frozen text). Unless
the POST confirms that very warning, `text_change_check` raises `VoidUnconfirmed`: the
transaction rolls back, nothing is saved, and the page is shown again with everything typed,
the warning at the top and a box to tick. Posted with the box ticked, the save goes ahead and
`review_text_changed` voids what the warning named.

The box's value is a digest of the warning's words: a confirmation counts only for what it was
given for, so if more is at stake by the time it is posted (a notice sent meanwhile), the page
asks again.

Deleting a finding, recommendation or action changes the frozen text too: its delete page warns
in the same words, with the same box, and deletes nothing until the box is ticked.
"""

from __future__ import annotations

import copy
import hashlib

from django.db import transaction
from django.http import HttpRequest, QueryDict

from .. import services
from ..models import Review
from .base import check_text_changed

CONFIRM = "confirm_void"
UNCONFIRMED = (
    "Nothing has been saved. Tick “Yes, void these and save my changes” at the top of the page "
    "and save again, or leave the page to void nothing."
)
UNDELETED = (
    "Nothing has been deleted. Tick “Yes, void these and delete it” and confirm again, or "
    "leave the page to void nothing."
)


class VoidUnconfirmed(Exception):
    """A save would void `warning`, and the request did not confirm it."""

    def __init__(self, warning: str):
        super().__init__(warning)
        self.warning = warning


def confirmation_token(warning: str) -> str:
    """The value of the box that confirms `warning`, and only it."""
    return hashlib.sha256(warning.encode()).hexdigest()[:16]


def text_change_check(request: HttpRequest, review: Review) -> None:
    """After an edit's rows are written, inside its transaction: void what the edit makes stale
    and tell the user; raise `VoidUnconfirmed` when that needs a confirmation not given."""
    warning = services.void_warning(review=review)
    if warning and request.POST.get(CONFIRM) != confirmation_token(warning):
        raise VoidUnconfirmed(warning)
    check_text_changed(request, review)


def warning_context(warning: str, *, deleting: bool = False) -> dict:
    """What templates/admin/reviews/_void_warning.html shows: on a delete page (`deleting`), in
    words about deleting ("Deleting it will void..."); the box confirms `warning` either way."""
    token = confirmation_token(warning)
    shown = warning
    if deleting and warning.startswith("Saving "):
        shown = "Deleting it " + warning.removeprefix("Saving ")
    return {
        "void_warning": shown,
        "void_field": CONFIRM,
        "void_token": token,
        "void_deleting": deleting,
    }


class WarnBeforeVoidAdmin:
    """The change (and add) form of the review or a part of it, warning before it voids.

    Django saves the object and its inlines in `changeform_view`'s transaction; the check runs
    at the end of `save_related`. When it refuses, the transaction has rolled back and the form
    is shown again, from the same POST, with the warning and an error that keeps it unsaved.
    """

    def review_of(self, obj) -> Review:
        """The review `obj` belongs to: itself, its recommendation's (an action), or its own."""
        if isinstance(obj, Review):
            return obj
        if hasattr(obj, "recommendation"):
            return obj.recommendation.review
        return obj.review

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        text_change_check(request, self.review_of(form.instance))

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except VoidUnconfirmed as unconfirmed:
            request.void_warning = unconfirmed.warning
            context = {**(extra_context or {}), **warning_context(unconfirmed.warning)}
            return super().changeform_view(request, object_id, form_url, context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if getattr(request, "void_warning", None) is None:
            return form
        return type(form)(form.__name__, (form,), {"clean": _kept_unsaved})


def _kept_unsaved(form):
    data = super(type(form), form).clean()
    form.add_error(None, UNCONFIRMED)
    return data


class WarnBeforeVoidDeleteAdmin(WarnBeforeVoidAdmin):
    """The change form and the delete page of a part of the review, both warning before they
    void anything.

    A GET of the delete page finds the warning by deleting the row in a savepoint that is then
    rolled back: the same rules as a real deletion. A POST deletes in `delete_view`'s
    transaction and checks the text in `delete_model`, once the row is gone. When the check
    refuses, the transaction has rolled back and the page is shown again, as for a GET, with
    the warning, its box inside the form and an error saying nothing was deleted.
    """

    delete_confirmation_template = "admin/reviews/delete_confirmation.html"

    def delete_model(self, request, obj):
        review = self.review_of(obj)  # while the row is still there to lead to it
        super().delete_model(request, obj)
        text_change_check(request, review)

    def delete_view(self, request, object_id, extra_context=None):
        try:
            return super().delete_view(request, object_id, extra_context)
        except VoidUnconfirmed as unconfirmed:
            shown = warning_context(unconfirmed.warning, deleting=True)
            context = {**(extra_context or {}), **shown, "void_error": UNDELETED}
            return super().delete_view(_shown_again(request), object_id, context)

    def render_delete_form(self, request, context):
        blocked = context["perms_lacking"] or context["protected"]  # nothing would be deleted
        if "void_warning" not in context and not blocked:
            warning = self.deletion_warning(context["object"])
            context.update(warning_context(warning, deleting=True) if warning else {})
        return super().render_delete_form(request, context)

    def deletion_warning(self, obj) -> str | None:
        """What deleting `obj` would void, in the change form's words; None when nothing."""
        review = self.review_of(obj)
        with transaction.atomic():
            # a copy of the row is deleted, so `obj` keeps its key for the page
            type(obj)._base_manager.filter(pk=obj.pk).delete()
            warning = services.void_warning(review=review)
            transaction.set_rollback(True)
        return warning


def _shown_again(request: HttpRequest) -> HttpRequest:
    """`request` as a GET of the same page: Django's delete view then shows it, deleting
    nothing."""
    shown = copy.copy(request)
    shown.method = "GET"
    shown.POST = QueryDict()
    return shown
