"""Admin pages for the lifecycle: each review's publication page and the staff dashboard.

Views parse forms and call services. A move that cannot be taken back (sending the notice,
unscheduling, removal, a decision not to publish and its final decision) is asked twice: the
first POST shows what will happen, and only a POST with `confirm=yes` acts. A service's refusal
of a move made with a form shows the page again with the reason at the form and what was typed
kept; any other refusal becomes an error message and changes nothing. Every change is a POST
with a CSRF token, so a double click is one claimed move and one refused one.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from reviews.admin.qa import error_summary
from reviews.models import Review

from ..models import Decision, Delivery, Recipient, Withdrawal
from ..services import (
    common,
    decisions,
    deliveries,
    display,
    notices,
    scheduling,
    withdrawals,
)
from . import withdrawing
from .forms import (
    AdviceForm,
    ExtensionForm,
    FinalDecisionForm,
    NoteForm,
    ReasonsForm,
    ScheduleForm,
    WithdrawForm,
)
from .moves import Action, Confirmation


def publication_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """One review's publication: notice, deliveries, schedule, display, removal, decisions."""
    review = get_object_or_404(Review, pk=pk)
    if not request.user.has_perm("reviews.view_review"):
        raise PermissionDenied
    forms: dict = {}
    if request.method == "POST":
        response = _dispatch(model_admin, request, review, forms)
        if response is not None:
            return response
    context = _context(request, review, forms)
    if context["error_summary"]:
        context["title"] = f"Error: {context['title']}"
    context = {**model_admin.admin_site.each_context(request), **context}
    return TemplateResponse(request, "admin/publishing/publication.html", context)


def _dispatch(model_admin, request, review: Review, forms: dict) -> HttpResponse | None:
    """Act on one POST: a redirect when done or refused, a confirmation page, or None to
    show the page with the form's errors."""
    name = request.POST.get("do", "")
    action = ACTIONS.get(name)
    if action is None:
        messages.error(request, "That request was not understood; nothing was changed.")
        return redirect(request.path)
    form = action.form(request.POST, review) if action.form else None
    if form is not None:
        forms[name] = form
        if not form.is_valid():
            return None  # a form error: show the page with it
    try:
        if action.confirm and request.POST.get("confirm") != "yes":
            action.allowed(request.user, review)
            return _confirmation_page(model_admin, request, review, name, form)
        done = action.run(request, review, form)
    except common.TransitionError as error:
        if form is None:
            messages.error(request, str(error))
            return redirect(request.path)
        form.add_error(action.refusal_at, str(error))
        return None
    messages.success(request, done)
    return redirect(request.path)


def _confirmation_page(model_admin, request, review, name: str, form) -> HttpResponse:
    """Ask before a move that cannot be taken back; the answer posts the same data again."""
    confirmation = ACTIONS[name].confirm(review, form)
    context = {
        **model_admin.admin_site.each_context(request),
        "title": confirmation.title,
        "confirmation": confirmation,
        "do": name,
        "form": form,
        "review": review,
        "opts": Review._meta,
    }
    return TemplateResponse(request, "admin/publishing/confirm.html", context)


# --- The moves ---------------------------------------------------------------------------------


def _send_notice(request, review, form) -> str:
    notices.notice_send(review=review, by=request.user)
    return (
        "The pre-publication notice is saved and on its way to Ofsted, the DfE and the "
        "National Panel: a worker renders the PDF and sends it (if the worker or its queue is "
        "down, it goes as soon as they are back). Each delivery's state is shown below."
    )


def _confirm_send_notice(review, form) -> Confirmation:
    problems = notices.publication_readiness(review)
    if problems:  # say so now, not after "Yes"
        raise common.TransitionError("The notice cannot be sent: " + " ".join(problems))
    return Confirmation(
        title=f"Send the pre-publication notice for {review.reference}?",
        what=(
            f"Send the notice for {review.reference} to Ofsted, the DfE and the National Panel "
            "now. It cannot be taken back."
        ),
        yes="Yes, send the notice",
        details=[
            f"{recipient.get_body_display()}: {recipient.name}, "
            f"{recipient.email or 'no email address'}"
            for recipient in Recipient.objects.order_by("body")
        ],
    )


def _schedule(request, review, form) -> str:
    at = form.publish_at()
    scheduling.publication_schedule(review=review, by=request.user, at=at, now=timezone.now())
    return f"Scheduled for {timezone.localtime(at):%-d %B %Y at %H:%M}."


def _unschedule(request, review, form) -> str:
    scheduling.publication_unschedule(review=review, by=request.user)
    return "Unscheduled: the notice still stands."


def _confirm_unschedule(review, form) -> Confirmation:
    when = review.publish_at and timezone.localtime(review.publish_at)
    cancelled = f" on {when:%A %-d %B %Y at %H:%M}" if when else ""
    return Confirmation(
        title=f"Unschedule the publication of {review.reference}?",
        what=f"Cancel the publication of {review.reference}{cancelled}.",
        yes="Yes, unschedule",
        details=[
            "The review goes back to “notice sent”: the notice still stands, and you can "
            "schedule a new date."
        ],
    )


def _extend(request, review, form) -> str:
    extension = display.extension_add(
        review=review, by=request.user, today=timezone.localdate(), **form.cleaned_data
    )
    return f"Extended until {extension.until:%-d %B %Y}."


def _remove(request, review, form) -> str:
    display.review_remove(review=review, by=request.user, now=timezone.now())
    return "Removed from the website. The report stays available on request."


def _confirm_remove(review, form) -> Confirmation:
    problems = display.removal_problems(review, today=timezone.localdate())
    if problems:
        raise common.TransitionError("It cannot be removed yet. " + " ".join(problems))
    return Confirmation(
        title=f"Remove {review.reference} from the website?",
        what=(
            f"Remove {review.reference} from the website now: the public can no longer read it "
            "or find it in search."
        ),
        yes="Yes, remove it from the website",
        details=["The record, its files and its history stay.", "Anyone can request a copy."],
    )


def _decide(request, review, form) -> str:
    decisions.decision_record(review=review, by=request.user, reasons=form.cleaned_data["reasons"])
    return "Decision recorded and referred to the National Panel."


def _confirm_decide(review, form) -> Confirmation:
    return Confirmation(
        title=f"Decide not to publish {review.reference}?",
        what=(
            f"Record the decision not to publish {review.reference} and refer it to the "
            "National Panel now. It cannot be taken back."
        ),
        yes="Yes, record the decision and refer it",
        details=[f"Your reasons: {form.cleaned_data['reasons']}"],
    )


def _advice(request, review, form) -> str:
    decisions.decision_advice_record(
        decision=_open_decision(review),
        by=request.user,
        today=timezone.localdate(),
        **form.cleaned_data,
    )
    return "The Panel's advice is recorded."


def _finalise(request, review, form) -> str:
    decision = decisions.decision_finalise(
        decision=_open_decision(review), by=request.user, **form.cleaned_data
    )
    return f"Final decision recorded ({decision.get_outcome_display()}) and notified."


def _confirm_finalise(review, form) -> Confirmation:
    outcome = Decision.Outcome(form.cleaned_data["outcome"]).label
    return Confirmation(
        title=f"Record the final decision for {review.reference}?",
        what=(
            f"Record the final decision for {review.reference} ({outcome}) and tell Ofsted, "
            "the DfE and the National Panel now. It cannot be taken back."
        ),
        yes="Yes, record the final decision and send it",
        details=[f"Your reasons: {form.cleaned_data['reasons']}"],
    )


def _retry(request, review, form) -> str:
    from nelscp.admin import is_key  # a row's key as every staff form reads one

    key = request.POST.get("delivery", "")
    if not is_key(Delivery._meta.pk, key):  # "true" or "1e308": no query can take it
        raise common.TransitionError("Choose a delivery of this review's notice to send again.")
    delivery = get_object_or_404(Delivery, pk=key.strip(), notice__review=review)
    deliveries.delivery_retry(delivery=delivery, by=request.user)
    return f"Delivery to {delivery.recipient.name} queued again."


def _open_decision(review: Review) -> Decision:
    decision = review.decisions.filter(outcome="").first()
    if decision is None:
        raise common.TransitionError("There is no open decision not to publish.")
    return decision


def _form(form_class, prefix: str, *, with_review: bool = False) -> Callable[..., Form]:
    """A form factory; `auto_id` gives each form's inputs ids of their own on the page."""

    def make(data, review):
        extra = {"review": review} if with_review else {}
        return form_class(data, auto_id=f"{prefix}_%s", **extra)

    return make


ACTIONS: dict[str, Action] = {
    "send_notice": Action(_send_notice, confirm=_confirm_send_notice),
    "schedule": Action(_schedule, _form(ScheduleForm, "id"), refusal_at="date", anchor="schedule"),
    "unschedule": Action(_unschedule, confirm=_confirm_unschedule),
    "extend": Action(_extend, _form(ExtensionForm, "extend", with_review=True), anchor="extend"),
    "remove": Action(_remove, confirm=_confirm_remove),
    "decide": Action(_decide, _form(ReasonsForm, "decide"), _confirm_decide, anchor="decide"),
    "advice": Action(_advice, _form(AdviceForm, "advice"), anchor="advice"),
    "finalise": Action(
        _finalise, _form(FinalDecisionForm, "final"), _confirm_finalise, anchor="final"
    ),
    "retry": Action(_retry),
    "withdraw": Action(
        withdrawing.withdraw,
        _form(WithdrawForm, "withdraw"),
        withdrawing.confirm_withdraw,
        anchor="withdraw",
    ),
    "republish": Action(
        withdrawing.republish,
        _form(NoteForm, "republish"),
        withdrawing.confirm_republish,
        anchor="republish",
        allowed=withdrawing.may_republish,
    ),
    "reopen": Action(
        withdrawing.reopen, _form(NoteForm, "reopen"), withdrawing.confirm_reopen, anchor="reopen"
    ),
}


# --- The page ----------------------------------------------------------------------------------


def _context(request, review: Review, forms: dict) -> dict:
    today = timezone.localdate()
    earliest = scheduling.earliest_publication(review, today=today)
    page_forms = {
        name: forms.get(name) or action.form(None, review)
        for name, action in ACTIONS.items()
        if action.form
    }
    if "withdraw" not in forms and request.GET.get("grounds") in Withdrawal.Reason.values:
        # "Withdraw now" from a restriction's page comes with its reason chosen
        page_forms["withdraw"] = WithdrawForm(
            initial={"grounds": request.GET["grounds"]}, auto_id="withdraw_%s"
        )
    if "schedule" not in forms and earliest is not None:
        # starts at the first date the rules allow (never in the past)
        page_forms["schedule"] = ScheduleForm(initial={"date": max(earliest.date, today)})
    return {
        "title": f"Publication: {review.reference}",
        "review": review,
        "opts": Review._meta,
        "can_manage": request.user.has_perm("reviews.manage_publication"),
        "notices": _notices(request, review),
        "readiness": notices.publication_readiness(review),
        "earliest": earliest,
        "on_site": display.on_site_until(review, today=today),
        "removal_problems": display.removal_problems(review, today=today),
        "extensions": review.extensions.select_related("linked_review"),
        "decisions": review.decisions.all(),
        "open_decision": review.decisions.filter(outcome="").first(),
        "restrictions": review.active_restrictions(),
        "schedule_form": page_forms["schedule"],
        "extend_form": page_forms["extend"],
        "decide_form": page_forms["decide"],
        "advice_form": page_forms["advice"],
        "final_form": page_forms["finalise"],
        "withdraw_form": page_forms["withdraw"],
        "republish_form": page_forms["republish"],
        "reopen_form": page_forms["reopen"],
        "withdrawals": review.withdrawals.select_related("withdrawn_by", "ended_by"),
        "withdrawal": withdrawals.withdrawal_in_force(review),
        "can_sign_off": request.user.has_perm("reviews.sign_off_review"),
        "republish_problems": withdrawals.republish_problems(review, by=request.user),
        "error_summary": error_summary(
            [(form, ACTIONS[name].anchor) for name, form in forms.items()]
        ),
    }


def _notices(request, review: Review) -> list[tuple]:
    """Each notice with its deliveries: what went wrong in words, and where to put it right."""
    may_fix = request.user.has_perm("publishing.change_recipient")
    rows = []
    for notice in review.notices.prefetch_related("deliveries__recipient"):
        deliveries_ = [
            {
                "delivery": delivery,
                "problem": ""
                if delivery.state == Delivery.State.SENT
                else deliveries.failure_in_words(
                    error=delivery.last_error, email=delivery.email, attempts=delivery.attempts
                ),
                "fix_url": reverse(
                    "admin:publishing_recipient_change", args=[delivery.recipient_id]
                )
                if may_fix and delivery.state == Delivery.State.FAILED
                else None,
            }
            for delivery in notice.deliveries.all()
        ]
        rows.append((notice, deliveries_))
    return rows
