"""Briefings and annual summaries reach the public only when a second person approves them, after
the scanner has read them with the private names (issue 10, item 2)."""

from __future__ import annotations

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from publishing.models import Briefing, LearningSummary
from publishing.services import briefings, learning
from reviews import roles
from reviews.services import TransitionError

from .factories import make_user
from .public_helpers import at, fresh_cache, make_public_review  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

DRAFT = {
    "case_in_brief": "A baby was seriously injured at home.",
    "key_learning": "Think about the men in a baby's life.",
    "what_has_changed": "Health visitors now ask about every adult in the home.",
    "reflective_questions": "Who lives with the baby?",
}


@pytest.fixture
def published(author):
    return make_public_review(author=author)


def add_url() -> str:
    return reverse("admin:publishing_briefing_add")


def change_url(briefing) -> str:
    return reverse("admin:publishing_briefing_change", args=[briefing.pk])


def write(client, user, review, **changes) -> Briefing:
    """`user` writes (or changes) the review's briefing on its admin page."""
    client.force_login(user)
    briefing = Briefing.objects.filter(review=review).first()
    data = {"review": review.pk, **DRAFT, **changes}
    response = client.post(change_url(briefing) if briefing else add_url(), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Briefing.objects.get(review=review)


def approve(client, user, briefing):
    client.force_login(user)
    return client.post(
        reverse("admin:publishing_briefing_changelist"),
        {"action": "approve", "_selected_action": [briefing.pk]},
        follow=True,
    )


def public_page(client, review):
    client.logout()
    return client.get(reverse("publishing:briefing", args=[review.slug]))


def test_a_new_briefing_is_public_only_once_a_second_person_approves_it(
    client, author, approver, published
):
    briefing = write(client, author, published)
    assert briefing.draft_authors == [author.pk]
    assert public_page(client, published).status_code == 404
    report = client.get(reverse("publishing:review", args=[published.slug])).content.decode()
    assert "7-minute briefing" not in report

    response = approve(client, approver, briefing)

    assert "approved; the website shows it now" in response.content.decode()
    page = public_page(client, published)
    assert page.status_code == 200
    assert "Health visitors now ask about every adult" in page.content.decode()
    briefing.refresh_from_db()
    assert (briefing.approved_by, briefing.draft_authors) == (approver, [])


def test_an_edit_waits_beside_the_approved_text_and_history_keeps_both(
    client, author, approver, published
):
    write(client, author, published)
    approve(client, approver, Briefing.objects.get())
    briefing = write(client, author, published, what_has_changed="Midwives ask too.")

    assert briefing.is_awaiting_approval()
    page = public_page(client, published).content.decode()
    assert "Health visitors now ask" in page and "Midwives ask too." not in page

    approve(client, approver, briefing)

    page = public_page(client, published).content.decode()
    assert "Midwives ask too." in page and "Health visitors now ask" not in page
    reasons = list(briefing.history.values_list("history_change_reason", flat=True))
    assert reasons.count("Approved for the website") == 2
    assert briefing.history.count() == 4  # written, approved, changed, approved


def test_whoever_wrote_or_changed_the_draft_cannot_approve_it(client, author, approver, published):
    both = make_user("both", role=roles.BUSINESS_UNIT)
    both.groups.add(Group.objects.get(name=roles.QA_APPROVER))
    write(client, author, published)
    briefing = write(client, both, published, key_learning="Ask who else lives at home.")
    assert briefing.draft_authors == [author.pk, both.pk]

    response = approve(client, both, briefing)

    assert "You wrote or changed this draft" in response.content.decode()
    briefing.refresh_from_db()
    assert briefing.public_content == {}
    briefings.briefing_approve(briefing=briefing, by=approver)  # a third person may
    assert Briefing.objects.get().public_content["key_learning"] == "Ask who else lives at home."


def test_a_private_name_is_shown_as_such_and_cannot_be_approved(
    client, author, approver, manager, published
):
    published.protected_names.create(name="Kayleigh Smith")
    briefing = write(client, author, published, case_in_brief="Kayleigh's mother called.")

    client.force_login(approver)
    form = client.get(change_url(briefing)).content.decode()
    assert "a name on the review&#x27;s private list" in form
    for user in (approver, manager):
        response = approve(client, user, briefing)
        assert "holds a private name" in response.content.decode()
    briefing.refresh_from_db()
    assert briefing.public_content == {}
    assert public_page(client, published).status_code == 404


def test_other_identifiers_are_shown_for_the_approver_to_judge(client, author, approver, published):
    briefing = write(client, author, published, case_in_brief="The family lived at DN31 2AB.")
    client.force_login(approver)
    assert "DN31 2AB" in client.get(change_url(briefing)).content.decode()
    approve(client, approver, briefing)
    assert "DN31 2AB" in public_page(client, published).content.decode()


@pytest.mark.parametrize("role", [roles.BUSINESS_UNIT, roles.AUDITOR, roles.ACTION_OWNER])
def test_only_a_qa_approver_or_manager_may_approve(client, author, published, role):
    briefing = write(client, author, published)
    someone = make_user(f"someone-{role}", role=role)
    approve(client, someone, briefing)
    briefing.refresh_from_db()
    assert briefing.public_content == {}
    with pytest.raises(TransitionError, match="Only a QA approver or a partnership manager"):
        briefings.briefing_approve(briefing=briefing, by=someone)


def test_nothing_to_approve_is_refused(client, author, approver, published):
    briefing = write(client, author, published)
    briefings.briefing_approve(briefing=briefing, by=approver)
    with pytest.raises(TransitionError, match="nothing to approve"):
        briefings.briefing_approve(briefing=briefing, by=approver)


def test_the_upgrade_keeps_every_briefing_already_public_as_it_is(published):
    from importlib import import_module

    briefing = Briefing.objects.create(review=published, **DRAFT)
    migration = import_module("publishing.migrations.0012_briefing_and_summary_approval")
    migration.keep_public(django_apps, None)
    briefing.refresh_from_db()
    assert briefing.public_content == DRAFT and not briefing.is_awaiting_approval()


# --- The annual summary of learning ------------------------------------------------------------


@pytest.fixture
def summary(client, author, published):
    published.published_at = at(2025, 6, 1)
    published.save()
    client.force_login(author)
    client.post(
        reverse("admin:publishing_learningsummary_add"),
        {"year": 2025, "introduction": "What we learnt this year."},
    )
    return LearningSummary.objects.get()


def test_the_summarys_author_cannot_publish_it_and_a_second_person_can(author, approver, summary):
    both = make_user("both", role=roles.BUSINESS_UNIT)
    both.groups.add(Group.objects.get(name=roles.MANAGER))
    learning.learning_summary_save(summary=summary, by=both)
    with pytest.raises(TransitionError, match="someone else must publish it"):
        learning.learning_summary_publish(summary=summary, by=both, now=timezone.now())
    with pytest.raises(TransitionError, match="Only a QA approver or a partnership manager"):
        learning.learning_summary_publish(summary=summary, by=author, now=timezone.now())

    learning.learning_summary_publish(summary=summary, by=approver, now=timezone.now())

    summary.refresh_from_db()
    assert summary.is_published and summary.draft_authors == []


def test_a_private_name_of_a_covered_review_stops_publication(client, approver, published, summary):
    published.protected_names.create(name="Kayleigh Smith")
    summary.introduction = "This year Kayleigh Smith's review taught us most."
    summary.save()
    client.force_login(approver)
    url = reverse("admin:publishing_learningsummary_change", args=[summary.pk])
    assert "a name on a covered review" in client.get(url).content.decode()
    with pytest.raises(TransitionError, match="holds a private name"):
        learning.learning_summary_publish(summary=summary, by=approver, now=timezone.now())
    assert not LearningSummary.objects.get().is_published


def test_a_published_summarys_introduction_cannot_change_under_its_readers(
    client, author, approver, summary
):
    learning.learning_summary_publish(summary=summary, by=approver, now=timezone.now())
    client.force_login(author)
    url = reverse("admin:publishing_learningsummary_change", args=[summary.pk])
    response = client.post(url, {"year": 2025, "introduction": "Changed after publication."})
    assert response.status_code == 403
    assert LearningSummary.objects.get().introduction == "What we learnt this year."
    with pytest.raises(TransitionError, match="off the website before changing it"):
        learning.learning_summary_save(summary=summary, by=author)
