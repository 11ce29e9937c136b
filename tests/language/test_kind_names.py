"""Where a body's name begins and ends (kg.language.kind_names): a name and the kind
of body after it, names before a plural kind, a council's name cut at "and", a body's
name that opens with a title word, what the model glues on with "from" or "of",
"Member States" and a party's label used for one of its members."""

from __future__ import annotations

import pytest
from helpers import affiliations, directed, met_pairs, pair, speakers

from kg.records import EventKind

CONFLICT, COOPERATION = EventKind.CONFLICT, EventKind.COOPERATION


def _actor_names(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in facts.actors}


# -- a name and the kind of body after it -------------------------------------


@pytest.mark.parametrize(
    ("text", "union"),
    [
        ("The Nordvik cab union said on Monday that fares would rise.", "Nordvik cab union"),
        ("The Orsk union said on Friday that its members would strike.", "Orsk union"),
        ("The Dunvale growers' union said prices had collapsed.", "Dunvale growers' union"),
    ],
)
def test_a_name_and_its_kind_speak_as_one_body(facts_of, text: str, union: str) -> None:
    assert union in speakers(facts_of(text))


def test_a_name_and_its_kind_meet_and_are_criticised(facts_of) -> None:
    facts = facts_of("Mayor Ida Holm held talks with the Tarn bus union on Monday.")
    assert pair("Ida Holm", "Tarn bus union") in met_pairs(facts)
    facts = facts_of("Mayor Ida Holm criticised the Orsk union over the strike.")
    assert ("Ida Holm", "Orsk union") in directed(facts, CONFLICT)
    facts = facts_of("Union leaders from the Velby porters' union met Ida Holm on Monday.")
    assert pair("Velby porters' union", "Ida Holm") in met_pairs(facts)


def test_a_known_party_keeps_its_own_name(facts_of) -> None:
    facts = facts_of("Tory MP Ann Vale said the Labour party had failed Britain.")
    assert "Labour party" not in _actor_names(facts)


def test_names_before_a_plural_kind_are_each_a_body(facts_of) -> None:
    facts = facts_of("The Orsk and Velby unions criticised Mayor Ida Holm over the cuts.")
    assert {("Orsk union", "Ida Holm"), ("Velby union", "Ida Holm")} <= directed(facts, CONFLICT)
    facts = facts_of("Ida Holm met leaders of the Kestrel and Plover parties on Monday.")
    assert {pair("Ida Holm", "Kestrel party"), pair("Ida Holm", "Plover party")} <= met_pairs(facts)


def test_places_before_a_plural_kind_are_two_councils(facts_of) -> None:
    facts = facts_of("The Derby and Exeter councils criticised Ida Holm over the cuts.")
    assert {("Derby council", "Ida Holm"), ("Exeter council", "Ida Holm")} <= directed(
        facts, CONFLICT
    )
    assert not any(" and " in name for name in _actor_names(facts))


# -- a council's name cut at "and" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "council"),
    [
        (
            "Ian Mott, leader of Redcar and Saltby Borough Council, said the cuts were unfair.",
            "Ian Mott",
            "Redcar and Saltby Borough Council",
        ),
        (
            "The leader of Kelby and Orton District Council, Jo Marsh, criticised Rosa Vint.",
            "Jo Marsh",
            "Kelby and Orton District Council",
        ),
        (
            "Tom Hale, leader of Ashby and Elmore District Council, met Rosa Vint on Friday.",
            "Tom Hale",
            "Ashby and Elmore District Council",
        ),
    ],
)
def test_a_council_named_for_two_places_is_one(
    facts_of, text: str, person: str, council: str
) -> None:
    assert (person, council) in affiliations(facts_of(text))


def test_a_country_and_a_council_stay_two(facts_of) -> None:
    facts = facts_of("Britain and Leeds City Council signed a deal on Monday.")
    assert ("United Kingdom", "Leeds City Council") in directed(facts, COOPERATION)
    facts = facts_of("Bosnia and Herzegovina signed a trade deal with Croatia on Monday.")
    assert {"Bosnia", "Croatia"} <= _actor_names(facts)
    assert "Herzegovina" not in _actor_names(facts)


# -- a body's name that opens with a title word --------------------------------


def test_a_body_named_with_a_title_word_is_a_body(facts_of) -> None:
    facts = facts_of("Norway's General Dental Council said on Tuesday it would review the case.")
    assert "General Dental Council" in speakers(facts)
    facts = facts_of("Ireland's General Medical Council criticised Health Minister Ana Ruiz.")
    assert ("General Medical Council", "Ana Ruiz") in directed(facts, CONFLICT)
    assert ("Ireland", "Ana Ruiz") not in directed(facts, CONFLICT)


def test_a_title_before_a_name_is_still_a_title(facts_of) -> None:
    facts = facts_of("Secretary General Ana Ruiz met Ida Holm on Monday.")
    assert pair("Ana Ruiz", "Ida Holm") in met_pairs(facts)
    assert not any("Secretary" in name for name in _actor_names(facts))


# -- what the model glues on ---------------------------------------------------


def test_ground_taken_from_a_side_is_no_part_of_its_name(facts_of) -> None:
    facts = facts_of("The SDF recaptured Raqqa from Islamic State on Sunday.")
    assert ("Syrian Democratic Forces", "Islamic State") in directed(facts, CONFLICT)
    assert not any("from" in name for name in _actor_names(facts))


def test_ground_the_model_left_untagged_is_still_ground(facts_of) -> None:
    facts = facts_of("The SDF recaptured Raqqa from Islamic State fighters.")
    assert ("Syrian Democratic Forces", "Islamic State") in directed(facts, CONFLICT)
    facts = facts_of("Arsenal retook the lead from Chelsea on Saturday.")
    assert directed(facts, CONFLICT) == set()


def test_a_council_and_what_it_is_warned_of(facts_of) -> None:
    facts = facts_of("The Orsk union warned the council of strikes.")
    assert not any("strikes" in name for name in _actor_names(facts))
    facts = facts_of("Dalby Council met the Orsk union. The union warned the council of strikes.")
    assert ("Orsk union", "Dalby Council") in directed(facts, CONFLICT)


# -- "Member States" -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Member States condemned Russia's attack on the port on Monday.",
        "Sweden and other Member States signed the accord on Tuesday.",
        "Ivo Rask met representatives of the Member States on Friday.",
    ],
)
def test_member_states_are_no_actor(facts_of, text: str) -> None:
    names = _actor_names(facts_of(text))
    assert "States" not in names
    assert "Member States" not in names


# -- a party's label for one of its members ----------------------------------------


def test_a_party_label_as_a_noun_is_one_member(facts_of) -> None:
    facts = facts_of("Labour MP Jo Marsh met a Tory and a Liberal Democrat at the town hall.")
    assert met_pairs(facts) == set()
    assert ("Jo Marsh", "Labour Party") in affiliations(facts)
    assert (
        speakers(facts_of("A Tory told the meeting that the minister had misled voters.")) == set()
    )
    assert speakers(facts_of("The Green said the plan would harm the river.")) == set()


def test_a_party_label_for_the_party_or_a_member_stays(facts_of) -> None:
    facts = facts_of("Ann Lee, a Tory, met Paul Dunn on Monday.")
    assert ("Ann Lee", "Conservative Party") in affiliations(facts)
    facts = facts_of("The Lib Dem's call for lower taxes was rejected by Paul Dunn.")
    assert ("Paul Dunn", "Liberal Democrats") in directed(facts, CONFLICT)
    facts = facts_of("Tory MPs criticised Paul Dunn over the plan.")
    assert "Paul Dunn" in {t for _, t in directed(facts, CONFLICT)}


def test_a_listed_bodys_own_name_is_no_members_label(facts_of) -> None:  # type: ignore[no-untyped-def]
    """A listed actor's name is also read as an adjective of it; "the Nordic Union"
    is still the body, not one of its members."""
    from kg.language.gazetteer import gazetteer
    from kg.records import ActorType, ListedActor

    gz = gazetteer()
    gz.use_listed([ListedActor("org/nordic-union", ActorType.ORGANIZATION, "Nordic Union")])
    try:
        facts = facts_of("Norway ratified a sweeping agreement with the Nordic Union on Tuesday.")
        assert ("Norway", "Nordic Union") in directed(facts, EventKind.COOPERATION)
    finally:
        gz.use_listed([])


def test_a_council_of_people_in_lower_case_is_still_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    """Only a council "of" things is no name ("the council of strikes"); one of
    people is a body the text names in common words."""
    facts = facts_of("Tom Reyes was head of the council of economic advisers to the president.")
    assert ("Tom Reyes", "council of economic advisers") in affiliations(facts)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a country's demonym as a singular noun is one of its people, not the country
        ("The Kiwi, who won gold in 2012, said she was delighted.", "New Zealand"),
        ("The American told reporters that he had met the Pope.", "United States"),
        ("The Briton met the Pope at the Vatican on Friday.", "United Kingdom"),
        ("Lia Moreno met an Israeli at the embassy on Monday.", "Israel"),
    ],
)
def test_one_national_is_not_the_country(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert country not in {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # plural peoples, demonyms that are their own plural and adjectives stay the country
        ("The French said the deal was off.", "France"),
        ("An Israeli official said the talks had failed.", "Israel"),
        ("Aussie and Kiwi officials met in Wellington.", "New Zealand"),
    ],
)
def test_peoples_and_adjectives_stay_the_country(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert country in {a.name for a in facts_of(text).actors}
