"""Helpers for the public-site tests: reports in a given public state, with their content."""

from __future__ import annotations

import datetime
import uuid

import pytest
from django.utils import timezone

from publishing.models import Briefing
from reviews.models import Action, Review, Theme

from .factories import make_action, make_finding, make_recommendation, make_review

NON_PUBLIC_STATES = [
    Review.Status.DRAFT,
    Review.Status.IN_QA,
    Review.Status.QA_APPROVED,
    Review.Status.NOTICE_SENT,
    Review.Status.SCHEDULED,
    Review.Status.BLOCKED,
    Review.Status.NOT_PUBLISHED,
]


def at(year: int, month: int, day: int) -> datetime.datetime:
    """Noon in London on that day."""
    return datetime.datetime(year, month, day, 12, tzinfo=timezone.get_current_timezone())


def make_public_review(*, author, published=None, themes=(), actions=1, **overrides) -> Review:
    """A published review with a finding, a recommendation and `actions` actions."""
    fields = dict(status=Review.Status.PUBLISHED, published_at=published or at(2026, 6, 1))
    fields.update(overrides)
    review = make_review(author=author, **fields)
    review.themes.set(Theme.objects.filter(slug__in=themes))
    make_finding(review, title="Nobody saw the whole picture", text="Each agency held a part.")
    rec = make_recommendation(review, text="Agencies should meet monthly to share concerns.")
    for n in range(actions):
        make_action(rec, description=f"Set up a monthly multi-agency meeting, number {n + 1}.")
    return review


def complete(action: Action, *, on: datetime.date, impact: str) -> Action:
    action.status, action.completed_on, action.impact = Action.Status.COMPLETED, on, impact
    action.save()
    return action


def make_briefing(review: Review, *, approved: bool = True, **overrides) -> Briefing:
    """A briefing for `review`; on the website as it is unless `approved` is False (the
    approval itself is tested in tests/test_briefing_approval.py)."""
    fields = dict(
        case_in_brief="A baby was seriously injured at home.",
        key_learning="Think about the men in a baby's life.\nAsk who else lives at home.",
        what_has_changed="Health visitors now ask about every adult in the home.",
        reflective_questions="Who lives with the baby?\nHow do you know?",
    )
    fields.update(overrides)
    briefing = Briefing(review=review, **fields)
    if approved:
        briefing.public_content = briefing.draft_content()
        briefing.approved_at = timezone.now()
    briefing.save()
    return briefing


@pytest.fixture
def fresh_cache(settings):
    """An empty in-memory cache, so the request rate limit starts at zero in every test."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"public-tests-{uuid.uuid4().hex}",
        }
    }
    from django.core.cache import cache

    cache.clear()
    yield cache
    cache.clear()
