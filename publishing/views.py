"""Public pages. Only reviews in a public state are ever read here."""

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone

from reviews.models import Review

from . import services


def home(request):
    latest = (
        Review.objects.filter(status=Review.Status.PUBLISHED)
        .prefetch_related("themes")
        .order_by("-decision_date")[:6]
    )
    return render(request, "publishing/home.html", {"latest": latest})


def healthz(request):
    """Health for docker-compose and monitoring.

    503 when the database does not answer. The scheduler's age is reported, not judged: the
    web server stays healthy while the worker is down, and monitoring alerts on the age.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        age = services.heartbeat_age(name="scheduler", now=timezone.now())
    except Exception as exc:  # any database failure means unhealthy
        return JsonResponse({"status": "error", "database": type(exc).__name__}, status=503)
    seconds = None if age is None else round(age.total_seconds())
    return JsonResponse({"status": "ok", "database": "ok", "scheduler_last_seen_seconds": seconds})
