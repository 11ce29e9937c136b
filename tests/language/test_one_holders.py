"""Offices of one holder named by the office alone: "the Pope", "the Archbishop of
Canterbury"; sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.one_holders import office_holder, office_words
from kg.records import ActorType, EventKind
from tests.helpers import directed, met_pairs, pair, speakers


def test_a_see_is_cut_from_the_title_and_names_the_office() -> None:
    assert office_words("the Archbishop of Canterbury") == (
        ["the", "archbishop"],
        "Archbishop of Canterbury",
    )
    assert office_words("the foreign minister") == (["the", "foreign", "minister"], None)
    assert office_words("the head of the bank")[1] is None
    holder = office_holder("archbishop", "Archbishop of York")
    assert holder is not None and holder.key == "person/archbishop-of-york"
    assert office_holder("archbishop", None) is None


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "Tomas Okafor held talks with the Archbishop of Canterbury on Tuesday.",
            "Archbishop of Canterbury",
        ),
        ("Tomas Okafor met the Archbishop of York.", "Archbishop of York"),
        ("The Grand Mufti of Cairo met Tomas Okafor.", "Grand Mufti of Cairo"),
        ("Tomas Okafor met the Ecumenical Patriarch in Istanbul.", "Ecumenical Patriarch"),
    ],
)
def test_the_holder_of_an_office_meets(facts_of, text: str, office: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Tomas Okafor", office) in met_pairs(facts)
    assert any(a.name == office and a.type is ActorType.PERSON for a in facts.actors)


def test_the_holder_of_a_see_acts(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Patriarch of Moscow praised President Tomas Okafor for his support.")
    assert ("Patriarch of Moscow", "Tomas Okafor") in directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Okafor met the archbishop.",  # no see, no one named
        "The archbishops met Tomas Okafor in London.",
        "The mufti met Tomas Okafor.",
        "A Lama from the monastery met Tomas Okafor.",
    ],
)
def test_a_title_alone_names_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert {a.name for a in facts.actors} <= {"Tomas Okafor"}


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Tom Vale attacked the plans on Monday. The chairman of the Nurses "
        "Federation said it was essential that pay was protected.",
        "Tom Vale spoke on Monday. The president of the Dorran Chamber of Commerce said the "
        "tax was unfair.",
        "Tom Vale spoke first. The chief of Acme Logistics said the strike would end soon.",
    ],
)
def test_a_post_of_a_named_body_is_no_one_named_before(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Tom Vale" not in speakers(facts_of(text))


def test_the_named_holder_of_a_bodys_post_still_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Mary Lee, chairman of the Nurses Federation, met the minister. The chairman "
                     "of the Nurses Federation said pay had to be protected.")  # fmt: skip
    assert speakers(facts) == {"Mary Lee"}
