"""Small factories: each makes one valid row, with overrides for what a test cares about."""

from __future__ import annotations

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from reviews.models import Action, Agency, Finding, Recommendation, Review, Theme

_seq = itertools.count(1)
TODAY = datetime.date(2026, 11, 27)


def make_user(username: str, *, role: str | None = None, **fields):
    user = get_user_model().objects.create_user(
        username=username, password="pw-for-tests-only", is_staff=True, **fields
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def make_authenticator(user, *, confirmed: bool = True):
    """The user's authenticator-app device (TOTP), made once."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=confirmed).first()
    return device or TOTPDevice.objects.create(
        user=user, name="Authenticator app", confirmed=confirmed
    )


def authenticator_code(device) -> str:
    """The code the authenticator app of `device` shows now (freeze time to keep it)."""
    import time

    from django_otp.oath import TOTP

    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


def pass_second_factor(client, user) -> None:
    """Mark `client`'s signed-in session as verified by the user's authenticator, as entering
    a right code would (django_otp keeps the device's persistent id in the session)."""
    from django_otp import DEVICE_ID_SESSION_KEY

    session = client.session
    session[DEVICE_ID_SESSION_KEY] = make_authenticator(user).persistent_id
    session.save()


def make_review(*, author, **overrides) -> Review:
    n = next(_seq)
    fields = dict(
        reference=f"NEL-2026-{n:02d}",
        pseudonym=f"Child {chr(64 + n % 26 + 1)}",
        title=f"Learning from the experiences of child {n}",
        slug=f"nel-2026-{n:02d}",
        harm=Review.Harm.SERIOUS_HARM,
        age_band=Review.AgeBand.AGE_1_TO_4,
        incident_month=3,
        incident_year=2026,
        decision_date=datetime.date(2026, 5, 1),
        summary="A short plain-English summary of what happened and what has changed.",
        what_happened="Child C lived with Mother and two siblings.",
        practice_issues="Professionals did not share what they knew.",
        what_needs_to_change="Agencies need to share information sooner.",
        author=author,
    )
    fields.update(overrides)
    review = Review.objects.create(**fields)
    return review


def make_finding(review: Review, **overrides) -> Finding:
    fields = dict(order=1, title="Information sharing", text="Agencies held pieces of the picture.")
    fields.update(overrides)
    return Finding.objects.create(review=review, **fields)


def make_recommendation(review: Review, **overrides) -> Recommendation:
    fields = dict(order=1, text="The partnership should test how agencies share information.")
    fields.update(overrides)
    return Recommendation.objects.create(review=review, **fields)


def make_action(recommendation: Recommendation, **overrides) -> Action:
    fields = dict(
        agency=Agency.objects.get(slug="police"),
        description="Audit referrals for information sharing.",
        due_date=TODAY + datetime.timedelta(days=30),
        status=Action.Status.PLANNED,
    )
    fields.update(overrides)
    return Action.objects.create(recommendation=recommendation, **fields)


def theme(slug: str) -> Theme:
    return Theme.objects.get(slug=slug)


def make_ready_review(*, author, **overrides) -> Review:
    """A review with everything QA needs: text, a finding, a recommendation with an action."""
    review = make_review(author=author, **overrides)
    make_finding(review)
    make_action(make_recommendation(review))
    return review


def sign_all(review: Review, approver, *, skip: tuple[str, ...] = ()) -> None:
    """Sign every criterion met for the current text, as `approver`."""
    from reviews import services
    from reviews.models import Criterion

    for criterion in Criterion.values:
        if criterion in skip:
            continue
        _, _, digest = services.current_version(review)
        services.signoff_record(
            review=review, by=approver, criterion=criterion, met=True, comment="", seen_hash=digest
        )


def set_recipient_emails() -> None:
    from publishing.models import Recipient

    for recipient in Recipient.objects.all():
        recipient.email = f"{recipient.body}@example.gov.uk"
        recipient.save()


def make_approved_review(*, author, approver, **overrides) -> Review:
    """A review through QA: submitted by `author`, all five criteria signed by `approver`."""
    from reviews import services

    review = make_ready_review(author=author, **overrides)
    services.review_submit(review=review, by=author)
    sign_all(review, approver)
    review.refresh_from_db()
    return review


def deliver_notice(review: Review, *, now) -> None:
    """Render the live notice's PDF and send every delivery, as the worker would at `now`."""
    from publishing.models import Delivery
    from publishing.services import deliveries, notices

    notice = notices.live_notice(review) or review.notices.latest("created_at")
    notices.notice_render(notice_id=notice.pk)
    Delivery.objects.filter(notice=notice).update(next_attempt_at=now)
    for delivery in notice.deliveries.all():
        deliveries.delivery_attempt(delivery_id=delivery.pk, now=now)
