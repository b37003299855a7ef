"""Every admin page loads for each role that may see it and is refused for the others.

The pages that matter most, with what each role should get spelled out; the full matrix of
every staff URL, derived from the permissions, is tests/test_staff_access_matrix.py."""

import pytest
from django.urls import reverse

from reviews.models import Agency, Theme

from .factories import make_action, make_finding, make_recommendation, make_review

pytestmark = pytest.mark.django_db

OK, FORBIDDEN = 200, 403

# page -> expected status for: author, approver, manager, auditor, outsider
MATRIX = {
    "review_changelist": (OK, OK, OK, OK, FORBIDDEN),
    "review_add": (OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
    "review_change": (OK, OK, OK, OK, FORBIDDEN),
    "review_history": (OK, OK, OK, OK, FORBIDDEN),
    "review_delete": (FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
    "finding_changelist": (OK, OK, OK, OK, FORBIDDEN),
    "finding_change": (OK, OK, OK, OK, FORBIDDEN),
    "recommendation_changelist": (OK, OK, OK, OK, FORBIDDEN),
    "recommendation_change": (OK, OK, OK, OK, FORBIDDEN),
    "recommendation_history": (OK, OK, OK, OK, FORBIDDEN),
    "action_changelist": (OK, OK, OK, OK, FORBIDDEN),
    "action_add": (OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
    "action_change": (OK, OK, OK, OK, FORBIDDEN),
    "action_history": (OK, OK, OK, OK, FORBIDDEN),
    "theme_changelist": (OK, OK, OK, OK, FORBIDDEN),
    "theme_add": (FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
    "agency_change": (OK, OK, OK, OK, FORBIDDEN),
    "agency_add": (FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
}
PERSONAS = ["author", "approver", "manager", "auditor", "outsider"]


@pytest.fixture
def records(author):
    review = make_review(author=author)
    recommendation = make_recommendation(review)
    return {
        "review": review,
        "finding": make_finding(review),
        "recommendation": recommendation,
        "action": make_action(recommendation),
        "theme": Theme.objects.first(),
        "agency": Agency.objects.first(),
    }


def page_url(page: str, records: dict) -> str:
    model, view = page.split("_", 1)
    name = f"admin:reviews_{model}_{view}"
    if view in ("changelist", "add"):
        return reverse(name)
    return reverse(name, args=[records[model].pk])


@pytest.mark.parametrize("page", MATRIX)
@pytest.mark.parametrize("index", range(len(PERSONAS)), ids=PERSONAS)
def test_each_page_answers_each_role_as_the_matrix_says(client, request, records, page, index):
    user = request.getfixturevalue(PERSONAS[index])
    client.force_login(user)

    response = client.get(page_url(page, records))

    expected = MATRIX[page][index]
    if expected == OK:
        assert response.status_code == OK
    else:
        # Django admin answers 403, or sends a user it has nothing for back to the index
        assert response.status_code in (FORBIDDEN, 302)
        if response.status_code == 302:
            assert response.url.startswith(reverse("admin:index"))


@pytest.mark.parametrize("page", MATRIX)
def test_anonymous_visitors_are_sent_to_log_in(client, records, page):
    response = client.get(page_url(page, records))

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_an_auditor_sees_the_review_read_only(client, auditor, records):
    client.force_login(auditor)
    review = records["review"]

    response = client.post(
        reverse("admin:reviews_review_change", args=[review.pk]), {"title": "Changed"}
    )

    assert response.status_code == FORBIDDEN
    review.refresh_from_db()
    assert review.title != "Changed"


PUBLISHING_PAGES = {
    # page -> expected status for: author, approver, manager, auditor, outsider
    "recipient_changelist": (OK, OK, OK, OK, FORBIDDEN),
    "notice_changelist": (OK, OK, OK, OK, FORBIDDEN),
    "delivery_changelist": (OK, OK, OK, OK, FORBIDDEN),
    "extension_changelist": (OK, OK, OK, OK, FORBIDDEN),
    "decision_changelist": (OK, OK, OK, OK, FORBIDDEN),
    "nonworkingday_add": (FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
    "copyrequest_changelist": (OK, OK, OK, OK, FORBIDDEN),
    "briefing_changelist": (OK, OK, OK, OK, FORBIDDEN),
    "learningsummary_changelist": (OK, OK, OK, OK, FORBIDDEN),
    "learningsummary_add": (OK, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
}


@pytest.mark.parametrize("page", PUBLISHING_PAGES)
@pytest.mark.parametrize("index", range(len(PERSONAS)), ids=PERSONAS)
def test_each_publishing_page_answers_each_role(client, request, page, index):
    client.force_login(request.getfixturevalue(PERSONAS[index]))
    model, view = page.split("_", 1)

    response = client.get(reverse(f"admin:publishing_{model}_{view}"))

    if PUBLISHING_PAGES[page][index] == OK:
        assert response.status_code == OK
    else:
        assert response.status_code in (FORBIDDEN, 302)


def test_a_manager_edits_a_recipient_address_and_a_bad_one_is_refused(client, manager):
    from publishing.models import Recipient

    ofsted = Recipient.objects.get(body="ofsted")
    client.force_login(manager)
    url = reverse("admin:publishing_recipient_change", args=[ofsted.pk])

    bad = client.post(url, {"name": "Ofsted", "email": "not-an-address"})
    assert "Enter a valid email address." in bad.content.decode()
    client.post(url, {"name": "Ofsted national team", "email": "team@example.gov.uk"})

    ofsted.refresh_from_db()
    assert (ofsted.name, ofsted.email) == ("Ofsted national team", "team@example.gov.uk")
    assert ofsted.history.first().history_user == manager
