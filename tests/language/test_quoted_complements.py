"""A quoted label after the thing a verb of naming names is what the speaker said of
it (kg.language.quoted_complements): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.quoted_complements import repair_quoted_complements
from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Senator Mia Holt called the study 'nonsense'.", "Mia Holt"),
        ("The opposition leader, Tom Berg, branded the budget 'theft'.", "Tom Berg"),
        ("Minister Kurt Lind labelled the claims 'propaganda' on Friday.", "Kurt Lind"),
        ('Ana Lusk called the deal "robbery" on Sunday.', "Ana Lusk"),
    ],
)
def test_a_quoted_label_is_said_by_who_gave_it(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


def test_the_named_thing_becomes_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Senator Mia Holt called the study 'nonsense'.")
    repair_quoted_complements(doc)
    study = next(t for t in doc if t.text == "study")
    label = next(t for t in doc if t.text == "nonsense")
    assert (study.dep_, study.head.lemma_) == ("dobj", "call")
    assert label.dep_ == "oprd"


@pytest.mark.parametrize(
    "text",
    [
        "He read the report 'Fiction' to the class.",  # no verb of naming
        "The minister's 'reform' plan was dropped.",  # a quoted word inside a noun phrase
    ],
)
def test_no_label_without_a_verb_of_naming(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert repair_quoted_complements(nlp(text)) == 0


@pytest.mark.parametrize(
    ("text", "thing", "label"),
    [
        ("Governor Rita Moss called the ruling 'unacceptable'.", "ruling", "unacceptable"),
        ("Governor Rita Moss called the ban unacceptable.", "ban", "unacceptable"),
        ("Mayor Dan Crowe described the plan 'reckless' on Monday.", "plan", "reckless"),
        ("Mayor Dan Crowe called her accusations 'lies'.", "accusations", "lies"),
    ],
)
def test_a_late_adjective_or_a_mark_after_a_plural_is_the_label(nlp, text, thing, label) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    repair_quoted_complements(doc)
    t = next(t for t in doc if t.text == thing)
    lab = next(t for t in doc if t.text == label)
    assert (t.dep_, t.head.lemma_) == ("dobj", "call" if "call" in text else "describe")
    assert lab.dep_ == "oprd" and lab.head.i == t.head.i


def test_a_real_possessive_of_a_plural_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Mayor Dan Crowe called the workers' strike a disgrace.")
    repair_quoted_complements(doc)
    workers = next(t for t in doc if t.text == "workers")
    assert workers.dep_ != "dobj"


def test_the_article_of_a_noun_read_as_the_labels_goes_with_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    # "called [the ruling absurd]": the parser hangs "the" on the adjective
    doc = nlp("Peru called the ruling absurd.")
    repair_quoted_complements(doc)
    ruling = next(t for t in doc if t.text == "ruling")
    assert [c.lower_ for c in ruling.children if c.dep_ == "det"] == ["the"]
