"""Admin pages for the lifecycle: each review's publication page and the staff dashboard.

Views parse forms and call services; a refused move becomes an error message and changes
nothing. Every change is a POST with a CSRF token, so a double click is one claimed move and
one refused one.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone

from reviews.models import Review

from ..models import Decision, Delivery
from ..services import alerts, common, decisions, deliveries, display, notices, scheduling
from .forms import AdviceForm, ExtensionForm, FinalDecisionForm, ReasonsForm, ScheduleForm


def publication_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """One review's publication: notice, deliveries, schedule, display, removal, decisions."""
    review = get_object_or_404(Review, pk=pk)
    if not request.user.has_perm("reviews.view_review"):
        raise PermissionDenied
    forms: dict = {}
    if request.method == "POST":
        response = _dispatch(request, review, forms)
        if response is not None:
            return response
    context = {
        **model_admin.admin_site.each_context(request),
        **_context(request, review, forms),
    }
    return TemplateResponse(request, "admin/publishing/publication.html", context)


def _dispatch(request, review: Review, forms: dict) -> HttpResponse | None:
    action = ACTIONS.get(request.POST.get("do", ""))
    if action is None:
        messages.error(request, "That request was not understood; nothing was changed.")
        return redirect(request.path)
    try:
        done = action(request, review, forms)
    except common.TransitionError as error:
        messages.error(request, str(error))
        return redirect(request.path)
    if done is None:
        return None  # a form error: show the page with it
    messages.success(request, done)
    return redirect(request.path)


def _send_notice(request, review, forms) -> str:
    notices.notice_send(review=review, by=request.user)
    return (
        "The pre-publication notice is saved and on its way to Ofsted, the DfE and the "
        "National Panel: a worker renders the PDF and sends it (if the worker or its queue is "
        "down, it goes as soon as they are back). Each delivery's state is shown below."
    )


def _schedule(request, review, forms) -> str | None:
    form = ScheduleForm(request.POST)
    if not form.is_valid():
        forms["schedule"] = form
        return None
    at = form.publish_at()
    scheduling.publication_schedule(review=review, by=request.user, at=at, now=timezone.now())
    return f"Scheduled for {timezone.localtime(at):%-d %B %Y at %H:%M}."


def _unschedule(request, review, forms) -> str:
    scheduling.publication_unschedule(review=review, by=request.user)
    return "Unscheduled: the notice still stands."


def _extend(request, review, forms) -> str | None:
    form = ExtensionForm(request.POST, review=review)
    if not form.is_valid():
        forms["extend"] = form
        return None
    extension = display.extension_add(
        review=review, by=request.user, today=timezone.localdate(), **form.cleaned_data
    )
    return f"Extended until {extension.until:%-d %B %Y}."


def _remove(request, review, forms) -> str:
    display.review_remove(review=review, by=request.user, now=timezone.now())
    return "Removed from the website. The report stays available on request."


def _decide(request, review, forms) -> str | None:
    form = ReasonsForm(request.POST)
    if not form.is_valid():
        forms["decide"] = form
        return None
    decisions.decision_record(review=review, by=request.user, reasons=form.cleaned_data["reasons"])
    return "Decision recorded and referred to the National Panel."


def _advice(request, review, forms) -> str | None:
    form = AdviceForm(request.POST)
    if not form.is_valid():
        forms["advice"] = form
        return None
    decision = _open_decision(review)
    decisions.decision_advice_record(
        decision=decision, by=request.user, today=timezone.localdate(), **form.cleaned_data
    )
    return "The Panel's advice is recorded."


def _finalise(request, review, forms) -> str | None:
    form = FinalDecisionForm(request.POST)
    if not form.is_valid():
        forms["final"] = form
        return None
    decision = decisions.decision_finalise(
        decision=_open_decision(review), by=request.user, **form.cleaned_data
    )
    return f"Final decision recorded ({decision.get_outcome_display()}) and notified."


def _retry(request, review, forms) -> str:
    delivery = get_object_or_404(
        Delivery, pk=request.POST.get("delivery", "0") or 0, notice__review=review
    )
    deliveries.delivery_retry(delivery=delivery, by=request.user)
    return f"Delivery to {delivery.recipient.name} queued again."


def _open_decision(review: Review) -> Decision:
    decision = review.decisions.filter(outcome="").first()
    if decision is None:
        raise common.TransitionError("There is no open decision not to publish.")
    return decision


ACTIONS: dict[str, Callable] = {
    "send_notice": _send_notice,
    "schedule": _schedule,
    "unschedule": _unschedule,
    "extend": _extend,
    "remove": _remove,
    "decide": _decide,
    "advice": _advice,
    "finalise": _finalise,
    "retry": _retry,
}


def _context(request, review: Review, forms: dict) -> dict:
    today = timezone.localdate()
    review_notices = review.notices.prefetch_related("deliveries__recipient")
    return {
        "title": f"Publication: {review.reference}",
        "review": review,
        "opts": Review._meta,
        "can_manage": request.user.has_perm("reviews.manage_publication"),
        "notices": review_notices,
        "readiness": notices.publication_readiness(review),
        "earliest": scheduling.earliest_publication(review, today=today),
        "on_site": display.on_site_until(review, today=today),
        "removal_problems": display.removal_problems(review, today=today),
        "extensions": review.extensions.select_related("linked_review"),
        "decisions": review.decisions.all(),
        "open_decision": review.decisions.filter(outcome="").first(),
        "restrictions": review.active_restrictions(),
        "schedule_form": forms.get("schedule") or ScheduleForm(),
        "extend_form": forms.get("extend") or ExtensionForm(review=review),
        "decide_form": forms.get("decide") or ReasonsForm(),
        "advice_form": forms.get("advice") or AdviceForm(),
        "final_form": forms.get("final") or FinalDecisionForm(),
    }


def dashboard_view(request: HttpRequest) -> HttpResponse:
    """What needs attention now, for staff who may see reviews."""
    if not request.user.has_perm("reviews.view_review"):
        raise PermissionDenied
    now = timezone.now()
    age = common.heartbeat_age(name="scheduler", now=now)
    context = {
        **admin.site.each_context(request),
        "title": "What needs attention",
        "groups": alerts.grouped(alerts.items(now=now)),
        "scheduler_age_minutes": None if age is None else int(age.total_seconds() // 60),
    }
    return TemplateResponse(request, "admin/publishing/dashboard.html", context)
