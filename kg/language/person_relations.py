"""People named by what they are to someone or what they are, not by a post: "his
rival", "her predecessor", "the tycoon". Found here as descriptions, for
:mod:`kg.language.related_people` to resolve: only where such a noun stands for a
person on its own ("Mr Hesse attacked his rival"), never where it describes a name
beside it ("his rival Dieter Blum", "Viktor Ramsov, a tycoon,"), which is how the
story tells who it is."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.language.mention_record import Mention
from kg.language.token_table import tokens_with

# Nouns for a person by their tie to another, said with the other as owner ("his rival").
TIE_NOUNS = frozenset({"rival", "predecessor", "successor"})
# Nouns for a person by what they are, said with "the" ("the tycoon").
KIND_NOUNS = frozenset(
    "tycoon magnate billionaire oligarch businessman businesswoman financier dissident".split()
)
PERSON_RELATION_NOUNS = TIE_NOUNS | KIND_NOUNS
_RELATION_IDS = frozenset(map(get_string_id, PERSON_RELATION_NOUNS))


def relation_mentions(doc: Doc, sent_of: list[int], taken: set[int]) -> list[Mention]:
    """ "his rival", "Mr Hesse's predecessor", "the tycoon" standing for a person."""
    found = []
    # (the nouns found from the document's array: a Token for each of them alone)
    for i in tokens_with(doc, LOWER, _RELATION_IDS):
        tok = doc[i]
        if i in taken or tok.tag_ != "NN":
            continue
        lefts = [c for c in tok.lefts if c.dep_ in {"det", "poss"}]
        if tok.lower_ in TIE_NOUNS:
            wanted = len(lefts) == 1 and lefts[0].dep_ == "poss" and lefts[0].lower_ != "their"
        else:
            wanted = len(lefts) == 1 and lefts[0].lower_ == "the"
        if wanted and names_beside(tok) is None:
            found.append(Mention(0, tok.i, tok.i + 1, sent_of[tok.i], "description", tok.text))
    return found


def names_beside(tok: Token) -> Token | None:
    """The name a noun describes: "his rival Dieter Blum", "Ramsov, the tycoon,",
    "Blum is his rival", "the tycoon's ..." is none; the name's head token."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
        return nxt
    if tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON":
        return tok.head
    for other in (tok.head, *tok.children):
        if other.ent_type_ == "PERSON" and "appos" in {tok.dep_, other.dep_}:
            return other
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if subj and subj[0].ent_type_ == "PERSON":
            return subj[0]
    return None
