"""Helpers for tests/test_fuzz_staff_forms.py: the forms of a staff page, read from its HTML as a
browser would read them, and Hypothesis strategies that fill each field with what the page
offers, what a person might type, or hostile input.

Reading the page rather than a form class means every field is found, whoever adds it: an
admin's inlines and management forms, the hidden fields, each of the Publication page's forms.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from html.parser import HTMLParser

from hypothesis import strategies as st

from .test_fuzz_forms import hostile, text

SKIPPED_TYPES = {"file", "image", "reset"}
# What a row's key, a number or a year must never be read as (the 500s a fuzzer once found)
NOT_KEYS = ["abc", "true", "1e308", "-1", "0", "１２３", "٢٠٢٥", "9" * 30, "12.0", " 7 "]
bad = st.one_of(hostile, st.sampled_from(NOT_KEYS))


@dataclass
class Field:
    """One named field of a form: its kind and every value the page offers for it."""

    name: str
    kind: str  # an input's type, "select", "select-multiple" or "textarea"
    values: list[str] = field(default_factory=list)
    current: list[str] = field(default_factory=list)  # what the page would send as it is


@dataclass
class PageForm:
    """One POST form of a page: where it posts, and its fields in page order."""

    action: str
    fields: dict[str, Field] = field(default_factory=dict)

    def add(self, name: str, kind: str, value: str | None, *, current: bool = False) -> None:
        found = self.fields.setdefault(name, Field(name, kind))
        if value is not None and value not in found.values:
            found.values.append(value)
        if value is not None and current:
            found.current.append(value)

    def as_shown(self) -> dict:
        """The data the form sends as the page shows it (a multiple choice as a list)."""
        return {
            name: one.current if one.kind in ("select-multiple", "checkbox") else one.current[0]
            for name, one in self.fields.items()
            if one.current
        }

    @property
    def label(self) -> str:
        """What tells this form from the page's others: its fixed `do`, or its field names."""
        do = self.fields.get("do")
        if do and len(do.values) == 1:
            return f"do={do.values[0]}"
        return ",".join(sorted(self.fields)[:4])


class FormsParser(HTMLParser):
    def __init__(self, url: str):
        super().__init__(convert_charrefs=True)
        self.url, self.forms, self.form = url, [], None
        self.select: tuple[str, str] | None = None
        self.textarea: str | None = None
        self.text = ""

    def handle_starttag(self, tag, attrs):
        attrs = {key: value or "" for key, value in attrs}
        if tag == "form":
            posts = attrs.get("method", "get").lower() == "post"
            action = attrs.get("action") or self.url
            self.form = PageForm(action) if posts and "logout" not in action else None
        elif tag == "option" and self.form is not None and self.select is not None:
            self.form.add(*self.select, attrs.get("value", ""), current="selected" in attrs)
        elif self.form is None or not attrs.get("name"):
            return
        elif tag in ("input", "button"):
            self._input(tag, attrs)
        elif tag == "select":
            kind = "select-multiple" if "multiple" in attrs else "select"
            self.select = (attrs["name"], kind)
            self.form.add(attrs["name"], kind, None)
        elif tag == "textarea":
            self.textarea, self.text = attrs["name"], ""

    def _input(self, tag, attrs):
        kind = attrs.get("type", "submit" if tag == "button" else "text").lower()
        if kind in SKIPPED_TYPES:
            return
        value = attrs.get("value", "on" if kind == "checkbox" else "")
        shown = "checked" in attrs if kind in ("checkbox", "radio") else kind != "submit"
        self.form.add(attrs["name"], kind, value, current=shown)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self.textarea is not None:
            self.text += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self.form is not None and self.textarea:
            self.form.add(self.textarea, "textarea", self.text.removeprefix("\n"), current=True)
            self.textarea = None
        elif tag == "select":
            self.select = None
        elif tag == "form" and self.form is not None:
            if self.form.fields:
                self.forms.append(self.form)
            self.form = None


def page_forms(html: str, url: str) -> list[PageForm]:
    """Every POST form of the page (the header's sign-out form aside)."""
    parser = FormsParser(url)
    parser.feed(html)
    return parser.forms


# --- What goes in each field ---------------------------------------------------------------------


def typed(kind: str) -> st.SearchStrategy:
    """What a person might put in a field of this kind, valid or nearly so."""
    if kind == "date":
        low, high = datetime.date(1990, 1, 1), datetime.date(2100, 12, 31)
        return st.dates(low, high).map(datetime.date.isoformat)
    if kind == "time":
        return st.times().map(lambda moment: moment.strftime("%H:%M"))
    if kind == "number":
        return st.integers(-(2**33), 2**33).map(str)
    if kind == "email":
        return st.emails()
    return text(300)


def value_of(one: Field) -> st.SearchStrategy:
    """A value for the field: one the page offers, or one typed; a list for a multiple choice."""
    offered = [value for value in one.values if value != ""] or [""]
    if one.kind in ("select-multiple", "checkbox"):
        return st.lists(st.sampled_from(offered), unique=True, max_size=3)
    if one.kind in ("select", "radio", "hidden", "submit"):
        return st.sampled_from(offered)
    return st.one_of(st.sampled_from(one.values or [""]), typed(one.kind))


@st.composite
def form_data(draw, form: PageForm, *, spoil: int = 3) -> dict:
    """The form's data: each field as the page offers or a person types it, except up to `spoil`
    of them hostile (a value, several values) or left out; now and then a forged field."""
    names = sorted(form.fields)
    one = st.sampled_from(names).map(lambda name: {name})  # half the time: one field, any
    spoiled = (
        draw(st.one_of(one, st.sets(st.sampled_from(names), max_size=spoil))) if names else set()
    )
    data = {}
    for name in names:
        if name not in spoiled:
            data[name] = draw(value_of(form.fields[name]))
        elif draw(st.integers(0, 5)):  # 0 (one in six): the field is left out altogether
            data[name] = draw(st.one_of(bad, st.lists(bad, min_size=2, max_size=3)))
    if draw(st.integers(0, 19)) == 19:  # a field the page never had, e.g. a forged "id"
        data[draw(st.sampled_from(["id", "review", "pk", "author", "status"]))] = draw(bad)
    return data
