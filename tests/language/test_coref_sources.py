"""Coreference: "he"/"she" who speaks after a sentence that cites a source."""

from __future__ import annotations

import pytest

from tests.helpers import speakers_of


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "Mrs Fenna Olin said the mine was safe. The mine could close next year, according "
            "to the analyst Tamsin Reade. But she warned that the owners might sell it.",
            "warned",
            "Tamsin Reade",
        ),
        (
            "President Ivo Narde said the list of firms was final. A resale could double the "
            "price, according to the bank's economist, Mr Jory Haskel. But he warned that the "
            "state might not sell.",
            "warned",
            "Jory Haskel",
        ),
        (
            "Mr Ivo Narde said the reforms would go on. Growth would slow, according to "
            "Mr Jory Haskel of the central bank. He added that the deficit would rise.",
            "added",
            "Jory Haskel",
        ),
    ],
)
def test_he_after_according_to_is_the_source(
    facts_of, text: str, trigger: str, source: str
) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), trigger) == {source}


def test_a_source_of_the_other_gender_is_not_she(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Mrs Lina Olin said the mine was safe. It could close, according to Mr Jory Haskel. "
        "She added that the owners would not sell."
    )
    assert speakers_of(facts, "added") == {"Lina Olin"}


def test_a_person_subject_beside_the_source_is_still_he(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Mr Ivo Narde arrived in Oslo. Mr Abel Kray will resign, according to Mr Jory Haskel. "
        "He said the party needed a new leader."
    )
    assert speakers_of(facts, "said") == {"Abel Kray"}
