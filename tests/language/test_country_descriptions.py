"""A description of a country named before: "the kingdom" is the kingdom named last,
never a republic; "the country" after two countries listed together is neither:
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "the kingdom" as the object, its subject a republic
        ("Morocco hosted the summit. Algeria criticised the kingdom for its role.",
         ("Algeria", "Morocco")),
        # "the kingdom" as the subject
        ("Jordan hosted the summit on Monday. The kingdom accused Syria of shelling its border.",
         ("Jordan", "Syria")),
        # "the Gulf kingdom", a kingdom named before a republic
        ("Bahrain held talks with Iran on Monday. Qatar later accused the Gulf kingdom "
         "of spying.", ("Qatar", "Bahrain")),
    ],
)  # fmt: skip
def test_the_kingdom_is_the_kingdom_named(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # only republics named: no kingdom to refer to
        "Peru hosted the summit. Chile accused the kingdom of spying.",
        "Peru hosted the summit. The kingdom accused Chile of spying.",
    ],
)
def test_no_kingdom_named_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Jordan and Syria held talks. The country accused Israel of breaking the truce.",
        "Peru, Chile and Bolivia met on Monday. The country accused Brazil of spying.",
    ],
)
def test_the_country_after_a_list_is_neither(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    agents = {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)}
    assert not agents


def test_the_country_after_one_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Jordan hosted the summit. The country accused Israel of spying.")
    assert ("Jordan", "Israel") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Protests spread across Ghana. The country's electoral commission said the vote "
         "would go ahead.", "Ghana electoral commission"),
        ("Kenya's economy slowed in May. The country's central bank said inflation had eased.",
         "Kenya central bank"),
        ("Sudan closed its border on Monday. The nation's football federation said the match "
         "was off.", "Sudan football federation"),
    ],
)  # fmt: skip
def test_the_countrys_own_body(facts_of, text: str, found: str) -> None:  # type: ignore[no-untyped-def]
    """ "the country's central bank": the country's own body, named as "Kenya's central
    bank" is, when "the country" is the one country named before."""
    assert found in speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # one of many
        "Kenya's economy slowed in May. The country's biggest bank said profits rose.",
        # two countries before: either's
        "Kenya and Uganda signed a trade deal. The country's central bank said it was pleased.",
        "Sudan closed its border with Chad. The nation's football federation said the match "
        "was off.",
    ],
)
def test_no_countrys_own_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any("bank" in s for s in speakers(facts_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Brazil's president, Ana Lira, said the country's bank lending margins were too high.",
        "Kenya's finance minister, Joel Ruto, said the nation's central bank rules would change.",
    ],
)
def test_a_countrys_body_word_that_modifies_is_no_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "the country's bank lending margins": margins, not a bank."""
    names = {a.name for a in facts_of(text).actors}
    assert not any(n.endswith(("bank", "central bank")) for n in names)
