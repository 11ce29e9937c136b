"""Curbs on trade and measures on goods, and whose the goods are: sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana restricted imports from Togo on Tuesday.", ("Ghana", "Togo")),
        ("Kenya curbed exports of maize to Uganda.", ("Kenya", "Uganda")),
        ("Norway curbed exports to Iceland last year.", ("Norway", "Iceland")),
        ("Chile restricted imports of Argentine beef.", ("Chile", "Argentina")),
        ("Senegal restricted imports of Malian cattle.", ("Senegal", "Mali")),
        ("Peru restricted Bolivia's access to its ports.", ("Peru", "Bolivia")),
        ("Greece cut off Albania's access to the port.", ("Greece", "Albania")),
    ],
)
def test_a_state_that_curbs_trade_with_another_reduces_relations(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mexico imposed tariffs on goods from Guatemala.", ("Mexico", "Guatemala")),
        ("Brazil raised duties on products from Argentina.", ("Brazil", "Argentina")),
    ],
)
def test_a_measure_on_goods_is_on_the_country_they_come_from(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The firm restricted exports to Peru.",  # a business, no embargo
        "Chile restricted imports of plastic bags.",  # no country's goods
        "Chile did not restrict imports from Peru.",  # negated
        "Chile lifted restrictions on imports from Peru.",  # eased
        "Chile restricted the number of foreign players.",  # no trade
        "Chile raised interest rates on Monday.",  # no measure on anyone
        "Chile imposed a ban on goods from next month.",  # a date, no source
    ],
)
def test_no_curb_on_trade_without_a_state_and_its_partner(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("India imposed duties on peas from Canada.", {"Canada"}),
        ("India slapped a 40% duty on yellow peas from Canada.", {"Canada"}),
        ("India imposed duties on lentils from Canada and Australia.", {"Canada", "Australia"}),
        ("Peru imposed an anti-dumping duty on Chilean salmon.", {"Chile"}),
    ],
)
def test_a_duty_on_wares_from_a_country_is_on_it(facts_of, text: str, targets: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = directed(facts_of(text), EventKind.CONFLICT)
    assert {(text.split()[0], t) for t in targets} <= got


@pytest.mark.parametrize(
    "text",
    [
        "The duty on alcohol will rise in May.",
        "It is the duty of Britain to help Peru.",
        "India imposed duties on peas from Leeds farms.",
    ],
)
def test_no_duty_on_a_country_without_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party the trade goes to, hung on the measure after the trade
        ("Leader Oskar Brandt declared an embargo on wheat sales to Cuba.", ("Oskar Brandt", "Cuba")),
        ("Peru imposed a ban on arms sales to Bolivia.", ("Peru", "Bolivia")),
        ("Kenya announced an embargo on maize shipments to Uganda.", ("Kenya", "Uganda")),
        # the goods' "from" hung on the measure
        ("Japan imposed a ban on beef imports from Chile.", ("Japan", "Chile")),
        ("Korea imposed a ban on beef imports from Argentina.", ("Korea", "Argentina")),
        ("Chile imposed a ban on beef imports from Bolivia.", ("Chile", "Bolivia")),
        # a bloc's goods
        ("Beijing raised duties on European cheese.", ("China", "European Union")),
        ("India raised tariffs on European cars.", ("India", "European Union")),
        ("Turkey imposed a ban on European pork.", ("Turkey", "European Union")),
    ],
)  # fmt: skip
def test_a_measure_on_trade_names_its_partner(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The council announced a ban on smoking in all its buildings.",
        "The EU agreed new curbs on emissions from cars.",
        "Ghana plans to ban sales of rice to Togo.",
        "Ghana did not impose a ban on rice imports from Togo.",
        "India imposed duties on goods from European countries.",
        "Peru imposed a ban on arms sales to 2030.",
    ],
)
def test_no_trade_partner_without_a_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    got = directed(facts_of(text), EventKind.CONFLICT)
    assert not {p for p in got if p[1] in {"Togo", "European Union"} or p[0] == "Peru"}
