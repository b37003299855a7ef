"""Quality-assurance workflows: submit, sign off, return, accept flagged details, restrictions.

Each transition is a guarded function: it checks the state, claims the row with a conditional
update (so a double click or two workers cannot apply it twice), and writes the history entry
itself, because `.update()` bypasses django-simple-history. Illegal moves raise
`TransitionError` with a message for the user; nothing is changed when one is raised.

The workflows live in modules by concern; every name is importable from `reviews.services`:

* `transitions`: `TransitionError`, guarded moves, history rows and text versions.
* `qa`: submission, return to draft and sign-off; `approvers`: who may sign.
* `text_changes`: what an edit voids, and the warning before it does.
* `flagged`: identifying details and their acceptance.
* `reading`: readability and the changes since the last sign-off, for the QA page.
* `restrictions`: lifting a restriction.
* `progress`: progress updates of the action plan, approved by a second person.
* `owners`: action owners in partner agencies, and the actions each may see.
* `taxonomy`: a theme or agency signed by name is not renamed nor deleted under a sign-off.
* `published`: a locked review's public details change only by an approved correction.
"""

from .approvers import editors_since_submission
from .flagged import (
    FlaggedDetail,
    acceptance_refusal,
    flag_details,
    identifier_accept,
    unresolved_identifiers,
)
from .progress import progress_approve, progress_return, progress_submit
from .published import public_fields_guard, signed_hashes, version_corrected
from .qa import (
    live_signoffs,
    readiness_problems,
    review_return_to_draft,
    review_submit,
    signoff_is_valid,
    signoff_record,
)
from .reading import PieceReadability, TextDiff, diff_since_last_signoff, readability_by_section
from .restrictions import restriction_lift
from .taxonomy import signed_reviews_naming, taxonomy_change_refusal
from .text_changes import AFTER_NOTICE, review_text_changed, void_warning
from .transitions import TransitionError, current_version, record_history, review_move

__all__ = [
    "AFTER_NOTICE",
    "FlaggedDetail",
    "PieceReadability",
    "TextDiff",
    "TransitionError",
    "acceptance_refusal",
    "current_version",
    "diff_since_last_signoff",
    "editors_since_submission",
    "flag_details",
    "identifier_accept",
    "live_signoffs",
    "progress_approve",
    "progress_return",
    "progress_submit",
    "public_fields_guard",
    "readability_by_section",
    "readiness_problems",
    "record_history",
    "restriction_lift",
    "review_move",
    "review_return_to_draft",
    "review_submit",
    "review_text_changed",
    "signoff_is_valid",
    "signed_reviews_naming",
    "signoff_record",
    "taxonomy_change_refusal",
    "signed_hashes",
    "unresolved_identifiers",
    "version_corrected",
    "void_warning",
]
