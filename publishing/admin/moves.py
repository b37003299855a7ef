"""What a move on the Publication page is: the service it calls, the form it reads, who may
ask for it, and the confirmation it asks for first (publishing/admin/views.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.forms import Form

from reviews.models import Review

from ..services import common


@dataclass(frozen=True)
class Confirmation:
    """What a move will do, in words, for the page that asks "are you sure?"."""

    title: str
    what: str
    yes: str
    details: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Action:
    """One move on the publication page: the service it calls, through a form or not."""

    run: Callable[..., str]  # (request, review, form) -> what was done, in words
    form: Callable[..., Form] | None = None  # (data, review) -> the form, ids of its own
    confirm: Callable[[Review, Form | None], Confirmation] | None = None
    refusal_at: str | None = None  # the field that shows a refusal; None: the whole form
    anchor: str = ""  # the form's place on the page
    # who may be asked to confirm it (the service checks again when it acts)
    allowed: Callable[..., None] = lambda user, review: common.require_manager(user)  # noqa: E731
