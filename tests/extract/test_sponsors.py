"""The sponsor of unnamed armed doers acts through them ("hackers backed by X
attacked Y": X against Y too), unless the backing is doubted or the act not done:
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hackers backed by Iran attacked Kuwait on Monday.", ("Iran", "Kuwait")),
        ("Iranian-backed hackers attacked Kuwait on Monday.", ("Iran", "Kuwait")),
        ("A militia armed by Syria shelled Jordanian positions overnight.", ("Syria", "Jordan")),
        ("Gunmen funded by Sudan raided Chadian border posts.", ("Sudan", "Chad")),
        ("Fighters trained by Eritrea attacked Ethiopian troops.", ("Eritrea", "Ethiopia")),
        ("Hackers sponsored by the Chinese state attacked Vietnam.", ("China", "Vietnam")),
        ("Turkey's proxies attacked Armenia in the spring.", ("Turkey", "Armenia")),
        ("Kuwait was attacked on Monday by hackers backed by Iran.", ("Iran", "Kuwait")),
    ],
)
def test_the_sponsor_of_armed_doers_uses_force_through_them(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert any(f[:2] == expected for f in coded(facts_of, text))


@pytest.mark.parametrize(
    "text",
    [
        "Hackers allegedly backed by Iran attacked Kuwait on Monday.",
        "Hackers reportedly funded by Iran attacked Kuwait.",
        "Fighters backed by Iran did not attack Kuwait.",
        "Hackers backed by Iran may attack Kuwait next year.",
        "Iran denied backing the hackers who attacked Kuwait.",
        "A report backed by Iran criticised Kuwait.",
    ],
)
def test_a_doubted_backing_or_an_act_not_done_names_no_sponsor(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(a == "Iran" for a, _, _ in coded(facts_of, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An attack by hackers backed by Iran hit Kuwait on Monday.", ("Iran", "Kuwait")),
        ("The attack on Kuwait by hackers funded by Iran was the largest this year.",
         ("Iran", "Kuwait")),
        ("The shelling of Jordanian positions by a militia armed by Syria continued.",
         ("Syria", "Jordan")),
    ],
)  # fmt: skip
def test_the_sponsor_of_the_doers_a_noun_names_uses_force_too(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert any(f[:2] == expected for f in coded(facts_of, text))


@pytest.mark.parametrize(
    "text",
    [
        "An attack by hackers allegedly backed by Iran hit Kuwait.",
        "A planned attack on Kuwait by hackers backed by Iran was foiled.",
    ],
)
def test_a_doubted_backing_or_a_planned_act_in_a_noun_names_no_sponsor(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(a == "Iran" for a, _, _ in coded(facts_of, text))
