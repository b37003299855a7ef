"""Forms of the correction pages: they validate input; `publishing.services.corrections` decides."""

from __future__ import annotations

from django import forms

from nelscp.admin import BoundedModelMultipleChoiceField
from reviews.models import Agency, Review, Theme

from ..services.corrections import CORRECTABLE

NOTE_HELP = (
    "What was corrected, in plain English, as readers will see it under “Corrections”, for "
    "example “the list of agencies involved”. The date is added when it is approved."
)


class CorrectionForm(forms.ModelForm):
    """A published review's correctable details, filled in with what the public reads now, and
    the correction note. Only the details changed here are proposed."""

    note = forms.CharField(
        label="Correction note",
        help_text=NOTE_HELP,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 70}),
    )

    class Meta:
        model = Review
        fields = list(CORRECTABLE)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, model in (("themes", Theme), ("agencies", Agency)):
            self.fields[name] = BoundedModelMultipleChoiceField(
                queryset=model.objects.order_by("name"),
                required=False,
                label=self.fields[name].label,
                widget=forms.CheckboxSelectMultiple,
            )

    def changes(self) -> dict:
        """Field name -> new value, for the correctable fields changed on the form."""
        return {name: self.cleaned_data[name] for name in self.changed_data if name in CORRECTABLE}


class DecisionForm(forms.Form):
    """Approve (asked twice), refuse with a reason, or withdraw (the proposer)."""

    do = forms.ChoiceField(
        choices=[("approve", "Approve"), ("refuse", "Refuse"), ("withdraw", "Withdraw")]
    )
    confirm = forms.CharField(required=False, widget=forms.HiddenInput)
    reason = forms.CharField(
        label="Reason for refusing (the proposer reads it)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 70}),
    )

    def clean(self):
        data = super().clean()
        if data.get("do") == "refuse" and not (data.get("reason") or "").strip():
            self.add_error("reason", "Say why the correction is refused.")
        return data

    def confirmed(self) -> bool:
        return self.cleaned_data.get("confirm") == "yes"
