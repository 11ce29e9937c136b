"""Conflict and cooperation nouns in the ``recipient`` frame: the giver helps the
receiver - "$2 billion in aid to X", "X approved a loan to Y", "the rebels advanced
with support from X", "X's support for Y" (the ``between`` frame, where both sides
act, is :mod:`kg.extract.nominal_sides`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.doing import doers, doing_verb
from kg.extract.giving import is_aid, to_hung_elsewhere
from kg.extract.in_support import supported_in
from kg.extract.owner_parties import (
    came_from,
    came_to_aid,
    compound_actors,
    owners,
    reached,
    sent_from,
    targets_of_doer,
)
from kg.extract.receivers import receiving_verb, subject_owners
from kg.extract.returned_goods import given_goods
from kg.extract.senses import Sense, sense_of
from kg.extract.triggers import Trigger, trigger
from kg.extract.written_debts import debtors
from kg.language.event_words import DEBTS
from kg.records import Event, EventKind

_BACKING = {"support", "backing", "blessing", "endorsement"}


_INTENT = {"pledge", "promise", "offer"}  # (CAMEO 03: intent to give what the noun names)


# Verbs that give something to someone named before it: "offered Peru aid".
_GIVING = {"offer", "give", "send", "provide", "grant", "promise", "pledge", "lend"}


# Nouns that hold what the word before them gives: "an aid package for Peru", "a loan
# programme to Kenya" (the receiver, giver and verb are the holder's, the kind the word's).
_AID_HOLDERS = frozenset({"package", "programme", "program", "tranche", "funds", "money"})


def _names_a_kind(head: Token, trig: Trigger) -> bool:
    """Whether the noun a giving word modifies is a thing of that kind ("a weapons
    depot", "aid workers"), not a giving of it ("arms sales", "aid shipments"), nor
    given to someone ("loan guarantees to Israel")."""
    verb = doing_verb(head)  # "approved $1bn in loan guarantees to Israel"
    if head.pos_ != "NOUN" or any(
        g.prep_objects(t, trig.preps) for t in (head, verb) if t is not None
    ):
        return False
    rows = (trigger(w, "noun") for w in (head.lower_, head.lemma_.lower()))
    return not any(t is not None and t.kind is EventKind.COOPERATION for t in rows)


# What holds back what is given: "restrictions on arms sales to X", "an embargo on
# arms deliveries to X", "a freeze of aid to X".
_RESTRICTING = frozenset(
    """restriction ban embargo curb limit moratorium freeze halt
    suspension cap control veto cut""".split()
)


def recipient_frame(ctx: Context, word: Token, trig: Trigger, extractor: str) -> Iterator[Event]:
    if "aid-object" in trig.flags and not any(map(is_aid, [word, *g.prep_objects(word, {"of"})])):
        return  # "car sales to Peru" give no aid; "arms sales", "a delivery of arms" do
    if "goods-object" in trig.flags and not given_goods(ctx, g.prep_objects(word, {"of"})):
        return  # "the return of 300 bronzes to X" (not "the return of the envoy to X")
    if "aid-of" in trig.flags and not any(map(is_aid, g.prep_objects(word, {"of"}))):
        return  # "an offer of aid to X" (not "a takeover offer to X")
    # "debt relief for Peru" (not "relief for motorists"); "Italy's cancellation of Peru's
    # debt" relieves the debtor (not "the cancellation of the visit")
    owed = debtors(g.prep_objects(word, {"of"})) if "debt-object" in trig.flags else []
    if (
        "debt-object" in trig.flags
        and not owed
        and not any(c.lemma_ in DEBTS for c in word.children)
    ):
        return
    held = word.dep_ == "compound" and word.head.lemma_ in _AID_HOLDERS
    if word.dep_ == "compound" and not held and _names_a_kind(word.head, trig):
        return  # "struck a weapons depot", "a training camp": a kind of place, none given
    noun = word.head if held else word
    phrase = noun.head if noun.dep_ == "compound" else noun  # "arms" of "arms sales"
    if (
        phrase.dep_ == "pobj"
        and phrase.head.lower_ in {"on", "of"}
        and (phrase.head.head.lemma_.lower() in _RESTRICTING)
    ):
        return  # "restrictions on arms sales to X", "a ban on aid to X": none given
    givers = owners(ctx, noun) or came_from(ctx, noun)
    givers = givers or (sent_from(ctx, noun) if "aid-object" in trig.flags else [])
    direct = "direct-target" in trig.flags  # "investment in China", not "in British firms"
    receivers = [k for t in g.prep_objects(noun, trig.preps)
                 for k in (g.actors_of(ctx, t, include_places=True) if direct else targets_of(ctx, t))]  # fmt: skip
    if not receivers and "to" in trig.preps:  # "India's gift of jets to Nepal"
        receivers = [k for t in to_hung_elsewhere(noun) for k in targets_of(ctx, t)]
    receivers += reached(ctx, noun)  # "aid from X reached Y"
    receivers += [k for t in owed for k in targets_of(ctx, t)]
    receivers += targets_of_doer(ctx, noun, trig)  # "aid sent by X to Y"
    if not receivers and noun.lemma_ in _BACKING and any(c.dep_ == "poss" for c in noun.children):
        # "Japan's backing of Indonesia's bid": with its owner named, "of" is whom it backs
        receivers = [k for t in g.prep_objects(noun, {"of"}) for k in targets_of(ctx, t)]
    verb = doing_verb(noun)
    taker = receiving_verb(noun)
    s = sense_of(trig)
    if verb is not None and verb != taker:  # "accepted aid from X" receives it
        givers = givers or doers(ctx, verb)
        receivers += [k for t in g.prep_objects(verb, trig.preps) for k in targets_of(ctx, t)]
        receivers += [
            k for t in g.direct_objects(verb) if t.i != noun.i for k in targets_of(ctx, t)
        ]  # fmt: skip  "offered Kenya aid"
        if verb.lemma_ in _GIVING and not receivers:  # "offered Peru aid", parsed "Peru aid";
            # "granted Ann Vale asylum", parsed "Ann Vale asylum" (a person's is given to her)
            receivers += [k for k in compound_actors(ctx, noun)
                          if k not in givers and k.startswith(("country/", "person/"))]  # fmt: skip
        if verb.lemma_ in _INTENT:
            s = Sense(s.type, "033" if s.cameo.startswith("07") else "030", s.target_preps)
    elif helped := came_to_aid(ctx, noun):
        givers, receivers, verb = doers(ctx, noun.head.head), helped, noun.head.head
    elif taker is not None:
        # "Ukraine received weapons from Poland": the giver is after "from"
        givers = [k for t in g.prep_objects(taker, {"from"}) for k in g.actors_of(ctx, t)]
        givers = givers or owners(ctx, noun)
        if "aid-object" in trig.flags:  # "took delivery of jets from X", "from" on the jets
            givers = givers or sent_from(ctx, noun)
        # "has the backing of Romania", "won the support of X"
        givers = givers or [k for t in g.prep_objects(noun, {"of"}) for k in g.actors_of(ctx, t)]
        receivers = [k for k in doers(ctx, taker) or subject_owners(ctx, taker) if k not in givers]
        verb = taker
    elif (backed := supported_in(ctx, noun)) is not None:
        verb, receivers = backed  # "came out in support of X": the subject backs X
        givers = [k for k in givers or doers(ctx, verb) if k not in receivers]
    elif any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children) or (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and _with_done(noun.head, noun)  # not "contrasted his plan with X's pledge"
        and (
            g.prep_objects(noun, {"of"})
            or (givers := givers or _from_after(ctx, noun) or _body_before(ctx, noun))
        )
    ):  # "with Chinese funding, Laos built", "built the port with Qatari aid"
        # "the rebels advanced with support from Rwanda", "with the backing of Rwanda, the
        # rebels advanced": the clause's subject receives
        givers = givers or [k for t in g.prep_objects(noun, {"of"}) for k in g.actors_of(ctx, t)]
        clause = clause_verb(noun)
        if clause is not None:
            receivers += [k for t in g.subjects(clause) for k in g.actors_of(ctx, t)]
    if not givers and receivers:  # "debt relief for Chad from France", "from" hung on Chad
        givers = _from_the_receiver(ctx, [noun, *([verb] if verb is not None else [])], trig)
    if not givers and receivers:  # "an IMF loan to Ghana", "EU aid to Ghana": the giver
        givers = [k for k in compound_actors(ctx, noun) if k not in receivers]
    anchor = verb if verb is not None else noun  # a noun in an adjunct keeps its own mood
    yield from make_events(ctx, anchor, word, trig.kind, s, givers, receivers,
                           [word, noun] if held else [word], extractor, 0.7)  # fmt: skip


# Verbs whose object is set beside what "with" names, not done with it.
_SET_BESIDE = frozenset({"compare", "contrast", "replace", "combine", "match", "link", "equate",
                         "associate", "confuse", "mix", "align", "share", "swap", "exchange"})  # fmt: skip


def _with_done(prep: Token, noun: Token) -> bool:
    """A "with" phrase of what a clause is done with, hung on its verb or, by the
    parser, on the verb's object ("rebuilt the port with Qatari aid"; not "contrasted
    its approach with Chile's pledge")."""
    head = prep.head
    if head.pos_ in {"VERB", "AUX"}:
        return True
    return (head.dep_ == "dobj" and head.head.pos_ == "VERB"
            and head.head.lemma_ not in _SET_BESIDE
            and not any(c.dep_ == "poss" for c in noun.children))  # fmt: skip


def _from_the_receiver(ctx: Context, words: list[Token], trig: Trigger) -> list[str]:
    """The giver the parser hung on the receiver, a state or a body, which comes from no
    one, or on the verb right after the receiver: "debt relief for Chad from France",
    "aid to Chad from the EU", "the deal brings debt relief for Chad from France" (not
    "aid for refugees from Syria", whose "from" says where they come from)."""
    found = [t for w in words for t in g.prep_objects(w, trig.preps)
             if (ctx.actors.at(t.i) or "").startswith(("country/", "org/"))]  # fmt: skip
    froms = [p for t in found for p in t.children if p.dep_ == "prep" and p.lower_ == "from"]
    froms += [p for t in found for w in words[1:] for p in w.children
              if p.dep_ == "prep" and p.lower_ == "from" and p.i == t.right_edge.i + 1]  # fmt: skip
    return [k for p in froms for o in p.children if o.dep_ == "pobj"
            for k in g.actors_of(ctx, o) if k.startswith(("country/", "org/"))]  # fmt: skip


def _body_before(ctx: Context, noun: Token) -> list[str]:
    """A country or body compounded before a help noun in a "with" phrase: "vaccinated
    two million children with UN assistance", "with IMF help" (not a place's)."""
    return [k for k in compound_actors(ctx, noun) if k.startswith(("country/", "org/"))]


def _from_after(ctx: Context, noun: Token) -> list[str]:
    """The giver the parser hung on the verb right after the noun: "rebuilt the port
    with financial help from Qatar" ("from" on "rebuilt")."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is None or after.lower_ != "from" or after.head.i != noun.head.head.i:
        return []
    return [k for t in g.prep_objects(after.head, {"from"}) for k in g.actors_of(ctx, t)]


def clause_verb(token: Token) -> Token | None:
    t = token
    for _ in range(6):
        if t.head.i == t.i:
            return t if t.pos_ in {"VERB", "AUX"} else None
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return None
