"""One firm's name the model tags as two names side by side: sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body whose first word is a party's initials, tagged apart
        ("Banking analyst Ruth Amsel of BNP Paribas said margins were thin.", "BNP Paribas"),
        ('"Costs are high," said Ann Roe, an economist at BNP Paribas.', "BNP Paribas"),
        # a firm named after its founders, glued by a hyphen
        ('"Sales are dull," said Ivo Marsh, an analyst at ASK-Harold Brandt.', "ASK-Harold Brandt"),
        ("Ruth Amsel of ASK-Harold Brandt said sales were dull.", "ASK-Harold Brandt"),
        ("Tom Reyes, a broker at UBS-Harold Brandt, said demand was weak.", "UBS-Harold Brandt"),
        ("An analyst at KLM-Peter Vosk, Ruth Amsel, said the shares were cheap.", "KLM-Peter Vosk"),
    ],
)
def test_two_tagged_parts_are_one_firm(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    ents = {(e.text, e.label_) for e in nlp(text).ents}
    assert (name, "ORG") in ents


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # two bodies known on their own stay two
        ("The IMF World Bank meetings ended on Sunday.", {"IMF", "World Bank"}),
        ("The Labour-Conservative talks failed, said Tom Vale.", set()),
    ],
)
def test_two_bodies_stay_two(nlp, text: str, names: set[str]) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text for e in nlp(text).ents}
    assert names <= ents
    assert not {"IMF World Bank", "Labour-Conservative"} & ents


@pytest.mark.parametrize(
    "text",
    [
        "London UKIP MEP Ann Pike said the party would win.",
        "Leeds UKIP candidate Ann Pike said she would stand.",
        "Manchester UKIP leader Ray Dunn said the vote was a triumph.",
    ],
)
def test_a_city_before_a_party_is_no_part_of_its_name(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text for e in nlp(text).ents}
    assert "UKIP" in ents
    assert not any(e.endswith(" UKIP") for e in ents)


def test_two_bodies_joined_by_a_hyphen_stay_two() -> None:
    """ "a Velmar-NTB merger": two parties to the deal, not one firm (only a
    person's name after the hyphen makes a founders' firm)."""
    import spacy
    from spacy.tokens import Span

    from kg.language.glued_names import glued_bodies

    doc = spacy.blank("en")("investors accept a Velmar-NTB merger")
    spans = [Span(doc, 3, 4, label="ORG"), Span(doc, 5, 6, label="ORG")]
    assert [t.text for t in doc[3:6]] == ["Velmar", "-", "NTB"]
    assert glued_bodies(doc, spans, lambda _: None) == []
    founders = [Span(doc, 3, 4, label="ORG"), Span(doc, 5, 6, label="PERSON")]
    assert [s.text for s in glued_bodies(doc, founders, lambda _: None)] == ["Velmar-NTB"]
