"""A body that names itself ("a group calling itself the X Front", "an outfit known
as X"): the noun stands for the body so named; sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A group calling itself the Free Coast Front claimed an attack on a Nigerian army "
         "convoy.", ("Free Coast Front", "Nigeria")),
        # a relative clause, and a name the model may read as a place
        ("A militia that calls itself the Sons of the Delta attacked a Nigerian army convoy "
         "on Sunday.", ("Sons of the Delta", "Nigeria")),
        # a name of one word, a deed of force on a body
        ("A group calling itself Grey Marten hacked the servers of Estonia's central bank.",
         ("Grey Marten", "Estonia central bank")),
        # set between commas
        ("A previously unknown group, which calls itself the Army of the Coast, attacked a "
         "Nigerian army convoy.", ("Army of the Coast", "Nigeria")),
    ],
)  # fmt: skip
def test_the_self_named_body_acts(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.CONFLICT)


def test_known_as(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("An outfit known as the Black Heron Brigade said it had seized the port.")
    assert "Black Heron Brigade" in speakers(facts)


@pytest.mark.parametrize(
    "text",
    [
        # a person, not a body
        "Tom Valek, a man calling himself a prophet, condemned Chad.",
        # "known for", not "known as"
        "A group known for its raids on Chad attacked a Sudanese village.",
    ],
)
def test_no_self_named_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(a.type.value == "Organization" for a in facts.actors)
