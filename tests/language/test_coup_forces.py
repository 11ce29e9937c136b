"""A country's forces that turn on its own rulers act as a group of their own:
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Guinea's army ousted President Idris Kante-Bah on Sunday.", "Guinea's army"),
        ("Guinean troops toppled President Idris Kante-Bah on Sunday.", "Guinean troops"),
        ("The Malian military deposed Prime Minister Idris Kante-Bah.", "Malian military"),
        ("Soldiers in Guinea overthrew President Idris Kante-Bah on Sunday.", "Soldiers in Guinea"),
        ("Guinea's army seized power and detained President Idris Kante-Bah.", "Guinea's army"),
        ("Guinea's army detained President Idris Kante-Bah in a coup on Sunday.", "Guinea's army"),
    ],
)
def test_a_coup_is_the_forces_not_the_countrys(facts_of, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert (group, "Idris Kante-Bah") in pairs
    assert not any(a in {"Guinea", "Mali"} for a, _ in pairs)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a ruler of another country, or none named by post: the country acts
        ("Chadian troops ousted Sudan's president, Idris Kante-Bah.", "Chad"),
        ("Chadian troops toppled Idris Kante-Bah in 2003.", "Chad"),
        (
            "Sudanese President Idris Kante-Bah spoke on Friday. Chadian troops toppled "
            "President Idris Kante-Bah on Sunday.",
            "Chad",
        ),
        # no coup: the state's forces hold someone
        ("Guinean soldiers arrested the opposition leader, Idris Kante-Bah, in a coup.", "Guinea"),
        ("Guinean police arrested President Idris Kante-Bah on Sunday.", "Guinea"),
    ],
)
def test_no_coup_leaves_the_force_its_countrys(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert (country, "Idris Kante-Bah") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army seized power on Thursday, and the African Union condemned Sudan's army.",
        "Sudan's army seized power. On Friday the African Union condemned Sudan's army.",
    ],
)
def test_the_coup_force_named_again_is_the_same_group(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert ("African Union", "Sudan's army") in pairs
    assert ("African Union", "Sudan") not in pairs


def test_a_force_that_staged_no_coup_stays_its_countrys(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Sudan's army attacked Chad on Thursday. The African Union condemned Sudan's army."
    assert ("African Union", "Sudan") in directed(facts_of(text), EventKind.CONFLICT)


def test_a_regime_toppled_is_no_coup(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Chadian forces toppled Idris Kante-Bah's regime in 1979."
    assert ("Chad", "Idris Kante-Bah") in directed(facts_of(text), EventKind.CONFLICT)
