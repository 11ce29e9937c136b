"""Names of the East Asian kind after a title, which the small model cuts: "Speaker
Han Ji-won", "Governor Park Soo-bin" (for :func:`kg.language.person_spans.titled_people`).

A given name of two syllables joined by a hyphen, the second in lower case, is one
word of the name ("Ji-won"), not a dash between two names; and a surname the model
took for a people's name ("Han", as the Han Chinese) right after a capitalised title
is the name's first word, when the gazetteer knows no such people.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.language.lexicon import TITLE_WORDS
from kg.language.token_table import Story, TokenTable


def misread_given_name(w: TokenTable, span: Span, story: Story) -> bool:
    """A name's first word right after a capitalised title that the model took for
    a nationality: the "Han" of "Speaker Han Ji-won" (no demonym the gazetteer
    knows: "President Chinese" is none)."""
    k = span.start
    return bool(
        span.label_ == "NORP"
        and len(span) == 1
        and k > 0
        and w.title[k - 1]
        and w.lower[k - 1] in TITLE_WORDS
        and story.demonym(w.text[k]) is None
    )


def hyphened_syllable(w: TokenTable, k: int) -> bool:
    """Whether token ``k`` is a dash joining a capitalised word to a lower-case
    syllable with no space, the second half of a given name ("Ji-won", "Soo-bin")."""
    return (
        w.text[k] == "-"
        and k + 1 < len(w.text)
        and not w.spaced[k - 1]
        and not w.spaced[k]
        and bool(w.title[k - 1] and w.alpha[k + 1] and w.text[k + 1].islower())
        and len(w.text[k + 1]) <= 4
    )
