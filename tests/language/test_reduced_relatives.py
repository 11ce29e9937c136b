"""A verdict on an act told in a relative clause with no "that", which the parser
loses (kg.language.reduced_relatives): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mali expelled the French ambassador, a move ECOWAS called absurd.", ("ECOWAS", "Mali")),
        ("Mali expelled the French ambassador, a move ECOWAS condemned.", ("ECOWAS", "Mali")),
        (
            "Niger left ECOWAS in January. Niger then expelled the French ambassador, "
            "a move the bloc called reckless.",
            ("ECOWAS", "Niger"),
        ),
        (
            "Niger left ECOWAS in January. Niger then expelled the French ambassador, "
            "a move that the regional bloc called reckless.",
            ("ECOWAS", "Niger"),
        ),
    ],
)
def test_the_clause_judges_the_doer_of_the_act(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = {(a.replace("Economic Community of West African States", "ECOWAS"), t)
             for a, t in directed(facts_of(text), EventKind.CONFLICT)}  # fmt: skip
    assert pair in found


@pytest.mark.parametrize(
    "text",
    [
        "Mali freed the prisoners, a move ECOWAS called wise.",
        "Mali expelled the French ambassador, a move ECOWAS welcomed.",
        "Peru closed its border, a move analysts called risky.",
    ],
)
def test_no_criticism_where_the_verdict_is_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    criticised = {t for _, t in directed(facts_of(text), EventKind.CONFLICT)}
    assert not criticised & {"Mali", "Peru"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject set off by commas after the act noun: the parser tears the clause off
        (
            "Peru announced new tariffs on Monday, a move Chile's finance minister, Pablo Rojas, "
            "said would hurt trade.",
            "Pablo Rojas",
        ),
        (
            "Nigeria imposed a new import ban on Tuesday, a move Ghana's trade minister, Kwame Asante, "
            "said would hurt traders.",
            "Kwame Asante",
        ),
        # parsed as one clause already: stays so
        (
            "Kenya closed the border on Monday, a decision Uganda's foreign minister, Ruth Okello, said "
            "would hurt traders.",
            "Ruth Okello",
        ),
    ],
)
def test_the_speaker_set_off_by_commas_speaks(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert speaker in speakers(facts)
    # the speaker is not the target of the act they judge
    assert all(t != speaker for _, t in directed(facts, EventKind.CONFLICT))
