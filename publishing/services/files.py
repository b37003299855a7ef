"""Public files: the report, briefing and learning-summary PDFs, rendered once per version in a
task and stored, so no request ever renders one.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from reviews.models import Review

from .. import pdf as pdf_module
from ..models import LearningSummary, Notice, PublicPdf
from .catalogue import (
    briefing_or_none,
    ever_published_reviews,
    learning_context,
    report_context,
    with_page_data,
)
from .common import task_queue

logger = logging.getLogger(__name__)

PDF_TEMPLATES = {
    "report": "publishing/pdf/report.html",
    "briefing": "publishing/pdf/briefing.html",
    "learning": "publishing/pdf/learning.html",
}


def partnership_context() -> dict:
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
    return render_to_string(PDF_TEMPLATES[kind], {**context, **partnership_context()})


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
        if review.status == Review.Status.PUBLISHED and briefing_or_none(review):
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
        try:
            task_queue("publishing.public_pdf_sweep")
        except Exception:
            logger.warning("Could not queue the PDF sweep; the periodic sweep will catch up")

    transaction.on_commit(send)


# --- Checking what is stored ------------------------------------------------------------------


@dataclass(frozen=True)
class StoredFileProblem:
    record: str  # "Notice 12", "Public PDF report/12"
    name: str  # the file's name in storage
    problem: str  # "missing", or "altered: ..."

    def __str__(self) -> str:
        return f"{self.record}: {self.name} is {self.problem}"


def stored_files_verify() -> list[StoredFileProblem]:
    """Check every stored PDF against the SHA-256 recorded when it was stored; return what is
    missing or altered (empty when every file is as stored).

    Each notice's PDF is the record of what was sent to the national bodies, and each public
    PDF is what readers download: after a restore from backup, both must be byte for byte what
    the database says they are.
    """
    stored = [(f"Notice {n.pk}", n.pdf, n.pdf_sha256) for n in Notice.objects.exclude(pdf="")]
    stored += [(f"Public PDF {p.key}", p.file, p.sha256) for p in PublicPdf.objects.all()]
    problems = []
    for record, file, recorded in stored:
        problem = _file_problem(file, recorded)
        if problem:
            problems.append(StoredFileProblem(record, file.name, problem))
    return problems


def _file_problem(file, recorded: str) -> str | None:
    if not file.storage.exists(file.name):
        return "missing"
    with file.storage.open(file.name, "rb") as handle:
        actual = hashlib.file_digest(handle, "sha256").hexdigest()
    if actual != recorded:
        return f"altered: its SHA-256 is {actual}, recorded {recorded or '(none)'}"
    return None
