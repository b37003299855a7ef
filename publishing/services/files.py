"""Public files: the report, briefing and learning-summary PDFs, rendered once per version in a
task and stored, so no request ever renders one.

Whatever changes what a PDF shows marks it stale (`StalePdf`: signal receivers here, and
explicit marks where a state move is an `.update()`); the sweep renders only marked PDFs.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import IntegrityError, connection, transaction
from django.db.models import CharField, Exists, OuterRef, Value
from django.db.models.functions import Cast, Concat
from django.template.loader import render_to_string
from django.utils import timezone

from reviews.models import Review, review_id_of

from .. import pdf as pdf_module
from ..models import Briefing, LearningSummary, Notice, PublicPdf, StalePdf
from .catalogue import (
    briefing_or_none,
    ever_published_reviews,
    learning_context,
    partnership_context,
    published_learning_summaries,
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


def report_pdf_latest(slug: str) -> tuple[str, str] | None:
    """The latest stored PDF of the public report at `slug`, as its file's name in storage and
    its SHA-256, in one query; None when the report is not public or its first PDF is not
    rendered yet.

    Written in SQL, not built with the ORM: readers ask for it more than for any other file,
    and building the query took longer than running it (tests/test_public_pdf.py checks it
    against `pdf_latest`).
    """
    with connection.cursor() as cursor:
        cursor.execute(REPORT_PDF_LATEST, [slug, Review.Status.PUBLISHED])
        return cursor.fetchone()


REPORT_PDF_LATEST = f"""
    SELECT pdf.file, pdf.sha256 FROM {PublicPdf._meta.db_table} pdf
    WHERE pdf.key = (
        SELECT 'report/' || CAST(review.id AS TEXT) FROM {Review._meta.db_table} review
        WHERE review.slug = %s AND review.status = %s
    )
    ORDER BY pdf.rendered_at DESC, pdf.id DESC
    LIMIT 1
"""


def pdf_render(*, key: str, html: str, filename: str, now: datetime.datetime) -> PublicPdf:
    """Render `html` to a tagged PDF and store it, unless this version is already stored.

    A stored version is dated `now` again, so that it is the latest (what readers are served)
    even when the text went back to an earlier version.
    """
    existing = pdf_stored(key, html)
    if existing is not None:
        PublicPdf.objects.filter(pk=existing.pk).update(rendered_at=now)
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


SWEEP_CHUNK = 100


def pdf_sweep(*, now: datetime.datetime) -> int:
    """Render every PDF marked stale (`StalePdf`); return how many were rendered.

    1. Mark the published summaries of learning not rendered since they were published
       (publication is an `.update()`, which no signal sees; a handful of rows).
    2. Read the marks in chunks of SWEEP_CHUNK, by primary key, and load their subjects.
    3. Render each, then drop its mark unless a new change arrived meanwhile.

    With nothing stale it makes 2 queries, however much is published. A failure on one
    document is logged, its mark stays for the next sweep, and the sweep goes on.
    """
    _mark_unrendered_summaries()
    today = timezone.localdate(now)
    rendered, last = 0, 0
    while chunk := list(StalePdf.objects.filter(pk__gt=last).order_by("pk")[:SWEEP_CHUNK]):
        last = chunk[-1].pk
        for mark, job in _jobs(chunk):
            if job is None:  # no longer offered (a draft, a removed report's briefing...)
                mark.clear()
                continue
            try:
                html = pdf_html(job.kind, job.subject, today=today)
                new = pdf_stored(job.key, html) is None
                pdf_render(key=job.key, html=html, filename=job.filename, now=now)
            except Exception:
                logger.exception("Could not render the PDF %s", job.key)
            else:
                rendered += new
                mark.clear()
    return rendered


def _jobs(marks: list[StalePdf]) -> list[tuple[StalePdf, PdfJob | None]]:
    """Each mark with what to render for it, None when its document is not offered (7 queries
    at most: the reviews with their page data, and the summaries)."""
    wanted = [(mark, *mark.key.split("/", 1)) for mark in marks]
    review_ids = {int(ident) for _, kind, ident in wanted if kind != "learning"}
    years = {int(ident) for _, kind, ident in wanted if kind == "learning"}
    reviews = (
        {r.pk: r for r in with_page_data(ever_published_reviews()).filter(pk__in=review_ids)}
        if review_ids
        else {}
    )
    summaries = (
        {s.year: s for s in published_learning_summaries().filter(year__in=years)} if years else {}
    )
    jobs = []
    for mark, kind, ident in wanted:
        subject = (summaries if kind == "learning" else reviews).get(int(ident))
        offered = subject is not None and (kind != "briefing" or _has_public_briefing(subject))
        jobs.append((mark, PdfJob(kind, subject) if offered else None))
    return jobs


def _has_public_briefing(review: Review) -> bool:
    return review.status == Review.Status.PUBLISHED and briefing_or_none(review) is not None


def _mark_unrendered_summaries() -> None:
    key = Concat(Value("learning/"), Cast(OuterRef("year"), CharField()))
    rendered = PublicPdf.objects.filter(key=key, rendered_at__gte=OuterRef("published_at"))
    unrendered = published_learning_summaries().exclude(Exists(rendered))
    years = unrendered.exclude(Exists(StalePdf.objects.filter(key=key))).values_list("year")
    StalePdf.mark(*(f"learning/{year}" for (year,) in years))


# --- Marking PDFs stale when what they show changes -------------------------------------------


def review_pdf_keys(review_id: int, *, briefing: bool = True) -> list[str]:
    """The keys of a review's PDFs: its report, and its briefing unless `briefing` is False."""
    return [f"report/{review_id}"] + ([f"briefing/{review_id}"] if briefing else [])


def pdf_inputs_changed(sender, instance, **kwargs) -> None:
    """Signal receiver (publishing/apps.py): a review, a part of it (findings,
    recommendations, actions, themes, agencies), a briefing or a learning summary was saved or
    deleted: mark the PDFs that show it stale.

    Drafts cost one or two queries and mark nothing. State moves made with `.update()` mark
    the PDFs themselves (publication, removal, extensions).
    """
    if kwargs.get("action", "post_").startswith("pre_"):  # m2m_changed fires before and after
        return
    if isinstance(instance, LearningSummary):
        if instance.published_at is not None:
            StalePdf.mark(pdf_key("learning", instance))
        return
    review_id = review_id_of(instance)
    if review_id is None:
        return
    status, briefing_id = Review.objects.filter(pk=review_id).values_list(
        "status", "briefing__pk"
    ).first() or (None, None)
    briefing = status == Review.Status.PUBLISHED and briefing_id is not None
    if isinstance(instance, Briefing):
        StalePdf.mark(*([f"briefing/{review_id}"] if briefing else []))
    elif status in (Review.Status.PUBLISHED, Review.Status.REMOVED):
        StalePdf.mark(*review_pdf_keys(review_id, briefing=briefing))


def pdf_queue_sweep(*, stale: list[str] | tuple[str, ...] = ()) -> None:
    """Mark the PDFs at the keys `stale` (if any) and ask the worker to render what is stale
    once the current transaction commits.

    Never fails the caller: when the broker is down, the periodic sweep catches up.
    """
    StalePdf.mark(*stale)

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
