"""A caption's verb the tagger read as a plural noun ("A (left) greets B") is a verb."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Labour Minister Ruth Kamau (left) greets IMF envoy Peter Lindqvist in Nairobi on "
         "Thursday.", "Ruth Kamau", "Peter Lindqvist"),
        ("Queen Mira of Norland (right) greets Senator Anne Bell at the palace on Tuesday.",
         "Mira", "Anne Bell"),
        ("Emir Faris (centre) greets the visiting Dutch premier Jan Vos in Doha on Monday.",
         "Faris", "Jan Vos"),
        ("President Ana Lopes of Portugal (centre) hosts Spanish Prime Minister Rui Vidal and "
         "Irish Taoiseach Cian Doyle at the palace in Lisbon on Sunday.", "Ana Lopes", "Rui Vidal"),
    ],
)  # fmt: skip
def test_a_caption_verb_read_as_a_noun_tells_who_met(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    met = met_pairs(facts_of(text))
    assert any(any(a in x for x in p) and any(b in y for y in p) for p in met), met


def test_the_caption_subject_keeps_the_post_after_the_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Ana Lopes of Portugal (centre) hosts Spanish Prime Minister Rui Vidal at "
        "the palace in Lisbon on Sunday."
    )
    assert ("Ana Lopes", "Portugal") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # no position in a picture: the bracket names a party, not a place in the frame
        "Senator Anne Bell (Labour) greets Peter Lindqvist in Oslo on Monday.",
        # the word after the bracket is a noun, not a trigger verb's present
        "Ruth Kamau (left) holds talks papers as Peter Lindqvist looks on.",
    ],
)
def test_no_caption_verb_without_a_picture_position_or_a_trigger(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Anne Bell", "Peter Lindqvist") not in met_pairs(facts_of(text))
    assert pair("Ruth Kamau", "Peter Lindqvist") not in met_pairs(facts_of(text))
