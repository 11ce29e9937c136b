"""Who "his rival", "her predecessor" or "the tycoon" is, for
:func:`kg.language.descriptions.resolve_description` (the mentions are found by
:mod:`kg.language.person_relations`): the one person the story has named as such
before. "His rival Dieter Blum ... Mr Hesse attacked his rival": the rival named
beside that noun with the same owner; "A succeeded B ... A criticised her
predecessor": B. "The tycoon Viktor Ramsov ... attacked the tycoon": Ramsov. Two
such people, or none: nobody."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.coref_state import CorefState
from kg.language.mentions import Mention
from kg.language.person_relations import TIE_NOUNS, names_beside

_SUCCESSION_VERBS = frozenset({"succeed", "replace"})


def related_person(state: CorefState, m: Mention) -> str | None:
    """The person a tie or kind noun stands for, named before ``m``."""
    tok = state.doc[m.start]
    noun = tok.lower_
    owner = _owner(state, tok, m) if noun in TIE_NOUNS else None
    if noun in TIE_NOUNS and owner is None:
        return None
    found: set[str] = set()
    for t in state.doc[: m.start]:
        if t.lower_ != noun or (owner is not None and _owner(state, t, m) != owner):
            continue
        name = names_beside(t)
        key = _person_at(state, name.i, m) if name is not None else None
        if key is not None:
            found.add(key)
    if owner is not None and noun in {"predecessor", "successor"}:
        for new, old in _successions(state, m):
            if noun == "predecessor" and new == owner:
                found.add(old)
            elif noun == "successor" and old == owner:
                found.add(new)
    found.discard(owner or "")
    return found.pop() if len(found) == 1 else None


def _owner(state: CorefState, tok: Token, m: Mention) -> str | None:
    """The person whose rival or predecessor ``tok`` is: its possessor ("his",
    "Mr Hesse's") or the object of its "of" ("the main rival of Karl Hesse")."""
    if tok.dep_ in {"amod", "compound"} and not any(c.dep_ == "poss" for c in tok.children):
        tok = tok.head  # "his rival Dieter Blum": the parser hangs "his" on the name
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    keys = {k for o in owners if (k := _person_at(state, o.i, m)) is not None}
    return keys.pop() if len(keys) == 1 else None


def _person_at(state: CorefState, i: int, m: Mention) -> str | None:
    """The person a mention before ``m`` on token ``i`` names."""
    for p in state.mentions[: m.id]:
        if p.start <= i < p.end:
            key = state.linked.get(p.id)
            return key if key is not None and key.startswith("person/") else None
    return None


def _successions(state: CorefState, m: Mention) -> list[tuple[str, str]]:
    """(new, old) for "A succeeded B", "B was replaced by A" before ``m``."""
    out = []
    for verb in state.doc[: m.start]:
        if verb.lemma_ not in _SUCCESSION_VERBS or verb.pos_ != "VERB":
            continue
        kids = {c.dep_: c for c in verb.children}
        new: Token | None = kids.get("nsubj")
        old: Token | None = kids.get("dobj")
        if "nsubjpass" in kids:  # "B was succeeded by A"
            old = kids["nsubjpass"]
            new = next((o for o in kids.get("agent", old).children if o.dep_ == "pobj"), None)
        if new is None or old is None:
            continue
        pair = _person_at(state, new.i, m), _person_at(state, old.i, m)
        if pair[0] is not None and pair[1] is not None and pair[0] != pair[1]:
            out.append((pair[0], pair[1]))
    return out
