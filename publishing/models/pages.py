"""Stored public report pages: each published report's page as every reader gets it."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from reviews.models import Review


class ReportPage(models.Model):
    """One public report's page, built once per change and sent as it is
    (`publishing.services.report_pages`).

    Whatever a report page shows marks its row stale in the same transaction as the change
    (`changes` counts the marks); a page is stored only if no mark arrived while it was built,
    and sent only while it is not stale, was built by the code and settings now running
    (`built_with`) and is still right for today: overdue actions are worked out from the
    date, so it is right from `built_on` to `same_until` (no end when empty).
    """

    review = models.OneToOneField(
        Review, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    changes = models.PositiveIntegerField(default=0)
    stale = models.BooleanField(default=True)
    html = models.TextField(blank=True)
    built_with = models.CharField(max_length=64, blank=True)
    built_on = models.DateField(null=True, blank=True)
    same_until = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = "stored report page"
        indexes = [
            models.Index(fields=["review"], condition=Q(stale=True), name="reportpage_stale"),
            models.Index(fields=["same_until"], name="reportpage_same_until"),
        ]

    def __str__(self) -> str:
        return f"Report page of {self.review_id}{' (stale)' if self.stale else ''}"
