"""A second person signs the five criteria for one version of the text."""

import pytest

from reviews import roles, services
from reviews.models import Criterion, IdentifierAcceptance, Review, SignOff, publishable_pieces

from .factories import make_finding, make_ready_review, make_user, sign_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_qa(author):
    review = make_ready_review(author=author)
    services.review_submit(review=review, by=author)
    return review


def sign(review, by, criterion="a", met=True, comment="", seen_hash=None):
    if seen_hash is None:
        seen_hash = services.current_version(review)[2]
    return services.signoff_record(
        review=review, by=by, criterion=criterion, met=met, comment=comment, seen_hash=seen_hash
    )


def test_all_five_criteria_met_make_the_review_qa_approved(in_qa, approver):
    sign_all(in_qa, approver)

    in_qa.refresh_from_db()
    assert in_qa.status == Review.Status.QA_APPROVED
    assert in_qa.history.first().history_user == approver
    assert services.signoff_is_valid(in_qa)


def test_four_criteria_leave_it_in_qa(in_qa, approver):
    sign_all(in_qa, approver, skip=("e",))

    in_qa.refresh_from_db()
    assert in_qa.status == Review.Status.IN_QA


def test_a_criterion_not_met_needs_a_comment_and_blocks_approval(in_qa, approver):
    with pytest.raises(services.TransitionError, match="Say why the criterion is not met"):
        sign(in_qa, approver, criterion="c", met=False)

    sign(in_qa, approver, criterion="c", met=False, comment="Section 2 is full of jargon.")
    sign_all(in_qa, approver, skip=("c",))
    in_qa.refresh_from_db()
    assert in_qa.status == Review.Status.IN_QA


def test_signing_again_replaces_the_earlier_judgement_and_keeps_it(in_qa, approver):
    sign(in_qa, approver, criterion="c", met=False, comment="Too long.")
    sign(in_qa, approver, criterion="c", met=True)

    live = services.live_signoffs(in_qa)
    assert live["c"].met is True
    assert SignOff.objects.filter(review=in_qa, criterion="c").count() == 2
    assert SignOff.objects.get(review=in_qa, criterion="c", met=False).void_reason == "Signed again"


def test_the_author_cannot_sign_their_own_review(author):
    both = make_user("both", role=roles.QA_APPROVER)
    both.groups.add(*author.groups.all())
    review = make_ready_review(author=both)
    services.review_submit(review=review, by=both)

    with pytest.raises(services.TransitionError, match="You wrote this review"):
        sign(review, both)

    assert not SignOff.objects.exists()


def test_someone_who_edited_the_text_since_submission_cannot_sign(in_qa):
    editor = make_user("editor", role=roles.QA_APPROVER)
    finding = in_qa.findings.get()
    finding.text, finding._history_user = "Edited by the approver.", editor
    finding.save()

    with pytest.raises(services.TransitionError, match="You changed this review"):
        sign(in_qa, editor)


def test_a_user_outside_the_qa_group_cannot_sign(in_qa, manager):
    with pytest.raises(services.TransitionError, match="QA approver group"):
        sign(in_qa, manager)


def test_a_stale_version_is_refused(in_qa, approver):
    seen = services.current_version(in_qa)[2]
    make_finding(in_qa, order=2, title="New", text="Added after the approver opened the page.")

    with pytest.raises(services.TransitionError, match="The report changed after you opened"):
        sign(in_qa, approver, seen_hash=seen)

    assert not SignOff.objects.exists()


def test_a_review_not_in_qa_cannot_be_signed(author, approver):
    review = make_ready_review(author=author)

    with pytest.raises(services.TransitionError, match="Only a review in QA"):
        sign(review, approver)


def test_a_text_change_after_approval_voids_sign_offs_and_returns_it_to_qa(in_qa, approver, author):
    sign_all(in_qa, approver)
    in_qa.refresh_from_db()
    in_qa.summary, in_qa._history_user = "A rewritten summary.", author
    in_qa.save()

    message = services.review_text_changed(review=in_qa, by=author)

    in_qa.refresh_from_db()
    assert in_qa.status == Review.Status.IN_QA
    assert "must be signed off again" in message
    assert not services.live_signoffs(in_qa)
    assert SignOff.objects.filter(review=in_qa).count() == 5  # kept, voided
    assert in_qa.history.first().history_change_reason.startswith("Back in QA")
    assert not services.signoff_is_valid(in_qa)


def test_a_change_that_is_not_to_the_text_keeps_the_sign_offs(in_qa, approver, author):
    sign_all(in_qa, approver)
    action = in_qa.recommendations.get().actions.get()
    action.evidence = "Audit file ref 12"  # the evidence note is internal, not published
    action.save()

    assert services.review_text_changed(review=in_qa, by=author) is None
    in_qa.refresh_from_db()
    assert in_qa.status == Review.Status.QA_APPROVED


def test_returning_to_draft_needs_reasons_and_voids_sign_offs(in_qa, approver):
    sign(in_qa, approver)
    with pytest.raises(services.TransitionError, match="Say why"):
        services.review_return_to_draft(review=in_qa, by=approver, reasons="  ")

    services.review_return_to_draft(review=in_qa, by=approver, reasons="Findings need evidence.")

    in_qa.refresh_from_db()
    assert in_qa.status == Review.Status.DRAFT
    assert "Findings need evidence" in in_qa.history.first().history_change_reason
    assert not services.live_signoffs(in_qa)


def test_criterion_d_waits_for_identifying_details_to_be_resolved(author, approver):
    review = make_ready_review(
        author=author, what_happened="Child C attended Oakfield Primary School."
    )
    services.review_submit(review=review, by=author)

    with pytest.raises(services.TransitionError, match="Criterion \\(d\\) cannot be signed"):
        sign(review, approver, criterion=Criterion.NO_REDACTION)

    details = services.unresolved_identifiers(review, publishable_pieces(review, for_scanner=True))
    assert [(d.finding.kind, d.finding.text) for d in details] == [
        ("school", "Oakfield Primary School")
    ]
    detail = details[0]
    services.identifier_accept(
        review=review,
        by=approver,
        piece_key=detail.piece.key,
        kind=detail.finding.kind,
        text=detail.finding.text,
        reason="The school closed in 2019 and is named in the national press already.",
    )
    sign(review, approver, criterion=Criterion.NO_REDACTION)
    assert IdentifierAcceptance.objects.get().accepted_by == approver


def test_editing_the_text_resolves_a_flagged_detail(author, approver):
    review = make_ready_review(
        author=author, what_happened="Child C attended Oakfield Primary School."
    )
    review.what_happened = "Child C attended a primary school."
    review.save()
    services.review_submit(review=review, by=author)

    sign(review, approver, criterion=Criterion.NO_REDACTION)


def test_a_protected_name_in_the_text_is_flagged(author, approver):
    review = make_ready_review(author=author, practice_issues="Kayleigh's mother was not seen.")
    review.protected_names.create(name="Kayleigh")
    services.review_submit(review=review, by=author)

    details = services.unresolved_identifiers(review, publishable_pieces(review, for_scanner=True))

    assert [(d.finding.kind, d.piece.key) for d in details] == [("name", "practice_issues")]


def test_accepting_needs_a_reason_and_a_detail_still_in_the_text(author, approver):
    review = make_ready_review(author=author, what_happened="Seen at Riverside Surgery.")
    services.review_submit(review=review, by=author)
    args = dict(review=review, by=approver, piece_key="what_happened", kind="gp_practice")

    with pytest.raises(services.TransitionError, match="Give the reason"):
        services.identifier_accept(**args, text="Riverside Surgery", reason="")
    with pytest.raises(services.TransitionError, match="no longer in the text"):
        services.identifier_accept(**args, text="Hillside Surgery", reason="Made up.")
    services.identifier_accept(**args, text="Riverside Surgery", reason="Closed practice.")
    with pytest.raises(services.TransitionError, match="already been accepted"):
        services.identifier_accept(**args, text="Riverside Surgery", reason="Again.")
