"""Nouns that name two sides, pacts and fights between them (kg.extract.nominal_sides)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # receiving: the giver is after "from", the receiver the subject
        ("Ukraine received weapons from Poland.", ("Poland", "Ukraine")),
        ("Chile secured a loan from the World Bank.", ("World Bank", "Chile")),
        ("Last year Kenya obtained military aid from Japan.", ("Japan", "Kenya")),
        # deepening or building a partnership is cooperation between its subjects
        ("Brazil and Chile strengthened their alliance.", ("Brazil", "Chile")),
        ("Norway and Sweden deepened cooperation on security.", ("Norway", "Sweden")),
    ],
)
def test_cooperation_received_and_deepened(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


def test_received_things_that_are_no_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("Norway received a letter from Sweden."), EventKind.COOPERATION)
    assert not directed(facts_of("Kenya received aid last year."), EventKind.COOPERATION)


def test_state_help_is_no_receiver(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Planning Minister Ann Holt has offered State help, though not for free.")
    assert not directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The reconciliation between Peru and Chile surprised diplomats.", ("Peru", "Chile")),
        ("Peru's reconciliation with Chile ended a decade of hostility.", ("Peru", "Chile")),
        ("A rapprochement between Egypt and Turkey began in May.", ("Egypt", "Turkey")),
        ("The summit could spur a reconciliation between Kenya and Somalia.", ("Kenya", "Somalia")),
    ],
)
def test_reconciliation_between_two_sides(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.COOPERATION, factual_only=False)
    assert expected in pairs or expected[::-1] in pairs


@pytest.mark.parametrize(
    "text",
    [
        "The president called for national reconciliation.",
        "Reconciliation between the two communities will take years.",
    ],
)
def test_reconciliation_without_two_actors_is_no_event(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION, factual_only=False) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The film showed a row between Ann Vale, Tom Rice and Luis Mora about the leadership.",
        "Clashes between Chile, Peru and Bolivia broke out on the border.",
        "There was a bitter dispute among Norway, Sweden and Denmark over fishing rights.",
    ],
)
def test_a_conflict_among_three_or_more_says_not_who_is_against_whom(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


def test_a_conflict_between_two_sets_each_against_the_other(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(
        facts_of("Clashes between Chile and Peru broke out on the border."), EventKind.CONFLICT
    )
    assert {("Chile", "Peru"), ("Peru", "Chile")} <= pairs


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("India engaged Pakistan in fierce fighting along the border.", ("India", "Pakistan")),
        ("Syria engaged Jordan in a firefight on Saturday.", ("Syria", "Jordan")),
        ("Sudan's army engaged Chad in heavy clashes.", ("Sudan", "Chad")),
        ("Kenya and Somalia were embroiled in clashes along the border.", ("Kenya", "Somalia")),
    ],
)
def test_engaging_a_side_in_a_fight(facts_of, text: str, sides: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    a, b = sides
    assert directed(facts_of(text), EventKind.CONFLICT) == {(a, b), (b, a)}


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia may engage Peru in fighting.",
        "India was engaged in fighting on the border.",
        "Peru engaged Chile in a debate about fishing.",
    ],
)
def test_no_side_engaged_in_a_fight_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The Laos-Vietnam pact was signed in May.", ("Laos", "Vietnam")),
        ("The Chile-Peru treaty of 1929 settled the border.", ("Chile", "Peru")),
        ("The Niger-Benin accord took effect on Monday.", ("Niger", "Benin")),
    ],
)
def test_parties_joined_by_a_dash_before_an_agreement(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert sides in found or sides[::-1] in found


def test_a_dashed_participle_names_the_broker_not_a_pair(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("A Qatar-brokered deal took effect."), EventKind.COOPERATION)
    assert not found  # no two sides named: "Qatar-brokered" is no "Qatar-X" pair
    found = directed(facts_of("A Qatar-brokered deal between Chad and Sudan took effect."),
                     EventKind.COOPERATION)  # fmt: skip
    assert {a for pair in found for a in pair} == {"Chad", "Sudan", "Qatar"}


@pytest.mark.parametrize(
    "text",
    [
        "A truce between Chile and Peru was brokered by Brazil.",
        "Brazil brokered a truce between Chile and Peru.",
        "The Brazilian-brokered truce between Chile and Peru held.",
        "The deal between Chile and Peru was mediated by Brazil.",
    ],
)
def test_who_brokers_a_pact_between_two_sides_is_party_to_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    got = directed(facts_of(text), EventKind.COOPERATION)
    assert {("Chile", "Peru"), ("Brazil", "Chile"), ("Brazil", "Peru")} <= got | {
        (b, a) for a, b in got
    }, got


def test_brokering_a_pact_with_one_side_makes_the_broker_the_other(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = directed(facts_of("Brazil brokered a truce with Peru."), EventKind.COOPERATION)
    assert got <= {("Brazil", "Peru"), ("Peru", "Brazil")} and got


@pytest.mark.parametrize(
    "text",
    [
        "The truce was brokered in Lima by Brazil and Chile.",
        "The ceasefire, brokered by Norway and Qatar, held on Friday.",
        "A peace deal was mediated by Kenya and Ethiopia last year.",
    ],
)
def test_brokers_are_no_sides_of_what_they_broker(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Senegal's ratification of the river treaty with Mali was completed.",
            ("Senegal", "Mali"),
        ),
        (
            "The approval by Chile of the fishing accord with Peru ended a dispute.",
            ("Chile", "Peru"),
        ),
        ("Brazil's approval of the power deal with Uruguay came in May.", ("Brazil", "Uruguay")),
        (
            "After Latvia's ratification of the sea treaty with Estonia, patrols began.",
            ("Latvia", "Estonia"),
        ),
        ("Niger's signing of the transit agreement with Benin was criticised.", ("Niger", "Benin")),
    ],
)
def test_a_side_ratifying_a_pact_with_a_partner(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert sides in found and sides[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Morocco's ratification of the accord with Tunisia is expected next month.",
        "Peru delayed its ratification of the pact with Bolivia.",
        "Peru's planned ratification of the treaty with Chile was welcomed.",
        "Congress blocked Peru's approval of the trade deal with Chile.",
        "There was no ratification by Chile of the accord with Peru.",
        "Norway's ratification of the climate treaty was announced on Friday.",
    ],
)
def test_a_ratifying_not_done_or_with_no_partner_is_no_fact(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Tarvan Front agreed to a ceasefire with Mali on Sunday.",
        "Mali agreed to a truce with the Tarvan Front.",
        "On Sunday, rebels in Kidal agreed to a ceasefire with Mali.",
        "The Tarvan Front consented to the peace accord with Mali.",
    ],
)
def test_who_agreed_to_a_pact_with_someone_made_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.COOPERATION)
    assert any("Mali" in p and any(w in " ".join(p) for w in ("Tarvan", "Kidal")) for p in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarvan Front refused to agree to a ceasefire with Mali.",
        "The Tarvan Front may agree to a truce with Mali next week.",
        "The Tarvan Front did not agree to a truce with Mali.",
    ],
)
def test_a_pact_not_agreed_to_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "mediators", "sides"),
    [
        (
            "Brazil and Mexico mediated a ceasefire between Colombia and Venezuela.",
            ("Brazil", "Mexico"),
            ("Colombia", "Venezuela"),
        ),
        (
            "A truce brokered by Qatar and Egypt took effect between Israel and Hamas.",
            ("Qatar", "Egypt"),
            ("Israel", "Hamas"),
        ),
        (
            "The ceasefire between Sudan and Chad, mediated by Norway and Sweden, held.",
            ("Norway", "Sweden"),
            ("Sudan", "Chad"),
        ),
    ],
)
def test_co_mediators_do_not_cooperate_with_each_other(  # type: ignore[no-untyped-def]
    facts_of, text: str, mediators: tuple[str, str], sides: tuple[str, str]
) -> None:
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert sides in found
    assert mediators not in found and mediators[::-1] not in found


def test_truce_taking_effect_between_sides(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(
        facts_of("A ceasefire took effect between Armenia and Azerbaijan on Sunday."),
        EventKind.COOPERATION,
    )
    assert ("Armenia", "Azerbaijan") in found
    facts = facts_of("The new tariffs took effect between Chile and Peru.")
    assert not directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "mediator", "side"),
    [
        ("Rwanda and Burundi signed a peace deal in Washington on Friday, brokered by the "
         "United States.", "United States", "Rwanda"),
        ("Chad and Sudan agreed a truce on Monday, mediated by Qatar.", "Qatar", "Chad"),
        ("Chile and Peru signed the accord in Lima, brokered by Brazil.", "Brazil", "Peru"),
    ],
)  # fmt: skip
def test_a_broker_set_off_after_the_pact_is_its_broker(  # type: ignore[no-untyped-def]
    facts_of, text: str, mediator: str, side: str
) -> None:
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert (mediator, side) in found or (side, mediator) in found


def test_a_witness_set_off_after_the_pact_is_no_broker(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(
        facts_of("Chad and Sudan signed the accord in Doha, watched by Qatar's emir."),
        EventKind.COOPERATION,
    )
    assert not {pair for pair in found if "Qatar" in pair}


@pytest.mark.parametrize(
    "text",
    [
        "Spain's largest lender merger, between Toledo and Banco Norte, was completed in 1999.",
        "Italy's largest merger, between Parma and Credito Sud, was approved.",
        "France's biggest deal, between Lyon and Vetra Group, was signed.",
    ],
)
def test_a_named_between_leaves_the_owner_out(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """A "between" that lists two sides names them, though one is a place no actor
    covers: the country the possessive names is where, not a side."""
    sides = {k for pair in directed(facts_of(text), EventKind.COOPERATION) for k in pair}
    assert not sides & {"Spain", "Italy", "France"}
