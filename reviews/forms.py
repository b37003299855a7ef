"""Forms for the QA page, lifting restrictions and progress updates: they validate input,
services decide."""

from django import forms

from .models import Action, Criterion


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


DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ProgressUpdateForm(forms.Form):
    """An action's progress as an agency reports it; the service applies the action's rules."""

    status = forms.ChoiceField(choices=Action.Status.choices)
    completed_on = forms.DateField(required=False, widget=DATE, label="Completed on")
    impact = forms.CharField(
        required=False,
        max_length=5000,
        widget=forms.Textarea({"rows": 3}),
        label="Impact statement",
        help_text="The difference the action has made. Required to mark it completed.",
    )
    more_to_do = forms.CharField(
        required=False,
        max_length=5000,
        widget=forms.Textarea({"rows": 3}),
        label="What more will be done",
    )
    evidence_note = forms.CharField(
        required=False,
        max_length=5000,
        widget=forms.Textarea({"rows": 2}),
        help_text="For staff: never shown to the public.",
    )

    @classmethod
    def for_action(cls, action: Action, data=None) -> "ProgressUpdateForm":
        """The form, starting from the action's progress as it stands."""
        initial = {
            "status": action.status,
            "completed_on": action.completed_on,
            "impact": action.impact,
            "more_to_do": action.more_to_do,
        }
        return cls(data, initial=initial)


class ProgressDecisionForm(forms.Form):
    do = forms.ChoiceField(choices=[("approve", "Approve"), ("return", "Return")])
    note = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea({"rows": 2}),
        label="Why it goes back (to return it)",
    )
