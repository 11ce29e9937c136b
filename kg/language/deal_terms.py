"""A deal "with X granting Y ...": X is the partner, the clause the deal's terms.

"Halvard signed an accord on Monday with Labour Minister Ivan Sorel giving dockers a
pay rise": the parser reads "Sorel giving dockers a pay rise" as the clause the
preposition governs (as in "with prices rising"), so the deal has no partner. When
"with" hangs on a deal's noun (or on the verb whose object the deal is) and its clause,
a participle with an object, has a named subject, the subject is the object of "with"
and the clause tells what the deal does: "a deal with X giving nurses a rise", "a pact
with X allowing Y to ...". A clause with no object ("signed the deal with the minister
watching"), or one a comma sets off ("suspended the deal, with X calling the move
reckless": X judges it), is left as read.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.language.lexicon import NAME_LABELS
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

# Nouns of a deal made with a partner (general English).
_DEALS = frozenset({"agreement", "agreements", "deal", "deals", "accord", "accords", "pact",
                    "pacts", "treaty", "contract", "contracts", "memorandum"})  # fmt: skip
# What tells the terms: an object or a clause the participle governs.
_TERMS = frozenset({"dobj", "dative", "xcomp", "ccomp"})
_WITH = ids({"with"})


def repair_deal_terms(doc: Doc) -> int:
    """Re-hang each such subject on "with" and its clause on the deal; how many."""
    repaired = 0
    for prep in map(doc.__getitem__, tokens_with(doc, LOWER, _WITH)):  # (no Token per word)
        deal = _deal_of(prep) if prep.lower_ == "with" and prep.dep_ == "prep" else None
        if deal is None or (prep.i > 0 and doc[prep.i - 1].text == ","):
            continue  # ", with X calling the move reckless": a clause set beside the act
        kids = list(prep.children)
        clauses = [c for c in kids if c.dep_ == "pcomp" and c.tag_ == "VBG"]
        if len(kids) != 1 or not clauses:
            continue
        clause = clauses[0]
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.ent_type_ in NAME_LABELS]
        if len(subjects) != 1 or not any(c.dep_ in _TERMS for c in clause.children):
            continue
        subjects[0].head, subjects[0].dep_ = prep, "pobj"
        clause.head, clause.dep_ = deal, "acl"
        repaired += 1
    return repaired


def _deal_of(prep: Token) -> Token | None:
    """The deal a "with" tells the partner of: the noun it hangs on, or the object of
    the verb it hangs on ("signed an accord on Monday with X granting ...")."""
    if prep.head.lower_ in _DEALS:
        return prep.head
    objects = [c for c in prep.head.children if c.dep_ == "dobj" and c.lower_ in _DEALS]
    return objects[0] if prep.head.pos_ == "VERB" and objects else None
