"""What the public may read, and what a report's page shows.

`public_reviews()` is the one definition of what the public may read; every public view, feed,
export and PDF starts from it (or from `removed_reviews()` for the 410 page and copy requests).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.db.models import Prefetch, Q
from django.utils.functional import SimpleLazyObject

from reviews.models import Action, Recommendation, Review

from ..models import Briefing, Correction, Extension, LearningSummary
from . import charts
from .display import on_site_until


def public_reviews():
    """Reviews the public may read: published ones. The only place that says so."""
    return Review.objects.filter(status=Review.Status.PUBLISHED)


def removed_reviews():
    """Reviews taken off the website: their old address answers 410 and a copy can be asked for."""
    return Review.objects.filter(status=Review.Status.REMOVED)


def withdrawn_reviews():
    """Reviews withdrawn from the website (publishing.services.withdrawals): their addresses
    answer 410 with a neutral notice, and nothing of them is shown or offered."""
    return Review.objects.filter(status=Review.Status.WITHDRAWN)


def ever_published_reviews():
    """Reviews that were public at some point (published now, or removed since)."""
    return public_reviews() | removed_reviews()


def with_page_data(queryset):
    """`queryset` with everything a report page shows, in a fixed number of queries (6)."""
    actions = Action.objects.select_related("agency").order_by("due_date", "pk")
    recommendations = Recommendation.objects.prefetch_related(Prefetch("actions", actions))
    return queryset.select_related("briefing").prefetch_related(
        "themes",
        "agencies",
        "findings",
        Prefetch("recommendations", recommendations),
    )


def linked_reviews(review: Review) -> list[Review]:
    """Public reviews linked to `review` by an extension, either way round.

    The linked ids come from the review's extensions first (1 query), then only those reviews
    are read (1 more query, none when there is no link): never a scan of the review table.
    """
    links = Extension.objects.filter(Q(review=review) | Q(linked_review=review))
    ids = {pk for pair in links.values_list("review_id", "linked_review_id") for pk in pair}
    ids -= {review.pk, None}
    if not ids:
        return []
    return list(public_reviews().filter(pk__in=ids).order_by("-published_at"))


@dataclass(frozen=True)
class Progress:
    completed: int
    total: int
    updated_on: datetime.date | None = None  # the latest approved progress update

    @property
    def percent(self) -> int:
        return round(100 * self.completed / self.total) if self.total else 0


def action_progress(review: Review) -> Progress:
    """Completed and total actions, and when progress was last approved, from the prefetched
    recommendations (no query)."""
    actions = [action for rec in review.recommendations.all() for action in rec.actions.all()]
    done = sum(1 for action in actions if action.status == Action.Status.COMPLETED)
    dates = [action.progress_updated_on for action in actions if action.progress_updated_on]
    return Progress(done, len(actions), max(dates, default=None))


def report_context(review: Review, *, today: datetime.date) -> dict:
    """What the report page and the report PDF both show (so their text is the same)."""
    return {
        "review": review,
        "full": review.publication_mode == Review.Mode.FULL,
        "sections": [s for s in review.sections() if s.text.strip()],
        "findings": list(review.findings.all()),
        "recommendations": list(review.recommendations.all()),
        "progress": action_progress(review),
        # from the prefetched plan: no query
        "plan_chart": charts.status_bar(charts.review_plan_status(review, today=today)),
        "until": on_site_until(review, today=today),
        "linked": linked_reviews(review),
        "briefing": briefing_or_none(review),
        "is_public": review.status == Review.Status.PUBLISHED,
        # read only by a page that shows them (the report, not the briefing): 1 query then
        "corrections": SimpleLazyObject(partial(approved_corrections, review)),
    }


def approved_corrections(review: Review) -> list[Correction]:
    """The review's approved corrections, oldest first: the report's "Corrections" list."""
    approved = review.corrections.filter(state=Correction.State.APPROVED)
    return list(approved.order_by("decided_at", "pk"))


def partnership_context() -> dict:
    """Who publishes: for pages and PDFs built outside a request (by the worker)."""
    return {
        "partnership_name": settings.PARTNERSHIP_NAME,
        "partnership_email": settings.PARTNERSHIP_EMAIL,
        "partnership_phone": settings.PARTNERSHIP_PHONE,
        "site_url": settings.SITE_URL,
    }


def briefing_or_none(review: Review) -> Briefing | None:
    """The review's briefing as the public reads it (the approved text); None when it has none
    or none has been approved yet (`publishing.services.briefings`)."""
    try:
        return review.briefing.public_version()
    except Briefing.DoesNotExist:
        return None


def published_learning_summaries():
    return LearningSummary.objects.filter(published_at__isnull=False)


def learning_context(summary: LearningSummary) -> dict:
    content = summary.content or {}
    actions = content.get("actions", {})
    total = actions.get("total", 0)
    return {
        "summary": summary,
        "paragraphs": [p.strip() for p in summary.introduction.split("\n\n") if p.strip()],
        "reviews": content.get("reviews", []),
        "themes": content.get("themes", []),
        "actions": actions,
        "percent_completed": round(100 * actions.get("completed", 0) / total) if total else 0,
        "impacts": content.get("impacts", []),
        "as_of": datetime.date.fromisoformat(content["as_of"]) if "as_of" in content else None,
    }
