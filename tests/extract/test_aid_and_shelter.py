"""Cooperation by training, equipping, sheltering and giving: sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def cooperated(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia trained Malian soldiers last year.", ("Russia", "Mali")),
        ("Malian troops were trained by Russia.", ("Russia", "Mali")),
        ("France equipped the Chadian army with drones.", ("France", "Chad")),
        ("Qatar bankrolled Hamas for a decade.", ("Qatar", "Hamas")),
    ],
)
def test_training_and_equipping(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya sheltered the rebel leader Ivo Rask.", ("Kenya", "Ivo Rask")),
        ("Peter Hallam was harboured by Kenya for years.", ("Kenya", "Peter Hallam")),
        ("Sudan harbored Pavel Orlov after the coup.", ("Sudan", "Pavel Orlov")),
    ],
)
def test_sheltering_someone(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The World Bank gave Kenya $500 million.", ("World Bank", "Kenya")),
        ("Norway sent Ukraine 40 tanks.", ("Norway", "Ukraine")),
        ("The IMF lent the Kenyan government $2bn.", ("International Monetary Fund", "Kenya")),
    ],
)
def test_who_is_given_before_what(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm trained 500 new staff.",
        "Kenya may train Somali troops next year.",
        "Kenya harbours doubts about Uganda.",
        "Kenya gave Uganda a warning.",
        "Kenya did not shelter Ivo Rask.",
    ],
)
def test_no_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal signed by Kenya and Uganda collapsed.", ("Kenya", "Uganda")),
        ("The truce signed by Kenya with Uganda collapsed.", ("Kenya", "Uganda")),
        ("The pact sealed by Chile and Peru held.", ("Chile", "Peru")),
    ],
)
def test_a_pact_made_by_both_sides(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


def test_a_pact_brokered_by_one_side_only(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, "The deal drafted by Kenya collapsed.") == set()
