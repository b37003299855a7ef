"""The review's action plan on one page: every recommendation with its actions, added and edited
in place (one formset of actions per recommendation) and saved with one button.

The rules are those of the recommendation's own page (`review.ActionInline`): once the review's
text is locked, an action's agency and description are read-only and no action is added or
deleted; once it is QA approved, an action's progress is read-only too, and moves on only by a
progress update that a second person approves (`progress.py`, `reviews.services.progress`);
without permission to change actions the page is read-only and a POST is refused.
Each row is saved through the model (a history row each) and the text check runs after, as it
does after any other edit: a save that would void a sign-off or a notice is rolled back and the
page shown again, as typed, with the warning and the box that confirms it (`voiding.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.forms.models import BaseInlineFormSet, inlineformset_factory
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from nelscp.admin import BoundedModelChoiceField, OwnRowsFormSet

from ..models import Action, Recommendation, Review
from .voiding import VoidUnconfirmed, text_change_check, warning_context

FIELDS = [
    "agency",
    "description",
    "due_date",
    "status",
    "completed_on",
    "impact",
    "more_to_do",
    "evidence",
]
TEXT = ["agency", "description"]  # read-only once the review's text is locked
PROGRESS = list(Action.PROGRESS_FIELDS)  # from QA approval on, changed by approved updates only
KEPT = "This action has progress updates, which are kept, so the action cannot be deleted."
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ActionForm(forms.ModelForm):
    class Meta:
        model = Action
        fields = FIELDS
        field_classes = {"agency": BoundedModelChoiceField}
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "due_date": DATE,
            "completed_on": DATE,
            "impact": forms.Textarea(attrs={"rows": 3}),
            "more_to_do": forms.Textarea(attrs={"rows": 2}),
            "evidence": forms.Textarea(attrs={"rows": 2}),
        }


class ActionFormSet(OwnRowsFormSet, BaseInlineFormSet):
    """The actions of one recommendation. Without `may_add`, rows posted beyond the existing
    actions are never read, so nothing can be added."""

    may_add = True

    def total_form_count(self) -> int:
        return super().total_form_count() if self.may_add else self.initial_form_count()

    def clean(self):
        super().clean()
        if any(
            form.instance.pk and form.instance.progress_updates.exists()
            for form in self.deleted_forms
        ):
            raise ValidationError(KEPT)  # its updates are the record: never deleted


@dataclass(frozen=True)
class May:
    """What the user may do on this review's action plan."""

    change: bool
    add: bool
    delete: bool
    text: bool  # an action's agency and description, until the review's text is locked
    progress: bool  # an action's progress, until the review is QA approved


@dataclass
class Plan:
    recommendation: Recommendation
    actions: list[Action]
    formset: ActionFormSet | None  # None when the page is read-only


def may_for(user, review: Review) -> May:
    open_ = not review.is_text_locked()
    return May(
        change=user.has_perm("reviews.change_action"),
        add=open_ and user.has_perm("reviews.add_action"),
        delete=open_ and user.has_perm("reviews.delete_action"),
        text=open_,
        progress=not review.is_progress_checked(),
    )


def _formset(recommendation: Recommendation, actions: list[Action], may: May, data):
    hidden = ([] if may.text else TEXT) + ([] if may.progress else PROGRESS)
    fields = [field for field in FIELDS if field not in hidden]
    factory = inlineformset_factory(
        Recommendation,
        Action,
        form=ActionForm,
        formset=type("Formset", (ActionFormSet,), {"may_add": may.add}),
        fields=fields,
        extra=(1 if actions else 2) if may.add else 0,
        can_delete=may.delete,
    )
    return factory(data, instance=recommendation, prefix=f"rec-{recommendation.pk}")


def action_plan_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the plan (forms for those who may change actions); POST: save every formset, or
    show the page again, everything typed kept, with each error on its field or with the
    warning of what saving would void."""
    review = get_object_or_404(Review, pk=pk)
    user = request.user
    if not (user.has_perm("reviews.view_action") or user.has_perm("reviews.change_action")):
        raise PermissionDenied
    may = may_for(user, review)
    posted = request.method == "POST"
    if posted and not may.change:
        raise PermissionDenied
    plans = _plans(review, may, request.POST if posted else None)
    valid = [plan.formset.is_valid() for plan in plans] if posted else []  # every error shown
    warning = None
    if posted and all(valid):
        warning = _save(request, review, plans)
        if warning is None:
            messages.success(request, "The action plan was saved.")
            if "_return" in request.POST:
                return redirect("admin:reviews_review_change", review.pk)
            return redirect("admin:reviews_review_action_plan", review.pk)
        plans = _plans(review, may, request.POST)  # the save was rolled back: as typed, again
    context = _context(review, may, plans, posted and warning is None)
    return TemplateResponse(
        request,
        "admin/reviews/review/action_plan.html",
        {
            **model_admin.admin_site.each_context(request),
            **context,
            **(warning_context(warning) if warning else {}),
        },
    )


def _save(request: HttpRequest, review: Review, plans: list[Plan]) -> str | None:
    """Save every formset; None when saved, else the warning of what saving would void (and
    nothing is saved)."""
    try:
        with transaction.atomic():
            for plan in plans:
                plan.formset.save()
            text_change_check(request, review)
    except VoidUnconfirmed as unconfirmed:
        return unconfirmed.warning
    return None


def _plans(review: Review, may: May, data) -> list[Plan]:
    recommendations = review.recommendations.prefetch_related("actions__agency")
    plans = []
    for recommendation in recommendations:
        actions = list(recommendation.actions.all())
        formset = _formset(recommendation, actions, may, data) if may.change else None
        plans.append(Plan(recommendation, actions, formset))
    return plans


def _context(review: Review, may: May, plans: list[Plan], posted: bool) -> dict:
    today = timezone.localdate()
    return {
        "title": f"Action plan: {review.reference}",
        "review": review,
        "opts": Review._meta,
        "may": may,
        "locked": review.is_text_locked(),
        "plans": plans,
        "progress": review.action_progress(today),
        "overdue": {a.pk for plan in plans for a in plan.actions if a.is_overdue(today)},
        "errors": posted,  # a POST shown again is a POST with errors
        "review_url": reverse("admin:reviews_review_change", args=[review.pk]),
    }
