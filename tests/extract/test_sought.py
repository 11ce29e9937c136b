"""What is asked for or sought from someone is not given: sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed


def helped(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Moldova asked for support from Romania.",
        "Senator Ada Pike appealed for backing from Governor Hal Rusk.",
        "Laos applied for loans from the Asian Development Bank.",
        "Fiji called for aid from Australia after the cyclone.",
        "Nepal hoped for help from India.",
    ],
)
def test_sought_from_someone_is_not_given(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert helped(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moldova won support from Romania.", ("Romania", "Moldova")),
        (
            "Laos received loans from the Asian Development Bank.",
            ("Asian Development Bank", "Laos"),
        ),
        ("Nepal got help from India after the floods.", ("India", "Nepal")),
    ],
)
def test_given_from_someone_still_is(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in helped(facts_of, text)


@pytest.mark.parametrize(
    ("text", "factual"),
    [
        ("Austria offered an apology to Serbia for the incident.", True),
        ("Austria offered its apologies to Serbia on Monday.", True),
        ("Austria refused to offer an apology to Serbia.", False),
    ],
)
def test_an_apology_offered_is_made(facts_of, text: str, factual: bool) -> None:  # type: ignore[no-untyped-def]
    assert (("Austria", "Serbia") in directed(facts_of(text), EventKind.COOPERATION)) is factual


@pytest.mark.parametrize(
    "text",
    [
        # a proposal is no act and no stand against anyone
        "Chile proposed new sanctions against Peru on Monday.",
        "The European Commission has proposed an embargo on Belarus.",
        "Chile put forward sanctions against Peru.",
        "Sanctions against Peru were put forward by Chile.",
    ],
)
def test_sanctions_proposed_are_neither_imposed_nor_a_stand(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile imposed sanctions on Peru.",
        "Chile put sanctions on Peru.",
        "Chile slapped new sanctions on Peru on Monday.",
    ],
)
def test_sanctions_imposed_are_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") in directed(facts_of(text), EventKind.CONFLICT)


def _pact_pairs(facts_of, text: str, factual_only: bool = True) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return cooperation_pairs(facts_of(text), factual_only=factual_only)


# A pact still being negotiated, only discussed, or a draft, is not made.
PACTS_NOT_MADE = [
    "Peru and Chile are negotiating a trade deal.",
    "Peru and Chile have been negotiating a ceasefire for weeks.",
    "Peru was negotiating an accord with Chile when the government fell.",
    "A draft agreement between Peru and Chile was leaked on Monday.",
    "The draft accord between Peru and Chile angered Bolivia.",
]


@pytest.mark.parametrize("text", PACTS_NOT_MADE)
def test_a_pact_being_negotiated_or_drafted_is_not_made(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Peru", "Chile"}) in _pact_pairs(facts_of, text, factual_only=False)
    assert frozenset({"Peru", "Chile"}) not in _pact_pairs(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile negotiated a trade deal in May.",
        "Peru and Chile signed a draft agreement on Monday.",
        "Peru and Chile have negotiated a ceasefire.",
    ],
)
def test_a_pact_negotiated_or_a_draft_signed_is_made(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Peru", "Chile"}) in _pact_pairs(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The panel discussed the invasion of Chile by Peru.",
        "Bolivia considered the Peruvian attack on Chile a crime.",
    ],
)
def test_a_deed_discussed_or_judged_was_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Chile") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo are negotiating a trade deal.",
        "Chile is negotiating a free trade agreement with Peru.",
        "Norway and Iceland are finalising the fisheries accord.",
        "Laos and Cambodia have been negotiating a border treaty since May.",
        "Kenya and Uganda discussed a pact on water.",
    ],
)
def test_an_agreement_still_being_worked_out_is_not_made(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not helped(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ghana and Togo negotiated a trade deal in May.", ("Ghana", "Togo")),
        ("Chile negotiated a free trade agreement with Peru.", ("Chile", "Peru")),
        ("Norway and Iceland finalised the fisheries accord on Monday.", ("Norway", "Iceland")),
    ],
)
def test_an_agreement_negotiated_or_finalised_is_made(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in helped(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile backed Peru's demand that Bolivia withdraw its troops.", ("Peru", "Bolivia")),
        ("Chile supported the demand by Peru that Bolivia withdraw its troops.", ("Peru", "Bolivia")),
        ("Arab clubs backed the Tunisian Football Federation's demand that FIFA suspend Libya.", ("Tunisian Football Federation", "FIFA")),
    ],
)  # fmt: skip
def test_a_demand_someone_made_and_others_back_was_made(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile backed a demand that Bolivia withdraw its troops.",  # no one made it
        "Chile backed sanctions on Bolivia.",  # sought, not imposed
    ],
)
def test_a_demand_or_sanction_no_one_made_is_only_backed(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Bolivia") not in directed(facts_of(text), EventKind.CONFLICT)
