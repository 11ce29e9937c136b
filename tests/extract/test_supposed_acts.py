"""Acts a clause only supposes, judges possible, fears or guards against are no facts;
acts told as done, going on or made stay facts."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The downing of a Peruvian jet by Chile would be a disaster.", ("Chile", "Peru")),
        ("The seizure of Chilean boats by Peru would escalate the crisis.", ("Peru", "Chile")),
        ("Sanctions by Ghana on Togo would hurt both sides.", ("Ghana", "Togo")),
        ("Peru's attack on Chile would be a grave mistake, the envoy said.", ("Peru", "Chile")),
    ],
)
def test_an_act_under_would_is_supposed(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Cooperation between Ghana and Togo would be welcome.",
        "Cooperation between Ghana and Togo would help the region, the envoy said.",
        "Closer cooperation between Ghana and Togo would ease tensions.",
    ],
)
def test_cooperation_under_would_is_supposed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Any attack by Peru on Chile will be met with force, the envoy said.", ("Peru", "Chile")),
        ("A war between Ghana and Togo must be avoided, the envoy said.", ("Ghana", "Togo")),
        ("An invasion of Chile by Peru should be deterred.", ("Peru", "Chile")),
        ("A war between Ghana and Togo looms.", ("Ghana", "Togo")),
        ("A new war between Ghana and Togo is looming.", ("Ghana", "Togo")),
    ],
)
def test_an_act_with_a_or_any_under_a_modal_or_looming_is_supposed(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("An invasion of Chile by Peru is unthinkable, the envoy said.", ("Peru", "Chile")),
        ("An invasion of Chile by Peru is unacceptable.", ("Peru", "Chile")),
        ("Any blockade of Togo by Ghana is a real danger, analysts say.", ("Ghana", "Togo")),
    ],
)
def test_an_act_judged_in_the_present_is_supposed(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile feared new raids by Peru on its border posts.", ("Peru", "Chile")),
        ("Togo fears a blockade of its ports by Ghana.", ("Ghana", "Togo")),
        ("Chile expects fresh strikes by Peru on its islands.", ("Peru", "Chile")),
        ("Chile braced for an attack by Peru on its border.", ("Peru", "Chile")),
        ("Officials warned of new clashes between Ghana and Togo.", ("Ghana", "Togo")),
        ("The UN moved to avert a war between Ghana and Togo.", ("Ghana", "Togo")),
        ("Analysts discussed a scenario of a blockade of Chile by Peru.", ("Peru", "Chile")),
    ],
)
def test_an_act_feared_awaited_or_averted_is_no_fact(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The downing of a Peruvian jet by Chile was a disaster.", ("Chile", "Peru")),
        ("The raids by Peru on Chilean posts would continue, the army said.", ("Peru", "Chile")),
        (
            "The shelling of Chilean towns by Peru would have to stop, the envoy said.",
            ("Peru", "Chile"),
        ),
        ("The 1990 invasion of Chile by Peru would later prove costly.", ("Peru", "Chile")),
        ("Chile failed to prevent an attack by Peru on its border post.", ("Peru", "Chile")),
        ("The sanctions imposed by Ghana on Togo would hurt both economies.", ("Ghana", "Togo")),
        ("An attack by Peru on Chile was repelled on Monday.", ("Peru", "Chile")),
        ("The Chilean strike on Peru could spark a regional war.", ("Chile", "Peru")),
        ("A clash between Ghana and Togo is under way near the border.", ("Ghana", "Togo")),
    ],
)
def test_an_act_done_going_on_or_made_stays_a_fact(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert pair in pairs or tuple(reversed(pair)) in pairs


@pytest.mark.parametrize(
    "text",
    [
        "The deal between Ghana and Togo would give both sides access to the port.",
        "Support for Togo from Ghana could undermine the talks.",
        "The pact between Ghana and Togo would see troops withdrawn.",
    ],
)
def test_a_deal_or_support_told_by_what_it_will_do_stays_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION)
