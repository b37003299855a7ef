"""Forms of the public site: the report filters and the request for a copy of a removed report."""

from __future__ import annotations

import re
from collections.abc import Callable

from django import forms
from django.core.validators import EmailValidator

from reviews.models import Review, Theme

from ..services import search
from ..services.catalogue import public_reviews, removed_reviews

EMPTY = [("", "Any")]

# Characters that silently reorder how text is displayed ("Trojan Source"): a name or address
# holding them reads to staff differently from what was stored.
DIRECTION_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
DOTTED_QUAD = re.compile(r"[0-9.]+", re.ASCII)  # 10.0.0.1 (a bracketed literal starts with "[")


def no_direction_controls(label: str) -> Callable[[str], None]:
    """A validator refusing text-direction control characters, naming the field as `label`."""

    def validate(value: str) -> None:
        if DIRECTION_CONTROLS.search(value):
            raise forms.ValidationError(
                f"{label} must not contain hidden characters that change the direction of "
                "text. Type it again without them.",
                code="direction_control",
            )

    return validate


class DomainEmailValidator(EmailValidator):
    """An email address at a domain name: never at an IP address (`[127.0.0.1]`, `[IPv6:::1]`,
    `10.0.0.1`), which would send our reply to one machine, possibly inside our own network."""

    def __call__(self, value: str) -> None:
        no_direction_controls("Email address")(value)
        domain = value.rpartition("@")[2]
        if domain.startswith("[") or DOTTED_QUAD.fullmatch(domain):
            raise forms.ValidationError(
                "Enter an email address with a domain name, like name@example.com, "
                "not an IP address.",
                code="ip_address",
            )
        super().__call__(value)


class DomainEmailField(forms.EmailField):
    default_validators = [DomainEmailValidator()]


class ReviewFilterForm(forms.Form):
    """The search box and filters of /reviews/ (a GET form: works without JavaScript)."""

    q = forms.CharField(label="Search reports", max_length=200, required=False)
    theme = forms.ChoiceField(required=False)
    year = forms.TypedChoiceField(
        label="Year published", coerce=int, empty_value=None, required=False
    )
    age_band = forms.ChoiceField(
        label="Age of the child", choices=EMPTY + Review.AgeBand.choices, required=False
    )
    review_type = forms.ChoiceField(
        label="Type of review", choices=EMPTY + Review.ReviewType.choices, required=False
    )
    harm = forms.ChoiceField(
        label="Death or serious harm", choices=EMPTY + Review.Harm.choices, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Two queries: the themes, and the years in which something was published.
        self.fields["theme"].choices = EMPTY + list(Theme.objects.values_list("slug", "name"))
        years = public_reviews().dates("published_at", "year", order="DESC")
        self.fields["year"].choices = EMPTY + [(str(d.year), str(d.year)) for d in years]

    def filter(self, queryset, *, without: str | None = None):
        """`queryset` narrowed by the valid filters (all but `without`), best match first when
        searching; an invalid filter is ignored (and shown)."""
        data = dict(self.cleaned_data) if self.is_bound else {}
        data.pop(without or "", None)
        if data.get("theme"):
            queryset = queryset.filter(themes__slug=data["theme"])
        if data.get("year"):
            queryset = queryset.filter(published_at__year=data["year"])
        for field in ("age_band", "review_type", "harm"):
            if data.get(field):
                queryset = queryset.filter(**{field: data[field]})
        if data.get("q"):
            return search.search(queryset, data["q"])
        return queryset.order_by("-published_at", "reference")

    FILTERS = ("theme", "year", "age_band", "review_type", "harm")

    def suggestions(self, queryset) -> list[tuple[str, str, int, str]]:
        """When nothing matches: each filter in use whose removal would find reports, as
        (label, value shown, how many) for "try without"."""
        if not self.is_bound:
            return []
        found = []
        for name in self.FILTERS:
            value = self.cleaned_data.get(name)
            if value:
                count = self.filter(queryset, without=name).count()
                if count:
                    shown = dict(self.fields[name].choices).get(value, value)
                    found.append((self.fields[name].label or name, str(shown), count, name))
        return found

    def active(self) -> bool:
        return bool(self.is_bound and any(self.cleaned_data.values()))


class CopyRequestForm(forms.Form):
    """Ask for a copy of a report that has been removed from the website."""

    review = forms.ModelChoiceField(
        label="Which report",
        queryset=removed_reviews().order_by("reference"),
        empty_label="Choose a report",
        error_messages={
            "required": "Choose the report you would like a copy of.",
            "invalid_choice": "Choose one of the reports in the list.",
        },
    )
    name = forms.CharField(
        label="Your name",
        max_length=120,
        error_messages={"required": "Enter your name."},
    )
    email = DomainEmailField(
        label="Email address",
        max_length=254,
        help_text="We send the report and our reply to this address.",
        error_messages={
            "required": "Enter your email address.",
            "invalid": "Enter an email address in the correct format, like name@example.com.",
        },
    )
    organisation = forms.CharField(label="Organisation (optional)", max_length=200, required=False)
    purpose = forms.CharField(
        label="Why you would like the report (optional)",
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    # A honeypot: hidden from people by the stylesheet, filled in by form-filling robots.
    website = forms.CharField(label="Leave this field empty", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["review"].label_from_instance = lambda r: f"{r.title} ({r.reference})"
        for name in ("name", "organisation", "purpose"):
            field = self.fields[name]
            label = field.label.replace(" (optional)", "")
            field.error_messages["max_length"] = (
                f"{label} must be {field.max_length} characters or fewer."
            )
            field.validators.append(no_direction_controls(label))
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    def full_clean(self):
        super().full_clean()
        # Tie each input to its hint and error message, for screen readers.
        for name, field in self.fields.items():
            described = [f"id_{name}-hint"] if field.help_text else []
            if name in self.errors:
                described.append(f"id_{name}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if described:
                field.widget.attrs["aria-describedby"] = " ".join(described)

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError("This form could not be sent. Leave this field empty.")
        return ""

    def clean_name(self):
        return self._no_markup("name", "Your name")

    def clean_organisation(self):
        return self._no_markup("organisation", "Organisation")

    def _no_markup(self, field: str, label: str) -> str:
        value = self.cleaned_data[field].strip()
        if "<" in value or ">" in value:
            raise forms.ValidationError(f"{label} must not contain < or >.")
        return value
