"""The other side of a meeting between two: whom a person's name meets ("I" or "we"
in a quote meets for its speaker), so that a name the model missed there is a
person's (:func:`kg.language.person_spans.coordinated_people`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.contact_words import BY_CONTACT_NOUNS, PERSON_MEETING_NOUNS, PERSON_MEETING_VERBS
from kg.language.event_words import SPEECH_VERBS
from kg.language.quotes import in_quote
from kg.language.talks import span_of


def partners(token: Token) -> list[Token]:
    """The other side of a meeting between two that ``token`` takes part in: the
    subject of "met", "received", "phoned", "held talks", "sat down" (or of the
    clause "after meeting" opens, or of the verb "to meet" depends on) and its object, "with"
    object or passive agent ("was received by X"); the owner of "A's meeting" and
    its "with" object; who follows "by" a visit or meeting and whom it is to or with."""
    if by_sides := _by_sides(token):
        return by_sides
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in {"with", "by"}:
        head = head.head  # "met with X", "talks with X", "received by X"
    if token.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ not in PERSON_MEETING_VERBS:
        head = next((c for c in head.children if c.dep_ == "xcomp"), head)  # "A agreed to"
        head = next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                     and c.lower_ in PERSON_MEETING_NOUNS), head)  # "A held talks with B"  # fmt: skip
    noun = head if head.pos_ == "NOUN" and head.lower_ in PERSON_MEETING_NOUNS else None
    verb = noun.head if noun is not None and noun.dep_ == "dobj" else head
    rounds = span_of(noun) if noun is not None else None  # "held rounds of talks with X"
    if rounds is not None and rounds.dep_ == "dobj":
        verb = rounds.head
    sat_down = verb.lemma_ == "sit" and any(c.lower_ == "down" for c in verb.children)
    if verb.pos_ in {"VERB", "AUX"} and (  # ("A's talks with B": no verb's lemma)
        verb.lemma_ in PERSON_MEETING_VERBS
        or sat_down
        or (noun is not None and verb.lemma_ in {"hold", "have"})
    ):
        first = [c for c in verb.children if c.dep_ == "nsubj"] + _objects(verb, "by")
        if not first and verb.dep_ == "pcomp":  # "After meeting B, A said": A met B
            first = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
        if not first and verb.dep_ == "xcomp":  # "A is expected / wants to meet B"
            first = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        second = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c is not noun]
        second += _objects(verb, "with") + (_objects(noun, "with") if noun is not None else [])
    elif noun is not None:  # "A's meeting with B lasted an hour"
        first = [c for c in noun.children if c.dep_ == "poss"]
        if not first and noun.dep_ == "pobj" and noun.head.head.pos_ in {"VERB", "AUX"}:
            first = [c for c in noun.head.head.children if c.dep_ == "nsubj"]  # "A said
            # after talks with B", "A raised it in a meeting with B"
        second = _objects(noun, "with")
    else:
        return []
    first = [_quoted_speaker(_relative_antecedent(t)) for t in first]
    other = second if token in first else first if token in second else []
    return [t for o in other for t in (o, *o.conjuncts)]


def _by_sides(token: Token) -> list[Token]:
    """ "a visit by A to B", "a visit to B by A", "a meeting by A with B": the side
    across from ``token`` ("to" or "with" may hang on A)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in {"by", "to", "with"}:
        return []
    noun = prep.head
    if prep.lower_ != "by" and noun.dep_ == "pobj" and noun.head.lower_ == "by":
        noun = noun.head.head
    if noun.lower_ not in BY_CONTACT_NOUNS:
        return []
    first = _objects(noun, "by")
    second = [o for h in (noun, *first) for p in ("to", "with") for o in _objects(h, p)]
    other = second if token in first else first if token in second else []
    return [t for o in other for t in (o, *o.conjuncts)]


def _relative_antecedent(token: Token) -> Token:
    """ "A, who met B": "who" stands for A."""
    clause = token.head
    if token.lower_ == "who" and clause.dep_ == "relcl":
        return clause.head
    return token


def _quoted_speaker(token: Token) -> Token:
    """'"I met B," said A', 'A said: "We held talks with B"': "I" or "we" inside a
    quote is the subject of the speech verb outside it (else itself)."""
    if token.lower_ not in {"i", "we"} or token.tag_ != "PRP" or not in_quote(token):
        return token
    for verb in token.sent:
        if verb.lemma_ in SPEECH_VERBS and verb.pos_ == "VERB" and not in_quote(verb):
            said = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ != "PRP"]
            if said:
                return said[0]
    return token


def _objects(head: Token, preposition: str) -> list[Token]:
    return [o for p in head.children if p.lower_ == preposition for o in p.children
            if o.dep_ == "pobj"]  # fmt: skip
