"""Bad input on a staff form is a form error (or a refusal with a message), never a 500 and never
a row written: a row's key that is not a key (not ASCII digits, negative, too big, another
review's), and a number or a year written in other digits or out of range.

These are the cases a fuzzer found; tests/test_fuzz_staff_forms.py drives every form with
hostile input for every role.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from nelscp.admin import OTHER_ROW, is_key, whole_number
from publishing.models import Briefing, Delivery, LearningSummary
from publishing.services import notices
from reviews.models import Finding, Restriction, Review

from .factories import make_approved_review
from .form_fuzz import page_forms
from .staff_records import database_fingerprint, fingerprint_changes, make_staff_records
from .test_action_plan_page import plan_post, row

pytestmark = pytest.mark.django_db

NOT_KEYS = [
    "abc",
    "true",
    "1e308",
    "-1",
    "0",
    "１２",
    "١٢",
    "²",
    "9" * 30,
    "9" * 5000,
    "1.0",
    "0x1f",
]
NOT_KEYS += ["1_2"]


@pytest.fixture
def records(author, approver, manager):
    return make_staff_records(author=author, approver=approver, manager=manager)


def test_a_key_is_ascii_digits_within_its_column():
    pk = Review._meta.pk

    assert [whole_number(value) for value in ["12", " 12 ", "-3", "１２", "1e3", "", None]] == [
        12,
        12,
        -3,
        None,
        None,
        None,
        None,
    ]
    assert is_key(pk, "1") and is_key(pk, str(2**63 - 1))
    assert not any(is_key(pk, value) for value in NOT_KEYS)


def test_a_review_that_is_not_a_key_is_a_form_error_on_the_briefing_and_restriction_forms(
    client, records, author, manager
):
    restriction = {"kind": "inquest", "details": "Opened.", "started_on": "2026-06-01"}
    client.force_login(author)
    briefings = [
        client.post(reverse("admin:publishing_briefing_add"), {"review": value})
        for value in NOT_KEYS
    ]
    client.force_login(manager)
    restrictions = [
        client.post(reverse("admin:reviews_restriction_add"), {"review": value, **restriction})
        for value in NOT_KEYS
    ]

    for response in briefings + restrictions:
        assert response.status_code == 200
        assert "review" in response.context["adminform"].form.errors
    assert Briefing.objects.count() == 1 and Restriction.objects.count() == 1  # the records'


def test_a_retry_names_a_delivery_of_this_review_or_nothing_is_sent(
    client, records, author, approver, manager
):
    noticed = records["noticed"]
    other = another_reviews_delivery(author=author, approver=approver, manager=manager)
    url = reverse("admin:reviews_review_publication", args=[noticed.pk])
    client.force_login(manager)
    before = database_fingerprint()

    answers = [client.post(url, {"do": "retry", "delivery": value}) for value in NOT_KEYS]
    elsewhere = client.post(url, {"do": "retry", "delivery": str(other.pk)})

    assert {response.status_code for response in answers} == {302}
    followed = client.get(url)
    assert "Choose a delivery of this review" in followed.text
    assert elsewhere.status_code == 404
    assert fingerprint_changes(before, database_fingerprint()) == []


def another_reviews_delivery(*, author, approver, manager) -> Delivery:
    review = make_approved_review(author=author, approver=approver)
    notices.notice_send(review=review, by=manager)
    return Delivery.objects.filter(notice__review=review).first()


def test_a_summary_year_is_ascii_digits_in_range(client, records, author):
    client.force_login(author)
    url = reverse("admin:publishing_learningsummary_add")

    for year in ["0", "１２３", "٢٠٢٥", "99999", "-5", "1989", "2101", "2025.0"]:
        response = client.post(url, {"year": year, "introduction": "What."})

        assert response.status_code == 200, year
        assert "year" in response.context["adminform"].form.errors, year
    assert list(LearningSummary.objects.values_list("year", flat=True)) == [2025]  # the records'


def test_a_summary_year_in_ascii_digits_is_saved(client, records, author):
    client.force_login(author)

    response = client.post(
        reverse("admin:publishing_learningsummary_add"), {"year": "2024", "introduction": "What."}
    )

    assert response.status_code == 302
    assert LearningSummary.objects.filter(year=2024).exists()


def test_a_finding_number_is_ascii_digits_within_its_column(client, records, author):
    finding = records["draft"].findings.get()
    client.force_login(author)
    url = reverse("admin:reviews_finding_change", args=[finding.pk])

    for order in ["１", "²", "-1", "32768", "1e3"]:
        data = {"review": finding.review_id, "order": order, "title": "New", "text": "New text."}
        response = client.post(url, data)

        assert response.status_code == 200, order
        assert "order" in response.context["adminform"].form.errors, order
    assert Finding.objects.get(pk=finding.pk).title == finding.title


def test_rows_chosen_for_a_list_action_that_are_not_keys_do_nothing(client, records, author):
    client.force_login(author)
    url = reverse("admin:publishing_copyrequest_changelist")
    before = database_fingerprint()

    for chosen in (["abc"], [""], ["1", "1e308"], ["１"]):
        response = client.post(url, {"action": "start", "_selected_action": chosen, "index": "0"})

        assert response.status_code == 302, chosen
    assert "could not be read" in client.get(url).text
    assert fingerprint_changes(before, database_fingerprint()) == []


def test_another_reviews_row_is_refused_as_a_form_error(records, author, manager):
    """A row of another review posted where the page offers only this review's rows."""
    draft, published = records["draft"], records["published"]
    theirs = published.recommendations.get().actions.get()
    ours = draft.recommendations.get()
    as_author, as_manager = Client(), Client()
    as_author.force_login(author)
    as_manager.force_login(manager)
    before = database_fingerprint()

    plan = as_author.post(
        reverse("admin:reviews_review_action_plan", args=[draft.pk]),
        plan_post({ours: [row(ours.actions.get(), id=str(theirs.pk), description="Moved.")]}),
    )
    finding = as_author.post(
        reverse("admin:reviews_review_change", args=[draft.pk]),
        review_post(as_author, draft, {"findings-0-id": str(published.findings.get().pk)}),
    )
    extension = as_manager.post(
        reverse("admin:reviews_review_publication", args=[published.pk]),
        {"do": "extend", "until": "2030-01-01", "reason": "Linked.", "linked_review": published.pk},
    )

    assert plan.status_code == 200
    assert plan.context["plans"][0].formset.non_form_errors() == [OTHER_ROW]
    inlines = finding.context["inline_admin_formsets"]
    assert finding.status_code == 200
    assert [OTHER_ROW] in [list(inline.formset.non_form_errors()) for inline in inlines]
    assert extension.status_code == 200
    assert "linked_review" in extension.context["extend_form"].errors
    assert fingerprint_changes(before, database_fingerprint()) == []


def review_post(client: Client, review: Review, changes: dict) -> dict:
    """The review's change form as its page sends it, with `changes`."""
    url = reverse("admin:reviews_review_change", args=[review.pk])
    page = client.get(url).content.decode()
    return page_forms(page, url)[0].as_shown() | {"_save": "Save"} | changes
