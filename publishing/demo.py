"""Demo lifecycle records, so every demo state is one a manager can carry on from.

The demo sets states directly (staff use services): reviews past QA get sign-offs for their
text; those past the notice get a notice delivered to all three bodies; the scheduled one a
publication time; the not-published one a referral awaiting the Panel's advice. Notice PDFs
are left for the worker to render, as it would for a real notice.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from reviews.demo import demo_review_missing, review_create_demo, users_load_demo
from reviews.demo_content import REVIEWS
from reviews.models import (
    Action,
    AgencyMembership,
    Criterion,
    ProgressUpdate,
    Restriction,
    Review,
    SignOff,
    TextVersion,
)
from reviews.services import current_version, progress_submit

from .models import (
    Briefing,
    Decision,
    Delivery,
    LearningSummary,
    Notice,
    Recipient,
    Withdrawal,
)
from .services.briefings import briefing_approve, briefing_save
from .services.learning import (
    learning_summary_generate,
    learning_summary_publish,
    learning_summary_save,
    reporting_year,
)
from .services.notices import notice_create

SIGNED = {
    Review.Status.QA_APPROVED,
    Review.Status.BLOCKED,
    Review.Status.NOTICE_SENT,
    Review.Status.SCHEDULED,
    Review.Status.PUBLISHED,
    Review.Status.REMOVED,
    Review.Status.WITHDRAWN,
    Review.Status.NOT_PUBLISHED,
}
NOTICED = {
    Review.Status.NOTICE_SENT,
    Review.Status.BLOCKED,
    Review.Status.SCHEDULED,
    Review.Status.PUBLISHED,
    Review.Status.REMOVED,
    Review.Status.WITHDRAWN,
}


@dataclass
class SeedResult:
    users_created: int = 0
    reviews_created: int = 0


def seed_demo(*, today: datetime.date) -> SeedResult:
    """Create what is missing of the demo data; return how much was created.

    Idempotent: a user or review that already exists (by username or reference) is left as
    it is, so running it twice changes nothing.
    """
    users, created = users_load_demo()
    result = SeedResult(users_created=created)
    recipients_load_demo()
    for spec in REVIEWS:
        if demo_review_missing(spec):
            with transaction.atomic():
                review = review_create_demo(spec, author=users["author"], today=today)
                briefing_load_demo(review, spec, author=users["author"])
            lifecycle_load_demo(
                review, approver=users["approver"], manager=users["manager"], today=today
            )
            briefing_approve_demo(review, approver=users["approver"])
            result.reviews_created += 1
    progress_load_demo(owner=users["owner"], author=users["author"])
    learning_summary_load_demo(today=today, author=users["author"], manager=users["manager"])
    return result


def recipients_load_demo() -> None:
    """Give recipients without an address an obviously fictional one (demo only)."""
    for recipient in Recipient.objects.filter(email=""):
        recipient.email = f"{recipient.body}.cspr@example.org"
        recipient.save()


def lifecycle_load_demo(review: Review, *, approver, manager, today: datetime.date) -> None:
    if review.status not in SIGNED:
        return
    _, text, digest = current_version(review)
    signed_at = (review.submitted_at or timezone.now()) + datetime.timedelta(days=3)
    TextVersion.objects.get_or_create(review=review, content_hash=digest, defaults={"text": text})
    for criterion in Criterion.values:
        signoff = SignOff(
            review=review,
            criterion=criterion,
            met=True,
            signed_by=approver,
            signed_at=signed_at,
            content_hash=digest,
        )
        signoff._history_user = approver
        signoff.save()
    if review.status in NOTICED:
        _notice(review, Notice.Kind.PREPUBLICATION, list(Recipient.Body), manager, _sent_at(review))
    if review.status == Review.Status.SCHEDULED:
        publish_on = today + datetime.timedelta(days=3)
        noon = datetime.datetime.combine(publish_on, datetime.time(9, 30))
        Review.objects.filter(pk=review.pk).update(publish_at=timezone.make_aware(noon))
    if review.status == Review.Status.NOT_PUBLISHED:
        _referral(review, manager, timezone.now() - datetime.timedelta(days=20))
    if review.status == Review.Status.BLOCKED:
        _blocked_by_inquest(review, manager, today)
    if review.status == Review.Status.WITHDRAWN:
        _withdrawn_by_order(review, manager, today)


def _withdrawn_by_order(review: Review, manager, today: datetime.date) -> None:
    """Published, then withdrawn five days ago under a reporting restriction order."""
    started = today - datetime.timedelta(days=5)
    restriction = Restriction(
        review=review,
        kind=Restriction.Kind.COURT_ORDER,
        details="Reporting restriction order made in the Crown Court while a trial is heard.",
        started_on=started,
        next_review_on=today + datetime.timedelta(days=21),
    )
    restriction._history_user = manager
    restriction.save()
    withdrawal = Withdrawal(
        review=review,
        was=Review.Status.PUBLISHED,
        reason=Withdrawal.Reason.COURT_ORDER,
        details="The order forbids publishing anything that may identify the child.",
        withdrawn_by=manager,
        withdrawn_at=timezone.make_aware(datetime.datetime.combine(started, datetime.time(11))),
        told_at=timezone.now(),
    )
    withdrawal._history_user = manager
    withdrawal.save()


def _blocked_by_inquest(review: Review, manager, today: datetime.date) -> None:
    """Scheduled two days ago, then held: an inquest opened after the notice was sent."""
    restriction = Restriction(
        review=review,
        kind=Restriction.Kind.INQUEST,
        details="The coroner opened an inquest after the notice was sent; a date is awaited.",
        started_on=today - datetime.timedelta(days=6),
        next_review_on=today + datetime.timedelta(days=28),
    )
    restriction._history_user = manager
    restriction.save()
    due = timezone.make_aware(
        datetime.datetime.combine(today - datetime.timedelta(days=2), datetime.time(9, 30))
    )
    Review.objects.filter(pk=review.pk).update(
        publish_at=due, blocked_reason="A restriction is in force: Inquest."
    )


def _sent_at(review: Review) -> datetime.datetime:
    if review.published_at:
        return review.published_at - datetime.timedelta(days=14)
    days = {Review.Status.SCHEDULED: 12, Review.Status.BLOCKED: 20}.get(review.status, 2)
    return timezone.now() - datetime.timedelta(days=days)


def _notice(review, kind, bodies, by, sent_at, message="") -> Notice:
    """A notice made as staff would, then marked delivered a couple of minutes later."""
    notice = notice_create(
        review=review, kind=kind, bodies=bodies, by=by, message=message, now=sent_at
    )
    notice.deliveries.update(
        state=Delivery.State.SENT, attempts=1, sent_at=sent_at + datetime.timedelta(minutes=2)
    )
    return notice


def _referral(review: Review, manager, decided_at: datetime.datetime) -> None:
    reasons = (
        "Publishing the full report would very likely identify the child's younger siblings, "
        "who still live in the area and have been the subject of local press interest. The "
        "partnership proposes to publish the findings, recommendations and actions instead."
    )
    referral = _notice(
        review, Notice.Kind.REFERRAL, [Recipient.Body.PANEL], manager, decided_at, reasons
    )
    decision = Decision(
        review=review,
        reasons=reasons,
        decided_by=manager,
        decided_at=decided_at,
        referral=referral,
    )
    decision._history_user = manager
    decision.save()


def briefing_load_demo(review: Review, spec: dict, *, author) -> Briefing | None:
    """Create the demo briefing in `spec["briefing"]` for `review`, written by `author` (not
    yet approved); None when it has none."""
    data = spec.get("briefing")
    if not data or Briefing.objects.filter(review=review).exists():
        return None
    briefing = Briefing(
        review=review,
        case_in_brief=data["case_in_brief"],
        key_learning="\n".join(data["key_learning"]),
        what_has_changed="\n".join(data["what_has_changed"]),
        reflective_questions="\n".join(data["reflective_questions"]),
    )
    return briefing_save(briefing=briefing, by=author)


def briefing_approve_demo(review: Review, *, approver) -> None:
    """Approve the briefing of a review the public can read, as a second person would."""
    briefing = Briefing.objects.filter(review=review).first()
    if briefing is not None and review.status in (Review.Status.PUBLISHED, Review.Status.REMOVED):
        briefing_approve(briefing=briefing, by=approver)


def progress_load_demo(*, owner, author) -> None:
    """One progress update awaiting approval, from the action owner's agency when it has an
    action in progress on a published review (else from the business unit); none if any
    update exists already."""
    if ProgressUpdate.objects.exists():
        return
    live = Action.objects.filter(
        recommendation__review__status=Review.Status.PUBLISHED,
        status=Action.Status.IN_PROGRESS,
    ).order_by("due_date", "pk")
    agencies = AgencyMembership.objects.filter(user=owner).values("agency")
    action, by = live.filter(agency__in=agencies).first(), owner
    if action is None:
        action, by = live.first(), author
    if action is None:
        return
    progress_submit(
        action=action,
        by=by,
        status=Action.Status.IN_PROGRESS,
        completed_on=None,
        impact="Half of the teams have had the training; the rest are booked for next month.",
        more_to_do="Audit ten cases after the training to see whether practice has changed.",
        evidence_note="Training register and the booking list for next month.",
    )


DEMO_INTRODUCTION = (
    "This summary brings together what our child safeguarding practice reviews found in the "
    "year, what they recommended, and what agencies have done about it since.\n\n"
    "It is written for practitioners, managers and trainers across the partnership, and for "
    "anyone who wants to know how services for children are learning and changing. Each "
    "review is summarised with its findings and recommendations; the figures show how far the "
    "actions have gone and what difference the completed ones have made."
)


def learning_summary_load_demo(*, today: datetime.date, author, manager) -> LearningSummary:
    """Publish the demo's summary for the last complete reporting year, unless it exists:
    written by `author`, published by `manager`."""
    year = reporting_year(today) - 1
    summary = LearningSummary.objects.filter(year=year).first()
    if summary is None:
        summary = LearningSummary(year=year, introduction=DEMO_INTRODUCTION)
        learning_summary_save(summary=summary, by=author)
        now = timezone.now()
        learning_summary_generate(summary=summary, now=now)
        learning_summary_publish(summary=summary, by=manager, now=now)
    return summary
