"""A lone head noun the model tags as a name is a description of a body named before."""

from __future__ import annotations

from spacy.tokens import Span

from kg.language.head_nouns import BODY_HEADS, head_noun_name


def test_the_head_nouns_are_read_from_data() -> None:
    assert {"court", "assembly", "senate"} <= BODY_HEADS


def test_a_lower_case_head_after_the_is_a_description(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("On Monday the senate passed the bill.")
    assert head_noun_name(Span(doc, 3, 4, label="ORG"))


def test_a_capitalised_name_or_one_without_the_is_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("On Monday the Senate passed the bill, and its senate agreed.")
    assert not head_noun_name(Span(doc, 3, 4, label="ORG"))
    assert not head_noun_name(Span(doc, 10, 11, label="ORG"))


def test_a_court_of_a_country_is_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Later the supreme court of Belarus upheld the verdict.")
    assert not head_noun_name(Span(doc, 2, 4, label="ORG"))
