"""Corrections: a change to a published report's public details, proposed by one person and
approved by a second before the public reads it, then listed on the report with its date."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from reviews.models import Review


class Correction(models.Model):
    """One proposed correction of a published review: the new values of the fields it changes
    (`changes`, field name -> value as `publishing.services.corrections` stores it), the note the
    public will read once it is approved, and who decided it."""

    class State(models.TextChoices):
        PROPOSED = "proposed", "Awaiting approval"
        APPROVED = "approved", "Approved"
        REFUSED = "refused", "Refused"
        WITHDRAWN = "withdrawn", "Withdrawn by its proposer"

    review = models.ForeignKey(Review, on_delete=models.PROTECT, related_name="corrections")
    changes = models.JSONField("proposed values")
    # The values the approval replaced, kept beside `changes` so the record shows both.
    replaced = models.JSONField("values replaced", default=dict, blank=True)
    note = models.TextField(
        "correction note",
        help_text="What was corrected, in plain English, as readers will see it. The date is "
        "added when it is approved.",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    proposed_at = models.DateTimeField()
    state = models.CharField(max_length=12, choices=State, default=State.PROPOSED)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-proposed_at", "-pk"]
        permissions = [("approve_correction", "Can approve or refuse a correction")]
        indexes = [models.Index(fields=["review", "state"], name="correction_review_state")]

    def __str__(self) -> str:
        return f"{self.review.reference} correction {self.pk}"

    def public_note(self) -> str:
        """The line readers see: "Corrected on 3 March 2027: the list of agencies involved"."""
        return f"Corrected on {timezone.localtime(self.decided_at):%-d %B %Y}: {self.note}"
