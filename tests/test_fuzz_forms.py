"""Every public and staff form, fuzzed with hostile input (Hypothesis): whatever is sent, the
site never answers with a server error, and it either refuses the input with the database
exactly as it was, or saves rows that are valid by their model's own rules (`full_clean()`).

Each example runs in a transaction rolled back at its end, so examples do not see each other's
rows; one signed-in client serves every example of a test.
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from publishing.models import CopyRequest, Correction, Decision, Notice
from publishing.services import notices, scheduling
from reviews import services
from reviews.models import (
    Action,
    Agency,
    Criterion,
    Finding,
    IdentifierAcceptance,
    ProtectedName,
    Recommendation,
    Review,
    SignOff,
    TextVersion,
    Theme,
)

from .factories import (
    deliver_notice,
    make_approved_review,
    make_ready_review,
    set_recipient_emails,
)
from .public_helpers import at, fresh_cache, make_public_review  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

settings.register_profile(
    "fuzz-forms",
    max_examples=200,
    deadline=None,
    database=None,  # no example database: a failure prints the example and its seed
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FUZZ = settings.get_profile("fuzz-forms")

MONDAY = timezone.make_aware(datetime.datetime(2026, 11, 30, 9, 0))

# --- Hostile input ----------------------------------------------------------------------------

HOSTILE = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\u202eevil.exe",
    "\u2066x\u2069",
    "\u200f\u061c",
    "²",
    "¹²³",
    "١٢٣",
    "𝟚𝟘𝟚𝟞",
    "Ⅻ",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{ 7|add:7 }}{% debug %}",
    "'; DROP TABLE reviews_review; --",
    "' OR '1'='1",
    "%s%n%x%(x)s",
    "\\",
    "../../etc/passwd",
    "-1",
    "0",
    "1e309",
    "NaN",
    "-inf",
    "99999999999999999999999999",
    "-99999999999999999999",
    "2026-02-30",
    "0000-00-00",
    "31/02/2026",
    "99999-01-01",
    "2026-13-01",
    "²⁰²⁶-01-01",
    "2026-01-01T25:61",
    "25:61",
    "\r\n\r\n",
    "\ufeff",
    "\u200b",
    "🙂🙂🙂",
    "null",
    "[]",
    "=HYPERLINK(1)",
]

HOSTILE_EMAILS = [
    "user@[127.0.0.1]",
    "user@[IPv6:::1]",
    "user@10.0.0.1",
    "user@0x7f000001",
    "us\u202eer@example.org",
    "user@exa\u2066mple.org",
    '"quoted user"@example.org',
    "user@例え.jp",
    "user@xn--r8jz45g.jp",
    "user@localhost",
    "a@b",
    "<script>@example.org",
    "user@example.org\r\nBcc: victim@example.org",
    "user@@example.org",
    "x" * 250 + "@example.org",
]

hostile = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=60),  # any character but a lone surrogate: controls, combining, RTL
    st.builds(
        operator.mul,
        st.sampled_from(["x", "é", "𝟚", "<b>", "\u202e", "9", " "]),
        st.integers(min_value=200, max_value=20_000),
    ),
    st.integers().map(str),
    st.builds(operator.add, st.sampled_from(HOSTILE), st.text(max_size=20)),
)


def text(max_size: int, *, min_size: int = 0) -> st.SearchStrategy[str]:
    """Text a person might really type: any script, no control characters."""
    alphabet = st.characters(exclude_categories=("Cs", "Cc"))
    return st.text(alphabet, min_size=min_size, max_size=max_size)


def day(low: datetime.date, high: datetime.date) -> st.SearchStrategy[str]:
    return st.dates(min_value=low, max_value=high).map(datetime.date.isoformat)


def choice(values) -> st.SearchStrategy[str]:
    return st.sampled_from(list(values))


@st.composite
def form(draw, valid: dict[str, st.SearchStrategy], *, spoil: int = 3, bad=hostile) -> dict:
    """A form's data: each field valid, except up to `spoil` of them `bad` or missing."""
    spoiled = draw(st.sets(st.sampled_from(sorted(valid)), max_size=spoil))
    data = {}
    for name, strategy in valid.items():
        if name not in spoiled:
            data[name] = draw(strategy)
        elif draw(st.integers(0, 5)):  # 0 (one in six): the field is left out altogether
            data[name] = draw(st.one_of(bad, st.lists(bad, min_size=2, max_size=3)))
    return data


def inline(draw, prefix: str, rows: list[dict], *, initial: int = 0) -> dict:
    """An admin inline's management form and rows; now and then a tampered management form."""
    management = {
        "TOTAL_FORMS": str(len(rows)),
        "INITIAL_FORMS": str(initial),
        "MIN_NUM_FORMS": "0",
        "MAX_NUM_FORMS": "1000",
    }
    if draw(st.integers(0, 9)) == 9:  # not 0: Hypothesis tries 0 first and most often
        management[draw(choice(management))] = draw(hostile)
    data = {f"{prefix}-{key}": value for key, value in management.items()}
    for index, row in enumerate(rows):
        data.update({f"{prefix}-{index}-{key}": value for key, value in row.items()})
    return data


# --- The database before and after ------------------------------------------------------------


def tracked(*models_: type[models.Model]) -> list[type[models.Model]]:
    """The models and, for those with one, their history tables."""
    found = []
    for model in models_:
        found.append(model)
        history = getattr(model, "history", None)
        if history is not None:
            found.append(history.model)
    return found


def snapshot(models_: list[type[models.Model]]) -> dict[str, dict | int]:
    """Every row of each model, field by field; of a history table, how many rows it has."""
    return {
        model._meta.label: model.objects.count()
        if _is_history(model)
        else {row["pk"]: row for row in model.objects.values("pk", *_names(model))}
        for model in models_
    }


def _is_history(model: type[models.Model]) -> bool:
    return model.__name__.startswith("Historical")


def _names(model: type[models.Model]) -> list[str]:
    return [field.attname for field in model._meta.concrete_fields if not field.primary_key]


def changed_rows(before: dict, after: dict, models_: list[type[models.Model]]) -> Iterator:
    """Every row new or different in `after`, loaded as a model instance (history rows are
    records of a change, not rows with rules of their own: left out)."""
    for model in models_:
        if _is_history(model):
            continue
        old, new = before[model._meta.label], after[model._meta.label]
        for pk, row in new.items():
            if old.get(pk) != row:
                yield model.objects.get(pk=pk)


@contextmanager
def rolled_back() -> Iterator[None]:
    """One example: its own transaction, rolled back at the end; a fresh rate limit and outbox."""
    cache.clear()
    mail.outbox.clear()
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def check(response, models_, before: dict, *, saved: bool) -> None:
    """No 5xx; refused → nothing changed; saved → every changed row valid by its model."""
    assert response.status_code < 500
    after = snapshot(models_)
    if not saved:
        event("refused")  # `--hypothesis-show-statistics` shows how often each path ran
        assert after == before, "a refused form changed the database"
        return
    changed = list(changed_rows(before, after, models_))
    event("saved" if changed else "redirected, nothing changed")
    for instance in changed:
        instance.full_clean()


def staff_redirect(response) -> bool:
    """True for a staff form's redirect after it was handled; never a trip to sign in again."""
    if response.status_code != 302:
        return False
    assert not response["Location"].startswith(("/admin/login/", "/admin/second-factor"))
    return True


def _messages_cleared(client) -> None:
    # Unfollowed redirects leave their messages in a cookie; drop them between examples.
    client.cookies.pop("messages", None)


# --- Public forms -----------------------------------------------------------------------------


@pytest.fixture
def removed(author):
    return make_public_review(
        author=author,
        status=Review.Status.REMOVED,
        published=at(2024, 1, 10),
        removed_at=at(2026, 2, 1),
    )


@FUZZ
@given(data=st.data())
def test_the_copy_request_form_survives_hostile_input(client, removed, data):
    models_ = tracked(CopyRequest)
    fields = {
        "review": st.just(str(removed.pk)),
        "name": text(120, min_size=1),
        "email": st.one_of(st.emails(), st.emails(), st.emails(), choice(HOSTILE_EMAILS)),
        "organisation": text(200),
        "purpose": text(2000),
        "website": st.just(""),
    }
    post = data.draw(form(fields))
    with rolled_back():
        before = snapshot(models_)
        response = client.post("/requests/new/", post, REMOTE_ADDR="192.0.2.1")
        saved = response.status_code == 302
        if saved:
            assert response["Location"] == reverse("publishing:request_done")
            assert len(mail.outbox) == 1
        else:
            assert response.status_code == 200 and "There is a problem" in response.text
        check(response, models_, before, saved=saved)


@pytest.fixture
def published(author):
    return make_public_review(author=author, themes=["neglect"])


@FUZZ
@given(data=st.data())
def test_the_reports_search_and_filters_survive_hostile_input(client, published, data):
    models_ = tracked(Review)
    fields = {
        "q": text(200),
        "theme": choice(["", "neglect", *Theme.objects.values_list("slug", flat=True)[:3]]),
        "year": choice(["", "2026", "2025"]),
        "age_band": choice(["", *Review.AgeBand.values]),
        "review_type": choice(["", *Review.ReviewType.values]),
        "harm": choice(["", *Review.Harm.values]),
        "page": choice(["", "1", "2", "last"]),
    }
    query = data.draw(form(fields, spoil=4))
    with rolled_back():
        before = snapshot(models_)
        response = client.get("/reviews/", query)

        assert response.status_code == 200
        assert snapshot(models_) == before  # a search never writes


# --- Staff forms ------------------------------------------------------------------------------
# Each signs in once, in a fixture: the client and its session serve every example.


@pytest.fixture
def as_author(client, author):
    client.force_login(author)
    return client


@pytest.fixture
def as_approver(client, approver):
    client.force_login(approver)
    return client


def test_a_theme_id_beyond_the_integer_range_is_a_form_error(as_author):
    response = as_author.post(reverse("admin:reviews_review_add"), {"themes": ["9" * 30]})

    assert response.status_code == 200
    assert "themes" in response.context["adminform"].form.errors


def _review_fields() -> dict[str, st.SearchStrategy]:
    theme_pks = [str(pk) for pk in Theme.objects.values_list("pk", flat=True)]
    agency_pks = [str(pk) for pk in Agency.objects.values_list("pk", flat=True)]
    return {
        "reference": st.from_regex(r"[A-Z][A-Z0-9]{0,4}(-[A-Z0-9]{1,4}){1,3}", fullmatch=True),
        "pseudonym": text(60, min_size=1),
        "title": text(200, min_size=1),
        "slug": st.from_regex(r"[a-z0-9][a-z0-9-]{0,40}", fullmatch=True),
        "review_type": choice(Review.ReviewType.values),
        "harm": choice(Review.Harm.values),
        "age_band": choice(Review.AgeBand.values),
        "sex": choice(Review.Sex.values),
        "incident_month": st.integers(1, 12).map(str),
        "incident_year": st.integers(1990, 2100).map(str),
        "decision_date": day(datetime.date(1990, 1, 1), datetime.date(2100, 12, 31)),
        "themes": st.lists(choice(theme_pks), unique=True, max_size=3),
        "agencies": st.lists(choice(agency_pks), unique=True, max_size=3),
        "reviewer_name": text(120),
        "summary": text(400),
        "what_happened": text(400),
        "practice_issues": text(400),
        "what_needs_to_change": text(400),
        "content_warning": choice(["on", ""]),
    }


def _review_inlines(draw, review: Review | None) -> dict:
    """Findings, recommendations and private names, each row valid but for at most one field;
    on a change, the existing finding edited, under its own id or now and then a forged one."""
    finding = {
        "order": st.integers(0, 32767).map(str),
        "title": text(200, min_size=1),
        "text": text(300, min_size=1),
    }
    recommendation = {"order": st.integers(0, 32767).map(str), "text": text(300, min_size=1)}
    findings = draw(st.lists(form(finding, spoil=1), max_size=2))
    recommendations = draw(st.lists(form(recommendation, spoil=1), max_size=2))
    names = draw(st.lists(form({"name": text(120, min_size=1)}, spoil=1), max_size=2))
    initial = 0
    if review is not None:
        existing = {"id": st.just(str(review.findings.get().pk)), "review": st.just(str(review.pk))}
        findings.insert(0, draw(form(existing | finding, spoil=1)))
        initial = 1
    return (
        inline(draw, "findings", findings, initial=initial)
        | inline(draw, "recommendations", recommendations)
        | inline(draw, "protected_names", names)
    )


@pytest.fixture
def draft(author):
    return make_ready_review(author=author)


@pytest.mark.parametrize("change", [False, True], ids=["add", "change"])
@FUZZ
@given(data=st.data())
def test_the_review_add_and_change_forms_survive_hostile_input(
    as_author, author, draft, change, data
):
    models_ = tracked(
        Review,
        Review.themes.through,
        Review.agencies.through,
        Finding,
        Recommendation,
        ProtectedName,
        Action,
        SignOff,
        TextVersion,
    )
    post = data.draw(form(_review_fields(), spoil=2, bad=hostile))
    post |= _review_inlines(data.draw, draft if change else None)
    url = (
        reverse("admin:reviews_review_change", args=[draft.pk])
        if change
        else reverse("admin:reviews_review_add")
    )
    with rolled_back():
        before = snapshot(models_)
        response = as_author.post(url, post)
        saved = staff_redirect(response)
        if not saved:
            assert response.status_code == 200 and response.context["errors"]
        check(response, models_, before, saved=saved)
        if saved and not change:
            created = Review.objects.exclude(pk=draft.pk).get()
            assert created.author == author and created.status == Review.Status.DRAFT
    _messages_cleared(as_author)


@FUZZ
@given(data=st.data())
def test_the_action_form_survives_hostile_input(as_author, draft, data):
    action = draft.recommendations.get().actions.get()
    models_ = tracked(Action, Review, SignOff)
    fields = {
        "agency": choice([str(pk) for pk in Agency.objects.values_list("pk", flat=True)]),
        "due_date": day(datetime.date(2000, 1, 1), datetime.date(2100, 12, 31)),
        "description": text(400, min_size=1),
        "status": choice(Action.Status.values),
        "completed_on": st.one_of(st.just(""), day(datetime.date(2000, 1, 1), MONDAY.date())),
        "impact": text(400),
        "evidence": text(400),
    }
    post = data.draw(form(fields))
    with rolled_back():
        before = snapshot(models_)
        response = as_author.post(reverse("admin:reviews_action_change", args=[action.pk]), post)
        saved = staff_redirect(response)
        if not saved:
            assert response.status_code == 200 and response.context["errors"]
        check(response, models_, before, saved=saved)
    _messages_cleared(as_author)


@pytest.fixture
def in_qa(author):
    review = make_ready_review(
        author=author, what_happened="On 14 March 2024 Kayleigh went to Riverside Surgery."
    )
    review.protected_names.create(name="Kayleigh")
    services.review_submit(review=review, by=author)
    return review


@FUZZ
@given(data=st.data())
def test_the_qa_page_forms_survive_hostile_input(as_approver, in_qa, data):
    models_ = tracked(Review, SignOff, TextVersion, IdentifierAcceptance)
    pieces, _, digest = services.current_version(in_qa)
    criterion = data.draw(choice(Criterion.values))
    detail = data.draw(choice(services.flag_details(in_qa, pieces)))
    sign, flag = f"criterion-{criterion}", detail.anchor  # each form's fields carry its prefix
    fields = {
        "do": st.one_of(st.just("sign"), choice(["accept", "return"])),
        "criterion": st.just(criterion),
        f"{sign}-met": choice(["yes", "no"]),
        f"{sign}-comment": text(600),
        f"{sign}-seen_hash": st.just(digest),
        "flag": st.just(detail.key),
        f"{flag}-piece_key": choice([detail.piece.key, "what_happened", "summary", "title"]),
        f"{flag}-kind": choice([detail.finding.kind, "date", "place", "name"]),
        f"{flag}-text": choice(["14 March 2024", "Riverside Surgery", "Kayleigh"]),
        f"{flag}-reason": text(300),
        "reasons": text(600),
    }
    post = data.draw(form(fields))
    with rolled_back():
        before = snapshot(models_)
        response = as_approver.post(reverse("admin:reviews_review_qa", args=[in_qa.pk]), post)
        saved = staff_redirect(response)  # done, or refused by the service with a message
        if not saved:  # a form error, shown on the page
            assert response.status_code == 200 and response.context["review"] == in_qa
        check(response, models_, before, saved=saved)
    _messages_cleared(as_approver)


@pytest.fixture
def monday():
    with time_machine.travel(MONDAY, tick=True):
        yield


@pytest.fixture
def notice_sent(monday, author, approver, manager):
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    notices.notice_send(review=review, by=manager)
    deliver_notice(review, now=timezone.now())
    return review


@pytest.fixture
def as_manager(monday, client, manager):
    client.force_login(manager)
    return client


@FUZZ
@given(data=st.data())
def test_the_schedule_form_survives_hostile_input(as_manager, notice_sent, data):
    models_ = tracked(Review, Notice, Decision)
    earliest = scheduling.earliest_publication(notice_sent, today=MONDAY.date()).date
    formats = choice(["%H:%M", "%H:%M:%S", "%I:%M %p"])
    fields = {
        "do": st.just("schedule"),
        "date": st.one_of(  # too early, and allowed
            day(MONDAY.date(), earliest), day(earliest, earliest + datetime.timedelta(days=60))
        ),
        "time": st.tuples(st.times(), formats).map(lambda pair: pair[0].strftime(pair[1])),
    }
    post = data.draw(form(fields, spoil=1))
    url = reverse("admin:reviews_review_publication", args=[notice_sent.pk])
    with rolled_back():
        before = snapshot(models_)
        response = as_manager.post(url, post)
        saved = staff_redirect(response)  # scheduled, or refused with the earliest date
        if not saved:
            assert response.status_code == 200 and response.context["schedule_form"].errors
        check(response, models_, before, saved=saved)
        notice_sent.refresh_from_db()
        assert notice_sent.status in (Review.Status.NOTICE_SENT, Review.Status.SCHEDULED)
    _messages_cleared(as_manager)


@FUZZ
@given(data=st.data())
def test_the_correction_form_survives_hostile_input(as_author, published, data):
    """Proposing a correction: a form error, or a correction kept with valid values; the review
    itself never changes (only an approval changes it)."""
    models_ = tracked(Review, Review.themes.through, Review.agencies.through, Correction)
    fields = {k: v for k, v in _review_fields().items() if k not in ("reference", "slug")}
    fields["note"] = text(500, min_size=1)
    post = data.draw(form(fields, spoil=2, bad=hostile))
    url = reverse("admin:publishing_correction_propose", args=[published.pk])
    with rolled_back():
        before = snapshot(models_)
        response = as_author.post(url, post)
        saved = staff_redirect(response)
        if not saved:
            assert response.status_code == 200 and response.context["form"].errors
        check(response, models_, before, saved=saved)
        after = snapshot(models_)
        for model in (Review, Review.themes.through, Review.agencies.through):
            assert after[model._meta.label] == before[model._meta.label]
    _messages_cleared(as_author)
