"""Corrections of a published report (issue 20): proposed by one person, approved or refused by a
second who did not propose it; only on approval do the public page, its stored page, search, the
PDF, the open data and the feed change, and the report lists the dated correction note."""

from __future__ import annotations

import csv
import io
import json

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from publishing.models import Correction, StalePdf
from publishing.services import catalogue, corrections, files, page_cache, report_pages
from reviews import services as review_services
from reviews.models import Agency, ProtectedName, Review, TextVersion
from reviews.services import TransitionError

from .factories import make_approved_review, make_user
from .public_helpers import at, fresh_cache, make_public_review  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

APPROVAL_DAY = at(2027, 3, 3)
NOTE = "the list of agencies involved and the title"


@pytest.fixture(autouse=True)
def _cache_on(settings):
    settings.PUBLIC_CACHE_SECONDS = 300
    page_cache._new_generation()


@pytest.fixture
def report(author):
    review = make_public_review(
        author=author, title="Learning from Child K", summary="Health visitors saw Child K."
    )
    review.agencies.set(Agency.objects.filter(slug="police"))
    return review


def agencies(*slugs) -> list[Agency]:
    return list(Agency.objects.filter(slug__in=slugs))


def propose(review, by, **changes) -> Correction:
    return corrections.correction_propose(review=review, by=by, changes=changes, note=NOTE)


def public_views(client, review) -> tuple[str, dict, dict]:
    """The report page, its row in /reviews.json and in /reviews.csv, as readers get them."""
    page = client.get(reverse("publishing:review", args=[review.slug])).content.decode()
    rows = json.loads(b"".join(client.get("/reviews.json").streaming_content))["reviews"]
    text = b"".join(client.get("/reviews.csv").streaming_content).decode().lstrip("\ufeff")
    lines = list(csv.DictReader(io.StringIO(text)))
    row = next(r for r in rows if r["reference"] == review.reference)
    line = next(r for r in lines if r["reference"] == review.reference)
    return page, row, line


def test_the_public_reads_the_old_values_until_a_second_person_approves(
    client, report, author, approver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        correction = propose(
            report,
            author,
            title="Learning from Child K (corrected)",
            agencies=agencies("health-visiting"),
        )
    page, row, line = public_views(client, report)  # the cached copies, kept
    assert "Learning from Child K (corrected)" not in page and "Corrections" not in page
    assert report_pages.stored(report.slug, today=timezone.localdate()).html == page
    assert row["title"] == line["title"] == "Learning from Child K"
    assert row["agencies"] == [Agency.objects.get(slug="police").name]

    with (
        time_machine.travel(APPROVAL_DAY, tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        corrections.correction_approve(correction=correction, by=approver)

    assert report_pages.stored(report.slug, today=timezone.localdate()).html is None  # stale
    page, row, line = public_views(client, report)
    assert "Learning from Child K (corrected)" in page
    assert "Corrected on 3 March 2027: the list of agencies involved and the title" in page
    assert '<h2 id="corrections">Corrections</h2>' in page
    assert "Last corrected on 3 March 2027" in page
    assert row["title"] == line["title"] == "Learning from Child K (corrected)"
    assert row["agencies"] == [Agency.objects.get(slug="health-visiting").name]
    assert Agency.objects.get(slug="health-visiting").name in line["agencies"]
    feed = client.get(reverse("publishing:feed")).content.decode()
    assert "Learning from Child K (corrected)" in feed


def test_approval_marks_the_pdf_stale_and_search_finds_the_new_words(
    client, report, author, manager, django_capture_on_commit_callbacks
):
    StalePdf.objects.all().delete()
    correction = propose(report, author, summary="Midwives and health visitors saw Child K.")
    assert not StalePdf.objects.filter(key=f"report/{report.pk}").exists()
    with django_capture_on_commit_callbacks(execute=True):
        corrections.correction_approve(correction=correction, by=manager)
    assert StalePdf.objects.filter(key=f"report/{report.pk}").exists()
    found = client.get(reverse("publishing:reviews"), {"q": "midwives"}).content.decode()
    assert report.title in found


def test_the_pdf_is_rendered_with_the_new_values_and_the_corrections_section(
    report, author, approver
):
    def pdf_text() -> str:
        fresh = catalogue.with_page_data(Review.objects.filter(pk=report.pk)).get()
        return files.pdf_html("report", fresh, today=timezone.localdate())

    correction = propose(report, author, title="Learning from Child K (corrected)")
    assert "Corrections" not in pdf_text()
    with time_machine.travel(APPROVAL_DAY, tick=False):
        corrections.correction_approve(correction=correction, by=approver)
    text = pdf_text()
    assert "Learning from Child K (corrected)" in text
    assert f"Corrected on 3 March 2027: {NOTE}" in text


def test_only_the_values_that_differ_are_kept_and_the_review_is_untouched(report, author):
    before = Review.objects.get(pk=report.pk)
    correction = propose(
        report, author, title=report.title, sex=Review.Sex.FEMALE, content_warning=True
    )
    assert correction.changes == {"sex": "female"}
    assert correction.state == Correction.State.PROPOSED
    report.refresh_from_db()
    assert (report.sex, report.updated_at) == (before.sex, before.updated_at)
    assert correction.history.get().history_change_reason == "Proposed"


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"slug": "another-address"}, "These cannot be corrected: slug."),
        ({"reference": "NEL-2099-01"}, "These cannot be corrected: reference."),
        ({"author": 1}, "These cannot be corrected: author."),
        ({"no_such_field": "x"}, "These cannot be corrected: no_such_field."),
        ({"age_band": "99_to_100"}, "is not a valid choice"),
        ({"incident_year": "last year"}, "Incident year: enter a valid value."),
        ({"incident_year": 1066}, "greater than or equal to 1990"),
        ({"decision_date": "31/02/2026"}, "Date of the decision"),
        ({"themes": [999999]}, "Choose the themes from the list."),
        ({"themes": [10**30]}, "Choose the themes from the list."),
        ({"themes": [True]}, "Choose the themes from the list."),
        ({"agencies": "police"}, "Choose the agencies involved from the list."),
        ({"title": ""}, "This field cannot be blank."),
        ({}, "Nothing differs from what the report shows now"),
    ],
)
def test_a_bad_proposal_is_refused_with_the_reason_and_nothing_is_kept(
    report, author, changes, message
):
    with pytest.raises(TransitionError, match=message.replace("(", r"\(")):
        propose(report, author, **changes)
    assert not Correction.objects.exists()


def test_a_note_is_required_and_only_a_published_report_is_corrected(report, author):
    with pytest.raises(TransitionError, match="Say what was corrected"):
        corrections.correction_propose(review=report, by=author, changes={"sex": "male"}, note=" ")
    for status in (Review.Status.REMOVED, Review.Status.WITHDRAWN, Review.Status.IN_QA):
        Review.objects.filter(pk=report.pk).update(status=status)
        report.refresh_from_db()
        with pytest.raises(TransitionError, match="Only a published report is corrected"):
            propose(report, author, sex=Review.Sex.MALE)
    assert not Correction.objects.exists()


def test_roles_that_may_not_propose_are_refused(report, approver, auditor):
    for user in (approver, auditor):
        with pytest.raises(TransitionError, match="Only business-unit staff"):
            propose(report, user, sex=Review.Sex.MALE)


def test_the_proposer_never_approves_their_own_and_a_second_person_does(
    report, manager, approver, author
):
    correction = propose(report, manager, sex=Review.Sex.MALE)
    with pytest.raises(TransitionError, match="someone else must approve it"):
        corrections.correction_approve(correction=correction, by=manager)
    with pytest.raises(TransitionError, match="Only a QA approver or a partnership manager"):
        corrections.correction_approve(correction=correction, by=author)
    report.refresh_from_db()
    assert report.sex == Review.Sex.NOT_STATED

    corrections.correction_approve(correction=correction, by=approver)
    report.refresh_from_db()
    correction.refresh_from_db()
    assert report.sex == Review.Sex.MALE
    assert (correction.state, correction.decided_by) == (Correction.State.APPROVED, approver)
    assert correction.replaced == {"sex": "not_stated"}
    with pytest.raises(TransitionError, match="already approved"):
        corrections.correction_approve(correction=correction, by=approver)


def test_a_private_name_or_part_of_one_can_never_be_approved(report, author, approver):
    ProtectedName.objects.create(review=report, name="Tyler Smith")
    correction = propose(report, author, summary="Smith's mother moved away in spring.")
    refusal = corrections.approval_refusal(correction, approver)
    assert refusal == corrections.NAME_REFUSED
    assert "Smith" not in refusal
    with pytest.raises(TransitionError, match="private list"):
        corrections.correction_approve(correction=correction, by=approver)
    report.refresh_from_db()
    assert report.summary == "Health visitors saw Child K."

    corrections.correction_refuse(correction=correction, by=approver, reason=refusal)
    correction.refresh_from_db()
    assert (correction.state, correction.decision_reason) == ("refused", refusal)


def test_refusal_and_withdrawal_leave_the_report_and_every_decision_is_in_the_history(
    report, author, manager, approver
):
    refused = propose(report, author, sex=Review.Sex.MALE)
    with pytest.raises(TransitionError, match="Say why"):
        corrections.correction_refuse(correction=refused, by=approver, reason=" ")
    own = propose(report, manager, sex=Review.Sex.FEMALE)
    with pytest.raises(TransitionError, match="withdraw it instead"):
        corrections.correction_refuse(correction=own, by=manager, reason="No")
    corrections.correction_withdraw(correction=own, by=manager)
    corrections.correction_refuse(correction=refused, by=approver, reason="The sex is not stated.")
    withdrawn = propose(report, author, sex=Review.Sex.FEMALE)
    with pytest.raises(TransitionError, match="Only the person who proposed"):
        corrections.correction_withdraw(correction=withdrawn, by=manager)
    corrections.correction_withdraw(correction=withdrawn, by=author)
    with pytest.raises(TransitionError, match="already withdrawn by its proposer"):
        corrections.correction_approve(correction=withdrawn, by=approver)

    report.refresh_from_db()
    assert report.sex == Review.Sex.NOT_STATED
    rows = refused.history.order_by("history_id")
    assert [(row.history_change_reason, row.history_user) for row in rows] == [
        ("Proposed", author),
        ("Refused", approver),
    ]
    assert [row.history_user for row in withdrawn.history.order_by("history_id")] == [
        author,
        author,
    ]
    assert withdrawn.history.latest().state == Correction.State.WITHDRAWN


def test_an_approval_is_in_the_reviews_history_with_its_themes_and_agencies(
    report, author, approver
):
    correction = propose(report, author, agencies=agencies("health-visiting", "police"))
    rows_before = report.history.count()
    corrections.correction_approve(correction=correction, by=approver)
    assert report.history.count() == rows_before + 1
    row = report.history.latest()
    assert row.history_change_reason == f"Correction {correction.pk} approved"
    assert row.history_user == approver
    recorded = {link.agency.slug for link in row.agencies.all()}
    assert recorded == {"health-visiting", "police"}


def test_the_sign_off_stands_for_the_corrected_text_and_the_version_notes_the_correction(
    client, author, approver, manager
):
    review = make_approved_review(author=author, approver=approver)
    Review.objects.filter(pk=review.pk).update(
        status=Review.Status.PUBLISHED, published_at=timezone.now()
    )
    review.refresh_from_db()
    signed = review_services.current_version(review)[2]
    correction = propose(review, author, summary="A corrected plain-English summary.")
    with time_machine.travel(APPROVAL_DAY, tick=False):
        corrections.correction_approve(correction=correction, by=manager)

    review.refresh_from_db()
    digest = review_services.current_version(review)[2]
    assert digest != signed  # the signed text changed...
    version = TextVersion.objects.get(review=review, content_hash=digest)
    assert version.corrects == signed  # ...by this correction, which the version notes
    assert version.note == f"Corrected on 3 March 2027: {NOTE}"
    assert review_services.signoff_is_valid(review)  # so the sign-off still stands

    client.force_login(approver)
    page = client.get(reverse("admin:reviews_review_qa", args=[review.pk])).content.decode()
    assert "for an earlier version of the text" not in page
    assert "Approved corrections since publication" in page
    assert f"Corrected on 3 March 2027: {NOTE}" in page


def test_an_unapproved_edit_still_leaves_the_sign_off_for_an_earlier_version(author, approver):
    review = make_approved_review(author=author, approver=approver)
    review.summary = "Edited in QA, not by a correction."
    review.save()
    assert not review_services.signoff_is_valid(review)


def test_two_corrections_of_the_same_report_chain_back_to_the_signed_text(
    author, approver, manager
):
    review = make_approved_review(author=author, approver=approver)
    Review.objects.filter(pk=review.pk).update(
        status=Review.Status.PUBLISHED, published_at=timezone.now()
    )
    review.refresh_from_db()
    for summary in ("First corrected summary.", "Second corrected summary."):
        correction = propose(review, author, summary=summary)
        corrections.correction_approve(correction=correction, by=manager)
    assert TextVersion.objects.filter(review=review).exclude(corrects="").count() == 2
    assert review_services.signoff_is_valid(review)


def test_a_stranger_to_the_roles_is_refused_everything(report, author):
    stranger = make_user("stranger")
    with pytest.raises(TransitionError):
        propose(report, stranger, sex=Review.Sex.MALE)
    correction = propose(report, author, sex=Review.Sex.MALE)
    with pytest.raises(TransitionError):
        corrections.correction_approve(correction=correction, by=stranger)
    with pytest.raises(TransitionError):
        corrections.correction_refuse(correction=correction, by=stranger, reason="No")


def test_a_private_name_in_the_note_readers_will_see_is_never_approved_either(
    report, author, approver
):
    ProtectedName.objects.create(review=report, name="Tyler Smith")
    correction = corrections.correction_propose(
        review=report, by=author, changes={"sex": "male"}, note="the sex Tyler Smith gave"
    )
    assert corrections.approval_refusal(correction, approver) == corrections.NAME_REFUSED
    with pytest.raises(TransitionError, match="private list"):
        corrections.correction_approve(correction=correction, by=approver)
