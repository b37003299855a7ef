"""Requests for a copy of a removed report: the public form, its spam control, and staff
handling them in the admin."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from publishing.models import CopyRequest
from publishing.services import common, copy_requests, files
from reviews.models import Review

from .factories import make_user
from .public_helpers import at, fresh_cache, make_public_review  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

URL = "/requests/new/"


@pytest.fixture
def removed(author):
    return make_public_review(
        author=author,
        title="An older report",
        status=Review.Status.REMOVED,
        published=at(2024, 1, 10),
        removed_at=at(2026, 2, 1),
    )


def _valid(removed, **overrides) -> dict:
    data = {"review": removed.pk, "name": "Sam Reader", "email": "sam@example.org"}
    data.update(overrides)
    return data


@time_machine.travel(at(2026, 11, 27), tick=False)
def test_it_records_a_request_confirms_it_and_emails_the_reference(client, removed):
    response = client.post(
        URL, _valid(removed, organisation="University", purpose="Research"), follow=True
    )

    request = CopyRequest.objects.get()
    assert request.reference == f"CR-2026-{request.pk:05d}"
    assert request.status == CopyRequest.Status.RECEIVED
    assert request.due_on == datetime.date(2026, 12, 29)  # 20 working days, Christmas excluded
    assert (request.organisation, request.purpose) == ("University", "Research")
    page = response.content.decode()
    assert request.reference in page and "Tuesday 29 December 2026" in page
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["sam@example.org"]
    assert request.reference in mail.outbox[0].subject
    assert "An older report" in mail.outbox[0].body


def test_the_review_can_be_preselected_from_the_removed_page(client, removed):
    page = client.get(URL, {"review": removed.slug}).content.decode()

    assert f'<option value="{removed.pk}" selected>' in page


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"review": "", "name": "", "email": ""}, "Choose the report you would like a copy of."),
        ({"name": ""}, "Enter your name."),
        ({"email": ""}, "Enter your email address."),
        ({"email": "not-an-email"}, "Enter an email address in the correct format"),
        ({"email": "a@b"}, "Enter an email address in the correct format"),
        ({"name": "x" * 10_000}, "Your name must be 120 characters or fewer."),
        ({"purpose": "x" * 10_000}, "must be 2000 characters or fewer."),
        ({"organisation": "y" * 10_000}, "Organisation must be 200 characters or fewer."),
        ({"name": "<script>alert(1)</script>"}, "Your name must not contain &lt; or &gt;."),
        ({"review": "999999"}, "Choose one of the reports in the list."),
        ({"review": "'; DROP TABLE reviews_review; --"}, "Choose one of the reports in the list."),
        ({"website": "http://spam.example"}, "Leave this field empty."),
    ],
)
def test_bad_or_hostile_input_gets_form_errors_and_keeps_what_was_typed(
    client, removed, overrides, message
):
    data = _valid(removed, **{"purpose": "Keep <b>this</b>", **overrides})

    response = client.post(URL, data)

    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert message in page
    assert "Keep &lt;b&gt;this&lt;/b&gt;" in page or "purpose" in overrides
    assert "<script>alert(1)</script>" not in page
    assert not CopyRequest.objects.exists()
    assert not mail.outbox


def test_html_in_the_purpose_is_kept_as_text_and_never_rendered(client, removed, admin_client):
    client.post(URL, _valid(removed, purpose="<img src=x onerror=alert(1)>"))

    request = CopyRequest.objects.get()
    assert request.purpose == "<img src=x onerror=alert(1)>"
    page = admin_client.get(
        reverse("admin:publishing_copyrequest_change", args=[request.pk])
    ).content.decode()
    assert "<img src=x onerror" not in page


def test_the_rate_limit_holds_per_address(client, removed):
    for n in range(5):
        assert client.post(URL, _valid(removed, name=f"Person {n}")).status_code == 302

    blocked = client.post(URL, _valid(removed, name="Person 6"))
    other = client.post(URL, _valid(removed, name="Elsewhere"), REMOTE_ADDR="10.9.8.7")

    assert blocked.status_code == 429
    assert blocked["Retry-After"] == "3600"
    assert "Too many requests from your connection" in blocked.content.decode()
    assert 'value="Person 6"' in blocked.content.decode()  # nothing typed is lost
    assert other.status_code == 302
    assert CopyRequest.objects.count() == 6


def test_the_confirmation_page_without_a_request_goes_back_to_the_form(client):
    response = client.get(reverse("publishing:request_done"))

    assert response.status_code == 302 and response["Location"] == URL


# --- Staff handling ---------------------------------------------------------------------------


@pytest.fixture
def handler(db):
    from django.contrib.auth.models import Permission

    user = make_user("handler")
    codenames = ["view_copyrequest", "change_copyrequest", "handle_copyrequest"]
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


def _request(removed) -> CopyRequest:
    return copy_requests.copy_request_create(
        review=removed, name="Sam", email="sam@example.org", now=timezone.now()
    )


def _action(client, action: str, request: CopyRequest, **extra):
    data = {"action": action, "_selected_action": [request.pk], **extra}
    return client.post(reverse("admin:publishing_copyrequest_changelist"), data, follow=True)


def test_staff_email_the_report_pdf_and_the_sending_is_recorded(
    client, removed, handler, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    files.pdf_sweep(now=timezone.now())
    request = _request(removed)
    mail.outbox.clear()
    client.force_login(handler)

    _action(client, "start", request)
    request.refresh_from_db()
    assert request.status == CopyRequest.Status.IN_PROGRESS
    _action(client, "send", request)

    request.refresh_from_db()
    assert request.status == CopyRequest.Status.SENT
    assert request.sent_at is not None and request.handled_by == handler
    stored = files.pdf_latest(f"report/{removed.pk}")
    assert request.sent_pdf_sha256 == stored.sha256
    (message,) = mail.outbox
    filename, content, mimetype = message.attachments[0]
    assert mimetype == "application/pdf" and content[:4] == b"%PDF"
    assert request.history.first().history_change_reason == "Report sent"


def test_sending_before_the_pdf_is_rendered_says_so_and_changes_nothing(
    client, removed, handler, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    request = _request(removed)
    client.force_login(handler)

    page = _action(client, "send", request).content.decode()

    request.refresh_from_db()
    assert request.status == CopyRequest.Status.RECEIVED
    assert "still being prepared" in page


def test_staff_refuse_with_a_reason_the_requester_is_told(client, removed, handler):
    request = _request(removed)
    mail.outbox.clear()
    client.force_login(handler)

    form = _action(client, "refuse", request)
    assert "Reason, as the requester will read it" in form.content.decode()
    _action(client, "refuse", request, apply="1", reason="")
    request.refresh_from_db()
    assert request.status == CopyRequest.Status.RECEIVED
    _action(client, "refuse", request, apply="1", reason="The report is subject to a court order.")

    request.refresh_from_db()
    assert request.status == CopyRequest.Status.REFUSED
    assert request.refusal_reason == "The report is subject to a court order."
    assert "subject to a court order" in mail.outbox[0].body


def test_a_closed_request_cannot_be_answered_twice(removed, handler):
    request = _request(removed)
    copy_requests.copy_request_refuse(request=request, by=handler, reason="Duplicate request.")

    with pytest.raises(common.TransitionError, match="already"):
        copy_requests.copy_request_refuse(request=request, by=handler, reason="Again")


def test_a_user_without_the_permission_cannot_handle_requests(client, removed, outsider):
    from django.contrib.auth.models import Permission

    outsider.user_permissions.set(Permission.objects.filter(codename="view_copyrequest"))
    request = _request(removed)
    client.force_login(outsider)

    _action(client, "refuse", request, apply="1", reason="No")

    request.refresh_from_db()
    assert request.status == CopyRequest.Status.RECEIVED


def test_overdue_requests_are_highlighted(client, removed, handler):
    with time_machine.travel(at(2026, 1, 5), tick=False):
        late = _request(removed)
    on_time = _request(removed)
    client.force_login(handler)

    page = client.get(reverse("admin:publishing_copyrequest_changelist")).content.decode()

    assert page.count("OVERDUE") == 1
    assert late.reference in page and on_time.reference in page
