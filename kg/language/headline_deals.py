"""A headline whose verb of making a deal the small model reads as a noun: "Chile, Peru
seal trade pact", "Velcorp and Nortane form joint venture", "Moreno, Greens strike
budget deal". The model parses the whole headline as one noun phrase ("seal" a
compound of "pact"), so it has no verb and its names no act.

In a headline with no finite verb, when two or more names, joined by a comma (a
headline's "and") or "and", open it and are followed at once by a lowercase plural
present of making an agreement and then a noun phrase ending in an agreement's noun
(both lists are data, ``data/headline-deals.txt``), :func:`repair_headline_deals`
makes that word the verb, the names its subjects (conjuncts of the first) and the
noun its object. One name ("Chile seal pact": the verb's number does not fit), a
name with a word of its own between ("Chile's Peru deal"), a verb not in the list
("Chile, Peru reject pact" is parsed with its verb) or a noun not an agreement's
("Chile, Peru seal border") is left alone, and so is every sentence of the body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.language.auxiliaries import FINITE_OR_MODAL_TAGS
from kg.language.lexicon import NAME_LABELS, listed_words

_WORDS = listed_words("headline-deals.txt")
_VERBS, _DEALS = _WORDS["verbs"], _WORDS["deals"]
_JOINERS = frozenset({",", "and"})
_IN_PHRASE = frozenset({"NOUN", "ADJ", "PROPN", "NUM", "PUNCT", "VERB"})


def repair_headline_deals(doc: Doc, start: int) -> None:
    """Give the headline that starts at character ``start`` of ``doc`` its verb of
    making a deal (see the module)."""
    for sent in doc.sents:
        if sent.start_char >= start and sent.root.pos_ in {"NOUN", "PROPN"}:
            _repair(sent)


def _repair(sent: Span) -> None:
    if any(t.tag_ in FINITE_OR_MODAL_TAGS and t.pos_ in {"VERB", "AUX"} for t in sent):
        return
    verb = next((t for t in sent if t.is_lower and t.lower_ in _VERBS), None)
    if verb is None or verb.i == sent.start:
        return
    heads = _names(sent.doc[sent.start : verb.i])
    deal = _deal_after(sent, verb)
    if len(heads) < 2 or deal is None:
        return
    doc = sent.doc
    outside = [t for t in sent if t.i > deal.i and not (deal.i <= t.head.i < sent.end)]
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBP"
    verb.lemma_ = verb.lower_
    for t in doc[verb.i + 1 : deal.i]:
        if not (verb.i < t.head.i <= deal.i) or t.head.i == t.i:
            t.head, t.dep_ = deal, "compound"
    deal.head, deal.dep_ = verb, "dobj"
    first = heads[0]
    first.head, first.dep_ = verb, "nsubj"
    for t in doc[sent.start : verb.i]:
        if t in heads[1:]:
            t.head, t.dep_ = first, "conj"
        elif t.lower_ in _JOINERS:
            t.head, t.dep_ = first, "cc" if t.lower_ == "and" else "punct"
        elif t not in heads:
            t.head, t.dep_ = next(h for h in heads if h.i > t.i), "compound"
    for t in outside:  # "in Lima", the full stop: the verb's
        t.head = verb


def _names(words: Span) -> list[Token]:
    """The last word of each name in ``words``, when they are only names joined by
    commas and "and" ([] otherwise)."""
    heads: list[Token] = []
    chunk: list[Token] = []
    for t in [*words, None]:
        if t is None or t.lower_ in _JOINERS:
            if not chunk:
                return []
            heads.append(chunk[-1])
            chunk = []
        elif t.pos_ == "PROPN" and t.ent_type_ in NAME_LABELS:
            chunk.append(t)
        else:
            return []
    return heads


def _deal_after(sent: Span, verb: Token) -> Token | None:
    """The agreement's noun that ends the noun phrase right after ``verb`` ("trade
    pact", "vessel-sharing alliance"), or None (also when a noun follows it: "alliance
    talks", "pact plans")."""
    doc = sent.doc
    for t in doc[verb.i + 1 : sent.end]:
        if t.pos_ == "NOUN" and t.lower_ in _DEALS:
            after = doc[t.i + 1] if t.i + 1 < sent.end else None
            return None if after is not None and after.pos_ == "NOUN" else t
        if not (t.is_lower or t.tag_ == "HYPH") or t.pos_ not in _IN_PHRASE:
            return None
    return None


__all__ = ["repair_headline_deals"]
