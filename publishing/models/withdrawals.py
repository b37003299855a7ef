"""Withdrawals: a published report taken off the website at once, inside its 12 months and with
actions open, because it may harm a child (a court order, a risk of identification, legal
advice). Unlike a removal, nothing of it is offered to the public while the withdrawal stands.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from reviews.models import Review


class Withdrawal(models.Model):
    """One withdrawal of a published review, from the moment it was taken down until it was
    published again (by a second person) or, for good, never."""

    class Reason(models.TextChoices):
        COURT_ORDER = "court_order", "A court order or reporting restriction"
        IDENTIFICATION = "identification", "A risk of identifying a child or family"
        LEGAL_ADVICE = "legal_advice", "Legal advice"
        OTHER = "other", "Other (say what)"

    class Ending(models.TextChoices):
        REPUBLISHED = "republished", "Published again as it was"
        CORRECTED = "corrected", "Published again after a correction"

    review = models.ForeignKey(Review, on_delete=models.PROTECT, related_name="withdrawals")
    # what it was when withdrawn (published or removed), and goes back to if published again
    was = models.CharField(max_length=20, choices=Review.Status, editable=False)
    reason = models.CharField(max_length=20, choices=Reason)
    details = models.TextField(
        blank=True, help_text="Private: never shown on the public site. Required for “Other”."
    )
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    withdrawn_at = models.DateTimeField()
    # The email to the managers and QA approvers: queued after the commit, sent by the worker
    # (retried by the minute sweep until it goes); None until sent.
    told_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    ending = models.CharField(max_length=20, choices=Ending, blank=True)
    end_note = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-withdrawn_at", "-pk"]
        constraints = [
            # at most one withdrawal in force per review
            models.UniqueConstraint(
                fields=["review"],
                condition=models.Q(ended_at__isnull=True),
                name="one_withdrawal_in_force",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.review.reference} withdrawn on {self.withdrawn_at:%-d %b %Y}"

    @property
    def in_force(self) -> bool:
        return self.ended_at is None

    def reason_text(self) -> str:
        if self.reason == self.Reason.OTHER:
            return f"Other: {self.details}"
        label = self.get_reason_display()
        return f"{label}: {self.details}" if self.details else label

    def days_off(self, now: datetime.datetime) -> int:
        """Whole days the report was off the website because of this withdrawal."""
        end = self.ended_at or now
        return max(0, (end.date() - self.withdrawn_at.date()).days)
