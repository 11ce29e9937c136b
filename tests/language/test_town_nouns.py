"""A capital before a noun of a town's names the town, not its government: its
mayor, its people, its media and markets are no party, speaker or target, and
a post it owns is the town's. Sentences of our own."""

from __future__ import annotations

import pytest
from helpers import affiliations, directed, met_pairs, pair, speakers

from kg.records import ArticleFacts, EventKind


def parties(facts: ArticleFacts) -> set[str]:
    names = {a.key: a.name for a in facts.actors}
    return {names[p.actor] for e in facts.events for p in e.participants} | {
        names[k] for r in facts.relations for k in (r.subject, r.object)
    }


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Moscow's mayor, Ilya Brovsk, criticised the protesters.", "Ilya Brovsk", "Russia"),
        ("Tokyo's governor, Yuki Amano, criticised the central government.", "Yuki Amano", "Japan"),
        ("Kyiv's mayor, Vitaly Grosh, accused Russia of shelling the city.", "Vitaly Grosh",
         "Ukraine"),
        ("London's Mayor, Omar Qadri, met the French ambassador.", "Omar Qadri", "United Kingdom"),
        ("Moscow's patriarch, Kirill Sovin, praised the army.", "Kirill Sovin", "Russia"),
    ],
)  # fmt: skip
def test_a_capitals_town_post_is_no_post_of_its_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, country: str
) -> None:
    assert (person, country) not in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Washington's think tanks criticised Russia on Tuesday.", "United States"),
        ("London's media have been critical of the plan, Zarbo Velin said on Monday.",
         "United Kingdom"),
        ("Tokyo's think tanks criticised China on Friday.", "Japan"),
        ("Beijing's media have praised the deal, Zarbo Velin said on Monday.", "China"),
        ("Moscow's restaurants are empty, Mirela Okun said on Tuesday.", "Russia"),
        ("Paris's residents are angry, Garo Tesk said.", "France"),
        ("Delhi's streets were flooded, said Anil Desh.", "India"),
    ],
)  # fmt: skip
def test_a_capitals_people_and_things_are_no_party(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert country not in parties(facts_of(text))


def test_a_capitals_state_posts_and_acts_stay(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(facts_of("Moscow's ambassador to London, Ivan Petrov, said the "
                                  "claims were false."))  # fmt: skip
    assert ("Ivan Petrov", "Russia") in found
    found = affiliations(facts_of("Tehran's envoy, Ali Karimi, met the French foreign minister."))
    assert ("Ali Karimi", "Iran") in found
    protest = facts_of("London protested to Moscow over the expulsion of its diplomats.")
    assert ("United Kingdom", "Russia") in directed(protest, EventKind.CONFLICT)
    assert "France" in speakers(facts_of("Paris said it would expel the envoy."))


def test_a_mayor_of_a_city_still_meets(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Mayor of Lyon, Georges Matin, met the French president, Emmanuel Macron.")
    assert pair("Georges Matin", "Emmanuel Macron") in met_pairs(facts)
    assert ("Georges Matin", "France") not in affiliations(facts)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Moscow's tanks shelled Kyiv on Monday.", ("Russia", "Ukraine")),
        ("Ankara's tanks crossed into Syria at dawn.", ("Turkey", "Syria")),
        ("Beijing's warships rammed a Philippine boat.", ("China", "Philippines")),
    ],
)
def test_a_capitals_arms_are_its_states(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


def test_a_capitals_think_tanks_stay_the_towns(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Washington's think tanks criticised China on Monday.")
    assert ("United States", "China") not in directed(facts, EventKind.CONFLICT)
