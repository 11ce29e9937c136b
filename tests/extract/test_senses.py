"""Trigger-verb lookup: the lemma pre-filter never hides an entry."""

from __future__ import annotations

import pytest

from kg.extract import conflict, cooperation, meetings
from kg.extract.senses import verb_key, verb_starts
from kg.records import EventKind
from tests.helpers import coded, directed, met_pairs

SENTENCES = [
    "Minister Olav Brenn hit out at the Velmar council on Monday.",
    "Delia Strom took issue with Karsk's plan and then sat down with the rebels.",
    "Tomas Lind brought together the leaders of Baltovia and Karsk in Ostrava.",
    "The Ostravan envoy condemned the strikes, met Ana Ruiz and pledged aid to Karsk.",
    "Baltovia imposed sanctions on Karsk after talks with Velmar broke down.",
    "Ivo Marsh phoned Ruth Vane, who warned him and accused the board of lying.",
]


@pytest.mark.parametrize(
    "lexicon", [conflict.VERBS, cooperation.VERBS, meetings._VERBS], ids=["con", "coop", "meet"]
)
def test_a_lemma_outside_the_starts_has_no_entry(nlp, lexicon) -> None:  # type: ignore[no-untyped-def]
    starts = verb_starts(lexicon)
    found = 0
    for doc in nlp.pipe(SENTENCES):
        for token in doc:
            key = verb_key(token, lexicon)
            if token.lemma_ not in starts:
                assert key is None, token.text
            found += key is not None
    assert found >= 2  # the sentences do hold trigger verbs of every kind


def test_starts_hold_the_first_words_of_many_word_entries() -> None:
    lexicon = {"meet": 1, "hit out": 2, "take a stand": 3}
    assert {"meet", "hit", "take", "take a", "hit out"} <= verb_starts(lexicon)
    assert "out" not in verb_starts(lexicon)
    assert any(" " in key for key in meetings._VERBS | conflict.VERBS)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey struck a deal with Sweden at the summit.",
        "Peru and Chile struck an agreement on fishing.",
        "Kenya has struck a bargain with Uganda over the pipeline.",
    ],
)
def test_a_phrase_of_another_kind_is_not_the_bare_verb(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = facts_of(text).events
    assert not [e for e in events if e.kind is EventKind.CONFLICT]
    assert [e.cameo for e in events if e.kind is EventKind.COOPERATION] == ["057"]


def test_the_bare_verb_keeps_its_own_sense(facts_of) -> None:  # type: ignore[no-untyped-def]
    events = facts_of("Turkish jets struck Syria on Sunday.").events
    assert [e.cameo for e in events if e.kind is EventKind.CONFLICT] == ["190"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya round off their campaign with games against Ghana on 7 May and Togo on 9 June.",
         set()),
        ("Peru rounds off the tour with matches against Chile on Friday and Bolivia on Sunday.",
         set()),
        ("Nigeria rounded on Ghana over the border closure.", {("Nigeria", "Ghana")}),
        ("Nigeria on Monday rounded on Ghana over the border closure.", {("Nigeria", "Ghana")}),
    ],
)  # fmt: skip
def test_a_date_after_on_is_no_particle(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == expected


def test_starts_are_worked_out_again_for_another_or_a_grown_lexicon() -> None:
    lexicon: dict[str, int] = {"meet": 1}
    first = verb_starts(lexicon)
    assert verb_starts(lexicon) is first  # the same table: worked out once
    assert verb_starts({"hit out": 1}) == {"hit", "hit out"}  # another table: its own
    lexicon["take a stand"] = 2
    assert verb_starts(lexicon) == {"meet", "take", "take a", "take a stand"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Ada Ruhl took Jonas Brekke to task over the delays.",
         ("Ada Ruhl", "Jonas Brekke", "111")),
        ("Peru took Chile to task for its tariffs.", ("Peru", "Chile", "111")),
        ("Jonas Brekke was taken to task by Chancellor Ada Ruhl.",
         ("Ada Ruhl", "Jonas Brekke", "111")),
    ],
)  # fmt: skip
def test_an_entry_with_a_preposition_and_its_object(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:
    assert coded(facts_of, text) == {expected}


@pytest.mark.parametrize(
    "text",
    ["Chancellor Ada Ruhl took Jonas Brekke to lunch.", "Peru took the task to Chile."],
)
def test_the_same_verb_to_elsewhere_is_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in facts_of(text).events if e.kind is EventKind.CONFLICT] == []


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The war, pitting Chile against Peru, killed thousands.", "190"),
        ("Clashes pitting Chad against Niger spread to the border.", "190"),
        ("The row, pitting Norway against Sweden, deepened.", "111"),
    ],
)
def test_a_participle_pits_sides_in_the_conflict_of_its_noun(
    facts_of, text: str, cameo: str
) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of(text).events if e.kind is EventKind.CONFLICT]
    assert len(events) == 2  # each side against the other
    assert {e.cameo for e in events} == {cameo}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Oman brought Iran and Saudi Arabia together for talks in Muscat.",
         ("Iran", "Saudi Arabia")),
        ("Norway brought Sudan and South Sudan together in Oslo on Monday.",
         ("Sudan", "South Sudan")),
        ("Kenya brought the leaders of Ethiopia and Eritrea together at a lodge outside "
         "Nairobi.", ("Ethiopia", "Eritrea")),
    ],
)  # fmt: skip
def test_together_hung_after_the_objects_still_brings_them_together(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """The parser may hang "together" on the phrase after the objects."""
    assert frozenset(pair) in met_pairs(facts_of(text))


def test_bringing_people_together_at_a_place_names_no_meeting_of_nobody(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of("The festival brought fans together in Leeds."))


@pytest.mark.parametrize(
    "text",
    [
        "A campaign pitting Chilean troops against Peruvian soldiers began on Monday.",
        "The operation pitted Malian soldiers against the Algerian army.",
        "A military campaign pitted Chad against Niger for a decade.",
        "The offensive, pitting Ugandan forces against Kenyan troops, stalled.",
    ],
)
def test_armed_sides_pitted_against_each_other_fight(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of(text).events if e.kind is EventKind.CONFLICT]
    assert len(events) == 2  # each side against the other
    assert {e.cameo for e in events} == {"190"}


def test_sides_pitted_in_words_stay_words(facts_of) -> None:  # type: ignore[no-untyped-def]
    events = facts_of("A diplomatic campaign pitted Chile against Peru.").events
    assert {e.cameo for e in events if e.kind is EventKind.CONFLICT} == {"111"}


@pytest.mark.parametrize(
    "text",
    [
        "The final pitted Brazil against Argentina in front of a full stadium.",
        "Saturday's semi-final pits Chile against Peru.",
        "The election campaign pitted the Labour Party against the Conservative Party.",
        "A tight race pitted Senator Ada Ruhl against Governor Jonas Brekke.",
    ],
)
def test_a_game_or_an_election_pits_no_one_in_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in facts_of(text).events if e.kind is EventKind.CONFLICT] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finland came out strongly against Sweden's proposal.", {("Finland", "Sweden", "111")}),
        (
            "Austria came out against Slovenia's plan to build the reactor.",
            {("Austria", "Slovenia", "111")},
        ),
        (
            "France and Germany came out against Hungary's veto.",
            {("France", "Hungary", "111"), ("Germany", "Hungary", "111")},
        ),
    ],
)
def test_a_particle_and_a_preposition_make_one_sense(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    """ "came out against X" is criticism, though "came out" alone is no trigger of it."""
    assert expected <= coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The report came out against the plan to raise taxes.",
        "Germany came out of recession in the spring.",
        "The Czech Republic came out against the new tax.",
        "Italy came out in support of Spain.",
    ],
)
def test_coming_out_against_no_one_is_no_criticism(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taking someone to a court or a trade body is legal action against them (115)
        ("The EU took Indonesia to the WTO over its export ban.", ("European Union", "Indonesia")),
        ("Brazil has taken the United States to the WTO.", ("Brazil", "United States")),
        ("Peru took Chile to arbitration in 2019.", ("Peru", "Chile")),
        ("Canada took Chile to court over the fishing quotas.", ("Canada", "Chile")),
        (
            "Mexico launched a legal challenge against the United States.",
            ("Mexico", "United States"),
        ),
    ],
)
def test_taken_to_court_is_legal_action(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert (*expected, "115") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Canada took the case to court.",  # no one taken there
        "The minister took reporters to the airport.",  # a journey
        "Canada did not take Chile to court.",  # denied
    ],
)
def test_no_legal_action_without_a_party_taken(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {c for c in coded(facts_of, text) if c[2] == "115"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Prime Minister Olaf Brenn stood by Finance Minister Karin Aas despite the scandal.",
            ("Olaf Brenn", "Karin Aas"),
        ),
        (
            "Chancellor Udo Weiss has stood firmly by Defence Minister Petra Lind.",
            ("Udo Weiss", "Petra Lind"),
        ),
        ("Governor Sara Wynn stood by Mayor Eric Dahl after the vote.", ("Sara Wynn", "Eric Dahl")),
    ],
)
def test_standing_by_someone_read_as_an_agent_is_support(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mira Holt did not stand by Governor Paul Dunne.",
        "Senator Mira Holt will stand by Governor Paul Dunne.",
        "Senator Mira Holt refused to stand by Governor Paul Dunne.",
    ],
)
def test_no_support_from_an_unmade_stand(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Mira Holt", "Paul Dunne") not in directed(facts_of(text), EventKind.COOPERATION)
