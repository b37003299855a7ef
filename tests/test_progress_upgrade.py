"""The upgrade that took action progress out of the frozen report text keeps every valid
sign-off and notice valid, and leaves a stale one stale (reviews 0011, publishing 0011), with
the upgrades after it (reviews 0016 and publishing 0016, the review's details signed too)."""

from __future__ import annotations

import datetime
import importlib

import pytest
from django.apps import apps

from publishing.services import notices
from reviews import services
from reviews.migrations._text_hashes import details_hashes, report_hashes
from reviews.models import Action, SignOff, TextVersion

from .factories import make_approved_review, make_ready_review, set_recipient_emails, sign_all

pytestmark = pytest.mark.django_db

signoffs_upgrade = importlib.import_module(
    "reviews.migrations.0011_progress_outside_the_frozen_text"
)
notices_upgrade = importlib.import_module("publishing.migrations.0011_notice_hash_without_progress")
details_upgrades = [
    importlib.import_module("reviews.migrations.0016_public_fields_signed").recompute_signoffs,
    importlib.import_module(
        "publishing.migrations.0016_notice_hash_with_public_fields"
    ).recompute_notices,
]


@pytest.fixture
def noticed(author, approver, manager):
    """A review signed off and notified while its action had an impact statement, with the
    hashes stored as the old formula made them."""
    set_recipient_emails()
    review = make_ready_review(author=author)
    Action.objects.filter(recommendation__review=review).update(
        status="completed", completed_on=datetime.date(2026, 10, 1), impact="Audits now monthly."
    )
    services.review_submit(review=review, by=author)
    sign_all(review, approver)
    review.refresh_from_db()
    notices.notice_send(review=review, by=manager)
    old, new = report_hashes(apps, review)
    assert old != new and details_hashes(apps, review) == (
        new,
        services.current_version(review)[2],
    )
    SignOff.objects.filter(review=review).update(content_hash=old)
    review.notices.update(content_hash=old)
    TextVersion.objects.filter(review=review).delete()
    return review


def upgrade() -> None:
    signoffs_upgrade.recompute_signoffs(apps, None)
    notices_upgrade.recompute_notices(apps, None)
    for later in details_upgrades:
        later(apps, None)


def test_the_upgrade_keeps_a_valid_sign_off_and_notice_valid(noticed):
    assert not services.signoff_is_valid(noticed)  # as the old hashes read with the new code

    upgrade()

    assert services.signoff_is_valid(noticed)
    digest = services.current_version(noticed)[2]
    assert notices.live_notice(noticed).content_hash == digest
    assert notices.notice_void_for_text_change(review=noticed, by=None) is False
    assert noticed.text_versions.filter(content_hash=digest).exists()  # the QA page's diff


def test_a_sign_off_of_another_text_stays_stale(author, approver):
    review = make_approved_review(author=author, approver=approver)
    SignOff.objects.filter(review=review).update(content_hash="0" * 64)

    upgrade()

    assert set(SignOff.objects.values_list("content_hash", flat=True)) == {"0" * 64}
    assert not services.signoff_is_valid(review)
