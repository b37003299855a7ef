"""Forms of the review's staff screens: numbered findings and recommendations, and the review's
web address made when left empty. They validate input; the rules are in `services`."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.functional import cached_property

from ..services.numbering import number_clashes, number_next, number_taken
from ..services.slugs import slug_make

SLUG_HELP = (
    "The last part of the public web address. Left empty, it is made from the reference and "
    "pseudonym, for example nel-2026-09-child-t. Once published it never changes."
)


class NumberedInlineFormSet(BaseInlineFormSet):
    """A review's findings or recommendations on its page: each new row is numbered on from the
    highest number the review has (consecutively, for several new rows), and a number already
    used in the review is refused on the row that claims it."""

    @cached_property
    def next_number(self) -> int:
        return number_next(review=self.instance, model=self.model)

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        first_new = self.initial_form_count()
        if index is None:  # the template row a browser copies: numbered after the blank rows
            kwargs["initial"] = {"order": self.next_number + self.total_form_count() - first_new}
        elif index >= first_new:
            kwargs["initial"] = {"order": self.next_number + index - first_new}
        return kwargs

    def clean(self):
        super().clean()
        on_page = [form.instance.pk for form in self.initial_forms]
        # rows saved since the page was opened (another tab, a colleague) hold their numbers too
        held = set(self.get_queryset().exclude(pk__in=on_page).values_list("order", flat=True))
        claims = []
        for form in self.forms:
            order = getattr(form, "cleaned_data", {}).get("order")
            if order is None or (self.can_delete and self._should_delete_form(form)):
                continue
            new = form.instance._state.adding
            if (new and form.has_changed()) or "order" in form.changed_data:
                claims.append((form, order))
            else:
                held.add(order)  # kept as it is, even a clash saved before this check existed
        for form, order in claims:
            if order in held:
                form.add_error("order", number_taken(model=self.model, order=order))
            held.add(order)


class NumberedPartForm(forms.ModelForm):
    """A finding or recommendation on its own page: its new number must be free in its review."""

    def clean_order(self):
        order = self.cleaned_data["order"]
        instance = self.instance
        model = type(instance)
        if "order" in self.changed_data and number_clashes(
            review=instance.review, model=model, order=order, pk=instance.pk
        ):
            raise ValidationError(number_taken(model=model, order=order))
        return order


class ReviewForm(forms.ModelForm):
    """The review: an empty web address is made from the reference and pseudonym."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:  # read-only once the text is locked
            self.fields["slug"].required = False
            self.fields["slug"].help_text = SLUG_HELP

    def clean(self):
        data = super().clean()
        if "slug" in self.fields and not data.get("slug"):
            reference, pseudonym = data.get("reference"), data.get("pseudonym")
            if reference and pseudonym:
                data["slug"] = slug_make(
                    reference=reference, pseudonym=pseudonym, pk=self.instance.pk
                )
        return data
