"""The QA page as a form flow: each input its own id, each move back at its own place, every
error shown with what was typed, and each flagged detail in its sentence and in the report."""

from collections import Counter
from html.parser import HTMLParser

import pytest

from reviews import services
from reviews.models import IdentifierAcceptance, SignOff

from .factories import make_finding, make_ready_review
from .test_qa_page import accept_post, qa_url, sign_post

pytestmark = pytest.mark.django_db

PLANTED = "The family moved. On 14 March 2024 Kayleigh's mother took her to Riverside Surgery."


@pytest.fixture
def in_qa(author):
    review = make_ready_review(author=author, what_happened=PLANTED)
    review.protected_names.create(name="Kayleigh")
    services.review_submit(review=review, by=author)
    return review


class Page(HTMLParser):
    """The ids, the labels' targets and the inputs of a page."""

    def __init__(self, html: str):
        super().__init__()
        self.ids: list[str] = []
        self.label_for: list[str] = []
        self.inputs: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "label" and "for" in attrs:
            self.label_for.append(attrs["for"])
        if tag in ("input", "textarea"):
            self.inputs.append(attrs)


def test_every_id_is_unique_and_every_label_names_an_input_of_its_own(client, approver, in_qa):
    client.force_login(approver)

    page = Page(client.get(qa_url(in_qa)).content.decode())

    assert [id_ for id_, count in Counter(page.ids).items() if count > 1] == []
    inputs = {attrs["id"]: attrs for attrs in page.inputs if "id" in attrs}
    assert set(page.label_for) <= set(inputs)
    assert inputs["id_criterion-b-met_0"]["name"] == "criterion-b-met"  # "Met" under (b) ticks (b)
    assert inputs["id_criterion-e-comment"]["name"] == "criterion-e-comment"
    radios = [attrs["name"] for attrs in page.inputs if attrs.get("type") == "radio"]
    assert sorted(set(radios)) == [f"criterion-{letter}-met" for letter in "abcde"]


def test_a_sign_off_returns_to_its_own_criterion(client, approver, in_qa):
    client.force_login(approver)
    digest = services.current_version(in_qa)[2]

    response = client.post(qa_url(in_qa), sign_post("c", digest))

    assert response.status_code == 302
    assert response.url == f"{qa_url(in_qa)}#criterion-c"
    assert services.live_signoffs(in_qa)["c"].met
    page = client.get(response.url).content.decode()
    assert 'id="criterion-c"' in page
    assert "Signed (c)" in page  # the message, and the sign-off shown at the criterion


def test_each_form_posts_to_its_own_place_so_an_error_shows_there(client, approver, in_qa):
    client.force_login(approver)

    page = client.get(qa_url(in_qa)).content.decode()

    for letter in "abcde":
        assert f'action="{qa_url(in_qa)}#criterion-{letter}"' in page


def test_accepting_a_detail_returns_to_it(client, approver, in_qa):
    client.force_login(approver)
    data = accept_post(in_qa, "Riverside Surgery", "The practice closed in 2015.")

    response = client.post(qa_url(in_qa), data)

    assert response.status_code == 302
    assert response.url == f"{qa_url(in_qa)}#flag-{data['flag']}"
    assert IdentifierAcceptance.objects.get().reason == "The practice closed in 2015."


def test_an_accept_without_a_reason_is_shown_at_the_field_and_in_a_summary(client, approver, in_qa):
    client.force_login(approver)
    data = accept_post(in_qa, "Riverside Surgery", "")
    field = f"id_flag-{data['flag']}-reason"

    response = client.post(qa_url(in_qa), data)

    assert response.status_code == 200
    text = response.content.decode()
    summary = text[text.index("There is a problem") : text.index("Status:")]
    assert f'<a href="#{field}">Give the reason this detail can be published.</a>' in summary
    item = text[text.index(f'id="flag-{data["flag"]}"') :]
    assert item.index("Give the reason this detail can be published.") < item.index(f'id="{field}"')
    assert "<title>Error:" in text
    assert not IdentifierAcceptance.objects.exists()


def test_a_refusal_keeps_what_was_typed(client, approver, in_qa):
    client.force_login(approver)
    digest = services.current_version(in_qa)[2]

    response = client.post(qa_url(in_qa), sign_post("b", digest, met="no", comment="  "))

    assert response.status_code == 200
    text = response.content.decode()
    assert '<a href="#criterion-b">Say why the criterion is not met.</a>' in text
    assert 'name="criterion-b-met" value="no" required id="id_criterion-b-met_1" checked' in text
    assert not SignOff.objects.exists()


def test_a_missing_verdict_keeps_the_comment_and_links_to_the_first_button(client, approver, in_qa):
    client.force_login(approver)
    digest = services.current_version(in_qa)[2]

    response = client.post(
        qa_url(in_qa), sign_post("d", digest, met=None, comment="Checked <every> name.")
    )

    text = response.content.decode()
    assert response.status_code == 200
    assert '<a href="#id_criterion-d-met_0">Choose met or not met.</a>' in text
    assert "Checked &lt;every&gt; name.</textarea>" in text


def test_a_stale_page_is_refused_and_the_page_offers_the_current_version(client, approver, in_qa):
    client.force_login(approver)
    seen = services.current_version(in_qa)[2]
    make_finding(in_qa, order=2, title="New", text="Added after the approver opened the page.")
    current = services.current_version(in_qa)[2]

    response = client.post(qa_url(in_qa), sign_post("a", seen, comment="Sound."))

    text = response.content.decode()
    assert response.status_code == 200
    assert "The report changed after you opened this page" in text
    assert f'name="criterion-a-seen_hash" value="{current}"' in text
    assert "Sound.</textarea>" in text
    assert not SignOff.objects.exists()


def test_each_detail_is_shown_in_its_sentence_and_links_to_its_place(client, approver, in_qa):
    client.force_login(approver)
    pieces = services.current_version(in_qa)[0]
    surgery = next(
        d for d in services.flag_details(in_qa, pieces) if d.finding.text == "Riverside Surgery"
    )

    text = client.get(qa_url(in_qa)).content.decode()

    assert "characters" not in text
    assert (
        "On 14 March 2024 Kayleigh&#x27;s mother took her to <mark>Riverside Surgery</mark>."
        in text
    )
    assert f'href="#place-{surgery.key}"' in text
    assert f'<mark id="place-{surgery.key}">Riverside Surgery</mark>' in text
    assert f'<li id="flag-{surgery.key}">' in text


def test_the_report_text_and_the_sentences_are_escaped(client, approver, author):
    hostile = "<script>alert(1)</script> She went to Riverside Surgery <b>today</b>."
    review = make_ready_review(author=author, what_happened=hostile)
    services.review_submit(review=review, by=author)
    client.force_login(approver)

    text = client.get(qa_url(review)).content.decode()

    assert "<script>alert(1)" not in text
    assert "<b>today" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; She went to <mark>Riverside Surgery</mark>" in (
        text
    )
    assert "<mark>Riverside Surgery</mark> &lt;b&gt;today&lt;/b&gt;." in text
