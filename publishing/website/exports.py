"""The public metadata of published reports, for reuse: `/reviews.json` and `/reviews.csv`.

What they hold, and the stored whole lists, are `services/exports.py`. Here: the whole lists
are sent from their stored file (or streamed, and stored, by the first reader of a version),
pages of the JSON are streamed, and both answer conditional GETs (ETag, Last-Modified) with a
304 without reading a row. The format is in docs/OPEN_DATA.md.
"""

from __future__ import annotations

from django.http import JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.http import require_GET

from ..services import exports

DEFAULT_PER_PAGE = 100
MAX_PER_PAGE = 500


def _conditional(request, version: dict, *parts) -> tuple[str, int | None, object]:
    """The ETag and Last-Modified of this export at `version`, and the 304 to answer with when
    the reader's copy is current (else None)."""
    etag = f'"{exports.version_name(version, *parts)}"'
    times = [value for key, value in version.items() if key != "count" and value is not None]
    last_modified = int(max(times).timestamp()) if times else None
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    return etag, last_modified, not_modified


def _respond(request, version: dict, body, content_type: str, *parts, stored: str = ""):
    """A 304 (no row read) when the reader's copy is current; else the export: `body()`
    streamed, or for a whole list (`stored`, its file name) the stored file of this version,
    or, when it is not stored yet, `body()` streamed and stored at once."""
    etag, last_modified, not_modified = _conditional(request, version, *parts)
    response = not_modified
    if response is None and stored:
        name = etag.strip('"')
        response = exports.stored_response(stored, name, content_type)
        if response is None:
            lines = exports.building(stored, name, body())
            response = StreamingHttpResponse(lines, content_type=content_type)
    if response is None:
        response = StreamingHttpResponse(body(), content_type=content_type)
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = "no-cache"  # keep it, but ask whether it changed each time
    return response


def _page_request(request) -> tuple[int, int] | None:
    """The page and page size asked for, None for the whole list; ValueError on bad values."""
    if "page" not in request.GET and "per_page" not in request.GET:
        return None
    page = _whole_number(request.GET.get("page", "1"), "page")
    per_page = _whole_number(request.GET.get("per_page", str(DEFAULT_PER_PAGE)), "per_page")
    if per_page > MAX_PER_PAGE:
        raise ValueError(f"per_page must be at most {MAX_PER_PAGE}.")
    return page, per_page


def _whole_number(text: str, name: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 9 or int(text) < 1:
        raise ValueError(f"{name} must be a whole number from 1.")
    return int(text)


def _page_envelope(request, count: int, page: int, per_page: int) -> dict:
    """What a page adds to the envelope; ValueError when `page` is past the last page."""
    pages = max(1, -(-count // per_page))  # an empty list still has its one, empty, page
    if page > pages:
        raise ValueError(f"page must be at most {pages}.")
    path = reverse("publishing:reviews_json")

    def link(number: int) -> str | None:
        if not 1 <= number <= pages:
            return None
        return request.build_absolute_uri(f"{path}?page={number}&per_page={per_page}")

    return {
        "page": page,
        "per_page": per_page,
        "pages": pages,
        "next": link(page + 1),
        "previous": link(page - 1),
    }


@require_GET
def reviews_json(request):
    """The whole list (stored), or one page of it with `?page=N&per_page=M` (streamed)."""
    version = exports.current_version()
    try:
        paging = _page_request(request)
        if paging:
            page, per_page = paging
            envelope = exports.envelope(version)
            envelope |= _page_envelope(request, version["count"], page, per_page)
            rows = exports.page_query((page - 1) * per_page, page * per_page)
    except ValueError as error:
        return JsonResponse({"error": str(error)}, status=400)
    if paging:
        body = lambda: exports.json_stream(envelope, exports.export_rows(rows))  # noqa: E731
    else:
        body = lambda: exports.whole_json(version)  # noqa: E731
    whole, parts = exports.WHOLE["reviews.json"]
    response = _respond(
        request,
        version,
        body,
        "application/json",
        *(("json", paging) if paging else parts),
        stored="" if paging else "reviews.json",
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def reviews_csv(request):
    version = exports.current_version()
    whole, parts = exports.WHOLE["reviews.csv"]
    response = _respond(
        request,
        version,
        lambda: whole(version),
        "text/csv; charset=utf-8",
        *parts,
        stored="reviews.csv",
    )
    response["Content-Disposition"] = 'attachment; filename="reviews.csv"'
    return response
