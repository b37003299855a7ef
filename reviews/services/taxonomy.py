"""Themes and agencies are signed by name: a rename or a deletion that would change the text
signed off (or sent in a notice) for a review is refused, never made silently."""

from __future__ import annotations

from django.db.models import Q

from ..models import Agency, Review, Theme
from .text_changes import AFTER_NOTICE

# The states in which a review's text is signed: in QA (some criteria signed), QA approved,
# and after the notice.
SIGNED = {Review.Status.IN_QA, Review.Status.QA_APPROVED, *AFTER_NOTICE}


def signed_reviews_naming(*, entry: Theme | Agency) -> list[str]:
    """The references of the reviews whose signed text names `entry` (1 query): its themes or
    agencies involved, or, for an agency, an action it owns. Empty when none does."""
    names = Q(themes=entry) if isinstance(entry, Theme) else Q(agencies=entry)
    if isinstance(entry, Agency):
        names |= Q(recommendations__actions__agency=entry)
    signed = Review.objects.filter(names, status__in=SIGNED, signoffs__voided_at__isnull=True)
    return list(signed.order_by("reference").values_list("reference", flat=True).distinct())


def taxonomy_change_refusal(*, entry: Theme | Agency, deleting: bool = False) -> str | None:
    """Why `entry` may not be renamed (or, `deleting`, deleted) now; None when it may be.

    The public reads a review's themes and agencies by name, so the name is part of the text a
    QA sign-off and the notice cover; changing it would make them stale without a word.
    """
    references = signed_reviews_naming(entry=entry)
    if not references:
        return None
    what = "deleted" if deleting else "renamed"
    listed = ", ".join(references)
    return (
        f"This cannot be {what} now: it is part of the signed-off text of {listed}, which are "
        f"in quality assurance or awaiting publication. It can be {what} once they are "
        "published, or taken off them first (which voids their sign-offs, after a warning)."
    )
