"""Two names with a past verb between them, which the parser read as one noun
phrase: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import coded


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia snubbed Paraguay.",
        "Bolivia snubbed Paraguay on Monday.",
        "Bolivia snubbed Paraguay again.",
        "Bolivia snubbed Paraguay at the summit in Lima.",
    ],
)
def test_the_verb_between_two_names_is_the_sentences(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Bolivia", "Paraguay", "120") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    ["Bolivia thanked Paraguay at the summit.", "Bolivia did not snub Paraguay at the summit."],
)
def test_no_snub_told_gives_none(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not coded(facts_of, text)
