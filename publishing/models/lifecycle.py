"""Publishing records: notices and their deliveries, extensions, decisions not to publish,
alerts, the extra non-working days, and the operational heartbeat."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from reviews.models import Review


class Heartbeat(models.Model):
    """When a background process last proved it was alive (the worker, run by the scheduler)."""

    name = models.CharField(max_length=40, unique=True)
    last_seen = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} last seen {self.last_seen:%Y-%m-%d %H:%M:%S}"


class NonWorkingDay(models.Model):
    """A day off in England that the `holidays` package does not know about.

    One-off bank holidays (a royal event, a state funeral) are announced with a few months'
    notice, often after the package release we run; managers record them here so the working-
    day rules count them at once. See `publishing.workdays`.
    """

    date = models.DateField(
        unique=True, error_messages={"unique": "This date is already a non-working day."}
    )
    name = models.CharField(max_length=100, help_text="For example: Bank holiday for a royal event")
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["date"]
        verbose_name = "non-working day"

    def __str__(self) -> str:
        return f"{self.date:%a %d %b %Y}: {self.name}"


class Recipient(models.Model):
    """A national body that must receive notices: Ofsted, the DfE and the National Panel."""

    class Body(models.TextChoices):
        OFSTED = "ofsted", "Ofsted"
        DFE = "dfe", "Department for Education"
        PANEL = "panel", "Child Safeguarding Practice Review Panel"

    body = models.CharField(
        max_length=10,
        choices=Body,
        unique=True,
        error_messages={"unique": "There is already a recipient for this body."},
    )
    name = models.CharField(
        max_length=120, help_text="Team or person, e.g. 'Ofsted national team'."
    )
    email = models.EmailField(blank=True, help_text="Notices cannot be sent while this is empty.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["body"]

    def __str__(self) -> str:
        return f"{self.get_body_display()} ({self.email or 'no email address'})"


class Notice(models.Model):
    """A frozen version of a review sent to national bodies, with the PDF that was sent."""

    class Kind(models.TextChoices):
        PREPUBLICATION = "prepublication", "Pre-publication notice"
        REFERRAL = "referral", "Referral of a decision not to publish"
        FINAL_DECISION = "final_decision", "Final decision on publication"

    review = models.ForeignKey(Review, on_delete=models.PROTECT, related_name="notices")
    kind = models.CharField(max_length=20, choices=Kind)
    content_hash = models.CharField(max_length=64)
    snapshot = models.JSONField(help_text="The publishable content exactly as sent.")
    message = models.TextField(blank=True, help_text="The covering letter.")
    pdf = models.FileField(upload_to="notices/%Y/", blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    created_at = models.DateTimeField()
    voided_at = models.DateTimeField(null=True, blank=True)
    void_reason = models.CharField(max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.review.reference}"


class Delivery(models.Model):
    """One notice to one recipient: an outbox row, claimed before each attempt."""

    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    notice = models.ForeignKey(Notice, on_delete=models.PROTECT, related_name="deliveries")
    recipient = models.ForeignKey(Recipient, on_delete=models.PROTECT, related_name="deliveries")
    email = models.EmailField(help_text="The address at the time of sending.")
    state = models.CharField(max_length=10, choices=State, default=State.QUEUED, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    message_id = models.CharField(
        max_length=255,
        blank=True,
        help_text="The email's Message-ID, the same for every attempt: a recipient can tell a "
        "repeat of this notice from a new one.",
    )
    queued_at = models.DateTimeField(
        null=True, blank=True, help_text="When a send was last queued; sweeps leave it alone."
    )
    unknown_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When an attempt's outcome became unknown (its worker stopped mid-send).",
    )
    possible_duplicate = models.BooleanField(
        default=False,
        help_text="Re-sent after an attempt whose outcome is unknown: the recipient may have it "
        "twice, with the same Message-ID and marked as a possible duplicate.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["recipient__body"]
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(fields=["notice", "recipient"], name="one_delivery_each")
        ]

    def __str__(self) -> str:
        return f"{self.notice} to {self.recipient.get_body_display()}: {self.get_state_display()}"

    @property
    def outcome_unknown(self) -> bool:
        """True while a re-send after an unknown outcome has not gone yet."""
        return self.unknown_at is not None and self.state != self.State.SENT


class Extension(models.Model):
    """Keeping a published report up for longer, e.g. while a later review shares its learning."""

    review = models.ForeignKey(Review, on_delete=models.PROTECT, related_name="extensions")
    until = models.DateField()
    reason = models.TextField()
    linked_review = models.ForeignKey(
        Review,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="linked_from",
        help_text="A later review with similar learning, linked from the public page.",
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    created_at = models.DateTimeField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-until"]

    def __str__(self) -> str:
        return f"{self.review.reference} extended until {self.until:%-d %b %Y}"


class Decision(models.Model):
    """A decision not to publish the full report, the Panel's advice, and the final decision."""

    class Outcome(models.TextChoices):
        PUBLISH_FULL = "publish_full", "Publish the full report"
        IMPROVEMENTS_ONLY = "improvements_only", "Publish the improvements information only"
        NOT_PUBLISH = "not_publish", "Do not publish"

    review = models.ForeignKey(Review, on_delete=models.PROTECT, related_name="decisions")
    reasons = models.TextField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField()
    referral = models.ForeignKey(
        Notice, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    advised_on = models.DateField(null=True, blank=True)
    advice = models.TextField(blank=True)
    panel_challenges = models.BooleanField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome, blank=True)
    outcome_reasons = models.TextField(blank=True)
    finalised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    finalised_at = models.DateTimeField(null=True, blank=True)
    final_notice = models.ForeignKey(
        Notice, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-decided_at"]

    def __str__(self) -> str:
        return f"Decision not to publish {self.review.reference} ({self.stage})"

    @property
    def stage(self) -> str:
        if self.outcome:
            return self.get_outcome_display()
        if self.advised_on:
            return "Panel advice received"
        return "Awaiting Panel advice"


class Alert(models.Model):
    """An alert already emailed to managers, so each is sent once."""

    key = models.CharField(max_length=120, unique=True)
    subject = models.CharField(max_length=200)
    sent_at = models.DateTimeField()

    def __str__(self) -> str:
        return self.subject


# The public site's own models (copy requests, briefings, learning summaries) live in their module.
