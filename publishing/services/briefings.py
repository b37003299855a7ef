"""7-minute briefings: written by the business unit, checked, then approved by a second person
before the public reads them.

A briefing's four text fields are its draft; the website shows `public_content`, the text as
last approved. An edit never takes the approved text down: it waits beside it until a QA
approver or a manager who did not write any of it approves it (`briefing_approve`). The draft
is scanned for identifiers with the review's private names; a private name can never be
approved. Every save and every approval is in the briefing's history.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from reviews import checks
from reviews.services import TransitionError
from reviews.services.flagged import PRIVATE_NAME

from ..models import Briefing

NAME_REFUSED = (
    "This briefing holds a private name from the review's list of names that must not appear, "
    "so it cannot be approved. Ask its author to write it again without the name (for example "
    "with the pseudonym)."
)


def briefing_save(*, briefing: Briefing, by: AbstractBaseUser) -> Briefing:
    """Save the draft, recording `by` among its authors; the website keeps the approved text."""
    authors = list(briefing.draft_authors or [])
    if (briefing.pk is None or briefing.is_awaiting_approval()) and by.pk not in authors:
        authors.append(by.pk)
    briefing.draft_authors = authors
    briefing._history_user = by
    briefing.save()
    return briefing


def identifiers_in(briefing: Briefing) -> dict[str, list[checks.IdentifierFinding]]:
    """Field name -> what the scanner finds in the draft, with the review's private names."""
    names = list(briefing.review.protected_names.values_list("name", flat=True))
    return {
        name: checks.scan_identifiers(getattr(briefing, name), names)
        for name in Briefing.TEXT_FIELDS
    }


def approval_refusal(briefing: Briefing, by: AbstractBaseUser) -> str | None:
    """Why `by` may not approve the briefing's draft now; None when they may."""
    if not by.has_perm("publishing.approve_briefing"):
        return "Only a QA approver or a partnership manager can approve a briefing."
    if not briefing.is_awaiting_approval():
        return "The website already shows this text: there is nothing to approve."
    if by.pk in (briefing.draft_authors or []):
        return "You wrote or changed this draft, so someone else must approve it."
    found = [finding for each in identifiers_in(briefing).values() for finding in each]
    if any(finding.kind == PRIVATE_NAME for finding in found):
        return NAME_REFUSED
    return None


@transaction.atomic
def briefing_approve(
    *, briefing: Briefing, by: AbstractBaseUser, now: datetime.datetime | None = None
) -> Briefing:
    """Put the draft on the website: it becomes `public_content`, with who and when.

    Refused (`TransitionError`) for anyone but a QA approver or manager, for anyone who wrote
    the draft, when there is nothing new, and while the draft holds a private name. Other
    flagged details are the approver's to judge. The save marks the briefing's PDF stale and
    clears the page cache.
    """
    briefing = Briefing.objects.select_for_update().select_related("review").get(pk=briefing.pk)
    refusal = approval_refusal(briefing, by)
    if refusal:
        raise TransitionError(refusal)
    briefing.public_content = briefing.draft_content()
    briefing.approved_at = now or timezone.now()
    briefing.approved_by = by
    briefing.draft_authors = []
    briefing._history_user = by
    briefing._change_reason = "Approved for the website"
    briefing.save()
    return briefing
