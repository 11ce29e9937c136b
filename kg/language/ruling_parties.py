"""The ruling party and the opposition party as actors: "The Progress Party, which rules
Norway, rejected the plan. The ruling party said ..." is the Progress Party's word;
"Zambia's main opposition party, the Liberty Front, ... The opposition party said ..."
the Liberty Front's.

"The ruling (governing) party" is the one party named before it that the story
describes as ruling: by a word before its name ("Kenya's ruling Unity Party", "the
governing Unity Party"), by an apposition ("the Azure Party, Peru's governing party,",
"the ruling party, the Unity Party,") or by a relative clause ("the Progress Party,
which rules Norway,"); "the opposition party" likewise, by the word "opposition". Two
parties so described (one ruling in each of two countries), or none: nobody, as for
any description that fits no one. The mention is found by :mod:`kg.language.common_nouns`
(only "the" and words of its standing before "party": :mod:`kg.language.party_standing`),
resolved here for :func:`kg.language.named_bodies.named_body`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.coref_state import CorefState
from kg.language.mention_record import Mention
from kg.language.party_standing import MODIFIERS, RULING_VERBS, STANDINGS, standing_of

_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def party_standing(m: Mention) -> str | None:
    """Where the party ``m`` says stands: "ruling" for "the ruling party",
    "opposition" for "the main opposition party"; None for any other mention."""
    words = m.text.lower().split()
    return standing_of(words[:-1]) if m.text.endswith("party") else None


def standing_party(state: CorefState, kind: str, earlier: list[tuple[Mention, str]]) -> str | None:
    """The one party named before that the story describes as standing where
    ``kind`` (of :func:`party_standing`) says; None when none or two fit."""
    said = STANDINGS[kind]
    found = {
        key
        for prev, key in earlier
        if prev.kind in {"org", "group"}
        and key.startswith(("org/", "group/"))
        and described(state.doc, prev, said, ruling=kind == "ruling")
    }
    return found.pop() if len(found) == 1 else None


def described(doc: Doc, prev: Mention, said: frozenset[str], *, ruling: bool) -> bool:
    """Whether the name ``prev`` is told as standing where ``said`` says: a word of
    it before the name ("the ruling Unity Party"), an apposition ("the Azure Party,
    Peru's governing party," or "the main opposition party, the Liberty Front,") or,
    for the ruling party, a relative clause ("the Progress Party, which rules Norway")."""
    before = doc[prev.start - 1] if prev.start > 0 else None
    if before is not None and before.is_lower and before.lower_ in said:
        return True
    if doc[prev.start].lower_ in said:  # (a name the model began at the word)
        return True
    root = doc[prev.start : prev.end].root
    apposed = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        apposed.append(root.head)
    if any(_standing_party_noun(n, said) for n in apposed):
        return True
    return ruling and any(_rules(c) for c in root.children if c.dep_ == "relcl")


def _standing_party_noun(noun: Token, said: frozenset[str]) -> bool:
    """ "Peru's governing party", "the main opposition party": the noun "party" with
    a word of ``said`` on it."""
    return noun.lower_ == "party" and any(
        c.dep_ in MODIFIERS and c.lower_ in said for c in noun.children
    )


def _rules(clause: Token) -> bool:
    """ "which rules Norway", "that governs Kenya": a relative clause whose subject is
    its relative word and whose verb rules, not negated."""
    return (
        clause.lemma_ in RULING_VERBS
        and any(c.dep_ == "nsubj" and c.tag_ in _RELATIVE_TAGS for c in clause.children)
        and not any(c.dep_ == "neg" for c in clause.children)
    )
