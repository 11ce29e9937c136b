"""The head nouns a body is called by once named ("the assembly", "the court"), and a
lone head noun the model tagged as a name ("the senate"), which is such a description,
not a name (for :mod:`kg.language.mentions`; the reference back is found by
:mod:`kg.language.body_heads`). The nouns are data (``data/body-heads.txt``)."""

from __future__ import annotations

from spacy.tokens import Span

from kg.language.lexicon import listed_words

WORDS = listed_words("body-heads.txt")
BODY_HEADS = WORDS["heads"]


def head_noun_name(ent: Span) -> bool:
    """A name the model tagged that is only such a description after "the": "the
    senate", "the national assembly" (not "Belarus's supreme court" nor "the supreme
    court of Belarus", a body named by its country)."""
    words = ent.text.split()
    return (
        ent.text.islower()
        and words[-1] in BODY_HEADS
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ == "the"
        and not any(c.dep_ == "prep" and c.lower_ in {"of", "in"} for c in ent[-1].children)
    )
