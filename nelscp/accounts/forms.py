from django import forms


class TokenForm(forms.Form):
    token = forms.CharField(
        label="Code",
        max_length=24,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
    )
