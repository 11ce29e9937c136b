"""A name stacked two nouns or more before the head noun is no party of what is done to it."""

from __future__ import annotations

from dataclasses import replace

from helpers import directed

from kg.records import EventKind


def _head(facts):  # type: ignore[no-untyped-def]
    heads = {s.index for s in facts.sentences if s.headline}
    return replace(facts, events=tuple(e for e in facts.events if e.evidence.sentence in heads))


def test_a_compound_of_compounds_names_no_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    cases = [
        ("Okafor slams Ghana tax plan report",
         "Opposition leader Daniel Okafor said the study of the government's budget was biased.",
         EventKind.CONFLICT, ("Daniel Okafor", "Ghana")),
        ("Petrov condemns Nato troop plan leak",
         "Senator Ivan Petrov said the disclosure of the document endangered soldiers.",
         EventKind.CONFLICT, ("Ivan Petrov", "North Atlantic Treaty Organization")),
        ("Vargas rejects Bolivia arms deal calls",
         "Defence Minister Marta Vargas said on Tuesday she would not publish the contract.",
         EventKind.CONFLICT, ("Marta Vargas", "Bolivia")),
    ]  # fmt: skip
    for title, body, kind, pair in cases:
        facts = _head(facts_of(body, title=title))
        assert pair not in directed(facts, kind, factual_only=False), title
    facts = facts_of("Senator Ivan Petrov said the Chile arms deal report was a whitewash.")
    assert ("Ivan Petrov", "Chile") not in directed(facts, EventKind.CONFLICT)


def test_one_noun_between_or_a_possessive_still_names_the_owner(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "Ana Ruiz, a Peruvian senator, spoke in Lima on Monday."
    for title in ("Ruiz blasts Chile spending plans", "Ruiz rejects Chile's arms deal calls"):
        facts = _head(facts_of(body, title=title))
        assert ("Ana Ruiz", "Chile") in directed(facts, EventKind.CONFLICT), title
    facts = facts_of("Bolivian Interior Minister Marta Vargas spoke in La Paz on Monday.",
                     title="Vargas slams Peru border plan")  # fmt: skip
    assert ("Marta Vargas", "Peru") in directed(_head(facts), EventKind.CONFLICT)


def test_a_name_before_a_deed_denied_is_no_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Former Ghana Bank chief Grace Mensah told the court she knew nothing of "
                     "the false accounts.", title="Mensah denies Ghana bank fraud")  # fmt: skip
    assert not directed(_head(facts), EventKind.CONFLICT)
    facts = facts_of("The defence ministry in Santiago said no Chilean soldier had crossed.",
                     title="Chile denies Peru border raid")  # fmt: skip
    assert ("Chile", "Peru") not in directed(_head(facts), EventKind.CONFLICT)
    facts = facts_of("The defence ministry in Santiago said no Chilean soldier had crossed.",
                     title="Chile rejects Peru's claims")  # fmt: skip
    assert ("Chile", "Peru") in directed(_head(facts), EventKind.CONFLICT)


def test_a_body_stacked_before_what_it_says_is_who_says_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "Chilean Finance Minister Ana Ruiz said on Monday that the country would not cut spending."
    for title in ("Chile rejects IMF debt relief demands", "Chile dismisses IMF debt crisis warning"):
        facts = _head(facts_of(body, title=title))
        assert ("Chile", "International Monetary Fund") in directed(facts, EventKind.CONFLICT), title
