"""The staff screens for the taxonomy: learning themes and agencies."""

from django.contrib import admin
from django.db.models import Count

from ..models import Agency, Theme
from .base import HistoryAdmin


@admin.register(Theme, Agency)
class TaxonomyAdmin(HistoryAdmin):
    list_display = ["name", "slug", "review_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_reviews=Count("reviews", distinct=True))

    @admin.display(description="Reviews", ordering="_reviews")
    def review_count(self, obj):
        return obj._reviews
