"""Every staff URL answers every role as its permissions say; above all, no POST by a role that
may only view a page changes any row of the database.

The URLs are found, not listed: every registered ModelAdmin's URLs (list, add, change, delete,
history, each version, and its own pages), the admin site's pages, and the staff pages
`nelscp/urls.py` adds, for a review in each state and a row of every other model. A newly
registered model is covered at once; a new page of its own must be described in `OWN_PAGES`,
`SITE_PAGES` or `STAFF_PAGES` below, or the test says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory
from django.urls import URLPattern, get_resolver, reverse
from django.utils import timezone

from publishing.admin.views import ACTIONS
from reviews import services
from reviews.models import Review, publishable_pieces
from reviews.services.owners import agency_of

from .staff_records import (
    database_fingerprint,
    fingerprint_changes,
    hostile_form,
    make_staff_records,
)
from .test_qa_page import detail_post, sign_post

pytestmark = pytest.mark.django_db

ROLES = ["author", "approver", "manager", "auditor", "outsider", "anonymous"]
MODEL_VIEWS = ("changelist", "add", "change", "delete", "history", "simple_history")
# Sign-in and the user's own account: covered by the security tests; signing out, a wrong
# code or a new password rightly write to the database.
ACCOUNT = {"login", "logout", "password_change", "password_change_done", "second_factor"}
ACCOUNT |= {"second_factor_enrol"}
LOGIN = "/admin/login/"


@dataclass(frozen=True)
class Page:
    """One staff URL: what a GET answers a user, and what would let a user change something."""

    url: str
    kind: str
    opens: Callable = field(repr=False)  # (user, request) -> the status a GET answers
    writes: frozenset[str] = frozenset()  # permissions that let a role change something here
    posts: tuple[dict, ...] = ({},)


def can(*perms: str) -> Callable:
    """200 for a user with any of `perms`, else 403."""
    return lambda user, request: 200 if any(user.has_perm(perm) for perm in perms) else 403


def always(status: int) -> Callable:
    return lambda user, request: status


# --- The pages ---------------------------------------------------------------------------------


def model_pages(model, model_admin, records) -> list[Page]:
    """Every URL of one ModelAdmin, for each row worth trying."""
    opts = model._meta
    prefix = f"{opts.app_label}_{opts.model_name}"
    perm = f"{opts.app_label}.%s_{opts.model_name}"
    rows = list(model.objects.order_by("pk")[:1])
    pages = []
    for pattern in model_admin.get_urls():
        view = (pattern.name or "").removeprefix(f"{prefix}_")
        if pattern.pattern.regex.groups == 0:
            pages.append(_list_page(pattern.name, view, model, model_admin, perm))
            continue
        for row in _rows_for(view, model, records) or rows:
            pages.append(_row_page(pattern, view, row, model_admin, perm))
    return pages


def _rows_for(view: str, model, records) -> list:
    """A review in every state for the pages that differ by state; a draft and a locked one
    for the rest (history, the old address)."""
    if model is not Review:
        return []
    if view in ("history", "simple_history", ""):
        return [records["draft"], records["published"]]
    return list(records.values())


def _list_page(name, view, model, model_admin, perm) -> Page:
    url = reverse(f"admin:{name}")
    if view == "add":
        add = lambda user, request: 200 if model_admin.has_add_permission(request) else 403  # noqa: E731
        return Page(url, "add", add, frozenset({perm % "add"}), ({},))
    assert view == "changelist", name
    pks = list(model.objects.values_list("pk", flat=True))
    delete_all = {"action": "delete_selected", ACTION_CHECKBOX_NAME: pks, "index": "0"}
    writes = frozenset(_non_view_perms(model))
    return Page(url, "changelist", can(perm % "view", perm % "change"), writes, (delete_all,))


def _row_page(pattern, view, row, model_admin, perm) -> Page:
    if pattern.name is None:  # "<pk>/", Django's old address of the change page
        url = reverse(f"admin:{row._meta.app_label}_{row._meta.model_name}_change", args=[row.pk])
        return Page(
            url.removesuffix("change/"), "redirect", always(302), posts=(hostile_form(row),)
        )
    if view in MODEL_VIEWS:
        args = [row.pk, row.history.earliest().pk] if view == "simple_history" else [row.pk]
        url = reverse(f"admin:{pattern.name}", args=args)
        return _model_view_page(url, view, row, model_admin, perm)
    assert pattern.name in OWN_PAGES, f"describe {pattern.name} in OWN_PAGES"
    opens, writes, posts = OWN_PAGES[pattern.name]
    url = reverse(f"admin:{pattern.name}", args=OWN_PAGE_ARGS.get(pattern.name, _pk)(row))
    return Page(url, pattern.name, opens, frozenset(writes), tuple(posts(row)))


def _model_view_page(url, view, row, model_admin, perm) -> Page:
    seen = can(perm % "view", perm % "change")
    if view == "change":
        return Page(url, "change", seen, frozenset({perm % "change"}), (hostile_form(row),))
    if view == "delete":
        opens = lambda user, request: (  # noqa: E731
            200 if model_admin.has_delete_permission(request, row) else 403
        )
        return Page(url, "delete", opens, frozenset({perm % "delete"}), ({"post": "yes"},))
    return Page(url, view, seen, frozenset(), (hostile_form(row),))  # history: never written


def _non_view_perms(model) -> set[str]:
    content_type = ContentType.objects.get_for_model(model)
    return {
        f"{content_type.app_label}.{codename}"
        for codename in content_type.permission_set.values_list("codename", flat=True)
        if not codename.startswith("view_")
    }


def qa_posts(review) -> list[dict]:
    _, _, digest = services.current_version(review)
    posts = [sign_post("a", digest), {"do": "return", "reasons": "Findings need evidence."}]
    posts += [
        detail_post(detail, "It may be published.")
        for detail in services.flag_details(review, publishable_pieces(review, for_scanner=True))
    ]
    return posts


def action_plan_post(review) -> dict:
    """The action-plan page posted back with every action rewritten and one added."""
    data = {"_save": "Save"}
    for recommendation in review.recommendations.all():
        prefix = f"rec-{recommendation.pk}"
        actions = list(recommendation.actions.all())
        data |= {f"{prefix}-TOTAL_FORMS": len(actions) + 1, f"{prefix}-INITIAL_FORMS": len(actions)}
        new = {"agency": actions[0].agency_id if actions else "", "due_date": "2027-01-01"}
        for index, action in enumerate([*actions, None]):
            values = {
                "id": action.pk if action else "",
                "agency": action.agency_id if action else new["agency"],
                "description": "Changed through the action plan",
                "due_date": action.due_date.isoformat() if action else new["due_date"],
                "status": "planned",
            }
            data |= {f"{prefix}-{index}-{key}": value for key, value in values.items()}
    return data


def publication_posts(review) -> list[dict]:
    today = timezone.localdate()
    every_field = {
        "date": today.replace(year=today.year + 1).isoformat(),
        "time": "09:30",
        "until": today.replace(year=today.year + 2).isoformat(),
        "reason": "Shared learning.",
        "reasons": "It would identify the family.",
        "advised_on": today.isoformat(),
        "advice": "Publish the improvements only.",
        "challenges": "no",
        "outcome": "not_publish",
        "grounds": "court_order",
        "details": "An order made on 1 May.",
        "note": "Checked with the partnership's lawyer.",
        "delivery": str(review.notices.values_list("deliveries", flat=True).first() or ""),
        "confirm": "yes",  # past the question a move that cannot be taken back asks first
    }
    return [{"do": action, **every_field} for action in ACTIONS]


# A ModelAdmin's own pages: name -> (what a GET answers, permissions that let a role change
# something there, the POSTs to try)
OWN_PAGES: dict[str, tuple[Callable, set[str], Callable]] = {
    "reviews_review_submit": (always(405), {"reviews.submit_review"}, lambda review: [{}]),
    "reviews_review_qa": (can("reviews.view_protectedname"), {"reviews.sign_off_review"}, qa_posts),
    "reviews_review_action_plan": (
        can("reviews.view_action"),
        {"reviews.change_action"},
        lambda review: [action_plan_post(review)],
    ),
    "reviews_review_publication": (
        can("reviews.view_review"),
        {"reviews.manage_publication"},
        publication_posts,
    ),
    "reviews_action_progress": (
        can("reviews.view_action"),
        {"reviews.add_progressupdate"},
        lambda action: [{"status": "in_progress", "more_to_do": "Posted by a role that may not."}],
    ),
    "reviews_progressupdate_decide": (
        lambda user, request: (
            200
            if user.has_perm("reviews.view_progressupdate")
            and user.has_perm("reviews.view_protectedname")
            else 403
        ),
        {"reviews.approve_progressupdate"},
        lambda update: [{"do": "approve"}, {"do": "return", "note": "Say more."}],
    ),
    "reviews_restriction_lift": (
        can("reviews.change_restriction"),
        {"reviews.change_restriction"},
        lambda row: [{"lifted_on": timezone.localdate().isoformat(), "note": "Proceedings ended."}],
    ),
    "auth_user_password_change": (
        can("auth.change_user"),
        {"auth.change_user"},
        lambda user: [{"password1": "A-new-password-2026", "password2": "A-new-password-2026"}],
    ),
    # django-otp's secret pages, closed by OTP_ADMIN_HIDE_SENSITIVE_DATA
    "otp_totp_totpdevice_config": (always(403), set(), lambda device: [{}]),
    "otp_totp_totpdevice_qrcode": (always(403), set(), lambda device: [{}]),
}


def correction_posts(correction) -> list[dict]:
    return [
        {"do": "approve", "confirm": "yes"},
        {"do": "refuse", "reason": "Not needed."},
        {"do": "withdraw"},
    ]


def correction_proposal(correction) -> list[dict]:
    review = correction.review
    return [
        {
            "pseudonym": review.pseudonym,
            "title": "Corrected by a role that may not",
            "review_type": review.review_type,
            "harm": review.harm,
            "age_band": review.age_band,
            "sex": review.sex,
            "incident_month": review.incident_month,
            "incident_year": review.incident_year,
            "decision_date": review.decision_date.isoformat(),
            "summary": review.summary,
            "what_happened": review.what_happened,
            "practice_issues": review.practice_issues,
            "what_needs_to_change": review.what_needs_to_change,
            "note": "the title",
        }
    ]


OWN_PAGES |= {
    # a correction's pages are addressed through its review
    "publishing_correction_propose": (
        can("publishing.add_correction"),
        {"publishing.add_correction"},
        correction_proposal,
    ),
    "publishing_correction_decide": (
        can("publishing.view_correction"),
        {"publishing.approve_correction", "publishing.add_correction"},
        correction_posts,
    ),
}


def _pk(row) -> list:
    return [row.pk]


OWN_PAGE_ARGS: dict[str, Callable] = {
    "publishing_correction_propose": lambda correction: [correction.review_id],
    "publishing_correction_decide": lambda correction: [correction.review_id, correction.pk],
}


def site_pages(records) -> list[Page]:
    """The admin site's own pages, and the staff pages of nelscp/urls.py."""
    review = records["draft"]
    content_type = ContentType.objects.get_for_model(Review)
    urls = {
        "index": reverse("admin:index"),
        "jsi18n": reverse("admin:jsi18n"),
        "autocomplete": reverse("admin:autocomplete")
        + "?app_label=reviews&model_name=restriction&field_name=review",
        "view_on_site": reverse("admin:view_on_site", args=[content_type.pk, review.pk]),
    }
    pages = []
    for pattern in admin.site.get_urls():
        if not isinstance(pattern, URLPattern) or pattern.name is None:
            continue  # a ModelAdmin's URLs, or the catch-all that redirects to the login
        assert pattern.name in set(SITE_PAGES) | ACCOUNT, f"describe admin:{pattern.name}"
        if pattern.name == "app_list":
            apps = {model._meta.app_label for model in admin.site._registry}
            pages += [app_page(app) for app in sorted(apps)]
        elif pattern.name in ACCOUNT:
            pages.append(Page(reverse(f"admin:{pattern.name}"), "account", always(0)))
        else:
            pages.append(Page(urls[pattern.name], pattern.name, SITE_PAGES[pattern.name]))
    return pages + staff_pages(records)


SITE_PAGES = {
    "index": always(200),
    "jsi18n": always(200),
    "autocomplete": can("reviews.view_review"),
    "view_on_site": always(404),  # reviews have no address of their own on the admin
    "app_list": None,
}


def app_page(app_label: str) -> Page:
    opens = lambda user, request: 200 if user.has_module_perms(app_label) else 404  # noqa: E731
    return Page(reverse("admin:app_list", args=[app_label]), "app_list", opens)


def staff_pages(records) -> list[Page]:
    pdf = records["noticed"].notices.first()
    pdf.pdf.save("notice.pdf", _pdf_file(), save=True)
    urls = {
        "dashboard": reverse("dashboard"),
        "staff_media": reverse("staff_media", args=[pdf.pdf.name]),
        "agency_actions": reverse("agency_actions"),
        "agency_action": reverse(
            "agency_action", args=[records["published"].recommendations.get().actions.get().pk]
        ),
    }
    pages = []
    for pattern in get_resolver().url_patterns:
        if isinstance(pattern, URLPattern) and str(pattern.pattern).startswith("admin/"):
            assert pattern.name in STAFF_PAGES, f"describe {pattern.name} in STAFF_PAGES"
            pages.append(Page(urls[pattern.name], pattern.name, STAFF_PAGES[pattern.name]))
    return pages


STAFF_PAGES = {"dashboard": can("reviews.view_review"), "staff_media": can("reviews.view_review")}
# An action owner's own pages (tests/test_action_owners.py): for action owners of an agency only
STAFF_PAGES["agency_actions"] = lambda user, request: 200 if agency_of(user) else 403
STAFF_PAGES["agency_action"] = STAFF_PAGES["agency_actions"]  # a police action, published


def _pdf_file():
    from django.core.files.base import ContentFile

    return ContentFile(b"%PDF-1.4\n% a notice\n")


def every_page(records) -> list[Page]:
    pages = []
    for model, model_admin in admin.site._registry.items():
        pages += model_pages(model, model_admin, records)
    return pages + site_pages(records)


# --- The tests ----------------------------------------------------------------------------------


@pytest.fixture
def records(author, approver, manager):
    return make_staff_records(author=author, approver=approver, manager=manager)


def sign_in(client, request, role: str):
    """The role's user, signed in (None for anonymous), and a request as that user."""
    factory_request = RequestFactory().get("/")
    if role == "anonymous":
        factory_request.user = AnonymousUser()
        return None, factory_request
    user = request.getfixturevalue(role)
    client.force_login(user)
    factory_request.user = user
    return user, factory_request


def test_the_matrix_covers_every_model_and_page(records):
    pages = every_page(records)
    kinds = {page.kind for page in pages}
    urls = " ".join(page.url for page in pages)

    assert set(MODEL_VIEWS) | {"redirect"} <= kinds
    assert {"reviews_review_submit", "reviews_review_qa", "reviews_review_publication"} <= kinds
    assert {"dashboard", "staff_media", "index", "app_list", "account"} <= kinds
    for model in admin.site._registry:
        assert f"/{model._meta.app_label}/{model._meta.model_name}/" in urls
    for model in [
        m for m in admin.site._registry if m._meta.app_label in ("reviews", "publishing")
    ]:
        assert model.objects.exists(), f"make a {model.__name__} in make_staff_records"


@pytest.mark.parametrize("role", ROLES)
def test_every_staff_url_answers_the_role_as_its_permissions_say(client, request, records, role):
    """A GET opens what the role may see; a POST where the role may only view changes no row."""
    user, as_user = sign_in(client, request, role)
    pages = every_page(records)

    wrong = get_problems(client, pages, user, as_user)
    tried, post_problems = view_only_post_problems(client, pages, user)

    assert tried > 50
    assert wrong + post_problems == []


def get_problems(client, pages: list[Page], user, as_user) -> list[str]:
    """Each page's GET against what the role's permissions say it answers."""
    wrong = []
    for page in pages:
        response = finished(client.get(page.url))  # an exception here is a 500
        if user is None and page.kind == "account":
            expected = response.status_code if response.status_code in (200, 302) else 302
        elif user is None:
            expected = 302
            if response.status_code == 302 and not response.url.startswith(LOGIN):
                wrong.append(f"{page.url} sent anonymous to {response.url}")
        else:
            expected = page.opens(user, as_user) or response.status_code  # 0: any answer
        if response.status_code != expected:
            wrong.append(f"GET {page.url} ({page.kind}) answered {response.status_code}")
    return wrong


def view_only_post_problems(client, pages: list[Page], user) -> tuple[int, list[str]]:
    """POST to every page the role may only view; each must be refused and change no row.

    The whole database is compared (row counts and a hash of every table) after each POST.
    """
    tried, wrong = 0, []
    before = database_fingerprint()
    for page in pages:
        if page.kind == "account" or (user and any(map(user.has_perm, page.writes))):
            continue  # the role may change something here: the behaviour's own tests say what
        for data in page.posts:
            response = finished(client.post(page.url, data))
            tried += 1
            after = database_fingerprint()
            if changes := fingerprint_changes(before, after):
                wrong.append(f"POST {page.url} {data.get('do', '')} changed {changes}")
            before = after
            if not refused(page, user, response):
                wrong.append(f"POST {page.url} ({page.kind}) answered {response.status_code}")
    return tried, wrong


def finished(response):
    """The response, read to its end: a stored file's is streamed, and closed once read."""
    if response.streaming:
        b"".join(response.streaming_content)
    return response


def refused(page: Page, user, response) -> bool:
    """How a page that this role may only view answers a POST."""
    if user is None:
        return response.status_code == 302 and response.url.startswith(LOGIN)
    if page.kind in ("change", "add", "delete"):
        return response.status_code == 403
    if page.kind == "simple_history":
        return response.status_code in (403, 405)
    return response.status_code in (200, 302, 400, 403, 404, 405)
