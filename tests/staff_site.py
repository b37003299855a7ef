"""The staff site for tests/test_a11y_staff.py, run in the site's own process after
django.setup(): the demo seeded, with a row in each list a service can fill, and every staff
page of each role, walked from the admin registry, printed as JSON.
"""

from __future__ import annotations

import datetime
import json

ROLES = ["manager", "author", "auditor"]
WIDTHS = [1280, 320]


def seed() -> None:
    """Seed the demo, add a row to each empty list that a service can fill, add a newcomer
    for each width (to set up an authenticator app), print {role: {page name: path}}."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from nelscp.accounts.demo import demo_devices_load
    from publishing.demo import seed_demo
    from publishing.models import NonWorkingDay
    from publishing.services.copy_requests import copy_request_create
    from publishing.services.corrections import correction_propose
    from publishing.services.display import extension_add
    from reviews.demo import DEMO_PASSWORD
    from reviews.models import Review

    today = timezone.localdate()
    seed_demo(today=today)
    demo_devices_load()
    users = {u.username: u for u in get_user_model().objects.all()}
    removed = Review.objects.filter(status=Review.Status.REMOVED).first()
    copy_request_create(
        review=removed, name="Sam Reader", email="sam@example.org", now=timezone.now()
    )
    published = Review.objects.filter(status=Review.Status.PUBLISHED).first()
    extension_add(
        review=published,
        by=users["manager"],
        until=today + datetime.timedelta(days=400),
        reason="Linked to a later review on the same family.",
        linked_review=None,
        today=today,
    )
    NonWorkingDay.objects.create(date=today + datetime.timedelta(days=60), name="Royal event")
    correction_propose(
        review=published,
        by=users["author"],
        changes={"summary": published.summary + " Corrected."},
        note="the summary",
    )
    for width in WIDTHS:
        get_user_model().objects.create_user(
            f"newcomer{width}", password=DEMO_PASSWORD, is_staff=True
        )
    print(json.dumps({role: _pages_of(users[role]) for role in ROLES}))


def _pages_of(user) -> dict[str, str]:
    """Every admin page `user` may open: lists, forms and history of the registry, then the
    review's pages for one review in each state."""
    from django.contrib import admin
    from django.test import RequestFactory
    from django.urls import reverse

    request = RequestFactory().get("/admin/")
    request.user = user
    pages = {"index": reverse("admin:index"), "dashboard": reverse("dashboard")}
    for model, model_admin in admin.site._registry.items():
        if not model_admin.has_view_or_change_permission(request):
            continue
        label, name = (
            model._meta.label_lower,
            f"admin:{model._meta.app_label}_{model._meta.model_name}",
        )
        pages[f"{label}-list"] = reverse(f"{name}_changelist")
        if model_admin.has_add_permission(request):
            pages[f"{label}-add"] = reverse(f"{name}_add")
        obj = model_admin.get_queryset(request).order_by("pk").first()
        if obj is not None and model_admin.has_view_or_change_permission(request, obj):
            pages[f"{label}-change"] = reverse(f"{name}_change", args=[obj.pk])
            if label in ("reviews.review", "auth.user"):  # the two kinds of history page
                pages[f"{label}-history"] = reverse(f"{name}_history", args=[obj.pk])
    return pages | _review_pages(user)


def _review_pages(user) -> dict[str, str]:
    from django.urls import Resolver404, resolve, reverse

    from reviews.models import Review

    pages = {}
    for status in Review.Status.values:
        review = Review.objects.filter(status=status).order_by("pk").first()
        if review is None:
            continue
        base = reverse("admin:reviews_review_change", args=[review.pk]).removesuffix("change/")
        pages[f"reviews.review-change-{status}"] = base + "change/"
        if user.has_perm("reviews.view_protectedname"):  # the QA page shows private names
            pages[f"qa-{status}"] = base + "qa/"
        pages[f"publication-{status}"] = base + "publication/"
        try:  # being built: checked once it exists (else the admin's catch-all, unnamed)
            plan = resolve(base + "action-plan/").url_name
        except Resolver404:
            plan = None
        if plan not in (None, "reviews_review_change"):
            pages[f"action-plan-{status}"] = base + "action-plan/"
    review = Review.objects.filter(status=Review.Status.PUBLISHED).first()
    correction = review.corrections.first()
    if user.has_perm("publishing.add_correction"):
        pages["correction-propose"] = reverse(
            "admin:publishing_correction_propose", args=[review.pk]
        )
    if correction is not None:
        pages["correction-decide"] = reverse(
            "admin:publishing_correction_decide", args=[review.pk, correction.pk]
        )
    record = review.history.order_by("history_id").first()
    pages["reviews.review-history-record"] = reverse(
        "admin:reviews_review_simple_history", args=[review.pk, record.history_id]
    )
    return pages
