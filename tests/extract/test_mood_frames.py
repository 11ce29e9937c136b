"""Frames that decide whether a clause tells what was done: sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.extract.mood_frames import (
    MANDATIVE,
    blamed_for,
    denies_a_charge,
    done_to_subject,
    foreseen,
    mandated,
    reported_passive,
)
from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed, met_pairs


def _token(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Peru demanded that Chile withdraw its envoy.", "withdraw", True),
        ("The minister urged that Bolivia be punished.", "punished", True),
        ("Peru said that Chile withdrew its envoy.", "withdrew", False),
        ("Peru demanded to know why Chile had withdrawn its envoy.", "withdrawn", False),
        ("Peru recommended that Chile withdraw its envoy.", "withdraw", True),
        ("The panel proposed that Bolivia be suspended.", "suspended", True),
    ],
)
def test_what_a_demand_asks_for(nlp, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert mandated(_token(nlp, text, word)) is expected


def test_the_verbs_of_demand_are_one_list() -> None:
    """The subjunctive after a demand and the duty told by "its" in a demand's clause
    read the same words (``mandative`` in kg/language/data/warning-words.txt)."""
    from kg.language import warned_clauses

    assert MANDATIVE == warned_clauses._MANDATIVE
    assert {"demand", "urge", "propose", "recommend", "request", "call"} <= MANDATIVE


def test_an_opening_passive_with_its_agent_was_done(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Accused by Uganda of backing the rebels, Rwanda denied it.")
    accused = next(t for t in doc if t.text == "Accused")
    assert done_to_subject(accused, accused.dep_) is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (what the parser does with it: the accusation hangs on "denies")
        ("Peru accused Chile of backing the rebels, a charge Chile denies.", True),
        ("Chile denies the charge.", False),
        ("Chile denies that it spied.", False),
    ],
)
def test_a_charge_the_target_denies(nlp, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    denies = next(t for t in nlp(text) if t.lemma_ == "deny")
    assert denies_a_charge(denies) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Ann Vale is said to have met Luis Mora.", "said", True),
        ("Peru is believed to have attacked Chile.", "believed", True),
        ("Ann Vale was known to have met Luis Mora.", "known", False),  # no report
        ("Ann Vale said she had met Luis Mora.", "said", False),  # active: her own word
    ],
)
def test_a_passive_of_report(nlp, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    head = _token(nlp, text, word)
    below = next((c for c in head.children if c.dep_ == "xcomp"), head)
    assert reported_passive(head, below.dep_) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("A war between Chad and Niger now seems unlikely.", "war", True),
        ("Talks with Peru are imminent.", "Talks", True),
        ("Sanctions on Chile look inevitable.", "Sanctions", True),
        ("The war between Chad and Niger was brutal.", "war", False),
        ("The war seems to have ended.", "war", False),
    ],
)
def test_an_event_said_to_be_coming(nlp, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert foreseen(_token(nlp, text, word)) is expected


def test_a_war_said_to_be_unlikely_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert (
        directed(facts_of("A war between Chad and Niger now seems unlikely."), EventKind.CONFLICT)
        == set()
    )
    assert ("Chad", "Niger") in directed(
        facts_of("A war between Chad and Niger now seems unlikely."),
        EventKind.CONFLICT,
        factual_only=False,
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bolivia's threat to bomb Paraguay alarmed its neighbours.", EventKind.CONFLICT),
        ("Peru renewed its pledge to arm the Kivu Front.", EventKind.COOPERATION),
        ("Chile's attempt to invade Argentina failed.", EventKind.CONFLICT),
        ("Ecuador issued an order on Friday to expel Colombia's ambassador.", EventKind.CONFLICT),
        ("The Kivu Front issued a vow to kill Rwandan soldiers.", EventKind.CONFLICT),
        ("Pakistan voiced its readiness to attack India.", EventKind.CONFLICT),
    ],
)
def test_what_a_threat_plan_or_attempt_aims_at_is_not_done(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, kind, factual_only=False)  # the event is kept
    # but not as a fact (a threat itself is one: "Bolivia's threat" threatens Paraguay)
    assert all(e.cameo.startswith("13") for e in facts.events if e.factual and e.kind is kind)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile attacked Argentina in an attempt to seize the islands.", ("Chile", "Argentina")),
        ("Bolivia issued a threat against Paraguay on Monday.", ("Bolivia", "Paraguay")),
        ("Peru sent troops to Bolivia as part of its pledge to help.", ("Peru", "Bolivia")),
    ],
)
def test_the_act_or_threat_beside_an_intent_is_still_a_fact(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair in directed(facts, EventKind.CONFLICT) | directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        ("Argentina warned Chile against arming the Kivu Front.", EventKind.COOPERATION, "Chile"),
        # (a caution is a warning, a demand on Peru: "advised" keeps to the act)
        ("Brazil advised Peru against attacking Bolivia.", EventKind.CONFLICT, "Peru"),
        ("Brazil advised Peru against sending troops to Bolivia.", EventKind.COOPERATION, "Peru"),
    ],
)
def test_what_one_is_warned_against_is_not_done_and_would_be_ones_own(
    facts_of, text: str, kind: EventKind, doer: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert {a for a, _ in directed(facts, kind, factual_only=False)} == {doer}
    assert directed(facts, kind) == set()


def test_a_warning_against_an_act_with_no_one_warned_names_no_doer(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Brazil warned against sending troops to Bolivia.")
    assert directed(facts, EventKind.COOPERATION, factual_only=False) == set()


def test_the_warning_itself_is_a_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Argentina warned Chile against arming the Kivu Front.")
    assert ("Argentina", "Chile") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "act", "blamed"),
    [
        ("Chile criticised Peru for arming the rebels.", "arming", True),
        ("Kenya lashed out at Uganda for sheltering the rebels.", "sheltering", True),
        ("Rwanda accused Burundi of supporting the rebels.", "supporting", True),
        ("Ghana praised Togo for helping the refugees.", "helping", False),
        ("Ghana thanked Togo for supporting Nigeria.", "supporting", False),
    ],
)
def test_the_act_a_critic_blames_someone_for(nlp, text: str, act: str, blamed: bool) -> None:  # type: ignore[no-untyped-def]
    assert blamed_for(_token(nlp, text, act)) is blamed


@pytest.mark.parametrize(
    ("text", "pair", "factual"),
    [
        ("Kenya lashed out at Uganda for arming the rebels.", ("Uganda", "rebels"), False),
        ("Chile railed at Peru for attacking Bolivia.", ("Peru", "Bolivia"), False),
        ("Chile criticised Peru for attacking Bolivia.", ("Peru", "Bolivia"), False),
        ("Ghana praised Togo for supporting Benin.", ("Togo", "Benin"), True),
    ],
)
def test_what_someone_is_blamed_for_is_theirs_and_only_charged(  # type: ignore[no-untyped-def]
    facts_of, text: str, pair: tuple[str, str], factual: bool
) -> None:
    facts = facts_of(text)
    names = {x.key: x.name for x in facts.actors}
    acts = [e for e in facts.events if e.trigger.lower().endswith("ing")]
    sides = {(names.get(p.actor, p.actor)) for e in acts for p in e.participants}
    assert set(pair) <= sides and text.split()[0] not in sides  # not the critic's act
    assert all(e.factual is factual for e in acts)
    assert pair[::-1] not in directed(facts, EventKind.CONFLICT) | directed(
        facts, EventKind.COOPERATION
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The prime ministers of Norway and Finland meet every year.", ("Norway", "Finland")),
        ("Estonia and Latvia hold talks twice a year.", ("Estonia", "Latvia")),
        ("Each summer, Chilean and Peruvian warships conduct joint patrols.", ("Chile", "Peru")),
        ("Norway and Finland sign a new fishing accord each spring.", ("Norway", "Finland")),
        ("The presidents of Ghana and Togo meet three times a year.", ("Ghana", "Togo")),
        ("Every two years the Finnish president visits Norway.", ("Finland", "Norway")),
    ],
)  # fmt: skip
def test_a_present_with_how_often_is_a_habit(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    events = [e for e in facts.events if e.kind is not EventKind.STATEMENT]
    assert any(e.modality.value == "habitual" for e in events)
    assert not [e for e in events if e.factual]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway and Finland met on Monday for the first time in a year.", ("Norway", "Finland")),
        ("Estonia and Latvia signed a border treaty, a year after talks began.",
         ("Estonia", "Latvia")),
        ("Ghana and Togo each sent envoys to the talks with Benin.", ("Ghana", "Benin")),
    ],
)  # fmt: skip
def test_one_event_in_a_year_is_no_habit(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    found = directed(facts, EventKind.MEETING) | directed(facts, EventKind.COOPERATION)
    assert pair in found


@pytest.mark.parametrize(
    "text",
    [
        "The prisoner swap between Chile and Peru was postponed until next week.",
        "Officials said the exchange of prisoners between Chile and Peru had been held up.",
        "The postponement of the prisoner exchange between Chile and Peru angered families.",
        "The signing of the trade deal between Chile and Peru was put off until March.",
        "The restoration of diplomatic ties between Chile and Peru was delayed.",
        "Chile postponed the reopening of its embassy in Lima.",
        "The prisoner exchange between Chile and Peru was called off.",
    ],
)
def test_an_act_put_off_or_called_off_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, EventKind.COOPERATION, factual_only=False)  # still told, as planned
    assert directed(facts, EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Chile's invasion of Peru was delayed by bad weather, the report said.",
        "The invasion of Peru by Chile was put off.",
    ],
)
def test_an_attack_put_off_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, EventKind.CONFLICT, factual_only=False) == {("Chile", "Peru")}
    assert directed(facts, EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The delayed prisoner swap between Chile and Peru took place on Monday.",
        "Chile reopened its embassy in Lima after a long delay.",
        "The prisoner swap between Chile and Peru went ahead despite delays.",
    ],
)
def test_an_act_done_after_a_delay_is_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION)


def test_talks_pushed_back_are_planned(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The talks between Chile and Peru were pushed back to next week."
    assert met_pairs(facts_of(text)) == set()
    assert met_pairs(facts_of(text), factual_only=False) == {frozenset({"Chile", "Peru"})}


@pytest.mark.parametrize(
    "text",
    [
        "The India-China border talks were called positive by Russian diplomats.",
        "The talks between India and China were called constructive.",
        "The summit between India and China was called a success by both sides.",
    ],
)
def test_talks_called_good_are_not_called_off(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"India", "China"}) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The talks between India and China were called off.",
        "India called off the talks with China.",
        "India ruled out talks with China.",
    ],
)
def test_talks_called_off_or_ruled_out_are_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"India", "China"}) not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Ahead of his meeting with the Iranian president next week, the Iraqi prime minister "
         "said he hoped for progress.", ("Iraq", "Iran")),
        ("In advance of the talks between Chile and Peru, Bolivia said it would stay neutral.",
         ("Chile", "Peru")),
        ("Ahead of her visit to China, Ana Ruiz said trade would grow.", ("Ana Ruiz", "China")),
    ],
)  # fmt: skip
def test_an_event_ahead_is_planned(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert frozenset(sides) not in met_pairs(facts)
    assert frozenset(sides) in met_pairs(facts, factual_only=False)


def test_an_event_before_the_clause_is_held(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "After his meeting with the Iranian president, the Iraqi prime minister said he hoped for progress."
    assert frozenset({"Iraq", "Iran"}) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # the infinitive hung on the verb, or its "to" read as a preposition
        "Zarnia applauded Velia's offer to host talks with Osland.",
        "Ilse Varga praised Pieter Holm's offer to host talks with Kestria.",
        "Norvia praised Kestria's offer to host talks with Osland.",
    ],
)
def test_talks_under_an_offer_are_not_held(facts_of, text: str) -> None:
    facts = facts_of(text)
    assert met_pairs(facts, factual_only=False)  # the talks are read ...
    assert not met_pairs(facts)  # ... as offered, not held


@pytest.mark.parametrize(
    "text",
    [
        "Zarnia returned to talks with Osland.",
        "Anna Roset helped Pavel Linde to hold talks with Zarnia.",
    ],
)
def test_talks_not_under_an_offer_are_held(facts_of, text: str) -> None:
    assert met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "A deal between Chile and Peru was expected on Monday.",
        "Sanctions on Peru by Chile are expected next week.",
        "An attack on Peru by Chile was predicted by analysts.",
    ],
)
def test_an_act_expected_has_not_happened(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert facts.events
    assert not any(e.factual for e in facts.events if e.kind is not EventKind.STATEMENT)


def test_an_act_expected_and_then_done_happened(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A deal between Chile and Peru was widely expected and was signed on Monday.")
    assert any(e.factual for e in facts.events if e.kind is EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Officials denied the downing of a Peruvian drone by Chile.",
        "Lima denied the shelling of Chilean towns by Peruvian forces.",
        "The ministry denied the sale of jets to Peru by Chile.",
    ],
)
def test_an_act_someone_denies_is_not_told_as_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    acts = [e for e in facts.events if e.kind in {EventKind.CONFLICT, EventKind.COOPERATION}]
    assert acts
    assert not any(e.factual for e in acts)


def test_an_act_criticised_is_told_as_done(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chile criticised the downing of a Peruvian drone by Bolivia.")
    assert ("Bolivia", "Peru") in directed(facts, EventKind.CONFLICT)


def test_a_known_act_that_was_expected_happened(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "the suspension ... was expected": no surprise, but done."""
    facts = facts_of("Chile's suspension of aid to Peru was expected.")
    assert ("Chile", "Peru") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # the parser reads "X suspended aid to Y" as one noun phrase: aid stopped
        "USAID suspended aid to Eritrea.",
        "Spain's suspended aid to Eritrea was restored in May.",
        "Norway's frozen loans to Ghana worry investors.",
        "Japan's halted loans to Laos were a blow.",
    ],
)
def test_aid_a_participle_of_cutting_describes_was_not_given(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Spain sent aid to Eritrea on Friday.", {"Spain", "Eritrea"}),
        ("Norway's promised loans to Ghana arrived in May.", {"Norway", "Ghana"}),
    ],
)
def test_aid_given_stays_aid(facts_of, text: str, pair: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(pair) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        ("Hungary vetoed the EU's aid package for Ukraine.", ("European Union", "Ukraine"),
         EventKind.COOPERATION),
        ("Congress blocked the US aid package for Egypt.", ("United States", "Egypt"),
         EventKind.COOPERATION),
        ("Japan's aid programme for Chad was shelved in May.", ("Japan", "Chad"),
         EventKind.COOPERATION),
    ],
)  # fmt: skip
def test_a_package_undone_undoes_its_kind(
    facts_of, text: str, pair: tuple[str, str], kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair in directed(facts, kind, factual_only=False)
    assert pair not in directed(facts, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The EU approved an aid package for Ukraine.",
        "The EU's aid package for Ukraine arrived in May.",
    ],
)
def test_a_package_given_is_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("European Union", "Ukraine") in directed(facts_of(text), EventKind.COOPERATION)
