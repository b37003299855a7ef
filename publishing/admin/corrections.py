"""Staff screens of corrections to published reports: propose one from the review, the list of
those awaiting approval, and each one's decision page with the old and new values side by side
and what the identifier scanner finds in the new text.

No rule lives here: the pages call `publishing.services.corrections`, which refuses what may
not be done and says why. Approval is asked twice. A role that may only view gets 403 on any
POST; a private name is shown masked to everyone, and the new text itself is masked for those
who may not see the review's private names (the Auditor role). The proposed values are shown
only on the decision page: the correction's own page and its history versions leave them out.
"""

from __future__ import annotations

import difflib
import re
from functools import partial

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from nelscp.admin import key_out_of_range
from reviews.admin import HistoryAdmin
from reviews.admin.qa import error_summary
from reviews.models import Review
from reviews.services.flagged import PRIVATE_NAME

from ..models import Correction
from ..services import corrections
from .correction_forms import CorrectionForm, DecisionForm

PROPOSED = Correction.State.PROPOSED


def _in_range(model, key: int) -> int:
    """`key` when the model's key column can hold it; else 404 (the database would refuse it
    with an error, not "no such row")."""
    if key_out_of_range(model._meta.pk, key):
        raise Http404
    return key


def decide_url(correction: Correction) -> str:
    return reverse("admin:publishing_correction_decide", args=[correction.review_id, correction.pk])


# --- Propose ----------------------------------------------------------------------------------


def propose_view(model_admin, request: HttpRequest, review_pk: int) -> HttpResponse:
    """GET: the form with what the public reads now; POST: propose the changed details."""
    review = get_object_or_404(Review, pk=_in_range(Review, review_pk))
    if not request.user.has_perm("publishing.add_correction"):
        raise PermissionDenied
    published = review.status == Review.Status.PUBLISHED
    # the form works on its own copy: `review` stays as the public reads it
    form = CorrectionForm(request.POST or None, instance=Review.objects.get(pk=review.pk))
    if request.method == "POST" and published and form.is_valid():
        try:
            correction = corrections.correction_propose(
                review=review,
                by=request.user,
                changes=form.changes(),
                note=form.cleaned_data["note"],
            )
        except corrections.TransitionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                "Proposed: the report shows the correction once a second person approves it.",
            )
            return redirect(decide_url(correction))
    summary = error_summary([(form, "correction-form")]) if published else []
    context = {
        **model_admin.admin_site.each_context(request),
        "title": f"{'Error: ' if summary else ''}Propose a correction: {review.reference}",
        "opts": Correction._meta,
        "review": review,
        "form": form if published else None,
        "error_summary": summary,
        "waiting": review.corrections.filter(state=PROPOSED).select_related("proposed_by"),
    }
    return TemplateResponse(request, "admin/publishing/correction/propose.html", context)


# --- Decide -----------------------------------------------------------------------------------


def decide_view(model_admin, request: HttpRequest, review_pk: int, pk: int) -> HttpResponse:
    """One correction: old and new values, the scanner's findings; POST approves (after a
    confirmation), refuses with a reason, or withdraws it (its proposer)."""
    correction = get_object_or_404(
        Correction.objects.select_related("review", "proposed_by", "decided_by"),
        pk=_in_range(Correction, pk),
        review_id=_in_range(Review, review_pk),
    )
    user = request.user
    if not user.has_perm("publishing.view_correction"):
        raise PermissionDenied
    allowed = set()
    if user.has_perm("publishing.approve_correction"):
        allowed |= {"approve", "refuse"}
    if user.has_perm("publishing.add_correction"):
        allowed.add("withdraw")
    if request.method == "POST" and not allowed:
        raise PermissionDenied
    form = DecisionForm(request.POST or None)
    confirming = False
    if request.method == "POST" and form.is_valid():
        do = form.cleaned_data["do"]
        if do not in allowed:
            raise PermissionDenied
        if do == "approve" and not form.confirmed():
            confirming = corrections.approval_refusal(correction, user) is None
            if not confirming:
                form.add_error(None, corrections.approval_refusal(correction, user))
        else:
            done = _decide(request, correction, form, do)
            if done:
                messages.success(request, done)
                return redirect(decide_url(correction))
    context = {
        **model_admin.admin_site.each_context(request),
        **_decide_context(correction, user, form, allowed, confirming),
    }
    return TemplateResponse(request, "admin/publishing/correction/decide.html", context)


def _decide(request, correction: Correction, form: DecisionForm, do: str) -> str | None:
    """Call the service the form asks for; its message on success, None when refused."""
    try:
        if do == "approve":
            corrections.correction_approve(correction=correction, by=request.user)
            return "Approved: the report shows the corrected details and the correction note."
        if do == "refuse":
            reason = form.cleaned_data["reason"]
            corrections.correction_refuse(correction=correction, by=request.user, reason=reason)
            return "Refused: the report is unchanged, and the proposer can read your reason."
        corrections.correction_withdraw(correction=correction, by=request.user)
        return "Withdrawn: the report is unchanged."
    except corrections.TransitionError as error:
        form.add_error(None, str(error))
        return None


def _decide_context(correction: Correction, user, form, allowed: set, confirming: bool) -> dict:
    waiting = correction.state == PROPOSED
    refusal = corrections.approval_refusal(correction, user) if "approve" in allowed else None
    title = f"Correction: {correction.review.reference}"
    masked = not user.has_perm("reviews.view_protectedname")
    in_note = corrections.identifiers_in(correction)["note"]
    return {
        "title": f"Error: {title}" if form.errors else title,
        "opts": Correction._meta,
        "correction": correction,
        "review": correction.review,
        "rows": change_rows(correction, masked=masked),
        "note": _masked(correction.note, in_note) if masked else correction.note,
        "note_findings": _shown_findings(in_note),
        "form": form,
        "error_summary": error_summary([(form, "decision")]),
        "may_decide": waiting and "approve" in allowed,
        "may_withdraw": waiting and correction.proposed_by_id == user.pk,
        "refusal": refusal if waiting else None,
        "confirming": confirming,
    }


def change_rows(correction: Correction, *, masked: bool) -> list[dict]:
    """One row per changed detail: its label, the old and new values in words (text marked
    word by word), and what the scanner finds in the new text, private names masked."""
    found = corrections.identifiers_in(correction)
    approved = correction.state == Correction.State.APPROVED
    rows = []
    for name, new in correction.changes.items():
        old = correction.replaced.get(name) if approved else None
        if old is None:
            old = corrections.value_of(correction.review, name)
        findings = found.get(name, [])
        if corrections.is_text(name):
            new_text = _masked(new or "", findings) if masked else new or ""
            old_parts, new_parts = word_diff(old or "", new_text)
        else:
            old_parts = [("", shown(name, old))]
            new_parts = [("", shown(name, new))]
        rows.append(
            {
                "label": corrections.label(name),
                "old": old_parts,
                "new": new_parts,
                "findings": _shown_findings(findings),
            }
        )
    return rows


def _shown_findings(findings) -> list[tuple[str, str]]:
    """(what, the text found) for each finding, a private name only as words saying so."""
    return [(f.label, corrections.MASKED if f.kind == PRIVATE_NAME else f.text) for f in findings]


def _masked(text: str, findings) -> str:
    """`text` with each private name replaced by words saying one was there."""
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        if finding.kind == PRIVATE_NAME:
            text = f"{text[: finding.start]}[{corrections.MASKED}]{text[finding.end :]}"
    return text


def word_diff(old: str, new: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The old and the new text cut into ("", same), ("del", removed) and ("ins", added)."""
    a, b = re.split(r"(\s+)", old), re.split(r"(\s+)", new)
    old_parts, new_parts = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            old_parts.append(("", "".join(a[i1:i2])))
            new_parts.append(("", "".join(b[j1:j2])))
            continue
        if i2 > i1:
            old_parts.append(("del", "".join(a[i1:i2])))
        if j2 > j1:
            new_parts.append(("ins", "".join(b[j1:j2])))
    return old_parts, new_parts


def shown(name: str, value) -> str:
    """A stored value of `name` in words, as the public page says it."""
    if name in corrections.RELATED:
        rows = corrections.RELATED[name].objects.filter(pk__in=value or []).order_by("name")
        return "; ".join(row.name for row in rows) or "None recorded"
    field = Review._meta.get_field(name)
    value = field.to_python(value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if hasattr(value, "strftime"):
        return f"{value:%-d %B %Y}"
    return str(value) if value not in (None, "") else "(empty)"


# --- The list ---------------------------------------------------------------------------------


class StateFilter(admin.SimpleListFilter):
    """Awaiting approval unless asked otherwise: the list is first a to-do list."""

    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [*Correction.State.choices, ("all", "All")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "all":
            return queryset
        if value in Correction.State.values:
            return queryset.filter(state=value)
        return queryset.filter(state=PROPOSED)

    def choices(self, changelist):
        shown_value = (
            self.value() if self.value() in [*Correction.State.values, "all"] else PROPOSED
        )
        for value, text in self.lookup_choices:
            yield {
                "selected": shown_value == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": text,
            }


@admin.register(Correction)
class CorrectionAdmin(HistoryAdmin):
    """Every correction, kept: proposed from its review, decided on its own page, never edited
    nor deleted here. Its values are read on the decision page, where private names are masked."""

    list_display = ["review", "what", "state", "proposed", "decide_link"]
    list_filter = [StateFilter]
    list_select_related = ["review", "proposed_by"]
    search_fields = ["review__reference"]
    fields = [  # no proposed value nor note: the decision page shows them, private names masked
        "review",
        "state",
        "proposed_by",
        "proposed_at",
        "decided_by",
        "decided_at",
        "decision_reason",
        "decide_link",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False  # proposed from the review

    def has_change_permission(self, request, obj=None):
        return False  # decided on its own page, by the service

    def has_delete_permission(self, request, obj=None):
        return False  # every correction is kept

    def changelist_view(self, request, extra_context=None):
        waiting = request.GET.get("state", PROPOSED) == PROPOSED
        title = "Corrections awaiting approval" if waiting else "Corrections"
        return super().changelist_view(request, {"title": title, **(extra_context or {})})

    def get_urls(self):
        def view(func):
            return self.admin_site.admin_view(partial(func, self))

        return [
            path(
                "review/<int:review_pk>/propose/",
                view(propose_view),
                name="publishing_correction_propose",
            ),
            path(
                "review/<int:review_pk>/<int:pk>/",
                view(decide_view),
                name="publishing_correction_decide",
            ),
            *super().get_urls(),
        ]

    @admin.display(description="What it corrects")
    def what(self, obj):
        return ", ".join(corrections.label(name) for name in obj.changes)

    @admin.display(description="Proposed", ordering="proposed_at")
    def proposed(self, obj):
        return f"{timezone.localtime(obj.proposed_at):%-d %b %Y} by {obj.proposed_by}"

    @admin.display(description="")
    def decide_link(self, obj):
        label = "Approve or refuse" if obj.state == PROPOSED else "Read"
        return format_html('<a href="{}">{}</a>', decide_url(obj), label)
