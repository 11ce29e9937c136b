"""The other side of a meeting with a person is a person when the model missed
the name: sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz met Jonas Lindqvist in Geneva on Monday.", "Ana Ruiz"),
        ("Yuki Mori met Lars Holt in Geneva on Monday.", "Lars Holt"),
        ("On Monday, Lars Holt held talks with Yuki Mori.", "Lars Holt"),
        ("Jonas Lindqvist met with Ana Ruiz on Friday.", "Ana Ruiz"),
        ("Ana Ruiz talked with Jonas Lindqvist by phone.", "Ana Ruiz"),
        ("Ana Ruiz's meeting with Jonas Lindqvist lasted an hour.", "Ana Ruiz"),
        ("Ana Ruiz was received by Jonas Lindqvist on Monday.", "Ana Ruiz"),
        ("Jonas Lindqvist phoned Ana Ruiz on Sunday.", "Ana Ruiz"),
        ("Yuki Mori welcomed Lars Holt to Oslo on Monday.", "Lars Holt"),
        ("Ana Ruiz sat down with Jonas Lindqvist on Friday.", "Ana Ruiz"),
        ("After meeting Jonas Lindqvist, Ana Ruiz said the talks went well.", "Ana Ruiz"),
        # the meeting verb depends on another verb of its subject
        ("Ana Ruiz is expected to meet Jonas Lindqvist on Friday.", "Ana Ruiz"),
        ("Yuki Mori agreed to hold talks with Lars Holt.", "Lars Holt"),
        ("Carlos Mendez tried to phone Ana Ruiz on Sunday.", "Ana Ruiz"),
    ],
)
def test_a_name_meeting_a_person_is_a_person(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname the dictionary lists as a word, after a given name it does not
        ("Ilse Brandt met with Kofi Mensah on Wednesday.", "Ilse Brandt"),
        ("Ilse Brandt telephoned Kofi Mensah after the vote.", "Ilse Brandt"),
        ("Ilse Brandt called Kofi Mensah on Friday to discuss the crisis.", "Ilse Brandt"),
        # a post before the name, a "who" clause, a meeting noun after a preposition
        ("Jonas Lindqvist was met at the airport by bank governor Noor Azmi.", "Noor Azmi"),
        ("Noor Azmi, who met Jonas Lindqvist on Friday, left.", "Noor Azmi"),
        ("Noor Azmi spoke to the press after talks with Jonas Lindqvist.", "Noor Azmi"),
        ("Noor Azmi has held several rounds of talks with Jonas Lindqvist.", "Noor Azmi"),
        ("Noor Azmi visited Jonas Lindqvist in hospital.", "Noor Azmi"),
        # a pair of unknown names the model read as a nationality
        ("Lena Voss met Arman Petrosyan and Giorgi Beridze in Tbilisi.", "Arman Petrosyan"),
    ],
)
def test_a_name_beside_a_person_in_a_meeting_is_a_person(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Carlos Mendez visited Kelso Rovers on Saturday.", "Kelso Rovers"),
        ("Carlos Mendez phoned Sound Player on Monday.", "Sound Player"),
        ("Carlos Mendez visited Kelso Castle on Monday.", "Kelso Castle"),
        ("Carlos Mendez called the Kelso Lions on Monday.", "Kelso Lions"),
    ],
)
def test_a_thing_met_or_visited_is_no_person(nlp, text: str, thing: str) -> None:  # type: ignore[no-untyped-def]
    assert thing not in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


def test_a_firm_the_model_tagged_stays_a_firm_across_a_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Carlos Mendez phoned Bergmann Lynch on Monday.")
    assert "Bergmann Lynch" not in {e.text for e in doc.ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    "text", ["Carlos Mendez praised Brixton Holt.", "Brixton Holt was praised by Carlos Mendez."]
)
def test_only_a_meeting_makes_a_person_of_the_other_side(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """Without a given name ("Lars Holt" has one: kg.language.given_names)."""
    assert "Brixton Holt" not in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A two-day visit to President Joseph Mwangi by Ana Ruiz ended on Friday.", "Ana Ruiz"),
        ("During a visit by Noor Azmi to Jonas Lindqvist in Oslo, the two discussed trade.",
         "Noor Azmi"),
        ("A meeting by Ana Ruiz with Jonas Lindqvist was held on Monday.", "Ana Ruiz"),
        ("Talks by Noor Azmi with Jonas Lindqvist ended without agreement.", "Noor Azmi"),
    ],
)  # fmt: skip
def test_a_name_across_a_visit_or_meeting_by_a_person_is_a_person(
    nlp, text: str, name: str
) -> None:  # type: ignore[no-untyped-def]
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


def test_a_thing_after_by_across_a_visit_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A visit by Kelso Rovers to Carlos Mendez drew crowds.")
    assert "Kelso Rovers" not in {e.text for e in doc.ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"I met President Joseph Mwangi on Monday," said Ana Ruiz.', "Ana Ruiz"),
        ('"Yesterday I sat down with Jonas Lindqvist for two hours," Ana Ruiz said.', "Ana Ruiz"),
        ('Ana Ruiz said: "I visited Jonas Lindqvist in hospital."', "Ana Ruiz"),
        ('"We met Jonas Lindqvist on Friday and agreed on a plan," said Ana Ruiz.', "Ana Ruiz"),
        ('"I had a long meeting with Jonas Lindqvist," Ana Ruiz said on Tuesday.', "Ana Ruiz"),
    ],
)
def test_the_speaker_of_a_quote_whose_i_meets_a_person_is_a_person(
    nlp, text: str, name: str
) -> None:  # type: ignore[no-untyped-def]
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        # (a speaker with a given name is a person anyway: kg.language.given_names)
        ('"Brixton Ruiz met them," said Jonas Lindqvist.', "Brixton Ruiz"),
        ('"Brixton Ruiz praised them," said Jonas Lindqvist.', "Brixton Ruiz"),
    ],
)
def test_no_person_without_a_quoted_meeting_with_a_person(nlp, text: str, thing: str) -> None:  # type: ignore[no-untyped-def]
    assert thing not in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
