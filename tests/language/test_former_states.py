"""States and blocs of the Cold War as actors, and the wire copy that names them:
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, memberships, speakers


def _actors(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("West German officials met East German negotiators on Monday.", "West Germany"),
        ("The West German government protested to Austria over the arrest.", "West Germany"),
        ("West German police arrested two Austrian smugglers.", "West Germany"),
    ],
)
def test_west_german_is_west_germany_not_the_west(facts_of, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = _actors(facts_of(text))
    assert expected in found and "the West" not in found


def test_the_west_alone_stays_the_west(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert "the West" in speakers(facts_of("The West said it would respond to the test."))


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "North Vietnam accused South Vietnam of breaking the truce.",
            "North Vietnam",
            "South Vietnam",
        ),
        (
            "North Vietnamese troops attacked South Vietnamese positions.",
            "North Vietnam",
            "South Vietnam",
        ),
        (
            "South Vietnam denounced the North Vietnamese offensive.",
            "South Vietnam",
            "North Vietnam",
        ),
        ("Rhodesian forces attacked guerrilla bases inside Zambia.", "Rhodesia", "Zambia"),
        ("Zambia accused Rhodesia of violating its airspace.", "Zambia", "Rhodesia"),
    ],
)
def test_states_gone_since_the_cold_war_act(facts_of, text: str, agent: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The Common Market imposed sanctions on Chile on Monday.", "European Union", "Chile"),
        ("The EEC criticised Japan over its trade surplus.", "European Union", "Japan"),
        (
            "The European Economic Community condemned the Iraqi raid on Iran.",
            "European Union",
            "Iraq",
        ),
    ],
)
def test_the_common_market_is_the_european_union(
    facts_of, text: str, agent: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)


def test_joining_the_common_market(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("Denmark", "European Union") in memberships(
        facts_of("Denmark joined the Common Market in 1973.")
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Twelve Czechoslovak diplomats were expelled by Britain on Tuesday.", "Czechoslovakia"),
        ("Four Polish diplomats were expelled by Sweden.", "Poland"),
    ],
)
def test_a_number_before_a_demonym_is_no_name(facts_of, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert any(t == target for _, t in directed(facts, EventKind.CONFLICT))
    assert not any(name.split()[0] in {"Twelve", "Four"} for name in _actors(facts))


@pytest.mark.parametrize(
    "text",
    [
        "The official Yugoslav news agency Tanjug said the talks had ended.",
        "The news agency Tanjug reported that the talks had ended.",
        "The official news agency Tanjug said Peru had attacked Chile.",
    ],
)
def test_a_news_agency_named_after_its_kind_speaks(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert speakers(facts) == {"Tanjug"}
    assert not any("news agency" in name for name in _actors(facts))


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Prime Minister Ivo Rask of Chile arrived in Moscow on Monday. Mr. Rask met Soviet leaders.",
            "Soviet Union",
        ),
        (
            "Soviet officials said Prime Minister Ivo Rask of Chile had arrived in Moscow.",
            "Soviet Union",
        ),
        (
            "President Ivo Rask of Chile arrived in Belgrade on Monday. He met Yugoslav leaders.",
            "Yugoslavia",
        ),
        ("President Ivo Rask of Chile arrived in Moscow on Monday for talks.", "Russia"),
        (
            "President Ivo Rask of Chile arrived in Moscow for talks. He later met Russian leaders.",
            "Russia",
        ),
    ],
)
def test_a_former_seat_hosts_for_its_state_in_its_story(facts_of, text: str, host: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    hosts = {names[k] for e in facts.events if e.kind is EventKind.VISIT for k in e.actors("host")}
    assert hosts == {host}


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Austria recalled its ambassador from East Berlin. East Germany protested.", "Austria",
         "East Germany"),
        ("East Berlin accused Austria of spying. East German officials said talks had failed.",
         "East Germany", "Austria"),
    ],
)  # fmt: skip
def test_a_seat_with_no_state_today_stands_for_its_state_when_named(
    facts_of, text: str, agent: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (agent, target) in directed(facts, EventKind.CONFLICT)
    assert "East Berlin" not in _actors(facts)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Saigon accused Hanoi of shelling the border posts.", "South Vietnam", "Vietnam"),
        ("Moscow criticised East Berlin over the refugee camps.", "Russia", "East Germany"),
        ("The United States pressed Saigon to hold new elections.", "United States",
         "South Vietnam"),
    ],
)  # fmt: skip
def test_a_seat_of_the_past_acts_for_its_state_unnamed(  # type: ignore[no-untyped-def]
    facts_of, text: str, agent: str, target: str
) -> None:
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("East Berlin said on Monday it would reject the offer.", "East Germany"),
        ("Saigon said its troops had retaken the airfield.", "South Vietnam"),
    ],
)
def test_a_seat_of_the_past_speaks_for_its_state(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students marched in East Berlin on Sunday.",
        "The minister, who grew up in Saigon, said the vote was fair.",
        "Pretoria and Salisbury signed a trade agreement on Friday.",
    ],
)
def test_a_seat_of_the_past_is_a_place_where_it_is_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = _actors(facts_of(text))
    assert not names & {"East Germany", "South Vietnam", "Rhodesia", "East Berlin", "Saigon"}


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("West German Chancellor Otto Brenner met French President Jules Marceau.", "Otto Brenner",
         "West Germany"),
        ("Helmut Kranz, the West German Chancellor, met Leonid Orlov in Moscow.", "Helmut Kranz",
         "West Germany"),
    ],
)  # fmt: skip
def test_a_state_keeps_the_name_the_story_gives_it(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, state: str
) -> None:
    found = affiliations(facts_of(text))
    assert (person, state) in found
    assert (person, "Germany") not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Burma's military ruler Ne Thaw met Chinese Premier Zhou Lai.", "Ne Thaw"),
        ("Burmese junta leader Than Wai met Thai Prime Minister Chuan Lek.", "Than Wai"),
    ],
)
def test_a_renamed_state_is_one_state(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    """Burma took the name Myanmar in 1989: one state, not a state gone."""
    assert (person, "Myanmar") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The West German government criticised East Germany.", "West Germany", "East Germany"),
        ("East German leader Erich Falk criticised West Germany.", "Erich Falk", "West Germany"),
        ("South Vietnam accused North Vietnam of attacking Saigon.", "South Vietnam",
         "North Vietnam"),
        ("Hanoi accused Saigon of breaking the truce, North Vietnam said.", "North Vietnam",
         "South Vietnam"),
    ],
)  # fmt: skip
def test_a_divided_country_s_halves_stay_apart(  # type: ignore[no-untyped-def]
    facts_of, text: str, agent: str, target: str
) -> None:
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)


def test_today_s_states_keep_their_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(
        facts_of("German Chancellor Anna Brandt met Myanmar's leader Min Thura in Berlin.")
    )
    assert ("Anna Brandt", "Germany") in found
