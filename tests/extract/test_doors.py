"""Events behind a door: refused when it is shut, possible when it is left open."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs


@pytest.mark.parametrize(
    "text",
    [
        "Lena Vasko slammed the door on talks with Omar Haddad.",
        "Lena Vasko closed the door to a meeting with Omar Haddad.",
        "Lena Vasko shut the door on any talks with Omar Haddad on Monday.",
        "Lena Vasko left the door open to talks with Omar Haddad.",
        "Omar Haddad kept the door open for a meeting with Lena Vasko.",
        "Lena Vasko opened the door to talks with Omar Haddad.",  # past tense: still only possible
        "Lena Vasko opened the door to talks with Omar Haddad, but no date was set.",
        "Lena Vasko set the stage for talks with Omar Haddad.",  # a way made, as a door opened
    ],
)
def test_no_meeting_behind_a_door(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Lena Vasko held talks with Omar Haddad behind closed doors.",
        "Lena Vasko met Omar Haddad after he slammed the door on the reporters.",
        "Behind the door of the villa, Lena Vasko held talks with Omar Haddad.",
        "Lena Vasko opened talks with Omar Haddad.",  # talks opened, not a door to them
        "Lena Vasko opened talks with Omar Haddad on Monday.",
    ],
)
def test_a_meeting_near_a_door_was_held(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Lena Vasko", "Omar Haddad"}) in met_pairs(facts_of(text))
