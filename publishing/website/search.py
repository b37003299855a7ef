"""Full-text search over public reports: portable (SQLite and PostgreSQL), one query.

Every word must match somewhere (AND over words); a word matches a report when it occurs,
ignoring case, in its title, reference, pseudonym, summary, sections (full publications only:
an improvements-only publication must not be findable by text the public cannot read),
findings, recommendations, actions or themes.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q

from reviews.models import Action, Finding, Recommendation, Review

MAX_WORDS = 8
MAX_WORD_LENGTH = 60


def words(text: str) -> list[str]:
    """The search words in `text`, at most MAX_WORDS, each at most MAX_WORD_LENGTH long."""
    return [word[:MAX_WORD_LENGTH] for word in text.split()[:MAX_WORDS]]


def _matches(word: str) -> Q:
    themes = Review.themes.through.objects.filter(
        review=OuterRef("pk"), theme__name__icontains=word
    )
    findings = Finding.objects.filter(review=OuterRef("pk")).filter(
        Q(title__icontains=word) | Q(text__icontains=word)
    )
    recommendations = Recommendation.objects.filter(review=OuterRef("pk"), text__icontains=word)
    actions = Action.objects.filter(recommendation__review=OuterRef("pk")).filter(
        Q(description__icontains=word) | Q(impact__icontains=word)
    )
    sections = (
        Q(what_happened__icontains=word)
        | Q(practice_issues__icontains=word)
        | Q(what_needs_to_change__icontains=word)
    )
    return (
        Q(title__icontains=word)
        | Q(reference__icontains=word)
        | Q(pseudonym__icontains=word)
        | Q(summary__icontains=word)
        | (Q(publication_mode=Review.Mode.FULL) & sections)
        | Exists(themes)
        | Exists(findings)
        | Exists(recommendations)
        | Exists(actions)
    )


def search(queryset, text: str):
    """`queryset` narrowed to reports matching every word of `text`."""
    for word in words(text):
        queryset = queryset.filter(_matches(word))
    return queryset
