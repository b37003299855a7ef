"""The publication records: the lifecycle's (notices, deliveries, extensions, decisions...) in
lifecycle.py, and the public website's content (briefings, copy requests, learning summaries,
stored PDFs) in content.py, the search index of published reviews in search.py, and the
stored public report pages in pages.py, and withdrawals (a report taken down at once) in
withdrawals.py, and corrections to published reports (approved by a second person) in
corrections.py."""

from .content import Briefing, CopyRequest, LearningSummary, PublicPdf, StalePdf
from .corrections import Correction
from .lifecycle import (
    Alert,
    Decision,
    Delivery,
    Extension,
    Heartbeat,
    NonWorkingDay,
    Notice,
    Recipient,
)
from .pages import ReportPage
from .search import ReviewSearch
from .withdrawals import Withdrawal

__all__ = [
    "Alert",
    "Briefing",
    "CopyRequest",
    "Correction",
    "Decision",
    "Delivery",
    "Extension",
    "Heartbeat",
    "LearningSummary",
    "NonWorkingDay",
    "Notice",
    "PublicPdf",
    "Recipient",
    "ReportPage",
    "ReviewSearch",
    "StalePdf",
    "Withdrawal",
]
