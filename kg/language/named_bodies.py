"""Descriptions of a body named before, for
:func:`kg.language.descriptions.resolve_description`: "the bloc" is the bloc or
union named last, "the alliance" NATO, "the fund" the IMF; "the group" or "the
organisation" or "the movement" the one international body the story names ("ASEAN
... the group", "Hamas ... the movement"),
"the paramilitary group" or "the militia" the one armed force it names ("the X
Brigades ... the militia"). With another body named, or none, nobody."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.body_heads import NEAREST_HEADS, head_body
from kg.language.body_kinds import kind_words
from kg.language.coref_state import CorefState
from kg.language.country_descriptions import the_countrys_body
from kg.language.gazetteer import gazetteer
from kg.language.head_nouns import BODY_HEADS
from kg.language.introduced_bodies import described_before
from kg.language.lexicon import BARE_ONLY_ANAPHORA
from kg.language.mentions import Mention
from kg.language.names import POSSESSIVE_ENDINGS
from kg.language.ruling_parties import party_standing, standing_party

# Of the words of ORG_ANAPHORA, the ones that also stand for the one international
# body the story names before, whatever its name ends in ("ASEAN ... the group", "the
# African Union ... the organisation", "Oxfam ... the charity", "the Andean Community ... the
# body"), when it names no other
# body at all.
ONE_BODY_ANAPHORA = frozenset(
    {"group", "grouping", "organisation", "organization", "movement", "charity", "body"}
)
# Words that make such a description an armed group's ("the paramilitary group", "the
# militia"): the one body before it whose name is an armed force's ("the X Brigades").
ARMED_GROUP_WORDS = frozenset("militia paramilitary militant rebel guerrilla insurgent".split())
ARMED_NAME_WORDS = frozenset("army forces militia militias brigade brigades front".split())
# Descriptions that name a body only when one body of the kind is named before ("the
# committee" after two committees names neither; "the bloc" is the one named last).
_ONE_ONLY = BARE_ONLY_ANAPHORA | frozenset(
    "committee panel commission council board ministry agency department regulator watchdog".split()
)


def named_body(
    state: CorefState, m: Mention, earlier: list[tuple[Mention, str]], accepted: set[str]
) -> str | None:
    """ "the bloc" is the bloc or union named last ("the EU ... the bloc": the
    European Union), "the alliance" NATO, "the fund" the IMF. As the owner of a
    title it may come first: "the bloc's trade commissioner, X, said the EU ...".
    With none named, "the country's central bank" is the country's own; "the ruling
    party" is the one party told as ruling (:mod:`kg.language.ruling_parties`)."""
    if (standing := party_standing(m)) is not None:
        return standing_party(state, standing, earlier)
    return _named_body(state, m, earlier, accepted) or the_countrys_body(state, m, earlier)


def _named_body(
    state: CorefState, m: Mention, earlier: list[tuple[Mention, str]], accepted: set[str]
) -> str | None:
    head = m.text.lower().split()[-1]
    if head in BODY_HEADS and ((one := head_body(state, m, earlier)) or head not in NEAREST_HEADS):
        return one  # "the assembly", "the court": the one body by that noun in reach
    doc = state.doc
    if head == "bloc" and (regional := _regional_bloc(state, m, earlier)) is not None:
        return regional  # "the Gulf bloc": the GCC, though the EU was named since
    kin = [(prev, key) for prev, key in earlier
           if named_as(prev, accepted, head) or _called(doc, prev, accepted)]  # fmt: skip
    named = [key for _, key in kin]
    # (a rival is a named one: not "Council" alone, a headline's "Council leader")
    rivals = {key for prev, key in kin if " " in prev.text or prev.text.lower() != head}
    if (head in _ONE_ONLY or _bare_owner(m)) and len(rivals) > 1:
        return None  # "the FAO ... the WTO ... the organisation": either
    if kin and _listed_with_another(state, *kin[0], kin):
        return None  # "The EU and ASEAN signed a pact. The bloc said": either
    if named:
        return named[0]
    if m.end < len(doc) and doc[m.end].text in POSSESSIVE_ENDINGS:
        for nxt in state.mentions[m.id + 1 :]:
            if nxt.sent != m.sent:
                break
            later = state.linked.get(nxt.id)
            if later is not None and named_as(nxt, accepted, head) and not _anothers(doc, nxt):
                return later
    return _the_one_body(state, m, earlier)


def _bare_owner(m: Mention) -> bool:
    """ "Party chairman X": a body's noun alone before a post names the one body of
    its kind named before, not the nearest of two."""
    return m.kind == "description" and m.text[:1].isupper() and " " not in m.text


def _regional_bloc(state: CorefState, m: Mention, earlier: list[tuple[Mention, str]]) -> str | None:
    """ "the Gulf bloc", "the South American bloc": the one international body named
    before whose full name has every capitalised word before "bloc" ("Gulf
    Cooperation Council"); None when no word or no single body fits."""
    words = {t.lower_ for t in state.doc[m.start : m.end - 1] if t.is_title and t.pos_ != "DET"}
    if not words:
        return None
    found = set()
    for prev, key in earlier:
        entry = (
            prev.entry or gazetteer().lookup(prev.text) if prev.kind in {"org", "group"} else None
        )
        if entry is not None and entry.country is None and words <= set(entry.name.lower().split()):
            found.add(key)
    return found.pop() if len(found) == 1 else None


def _called(doc: Doc, prev: Mention, accepted: set[str]) -> bool:
    """A body introduced beside what it is, one of ``accepted``: "formed a new bloc,
    the Sahel Union", "the Lima Pact, a new alliance," (so "the bloc", "the alliance"
    is it); the kind is a noun of its own after "a" or "an", next to the name and a
    comma (the parser may hang either on the verb)."""
    if prev.kind not in {"org", "group", "agreement"}:
        return False
    start = prev.start - (prev.start > 0 and doc[prev.start - 1].lower_ == "the")
    if start >= 2 and doc[start - 1].text == ",":
        # "a new bloc, the X"; "Ghana's main opposition party, the X", "the ruling
        # party of Chile, X"
        # (set off as an apposition: not "left the regional bloc, the X said")
        return _introduced(doc[start - 2], accepted) or (
            _set_off(doc, prev) and described_before(doc, start - 2, accepted)
        )
    if prev.end + 1 < len(doc) and doc[prev.end].text == ",":
        after = doc[prev.end + 1]  # "the X, a new military alliance,"
        return after.lower_ in {"a", "an"} and _introduced(after.head, accepted)
    return False


def _set_off(doc: Doc, prev: Mention) -> bool:
    """A name in apposition, closed by a comma or parsed so."""
    closed = prev.end < len(doc) and doc[prev.end].text == ","
    return closed or doc[prev.start : prev.end].root.dep_ == "appos"


def _introduced(kind: Token, accepted: set[str]) -> bool:
    return (
        kind.pos_ == "NOUN"
        and kind.lower_ in accepted
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in kind.children)
    )


def _listed_with_another(
    state: CorefState, prev: Mention, key: str, kin: list[tuple[Mention, str]]
) -> bool:
    """Whether ``prev`` is one item of a list that names another body of ``kin``."""
    items = {t.i for t in state.doc[prev.start : prev.end].root.conjuncts}
    return any(k != key and any(p.start <= i < p.end for i in items) for p, k in kin)


def _anothers(doc: Doc, later: Mention) -> bool:
    """A body named after the owner of a post that is another's, or what the
    holder acts on: "the party's leader, X, met Labour's Y" or "... criticised
    Labour" (Labour is not X's party)."""
    return (later.end < len(doc) and doc[later.end].text in POSSESSIVE_ENDINGS) or doc[
        later.end - 1
    ].dep_ == "dobj"


def _the_one_body(state: CorefState, m: Mention, earlier: list[tuple[Mention, str]]) -> str | None:
    """ "the group", "the 10-member organisation": the one body named before, when it
    is an international one; "the paramilitary group", "the militia": the one armed
    force named before. Only a plain description ("the group of experts", "its
    group" and "a militia" are others)."""
    words = [w.lower() for w in m.text.split()]
    armed = bool(ARMED_GROUP_WORDS & set(words))
    if not _plain(state, m, armed) or not (armed or words[-1] in ONE_BODY_ANAPHORA):
        return None
    if words[-1] == "body" and _corpse(state.doc[m.end - 1]):
        return None  # "dumped the body near a road": a corpse, not "the body said"
    bodies = {key for prev, key in earlier
              if prev.kind in {"org", "group"} and not prev.locative
              and key.startswith(("org/", "group/"))}  # fmt: skip
    if armed:
        forces = {key for prev, key in earlier if key in bodies
                  and ARMED_NAME_WORDS & {w.lower() for w in prev.text.split()}}  # fmt: skip
        return forces.pop() if len(forces) == 1 else None
    if len(bodies) != 1:
        return None
    prev, key = next((p, k) for p, k in earlier if k in bodies)
    entry = prev.entry or gazetteer().lookup(prev.text)
    if entry is None and ARMED_NAME_WORDS & {w.lower() for w in prev.text.split()}:
        return key  # "the X Brigades ... the group": an armed body by its name
    if entry is None or entry.country is not None:
        return None  # a national party, a firm: "the group" is not said for it alone
    return key if entry.type in {"Organization", "Group"} else None


def _plain(state: CorefState, m: Mention, armed: bool) -> bool:
    """ "the group", "the regional grouping", "the paramilitary group": after "the",
    with nothing after it that says which ("the group of experts", "the group that
    ..."), and no noun before it but an armed word ("the contact group" is another)."""
    head = state.doc[m.end - 1]
    dets = [c.lower_ for c in head.children if c.dep_ in {"det", "poss"}]
    # (a possessive ending is no word that says which: "the group's spokesman, X")
    if dets != ["the"] or not all(
        c.dep_ in {"punct", "case"} or _blamed_for(c) for c in head.rights
    ):
        return False
    named = {i for p in state.mentions[: m.id] if p.kind in {"org", "group"}
             for i in range(p.start, p.end)}  # fmt: skip
    if any(t.lower_ == head.lower_ and t.i not in named for t in state.doc[: m.start]):
        return False  # "A group of farmers protested ... the group said": that group
    return all(
        t.pos_ in {"ADJ", "NUM"} or t.text == "-" or t.lower_ in ARMED_GROUP_WORDS
        or (t.lower_ == "member" and t.i > m.start and state.doc[t.i - 1].text == "-")
        for t in state.doc[m.start : m.end - 1]
    )  # fmt: skip


def _blamed_for(prep: Token) -> bool:
    """ "accused the group of meddling": the deed a verb blames it for, which the
    parser hangs on the noun."""
    return prep.lower_ in {"of", "for"} and any(
        o.dep_ in {"pobj", "pcomp"} and (o.tag_ == "VBG" or o.lower_.endswith("ing"))
        for o in prep.children
    )


# Descriptions of a body that regulates: "the regulator" is the Financial Conduct
# Authority named before, never a state's organ named by its people alone.
_REGULATORS = frozenset({"regulator", "watchdog"})
# Words that make a body's name a trade union's: "the Rail Workers Federation".
_UNION_WORDS = frozenset({"workers", "employees", "workers'"})


_NAME_PREPS = frozenset({"of", "for", "against", "on"})


def named_as(prev: Mention, accepted: set[str], head: str = "") -> bool:
    """Whether a body's name or its full name ends in one of ``accepted``: "the
    Andean Community", "EU" (the European Union). For "the bloc", an international
    body the gazetteer knows is also one by the head of its full name before "of"
    ("the Economic Community of West African States" is a community) or by its
    short name ("ASEAN" for "the Association of Southeast Asian Nations"); not
    a national body ("the Bank of England ... the bank" may be a bank named as such
    by no word, "Halifax"). Any other body is one by the description's own word
    before "of" ("the National Union of Teachers ... the union"), and a body of workers
    is a union ("the Rail Workers Federation ... the union's leader")."""
    if prev.kind not in {"org", "group"}:
        return False
    entry = prev.entry or gazetteer().lookup(prev.text)
    words = prev.text.lower().split()
    ends = {words[-1]}
    # the word before the name's first preposition is its head: "the National Union of
    # Teachers ... the union", "the League Against Cruelty ... the league"
    of = next((k for k, w in enumerate(words) if w in _NAME_PREPS), 0)
    if of and words[of - 1] == head != "bank":
        ends.add(head)
    if head == "union" and _UNION_WORDS & set(words):
        ends.add("union")
    before = prev.text.split()[:-1]
    if head in _REGULATORS and before and all(gazetteer().demonym(w) for w in before):
        return False  # "the Palestinian Authority", "the European Commission": no regulator
    if entry is not None:
        ends.add(entry.name.split()[-1].lower())
        ends |= kind_words(entry.key)  # "the UN nuclear watchdog": a watchdog
        if "bloc" in accepted and entry.country is None:
            ends.add(entry.name.split(" of ")[0].split()[-1].lower())
            ends.add(entry.key.split("/")[-1].lower())
    return bool(ends & accepted)


# What is done with a dead body: "dumped the body", "the body was found".
_CORPSE_VERBS = frozenset(
    """find discover recover dump bury identify exhume dig wash dismember burn dispose
    leave drag carry hand return repatriate lie""".split()
)


def _corpse(head: Token) -> bool:
    """ "the body" as what is found, dumped or buried (its verb's object or passive
    subject, or lying somewhere), not a body that speaks or is spoken of."""
    return head.dep_ in {"dobj", "nsubjpass", "nsubj", "pobj"} and (
        head.head.lemma_ in _CORPSE_VERBS
        or (head.head.dep_ == "prep" and head.head.head.lemma_ in _CORPSE_VERBS)
    )
