"""The correction pages: propose from the review, the list awaiting approval, and the decision
page with the diff and the scanner's findings, approval asked twice; every role on every URL,
and bad input answered with a form error or a 404, never a 500."""

from __future__ import annotations

import pytest
from django.urls import reverse

from publishing.models import Correction
from publishing.services import corrections
from reviews import roles
from reviews.models import Agency, ProtectedName, Review, Theme

from .factories import make_user
from .public_helpers import fresh_cache, make_public_review  # noqa: F401
from .staff_records import database_fingerprint, fingerprint_changes

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

ROLES = ["author", "approver", "manager", "auditor", "owner", "outsider"]


@pytest.fixture
def owner(db):
    return make_user("owner", role=roles.ACTION_OWNER)


@pytest.fixture
def report(author):
    review = make_public_review(
        author=author,
        title="Learning from Child K",
        summary="Health visitors saw Child K at home.",
        themes=["neglect"],
    )
    review.agencies.set(Agency.objects.filter(slug="police"))
    return review


@pytest.fixture
def proposed(report, author):
    return corrections.correction_propose(
        review=report,
        by=author,
        changes={"summary": "Health visitors and midwives saw Child K at home."},
        note="the agencies that saw Child K",
    )


def propose_url(review) -> str:
    return reverse("admin:publishing_correction_propose", args=[review.pk])


def decide_url(correction) -> str:
    return reverse("admin:publishing_correction_decide", args=[correction.review_id, correction.pk])


def current_form(review: Review, **changes) -> dict:
    """The propose form as it opens (the current values), with `changes`."""
    data = {
        "pseudonym": review.pseudonym,
        "title": review.title,
        "review_type": review.review_type,
        "harm": review.harm,
        "age_band": review.age_band,
        "sex": review.sex,
        "incident_month": str(review.incident_month),
        "incident_year": str(review.incident_year),
        "decision_date": review.decision_date.isoformat(),
        "themes": [str(pk) for pk in review.themes.values_list("pk", flat=True)],
        "agencies": [str(pk) for pk in review.agencies.values_list("pk", flat=True)],
        "reviewer_name": review.reviewer_name,
        "summary": review.summary,
        "what_happened": review.what_happened,
        "practice_issues": review.practice_issues,
        "what_needs_to_change": review.what_needs_to_change,
        "content_warning": "on" if review.content_warning else "",
        "note": "the learning themes",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


# --- Every role on every URL ------------------------------------------------------------------

OPENS = {
    # url -> the roles a GET opens it for (the rest: 403)
    "propose": {"author", "manager"},
    "decide": {"author", "approver", "manager", "auditor"},
    "changelist": {"author", "approver", "manager", "auditor"},
    "change": {"author", "approver", "manager", "auditor"},
    "history": {"author", "approver", "manager", "auditor"},
}


def urls(report, correction) -> dict[str, str]:
    return {
        "propose": propose_url(report),
        "decide": decide_url(correction),
        "changelist": reverse("admin:publishing_correction_changelist"),
        "change": reverse("admin:publishing_correction_change", args=[correction.pk]),
        "history": reverse("admin:publishing_correction_history", args=[correction.pk]),
    }


@pytest.mark.parametrize("role", ROLES)
def test_every_role_opens_exactly_the_pages_it_may(client, request, report, proposed, role):
    client.force_login(request.getfixturevalue(role))
    for name, url in urls(report, proposed).items():
        expected = 200 if role in OPENS[name] else 403
        assert client.get(url).status_code == expected, (name, role)


@pytest.mark.parametrize("role", ["approver", "auditor", "owner", "outsider"])
def test_no_post_by_a_role_that_may_not_change_anything(client, request, report, proposed, role):
    client.force_login(request.getfixturevalue(role))
    before = database_fingerprint()
    posts = [
        (propose_url(report), current_form(report, title="Changed by a role that may not")),
        (decide_url(proposed), {"do": "withdraw"}),
    ]
    if role != "approver":
        posts += [
            (decide_url(proposed), {"do": "approve", "confirm": "yes"}),
            (decide_url(proposed), {"do": "refuse", "reason": "No."}),
        ]
    for url, data in posts:
        assert client.post(url, data).status_code == 403, (url, data)
    assert fingerprint_changes(before, database_fingerprint()) == []


def test_the_business_unit_cannot_approve_or_refuse(client, author, manager, report):
    correction = corrections.correction_propose(
        review=report, by=manager, changes={"sex": "male"}, note="the child's sex"
    )
    client.force_login(author)
    for data in ({"do": "approve", "confirm": "yes"}, {"do": "refuse", "reason": "No."}):
        assert client.post(decide_url(correction), data).status_code == 403
    correction.refresh_from_db()
    assert correction.state == Correction.State.PROPOSED


# --- The flow ---------------------------------------------------------------------------------


def test_the_review_page_links_to_propose_and_to_its_corrections(client, author, report):
    client.force_login(author)
    page = client.get(reverse("admin:reviews_review_change", args=[report.pk])).content.decode()
    assert propose_url(report) in page
    assert reverse("admin:publishing_correction_changelist") in page


def test_the_form_opens_with_the_public_values_and_keeps_only_what_changed(client, author, report):
    client.force_login(author)
    page = client.get(propose_url(report)).content.decode()
    assert "Health visitors saw Child K at home." in page
    assert 'name="slug"' not in page and 'name="reference"' not in page

    neglect, suicide = Theme.objects.get(slug="neglect"), Theme.objects.get(slug="suicide")
    data = current_form(report, themes=[str(neglect.pk), str(suicide.pk)])
    response = client.post(propose_url(report), data)

    correction = Correction.objects.get()
    assert response.status_code == 302 and response["Location"] == decide_url(correction)
    assert correction.changes == {"themes": sorted([neglect.pk, suicide.pk])}
    assert correction.note == "the learning themes"
    assert correction.proposed_by == author
    assert list(report.themes.all()) == [neglect]  # the public still reads the old themes


def test_the_decision_page_shows_the_words_changed_and_approval_is_asked_twice(
    client, approver, report, proposed
):
    client.force_login(approver)
    page = client.get(decide_url(proposed)).content.decode()
    assert "Health visitors<ins> and midwives</ins> saw Child K at home." in page
    assert "Plain-English summary" in page
    assert "Corrected on (the day it is approved): the agencies that saw Child K" in page

    asked = client.post(decide_url(proposed), {"do": "approve"})
    assert asked.status_code == 200
    assert "Yes, approve and correct the report" in asked.content.decode()
    proposed.refresh_from_db()
    report.refresh_from_db()
    assert proposed.state == Correction.State.PROPOSED
    assert report.summary == "Health visitors saw Child K at home."

    done = client.post(decide_url(proposed), {"do": "approve", "confirm": "yes"})
    assert done.status_code == 302
    report.refresh_from_db()
    assert report.summary == "Health visitors and midwives saw Child K at home."
    page = client.get(decide_url(proposed)).content.decode()
    assert "Before" in page and "Health visitors saw Child K at home." in page


def test_a_refusal_needs_a_reason_and_the_proposer_may_withdraw(
    client, author, approver, report, proposed
):
    client.force_login(approver)
    response = client.post(decide_url(proposed), {"do": "refuse", "reason": " "})
    assert response.status_code == 200
    assert "Say why the correction is refused." in response.content.decode()
    proposed.refresh_from_db()
    assert proposed.state == Correction.State.PROPOSED

    client.force_login(author)
    assert client.post(decide_url(proposed), {"do": "withdraw"}).status_code == 302
    proposed.refresh_from_db()
    assert (proposed.state, proposed.decided_by) == (Correction.State.WITHDRAWN, author)


def test_a_private_name_is_shown_masked_and_the_page_offers_no_approval(
    client, author, approver, auditor, report
):
    ProtectedName.objects.create(review=report, name="Tyler Smith")
    correction = corrections.correction_propose(
        review=report, by=author, changes={"summary": "Tyler saw Child K."}, note="who saw"
    )
    client.force_login(approver)
    page = client.get(decide_url(correction)).content.decode()
    assert "a name on the review&#x27;s private list" in page
    assert corrections.NAME_REFUSED.split(",")[0].replace("'", "&#x27;") in page
    assert 'value="approve"' not in page
    response = client.post(decide_url(correction), {"do": "approve", "confirm": "yes"})
    assert response.status_code == 200
    report.refresh_from_db()
    assert report.summary == "Health visitors saw Child K at home."

    client.force_login(auditor)  # who may not read the private names: the text is masked too
    page = client.get(decide_url(correction)).content.decode()
    assert "Tyler" not in page

    named = corrections.correction_propose(
        review=report, by=author, changes={"sex": "male"}, note="what Tyler Smith said"
    )
    for url in (
        decide_url(named),
        reverse("admin:publishing_correction_change", args=[named.pk]),
        reverse("admin:publishing_correction_history", args=[named.pk]),
        reverse(
            "admin:publishing_correction_simple_history",
            args=[named.pk, named.history.earliest().pk],
        ),
        reverse("admin:publishing_correction_changelist") + "?state=all",
    ):
        page = client.get(url).content.decode()
        assert "Tyler" not in page and "Smith" not in page, url


def test_the_list_shows_what_awaits_approval(client, approver, proposed, report):
    client.force_login(approver)
    page = client.get(reverse("admin:publishing_correction_changelist")).content.decode()
    assert "Corrections awaiting approval" in page
    assert decide_url(proposed) in page and "Approve or refuse" in page


# --- Bad input --------------------------------------------------------------------------------


def test_bad_addresses_are_404s(client, approver, author, report, proposed):
    other = make_public_review(author=author)
    client.force_login(approver)
    base = reverse("admin:publishing_correction_changelist")
    for url in (  # not ours: Django's old address of a change page, which says "no such row"
        f"{base}review/abc/propose/",
        f"{base}review/{report.pk}/abc/",
    ):
        response = client.get(url, follow=True)
        assert response.status_code == 200
        assert "doesn’t exist" in response.content.decode()
    for url in (
        f"{base}review/99999999999999999999/{proposed.pk}/",
        reverse("admin:publishing_correction_decide", args=[other.pk, proposed.pk]),
        reverse("admin:publishing_correction_decide", args=[report.pk, proposed.pk + 1000]),
        reverse("admin:publishing_correction_propose", args=[999999]),
    ):
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize(
    "changes, error",
    [
        ({"incident_year": "last year"}, "Enter a whole number."),
        ({"incident_month": "13"}, "Select a valid choice."),
        ({"themes": ["99999999999999999999"]}, "is not a valid value"),
        ({"agencies": ["abc"]}, "is not a valid value"),
        ({"decision_date": "2026-02-31"}, "Enter a valid date."),
        ({"note": ""}, "This field is required."),
        ({}, "Nothing differs from what the report shows now"),
    ],
)
def test_bad_input_on_the_form_is_an_error_on_the_page(client, author, report, changes, error):
    client.force_login(author)
    response = client.post(propose_url(report), current_form(report, **changes))
    assert response.status_code == 200
    assert error.replace("'", "&#x27;") in response.content.decode()
    assert not Correction.objects.exists()


def test_unknown_fields_posted_are_ignored(client, author, report):
    client.force_login(author)
    data = current_form(report, sex="male", slug="elsewhere", reference="X-1", status="draft")
    assert client.post(propose_url(report), data).status_code == 302
    assert Correction.objects.get().changes == {"sex": "male"}


def test_an_unknown_decision_is_a_form_error(client, approver, proposed):
    client.force_login(approver)
    response = client.post(decide_url(proposed), {"do": "delete"})
    assert response.status_code == 200
    proposed.refresh_from_db()
    assert proposed.state == Correction.State.PROPOSED


def test_a_review_that_is_not_published_cannot_be_corrected_from_its_page(client, author, report):
    Review.objects.filter(pk=report.pk).update(status=Review.Status.REMOVED)
    client.force_login(author)
    page = client.get(propose_url(report)).content.decode()
    assert "Only a published report is corrected" in page
    response = client.post(propose_url(report), current_form(report, sex="male"))
    assert response.status_code == 200
    assert not Correction.objects.exists()
