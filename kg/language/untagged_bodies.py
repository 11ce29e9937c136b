"""A body's one-word name the model left untagged before its head's post and name.

News writes the head of a firm or an agency as its name, the post and the holder's
name: "Velmora chief executive Ana Ruiz", "Astrakosm head Ivo Marsh". The small model
often tags the person and leaves the body's one-word name untagged (or tags it as an
adjective). A capitalised word that no span holds, that is no English word, no given
name, no place, people or known actor, and stands right before the post of a named
person is that body's name ("Police chief Ana Ruiz" is a common noun's; "Labour
leader X" is tagged already). So is such a word with a word firms are called by
after it: "Halbrook Advisors founder Owen Tallis" ("Advisors", "Pharma").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from kg.language.body_titles import short_bodies_before_posts
from kg.language.body_words import COMPANY_WORDS
from kg.language.given_names import given_names
from kg.language.lexicon import PORTFOLIO_WORDS, TITLE_WORDS
from kg.language.titled_bodies import body_spans
from kg.language.token_table import Story
from kg.language.topic_bodies import topic_bodies

# The head's posts in a firm or an agency: "head", "chief executive", "boss".
_HEAD_POSTS = frozenset(
    "head chief boss chairman chairwoman executive director leader secretary-general founder".split()
)
# Words before the post word that are part of the post: "chief executive".
_POST_OPENERS = frozenset("chief managing deputy".split())


def bodies_before_posts(
    doc: Doc, spans: list[Span], story: Story, words: frozenset[str]
) -> Iterable[Span]:
    """ORG spans for the untagged one-word names before a named person's post:
    "Velmora" of "Velmora chief executive Ana Ruiz said"; ``words`` are the English
    words (never a body's name alone: "Police chief Ana Ruiz")."""
    short = list(short_bodies_before_posts(doc, spans))  # "Front chief X" after "Unity Front"
    short += body_spans(doc, spans, story)  # "Ghanaian Navy chief X", "ECOWAS Commission head X"
    short += topic_bodies(doc, [*spans, *short])  # "Committee on Fisheries chair X"
    yield from short
    covered = {i for s in [*spans, *short] for i in range(s.start, s.end)}
    for person in spans:
        if person.label_ != "PERSON" or person.start < 2:
            continue
        post = person.start - 1
        if post > 1 and doc[post].lower_ == "general" and doc[post - 1].lower_ == "secretary":
            post -= 1  # "Junts secretary general X": the body's secretary-general
        elif doc[post].lower_ not in _HEAD_POSTS:
            continue
        if post > 1 and doc[post - 1].lower_ in _POST_OPENERS:
            post -= 1
        i = post - 1
        if _firm_word(doc, i) and i - 1 not in covered and _name_word(doc, i - 1, words):
            i -= 1  # "Halbrook Advisors founder X": a name and a word firms are called by
            post = i + 2
        if i in covered or not _name_word(doc, i, words):
            continue
        if i > 0 and not doc[i].is_sent_start and doc[i - 1].is_title:
            continue  # one word alone: not the last word of a longer name
        if doc[post].lower_ == "leader" and i > 0 and (i - 1 in covered or doc[i - 1].is_upper):
            continue  # "Plaid Senedd leader X": the party's leader in a house
        text = doc[i:post].text
        if story.lookup(text) or story.is_place(doc[i].text) or story.demonym(doc[i].text):
            continue
        yield Span(doc, i, post, label="ORG")


def _firm_word(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a capitalised word firms are called by that ends a name
    ("Advisors", "Pharma"; body_words.COMPANY_WORDS)."""
    return i > 0 and doc[i].is_title and doc[i].lower_ in COMPANY_WORDS


def _name_word(doc: Doc, i: int, words: frozenset[str]) -> bool:
    """``doc[i]`` may be a body's name: capitalised letters, no English word, no
    given name, no title or portfolio word."""
    t = doc[i]
    low = t.lower_
    return (
        t.is_alpha
        and t.text[:1].isupper()
        and len(t.text) > 2
        and t.pos_ in {"PROPN", "ADJ", "NOUN"}
        and low not in words
        and low not in given_names()
        and low not in TITLE_WORDS
        and low not in PORTFOLIO_WORDS
    )
