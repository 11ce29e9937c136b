"""A headline's surnames read as the body's people: "Lind criticises Ruiz over budget"."""

from __future__ import annotations

from dataclasses import replace

from helpers import directed, met_pairs, pair

from kg.language.headline_surnames import body_people
from kg.records import EventKind


def _head(facts):  # type: ignore[no-untyped-def]
    """The facts told in the headline only."""
    heads = {s.index for s in facts.sentences if s.headline}
    return replace(facts, events=tuple(e for e in facts.events if e.evidence.sentence in heads),
                   relations=())  # fmt: skip


def test_a_surname_is_one_full_name_of_the_body() -> None:
    people = body_people([["Tomas Lind", "Tomas Lind"], ["Ana Ruiz", "Carlos Ruiz", "Okafor"]])
    assert people == {"Lind": "Tomas Lind"}  # two Ruizes: neither; one word: no full name


def test_surnames_the_model_misreads_are_the_bodys_people(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = ("Finance Minister Tomas Lind spoke in parliament on Monday. "
            "Opposition leader Ana Ruiz presented her budget plan last week.")  # fmt: skip
    for title in ("Lind criticises Ruiz over budget", "Lind launches attack on Ruiz"):
        facts = _head(facts_of(body, title=title))
        assert ("Tomas Lind", "Ana Ruiz") in directed(facts, EventKind.CONFLICT), title
    body = "Ana Ruiz, a Peruvian senator, said the budget in Santiago was reckless."
    for title in ("Ruiz blasts Chile spending plans", "Ruiz slams Chile over arms deal",
                  "Ruiz attacks Chile's plan"):  # fmt: skip
        facts = _head(facts_of(body, title=title))
        assert ("Ana Ruiz", "Chile") in directed(facts, EventKind.CONFLICT), title
    body = ("Bolivian Interior Minister Marta Vargas arrived in Lima on Sunday. "
            "Ruth Haldane is Britain's development secretary.")  # fmt: skip
    facts = _head(facts_of(body, title="Vargas meets Haldane in Lima"))
    assert pair("Marta Vargas", "Ruth Haldane") in met_pairs(facts)


def test_the_headline_keeps_its_own_words_and_offsets(facts_of) -> None:  # type: ignore[no-untyped-def]
    title = "Lind criticises Ruiz over budget"
    body = "Finance Minister Tomas Lind spoke on Monday. Ana Ruiz presented her budget."
    facts = facts_of(body, title=title)
    [sentence] = [s for s in facts.sentences if s.headline]
    assert sentence.text == title and (sentence.start, sentence.end) == (0, len(title))
    [event] = [e for e in _head(facts).events if e.kind is EventKind.CONFLICT]
    assert 0 <= event.evidence.start < event.evidence.end <= len(title)


def test_a_surname_two_people_share_or_none_has_is_left_alone(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = ("Finance Minister Tomas Lind spoke in parliament on Monday. "
            "Ana Ruiz and her brother Carlos Ruiz run the opposition.")  # fmt: skip
    facts = _head(facts_of(body, title="Lind criticises Ruiz over budget"))
    targets = {b for _, b in directed(facts, EventKind.CONFLICT, factual_only=False)}
    assert not targets & {"Ana Ruiz", "Carlos Ruiz"}
    facts = _head(facts_of("Finance Minister Tomas Lind spoke on Monday.",
                           title="Lind criticises Ruiz over budget"))  # fmt: skip
    targets = {b for _, b in directed(facts, EventKind.CONFLICT, factual_only=False)}
    assert "Ana Ruiz" not in targets


def test_a_month_or_a_word_of_a_longer_name_is_no_surname(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The White House on Monday condemned Peru. Chilean Foreign Minister Ana "
                     "White welcomed the statement.", title="White House condemns Peru over raid")  # fmt: skip
    assert ("United States", "Peru") in directed(_head(facts), EventKind.CONFLICT)
    facts = facts_of("British Prime Minister Theresa May said on Monday she would meet the "
                     "German chancellor.", title="Merkel talks set for May")  # fmt: skip
    names = {a.key: a.name for a in facts.actors}
    head = _head(facts)
    assert "Theresa May" not in {names.get(p.actor) for e in head.events for p in e.participants}
