"""The public pages' cache: what every anonymous reader gets is built once per change.

Each cached page is stored under a key that holds the cache's *generation*, a random token
kept in the cache itself. Any change the public could see replaces the token once its
transaction commits, so every page cached before it is never read again (and expires):

- a save or deletion of any model of `reviews` or `publishing` except the few the public
  pages never show (`IGNORED`), and a change to a review's themes or agencies;
- every guarded state move (publication, removal, restriction...), which is an `.update()`
  that no `post_save` sees: `reviews.services.transitions.record_history` sends
  `reviews.signals.recorded` for each one.

Replacing the token after the commit, not before, means no reader can cache the old state
under the new token. The key also holds the day (overdue actions are worked out from today's
date) and every page expires after `PUBLIC_CACHE_SECONDS` whatever happens, which bounds a
stale page if the cache server was unreachable when the token was to be replaced.
"""

from __future__ import annotations

import datetime
import logging
import secrets
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)
T = TypeVar("T")

GENERATION_KEY = "public-pages:generation"
# Models whose rows no public page shows: their churn (notices and their deliveries, retried
# every minute, alerts sent, PDF marks, the search index, copy requests, progress updates until
# an approval saves their action, the workers' heartbeats every minute, the stored PDFs and
# report pages) would only empty the cache for nothing.
IGNORED = {"delivery", "notice", "alert", "stalepdf", "reviewsearch", "copyrequest"}
IGNORED |= {"progressupdate", "heartbeat", "publicpdf", "reportpage"}


def timeout() -> int:
    return settings.PUBLIC_CACHE_SECONDS


def generation() -> str | None:
    """The current token, made on first use; None when the cache cannot be reached."""
    try:
        token = cache.get(GENERATION_KEY)
        if token is None:
            cache.add(GENERATION_KEY, secrets.token_hex(8), None)
            token = cache.get(GENERATION_KEY)
        return token
    except Exception:  # a cache outage costs speed, never a page
        logger.warning("The page cache cannot be reached; serving pages uncached", exc_info=True)
        return None


def invalidate() -> None:
    """Forget every cached public page: at once, or when the current transaction commits.
    (A transaction that changes many rows replaces the token once per row: one small write
    each, after the commit.)"""
    transaction.on_commit(_new_generation)


def _new_generation() -> None:
    try:
        cache.set(GENERATION_KEY, secrets.token_hex(8), None)
    except Exception:
        logger.error(
            "The page cache cannot be reached to forget the public pages; pages cached "
            "before this change expire within %s seconds",
            timeout(),
            exc_info=True,
        )


def shown_to_the_public(model) -> bool:
    """Whether a change to a row of `model` may change a public page."""
    meta = model._meta
    return (
        meta.app_label in {"reviews", "publishing"}
        and meta.model_name not in IGNORED
        and not meta.model_name.startswith("historical")
    )


def remembered(name: str, day: datetime.date, compute: Callable[[], T]) -> T:
    """`compute()`, kept in the cache until a change the public could see or the end of
    `day`, and at most `PUBLIC_CACHE_SECONDS`; computed every time when that is 0 or the cache
    cannot be reached. For figures over the whole collection that only such a change moves
    (the dashboard's chart of every public action).

    The generation is read before computing, so a value is kept only under a generation that
    was current when it was computed: one that missed a change is kept under the generation
    the change replaces, and never read again.
    """
    seconds = timeout()
    token = generation() if seconds else None
    if token is None:
        return compute()
    key = f"public-figures:{name}:{token}:{day.isoformat()}"
    try:
        found = cache.get(key)
    except Exception:
        logger.warning("The cache cannot be reached; working out %s", name)
        return compute()
    if found is not None:
        return found
    value = compute()
    try:
        cache.set(key, value, seconds)
    except Exception:
        logger.warning("The cache cannot be reached; %s is not kept", name)
    return value


def model_changed(sender, **kwargs) -> None:
    """Signal receiver (publishing/apps.py): post_save, post_delete, m2m_changed, recorded."""
    if kwargs.get("action", "post_").startswith("post_") and shown_to_the_public(sender):
        invalidate()
