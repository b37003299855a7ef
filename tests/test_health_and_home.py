"""The health endpoint and the home page."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from publishing.services.common import heartbeat_record
from reviews.models import Review

from .factories import make_review

pytestmark = pytest.mark.django_db


def test_health_reports_the_database_and_the_scheduler_age(client):
    heartbeat_record(name="scheduler", now=timezone.now() - datetime.timedelta(seconds=90))

    response = client.get(reverse("publishing:healthz"))

    assert response.status_code == 200
    body = response.json()
    assert body["database"] == "ok"
    assert 89 <= body["scheduler_last_seen_seconds"] <= 100


def test_health_says_when_the_scheduler_has_never_run(client):
    assert client.get(reverse("publishing:healthz")).json()["scheduler_last_seen_seconds"] is None


def test_health_reports_the_worker_apart_from_the_scheduler(client):
    heartbeat_record(name="worker", now=timezone.now() - datetime.timedelta(seconds=30))

    body = client.get(reverse("publishing:healthz")).json()

    assert 29 <= body["worker_last_seen_seconds"] <= 40
    assert body["scheduler_last_seen_seconds"] is None


def test_the_home_page_lists_only_published_reviews(client, author):
    make_review(author=author, title="A published review", status=Review.Status.PUBLISHED)
    make_review(author=author, title="A draft nobody may see")

    page = client.get(reverse("publishing:home")).content.decode()

    assert "A published review" in page
    assert "A draft nobody may see" not in page
    assert 'href="#main"' in page  # skip link
