"""Staff screens for publishing: the extra non-working days managers record."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import NonWorkingDay


@admin.register(NonWorkingDay)
class NonWorkingDayAdmin(SimpleHistoryAdmin):
    """One-off days off announced after our `holidays` release; the history page audits edits."""

    list_display = ["date", "name"]
    ordering = ["date"]
    fields = ["date", "name", "created_at"]
    readonly_fields = ["created_at"]


from . import public_admin  # noqa: E402, F401  (registers the public site's models)
