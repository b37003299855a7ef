"""Staff screens of the public site: briefings, copy requests, annual summaries, stored PDFs.

Admin actions only call services (`publishing.services`); the services check states and permissions
of the move itself and write the history.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from reviews.admin import HistoryAdmin, StaffAdmin
from reviews.services.flagged import PRIVATE_NAME

from ..models import Briefing, CopyRequest, LearningSummary, PublicPdf
from ..services import briefings, common, copy_requests, files, learning


@admin.register(Briefing)
class BriefingAdmin(HistoryAdmin):
    """The draft is edited here; the website shows it only once a second person approves it
    (the "Approve for the website" action, for QA approvers and managers)."""

    list_display = ["review", "on_the_website", "updated_at"]
    search_fields = ["review__reference", "review__title"]
    autocomplete_fields = ["review"]
    fields = [
        "review",
        "on_the_website",
        "draft_checks",
        "case_in_brief",
        "key_learning",
        "what_has_changed",
        "reflective_questions",
    ]
    readonly_fields = ["on_the_website", "draft_checks"]
    actions = ["approve"]

    def has_approve_permission(self, request):
        return request.user.has_perm("publishing.approve_briefing")

    @admin.display(description="On the website")
    def on_the_website(self, obj):
        if obj is None or obj.pk is None:
            return "Not yet: a new briefing is approved by a second person before it is public."
        shown = (
            f"Approved by {obj.approved_by or 'an earlier process'} on "
            f"{timezone.localtime(obj.approved_at):%-d %B %Y}"
            if obj.public_content
            else "Not yet on the website"
        )
        if obj.is_awaiting_approval():
            return f"{shown}. This draft differs from it and awaits a second person's approval."
        return f"{shown}. The draft below is what the website shows."

    @admin.display(description="Checks on the draft")
    def draft_checks(self, obj):
        if obj is None or obj.pk is None:
            return "Checked when saved."
        lines = []
        for name, found in briefings.identifiers_in(obj).items():
            label = Briefing._meta.get_field(name).verbose_name.capitalize()
            for each in found:
                if each.kind == PRIVATE_NAME:
                    what = "a name on the review's private list (it cannot be approved)"
                else:
                    what = f"{each.label}: “{each.text}”"
                lines.append(f"{label}: {what}")
        return "\n".join(lines) or "Nothing that could identify a person was found."

    def save_model(self, request, obj, form, change):
        briefings.briefing_save(briefing=obj, by=request.user)

    @admin.action(description="Approve for the website", permissions=["approve"])
    def approve(self, request, queryset):
        approved = 0
        for briefing in queryset.select_related("review"):
            try:
                briefings.briefing_approve(briefing=briefing, by=request.user)
            except common.TransitionError as error:
                self.message_user(request, f"{briefing}: {error}", messages.ERROR)
            else:
                approved += 1
                self.message_user(
                    request, f"{briefing}: approved; the website shows it now.", messages.SUCCESS
                )
        if approved:
            files.pdf_queue_sweep()  # one sweep renders every briefing marked stale


class RefuseForm(forms.Form):
    reason = forms.CharField(
        label="Reason, as the requester will read it",
        widget=forms.Textarea(attrs={"rows": 5, "cols": 70}),
        max_length=2000,
    )


@admin.register(CopyRequest)
class CopyRequestAdmin(HistoryAdmin):
    list_display = ["reference", "review", "name", "status", "received_at", "due"]
    list_filter = ["status"]
    search_fields = ["reference", "name", "email", "review__reference", "review__title"]
    date_hierarchy = "received_at"
    actions = ["start", "send", "refuse"]
    fields = [
        "reference",
        "review",
        "status",
        "name",
        "email",
        "organisation",
        "purpose",
        "received_at",
        "due_on",
        "handled_by",
        "sent_at",
        "refusal_reason",
        "staff_notes",
    ]
    readonly_fields = [
        "reference",
        "review",
        "status",
        "name",
        "email",
        "organisation",
        "purpose",
        "received_at",
        "due_on",
        "handled_by",
        "sent_at",
        "refusal_reason",
    ]

    def has_add_permission(self, request):
        return False  # requests come from the public form

    def has_delete_permission(self, request, obj=None):
        return False  # kept for COPY_REQUEST_RETENTION_MONTHS after closing, then purged

    def has_handle_permission(self, request):
        return request.user.has_perm("publishing.handle_copyrequest")

    @admin.display(description="Due", ordering="due_on")
    def due(self, obj):
        if obj.is_overdue(timezone.localdate()):
            return format_html(
                '<strong style="color:#d4351c">OVERDUE: {}</strong>', f"{obj.due_on:%-d %b %Y}"
            )
        return f"{obj.due_on:%-d %b %Y}"

    def _each(self, request, queryset, work, done: str):
        for copy_request in queryset.select_related("review"):
            try:
                work(copy_request)
            except common.TransitionError as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                self.message_user(request, f"{copy_request.reference}: {done}", messages.SUCCESS)

    @admin.action(description="Mark as in progress", permissions=["handle"])
    def start(self, request, queryset):
        self._each(
            request,
            queryset,
            lambda r: copy_requests.copy_request_start(request=r, by=request.user),
            "marked in progress.",
        )

    @admin.action(description="Email the report PDF to the requester", permissions=["handle"])
    def send(self, request, queryset):
        self._each(
            request,
            queryset,
            lambda r: copy_requests.copy_request_send(
                request=r, by=request.user, now=timezone.now()
            ),
            "report emailed and the sending recorded.",
        )

    @admin.action(description="Refuse, with a reason", permissions=["handle"])
    def refuse(self, request, queryset):
        form = RefuseForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            reason = form.cleaned_data["reason"]
            self._each(
                request,
                queryset,
                lambda r: copy_requests.copy_request_refuse(
                    request=r, by=request.user, reason=reason
                ),
                "refused; the requester has been told why.",
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Refuse requests for a copy",
            "form": form,
            "requests": queryset,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "publishing/admin/refuse.html", context)


@admin.register(LearningSummary)
class LearningSummaryAdmin(HistoryAdmin):
    list_display = ["__str__", "generated_at", "published_at", "page"]
    fields = ["year", "introduction", "checks", "generated_at", "published_at", "contents"]
    readonly_fields = ["checks", "generated_at", "published_at", "contents"]
    actions = ["publish", "unpublish", "regenerate"]

    def has_publish_permission(self, request):
        return request.user.has_perm("publishing.publish_learningsummary")

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="What it covers")
    def contents(self, obj):
        content = obj.content or {}
        actions = content.get("actions", {})
        return (
            f"{len(content.get('reviews', []))} reviews, {len(content.get('themes', []))} "
            f"themes, {actions.get('completed', 0)} of {actions.get('total', 0)} actions completed"
        )

    @admin.display(description="Public page")
    def page(self, obj):
        if not obj.is_published:
            return "Not published"
        return format_html(
            '<a href="{}">/learning/{}/</a>',
            reverse("publishing:learning", args=[obj.year]),
            obj.year,
        )

    def has_change_permission(self, request, obj=None):
        # A published summary does not change under its readers: take it off the site first.
        published = obj is not None and obj.is_published
        return not published and super().has_change_permission(request, obj)

    @admin.display(description="Checks on the introduction")
    def checks(self, obj):
        if obj is None or obj.pk is None:
            return "Checked when saved."
        lines = [
            "a name on a covered review's private list (it cannot be published)"
            if each.kind == PRIVATE_NAME
            else f"{each.label}: “{each.text}”"
            for each in learning.introduction_identifiers(obj)
        ]
        return "\n".join(lines) or "Nothing that could identify a person was found."

    def save_model(self, request, obj, form, change):
        learning.learning_summary_save(summary=obj, by=request.user)
        if not obj.is_published:
            # A draft always shows the reviews as they are now.
            learning.learning_summary_generate(summary=obj, now=timezone.now())

    def _each(self, request, queryset, work, done):
        for summary in queryset:
            try:
                work(summary)
            except common.TransitionError as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                self.message_user(request, f"{summary}: {done}", messages.SUCCESS)

    @admin.action(description="Publish on the website", permissions=["publish"])
    def publish(self, request, queryset):
        self._each(
            request,
            queryset,
            lambda s: learning.learning_summary_publish(
                summary=s, by=request.user, now=timezone.now()
            ),
            "published.",
        )

    @admin.action(description="Take off the website", permissions=["publish"])
    def unpublish(self, request, queryset):
        self._each(
            request,
            queryset,
            lambda s: learning.learning_summary_unpublish(summary=s, by=request.user),
            "taken off the website.",
        )

    @admin.action(description="Generate again from the reviews", permissions=["change"])
    def regenerate(self, request, queryset):
        self._each(
            request,
            queryset,
            lambda s: learning.learning_summary_generate(summary=s, now=timezone.now()),
            "generated from the reviews as they are now.",
        )


@admin.register(PublicPdf)
class PublicPdfAdmin(StaffAdmin):
    """Read only: PDFs are rendered by the worker, never uploaded."""

    list_display = ["key", "version_hash", "size", "rendered_at"]
    search_fields = ["key"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
