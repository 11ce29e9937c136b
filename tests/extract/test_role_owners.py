"""Posts named by role nouns that name no country: "whose envoy, X", "arrested its
leader, X" (the captor is not the employer), "X and Y of A and B respectively", "the
two countries' ministers, A's X and B's Y": sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "whose <post>, X": the country or body right before "whose"
        ("Delegates from Kazakhstan, whose envoy, Nurlan Abenov, spoke first, backed the plan.",
         ("Nurlan Abenov", "Kazakhstan")),
        ("The delegation of Ghana, whose delegate, Kofi Mensah, called for a vote, left early.",
         ("Kofi Mensah", "Ghana")),
        ("Peru, whose president, Ana Ruiz, arrived late, signed the deal.",
         ("Ana Ruiz", "Peru")),
    ],
)  # fmt: skip
def test_whose_post(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


def test_whose_after_a_person_gives_no_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(facts_of("Ana Ruiz, whose deputy, Jose Lima, spoke first, left the hall."))
    assert not {p for p in found if p[0] == "Jose Lima"}


@pytest.mark.parametrize(
    ("text", "pair", "captor"),
    [
        # the body that arrests or detains "its" leader is not the one he serves
        ("The military government outlawed the Farmers Union and detained its leader, "
         "Pavel Brodski.", ("Pavel Brodski", "Farmers Union"), "military government"),
        ("The military council banned the Rural Workers Federation and arrested its chairman, "
         "Marta Sol, on Monday.", ("Marta Sol", "Rural Workers Federation"), "military council"),
        ("The army dissolved the Dockers Union on Monday and jailed its leader, Tomas Rek.",
         ("Tomas Rek", "Dockers Union"), "army"),
    ],
)  # fmt: skip
def test_captor_is_no_employer(facts_of, text: str, pair: tuple[str, str], captor: str) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(facts_of(text))
    assert pair in found
    assert (pair[0], captor) not in found


def test_a_body_acting_on_its_own_leader_keeps_him(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(facts_of("The Arden Party expelled its leader, Ivan Dorn, on Friday."))
    assert ("Ivan Dorn", "Arden Party") in found


@pytest.mark.parametrize(
    ("text", "pairs", "wrong"),
    [
        # "respectively": one body each, in order
        ("The two countries' foreign ministers, Arvid Lund and Jan Kowal of Norway and Poland "
         "respectively, met in Oslo.", [("Arvid Lund", "Norway"), ("Jan Kowal", "Poland")],
         ("Jan Kowal", "Norway")),
        ("Envoys Lars Berg and Tomas Vidal of Sweden and Chile respectively signed the accord.",
         [("Lars Berg", "Sweden"), ("Tomas Vidal", "Chile")], ("Tomas Vidal", "Sweden")),
        # a possessive beside each name, after the two countries' shared post
        ("The two countries' defence ministers, Norway's Arvid Lund and Poland's Jan Kowal, "
         "signed the accord.", [("Arvid Lund", "Norway"), ("Jan Kowal", "Poland")],
         ("Arvid Lund", "Poland")),
    ],
)  # fmt: skip
def test_one_country_each(facts_of, text, pairs, wrong) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(facts_of(text))
    assert set(pairs) <= found
    assert wrong not in found


def test_no_order_no_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(
        facts_of("The two countries' leaders, Arvid Lund and Jan Kowal, met in Oslo.")
    )
    assert not {p for p in found if p[0] in {"Arvid Lund", "Jan Kowal"}}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "the government of C ... its <post>, X": C's, when coreference found no owner
        ("The government of Moldova said its negotiator, Ion Rusu, had returned.",
         ("Ion Rusu", "Moldova")),
        ("The government of Estonia confirmed on Tuesday that its envoy, Mart Kask, had left.",
         ("Mart Kask", "Estonia")),
        ("The government of Chile said on Friday that its ambassador, Luis Ortega, was "
         "recalled.", ("Luis Ortega", "Chile")),
    ],
)  # fmt: skip
def test_government_of_a_country(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


def test_two_governments_give_no_owner(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The administration of Chile and the government of Peru said its envoy, Ion Rusu, "
        "would attend."
    )
    assert not {p for p in affiliations(facts_of(text)) if p[0] == "Ion Rusu"}
