"""Stored notice PDFs are served to staff only as PDF downloads: nothing else under the media
folder, nothing outside it, never cached, never run as a page of the site."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse

from publishing.services import notices

from .factories import make_approved_review, set_recipient_emails

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def url(path: str) -> str:
    return reverse("staff_media", args=[path])


def store(path: str, content: bytes = PDF):
    file = settings.MEDIA_ROOT / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(content)
    return file


def directives(response) -> set[str]:
    return {part.strip() for part in response["Cache-Control"].split(",")}


def test_it_serves_a_stored_notice_pdf_as_an_uncached_sandboxed_download(client, manager):
    store("notices/NEL-2026-01-prepublication-1.pdf")
    client.force_login(manager)

    response = client.get(url("notices/NEL-2026-01-prepublication-1.pdf"))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="NEL-2026-01-prepublication-1.pdf"'
    )
    assert {"no-store", "private"} <= directives(response)
    assert "public" not in directives(response)
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_link_on_the_publication_page_downloads_the_rendered_notice(
    client, author, approver, manager
):
    set_recipient_emails()
    review = make_approved_review(author=author, approver=approver)
    notice = notices.notice_send(review=review, by=manager)
    notices.notice_render(notice_id=notice.pk)
    notice.refresh_from_db()
    client.force_login(manager)

    page = client.get(reverse("admin:reviews_review_publication", args=[review.pk]))
    response = client.get(notice.pdf.url)

    assert f'href="{notice.pdf.url}"' in page.content.decode()
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:5] == b"%PDF-"
    assert response["Content-Disposition"].startswith("attachment;")


@pytest.mark.parametrize(
    "path, content",
    [
        ("notices/page.html", b"<script>alert(document.cookie)</script>"),  # not a .pdf
        ("notices/page.html", PDF),  # PDF bytes, wrong name
        ("notices/fake.pdf", b"<html><script>alert(1)</script></html>"),  # name only
        ("notices/empty.pdf", b""),
        ("notices/image.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("notices/late-header.pdf", b" %PDF-1.7\n"),  # the magic must come first
    ],
)
def test_anything_but_a_pdf_is_not_found(client, manager, path, content):
    store(path, content)
    client.force_login(manager)

    assert client.get(url(path)).status_code == 404


def test_the_extension_is_matched_without_case(client, manager):
    store("notices/OLD.PDF")
    client.force_login(manager)

    response = client.get(url("notices/OLD.PDF"))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF  # read to the end, so the file is closed


@pytest.mark.parametrize(
    "path",
    [
        "../secret.pdf",
        "notices/../../secret.pdf",
        "%2e%2e/secret.pdf",
        "..%2fsecret.pdf",
        "/{outside}/secret.pdf",
        "notices/link.pdf",  # a symbolic link inside the folder, to the file outside it
        "notices/missing.pdf",
        "notices/folder.pdf",
        "notices/nul%00.pdf",
    ],
)
def test_nothing_outside_the_media_folder_or_missing_is_served(client, manager, path):
    outside = settings.MEDIA_ROOT.parent / "secret.pdf"
    outside.write_bytes(PDF)
    store("notices/keep.pdf")
    (settings.MEDIA_ROOT / "notices" / "link.pdf").symlink_to(outside)
    (settings.MEDIA_ROOT / "notices" / "folder.pdf").mkdir()
    client.force_login(manager)

    path = path.replace("{outside}", str(outside.parent).lstrip("/"))
    response = client.get(f"/admin/files/{path}")

    assert response.status_code == 404


def test_staff_who_may_not_see_reviews_are_refused(client, outsider):
    store("notices/notice.pdf")
    client.force_login(outsider)

    assert client.get(url("notices/notice.pdf")).status_code == 403


def test_the_public_is_sent_to_sign_in(client):
    store("notices/notice.pdf")

    response = client.get(url("notices/notice.pdf"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
