"""Action owners in partner agencies: who they are, which actions they see, and how a manager
makes an account one.

An action owner belongs to exactly one agency (`AgencyMembership`) and sees that agency's
actions only, and only on reviews that quality assurance has approved (drafts and reviews in
QA are still being written, and their progress is read by QA as part of the text). Removed
reviews and decisions not to publish stay: the record lives on and their progress may still
be reported. What they read never holds the review's private names (`names_masked`).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser, Group
from django.db import transaction
from django.db.models import Count, Prefetch, Q, QuerySet

from .. import roles
from ..checks.names import name_spans
from ..models import Action, Agency, AgencyMembership, ProgressUpdate, ProtectedName, Review
from .transitions import TransitionError

OTHER_ROLES = [roles.BUSINESS_UNIT, roles.QA_APPROVER, roles.MANAGER, roles.AUDITOR]
MASK = "[name withheld]"
NO_AGENCY = (
    "An action owner belongs to one agency. Make this account an action owner under "
    "Reviews › Action owners, choosing its agency: that gives it the role."
)


def is_action_owner(user: AbstractBaseUser) -> bool:
    return user.is_authenticated and user.groups.filter(name=roles.ACTION_OWNER).exists()


def agency_membership_of(user: AbstractBaseUser) -> AgencyMembership | None:
    """The user's link to an agency; None when there is none (or the user is not saved)."""
    if user.pk is None:
        return None
    return AgencyMembership.objects.select_related("agency").filter(user=user).first()


def agency_of(user: AbstractBaseUser) -> Agency | None:
    """The agency of an action owner; None for anyone not in the role or not linked to one."""
    if not is_action_owner(user):
        return None
    membership = agency_membership_of(user)
    return membership.agency if membership else None


def owner_actions(agency: Agency) -> QuerySet[Action]:
    """The agency's actions an action owner may see, with their review and the count of their
    updates awaiting approval (`pending`) and returned (`returned`)."""
    state = "progress_updates__state"
    names = Prefetch(
        "recommendation__review__protected_names",
        queryset=ProtectedName.objects.only("review_id", "name"),
    )
    return (
        Action.objects.filter(agency=agency)
        .exclude(recommendation__review__status__in=Review.PROGRESS_OPEN)
        .select_related("recommendation__review")
        .prefetch_related(names)
        .annotate(
            pending=Count("progress_updates", filter=Q(**{state: ProgressUpdate.State.PENDING})),
            returned=Count("progress_updates", filter=Q(**{state: ProgressUpdate.State.RETURNED})),
        )
        .order_by("due_date", "pk")
    )


def submit_refusal(*, action: Action, by: AbstractBaseUser) -> str | None:
    """Why the action owner `by` may not report on `action`; None when they may, or when `by`
    is not an action owner (the business unit reports on any action)."""
    if not is_action_owner(by):
        return None
    agency = agency_of(by)
    if agency is None:
        return "Your account belongs to no agency yet: ask a partnership manager to link it."
    if action.agency_id != agency.pk or not action.recommendation.review.is_progress_checked():
        return "You can report progress only on your own agency's actions."
    return None


def names_masked(text: str, names: Iterable[str]) -> str:
    """`text` with each of the review's private names (and each part of one) withheld."""
    merged: list[list[int]] = []
    for start, end in sorted(name_spans(text, names)):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)  # overlapping spans: one withheld stretch
        else:
            merged.append([start, end])
    shown, at = [], 0
    for start, end in merged:
        shown += [text[at:start], MASK]
        at = end
    return "".join(shown) + text[at:]


def appointment_refusal(user: AbstractBaseUser) -> str | None:
    """Why `user` may not be an action owner; None when they may."""
    if not (user.is_active and user.is_staff) or user.is_superuser:
        return "Only an active staff account that is not a superuser can be an action owner."
    held = list(user.groups.filter(name__in=OTHER_ROLES).values_list("name", flat=True))
    if held:
        return (
            f"This account already has the {held[0]} role, which sees every review: an action "
            "owner has no other role."
        )
    return None


@transaction.atomic
def action_owner_appoint(
    *, user: AbstractBaseUser, agency: Agency | None, by: AbstractBaseUser
) -> AgencyMembership:
    """Make `user` an action owner of `agency` (or move them to it), with history.

    Refused (`TransitionError`) for anyone but a partnership manager, without an agency, and
    for an account that `appointment_refusal` refuses.
    """
    if not by.has_perm("reviews.add_agencymembership"):
        raise TransitionError("Only a partnership manager can make an account an action owner.")
    if agency is None:
        raise TransitionError("Choose the agency this action owner belongs to.")
    refusal = appointment_refusal(user)
    if refusal:
        raise TransitionError(refusal)
    membership = AgencyMembership.objects.filter(user=user).first() or AgencyMembership(user=user)
    membership.agency = agency
    membership._history_user = by
    membership.save()
    user.groups.add(Group.objects.get(name=roles.ACTION_OWNER))
    return membership


@transaction.atomic
def action_owner_remove(*, membership: AgencyMembership, by: AbstractBaseUser) -> None:
    """End an action owner's membership and role; the history of the membership is kept."""
    if not by.has_perm("reviews.delete_agencymembership"):
        raise TransitionError("Only a partnership manager can remove an action owner.")
    membership.user.groups.remove(Group.objects.get(name=roles.ACTION_OWNER))
    membership._history_user = by
    membership.delete()
