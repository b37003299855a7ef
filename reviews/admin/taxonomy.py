"""The staff screens for the taxonomy: learning themes and agencies.

A review's themes and agencies are signed by name (`reviews.models.qa.review_details`), so a
rename or a deletion that would change the text of a signed review is refused with the reason
(`services.taxonomy_change_refusal`): the name field's error, or no delete on the page, nor in
"Delete selected".
"""

from django import forms
from django.contrib import admin
from django.db.models import Count

from .. import services
from ..models import Agency, Theme
from .base import HistoryAdmin


class TaxonomyForm(forms.ModelForm):
    def clean_name(self):
        name = self.cleaned_data["name"]
        if self.instance.pk is not None and "name" in self.changed_data:
            refusal = services.taxonomy_change_refusal(entry=self.instance)
            if refusal:
                raise forms.ValidationError(refusal)
        return name


@admin.register(Theme, Agency)
class TaxonomyAdmin(HistoryAdmin):
    form = TaxonomyForm
    list_display = ["name", "slug", "review_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_reviews=Count("reviews", distinct=True))

    @admin.display(description="Reviews", ordering="_reviews")
    def review_count(self, obj):
        return obj._reviews

    def has_delete_permission(self, request, obj=None):
        if obj is not None and services.taxonomy_change_refusal(entry=obj, deleting=True):
            return False  # the page offers no delete; "Delete selected" lists it as refused
        return super().has_delete_permission(request, obj)
