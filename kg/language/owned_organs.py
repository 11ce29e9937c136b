"""An organ of a state or of an international body named in lower case through its
owner: "the African Union's peace and security council condemned X", "the EU's
executive commission fined Y", "ASEAN's secretariat said", "the AU peace and security
council", "the peace and security council of the African Union".

Where the organ is no actor of its own (neither the model nor the gazetteer names it:
"Kenya's electoral commission" and "the Bank of Norland" are bodies of their own, and
stay so), whoever owns it acts: a country, or a body of the world the gazetteer knows
(``Entry.world_body``; a firm's or a person's committee is theirs to speak of, not a
state's). The organ's owner is read as written: "the" (never "a": "an African Union
advisory council" is one of some), the owner's name with or without its possessive,
then a few lower-case words of its field, then the organ's noun; or the noun, then
"of" and the owner. The nouns are data (``organ`` in ``data/organ-words.txt``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.language.body_words import DESCRIBING_WORDS
from kg.language.lexicon import listed_words
from kg.language.names import POSSESSIVE_ENDINGS
from kg.language.owner_names import owner_before

_WORDS = listed_words("organ-words.txt")
ORGAN_WORDS = _WORDS["organ"]
ARMED_HEADS = _WORDS["armed"]
_MAX_FIELD = 4  # "peace and security", "human rights"
_FIELD_POS = frozenset({"NOUN", "ADJ", "CCONJ", "VERB"})  # ("ruling": a participle)
_NAME_TAGS = frozenset({"ORG", "GPE", "NORP"})
# words that make the noun one of some or no state's ("a local council", "its former
# commission", "a private navy"), as for a country's own bodies (``owned-bodies.txt``)
_NOT_FIELD = DESCRIBING_WORDS | listed_words("owned-bodies.txt")["not-fields"] | _WORDS["not-field"]


def organ_owners(tok: Token) -> list[Token]:
    """The words naming whose organ ``tok`` is, when ``tok`` is an organ's noun in
    lower case with its owner before it ("the EU's executive commission": "EU") or in
    an "of" phrase after it ("the council of the African Union": "Union"); else none."""
    if tok.lower_ not in ORGAN_WORDS or tok.tag_ not in {"NN", "NNP"} or not tok.is_lower:
        return []
    doc = tok.doc
    field = organ_start(tok)
    if field < tok.i and doc[field].pos_ == "CCONJ":
        return []  # "Kenya's army and police": two, not a field
    owner = owner_before(doc, field, _named, _names_before(tok, field))
    if owner is not None:
        if owner.start > 0 and doc[owner.start - 1].lower_ in _NOT_FIELD:
            return []  # "an African Union advisory council": one of some
        return [owner[-1]]
    if not (field > 0 and doc[field - 1].lower_ == "the"):
        return []
    return [  # "the peace and security council of the African Union"
        o for p in tok.rights if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj" and _name_word(o)
    ]  # fmt: skip


def organ_owner_noun(tok: Token) -> Token | None:
    """The common noun naming the owner of an organ's noun, a definite one that
    refers back to a body named before ("the bloc's secretariat", "the regional
    bloc's commission", "the alliance's military committee", "the secretariat of the
    bloc"): the noun ("bloc"); else none. Who it is, coreference says (and only a body of the world's
    organ acts for it)."""
    if tok.lower_ not in ORGAN_WORDS or tok.tag_ not in {"NN", "NNP"} or not tok.is_lower:
        return None
    owners = [c for c in tok.lefts if c.dep_ == "poss"]
    owners += [o for p in tok.rights if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    for owner in owners:
        if (
            owner.tag_ in {"NN", "NNP"}
            and owner.is_lower
            and any(c.dep_ == "det" and c.lower_ == "the" for c in owner.lefts)
        ):
            return owner
    return None


def organ_start(tok: Token) -> int:
    """Where the organ's words whose noun is ``tok`` begin: its field before it
    ("peace and security" of "peace and security council")."""
    field = tok.i
    while field > 0 and tok.i - field < _MAX_FIELD and _field_word(tok.doc[field - 1]):
        field -= 1
    return field


def _names_before(tok: Token, at: int) -> int:
    """How many name words of ``tok``'s sentence end right before token ``at``, a
    possessive between or not: the longest owner worth trying ("the African Union's
    council": 2), each word looked at once."""
    doc = tok.doc
    end = at - 1 if at > 0 and doc[at - 1].text in POSSESSIVE_ENDINGS else at
    start = end
    while start > tok.sent.start and _name_word(doc[start - 1]):
        start -= 1
    return end - start


def _field_word(t: Token) -> bool:
    return t.is_lower and t.pos_ in _FIELD_POS and t.lower_ not in _NOT_FIELD


def _named(name: Span, _possessive: bool) -> bool:
    return all(_name_word(t) for t in name)


def _name_word(t: Token) -> bool:
    return t.ent_type_ in _NAME_TAGS and not t.is_lower
