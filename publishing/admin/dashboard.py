"""The staff dashboard: what needs attention now."""

from __future__ import annotations

import datetime

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from ..services import alerts, catalogue, charts, common, page_cache

DASHBOARD_SHOWN = 25  # items listed per category until "Show all" is asked for (?all=)


def _plan_status(today: datetime.date) -> charts.PlanStatus:
    """Every public action counted by status (one aggregate over all of them), kept until a
    public change or the end of the day."""
    return page_cache.remembered(
        "plan-status",
        today,
        lambda: charts.plan_status(reviews=catalogue.public_reviews(), today=today),
    )


def dashboard_view(request: HttpRequest) -> HttpResponse:
    """What needs attention now, for staff who may see reviews."""
    if not request.user.has_perm("reviews.view_review"):
        raise PermissionDenied
    now = timezone.now()
    age = common.heartbeat_age(name="scheduler", now=now)
    context = {
        **admin.site.each_context(request),
        "title": "What needs attention",
        "groups": alerts.dashboard(
            now=now, shown=DASHBOARD_SHOWN, whole=request.GET.get("all", "")
        ),
        "scheduler_age_minutes": None if age is None else int(age.total_seconds() // 60),
        "plan_chart": charts.status_bar(_plan_status(timezone.localdate(now))),
    }
    return TemplateResponse(request, "admin/publishing/dashboard.html", context)
