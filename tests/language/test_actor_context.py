"""Context decides what a name is: places are places, a capital acts only as a
speaker or actor, an ambiguous party name needs its country, titles are roles."""

from __future__ import annotations

import pytest
from helpers import affiliations

from kg.records import ArticleFacts


def parties(facts: ArticleFacts) -> set[str]:
    return {p.actor for e in facts.events for p in e.participants} | {
        k for r in facts.relations for k in (r.subject, r.object)
    }


def test_cities_and_regions_never_take_part(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Minister Ruth Gale visits Tampere, Kumasi and Rosario this week. "
                     "Kumasi student Ivo Marsh criticised Ruth Gale.")  # fmt: skip
    keys = parties(facts)
    assert not any(("tampere" in k or "kumasi" in k or "rosario" in k) for k in keys), keys
    assert all(a.type.value != "Country" or a.iso3 for a in facts.actors)


def test_a_town_the_model_calls_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    """One-word towns the model tags as persons, where only a place fits."""
    for text in ("Rebels attacked the city of Goma on Monday, Ruth Gale said.",
                 "Rwanda shelled Goma on Monday, Ruth Gale said."):  # fmt: skip
        assert not any("goma" in k for k in parties(facts_of(text))), text


def test_a_landmark_is_no_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ruth Gale flew to Wadi Qasr, where Ivo Marsh met Wadi Qasr guides.")
    assert not any("wadi" in k for k in parties(facts))


@pytest.mark.parametrize(
    "text",
    [
        "The papers are stored in the archive rooms of Parliament's Elizabeth Tower.",
        "The records fill the upper floors of the Senate's Margaret Tower.",
        "Ruth Gale, who represented Bristol East for a decade, met Ivo Marsh.",
        "Ivo Marsh represents Leeds North East and sits on the committee.",
        "Labour held Cardiff Central, Ruth Gale said.",
    ],
)
def test_a_building_or_a_constituency_is_no_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    keys = parties(facts_of(text))
    places = (
        "elizabeth-tower",
        "margaret-tower",
        "bristol-east",
        "leeds-north-east",
        "cardiff-central",
    )
    assert not any(place in k for k in keys for place in places), (text, keys)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Labour MP Ann Castle met Tony Hill in London.", {"Ann Castle", "Tony Hill"}),
        ("Ann Tower, a spokeswoman for the bank, told reporters it would appeal.", {"Ann Tower"}),
        ("Ivo Tower said the bank would appeal.", {"Ivo Tower"}),
    ],
)
def test_a_castle_or_a_tower_can_still_be_a_surname(facts_of, text: str, names: set) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert names <= {a.name for a in facts_of(text).actors}


def test_a_capital_speaks_for_its_government_only_as_an_actor(facts_of) -> None:  # type: ignore[no-untyped-def]
    spoke = facts_of("Oslo criticised Ruth Gale on Monday.")
    assert "country/NOR" in {p.actor for e in spoke.events for p in e.participants}
    mayor = facts_of("Oslo mayor Per Lind criticised Ruth Gale on Monday.")
    assert ("Per Lind", "Norway") not in affiliations(mayor)


def test_ambiguous_party_names_need_their_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    alone = facts_of("Labour leader Ivo Marsh criticised Ruth Gale.")
    assert not any(k.endswith("UK-LAB") for k in parties(alone))
    british = facts_of("In Britain, Labour leader Ivo Marsh criticised Ruth Gale.")
    assert ("Ivo Marsh", "Labour Party") in affiliations(british)
    assert {a.wikidata for a in british.actors if a.key == "org/UK-LAB"} == {"Q9630"}
    libdem = facts_of("The Liberal Democrat leader Ivo Marsh criticised Ruth Gale in London.")
    assert not any("US-DEM" in k or "democratic-party" in k for k in parties(libdem))


def test_titles_and_labels_are_roles_not_names(nlp, facts_of) -> None:  # type: ignore[no-untyped-def]
    from kg.language.actors import resolve_actors
    from kg.language.mentions import find_mentions

    doc = nlp("Professor Nel Orsk and Lib Dem MP Ruth Vane met Tom Reyes QC in London.")
    names = {a.name for a in resolve_actors(doc, find_mentions(doc)).actors.values()}
    assert {"Nel Orsk", "Ruth Vane", "Tom Reyes"} <= names, names
    assert not any(n.startswith(("Professor", "Lib Dem")) or n.endswith("QC") for n in names)
    facts = facts_of("Lib Dem MP Ruth Vane criticised the plan in London.")
    assert ("Ruth Vane", "Liberal Democrats") in affiliations(facts)


def test_a_ministry_field_is_no_party_outside_its_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Saudi Labour Minister Ghazi Talal said the rules would change.")
    assert not [a for a in facts.actors if a.name.startswith("Labour")]
    uk = facts_of("Labour MP Ann Lee met Tony Holt in London, England.")
    assert ("Ann Lee", "Labour Party") in affiliations(uk)


def test_a_name_its_apposition_calls_a_place_is_no_actor(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Ana Ruiz met Tomas Lind. She later left for Qadir Nagar, a famous Hindu temple in "
        "the north. The two leaders agreed to talk again. Tomas Lind flew on to Tal Ruma, a "
        "mining town near the border. The village, Kfar Dana, was shelled by Chilean troops."
    )
    names = {a.name for a in facts.actors if a.key in parties(facts)}
    assert {"Ana Ruiz", "Tomas Lind"} <= names
    assert not names & {"Qadir Nagar", "Tal Ruma", "Kfar Dana"}


def test_a_person_described_by_a_place_post_stays_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ana Ruiz met Tomas Lind, the town's mayor, and Vera Holm, a city councillor.")
    names = {a.name for a in facts.actors if a.key in parties(facts)}
    assert {"Ana Ruiz", "Tomas Lind", "Vera Holm"} <= names


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Gale waited for Ivo Marsh at London's King Cross station on Friday.",
        "Ruth Gale met Ivo Marsh at the Lord Byron hotel.",
        "Ivo Marsh spoke to Ruth Gale outside the President Kennedy hospital.",
    ],
)
def test_a_name_before_a_building_noun_names_the_building(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert not names & {"King Cross", "Lord Byron", "Kennedy", "President Kennedy"}, names


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kremlin spokesman Oleg Pavlov said the talks had been useful.", ("Oleg Pavlov", "Russia")),
        ("White House spokeswoman Dana Kerr told reporters the bill was dead.",
         ("Dana Kerr", "United States")),
        ('"We see no link," said Elysee spokesman Remy Caron.', ("Remy Caron", "France")),
        ("Downing Street adviser Clare Dunn drafted the letter.", ("Clare Dunn", "United Kingdom")),
        ("Hal Boyd, a White House spokesman, declined to comment.", ("Hal Boyd", "United States")),
        ("White House chief of staff Rob Tate met Senate leaders.", ("Rob Tate", "United States")),
    ],
)  # fmt: skip
def test_a_seat_of_government_before_a_title_is_its_government(
    facts_of, text: str, pair: tuple
) -> None:  # type: ignore[no-untyped-def,type-arg]
    """ "Kremlin spokesman X": a seat of government names no town, so the post is the
    government's (unlike "London mayor X")."""
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "London mayor Ken Vale said the fares would rise.",
        "Moscow mayor Yuri Dal opened the new bridge.",
        "Tom Blake, who visited the Kremlin on Monday, said the talks were frank.",
        "Anna Fox, a White House correspondent for the network, asked the question.",
        "Kremlin critic Boris Lenz was jailed for two years.",
    ],
)
def test_a_towns_title_or_a_visitor_holds_no_post_of_the_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """A capital before a title names its town; a visit or a reporter's beat is no post."""
    assert not {c for _, c in affiliations(facts_of(text))} & {"Russia", "United States"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Downing Street spokesman said the minister had the prime minister's full confidence.",
         "country/GBR"),
        ("A Kremlin spokesman said the talks had been useful.", "country/RUS"),
        ("A White House spokeswoman said the president would sign the bill.", "country/USA"),
    ],
)  # fmt: skip
def test_an_unnamed_spokesman_of_a_seat_speaks_for_its_government(
    facts_of, text: str, country: str
) -> None:  # type: ignore[no-untyped-def]
    """ "A Downing Street spokesman said": the government speaks (as "Downing Street said")."""
    speakers = {p.actor for e in facts_of(text).events for p in e.participants}
    assert country in speakers


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized the eastern town of Velnara on Monday.",
        "The insurgents captured the strategic port of Dostakh after heavy fighting.",
        "Militia fighters overran the remote villages of Kembo and Saluti.",
        "The army retook the border town of Mbalazi, a spokesman said.",
    ],
)
def test_a_name_after_the_town_of_is_a_place(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "the (adjective) town/port/village of X": X is a place, known or not."""
    keys = parties(facts_of(text))
    assert not any(w in k for k in keys for w in ("velnara", "dostakh", "kembo", "saluti",
                                                   "mbalazi")), keys  # fmt: skip


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Russian missiles hit Kyiv early on Tuesday.", "Ukraine"),
        (
            "Rwanda condemned the Kivu Liberation Front, which holds the town of Velnara.",
            "Kivu Liberation Front",
        ),
    ],
)
def test_a_capital_or_a_body_stays_a_party(facts_of, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert any(p.name == party for p in facts.actors), [a.name for a in facts.actors]


@pytest.mark.parametrize(
    "text",
    [
        "Xinhua said the talks had ended on Monday.",
        "Xinhua, the official Chinese news agency, said the talks had ended.",
    ],
)
def test_a_standing_news_agency_is_no_town_of_its_name(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import speakers

    assert speakers(facts_of(text)) == {"Xinhua"}


@pytest.mark.parametrize(
    "text",
    [
        "Former Conservative minister Ann Pryce met Reform UK deputy leader Tom Hale on Friday.",
        "Tom Hale, the Conservative spokesman, attacked Reform UK on Monday.",
    ],
)
def test_a_body_named_after_its_country_sets_the_story_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # the country in "Reform UK" makes a British story, where "Conservative" is a party
    assert any(org == "Conservative Party" for _, org in affiliations(facts_of(text)))
