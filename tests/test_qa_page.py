"""The QA page in the admin: approvers see the checks, sign, accept details and return drafts."""

import pytest
from django.urls import reverse

from reviews import services
from reviews.models import Review

from .factories import make_ready_review

pytestmark = pytest.mark.django_db

PLANTED = "On 14 March 2024 Kayleigh's mother took her to Riverside Surgery."


@pytest.fixture
def in_qa(author):
    review = make_ready_review(author=author, what_happened=PLANTED)
    review.protected_names.create(name="Kayleigh")
    services.review_submit(review=review, by=author)
    return review


def qa_url(review):
    return reverse("admin:reviews_review_qa", args=[review.pk])


def sign_post(criterion: str, digest: str, met: str | None = "yes", comment: str = "") -> dict:
    """What the QA page's form for one criterion posts: its fields carry the criterion's prefix."""
    prefix = f"criterion-{criterion}"
    data = {"do": "sign", "criterion": criterion, f"{prefix}-seen_hash": digest}
    data[f"{prefix}-comment"] = comment
    if met is not None:
        data[f"{prefix}-met"] = met
    return data


def accept_post(review, text: str, reason: str) -> dict:
    """What the QA page's form for the flagged detail `text` posts, under the detail's prefix."""
    pieces = services.current_version(review)[0]
    detail = next(d for d in services.flag_details(review, pieces) if d.finding.text == text)
    return detail_post(detail, reason)


def detail_post(detail, reason: str) -> dict:
    prefix = detail.anchor
    return {
        "do": "accept",
        "flag": detail.key,
        f"{prefix}-piece_key": detail.piece.key,
        f"{prefix}-kind": detail.finding.kind,
        f"{prefix}-text": detail.finding.text,
        f"{prefix}-reason": reason,
    }


def test_the_approver_sees_flags_readability_restrictions_and_changes(client, approver, in_qa):
    client.force_login(approver)

    page = client.get(qa_url(in_qa)).content.decode()

    assert "3 found, 3 unresolved" in page
    assert "<mark>14 March 2024</mark>" in page
    assert "<mark>Riverside Surgery</mark>" in page
    assert "Reading ease" in page
    assert "No restriction is in force" in page
    assert "No change since the version submitted for QA" in page
    assert page.count("Sign this criterion") == 5


def test_the_page_shows_what_changed_since_the_last_sign_off(client, approver, author, in_qa):
    client.force_login(approver)
    digest = services.current_version(in_qa)[2]
    client.post(qa_url(in_qa), sign_post("a", digest))
    in_qa.summary = "A new summary line."
    in_qa.save()

    page = client.get(qa_url(in_qa)).content.decode()

    assert "<ins>+ A new summary line.</ins>" in page
    assert "Compared with the last sign-off" in page


def test_signing_through_the_page_records_the_sign_off(client, approver, in_qa):
    client.force_login(approver)
    digest = services.current_version(in_qa)[2]

    response = client.post(qa_url(in_qa), sign_post("b", digest))

    assert response.status_code == 302
    assert response.url == qa_url(in_qa) + "#criterion-b"
    assert services.live_signoffs(in_qa)["b"].signed_by == approver


def test_a_missing_verdict_is_a_form_error_and_nothing_is_signed(client, approver, in_qa):
    client.force_login(approver)
    digest = services.current_version(in_qa)[2]

    response = client.post(qa_url(in_qa), sign_post("b", digest, met=None))

    assert response.status_code == 200
    assert "Choose met or not met." in response.content.decode()
    assert not services.live_signoffs(in_qa)


def test_a_refused_sign_off_shows_the_reason(client, approver, in_qa):
    client.force_login(approver)
    digest = services.current_version(in_qa)[2]

    response = client.post(qa_url(in_qa), sign_post("d", digest))

    assert response.status_code == 200  # shown with the form, not lost in a redirect
    assert "Criterion (d) cannot be signed" in response.content.decode()
    assert not services.live_signoffs(in_qa)


def test_the_approver_accepts_a_detail_with_a_reason(client, approver, in_qa):
    client.force_login(approver)
    client.post(qa_url(in_qa), accept_post(in_qa, "Riverside Surgery", "Closed in 2015."))

    page = client.get(qa_url(in_qa)).content.decode()
    assert "3 found, 2 unresolved" in page
    assert "Closed in 2015." in page


def test_the_whole_flow_ends_in_qa_approved(client, approver, author, in_qa):
    in_qa.what_happened = "In March 2024 Mother took Child C to the GP practice."
    in_qa.save()
    client.force_login(approver)
    for criterion in "abcde":
        digest = services.current_version(in_qa)[2]
        client.post(qa_url(in_qa), sign_post(criterion, digest))

    in_qa.refresh_from_db()
    assert in_qa.status == Review.Status.QA_APPROVED


def test_the_approver_returns_a_review_to_draft(client, approver, in_qa):
    client.force_login(approver)

    response = client.post(qa_url(in_qa), {"do": "return", "reasons": "Remove the full date."})

    assert response.status_code == 302
    in_qa.refresh_from_db()
    assert in_qa.status == Review.Status.DRAFT


def test_returning_without_reasons_is_a_form_error(client, approver, in_qa):
    client.force_login(approver)

    response = client.post(qa_url(in_qa), {"do": "return", "reasons": ""})

    assert "Say why the review is going back to draft." in response.content.decode()
    in_qa.refresh_from_db()
    assert in_qa.status == Review.Status.IN_QA


def test_an_unknown_request_changes_nothing(client, approver, in_qa):
    client.force_login(approver)

    response = client.post(qa_url(in_qa), {"do": "publish-now"}, follow=True)

    assert "not understood" in response.content.decode()


def test_the_auditor_cannot_open_the_qa_page_or_see_private_names(client, auditor, in_qa):
    client.force_login(auditor)

    assert client.get(qa_url(in_qa)).status_code == 403
    change = client.get(reverse("admin:reviews_review_change", args=[in_qa.pk])).content.decode()
    # the name appears only inside the report text itself, never as the private list
    assert change.count("Kayleigh") == 1
    assert 'name="protected_names-0-name"' not in change
    assert "Names that must not appear" not in change


def test_staff_submit_from_the_review_page(client, author):
    review = make_ready_review(author=author)
    client.force_login(author)
    change = client.get(reverse("admin:reviews_review_change", args=[review.pk])).content.decode()
    assert "Save and submit for QA" in change

    response = client.post(reverse("admin:reviews_review_submit", args=[review.pk]), follow=True)

    review.refresh_from_db()
    assert review.status == Review.Status.IN_QA
    assert "Submitted for quality assurance" in response.content.decode()


def test_an_incomplete_submit_from_the_page_shows_the_reasons(client, author):
    review = make_ready_review(author=author, summary="")
    client.force_login(author)

    response = client.post(reverse("admin:reviews_review_submit", args=[review.pk]), follow=True)

    assert "summary is empty" in response.content.decode()
    review.refresh_from_db()
    assert review.status == Review.Status.DRAFT


def test_editing_an_approved_review_in_the_admin_warns_and_returns_it_to_qa(
    client, approver, author, in_qa
):
    from .factories import sign_all

    in_qa.what_happened = "In March 2024 Mother took Child C to the GP practice."
    in_qa.save()
    sign_all(in_qa, approver)
    finding = in_qa.findings.get()
    client.force_login(author)
    url = reverse("admin:reviews_finding_change", args=[finding.pk])
    data = {"order": "1", "title": finding.title, "text": "A sharper finding."}
    warned = client.post(url, data)  # asks first (tests/test_warn_before_void.py)
    assert "Saving will void the" in warned.content.decode()

    response = client.post(url, {**data, "confirm_void": warned.context["void_token"]}, follow=True)

    assert "must be signed off again" in response.content.decode()
    in_qa.refresh_from_db()
    assert in_qa.status == Review.Status.IN_QA
