"""The living action plan's staff screens: an action's progress updates (submitted there by the
business unit), and the updates awaiting approval, each decided on its own page by a QA
approver or a partnership manager who did not write it.

No rule lives here: the pages call `reviews.services.progress`, which refuses what may not be
done and says why. A role that may only view gets 403 on any POST.
"""

from __future__ import annotations

from functools import partial

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from .. import checks, services
from ..forms import ProgressDecisionForm, ProgressUpdateForm
from ..models import Action, ProgressUpdate
from ..services import progress
from .base import HistoryAdmin

PENDING = ProgressUpdate.State.PENDING


def action_progress_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the action, its progress as the public sees it and every update; a form to submit
    one for those who may. POST: submit the update (it waits for approval)."""
    action = get_object_or_404(
        Action.objects.select_related("agency", "recommendation__review"), pk=pk
    )
    user = request.user
    if not user.has_perm("reviews.view_action"):
        raise PermissionDenied
    review = action.recommendation.review
    may_submit = user.has_perm("reviews.add_progressupdate") and review.is_progress_checked()
    if request.method == "POST" and not may_submit:
        raise PermissionDenied
    form = ProgressUpdateForm.for_action(action, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            progress.progress_submit(action=action, by=user, **form.cleaned_data)
        except services.TransitionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Submitted: the update waits for a second person's approval.")
            return redirect("admin:reviews_action_progress", action.pk)
    updates = action.progress_updates.select_related("submitted_by", "decided_by")
    context = {
        **model_admin.admin_site.each_context(request),
        "title": f"Progress of an action: {review.reference}",
        "opts": Action._meta,
        "action": action,
        "review": review,
        "updates": updates,
        "form": form if may_submit else None,
        "not_yet": None if review.is_progress_checked() else progress.NOT_YET,
    }
    return TemplateResponse(request, "admin/reviews/action/progress.html", context)


def decide_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """One update with the scanner's findings marked in its text; POST approves or returns it.

    Opens for those who may see the review's private names (the marks show where one is)."""
    update = get_object_or_404(
        ProgressUpdate.objects.select_related(
            "action__agency", "action__recommendation__review", "submitted_by", "decided_by"
        ),
        pk=pk,
    )
    user = request.user
    if not user.has_perm("reviews.view_progressupdate") or not user.has_perm(
        "reviews.view_protectedname"
    ):
        raise PermissionDenied
    may_decide = user.has_perm("reviews.approve_progressupdate")
    if request.method == "POST" and not may_decide:
        raise PermissionDenied
    form = ProgressDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        done = _decide(request, update, form)
        if done:
            messages.success(request, done)
            return redirect("admin:reviews_progressupdate_changelist")
    return TemplateResponse(
        request,
        "admin/reviews/progressupdate/decide.html",
        {
            **model_admin.admin_site.each_context(request),
            **_decide_context(update, user, form, may_decide),
        },
    )


def _decide(request, update: ProgressUpdate, form: ProgressDecisionForm) -> str | None:
    """Call the service the form asks for; its message on success, None when refused."""
    try:
        if form.cleaned_data["do"] == "approve":
            progress.progress_approve(update=update, by=request.user)
            return "Approved: the action's progress now shows on the public report."
        progress.progress_return(update=update, by=request.user, note=form.cleaned_data["note"])
        return "Returned to its author with your note."
    except services.TransitionError as error:
        form.add_error(None, str(error))
        return None


def _decide_context(update: ProgressUpdate, user, form, may_decide: bool) -> dict:
    found = progress.identifiers_in(update)
    fields = []
    for name in progress.PUBLIC_FIELDS:
        spans = [(f.start, f.end, f"{name}-{f.start}") for f in found[name]]
        fields.append(
            {
                "label": ProgressUpdate._meta.get_field(name).verbose_name.capitalize(),
                "segments": checks.marked_segments(getattr(update, name), spans),
                "findings": [
                    (f, checks.KIND_LABELS.get(f.kind, f.kind), f"{name}-{f.start}")
                    for f in found[name]
                ],
            }
        )
    return {
        "title": f"Progress update: {update.action.recommendation.review.reference}",
        "opts": ProgressUpdate._meta,
        "update": update,
        "action": update.action,
        "fields": fields,
        "form": form,
        "may_decide": may_decide and update.state == PENDING,
        "refusal": progress.approval_refusal(update, user) if may_decide else None,
    }


class StateFilter(admin.SimpleListFilter):
    """Awaiting approval unless asked otherwise: the list is first a to-do list."""

    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [*ProgressUpdate.State.choices, ("all", "All")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "all":
            return queryset
        if value in ProgressUpdate.State.values:
            return queryset.filter(state=value)
        return queryset.filter(state=PENDING)

    def choices(self, changelist):
        shown = self.value() if self.value() in [*ProgressUpdate.State.values, "all"] else PENDING
        for value, label in self.lookup_choices:
            yield {
                "selected": shown == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }


@admin.register(ProgressUpdate)
class ProgressUpdateAdmin(HistoryAdmin):
    """Every update, kept: submitted from its action's page, decided on its own page, and
    never edited nor deleted here."""

    list_display = [
        "action_short",
        "review_reference",
        "agency",
        "state",
        "submitted",
        "decide_link",
    ]
    list_filter = [StateFilter]
    list_select_related = ["action__agency", "action__recommendation__review", "submitted_by"]
    search_fields = ["action__recommendation__review__reference", "action__description"]
    readonly_fields = [field.name for field in ProgressUpdate._meta.fields if field.name != "id"]

    def has_add_permission(self, request):
        return False  # submitted from the action's own page

    def has_change_permission(self, request, obj=None):
        return False  # decided on its own page, by the service

    def has_delete_permission(self, request, obj=None):
        return False  # every update is kept

    def changelist_view(self, request, extra_context=None):
        waiting = request.GET.get("state", PENDING) == PENDING
        title = "Progress updates awaiting approval" if waiting else "Progress updates"
        return super().changelist_view(request, {"title": title, **(extra_context or {})})

    def get_urls(self):
        def view(func):
            return self.admin_site.admin_view(partial(func, self))

        decide = path("<int:pk>/decide/", view(decide_view), name="reviews_progressupdate_decide")
        return [decide, *super().get_urls()]

    @admin.display(description="Action")
    def action_short(self, obj):
        return obj.action.description[:80]

    @admin.display(description="Review", ordering="action__recommendation__review__reference")
    def review_reference(self, obj):
        return obj.action.recommendation.review.reference

    @admin.display(description="Agency")
    def agency(self, obj):
        return obj.action.agency

    @admin.display(description="Submitted", ordering="submitted_at")
    def submitted(self, obj):
        return f"{timezone.localtime(obj.submitted_at):%-d %b %Y} by {obj.submitted_by}"

    @admin.display(description="")
    def decide_link(self, obj):
        url = reverse("admin:reviews_progressupdate_decide", args=[obj.pk])
        label = "Approve or return" if obj.state == PENDING else "Read"
        return format_html('<a href="{}">{}</a>', url, label)
