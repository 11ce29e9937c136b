"""A bare label after the thing a verb of naming names is said of that thing
(kg.language.bare_labels): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.bare_labels import repair_bare_labels
from kg.records import EventKind
from tests.helpers import speakers


def _criticised(facts) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        (names[a], names[t])
        for e in facts.events
        if e.kind is EventKind.CONFLICT and e.cameo == "111" and e.factual
        for a in e.actors("agent")
        for t in e.actors("target")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Argentine police arrested three Chilean fishermen. Chile called the arrests "
         "kidnapping.", ("Chile", "Argentina")),
        ("Turkey shelled villages in northern Syria. Syria called the shelling aggression.",
         ("Syria", "Turkey")),
        ("Turkey shelled villages in northern Syria. Syria called the shelling a war crime.",
         ("Syria", "Turkey")),
        ("Serbia expelled four Croatian journalists. Croatia labelled the expulsions "
         "harassment.", ("Croatia", "Serbia")),
        ("Chile called Argentina's arrest of the fishermen kidnapping.", ("Chile", "Argentina")),
        ("Ghana branded Togo's seizure of the tanker piracy.", ("Ghana", "Togo")),
        ("Egypt branded the bombing of its embassy by Libya terrorism.", ("Egypt", "Libya")),
    ],
)  # fmt: skip
def test_a_bare_label_names_the_act_before_it(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _criticised(facts_of(text))


def test_the_thing_becomes_the_object_and_the_label_its_complement(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile called the arrests kidnapping.")
    assert repair_bare_labels(doc) == 1
    arrests = next(t for t in doc if t.text == "arrests")
    label = next(t for t in doc if t.text == "kidnapping")
    assert (arrests.dep_, arrests.head.lemma_) == ("dobj", "call")
    assert (label.dep_, label.head.lemma_) == ("oprd", "call")
    assert next(t for t in doc if t.text == "the").head.i == arrests.i


@pytest.mark.parametrize(
    "text",
    [
        "Peru described the war crimes in detail.",  # one noun phrase, and no naming verb
        "Chile called the war crime trial a farce.",  # "war crime" is a compound
        "Chile called the arrests illegal.",  # read right already
        "Chile called the arrests an act of kidnapping.",  # read right already
        "The envoy called the foreign minister.",  # no label
        # a name before a label with its own determiner: an event of that name, no thing
        "Peru's president called the relatives of the Tumbes massacre.",
        "The minister called the survivors of the Marsabit attack.",
    ],
)
def test_nothing_to_mend(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert repair_bare_labels(nlp(text)) == 0


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chilean police arrested three Peruvian smugglers. Chile called the arrests "
         "a necessity.", ("Chile", "Peru")),  # no label that condemns
        ("Chilean police arrested three Peruvian smugglers. Chile later called the arrests "
         "harassment.", ("Chile", "Peru")),  # its own act
        ("Floods hit Chile. Peru called the weather terrorism.", ("Peru", "Chile")),  # no doer
        ("Argentine police arrested three Chilean fishermen. Chile did not call the arrests "
         "kidnapping.", ("Chile", "Argentina")),  # denied
        ("Argentine police may arrest Chilean fishermen. Chile called the arrests kidnapping.",
         ("Chile", "Argentina")),  # not told as done
    ],
)  # fmt: skip
def test_no_criticism_of_an_own_act_a_deed_of_no_one_or_no_label(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair not in _criticised(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Peru's president called the relatives of the Tumbes massacre.",
        "Chile's envoy called the families of the Iquique attack.",
    ],
)
def test_a_call_to_the_kin_of_a_named_event_says_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not speakers(facts) and not _criticised(facts)
