"""A side named as the author of a harm in what a speaker says: "was behind the
bombing", "is responsible for the attack" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import coded


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Pakistan claimed India was behind the bombing in Lahore.", ("Pakistan", "India")),
        ("Kenya says Somalia is behind the recent border raids.", ("Kenya", "Somalia")),
        ("Ukraine said Russia was behind the cyber attack on its power grid.", ("Ukraine", "Russia")),
        ("Tomas Lind was behind the plot, Ana Ruiz said.", ("Ana Ruiz", "Tomas Lind")),
        ("Iraq said Iran was responsible for the attack on the pipeline.", ("Iraq", "Iran")),
        ("Chile claimed Peru was responsible for the killings.", ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_a_side_behind_a_harm_is_accused(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "112") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz said Tomas Lind was behind the new reform plan.",  # no harm
        "Ana Ruiz said Tomas Lind was behind in the polls.",
        "Ana Ruiz said Tomas Lind was behind her all the way.",
        "Ana Ruiz said Tomas Lind was behind the peace deal.",
        "Ana Ruiz asked if Tomas Lind was behind the bombing.",  # asked
        "Pakistan denied India was behind the bombing.",  # denied
        "Ana Ruiz said Tomas Lind was not behind the bombing.",  # negated
        "Iraq said Iran was responsible for the recovery.",  # no harm
    ],
)
def test_no_culprit_without_a_harm_told_as_so(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(code == "112" for _, _, code in coded(facts_of, text))
