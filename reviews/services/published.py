"""A published report's public details and the text a sign-off covers after a correction.

Once a review's text is locked (published, removed, withdrawn or not published) none of its
`Review.PUBLIC_FIELDS` changes by an edit: only an approved correction (publishing's
`corrections` service, a second person's decision) changes them. `public_fields_guard` is the
refusal every edit path asks; `version_corrected` and `signed_hashes` keep a sign-off standing
for the text an approved correction made, so the record never claims the report is unsigned.
"""

from __future__ import annotations

from ..models import Review, TextVersion
from .transitions import TransitionError, current_version

LOCKED = (
    "This review's public details can no longer be edited: it is {status}. Propose a "
    "correction instead; it shows on the website once a second person approves it."
)
M2M_FIELDS = ("themes", "agencies")


def public_fields_changed(review: Review) -> list[str]:
    """The public fields (many-to-many aside) whose value on `review` differs from its row."""
    if review.pk is None:
        return []
    stored = Review.objects.get(pk=review.pk)
    return [
        name
        for name in Review.PUBLIC_FIELDS
        if name not in M2M_FIELDS and getattr(review, name) != getattr(stored, name)
    ]


def public_fields_guard(*, review: Review, m2m: dict[str, set[int]] | None = None) -> None:
    """Refuse (`TransitionError`) an edit of a locked review's public fields: its own fields as
    they are on `review`, and the themes and agencies about to be set (`m2m`, name -> pks)."""
    stored = Review.objects.get(pk=review.pk) if review.pk else None
    if stored is None or not stored.is_text_locked():
        return
    changed = public_fields_changed(review)
    for name, pks in (m2m or {}).items():
        if set(getattr(stored, name).values_list("pk", flat=True)) != set(pks):
            changed.append(name)
    if changed:
        raise TransitionError(LOCKED.format(status=stored.get_status_display().lower()))


def version_corrected(*, review: Review, corrects: str, note: str) -> TextVersion | None:
    """Keep the review's text as an approved correction left it, noting the version it corrected
    (`corrects`, that version's hash) and `note`; None when the signed text did not change."""
    _, text, digest = current_version(review)
    if digest == corrects:
        return None
    version, created = TextVersion.objects.get_or_create(
        review=review,
        content_hash=digest,
        defaults={"text": text, "corrects": corrects, "note": note},
    )
    return version if created else None


def signed_hashes(review: Review, digest: str) -> list[str]:
    """`digest`, then each earlier version it corrected, newest first: a sign-off of any of them
    covers the text at `digest` (each step was an approved correction)."""
    chain = [digest]
    corrects = dict(
        TextVersion.objects.filter(review=review)
        .exclude(corrects="")
        .values_list("content_hash", "corrects")
    )
    while chain[-1] in corrects and corrects[chain[-1]] not in chain:
        chain.append(corrects[chain[-1]])
    return chain
