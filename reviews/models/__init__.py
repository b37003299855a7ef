"""The review's models, by concern; every name is importable from `reviews.models` as before.

* `taxonomy`: learning themes and agencies.
* `review`: the review, its findings, recommendations and action plan.
* `restrictions`: the restrictions that hold up its publication.
* `owners`: action owners, each belonging to one partner agency.
* `progress`: progress updates of an action, each checked by a second person before it shows.
* `qa`: the publishable text (the review's public details included), the names that must not
  appear, text versions, the criteria, sign-offs and accepted details.
"""

from .owners import AgencyMembership
from .progress import ProgressUpdate
from .qa import (
    Criterion,
    IdentifierAcceptance,
    ProtectedName,
    SignOff,
    TextPiece,
    TextVersion,
    details_piece,
    publishable_pieces,
    publishable_text,
    review_details,
    text_hash,
)
from .restrictions import Restriction
from .review import (
    COMPLETED_ON_ONLY_WHEN_COMPLETED,
    COMPLETED_ON_REQUIRED,
    IMPACT_REQUIRED,
    REFERENCE_VALIDATOR,
    Action,
    ActionProgress,
    Finding,
    Recommendation,
    Review,
    ReviewQuerySet,
    Section,
    review_id_of,
)
from .taxonomy import Agency, Theme

__all__ = [
    "COMPLETED_ON_ONLY_WHEN_COMPLETED",
    "COMPLETED_ON_REQUIRED",
    "IMPACT_REQUIRED",
    "REFERENCE_VALIDATOR",
    "Action",
    "ActionProgress",
    "Agency",
    "AgencyMembership",
    "Criterion",
    "Finding",
    "IdentifierAcceptance",
    "ProgressUpdate",
    "ProtectedName",
    "Recommendation",
    "Restriction",
    "Review",
    "ReviewQuerySet",
    "Section",
    "SignOff",
    "TextPiece",
    "TextVersion",
    "Theme",
    "details_piece",
    "publishable_pieces",
    "publishable_text",
    "review_details",
    "review_id_of",
    "text_hash",
]
