"""The staff screens for restrictions on publication: record, review and lift them."""

from functools import partial

from django.contrib import admin, messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from ..models import Restriction, Review
from . import qa
from .base import HistoryAdmin


@admin.register(Restriction)
class RestrictionAdmin(HistoryAdmin):
    list_display = ["review", "kind", "started_on", "next_review_on", "state"]
    list_filter = ["kind", ("lifted_on", admin.EmptyFieldListFilter)]
    list_select_related = ["review"]
    search_fields = ["review__reference"]
    autocomplete_fields = ["review"]
    fields = ["review", "kind", "details", "started_on", "expected_end", "next_review_on"]
    readonly_fields = ["lift_record"]

    def get_fields(self, request, obj=None):
        return self.fields + (["lift_record"] if obj else [])

    def get_readonly_fields(self, request, obj=None):
        if obj and not obj.is_active:
            return self.fields + ["lift_record"]
        return ["review", "lift_record"] if obj else []

    @admin.display(description="State")
    def state(self, obj):
        if not obj.is_active:
            return f"Lifted {obj.lifted_on:%-d %b %Y}"
        if obj.is_overdue_for_review(timezone.localdate()):
            return format_html('<strong class="overdue">In force, overdue for review</strong>')
        return "In force"

    @admin.display(description="Lifted")
    def lift_record(self, obj):
        """Who lifted it, when and why; the page offers "Lift it" to those who may."""
        if obj.is_active:
            return "In force."
        return f"Lifted on {obj.lifted_on:%-d %B %Y} by {obj.lifted_by}: {obj.lift_note}"

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("started_on", timezone.localdate())
        return initial

    def response_add(self, request, obj, post_url_continue=None):
        """A restriction on a report that is on the website opens its page again, where
        *Withdraw now* is offered, instead of the list."""
        if obj.is_active and obj.review.status == Review.Status.PUBLISHED:
            messages.warning(
                request,
                f"{obj.review.reference} is on the website while this restriction is in force: "
                "withdraw it now, or lift the restriction if it no longer applies.",
            )
            return redirect("admin:reviews_restriction_change", obj.pk)
        return super().response_add(request, obj, post_url_continue)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.is_active and obj.review.status == Review.Status.PUBLISHED:
            url = reverse("admin:reviews_review_publication", args=[obj.review_id])
            if obj.kind == Restriction.Kind.COURT_ORDER:
                url += "?grounds=court_order"
            context["withdraw_url"] = f"{url}#withdraw"
        return super().render_change_form(request, context, add, change, form_url, obj)

    def has_delete_permission(self, request, obj=None):
        return False  # lifted, never deleted: the record shows why publication waited

    def get_urls(self):
        lift = self.admin_site.admin_view(partial(qa.lift_view, self))
        return [
            path("<int:pk>/lift/", lift, name="reviews_restriction_lift"),
            *super().get_urls(),
        ]
