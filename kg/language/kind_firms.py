"""A firm called back by its kind, for :mod:`kg.language.descriptions`: "the carmaker",
"the bank", "the lender" after several firms is the one the story told to be of that
kind, by what it called it ("Tarvel Motors, a carmaker", "the automaker Tarvel", "Orvane
is a bank") or by its name ("Tarvel Motors", "Orbis Bank"): "Tarvel Motors borrowed from
Orbis Bank. The carmaker said" is Tarvel Motors, "... The bank said" Orbis Bank. Two of
the kind named near it ("Kestrel Bank sold its stake to Orbis Bank. The bank said"), or
the one listed with another firm ("Brindle Bank and Orvex Capital raised rates. The
lender said"): no one, unless the one named last is a firm and the others a state's
bodies of the kind ("Orvane Bank posted a profit. The Bank of England held rates. Shares
in Orvane Bank rose. The bank said": Orvane Bank, not across to the central bank). None
of the kind: the older rules decide (the one firm named before). The kinds are data
(``data/firm-kind-names.tsv``)."""

from __future__ import annotations

from importlib import resources
from itertools import pairwise

from spacy.tokens import Token

from kg.language.body_words import STATE_BANK_WORDS
from kg.language.coref_state import CorefState
from kg.language.firm_topics import told_by_peer, topic_firm
from kg.language.gazetteer import gazetteer
from kg.language.mentions import Mention

_BANK = "bank"  # the noun of the kind whose state's bodies the state-bank words name
_REACH = 2  # sentences before the description in which two of the kind make it unclear


def _kinds() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    text = resources.files("kg.language").joinpath("data", "firm-kind-names.tsv").read_text("utf-8")
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            nouns, names = [*line.split("\t"), "-"][:2]
            kind = (
                frozenset(nouns.split()),
                frozenset(w.replace("_", " ") for w in names.split() if w != "-"),
            )
            out.update(dict.fromkeys(nouns.split(), kind))
    return out


KINDS = _kinds()


def firm_of_kind(state: CorefState, m: Mention, earlier: list[tuple[Mention, str]]) -> str | None:
    """The one body named before (``earlier``, nearest first) of the kind a plain
    "the <kind>" names; "" when two of the kind are named near it; None when none is
    of the kind (or ``m`` is no such description)."""
    head = state.doc[m.end - 1]
    if m.end - m.start != 1 or head.lower_ not in KINDS:
        return None
    if [c.lower_ for c in head.lefts] != ["the"]:
        return None  # "a bank", "its lender", "the state bank": another
    nouns, names = KINDS[head.lower_]
    of_key = _mentions_by_key(state)
    kin: list[tuple[Mention, str]] = []
    for prev, key in earlier:
        if not key.startswith("org/") or prev.kind != "org" or prev.locative:
            continue
        if any(k == key for _, k in kin) or _of_kind(state, of_key.get(key, []), nouns, names):
            kin.append((prev, key))
    keys = list(dict.fromkeys(k for _, k in kin))
    if len(keys) == 1 and _listed(state, kin[0][0], keys[0]):
        return ""  # "Brindle Bank and Orvex Capital raised rates. The lender": either
    if len(keys) <= 1:
        return keys[0] if keys else None
    near = {k for p, k in kin if p.sent >= m.sent - _REACH}
    if len(near) == 1:
        return near.pop()
    last, key = kin[0]  # (the one named last)
    rivals = near - {key}
    banks = _BANK in nouns  # (a state's bank: for banks only, not "National Airlines")
    if (
        last.sent >= m.sent - 1
        and not _a_state_body(of_key.get(key, []), names, banks)
        and all(_a_state_body(of_key.get(k, []), names, banks) for k in rivals)
    ):
        return key  # "Orvane Bank ... the Bank of England ... Orvane Bank. The bank"
    firms = {k for k in near if not _a_state_body(of_key.get(k, []), names, banks)}
    return topic_firm(state, m, firms, _REACH) or ""  # "Aerovant sued Brisair. The airline"


def _mentions_by_key(state: CorefState) -> dict[str, list[Mention]]:
    """The mentions of each actor linked so far, in order (one walk of the mentions
    for a description, not one for each firm it weighs)."""
    out: dict[str, list[Mention]] = {}
    for p in state.mentions:
        key = state.linked.get(p.id)
        if key is not None:
            out.setdefault(key, []).append(p)
    return out


def _a_state_body(mentions: list[Mention], names: frozenset[str], banks: bool) -> bool:
    """A firm's ``mentions`` are a state's body of the kind, no firm: "the Bank of
    England", "the Reserve Bank of Australia", "the Central Bank of Kenya" (a name word
    of the kind before "of", or, for ``banks``, a word of a state's bank: ``state`` in
    ``data/firm-words.txt``; "National Airlines" is a firm), or a body the gazetteer
    lists ("the World Bank")."""
    for p in mentions:
        if (p.entry or gazetteer().lookup(p.text)) is not None:
            return True
        words = p.text.split()
        if banks and {w.lower() for w in words} & STATE_BANK_WORDS:
            return True
        if any(w in names and nxt == "of" for w, nxt in pairwise(words)):
            return True
    return False


def _listed(state: CorefState, prev: Mention, key: str) -> bool:
    """``prev`` is one item of a list with another firm ("A and B raised rates")."""
    items = {t.i for t in state.doc[prev.start : prev.end].root.conjuncts}
    return any(
        state.linked.get(p.id, key) != key
        and p.kind == "org"
        and items & set(range(p.start, p.end))
        for p in state.mentions
    )


def _of_kind(
    state: CorefState, mentions: list[Mention], nouns: frozenset[str], names: frozenset[str]
) -> bool:
    """One of a firm's ``mentions`` has a name word of the kind, or is told to be of it."""
    for p in mentions:
        full = p.entry.name if p.entry is not None else ""
        if _named_of(names, p.text) or _named_of(names, full):
            return True  # "Orbis Bank", "Tarvel Motors", "Halston Building Society"
        if _told(state.doc[p.start : p.end].root, p.start, nouns):
            return True
        if told_by_peer(state, p, nouns):
            return True  # "Aerovant sued Brisair, a rival airline"
    return False


def _named_of(names: frozenset[str], text: str) -> bool:
    """A word (or two) of ``text`` is a name word of the kind."""
    words = text.split()
    return bool(names & {*words, *map(" ".join, pairwise(words))})


def _told(root: Token, start: int, nouns: frozenset[str]) -> bool:
    """ "X, a carmaker", "X, Europe's biggest carmaker", "the carmaker, X", "the
    carmaker X", "X is a carmaker"."""
    doc = root.doc
    if any(c.dep_ == "appos" and _a_kind(c, nouns) for c in root.children):
        return True
    if root.dep_ == "appos" and _a_kind(root.head, nouns):
        return True
    if start > 0 and doc[start - 1].is_lower and _a_kind(doc[start - 1], nouns):
        return True
    verb = root.head
    return (
        root.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "attr" and _a_kind(c, nouns) for c in verb.children)
    )


def _a_kind(tok: Token, nouns: frozenset[str]) -> bool:
    """ "carmaker", or "car maker" written as two words."""
    if tok.lower_ in nouns:
        return True
    return tok.lower_ == "maker" and any(
        f"{c.lower_}maker" in nouns for c in tok.children if c.dep_ == "compound"
    )
