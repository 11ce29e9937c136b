"""Participles whose subject the parse hides.

* Fronted participles the tagger takes for adjectives: "Armed and trained by Iran,
  X ...". The second participle shares the first's subject (the main clause's) and
  is passive like it.
* A participle after a speaker set in the middle of a quote ("The deal would bring
  stability, X said, warning Y against any delay"): the parser hangs the speaker's
  "said" on the quoted clause and the participle too, but it is the speaker's.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.event_words import SPEECH_VERBS


def fronted_adjective(token: Token) -> bool:
    """A fronted participle tagged as an adjective: "Armed (and trained) by Iran, X
    ...", "Sheltered and funded by Y, X ..."."""
    return token.tag_ == "JJ" and token.dep_ == "advcl" and token.lower_.endswith("ed")


def said_aside(participle: Token) -> Token | None:
    """The verb of saying set between a quoted clause and a participle hung on that
    clause ("..., X said, warning Y ..."): its subject is the participle's."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return None
    said = [c for c in participle.head.children if c.dep_ == "parataxis"
            and c.lemma_ in SPEECH_VERBS and c.i < participle.i
            and any(s.dep_ == "nsubj" for s in c.children)]  # fmt: skip
    return said[-1] if said else None


def phrase_start(participle: Token) -> Token:
    """The first word of a participle's phrase: "having" of a perfect participle
    ("Having met in Rome, A and B signed"), else the participle."""
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    perfect = participle.tag_ == "VBN" and before is not None and before.lower_ == "having"
    return (
        before if perfect and before is not None and before.head.i == participle.i else participle
    )
