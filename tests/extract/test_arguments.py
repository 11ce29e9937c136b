"""Arguments of verbs in the parse: sentences written for these tests."""

from __future__ import annotations

from kg.extract import arguments as a


def _verb(doc, lemma):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.lemma_ == lemma and t.pos_ == "VERB")


def test_subjects_and_passive_agents(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile and Peru met in Lima.")
    subject = a.subjects(_verb(doc, "meet"))
    assert [t.text for t in subject] == ["Chile"]  # the head: its conjuncts follow from it
    assert [t.text for t in subject[0].conjuncts] == ["Peru"]
    doc = nlp("Bolivia was criticised by Chile.")
    verb = _verb(doc, "criticise")
    assert a.is_passive(verb) and [t.text for t in a.agents(verb)] == ["Chile"]


def test_objects_of_prepositions(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile clashed with Peru over fishing.")
    verb = _verb(doc, "clash")
    assert [t.text for t in a.prep_objects(verb, {"with"})] == ["Peru"]
    assert [t.text for t in a.prep_objects(verb, {"over"})] == ["fishing"]
    assert a.prep_objects(verb, {"against"}) == []


def test_participles_that_modify_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The truce brokered by Qatar held, and the talks planned for May were cancelled.")
    truce = next(t for t in doc if t.lower_ == "truce")
    talks = next(t for t in doc if t.lower_ == "talks")
    assert [t.text for t in a.participles(truce)] == ["brokered"]
    assert [t.text for t in a.participles(talks)] == ["planned"]
    assert a.participles(next(t for t in doc if t.lower_ == "qatar")) == []


def test_who_joins_someone_in_an_act_does_it_with_them(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, lemma in [
        ("France joined Germany in condemning Russia.", "condemn"),
        ("Chile joined Peru in criticising the plan.", "criticise"),
        ("Kenya joined Uganda in backing the deal.", "back"),
    ]:
        verb = _verb(nlp(text), lemma)
        assert len(a.subjects(verb)) == 2, text
    doc = nlp("After meeting Peru, Chile said the talks went well.")
    assert [t.text for t in a.subjects(_verb(doc, "meet"))] == ["Chile"]  # no object joined
