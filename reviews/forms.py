"""Forms for the QA page and lifting restrictions: they validate input, services decide."""

from django import forms

from .models import Criterion


class SignOffForm(forms.Form):
    criterion = forms.ChoiceField(choices=Criterion.choices, widget=forms.HiddenInput)
    met = forms.TypedChoiceField(
        choices=[("yes", "Met"), ("no", "Not met")],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose met or not met."},
    )
    comment = forms.CharField(required=False, max_length=5000, widget=forms.Textarea({"rows": 2}))
    seen_hash = forms.CharField(max_length=64, widget=forms.HiddenInput)


class AcceptDetailForm(forms.Form):
    piece_key = forms.CharField(max_length=40, widget=forms.HiddenInput)
    kind = forms.CharField(max_length=30, widget=forms.HiddenInput)
    text = forms.CharField(max_length=300, widget=forms.HiddenInput, strip=False)
    reason = forms.CharField(
        max_length=2000,
        widget=forms.Textarea({"rows": 2}),
        error_messages={"required": "Give the reason this detail can be published."},
    )


class ReturnToDraftForm(forms.Form):
    reasons = forms.CharField(
        max_length=5000,
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": "Say why the review is going back to draft."},
    )


class LiftRestrictionForm(forms.Form):
    lifted_on = forms.DateField(label="Lifted on", widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(
        max_length=5000,
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": "Add a note saying why the restriction no longer applies."},
    )
