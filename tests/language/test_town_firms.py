"""A firm named after its town and called by the town's name ("the Chester" beside
"Chester Building Society"): the firm, not the town. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, speakers


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Kelvar Holdings agreed to buy Chester Building Society on Monday. The Chester said "
         "its members would vote on the offer.", "Chester Building Society"),
        ("Lancaster Insurance posted a loss for the year. The Lancaster said claims from the "
         "floods had cost it £40m.", "Lancaster Insurance"),
        # the long form after the town's name
        ("Mortgage lending rose by 2% in May, the Derby has said. Derby Bank is the country's "
         "biggest mortgage lender.", "Derby Bank"),
        ("House prices fell 1% in April, the Preston said. Preston Building Society is the "
         "region's biggest lender.", "Preston Building Society"),
    ],
)  # fmt: skip
def test_the_town_is_the_firm_of_its_name(facts_of, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    said = facts_of(text)
    assert firm in speakers(said)
    town = firm.split()[0]
    assert not any(a.name == town for a in said.actors)


def test_the_town_added_is_the_firm(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Bristol Mutual said mortgage approvals fell in June. Lending would slow further "
            "this year, the Bristol added.")  # fmt: skip
    facts = facts_of(text)
    assert sum(1 for e in facts.events if e.kind.name == "STATEMENT") == 2
    assert speakers(facts) == {"Bristol Mutual"}


def test_the_town_as_a_speaker_is_a_firm(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("House prices rose by 1% in March, the Kendal has said. Demand was strongest in "
            "the north, the Kendal said on Friday.")  # fmt: skip
    assert speakers(facts_of(text)) == {"Kendal"}


@pytest.mark.parametrize(
    "text",
    [
        "Flooding in the Wirral forced 200 people from their homes. The council said roads "
        "were closed.",
        "Chester Building Society opened a branch in Chester. Residents of Chester said they "
        "welcomed the move.",
        "Kelvar Holdings opened an office in Kendal. The Kendal office said sales rose by 4%.",
        "Kendal Bank and Kendal Insurance both cut jobs. The Kendal said sales had fallen.",
    ],
)
def test_a_town_stays_a_town(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    said = speakers(facts_of(text))
    assert not said & {"Wirral", "Chester", "Chester Building Society", "Kendal",
                       "Kendal Bank", "Kendal Insurance"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Orion Holdings reported a large loss. Finance Minister Lea Sand accused Orion of "
         "hiding losses.", ("Lea Sand", "Orion Holdings")),
        ("Phoenix Media sacked its editor. Culture Minister Una Vik criticised Phoenix for the "
         "sacking.", ("Una Vik", "Phoenix Media")),
        ("Victoria Brands was fined on Friday. Environment Minister Kai Holm accused Victoria "
         "of polluting the river.", ("Kai Holm", "Victoria Brands")),
    ],
)  # fmt: skip
def test_a_town_judged_after_its_firm_is_the_firm(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


def test_a_town_judged_beside_two_firms_of_its_name_is_neither(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Orion Holdings and Orion Bank reported losses. Finance Minister Lea Sand "
                     "accused Orion of hiding losses.")  # fmt: skip
    assert not directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a town's name before a title only a firm gives, beside the firm of its name
        ("Ludlow Holdings cut jobs. Ludlow chief executive Piet Sandberg said the cuts were "
         "painful.", ("Piet Sandberg", "Ludlow Holdings")),
        ("Bristol Mutual posted a loss. Bristol chairman Tomas Lind said the year had been "
         "hard.", ("Tomas Lind", "Bristol Mutual")),
        ("Derby Bank cut its rates. Derby chief executive Ana Ruiz said borrowers would "
         "benefit.", ("Ana Ruiz", "Derby Bank")),
        ("Shares in Ludlow Holdings rose. In a statement, Ludlow chairman Tomas Lind said the "
         "outlook was good.", ("Tomas Lind", "Ludlow Holdings")),
    ],
)  # fmt: skip
def test_a_firms_title_after_the_town_is_the_firms(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # no firm of the town's name: the town's council, or nobody's
        "Derby chief executive Ana Ruiz said the council would cut jobs.",
        "Bristol chairman Tomas Lind said the city would bid for the games.",
        # a town's post
        "Ludlow Holdings cut jobs. Ludlow mayor Piet Sandberg said the cuts were painful.",
        # two firms of its name: which?
        "Derby Bank and Derby Insurance both reported profits. Derby chief executive Ana Ruiz "
        "said costs had risen.",
    ],
)
def test_a_title_after_a_town_alone_is_no_firms(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))
