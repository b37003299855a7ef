"""`seed_demo` loads fictional reviews in every state and one user per role, idempotently."""

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count

from reviews import checks, roles, services
from reviews.demo import DEMO_USERS
from reviews.models import Action, Review, publishable_pieces

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(settings):
    settings.DEBUG = True
    call_command("seed_demo", verbosity=0)


def snapshot():
    return (
        sorted(Review.objects.values_list("reference", "status", "updated_at")),
        Action.objects.count(),
        sum(model.history.count() for model in (Review, Action)),
    )


def test_it_covers_every_status_with_at_least_twelve_reviews(seeded):
    statuses = set(Review.objects.values_list("status", flat=True))
    assert Review.objects.count() >= 12
    assert statuses == set(Review.Status.values)


def test_it_creates_one_staff_user_per_role(seeded, django_user_model):
    for demo in DEMO_USERS:
        user = django_user_model.objects.get(username=demo.username)
        assert user.is_staff
        assert list(user.groups.values_list("name", flat=True)) == [demo.role]
    assert {demo.role for demo in DEMO_USERS} == set(roles.ROLES)


def test_running_it_twice_changes_nothing(seeded):
    before = snapshot()

    call_command("seed_demo", verbosity=0)

    assert snapshot() == before


def test_it_includes_overdue_and_completed_actions_with_impact(seeded):
    completed = Action.objects.filter(status=Action.Status.COMPLETED)
    assert completed.exists()
    assert not completed.filter(impact="").exists()
    assert Action.objects.filter(due_date__lt=Review.objects.first().decision_date.today())
    reviews = Review.objects.annotate(n=Count("recommendations__actions"))
    assert not reviews.filter(n=0).exists()


def test_reviews_in_qa_have_identifying_details_to_resolve(seeded):
    for review in Review.objects.filter(status=Review.Status.IN_QA):
        pieces = services.current_version(review)[0]
        assert services.unresolved_identifiers(review, pieces), review.reference


def test_reviews_past_qa_are_clean(seeded):
    past_qa = Review.objects.exclude(status__in=[Review.Status.DRAFT, Review.Status.IN_QA])
    for review in past_qa:
        names = list(review.protected_names.values_list("name", flat=True))
        for piece in publishable_pieces(review, for_scanner=True):  # progress, details too
            found = checks.scan_identifiers(piece.scanned(), names)
            assert found == [], (review.reference, piece.key)


def test_it_refuses_to_run_without_debug(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DJANGO_DEBUG is off"):
        call_command("seed_demo", verbosity=0)

    assert not Review.objects.exists()


def test_demo_reviews_past_qa_have_valid_sign_offs_and_notices(seeded):
    from publishing.services.notices import live_notice
    from reviews.services import signoff_is_valid

    for review in Review.objects.filter(status__in=["qa_approved", "notice_sent", "scheduled"]):
        assert signoff_is_valid(review), review.reference
    for review in Review.objects.filter(status__in=["notice_sent", "scheduled", "published"]):
        notice = live_notice(review)
        assert notice is not None and notice.deliveries.filter(state="sent").count() == 3


def test_a_manager_can_carry_the_demo_on_from_each_state(seeded, django_user_model):
    from django.utils import timezone

    from publishing.services import notices, scheduling

    manager = django_user_model.objects.get(username="manager")
    approved = Review.objects.get(status="qa_approved")
    assert notices.publication_readiness(approved) == []
    scheduled = Review.objects.get(status="scheduled")
    when = scheduled.publish_at
    assert scheduling.publication_problems(scheduled, on=timezone.localdate(when)) == []
    noticed = Review.objects.get(status="notice_sent")
    earliest = scheduling.earliest_publication(noticed, today=timezone.localdate())
    assert not earliest.provisional
    assert Review.objects.get(status="not_published").decisions.get().stage == (
        "Awaiting Panel advice"
    )
    notices.notice_send(review=approved, by=manager)


def test_every_demo_theme_and_agency_is_in_the_taxonomy(seeded):
    from reviews.demo_content import REVIEWS

    for spec in REVIEWS:
        review = Review.objects.get(reference=spec["reference"])
        assert sorted(review.themes.values_list("slug", flat=True)) == sorted(spec["themes"])
        assert sorted(review.agencies.values_list("slug", flat=True)) == sorted(spec["agencies"])
