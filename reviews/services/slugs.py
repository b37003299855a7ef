"""The web address of a review: made from its reference and pseudonym, never from its title."""

from __future__ import annotations

from django.utils.text import slugify

from ..models import Review

SLUG_LENGTH = Review._meta.get_field("slug").max_length


def slug_make(*, reference: str, pseudonym: str, pk: int | None = None) -> str:
    """The web address of a review, from its reference and pseudonym: NEL-2026-09 and Child T
    make "nel-2026-09-child-t". When another review (not `pk`) has it, "-2", "-3"... is added.

    Only for a review with no address yet: a published address never changes.
    """
    base = slugify(f"{reference} {pseudonym}")[:SLUG_LENGTH].strip("-") or "review"
    taken = set(
        Review.objects.filter(slug__startswith=base).exclude(pk=pk).values_list("slug", flat=True)
    )
    slug, n = base, 1
    while slug in taken:
        n += 1
        suffix = f"-{n}"
        slug = base[: SLUG_LENGTH - len(suffix)].rstrip("-") + suffix
    return slug
