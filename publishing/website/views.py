"""Public pages. Every review shown here comes from `services.catalogue.public_reviews()` (or
`removed_reviews()` for the 410 page and copy requests): no other state is ever read.

No view renders a PDF, nor the HTML of one: the PDF views serve the latest stored file, or a
"being prepared" page while the worker renders the first.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control

from nelscp.security import client_address
from reviews.models import Review

from ..models import CopyRequest, PublicPdf
from ..services import catalogue, charts, common, copy_requests, files, report_pages, search
from .forms import CopyRequestForm, ReviewFilterForm

PER_PAGE = 10
# Spam control without third-party services: this many requests per address per hour.
REQUEST_LIMIT = 5
REQUEST_WINDOW_SECONDS = 3600


def home(request):
    latest = (
        catalogue.public_reviews()
        .prefetch_related("themes")
        .order_by("-published_at", "reference")[:5]
    )
    return render(
        request,
        "publishing/home.html",
        {"latest": latest, "count": catalogue.public_reviews().count()},
    )


def review_list(request):
    """Published reports: search (best match first, with snippets), filters, pagination.

    A plain GET form. When nothing matches, each filter whose removal would find reports is
    suggested with its count.
    """
    form = ReviewFilterForm(request.GET or None)
    queryset = catalogue.public_reviews().order_by("-published_at", "reference")
    text = ""
    if form.is_bound:
        form.is_valid()  # an invalid filter is shown and left out; the valid ones still apply
        queryset = form.filter(catalogue.public_reviews())
        text = form.cleaned_data.get("q") or ""
    with search.text_search_plan(bool(text.strip())):
        page = Paginator(queryset.prefetch_related("themes"), PER_PAGE).get_page(
            request.GET.get("page")
        )
        extracts = search.snippets([review.pk for review in page.object_list], text)
        for review in page.object_list:
            review.snippet = extracts.get(review.pk)
        suggestions = (
            form.suggestions(catalogue.public_reviews()) if not page.paginator.count else []
        )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "publishing/review_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "suggestions": [
                (label, shown, count, _without(request.GET, name))
                for label, shown, count, name in suggestions
            ],
        },
    )


def _without(params, name: str) -> str:
    query = params.copy()
    query.pop(name, None)
    query.pop("page", None)
    return query.urlencode()


def _public_review(slug: str) -> Review | None:
    return catalogue.with_page_data(catalogue.public_reviews()).filter(slug=slug).first()


def review_detail(request, slug):
    """The report's stored page, sent as it is (1 query), or built now and kept
    (`services.report_pages`); `X-Page-Cache` says which."""
    found = report_pages.page(slug, today=timezone.localdate())
    if found is None:
        return _gone(request, slug)
    html, was_stored = found
    response = HttpResponse(html)
    response["X-Page-Cache"] = "hit" if was_stored else "miss"
    return response


def _gone(request, slug: str) -> HttpResponse:
    """410 with the removal date and a link to request a copy; for a withdrawn report a 410
    with a neutral notice (no title, no reason, no copy offered); 404 for anything else."""
    if catalogue.withdrawn_reviews().filter(slug=slug).exists():
        response = render(request, "publishing/withdrawn.html", status=410)
        response["Cache-Control"] = "no-store"
        return response
    review = get_object_or_404(catalogue.removed_reviews().prefetch_related("themes"), slug=slug)
    return render(request, "publishing/gone.html", {"review": review}, status=410)


def briefing(request, slug):
    review = _public_review(slug)
    if review is None:
        return _gone(request, slug)
    context = catalogue.report_context(review, today=timezone.localdate())
    if context["briefing"] is None:
        raise Http404("This report has no briefing.")
    return render(request, "publishing/briefing.html", context)


@dataclass(frozen=True)
class _StoredPdf:
    """Where a document's latest stored PDF is, and what to call it."""

    name: str  # in storage
    sha256: str
    filename: str


def _stored_pdf(kind: str, subject) -> _StoredPdf | None:
    """The latest stored PDF of the document (1 query, no HTML rendered), or None while its
    first version is being rendered.

    A PDF marked stale is still served as last rendered: it may lag its page by up to one
    sweep (every minute, and queued on each change).
    """
    stored = files.pdf_latest(files.pdf_key(kind, subject))
    if stored is None:
        return None
    return _StoredPdf(stored.file.name, stored.sha256, files.PdfJob(kind, subject).filename)


def _send_pdf(stored: _StoredPdf) -> HttpResponse:
    response = FileResponse(
        PublicPdf._meta.get_field("file").storage.open(stored.name, "rb"),
        content_type="application/pdf",
        filename=stored.filename,
    )
    response["Content-Disposition"] = f'inline; filename="{stored.filename}"'
    response["ETag"] = f'"{stored.sha256}"'
    return response


def _pdf_pending(request, kind: str, subject, *, title: str, back: str) -> HttpResponse:
    """503 with a page to come back to, while the document's first PDF is being rendered."""
    key = files.pdf_key(kind, subject)
    # Queue one sweep per document at most, however many readers ask meanwhile.
    if cache.add(f"pdf-queued:{key}", True, timeout=300):
        files.pdf_queue_sweep()
    response = render(
        request, "publishing/pdf_pending.html", {"title": title, "back": back}, status=503
    )
    response["Retry-After"] = "60"
    response["Cache-Control"] = "no-store"
    return response


def report_pdf(request, slug):
    """The report's stored PDF, found in 1 query (no page data, no HTML); when there is none,
    1 more for the review: a 410 if it was removed, a 503 while its first PDF is rendered."""
    stored = files.report_pdf_latest(slug)
    if stored is not None:
        return _send_pdf(_StoredPdf(*stored, f"{slug}-report.pdf"))
    review = catalogue.public_reviews().filter(slug=slug).first()
    if review is None:
        return _gone(request, slug)
    back = reverse("publishing:review", args=[slug])
    return _pdf_pending(request, "report", review, title=review.title, back=back)


def briefing_pdf(request, slug):
    review = catalogue.public_reviews().select_related("briefing").filter(slug=slug).first()
    if review is None:
        return _gone(request, slug)
    if catalogue.briefing_or_none(review) is None:
        raise Http404("This report has no briefing.")
    stored = _stored_pdf("briefing", review)
    if stored is not None:
        return _send_pdf(stored)
    back = reverse("publishing:briefing", args=[slug])
    title = f"7-minute briefing: {review.title}"
    return _pdf_pending(request, "briefing", review, title=title, back=back)


def removed_list(request):
    reviews = (
        catalogue.removed_reviews().prefetch_related("themes").order_by("-removed_at", "reference")
    )
    return render(request, "publishing/removed_list.html", {"reviews": reviews})


# --- Requests for a copy of a removed report --------------------------------------------------


def _client_key(request) -> str:
    # Only a hash of the address is kept, and only in the cache, for an hour.
    address = client_address(request)
    return "copy-request-rate:" + hashlib.sha256(address.encode()).hexdigest()[:32]


def _rate_limited(request) -> bool:
    """Count this submission; True when the address has sent too many this hour."""
    key = _client_key(request)
    cache.add(key, 0, timeout=REQUEST_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=REQUEST_WINDOW_SECONDS)
        count = 1
    return count > REQUEST_LIMIT


def request_new(request):
    if request.method == "POST":
        form = CopyRequestForm(request.POST)
        if _rate_limited(request):
            context = {"form": form, "limited": True, "retention_months": _retention_months()}
            response = render(request, "publishing/request_form.html", context, status=429)
            response["Retry-After"] = str(REQUEST_WINDOW_SECONDS)
            return response
        if form.is_valid():
            data = form.cleaned_data
            created = copy_requests.copy_request_create(
                review=data["review"],
                name=data["name"],
                email=data["email"],
                organisation=data["organisation"],
                purpose=data["purpose"].strip(),
                now=timezone.now(),
            )
            request.session["copy_request"] = created.pk
            return redirect("publishing:request_done")
    else:
        initial = {}
        chosen = catalogue.removed_reviews().filter(slug=request.GET.get("review", "")).first()
        if chosen is not None:
            initial["review"] = chosen.pk
        form = CopyRequestForm(initial=initial)
    context = {"form": form, "retention_months": _retention_months()}
    return render(request, "publishing/request_form.html", context)


def _retention_months() -> int:
    # How long requesters' details are kept after their request is closed, as the pages say.
    return settings.COPY_REQUEST_RETENTION_MONTHS


def request_done(request):
    pk = request.session.get("copy_request")
    created = CopyRequest.objects.select_related("review").filter(pk=pk).first() if pk else None
    if created is None:
        return redirect("publishing:request_new")
    return render(request, "publishing/request_done.html", {"copy_request": created})


# --- Annual summaries of learning -------------------------------------------------------------


def learning_list(request):
    summaries = catalogue.published_learning_summaries()
    completed_chart = charts.completed_over_time(
        reviews=catalogue.public_reviews(), today=timezone.localdate()
    )
    context = {"summaries": summaries, "completed_chart": completed_chart}
    return render(request, "publishing/learning_list.html", context)


def learning_detail(request, year):
    summary = get_object_or_404(catalogue.published_learning_summaries(), year=year)
    return render(request, "publishing/learning_detail.html", catalogue.learning_context(summary))


def learning_pdf(request, year):
    summary = get_object_or_404(catalogue.published_learning_summaries(), year=year)
    back = reverse("publishing:learning", args=[year])
    stored = _stored_pdf("learning", summary)
    if stored is not None:
        return _send_pdf(stored)
    title = f"Summary of learning {summary.label}"
    return _pdf_pending(request, "learning", summary, title=title, back=back)


@cache_control(max_age=3600)
def sitemap(request):
    reviews = catalogue.public_reviews().order_by("-published_at")
    summaries = catalogue.published_learning_summaries()
    return render(
        request,
        "publishing/sitemap.xml",
        {"reviews": reviews, "summaries": summaries, "site_url": settings.SITE_URL},
        content_type="application/xml",
    )


def accessibility(request):
    """The accessibility statement, and how long requesters' details are kept."""
    return render(
        request, "publishing/accessibility.html", {"retention_months": _retention_months()}
    )


def healthz(request):
    """Health for docker-compose and monitoring.

    503 when the database does not answer. The age of each heartbeat is reported, not judged:
    "scheduler" comes through beat and the publication worker (queue "scheduler"), "worker"
    through beat and the main worker; the web server stays healthy while either is down, and
    monitoring alerts on the ages.
    """
    now = timezone.now()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        ages = {name: common.heartbeat_age(name=name, now=now) for name in ("scheduler", "worker")}
    except Exception as exc:  # any database failure means unhealthy
        return JsonResponse({"status": "error", "database": type(exc).__name__}, status=503)
    seconds = {
        name: None if age is None else round(age.total_seconds()) for name, age in ages.items()
    }
    return JsonResponse(
        {
            "status": "ok",
            "database": "ok",
            "scheduler_last_seen_seconds": seconds["scheduler"],
            "worker_last_seen_seconds": seconds["worker"],
        }
    )
