"""Withdraw now: a partnership manager takes a published report off the website at once, inside
its 12 months and with actions open, after saying why and confirming; from the commit every
public address answers 410 with a neutral notice and nothing of it is listed, searched, fed,
exported or offered as a copy; the record, files and history stay."""

import datetime
import hashlib
import re

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from publishing.models import CopyRequest, PublicPdf, Withdrawal
from publishing.services import common, copy_requests, display, search, withdrawals
from reviews import roles
from reviews.models import ProtectedName, Review

from .factories import make_user
from .public_helpers import at, fresh_cache, make_briefing, make_public_review  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PUBLISHED = at(2026, 5, 1)  # seven months before "now": inside its 12 months
NOW = timezone.now()
TITLE = "Learning from the experiences of Child K"
DETAILS = "Order of the family court of 3 December, reference FD26P00123."


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PUBLIC_CACHE_SECONDS = 300


@pytest.fixture
def report(author):
    """A published report with two open actions, an approved briefing, stored PDFs and a
    search entry: everything a reader can reach."""
    review = make_public_review(
        author=author, published=PUBLISHED, actions=2, title=TITLE, pseudonym="Child K"
    )
    make_briefing(review)
    for kind in ("report", "briefing"):
        store_pdf(f"{kind}/{review.pk}", f"%PDF-1.4 {kind} of {review.reference}".encode())
    search.review_index(review.pk)
    return review


def store_pdf(key: str, data: bytes) -> PublicPdf:
    return PublicPdf.objects.create(
        key=key,
        version_hash=hashlib.sha256(data + key.encode()).hexdigest(),
        file=ContentFile(data, name="stored.pdf"),
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        rendered_at=timezone.now(),
    )


def public_urls(review) -> dict[str, str]:
    """Every public address that shows the report, or lists it."""
    slug = review.slug
    return {
        "page": f"/reviews/{slug}/",
        "briefing": f"/reviews/{slug}/briefing/",
        "report.pdf": f"/reviews/{slug}/report.pdf",
        "briefing.pdf": f"/reviews/{slug}/briefing.pdf",
        "home": "/",
        "list": "/reviews/",
        "search": "/reviews/?q=Child+K",
        "feed": "/feed/",
        "sitemap": "/sitemap.xml",
        "json": "/reviews.json",
        "json page": "/reviews.json?page=1&per_page=10",
        "csv": "/reviews.csv",
    }


OWN_ADDRESSES = {"page", "briefing", "report.pdf", "briefing.pdf"}


def body(response) -> str:
    """The whole body, read (a stored file's closed after)."""
    if not response.streaming:
        return response.content.decode(errors="replace")
    data = b"".join(response.streaming_content)
    if getattr(response, "file_to_stream", None) is not None:
        response.file_to_stream.close()
    return data.decode(errors="replace")


def withdraw(review, manager, grounds=Withdrawal.Reason.COURT_ORDER, details=DETAILS):
    return withdrawals.review_withdraw(
        review=review, by=manager, reason=grounds, details=details, now=timezone.now()
    )


def page(review) -> str:
    return reverse("admin:reviews_review_publication", args=[review.pk])


# --- Every public address, from the commit ------------------------------------------------------


def test_every_public_address_stops_showing_it_from_the_commit_with_caches_warm(
    client, report, manager, django_capture_on_commit_callbacks
):
    for name, url in public_urls(report).items():  # each read twice: stored and cached
        for _ in range(2):
            response = client.get(url)
            assert response.status_code == 200, name
            text = body(response)
        if name not in {"report.pdf", "briefing.pdf"}:
            assert report.slug in text, name

    with django_capture_on_commit_callbacks(execute=True):
        withdraw(report, manager)

    for name, url in public_urls(report).items():
        response = client.get(url)
        text = body(response)
        assert report.slug not in text or name in OWN_ADDRESSES, name
        assert TITLE not in text, name
        if name in OWN_ADDRESSES:
            assert response.status_code == 410, name
            assert "This report is not available" in text
            for private in (report.reference, "Child K", DETAILS, "court", "Request a copy"):
                assert private not in text, (name, private)
            assert response["Cache-Control"] == "no-store"
        else:
            assert response.status_code == 200, name


def test_it_is_not_offered_as_a_removed_report_and_no_copy_can_be_asked_for(
    client, report, manager
):
    withdraw(report, manager)

    assert report.slug not in client.get("/reviews/removed/").content.decode()
    form = client.get(f"/requests/new/?review={report.slug}").content.decode()
    assert TITLE not in form
    refused = client.post(
        "/requests/new/",
        {"review": report.pk, "name": "A Reader", "email": "reader@example.org", "purpose": "x"},
    )
    assert refused.status_code == 200 and not CopyRequest.objects.exists()
    with pytest.raises(common.TransitionError, match="removed from the website"):
        copy_requests.copy_request_create(
            review=report, name="A Reader", email="reader@example.org", now=timezone.now()
        )


def test_the_record_its_files_and_its_history_stay(report, manager):
    withdrawal = withdraw(report, manager)

    report.refresh_from_db()
    assert report.status == Review.Status.WITHDRAWN
    assert report.published_at == PUBLISHED  # the record of when it was published stays
    assert PublicPdf.objects.filter(key=f"report/{report.pk}").exists()
    moved = report.history.first()
    assert moved.history_user == manager
    assert moved.history_change_reason == (
        "Withdrawn from the website: A court order or reporting restriction"
    )
    recorded = withdrawal.history.get()
    assert (recorded.withdrawn_by, recorded.reason, recorded.details) == (
        manager,
        "court_order",
        DETAILS,
    )
    assert recorded.history_user == manager


# --- The Publication page: what will happen, then only on "Yes" --------------------------------


def test_the_page_says_exactly_what_will_happen_and_acts_only_on_yes(client, report, manager):
    client.force_login(manager)
    data = {"do": "withdraw", "grounds": "identification", "details": "A neighbour recognised it."}

    asked = client.post(page(report), data)

    text = asked.content.decode()
    assert f"Withdraw {report.reference} from the website now?" in text
    assert "a risk of identifying a child or family" in text
    assert "its addresses answer that the report is not available" in text
    assert "The managers and the QA approvers are emailed." in text
    report.refresh_from_db()
    assert report.status == Review.Status.PUBLISHED and not Withdrawal.objects.exists()

    done = client.post(page(report), {**data, "confirm": "yes"}, follow=True)

    assert "is withdrawn" in done.content.decode()
    report.refresh_from_db()
    assert report.status == Review.Status.WITHDRAWN
    withdrawal = Withdrawal.objects.get()
    assert (withdrawal.reason, withdrawal.details, withdrawal.withdrawn_by) == (
        "identification",
        "A neighbour recognised it.",
        manager,
    )
    shown = client.get(page(report)).content.decode()
    assert "Withdrawn from the website" in shown and "A neighbour recognised it." in shown


@pytest.mark.parametrize(
    "data, error",
    [
        ({}, "Choose why the report is being withdrawn."),
        ({"grounds": "bored"}, "Select a valid choice."),
        ({"grounds": "other", "details": "  "}, "“Other” needs the details."),
    ],
)
def test_a_withdrawal_without_a_good_reason_is_a_form_error(client, report, manager, data, error):
    client.force_login(manager)

    response = client.post(page(report), {"do": "withdraw", "confirm": "yes", **data})

    assert response.status_code == 200 and error in response.content.decode()
    report.refresh_from_db()
    assert report.status == Review.Status.PUBLISHED and not Withdrawal.objects.exists()


def test_only_a_report_on_the_website_or_removed_can_be_withdrawn(client, author, manager):
    draft = make_public_review(author=author, status=Review.Status.DRAFT, published_at=None)
    client.force_login(manager)

    refused = client.post(page(draft), {"do": "withdraw", "grounds": "legal_advice"}, follow=True)

    assert "this one is “Draft”" in refused.content.decode()
    draft.refresh_from_db()
    assert draft.status == Review.Status.DRAFT


def test_a_second_withdrawal_is_refused(report, manager):
    withdraw(report, manager)

    with pytest.raises(common.TransitionError, match="this one is “Withdrawn from the website”"):
        withdraw(report, manager)
    assert Withdrawal.objects.count() == 1


@pytest.mark.parametrize("role", ["author", "approver", "auditor"])
def test_no_other_staff_role_can_withdraw(client, report, request, role):
    user = request.getfixturevalue(role)
    client.force_login(user)

    data = {"do": "withdraw", "grounds": "court_order", "details": DETAILS, "confirm": "yes"}
    client.post(page(report), data)

    report.refresh_from_db()
    assert report.status == Review.Status.PUBLISHED and not Withdrawal.objects.exists()
    assert "Withdraw now" not in client.get(page(report)).content.decode()
    with pytest.raises(common.TransitionError, match="Only partnership managers"):
        withdraw(report, user)


def test_an_action_owner_cannot_reach_the_page_nor_withdraw(client, report):
    from reviews.models import Agency, AgencyMembership

    owner = make_user("owner", role=roles.ACTION_OWNER)
    AgencyMembership.objects.create(user=owner, agency=Agency.objects.get(slug="police"))
    client.force_login(owner)

    data = {"do": "withdraw", "grounds": "court_order", "details": DETAILS, "confirm": "yes"}
    assert client.post(page(report), data).status_code == 403
    report.refresh_from_db()
    assert report.status == Review.Status.PUBLISHED


def test_a_manager_sees_withdraw_now_on_a_published_report(client, report, manager):
    client.force_login(manager)

    text = client.get(page(report)).content.decode()

    assert 'id="withdraw"' in text and "Withdraw now…" in text
    chosen = client.get(page(report) + "?grounds=court_order").content.decode()
    assert re.search(r'value="court_order"[^>]*checked', chosen)
    assert not re.search(r'value="court_order"[^>]*checked', text)


# --- Telling the managers and QA approvers, through the worker ----------------------------------


def test_the_managers_and_qa_approvers_are_emailed_once_after_the_commit(
    report, manager, approver, author, mailoutbox, monkeypatch, django_capture_on_commit_callbacks
):
    for user, address in ((manager, "m@example.org"), (approver, "q@example.org")):
        user.email = address
        user.save()
    author.email = "author@example.org"
    author.save()
    queued = []
    monkeypatch.setattr(withdrawals, "task_queue", lambda name, *args: queued.append(args))

    with django_capture_on_commit_callbacks(execute=True):
        withdrawal = withdraw(report, manager)
    assert queued == [(withdrawal.pk,)]  # queued once it committed

    assert withdrawals.withdrawal_tell(withdrawal_id=withdrawal.pk, now=timezone.now())
    assert not withdrawals.withdrawal_tell(withdrawal_id=withdrawal.pk, now=timezone.now())

    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert sorted(message.to) == ["m@example.org", "q@example.org"]
    assert message.subject == f"Withdrawn from the website: {report.reference}"
    assert DETAILS in message.body and page(report) in message.body


def test_a_failed_email_is_tried_again_by_the_sweep(report, manager, monkeypatch, mailoutbox):
    import smtplib

    monkeypatch.setattr(withdrawals, "task_queue", lambda name, *args: True)
    withdrawal = withdraw(report, manager)

    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("gone")

    monkeypatch.setattr(withdrawals, "send_mail", refuse)
    assert not withdrawals.withdrawal_tell(withdrawal_id=withdrawal.pk, now=timezone.now())
    withdrawal.refresh_from_db()
    assert withdrawal.told_at is None
    assert withdrawals.withdrawals_tell_sweep(now=timezone.now()) == 1

    monkeypatch.undo()
    assert withdrawals.withdrawal_tell(withdrawal_id=withdrawal.pk, now=timezone.now())
    assert len(mailoutbox) == 1
    monkeypatch.setattr(withdrawals, "task_queue", lambda name, *args: True)
    assert withdrawals.withdrawals_tell_sweep(now=timezone.now()) == 0


def test_the_tell_sweep_runs_every_minute_from_beat():
    from nelscp.celery import app

    entries = {entry["task"]: entry["schedule"] for entry in app.conf.beat_schedule.values()}
    assert entries["publishing.withdrawals_tell_sweep"] == 60.0


# --- A withdrawn report can be removed from the website's lists but never listed again by a ----
# --- removal: withdrawing a removed report stops copies ------------------------------------------


def test_withdrawing_a_removed_report_stops_copies_until_it_ends(report, manager, approver):
    Review.objects.filter(pk=report.pk).update(status=Review.Status.REMOVED, removed_at=NOW)
    report.refresh_from_db()
    waiting = copy_requests.copy_request_create(
        review=report, name="A Reader", email="reader@example.org", now=timezone.now()
    )
    withdraw(report, manager)

    with pytest.raises(common.TransitionError, match="no copy can be sent"):
        copy_requests.copy_request_send(request=waiting, by=manager, now=timezone.now())

    withdrawals.review_republish(review=report, by=approver, note="Order ended.", now=NOW)
    report.refresh_from_db()
    assert report.status == Review.Status.REMOVED


def test_private_names_are_never_in_the_neutral_notice(client, report, manager):
    ProtectedName.objects.create(review=report, name="Kayden Smith")
    withdraw(report, manager, grounds="identification", details="Kayden Smith was named.")

    text = client.get(f"/reviews/{report.slug}/").content.decode()

    assert "Kayden" not in text and "identif" not in text


def test_on_site_until_counts_no_withdrawn_day_before_it_ends(report):
    until = display.on_site_until(report, today=datetime.date(2026, 12, 7))
    assert until.date == datetime.date(2027, 5, 1)
