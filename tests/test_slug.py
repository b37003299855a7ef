"""A review's web address is made from its reference and pseudonym, never its title; an address
once given, above all a published one, never changes."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone

from reviews.models import Review
from reviews.services.slugs import slug_make

from .factories import make_review
from .test_admin_editing import inline, review_form

pytestmark = pytest.mark.django_db


def test_it_is_made_from_the_reference_and_pseudonym():
    assert slug_make(reference="NEL-2026-09", pseudonym="Child T") == "nel-2026-09-child-t"


def test_a_taken_address_gets_the_next_free_number(author):
    make_review(author=author, slug="nel-2026-09-child-t")
    make_review(author=author, slug="nel-2026-09-child-t-2")

    assert slug_make(reference="NEL-2026-09", pseudonym="Child T") == "nel-2026-09-child-t-3"


def test_a_long_pseudonym_is_cut_to_fit_with_its_number(author):
    long = "Child " + "x" * 200
    first = slug_make(reference="NEL-2026-09", pseudonym=long)
    make_review(author=author, slug=first)

    second = slug_make(reference="NEL-2026-09", pseudonym=long)

    assert len(first) == len(second) == 120
    assert second.endswith("-2")


def test_left_empty_on_the_form_it_is_made_when_saved(client, author):
    client.force_login(author)

    response = client.post(
        reverse("admin:reviews_review_add"),
        review_form(reference="NEL-2026-09", pseudonym="Child T", slug=""),
    )

    assert response.status_code == 302
    assert Review.objects.get(reference="NEL-2026-09").slug == "nel-2026-09-child-t"


def test_the_form_fills_it_in_from_the_reference_and_pseudonym_as_they_are_typed(rf, author):
    request = rf.get("/")
    request.user = author

    fields = admin.site._registry[Review].get_prepopulated_fields(request)

    assert list(fields["slug"]) == ["reference", "pseudonym"]


def test_an_address_given_stays_when_the_pseudonym_changes(client, author):
    review = make_review(author=author, reference="NEL-2026-07", slug="child-g")
    client.force_login(author)
    data = review_form(reference="NEL-2026-07", pseudonym="Child H", slug="child-g")
    data.update(inline("findings", []))
    data.update(inline("recommendations", []))

    response = client.post(reverse("admin:reviews_review_change", args=[review.pk]), data)

    assert response.status_code == 302
    review.refresh_from_db()
    assert (review.pseudonym, review.slug) == ("Child H", "child-g")


def test_a_published_address_never_changes(client, author):
    review = make_review(
        author=author,
        reference="NEL-2026-07",
        slug="old-public-address",
        status=Review.Status.PUBLISHED,
        published_at=timezone.now(),
    )
    client.force_login(author)
    data = review_form(reference="NEL-2026-07", slug="")
    data.update(inline("findings", []))
    data.update(inline("recommendations", []))

    client.post(reverse("admin:reviews_review_change", args=[review.pk]), data)

    review.refresh_from_db()
    assert review.slug == "old-public-address"
