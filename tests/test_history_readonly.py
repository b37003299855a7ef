"""History is evidence: its pages open read-only for everyone who may see the record, nobody
(superusers included) changes anything through them, and every history row carries the review's
true themes and agencies."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory
from django.urls import reverse

from publishing.models import Delivery, Recipient
from reviews import services
from reviews.admin import HistoryAdmin
from reviews.models import Review, Theme

from .factories import make_ready_review, make_user
from .staff_records import THEMES, hostile_form, make_staff_records, snapshot, tracked_admins

pytestmark = pytest.mark.django_db

ROLES = ["author", "approver", "manager", "auditor", "outsider", "superuser"]


@pytest.fixture
def superuser(db):
    return make_user("root", is_superuser=True)


@pytest.fixture
def records(author, approver, manager):
    return make_staff_records(author=author, approver=approver, manager=manager)


def rows_to_try(records) -> list:
    """A row of every tracked model in the admin, and every review (a locked one among them)."""
    rows = [model.objects.order_by("pk").first() for model in tracked_admins() if model != Review]
    return [row for row in rows if row is not None] + list(records.values())


def version_url(row, version=None) -> str:
    opts = row._meta
    version = version or row.history.earliest()
    name = f"admin:{opts.app_label}_{opts.model_name}_simple_history"
    return reverse(name, args=[row.pk, version.history_id])


def history_url(row) -> str:
    opts = row._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[row.pk])


def test_every_tracked_model_in_the_admin_uses_the_one_base():
    tracked = tracked_admins()

    assert {Review, Recipient, Delivery} <= set(tracked)
    assert [model for model, ma in tracked.items() if not isinstance(ma, HistoryAdmin)] == []
    with_history = {
        model
        for model in admin.site._registry
        if getattr(model._meta, "simple_history_manager_attribute", None)
    }
    assert with_history == set(tracked)  # no tracked model is shown without its history


@pytest.mark.parametrize("role", ROLES)
def test_a_post_to_any_history_version_changes_nothing(client, request, records, role):
    client.force_login(request.getfixturevalue(role))
    refused = []

    for row in rows_to_try(records):
        before, versions = snapshot(row), row.history.count()
        response = client.post(version_url(row), hostile_form(row))
        if response.status_code not in (403, 405):
            refused.append(f"{row._meta.label} answered {response.status_code}")
        assert snapshot(row) == before, row._meta.label
        assert row.history.count() == versions, row._meta.label

    assert refused == []


def test_no_method_but_get_and_head_is_accepted_on_history_pages(client, superuser, records):
    client.force_login(superuser)
    review = records["published"]
    before = snapshot(review)

    for method in (client.post, client.put, client.patch, client.delete):
        assert method(version_url(review)).status_code == 405
        assert method(history_url(review)).status_code == 405
    assert client.head(version_url(review)).status_code == 200

    assert snapshot(review) == before


def test_the_auditor_can_no_longer_change_a_recipient_through_its_history(client, auditor):
    ofsted = Recipient.objects.get(body="ofsted")
    ofsted.save()  # its first history row
    data = {"name": "Ofsted", "email": "attacker@example.org", "_save": "Save"}
    # Control: django-simple-history's own view saves this POST from a role that may only view.
    upstream = request_as(auditor, "post", version_url(ofsted), data)
    admin_view = admin.site._registry[Recipient]
    version_id = ofsted.history.earliest().history_id
    super(HistoryAdmin, admin_view).history_form_view(upstream, str(ofsted.pk), str(version_id))
    ofsted.refresh_from_db()
    assert ofsted.email == "attacker@example.org"
    ofsted.email = "ofsted@example.gov.uk"
    ofsted.save()
    client.force_login(auditor)

    response = client.post(version_url(ofsted), data)

    assert response.status_code == 405
    ofsted.refresh_from_db()
    assert ofsted.email == "ofsted@example.gov.uk"


def request_as(user, method: str, path: str, data: dict):
    request = getattr(RequestFactory(), method)(path, data)
    request.user = user or AnonymousUser()
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    return request


@pytest.mark.parametrize("role", ROLES)
def test_history_pages_open_read_only_to_those_who_may_view(client, request, records, role):
    user = request.getfixturevalue(role)
    client.force_login(user)
    wrong = []

    for row in rows_to_try(records):
        opts = row._meta
        may_view = user.has_perm(f"{opts.app_label}.view_{opts.model_name}")
        for url in (history_url(row), version_url(row), version_url(row, row.history.latest())):
            response = client.get(url)
            if response.status_code != (200 if may_view else 403):
                wrong.append(f"{url} answered {response.status_code}")
            elif may_view:
                page = response.content.decode()
                if "<textarea" in page or 'name="_save"' in page or "Revert" in page:
                    wrong.append(f"{url} offers to change the record")

    assert wrong == []


def test_the_history_of_a_published_review_opens(client, auditor, records):
    published = records["published"]
    client.force_login(auditor)

    for version in published.history.all():
        response = client.get(version_url(published, version))
        assert response.status_code == 200
        assert published.title in response.content.decode()
    assert client.get(history_url(published)).status_code == 200


def test_a_bad_id_in_a_history_address_is_not_found(client, manager, records):
    client.force_login(manager)
    review = records["draft"]

    assert client.get(f"/admin/reviews/review/{review.pk}/history/x/").status_code == 404
    assert client.get("/admin/reviews/review/x/history/1/").status_code == 404
    assert client.get("/admin/reviews/review/x/history/").status_code == 404
    assert client.get(f"/admin/reviews/review/{review.pk}/history/999999/").status_code == 404


def themed_review(author) -> Review:
    review = make_ready_review(author=author)
    review.themes.set(Theme.objects.filter(slug__in=THEMES))
    review.agencies.set(review.recommendations.get().actions.values_list("agency", flat=True))
    return review


def changed_fields(review: Review) -> dict[str, list[str]]:
    """The history page's diff: history reason -> the fields it shows as changed."""
    rows = list(review.history.order_by("history_date", "history_id"))
    return {
        new.history_change_reason or new.get_history_type_display(): new.diff_against(
            old
        ).changed_fields
        for old, new in zip(rows, rows[1:], strict=False)
    }


def test_a_review_submitted_for_qa_shows_no_themes_or_agencies_change(client, author, manager):
    review = themed_review(author)

    services.review_submit(review=review, by=author)

    # The state fields are not editable, so the diff leaves them to the change reason.
    assert changed_fields(review)["Submitted for quality assurance"] == []
    submitted = review.history.latest()
    assert [row.theme.slug for row in submitted.themes.order_by("theme__slug")] == THEMES
    assert submitted.agencies.count() == 1
    client.force_login(manager)
    page = client.get(history_url(review)).context["page_obj"]
    [entry] = [
        row for row in page if row.history_change_reason == "Submitted for quality assurance"
    ]
    assert getattr(entry, "history_delta_changes", []) == []


def test_a_version_shows_the_themes_it_had_then(client, author, manager):
    review = themed_review(author)
    services.review_submit(review=review, by=author)
    submitted = review.history.latest()
    review.themes.clear()  # later, outside the record of that version
    client.force_login(manager)

    page = client.get(version_url(review, submitted)).content.decode()

    assert "Information sharing, Neglect" in page


def test_the_repair_gives_old_state_move_rows_the_themes_they_had(author):
    """The migration repairs rows written before `record_history` copied the m2m values."""
    review = themed_review(author)
    Review.objects.filter(pk=review.pk).update(status=Review.Status.IN_QA)
    Review.history.bulk_history_create(  # as record_history used to
        [Review.objects.get(pk=review.pk)], update=True, default_change_reason="Submitted"
    )
    assert changed_fields(review)["Submitted"] == ["agencies", "themes"]

    importlib.import_module("reviews.migrations.0008_history_records_m2m").repair(apps, None)

    assert changed_fields(review)["Submitted"] == []
    assert review.history.latest().themes.count() == len(THEMES)
