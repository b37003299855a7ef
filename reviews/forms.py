"""Forms for the QA page, lifting restrictions and progress updates: they validate input,
services decide."""

from django import forms
from django.forms.boundfield import BoundField

from .models import Action, Criterion
from .services.owners import MASK, names_masked


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


class NamesWithheldBoundField(BoundField):
    """A field whose value (initial, or as posted and shown again) is rendered with the form's
    private `names` withheld, whatever its widget: text box, select or hidden input."""

    def value(self):
        value = super().value()
        return names_masked(value, self.form.names) if isinstance(value, str) else value


MASK_LEFT = (
    f"Write this again without “{MASK}”: it stands for a name that is never shown here, so "
    "sending it would replace the words it stands for. Use the review's pseudonym instead."
)


class OwnerProgressUpdateForm(ProgressUpdateForm):
    """The progress form an action owner sees: the review's private names withheld in every
    value it shows, and a text still holding the withheld mark refused.

    Refused rather than restored: putting the name back would make an update that can never
    be approved (`progress.approval_refusal`), and saving the mark would replace the text.
    """

    bound_field_class = NamesWithheldBoundField
    TEXTS = ("impact", "more_to_do", "evidence_note")

    def __init__(self, *args, names=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.names = list(names)
        # Django's message repeats the value posted, which may be anything typed
        self.fields["status"].error_messages["invalid_choice"] = (
            "Select a valid choice: one of the statuses listed."
        )

    @classmethod
    def for_action(cls, action: Action, data=None) -> "OwnerProgressUpdateForm":
        form = super().for_action(action, data)
        form.names = [row.name for row in action.recommendation.review.protected_names.all()]
        return form

    def clean(self):
        cleaned = super().clean()
        for name in self.TEXTS:
            if MASK.casefold() in (cleaned.get(name) or "").casefold():
                self.add_error(name, MASK_LEFT)
        return cleaned


class ProgressDecisionForm(forms.Form):
    do = forms.ChoiceField(choices=[("approve", "Approve"), ("return", "Return")])
    note = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea({"rows": 2}),
        label="Why it goes back (to return it)",
    )
