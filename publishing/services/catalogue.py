"""The public website's workflows: what is public, reports' page data, PDFs, briefings, copy
requests and the annual summary of learning.

`public_reviews()` is the one definition of what the public may read; every public view, feed,
export and PDF starts from it (or from `removed_reviews()` for the 410 page and copy requests).
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import uuid
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Prefetch, Q
from django.template.loader import render_to_string
from django.utils import timezone

from reviews.models import Action, Recommendation, Review
from reviews.services import TransitionError, record_history

from . import pdf as pdf_module
from .public_models import Briefing, CopyRequest, LearningSummary, PublicPdf
from .workdays import add_working_days

logger = logging.getLogger(__name__)

__all__ = ["TransitionError"]

# --- What is public ---------------------------------------------------------------------------


def public_reviews():
    """Reviews the public may read: published ones. The only place that says so."""
    return Review.objects.filter(status=Review.Status.PUBLISHED)


def removed_reviews():
    """Reviews taken off the website: their old address answers 410 and a copy can be asked for."""
    return Review.objects.filter(status=Review.Status.REMOVED)


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


# --- How long a report stays up ---------------------------------------------------------------


def on_site_until(review: Review, *, today: datetime.date):
    """The lifecycle's display rule (`services.on_site_until`): 2 queries."""
    from .services import on_site_until as rule

    return rule(review, today=today)


def linked_reviews(review: Review) -> list[Review]:
    """Public reviews linked to `review` by an extension, either way round (1 query)."""
    linked = public_reviews().filter(
        Q(linked_from__review=review) | Q(extensions__linked_review=review)
    )
    return list(linked.exclude(pk=review.pk).distinct().order_by("-published_at"))


@dataclass(frozen=True)
class Progress:
    completed: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.completed / self.total) if self.total else 0


def action_progress(review: Review) -> Progress:
    """Completed and total actions, from the prefetched recommendations (no query)."""
    actions = [action for rec in review.recommendations.all() for action in rec.actions.all()]
    done = sum(1 for action in actions if action.status == Action.Status.COMPLETED)
    return Progress(done, len(actions))


def report_context(review: Review, *, today: datetime.date) -> dict:
    """What the report page and the report PDF both show (so their text is the same)."""
    return {
        "review": review,
        "full": review.publication_mode == Review.Mode.FULL,
        "sections": [s for s in review.sections() if s.text.strip()],
        "findings": list(review.findings.all()),
        "recommendations": list(review.recommendations.all()),
        "progress": action_progress(review),
        "until": on_site_until(review, today=today),
        "linked": linked_reviews(review),
        "briefing": _briefing_or_none(review),
        "is_public": review.status == Review.Status.PUBLISHED,
    }


def _briefing_or_none(review: Review) -> Briefing | None:
    try:
        return review.briefing
    except Briefing.DoesNotExist:
        return None


# --- Briefings --------------------------------------------------------------------------------


def briefing_load_demo(review: Review, spec: dict) -> Briefing | None:
    """Create the demo briefing in `spec["briefing"]` for `review`; None when it has none."""
    data = spec.get("briefing")
    if not data:
        return None
    briefing, _ = Briefing.objects.get_or_create(
        review=review,
        defaults={
            "case_in_brief": data["case_in_brief"],
            "key_learning": "\n".join(data["key_learning"]),
            "what_has_changed": "\n".join(data["what_has_changed"]),
            "reflective_questions": "\n".join(data["reflective_questions"]),
        },
    )
    return briefing


# --- PDFs: rendered once per version, in a task, and stored -----------------------------------

PDF_TEMPLATES = {
    "report": "publishing/pdf/report.html",
    "briefing": "publishing/pdf/briefing.html",
    "learning": "publishing/pdf/learning.html",
}


def _partnership() -> dict:
    return {
        "partnership_name": settings.PARTNERSHIP_NAME,
        "partnership_email": settings.PARTNERSHIP_EMAIL,
        "partnership_phone": settings.PARTNERSHIP_PHONE,
        "site_url": settings.SITE_URL,
    }


def pdf_key(kind: str, subject: Review | LearningSummary) -> str:
    ident = subject.year if isinstance(subject, LearningSummary) else subject.pk
    return f"{kind}/{ident}"


def pdf_html(kind: str, subject: Review | LearningSummary, *, today: datetime.date) -> str:
    """The HTML a PDF is rendered from. `subject` must come through `with_page_data`."""
    if kind == "learning":
        context = learning_context(subject)
    else:
        context = report_context(subject, today=today)
    return render_to_string(PDF_TEMPLATES[kind], {**context, **_partnership()})


def version_hash(html: str) -> str:
    return hashlib.sha256(html.encode("utf-8")).hexdigest()


def pdf_stored(key: str, html: str) -> PublicPdf | None:
    """The stored PDF of exactly this version; None when it has not been rendered yet."""
    return PublicPdf.objects.filter(key=key, version_hash=version_hash(html)).first()


def pdf_latest(key: str) -> PublicPdf | None:
    """The most recently rendered PDF for `key`, whatever its version; None when there is none."""
    return PublicPdf.objects.filter(key=key).order_by("-rendered_at", "-pk").first()


def pdf_render(*, key: str, html: str, filename: str, now: datetime.datetime) -> PublicPdf:
    """Render `html` to a tagged PDF and store it, unless this version is already stored."""
    existing = pdf_stored(key, html)
    if existing is not None:
        return existing
    data = pdf_module.render_pdf(html)
    stored = PublicPdf(
        key=key,
        version_hash=version_hash(html),
        sha256=pdf_module.sha256(data),
        size=len(data),
        rendered_at=now,
    )
    stored.file.save(filename, ContentFile(data), save=False)
    try:
        with transaction.atomic():
            stored.save()
    except IntegrityError:  # another worker stored the same version first
        stored.file.delete(save=False)
        return PublicPdf.objects.get(key=key, version_hash=stored.version_hash)
    return stored


@dataclass(frozen=True)
class PdfJob:
    kind: str
    subject: Review | LearningSummary

    @property
    def key(self) -> str:
        return pdf_key(self.kind, self.subject)

    @property
    def filename(self) -> str:
        if isinstance(self.subject, LearningSummary):
            return f"summary-of-learning-{self.subject.year}.pdf"
        return f"{self.subject.slug}-{self.kind}.pdf"


def pdf_jobs() -> list[PdfJob]:
    """Every PDF the site offers: reports (removed ones too, for copy requests), briefings of
    public reports, and published summaries of learning."""
    jobs = []
    for review in with_page_data(ever_published_reviews()):
        jobs.append(PdfJob("report", review))
        if review.status == Review.Status.PUBLISHED and _briefing_or_none(review):
            jobs.append(PdfJob("briefing", review))
    for summary in LearningSummary.objects.filter(published_at__isnull=False):
        jobs.append(PdfJob("learning", summary))
    return jobs


def pdf_sweep(*, now: datetime.datetime) -> int:
    """Render every missing or outdated PDF; return how many were rendered.

    A failure on one document is logged and the sweep goes on with the next.
    """
    today = timezone.localdate(now)
    rendered = 0
    for job in pdf_jobs():
        html = pdf_html(job.kind, job.subject, today=today)
        if pdf_stored(job.key, html) is not None:
            continue
        try:
            pdf_render(key=job.key, html=html, filename=job.filename, now=now)
            rendered += 1
        except Exception:
            logger.exception("Could not render the PDF %s", job.key)
    return rendered


def pdf_queue_sweep() -> None:
    """Ask the worker to render missing PDFs once the current transaction commits.

    Never fails the caller: when the broker is down, the periodic sweep catches up.
    """

    def send():
        from .public_tasks import public_pdf_sweep

        try:
            public_pdf_sweep.delay()
        except Exception:
            logger.warning("Could not queue the PDF sweep; the periodic sweep will catch up")

    transaction.on_commit(send)


# --- Copy requests of removed reports ---------------------------------------------------------


def copy_request_create(
    *,
    review: Review,
    name: str,
    email: str,
    organisation: str = "",
    purpose: str = "",
    now: datetime.datetime,
) -> CopyRequest:
    """Record a request for a removed report, email a confirmation; return it with its reference.

    The reference is CR-<year>-<number>, from the row's own id, so it is unique without a lock.
    """
    if not removed_reviews().filter(pk=review.pk).exists():
        raise TransitionError("Copies can be requested only of reports removed from the website.")
    with transaction.atomic():
        request = CopyRequest.objects.create(
            reference=f"pending-{uuid.uuid4().hex[:12]}",
            review=review,
            name=name,
            email=email,
            organisation=organisation,
            purpose=purpose,
            received_at=now,
            due_on=add_working_days(timezone.localdate(now), CopyRequest.DUE_WORKING_DAYS),
        )
        request.reference = f"CR-{timezone.localdate(now).year}-{request.pk:05d}"
        request.save(update_fields=["reference"])
    _email(request, "received", subject=f"Your request {request.reference}")
    return request


def _email(request: CopyRequest, template: str, *, subject: str, attachment=None) -> None:
    context = {"request": request, **_partnership()}
    body = render_to_string(f"publishing/email/copy_request_{template}.txt", context)
    message = EmailMessage(subject, body, to=[request.email], reply_to=[settings.PARTNERSHIP_EMAIL])
    if attachment is not None:
        message.attach(*attachment)
    message.send()


def _claim(request: CopyRequest, *, to: str, by: AbstractBaseUser, reason: str, **fields) -> None:
    claimed = CopyRequest.objects.filter(pk=request.pk, status__in=CopyRequest.OPEN).update(
        status=to, handled_by=by, **fields
    )
    if not claimed:
        request.refresh_from_db()
        raise TransitionError(
            f"Request {request.reference} is already “{request.get_status_display()}”."
        )
    record_history(request, by=by, reason=reason)


def copy_request_start(*, request: CopyRequest, by: AbstractBaseUser) -> CopyRequest:
    """Mark a received request as being worked on."""
    if request.status != CopyRequest.Status.RECEIVED:
        raise TransitionError(f"Request {request.reference} is not waiting to be started.")
    _claim(request, to=CopyRequest.Status.IN_PROGRESS, by=by, reason="Started")
    return request


def copy_request_send(
    *, request: CopyRequest, by: AbstractBaseUser, now: datetime.datetime
) -> CopyRequest:
    """Email the report's stored PDF to the requester and record the sending.

    Raises TransitionError when the request is closed or the PDF has not been rendered yet (the
    sweep is then queued, so trying again in a few minutes works).
    """
    stored = pdf_latest(pdf_key("report", request.review))
    if stored is None:
        pdf_queue_sweep()
        raise TransitionError(
            f"The PDF of {request.review.reference} is still being prepared. "
            "Try again in a few minutes."
        )
    with transaction.atomic():
        _claim(
            request,
            to=CopyRequest.Status.SENT,
            by=by,
            reason="Report sent",
            sent_at=now,
            sent_pdf_sha256=stored.sha256,
        )
        with stored.file.open("rb") as handle:
            attachment = (f"{request.review.slug}.pdf", handle.read(), "application/pdf")
        # Inside the transaction: if the email cannot be sent, the request stays open.
        _email(
            request,
            "sent",
            subject=f"The report you asked for ({request.reference})",
            attachment=attachment,
        )
    return request


def copy_request_refuse(*, request: CopyRequest, by: AbstractBaseUser, reason: str) -> CopyRequest:
    """Refuse a request with the reason given to the requester."""
    if not reason.strip():
        raise TransitionError("Give the reason for refusing: the requester is told it.")
    with transaction.atomic():
        _claim(
            request,
            to=CopyRequest.Status.REFUSED,
            by=by,
            reason="Refused",
            refusal_reason=reason.strip(),
        )
        _email(request, "refused", subject=f"Your request {request.reference}")
    return request


# --- Annual summary of learning ---------------------------------------------------------------


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


def learning_summary_publish(*, summary: LearningSummary, by, now: datetime.datetime):
    """Publish a generated summary at /learning/<year>/ and queue its PDF."""
    if summary.generated_at is None:
        raise TransitionError("Generate the summary from the reviews before publishing it.")
    claimed = LearningSummary.objects.filter(pk=summary.pk, published_at__isnull=True).update(
        published_at=now
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


DEMO_INTRODUCTION = (
    "This summary brings together what our child safeguarding practice reviews found in the "
    "year, what they recommended, and what agencies have done about it since.\n\n"
    "It is written for practitioners, managers and trainers across the partnership, and for "
    "anyone who wants to know how services for children are learning and changing. Each "
    "review is summarised with its findings and recommendations; the figures show how far the "
    "actions have gone and what difference the completed ones have made."
)


def learning_summary_load_demo(*, today: datetime.date) -> LearningSummary:
    """Publish the demo's summary for the last complete reporting year, unless it exists."""
    year = reporting_year(today) - 1
    summary, created = LearningSummary.objects.get_or_create(
        year=year, defaults={"introduction": DEMO_INTRODUCTION}
    )
    if created:
        now = timezone.now()
        learning_summary_generate(summary=summary, now=now)
        learning_summary_publish(summary=summary, by=None, now=now)
    return summary
