"""A deal "with X granting Y ...": X is the partner, the clause the deal's terms.

"Korvin signed an agreement today with Deputy Premier Ivan Sorel granting workers the
right to strike": the parser reads "Sorel granting workers the right" as the clause
the preposition governs (as in "with prices rising"), so the deal has no partner. When
"with" hangs on a deal's noun and its clause, a participle with an object, has a named
subject, the subject is the object of "with" and the clause tells what the deal does:
"a deal with X giving nurses a rise", "a pact with X allowing Y to ...". A clause with
no object ("signed the deal with the minister watching") is left as read.
"""

from __future__ import annotations

from spacy.tokens import Doc

# Nouns of a deal made with a partner (general English).
_DEALS = frozenset({"agreement", "agreements", "deal", "deals", "accord", "accords", "pact",
                    "pacts", "treaty", "contract", "contracts", "memorandum"})  # fmt: skip
# What tells the terms: an object or a clause the participle governs.
_TERMS = frozenset({"dobj", "dative", "xcomp", "ccomp"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def repair_deal_terms(doc: Doc) -> int:
    """Re-hang each such subject on "with" and its clause on the deal; how many."""
    repaired = 0
    for prep in doc:
        if prep.lower_ != "with" or prep.dep_ != "prep" or prep.head.lower_ not in _DEALS:
            continue
        kids = list(prep.children)
        clauses = [c for c in kids if c.dep_ == "pcomp" and c.tag_ == "VBG"]
        if len(kids) != 1 or not clauses:
            continue
        clause = clauses[0]
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.ent_type_ in _NAMED]
        if len(subjects) != 1 or not any(c.dep_ in _TERMS for c in clause.children):
            continue
        subjects[0].head, subjects[0].dep_ = prep, "pobj"
        clause.head, clause.dep_ = prep.head, "acl"
        repaired += 1
    return repaired
