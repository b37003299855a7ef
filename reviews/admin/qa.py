"""Admin views for quality assurance: submit, the QA page, and lifting restrictions.

Views parse forms and call services; a refused move becomes an error message and changes
nothing.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from .. import services
from ..forms import AcceptDetailForm, LiftRestrictionForm, ReturnToDraftForm, SignOffForm
from ..models import Criterion, Restriction, Review


def _qa_url(review: Review) -> str:
    return reverse("admin:reviews_review_qa", args=[review.pk])


def submit_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    review = get_object_or_404(Review, pk=pk)
    try:
        services.review_submit(review=review, by=request.user)
    except services.TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Submitted for quality assurance. A QA approver can now sign it.")
    return redirect("admin:reviews_review_change", review.pk)


def qa_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """The QA page: criteria, flagged details, readability, changes and restrictions."""
    if not request.user.has_perm("reviews.view_protectedname"):
        raise PermissionDenied  # the page shows private names in context
    review = get_object_or_404(Review, pk=pk)
    forms: dict = {}
    if request.method == "POST":
        response = _qa_post(request, review, forms)
        if response is not None:
            return response
    return TemplateResponse(
        request,
        "admin/reviews/review/qa.html",
        {**model_admin.admin_site.each_context(request), **_qa_context(request, review, forms)},
    )


def _qa_post(request: HttpRequest, review: Review, forms: dict) -> HttpResponse | None:
    """Handle one QA form; return a redirect on success, None to show the page with errors."""
    handlers = {"sign": _sign, "accept": _accept, "return": _return}
    handler = handlers.get(request.POST.get("do", ""))
    if handler is None:
        messages.error(request, "That request was not understood; nothing was changed.")
        return redirect(_qa_url(review))
    try:
        done = handler(request, review, forms)
    except services.TransitionError as error:
        messages.error(request, str(error))
        return redirect(_qa_url(review))
    if done is None:
        return None
    messages.success(request, done)
    if request.POST.get("do") == "return":
        return redirect("admin:reviews_review_change", review.pk)
    return redirect(_qa_url(review))


def _sign(request, review, forms) -> str | None:
    form = SignOffForm(request.POST)
    if not form.is_valid():
        forms[("sign", request.POST.get("criterion"))] = form
        return None
    data = form.cleaned_data
    services.signoff_record(
        review=review,
        by=request.user,
        criterion=data["criterion"],
        met=data["met"],
        comment=data["comment"],
        seen_hash=data["seen_hash"],
    )
    review.refresh_from_db()
    if review.status == Review.Status.QA_APPROVED:
        return "All five criteria are met: the review is QA approved."
    return f"Signed {Criterion(data['criterion']).label}: {'met' if data['met'] else 'not met'}."


def _accept(request, review, forms) -> str | None:
    form = AcceptDetailForm(request.POST)
    if not form.is_valid():
        forms[("accept", request.POST.get("piece_key"), request.POST.get("text"))] = form
        return None
    services.identifier_accept(review=review, by=request.user, **form.cleaned_data)
    return "Accepted: the detail may be published as it is."


def _return(request, review, forms) -> str | None:
    form = ReturnToDraftForm(request.POST)
    if not form.is_valid():
        forms["return"] = form
        return None
    services.review_return_to_draft(
        review=review, by=request.user, reasons=form.cleaned_data["reasons"]
    )
    return "Returned to draft with your reasons."


def _qa_context(request: HttpRequest, review: Review, forms: dict) -> dict:
    pieces, text, digest = services.current_version(review)
    live = services.live_signoffs(review)
    today = timezone.localdate()
    criteria = [
        {
            "value": criterion.value,
            "label": criterion.label,
            "signoff": live.get(criterion.value),
            "current": criterion.value in live and live[criterion.value].content_hash == digest,
            "form": forms.get(("sign", criterion.value))
            or SignOffForm(initial={"criterion": criterion.value, "seen_hash": digest}),
        }
        for criterion in Criterion
    ]
    details = services.flag_details(review, pieces)
    return {
        "title": f"Quality assurance: {review.reference}",
        "review": review,
        "opts": Review._meta,
        "criteria": criteria,
        "details": details,
        "unresolved": sum(1 for detail in details if detail.acceptance is None),
        "accept_errors": {key[1:]: form for key, form in forms.items() if key[0] == "accept"},
        "readability": services.readability_by_section(pieces),
        "diff": services.diff_since_last_signoff(review, text),
        "restrictions": review.active_restrictions(),
        "today": today,
        "return_form": forms.get("return") or ReturnToDraftForm(),
        "can_sign": review.status == Review.Status.IN_QA
        and request.user.has_perm("reviews.sign_off_review"),
    }


def lift_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    restriction = get_object_or_404(Restriction, pk=pk)
    if not request.user.has_perm("reviews.change_restriction"):
        raise PermissionDenied
    form = LiftRestrictionForm(request.POST or None, initial={"lifted_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.restriction_lift(
                restriction=restriction,
                by=request.user,
                note=form.cleaned_data["note"],
                on=form.cleaned_data["lifted_on"],
            )
        except services.TransitionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"Lifted: {restriction}.")
        return redirect("admin:reviews_restriction_change", restriction.pk)
    context = {
        **model_admin.admin_site.each_context(request),
        "title": f"Lift restriction: {restriction}",
        "restriction": restriction,
        "form": form,
        "opts": Restriction._meta,
    }
    return TemplateResponse(request, "admin/reviews/restriction/lift.html", context)
