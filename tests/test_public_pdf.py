"""Report, briefing and summary PDFs: tagged, the same text as the page, rendered by the worker
once per version and only served by the web."""

from __future__ import annotations

import datetime
import io
import re
from pathlib import Path
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from pypdf import PdfReader

from publishing import pdf as pdf_module
from publishing.models import PublicPdf
from publishing.services import files
from publishing.tasks import public_pdf_sweep
from reviews.models import Review

from .public_helpers import complete, make_briefing, make_public_review

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pdf_text(data: bytes) -> str:
    return _words(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def _served(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content)


def test_the_sweep_renders_a_tagged_pdf_with_title_language_and_headings(client, author):
    review = make_public_review(author=author, title="Learning from Baby Q")

    assert files.pdf_sweep(now=timezone.now()) == 1
    reader = PdfReader(io.BytesIO(_served(client, f"/reviews/{review.slug}/report.pdf")))

    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert root["/MarkInfo"]["/Marked"]
    tree = root["/StructTreeRoot"].get_object()
    roles = _structure_roles(tree)
    assert {"H1", "H2", "P"} <= roles
    assert reader.metadata.title == "Learning from Baby Q"


def _structure_roles(node, found=None) -> set[str]:
    found = set() if found is None else found
    node = node.get_object()
    if hasattr(node, "get") and node.get("/S"):
        found.add(str(node["/S"]).lstrip("/"))
    kids = node.get("/K") if hasattr(node, "get") else None
    if kids is None:
        return found
    for kid in kids if isinstance(kids, list) else [kids]:
        kid = kid.get_object()
        if hasattr(kid, "get"):
            _structure_roles(kid, found)
    return found


def test_the_pdf_text_matches_the_page(client, author):
    review = make_public_review(author=author, actions=3)
    complete(
        review.recommendations.get().actions.first(),
        on=datetime.date(2026, 7, 1),
        impact="Every referral is now discussed within two days.",
    )
    files.pdf_sweep(now=timezone.now())

    text = _pdf_text(_served(client, f"/reviews/{review.slug}/report.pdf"))
    page = client.get(reverse("publishing:review", args=[review.slug])).content.decode()
    main = page.split('<section aria-labelledby="summary">')[1].split("</main>")[0]

    paragraphs = [_words(strip_tags(p)) for p in re.findall(r"<p>(.*?)</p>", main, re.S)]
    assert len(paragraphs) > 5
    for paragraph in paragraphs:
        assert paragraph in text, paragraph
    for heading in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", main):
        assert _words(strip_tags(heading)) in text


def test_serving_a_pdf_runs_no_weasyprint(client, author):
    review = make_public_review(author=author)
    make_briefing(review)
    files.pdf_sweep(now=timezone.now())
    stored = PublicPdf.objects.get(key=f"report/{review.pk}")

    boom = mock.Mock(side_effect=AssertionError("a request rendered a PDF"))
    with (
        mock.patch.object(pdf_module, "render_pdf", boom),
        mock.patch.object(pdf_module, "HTML", boom),
    ):
        report = _served(client, f"/reviews/{review.slug}/report.pdf")
        _served(client, f"/reviews/{review.slug}/briefing.pdf")

    assert pdf_module.sha256(report) == stored.sha256
    boom.assert_not_called()


def test_a_pdf_not_yet_rendered_gets_a_friendly_503_and_is_queued(client, author):
    review = make_public_review(author=author)
    queued = mock.Mock()

    with (
        mock.patch.object(pdf_module, "render_pdf", side_effect=AssertionError),
        mock.patch("publishing.services.files.pdf_queue_sweep", queued),
    ):
        response = client.get(f"/reviews/{review.slug}/report.pdf")
        again = client.get(f"/reviews/{review.slug}/report.pdf")

    assert response.status_code == 503 and again.status_code == 503
    assert response["Retry-After"] == "60"
    assert "The PDF is being prepared" in response.content.decode()
    assert reverse("publishing:review", args=[review.slug]) in response.content.decode()
    assert queued.call_count <= 1  # one sweep per version, however many readers ask


def test_a_change_in_what_the_pdf_shows_is_a_new_version(client, author):
    review = make_public_review(author=author)
    files.pdf_sweep(now=timezone.now())
    assert files.pdf_sweep(now=timezone.now()) == 0  # nothing changed, nothing rendered

    complete(
        review.recommendations.get().actions.get(),
        on=datetime.date(2026, 8, 1),
        impact="Meetings happen every month.",
    )

    # Until the sweep renders the new version, readers get the last one (never a render).
    assert "Meetings happen every month." not in _pdf_text(
        _served(client, f"/reviews/{review.slug}/report.pdf")
    )
    assert files.pdf_sweep(now=timezone.now()) == 1
    assert "Meetings happen every month." in _pdf_text(
        _served(client, f"/reviews/{review.slug}/report.pdf")
    )
    assert PublicPdf.objects.filter(key=f"report/{review.pk}").count() == 2


def test_the_report_pdf_lookup_finds_the_latest_of_a_public_report_only(author, manager):
    review = make_public_review(author=author)
    files.pdf_sweep(now=timezone.now())
    complete(
        review.recommendations.get().actions.get(), on=datetime.date(2026, 8, 1), impact="Done."
    )
    files.pdf_sweep(now=timezone.now())
    latest = files.pdf_latest(f"report/{review.pk}")

    assert PublicPdf.objects.filter(key=f"report/{review.pk}").count() == 2
    assert files.report_pdf_latest(review.slug) == (latest.file.name, latest.sha256)
    assert files.report_pdf_latest("no-such-report") is None
    Review.objects.filter(pk=review.pk).update(status=Review.Status.REMOVED)
    assert files.report_pdf_latest(review.slug) is None


def test_a_report_referencing_a_local_file_renders_without_it(author):
    secret = Path("/etc/passwd").read_text().splitlines()[0]
    review = make_public_review(
        author=author,
        summary='See <img src="file:///etc/passwd"> and <link rel="stylesheet" '
        'href="file:///etc/passwd"> and <iframe src="file:///etc/passwd"></iframe>.',
    )
    files.pdf_sweep(now=timezone.now())
    stored = PublicPdf.objects.get(key=f"report/{review.pk}")

    with stored.file.open("rb") as handle:
        text = _pdf_text(handle.read())
    assert "file:///etc/passwd" in text  # shown as text, never fetched
    assert secret not in text
    # And the renderer itself refuses such a reference even in raw HTML.
    raw = pdf_module.render_pdf(
        '<html lang="en"><head><title>t</title><link rel="stylesheet" href="file:///etc/passwd">'
        '</head><body><h1>t</h1><img src="file:///etc/passwd" alt="x"></body></html>'
    )
    assert secret not in _pdf_text(raw)


def test_removed_reports_keep_a_pdf_for_copy_requests_and_drafts_get_none(author):
    removed = make_public_review(author=author, status=Review.Status.REMOVED)
    make_briefing(removed)
    draft = make_public_review(author=author, status=Review.Status.DRAFT)
    make_briefing(draft)

    public_pdf_sweep.apply()

    assert set(PublicPdf.objects.values_list("key", flat=True)) == {f"report/{removed.pk}"}
    assert draft.pk  # nothing rendered for the draft


def test_a_failing_render_is_logged_and_the_sweep_goes_on(author, caplog):
    first = make_public_review(author=author)
    second = make_public_review(author=author)
    real = pdf_module.render_pdf
    calls = []

    def flaky(html):
        calls.append(html)
        if len(calls) == 1:
            raise OSError("disk full")
        return real(html)

    with mock.patch.object(pdf_module, "render_pdf", flaky):
        assert files.pdf_sweep(now=timezone.now()) == 1

    assert (
        PublicPdf.objects.filter(key__in=[f"report/{first.pk}", f"report/{second.pk}"]).count() == 1
    )
    assert "Could not render the PDF" in caplog.text
