"""The owner named inside the thing a conflict strikes: "blocked the website of the
broadcaster X", "banned ten apps, including the chat service X"; and none for a
place, for a thing with no owner named, or for the actor's own thing."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kenya blocked the website of Dubai-based broadcaster Horizon Channel on Tuesday.",
            ("Kenya", "Horizon Channel"),
        ),
        (
            "Zambia blocked the website of the weekly newspaper Lusaka Sentinel.",
            ("Zambia", "Lusaka Sentinel"),
        ),
        (
            "Kenya blocked the website of Qatari-funded broadcaster Horizon Channel.",
            ("Kenya", "Horizon Channel"),
        ),
        (
            "Vietnam banned twelve foreign apps on Friday, including the messaging service "
            "Chatterly.",
            ("Vietnam", "Chatterly"),
        ),
        (
            "Russia blocked the websites of two independent outlets, including the news "
            "portal Volna.",
            ("Russia", "Volna"),
        ),
    ],
)
def test_the_owner_inside_the_struck_thing_is_the_target(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine blockaded the port of Odessa for a week.",
        "Kenya blocked the website of its own tourism board.",
        "Egypt banned several apps on Monday.",
        "Kenya did not block the website of broadcaster Horizon Channel.",
        "Peru raided the offices of the firm in Lima.",
    ],
)
def test_no_owner_no_place_and_not_the_actor_itself(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert not {p for p in pairs if p[1] not in {"Ukraine", "Kenya", "Egypt", "Peru"}} - {
        ("Ukraine", "United States")  # the port's gazetteer reading, not an owner
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia blocked access to the website of Radio Marlo.", ("Russia", "Radio Marlo")),
        ("Russia blocked access to Radio Marlo on Monday.", ("Russia", "Radio Marlo")),
        ("Turkey banned access to the website of Radio Sella.", ("Turkey", "Radio Sella")),
        ("Belarus jammed Radio Marlo's signal for three days.", ("Belarus", "Radio Marlo")),
        ("Belarus jammed the signal of Radio Marlo.", ("Belarus", "Radio Marlo")),
        ("Belarus jammed Radio Marlo for a week.", ("Belarus", "Radio Marlo")),
    ],
)  # fmt: skip
def test_the_way_to_a_thing_and_its_jammed_signal(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy traffic jammed the roads near Minsk.",
        "Radio Marlo blocked access to its website.",
        "Russia gave Radio Marlo access to the archive.",
    ],
)
def test_no_target_without_a_struck_owner(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
