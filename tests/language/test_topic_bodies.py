"""A body named by what it deals with, untagged before a post and a name ("Committee
on Fisheries chair X"): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Committee on Fisheries chair Maria Sousa said the quotas were too high.",
         ("Maria Sousa", "Committee on Fisheries")),
        ("Panel on Mining Safety deputy chairman Jon Kerr said the mines were unsafe.",
         ("Jon Kerr", "Panel on Mining Safety")),
    ],
)  # fmt: skip
def test_a_topic_body_before_a_post_is_the_posts(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a member of a committee named without a topic: the model's reading stands
        ("Defence Committee member Tom Hart said the army needed money.", "Tom Hart"),
        # no body's name before the post
        ("On Monday chair Ann Vale said the board would meet.", "Ann Vale"),
    ],
)  # fmt: skip
def test_no_topic_body(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    bodies = {b for p, b in affiliations(facts_of(text)) if p == person}
    assert not {b for b in bodies if " on " in b or "Monday" in b}
