"""Every stored PDF is checked against the SHA-256 recorded when it was stored: a missing or
altered file is reported, and `manage.py files_verify` fails."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from publishing.services import files, notices

from .factories import make_approved_review, set_recipient_emails

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored(author, approver, manager):
    """A notice's PDF and a public PDF, each stored as the worker stores it."""
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    notice = notices.notice_send(review=review, by=manager)
    notices.notice_render(notice_id=notice.pk)
    notice.refresh_from_db()
    public = files.pdf_render(
        key="learning/2025",
        html="<h1>Summary of learning 2025 to 2026</h1>",
        filename="summary-of-learning-2025.pdf",
        now=timezone.now(),
    )
    return notice, public


def test_it_passes_when_every_file_is_as_stored(stored):
    out = io.StringIO()

    call_command("files_verify", stdout=out)

    assert files.stored_files_verify() == []
    assert "Every stored PDF matches its recorded SHA-256" in out.getvalue()


def test_it_reports_a_missing_and_an_altered_file(stored):
    notice, public = stored
    notice.pdf.storage.delete(notice.pdf.name)
    with public.file.storage.open(public.file.name, "wb") as handle:
        handle.write(b"%PDF-1.7 not what was rendered")

    problems = files.stored_files_verify()

    assert [(p.record, p.name, p.problem.split(":")[0]) for p in problems] == [
        (f"Notice {notice.pk}", notice.pdf.name, "missing"),
        ("Public PDF learning/2025", public.file.name, "altered"),
    ]
    errors = io.StringIO()
    with pytest.raises(CommandError, match="2 stored file"):
        call_command("files_verify", stderr=errors)
    assert f"{notice.pdf.name} is missing" in errors.getvalue()
    assert f"{public.file.name} is altered" in errors.getvalue()
