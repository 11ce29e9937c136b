"""The last earlier noun with a lemma, from the document's nouns by lemma, is the
one walking back token by token found (kg.extract.earlier_nouns, for the act
nouns' "the sanctions" told before): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.base import Context
from kg.extract.earlier_nouns import last_noun_before
from kg.language.actors import resolve_actors
from kg.language.mentions import find_mentions

TEXTS = [
    "The EU imposed sanctions on Iran. Tehran condemned the sanctions. "
    "Peru proposed a plan and Chile rejected the plan. The sanctions stayed.",
    "Chile proposed a plan. Peru rejected the plan. Bolivia drew up plans of its own, "
    "and the plans were welcomed. Sanctions were imposed by the EU on Monday.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_last_noun_before_is_what_the_walk_back_found(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    ctx = Context("test", doc, resolve_actors(doc, find_mentions(doc)))
    lemmas = {t.lemma_ for t in doc} | {"nothing"}
    found = 0
    for end in range(len(doc) + 1):
        for lemma in lemmas:
            walked = next(
                (e for e in reversed(doc[:end]) if e.lemma_ == lemma and e.pos_ == "NOUN"), None
            )
            got = last_noun_before(ctx, lemma, end)
            assert (got.i if got is not None else None) == (walked.i if walked else None)
            found += got is not None
    assert found
