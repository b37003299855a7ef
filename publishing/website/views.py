"""Public pages. Every review shown here comes from `services.catalogue.public_reviews()` (or
`removed_reviews()` for the 410 page and copy requests): no other state is ever read.

No view renders a PDF: the PDF views serve the stored file of the current version, or a
"being prepared" page while the worker renders it.
"""

from __future__ import annotations

import csv
import hashlib

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
from django.views.decorators.http import require_GET

from reviews.models import Review

from ..models import CopyRequest
from ..services import catalogue, common, copy_requests, files
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
    """Published reports: search, filters, pagination, counts. A plain GET form."""
    form = ReviewFilterForm(request.GET or None)
    queryset = catalogue.public_reviews()
    if form.is_bound:
        form.is_valid()  # an invalid filter is shown and left out; the valid ones still apply
        queryset = form.filter(queryset)
    queryset = queryset.prefetch_related("themes").order_by("-published_at", "reference")
    page = Paginator(queryset, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "publishing/review_list.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


def _public_review(slug: str) -> Review | None:
    return catalogue.with_page_data(catalogue.public_reviews()).filter(slug=slug).first()


def review_detail(request, slug):
    review = _public_review(slug)
    if review is None:
        return _gone(request, slug)
    context = catalogue.report_context(review, today=timezone.localdate())
    return render(request, "publishing/review_detail.html", context)


def _gone(request, slug: str) -> HttpResponse:
    """410 with the removal date and a link to request a copy, or 404 for anything else."""
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


def _serve_pdf(request, kind: str, subject, *, title: str, back: str) -> HttpResponse:
    """The stored PDF of the current version, or a 503 page while it is being rendered."""
    html = files.pdf_html(kind, subject, today=timezone.localdate())
    stored = files.pdf_stored(files.pdf_key(kind, subject), html)
    if stored is None:
        # Queue one sweep per version at most, however many readers ask meanwhile.
        if cache.add(f"pdf-queued:{files.version_hash(html)}", True, timeout=300):
            files.pdf_queue_sweep()
        response = render(
            request, "publishing/pdf_pending.html", {"title": title, "back": back}, status=503
        )
        response["Retry-After"] = "60"
        response["Cache-Control"] = "no-store"
        return response
    job = files.PdfJob(kind, subject)
    response = FileResponse(
        stored.file.open("rb"), content_type="application/pdf", filename=job.filename
    )
    response["Content-Disposition"] = f'inline; filename="{job.filename}"'
    response["ETag"] = f'"{stored.sha256}"'
    return response


def report_pdf(request, slug):
    review = _public_review(slug)
    if review is None:
        return _gone(request, slug)
    back = reverse("publishing:review", args=[slug])
    return _serve_pdf(request, "report", review, title=review.title, back=back)


def briefing_pdf(request, slug):
    review = _public_review(slug)
    if review is None:
        return _gone(request, slug)
    if catalogue.report_context(review, today=timezone.localdate())["briefing"] is None:
        raise Http404("This report has no briefing.")
    back = reverse("publishing:briefing", args=[slug])
    title = f"7-minute briefing: {review.title}"
    return _serve_pdf(request, "briefing", review, title=title, back=back)


def removed_list(request):
    reviews = (
        catalogue.removed_reviews().prefetch_related("themes").order_by("-removed_at", "reference")
    )
    return render(request, "publishing/removed_list.html", {"reviews": reviews})


# --- Requests for a copy of a removed report --------------------------------------------------


def client_address(request) -> str:
    """The visitor's address: REMOTE_ADDR, or behind DJANGO_TRUSTED_PROXIES proxies the entry
    of X-Forwarded-For that the outermost trusted proxy added (earlier ones can be forged)."""
    proxies = settings.TRUSTED_PROXIES
    forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [p for p in forwarded if p]
    if proxies and forwarded:
        return forwarded[-min(proxies, len(forwarded))]
    return request.META.get("REMOTE_ADDR", "")


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
            response = render(
                request, "publishing/request_form.html", {"form": form, "limited": True}, status=429
            )
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
    return render(request, "publishing/request_form.html", {"form": form})


def request_done(request):
    pk = request.session.get("copy_request")
    created = CopyRequest.objects.select_related("review").filter(pk=pk).first() if pk else None
    if created is None:
        return redirect("publishing:request_new")
    return render(request, "publishing/request_done.html", {"copy_request": created})


# --- Annual summaries of learning -------------------------------------------------------------


def learning_list(request):
    summaries = catalogue.published_learning_summaries()
    return render(request, "publishing/learning_list.html", {"summaries": summaries})


def learning_detail(request, year):
    summary = get_object_or_404(catalogue.published_learning_summaries(), year=year)
    return render(request, "publishing/learning_detail.html", catalogue.learning_context(summary))


def learning_pdf(request, year):
    summary = get_object_or_404(catalogue.published_learning_summaries(), year=year)
    back = reverse("publishing:learning", args=[year])
    title = f"Summary of learning {summary.label}"
    return _serve_pdf(request, "learning", summary, title=title, back=back)


# --- Open data --------------------------------------------------------------------------------

EXPORT_FIELDS = [
    "reference",
    "title",
    "url",
    "pseudonym",
    "review_type",
    "harm",
    "age_band",
    "sex",
    "incident_year",
    "incident_month",
    "published_on",
    "publication",
    "themes",
    "agencies",
    "reviewer",
    "summary",
    "actions_completed",
    "actions_total",
]


def _export_rows() -> list[dict]:
    # Counted in the query and only the two lists prefetched: the export needs nothing else,
    # and loading every report's full action plan made it grow with the number of reports.
    reviews = (
        catalogue.public_reviews()
        .with_action_progress(timezone.localdate())
        .prefetch_related("themes", "agencies")
        .order_by("-published_at", "reference")
    )
    rows = []
    for review in reviews:
        rows.append(
            {
                "reference": review.reference,
                "title": review.title,
                "url": settings.SITE_URL + reverse("publishing:review", args=[review.slug]),
                "pseudonym": review.pseudonym,
                "review_type": review.get_review_type_display(),
                "harm": review.get_harm_display(),
                "age_band": review.get_age_band_display(),
                "sex": review.get_sex_display(),
                "incident_year": review.incident_year,
                "incident_month": review.incident_month,
                "published_on": timezone.localdate(review.published_at).isoformat(),
                "publication": review.get_publication_mode_display(),
                "themes": [theme.name for theme in review.themes.all()],
                "agencies": [agency.name for agency in review.agencies.all()],
                "reviewer": review.reviewer_name,
                "summary": review.summary,
                "actions_completed": review.actions_completed,
                "actions_total": review.actions_total,
            }
        )
    return rows


@require_GET
def reviews_json(request):
    rows = _export_rows()
    response = JsonResponse(
        {"publisher": settings.PARTNERSHIP_NAME, "count": len(rows), "reviews": rows},
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def reviews_csv(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="reviews.csv"'
    response.write("\ufeff")  # so spreadsheet programs read the file as UTF-8
    writer = csv.DictWriter(response, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    for row in _export_rows():
        row["themes"] = "; ".join(row["themes"])
        row["agencies"] = "; ".join(row["agencies"])
        writer.writerow({key: _safe_cell(value) for key, value in row.items()})
    return response


def _safe_cell(value):
    # A cell starting with = + - @ would run as a formula in a spreadsheet.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


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
    return render(request, "publishing/accessibility.html")


def healthz(request):
    """Health for docker-compose and monitoring.

    503 when the database does not answer. The scheduler's age is reported, not judged: the
    web server stays healthy while the worker is down, and monitoring alerts on the age.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        age = common.heartbeat_age(name="scheduler", now=timezone.now())
    except Exception as exc:  # any database failure means unhealthy
        return JsonResponse({"status": "error", "database": type(exc).__name__}, status=503)
    seconds = None if age is None else round(age.total_seconds())
    return JsonResponse({"status": "ok", "database": "ok", "scheduler_last_seen_seconds": seconds})
