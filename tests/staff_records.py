"""Helpers for the staff-screen tests: a review in each state that matters, and at least one row,
with history, of every model the admin shows; plus a hash of the whole database."""

from __future__ import annotations

import datetime
import hashlib
import json

from django.contrib import admin
from django.db import connection, models
from django.forms.models import model_to_dict
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from publishing.models import Briefing, LearningSummary, NonWorkingDay, PublicPdf
from publishing.services import (
    copy_requests,
    corrections,
    decisions,
    display,
    notices,
    withdrawals,
)
from reviews import roles, services
from reviews.models import Agency, AgencyMembership, Restriction, Review, Theme

from .factories import (
    make_approved_review,
    make_ready_review,
    make_review,
    make_user,
    set_recipient_emails,
)

THEMES = ["information-sharing", "neglect"]
# Tables a request may write without changing any record: the session (renewed on each request)
SESSION_TABLES = {"django_session"}


def make_staff_records(*, author, approver, manager) -> dict[str, Review]:
    """One review in each state staff pages treat differently, and a row of every admin model.

    draft (with a restriction and a private name), in QA, notice sent (a notice, deliveries),
    not published (a decision), published (an extension, a briefing, a progress update awaiting
    approval, a correction awaiting approval), removed (a copy request) and one withdrawn; a
    non-working day, a learning summary, a stored PDF and an action owner.
    """
    set_recipient_emails()
    themes = Theme.objects.filter(slug__in=THEMES)
    draft = make_ready_review(author=author)
    draft.themes.set(themes)
    draft.protected_names.create(name="Kayleigh")
    Restriction.objects.create(
        review=draft,
        kind="inquest",
        details="Inquest opened.",
        started_on=datetime.date(2026, 6, 1),
    )
    in_qa = make_ready_review(author=author)
    in_qa.themes.set(themes)
    services.review_submit(review=in_qa, by=author)
    noticed = make_approved_review(author=author, approver=approver)
    notices.notice_send(review=noticed, by=manager)
    not_published = make_approved_review(author=author, approver=approver)
    decisions.decision_record(review=not_published, by=manager, reasons="It would identify him.")
    published = make_ready_review(
        author=author, status=Review.Status.PUBLISHED, published_at=timezone.now()
    )
    published.themes.set(themes)
    display.extension_add(
        review=published,
        by=manager,
        until=timezone.localdate() + datetime.timedelta(days=500),
        reason="A later review shares its learning.",
        linked_review=None,
        today=timezone.localdate(),
    )
    Briefing.objects.create(
        review=published,
        case_in_brief="A baby was hurt.",
        key_learning="Ask who lives at home.",
        what_has_changed="Health visitors ask.",
        reflective_questions="Who lives with the baby?",
    )
    services.progress_submit(
        action=published.recommendations.get().actions.get(),
        by=author,
        status="in_progress",
        completed_on=None,
        more_to_do="A second audit in the spring.",
    )
    corrections.correction_propose(
        review=published, by=author, changes={"summary": "A corrected summary."}, note="the summary"
    )
    removed = make_review(
        author=author,
        status=Review.Status.REMOVED,
        published_at=timezone.now() - datetime.timedelta(days=800),
        removed_at=timezone.now() - datetime.timedelta(days=30),
    )
    copy_requests.copy_request_create(
        review=removed, name="Sam Reader", email="sam@example.org", now=timezone.now()
    )
    withdrawn = make_review(  # not returned: its moves are tests/test_withdrawal*.py's
        author=author, status=Review.Status.PUBLISHED, published_at=timezone.now()
    )
    withdrawals.review_withdraw(
        review=withdrawn, by=manager, reason="legal_advice", details="", now=timezone.now()
    )
    NonWorkingDay.objects.create(date=datetime.date(2027, 5, 7), name="A royal event")
    LearningSummary.objects.create(year=2025, introduction="What we learnt.")
    PublicPdf.objects.create(
        key=f"report/{published.pk}",
        version_hash="0" * 64,
        file="public-pdf/2026/report.pdf",
        sha256="1" * 64,
        size=1,
        rendered_at=timezone.now(),
    )
    owner = make_user("records-owner", role=roles.ACTION_OWNER)
    AgencyMembership.objects.create(user=owner, agency=Agency.objects.get(slug="police"))
    _every_tracked_row_has_history()
    return {
        "draft": draft,
        "in_qa": in_qa,
        "noticed": noticed,
        "not_published": not_published,
        "published": published,
        "removed": removed,
    }


def snapshot(row) -> dict:
    """The row's own fields and many-to-many values, as the database has them now."""
    row.refresh_from_db()
    values = {field.attname: getattr(row, field.attname) for field in row._meta.concrete_fields}
    for field in row._meta.many_to_many:
        values[field.name] = sorted(getattr(row, field.name).values_list("pk", flat=True))
    return values


def hostile_form(row) -> dict:
    """A POST that would rewrite the row: its form values, with every free text changed."""
    data = {"_save": "Save"}
    for name, value in model_to_dict(row).items():
        field = row._meta.get_field(name)
        if isinstance(field, models.FileField):
            continue  # a stored file is not posted back
        if isinstance(field, models.JSONField):
            value = json.dumps({"changed": "through history"})
        elif isinstance(field, models.EmailField):
            value = "attacker@example.org"
        elif isinstance(field, models.SlugField):
            value = "changed-through-history"
        elif isinstance(field, models.CharField | models.TextField) and not field.choices:
            value = "Changed through history"[: field.max_length or None]
        elif isinstance(field, models.ManyToManyField):
            value = [related.pk for related in value] or [Theme.objects.order_by("pk").first().pk]
        elif isinstance(field, models.BooleanField):
            value = "" if value else "on"
        data[name] = "" if value is None else value
    return data


def tracked_admins() -> dict:
    """model -> ModelAdmin, for every model the admin shows with django-simple-history."""
    return {
        model: model_admin
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, SimpleHistoryAdmin)
    }


def _every_tracked_row_has_history() -> None:
    # Rows made by data migrations (themes, agencies, recipients) have no history row yet.
    for model in tracked_admins():
        for row in model.objects.all():
            if not row.history.exists():
                row.save()


def database_fingerprint() -> dict[str, tuple[int, str]]:
    """table -> (row count, SHA-256 of its rows), for every table but the sessions."""
    fingerprint = {}
    with connection.cursor() as cursor:
        for table in sorted(set(connection.introspection.table_names()) - SESSION_TABLES):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT * FROM {quoted}")
            rows = sorted(repr(row) for row in cursor.fetchall())
            digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
            fingerprint[table] = (len(rows), digest)
    return fingerprint


def fingerprint_changes(before: dict, after: dict) -> list[str]:
    """The tables whose rows differ between two fingerprints."""
    return [
        f"{table}: {before.get(table, (0, ''))[0]} -> {after.get(table, (0, ''))[0]} rows"
        for table in sorted(set(before) | set(after))
        if before.get(table) != after.get(table)
    ]
