"""Every staff form, fuzzed with hostile input (Hypothesis) by every role: whatever is posted,
by whoever, the site never answers with a server error, and a request it refuses (a form
error, 400, 403, 404, 405) leaves every table of the database exactly as it was.

The forms are found, not listed: each registered ModelAdmin's add and change form (from
`admin.site._registry`, so a new admin is covered at once) and the staff pages of their own
(the QA page, the Publication page of a review in each state and its confirmation, the action
plan, an action's progress, an update's decision, lifting a restriction, an action owner's
action, the copy requests' list and its refusal, the warning before a save voids a sign-off).
Each page is read as the first role that may open it, and each POST form on it is fuzzed
(tests/form_fuzz.py): the role is drawn among the five for each example, so every role posts
to every form. One signed-in client per role serves every example; each example runs in a
transaction rolled back at its end, so nothing is committed, no email leaves and no PDF is
rendered (those wait for a commit).

Examples per form: `CI=true` runs 200 (the floor the project set); a developer's run 15, to stay
near two minutes on a small machine; `FUZZ_STAFF_EXAMPLES` sets any other number.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nelscp.accounts.services import second_factor_reset
from publishing.admin.views import ACTIONS
from publishing.models import CopyRequest, Delivery
from publishing.services import decisions, notices, scheduling, withdrawals
from reviews.models import ProgressUpdate, Review

from .factories import make_approved_review
from .form_fuzz import PageForm, form_data, page_forms
from .public_helpers import fresh_cache  # noqa: F401
from .staff_records import database_fingerprint, fingerprint_changes, make_staff_records
from .test_fuzz_forms import rolled_back

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

EXAMPLES = int(
    os.environ.get("FUZZ_STAFF_EXAMPLES") or (200 if os.environ.get("CI") == "true" else 15)
)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # no example database: a failure prints the example and its seed
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ROLES = ["author", "approver", "manager", "auditor", "owner"]
REDIRECTS = (301, 302, 303)


@dataclass(frozen=True)
class Target:
    """A staff page with forms: its address, and how a role opens it (a GET, or a POST that
    leads to it, such as a confirmation); `owners_write`: an action owner may save here."""

    name: str
    url: str
    opening: Callable[[Client], object] | None = None
    owners_write: bool = False

    def open(self, client: Client):
        return self.opening(client) if self.opening else client.get(self.url)


@pytest.fixture
def site(author, approver, manager, auditor):
    """The staff records (a review in each state, a row of every admin model), a QA-approved
    review, a scheduled one, a decision with the Panel's advice, a failed delivery, a row of
    each sign-in model, and a client signed in (password and second factor) for each role."""
    records = make_staff_records(author=author, approver=approver, manager=manager)
    records["approved"] = make_approved_review(author=author, approver=approver)
    records |= later_states(author=author, approver=approver, manager=manager)
    failed = Delivery.objects.filter(notice__review=records["noticed"]).first()
    Delivery.objects.filter(pk=failed.pk).update(state="failed", last_error="Mailbox full.")
    sign_in_rows(author, manager)
    owner = get_user_model().objects.get(username="records-owner")
    users = dict(author=author, approver=approver, manager=manager, auditor=auditor, owner=owner)
    clients = {}
    for role, user in users.items():
        clients[role] = Client()
        clients[role].force_login(user)
    return records, clients


def later_states(*, author, approver, manager) -> dict[str, Review]:
    """A review scheduled for publication, a decision not to publish with the Panel's advice
    recorded, and a withdrawn report: the Publication page's unschedule, final decision,
    publish again and reopen forms."""
    now = timezone.now()
    scheduled = make_approved_review(author=author, approver=approver)
    notices.notice_send(review=scheduled, by=manager)
    Delivery.objects.filter(notice__review=scheduled).update(state="sent", sent_at=now)
    at = now + datetime.timedelta(days=60)
    scheduling.publication_schedule(review=scheduled, by=manager, at=at, now=now)
    advised = make_approved_review(author=author, approver=approver)
    decision = decisions.decision_record(review=advised, by=manager, reasons="It would harm.")
    decisions.decision_advice_record(
        decision=decision,
        by=manager,
        advised_on=now.date(),
        advice="Publish the improvements only.",
        challenges=True,
        today=now.date(),
    )
    withdrawn = make_approved_review(author=author, approver=approver)
    Review.objects.filter(pk=withdrawn.pk).update(status="published", published_at=now)
    withdrawn.refresh_from_db()
    withdrawals.review_withdraw(
        review=withdrawn, by=manager, reason="court_order", details="An order.", now=now
    )
    return {"scheduled": scheduled, "advised": advised, "withdrawn": withdrawn}


def sign_in_rows(user, manager) -> None:
    """A row of each sign-in model the admin shows: backup codes, a reset, failed attempts."""
    second_factor_reset(user=user, by=manager)  # before the clients sign in: it ends devices
    StaticDevice.objects.create(user=user, name="Backup codes")
    attempt = {"username": "someone", "ip_address": "192.0.2.1", "user_agent": "a browser"}
    AccessAttempt.objects.create(**attempt, get_data="", post_data="", failures_since_start=1)
    AccessFailureLog.objects.create(**attempt)


# --- The pages ---------------------------------------------------------------------------------


def admin_targets(records) -> list[Target]:
    """Every registered ModelAdmin's add form, and its change form for one row."""
    targets = []
    for model in admin.site._registry:
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        targets.append(Target(f"{model._meta.label} add", reverse(f"{name}_add")))
        row = records["draft"] if model is Review else model.objects.order_by("pk").first()
        if row is not None:
            url = reverse(f"{name}_change", args=[row.pk])
            targets.append(Target(f"{model._meta.label} change", url))
    return targets


def review_page(name: str, review: Review) -> str:
    return reverse(f"admin:reviews_review_{name}", args=[review.pk])


def page_targets(records) -> list[Target]:
    """The staff pages of their own, with the POSTs that lead to their confirmations."""
    published_action = records["published"].recommendations.get().actions.get()
    update = ProgressUpdate.objects.filter(state=ProgressUpdate.State.PENDING).first()
    restriction = records["draft"].restrictions.first()
    copy_requests = reverse("admin:publishing_copyrequest_changelist")
    approved = records["approved"]
    targets = [
        Target("QA page", review_page("qa", records["in_qa"])),
        Target("action plan", review_page("action_plan", records["draft"])),
        Target(
            "action progress", reverse("admin:reviews_action_progress", args=[published_action.pk])
        ),
        Target("update decision", reverse("admin:reviews_progressupdate_decide", args=[update.pk])),
        Target(
            "lift a restriction", reverse("admin:reviews_restriction_lift", args=[restriction.pk])
        ),
        Target(
            "an owner's action",
            reverse("agency_action", args=[published_action.pk]),
            owners_write=True,
        ),
        Target("copy requests", copy_requests),
        Target(
            "refusing copy requests",
            copy_requests,
            lambda client: client.post(
                copy_requests,
                {"action": "refuse", "_selected_action": [CopyRequest.objects.first().pk]},
            ),
        ),
        Target(
            "publication confirmation (send_notice)",
            review_page("publication", approved),
            lambda client: client.post(review_page("publication", approved), {"do": "send_notice"}),
        ),
        Target(
            "warning before voiding",
            reverse("admin:reviews_review_change", args=[approved.pk]),
            lambda client: _text_change(client, approved),
        ),
    ]
    confirmations = {
        "approved": {"do": "decide", "reasons": "Publication would identify the sibling."},
        "scheduled": {"do": "unschedule"},
        "advised": {"do": "finalise", "outcome": "not_publish", "reasons": "The Panel agrees."},
        "published": {"do": "withdraw", "grounds": "identification", "details": ""},
        "withdrawn": {"do": "reopen", "note": "Take out the street name."},
    }
    for state, opening in confirmations.items():
        url = review_page("publication", records[state])
        confirm = partial(lambda url, opening, client: client.post(url, opening), url, opening)
        targets.append(Target(f"publication confirmation ({opening['do']})", url, confirm))
    for state in (
        "approved",
        "noticed",
        "scheduled",
        "not_published",
        "advised",
        "published",
        "withdrawn",
    ):
        targets.append(
            Target(f"publication of {state}", review_page("publication", records[state]))
        )
    return targets


def _text_change(client: Client, review: Review):
    """The review's change form posted back with its text changed: the page that warns what
    the save would void (the QA sign-offs) and asks to confirm."""
    url = reverse("admin:reviews_review_change", args=[review.pk])
    page = client.get(url)
    forms = page_forms(page.content.decode(), url) if page.status_code == 200 else []
    if not forms:
        return page  # a role that may not open it
    data = forms[0].as_shown() | {"_save": "Save"}
    data["what_happened"] = "The text as it is now, changed."
    return client.post(url, data)


def forms_of(target: Target, clients: dict[str, Client]) -> list[PageForm]:
    """The POST forms of the page as shown to the role that sees the most fields there (one
    who may change it, rather than one who may only view it)."""
    shown = []
    for role in ROLES:
        with rolled_back():
            response = target.open(clients[role])
        if response.status_code == 200:
            shown.append(page_forms(response.content.decode(), target.url))
    return max(shown, key=lambda forms: sum(len(form.fields) for form in forms), default=[])


# --- The fuzzing -------------------------------------------------------------------------------


def fuzz(target: Target, form: PageForm, clients: dict[str, Client]) -> None:
    """Post hostile data to `form`, as a role drawn for each example."""

    @FUZZ
    @given(data=st.data())
    def example(data):
        role = data.draw(st.sampled_from(ROLES), label="role")
        post = data.draw(form_data(form), label="post")
        client = clients[role]
        with rolled_back():
            before = database_fingerprint()
            response = client.post(form.action, post)
            changes = fingerprint_changes(before, database_fingerprint())
        client.cookies.pop("messages", None)  # a message of one example is not the next's
        where = f"{target.name} ({form.label}) as {role}: {response.status_code}"
        assert response.status_code < 500, where
        if response.status_code in REDIRECTS:
            assert not response["Location"].startswith(("/admin/login/", "/admin/second-factor"))
            if role == "auditor" or (role == "owner" and not target.owners_write):
                assert changes == [], f"{where} changed {changes}"  # view-only roles
        else:
            assert changes == [], f"{where} refused, yet changed {changes}"

    example()


def test_every_admin_add_and_change_form_survives_hostile_input_from_every_role(site):
    records, clients = site
    unread = []

    for target in admin_targets(records):
        forms = forms_of(target, clients)
        for form in forms:
            fuzz(target, form, clients)
        if not forms:
            unread.append(target)

    for target in unread:  # a page no role opens is fuzzed all the same, with no fields
        fuzz(target, PageForm(target.url), clients)
        statuses = {role: client.get(target.url).status_code for role, client in clients.items()}
        assert set(statuses.values()) <= {403, 404}, f"{target.name}: {statuses}"
    assert len(unread) < len(admin.site._registry)
    changed = {target.name for target in admin_targets(records) if target.name.endswith("change")}
    assert changed == {f"{model._meta.label} change" for model in admin.site._registry}


def test_every_staff_page_form_survives_hostile_input_from_every_role(site):
    records, clients = site
    fuzzed = {}

    for target in page_targets(records):
        fuzzed[target.name] = forms_of(target, clients)
        for form in fuzzed[target.name]:
            fuzz(target, form, clients)

    assert [name for name, forms in fuzzed.items() if not forms] == []
    confirmations = [
        form for name, forms in fuzzed.items() if "confirmation" in name for form in forms
    ]
    assert all("confirm" in form.fields for form in confirmations)  # each reached its question
    assert "confirm_void" in fuzzed["warning before voiding"][0].fields
    publication = {
        form.label
        for name, forms in fuzzed.items()
        if name.startswith("publication")  # a page, or a move's question (reopen: a manager's)
        for form in forms
    }
    assert {f"do={name}" for name in ACTIONS} <= publication  # every move of the page
