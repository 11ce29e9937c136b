"""The attribute rules found by index give what spaCy's Matcher gives."""

from __future__ import annotations

import pytest
import spacy

from kg.language.attribute_index import IndexedRules, install
from kg.language.nlp import prepare_text

# Sentences that reach every kind of rule of the English pipeline: tags alone,
# words with a tag (pronouns, "his"), two-word rules ("ain't", "y'all"), a
# regular expression ("nothin'"), dependency labels (auxiliaries, determiners),
# spaces and line breaks.
SENTENCES = [
    "His aides said she had not met them, and they ain't going back.",
    "Y'all know there's nothin' left to discuss,  the envoy told us.\n\nThat was that.",
    "Which talks were held? Those that the ministers had planned were cancelled.",
    "We'll see whether it's been done; I'm sure he'd have said so.",
    "The dining delegates dined at nine and were dining again by ten.",
]


def _matcher_matches(ruler, doc):  # type: ignore[no-untyped-def]
    return sorted(set(type(ruler).match(ruler, doc)))


def _annotations(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_index_finds_what_the_matcher_finds(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, IndexedRules)  # load_pipeline installed it
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner", "kg_entities"]):
        doc = nlp(prepare_text(text))
    found = ruler.match(doc)
    assert found == _matcher_matches(ruler, doc)
    assert found  # every token gets at least its tag's part of speech


def test_the_pipeline_annotates_as_with_the_matcher(nlp) -> None:  # type: ignore[no-untyped-def]
    ruler = nlp.get_pipe("attribute_ruler")
    text = prepare_text(" ".join(SENTENCES))
    indexed = _annotations(nlp(text))
    del ruler.match  # the class's own match: the Matcher
    try:
        plain = _annotations(nlp(text))
    finally:
        install(nlp)
    assert indexed == plain
    dined = next(t for t in indexed if t[0] == "dined")
    assert (dined[1], dined[4]) == ("VERB", "dine")  # kg's own rule (a lemma) applied too


def _blank_ruler():  # type: ignore[no-untyped-def]
    blank = spacy.blank("en")
    return blank, blank.add_pipe("attribute_ruler")


def test_rules_added_later_are_indexed() -> None:
    blank, ruler = _blank_ruler()
    ruler.add([[{"LOWER": "envoy"}]], {"LEMMA": "envoy"})
    assert install(blank)
    ruler.add([[{"LOWER": "talks"}, {"LOWER": "ended"}]], {"LEMMA": "talk"})
    doc = blank("The envoy said talks ended.")
    assert ruler.match(doc) == _matcher_matches(ruler, doc)
    assert [m[2:] for m in ruler.match(doc)] == [(1, 2), (3, 5)]


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "talks", "OP": "+"}],  # an operator
        [{"LENGTH": 5}],  # an attribute the index does not read
        [{}],  # any token
        [{"LOWER": {"FUZZY": "talks"}}],
    ],
)
def test_a_rule_the_index_cannot_read_keeps_the_matcher(pattern) -> None:  # type: ignore[no-untyped-def]
    blank, ruler = _blank_ruler()
    ruler.add([pattern], {"LEMMA": "x"})
    assert not install(blank)
    assert "match" not in vars(ruler)


def test_not_in_and_regex_tests() -> None:
    blank, ruler = _blank_ruler()
    ruler.add([[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], {"LEMMA": "nothing"})
    ruler.add([[{"LOWER": {"NOT_IN": ["the", "a"]}}, {"LOWER": "talks"}]], {"LEMMA": "x"})
    assert install(blank)
    doc = blank("Nothin' came of the talks, nor of new talks, nuthin.")
    found = ruler.match(doc)
    assert found == _matcher_matches(ruler, doc)
    assert [(m[0], m[2]) for m in found] == [(0, 0), (0, 11), (1, 8)]  # rule, start
