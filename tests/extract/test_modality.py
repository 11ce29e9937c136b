"""Modality helpers read from tokens give what the sentence text gives."""

from __future__ import annotations

import pytest

from kg.extract.questions import ends_with_question
from kg.records import EventKind, RelationType
from tests.helpers import directed, met_pairs, pair, speakers

TEXTS = [
    'Will Ana Ruiz meet the Karsk envoy? "Is it over?" he asked. She said: "Why not?"',
    "Did Velmar sanction Baltovia ?  \n\nTomas Lind met Ivo Marsh. Was it 'planned?'",
    "Who called whom? ' They did not say. Brenn asked whether talks would resume?\" ",
]


def test_ends_with_question_reads_the_sentence_end_as_its_text_does(nlp) -> None:  # type: ignore[no-untyped-def]
    questions = 0
    for doc in nlp.pipe(TEXTS):
        for sent in doc.sents:
            expected = sent.text.rstrip().rstrip("\"'").endswith("?")
            assert ends_with_question(sent) is expected, sent.text
            questions += expected
    assert questions >= 4


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Had Peru invaded Chile, the war would have spread.", EventKind.CONFLICT),
        ("The war would have spread had Peru invaded Chile.", EventKind.CONFLICT),
        ("Officials did not rule out that Peru had signed a deal with Chile.",
         EventKind.COOPERATION),
        ("Diplomats would not rule out that Peru had reached a secret agreement with Chile.",
         EventKind.COOPERATION),
    ],
)  # fmt: skip
def test_conditions_by_inversion_and_what_is_not_ruled_out_are_no_facts(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, kind, factual_only=False)  # the event is kept
    assert directed(facts, kind) == set()  # but not as a fact


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Peru had invaded Chile before the talks began.", EventKind.CONFLICT),
        ("Officials said that Peru had signed a deal with Chile.", EventKind.COOPERATION),
    ],
)  # fmt: skip
def test_a_past_perfect_with_its_subject_first_is_still_a_fact(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Officials think Peru attacked Chile.", EventKind.CONFLICT),
        ("Police suspect that Sam Hale met Tom Ray in Paris.", EventKind.MEETING),
        ("Ann Vale believes that Peru has signed a deal with Chile.", EventKind.COOPERATION),
    ],
)  # fmt: skip
def test_what_someone_believes_happened_is_no_fact(facts_of, text: str, kind: EventKind) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert any(e.kind is kind for e in facts.events)  # the event is kept
    assert not any(e.kind is kind and e.factual for e in facts.events)  # but not as a fact


def test_what_someone_says_happened_is_still_told(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ann Vale said that Peru attacked Chile.")
    assert ("Peru", "Chile") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Halvor Oil dropped its rival bid on Monday, clearing the way for Brightwater Energy "
         "to sign a deal with Pemberton Bank.", EventKind.COOPERATION),
        ("The ruling paved the way for Halvor Oil to sign a merger agreement with Brightwater "
         "Energy.", EventKind.COOPERATION),
        ("The ceasefire set the stage for Chile to sign a peace deal with Peru.",
         EventKind.COOPERATION),
        ("The ceasefire has paved the way for talks between Chile and Peru.", EventKind.MEETING),
    ],
)  # fmt: skip
def test_making_way_for_an_event_is_not_the_event(facts_of, text: str, kind: EventKind) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of(text).events if e.kind is kind]
    assert events
    assert not any(e.factual for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Chile signed a peace deal with Peru, paving the way for trade.",
        "Chile opened the door and signed a deal with Peru.",
        "Chile cleared the way on Monday and signed a deal with Peru.",
    ],
)
def test_an_event_that_makes_way_for_another_is_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Peru demanded that Chile withdraw its ambassador from Lima.",
        "The minister urged that Bolivia impose sanctions on Chile.",
        "Ecuador demanded that Chile be sanctioned by the United Nations.",
        "Parliament asked that Peru expel the Bolivian ambassador at once.",
    ],
)
def test_what_a_demand_says_should_be_done_is_not_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    acts = [e for e in facts.events if e.type in {"sanction", "reduce-relations"}]
    assert acts  # the act demanded is kept
    assert not any(e.factual for e in acts)  # but not as done


@pytest.mark.parametrize(
    "text",
    [
        "Officials said that Peru had imposed sanctions on Chile.",
        "Bolivia demanded an apology after Peru expelled the Bolivian ambassador.",
        "The minister noted that Ecuador has imposed sanctions on Chile.",
    ],
)
def test_a_told_act_beside_a_demand_is_still_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert any(e.factual and e.type in {"sanction", "reduce-relations"} for e in facts.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Accused by Uganda of backing the rebels, Rwanda denied any involvement.",
         ("Uganda", "Rwanda")),
        ("Criticised by Chile over the dam, Peru denied wrongdoing.", ("Chile", "Peru")),
        ("Condemned by Japan for the test, North Korea denied breaking any rule.",
         ("Japan", "North Korea")),
    ],
)  # fmt: skip
def test_what_was_done_to_the_one_who_denies_is_a_fact(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda denied backing the rebels of the Kivu Front.",
        "Rwanda denied being backed by Uganda.",
        "Peru denied attacking Chile.",
    ],
)
def test_what_is_denied_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, EventKind.CONFLICT) == set()
    assert directed(facts, EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said China was unlikely to attack Taiwan this year.",
        "Peru is unlikely to impose sanctions on Chile.",
        "Diplomats think Ghana is unlikely to sign a deal with Togo.",
    ],
)
def test_what_is_unlikely_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, EventKind.CONFLICT) == directed(facts, EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each side accused the other of cheating, after Ghana and Togo clashed again.",
         ("Ghana", "Togo")),
        ("Peru denied attacking Chile, after Chile accused it of shelling a village.",
         ("Chile", "Peru")),
        ("Each accused the other of provocation, after Peru shelled Chile on Monday.",
         ("Peru", "Chile")),
    ],
)  # fmt: skip
def test_a_clause_dating_an_accusation_or_denial_is_a_fact(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("Peru accused Chile of lying when Chile attacked its post.", ("Chile", "Peru")),
        ("Peru denied that its troops attacked Chile after the vote.", ("Peru", "Chile")),
        ("Peru denied attacking Chile, after Chile accused it of shelling a village.",
         ("Peru", "Chile")),
    ],
)  # fmt: skip
def test_what_is_charged_or_denied_stays_no_fact(
    facts_of, text: str, charged: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert charged not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "A Peruvian invasion of Chile would be a disaster, the envoy warned.",
        "Any Chilean strike on Peru could spark a regional war.",
        "A blockade of Chile's ports by Peru might cripple trade.",
        "A deal between Ghana and Togo would end the dispute.",
    ],
)
def test_an_act_supposed_in_a_conditional_clause_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, EventKind.CONFLICT) == directed(facts, EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Peruvian invasion of Chile was a disaster.", ("Peru", "Chile")),
        ("Peru's invasion of Chile would not have happened without arms.", ("Peru", "Chile")),
        ("The Chilean strike on Peru could spark a regional war.", ("Chile", "Peru")),
    ],
)
def test_an_act_that_took_place_stays_a_fact_under_a_modal(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru accused Chile of spying, a charge Chile denied.", ("Peru", "Chile")),
        ("Kenya accused Uganda of arming rebels, an allegation Kampala rejects.",
         ("Kenya", "Uganda")),
        ("Ghana blamed Togo for the raid, a charge that Togo dismissed on Monday.",
         ("Ghana", "Togo")),
    ],
)  # fmt: skip
def test_an_accusation_its_target_denies_is_still_made(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert expected in pairs
    assert (expected[1], expected[0]) not in pairs  # the denial accuses no one


def test_what_is_denied_stays_denied(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert (
        directed(facts_of("Peru denied that Chile had attacked it."), EventKind.CONFLICT) == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru called for sanctioning Chile.", ("Peru", "Chile")),
        ("Peru has called for expelling the Chilean ambassador.", ("Peru", "Chile")),
        (
            "Ana Ruiz, a Peruvian senator, pressed for banning the Kivu Front.",
            ("Ana Ruiz", "Kivu Front"),
        ),
    ],
)
def test_calling_for_an_act_is_a_stand_not_the_act(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, EventKind.CONFLICT)
    assert not any(
        e.factual and e.cameo[:2] in {"16", "17", "18", "19", "20"} for e in facts.events
    )
    assert not any(e.factual and e.type == "sanction" for e in facts.events)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Peru thanked Chile for expelling the rebels of the Kivu Front.", "Chile"),
        ("Peru praised Chile for sanctioning Bolivia.", "Chile"),
        ("Peru criticised Chile for backing the Kivu Front.", "Chile"),
    ],
)
def test_who_is_judged_for_an_act_did_it(facts_of, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    acts = [e for e in facts.events if e.trigger.endswith("ing")]
    names = {a.key: a.name for a in facts.actors}
    assert acts and all(names[k] == doer for e in acts for k in e.actors("agent"))


def test_who_is_prevented_from_an_act_does_not_do_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru prevented Chile from attacking Bolivia.")
    assert directed(facts, EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Norway will host the next round, but on Monday Ines Varga met Kofi Boateng in Oslo.",
        "Norway is expected to host the talks, but Ines Varga already met Kofi Boateng on Monday.",
        "The envoy may return next week, and Tom Berg held talks with Sara Holm on Friday.",
        "Lena Dahl will not attend, but Ines Varga met Kofi Boateng on Sunday.",
        "Chile did not send a delegation, but Ines Varga met Kofi Boateng in Lima.",
    ],
)
def test_a_joined_past_clause_with_its_own_subject_keeps_its_own_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of(text).events if e.kind is EventKind.MEETING]
    assert any(e.factual for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Ines Varga will fly to Oslo and meet Kofi Boateng.",
        "Ines Varga is expected to travel to Oslo and meet Kofi Boateng.",
        "Ines Varga did not meet Kofi Boateng and did not call Lena Dahl.",
        "Ines Varga did not meet Lena Dahl, nor did she speak to Kofi Boateng.",
        "Peru will sign the deal and Chile signed its own pact with Bolivia last week.",
    ],
)
def test_a_joined_verb_without_a_tense_or_subject_of_its_own_shares_the_first(
    facts_of, text: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert facts.events
    assert not any(e.factual for e in facts.events if e.kind is not EventKind.STATEMENT)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vale is said to have met Luis Mora in secret.",
        "Peru is believed to have attacked Chile last year.",
        "Ann Vale was reported to be meeting Luis Mora in Oslo.",
        "Ann Vale was supposed to meet Luis Mora on Monday.",  # what was meant to happen
    ],
)
def test_what_others_report_or_what_was_meant_to_be_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    acts = [e for e in facts.events if e.kind is not EventKind.STATEMENT]
    assert acts and not any(e.factual for e in acts)


def test_what_is_known_to_have_happened_is_a_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ann Vale was known to have met Luis Mora in Oslo.")
    assert any(e.factual for e in facts.events if e.kind is EventKind.MEETING)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Neither Kenya nor Uganda received tanks from Israel.", EventKind.COOPERATION),
        ("Neither Chile nor Peru condemned Bolivia.", EventKind.CONFLICT),
        ("Neither Ghana nor Togo was sanctioned by Nigeria.", EventKind.CONFLICT),
    ],
)
def test_what_neither_subject_did_is_no_fact(facts_of, text: str, kind: EventKind) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, kind) == set()
    assert directed(facts, kind, factual_only=False)  # found, but negated


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("No Chadian troops crossed into Libya on Sunday.", EventKind.CONFLICT),
        ("No Peruvian shells hit Chilean villages overnight.", EventKind.CONFLICT),
        ("Not a single Eritrean rocket struck Ethiopia that week.", EventKind.CONFLICT),
        ("No Chilean minister met Peru's president.", EventKind.MEETING),
    ],
)
def test_what_no_one_did_is_no_fact(facts_of, text: str, kind: EventKind) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, kind) == set()
    assert directed(facts, kind, factual_only=False)  # found, but negated


def test_no_fewer_than_measures_and_leaves_the_event_a_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("No fewer than 30 Peruvian shells hit Chilean villages overnight.")
    assert directed(facts, EventKind.CONFLICT) == {("Peru", "Chile")}


def test_neither_in_another_clause_leaves_the_event_a_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chile condemned Bolivia, and neither Peru nor Ghana objected.")
    assert ("Chile", "Bolivia") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The party won seats with its call for Britain to leave the European Union.",
        "Peru said it was time for Chile to meet Bolivia.",
        "It is rare for Chile to criticise Peru.",
    ],
)
def test_an_infinitive_with_its_own_for_subject_is_not_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not [e for e in facts.events if e.factual and e.kind is not EventKind.STATEMENT]
    assert not [r for r in facts.relations if r.type is RelationType.MEMBERSHIP]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Peru ruled out attacking Chile.", EventKind.CONFLICT),
        ("Peru did not rule out sanctioning Chile over the fishing row.", EventKind.CONFLICT),
        ("Lima has ruled out signing a trade pact with Chile this year.", EventKind.COOPERATION),
        ("Peru is poised to expel Chile's diplomats.", EventKind.CONFLICT),
        ("Peru was slated to sign a trade pact with Chile.", EventKind.COOPERATION),
    ],
)  # fmt: skip
def test_what_is_ruled_out_or_poised_to_happen_is_no_fact(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, kind, factual_only=False)
    assert directed(facts, kind) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Ivo Marsh has ruled out meeting President Tomas Lind.",
        "Chancellor Ivo Marsh is slated to meet President Tomas Lind in May.",
    ],
)
def test_a_meeting_ruled_out_or_slated_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts, factual_only=False)
    assert not met_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Peru attacked Chile and ruled out a truce.",
        "Peru, poised for a long war, attacked Chile on Monday.",
    ],
)
def test_an_act_told_beside_what_is_ruled_out_is_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Chile") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Chile sent no troops to Peru.", EventKind.COOPERATION),
        ("Ghana gave no money to Togo after the floods.", EventKind.COOPERATION),
        ("Chile signed no agreement with Bolivia.", EventKind.COOPERATION),
        ("Peru took no legal action against Chile.", EventKind.CONFLICT),
    ],
)
def test_a_verb_whose_object_is_denied_did_not_happen(facts_of, text: str, kind: EventKind) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, kind) == set()
    assert directed(facts, kind, factual_only=False)  # found, but negated


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Chile condemned Peru's refusal to sign the trade pact with Bolivia.",
         EventKind.COOPERATION),
        ("Bolivia deplored Peru's failure to aid Chile after the floods.", EventKind.COOPERATION),
        ("Critics mocked Peru's reluctance to condemn Chile.", EventKind.CONFLICT),
    ],
)  # fmt: skip
def test_what_someone_failed_or_refused_to_do_is_not_done(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, kind, factual_only=False)
    assert not any("Peru" in pair for pair in directed(facts, kind))


def test_a_decision_to_act_is_no_refusal(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru's decision to sign a trade pact with Bolivia pleased Chile.")
    assert not any(e.negated for e in facts.events)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Chile sent troops to Peru, though no tanks.", EventKind.COOPERATION),
        ("With no warning, Chile sent troops to Peru.", EventKind.COOPERATION),
        ("Peru sued Chile, leaving no doubt about its anger.", EventKind.CONFLICT),
    ],
)
def test_a_no_elsewhere_in_the_sentence_leaves_the_act_a_fact(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ghana's refusal to condemn Togo angered Benin.", EventKind.CONFLICT),
        ("Peru's failure to send aid to Chile drew criticism.", EventKind.COOPERATION),
        ("The reluctance of Peru to sanction Bolivia surprised no one.", EventKind.CONFLICT),
    ],
)
def test_what_someone_refused_or_failed_to_do_is_not_done(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(pair[1] in {"Togo", "Chile", "Bolivia"} for pair in directed(facts, kind))


def test_a_decision_to_condemn_is_no_refusal(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ghana's decision to condemn Togo came after the raid.")
    assert ("Ghana", "Togo") in directed(facts, EventKind.CONFLICT, factual_only=False)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("When Vera Holm meets Karel Novy, they talk about fishing quotas.", "person/vera-holm"),
        ("Vera Holm said that whenever Ecuador threatens Peru, shrimp prices rise.", "country/PER"),
        ('Vera Holm spoke. She added: "When Ecuador says that, you have to take it seriously."',
         "country/ECU"),
    ],
)  # fmt: skip
def test_what_happens_whenever_is_habitual(facts_of, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of(text).events if actor in e.actors()]
    assert events
    assert any(e.modality.value == "habitual" for e in events)
    assert not any(
        e.factual
        for e in events
        if e.kind is not EventKind.STATEMENT or actor in e.actors("speaker")
    )


@pytest.mark.parametrize(
    "text",
    [
        "When Vera Holm met Karel Novy, they talked about fishing quotas.",
        "Ecuador says it met Karel Novy when the talks began.",
    ],
)
def test_a_past_when_clause_is_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Peru and Chile produced no agreement.",
        "The meeting between Peru and Chile yielded no breakthrough on Friday.",
        "Talks between Peru and Chile ended with no deal.",
    ],
)
def test_no_outcome_of_talks_is_no_denial_of_the_talks(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Peru", "Chile"}) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile held no talks last year.",
        "There were no talks between Peru and Chile.",
        "Peru had no meeting with Chile in May.",
    ],
)
def test_no_talks_held_are_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Peru", "Chile"}) not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Chilean President Ana Ruiz to meet Peruvian leader Tomas Lind", EventKind.MEETING),
        ("Chile to hold talks with Peru on border", EventKind.MEETING),
        ("Chile to expel Peruvian envoy over spying row", EventKind.CONFLICT),
        ("Norway to send aid to Sudan", EventKind.COOPERATION),
    ],
)
def test_a_headlines_infinitive_is_its_future(facts_of, text: str, kind: EventKind) -> None:  # type: ignore[no-untyped-def]
    """ "X to meet Y": a headline's way of saying "X will meet Y"."""
    assert not any(e.kind is kind and e.factual for e in facts_of(text).events)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ana Ruiz met Tomas Lind in Oslo.", EventKind.MEETING),
        ("To meet its target, Chile cut aid to Peru.", EventKind.CONFLICT),
    ],
)
def test_an_opening_purpose_keeps_the_main_clause_a_fact(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    assert any(e.kind is kind and e.factual for e in facts_of(text).events)


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("Cuba rejected the report as biased and accused Spain of lying.", EventKind.CONFLICT,
         ("Cuba", "Spain")),
        ("Cuba declined the invitation and condemned Spain for its stance.", EventKind.CONFLICT,
         ("Cuba", "Spain")),
        ("Cuba refused the offer but praised Spain for its help.", EventKind.COOPERATION,
         ("Cuba", "Spain")),
        ("Cuba refused to comment and accused Spain of lying.", EventKind.CONFLICT,
         ("Cuba", "Spain")),
        ("Cuba did not attend the summit and criticised Spain.", EventKind.CONFLICT,
         ("Cuba", "Spain")),
    ],
)  # fmt: skip
def test_a_refusal_does_not_reach_a_verb_with_a_tense_of_its_own(
    facts_of, text: str, kind: EventKind, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """'rejected X and accused Y': the accusation was made ('refused to meet' is no meeting)."""
    assert pair in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Cuba refused to meet Spain and talk with Peru.",
        "Cuba did not meet Spain or talk with Peru.",
        "Cuba failed to meet Spain and to talk with Peru.",
    ],
)
def test_a_refusal_still_reaches_a_joined_bare_verb(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts) == set()
    assert met_pairs(facts, factual_only=False)


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        ("Chile nearly went to war with Peru in 1978.", ("Chile", "Peru"), EventKind.CONFLICT),
        ("Ghana almost attacked Togo in 1994.", ("Ghana", "Togo"), EventKind.CONFLICT),
        ("Norway almost signed a fishing accord with Iceland in 2012.", ("Norway", "Iceland"),
         EventKind.COOPERATION),
        ("Morocco nearly cut ties with Algeria over the border.", ("Morocco", "Algeria"),
         EventKind.CONFLICT),
    ],
)  # fmt: skip
def test_what_nearly_happened_did_not(facts_of, text: str, pair: tuple[str, str], kind) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair in directed(facts, kind, factual_only=False)  # kept, negated
    assert pair not in directed(facts, kind)


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        ("Japan nearly doubled its aid to Cambodia.", ("Japan", "Cambodia"), EventKind.COOPERATION),
        ("Nearly 200 Chilean soldiers attacked Peruvian positions.", ("Chile", "Peru"),
         EventKind.CONFLICT),
        ("Chile has attacked Peru almost daily since June.", ("Chile", "Peru"), EventKind.CONFLICT),
    ],
)  # fmt: skip
def test_nearly_on_an_amount_or_a_number_leaves_the_act(
    facts_of, text: str, pair: tuple[str, str], kind
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "No 10 said Ana Ruiz had met Otto Brandt on Monday.",  # "No" for "number"
        "A No 10 spokesman said Ana Ruiz had met Otto Brandt.",
        # a joined clause with a subject of its own
        "No deadline for the talks has been fixed but Ana Ruiz has met Otto Brandt.",
    ],
)
def test_no_that_is_no_negation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Ana Ruiz", "Otto Brandt") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt refused to send soldiers to help Yemen.",
        "Egypt declined to deploy troops to help Yemen.",
        "Egypt did not send soldiers to help Yemen.",
        "Egypt has never sent warships to help Yemen.",
    ],
)
def test_help_that_a_refused_or_negated_sending_was_for_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Egypt", "Yemen") not in directed(facts_of(text), EventKind.COOPERATION)


def test_help_a_sending_was_for_stays_a_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("Egypt sent soldiers to help Yemen."), EventKind.COOPERATION)
    assert ("Egypt", "Yemen") in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Speaking to the BBC on Sunday, Finance Minister Jonas Berg ruled out raising taxes.",
         "Jonas Berg"),
        ("Minister Petra Holm ruled out talks with Serbia, saying Belgrade must first recognise "
         "the court.", "Petra Holm"),
        ("Addressing parliament on Monday, Prime Minister Mette Lunde ruled out early elections.",
         "Mette Lunde"),
        ("Prime Minister Mette Lunde ruled out early elections, telling reporters the economy "
         "came first.", "Mette Lunde"),
    ],
)  # fmt: skip
def test_ruling_out_leaves_the_saying_beside_it_a_fact(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "President Alain Dufour ruled out meeting the rebel leader Kofi Adjei.",
        "Speaking to the BBC, President Alain Dufour ruled out meeting Kofi Adjei.",
        "President Alain Dufour ruled out talks with Kofi Adjei, saying the time was wrong.",
    ],
)
def test_what_is_ruled_out_stays_no_fact_beside_a_saying(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Alain Dufour", "Kofi Adjei") not in met_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Zambia charged that Malawi had sent troops to help the rebels of the Kivu Front.",
        "Zambia charged that Malawi had armed the Kivu Liberation Front.",
    ],
)
def test_what_is_charged_is_alleged_and_the_charge_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert ("Zambia", "Malawi") in directed(facts, EventKind.CONFLICT)
    assert not directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Halvorsen Bank has neither confirmed nor denied reports of a merger with Tressel Capital.",
        "Corvid Group neither admitted nor denied any fault over its deal with Tressel Capital.",
        "The Ruritanian government neither confirmed nor denied on Monday that it had met Peru.",
    ],
)
def test_neither_confirmed_nor_denied_is_no_statement(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == set()


def test_a_denial_alone_is_still_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Halvorsen Bank denied reports of a merger with Tressel Capital on Monday."
    assert speakers(facts_of(text)) == {"Halvorsen Bank"}


def _pacts(facts) -> set[tuple[frozenset[str], bool]]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        (frozenset(names[p.actor] for p in e.participants), e.factual)
        for e in facts.events
        if e.kind == EventKind.COOPERATION and e.type == "sign"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Mediators persuaded Chad and Sudan to sign a ceasefire on Sunday.",
        "Kenya convinced Chad and Sudan to sign a border accord.",
        "Norway persuaded Chad to sign a truce with Sudan in May.",
    ],
)
def test_who_was_persuaded_to_act_acted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert (frozenset({"Chad", "Sudan"}), True) in _pacts(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Qatar tried to persuade Chad and Sudan to sign a truce.",
        "Qatar hopes to convince Chad to sign a truce with Sudan.",
        "Qatar will persuade Chad and Sudan to sign a truce.",
        "Qatar urged Chad and Sudan to sign a truce.",
    ],
)
def test_who_is_only_to_be_persuaded_has_not_acted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert (frozenset({"Chad", "Sudan"}), True) not in _pacts(facts_of(text))


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("A meeting between the Latvian president and Ann Vale has yet to take place.",
         "Latvia", "Ann Vale"),
        ("Talks between Ruritania and Elbonia have yet to begin.", "Ruritania", "Elbonia"),
        ("Talks between Ruritania and Elbonia are yet to resume.", "Ruritania", "Elbonia"),
    ],
)  # fmt: skip
def test_an_event_that_has_yet_to_happen_is_no_fact(  # type: ignore[no-untyped-def]
    facts_of, text: str, a: str, b: str
) -> None:
    facts = facts_of(text)
    assert pair(a, b) not in met_pairs(facts)
    assert pair(a, b) in met_pairs(facts, factual_only=False)


def test_talks_that_have_yet_to_bear_fruit_were_held(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Talks between Ruritania and Elbonia have yet to produce a deal.")
    assert pair("Ruritania", "Elbonia") in met_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Greece avoided criticising Turkey at the summit.",
        "Greece carefully avoided condemning Turkey.",
        "Greece has avoided attacking Turkey for years.",
    ],
)
def test_what_one_avoided_doing_was_not_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert ("Greece", "Turkey") in directed(facts, EventKind.CONFLICT, factual_only=False)
    assert ("Greece", "Turkey") not in directed(facts, EventKind.CONFLICT)


def test_a_deed_beside_an_avoided_one_was_done(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Greece avoided the summit but criticised Turkey on Monday."
    assert ("Greece", "Turkey") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair_"),
    [
        ("Ghana said it would not negotiate with the Juba Front, which it blamed for the bombing.",
         ("Ghana", "Juba Front")),
        ("Peru will not talk to Chile, which it accused of spying.", ("Peru", "Chile")),
        ("Prime Minister Anna Roset said her administration would never talk to the Juba Front, "
         "which she accused of the bombing.", ("Anna Roset", "Juba Front")),
    ],
)  # fmt: skip
def test_a_past_relative_clause_is_done_whatever_the_clause_above_plans(
    facts_of, text: str, pair_: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair_ in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana will meet the envoy, who will criticise Togo.",
        "Peru hopes to sign a deal that would end the sanctions on Chile.",
        "Kenya may talk to Uganda, which could accuse Sudan of arming rebels.",
    ],
)
def test_a_relative_clause_with_a_mood_of_its_own_is_not_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Norvik Bank was unavailable to comment on the delay to its results.",
        "The Kestor group was unavailable to comment on the report on Monday.",
        "Lena Vasko was unavailable to comment on the claims.",
    ],
)
def test_one_unavailable_to_comment_says_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not [e for e in facts.events if e.kind is EventKind.STATEMENT and e.factual]


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("President Lena Varga is being pressured by parliament to help Ukraine.", False),
        ("Spain was pressured by its allies to help Portugal.", False),
        ("Parliament pressured President Lena Varga to help Ukraine.", False),
        ("The senators lobbied President Tom Reeve to aid Haiti.", False),
        # help given under pressure is still help
        ("President Lena Varga helped Ukraine after being pressured by parliament.", True),
        ("Spain was pressured into helping Portugal.", True),
    ],
)
def test_what_someone_is_pressed_to_do_is_not_done(facts_of, text: str, done: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(directed(facts_of(text), EventKind.COOPERATION)) is done


def test_being_implored_to_meet_is_no_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "President Tom Reeve was implored by the bishops to meet President Lena Varga."
    assert not met_pairs(facts_of(text))
