"""A progress update of one action: what an agency reports, kept whatever is decided.

Once a review is QA approved its report is frozen, but its action plan lives on for years. An
update is the only way the action's progress then changes, and it reaches the action (and the
public) only when a second person approves it (`reviews.services.progress`). Nobody may delete
an update: the model has no delete permission to give.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from .review import Action


class ProgressUpdate(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", "Awaiting approval"
        APPROVED = "approved", "Approved"
        RETURNED = "returned", "Returned"

    action = models.ForeignKey(Action, on_delete=models.PROTECT, related_name="progress_updates")
    status = models.CharField(max_length=12, choices=Action.Status)
    completed_on = models.DateField(null=True, blank=True)
    impact = models.TextField("impact statement", blank=True)
    more_to_do = models.TextField("what more will be done", blank=True)
    evidence_note = models.TextField(blank=True, help_text="For staff: never shown to the public.")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField()
    state = models.CharField(max_length=10, choices=State, default=State.PENDING, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        default_permissions = ("add", "change", "view")  # never deleted
        permissions = [("approve_progressupdate", "Can approve or return progress updates")]

    def __str__(self) -> str:
        return f"Progress of {self.action} ({self.get_state_display().lower()})"
