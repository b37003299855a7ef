"""Staff forms for the publication page: they validate input; services decide."""

import datetime

from django import forms
from django.utils import timezone

from nelscp.admin import BoundedModelChoiceField
from reviews.models import Review

from ..models import Decision, Withdrawal

# A date input shows and sends its value as YYYY-MM-DD, whatever the language's date format.
ISO_DATE = "%Y-%m-%d"


class ScheduleForm(forms.Form):
    date = forms.DateField(
        label="Publication date",
        widget=forms.DateInput(attrs={"type": "date"}, format=ISO_DATE),
        error_messages={"invalid": "Enter the date as YYYY-MM-DD, for example 2026-12-08."},
    )
    time = forms.TimeField(
        label="Time (London)",
        initial=datetime.time(9, 30),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": "Enter the time as HH:MM, for example 09:30."},
    )

    def publish_at(self) -> datetime.datetime:
        naive = datetime.datetime.combine(self.cleaned_data["date"], self.cleaned_data["time"])
        return timezone.make_aware(naive)


class ExtensionForm(forms.Form):
    until = forms.DateField(
        label="Keep on the website until", widget=forms.DateInput({"type": "date"}, format=ISO_DATE)
    )
    reason = forms.CharField(max_length=2000, widget=forms.Textarea({"rows": 2}))
    linked_review = BoundedModelChoiceField(
        queryset=Review.objects.none(),
        required=False,
        label="Linked later review (similar learning)",
    )

    def __init__(self, *args, review: Review, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["linked_review"].queryset = Review.objects.exclude(pk=review.pk)


class ReasonsForm(forms.Form):
    reasons = forms.CharField(max_length=10000, widget=forms.Textarea({"rows": 4}))


class AdviceForm(forms.Form):
    advised_on = forms.DateField(
        label="Date of the Panel's advice",
        widget=forms.DateInput({"type": "date"}, format=ISO_DATE),
    )
    advice = forms.CharField(
        label="What the Panel advised", max_length=10000, widget=forms.Textarea({"rows": 4})
    )
    challenges = forms.TypedChoiceField(
        label="Does the Panel challenge the decision?",
        choices=[("no", "No"), ("yes", "Yes, it challenges the decision")],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )


class FinalDecisionForm(forms.Form):
    outcome = forms.ChoiceField(choices=Decision.Outcome.choices, widget=forms.RadioSelect)
    reasons = forms.CharField(max_length=10000, widget=forms.Textarea({"rows": 4}))


class WithdrawForm(forms.Form):
    grounds = forms.ChoiceField(
        label="Why is it being withdrawn?",
        choices=Withdrawal.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose why the report is being withdrawn."},
    )
    details = forms.CharField(
        label="Details (private: never shown to the public; required for “Other”)",
        required=False,
        max_length=5000,
        widget=forms.Textarea({"rows": 3}),
    )

    def clean(self):
        data = super().clean()
        if data.get("grounds") == Withdrawal.Reason.OTHER and not data.get("details", "").strip():
            self.add_error("details", "Say what the reason is: “Other” needs the details.")
        return data


class NoteForm(forms.Form):
    """What a QA approver checked before a withdrawn report goes back, or what a manager
    wants corrected."""

    note = forms.CharField(max_length=5000, widget=forms.Textarea({"rows": 3}))
