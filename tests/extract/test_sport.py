"""Sports reports: fixtures and plays are no meetings, visits or attacks."""

from __future__ import annotations

import pytest

from kg.extract.sport import REPORT_CUES, is_sports_report, sport_cues
from kg.records import EventKind

# Sports reports of our own: three or more words only sport uses
MATCH_REPORT = (
    "Norway beat Austria 24-17 in the quarter-final on Saturday. "
    "Their striker Lars Evje scored twice before the referee sent off the goalkeeper. "
    "Norway will meet Italy in the semi-final in Oslo on Wednesday."
)
TENNIS_REPORT = (
    "Third seed Mara Lind ousted Germany's Ilse Brenner 6-2 6-1 to reach the semi-finals "
    "of the tournament. Lind will face Spain's Rosa Vidal, who visited Sweden last year."
)
RUGBY_REPORT = (
    "Wales centre Owen Price has been passed fit for Saturday's clash with Scotland. "
    "The fly-half and the winger were named in the squad on Tuesday. "
    "Scotland were attacked by France in the second half last week, and Sweden hosted "
    "Denmark in the other match."
)


def _contacts_and_force(facts) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [
        (e.kind.value, e.type)
        for e in facts.events
        if e.kind in {EventKind.MEETING, EventKind.VISIT}
        or (
            e.kind is EventKind.CONFLICT and (e.cameo == "170" or e.cameo[:2] in {"18", "19", "20"})
        )
    ]


@pytest.mark.parametrize("text", [MATCH_REPORT, TENNIS_REPORT, RUGBY_REPORT])
def test_a_sports_report_has_no_meetings_visits_or_attacks(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _contacts_and_force(facts_of(text)) == []


def test_criticism_in_a_sports_report_stays(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        MATCH_REPORT + " Coach Anders Holm criticised referee Piet Smit after the game."
    )
    names = {a.key: a.name for a in facts.actors}
    criticism = {
        (names[e.actors("agent")[0]], names[e.actors("target")[0]])
        for e in facts.events
        if e.type == "criticise" and e.actors("agent") and e.actors("target")
    }
    assert ("Anders Holm", "Piet Smit") in criticism


@pytest.mark.parametrize(
    "text",
    [
        # one or two sport words are no sports report: the meeting is a meeting
        "Norway's prime minister met Italy's prime minister in Oslo after a football match.",
        "Ministers of Spain and Sweden met in Madrid on Tuesday to discuss the tournament.",
        # a vote's tally is no score, and no sport word goes with it
        "The council voted 9-4 to back the plan before Spain and Morocco met in Rabat.",
    ],
)
def test_a_meeting_beside_a_word_or_two_of_sport_stays(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert any(e.kind is EventKind.MEETING for e in facts_of(text).events)


def test_cues_count_hyphenated_words_and_a_scoreline_once(nlp) -> None:  # type: ignore[no-untyped-def]
    cues = sport_cues(nlp("A semi-final, then the semi-final: they won 3-1 and 2-0."))
    assert cues == frozenset({"semi-final", "scoreline"})
    assert not is_sports_report(cues) and REPORT_CUES == 3


@pytest.mark.parametrize(
    "text", ["Matches went on sale.", "The Rugby Football Union met.", "In 2004-05 sales rose."]
)
def test_capitalised_words_years_and_plain_words_are_no_cues(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert sport_cues(nlp(text)) == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        # a side hosted, welcomed or met in a game, with no other word of sport
        "Ghana hosted Togo in a World Cup qualifier in Kumasi on Saturday.",
        "Peru played host to Bolivia in a friendly in Lima.",
        "Egypt hosted Libya in the opening match, winning 2-0.",
        "Jordan welcomed Oman in a qualifier at the national stadium.",
        "Chile met Colombia in the final in Santiago on Sunday.",
    ],
)
def test_a_side_hosted_in_a_game_has_no_visit(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.kind in {EventKind.MEETING, EventKind.VISIT} for e in facts_of(text).events)


@pytest.mark.parametrize(
    "text",
    [
        # hosting for talks, or in the final round or days of talks, stays a visit
        "Qatar hosted Iranian President Hamid Rostami for two days of talks.",
        "Kenya hosted the Ugandan president in Nairobi for the final round of talks.",
        "Spain's prime minister met Italy's prime minister in the final hours of the summit.",
    ],
)
def test_hosting_for_talks_stays_a_visit(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert any(e.kind in {EventKind.MEETING, EventKind.VISIT} for e in facts_of(text).events)
