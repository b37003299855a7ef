"""Staff screens for reviews and their action plans.

No business rules live here: forms validate one row (the model's `clean` and constraints), and
lifecycle moves call services. The `status` field is read-only everywhere. Every screen builds
on `base`: `StaffAdmin` (lists that survive bad filter values) and, for every model with a
history, `HistoryAdmin` (history that is read, never written), which publishing uses too.

Importing this package registers every screen: `review` (the review, its findings,
recommendations and actions), `restrictions`, `taxonomy`, the QA views in `qa`, and the
progress updates of the action plan in `progress`, the action owners of partner agencies in
`owners` (their own pages, outside the registry, are in `agency`).
"""

from django.contrib import admin

from .base import HistoryAdmin, StaffAdmin, check_text_changed
from .owners import AgencyMembershipAdmin
from .progress import ProgressUpdateAdmin
from .restrictions import RestrictionAdmin
from .review import ActionAdmin, FindingAdmin, RecommendationAdmin, ReviewAdmin
from .taxonomy import TaxonomyAdmin

__all__ = [
    "ActionAdmin",
    "AgencyMembershipAdmin",
    "FindingAdmin",
    "HistoryAdmin",
    "ProgressUpdateAdmin",
    "RecommendationAdmin",
    "RestrictionAdmin",
    "ReviewAdmin",
    "StaffAdmin",
    "TaxonomyAdmin",
    "check_text_changed",
]

admin.site.site_header = "CSPR publication: staff"
admin.site.site_title = "CSPR publication"
admin.site.index_title = "Reviews, action plans and publication"
