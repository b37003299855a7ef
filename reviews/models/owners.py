"""Action owners: staff of a partner agency, each belonging to exactly one agency.

An action owner (the role `reviews.roles.ACTION_OWNER`) sees and reports on that agency's
actions only, on pages of their own (`reviews.admin.agency`). Partnership managers link an
account to its agency; `reviews.services.owners` puts it in the role at the same time.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from .taxonomy import Agency


class AgencyMembership(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="agency_membership",
        verbose_name="staff account",
        error_messages={
            "unique": "This account is already an action owner: change its agency on its own page."
        },
    )
    agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        related_name="members",
        help_text="The action owner sees this agency's actions, and no other.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["agency__name", "user__username"]
        verbose_name = "action owner"
        verbose_name_plural = "action owners"

    def __str__(self) -> str:
        return f"{self.user} ({self.agency})"
