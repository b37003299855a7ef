"""`public_page`: serve a page that is the same for every anonymous reader from the cache.

Only a GET or HEAD without a session cookie is served from the cache or stored in it, and
only a 200 response that sets no cookie; staff previewing the site with a session always get a
fresh page. The key holds the cache's generation (services/page_cache.py), which any public
change replaces, the day, the host and the full path with its query string. A response
carries `X-Page-Cache: hit` or `miss`, so the benchmark and the tests can tell which it was.
"""

from __future__ import annotations

import functools
import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone

from ..services import page_cache

logger = logging.getLogger(__name__)

KEPT_HEADERS = ("Content-Type", "Content-Language", "Last-Modified", "ETag", "Cache-Control")


def _key(request, generation: str) -> str:
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode("utf-8", "surrogatepass")).hexdigest()
    return f"public-page:{generation}:{timezone.localdate():%Y%m%d}:{digest}"


def _cacheable_request(request) -> bool:
    return (
        page_cache.timeout() > 0
        and request.method in {"GET", "HEAD"}
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def _get(key: str):
    try:
        return cache.get(key)
    except Exception:
        logger.warning("The page cache cannot be reached; serving pages uncached", exc_info=True)
        return None


def _store(key: str, response) -> None:
    if response.status_code != 200 or response.streaming or response.cookies:
        return
    headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
    try:
        cache.set(key, (response.content, headers), page_cache.timeout())
    except Exception:
        logger.warning("The page cache cannot be reached; page not stored", exc_info=True)


def public_page(view):
    """Wrap `view` (a function or a callable such as a Feed) with the page cache."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        generation = page_cache.generation() if _cacheable_request(request) else None
        if generation is None:
            return view(request, *args, **kwargs)
        key = _key(request, generation)
        found = _get(key)
        if found is not None:
            content, headers = found
            response = HttpResponse(content)
            for name, value in headers.items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = view(request, *args, **kwargs)
        _store(key, response)
        response["X-Page-Cache"] = "miss"
        return response

    return wrapped
