"""The report's hash under each formula it has had, from a migration's models.

Until migration 0011 an action's impact statement was part of the frozen report text, so a
sign-off's and a notice's `content_hash` covered it. From then on the hash covers each action
as planned (agency, description, due date) and no progress. From migration 0016 it covers the
review's details too, as the public reads them (reference, web address, reviewer, the choices,
dates, themes and agencies, content warning: `details_hashes`). Each data migration recomputes
a stored hash that matches the formula before it for the text as it is, so nothing valid is
voided by the upgrade. This mirrors `reviews.models.qa.publishable_pieces` as it is for each
formula: a migration cannot call today's model code.
"""

from __future__ import annotations

import calendar
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


# --- Migration 0016: the review's details are signed too ----------------------------------------


def details_hashes(apps, review) -> tuple[str, str]:
    """(hash before 0016, hash from 0016) of `review`'s text as it stands."""
    before = _pieces(apps, review)[1]
    return _digest(before), _digest(_with_details(apps, review, before))


def details_text(apps, review) -> str:
    """The report text as 0016 signs it: what a text version keeps for the QA page's diff."""
    return report_text(_with_details(apps, review, _pieces(apps, review)[1]))


def _with_details(apps, review, pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    # after Title, Pseudonym and Summary, as `publishable_pieces` puts it
    return [*pieces[:3], ("Details", _details(apps, review)), *pieces[3:]]


def _details(apps, review) -> str:
    """The "Details" piece of `reviews.models.qa.details_piece`, from a migration's models."""
    Theme = apps.get_model("reviews", "Theme")
    Agency = apps.get_model("reviews", "Agency")
    label = {
        name: dict(type(review)._meta.get_field(name).flatchoices)
        for name in ("review_type", "harm", "age_band", "sex")
    }
    decided = review.decision_date
    month = calendar.month_name
    themes = sorted(Theme.objects.filter(reviews=review).values_list("name", flat=True))
    agencies = sorted(Agency.objects.filter(reviews=review).values_list("name", flat=True))
    lines = [
        ("Reference", review.reference),
        ("Web address", review.slug),
        ("Independent reviewer", review.reviewer_name.strip() or "Not named"),
        ("Type of review", label["review_type"][review.review_type]),
        ("Death or serious harm", label["harm"][review.harm]),
        ("Age of the child", label["age_band"][review.age_band]),
        ("Sex", label["sex"][review.sex]),
        ("Incident", f"{month[review.incident_month]} {review.incident_year}"),
        ("Decision to hold the review", f"{decided.day} {month[decided.month]} {decided.year}"),
        ("Learning themes", "; ".join(themes) or "None recorded"),
        ("Agencies involved", "; ".join(agencies) or "None recorded"),
        ("Content warning", "Shown to readers" if review.content_warning else "Not shown"),
    ]
    return "\n".join(f"{name}: {value}" for name, value in lines)
