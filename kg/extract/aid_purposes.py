"""Help given for a purpose in a country: the country is helped (CAMEO 07x), though it
is named only inside the purpose phrase of a sum or of aid.

* "Japan announced $20 million for flood relief in Pakistan", "Norway gave a further
  $5m towards refugee camps in Chad", "Britain announced a $30m package for drought
  victims in Kenya", "Britain's $30m package for drought victims in Kenya arrived",
  "donated $4 million towards the reconstruction of schools in Nepal", "$20m for
  Haiti's reconstruction" (the purpose a word of relief, rebuilding or its victims);
* "Japan announced $20 million for Pakistan" (the country itself the purpose).

Only a state or a body the gazetteer lists gives so (a firm's money is business), only
by a verb of giving or of making a sum available ("announced", "approved"; not
"raised", "spent", "invested"), and only for another country ("for flood defences in
Osaka" is Japan's own). A pledge or promise keeps its row's sense (CAMEO 033), a
planned or negated one its mood. The words are data (``data/aid-purposes.txt``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.doing import doers
from kg.extract.funded_owners import public_payer
from kg.extract.giving import gives_aid, is_aid, refused
from kg.extract.owner_parties import owners
from kg.extract.senses import Sense, sense, sense_of
from kg.extract.sought import wanted_not_done
from kg.extract.struck import country_of_place
from kg.extract.triggers import trigger
from kg.language.lexicon import listed_words
from kg.records import Event, EventKind, Modality

_WORDS = listed_words("aid-purposes.txt", package="kg.extract")
_PREPS = _WORDS["prepositions"]
_PURPOSES = _WORDS["purposes"]
_GRANTING = _WORDS["granting"]
# Work done on a thing, whose "of" phrase names it: "the reconstruction of schools in X"
_WORKS = listed_words("thing-words.txt")["work"]
_MONEY_AID = sense("aid", "071")
_AID = sense("aid", "070")


def aid_purposes(ctx: Context, extractor: str) -> Iterator[Event]:
    """Aid to the country a purpose phrase of a sum or of aid names."""
    for prep, _, lower, _ in ctx.scan():
        if lower in _PREPS and prep.dep_ in {"prep", "dative"}:
            for purpose in (c for c in prep.children if c.dep_ == "pobj"):
                yield from _purpose_events(ctx, prep, purpose, extractor)


def _purpose_events(ctx: Context, prep: Token, purpose: Token, extractor: str) -> Iterator[Event]:
    given = _given(ctx, prep.head)
    if given is None:
        return
    anchor, thing, s, givers = given
    if not givers or not all(public_payer(ctx, k) for k in givers):
        return  # a firm's money, or no one's
    helped = [k for k in helped_countries(ctx, prep, purpose) if k not in givers]
    events = make_events(ctx, anchor, thing, EventKind.COOPERATION, s, givers, helped,
                         [thing], extractor, 0.6)  # fmt: skip
    if anchor.pos_ in {"VERB", "AUX"}:
        yield from events
        return
    # a noun of its own keeps its own mood: "Sweden's proposed loan for X", "no aid for X"
    prospective, denied = g.noun_mood(anchor)
    planned = prospective or wanted_not_done(anchor)
    for e in events:
        e = replace(e, modality=Modality.PLANNED) if planned and e.cameo[:2] != "03" else e
        yield replace(e, negated=e.negated or denied or refused(anchor, e.cameo))


def _given(ctx: Context, head: Token) -> tuple[Token, Token, Sense, list[str]] | None:
    """What a purpose phrase hangs on, as (the anchor of its mood, what is given, its
    sense, the givers): a verb of giving with aid for object ("gave $5m towards"), or
    a sum or aid noun, given by the verb it is the object of or by its owner."""
    if head.pos_ in {"VERB", "AUX"}:
        things = [o for o in g.direct_objects(head) if is_aid(o)]
        if not things or not gives_aid(head, things):
            return None  # "sent troops to Iraq as part of the coalition": no aid
        s = _verb_sense(head, things)
        return None if s is None else (head, things[0], s, doers(ctx, head))
    if head.pos_ not in {"NOUN", "NUM", "PROPN"} or not is_aid(head):
        return None
    top = head  # "$20 million in aid for X": the amount "aid" is given in
    for _ in range(3):
        if top.dep_ == "compound":
            top = top.head
        elif (
            top.dep_ == "pobj" and top.head.lower_ == "in" and top.head.head.pos_ in {"NOUN", "NUM"}
        ):
            top = top.head.head
        else:
            break
    row = trigger(head.lower_, "noun") or trigger(head.lemma_.lower(), "noun")
    s = sense_of(row) if row is not None and row.type == "aid" else _by_money(head)
    verb = top.head
    if top.dep_ == "dobj" and verb.pos_ == "VERB":
        verb_s = _verb_sense(verb, [top]) if gives_aid(verb, [top, head]) else None
        return None if verb_s is None else (verb, head, _finer(verb, verb_s, s), doers(ctx, verb))
    if top.dep_ == "pobj":
        return None  # "spent $20m for" (no verb of giving), "in a package for": not given
    return head, head, s, owners(ctx, head) or owners(ctx, top)


def _verb_sense(verb: Token, things: list[Token]) -> Sense | None:
    """The sense of a verb of giving (its row of the trigger table) or of a verb that
    makes a sum available ("announced", "approved"); none for others ("raised")."""
    row = trigger(verb.lemma_, "verb")
    if row is not None and row.kind is EventKind.COOPERATION and row.type == "aid":
        return None if "arms-object" in row.flags else sense_of(row)  # "sold": trade
    if verb.lemma_ in _GRANTING:
        return _by_money(things[0]) if things else _AID
    return None


def _finer(verb: Token, verb_s: Sense, noun_s: Sense) -> Sense:
    """A verb of giving's own row, or, for a verb that only makes it available, the
    noun's ("announced a $30m package": the package's 071)."""
    return noun_s if verb.lemma_ in _GRANTING else verb_s


def _by_money(thing: Token) -> Sense:
    money = any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in thing.subtree)
    return _MONEY_AID if money else _AID


def helped_countries(ctx: Context, prep: Token, purpose: Token) -> list[str]:
    """The countries a purpose phrase names: the purpose itself ("for Pakistan"), its
    owner ("for Haiti's reconstruction") or, for a purpose of relief, rebuilding or its
    victims, where it is ("for flood relief in Pakistan", "towards the reconstruction of
    schools in Nepal"; the parser may hang "in" on what the phrase itself hangs on)."""
    own = _countries(ctx, purpose)
    if own or g.actors_of(ctx, purpose):
        return own  # a body or a person itself: the trigger rows' own business
    if not _names_purpose(purpose):
        return []
    worked = g.prep_objects(purpose, {"of"}) if purpose.lemma_.lower() in _WORKS else []
    found = [k for o in worked for k in _countries(ctx, o)]  # "the rebuilding of Haiti"
    for t in [purpose, *worked]:
        found += [k for c in t.children if c.dep_ == "poss" for k in _countries(ctx, c)]
        found += _countries_in(ctx, g.prep_objects(t, {"in"}))
    after = prep.right_edge.i + 1  # "announced $20m for flood relief in X": "in" on the verb
    if not found and after < len(prep.doc) and prep.doc[after].lower_ == "in":
        place = prep.doc[after]
        if place.dep_ == "prep" and place.head in {prep.head, *prep.head.ancestors}:
            found = _countries_in(ctx, [c for c in place.children if c.dep_ == "pobj"])
    return list(dict.fromkeys(found))


def _names_purpose(t: Token) -> bool:
    """A noun of relief, rebuilding or its victims, or one such a word qualifies
    ("refugee camps", "relief efforts"), or work done on a thing."""
    words = {t.lemma_.lower(), t.lower_}
    words |= {w for c in t.children if c.dep_ in {"compound", "amod"} and c.i < t.i
              for w in (c.lemma_.lower(), c.lower_)}  # fmt: skip
    return bool(words & _PURPOSES) or t.lemma_.lower() in _WORKS


def _countries_in(ctx: Context, places: list[Token]) -> list[str]:
    return [k for t in places for k in _countries(ctx, t) or
            [c for c in [country_of_place(ctx, t)] if c is not None]]  # fmt: skip


def _countries(ctx: Context, t: Token) -> list[str]:
    return [k for k in g.actors_of(ctx, t, include_places=True) if k.startswith("country/")]
