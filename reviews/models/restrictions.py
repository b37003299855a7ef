"""What stops a review's publication while it is in force: proceedings, an inquest, an order."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from .review import Review


class Restriction(models.Model):
    """Something that stops publication while it is in force (proceedings, an order...)."""

    class Kind(models.TextChoices):
        CRIMINAL = "criminal", "Criminal proceedings"
        INQUEST = "inquest", "Inquest"
        COURT_ORDER = "court_order", "Court order or reporting restriction"
        FAMILY = "family", "Family proceedings"
        OTHER = "other", "Other"

    review = models.ForeignKey(Review, on_delete=models.PROTECT, related_name="restrictions")
    kind = models.CharField(max_length=20, choices=Kind)
    details = models.TextField(help_text="Private: never shown on the public site.")
    started_on = models.DateField()
    expected_end = models.DateField(null=True, blank=True)
    next_review_on = models.DateField(
        null=True, blank=True, help_text="When staff should next check whether it still applies."
    )
    lifted_on = models.DateField(null=True, blank=True, editable=False)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    lift_note = models.TextField(blank=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["started_on", "pk"]

    def __str__(self) -> str:
        state = f"lifted {self.lifted_on:%-d %b %Y}" if self.lifted_on else "in force"
        return f"{self.get_kind_display()} ({state})"

    def clean(self) -> None:
        errors = {}
        if self.expected_end and self.started_on and self.expected_end < self.started_on:
            errors["expected_end"] = "The expected end cannot be before the start."
        if self.next_review_on and self.started_on and self.next_review_on < self.started_on:
            errors["next_review_on"] = "The next review date cannot be before the start."
        if errors:
            raise ValidationError(errors)

    @property
    def is_active(self) -> bool:
        return self.lifted_on is None

    def is_overdue_for_review(self, today: datetime.date) -> bool:
        return self.is_active and self.next_review_on is not None and self.next_review_on < today
