"""Names inside what is said that the statement is not about.

* Whom the speaker speaks to while saying it: "X denied the claim, telling the
  Gazette ...", "..., speaking to Radio Meridian", "..., in an interview with the
  Ledger": an outlet or a person told, not a topic ("X said the Gazette had erred"
  is about the Gazette; "Y had been telling Chile ..." is Y's telling, of Chile).
* Where goods come from: "Chinese wine sales are growing", "Indian steel exports
  fell": a people's adjective on goods named before a trade figure is no topic of
  its country ("the Chinese government", "Chinese officials" stay China's).

The words are data (``data/unsaid-of.tsv``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.lexicon import listed_words

_CLAUSES = {"relcl", "acl", "ccomp", "advcl", "xcomp", "parataxis"}


def _words() -> dict[str, frozenset[str]]:
    return listed_words("unsaid-of.tsv", "kg.extract")


def spoken_of(content: list[Token]) -> list[Token]:
    """The words of ``content`` without whom the speaker speaks to in it."""
    heard = audience(content)
    return [t for t in content if t.i not in heard]


def audience(content: Iterable[Token]) -> set[int]:
    """The tokens of whom the speaker speaks to within ``content``: the object of a
    subjectless "telling", "speaking to", "talking to", or of "an interview with"."""
    words = _words()
    heard: list[Token] = []
    for t in content:
        if t.tag_ == "VBG" and t.lemma_ in words["speaking"] and not _has_subject(t):
            heard += g.direct_objects(t) if t.lemma_ == "tell" else []
            heard += [c for c in t.children if c.dep_ == "dative" and c.pos_ != "ADP"]
            heard += g.prep_objects(t, {"to", "with"})
        elif t.lower_ in words["interview"] and t.pos_ == "NOUN":
            heard += g.prep_objects(t, {"with", "to"})
    return {i for o in heard for c in g.conjuncts(o) for i in _phrase(c)}


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _phrase(noun: Token) -> set[int]:
    """A noun's own words, without the clauses hung on it ("CNN that ...")."""
    cut = {t.i for c in noun.children if c.dep_ in _CLAUSES for t in c.subtree}
    return {t.i for t in noun.subtree} - cut


def goods_origin(ctx: Context, token: Token) -> bool:
    """ "Chinese wine sales", "Brazilian coffee prices": a people's adjective before
    a noun of goods that names a trade figure tells where the goods come from."""
    mention = ctx.actors.mention_at(token.i)
    if mention is None or mention.kind != "demonym":
        return False
    head = ctx.doc[mention.end - 1].head
    goods = [head] if head.dep_ == "compound" else []
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    goods += [c for c in head.children if c.dep_ == "compound" and c.i > token.i]
    trade = _words()["trade"]
    return head.i > token.i and bool(goods) and (head.lower_ in trade or head.lemma_ in trade)
