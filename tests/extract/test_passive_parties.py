"""Who did a passive act and to whom, whoever reports it: sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("An Oxfam lorry was attacked by gunmen in northern Niger on Friday.", "Oxfam"),
        (
            "A Red Cross truck was attacked by gunmen in western Chad, the Chadian government said.",
            "International Committee of the Red Cross",
        ),
        ("A UNICEF truck was attacked by gunmen in central Mali, aid workers said.", "UNICEF"),
    ],
)
def test_men_who_fight_in_a_place_do_not_act_for_it(facts_of, text, target) -> None:  # type: ignore[no-untyped-def]
    found = opposed(facts_of, text)
    assert any(b == target and a.startswith("gunmen") for a, b in found)
    assert not any(a in {"Niger", "Chad", "Mali"} for a, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Seoul offices of Swedish carmaker Volvik were raided by the Korea Fair Trade"
            " Commission.",
            ("Korea Fair Trade Commission", "Volvik"),
        ),
        (
            "The Tokyo offices of Dutch lender Rabomark were raided by Japanese police.",
            ("Japan", "Rabomark"),
        ),
        (
            "The Ottawa headquarters of Lunaris Mining were stormed by Canadian police.",
            ("Canada", "Lunaris Mining"),
        ),
    ],
)
def test_an_office_raided_stands_for_its_firm_not_for_its_city(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    found = opposed(facts_of, text)
    assert expected in found
    assert not any(b in {"South Korea", "Japan", "Canada"} for _, b in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Thai freighter was boarded, searched and seized by Iranian marines.",
            ("Iran", "Thailand"),
        ),
        (
            "The Dutch yacht was boarded, searched and impounded by the Venezuelan navy.",
            ("Venezuela", "Netherlands"),
        ),
        (
            # (a diplomat: an expelled reporter is no act on his state, kg.extract.struck)
            "The Polish diplomat was questioned, searched and expelled by Belarus.",
            ("Belarus", "Poland"),
        ),
    ],
)
def test_participles_in_a_list_share_the_last_by_phrase(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy was attacked and fled to the border.",
        "A Red Cross lorry was not attacked by gunmen in Niger, the army said.",
        "The Tokyo offices of Rabomark could be raided by Japanese police if it refuses.",
    ],
)
def test_no_passive_act_is_made_up(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    found = opposed(facts_of, text)
    assert not any(a in {"Niger", "Japan"} or b in {"Japan"} for a, b in found)
