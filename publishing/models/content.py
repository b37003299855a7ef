"""Public-site models: learning briefings, stored PDFs, copy requests, annual learning summaries.

None of these changes a review's lifecycle. What the public may see is decided in one place,
`publishing.services.catalogue.public_reviews()`.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from reviews.models import Review

__all__ = ["Briefing", "CopyRequest", "LearningSummary", "PublicPdf", "StalePdf"]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class Briefing(models.Model):
    """A one-page "7-minute briefing" for practitioners, written by business-unit staff.

    The four text fields are the draft. The public reads `public_content`, the text as a second
    person (a QA approver or manager who did not write it) last approved it
    (`publishing.services.briefings`); an edit waits for approval while the approved text
    stays on the website. `draft_authors` holds who changed the draft since then.
    """

    TEXT_FIELDS = ("case_in_brief", "key_learning", "what_has_changed", "reflective_questions")

    review = models.OneToOneField(Review, on_delete=models.CASCADE, related_name="briefing")
    case_in_brief = models.TextField(
        help_text="A short paragraph. Not shown when only the improvements are published."
    )
    key_learning = models.TextField(help_text="One point per line.")
    what_has_changed = models.TextField(help_text="One change per line.")
    reflective_questions = models.TextField(
        "questions for practitioners", help_text="One question per line."
    )
    updated_at = models.DateTimeField(auto_now=True)
    public_content = models.JSONField(
        "text on the website", default=dict, blank=True, editable=False
    )
    approved_at = models.DateTimeField(null=True, blank=True, editable=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    draft_authors = models.JSONField(default=list, blank=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "7-minute briefing"
        permissions = [("approve_briefing", "Can approve a briefing for the website")]

    def __str__(self) -> str:
        return f"Briefing for {self.review.reference}"

    def draft_content(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in self.TEXT_FIELDS}

    def is_awaiting_approval(self) -> bool:
        """True when the draft differs from the text on the website (or none is there yet)."""
        return self.draft_content() != self.public_content

    def public_version(self) -> Briefing | None:
        """The briefing as the public reads it (unsaved, same review); None until approved."""
        if not self.public_content:
            return None
        return Briefing(pk=self.pk, review=self.review, **self.public_content)

    def key_learning_items(self) -> list[str]:
        return _lines(self.key_learning)

    def what_has_changed_items(self) -> list[str]:
        return _lines(self.what_has_changed)

    def reflective_question_items(self) -> list[str]:
        return _lines(self.reflective_questions)


class PublicPdf(models.Model):
    """A rendered PDF of one version of a public document, stored and served as it is.

    `key` names the document ("report/12", "briefing/12", "learning/2025"); `version_hash` is
    the SHA-256 of the HTML it was rendered from, so any change in what the PDF would show
    (text, action progress, display date) is a new version. `rendered_at` is when this version
    was last rendered or found current again, so the latest one is always what the page shows
    (once the sweep has caught up).
    """

    key = models.CharField(max_length=40)
    version_hash = models.CharField(max_length=64)
    file = models.FileField(upload_to="public-pdf/%Y/")
    sha256 = models.CharField("SHA-256 of the file", max_length=64)
    size = models.PositiveIntegerField()
    rendered_at = models.DateTimeField()

    class Meta:
        ordering = ["key", "-rendered_at"]
        verbose_name = "public PDF"
        constraints = [
            models.UniqueConstraint(fields=["key", "version_hash"], name="one_pdf_per_version")
        ]

    def __str__(self) -> str:
        return f"{self.key} ({self.version_hash[:12]})"


class StalePdf(models.Model):
    """A public PDF that must be rendered (again): what it shows changed, or it never was.

    Set by whatever changes a PDF's inputs (`mark`); the sweep renders only these rows, so
    its work is proportional to what changed, not to how much is published. `changes` counts
    the marks: the sweep drops a row only if no mark arrived while it rendered (`clear`).
    """

    key = models.CharField(max_length=40, unique=True)  # as PublicPdf.key: "report/12"
    changes = models.PositiveIntegerField(default=0)
    marked_at = models.DateTimeField()

    class Meta:
        verbose_name = "stale public PDF"

    def __str__(self) -> str:
        return f"{self.key} (stale since {self.marked_at:%Y-%m-%d %H:%M})"

    @classmethod
    def mark(cls, *keys: str) -> None:
        """Mark the PDFs at `keys` for rendering; 2 queries, safe against concurrent marks."""
        if not keys:
            return
        now = timezone.now()
        cls.objects.bulk_create(
            [cls(key=key, marked_at=now) for key in keys], ignore_conflicts=True
        )
        cls.objects.filter(key__in=keys).update(changes=models.F("changes") + 1, marked_at=now)

    def clear(self) -> bool:
        """Drop this mark unless another one arrived since it was read; True when dropped."""
        deleted, _ = StalePdf.objects.filter(pk=self.pk, changes=self.changes).delete()
        return bool(deleted)


class CopyRequest(models.Model):
    """A member of the public asking for a copy of a report that has been removed from the site."""

    class Status(models.TextChoices):
        RECEIVED = "received", "Received"
        IN_PROGRESS = "in_progress", "In progress"
        SENT = "sent", "Sent"
        REFUSED = "refused", "Refused"

    OPEN = (Status.RECEIVED, Status.IN_PROGRESS)
    DUE_WORKING_DAYS = 20

    reference = models.CharField(max_length=20, unique=True, blank=True, editable=False)
    review = models.ForeignKey(Review, on_delete=models.PROTECT, related_name="copy_requests")
    name = models.CharField(max_length=120)
    email = models.EmailField(max_length=254)
    organisation = models.CharField(max_length=200, blank=True)
    purpose = models.TextField(blank=True)
    status = models.CharField(
        max_length=12, choices=Status, default=Status.RECEIVED, db_index=True, editable=False
    )
    received_at = models.DateTimeField(editable=False)
    due_on = models.DateField(editable=False)
    sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    sent_pdf_sha256 = models.CharField(max_length=64, blank=True, editable=False)
    refusal_reason = models.TextField(blank=True, editable=False)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    staff_notes = models.TextField(blank=True, help_text="Private: for staff only.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["due_on", "pk"]
        permissions = [("handle_copyrequest", "Can send or refuse a copy of a removed report")]

    def __str__(self) -> str:
        return f"{self.reference}: {self.review.reference}"

    def is_open(self) -> bool:
        return self.status in self.OPEN

    def is_overdue(self, today: datetime.date) -> bool:
        return self.is_open() and self.due_on < today


class LearningSummary(models.Model):
    """The annual summary of learning for one reporting year (1 April to 31 March).

    `content` is a snapshot of what the reviews published in that year found and changed, made
    by `learning_summary_generate`; once published the page shows that snapshot unchanged, and
    the introduction can no longer be edited. `draft_authors` holds who wrote the introduction
    since it was last published: someone else must publish it.
    """

    year = models.PositiveSmallIntegerField(
        unique=True,
        # the years reviews are recorded for (`Review.incident_year`): a date can be made of it
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text="The year the reporting year starts: 2025 means 1 April 2025 to 31 March 2026.",
        error_messages={"unique": "There is already a summary for this reporting year."},
    )
    introduction = models.TextField(
        blank=True,
        help_text="Shown at the top of the summary. Paragraphs are separated by a blank line.",
    )
    content = models.JSONField(default=dict, blank=True, editable=False)
    draft_authors = models.JSONField(default=list, blank=True, editable=False)
    generated_at = models.DateTimeField(null=True, blank=True, editable=False)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-year"]
        verbose_name = "annual summary of learning"
        verbose_name_plural = "annual summaries of learning"
        permissions = [("publish_learningsummary", "Can publish an annual summary of learning")]

    def __str__(self) -> str:
        return f"Summary of learning {self.label}"

    @property
    def label(self) -> str:
        return f"{self.year} to {self.year + 1}"

    @property
    def starts_on(self) -> datetime.date:
        return datetime.date(self.year, 4, 1)

    @property
    def ends_on(self) -> datetime.date:
        return datetime.date(self.year + 1, 3, 31)

    @property
    def is_published(self) -> bool:
        return self.published_at is not None
