"""The search index: what the public can read of each published review, as plain text."""

from __future__ import annotations

from django.contrib.postgres.search import SearchVectorField
from django.db import models

from reviews.models import Review


class ReviewSearch(models.Model):
    """One published review's public text, in three parts weighted for ranking.

    Kept by `publishing.services.search.review_index` whenever what the public can read
    changes; a review that is not public has no row. On PostgreSQL `vector` holds the
    weighted English tsvector (GIN-indexed); on SQLite the FTS5 table
    `publishing_reviewsearch_fts` (made by the migration) holds the same three parts.
    """

    review = models.OneToOneField(
        Review, on_delete=models.CASCADE, primary_key=True, related_name="search_entry"
    )
    heading = models.TextField(help_text="Title, reference and pseudonym: ranked highest.")
    summary = models.TextField(help_text="The plain-English summary and the themes.")
    body = models.TextField(
        help_text="Sections (full publications only), findings, recommendations and actions."
    )
    vector = SearchVectorField(null=True, editable=False)
    indexed_at = models.DateTimeField()

    class Meta:
        verbose_name = "search entry"
        verbose_name_plural = "search entries"

    def __str__(self) -> str:
        return f"Search entry of {self.review_id}"
