"""Envoys called in or summoned as a protest to the state that sent them, not one's
own envoy called home: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt called in Sudan's ambassador to protest over the killings.", ("Egypt", "Sudan")),
        ("Peru called in the Chilean ambassador on Monday.", ("Peru", "Chile")),
        ("Norway called in Russia's envoy after the incident.", ("Norway", "Russia")),
    ],
)
def test_an_envoy_called_in_is_a_protest_to_the_sender(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert (*expected, "140") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iraq summoned its ambassador from Turkey for consultations.",
        "Poland summoned its envoy from Belarus.",
        "Iraq called in its ambassador to Turkey.",
        "Spain called in experts from Germany to study the dam.",
    ],
)
def test_ones_own_envoy_or_anyone_else_is_no_protest(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow summoned Norway's ambassador, Eirik Solheim, in protest on Monday.",
         {("Russia", "Norway", "140")}),
        ("China summoned the Lithuanian envoy, Rasa Petraitis, to protest.",
         {("China", "Lithuania", "140")}),
        ("Ghana expelled Togo's ambassador, Kofi Amah.",
         {("Ghana", "Togo", "166"), ("Ghana", "Kofi Amah", "166")}),
        ("Moldavia expelled Bolivia's military attache, Colonel Arno Festrig, on Tuesday.",
         {("Moldavia", "Bolivia", "166"), ("Moldavia", "Arno Festrig", "166")}),
    ],
)  # fmt: skip
def test_a_measure_on_a_named_envoy_is_on_the_state_he_serves(
    facts_of, text: str, expected: set[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    """A protest to an envoy is to his state alone; a measure on him (an expulsion)
    is on him as well as on his state."""
    assert coded(facts_of, text) == expected


def test_criticism_of_a_named_envoy_is_still_of_the_envoy(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, "Peru criticised Chile's ambassador, Tomas Reyes.") == {
        ("Peru", "Tomas Reyes", "111")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana expelled Kofi Amah, a Togolese diplomat, on Friday.",
         {("Ghana", "Togo", "166"), ("Ghana", "Kofi Amah", "166")}),
        ("Peru expelled Tomas Reyes, a diplomat at the Chilean embassy.",
         {("Peru", "Chile", "166"), ("Peru", "Tomas Reyes", "166")}),
        ("Norway expelled Ivan Sokol, an attache at the Russian embassy in Oslo.",
         {("Norway", "Russia", "166"), ("Norway", "Ivan Sokol", "166")}),
        ("Latvia expelled Oleg Brin, a Belarusian diplomat, after he was caught spying.",
         {("Latvia", "Belarus", "166"), ("Latvia", "Oleg Brin", "166")}),
        ("Egypt summoned Omar Saleh, the Sudanese ambassador, on Monday.",
         {("Egypt", "Sudan", "140")}),
    ],
)  # fmt: skip
def test_a_named_envoy_whose_title_follows_stands_for_his_state(
    facts_of, text: str, expected: set[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Egypt summoned Omar Saleh, the Egyptian ambassador to Sudan, for consultations.",
        "Ghana plans to expel Kofi Amah, a Togolese diplomat.",
        "Ghana did not expel Kofi Amah, a Togolese diplomat.",
    ],
)
def test_ones_own_named_envoy_or_an_expulsion_not_done_strikes_no_state(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(t in {"Sudan", "Togo"} for _, t, _ in coded(facts_of, text))


def test_a_named_foreigner_of_no_envoy_post_stays_the_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, "Ghana expelled Kofi Amah, a Togolese businessman.") == {
        ("Ghana", "Kofi Amah", "166")
    }
