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


def told_over(participle: Token) -> Token | None:
    """The verb of saying whose told clause a participle is hung on ("X said that the
    talks had failed, accusing Y of stalling", "X told reporters the deal was dead,
    blaming Y"): its subject acts when the told clause's own subject names no one."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i == 0:
        return None
    if participle.left_edge.i == 0 or participle.doc[participle.left_edge.i - 1].text != ",":
        return None  # set off by a comma: the speaker's addition, not the clause's manner
    told = participle.head
    while told.dep_ == "conj" and told.head.i < told.i:
        told = told.head
    said = told.head
    if told.dep_ != "ccomp" or said.lemma_ not in SPEECH_VERBS or said.i > told.i:
        return None
    return said


def aside_host(verb: Token, prep: Token) -> Token:
    """The clause a verb of saying is set into as an aside ("Y met X on Monday, the
    ministry said, days after ..."): what hangs on the aside after it belongs to that
    clause. Any other verb is its own host, and so is the aside for what is yet to
    come ("..., officials said, days before meeting Z": whether it happened, unsaid)."""
    if prep.lower_ in {"before", "until", "ahead"} or not _set_off(verb, prep):
        return verb  # "..., Y said on Monday after meeting Z": Y met Z
    if (
        verb.dep_ in {"parataxis", "advcl"}
        and verb.lemma_ in SPEECH_VERBS
        and "," in {verb.left_edge.text, verb.doc[max(verb.left_edge.i - 1, 0)].text}
        and verb.head.i < verb.i
        and verb.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"ccomp", "dobj"} for c in verb.children)
    ):
        return verb.head
    if verb.lemma_ in SPEECH_VERBS and verb.dep_ == "ROOT":  # "Y met X, officials said, ..."
        told = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        if told and "," in {verb.left_edge.text, verb.doc[told[-1].right_edge.i + 1].text}:
            return told[-1]
    return verb


def _set_off(verb: Token, prep: Token) -> bool:
    """Whether a comma parts the adjunct holding ``prep`` from the verb it hangs on
    ("..., officials said, days after ..."): only then can it belong to the told clause."""
    adjunct = prep
    while adjunct.head.i != verb.i and adjunct.head.i != adjunct.i:
        adjunct = adjunct.head
    start = adjunct.left_edge.i
    return start > 0 and verb.doc[start - 1].text == ","


def phrase_start(participle: Token) -> Token:
    """The first word of a participle's phrase: "having" of a perfect participle
    ("Having met in Rome, A and B signed"), else the participle."""
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    perfect = participle.tag_ == "VBN" and before is not None and before.lower_ == "having"
    return (
        before if perfect and before is not None and before.head.i == participle.i else participle
    )
