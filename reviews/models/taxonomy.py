"""The taxonomy a review is filed under: learning themes and the agencies involved."""

from django.db import models
from simple_history.models import HistoricalRecords


class Theme(models.Model):
    """A learning theme from the taxonomy (after the NSPCC repository's)."""

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=100, unique=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Agency(models.Model):
    """An agency (or service) that can be involved in a case or own an action."""

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=100, unique=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "agencies"

    def __str__(self) -> str:
        return self.name
