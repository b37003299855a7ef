"""Pre-publication (and decision) notices: the review's text frozen into a snapshot, rendered
once to a tagged PDF by a worker, then handed to the outbox of deliveries (deliveries.py).
"""

from __future__ import annotations

import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from nelscp.context_processors import partnership
from reviews.models import Action, Review, review_details
from reviews.services import (
    TransitionError,
    current_version,
    record_history,
    review_move,
    signoff_is_valid,
)

from .. import pdf
from ..models import Delivery, Notice, Recipient
from .common import require_manager, scheduler_user, task_queue
from .deliveries import deliveries_queue, message_id_new


def review_snapshot(review: Review) -> dict:
    """The publishable content of a review as plain data, frozen into a notice: the text and
    the review's details as the public will read them (`details`, each a label and a value)."""
    recommendations = review.recommendations.prefetch_related("actions__agency")
    free, chosen = review_details(review)
    return {
        "reference": review.reference,
        "title": review.title,
        "pseudonym": review.pseudonym,
        "review_type": review.get_review_type_display(),
        "harm": review.get_harm_display(),
        "reviewer": review.reviewer_name,
        "publication_mode": review.get_publication_mode_display(),
        "summary": review.summary,
        "details": [{"label": label, "value": value} for label, value in free + chosen],
        "sections": [{"heading": s.heading, "text": s.text} for s in review.sections()],
        "findings": [
            {"order": f.order, "title": f.title, "text": f.text} for f in review.findings.all()
        ],
        "recommendations": [
            {
                "order": r.order,
                "text": r.text,
                "actions": [_action_data(a) for a in r.actions.all()],
            }
            for r in recommendations
        ],
    }


def _action_data(action: Action) -> dict:
    return {
        "agency": action.agency.name,
        "description": action.description,
        "due_date": action.due_date.isoformat(),
        "status": action.get_status_display(),
        "completed_on": action.completed_on.isoformat() if action.completed_on else "",
        "impact": action.impact,
        "more_to_do": action.more_to_do,
    }


def notice_create(
    *,
    review: Review,
    kind: str,
    bodies: list[str],
    by,
    message: str = "",
    now: datetime.datetime | None = None,
) -> Notice:
    """Freeze the review's current text into a notice with one queued delivery per body.

    The PDF render is queued once the transaction commits; it then queues the deliveries.
    """
    recipients = recipients_for(bodies)
    _, _, digest = current_version(review)
    now = now or timezone.now()
    notice = Notice(
        review=review,
        kind=kind,
        content_hash=digest,
        snapshot=review_snapshot(review),
        message=message,
        created_by=by,
        created_at=now,
    )
    notice._history_user = by
    notice.save()
    for recipient in recipients:
        delivery = Delivery(
            notice=notice,
            recipient=recipient,
            email=recipient.email,
            next_attempt_at=now,
            message_id=message_id_new(),
        )
        delivery._history_user = by
        delivery.save()
    transaction.on_commit(lambda: _queue_render(notice.pk))
    return notice


def recipients_for(bodies: list[str]) -> list[Recipient]:
    found = {recipient.body: recipient for recipient in Recipient.objects.filter(body__in=bodies)}
    problems = []
    for body in bodies:
        label = Recipient.Body(body).label
        if body not in found:
            problems.append(f"There is no recipient for {label}: add one under Recipients.")
        elif not found[body].email:
            problems.append(f"{label} has no email address: add it under Recipients.")
    if problems:
        raise TransitionError(" ".join(problems))
    return [found[body] for body in bodies]


def _queue_render(notice_id: int) -> None:
    task_queue("publishing.notice_render", notice_id)


def live_notice(review: Review, kind: str = Notice.Kind.PREPUBLICATION) -> Notice | None:
    return review.notices.filter(kind=kind, voided_at=None).order_by("-created_at").first()


def publication_readiness(review: Review) -> list[str]:
    """Why the pre-publication notice cannot be sent now; empty when it can."""
    problems = []
    if review.status != Review.Status.QA_APPROVED:
        problems.append(
            f"The notice is sent for a QA-approved review; this one is "
            f"“{review.get_status_display()}”."
        )
    problems += [
        f"A restriction is in force: {restriction.get_kind_display()}."
        for restriction in review.active_restrictions()
    ]
    if review.status == Review.Status.QA_APPROVED and not signoff_is_valid(review):
        problems.append("The QA sign-off does not match the current text.")
    return problems


@transaction.atomic
def notice_send(*, review: Review, by: AbstractBaseUser) -> Notice:
    """Send the pre-publication notice: freeze the text and queue the three deliveries."""
    require_manager(by)
    problems = publication_readiness(review)
    if problems:
        raise TransitionError("The notice cannot be sent: " + " ".join(problems))
    bodies = [Recipient.Body.OFSTED, Recipient.Body.DFE, Recipient.Body.PANEL]
    recipients_for(bodies)  # refuse before claiming the review
    review_move(
        review,
        from_={Review.Status.QA_APPROVED},
        to=Review.Status.NOTICE_SENT,
        by=by,
        reason="Pre-publication notice sent",
    )
    return notice_create(review=review, kind=Notice.Kind.PREPUBLICATION, bodies=bodies, by=by)


def notice_void(*, review: Review, reason: str, by) -> int:
    """Void the review's live notices (kept in history); return how many."""
    voided = 0
    for notice in review.notices.filter(voided_at=None, kind=Notice.Kind.PREPUBLICATION):
        notice.voided_at, notice.void_reason, notice._history_user = timezone.now(), reason, by
        notice.save()
        voided += 1
    return voided


def notice_render(*, notice_id: int) -> bool:
    """Render and store a notice's PDF once; True when this call stored it.

    False too for a notice that does not exist (a message left in the queue from a database
    that was since reset): there is nothing to render, and nothing to retry.
    """
    notice = Notice.objects.select_related("review").filter(pk=notice_id).first()
    if notice is None or notice.pdf or notice.voided_at:
        return False
    context = {"notice": notice, **notice.snapshot, **partnership(None)}
    html = render_to_string("notices/notice_pdf.html", context)
    data = pdf.render_pdf(html)
    name = f"{notice.review.reference}-{notice.kind}-{notice.pk}.pdf"
    stored = notice.pdf.storage.save(f"notices/{name}", ContentFile(data))
    claimed = Notice.objects.filter(pk=notice.pk, pdf="").update(
        pdf=stored, pdf_sha256=pdf.sha256(data)
    )
    if not claimed:  # another worker stored it first
        notice.pdf.storage.delete(stored)
        return False
    record_history(notice, by=scheduler_user(), reason="PDF rendered and stored")
    transaction.on_commit(lambda: deliveries_queue(notice.pk))
    return True


def notice_void_for_text_change(*, review: Review, by) -> bool:
    """Void the notice of a review whose text changed after it was sent; True when it did."""
    notice = live_notice(review)
    if notice is None or notice.content_hash == current_version(review)[2]:
        return False
    notice_void(review=review, reason="The report text changed after the notice", by=by)
    return True


# The bodies as a warning names them: "to Ofsted, the DfE and the Panel"
SHORT_NAMES = {
    Recipient.Body.OFSTED: "Ofsted",
    Recipient.Body.DFE: "the DfE",
    Recipient.Body.PANEL: "the Panel",
}


def notice_void_preview(*, review: Review, digest: str) -> str | None:
    """What `notice_void_for_text_change` would void were the text's hash `digest`, in words
    for staff ("the pre-publication notice sent on 2 December 2026 to Ofsted, the DfE and the
    Panel"); None when it would void nothing."""
    notice = live_notice(review)
    if notice is None or notice.content_hash == digest:
        return None
    bodies = set(notice.deliveries.values_list("recipient__body", flat=True))
    names = [name for body, name in SHORT_NAMES.items() if body in bodies]
    listed = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else "".join(names)
    sent = timezone.localtime(notice.created_at)
    to = f" to {listed}" if names else ""
    return f"the pre-publication notice sent on {sent:%-d %B %Y}{to}"
