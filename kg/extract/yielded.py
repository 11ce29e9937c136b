"""Yielding (CAMEO 08) told by idioms no trigger row can hold.

* Giving way to a demand: "Greece agreed to Albania's demand", "gave in to Albania's
  demands", "bowed to pressure from Albania", "acceded to the EU's request", "caved in
  to Albania", "backed down to Albania": the subject yields (080) to whoever demands
  (a bare "bowed to the crowd" is a bow, so only "give in", "cave in", "back down"
  and "capitulate" yield to an actor named directly).
* Letting another's people in: "North Korea allowed IAEA inspectors into the plant",
  "let inspectors from the IAEA in", "admitted UN monitors", "accepted AU
  peacekeepers": the subject receives them (0862 inspectors and monitors, 0861
  peacekeepers, 0863 aid workers) from the body or state they come from.
* Sending an envoy back: "Sweden returned its ambassador to Turkey", "sent its
  ambassador back to Turkey": as reopening an embassy, diplomatic cooperation (050);
  and captives: "Iran returned the captured sailors to Britain", "handed the sailors
  back to Britain" (0841, to a state only).
* A release "in exchange for" someone held by another state is a swap with it:
  "Venezuela freed X in exchange for Y, a businessman held by the United States".
* Captives set free, told by a noun: "Iran's release of Iraqi prisoners", "the
  freeing of six Iraqi soldiers by Iran" (084, as "released the prisoners").

Every event takes the mood of its verb ("refused to bow to X's demands" is negated,
"may let inspectors in" hypothetical); a noun's own mood is read for the release.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.act_mood import act_noun_mood, in_mood
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.doing import doers, doing_verb
from kg.extract.giving import is_captive
from kg.extract.modifier_owners import WITH_NMOD, modifier_owners
from kg.extract.owner_parties import owners
from kg.extract.senses import sense
from kg.extract.struck import held_nationals
from kg.extract.swapped import holders_traded
from kg.language.event_words import CAPTIVE_NOUNS
from kg.records import Event, EventKind

# Verb (with its particle, if any) that gives way "to" a demand.
_GIVING_WAY = {("give", "in"), ("cave", "in"), ("back", "down"), ("climb", "down"),
               ("capitulate", ""), ("bow", ""), ("yield", ""), ("accede", ""),
               ("succumb", ""), ("agree", ""), ("consent", ""), ("submit", ""),
               ("relent", ""), ("buckle", "")}  # fmt: skip
_GIVING_WAY_VERBS = frozenset(w for w, _ in _GIVING_WAY)
# Those that yield to an actor named alone ("caved in to Albania"); "bowed to the Queen"
# is a bow, "climbed down to X" a climb, "agreed to Albania" nothing.
_TO_ACTORS = {("give", "in"), ("cave", "in"), ("back", "down"), ("capitulate", "")}
# Verbs that assent to what their "to" names: only that phrase says whom they yield to.
_ASSENTING = {"agree", "consent", "submit", "accede"}
_DEMANDS = {"demand", "demands", "pressure", "pressures", "ultimatum", "request", "requests",
            "insistence", "call", "calls", "terms", "conditions", "wishes", "threat", "threats"}  # fmt: skip
_YIELD = sense("yield", "080")

# Who is let in, and the CAMEO code of receiving them.
_ADMITTED = {"inspector": "0862", "monitor": "0862", "observer": "0862", "investigator": "0862",
             "peacekeeper": "0861", "peacekeeping": "0861"}  # fmt: skip
_LETTING_IN = {"allow", "let", "admit", "permit", "accept", "grant"}
_ENVOYS = {"ambassador", "envoy", "ambassadors", "envoys"}
_RELEASES = {"release", "freeing"}


def yielded(ctx: Context, extractor: str) -> Iterator[Event]:
    for token, lemma, lower, pos in ctx.scan():
        if pos == "VERB" and lemma in _GIVING_WAY_VERBS:
            yield from _gave_way(ctx, token, extractor)
        if pos == "VERB" and lemma in _LETTING_IN:
            yield from _let_in(ctx, token, extractor)
        if pos == "VERB" and lemma in {"return", "send", "hand"} and not g.is_passive(token):
            yield from _envoy_back(ctx, token, extractor)
            yield from _captives_back(ctx, token, extractor)
        if lower in _RELEASES and pos == "NOUN":
            yield from _released(ctx, token, extractor)
        if lemma in {"release", "free"} and pos == "VERB":
            yield from _traded_back(ctx, token, extractor)


def _particle(verb: Token) -> str:
    return next((c.lower_ for c in verb.children if c.dep_ in {"prt", "prep", "advmod"}
                 and c.lower_ in {"in", "down"} and c.i == verb.i + 1), "")  # fmt: skip


def _gave_way(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "Greece gave in to Albania's demands", "bowed to pressure from Albania"."""
    key = (verb.lemma_, _particle(verb))
    if key not in _GIVING_WAY:
        return
    targets: list[str] = []
    tokens: list[Token] = []
    # "climbed down in the face of Albania's demands"
    faced = [o for f in g.prep_objects(verb, {"in"}) if f.lower_ == "face"
             for o in g.prep_objects(f, {"of"})]  # fmt: skip
    # "Under pressure from Washington, Mexico gave in": no "to", the pressure it gave in under
    under = [t for t in g.prep_objects(verb, {"under"}) if key[0] not in _ASSENTING]
    for t in [*g.prep_objects(verb, {"to"}), *faced, *under]:
        if t.lower_ in _DEMANDS:
            found = owners(ctx, t) or [k for o in g.prep_objects(t, {"of"})
                                       for k in g.actors_of(ctx, o)]  # fmt: skip
            found += [k for c in t.children if c.dep_ == "compound" for k in g.actors_of(ctx, c)]
            targets += found
            tokens += [t] if found else []
        elif key in _TO_ACTORS and (found := g.actors_of(ctx, t)):
            targets += found
            tokens.append(t)
    if not targets:
        return  # "bowed to public pressure", "agreed to the plan"
    yield from make_events(ctx, verb, verb, EventKind.COOPERATION, _YIELD, doers(ctx, verb),
                           targets, tokens, extractor, 0.65)  # fmt: skip


def _admitted(noun: Token) -> str | None:
    word = noun.lemma_.lower()
    if word == "peacekeeping":
        return None
    return _ADMITTED.get(word) or next(
        (_ADMITTED[c.lemma_.lower()] for c in noun.children
         if c.dep_ in {"compound", "amod"} and c.lemma_.lower() == "peacekeeping"), None)  # fmt: skip


def _let_in(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "North Korea allowed IAEA inspectors into the plant", "admitted UN monitors",
    "let inspectors from the IAEA in"; passives name the host in their "by" phrase."""
    people = [o for o in g.direct_objects(verb) if o.dep_ != "dative"]
    if verb.lemma_ in {"allow", "permit", "let"}:
        # "allowed inspectors to visit the site": the subject of the clause it allows;
        # "let UN peacekeepers into Darfur", parsed as a clause of its own
        people += g.complement_subjects(verb)
        people += [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"]
    if g.is_passive(verb):
        people = [s for s in g.subjects(verb)]
    for noun in people:
        code = _admitted(noun)
        if code is None:
            continue
        senders = modifier_owners(ctx, noun, WITH_NMOD)
        senders += [k for t in g.prep_objects(noun, {"from", "of"}) for k in g.actors_of(ctx, t)]
        if not senders:
            continue  # "allowed inspectors in": from no one named
        hosts = doers(ctx, verb)
        yield from make_events(ctx, verb, verb, EventKind.COOPERATION, sense("yield", code),
                               hosts, senders, [noun], extractor, 0.65)  # fmt: skip


def _envoy_back(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "Sweden returned its ambassador to Turkey", "sent its ambassador back to X"."""
    back = [c for c in verb.children if c.lower_ == "back" and c.dep_ in {"advmod", "prt"}]
    if verb.lemma_ != "return" and not back:
        return  # "sent its ambassador to Turkey": a posting, not a return
    envoys = [o for o in g.direct_objects(verb) if o.lower_ in _ENVOYS]
    if not envoys:
        return
    own = modifier_owners(ctx, envoys)
    senders = doers(ctx, verb)
    if any(k not in senders for k in own):
        return  # "returned Peru's ambassador to Lima": someone else's envoy
    places = [t for x in (verb, *envoys, *back) for t in g.prep_objects(x, {"to"})]
    targets = [k for t in places for k in targets_of(ctx, t)]
    yield from make_events(ctx, verb, verb, EventKind.COOPERATION, sense("cooperate", "050"),
                           senders, targets, [*envoys, *places], extractor, 0.65)  # fmt: skip


def _released(ctx: Context, noun: Token, extractor: str) -> Iterator[Event]:
    """ "Iran's release of Iraqi prisoners", "the release of six Iraqi soldiers by Iran"."""
    held = [t for t in g.prep_objects(noun, {"of"}) if is_captive(ctx, t)]
    if not held:
        return  # "the release of the report", "a press release"
    verb = doing_verb(noun)
    freers = owners(ctx, noun)
    if not freers and verb is not None:
        freers = doers(ctx, verb)  # "Iran announced the release of Iraqi prisoners"
    # "Iraqi prisoners": those of Iraq (a state's own nationals are no one's gift)
    freers, freed = held_nationals(ctx, "084", [], held, freers,
                                   [k for t in held for k in targets_of(ctx, t)])  # fmt: skip
    events = make_events(ctx, verb or noun, noun, EventKind.COOPERATION, sense("yield", "084"),
                         freers, freed, held, extractor, 0.65)  # fmt: skip
    yield from in_mood(events, *act_noun_mood(noun))


def _traded_back(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "A freed X in exchange for Y, held by B": a swap between A and B (0841)."""
    holders = holders_traded(ctx, verb)
    if holders:
        yield from make_events(ctx, verb, verb, EventKind.COOPERATION,
                               sense("yield", "0841", symmetric=True), doers(ctx, verb),
                               holders, [verb], extractor, 0.6)  # fmt: skip


def _captives_back(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "Iran returned the captured sailors to Britain", "handed the sailors back to
    Britain", "returned the British sailors": captives sent home (084), to a state only
    ("returned the prisoners to their cells" frees no one)."""
    back = [c for c in verb.children if c.lower_ == "back" and c.dep_ in {"advmod", "prt"}]
    if verb.lemma_ != "return" and not back:
        return
    held = [o for o in g.direct_objects(verb) if o.dep_ != "dative" and _held(o)]
    if not held:
        return  # "sent the migrants back to X" deports them
    places = [t for x in (verb, *back) for t in g.prep_objects(x, {"to"})]
    states = [k for t in places for k in targets_of(ctx, t) if k.startswith("country/")]
    senders = doers(ctx, verb)
    if not places:  # "returned the British sailors": to the state they are nationals of
        senders, states = held_nationals(ctx, "084", [], held, senders, [])
    states = [k for k in states if k.startswith("country/")]
    yield from make_events(ctx, verb, verb, EventKind.COOPERATION, sense("yield", "0841"),
                           senders, states, [*held, *places], extractor, 0.65)  # fmt: skip


# Who is held by another state, and words that say so: "the captured sailors".
_HELD_NOUNS = CAPTIVE_NOUNS | {"sailor", "soldier", "serviceman", "marine", "pilot", "fisherman",
                               "crew", "crewman", "seaman"}  # fmt: skip
_HELD_WORDS = {"captured", "kidnapped", "detained", "abducted", "jailed", "seized", "held"}


def _held(t: Token) -> bool:
    """Captives a state may send home: prisoners, hostages, servicemen or crews, or
    anyone called captured ("the captured sailors", "the kidnapped aid workers"); not
    migrants or a nation's people sent back, which is deporting them."""
    return t.lemma_.lower() in _HELD_NOUNS or any(
        c.dep_ in {"amod", "acl"} and c.lower_ in _HELD_WORDS for c in t.children
    )
