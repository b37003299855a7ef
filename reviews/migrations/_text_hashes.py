"""The report's hash before and after action progress left it, from a migration's models.

Until migration 0011 an action's impact statement was part of the frozen report text, so a
sign-off's and a notice's `content_hash` covered it. From then on the hash covers each action
as planned (agency, description, due date) and no progress. The data migrations recompute a
stored hash that matches the old formula for the text as it is, so nothing valid is voided by
the upgrade. This mirrors `reviews.models.qa.publishable_pieces` as it is for each formula:
a migration cannot call today's model code.
"""

from __future__ import annotations

import hashlib

SECTIONS = [
    ("what_happened", "What happened"),
    ("practice_issues", "Practice issues and analysis"),
    ("what_needs_to_change", "What needs to change"),
]


def report_hashes(apps, review) -> tuple[str, str]:
    """(old hash, new hash) of `review`'s text as it stands."""
    old, new = _pieces(apps, review)
    return _digest(old), _digest(new)


def _pieces(apps, review) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    Finding = apps.get_model("reviews", "Finding")
    Recommendation = apps.get_model("reviews", "Recommendation")
    Action = apps.get_model("reviews", "Action")
    common = [("Title", review.title), ("Pseudonym", review.pseudonym)]
    common += [("Summary", review.summary)]
    common += [(heading, getattr(review, key)) for key, heading in SECTIONS]
    for finding in Finding.objects.filter(review=review).order_by("order", "pk"):
        common.append((f"Finding {finding.order}", f"{finding.title}\n\n{finding.text}"))
    old, new = list(common), list(common)
    for rec in Recommendation.objects.filter(review=review).order_by("order", "pk"):
        old.append((f"Recommendation {rec.order}", rec.text))
        new.append((f"Recommendation {rec.order}", rec.text))
        actions = Action.objects.filter(recommendation=rec).select_related("agency")
        for number, action in enumerate(actions.order_by("due_date", "pk"), start=1):
            label = f"Recommendation {rec.order}, action {number} ({action.agency.name})"
            impact = f"\n\nImpact: {action.impact}" if action.impact else ""
            old.append((label, action.description + impact))
            new.append((label, f"{action.description}\n\nDue: {action.due_date.isoformat()}"))
    return old, new


def report_text(pieces: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"## {label}\n\n{text.strip()}" for label, text in pieces) + "\n"


def new_text(apps, review) -> str:
    return report_text(_pieces(apps, review)[1])


def _digest(pieces: list[tuple[str, str]]) -> str:
    return hashlib.sha256(report_text(pieces).encode("utf-8")).hexdigest()
