"""A joint text that says both sides will act together: sentences of our own."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    "text",
    [
        "A joint communique issued after talks between Nepal and India said both sides would "
        "build a new bridge.",
        "In a joint statement, Nepal and India said they would build a new bridge.",
        "A joint statement issued after the talks said Nepal and India would build a new bridge.",
    ],
)
def test_a_joint_text_of_what_both_will_do_is_their_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Nepal", "India") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "In a joint statement, Nepal and India said they would not build a new bridge.",
        "In a joint statement, Nepal and India said they had discussed a new bridge.",
        "In a joint statement, Nepal and India said China would build a new bridge.",
    ],
)
def test_a_joint_text_of_no_joint_act_is_no_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Nepal", "India") not in directed(facts_of(text), EventKind.COOPERATION)
