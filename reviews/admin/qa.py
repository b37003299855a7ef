"""Admin views for quality assurance: submit, the QA page, and lifting restrictions.

Views parse forms and call services; a refused move becomes an error shown with the form (or
a message) and changes nothing. Every form on the QA page has a prefix of its own (the
criterion's, the flagged detail's), so no two inputs share an id or a name.
"""

from __future__ import annotations

import re
from functools import partial

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.forms import Form
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from .. import services
from ..forms import AcceptDetailForm, LiftRestrictionForm, ReturnToDraftForm, SignOffForm
from ..models import Criterion, Restriction, Review, publishable_pieces
from ..services.flagged import report_marked


def _qa_url(review: Review, fragment: str = "") -> str:
    url = reverse("admin:reviews_review_qa", args=[review.pk])
    return f"{url}#{fragment}" if fragment else url


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
    """The QA page: criteria, flagged details, readability, changes and restrictions.

    A form that is wrong, or a move a service refuses, shows the page again (200) with the
    error at its field and in a summary at the top, and what was typed kept. A move done
    redirects back to the criterion or the detail it was about.
    """
    if not request.user.has_perm("reviews.view_protectedname"):
        raise PermissionDenied  # the page shows private names in context
    review = get_object_or_404(Review, pk=pk)
    forms: dict = {}
    if request.method == "POST":
        response = _qa_post(request, review, forms)
        if response is not None:
            return response
    context = _qa_context(request, review, forms)
    if context["error_summary"]:
        context["title"] = f"Error: {context['title']}"
    return TemplateResponse(
        request,
        "admin/reviews/review/qa.html",
        {**model_admin.admin_site.each_context(request), **context},
    )


def _qa_post(request: HttpRequest, review: Review, forms: dict) -> HttpResponse | None:
    """Handle one QA form; return a redirect when done, None to show the page with errors."""
    handlers = {"sign": _sign, "accept": _accept, "return": _return}
    handler = handlers.get(request.POST.get("do", ""))
    done = handler(request, review, forms) if handler else None
    if handler is None or done is False:
        messages.error(request, "That request was not understood; nothing was changed.")
        return redirect(_qa_url(review))
    if done is None:
        return None
    message, url = done
    messages.success(request, message)
    return redirect(url)


def _refused(form: Form, call) -> bool:
    """Run `call`; a refusal by the service becomes an error on `form`. True when it ran."""
    try:
        call()
    except services.TransitionError as error:
        form.add_error(None, str(error))
        return False
    return True


def sign_prefix(criterion: str) -> str:
    return f"criterion-{criterion}"


def _sign(request, review, forms):
    criterion = request.POST.get("criterion", "")
    if criterion not in Criterion.values:
        return False
    prefix = sign_prefix(criterion)
    data = request.POST.copy()
    data[f"{prefix}-criterion"] = criterion  # the one the approver chose, whatever was posted
    form = SignOffForm(data, prefix=prefix)
    forms[("sign", criterion)] = form
    if not form.is_valid():
        return None
    fields = form.cleaned_data
    sign = partial(
        services.signoff_record,
        review=review,
        by=request.user,
        criterion=criterion,
        met=fields["met"],
        comment=fields["comment"],
        seen_hash=fields["seen_hash"],
    )
    if not _refused(form, sign):
        return None
    review.refresh_from_db()
    if review.status == Review.Status.QA_APPROVED:
        message = "All five criteria are met: the review is QA approved."
    else:
        verdict = "met" if fields["met"] else "not met"
        message = f"Signed {Criterion(criterion).label}: {verdict}."
    return message, _qa_url(review, prefix)


def _accept(request, review, forms):
    key = request.POST.get("flag", "")
    if not re.fullmatch(r"[\w-]{1,200}", key, re.ASCII):
        return False
    form = AcceptDetailForm(request.POST, prefix=f"flag-{key}")
    forms[("accept", key)] = form
    if not form.is_valid():
        return None
    accept = partial(services.identifier_accept, review=review, by=request.user)
    if not _refused(form, partial(accept, **form.cleaned_data)):
        return None
    return "Accepted: the detail may be published as it is.", _qa_url(review, f"flag-{key}")


def _return(request, review, forms):
    form = ReturnToDraftForm(request.POST)
    forms["return"] = form
    if not form.is_valid():
        return None
    reasons = form.cleaned_data["reasons"]
    back = partial(services.review_return_to_draft, review=review, by=request.user)
    if not _refused(form, partial(back, reasons=reasons)):
        return None
    return "Returned to draft with your reasons.", reverse(
        "admin:reviews_review_change", args=[review.pk]
    )


def _qa_context(request: HttpRequest, review: Review, forms: dict) -> dict:
    pieces, text, digest = services.current_version(review)
    live = services.live_signoffs(review)
    signed = services.signed_hashes(review, digest)  # approved corrections keep a sign-off
    criteria = [
        {
            "value": criterion.value,
            "label": criterion.label,
            "anchor": sign_prefix(criterion.value),
            "signoff": live.get(criterion.value),
            "current": criterion.value in live and live[criterion.value].content_hash in signed,
            "corrected": criterion.value in live and live[criterion.value].content_hash != digest,
            "form": forms.get(("sign", criterion.value))
            or SignOffForm(prefix=sign_prefix(criterion.value)),
        }
        for criterion in Criterion
    ]
    scanned = publishable_pieces(review, for_scanner=True)  # the progress the public reads too
    details = [
        (detail, forms.get(("accept", detail.key)) or AcceptDetailForm(prefix=detail.anchor))
        for detail in services.flag_details(review, scanned)
    ]
    return_form = forms.get("return") or ReturnToDraftForm()
    errors = [(item["form"], item["anchor"]) for item in criteria]
    errors += [(form, detail.anchor) for detail, form in details]
    errors.append((return_form, "return-to-draft"))
    return {
        "title": f"Quality assurance: {review.reference}",
        "review": review,
        "opts": Review._meta,
        "digest": digest,
        "criteria": criteria,
        "details": details,
        "unresolved": sum(1 for detail, _ in details if detail.acceptance is None),
        "report": report_marked(scanned, [detail for detail, _ in details]),
        "readability": services.readability_by_section(pieces),
        "diff": services.diff_since_last_signoff(review, text),
        "corrections": review.text_versions.exclude(corrects="").order_by("created_at"),
        "restrictions": review.active_restrictions(),
        "today": timezone.localdate(),
        "return_form": return_form,
        "error_summary": error_summary(errors),
        "can_sign": review.status == Review.Status.IN_QA
        and request.user.has_perm("reviews.sign_off_review"),
    }


def error_summary(forms: list[tuple[Form, str]]) -> list[tuple[str, str]]:
    """Each error of each bound form as (message, the id it links to), in page order.

    A field's error links to its input (a radio group's first button); an error of the whole
    form, or of a hidden field, links to `anchor`, the form's place on the page.
    """
    summary = []
    for form, anchor in forms:
        if not form.is_bound:
            continue
        for name, errors in form.errors.items():
            target = anchor
            if name in form.fields and not form[name].is_hidden:
                field = form[name]
                target = field.id_for_label or f"{field.auto_id}_0"
            summary += [(str(message), target) for message in errors]
    return summary


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
