"""The tokens coordinated with an argument (kg.extract.coordination), in sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.arguments import subjects
from kg.extract.coordination import companions_at, conjuncts, shared_demonyms
from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Chad, Niger and Mali met in Niamey.", ["Chad", "Niger", "Mali"]),
        ("Chile plus Peru met in Lima.", ["Chile", "Peru"]),
        ("Kenya, together with Uganda, met in Kampala.", ["Kenya", "Uganda"]),
    ],
)
def test_coordinated_subjects(nlp, text: str, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    verb = next(t for t in nlp(text) if t.lemma_ == "meet")
    assert [t.text for s in subjects(verb) for t in conjuncts(s)] == names


def test_set_aside_is_no_conjunct(nlp) -> None:  # type: ignore[no-untyped-def]
    verb = next(t for t in nlp("Chile, instead of Peru, met Bolivia.") if t.lemma_ == "meet")
    assert [t.text for s in subjects(verb) for t in conjuncts(s)] == ["Chile"]


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("Polish media and government criticised Belarus over the border.", True),
        ("Polish newspapers and diplomats criticised Belarus over the border.", True),
        ("Polish media and officials condemned Belarus after the raid.", True),
        # the second noun has words of its own, or there is no second noun
        ("Polish media and the government criticised Belarus over the border.", False),
        ("Polish media and its editors criticised Belarus over the border.", False),
        ("Polish media criticised Belarus over the border.", False),
    ],
)
def test_a_bare_second_noun_shares_the_demonym(facts_of, text: str, shared: bool) -> None:  # type: ignore[no-untyped-def]
    assert (("Poland", "Belarus") in directed(facts_of(text), EventKind.CONFLICT)) is shared


def test_shared_demonyms_only_for_a_bare_conjunct(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Polish media and government criticised Belarus.")
    assert [t.text for t in shared_demonyms(doc[3])] == ["Polish"]
    assert shared_demonyms(doc[1]) == []  # the first noun has its own


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile fought alongside Peru against Bolivia.", ("Peru", "Bolivia")),
        ("Ghana condemned Benin, alongside Togo and Niger.", ("Niger", "Benin")),
        ("Kenya criticised Sudan, together with Uganda.", ("Uganda", "Sudan")),
        ("Chile protested, along with Peru, against Bolivia's move.", ("Peru", "Bolivia")),
    ],
)
def test_one_named_alongside_after_the_verb_acts_too(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # right after an object, one more of those done to, maybe
        ("The minister praised Chile alongside Peru.", ("Peru", "Chile")),
        ("Chile listed Peru alongside Bolivia as a sponsor of terrorism.", ("Bolivia", "Peru")),
        ("Kenya accused Sudan along with Ethiopia of backing the rebels.", ("Ethiopia", "Sudan")),
        ("Chile, unlike Peru, fought alongside Bolivia against Brazil.", ("Peru", "Brazil")),
    ],
)
def test_no_doer_right_after_an_object(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair not in directed(facts, EventKind.CONFLICT)
    assert pair not in directed(facts, EventKind.COOPERATION)


def test_companions_at_reads_each_along_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Malawi fought together with Zambia and Angola against Chad.")
    assert [t.text for t in companions_at(doc[3])] == ["Zambia", "Angola"]
