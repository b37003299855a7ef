"""The copy-request form refuses addresses at an IP address and text that hides its direction,
each with an error naming the field, and keeps what was typed."""

from __future__ import annotations

import html

import pytest
from django.core import mail

from publishing.models import CopyRequest
from reviews.models import Review

from .public_helpers import at, fresh_cache, make_public_review  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

URL = "/requests/new/"
IP_ADDRESS = "Enter an email address with a domain name, like name@example.com, not an IP address."
DIRECTION = "must not contain hidden characters that change the direction of text"
CONTROLS = [
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u061c",
]


@pytest.fixture
def removed(author):
    return make_public_review(
        author=author,
        status=Review.Status.REMOVED,
        published=at(2024, 1, 10),
        removed_at=at(2026, 2, 1),
    )


def _valid(removed, **overrides) -> dict:
    data = {
        "review": removed.pk,
        "name": "Sam Reader",
        "email": "sam@example.org",
        "organisation": "University",
        "purpose": "Research into neglect",
    }
    data.update(overrides)
    return data


def _refused(client, data: dict) -> str:
    response = client.post(URL, data)
    assert response.status_code == 200
    assert not CopyRequest.objects.exists()
    assert not mail.outbox
    page = html.unescape(response.content.decode())
    assert "There is a problem" in page
    return page


@pytest.mark.parametrize(
    "email",
    [
        "user@[127.0.0.1]",
        "user@[10.0.0.1]",
        "user@[IPv6:::1]",
        "user@[IPv6:2001:db8::1]",
        "user@10.0.0.1",
        "user@192.168.1.20",
        "user@127.0.0.1.",
    ],
)
def test_an_address_at_an_ip_address_is_refused_and_everything_typed_is_kept(
    client, removed, email
):
    page = _refused(client, _valid(removed, email=email))

    assert IP_ADDRESS in page
    assert f'value="{email}"' in page
    assert 'value="Sam Reader"' in page and "Research into neglect" in page


@pytest.mark.parametrize("email", ["sam@example.org", "sam@mail.10.example.org", "a1@2b.co.uk"])
def test_addresses_at_domain_names_are_accepted(client, removed, email):
    response = client.post(URL, _valid(removed, email=email))

    assert response.status_code == 302
    assert CopyRequest.objects.get().email == email


@pytest.mark.parametrize("control", CONTROLS, ids=[f"U+{ord(c):04X}" for c in CONTROLS])
@pytest.mark.parametrize(
    "field, label",
    [
        ("name", "Your name"),
        ("email", "Email address"),
        ("organisation", "Organisation"),
        ("purpose", "Why you would like the report"),
    ],
)
def test_a_direction_control_in_any_field_is_refused_naming_the_field(
    client, removed, control, field, label
):
    data = _valid(removed)
    data[field] = f"{data[field][:3]}{control}{data[field][3:]}"

    page = _refused(client, data)

    assert f"{label} {DIRECTION}" in page
    assert page.count(DIRECTION) == 2  # once in the summary, once by the field
    assert data[field] in page  # kept as typed, for the requester to correct
    others = {"name": "Sam Reader", "organisation": "University", "purpose": "Research"}
    assert all(value in page for key, value in others.items() if key != field)


@pytest.mark.parametrize("field", ["review", "website"])
def test_a_direction_control_in_the_other_fields_is_refused_too(client, removed, field):
    data = _valid(removed)
    data[field] = f"{data.get(field, '')}\u202e"

    _refused(client, data)
