"""Two names joined by a comma for "and" before a plural verb, as headlines write
them: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, Tomas Lind meet in Oslo.",
        "Otto Brandt, Lena Marsh discuss trade in phone call.",
        "Ana Ruiz, Tomas Lind hold talks on fishing rights.",
    ],
)
def test_two_names_before_a_plural_verb_both_meet(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = [w for w in ("Ana Ruiz", "Tomas Lind", "Otto Brandt", "Lena Marsh") if w in text]
    assert pair(*names) in met_pairs(facts_of(text))


def test_two_countries_before_a_plural_verb_both_act(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("France, Germany condemn Chile over border closure."),
                     EventKind.CONFLICT)  # fmt: skip
    assert found == {("France", "Chile"), ("Germany", "Chile")}


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, Tomas Lind meets the envoy.",  # a singular verb: one subject
        "Ana Ruiz, Tomas Lind's wife, meets the envoy.",  # his wife is Ana Ruiz
        "Tomas Lind, Ana Ruiz said, meets the envoy.",  # she says so
    ],
)
def test_a_name_beside_a_singular_subject_is_no_partner(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Ana Ruiz", "Tomas Lind") not in met_pairs(facts_of(text), factual_only=False)
