"""Whose deed the running of an owned thing is (kg.extract.run_affairs, asked through
act_nouns.act_doers). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ana Ruiz criticised delays in the counting of Kenya's votes.", ("Ana Ruiz", "Kenya")),
        ("Ana Ruiz criticised failures in Peru's vote count.", ("Ana Ruiz", "Peru")),
        ("Tomas Lind criticised the counting of Zambia's votes.", ("Tomas Lind", "Zambia")),
        ("Ana Ruiz condemned irregularities in Zambia's election.", ("Ana Ruiz", "Zambia")),
        ("Tomas Lind attacked the mismanagement of Ghana's ports.", ("Tomas Lind", "Ghana")),
    ],
)
def test_a_running_is_its_owners_deed(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz condemned the killing of Kenya's citizens.",  # done to them
        "Ana Ruiz criticised the treatment of Kenya's migrants.",
        "Ana Ruiz criticised delays in the count.",  # no owner
        "Ana Ruiz criticised delays in the delivery of aid to Kenya.",  # Kenya receives
    ],
)
def test_no_runner_for_what_is_done_to_people_or_unowned(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ana Ruiz", "Kenya") not in directed(facts_of(text), EventKind.CONFLICT)
