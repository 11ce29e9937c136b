"""A standing organ of a body of the world told in lower case through its owner,
that the gazetteer knows by name: "the UN's security council condemned X" is the
UN Security Council, "the African Union's commission said" the African Union
Commission, "the security council of the UN" too.

The organ is read as :mod:`kg.language.owned_organs` reads it (the owner's name
with its possessive or after "of", a few lower-case words of its field, the organ's
noun heading its phrase); it is the gazetteer's organ when the owner's name, or the
owner's full name, with those words names one. Otherwise the owner acts for it, as
before: "the UN's own staff council" is no standing organ, "the EU's council
meeting" is a meeting.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from kg.language.gazetteer import Entry, gazetteer
from kg.language.mention_record import Mention
from kg.language.names import POSSESSIVE_ENDINGS
from kg.language.owned_organs import ORGAN_WORDS, organ_owners, organ_start
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_ORGAN_IDS = ids(ORGAN_WORDS)


def organ_name_mentions(doc: Doc, sent_of: list[int], taken: set[int]) -> list[Mention]:
    """Mentions of the gazetteer's organs told in lower case through their owner;
    their tokens are added to ``taken``."""
    found: list[Mention] = []
    for tok in map(doc.__getitem__, tokens_with(doc, LOWER, _ORGAN_IDS)):  # (no Token per word)
        if tok.lower_ not in ORGAN_WORDS or tok.i in taken or tok.dep_ == "compound":
            continue  # ("the EU's council meeting": a meeting)
        entry = _known_organ(tok)
        if entry is None:
            continue
        start = organ_start(tok)
        found.append(Mention(0, start, tok.i + 1, sent_of[start], "org",
                             doc[start : tok.i + 1].text, entry))  # fmt: skip
        taken.update(range(start, tok.i + 1))
    return found


def _known_organ(tok: Token) -> Entry | None:
    """The gazetteer's organ the owner's name and the organ's words name."""
    gz = gazetteer()
    words = tok.doc[organ_start(tok) : tok.i + 1].text
    for owner in organ_owners(tok):
        name = _owner_name(owner)
        if name is None:
            continue
        entry = gz.lookup(name)
        if entry is None or not entry.world_body:
            continue
        for form in dict.fromkeys((name, entry.name)):
            organ = gz.lookup(f"{form} {words}")
            if organ is not None and organ.type == "Organization" and organ.key != entry.key:
                return organ
    return None


def _owner_name(owner: Token) -> str | None:
    """The text of the named entity whose last word is ``owner``."""
    ent: Span | None = next((e for e in owner.doc.ents if e.start <= owner.i < e.end), None)
    if ent is None or ent.end != owner.i + 1:
        return None
    return " ".join(t.text for t in ent if t.text not in POSSESSIVE_ENDINGS and t.lower_ != "the")
