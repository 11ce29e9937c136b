"""A plural noun followed by the names of some of whom it means: "six countries
including France, Italy and Belgium signed the treaty", "several firms, such as A and
B, were fined", "twelve nations, among them A, B and C". The named ones are the
parties; the noun only says what they are (and that there were others, unnamed)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import listed_words

# Words that open such a list: "including", "such as", "among them", "like".
_OPENERS = frozenset({"including", "like", "among"})


def _kinds() -> frozenset[str]:
    """What the plural noun may be: those acting for themselves, not things or places."""
    return listed_words("listed-members.txt", "kg.extract")["plural"]


def listed_members(noun: Token) -> list[Token]:
    """The names (heads and their conjuncts) the list after ``noun`` gives."""
    if noun.tag_ != "NNS" or noun.lower_ not in _kinds():
        return []
    for c in noun.children:
        such_as = c.lower_ == "as" and any(d.lower_ == "such" for d in c.children)
        if c.i < noun.i or c.dep_ not in {"prep", "amod"}:
            continue
        if c.lower_ not in _OPENERS | {"such"} and not such_as:
            continue
        if c.lower_ == "among" and not any(o.lower_ == "them" for o in c.children):
            continue  # "countries among the poorest": no list of names
        heads = _heads(c)
        if heads:
            return [t for h in heads for t in [h, *h.conjuncts]]
    return []


def _heads(opener: Token) -> list[Token]:
    """The first name the opener governs: "including A", "such as A", "among them, A"."""
    if opener.lower_ == "such":  # "such as A": "as" hangs on "such" or on the noun
        opener = next((c for c in opener.children if c.lower_ == "as"), opener)
    found = [c for c in opener.children if c.dep_ in {"pobj", "appos", "conj"}
             and c.pos_ == "PROPN"]  # fmt: skip
    if opener.lower_ == "among":  # "among them Chile, Peru": the names hang on "them"
        found += [a for t in opener.children if t.lower_ == "them" for a in t.children
                  if a.dep_ in {"appos", "conj"} and a.pos_ == "PROPN"]  # fmt: skip
    return found
