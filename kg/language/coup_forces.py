"""A country's forces that rise against its own rulers: "Guinea's army ousted
President X", "Guinean troops seized power", "soldiers in Guinea overthrew the
government". They act as a group of their own (the coup makers), not for the
country, whose ruler they turn on; "US troops toppled X" (a ruler named with no
post) and "Chadian troops ousted Sudan's president" (another country's) stay the
country's act (:mod:`kg.language.described_groups` makes the group).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.gazetteer import gazetteer

# The words for a state's armed men that may stage a coup.
COUP_FORCES = frozenset("army military troops soldiers officers generals forces".split())
# Verbs of removing a ruler from power (their object a ruler or a government).
_REMOVING = frozenset("overthrow oust topple depose unseat".split())
# Verbs of taking a ruler captive, a coup's when the clause says so.
_HOLDING = frozenset("detain arrest capture".split())
# "seized power", "took power", "grabbed power".
_TAKING = frozenset("seize take grab".split())
# "staged a coup", "launched a putsch".
_STAGING = frozenset("stage launch mount carry".split())
# What a coup removes: a ruler by post, or the government itself.
# (Not "the regime", "X's government": what foreign armies are said to topple too.)
_RULERS = frozenset("president prime premier king queen emir sultan".split())


def stages_a_coup(tok: Token) -> bool:
    """Whether ``tok``, a word for a state's armed men, is the subject of a coup:
    "seized power", "staged a coup", or removed a ruler of no other country
    ("overthrew President X", "deposed the prime minister", "detained President X in
    a coup")."""
    if tok.lower_ not in COUP_FORCES:
        return False
    head = tok
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_ in _TAKING:
        return any(o.lower_ == "power" for o in objects)
    if verb.lemma_ in _STAGING:
        return any(o.lower_ in {"coup", "putsch"} for o in objects)
    coup = {"coup", "putsch"}
    if verb.lemma_ in _HOLDING and any(o.lower_ in coup for o in _objects_of(verb, {"in"})):
        # "detained President X in a coup"
        return any(_a_ruler(o) and not _another_country(tok, o) for o in objects)
    if verb.lemma_ not in _REMOVING:
        return False
    return any(_a_ruler(o) and not _another_country(tok, o) for o in objects)


def staged_a_coup_before(tok: Token, start: int) -> bool:
    """Whether the story named the force ``tok`` heads (``doc[start : tok.i + 1]``)
    as staging a coup before: "Sudan's army seized power ... the AU condemned
    Sudan's army"."""
    doc, n = tok.doc, tok.i - start
    words = [t.lower_ for t in doc[start : tok.i]]
    return any(
        t.lower_ == tok.lower_
        and t.i - n >= 0
        and [w.lower_ for w in doc[t.i - n : t.i]] == words
        and stages_a_coup(t)
        for t in doc[: max(start - 1, 0)]
    )


def _a_ruler(obj: Token) -> bool:
    """ "President X", "the prime minister", "King X" (not "the opposition leader")."""
    words = [t.lower_ for t in obj.subtree if t.i <= obj.i]
    return any(w in _RULERS for w in words) and not any(w in _NOT_RULING for w in words)


# Who leads against the rulers: "the opposition leader", "the rebel leader".
_NOT_RULING = frozenset({"opposition", "rebel", "rebels", "former", "ex", "party"})


def _objects_of(verb: Token, preps: set[str]) -> list[Token]:
    """The objects of ``verb``'s prepositions ``preps``."""
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _another_country(force: Token, obj: Token) -> bool:
    """Whether the ruler is named with a country other than the force's, there or
    anywhere in the story: "Chadian troops ousted Sudan's president"."""
    theirs = _countries(obj)
    if obj.pos_ == "PROPN":  # "Iraqi President X ... US troops toppled President X"
        theirs |= {c for t in obj.doc if t.text == obj.text for c in _countries(t)}
    return bool(theirs) and not theirs <= _countries(force)


def _countries(tok: Token) -> set[str]:
    """The countries named in the phrase ``tok`` heads, before the head or after
    "of/in/from" ("Guinea's army", "soldiers in Guinea", "the president of Mali")."""
    gz = gazetteer()
    found = set()
    for t in tok.subtree:
        entry = gz.demonym(t.text) or (gz.lookup(t.text) if t.ent_type_ == "GPE" else None)
        if entry is not None and entry.type == "Country":
            found.add(entry.name)
    return found
