"""The rare decision not to publish: referred to the National Panel, its advice recorded, and the
final decision notified to Ofsted, the DfE and the Panel."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from publishing.models import Decision, Delivery, Notice
from publishing.services import common, decisions, notices
from reviews.models import Review

from .factories import deliver_notice, make_approved_review, set_recipient_emails

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved(author, approver):
    set_recipient_emails()
    return make_approved_review(author=author, approver=approver)


def decide(review, manager):
    return decisions.decision_record(
        review=review,
        by=manager,
        reasons="Publication would identify the surviving sibling, who faces press interest.",
    )


def advise(decision, manager, challenges: bool):
    decisions.decision_advice_record(
        decision=decision,
        by=manager,
        advised_on=timezone.localdate(),
        advice="The Panel asks the partnership to publish the learning in some form.",
        challenges=challenges,
        today=timezone.localdate(),
    )
    decision.refresh_from_db()
    return decision


def test_the_decision_is_referred_to_the_panel_alone(approved, manager):
    decision = decide(approved, manager)

    approved.refresh_from_db()
    assert approved.status == Review.Status.NOT_PUBLISHED
    referral = decision.referral
    assert referral.kind == Notice.Kind.REFERRAL
    assert list(referral.deliveries.values_list("recipient__body", flat=True)) == ["panel"]
    deliver_notice(approved, now=timezone.now())
    assert [m.to for m in mail.outbox] == [["panel@example.gov.uk"]]
    assert "sibling" in mail.outbox[0].body
    assert decision.stage == "Awaiting Panel advice"


def test_a_challenge_then_improvements_only_goes_back_to_the_notice_step(approved, manager):
    decision = advise(decide(approved, manager), manager, challenges=True)

    decisions.decision_finalise(
        decision=decision,
        by=manager,
        outcome=Decision.Outcome.IMPROVEMENTS_ONLY,
        reasons="We will publish the findings, recommendations and actions without the report.",
    )

    approved.refresh_from_db()
    decision.refresh_from_db()
    assert approved.status == Review.Status.QA_APPROVED
    assert approved.publication_mode == Review.Mode.IMPROVEMENTS_ONLY
    final = decision.final_notice
    assert sorted(final.deliveries.values_list("recipient__body", flat=True)) == [
        "dfe",
        "ofsted",
        "panel",
    ]
    assert "The Panel challenged the original decision." in final.message
    # and from here the normal path: the notice, then publication
    notices.notice_send(review=approved, by=manager)
    approved.refresh_from_db()
    assert approved.status == Review.Status.NOTICE_SENT


def test_a_final_decision_not_to_publish_keeps_it_unpublished_and_tells_all_three(
    approved, manager
):
    decision = advise(decide(approved, manager), manager, challenges=False)

    decisions.decision_finalise(
        decision=decision, by=manager, outcome=Decision.Outcome.NOT_PUBLISH, reasons="Risk of harm."
    )

    approved.refresh_from_db()
    assert approved.status == Review.Status.NOT_PUBLISHED
    assert approved.history.first().history_change_reason == "Final decision: not to publish"
    assert Delivery.objects.filter(notice__kind=Notice.Kind.FINAL_DECISION).count() == 3


def test_publish_in_full_returns_it_to_the_notice_step(approved, manager):
    decision = advise(decide(approved, manager), manager, challenges=True)

    decisions.decision_finalise(
        decision=decision, by=manager, outcome=Decision.Outcome.PUBLISH_FULL, reasons="Persuaded."
    )

    approved.refresh_from_db()
    assert (approved.status, approved.publication_mode) == ("qa_approved", Review.Mode.FULL)


def test_the_final_decision_waits_for_the_panels_advice(approved, manager):
    decision = decide(approved, manager)

    with pytest.raises(common.TransitionError, match="Record the Panel's advice before"):
        decisions.decision_finalise(
            decision=decision, by=manager, outcome=Decision.Outcome.NOT_PUBLISH, reasons="x"
        )


def test_advice_is_recorded_once_with_a_sensible_date(approved, manager):
    decision = decide(approved, manager)
    with pytest.raises(common.TransitionError, match="between the decision and today"):
        decisions.decision_advice_record(
            decision=decision,
            by=manager,
            advised_on=timezone.localdate() + datetime.timedelta(days=1),
            advice="x",
            challenges=False,
            today=timezone.localdate(),
        )
    advise(decision, manager, challenges=False)

    with pytest.raises(common.TransitionError, match="already recorded"):
        advise(decision, manager, challenges=True)


def test_a_decision_needs_reasons_and_a_qa_approved_review(approved, manager, author):
    with pytest.raises(common.TransitionError, match="Give the reasons"):
        decisions.decision_record(review=approved, by=manager, reasons="")
    from .factories import make_ready_review

    with pytest.raises(common.TransitionError):
        decisions.decision_record(
            review=make_ready_review(author=author), by=manager, reasons="Harm."
        )
