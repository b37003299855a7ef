"""Everything the public reads is signed (issue 20): every field of `Review.PUBLIC_FIELDS` is in
the text a QA sign-off and the notice freeze, as the "Details" part, so changing any of them
voids them exactly as a change to the report does, after the same warning; the scanner reads
the free text among them with the private names."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

import pytest
import time_machine
from django.contrib import admin
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape

from publishing.services import notices
from reviews import services
from reviews.admin.voiding import WarnBeforeVoidAdmin
from reviews.models import Agency, Criterion, Review, Theme, details_piece, publishable_pieces
from reviews.services.flagged import PRIVATE_NAME_REFUSED

from .factories import make_ready_review, make_user, set_recipient_emails, sign_all
from .public_helpers import at
from .test_warn_before_void import SIGN_OFFS, WARNINGS, approved, review_post  # noqa: F401

pytestmark = pytest.mark.django_db

SENT = at(2026, 12, 2)
NOTICE = "the pre-publication notice sent on 2 December 2026 to Ofsted, the DfE and the Panel"
WARNINGS = {
    "approved": WARNINGS["approved"],
    "notice sent": f"Saving will void {SIGN_OFFS} and {NOTICE}. The review goes back to quality "
    "assurance: it must be signed off again and a new notice sent.",
}


@dataclass(frozen=True)
class Change:
    """A change of one public detail on the review's page, and how to tell it was saved."""

    posted: Callable[[dict], dict]
    saved: Callable[[Review], bool]


def _slugs(related) -> list[str]:
    return list(related.order_by("slug").values_list("slug", flat=True))


def _pks(model, *slugs) -> list[str]:
    return [str(pk) for pk in model.objects.filter(slug__in=slugs).values_list("pk", flat=True)]


CHANGES = {
    "free text": Change(
        lambda data: data | {"reviewer_name": "Dr Jo Marsh"},
        lambda review: review.reviewer_name == "Dr Jo Marsh",
    ),
    "choice": Change(
        lambda data: data | {"age_band": Review.AgeBand.UNDER_1},
        lambda review: review.age_band == Review.AgeBand.UNDER_1,
    ),
    "date": Change(
        lambda data: data | {"decision_date": "2026-05-04"},
        lambda review: review.decision_date == datetime.date(2026, 5, 4),
    ),
    "boolean": Change(
        lambda data: {key: value for key, value in data.items() if key != "content_warning"},
        lambda review: review.content_warning is False,
    ),
    "themes": Change(
        lambda data: data | {"themes": _pks(Theme, "neglect")},
        lambda review: _slugs(review.themes) == ["neglect"],
    ),
    "agencies": Change(
        lambda data: data | {"agencies": _pks(Agency, "police")},
        lambda review: _slugs(review.agencies) == ["police"],
    ),
}


@pytest.fixture(params=["approved", "notice sent"])
def state(request, approved, manager) -> tuple[str, Review]:  # noqa: F811
    if request.param == "notice sent":
        set_recipient_emails()
        with time_machine.travel(SENT, tick=False):
            notices.notice_send(review=approved, by=manager)
    return request.param, approved


@pytest.mark.parametrize("kind", CHANGES)
def test_a_change_of_any_public_detail_voids_the_sign_offs_and_notice_after_the_warning(
    client, author, state, kind
):
    name, review = state
    change = CHANGES[kind]
    url = reverse("admin:reviews_review_change", args=[review.pk])
    data = change.posted(review_post(review))
    client.force_login(author)

    warned = client.post(url, data)

    assert warned.status_code == 200
    assert warned.context["void_warning"] == WARNINGS[name]
    review.refresh_from_db()
    assert not change.saved(review)
    assert review.signoffs.filter(voided_at=None).count() == 5
    assert review.status == ("qa_approved" if name == "approved" else "notice_sent")

    box = {warned.context["void_field"]: warned.context["void_token"]}
    response = client.post(url, data | box)

    assert response.status_code == 302
    review.refresh_from_db()
    assert change.saved(review)
    assert review.status == Review.Status.IN_QA
    assert not review.signoffs.filter(voided_at=None).exists()
    assert notices.live_notice(review) is None
    assert review.notices.count() == (1 if name == "notice sent" else 0)  # void, kept


def test_every_page_that_saves_a_reviews_themes_or_agencies_warns_before_it_voids():
    through = {Review.themes.through, Review.agencies.through}
    routes = [
        model_admin
        for model, model_admin in admin.site._registry.items()
        if model is Review or through & {inline.model for inline in model_admin.inlines}
    ]
    assert routes and all(isinstance(route, WarnBeforeVoidAdmin) for route in routes)


def test_the_details_are_in_words_and_the_same_whatever_order_themes_were_added(author):
    review = make_ready_review(
        author=author, reference="NEL-2026-40", slug="nel-2026-40-child-d", reviewer_name="Jo Marsh"
    )
    first, second = Theme.objects.get(slug="neglect"), Theme.objects.get(slug="domestic-abuse")
    review.themes.add(first)
    review.themes.add(second)
    review.agencies.add(Agency.objects.get(slug="police"))
    digest = services.current_version(review)[2]

    review.themes.clear()
    review.themes.add(second)
    review.themes.add(first)

    assert services.current_version(review)[2] == digest
    assert details_piece(review).text == (
        "Reference: NEL-2026-40\n"
        "Web address: nel-2026-40-child-d\n"
        "Independent reviewer: Jo Marsh\n"
        "Type of review: Local child safeguarding practice review\n"
        "Death or serious harm: Serious harm\n"
        "Age of the child: 1 to 4\n"
        "Sex: Not stated\n"
        "Incident: March 2026\n"
        "Decision to hold the review: 1 May 2026\n"
        f"Learning themes: {second.name}; {first.name}\n"
        "Agencies involved: Police\n"
        "Content warning: Shown to readers"
    )
    assert [piece.key for piece in publishable_pieces(review)][:4] == [
        "title",
        "pseudonym",
        "summary",
        "details",
    ]


@pytest.fixture
def named_reviewer(author):
    """A review in QA whose independent reviewer and web address hold a private name."""
    review = make_ready_review(
        author=author, reviewer_name="Tyler Smith", slug="nel-2026-41-tyler-smith"
    )
    review.protected_names.create(name="Tyler Smith")
    services.review_submit(review=review, by=author)
    return review


def test_a_private_name_in_the_details_is_found_and_can_never_be_accepted(approver, named_reviewer):
    pieces = publishable_pieces(named_reviewer, for_scanner=True)

    found = [d for d in services.flag_details(named_reviewer, pieces) if d.piece.key == "details"]

    assert [(d.finding.kind, d.sentence()[1], d.refusal) for d in found] == [
        ("name", "tyler-smith", PRIVATE_NAME_REFUSED),
        ("name", "Tyler Smith", PRIVATE_NAME_REFUSED),
    ]
    with pytest.raises(services.TransitionError, match="private name"):
        services.identifier_accept(
            review=named_reviewer,
            by=approver,
            piece_key="details",
            kind="name",
            text="Tyler Smith",
            reason="It is the reviewer's own name.",
        )
    with pytest.raises(services.TransitionError, match="identifying details are unresolved"):
        sign_all(named_reviewer, approver, skip=tuple(set(Criterion.values) - {"d"}))


def test_the_qa_page_shows_the_details_part_with_the_name_marked_and_no_accept(
    client, approver, named_reviewer
):
    client.force_login(approver)

    page = client.get(reverse("admin:reviews_review_qa", args=[named_reviewer.pk])).content
    page = page.decode()

    assert "<strong>Name</strong> in Details:" in page
    assert '<h3 id="piece-details">Details</h3>' in page
    assert "Independent reviewer: <mark" in page and ">Tyler Smith</mark>" in page
    assert "Decision to hold the review: 1 May 2026" in page
    assert 'name="flag" value="details-' not in page  # nothing in the details to accept
    assert escape(PRIVATE_NAME_REFUSED) in page


def test_the_notice_freezes_the_details_and_its_pdf_shows_them(author, approver, manager):
    set_recipient_emails()
    review = make_ready_review(author=author, reviewer_name="Dr Jo Marsh", content_warning=False)
    review.themes.add(Theme.objects.get(slug="neglect"))
    services.review_submit(review=review, by=author)
    sign_all(review, approver)
    review.refresh_from_db()

    signed = dict(line.split(": ", 1) for line in details_piece(review).text.split("\n"))

    notice = notices.notice_send(review=review, by=manager)
    review.reviewer_name = "Someone Else"  # the snapshot is what was sent, whatever happens
    review.save()

    notice.refresh_from_db()
    details = {row["label"]: row["value"] for row in notice.snapshot["details"]}
    assert details == signed
    assert details["Independent reviewer"] == "Dr Jo Marsh"
    assert details["Content warning"] == "Not shown"
    html = render_to_string("notices/notice_pdf.html", {"notice": notice, **notice.snapshot})
    assert '<th scope="row">Independent reviewer</th><td>Dr Jo Marsh</td>' in html
    assert '<th scope="row">Learning themes</th><td>Neglect</td>' in html


def test_a_theme_or_agency_a_signed_review_names_is_not_renamed_nor_deleted(
    client, author, approver, manager
):
    neglect, police = Theme.objects.get(slug="neglect"), Agency.objects.get(slug="police")
    signed = make_ready_review(author=author)  # police owns its action
    signed.themes.add(neglect)
    services.review_submit(review=signed, by=author)
    sign_all(signed, approver)
    client.force_login(manager)

    for entry in (neglect, police):
        url = reverse(f"admin:reviews_{entry._meta.model_name}_change", args=[entry.pk])
        response = client.post(url, {"name": "Renamed", "slug": entry.slug})

        assert response.status_code == 200
        assert response.context["adminform"].form.errors["name"] == [
            "This cannot be renamed now: it is part of the signed-off text of "
            f"{signed.reference}, which are in quality assurance or awaiting publication. It "
            "can be renamed once they are published, or taken off them first (which voids "
            "their sign-offs, after a warning)."
        ]
        entry.refresh_from_db()
        assert entry.name != "Renamed"
    client.force_login(make_user("root", is_superuser=True))
    url = reverse("admin:reviews_theme_delete", args=[neglect.pk])
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Theme.objects.filter(pk=neglect.pk).exists()
    assert services.signoff_is_valid(signed)


def test_a_theme_no_signed_review_names_is_renamed(client, manager, author):
    review = make_ready_review(author=author)  # a draft: nothing signed
    theme = Theme.objects.get(slug="neglect")
    review.themes.add(theme)
    client.force_login(manager)

    url = reverse("admin:reviews_theme_change", args=[theme.pk])
    response = client.post(url, {"name": "Neglect and deprivation", "slug": theme.slug})

    assert response.status_code == 302
    theme.refresh_from_db()
    assert theme.name == "Neglect and deprivation"
