"""Verbal conflict words beyond the plain verbs: exchanges of insults, threats and
blame, breaking with someone, refusing their request, protesting to them and
sentencing them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


@pytest.mark.parametrize(
    ("text", "a", "b", "cameo"),
    [
        ("Latvian and Belarusian officials exchanged insults in Geneva.", "Latvia", "Belarus",
         "111"),
        ("Peru traded threats with Ecuador over the river.", "Peru", "Ecuador", "130"),
        ("Ghana and Togo exchanged threats after the raid.", "Ghana", "Togo", "130"),
        ("Chile and Bolivia traded blame for the failed talks.", "Chile", "Bolivia", "112"),
        ("Nepal exchanged barbs with Bhutan on Monday.", "Nepal", "Bhutan", "111"),
    ],
)  # fmt: skip
def test_an_exchange_runs_both_ways(facts_of, text: str, a: str, b: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    got = coded(facts_of, text)
    assert {(a, b, cameo), (b, a, cameo)} <= got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mali broke with France last year.", ("Mali", "France", "161")),
        ("Bolivia has broken with Peru over the pipeline.", ("Bolivia", "Peru", "161")),
        ("Greece broke ranks with the EU over the vote.",
         ("Greece", "European Union", "120")),
    ],
)  # fmt: skip
def test_breaking_with_someone(facts_of, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "India broke the deadlock with China.",
        "Kenya broke the record with Uganda's help.",
        "Mali did not break with France.",
        # another sense of "break": dismantling, failing, starting
        "Halvor Oil is being broken up by the Russian authorities.",
        "The coalition of Kenya and Uganda broke up last year.",
        "Talks between Mali and France broke down on Monday.",
    ],
)
def test_breaking_something_else_is_no_rupture(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {c for c in coded(facts_of, text) if c[2].startswith("16")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France refused Italy's request to take the ship.", ("France", "Italy", "120")),
        ("Norway refused the Russian demand for compensation.", ("Norway", "Russia", "120")),
        ("Austria refused a plea from Slovenia.", ("Austria", "Slovenia", "120")),
    ],
)
def test_refusing_what_someone_asks(facts_of, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "France refused to condemn Italy.",
        "Spain refused the minister Orla Venn.",
        "Portugal refused to comment on Brazil.",
    ],
)
def test_refusing_to_act_or_a_person_is_no_rejection(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {c for c in coded(facts_of, text) if c[2] == "120"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam protested to China over the survey ship.", ("Vietnam", "China", "140")),
        ("Japan has protested to Russia about the patrols.", ("Japan", "Russia", "140")),
        ("Iran sentenced Dorin Kessel to ten years in prison.", ("Iran", "Dorin Kessel", "173")),
        ("Marek Polt was sentenced by Belarus to death.", ("Belarus", "Marek Polt", "173")),
    ],
)
def test_protests_to_and_sentences(facts_of, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


def test_a_protest_to_no_one_named_has_no_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of("Vietnam protested to the referee."), EventKind.CONFLICT) == set()
