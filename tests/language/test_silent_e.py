"""Verb lemmas keep their silent "e": "raped" is "rape", not "rap" (to criticise)."""

from __future__ import annotations

import pytest
from helpers import directed

from kg.language.silent_e import restore_e
from kg.records import EventKind


@pytest.mark.parametrize(
    ("form", "lemma", "expected"),
    [
        ("raped", "rap", "rape"), ("fines", "fin", "fine"), ("fining", "fin", "fine"),
        ("scared", "scar", "scare"), ("Hoped", "hop", "hope"),
        # doubled, or a stem that never doubles, or longer: as the lemmatizer says
        ("rapped", "rap", "rap"), ("banning", "ban", "ban"), ("fixed", "fix", "fix"),
        ("played", "play", "play"), ("edited", "edit", "edit"), ("opened", "open", "open"),
        ("met", "meet", "meet"), ("fled", "flee", "flee"), ("gases", "gas", "gas"),
        ("buses", "bus", "bus"), ("quizes", "quiz", "quiz"),
    ],
)  # fmt: skip
def test_the_silent_e_comes_back_only_where_spelling_says(
    form: str, lemma: str, expected: str
) -> None:
    assert restore_e(form, lemma) == expected


def test_the_pipeline_lemmas_keep_the_e(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Regulators fined the bank, and the minister hoped the fines would stop.")
    assert {t.text: t.lemma_ for t in doc}.keys() >= {"fined", "hoped"}
    assert [t.lemma_ for t in doc if t.text in {"fined", "hoped"}] == ["fine", "hope"]
    assert nlp("The minister rapped the bank.")[2].lemma_ == "rap"


def test_helping_victims_is_no_criticism(facts_of) -> None:  # type: ignore[no-untyped-def]
    for text in ("The UK helped raped Rwandan women.",
                 "France has aided raped Congolese women since 2019."):  # fmt: skip
        assert not directed(facts_of(text), EventKind.CONFLICT), text
    assert ("Chile", "Peru") in directed(
        facts_of("Chile rapped Peru over the border."), EventKind.CONFLICT
    )
