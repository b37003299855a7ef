"""The staff screens of publishing, in the Django admin.

lifecycle  recipients, notices and deliveries, extensions, decisions, non-working days,
           and the review's admin with its Publication page added
content    the public website's content: briefings, copy requests, learning summaries,
           stored PDFs
views      the Publication page of a review and the "What needs attention" dashboard
forms      the forms of those pages
corrections  corrections of a published report: proposed, listed, approved or refused
           (its forms in correction_forms)
"""

from . import content, corrections, lifecycle  # noqa: F401  (registers the ModelAdmins)
