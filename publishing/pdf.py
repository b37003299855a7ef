"""Render HTML to a tagged PDF (PDF/UA-1) with WeasyPrint, fetching nothing from outside.

Called from Celery tasks only: a request never renders a PDF. The URL fetcher serves the
project's own static files and refuses everything else (no `file://`, no network), so text in a
report can never pull a local file or a remote resource into a PDF.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
from pathlib import Path

from django.contrib.staticfiles import finders
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

# A base address that never resolves: relative links in the HTML join onto it, and the
# fetcher maps /static/... under it to the project's static files.
BASE_URL = "https://pdf.nelscp.invalid/"
STATIC_PREFIX = BASE_URL + "static/"

logger = logging.getLogger(__name__)


class StaticFilesOnly(URLFetcher):
    """Fetch only the project's own static files; refuse every other URL."""

    def fetch(self, url, headers=None):
        if not url.startswith(STATIC_PREFIX):
            logger.warning("PDF rendering refused to fetch %s", url[:200])
            raise ValueError("only the project's static files may be used in a PDF")
        relative = url[len(STATIC_PREFIX) :].split("?")[0].split("#")[0]
        found = finders.find(relative) if ".." not in Path(relative).parts else None
        if not found:
            raise ValueError(f"no static file {relative!r}")
        content_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
        return URLFetcherResponse(
            url, body=Path(found).read_bytes(), headers={"Content-Type": content_type}
        )


def render_pdf(html: str) -> bytes:
    """The tagged PDF (PDF/UA-1) for `html`; its title and language come from the HTML."""
    document = HTML(string=html, base_url=BASE_URL, url_fetcher=StaticFilesOnly())
    return document.write_pdf(pdf_variant="pdf/ua-1")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
