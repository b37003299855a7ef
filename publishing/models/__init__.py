"""The publication records: the lifecycle's (notices, deliveries, extensions, decisions...) in
lifecycle.py, and the public website's content (briefings, copy requests, learning summaries,
stored PDFs) in content.py."""

from .content import Briefing, CopyRequest, LearningSummary, PublicPdf
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

__all__ = [
    "Alert",
    "Briefing",
    "CopyRequest",
    "Decision",
    "Delivery",
    "Extension",
    "Heartbeat",
    "LearningSummary",
    "NonWorkingDay",
    "Notice",
    "PublicPdf",
    "Recipient",
]
