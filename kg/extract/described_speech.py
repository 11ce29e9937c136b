"""A saying named only to describe a thing inside what another speaker says.

"The reforms proposed by X were a mistake, she said", "She said the cuts announced
by X had failed", "The plan, proposed by X in May, is unworkable, Y said": the
participle with its by-phrase says which reforms, cuts or plan the speaker means;
the speaker tells of them, and X says nothing in that sentence (X stays a topic of
what is said). Not a passive verb of its own clause ("she said the cuts had been
announced by X", a saying she reports, read as a cited source like "she said X
announced the cuts"), nor a participle outside any reported clause ("The tax
proposed by X was rejected": X proposed it).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.hearsay import reporting_verb

# How a participle hangs on the noun it describes.
_DESCRIBING = frozenset({"acl", "amod"})


def described_in_report(verb: Token) -> bool:
    """Whether the speech verb ``verb`` is a bare participle describing a noun
    inside a clause another speech verb reports."""
    if verb.tag_ != "VBN" or verb.dep_ not in _DESCRIBING:
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    if not g.agents(verb):
        return False
    noun = verb.head
    return noun.i != verb.i and reporting_verb(noun) is not None
