"""The inlines of the review's pages: its findings, recommendations and private names, and a
recommendation's actions; each read-only or closed to new rows once the review is the record."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from ..models import Action, Finding, ProtectedName, Recommendation
from .forms import NumberedInlineFormSet


def _locked(part) -> bool:
    """True when `part` (a review, or a finding, recommendation or action) is the record."""
    return part is not None and part.pk is not None and part.is_text_locked()


def _progress_checked(part) -> bool:
    """True when `part` (a recommendation or an action) belongs to a QA-approved review: its
    actions' progress then changes only by an approved progress update."""
    if part is None or part.pk is None:
        return False
    review = part.review if isinstance(part, Recommendation) else part.recommendation.review
    return review.is_progress_checked()


def progress_fields(part) -> list[str]:
    """The action fields that no form may change for `part` (see `_progress_checked`)."""
    return list(Action.PROGRESS_FIELDS) if _progress_checked(part) else []


class LockedWithReviewInline:
    """An inline of report text: read-only once the parent review's text is locked."""

    def has_add_permission(self, request, obj=None):
        return not _locked(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not _locked(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not _locked(obj) and super().has_delete_permission(request, obj)


class FindingInline(LockedWithReviewInline, admin.StackedInline):
    model = Finding
    formset = NumberedInlineFormSet  # new rows numbered on; a number used twice is refused
    extra = 1
    fields = ["order", "title", "text"]


class RecommendationInline(LockedWithReviewInline, admin.StackedInline):
    model = Recommendation
    formset = NumberedInlineFormSet
    extra = 1
    fields = ["order", "text", "action_summary"]
    readonly_fields = ["action_summary"]
    show_change_link = True

    @admin.display(description="Actions")
    def action_summary(self, obj):
        if obj.pk is None:
            return "Save the review, then add this recommendation's actions on its action plan."
        count = obj.actions.count()
        url = reverse("admin:reviews_review_action_plan", args=[obj.review_id])
        return format_html(
            '{} action{}: add and edit them on the <a href="{}#recommendation-{}">action plan</a>.',
            count,
            "s" if count != 1 else "",
            url,
            obj.pk,
        )


class ProtectedNameInline(admin.TabularInline):
    """Private: hidden from roles without the permission (the Auditor) and the public."""

    model = ProtectedName
    extra = 0
    fields = ["name"]
    verbose_name_plural = (
        "Names that must not appear (private: real names of the child, family and "
        "practitioners; the QA check flags any of them found in the text)"
    )


class ActionInline(admin.StackedInline):
    """Actions of a recommendation. After publication their text is read-only; from QA approval
    on their progress is too (it moves on by approved progress updates)."""

    model = Action
    extra = 0

    def get_readonly_fields(self, request, obj=None):
        return (["agency", "description"] if _locked(obj) else []) + progress_fields(obj)

    def has_add_permission(self, request, obj=None):
        return not _locked(obj) and super().has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not _locked(obj) and super().has_delete_permission(request, obj)

    fields = [
        ("agency", "due_date"),
        "description",
        ("status", "completed_on"),
        "impact",
        "more_to_do",
        "evidence",
    ]
