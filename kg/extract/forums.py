"""A name compounded before an act's noun is whose act it is ("US criticism of X"),
except the body a complaint or case is brought to, which is where, not who.

"Canada lodged a WTO complaint against Russia", "an ICJ case against X": the WTO and
the International Court of Justice hear the complaint; the one who lodges it is the
subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

# bodies states bring complaints and cases to, and what is lodged there
_FORUMS = frozenset({"org/WTO", "org/ICJ"})
_LODGED = frozenset({"complaint", "case", "challenge", "petition"})


def lodged_in(noun: Token, key: str) -> bool:
    """The body a complaint or case compounded with it is lodged in: "a WTO complaint"."""
    return key in _FORUMS and noun.lemma_.lower() in _LODGED


def compounded(ctx: Context, noun: Token) -> list[str]:
    """A body or country right before the noun ("US criticism"), not one deeper in a
    chain of nouns ("a Commons committee human rights report"), nor the forum a
    complaint or case is lodged in ("lodged a WTO complaint against X": where, not who)."""
    found = [g.actor_of(ctx, c) for c in noun.children if c.dep_ in {"compound", "nmod"}]
    return [k for k in dict.fromkeys(found) if k and not k.startswith("place/")
            and not lodged_in(noun, k)]  # fmt: skip
