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
"""

from __future__ import annotations

import hashlib

from django.http import HttpRequest

from .. import services
from ..models import Review
from .base import check_text_changed

CONFIRM = "confirm_void"
UNCONFIRMED = (
    "Nothing has been saved. Tick “Yes, void these and save my changes” at the top of the page "
    "and save again, or leave the page to void nothing."
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


def warning_context(warning: str) -> dict:
    """What templates/admin/reviews/_void_warning.html shows."""
    token = confirmation_token(warning)
    return {"void_warning": warning, "void_field": CONFIRM, "void_token": token}


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
