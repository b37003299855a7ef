"""Quality-assurance workflows: submit, sign off, return, accept flagged details, restrictions.

Each transition is a guarded function: it checks the state, claims the row with a conditional
update (so a double click or two workers cannot apply it twice), and writes the history entry
itself, because `.update()` bypasses django-simple-history. Illegal moves raise
`TransitionError` with a message for the user; nothing is changed when one is raised.
"""

from __future__ import annotations

import datetime
import difflib
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import checks, roles
from .models import (
    Action,
    Criterion,
    Finding,
    IdentifierAcceptance,
    Recommendation,
    Restriction,
    Review,
    SignOff,
    TextPiece,
    TextVersion,
    publishable_pieces,
    publishable_text,
    text_hash,
)
from .signals import text_changed_after_notice


class TransitionError(Exception):
    """A refused move; the message says why, in words for staff."""


# --- Helpers ----------------------------------------------------------------------------------


def record_history(instance, *, by: AbstractBaseUser | None, reason: str) -> None:
    """Write a history row for `instance` as it is in the database now."""
    instance.refresh_from_db()
    type(instance).history.bulk_history_create(
        [instance], update=True, default_user=by, default_change_reason=reason
    )


def review_move(review: Review, *, from_: set[str], to: str, by, reason: str, **fields) -> Review:
    """Claim the review in one of `from_` states and move it to `to`; raise when it moved on."""
    claimed = Review.objects.filter(pk=review.pk, status__in=from_).update(
        status=to, updated_at=timezone.now(), **fields
    )
    if not claimed:
        review.refresh_from_db()
        raise TransitionError(
            f"This review is now “{review.get_status_display()}”, so it cannot be "
            f"moved to “{Review.Status(to).label}”. Reload the page to see its current state."
        )
    record_history(review, by=by, reason=reason)
    return review


def current_version(review: Review) -> tuple[list[TextPiece], str, str]:
    """The review's publishable pieces, their plain text and its SHA-256."""
    pieces = publishable_pieces(review)
    text = publishable_text(pieces)
    return pieces, text, text_hash(text)


def _keep_version(review: Review, text: str, digest: str) -> None:
    TextVersion.objects.get_or_create(review=review, content_hash=digest, defaults={"text": text})


# --- Submission -------------------------------------------------------------------------------


def readiness_problems(review: Review) -> list[str]:
    """Why the review is not ready for QA; empty when it is."""
    problems = []
    if not review.summary.strip():
        problems.append("The plain-English summary is empty.")
    problems += [
        f"The section “{section.heading}” is empty."
        for section in review.sections()
        if not section.text.strip()
    ]
    if not review.findings.exists():
        problems.append("There are no findings.")
    recommendations = list(review.recommendations.all())
    if not recommendations:
        problems.append("There are no recommendations.")
    problems += [
        f"Recommendation {rec.order} has no action."
        for rec in recommendations
        if not rec.actions.exists()
    ]
    return problems


@transaction.atomic
def review_submit(*, review: Review, by: AbstractBaseUser) -> Review:
    """Move a complete draft into QA and keep the submitted text for later diffs."""
    if not by.has_perm("reviews.submit_review"):
        raise TransitionError("Only business-unit staff can submit a review for QA.")
    problems = readiness_problems(review)
    if problems:
        raise TransitionError("This review is not ready for QA: " + " ".join(problems))
    _, text, digest = current_version(review)
    review_move(
        review,
        from_={Review.Status.DRAFT},
        to=Review.Status.IN_QA,
        by=by,
        reason="Submitted for quality assurance",
        submitted_at=timezone.now(),
    )
    _keep_version(review, text, digest)
    return review


@transaction.atomic
def review_return_to_draft(*, review: Review, by: AbstractBaseUser, reasons: str) -> Review:
    """Send a review in QA back to its author with the approver's reasons."""
    _require_approver(by)
    if not reasons.strip():
        raise TransitionError("Say why the review is going back to draft.")
    review_move(
        review,
        from_={Review.Status.IN_QA},
        to=Review.Status.DRAFT,
        by=by,
        reason=f"Returned to draft: {reasons.strip()}"[:100],
    )
    _void_signoffs(review, reason="Returned to draft")
    return review


# --- Sign-off ---------------------------------------------------------------------------------


def _require_approver(user: AbstractBaseUser) -> None:
    if not user.groups.filter(name=roles.QA_APPROVER).exists() or not user.has_perm(
        "reviews.sign_off_review"
    ):
        raise TransitionError("Only a member of the QA approver group can sign off QA.")


def editors_since_submission(review: Review) -> set[int]:
    """Ids of users who changed the review's records since it was last submitted."""
    if review.submitted_at is None:
        return set()
    since = {"history_date__gte": review.submitted_at, "history_user__isnull": False}
    editors = set(review.history.filter(**since).values_list("history_user", flat=True))
    for model in (Finding, Recommendation):
        rows = model.history.filter(review_id=review.pk, **since)
        editors |= set(rows.values_list("history_user", flat=True))
    recommendation_ids = Recommendation.history.filter(review_id=review.pk).values("id")
    actions = Action.history.filter(recommendation_id__in=recommendation_ids, **since)
    editors |= set(actions.values_list("history_user", flat=True))
    return editors


def _require_second_pair_of_eyes(review: Review, user: AbstractBaseUser) -> None:
    if review.author_id == user.pk:
        raise TransitionError("You wrote this review, so someone else must sign it off.")
    if user.pk in editors_since_submission(review):
        raise TransitionError(
            "You changed this review since it was submitted, so someone else must sign it off."
        )


def unresolved_identifiers(review: Review, pieces: list[TextPiece]) -> list[FlaggedDetail]:
    """Flagged details not yet accepted by an approver (edit the text to resolve the rest)."""
    return [detail for detail in flag_details(review, pieces) if detail.acceptance is None]


@transaction.atomic
def signoff_record(
    *,
    review: Review,
    by: AbstractBaseUser,
    criterion: str,
    met: bool,
    comment: str,
    seen_hash: str,
) -> SignOff:
    """Sign one criterion met or not met for the version the approver saw.

    When all five are met for the current version the review becomes QA approved.
    """
    _require_approver(by)
    review = Review.objects.select_for_update().get(pk=review.pk)
    if review.status != Review.Status.IN_QA:
        raise TransitionError(
            f"Only a review in QA can be signed off; this one is “{review.get_status_display()}”."
        )
    _require_second_pair_of_eyes(review, by)
    pieces, text, digest = current_version(review)
    if seen_hash != digest:
        raise TransitionError(
            "The report changed after you opened this page. Read what changed, then sign again."
        )
    if not met and not comment.strip():
        raise TransitionError("Say why the criterion is not met.")
    if criterion == Criterion.NO_REDACTION and met and unresolved_identifiers(review, pieces):
        raise TransitionError(
            "Criterion (d) cannot be signed while identifying details are unresolved: edit the "
            "text, or accept each one with a reason."
        )
    signoff = _replace_signoff(review, by, criterion, met, comment.strip(), digest)
    _keep_version(review, text, digest)
    if _all_met(review, digest):
        review_move(
            review,
            from_={Review.Status.IN_QA},
            to=Review.Status.QA_APPROVED,
            by=by,
            reason="QA approved: all five criteria met",
        )
    return signoff


def _replace_signoff(review, by, criterion, met, comment, digest) -> SignOff:
    now = timezone.now()
    for old in SignOff.objects.filter(review=review, criterion=criterion, voided_at=None):
        old.voided_at, old.void_reason, old._history_user = now, "Signed again", by
        old.save()
    signoff = SignOff(
        review=review,
        criterion=criterion,
        met=met,
        comment=comment,
        signed_by=by,
        signed_at=now,
        content_hash=digest,
    )
    signoff._history_user = by
    signoff.save()
    return signoff


def live_signoffs(review: Review) -> dict[str, SignOff]:
    return {
        signoff.criterion: signoff
        for signoff in review.signoffs.filter(voided_at=None).select_related("signed_by")
    }


def _all_met(review: Review, digest: str) -> bool:
    live = live_signoffs(review)
    return all(
        criterion in live and live[criterion].met and live[criterion].content_hash == digest
        for criterion in Criterion.values
    )


def _void_signoffs(review: Review, *, reason: str, by=None) -> int:
    voided = 0
    for signoff in SignOff.objects.filter(review=review, voided_at=None):
        signoff.voided_at, signoff.void_reason, signoff._history_user = timezone.now(), reason, by
        signoff.save()
        voided += 1
    return voided


def signoff_is_valid(review: Review, *, digest: str | None = None) -> bool:
    """True when all five criteria are signed met for the review's current text.

    `digest` is the current text's hash when the caller has already computed it.
    """
    return _all_met(review, digest or current_version(review)[2])


# --- Text changes -----------------------------------------------------------------------------


AFTER_NOTICE = {Review.Status.NOTICE_SENT, Review.Status.SCHEDULED, Review.Status.BLOCKED}


@transaction.atomic
def review_text_changed(*, review: Review, by: AbstractBaseUser | None) -> str | None:
    """Void what no longer matches the text; return a message for staff, or None.

    Called after any edit to a review or its findings, recommendations or actions. A sign-off
    and a notice each belong to one version of the text: a QA-approved review goes back to QA,
    and so does one whose notice was sent (the notice is voided and must be sent again).
    Published, removed and not-published reviews keep their state: their text is the record.
    """
    review.refresh_from_db()
    if review.status in AFTER_NOTICE:
        return _void_after_notice(review, by)
    if review.status not in (Review.Status.IN_QA, Review.Status.QA_APPROVED):
        return None
    _, _, digest = current_version(review)
    stale = SignOff.objects.filter(review=review, voided_at=None).exclude(content_hash=digest)
    if not stale.exists():
        return None
    count = _void_signoffs(review, reason="The report text changed after sign-off", by=by)
    if review.status == Review.Status.QA_APPROVED:
        review_move(
            review,
            from_={Review.Status.QA_APPROVED},
            to=Review.Status.IN_QA,
            by=by,
            reason="Back in QA: the text changed after sign-off",
        )
        return (
            "The report text changed after it was QA approved, so its sign-offs were voided and "
            "it is back in quality assurance: it must be signed off again."
        )
    return f"The report text changed, so {count} sign-off(s) for the old text were voided."


def _void_after_notice(review: Review, by) -> str | None:
    # publishing builds on reviews, so it is asked through the hook (reviews/signals.py)
    answers = text_changed_after_notice.send(sender=Review, review=review, by=by)
    if not any(voided for _, voided in answers):
        return None
    _void_signoffs(review, reason="The report text changed after the notice", by=by)
    review_move(
        review,
        from_=AFTER_NOTICE,
        to=Review.Status.IN_QA,
        by=by,
        reason="Back in QA: the text changed after the notice",
        publish_at=None,
        blocked_reason="",
    )
    return (
        "The report text changed after the pre-publication notice was sent, so the notice is "
        "void and the review is back in quality assurance: it must be signed off again and a "
        "new notice sent."
    )


# --- Flagged identifying details ------------------------------------------------------------


@dataclass(frozen=True)
class FlaggedDetail:
    piece: TextPiece
    finding: checks.IdentifierFinding
    acceptance: IdentifierAcceptance | None = None

    @property
    def label(self) -> str:
        return checks.KIND_LABELS.get(self.finding.kind, self.finding.kind)

    def context(self, width: int = 60) -> tuple[str, str, str]:
        """Text before, the flagged text, and text after: to show it in place."""
        text, start, end = self.piece.text, self.finding.start, self.finding.end
        before = text[max(0, start - width) : start]
        after = text[end : end + width]
        return ("…" + before if start > width else before, text[start:end], after + "…")


def flag_details(review: Review, pieces: list[TextPiece]) -> list[FlaggedDetail]:
    """Every identifying detail the scanner finds in the publishable text, with decisions."""
    names = list(review.protected_names.values_list("name", flat=True))
    accepted = {
        (acceptance.piece_key, acceptance.kind, acceptance.text): acceptance
        for acceptance in review.acceptances.all()
    }
    details = []
    for piece in pieces:
        for finding in checks.scan_identifiers(piece.text, names):
            key = (piece.key, finding.kind, finding.text)
            details.append(FlaggedDetail(piece, finding, accepted.get(key)))
    return details


@transaction.atomic
def identifier_accept(
    *, review: Review, by: AbstractBaseUser, piece_key: str, kind: str, text: str, reason: str
) -> IdentifierAcceptance:
    """Record that a flagged detail may be published as it is, and why."""
    _require_approver(by)
    _require_second_pair_of_eyes(review, by)
    if not reason.strip():
        raise TransitionError("Give the reason this detail can be published.")
    pieces = publishable_pieces(review)
    flagged = {(d.piece.key, d.finding.kind, d.finding.text) for d in flag_details(review, pieces)}
    if (piece_key, kind, text) not in flagged:
        raise TransitionError("That detail is no longer in the text: there is nothing to accept.")
    try:
        with transaction.atomic():
            acceptance = IdentifierAcceptance(
                review=review,
                piece_key=piece_key,
                kind=kind,
                text=text,
                reason=reason.strip(),
                accepted_by=by,
                accepted_at=timezone.now(),
            )
            acceptance._history_user = by
            acceptance.save()
    except IntegrityError:
        raise TransitionError("That detail has already been accepted.") from None
    return acceptance


# --- Readability and differences --------------------------------------------------------------


@dataclass(frozen=True)
class PieceReadability:
    piece: TextPiece
    figures: checks.Readability


def readability_by_section(pieces: list[TextPiece]) -> list[PieceReadability]:
    """Readability of the summary and each report section (the long texts)."""
    keys = {"summary", "what_happened", "practice_issues", "what_needs_to_change"}
    return [
        PieceReadability(piece, checks.readability(piece.text))
        for piece in pieces
        if piece.key in keys and piece.text.strip()
    ]


@dataclass
class TextDiff:
    since: str  # what the current text is compared with
    lines: list[tuple[str, str]] = field(default_factory=list)  # (" ", "+" or "-", line)

    @property
    def changed(self) -> bool:
        return any(sign != " " for sign, _ in self.lines)


def diff_since_last_signoff(review: Review, text: str) -> TextDiff | None:
    """What changed since the version last signed off (or, failing that, submitted)."""
    last = review.signoffs.order_by("-signed_at").first()
    version = None
    if last is not None:
        version = review.text_versions.filter(content_hash=last.content_hash).first()
        since = f"the last sign-off ({timezone.localtime(last.signed_at):%-d %b %Y %H:%M})"
    if version is None:
        version = review.text_versions.order_by("created_at").first()
        since = "the version submitted for QA"
    if version is None:
        return None
    diff = TextDiff(since=since)
    for line in difflib.ndiff(version.text.splitlines(), text.splitlines()):
        if line.startswith(("+ ", "- ", "  ")):
            diff.lines.append((line[0], line[2:]))
    return diff


# --- Restrictions -----------------------------------------------------------------------------


@transaction.atomic
def restriction_lift(
    *, restriction: Restriction, by: AbstractBaseUser, note: str, on: datetime.date
) -> Restriction:
    """Lift a restriction in force, with a note; refuse a second lift."""
    if not by.has_perm("reviews.change_restriction"):
        raise TransitionError("Only partnership managers can lift a restriction.")
    if not note.strip():
        raise TransitionError("Add a note saying why the restriction no longer applies.")
    if on < restriction.started_on:
        raise TransitionError("A restriction cannot be lifted before it started.")
    claimed = Restriction.objects.filter(pk=restriction.pk, lifted_on__isnull=True).update(
        lifted_on=on, lifted_by=by, lift_note=note.strip()
    )
    if not claimed:
        restriction.refresh_from_db()
        raise TransitionError(
            f"This restriction was already lifted on {restriction.lifted_on:%-d %B %Y}."
        )
    record_history(restriction, by=by, reason="Lifted")
    return restriction
