"""The annual summary of learning (April to March, published by the end of September): generated
from the reviews published in the year, its introduction written by staff and scanned, then
published by a second person (a QA approver or manager who did not write it) and unpublished.
"""

from __future__ import annotations

import datetime
from collections import Counter

from django.utils import timezone

from reviews import checks
from reviews.models import Action, ProtectedName, Review
from reviews.services import TransitionError, record_history
from reviews.services.flagged import PRIVATE_NAME

from ..models import LearningSummary
from .catalogue import action_progress, ever_published_reviews, with_page_data
from .files import pdf_queue_sweep


def reporting_year(day: datetime.date) -> int:
    """The reporting year (April to March) `day` falls in, named by the year it starts."""
    return day.year if day.month >= 4 else day.year - 1


def learning_summary_generate(*, summary: LearningSummary, now: datetime.datetime):
    """Fill `summary.content` from the reviews published in its reporting year.

    Refused once published: a published summary does not change under its readers.
    """
    if summary.is_published:
        raise TransitionError("Unpublish the summary before generating it again.")
    reviews = [
        review
        for review in with_page_data(ever_published_reviews()).order_by("published_at", "pk")
        if summary.starts_on <= timezone.localdate(review.published_at) <= summary.ends_on
    ]
    summary.content = _learning_content(reviews, today=timezone.localdate(now))
    summary.generated_at = now
    summary.save()
    return summary


def _learning_content(reviews: list[Review], *, today: datetime.date) -> dict:
    themes: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    overdue = 0
    entries, impacts = [], []
    for review in reviews:
        themes.update(theme.name for theme in review.themes.all())
        recommendations = []
        for rec in review.recommendations.all():
            for action in rec.actions.all():
                statuses[action.status] += 1
                overdue += action.is_overdue(today)
                if action.status == Action.Status.COMPLETED:
                    impacts.append(
                        {
                            "review": review.reference,
                            "agency": action.agency.name,
                            "action": action.description,
                            "impact": action.impact,
                        }
                    )
            recommendations.append({"order": rec.order, "text": rec.text})
        progress = action_progress(review)
        entries.append(
            {
                "reference": review.reference,
                "title": review.title,
                "slug": review.slug,
                "published_on": timezone.localdate(review.published_at).isoformat(),
                "harm": review.get_harm_display(),
                "age_band": review.get_age_band_display(),
                "themes": [theme.name for theme in review.themes.all()],
                "findings": [{"title": f.title, "text": f.text} for f in review.findings.all()],
                "recommendations": recommendations,
                "actions_completed": progress.completed,
                "actions_total": progress.total,
            }
        )
    return {
        "reviews": entries,
        "themes": [
            {"name": name, "count": n}
            for name, n in sorted(themes.items(), key=lambda item: (-item[1], item[0]))
        ],
        "actions": {
            "total": sum(statuses.values()),
            "completed": statuses[Action.Status.COMPLETED],
            "in_progress": statuses[Action.Status.IN_PROGRESS],
            "planned": statuses[Action.Status.PLANNED],
            "overdue": overdue,
        },
        "impacts": impacts,
        "as_of": today.isoformat(),
    }


def learning_summary_save(*, summary: LearningSummary, by) -> LearningSummary:
    """Save a summary's introduction, recording `by` among the authors who may not publish it.

    Refused once published: the page does not change under its readers (unpublish first).
    """
    if summary.pk and summary.is_published:
        raise TransitionError("Take the summary off the website before changing it.")
    if by.pk not in summary.draft_authors:
        summary.draft_authors = [*summary.draft_authors, by.pk]
    summary._history_user = by
    summary.save()
    return summary


def introduction_identifiers(summary: LearningSummary) -> list[checks.IdentifierFinding]:
    """What the scanner finds in the introduction, with the private names of every review the
    summary covers (its other text is the reviews' own published text)."""
    references = [entry["reference"] for entry in (summary.content or {}).get("reviews", [])]
    names = ProtectedName.objects.filter(review__reference__in=references)
    return checks.scan_identifiers(summary.introduction, names.values_list("name", flat=True))


def publish_refusal(summary: LearningSummary, by) -> str | None:
    """Why `by` may not publish the summary now; None when they may."""
    if not by.has_perm("publishing.publish_learningsummary"):
        return "Only a QA approver or a partnership manager can publish a summary."
    if summary.generated_at is None:
        return "Generate the summary from the reviews before publishing it."
    if by.pk in summary.draft_authors:
        return "You wrote this summary's introduction, so someone else must publish it."
    if any(found.kind == PRIVATE_NAME for found in introduction_identifiers(summary)):
        return (
            "The introduction holds a private name from the list of a review it covers, so "
            "the summary cannot be published. Ask its author to write it without the name."
        )
    return None


def learning_summary_publish(*, summary: LearningSummary, by, now: datetime.datetime):
    """Publish a generated summary at /learning/<year>/ and queue its PDF.

    The second-person check: refused to anyone who wrote its introduction since it was last
    published, and while the introduction holds a private name of a review it covers.
    """
    refusal = publish_refusal(summary, by)
    if refusal:
        raise TransitionError(refusal)
    claimed = LearningSummary.objects.filter(pk=summary.pk, published_at__isnull=True).update(
        published_at=now, draft_authors=[]
    )
    if not claimed:
        raise TransitionError(f"The summary for {summary.label} is already published.")
    record_history(summary, by=by, reason="Published")
    pdf_queue_sweep()
    return summary


def learning_summary_unpublish(*, summary: LearningSummary, by):
    """Take a summary off the site so that it can be corrected and generated again."""
    claimed = LearningSummary.objects.filter(pk=summary.pk, published_at__isnull=False).update(
        published_at=None
    )
    if not claimed:
        raise TransitionError(f"The summary for {summary.label} is not published.")
    record_history(summary, by=by, reason="Unpublished")
    return summary
