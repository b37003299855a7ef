"""The review record: the report, its findings, recommendations and action plan, each with its
full history; `status` is moved only by services, one guarded transition at a time.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Count, Func, OuterRef, Q, Subquery
from simple_history.models import HistoricalRecords

from .taxonomy import Agency, Theme

REFERENCE_VALIDATOR = RegexValidator(
    r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$",
    "Use capital letters, digits and hyphens, for example NEL-2026-01.",
)


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    text: str


@dataclass(frozen=True)
class ActionProgress:
    completed: int
    total: int
    overdue: int

    def __str__(self) -> str:
        text = f"{self.completed} of {self.total} completed"
        return f"{text}, {self.overdue} overdue" if self.overdue else text


class ReviewQuerySet(models.QuerySet):
    def with_action_progress(self, today: datetime.date) -> ReviewQuerySet:
        """Annotate `actions_total`, `actions_completed` and `actions_overdue`: a subquery each,
        which the database works out for the rows it returns only (a page, not the table)."""
        done = Q(status=Action.Status.COMPLETED)
        return self.annotate(
            actions_total=_action_count(Q()),
            actions_completed=_action_count(done),
            actions_overdue=_action_count(~done & Q(due_date__lt=today)),
        )


def _action_count(condition: Q) -> Subquery:
    """How many of the outer review's actions meet `condition` (0 for none), as a subquery."""
    actions = Action.objects.filter(condition, recommendation__review=OuterRef("pk")).order_by()
    counted = actions.annotate(n=Func("pk", function="COUNT")).values("n")
    return Subquery(counted, output_field=models.IntegerField())


class Review(models.Model):
    """A Child Safeguarding Practice Review and its final report."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_QA = "in_qa", "In quality assurance"
        QA_APPROVED = "qa_approved", "QA approved"
        NOTICE_SENT = "notice_sent", "Notice sent"
        SCHEDULED = "scheduled", "Scheduled"
        PUBLISHED = "published", "Published"
        BLOCKED = "blocked", "Publication blocked"
        REMOVED = "removed", "Removed from the website"
        WITHDRAWN = "withdrawn", "Withdrawn from the website"
        NOT_PUBLISHED = "not_published", "Decision not to publish"

    class Mode(models.TextChoices):
        FULL = "full", "Full report with its action plan"
        IMPROVEMENTS_ONLY = "improvements", "Improvements information only"

    class ReviewType(models.TextChoices):
        LOCAL = "local", "Local child safeguarding practice review"
        THEMATIC = "thematic", "Thematic local review"
        NATIONAL = "national", "National review (with local involvement)"
        LEGACY_SCR = "legacy_scr", "Serious case review (earlier guidance)"

    class Harm(models.TextChoices):
        DEATH = "death", "Death"
        SERIOUS_HARM = "serious_harm", "Serious harm"

    class AgeBand(models.TextChoices):
        UNDER_1 = "under_1", "Under 1"
        AGE_1_TO_4 = "1_to_4", "1 to 4"
        AGE_5_TO_9 = "5_to_9", "5 to 9"
        AGE_10_TO_14 = "10_to_14", "10 to 14"
        AGE_15_TO_17 = "15_to_17", "15 to 17"

    class Sex(models.TextChoices):
        FEMALE = "female", "Female"
        MALE = "male", "Male"
        NOT_STATED = "not_stated", "Not stated"

    MONTHS = [(number, calendar.month_name[number]) for number in range(1, 13)]

    reference = models.CharField(
        max_length=30,
        unique=True,
        validators=[REFERENCE_VALIDATOR],
        help_text="The partnership's reference, for example NEL-2026-01.",
        error_messages={"unique": "Another review already has this reference."},
    )
    pseudonym = models.CharField(max_length=60, help_text='For example "Child A" or "Baby B".')
    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="The last part of the public web address, for example nel-2026-01-child-a.",
        error_messages={"unique": "Another review already uses this web address."},
    )
    review_type = models.CharField(max_length=20, choices=ReviewType, default=ReviewType.LOCAL)
    harm = models.CharField("death or serious harm", max_length=20, choices=Harm)
    age_band = models.CharField(max_length=10, choices=AgeBand)
    sex = models.CharField(max_length=12, choices=Sex, default=Sex.NOT_STATED)
    incident_month = models.PositiveSmallIntegerField(choices=MONTHS)
    incident_year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    decision_date = models.DateField(
        "date of the decision to hold the review",
        help_text="Starts the national six-month timescale for completing and publishing.",
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="reviews")
    agencies = models.ManyToManyField(
        Agency, blank=True, related_name="reviews", verbose_name="agencies involved"
    )
    reviewer_name = models.CharField("independent reviewer", max_length=120, blank=True)
    summary = models.TextField("plain-English summary", blank=True)
    what_happened = models.TextField(blank=True)
    practice_issues = models.TextField("practice issues and analysis", blank=True)
    what_needs_to_change = models.TextField(blank=True)
    content_warning = models.BooleanField(
        default=True, help_text="Show a content warning with support signposting to readers."
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="authored_reviews"
    )
    status = models.CharField(
        max_length=20, choices=Status, default=Status.DRAFT, db_index=True, editable=False
    )
    submitted_at = models.DateTimeField(
        "submitted for QA at", null=True, blank=True, editable=False
    )
    publication_mode = models.CharField(
        max_length=20,
        choices=Mode,
        default=Mode.FULL,
        editable=False,
        help_text="Improvements information only: findings, recommendations and actions, "
        "without the full report, after a decision not to publish it in full.",
    )
    publish_at = models.DateTimeField("scheduled for", null=True, blank=True, editable=False)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    removed_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Days it was withdrawn, which its 12 months on display do not count: they count from its
    # publication day plus those days (None: never withdrawn). publishing.services.display
    days_withdrawn = models.PositiveIntegerField(default=0, editable=False)
    display_counted_from = models.DateField(null=True, blank=True, editable=False)
    blocked_reason = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=[themes, agencies])
    objects = ReviewQuerySet.as_manager()

    class Meta:
        ordering = ["-decision_date", "reference"]
        # the public list, home page and feed: published reviews, newest first
        indexes = [models.Index(fields=["status", "-published_at"], name="review_public_order")]
        permissions = [
            ("submit_review", "Can submit a review for quality assurance"),
            ("sign_off_review", "Can sign off quality assurance"),
            (
                "manage_publication",
                "Can send notices, schedule, extend, remove and withdraw reviews",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference}: {self.title}"

    TEXT_LOCKED = frozenset(
        {Status.PUBLISHED, Status.REMOVED, Status.WITHDRAWN, Status.NOT_PUBLISHED}
    )
    # Before QA approval progress is part of what QA reads; from then on it is checked update
    # by update (reviews.services.progress), so nothing unapproved reaches the public.
    PROGRESS_OPEN = frozenset({Status.DRAFT, Status.IN_QA})
    TEXT_FIELDS = (
        "pseudonym",
        "title",
        "slug",
        "summary",
        "what_happened",
        "practice_issues",
        "what_needs_to_change",
    )

    # Every field of the review that a public page, PDF, feed or export shows (the frozen text
    # and the record's details): what a sign-off and a notice cover, and what only an approved
    # correction may change once the review is published.
    PUBLIC_FIELDS = tuple(
        "reference pseudonym title slug review_type harm age_band sex incident_month "  # noqa: SIM905
        "incident_year decision_date themes agencies reviewer_name summary what_happened "
        "practice_issues what_needs_to_change content_warning".split()
    )

    def is_text_locked(self) -> bool:
        """True once published, removed or decided against: the text is then the record.

        Only the action plan's progress (status, completion, impact, what more will be done,
        evidence) changes after, by approved progress updates (`is_progress_checked`).
        """
        return self.status in self.TEXT_LOCKED

    def is_progress_checked(self) -> bool:
        """True once QA approved: an action's progress then changes only by an approved update."""
        return self.status not in self.PROGRESS_OPEN

    def sections(self) -> list[Section]:
        """The report's sections, in reading order."""
        return [
            Section("what_happened", "What happened", self.what_happened),
            Section("practice_issues", "Practice issues and analysis", self.practice_issues),
            Section("what_needs_to_change", "What needs to change", self.what_needs_to_change),
        ]

    def action_progress(self, today: datetime.date) -> ActionProgress:
        """Completed, total and overdue actions across all recommendations."""
        actions = Action.objects.filter(recommendation__review=self)
        counts = actions.aggregate(
            total=Count("pk"),
            completed=Count("pk", filter=Q(status=Action.Status.COMPLETED)),
            overdue=Count("pk", filter=Action.overdue_q(today)),
        )
        return ActionProgress(counts["completed"], counts["total"], counts["overdue"])

    def active_restrictions(self) -> list[models.Model]:
        """Restrictions in force (not lifted): while any exists the report cannot be published."""
        return list(self.restrictions.filter(lifted_on__isnull=True))

    def incident_period(self) -> str:
        return f"{calendar.month_name[self.incident_month]} {self.incident_year}"


class Finding(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="findings")
    order = models.PositiveSmallIntegerField(default=1)
    title = models.CharField(max_length=200)
    text = models.TextField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return f"Finding {self.order}: {self.title}"

    def is_text_locked(self) -> bool:
        """True once its review's text is the record: then never edited nor deleted."""
        return self.review.is_text_locked()


class Recommendation(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="recommendations")
    order = models.PositiveSmallIntegerField(default=1)
    text = models.TextField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return f"{self.review.reference} recommendation {self.order}"

    def is_text_locked(self) -> bool:
        """True once its review's text is the record: then never edited nor deleted."""
        return self.review.is_text_locked()


IMPACT_REQUIRED = (
    "An action can be marked completed only with an impact statement: "
    "say what difference it has made."
)
COMPLETED_ON_REQUIRED = "Give the date the action was completed."
COMPLETED_ON_ONLY_WHEN_COMPLETED = "Only a completed action has a completion date."


class Action(models.Model):
    """One action of the plan: who will do what by when, and the difference it made."""

    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        IN_PROGRESS = "in_progress", "In progress"
        COMPLETED = "completed", "Completed"

    IMPACT_REQUIRED = IMPACT_REQUIRED
    COMPLETED_ON_REQUIRED = COMPLETED_ON_REQUIRED
    COMPLETED_ON_ONLY_WHEN_COMPLETED = COMPLETED_ON_ONLY_WHEN_COMPLETED

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="actions"
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="actions", verbose_name="owning agency"
    )
    description = models.TextField()
    due_date = models.DateField()
    status = models.CharField(max_length=12, choices=Status, default=Status.PLANNED)
    completed_on = models.DateField(null=True, blank=True)
    impact = models.TextField(
        "impact statement", blank=True, help_text="Required to mark the action completed."
    )
    more_to_do = models.TextField("what more will be done", blank=True)
    evidence = models.TextField("evidence note", blank=True)
    progress_updated_on = models.DateField(
        "progress last approved on", null=True, blank=True, editable=False
    )
    history = HistoricalRecords()

    PROGRESS_FIELDS = ("status", "completed_on", "impact", "more_to_do", "evidence")

    class Meta:
        ordering = ["due_date", "pk"]
        indexes = [
            # the open actions by due date: the dashboard's and the alert's overdue actions
            # read these few rows, not the whole plan of every review
            models.Index(
                fields=["due_date", "recommendation"],
                condition=Q(status__in=["planned", "in_progress"]),
                name="action_open_by_due_date",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="completed") | ~Q(impact=""),
                name="action_completed_has_impact",
                violation_error_message=IMPACT_REQUIRED,
            ),
            models.CheckConstraint(
                condition=~Q(status="completed") | Q(completed_on__isnull=False),
                name="action_completed_has_date",
                violation_error_message=COMPLETED_ON_REQUIRED,
            ),
            models.CheckConstraint(
                condition=Q(status="completed") | Q(completed_on__isnull=True),
                name="action_open_has_no_completion_date",
                violation_error_message=COMPLETED_ON_ONLY_WHEN_COMPLETED,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agency}: {self.description[:60]}"

    def is_text_locked(self) -> bool:
        """True once its review's text is the record: never deleted, its progress alone moves."""
        return self.recommendation.review.is_text_locked()

    def clean(self) -> None:
        # The database constraints guarantee these; here they become messages on the field.
        errors = {}
        if self.status == self.Status.COMPLETED:
            if not self.impact.strip():
                errors["impact"] = self.IMPACT_REQUIRED
            if self.completed_on is None:
                errors["completed_on"] = self.COMPLETED_ON_REQUIRED
        elif self.completed_on is not None:
            errors["completed_on"] = self.COMPLETED_ON_ONLY_WHEN_COMPLETED
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def overdue_q(today: datetime.date) -> Q:
        return ~Q(status=Action.Status.COMPLETED) & Q(due_date__lt=today)

    def is_overdue(self, today: datetime.date) -> bool:
        return self.status != self.Status.COMPLETED and self.due_date < today


def review_id_of(row) -> int | None:
    """The id of the review `row` is, or belongs to: a review, a part with a `review_id`
    (finding, recommendation, briefing...), or an action (1 query, through its
    recommendation); None for a row of no one review."""
    if isinstance(row, Review):
        return row.pk
    if isinstance(row, Action):
        recommendations = Recommendation.objects.filter(pk=row.recommendation_id)
        return recommendations.values_list("review_id", flat=True).first()
    return getattr(row, "review_id", None)
