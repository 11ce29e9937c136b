"""A trade dispute aimed at a person with a post is aimed at their country:
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        (
            "Japan filed a WTO case against Ivan Markov, Russia's trade minister, over steel "
            "duties.",
            ("Japan", "Russia"),
        ),
        (
            "Brazil took Sergio Valdes, Mexico's trade minister, to the WTO.",
            ("Brazil", "Mexico"),
        ),
        (
            "Canada lodged a WTO complaint against Ivan Markov, Russia's trade minister.",
            ("Canada", "Russia"),
        ),
        (
            "Canada brought a WTO case against Ivan Markov, Russia's trade minister.",
            ("Canada", "Russia"),
        ),
    ],
)
def test_a_trade_case_against_a_minister_is_against_his_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, deed: tuple[str, str]
) -> None:
    conflicts = directed(facts_of(text), EventKind.CONFLICT)
    assert deed in conflicts
    assert not {t for _, t in conflicts if t in {"Ivan Markov", "Sergio Valdes"}}


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        # no trade forum: a lawsuit may be brought against a person
        (
            "Japan filed a lawsuit against Ivan Markov, Russia's trade minister.",
            ("Japan", "Ivan Markov"),
        ),
        # no post: the person stays the target
        ("Japan filed a WTO case against Ivan Markov, a steel trader.", ("Japan", "Ivan Markov")),
    ],
)
def test_the_person_stays_outside_a_trade_forum_or_without_a_post(  # type: ignore[no-untyped-def]
    facts_of, text: str, deed: tuple[str, str]
) -> None:
    assert deed in directed(facts_of(text), EventKind.CONFLICT)
