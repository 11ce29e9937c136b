"""A bare verb of freeing after the subject of a demand's clause is the clause's
verb, whatever the parser made of it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.subjunctive_verbs import repair_subjunctive_verbs
from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("Amnesty International demanded that Egypt free detained reporters.",
         ("Amnesty International", "Egypt")),
        ("Amnesty International demanded that Egypt release detained reporters.",
         ("Amnesty International", "Egypt")),
        ("The African Union demanded that the Malian junta free President Ali Ba and return "
         "to barracks.", ("African Union", "Malian junta")),
    ],
)  # fmt: skip
def test_the_demand_is_on_the_one_asked_to_free(facts_of, text: str, demand: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert demand in directed(facts, EventKind.CONFLICT)
    assert directed(facts, EventKind.COOPERATION) == set()  # the freeing is only wanted


def test_the_freed_one_is_no_target_and_has_no_title_of_free(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The African Union demanded that the Malian junta free President Ali Ba and return "
        "to barracks."
    )
    assert ("African Union", "Ali Ba") not in directed(facts, EventKind.CONFLICT)
    assert all("free" not in (r.role or "") for r in facts.relations)


def test_the_verb_takes_its_subject_and_object(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Amnesty International demanded that Egypt free detained reporters.")
    assert repair_subjunctive_verbs(doc) == 1
    free = doc[5]
    assert (free.pos_, free.dep_, free.head.lower_) == ("VERB", "ccomp", "demanded")
    assert {c.lower_: c.dep_ for c in free.children} == {
        "that": "mark",
        "egypt": "nsubj",
        "reporters": "dobj",
    }


@pytest.mark.parametrize(
    ("text", "freed"),
    [
        ("Amnesty International demanded that Ghana free reporters arrested last week.",
         "reporters"),
        ("The group demanded that Chile free activists jailed last year.", "activists"),
        ("Rights groups urged that Togo release students detained on Monday.", "students"),
    ],
)  # fmt: skip
def test_the_object_stops_before_a_reduced_relative(nlp, text: str, freed: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert repair_subjunctive_verbs(doc) == 1
    verb = next(t for t in doc if t.lower_ in {"free", "release"})
    assert [c.text for c in verb.children if c.dep_ == "dobj"] == [freed]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition demanded that elections be free and fair.",  # a verb before it
        "Germany insisted that Iran free its citizens.",  # read as a verb already
        "The United Nations said that Iran free of nuclear arms would be safer.",  # no demand
        "Chile demanded that Peru stay free of foreign troops.",
        "Amnesty demanded that Ghana's free press be protected.",  # a possessive before it
        "Exporters demanded that Peru's free trade zones remain open.",
        "Farmers demanded that EU free trade rules be scrapped.",  # a verb after the phrase
        "Farmers demanded that EU free trade rules remain in force.",
    ],
)
def test_other_clauses_keep_their_parse(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert repair_subjunctive_verbs(nlp(text)) == 0


def test_a_freeing_word_at_the_end_of_the_text_loses_no_article(facts_of) -> None:  # type: ignore[no-untyped-def]
    for text in ("Amnesty demanded that Egypt free", "The groups urged that Iran release"):
        facts = facts_of(text, title="")  # no full stop, no headline after it
        assert facts.sentences and facts.sentences[0].text == text
