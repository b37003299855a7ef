"""Action owners in partner agencies (issue 10, item 4): each belongs to one agency, sees only
that agency's actions on reviews past QA and never the review's private names, restrictions
or other agencies' notes, and reports progress that waits for a second person's approval.

The access test walks every URL an action owner can reach: their own pages, and every staff URL
the admin registers (found as tests/test_staff_access_matrix.py finds them)."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from nelscp.accounts.admin import StaffUserChangeForm
from reviews import roles, services
from reviews.models import Action, Agency, AgencyMembership, ProgressUpdate, Restriction
from reviews.services.owners import MASK, NO_AGENCY, owner_actions

from .factories import make_action, make_authenticator, make_ready_review, make_user, sign_all
from .public_helpers import fresh_cache, make_public_review  # noqa: F401
from .staff_records import database_fingerprint, fingerprint_changes, make_staff_records
from .test_staff_access_matrix import every_page, finished

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

SECRET_NAME = "Jade Whitmore"
RESTRICTION = "Trial of the stepfather listed at Grimsby Crown Court"
OTHER_ACTION = "Health visitors ask about every adult living in the home."
OTHER_EVIDENCE = "Audit file HV-5521 held by the health visiting lead"
OTHER_NOTE = "Notes seen at the Freshney Green surgery"
DRAFT_ACTION = "Police draft action that nobody outside the business unit may read yet."
IMPACT = "Every referral audited in November named the child and the adults at home."
PRIVATE = ["Jade", "Whitmore", RESTRICTION, OTHER_ACTION, OTHER_EVIDENCE, OTHER_NOTE, DRAFT_ACTION]
PRIVATE += ["Kayleigh", "Inquest opened."]  # never read: make_staff_records' name, restriction
OWN_PAGES = {"agency_actions", "agency_action"}
OPEN_TO_ALL_STAFF = {"index", "jsi18n", "account"}  # no record of a review on any of them


def agency(slug: str) -> Agency:
    return Agency.objects.get(slug=slug)


def make_owner(username: str, slug: str):
    user = make_user(username, role=roles.ACTION_OWNER)
    return AgencyMembership.objects.create(user=user, agency=agency(slug)).user


@pytest.fixture
def owner(db):
    """An action owner of the police."""
    return make_owner("owner", "police")


@pytest.fixture
def world(author, approver):
    """A QA-approved review with a private name, a restriction, a police action and a health
    visiting action with notes; and a draft review with a police action."""
    review = make_ready_review(author=author)
    recommendation = review.recommendations.get()
    other = make_action(
        recommendation,
        agency=agency("health-visiting"),
        description=OTHER_ACTION,
        evidence=OTHER_EVIDENCE,
    )
    review.protected_names.create(name=SECRET_NAME)
    services.review_submit(review=review, by=author)
    sign_all(review, approver)
    review.refresh_from_db()  # QA approved
    Restriction.objects.create(
        review=review, kind="criminal", details=RESTRICTION, started_on=datetime.date(2026, 6, 1)
    )
    services.progress_submit(
        action=other, by=author, status="in_progress", completed_on=None, evidence_note=OTHER_NOTE
    )
    draft = make_ready_review(author=author)
    draft_action = draft.recommendations.get().actions.get()
    draft_action.description = DRAFT_ACTION
    draft_action.save()
    return {
        "review": review,
        "police": recommendation.actions.get(agency__slug="police"),
        "other": other,
        "draft": draft_action,
    }


def action_url(action: Action) -> str:
    return reverse("agency_action", args=[action.pk])


def page_text(response) -> str:
    return "" if response.streaming else response.content.decode()


def assert_nothing_private(text: str, where: str) -> None:
    leaked = [secret for secret in PRIVATE if secret in text]
    assert leaked == [], f"{where} shows {leaked}"


def update_post(**fields) -> dict:
    data = {
        "status": "completed",
        "completed_on": "2026-11-20",
        "impact": IMPACT,
        "more_to_do": "A second audit in the spring.",
        "evidence_note": "Audit report 2026/11 on the force intranet.",
    }
    return data | fields


# --- What they see -----------------------------------------------------------------------------


def test_it_lists_only_their_agencys_actions_on_reviews_past_qa(client, owner, world):
    client.force_login(owner)

    response = client.get(reverse("agency_actions"))

    page = page_text(response)
    assert response.status_code == 200
    assert world["police"].description in page
    assert world["review"].reference in page and world["review"].pseudonym in page
    assert world["review"].recommendations.get().text in page
    assert action_url(world["police"]) in page
    assert action_url(world["other"]) not in page and action_url(world["draft"]) not in page
    assert_nothing_private(page, "the list")


def test_every_url_of_their_own_answers_and_nothing_else_of_a_review(client, owner, world):
    client.force_login(owner)
    theirs = list(owner_actions(agency("police")))
    assert theirs == [world["police"]]

    for url in [reverse("agency_actions"), *map(action_url, theirs)]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_nothing_private(page_text(response), url)
    page = page_text(client.get(action_url(world["police"])))
    finding = world["review"].findings.get()
    assert finding.title in page and finding.text in page  # the finding it answers
    assert world["police"].due_date.strftime("%-d %B %Y") in page

    for action in (world["other"], world["draft"]):
        assert client.get(action_url(action)).status_code == 404
        assert client.post(action_url(action), update_post()).status_code == 404
    assert client.get("/admin/agency/actions/99999999999999999999999/").status_code == 404
    assert client.get("/admin/agency/actions/nine/").status_code == 404
    assert not ProgressUpdate.objects.filter(submitted_by=owner).exists()


def test_every_admin_url_is_closed_to_an_action_owner_and_shows_nothing_private(
    client, owner, world, author, approver, manager
):
    """Every URL of the admin registry, the admin site and nelscp/urls.py: a GET opens only the
    pages every staff account has (home, sign-in, its own password) and their own; a POST to
    any other changes no row."""
    records = make_staff_records(author=author, approver=approver, manager=manager)
    client.force_login(owner)
    pages = every_page(records)
    opened, changed = [], []

    for page in pages:
        response = finished(client.get(page.url))
        assert_nothing_private(page_text(response), page.url)
        if response.status_code == 302:
            response = finished(client.get(response.url))  # where it leads: no data either
            assert_nothing_private(page_text(response), page.url)
        if response.status_code == 200 and page.kind not in OPEN_TO_ALL_STAFF | OWN_PAGES:
            opened.append(f"{page.url} ({page.kind})")
    before = database_fingerprint()
    for page in [page for page in pages if page.kind not in {"account"} | OWN_PAGES]:
        for data in page.posts:
            finished(client.post(page.url, data))
            after = database_fingerprint()
            changed += [
                f"POST {page.url}: {change}" for change in fingerprint_changes(before, after)
            ]
            before = after

    assert len(pages) > 100
    assert opened == []
    assert changed == []


def test_the_list_costs_the_same_queries_for_one_action_or_many(client, owner, author):
    client.force_login(owner)
    make_public_review(author=author).protected_names.create(name=SECRET_NAME)
    url = reverse("agency_actions")
    client.get(url)  # the session's first request writes it; count a steady one
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for _ in range(4):
        make_public_review(author=author, actions=2).protected_names.create(name=SECRET_NAME)

    with CaptureQueriesContext(connection) as many:
        page = page_text(client.get(url))

    assert page.count(reverse("agency_actions") + "actions/") == 9
    # the actions with their review and update counts, and the reviews' private names, are one
    # query each however many there are
    assert len(many) == len(one)


def test_the_admin_home_points_them_to_their_page_and_lists_no_model(client, owner):
    client.force_login(owner)

    page = page_text(client.get(reverse("admin:index")))

    assert reverse("agency_actions") in page
    assert "/admin/reviews/" not in page and "/admin/publishing/" not in page


def test_the_role_may_submit_updates_and_view_nothing(owner):
    perms = Group.objects.get(name=roles.ACTION_OWNER).permissions.values_list(
        "content_type__app_label", "codename"
    )

    assert set(perms) == {("reviews", "add_progressupdate")}
    assert not any(owner.has_perm(f"reviews.view_{model}") for model in roles.ALL_MODELS)


# --- What they do ------------------------------------------------------------------------------


def test_an_update_waits_for_approval_before_the_public_sees_it(client, owner, author, approver):
    review = make_public_review(author=author)
    action = review.recommendations.get().actions.get()
    public = Client()
    report = reverse("publishing:review", args=[review.slug])
    client.force_login(owner)

    response = client.post(action_url(action), update_post())

    assert response.status_code == 302 and response.url == action_url(action)
    update = ProgressUpdate.objects.get(action=action)
    assert (update.state, update.submitted_by, update.impact) == ("pending", owner, IMPACT)
    assert update.history.latest().history_user == owner
    action.refresh_from_db()
    assert action.status == Action.Status.PLANNED and IMPACT not in page_text(public.get(report))
    assert "1 awaiting approval" in page_text(client.get(reverse("agency_actions")))

    services.progress_approve(update=update, by=approver)

    action.refresh_from_db()
    assert action.status == Action.Status.COMPLETED
    assert IMPACT in page_text(public.get(report))


def test_an_action_owner_cannot_approve(client, owner, world):
    client.force_login(owner)
    client.post(action_url(world["police"]), update_post())
    update = ProgressUpdate.objects.get(submitted_by=owner)
    decide = reverse("admin:reviews_progressupdate_decide", args=[update.pk])

    assert client.get(decide).status_code == 403
    assert client.post(decide, {"do": "approve"}).status_code == 403
    with pytest.raises(services.TransitionError, match="Only a QA approver"):
        services.progress_approve(update=update, by=owner)
    update.refresh_from_db()
    assert update.state == ProgressUpdate.State.PENDING


def test_the_business_units_progress_page_is_closed_to_them(client, owner, world):
    client.force_login(owner)
    url = reverse("admin:reviews_action_progress", args=[world["police"].pk])

    assert client.get(url).status_code == 403
    assert client.post(url, update_post()).status_code == 403
    assert not ProgressUpdate.objects.filter(submitted_by=owner).exists()


def test_the_service_refuses_another_agencys_action_and_an_owner_without_an_agency(world):
    health = make_owner("health-owner", "health-visiting")
    unlinked = make_user("unlinked", role=roles.ACTION_OWNER)
    fields = dict(status="in_progress", completed_on=None)

    with pytest.raises(services.TransitionError, match="your own agency"):
        services.progress_submit(action=world["police"], by=health, **fields)
    with pytest.raises(services.TransitionError, match="no agency"):
        services.progress_submit(action=world["police"], by=unlinked, **fields)
    assert services.progress_submit(action=world["other"], by=health, **fields).pk


@pytest.mark.parametrize(
    "fields, error",
    [
        ({"impact": ""}, "only with an impact statement"),
        ({"completed_on": ""}, "Give the date"),
        ({"completed_on": "2026-13-45"}, "Enter a valid date"),
        ({"status": "finished"}, "Select a valid choice"),
        ({"status": "in_progress"}, "Only a completed action"),
        ({"impact": "x" * 5001}, "at most 5000"),
    ],
)
def test_bad_input_is_a_form_error_that_keeps_what_was_typed(client, owner, world, fields, error):
    client.force_login(owner)

    response = client.post(action_url(world["police"]), update_post(**fields))

    assert response.status_code == 200
    page = page_text(response)
    assert error in page
    assert "Audit report 2026/11 on the force intranet." in page  # nothing typed is lost
    assert not ProgressUpdate.objects.filter(submitted_by=owner).exists()


def test_a_returned_update_shows_its_note_with_private_names_withheld(
    client, owner, world, approver
):
    client.force_login(owner)
    client.post(action_url(world["police"]), update_post())
    update = ProgressUpdate.objects.get(submitted_by=owner)
    services.progress_return(
        update=update, by=approver, note="Say more about the audit; and leave out Jade's family."
    )

    page = page_text(client.get(action_url(world["police"])))

    assert "Returned" in page and "Say more about the audit; and leave out" in page
    assert MASK in page
    assert_nothing_private(page, "the action page")
    assert "1 returned" in page_text(client.get(reverse("agency_actions")))


# --- Who they are ------------------------------------------------------------------------------


@pytest.mark.password_only
def test_an_action_owner_needs_a_second_factor_like_all_staff(client, owner):
    make_authenticator(owner)
    client.force_login(owner)

    for url in (reverse("agency_actions"), reverse("admin:index")):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:second_factor"))


def test_anyone_else_gets_403_and_visitors_the_login(client, author, manager):
    unlinked = make_user("unlinked", role=roles.ACTION_OWNER)
    for user in (author, manager, unlinked):
        client.force_login(user)
        assert client.get(reverse("agency_actions")).status_code == 403
    client.logout()
    response = client.get(reverse("agency_actions"))
    assert response.status_code == 302 and response.url.startswith(reverse("admin:login"))


def test_a_manager_makes_an_account_an_action_owner_of_one_agency(client, manager, author):
    newcomer = make_user("newcomer")
    add = reverse("admin:reviews_agencymembership_add")
    client.force_login(manager)

    without = client.post(add, {"user": newcomer.pk, "agency": ""})
    another_role = client.post(add, {"user": author.pk, "agency": agency("police").pk})
    response = client.post(add, {"user": newcomer.pk, "agency": agency("police").pk})

    assert "Choose the agency this action owner belongs to" in page_text(without)
    assert "Select a valid choice" in page_text(another_role)  # not offered: has a role
    assert response.status_code == 302
    membership = AgencyMembership.objects.get(user=newcomer)
    assert membership.agency.slug == "police"
    assert membership.history.latest().history_user == manager
    assert list(newcomer.groups.values_list("name", flat=True)) == [roles.ACTION_OWNER]
    assert not AgencyMembership.objects.filter(user=author).exists()


def test_ending_a_membership_ends_the_role(client, manager, owner):
    membership = AgencyMembership.objects.get(user=owner)
    client.force_login(manager)

    response = client.post(
        reverse("admin:reviews_agencymembership_delete", args=[membership.pk]), {"post": "yes"}
    )

    assert response.status_code == 302
    assert not owner.groups.exists() and not AgencyMembership.objects.exists()
    assert membership.history.filter(history_type="-").exists()


def test_the_user_admin_refuses_the_role_without_an_agency(db):
    account = make_user("lone")
    data = {
        "username": "lone",
        "date_joined": "2026-11-27 10:00",
        "is_active": "on",
        "is_staff": "on",
        "groups": [Group.objects.get(name=roles.ACTION_OWNER).pk],
    }

    form = StaffUserChangeForm(data, instance=account)

    assert not form.is_valid()
    assert form.errors["groups"] == [NO_AGENCY]
