"""Staff screens for publishing: recipients, notices and deliveries, extensions, decisions,
withdrawals and the extra non-working days. Lifecycle moves happen on each review's
publication page."""

from django.contrib import admin
from django.urls import path, reverse
from django.utils.html import format_html

from reviews.admin import HistoryAdmin, ReviewAdmin
from reviews.models import Review

from ..models import (
    Decision,
    Delivery,
    Extension,
    NonWorkingDay,
    Notice,
    Recipient,
    Withdrawal,
)
from .views import publication_view


class ReadOnlyAdmin(HistoryAdmin):
    """A record written by services: staff read it here and act on the publication page."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class PublishingReviewAdmin(ReviewAdmin):
    """The review's staff screens, plus its Publication page (publishing builds on reviews)."""

    def extra_urls(self, view) -> list:
        return [
            path(
                "<int:pk>/publication/",
                view(publication_view),
                name="reviews_review_publication",
            )
        ]


admin.site.unregister(Review)
admin.site.register(Review, PublishingReviewAdmin)


def publication_link(review) -> str:
    url = reverse("admin:reviews_review_publication", args=[review.pk])
    return format_html('<a href="{}">{}</a>', url, review.reference)


@admin.register(Recipient)
class RecipientAdmin(HistoryAdmin):
    list_display = ["body", "name", "email"]
    fields = ["body", "name", "email"]

    def get_readonly_fields(self, request, obj=None):
        return ["body"] if obj else []

    def has_delete_permission(self, request, obj=None):
        return False  # deliveries keep pointing at their recipient

    def has_add_permission(self, request):
        return False  # one per national body, created with the database


class DeliveryInline(admin.TabularInline):
    model = Delivery
    fields = ["recipient", "email", "state", "attempts", "sent_at", "last_error"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Notice)
class NoticeAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "kind", "review_link", "state"]
    list_filter = ["kind"]
    list_select_related = ["review"]
    search_fields = ["review__reference"]
    fields = [
        "review",
        "kind",
        "created_by",
        "created_at",
        "content_hash",
        "pdf",
        "pdf_sha256",
        "message",
        "voided_at",
        "void_reason",
    ]
    inlines = [DeliveryInline]

    @admin.display(description="Review")
    def review_link(self, obj):
        return publication_link(obj.review)

    @admin.display(description="State")
    def state(self, obj):
        return f"Void: {obj.void_reason}" if obj.voided_at else "In force"


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyAdmin):
    list_display = ["notice", "recipient", "email", "state", "attempts", "sent_at"]
    list_filter = ["state", "recipient"]
    list_select_related = ["notice__review", "recipient"]
    search_fields = ["notice__review__reference", "email"]


@admin.register(Extension)
class ExtensionAdmin(ReadOnlyAdmin):
    list_display = ["review", "until", "linked_review", "created_by"]
    list_select_related = ["review", "linked_review", "created_by"]


@admin.register(Decision)
class DecisionAdmin(ReadOnlyAdmin):
    list_display = ["review", "decided_at", "stage", "panel_challenges"]
    list_select_related = ["review"]


@admin.register(Withdrawal)
class WithdrawalAdmin(ReadOnlyAdmin):
    """Every withdrawal, in force or ended: made and ended on the review's Publication page."""

    list_display = ["review", "withdrawn_at", "reason", "withdrawn_by", "ended_at", "ending"]
    list_filter = ["reason", ("ended_at", admin.EmptyFieldListFilter)]
    list_select_related = ["review", "withdrawn_by"]
    search_fields = ["review__reference"]


@admin.register(NonWorkingDay)
class NonWorkingDayAdmin(HistoryAdmin):
    """One-off days off announced after our `holidays` release; the history page audits edits."""

    list_display = ["date", "name"]
    ordering = ["date"]
    fields = ["date", "name", "created_at"]
    readonly_fields = ["created_at"]
