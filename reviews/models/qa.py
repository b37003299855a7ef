"""Quality assurance of a review's text: publishable pieces, private names, versions, sign-offs."""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from .review import Review


@dataclass(frozen=True)
class TextPiece:
    """One publishable piece of a review (a section, a finding, an action...) with its place.

    `scan` is what the identifier scanner reads when that is not the whole `text`: the start
    of `text`, character for character (a finding's offsets then mark its place in `text`).
    """

    key: str
    label: str
    text: str
    scan: str | None = None

    def scanned(self) -> str:
        """The text the identifier scanner reads."""
        return self.text if self.scan is None else self.scan


def publishable_pieces(review: Review, *, for_scanner: bool = False) -> list[TextPiece]:
    """The report's pieces in reading order (6 queries).

    By default the frozen report, what a sign-off's and a notice's hash cover and the QA page's
    diff compares: the review's details as the public reads them (`details_piece`), and each
    action as planned (agency, description, due date), no progress, so a progress change never
    voids a sign-off or a notice. `for_scanner`: the words the public will read, for the
    identifier scanner: each action's description with its progress (impact, what more will
    be done), and no due date (a date the scanner would flag).
    """
    pieces = [
        TextPiece("title", "Title", review.title),
        TextPiece("pseudonym", "Pseudonym", review.pseudonym),
        TextPiece("summary", "Summary", review.summary),
        details_piece(review),
    ]
    pieces += [
        TextPiece(section.key, section.heading, section.text) for section in review.sections()
    ]
    for finding in review.findings.all():
        label = f"Finding {finding.order}"
        pieces.append(
            TextPiece(f"finding-{finding.pk}", label, f"{finding.title}\n\n{finding.text}")
        )
    recommendations = review.recommendations.prefetch_related("actions__agency")
    for rec in recommendations:
        pieces.append(
            TextPiece(f"recommendation-{rec.pk}", f"Recommendation {rec.order}", rec.text)
        )
        for number, action in enumerate(rec.actions.all(), start=1):
            label = f"Recommendation {rec.order}, action {number} ({action.agency})"
            if for_scanner:
                text = action.description + _progress_text(action)
            else:
                text = f"{action.description}\n\nDue: {action.due_date.isoformat()}"
            pieces.append(TextPiece(f"action-{action.pk}", label, text))
    return pieces


def review_details(review: Review) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The review's details that a public page, PDF, feed or export shows, beside the report's
    text, as (label, value) in words: (the free text, the rest) (2 queries).

    The free text is typed by staff (reference, web address, independent reviewer); the rest
    is chosen from a list or a calendar: choices by their label, dates in words, the themes
    and agencies by name in alphabetical order, so the order they were added in is no matter.
    Title, pseudonym and summary are pieces of their own.
    """
    decided = review.decision_date
    free = [
        ("Reference", review.reference),
        ("Web address", review.slug),
        ("Independent reviewer", review.reviewer_name.strip() or "Not named"),
    ]
    chosen = [
        ("Type of review", review.get_review_type_display()),
        ("Death or serious harm", review.get_harm_display()),
        ("Age of the child", review.get_age_band_display()),
        ("Sex", review.get_sex_display()),
        ("Incident", review.incident_period()),
        (
            "Decision to hold the review",
            f"{decided.day} {calendar.month_name[decided.month]} {decided.year}",
        ),
        ("Learning themes", _names(review.themes.values_list("name", flat=True))),
        ("Agencies involved", _names(review.agencies.values_list("name", flat=True))),
        ("Content warning", "Shown to readers" if review.content_warning else "Not shown"),
    ]
    return free, chosen


def _names(names) -> str:
    return "; ".join(sorted(names)) or "None recorded"


def details_piece(review: Review) -> TextPiece:
    """The review's details as one piece, "Details": one "label: value" line each.

    The scanner reads the free text's values only (a date or an agency's name is not typed for
    this review; a label is blanked, so a name's part never matches "Web address"), with the
    web address's hyphens read as spaces, so that a name typed into it
    ("nel-2026-01-jordan-smith") is found like any other.
    """
    free, chosen = review_details(review)
    lines = [f"{label}: {value}" for label, value in free + chosen]
    scan = "\n".join(
        " " * len(f"{label}: ") + (value.replace("-", " ") if label == "Web address" else value)
        for label, value in free
    )
    return TextPiece("details", "Details", "\n".join(lines), scan=scan)


def _progress_text(action) -> str:
    impact = f"\n\nImpact: {action.impact}" if action.impact else ""
    more = f"\n\nWhat more will be done: {action.more_to_do}" if action.more_to_do else ""
    return impact + more


def publishable_text(pieces: list[TextPiece]) -> str:
    """The report as one plain text: what a sign-off's hash covers and the diff compares."""
    return "\n\n".join(f"## {piece.label}\n\n{piece.text.strip()}" for piece in pieces) + "\n"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ProtectedName(models.Model):
    """A real name (of the child, family or a practitioner) that must never be published.

    Private: never shown on the public site or to the Auditor role, never logged.
    """

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="protected_names")
    name = models.CharField(max_length=120)
    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        verbose_name = "name that must not appear"
        verbose_name_plural = "names that must not appear"
        constraints = [
            models.UniqueConstraint(
                fields=["review", "name"],
                name="protected_name_once_per_review",
                violation_error_message="This name is already on the list.",
            )
        ]

    def __str__(self) -> str:
        return "(private name)"


class TextVersion(models.Model):
    """The publishable text of a review as it stood when submitted or signed: for diffs."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="text_versions")
    content_hash = models.CharField(max_length=64)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    # Set for a version made by an approved correction of the published report: the hash of
    # the version it corrected, and what the approval said. A sign-off of that earlier version
    # then stands for this one too (`reviews.services.published.signed_hashes`).
    # with a database default too, so that rows written by the release before it stay valid
    corrects = models.CharField(
        max_length=64, blank=True, editable=False, default="", db_default=""
    )
    note = models.TextField(blank=True, editable=False, default="", db_default="")

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["review", "content_hash"], name="one_version_per_hash")
        ]

    def __str__(self) -> str:
        return f"{self.review.reference} version {self.content_hash[:12]}"


class Criterion(models.TextChoices):
    """The five quality criteria a final report is signed off against."""

    ANALYSIS = "a", "(a) A sound analysis of what happened"
    RECURRENCE = "b", "(b) Says what must happen to reduce the risk of it happening again"
    PLAIN_ENGLISH = "c", "(c) Plain English that professionals and the public can understand"
    NO_REDACTION = "d", "(d) Fit to publish as it is, with nothing to amend or redact"
    ACTIONS = "e", "(e) Covers actions planned and taken, their impact, and what more will be done"


class SignOff(models.Model):
    """An approver's judgement on one criterion for one version of the report."""

    review = models.ForeignKey(Review, on_delete=models.PROTECT, related_name="signoffs")
    criterion = models.CharField(max_length=1, choices=Criterion)
    met = models.BooleanField()
    comment = models.TextField(blank=True)
    signed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    signed_at = models.DateTimeField()
    content_hash = models.CharField(max_length=64)
    voided_at = models.DateTimeField(null=True, blank=True)
    void_reason = models.CharField(max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["criterion", "-signed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "criterion"],
                condition=Q(voided_at__isnull=True),
                name="one_live_signoff_per_criterion",
            )
        ]

    def __str__(self) -> str:
        verdict = "met" if self.met else "not met"
        return f"{self.review.reference} {self.get_criterion_display()}: {verdict}"


class IdentifierAcceptance(models.Model):
    """An approver's decision that a flagged detail may stay, with the reason.

    It covers that exact text, of that kind, in that piece of the report; editing the text
    makes a new finding that needs its own decision.
    """

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="acceptances")
    piece_key = models.CharField(max_length=40)
    kind = models.CharField(max_length=30)
    text = models.CharField(max_length=300)
    reason = models.TextField()
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    accepted_at = models.DateTimeField()
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["review", "piece_key", "kind", "text"], name="accept_once"
            )
        ]

    def __str__(self) -> str:
        return f"Accepted {self.kind} in {self.piece_key}"
