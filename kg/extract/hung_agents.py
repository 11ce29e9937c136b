"""A by-phrase the parser hangs on the verb that governs a noun of an act belongs to
the noun: in "France condemned the overthrow of the government by the army" the army
overthrew, France did not condemn "by the army"; likewise "Chile protested the seizure
of its trawlers by the Argentine navy", "Egypt denounced the shelling of the town by
Syrian artillery". The phrase moves only when the verb is active, the noun its object,
the noun a trigger of conflict that names what it was done to ("of X") and has no "by"
of its own, and the phrase names who can act: a name, a people, armed men or a body
("by the Nigerien army", "by Axis submarines"); never a means or a manner ("marked the
anniversary of the invasion by laying a wreath", "by telephone", "by force").

What the repair leaves on the verb is read when the verb's target is sought: a "from"
or "by" phrase hung on an active verb names whose its object is ("rejected the offer
from X", "'We condemn the raids by X,' she said"), as does a "by" on what the deed was
done to ("condemned the attack on our embassy by X") (:func:`hung_owners`).
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.extract import grammar as g
from kg.extract.triggers import trigger
from kg.language.lexicon import AGENT_NOUNS, FIGHTER_NOUNS, GENERIC_GROUP_NOUNS, NAME_LABELS
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with
from kg.records import EventKind

_DOERS = AGENT_NOUNS | FIGHTER_NOUNS | GENERIC_GROUP_NOUNS
_BY = ids({"by"})


def repair_hung_agents(doc: Doc) -> None:
    """Move each such by-phrase from the verb to the noun (see the module's docstring)."""
    for by in map(doc.__getitem__, tokens_with(doc, LOWER, _BY)):  # (no Token per word)
        if by.lower_ != "by" or by.dep_ != "prep" or by.head.pos_ != "VERB":
            continue
        verb = by.head
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            continue  # "was condemned by X": the verb's own agent
        act = next((c for c in verb.children if c.dep_ == "dobj" and c.i < by.i), None)
        if act is not None and _an_act_done(act) and any(map(_a_doer, by.children)):
            by.head = act


def _an_act_done(noun: Token) -> bool:
    """ "the overthrow of the government", with no "by" of its own."""
    trig = trigger(noun.lower_, "noun")
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    return (
        trig is not None and trig.kind is EventKind.CONFLICT and "of" in preps and "by" not in preps
    )


def _a_doer(t: Token) -> bool:
    """ "the army", "Syrian artillery", "Peru", "the Japanese"; not "laying", "telephone"."""
    if t.dep_ != "pobj" or t.pos_ not in {"NOUN", "PROPN"}:
        return False
    named = t.ent_type_ in NAME_LABELS or any(c.ent_type_ in NAME_LABELS for c in t.lefts)
    return named or t.lower_ in _DOERS


def hung_owners(verb: Token) -> list[Token]:
    """Whose a verb's object is, by a phrase the parser hangs elsewhere: on the verb,
    "from" ("welcomed memos from X"), and "by" when an object stands between ("'We
    condemn the raids by X,' she said"), never a passive's own agent; or on what the
    deed was done to ("condemned the attack on our embassy by X"); or "from" on what
    an offer is of ("rejected an offer of a ceasefire from X")."""
    objects = g.direct_objects(verb) if not g.is_passive(verb) else []
    done_to = [p for o in objects for p in g.prep_objects(o, {"on", "against"})]
    offered = [p for o in objects if o.lemma_.lower() in _OFFERS for p in g.prep_objects(o, {"of"})]
    return (
        g.prep_objects(verb, {"from", "by"} if objects else {"from"})
        + [t for p in done_to for t in g.prep_objects(p, {"by"})]
        + [t for p in offered for t in g.prep_objects(p, {"from"})]
    )


# What someone puts to another, whose "from" phrase the parser may hang on what is
# offered: "an offer of talks from X", "a proposal of a truce from X".
_OFFERS = frozenset({"offer", "proposal", "suggestion"})
