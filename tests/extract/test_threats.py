"""Threats a vow makes: sentences written for these tests (the older threat and
appeal constructions are tested in test_conflict.py)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


@pytest.mark.parametrize(
    ("text", "pair", "cameo"),
    [
        ("Chile's army vowed on Friday to wage war on Peru.", ("Chile", "Peru"), "138"),
        ("Chile vowed to retaliate against Peru.", ("Chile", "Peru"), "138"),
        ("Chile pledged to impose sanctions on Peru.", ("Chile", "Peru"), "130"),
        ("Tomas Lind swore to sue Jonas Holm.", ("Tomas Lind", "Jonas Holm"), "130"),
    ],
)
def test_vowing_a_hostile_act_threatens_its_target(  # type: ignore[no-untyped-def]
    facts_of, text: str, pair: tuple[str, str], cameo: str
) -> None:
    facts = facts_of(text)
    assert pair in directed(facts, EventKind.CONFLICT)
    threats = [e for e in facts.events if e.type == "threaten" and e.factual]
    assert [e.cameo for e in threats] == [cameo]


@pytest.mark.parametrize(
    "text",
    [
        "Chile vowed to help Peru.",  # a friendly act
        "Chile did not vow to attack Peru.",  # no vow
        "Tomas Lind has pledged never to attack Jonas Holm.",  # a promise not to
        "Ines Darro promised Luis Mora that the deal would hold.",  # no act against him
    ],
)
def test_no_threat_without_a_vowed_hostile_act(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not [e for e in facts.events if e.type == "threaten" and e.factual]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile was warned by Peru to keep its ships away.", ("Peru", "Chile")),
        ("Ghana was warned by Togo against closing the border.", ("Togo", "Ghana")),
        ("Bolivia was warned by Chile that it would retaliate.", ("Chile", "Bolivia")),
        ("Chile was threatened by Peru on Monday.", ("Peru", "Chile")),
    ],
)
def test_warnings_and_threats_in_the_passive(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile was not warned by Peru to keep away.",
        "The minister was warned by doctors to rest.",
        "Chile was warned by its own experts that the dam could fail.",
    ],
)
def test_passive_warnings_never_given_or_from_no_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Senator Mira Quell called for Governor Ado Brisk to be expelled from the party.",
            ("Mira Quell", "Ado Brisk"),
        ),
        ("Chile called for Peruvian diplomats to be expelled.", ("Chile", "Peru")),
    ],
)
def test_asking_for_someone_to_suffer_a_hostile_act_opposes_them(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Brazil urged Chile to end its occupation of Peru.", "Chile"),
        ("Brazil called on Chile to lift its blockade of Peru.", "Chile"),
        ("Brazil urged Chile to stop the bombardment of Peru.", "Chile"),
        ("Brazil asked Chile to halt its attacks on Peru.", None),
    ],
)
def test_asking_to_end_a_hostile_act_opposes_not_its_victim(facts_of, text, asked) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert ("Brazil", "Peru") not in pairs
    assert asked is None or ("Brazil", asked) in pairs  # the demand on the doer stays


@pytest.mark.parametrize(
    "text",
    [
        "The Press Freedom Union urged Bolivia to investigate the killing of reporter Ana Quiroga.",
        "Amnesty International urged Chile to examine the killing of activist Tomas Vera.",
        "Brazil urged Peru to solve the killing of journalist Rui Paz.",
    ],
)
def test_asking_to_look_into_a_killing_opposes_not_its_victim(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    victims = {"Ana Quiroga", "Tomas Vera", "Rui Paz"}
    assert not any(b in victims for _, b in directed(facts_of(text), EventKind.CONFLICT))


def test_asking_to_go_on_with_a_hostile_act_still_opposes_its_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Brazil urged the EU to extend its sanctions on Peru."
    assert ("Brazil", "Peru") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile called for Peru to be invited to the summit.",
        "Chile asked why Peru had been sanctioned.",
        "Chile did not call for Peru to be sanctioned.",
    ],
)
def test_asking_for_a_friendly_act_or_asking_why_opposes_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel warned it would strike Hezbollah if the rockets kept coming.",
         ("Israel", "Hezbollah", "138")),
        ("Russia warned on Monday that it would retaliate against Norway.",
         ("Russia", "Norway", "138")),
        ("Iran warned that it would impose sanctions on Britain.",
         ("Iran", "United Kingdom", "130")),
    ],
)  # fmt: skip
def test_warning_of_ones_own_hostile_act_threatens_its_target(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "China warned that Japan would attack Taiwan.",  # another's act: a forecast
        "Israel warned it would not strike Hezbollah.",
        "The central bank warned it would raise rates.",
    ],
)
def test_warning_of_no_own_hostile_act_is_no_threat(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {c for _, _, c in coded(facts_of, text) if c.startswith("13")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's threat to retaliate against Israel sent oil prices higher.",
         ("Iran", "Israel", "138")),
        ("China's threat to impose sanctions on Lithuania was criticised.",
         ("China", "Lithuania", "130")),
        ("The threat to strike Israel came from Iran.", ("Iran", "Israel", "138")),
    ],
)  # fmt: skip
def test_a_threat_to_act_against_someone_threatens_them(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


def test_a_threat_to_do_no_harm_threatens_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = coded(facts_of, "Iran's threat to leave the talks worried Britain.")
    assert not {(a, t) for a, t, c in found if c.startswith("13")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey warned Syria that any incursion across the border would be met with force.",
         ("Turkey", "Syria", "138")),
        ("Japan warned North Korea that a missile launch would bring swift retaliation.",
         ("Japan", "North Korea", "130")),
        ("Britain warned Argentina that any aggression would be met with a firm response.",
         ("United Kingdom", "Argentina", "130")),
        ("China warned Taiwan that a declaration of independence would mean war.",
         ("China", "Taiwan", "138")),
        ("Egypt was warned by Ethiopia that any strike on the dam would draw a response.",
         ("Ethiopia", "Egypt", "130")),
    ],
)  # fmt: skip
def test_warning_someone_of_a_harsh_answer_threatens_them(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany warned Greece that prices would rise.",
        "The UN warned Bangladesh that the cyclone was coming.",
        "The IMF warned Greece that the cuts would draw a strong reaction from investors.",
        "The WHO warned Nigeria that the outbreak would need an international response.",
        "Washington warned Beijing that new tariffs would start a trade war.",
        "Vietnam warned China that further incursions would not be met with force.",
    ],
)
def test_warning_someone_of_no_harsh_answer_is_no_threat(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {c for _, _, c in coded(facts_of, text) if c.startswith("13")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The minister, Petr Novak, warned that police would act if the Miners' Union "
            "did not end the strike.",
            ("Petr Novak", "Miners' Union"),
        ),
        (
            "Ecuador's defence minister warned on Monday that the army would move in unless "
            "the Guayas Front laid down its arms.",
            ("Ecuador", "Guayas Front"),
        ),
        (
            "Governor Ana Ruiz warned that security forces would crack down if the Farmers' "
            "League blocked the roads again.",
            ("Ana Ruiz", "Farmers' League"),
        ),
    ],
)
def test_warning_that_forces_would_act_on_a_condition_threatens_whom_it_names(  # type: ignore[no-untyped-def]
    facts_of, text, pair
) -> None:
    facts = facts_of(text)
    assert pair in directed(facts, EventKind.CONFLICT)
    assert [e.cameo for e in facts.events if e.type == "threaten" and e.factual] == ["130"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile warned that prices would rise if Peru did not withdraw its ships.",
        "Chile warned that Argentine troops would intervene if Peru did not withdraw its ships.",
        "Chile warned that police would not act if Peru did not withdraw its ships.",
        "Chile warned that police would be overwhelmed if Peru did not withdraw its ships.",
    ],
)
def test_warning_of_a_forecast_or_anothers_forces_is_no_threat(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Peru said it would attack Chile if the raids on its border posts continued.", "138"),
        ("Peru said it would retaliate against Chile if the drills went ahead.", "138"),
        ("Peru said it would impose sanctions on Chile unless Santiago reversed its decision.",
         "130"),
        ("Peru announced that it would expel Chilean diplomats if Santiago did not apologise.",
         "130"),
    ],
)  # fmt: skip
def test_a_speakers_own_hostile_act_on_a_condition_is_a_threat(
    facts_of, text: str, cameo: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    threats = [e for e in facts.events if e.type == "threaten" and e.factual]
    assert [e.cameo for e in threats] == [cameo]
    assert ("Peru", "Chile") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peru said it would attack Chile.",  # a plan, no condition
        "Peru said it would not attack Chile if Bolivia stayed neutral.",  # a promise
        "Peru said it would send aid to Chile if the damage was severe.",  # no hostile act
        "Officials said Bolivia would attack Chile if the raids continued.",  # another's act
    ],
)
def test_no_threat_without_a_conditioned_own_hostile_act(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in facts_of(text).events if e.type == "threaten"]


@pytest.mark.parametrize(
    ("text", "pair", "cameo"),
    [
        # "cautioned" reads as "warned"
        ("Chile cautioned Peru against building the dam.", ("Chile", "Peru"), "100"),
        ("Ghana cautioned Togo not to close the border.", ("Ghana", "Togo"), "100"),
        ("Norway cautioned Iceland that it would face sanctions.", ("Norway", "Iceland"), "130"),
    ],
)
def test_a_caution_is_a_warning(facts_of, text: str, pair: tuple[str, str], cameo: str) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, cameo) in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The IMF cautioned against raising interest rates.",
        "The Bank of Chile cautioned that prices could rise.",
        "Tomas Lind cautioned voters about the cost of the plan.",
    ],
)
def test_a_caution_aimed_at_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru warned Chile on Monday of serious consequences.", ("Peru", "Chile")),
        ("Iraq warned Iran on Sunday of grave consequences over its troops near the border.",
         ("Iraq", "Iran")),
        ("Ghana warned Togo on Friday morning of a firm response.", ("Ghana", "Togo")),
    ],
)  # fmt: skip
def test_a_warning_whose_of_phrase_hangs_on_its_date(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "of ..." on "Monday": the warning is still aimed at its object
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_dated_warning_of_weather_aims_at_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("Peru warned on Monday of a storm."), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Roset urged Pavel Linde not to attack Zarnia.",
        "Velia urged Osland not to impose sanctions on Zarnia.",
        "Velia called on Osland never to invade Zarnia.",
    ],
)
def test_asking_to_spare_someone_is_no_stand_against_them(facts_of, text: str) -> None:
    facts = facts_of(text)
    assert not {(a, b) for a, b in directed(facts, EventKind.CONFLICT) if b == "Zarnia"}


def test_asking_to_act_against_someone_still_is(facts_of) -> None:
    facts = facts_of("Velia urged Osland to impose sanctions on Zarnia.")
    assert ("Velia", "Zarnia") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Commission warned Poland on Monday that it would cut farm subsidies "
         "unless Warsaw changed the law.", ("European Commission", "Poland")),
        ("The European Commission warned Hungary that it would withhold cohesion funds.",
         ("European Commission", "Hungary")),
        ("Japan warned Cambodia that it would suspend payments if the vote was rigged.",
         ("Japan", "Cambodia")),
    ],
)  # fmt: skip
def test_warning_that_one_would_withhold_what_is_given_is_a_threat(
    facts_of, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Germany warned Austria that it would cut its own spending.",
        "The IMF warned Ghana that payments would be delayed.",
    ],
)
def test_cutting_what_one_gives_no_one_is_no_threat(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ireland warned Britain over the border protocol.", ("Ireland", "United Kingdom")),
        ("Russia warned Georgia over its plans to join NATO.", ("Russia", "Georgia")),
        ("China warned Japan over the visit to the shrine.", ("China", "Japan")),
    ],
)
def test_a_warning_over_a_grievance_is_a_threat(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert (*expected, "130") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana warned Togo over the phone on Friday.",
        "Japan did not warn China over the patrols.",
        "France warned Germany over the phone that the deal was in danger.",
    ],
)
def test_a_warning_over_the_phone_or_denied_is_none(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru's president, Ines Soto, warned Chile that it would face sanctions if it closed "
         "the border.", ("Ines Soto", "Chile")),
        ("Ines Soto warned Bolivia that it would face serious consequences.",
         ("Ines Soto", "Bolivia")),
        ("Peru warned Chilean President Ivo Lenk that he would face an arms embargo.",
         ("Peru", "Ivo Lenk")),
        ("Ecuador warned Peru that it would suffer reprisals.", ("Ecuador", "Peru")),
    ],
)  # fmt: skip
def test_a_penalty_the_warned_would_face(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """ "warned X that it would face sanctions": a threat against X."""
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peru's president, Ines Soto, warned Chile that it would face a recession.",
        "Ines Soto warned Bolivia that the deal was at risk.",
        "Ines Soto warned Bolivia that its farmers would face higher costs.",
    ],
)
def test_a_hardship_foretold_is_no_threat(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()
