"""An act whose object is no amount: "agreed on nothing", "signed almost nothing",
"agreed on very little", "agreed on hardly anything",
"agreed on next to nothing". The verb says the act came to nothing, as "reached no
agreement" does (not "agreed on a little more", "agreed on nothing but a truce", "agreed
on nothing less than a ceasefire": there something was agreed).
"""

from __future__ import annotations

from spacy.tokens import Token

_NONE = {"nothing", "none"}
_LITTLE = {"little"}
_HARDLY = {"hardly", "scarcely", "barely"}
_ANY = {"anything", "any"}
# "nothing but X", "nothing less than X", "nothing short of X", "little else than X":
# the words after say what was done
_YET_SOMETHING = {"but", "except", "less", "short", "more", "else", "besides", "other"}
# Prepositions that carry what was agreed or settled: "agreed on", "settled upon"
_ON = {"on", "upon", "about"}


def scant_complement(child: Token, event: Token | None = None) -> bool:
    """Whether ``child``, a dependent of an event's own verb, says the verb's object is
    no amount (``event``: the event's noun when the verb only carries it; then only
    the noun tells its own amount, not the verb: the talks of "agreed on little at the
    talks" were held)."""
    if event is not None and event.pos_ != "VERB":
        return False
    dep = child.dep_
    if dep == "dobj":
        return _scant(child)
    if dep == "prep" and child.lower_ in _ON:
        return any(o.dep_ == "pobj" and _scant(o) for o in child.children)
    if dep == "advmod" and child.lower_ == "next":  # "agreed on next to nothing"
        return any(
            p.lower_ == "to" and any(o.lower_ in _NONE for o in p.children)
            for p in child.children
        )
    return False


def _scant(obj: Token) -> bool:
    """No amount: "nothing", "(very) little" as a pronoun (not "little aid": some was
    sent), "hardly anything"."""
    if _followed_by_something(obj):
        return False
    word = obj.lower_
    if word in _NONE:
        return True
    if word in _ANY:
        return any(c.dep_ == "advmod" and c.lower_ in _HARDLY for c in obj.children)
    if any(c.dep_ == "det" for c in obj.children):
        return False  # "a little", "the little it gave"
    return word in _LITTLE and obj.pos_ in {"ADJ", "PRON"}  # "agreed on (very) little"


def _followed_by_something(obj: Token) -> bool:
    nxt = obj.nbor() if obj.i + 1 < len(obj.doc) else None
    return nxt is not None and nxt.lower_ in _YET_SOMETHING
