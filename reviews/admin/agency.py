"""The pages of an action owner in a partner agency: their agency's actions, and one action with
its progress and a form to report more (`nelscp/urls.py` serves them under /admin/agency/,
behind the admin's sign-in and second factor).

They are not the admin's lists, which would show far more than an action owner may read: each
page shows one agency's actions on QA-approved reviews (`reviews.services.owners`), with the
recommendation and the review's findings they answer, and never the review's private names
(withheld wherever one appears), its restrictions, sign-offs or notices, nor other agencies'
actions. Anyone who is not an action owner with an agency gets 403; another agency's action,
or one on a review still being written, is a 404.
"""

from __future__ import annotations

from functools import partial

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone

from nelscp.admin import key_out_of_range

from .. import services
from ..forms import OwnerProgressUpdateForm
from ..models import Action, Agency, ProgressUpdate
from ..services import owners, progress

UPDATE_TEXTS = ("impact", "more_to_do", "evidence_note", "decision_note")


def _agency(request: HttpRequest) -> Agency:
    agency = owners.agency_of(request.user)
    if agency is None:
        raise PermissionDenied("This page is for action owners of a partner agency.")
    return agency


def _masker(action: Action):
    """`text -> text` with this action's review's private names withheld."""
    names = [row.name for row in action.recommendation.review.protected_names.all()]
    return partial(owners.names_masked, names=names)


def agency_actions_view(request: HttpRequest) -> HttpResponse:
    """Every action of the owner's agency on a QA-approved review, soonest due first."""
    agency = _agency(request)
    today = timezone.localdate()
    rows = []
    for action in owners.owner_actions(agency):
        shown, review = _masker(action), action.recommendation.review
        rows.append(
            {
                "action": action,
                "reference": review.reference,
                "title": shown(review.title),
                "pseudonym": shown(review.pseudonym),
                "recommendation": shown(action.recommendation.text),
                "description": shown(action.description),
                "overdue": action.is_overdue(today),
            }
        )
    context = {
        **admin.site.each_context(request),
        "title": f"Your agency's actions: {agency}",
        "agency": agency,
        "rows": rows,
    }
    return TemplateResponse(request, "admin/agency/actions.html", context)


def agency_action_view(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: one action of the owner's agency, its progress and updates, and the form to report
    progress. POST: submit the update, which waits for a second person's approval."""
    agency = _agency(request)
    if key_out_of_range(Action._meta.pk, pk):
        raise Http404("No such action.")
    action = get_object_or_404(owners.owner_actions(agency), pk=pk)
    form = OwnerProgressUpdateForm.for_action(action, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            progress.progress_submit(action=action, by=request.user, **form.cleaned_data)
        except services.TransitionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                "Submitted: the business unit checks your update before it shows on the report.",
            )
            return redirect("agency_action", action.pk)
    return TemplateResponse(
        request, "admin/agency/action.html", _action_context(request, action, form)
    )


def _action_context(request: HttpRequest, action: Action, form: OwnerProgressUpdateForm) -> dict:
    shown, review = _masker(action), action.recommendation.review
    updates = action.progress_updates.select_related("submitted_by", "decided_by")
    return {
        **admin.site.each_context(request),
        "title": f"An action of {review.reference}",
        "action": action,
        "reference": review.reference,
        "review_title": shown(review.title),
        "pseudonym": shown(review.pseudonym),
        "recommendation": shown(action.recommendation.text),
        "findings": [
            {"title": shown(finding.title), "text": shown(finding.text)}
            for finding in review.findings.all()
        ],
        "description": shown(action.description),
        "impact": shown(action.impact),
        "more_to_do": shown(action.more_to_do),
        "overdue": action.is_overdue(timezone.localdate()),
        "updates": [_update_row(update, shown) for update in updates],
        "form": form,
    }


def _update_row(update: ProgressUpdate, shown) -> dict:
    return {
        "update": update,
        **{name: shown(getattr(update, name)) for name in UPDATE_TEXTS},
    }
