"""The review side of the fictional demo data: staff users, one per role, and the reviews.

`publishing.demo.seed_demo` puts them together with their lifecycle records. Idempotent: a
user or review that already exists (by username or reference) is left as it is.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from . import roles
from .models import (
    Action,
    Agency,
    AgencyMembership,
    Finding,
    ProtectedName,
    Recommendation,
    Review,
    Theme,
)

DEMO_PASSWORD = "demo-safeguarding-2026"


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    role: str
    agency: str = ""  # an action owner's agency, by slug


DEMO_USERS = [
    DemoUser("author", "Asha", "Patel", roles.BUSINESS_UNIT),
    DemoUser("approver", "Graham", "Whitfield", roles.QA_APPROVER),
    DemoUser("manager", "Morag", "Ellison", roles.MANAGER),
    DemoUser("auditor", "Tomasz", "Nowak", roles.AUDITOR),
    DemoUser("owner", "Dami", "Okafor", roles.ACTION_OWNER, agency="police"),
]


def users_load_demo() -> tuple[dict, int]:
    """Create the missing demo staff users; return them by username, and how many were new."""
    users, created = {}, 0
    for demo in DEMO_USERS:
        users[demo.username], new = _demo_user(demo)
        created += new
    return users, created


def demo_review_missing(spec: dict) -> bool:
    return not Review.objects.filter(reference=spec["reference"]).exists()


def _demo_user(demo: DemoUser):
    User = get_user_model()
    user = User.objects.filter(username=demo.username).first()
    if user is not None:
        return user, False
    user = User(
        username=demo.username,
        first_name=demo.first_name,
        last_name=demo.last_name,
        email=f"{demo.username}@example.org",
        is_staff=True,
    )
    user.set_password(DEMO_PASSWORD)
    user.save()
    user.groups.add(Group.objects.get(name=demo.role))
    if demo.agency:
        AgencyMembership.objects.create(user=user, agency=Agency.objects.get(slug=demo.agency))
    return user, True


@transaction.atomic
def review_create_demo(spec: dict, *, author, today: datetime.date) -> Review:
    """The demo review of `spec` with its findings, recommendations and actions."""
    days = datetime.timedelta
    review = Review(
        reference=spec["reference"],
        pseudonym=spec["pseudonym"],
        title=spec["title"],
        slug=_slug(spec),
        review_type=spec["review_type"],
        harm=spec["harm"],
        age_band=spec["age_band"],
        sex=spec["sex"],
        incident_month=spec["incident_month"],
        incident_year=spec["incident_year"],
        decision_date=today - days(spec["decision_days_ago"]),
        reviewer_name=spec["reviewer_name"],
        summary=spec["summary"],
        what_happened=spec["what_happened"],
        practice_issues=spec["practice_issues"],
        what_needs_to_change=spec["what_needs_to_change"],
        content_warning=spec["content_warning"],
        author=author,
        status=spec["status"],
        **_lifecycle_fields(spec, today),
    )
    review._history_user = author
    review.full_clean()
    review.save()
    review.themes.set(Theme.objects.filter(slug__in=spec["themes"]))
    review.agencies.set(Agency.objects.filter(slug__in=spec["agencies"]))
    for name in spec["private_names"]:
        _save(ProtectedName(review=review, name=name), author)
    for order, finding in enumerate(spec["findings"], start=1):
        _save(Finding(review=review, order=order, **finding), author)
    for order, rec in enumerate(spec["recommendations"], start=1):
        recommendation = _save(Recommendation(review=review, order=order, text=rec["text"]), author)
        for action in rec["actions"]:
            _save(_action(recommendation, action, today), author)
    return review


def _lifecycle_fields(spec: dict, today: datetime.date) -> dict:
    """Dates that go with the demo state (the demo sets states directly; staff use services)."""
    noon = datetime.datetime.combine(
        today, datetime.time(12), tzinfo=timezone.get_current_timezone()
    )
    fields = {}
    if spec["status"] != Review.Status.DRAFT:
        fields["submitted_at"] = noon - datetime.timedelta(days=30)
    if spec.get("published_days_ago"):
        fields["published_at"] = noon - datetime.timedelta(days=spec["published_days_ago"])
    if spec.get("removed_days_ago"):
        fields["removed_at"] = noon - datetime.timedelta(days=spec["removed_days_ago"])
    return fields


def _action(recommendation: Recommendation, spec: dict, today: datetime.date) -> Action:
    completed_ago = spec.get("completed_days_ago")
    return Action(
        recommendation=recommendation,
        agency=Agency.objects.get(slug=spec["agency"]),
        description=spec["description"],
        due_date=today + datetime.timedelta(days=spec["due_in_days"]),
        status=spec["status"],
        completed_on=today - datetime.timedelta(days=completed_ago) if completed_ago else None,
        impact=spec.get("impact", ""),
        evidence=spec.get("evidence", ""),
    )


def _save(obj, user):
    obj._history_user = user
    obj.full_clean()
    obj.save()
    return obj


def _slug(spec: dict) -> str:
    return slugify(f"{spec['reference']} {spec['pseudonym']}")[:120]
