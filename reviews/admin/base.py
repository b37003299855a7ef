"""What every review admin shares: the history base class and the after-edit text check."""

from django.contrib import messages
from simple_history.admin import SimpleHistoryAdmin

from .. import services
from ..models import Review


class HistoryAdmin(SimpleHistoryAdmin):
    """Base for every tracked model: the history page lists each change with its diff."""

    history_list_per_page = 50


def check_text_changed(request, review: Review) -> None:
    """After an edit: void stale sign-offs and tell the user what that did."""
    message = services.review_text_changed(review=review, by=request.user)
    if message:
        messages.warning(request, message)
