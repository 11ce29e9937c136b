"""A capital letter with a dot that ends a sentence is split from its dot, so the
next sentence starts there; an initial inside a name stays one token. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair, speakers


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale posted a video on X. He accused Labour of lying.",
        "Tom Hale answered his critics on X. They had accused him of lying.",
        "The party chose option B. It accused Labour of lying.",
    ],
)
def test_a_letter_that_ends_a_sentence_ends_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    letter = next(t for t in doc if len(t.text) == 1 and t.text.isupper())
    assert doc[letter.i + 1].text == "."
    assert doc[letter.i + 2].is_sent_start
    assert doc[letter.i + 2].pos_ == "PRON" or doc[letter.i + 2].lower_ == "it"
    assert not any("." in e.text for e in doc.ents)


def test_the_pronoun_after_it_speaks_for_the_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Tom Hale posted a video on X. He accused Labour of lying.")
    assert ("Tom Hale", "Labour") in directed(facts, EventKind.CONFLICT)
    facts = facts_of("Rita Vance wrote on X. She said the cuts were cruel.")
    assert speakers(facts) == {"Rita Vance"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Former president George W. Bush met Tony Reed in Dallas.", "George W. Bush"),
        ("Tom Hale met Ana J. Berg in Oslo.", "Ana J. Berg"),
        ("Tom Hale met Lydia B. Thornton in Oslo.", "Lydia B. Thornton"),
    ],
)
def test_an_initial_stays_in_its_name(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Tom Hale" if "Tom" in text else "Tony Reed", name) in met_pairs(facts_of(text))
