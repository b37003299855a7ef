"""The upgrade that put the review's details into the frozen text (reviews 0016, publishing 0016)
keeps every valid sign-off and notice valid, and leaves a stale or voided one as it was.

As in tests/test_progress_upgrade.py, the rows are made as they stood before the upgrade (the
hashes the formula before it gave), then the migrations' functions run, with the models of the
migration state, as `migrate` runs them."""

from __future__ import annotations

import importlib

import pytest
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

from publishing.services import notices
from reviews import services
from reviews.migrations._text_hashes import details_hashes
from reviews.models import Agency, SignOff, TextVersion, Theme

from .factories import make_approved_review, set_recipient_emails

pytestmark = pytest.mark.django_db

SIGNOFFS = ("reviews", "0016_public_fields_signed")
NOTICES = ("publishing", "0016_notice_hash_with_public_fields")


@pytest.fixture(scope="module")
def migration_apps():
    """The models as the two migrations see them (the state before the first, rendered)."""
    return MigrationLoader(None).project_state(SIGNOFFS, at_end=False).apps


def upgrade(apps) -> None:
    for (app, name), function in [(SIGNOFFS, "recompute_signoffs"), (NOTICES, "recompute_notices")]:
        migration = importlib.import_module(f"{app}.migrations.{name}")
        getattr(migration, function)(apps, None)


def as_before_the_upgrade(review, migration_apps) -> tuple[str, str]:
    """Give the review's sign-offs and notices the hash the formula before 0016 made, and keep
    no version of the text: the rows as an older release left them. (before, after) hashes."""
    old_review = migration_apps.get_model("reviews", "Review").objects.get(pk=review.pk)
    before, after = details_hashes(migration_apps, old_review)
    SignOff.objects.filter(review=review).update(content_hash=before)
    review.notices.update(content_hash=before)
    TextVersion.objects.filter(review=review).delete()
    return before, after


def test_the_upgrade_keeps_a_valid_sign_off_and_notice_valid(
    author, approver, manager, migration_apps
):
    set_recipient_emails()
    review = make_approved_review(
        author=author, approver=approver, reviewer_name="Dr Jo Marsh", content_warning=False
    )
    notices.notice_send(review=review, by=manager)
    before, after = as_before_the_upgrade(review, migration_apps)
    assert before != after
    assert not services.signoff_is_valid(review)  # the old hashes, read by the new code

    upgrade(migration_apps)

    _, text, digest = services.current_version(review)
    assert after == digest
    assert services.signoff_is_valid(review)
    assert notices.live_notice(review).content_hash == digest
    assert notices.notice_void_for_text_change(review=review, by=None) is False
    assert review.text_versions.get(content_hash=digest).text == text  # the QA page's diff


def test_the_hash_it_gives_is_todays_with_themes_agencies_and_every_detail(
    author, approver, migration_apps
):
    review = make_approved_review(author=author, approver=approver, reviewer_name="Dr Jo Marsh")
    review.themes.set(Theme.objects.order_by("-name")[:3])
    review.agencies.set(Agency.objects.order_by("-name")[:3])
    Review = migration_apps.get_model("reviews", "Review")

    _, after = details_hashes(migration_apps, Review.objects.get(pk=review.pk))

    assert after == services.current_version(review)[2]


def test_a_voided_or_stale_sign_off_and_a_voided_notice_stay_as_they_were(
    author, approver, manager, migration_apps
):
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    notices.notice_send(review=review, by=manager)
    before, after = as_before_the_upgrade(review, migration_apps)
    now = timezone.now()
    voided = SignOff.objects.filter(review=review, criterion="a")
    voided.update(voided_at=now, void_reason="Signed again")
    SignOff.objects.filter(review=review, criterion="b").update(content_hash="0" * 64)
    review.notices.update(voided_at=now, void_reason="The report text changed after the notice")

    upgrade(migration_apps)

    hashes = dict(SignOff.objects.filter(review=review).values_list("criterion", "content_hash"))
    assert hashes["a"] == before  # voided: left alone
    assert hashes["b"] == "0" * 64  # another text: still stale
    assert hashes["c"] == after  # valid: kept valid
    assert not services.signoff_is_valid(review)
    assert list(review.notices.values_list("content_hash", flat=True)) == [before]
    assert notices.live_notice(review) is None
