"""Managers send the pre-publication notice: the text is frozen to a tagged PDF and emailed."""

import datetime
import io

import pypdf
import pytest
from django.core import mail
from django.utils import timezone

from publishing import pdf
from publishing.models import Delivery, Notice, Recipient
from publishing.services import common, deliveries, notices, page_cache, scheduling
from reviews.models import Restriction, Review
from reviews.services import current_version

from .factories import deliver_notice, make_approved_review, set_recipient_emails

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved(author, approver):
    set_recipient_emails()
    return make_approved_review(author=author, approver=approver)


def test_it_freezes_the_version_and_queues_one_delivery_per_body(
    approved, manager, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        notice = notices.notice_send(review=approved, by=manager)

    approved.refresh_from_db()
    assert approved.status == Review.Status.NOTICE_SENT
    assert approved.history.first().history_user == manager
    assert notice.content_hash == current_version(approved)[2]
    assert notice.snapshot["reference"] == approved.reference
    bodies = sorted(notice.deliveries.values_list("recipient__body", flat=True))
    assert bodies == ["dfe", "ofsted", "panel"]
    assert set(notice.deliveries.values_list("state", flat=True)) == {Delivery.State.QUEUED}
    # the PDF render is queued only once the transaction commits (beside it: the page cache is
    # told of the review's move, tests/test_page_cache.py)
    assert len([c for c in callbacks if c is not page_cache._new_generation]) == 1


def test_the_worker_renders_a_tagged_pdf_once_and_stores_its_hash(approved, manager, caplog):
    notice = notices.notice_send(review=approved, by=manager)

    assert notices.notice_render(notice_id=notice.pk) is True
    assert notices.notice_render(notice_id=notice.pk) is False

    notice.refresh_from_db()
    with notice.pdf.open("rb") as handle:
        data = handle.read()
    assert notice.pdf_sha256 == pdf.sha256(data)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert approved.title in text
    assert "Recommendation 1" in text
    assert not [
        r
        for r in caplog.records
        if r.name.startswith("weasyprint") and "HarfBuzz" not in r.getMessage()
    ]  # stylesheet found


def test_the_notice_carries_each_actions_progress_as_it_stood_with_what_more_will_be_done(
    approved, manager
):
    from reviews.models import Action

    Action.objects.filter(recommendation__review=approved).update(
        impact="Fewer missed visits.", more_to_do="Audit the visits again in March."
    )
    notice = notices.notice_send(review=approved, by=manager)
    action = notice.snapshot["recommendations"][0]["actions"][0]
    assert action["impact"] == "Fewer missed visits."
    assert action["more_to_do"] == "Audit the visits again in March."

    notices.notice_render(notice_id=notice.pk)
    notice.refresh_from_db()
    with notice.pdf.open("rb") as handle:
        reader = pypdf.PdfReader(io.BytesIO(handle.read()))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "What more will be done" in text
    assert "Audit the visits again in March." in text


def test_each_recipient_gets_an_email_with_the_pdf_attached(approved, manager):
    notices.notice_send(review=approved, by=manager)

    deliver_notice(approved, now=timezone.now())

    assert sorted(message.to[0] for message in mail.outbox) == [
        "dfe@example.gov.uk",
        "ofsted@example.gov.uk",
        "panel@example.gov.uk",
    ]
    filename, content, mimetype = mail.outbox[0].attachments[0]
    assert filename.endswith("-prepublication.pdf") and mimetype == "application/pdf"
    assert content.startswith(b"%PDF")
    assert approved.reference in mail.outbox[0].subject
    assert set(Delivery.objects.values_list("state", flat=True)) == {Delivery.State.SENT}


def test_the_earliest_publication_date_is_seven_working_days_after_delivery(approved, manager):
    notices.notice_send(review=approved, by=manager)
    provisional = scheduling.earliest_publication(approved, today=datetime.date(2026, 11, 27))
    assert provisional.provisional

    sent = timezone.make_aware(datetime.datetime(2026, 11, 27, 10, 0))
    deliver_notice(approved, now=sent)
    Delivery.objects.update(sent_at=sent)

    earliest = scheduling.earliest_publication(approved, today=datetime.date(2026, 11, 28))
    assert (earliest.date, earliest.provisional) == (datetime.date(2026, 12, 8), False)


def test_a_double_click_sends_one_notice(approved, manager):
    notices.notice_send(review=approved, by=manager)
    stale = Review.objects.get(pk=approved.pk)
    stale.status = Review.Status.QA_APPROVED  # the page the second click came from

    with pytest.raises(common.TransitionError):
        notices.notice_send(review=stale, by=manager)

    assert Notice.objects.count() == 1
    assert Delivery.objects.count() == 3


def test_it_refuses_while_a_restriction_is_in_force(approved, manager):
    Restriction.objects.create(
        review=approved, kind="inquest", details="Adjourned.", started_on=datetime.date(2026, 1, 5)
    )

    with pytest.raises(common.TransitionError, match="A restriction is in force: Inquest"):
        notices.notice_send(review=approved, by=manager)

    approved.refresh_from_db()
    assert approved.status == Review.Status.QA_APPROVED
    assert not Notice.objects.exists()


def test_it_refuses_when_a_recipient_has_no_email_address(approved, manager):
    Recipient.objects.filter(body="dfe").update(email="")

    with pytest.raises(common.TransitionError, match="Department for Education has no email"):
        notices.notice_send(review=approved, by=manager)

    approved.refresh_from_db()
    assert approved.status == Review.Status.QA_APPROVED
    assert not Notice.objects.exists()


def test_it_refuses_a_review_that_is_not_qa_approved(author, manager):
    from .factories import make_ready_review

    with pytest.raises(common.TransitionError, match="QA-approved"):
        notices.notice_send(review=make_ready_review(author=author), by=manager)


def test_only_managers_send_notices(approved, author):
    with pytest.raises(common.TransitionError, match="Only partnership managers"):
        notices.notice_send(review=approved, by=author)


def test_a_text_change_after_the_notice_voids_it_and_returns_the_review_to_qa(
    approved, manager, author
):
    from reviews.services import review_text_changed

    notice = notices.notice_send(review=approved, by=manager)
    approved.summary = "A changed summary."
    approved.save()

    message = review_text_changed(review=approved, by=author)

    approved.refresh_from_db()
    notice.refresh_from_db()
    assert approved.status == Review.Status.IN_QA
    assert notice.voided_at is not None
    assert "notice is void" in message
    assert notices.live_notice(approved) is None
    assert Notice.objects.count() == 1  # the old one stays, void, in the record


def test_a_voided_notice_is_never_delivered(approved, manager, author):
    from reviews.services import review_text_changed

    notice = notices.notice_send(review=approved, by=manager)
    notices.notice_render(notice_id=notice.pk)
    approved.summary = "Changed before the worker got to it."
    approved.save()
    review_text_changed(review=approved, by=author)

    delivery = notice.deliveries.first()
    assert deliveries.delivery_attempt(delivery_id=delivery.pk, now=timezone.now()) is None
    assert mail.outbox == []


def test_rendering_a_notice_that_does_not_exist_does_nothing(db):
    assert notices.notice_render(notice_id=987654) is False
