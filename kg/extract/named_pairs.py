"""A short sentence of two names with a past verb between them: "Bolivia snubbed
Paraguay at the summit", "Peru rebuked Chile on Monday". The parser can read the
verb as a modifier of the second name and the first name as a part of it, one noun
phrase with no verb ("Bolivia snubbed Paraguay" as "a snubbed Paraguay"). When the
second name heads its sentence, the first is a name of its own joined to it and
the verb between them is a trigger verb, the verb is the sentence's root, the first
name its subject and the second its object."""

from __future__ import annotations

from spacy.tokens import Token


def verb_between_names(verb: Token, base: str, verbs: frozenset[str]) -> None:
    """Mend ``verb`` (a past form the parser hung on the next word as a modifier,
    or tagged as an adjective) when it stands between two names as described
    above; ``base`` is its verb's lemma, ``verbs`` the trigger verbs."""
    noun = verb.head
    if base not in verbs or not verb.is_lower or not verb.lower_.endswith("ed"):
        return
    if noun.i != verb.i + 1:
        return
    if noun.dep_ != "ROOT" or noun.pos_ != "PROPN" or not noun.ent_type_:
        return
    subject = next((c for c in noun.children if c.dep_ == "compound" and c.i == verb.i - 1), None)
    if subject is None or subject.pos_ != "PROPN" or not subject.ent_type_:
        return
    if subject.ent_iob_ == "I" and subject.nbor().ent_iob_ == "I":
        return  # one name across the verb (never so when the verb is no name)
    after = [c for c in noun.children if c.i > noun.i]
    verb.head, verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = verb, "ROOT", "VERB", "VBD", base
    noun.head, noun.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    for c in after:  # "at the summit", the full stop: the verb's
        c.head = verb
