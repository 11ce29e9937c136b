"""A claim quoted in a headline is alleged, not told as a fact of its subject."""

from __future__ import annotations

from dataclasses import replace

from helpers import directed, met_pairs, pair, speakers

from kg.records import EventKind


def _head(facts):  # type: ignore[no-untyped-def]
    heads = {s.index for s in facts.sentences if s.headline}
    return replace(facts, events=tuple(e for e in facts.events if e.evidence.sentence in heads))


def test_a_quoted_claim_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = _head(facts_of("A new book claims that Prime Minister Ana Ruiz told aides in 2019 "
                           "that she would step down.", title="Ruiz 'said she would resign'"))  # fmt: skip
    assert "Ana Ruiz" not in speakers(facts)
    facts = _head(facts_of("Prosecutors allege that Daniel Okafor, a Ghanaian businessman, paid "
                           "the rebels.", title="Okafor 'backed Togo rebels'"))  # fmt: skip
    assert not directed(facts, EventKind.COOPERATION)
    facts = _head(facts_of("Newspapers in Santiago reported that the government would order two "
                           "diplomats to leave.", title="Chile 'to expel Peru envoys'"))  # fmt: skip
    assert ("Chile", "Peru") not in directed(facts, EventKind.CONFLICT)
    assert ("Chile", "Peru") in directed(facts, EventKind.CONFLICT, factual_only=False)
    facts = _head(facts_of("A newspaper says Senator Ivan Petrov saw Prime Minister Claire Moreau "
                           "at a hotel in May.", title="Petrov 'met Moreau in secret'"))  # fmt: skip
    assert pair("Ivan Petrov", "Claire Moreau") not in met_pairs(facts)


def test_the_subjects_own_words_and_a_quoted_word_stay_facts(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "Finance Minister Tomas Lind ruled out an agreement with the unions."
    assert "Tomas Lind" in speakers(_head(facts_of(body, title="'No deal', says Lind")))
    body = "Finance Minister Tomas Lind said he had hidden nothing."
    assert "Tomas Lind" in speakers(_head(facts_of(body, title="Lind denies 'cover-up' claims")))
    body = "Officials in the finance ministry said prices were stable."
    assert "Japan" in speakers(_head(facts_of(body, title="Tokyo says deflation 'controlled'")))
    body = "The foreign ministry in Lima said the plan broke the treaty."
    facts = _head(facts_of(body, title="Peru condemns Chile's 'reckless' plan"))
    assert ("Peru", "Chile") in directed(facts, EventKind.CONFLICT)
