"""Publishing records. The operational heartbeat lives here; the lifecycle joins it later."""

from django.db import models
from simple_history.models import HistoricalRecords


class Heartbeat(models.Model):
    """When a background process last proved it was alive (the worker, run by the scheduler)."""

    name = models.CharField(max_length=40, unique=True)
    last_seen = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} last seen {self.last_seen:%Y-%m-%d %H:%M:%S}"


class NonWorkingDay(models.Model):
    """A day off in England that the `holidays` package does not know about.

    One-off bank holidays (a royal event, a state funeral) are announced with a few months'
    notice, often after the package release we run; managers record them here so the working-
    day rules count them at once. See `publishing.workdays`.
    """

    date = models.DateField(
        unique=True, error_messages={"unique": "This date is already a non-working day."}
    )
    name = models.CharField(max_length=100, help_text="For example: Bank holiday for a royal event")
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["date"]
        verbose_name = "non-working day"

    def __str__(self) -> str:
        return f"{self.date:%a %d %b %Y}: {self.name}"


# The public site's own models (copy requests, briefings, learning summaries) live in their module.
from .public_models import *  # noqa: E402, F403
