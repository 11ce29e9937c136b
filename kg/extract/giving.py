"""What a verb of giving gives and to whom: "lent Kenya $5 million", "provided
Kenya with a loan", "arms supplied by X to Y"; and whether what is given is aid
(money, arms, supplies) rather than advice or a letter, or control (of a base) handed over
(whose debt is written off: :mod:`kg.extract.written_debts`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.firm_trade import a_firm, commodity, to_firms
from kg.extract.modifier_owners import WITH_NMOD, modifier_owners
from kg.extract.papers import given_before
from kg.extract.relief_teams import relief_team
from kg.extract.struck import nation_named
from kg.language.body_words import STATE_BANK_WORDS
from kg.language.event_words import (
    AID_MEASURES,
    AID_OBJECTS,
    CAPTIVE_NOUNS,
    CONTROL_OBJECTS,
    PROPERTY_GIVING,
    PROPERTY_OBJECTS,
    VICTIM_NOUNS,
)
from kg.language.lexicon import ARMS_OBJECTS
from kg.records import EventKind

# What makes a machine of war a civilian one: "sold 30 passenger jets to X" is trade.
_CIVILIAN = frozenset({"passenger", "civilian", "commercial", "cargo", "business", "private"})
# Who is handed over as in an extradition, besides captives: "handed the suspects over".
_WANTED = frozenset({"suspect", "fugitive", "pirate", "convict"})
# Who is taken in war, besides prisoners: "released 15 Ukrainian soldiers".
_SERVICEMEN = frozenset({"soldier", "serviceman", "servicemen", "troop", "marine", "pilot"})


def given_to(verb: Token) -> list[Token]:
    """Who is given something named after it: "lent Kenya $5 million" (a dative,
    or the first of two objects), "provided Kenya with a loan" (the object, when
    "with" names what is given), "sent arms worth $1bn to Kenya"."""
    objects = g.direct_objects(verb)
    found = [o for o in objects if o.dep_ == "dative"]
    if len(objects) > 1 and objects[0].dep_ != "dative":
        found.append(objects[0])
    if objects and not found and any(is_aid(o) for o in g.prep_objects(verb, {"with"})):
        found.append(objects[0])
    # "extended loans worth $2bn to Kenya": the parser hangs "to" on "worth"
    found += [t for o in objects for a in o.children if a.dep_ == "amod" and a.lower_ == "worth"
              for t in g.prep_objects(a, {"to"})]  # fmt: skip
    # "handed over control of the base to X": the parser hangs "to" on what is controlled
    found += [t for o in objects if is_control(o) for p in g.prep_objects(o, {"of"})
              for t in g.prep_objects(p, {"to"})]  # fmt: skip
    found += [c for o in objects for c in o.children if _dative_as_modifier(verb, c)]
    return found or thanked_for(verb)


def _dative_as_modifier(verb: Token, word: Token) -> bool:
    """A recipient the parser hangs on what is given, right after the verb and before a
    count: "sold India 36 jets", "agreed to sell the Philippines two frigates"."""
    doc = verb.doc
    after = word.right_edge.i + 1
    return (
        word.dep_ in {"nmod", "compound"}
        and word.ent_type_ in {"GPE", "ORG"}
        and verb.i < word.left_edge.i
        and all(t.dep_ == "det" for t in doc[verb.i + 1 : word.left_edge.i])
        and after < word.head.i
        and doc[after].like_num
    )


def thanked_for(verb: Token) -> list[Token]:
    """Who thanks another for giving, when no one else is named as given to: "Ukraine
    thanked Poland for sending tanks", "Peru is grateful to Chile for providing aid"
    (Ukraine, Peru got them; not "... for sending tanks to Haiti")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "for" or g.prep_objects(verb, {"to"}):
        return []
    thanker = prep.head
    return g.subjects(thanker) if thanker.lemma_ in {"thank", "grateful"} else []


def given_things(verb: Token, passive: bool) -> list[Token]:
    """What a verb of giving gives: its object, "with" phrase or measure ("lent X
    $2bn"), or, in a passive, its subject ("weapons supplied by X to Y")."""
    things = [
        *g.direct_objects(verb),
        *g.prep_objects(verb, {"with"}),
        *(c for c in verb.children if c.dep_ == "npadvmod"),
    ]
    if any(t.dep_ != "dative" for t in things):  # "gave the troops a day": who gets it
        things = [t for t in things if t.dep_ != "dative"]
    return things + g.subjects(verb) if passive else things


# Bodies that wage a war: "as part of the coalition", "as part of the invasion".
_WARRING = frozenset({"coalition", "invasion", "occupation", "war", "campaign", "offensive"})


def gives_aid(verb: Token, given: list[Token]) -> bool:
    """Whether a verb of giving gives aid ("supplied Kenya with arms", "gave Benin 26
    treasures": property only when given away, not lent or sent; ``given``: its
    :func:`given_things`), and not troops sent to fight in a war or coalition: "Australia
    sent troops to Iraq as part of the US-led coalition" aids no Iraq (but "sent aid to
    Haiti as part of a UN effort" does)."""
    owned = verb.lemma_.lower() in PROPERTY_GIVING  # "gave X 26 treasures", not "lent X paintings"
    if not any(is_aid(o) or (owned and is_property(o)) for o in given) or _firms_wares(verb, given):
        return False
    if verb.lemma_ == "award" and not any(map(_named_funds, given)):
        return False  # a court's damages, a tournament: "awarded Morocco the 2030 World Cup"
    return not any(
        (b.lemma_.lower() in _WARRING or any(c.lower_ == "led" for c in b.children))
        for p in g.prep_objects(verb, {"as"})
        if p.lower_ == "part"
        for b in g.prep_objects(p, {"of"})
    )


# What is awarded as aid, by its name: "awarded X a grant", "a $1bn credit line".
_FUNDS = frozenset({"grant", "loan", "funding", "aid", "assistance", "credit", "fund", "subsidy"})


def _named_funds(thing: Token) -> bool:
    return thing.lemma_.lower() in _FUNDS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _FUNDS for c in thing.children
    )


def _firms_wares(verb: Token, given: list[Token]) -> bool:
    """Goods a firm delivers, counted or traded but no aid by name: "Airbus delivered ten
    airliners to India", "Shell shipped crude oil to India" are trade ("Oxfam delivered
    20 tonnes of food", "$2bn": aid still); so is whatever a firm gives a firm."""
    subjects = g.subjects(verb)
    if not subjects or not all(map(a_firm, subjects)):
        return False
    return to_firms(verb) or not any(
        (_named_aid(o) and not commodity(o)) or is_arms(o) for o in given
    )


def _named_aid(thing: Token) -> bool:
    """Aid by its name or by its sum, not by a count alone."""
    return is_aid(thing) and not (
        thing.lemma_.lower() not in AID_OBJECTS
        and thing.lower_ not in AID_OBJECTS
        and any(t.like_num for t in thing.lefts)
        and not any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in thing.subtree)
        and not any(c.dep_ == "compound" and AID_OBJECTS & {c.lemma_.lower(), c.lower_}
                    for c in thing.children)
        and not any(p.dep_ == "prep" and p.lower_ == "of" for p in thing.children)
    )  # fmt: skip


def is_aid(thing: Token) -> bool:
    """Money, arms or supplies: "arms", "$2bn", "a million rupees", "air defence
    systems" (what the compound before the noun says it is for); never time ("gave
    the envoy 72 hours to leave")."""
    if thing.ent_type_ in {"DATE", "TIME"}:
        return False
    return (
        thing.lemma_.lower() in AID_OBJECTS
        or thing.lower_ in AID_OBJECTS  # "arms", whose lemma is "arm"
        or any(
            c.dep_ == "compound" and AID_OBJECTS & {c.lemma_.lower(), c.lower_}
            for c in thing.children
        )  # "arms sales", "weapons deliveries"
        or relief_team(thing)  # "a medical team", "rescue crews"
        or any(
            thing.lower_ in AID_MEASURES and p.lower_ == "of" and is_aid(o)
            for p in thing.children
            if p.dep_ == "prep"
            for o in p.children
            if o.dep_ == "pobj"
        )  # "a line of credit", "shipments of rice"
        or any(t.ent_type_ == "MONEY" for t in thing.subtree)
        or any(c.tag_ == "$" for c in thing.lefts)  # "$1bn", whatever the model tags it
        # "a million rupees"; not "30 paintings", property counted (:func:`gives_aid`)
        or (any(t.like_num for t in thing.lefts) and not is_property(thing))
    )


def is_property(thing: Token) -> bool:
    """Goods of value by their name, given as gifts or given back: "the bronzes", "looted
    artefacts", "a batch of manuscripts" (``property`` in ``data/thing-words.txt``)."""
    if {thing.lemma_.lower(), thing.lower_} & PROPERTY_OBJECTS:
        return True
    return thing.pos_ in {"NOUN", "NUM"} and any(map(is_property, g.prep_objects(thing, {"of"})))


def is_captive(ctx: Context, t: Token, held: bool = True) -> bool:
    """A person by name, or (``held``) someone held: "the prisoners", "20 hostages",
    "two Chilean sailors", "15 Ukrainian soldiers", "six jailed Americans" (people named
    by their nation: a plural demonym noun, not "American prisoners")."""
    person = any(k.startswith("person/") for k in g.actors_of(ctx, t))
    if person or not held:
        return person
    lemma = t.lemma_.lower()
    return nation_named(t) is not None or lemma in CAPTIVE_NOUNS | VICTIM_NOUNS | _SERVICEMEN


def handed_people(ctx: Context, things: list[Token]) -> list[Token]:
    """People among what is handed over: "handed over Ivo Marr / the suspects / two
    prisoners to X" (not "a letter", "control of the base")."""
    return [t for t in things if is_captive(ctx, t) or t.lemma_.lower() in _WANTED]


# What is handed to someone as a penalty, not a gift: "handed X a $5 million fine".
_PENALTIES = frozenset({"fine", "penalty", "bill", "damages", "compensation", "sentence"})


def handed_aid(ctx: Context, things: list[Token]) -> bool:
    """Aid handed over, not people or a penalty: "handed the Philippines ten patrol
    boats", "handed over $5 million to X" (not "handed over two suspects to X", "handed X
    a $5 million fine", "handed X a protest note")."""
    named = [t for t in things if AID_OBJECTS & {t.lemma_.lower(), t.lower_} or is_arms(t)
             or any(w.ent_type_ == "MONEY" for w in t.subtree)]  # fmt: skip
    return (
        bool(named)  # (not a count alone: "handing a first cap to X")
        and not handed_people(ctx, [t for t in things if t.dep_ != "dative"])
        and not any(t.lemma_.lower() in _PENALTIES for t in things)
    )


def is_arms(thing: Token) -> bool:
    """Weapons or machines of war: "arms", "fighter jets", "missile systems", "a batch
    of tanks" (not "shares", "its stake", "cars")."""
    words = {thing.lemma_.lower(), thing.lower_}
    words |= {
        w for c in thing.children if c.dep_ == "compound" for w in (c.lemma_.lower(), c.lower_)
    }
    if any(c.lower_ in _CIVILIAN for c in thing.children):
        return False  # "passenger jets", "civilian helicopters"
    if words & ARMS_OBJECTS:
        return True
    return thing.lower_ in AID_MEASURES and any(
        is_arms(o) for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"
    )  # fmt: skip


def is_control(thing: Token) -> bool:
    """Control of a place or a task, or the place itself: "control of the base",
    "security responsibility", "the airfield"."""
    return thing.lemma_.lower() in CONTROL_OBJECTS or thing.lower_ in CONTROL_OBJECTS


# Verbs that hand over what a noun names: "gave Iraq an ultimatum", "handed X a warning".
_HANDING = frozenset({"give", "hand", "deliver", "issue", "serve", "send"})


def handed_to(ctx: Context, noun: Token) -> list[str]:
    """Who is handed what ``noun`` names: the dative ("gave Iraq an ultimatum",
    "handed Georgia a warning") or the passive subject ("Serbia was given an
    ultimatum by NATO"); not "gave an ultimatum to X", found by the noun's "to"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in _HANDING:
        return []
    found = given_before(verb, noun)  # "handed Togo a warning": Togo may be read as an object
    if not found and g.is_passive(verb):
        found = g.subjects(verb)
    return [k for t in found for k in g.actors_of(ctx, t)]


def helped(ctx: Context, verb: Token, found: list[Token]) -> list[Token]:
    """Who "help" helps: the actor named right after it, before what it helps do
    ("sent jets to help Syria fight rebels", "to help Ivory Coast restore order": the
    parser may hang the name on the next verb, or read it as that verb's subject, and
    take the rebels for the one helped); else ``found``, else the subject of a bare
    clause ("helped Kazakhstan restore order")."""
    doc, i = verb.doc, verb.i + 1
    i += i < len(doc) and doc[i].lower_ == "the"
    key = ctx.actors.at(i) if i < len(doc) else None
    if key is not None and not key.startswith("group/"):  # (a group may glue words on)
        while i + 1 < len(doc) and ctx.actors.at(i + 1) == key:
            i += 1  # the name's last word: "Coast" of "Ivory Coast"
        return [doc[i]]
    return found or [t for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VB"
                     for t in g.subjects(c)]  # fmt: skip


# What a backer lends to the side it backs, told instead of the backer: "backed by
# American air strikes", "supported by Iranian money and weapons" (by lemma; machines
# of war already stand for their owner: "backed by French warplanes").
_LENT = frozenset(
    """strike airstrike air-strike raid bombing power firepower weapon arm money fund
    funding cash""".split()
)


def lent_by(ctx: Context, kind: EventKind, t: Token) -> list[str]:
    """Who backs a side with what ``t`` names, its owner: "backed by American air
    strikes" (the United States), "Iranian money helped the rebels" (Iran); none for
    a thing of no one's ("backed by strong sales") or outside cooperation."""
    if kind is not EventKind.COOPERATION or t.lemma_.lower() not in _LENT:
        return []
    return [k for k in modifier_owners(ctx, t, WITH_NMOD) if not k.startswith("place/")]


def to_hung_elsewhere(noun: Token) -> list[Token]:
    """Who receives what a giving noun with an "of" phrase names, when the parser hangs
    its "to" elsewhere: on what is given ("India's gift of two helicopters to Nepal",
    "a loan of $2bn to Kenya") or, right after the noun's phrase, on the verb that takes
    it ("welcomed Japan's loan of $2bn to Kenya"); none without an "of" phrase."""
    given = g.prep_objects(noun, {"of"})
    found = [t for o in given for t in g.prep_objects(o, {"to"})]
    verb = noun.head
    if not found and given and noun.dep_ == "dobj" and verb.pos_ == "VERB":
        found = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                 and p.i == noun.right_edge.i + 1 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    amount = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if not found and amount is not None and amount.pos_ in {"NOUN", "NUM"}:
        found = g.prep_objects(amount, {"to", "for"})  # "20 million euros in aid for X"
    return found


# What holds a state's money: "its central bank", "the Egyptian treasury", "Kenya's
# coffers" (a deposit there props the state up; one in a firm's bank is business).
_STATE_PURSES = frozenset({"treasury", "coffers", "reserves", "exchequer"})


def to_a_state(flags: frozenset[str], tokens: list[Token], keys: list[str]) -> list[str]:
    """With the "state-target" flag, only what goes to a country or to its central
    bank or treasury is given to anyone ("deposited $3bn in Egypt's central bank";
    not "deposited $2bn with Barclays")."""
    if "state-target" not in flags:
        return keys
    if any(map(_state_purse, tokens)):
        return keys
    return [k for k in keys if k.startswith("country/")]


def _state_purse(t: Token) -> bool:
    lemma = t.lemma_.lower()
    return lemma in _STATE_PURSES or (
        lemma == "bank"
        and any(
            c.lower_ in _STATE_ONLY_BANKS or (c.is_lower and c.lower_ in STATE_BANK_WORDS)
            for c in t.children
        )
    )


# The words only a state's bank is named with ("its central bank", "the Reserve Bank");
# the others of a state's bank only in lower case ("Egypt's national bank"), as they
# also open lenders' names ("National Kestrel Bank").
_STATE_ONLY_BANKS = STATE_BANK_WORDS & {"central", "reserve"}


# Who turns what is given away: "refused a loan from X", "rejected aid from X", "turned
# down a grant from X" (never given; an offer or pledge was still made, CAMEO 03x).
_REFUSING = frozenset({"refuse", "reject", "decline", "spurn", "rebuff"})


def refused(noun: Token, cameo: str) -> bool:
    """Whether what ``noun`` names as given is refused by the verb it is the object of."""
    if cameo.startswith("03") or noun.dep_ != "dobj":
        return False
    verb = noun.head
    return verb.lemma_ in _REFUSING or (
        verb.lemma_ == "turn" and any(c.lower_ == "down" for c in verb.children)
    )
