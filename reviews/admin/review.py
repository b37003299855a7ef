"""The review's staff screens: the review with its findings and recommendations, the action plan."""

from functools import partial

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from .. import services
from ..models import Action, Finding, Recommendation, Review
from . import progress, qa
from .action_plan import action_plan_view
from .base import HistoryAdmin
from .forms import NumberedPartForm, ReviewForm
from .inlines import (
    ActionInline,
    FindingInline,
    ProtectedNameInline,
    RecommendationInline,
    _locked,
    progress_fields,
)
from .voiding import WarnBeforeVoidAdmin, WarnBeforeVoidDeleteAdmin

NO_BULK_DELETE = (
    "You do not have permission to delete several at once: delete each one from its own page, "
    "which first says what deleting it would void."
)


class DecisionYearFilter(admin.SimpleListFilter):
    title = "year of decision to review"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = Review.objects.dates("decision_date", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        year = _year(self.value())
        return queryset if year is None else queryset.filter(decision_date__year=year)


def _year(value: str | None) -> int | None:
    """`value` as a year from 1 to 9999; None for anything else ("²", "99999999999")."""
    if value and value.isascii() and value.isdigit() and 1 <= int(value) <= 9999:
        return int(value)
    return None


class ReviewPartAdmin(WarnBeforeVoidDeleteAdmin, HistoryAdmin):
    """A finding, recommendation or action: once its review's text is locked it is the record,
    so no page deletes it. Before that, its form and its delete page (`/delete/`) warn before
    a save or the deletion voids a sign-off or a notice, and ask for a confirmation.

    The list offers no "Delete selected", and refuses it when posted: one confirmation could
    not stand for every review the rows belong to, so rows are deleted one at a time, each on
    the page that warns."""

    def has_delete_permission(self, request, obj=None):
        return not _locked(obj) and super().has_delete_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def changelist_view(self, request, extra_context=None):
        if request.method == "POST" and request.POST.get("action") == "delete_selected":
            return HttpResponseForbidden(NO_BULK_DELETE)  # a list page from before the change
        return super().changelist_view(request, extra_context)


def _progress_cell(completed: int, total: int, overdue: int) -> str:
    if total == 0:
        return "No actions"
    text = f"{completed} of {total} completed"
    if overdue:
        return format_html('{} <strong class="overdue">({} overdue)</strong>', text, overdue)
    return text


@admin.register(Review)
class ReviewAdmin(WarnBeforeVoidAdmin, HistoryAdmin):
    form = ReviewForm
    list_display = ["reference", "title", "status", "decided", "plan_link"]
    list_filter = ["status", "themes", DecisionYearFilter, "review_type", "harm"]
    search_fields = ["reference", "title", "pseudonym"]
    prepopulated_fields = {"slug": ["reference", "pseudonym"]}  # empty: made when saved
    filter_horizontal = ["themes", "agencies"]
    readonly_fields = [
        "status",
        "author",
        "progress",
        "restrictions_in_force",
        "created_at",
        "updated_at",
    ]
    inlines = [FindingInline, RecommendationInline, ProtectedNameInline]
    fieldsets = [
        (
            None,
            {"fields": ["reference", "status", "progress", "restrictions_in_force", "author"]},
        ),
        (
            "About the review",
            {
                "fields": [
                    "pseudonym",
                    "title",
                    "slug",
                    "review_type",
                    "harm",
                    ("age_band", "sex"),
                    ("incident_month", "incident_year"),
                    "decision_date",
                    "reviewer_name",
                    "themes",
                    "agencies",
                    "content_warning",
                ]
            },
        ),
        (
            "The report",
            {"fields": ["summary", "what_happened", "practice_issues", "what_needs_to_change"]},
        ),
        ("Record", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        today = timezone.localdate()
        # Annotated counts group the rows, and Meta.ordering is not applied to a grouped query:
        # order explicitly, so pages (the list, the autocomplete) are stable.
        reviews = super().get_queryset(request).with_action_progress(today)
        return reviews.order_by(*Review._meta.ordering)

    class Media:
        css = {"all": ["css/admin/action_plan.css"]}
        js = ["js/admin/numbering.js"]

    @admin.display(description="Action plan")
    def progress(self, obj):
        if obj.pk is None:
            return "No actions yet"
        return _progress_cell(obj.actions_completed, obj.actions_total, obj.actions_overdue)

    @admin.display(description="Action plan")
    def plan_link(self, obj):
        url = reverse("admin:reviews_review_action_plan", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, self.progress(obj))

    @admin.display(description="Decided", ordering="decision_date")
    def decided(self, obj):
        return f"{obj.decision_date:%-d %b %Y}"

    @admin.display(description="Restrictions in force")
    def restrictions_in_force(self, obj):
        """The restrictions; the page's tools link to record one, for those who may."""
        active = obj.active_restrictions() if obj.pk else []
        return ", ".join(str(r) for r in active) if active else "None"

    def get_readonly_fields(self, request, obj=None):
        """Once locked, every public detail (themes and agencies too): only an approved
        correction changes them (`services.public_fields_guard` refuses any other edit)."""
        fields = list(super().get_readonly_fields(request, obj))
        return fields + list(Review.PUBLIC_FIELDS) if _locked(obj) else fields

    def get_prepopulated_fields(self, request, obj=None):
        return {} if _locked(obj) else super().get_prepopulated_fields(request, obj)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        m2m = {
            name: {row.pk for row in form.cleaned_data[name]}
            for name in ("themes", "agencies")
            if name in form.cleaned_data
        }
        try:
            services.public_fields_guard(review=obj, m2m=m2m)
        except services.TransitionError as error:
            raise PermissionDenied(str(error)) from None  # the page's transaction writes nothing
        super().save_model(request, obj, form, change)

    def has_delete_permission(self, request, obj=None):
        return False  # the record of a review is never deleted

    def may_submit(self, request, obj) -> bool:
        """True when the save row offers "Save and submit for QA"."""
        return (
            obj is not None
            and obj.status == Review.Status.DRAFT
            and request.user.has_perm("reviews.submit_review")
            and self.has_change_permission(request, obj)
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["may_submit"] = self.may_submit(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_change(self, request, obj):
        """After the normal save: "Save and submit for QA" submits, the edits saved either way."""
        if "_submit_for_qa" not in request.POST or not self.may_submit(request, obj):
            return super().response_change(request, obj)
        try:
            services.review_submit(review=obj, by=request.user)
        except services.TransitionError as error:
            messages.warning(request, "Your changes were saved, but the review was not submitted.")
            messages.error(request, str(error))
        else:
            messages.success(request, "Saved and submitted for quality assurance.")
        return redirect("admin:reviews_review_change", obj.pk)

    def extra_urls(self, view) -> list:
        """Pages that the layers above add to a review (publishing adds its Publication page).

        `view(func)` wraps `func(model_admin, request, pk)` as a staff-only view.
        """
        return []

    def get_urls(self):
        def view(func):
            return self.admin_site.admin_view(partial(func, self))

        return [
            path("<int:pk>/submit/", view(qa.submit_view), name="reviews_review_submit"),
            path("<int:pk>/qa/", view(qa.qa_view), name="reviews_review_qa"),
            path(
                "<int:pk>/action-plan/", view(action_plan_view), name="reviews_review_action_plan"
            ),
            *self.extra_urls(view),
            *super().get_urls(),
        ]


@admin.register(Recommendation)
class RecommendationAdmin(ReviewPartAdmin):
    form = NumberedPartForm
    list_display = ["__str__", "review", "action_count"]
    list_select_related = ["review"]
    search_fields = ["review__reference", "text"]
    readonly_fields = ["review"]
    fields = ["review", "order", "text"]
    inlines = [ActionInline]

    def get_readonly_fields(self, request, obj=None):
        return ["review", "order", "text"] if _locked(obj) else ["review"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_actions=Count("actions"))

    @admin.display(description="Actions", ordering="_actions")
    def action_count(self, obj):
        return obj._actions

    def has_add_permission(self, request):
        return False  # recommendations are added on their review's page


class OverdueFilter(admin.SimpleListFilter):
    title = "overdue"
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", "Overdue"), ("no", "Not overdue")]

    def queryset(self, request, queryset):
        overdue = Action.overdue_q(timezone.localdate())
        if self.value() == "yes":
            return queryset.filter(overdue)
        if self.value() == "no":
            return queryset.exclude(overdue)
        return queryset


@admin.register(Action)
class ActionAdmin(ReviewPartAdmin):
    """Every action across reviews: the partnership's action-plan tracker."""

    list_display = ["description_short", "review_reference", "agency", "due_date", "status_cell"]
    list_filter = ["status", OverdueFilter, "agency"]
    list_select_related = ["recommendation__review", "agency"]
    search_fields = ["description", "recommendation__review__reference"]
    date_hierarchy = "due_date"
    fields = [
        "recommendation",
        ("agency", "due_date"),
        "description",
        ("status", "completed_on"),
        "impact",
        "more_to_do",
        "evidence",
        ("progress_updated_on", "progress_updates"),
    ]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ["progress_updated_on", "progress_updates"]
        text = ["recommendation", "agency", "description"] if _locked(obj) else ["recommendation"]
        return [*text, *progress_fields(obj), "progress_updated_on", "progress_updates"]

    @admin.display(description="Progress updates")
    def progress_updates(self, obj):
        if obj is None or obj.pk is None or not obj.recommendation.review.is_progress_checked():
            return "Recorded here until the review is QA approved."
        url = reverse("admin:reviews_action_progress", args=[obj.pk])
        return format_html('<a href="{}">Progress updates of this action</a>', url)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "recommendation":  # new actions only where the text may change
            locked = Review.TEXT_LOCKED
            kwargs["queryset"] = Recommendation.objects.exclude(review__status__in=locked)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_urls(self):
        page = self.admin_site.admin_view(partial(progress.action_progress_view, self))
        return [
            path("<int:pk>/progress/", page, name="reviews_action_progress"),
            *super().get_urls(),
        ]

    @admin.display(description="Action")
    def description_short(self, obj):
        return obj.description[:80]

    @admin.display(description="Review", ordering="recommendation__review__reference")
    def review_reference(self, obj):
        return obj.recommendation.review.reference

    @admin.display(description="Status", ordering="status")
    def status_cell(self, obj):
        if obj.is_overdue(timezone.localdate()):
            return format_html(
                '{} <strong class="overdue">(overdue)</strong>', obj.get_status_display()
            )
        return obj.get_status_display()


@admin.register(Finding)
class FindingAdmin(ReviewPartAdmin):
    form = NumberedPartForm
    list_display = ["__str__", "review"]
    list_select_related = ["review"]
    search_fields = ["review__reference", "title", "text"]
    readonly_fields = ["review"]

    def get_readonly_fields(self, request, obj=None):
        return ["review", "order", "title", "text"] if _locked(obj) else ["review"]

    def has_add_permission(self, request):
        return False  # findings are added on their review's page
