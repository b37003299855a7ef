"""After a withdrawal: a restriction on a report on the website is urgent until it is dealt with;
a withdrawn report comes back only through a QA approver who did not withdraw it, with no
restriction in force, or after its corrected text goes through sign-off and a new notice; and
its 12 months on the website do not count the days it was withdrawn."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from publishing.models import Delivery, PublicPdf, Withdrawal
from publishing.services import alerts, common, display, files, notices, scheduling, withdrawals
from reviews import roles
from reviews import services as reviews_services
from reviews.models import Action, Restriction, Review

from .factories import deliver_notice, make_user, set_recipient_emails, sign_all
from .public_helpers import at, complete, fresh_cache, make_public_review  # noqa: F401
from .test_withdrawal import store_pdf

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PUBLISHED = at(2025, 11, 2)
WITHDRAWN = at(2026, 3, 2)
BACK = at(2026, 5, 1)  # 60 days later
ORDER = "Reporting restriction order made by the Crown Court."


@pytest.fixture
def report(author):
    return make_public_review(author=author, published=PUBLISHED, actions=1)


def withdraw(review, by, now=WITHDRAWN):
    return withdrawals.review_withdraw(
        review=review, by=by, reason="court_order", details=ORDER, now=now
    )


def restrict(review, **fields) -> Restriction:
    fields = {"kind": Restriction.Kind.COURT_ORDER, "details": ORDER, **fields}
    return Restriction.objects.create(review=review, started_on=datetime.date(2026, 3, 1), **fields)


def page(review) -> str:
    return reverse("admin:reviews_review_publication", args=[review.pk])


# --- A restriction on a report on the website is urgent ----------------------------------------


def test_recording_a_court_order_on_a_published_report_offers_withdraw_now(client, report, manager):
    client.force_login(manager)
    data = {
        "review": report.pk,
        "kind": "court_order",
        "details": ORDER,
        "started_on": "2026-12-07",
    }

    saved = client.post(reverse("admin:reviews_restriction_add"), data, follow=True)

    restriction = Restriction.objects.get()
    assert saved.redirect_chain[-1][0] == reverse(
        "admin:reviews_restriction_change", args=[restriction.pk]
    )
    text = saved.content.decode()
    assert f"{report.reference} is on the website while this restriction is in force" in text
    assert f'href="{page(report)}?grounds=court_order#withdraw"' in text


def test_staff_who_cannot_withdraw_are_told_who_can(client, report, approver):
    restriction = restrict(report)
    client.force_login(approver)

    text = client.get(
        reverse("admin:reviews_restriction_change", args=[restriction.pk])
    ).content.decode()

    assert "A partnership manager can withdraw it now" in text
    assert "?grounds=court_order#withdraw" not in text


def test_it_is_the_dashboards_first_item_until_withdrawn(client, report, manager):
    restrict(report)
    client.force_login(manager)

    text = client.get(reverse("dashboard")).content.decode()

    urgent = text.index("On the website with a restriction in force")
    assert urgent < text.index("Notices to send")
    assert urgent < text.index("progress-chart") if "progress-chart" in text else True
    assert f'{page(report)}#withdraw"' in text
    withdraw(report, manager)
    assert (
        "On the website with a restriction in force"
        not in client.get(reverse("dashboard")).content.decode()
    )


def test_every_daily_alert_says_so_until_the_restriction_is_lifted(report, manager):
    manager.email = "manager@example.org"
    manager.save()
    restriction = restrict(report)

    for day in (7, 8):
        with time_machine.travel(at(2026, 12, day), tick=False):
            alerts.alerts_send(now=timezone.now())
    urgent = [m for m in mail.outbox if m.subject.startswith("Urgent: 1 report on the website")]
    assert len(urgent) == 2
    assert all(report.reference in m.body for m in urgent)

    reviews_services.restriction_lift(
        restriction=restriction, by=manager, note="Order discharged.", on=datetime.date(2026, 12, 8)
    )
    mail.outbox.clear()
    with time_machine.travel(at(2026, 12, 9), tick=False):
        alerts.alerts_send(now=timezone.now())
    assert not any("restriction in force" in m.subject for m in mail.outbox)


def test_a_publication_page_with_a_restriction_points_to_withdraw_now(client, report, manager):
    restrict(report)
    client.force_login(manager)

    text = client.get(page(report)).content.decode()

    assert "This report is on the website while a restriction is in force." in text
    assert '<a href="#withdraw">Withdraw it now</a>' in text


# --- Published again: a QA approver who did not withdraw it -------------------------------------


def test_a_qa_approver_who_did_not_withdraw_it_publishes_it_again(
    client, report, manager, approver
):
    withdraw(report, manager)
    client.force_login(approver)
    data = {"do": "republish", "note": "Legal advice confirms the order has ended."}

    with time_machine.travel(BACK, tick=False):
        asked = client.post(page(report), data)
        assert "Publish" in asked.content.decode() and "again?" in asked.content.decode()
        assert "do not count the 60 days it was withdrawn" in asked.content.decode()
        report.refresh_from_db()
        assert report.status == Review.Status.WITHDRAWN
        client.post(page(report), {**data, "confirm": "yes"})

    report.refresh_from_db()
    assert (report.status, report.days_withdrawn) == (Review.Status.PUBLISHED, 60)
    assert report.published_at == PUBLISHED
    withdrawal = Withdrawal.objects.get()
    assert (withdrawal.ended_by, withdrawal.ending) == (approver, "republished")
    moved = report.history.get(history_change_reason="Published again after a withdrawal")
    assert moved.history_user == approver
    assert client.get(f"/reviews/{report.slug}/").status_code == 200


def test_the_withdrawer_cannot_publish_it_again_even_as_a_qa_approver(report):
    both = make_user("lead", role=roles.MANAGER)
    both.groups.add(*type(both.groups.first()).objects.filter(name=roles.QA_APPROVER))
    withdraw(report, both)

    with pytest.raises(common.TransitionError, match="You withdrew it"):
        withdrawals.review_republish(review=report, by=both, note="Fine now.", now=BACK)
    report.refresh_from_db()
    assert report.status == Review.Status.WITHDRAWN


@pytest.mark.parametrize("role", ["author", "manager", "auditor"])
def test_only_a_qa_approver_can_publish_it_again(client, report, manager, request, role):
    withdraw(report, manager)
    user = request.getfixturevalue(role)
    client.force_login(user)

    client.post(page(report), {"do": "republish", "note": "Looks fine.", "confirm": "yes"})

    report.refresh_from_db()
    assert report.status == Review.Status.WITHDRAWN
    with pytest.raises(common.TransitionError, match="Only a QA approver"):
        withdrawals.review_republish(review=report, by=user, note="Looks fine.", now=BACK)


def test_it_cannot_be_published_again_while_a_restriction_is_in_force(
    client, report, manager, approver
):
    restriction = restrict(report)
    withdraw(report, manager)
    client.force_login(approver)

    refused = client.post(page(report), {"do": "republish", "note": "Checked."}, follow=True)

    assert "A restriction is in force (Court order or reporting restriction" in (
        refused.content.decode()
    )
    report.refresh_from_db()
    assert report.status == Review.Status.WITHDRAWN
    reviews_services.restriction_lift(
        restriction=restriction, by=manager, note="Discharged.", on=datetime.date(2026, 4, 1)
    )
    withdrawals.review_republish(review=report, by=approver, note="Order discharged.", now=BACK)
    report.refresh_from_db()
    assert report.status == Review.Status.PUBLISHED


def test_publishing_it_again_needs_what_was_checked(report, manager, approver):
    withdraw(report, manager)

    with pytest.raises(common.TransitionError, match="Say what you checked"):
        withdrawals.review_republish(review=report, by=approver, note=" ", now=BACK)


# --- The 12 months count the time on the website ----------------------------------------------


def test_the_12_months_do_not_count_the_days_it_was_withdrawn(client, report, manager, approver):
    complete(
        report.recommendations.get().actions.get(), on=datetime.date(2026, 1, 5), impact="Done."
    )
    withdraw(report, manager)
    withdrawals.review_republish(review=report, by=approver, note="Order ended.", now=BACK)
    report.refresh_from_db()
    due = datetime.date(2027, 1, 1)  # 2 November 2026 + 60 days

    assert display.on_site_until(report, today=due).date == due
    day_before = due - datetime.timedelta(days=1)
    problems = display.removal_problems(report, today=day_before)
    assert problems == [
        "It must stay on the website for 12 months (the 60 days it was withdrawn do not count), "
        "until Friday 1 January 2027."
    ]
    assert report not in display.eligible_for_removal(today=day_before)
    assert report in display.eligible_for_removal(today=due)
    assert display.removal_problems(report, today=due) == []
    # the daily sweep's pass over what changed finds it on the day
    since = timezone.make_aware(datetime.datetime(2026, 12, 31, 8))
    assert report.pk in display.reviews_changed(since=since, today=due)

    client.force_login(manager)
    with time_machine.travel(at(2026, 12, 7), tick=False):
        shown = client.get(page(report)).content.decode()
        public = client.get(f"/reviews/{report.slug}/").content.decode()
    assert "1 January 2027" in shown and "the 60 days it was withdrawn do not count" in shown
    assert "On this site until at least 1 January 2027" in public


# --- Reopened for correction: sign-off and a new notice again ------------------------------------


def test_a_corrected_report_comes_back_only_after_sign_off_and_a_new_notice(
    report, author, approver, manager
):
    set_recipient_emails()
    old = store_pdf(f"report/{report.pk}", b"%PDF-1.4 the text before correction")
    withdraw(report, manager)
    withdrawals.review_reopen_for_correction(
        review=report, by=manager, note="Remove the street name.", now=WITHDRAWN
    )
    report.refresh_from_db()
    assert report.status == Review.Status.DRAFT and not report.is_text_locked()
    old.refresh_from_db()
    assert old.key.startswith("withdrawn/") and PublicPdf.objects.filter(pk=old.pk).exists()
    assert files.report_pdf_latest(report.slug) is None

    report.what_happened = "Child K lived with Mother and two siblings in the town."
    report.save()
    reviews_services.review_submit(review=report, by=author)
    sign_all(report, approver)
    report.refresh_from_db()
    assert report.status == Review.Status.QA_APPROVED
    notices.notice_send(review=report, by=manager)
    deliver_notice(report, now=at(2026, 4, 1))
    Delivery.objects.update(sent_at=at(2026, 4, 1))
    scheduling.publication_schedule(review=report, by=manager, at=BACK, now=at(2026, 4, 2))
    assert Withdrawal.objects.get().in_force

    with time_machine.travel(BACK, tick=False):
        scheduling.publish_due(now=timezone.now())

    report.refresh_from_db()
    assert report.status == Review.Status.PUBLISHED
    assert (report.published_at, report.days_withdrawn) == (PUBLISHED, 60)
    withdrawal = Withdrawal.objects.get()
    assert (withdrawal.ending, withdrawal.ended_at) == ("corrected", BACK)
    assert report.notices.filter(voided_at__isnull=True).count() == 1


def test_only_a_manager_reopens_and_says_what_to_correct(report, manager, approver, author):
    withdraw(report, manager)

    for user in (approver, author):
        with pytest.raises(common.TransitionError, match="Only partnership managers"):
            withdrawals.review_reopen_for_correction(
                review=report, by=user, note="Fix it.", now=BACK
            )
    with pytest.raises(common.TransitionError, match="Say what must be corrected"):
        withdrawals.review_reopen_for_correction(review=report, by=manager, note="", now=BACK)
    report.refresh_from_db()
    assert report.status == Review.Status.WITHDRAWN


def test_an_open_action_does_not_stop_a_withdrawal(report, manager):
    assert report.recommendations.get().actions.get().status != Action.Status.COMPLETED
    assert display.removal_problems(report, today=datetime.date(2026, 3, 2))

    withdraw(report, manager)

    report.refresh_from_db()
    assert report.status == Review.Status.WITHDRAWN
