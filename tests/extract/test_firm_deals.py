"""Countries dashed before a deal of firms are no sides of it (kg.extract.firm_deals):
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, pair


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Peru-Chile mobile deal at risk\nA Peruvian operator bought a stake in a Chilean "
         "mobile network last year. Andeline's mobile deal may now be cancelled by Chile's "
         "regulators.", ("Peru", "Chile")),
        ("Turkey-Iran airline deal agreed\nVelmar Air, a Turkish carrier, agreed to buy a "
         "stake in an Iranian airline. Velmar Air's airline deal was approved on Monday.",
         ("Turkey", "Iran")),
        ("Brazil-Peru steel merger approved\nBrazilian steelmaker Acero Sul will merge with "
         "Peruvian rival Hierro Andino, the firms said on Monday.", ("Brazil", "Peru")),
    ],
)  # fmt: skip
def test_a_firms_deal_is_no_states_deal(facts_of, text: str, countries: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair(*countries) not in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Peru-Chile gas accord signed\nThe presidents of Peru and Chile signed a gas accord "
         "in Lima on Monday.", ("Peru", "Chile")),
        ("Peru-Chile gas deal signed\nPeru's president signed a gas deal with Chile on "
         "Monday.", ("Peru", "Chile")),
        ("Kenya-Norway aid deal signed\nNorway agreed on Monday to give Kenya $50m for "
         "schools, officials said.", ("Kenya", "Norway")),
        ("Peru and Chile signed a gas accord on Monday.", ("Peru", "Chile")),
    ],
)  # fmt: skip
def test_a_states_own_deal_stays(facts_of, text: str, countries: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair(*countries) in cooperation_pairs(facts_of(text))
