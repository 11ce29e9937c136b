"""Which token names which actor in one article: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.actors import resolve_actors
from kg.language.mentions import find_mentions
from tests.helpers import met_pairs, pair


def _actors(nlp, text: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return doc, resolve_actors(doc, find_mentions(doc), scope="test")


def test_a_title_word_and_the_name_map_to_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, actors = _actors(nlp, "Foreign Minister Ana Ruiz met Tomas Lind in Oslo.")
    ruiz = next(t.i for t in doc if t.text == "Ruiz")
    assert actors.at(ruiz) is not None and actors.at(ruiz).startswith("person/")
    assert actors.mention_at(ruiz) is not None
    assert actors.phrase_owner(next(t.i for t in doc if t.text == "Minister")) == actors.at(ruiz)


def test_the_two_leaders_stand_for_the_pair_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, actors = _actors(
        nlp,
        "Chancellor Otto Brandt and his Irish counterpart Sean Daly spoke on Monday. "
        "The two leaders met in Dublin on Tuesday.",
    )
    leaders = next(t.i for t in doc if t.text == "leaders")
    assert len(actors.plural_at(leaders)) == 2
    assert actors.plural_at(0) == ()


def test_a_word_that_names_nobody_has_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, actors = _actors(nlp, "Ana Ruiz met Tomas Lind in Oslo.")
    met = next(t.i for t in doc if t.text == "met")
    assert actors.at(met) is None and actors.mention_at(met) is None


def test_an_unnamed_junta_is_its_own_storys(nlp) -> None:  # type: ignore[no-untyped-def]
    """Another story's junta is another country's: a junta no name or country
    qualifies belongs to its article, as "the rebels" do; a qualified one does not."""
    doc, actors = _actors(nlp, "The junta expelled the envoy. Chile's junta closed the border.")
    bare, qualified = (actors.at(t.i) for t in doc if t.text == "junta")
    assert bare is not None and bare.endswith("-test")
    assert qualified is not None and not qualified.endswith("-test")


def test_an_unnamed_group_opening_a_sentence_is_its_own_storys(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Rebels" opening a sentence is tagged a proper noun by its capital; it is
    the story's rebels as "the rebels" are, while a named group stays itself."""
    for text in ("Rebels shelled the port on Monday.", "Militants attacked the embassy.",
                 "Insurgents ambushed a convoy near the border."):  # fmt: skip
        doc, actors = _actors(nlp, text)
        key = actors.at(0)
        assert key is not None and key.endswith("-test"), (text, key)
    doc, actors = _actors(nlp, "Kurdish rebels shelled the port on Monday.")
    key = actors.at(next(t.i for t in doc if t.text == "rebels"))
    assert key is not None and not key.endswith("-test")


def test_a_title_phrase_never_owns_another_persons_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "A and B, both former ministers,": the phrase of A's title runs over B's
    name, which stays B's (no one's, or B's own shared title)."""
    doc, actors = _actors(nlp, "Hana Kovac and Milan Novak, both former prime ministers, met.")
    novak = next(t.i for t in doc if t.text == "Novak")
    assert actors.phrase_owner(novak) in {None, "person/milan-novak"}


@pytest.mark.parametrize(
    "text",
    [
        "Hana Kovac and Milan Novak, both former prime ministers, met in Zagreb on Friday.",
        "Hana Kovac and Milan Novak, both former foreign ministers, held talks in Zagreb.",
        "Hana Kovac and Milan Novak, both former prime ministers, spoke by phone on Friday.",
    ],
)
def test_two_names_sharing_a_title_are_two_parties(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Hana Kovac", "Milan Novak") in met_pairs(facts_of(text))


def test_a_name_inside_anothers_title_is_no_party_of_the_first(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of("Ann Lee, an aide to President Tom Hart, met Bo Chen."))
    assert pair("Ann Lee", "Bo Chen") in pairs and pair("Tom Hart", "Bo Chen") not in pairs


def test_a_name_inside_a_title_stays_the_titles(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "A, regional director for software maker Electronic Arts, told ...": a body inside
    A's title, which the model tags as a person, is the post's, no second person."""
    doc, actors = _actors(
        nlp, "Tom Vale, regional director for software maker Electronic Arts, told reporters."
    )
    arts = next(t.i for t in doc if t.text == "Arts")
    assert actors.phrase_owner(arts) == "person/tom-vale"
