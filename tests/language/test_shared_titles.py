"""A plural post before coordinated names: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "Foreign Ministers Ahmet Demir of Turkey and Yannis Karras of Greece agreed to meet.",
            {("Ahmet Demir", "Turkey"), ("Yannis Karras", "Greece")},
        ),
        (
            "Presidents Rafael Soto of Chile and Mateo Ibanez of Peru signed the pact.",
            {("Rafael Soto", "Chile"), ("Mateo Ibanez", "Peru")},
        ),
        (
            "Russian and Chinese defence ministers Oleg Frolov and Wu Lin met in Beijing.",
            {("Oleg Frolov", "Russia"), ("Wu Lin", "China")},
        ),
        (
            "French ministers Ann Roux and Paul Blanc visited Mali.",
            {("Ann Roux", "France"), ("Paul Blanc", "France")},
        ),
    ],
)
def test_each_name_holds_the_plural_post(facts_of, text: str, ties: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    """Each name its own post: one country for all, or one each in order (never the
    last country for the first name: "Russian and Chinese ministers A" is Russia's)."""
    assert affiliations(facts_of(text)) == ties


def test_the_role_is_singular(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Foreign Ministers Ahmet Demir of Turkey and Yannis Karras of Greece met.")
    assert {r.role for r in facts.relations} == {"Foreign Minister"}


@pytest.mark.parametrize(
    "text",
    [
        "Presidents Rafael Soto and Mateo Ibanez discussed Peru's debt.",
        "Egyptian, Jordanian and Saudi foreign ministers Ann Roux and Paul Blanc met.",
        "Prime Ministers Rafael Soto and Mateo Ibanez met in Quito.",
    ],
)
def test_no_country_for_all_or_whose_is_whose_unsaid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """Two presidents are not both Peru's; three lands for two names: no tie."""
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "Tom Rice and Ann Vale, the leaders of Germany and France, said Europe must act.",
            {("Tom Rice", "Germany"), ("Ann Vale", "France")},
        ),
        (
            "Tom Rice and Ann Vale, the foreign ministers of Austria and Hungary, met in Vienna.",
            {("Tom Rice", "Austria"), ("Ann Vale", "Hungary")},
        ),
        (
            "Tom Rice and Ann Vale, the French ministers, visited Mali.",
            {("Tom Rice", "France"), ("Ann Vale", "France")},
        ),
    ],
)
def test_a_plural_post_after_the_names_is_each_names(
    facts_of, text: str, ties: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    """ "A and B, the leaders of X and Y,": A is X's, B is Y's (not A Y's, nor B none)."""
    assert affiliations(facts_of(text)) == ties


def test_both_names_before_a_shared_post_speak(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Rice and Ann Vale, the leaders of Germany and France, said Europe must act."
    assert speakers(facts_of(text)) == {"Tom Rice", "Ann Vale"}


def test_both_named_leaders_meet(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "A and B, the two leaders, met": the post in apposition is no third party."""
    assert pair("Tom Rice", "Ann Vale") in met_pairs(
        facts_of("Tom Rice and Ann Vale, the two leaders, met in Paris.")
    )
