"""Public-site tasks: render the PDFs of public documents, once per version, and store them."""

from celery import shared_task
from django.utils import timezone

from . import public_services

__all__ = ["public_pdf_sweep"]


@shared_task(name="publishing.public_pdf_sweep")
def public_pdf_sweep() -> int:
    """Render every missing or outdated public PDF (run by beat, and queued on changes)."""
    return public_services.pdf_sweep(now=timezone.now())
