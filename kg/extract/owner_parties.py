"""Parties of a conflict or cooperation noun: its owners and the actors compounded
before it ("Russia's", "Israeli", "by Peru", "anti-Iran"; a country or body before
a noun of force uses it: "the US invasion of Iraq"), then those the parser hangs
away from it:

* the leader before a hyphen: "Saudi-led strikes on X" (Saudi Arabia strikes X);
* a phrase hung on the other party: "attacks by X on Y", "the detention of Y by X";
* the clause an "in" phrase modifies: "Peru recalled its envoy in protest at Chile's
  decision", "waged war in violation of Chile's sovereignty" (Peru acts against Chile);
* the court a charge is brought at: "charges at the ICC against X";
* the subject of a verb that draws, bears or receives it (:mod:`kg.extract.receivers`):
  "Chile drew criticism from Peru", "was met with protests from Peru", "Chile was the
  target of Peru's sanctions" (Peru against Chile), "X received arms from Y";
* an idiom of coming to help: "Peru came to the aid of Chile";
* the country where force lands on what no actor names: "strikes on hideouts in X";
* whom a verb says force hit: "strikes hit X", "X were killed in an Israeli strike";
* the country a protest is lodged with: "lodged a protest with X";
* the active verb that strikes someone with it: "Canada hit Russia with sanctions";
* the campaign the noun is compounded into: "a bombing campaign against X";
* the participle that says who did it: "sanctions imposed by X on Y", "a complaint
  lodged by X against Y";
* the verb of coming or arriving it is the subject of: "criticism of Y came from X",
  "aid from X reached Y".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.charged_deeds import scene_of_deed
from kg.extract.directed import targets_of
from kg.extract.doing import DOING_VERBS, doers, doing_verb
from kg.extract.mood_frames import denied
from kg.extract.noun_parties import hyphen_agents, hyphen_keys
from kg.extract.receivers import (
    appositive_bearer,
    carrier,
    drawing_verb,
    drawn_from_owner,
    greeted_with,
)
from kg.extract.senses import FORCE_ROOTS
from kg.extract.singled_out import singled_parties
from kg.extract.struck import struck_nearby, struck_place, told_hit, victims_of
from kg.extract.summing_nouns import summed_verb
from kg.extract.triggers import Trigger
from kg.language.event_words import CAMPAIGN_NOUNS, DOUBTED_NOUNS, WEAPON_MEASURES

_COURT_PREPS = {"at", "before"}
# What an attack does to whom it hits: "Kenyan airstrikes hit X", "the raid killed X's commander".
_STRIKING = frozenset("hit kill strike target destroy wound injure damage pound flatten".split())
# Verbs whose subject undergoes, not acts: "died in attacks on X", "lost billions in the war".
_UNDERGOING = frozenset(
    "die perish suffer lose fall be get remain stay flee escape survive disappear vanish".split()
)


def owners(ctx: Context, noun: Token) -> list[str]:
    """Who the noun belongs to: "Russia's", "Israeli", "by Peru", "from X"."""
    found = [k for c in noun.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
    for c in noun.children:
        if c.dep_ == "amod" and ctx.actors.at(c.i):  # "Israeli strikes", "the Russian invasion"
            found.extend(g.actors_of(ctx, c))
    found += [k for t in g.prep_objects(noun, {"by", "from"}) for k in g.actors_of(ctx, t)]
    found += leaders(noun)  # "Saudi-led strikes"
    found += [k for t in stray_by(noun) for k in g.actors_of(ctx, t)]
    # "charges, raised by the attorney general, that ...", "the claims made by X"
    found += [k for c in g.participles(noun) for t in g.agents(c) for k in g.actors_of(ctx, t)]
    return list(dict.fromkeys(found))


def stray_by(noun: Token) -> list[Token]:
    """ "dismissed complaints by X", "protested against attacks by X": the parser hangs
    the "by" phrase right after an active verb's object (or its preposition's) on the
    verb, which has no agent of its own."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in {"dobj", "pobj"} or verb.pos_ != "VERB" or g.is_passive(verb):
        return []
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
            and p.i == noun.right_edge.i + 1 for o in p.children if o.dep_ == "pobj"]  # fmt: skip


def _stray_aim(noun: Token, trig: Trigger) -> list[Token]:
    """ "denounced the raids by X on Y": the parser hangs both phrases after an active
    verb's object on the verb; the one right after the "by" phrase names the target."""
    strays = stray_by(noun)
    if not strays:
        return []
    verb, end = strays[0].head.head, max(t.right_edge.i for t in strays)
    aimed = trig.preps - {"by", "from", "of", "in"}
    return [t for p in verb.children if p.dep_ == "prep" and p.i == end + 1 and p.lower_ in aimed
            for t in p.children if t.dep_ == "pobj"]  # fmt: skip


def campaign_of(noun: Token, trig: Trigger) -> Token | None:
    """The campaign an act compounded before it names: "a bombing campaign against
    X", "Britain's bombing campaign", "a drone strike campaign" (whose owner and
    target are the act's). A strike with no modifier of its own is a stoppage ("a
    strike campaign against the airline")."""
    head = noun.head
    if noun.dep_ != "compound" or head.lemma_.lower() not in CAMPAIGN_NOUNS:
        return None
    modifiers = [
        *noun.children,
        *(c for c in head.children if c.i == noun.i - 1 and c.dep_ == "compound"),
    ]
    if "ambiguous" in trig.flags and not any(c.dep_ in {"compound", "amod"} for c in modifiers):
        return None  # "a drone strike campaign" ("drone" hung on "campaign") is force
    return head


def campaign_parties(ctx: Context, noun: Token, trig: Trigger) -> tuple[list[str], list[str]]:
    """The owners and targets of the campaign ``noun`` names, if it names one."""
    campaign = campaign_of(noun, trig)
    if campaign is None:
        return [], []
    aimed = trig.preps & {"against", "on", "at"}
    targets = [k for t in g.prep_objects(campaign, aimed) for k in targets_of(ctx, t)]
    return owners(ctx, campaign), targets


def compound_actors(ctx: Context, noun: Token) -> list[str]:
    """Actors named in a compound before the noun: "Ukraine offensive", "anti-Iran
    sanctions", "the Israel-Hamas truce"."""
    keys: list[str] = []
    for c in noun.children:
        if c.dep_ in {"compound", "nmod", "amod"} and c.i < noun.i:
            for t in c.subtree:
                if t.i < noun.i and t.dep_ != "poss":
                    keys.extend(k for k in [g.actor_of(ctx, t)] if k)
    return list(dict.fromkeys(keys))


def fronted_owners(ctx: Context, noun: Token, trig: Trigger, *, aimed_at: bool) -> list[str]:
    """Countries and bodies compounded right before a noun of force: "the US invasion
    of Iraq", "a NATO air strike", "US and British strikes" (who uses it, when whom it
    hits is said elsewhere), or of coercion that names whom it is aimed at ("a UN
    arrest warrant against X", "an ICC warrant for X's arrest": who issued it; "the
    Vale arrest warrant" alone names whom it is for; a coup, CAMEO 170, is never the
    country's: "the Thai coup against X"). A place there is where it happens, never
    who ("a Gaza strike"), and before words it may be ("a US lawsuit against X", filed
    there)."""
    coerced = aimed_at and trig.cameo[:2] == "17" and trig.cameo != "170"
    if trig.cameo[:2] not in FORCE_ROOTS and not coerced:
        return []
    found = [ctx.actors.at(t.i) for c in noun.children if c.dep_ in {"compound", "nmod"}
             and c.i < noun.i for t in [c, *c.conjuncts]]  # fmt: skip
    return [k for k in dict.fromkeys(found) if k and k.startswith(("country/", "org/"))]


def struck_targets(ctx: Context, noun: Token, trig: Trigger, agents: list[str]) -> list[str]:
    """Whom force hit, said by the verb it is an argument of: "strikes hit X", "the raid
    killed X's commander", "X were killed in an Israeli strike", "killed Yemeni sailors"."""
    verb, hit = noun.head, struck_victims(noun, trig)
    measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if measure.lower_ in WEAPON_MEASURES:  # "a wave of Israeli strikes hit X"
        noun, verb = measure, measure.head
    if noun.dep_ == "nsubj" and verb.lemma_ in _STRIKING and trig.cameo[:2] in FORCE_ROOTS:
        hit = told_hit(ctx, verb)
    found = [k for o in hit for k in targets_of(ctx, o)]
    return victims_of(ctx, hit, agents, [noun, verb], found)


def leaders(noun: Token) -> list[str]:
    """ "Saudi-led strikes", "a French-led offensive": who leads them."""
    return [k for c in noun.children if c.dep_ == "amod" and c.lower_ == "led"
            for k in hyphen_keys([t for t in hyphen_agents(c) if t.text[:1].isupper()])]  # fmt: skip


def adjunct_verb(noun: Token) -> Token | None:
    """The active verb an "in" phrase made of ``noun`` modifies, whose subject does
    what the noun names: "recalled its envoy in protest at X", "troops swept through
    the city in the occupation of X" (but who "died in attacks on X" made none)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    for _ in range(2):  # the parser may hang the phrase on the verb's object
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or g.is_passive(verb) or verb.lemma_ in _UNDERGOING:
        return None
    return verb


def hidden_agents(ctx: Context, noun: Token, trig: Trigger) -> list[str]:
    """Who does what ``noun`` names when no owner hangs on it: "the detention of
    Y by X", "charges at the court against Y", "in protest at Y's decision"."""
    # ("the jailing of the blogger X by Y": the phrase may hang on the apposition)
    held = [t for o in g.prep_objects(noun, {"of"} & trig.preps)
            for t in (o, *(c for c in o.children if c.dep_ == "appos"))]  # fmt: skip
    found = [k for o in held for b in g.prep_objects(o, {"by"}) for k in g.actors_of(ctx, b)]
    if not found and trig.type == "accuse" and not _brought(ctx, noun):
        found = [k for t in g.prep_objects(noun, _COURT_PREPS) for k in g.actors_of(ctx, t)
                 if k.startswith("org/") and not scene_of_deed(ctx, noun, t)]  # fmt: skip
        # (not "allegations of fraud at Norbank": where the fraud was, no court)
    verb = adjunct_verb(noun) or summed_verb(ctx, noun, trig)  # "..., a rebuke to Y"
    if not found and verb is not None:
        found = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    if not found:  # "X singled out Y for criticism"
        found = [k for t in singled_parties(noun)[0] for k in g.actors_of(ctx, t)]
    if not found and (drawer := drawing_verb(noun)) is not None:
        found = [k for h in (drawer, *carrier(noun)) for t in g.prep_objects(h, {"from", "by"})
                 for k in g.actors_of(ctx, t)]  # fmt: skip
        found = found or drawn_from_owner(ctx, noun, trig)  # "drew the ire of X"
    return found


def _brought(ctx: Context, noun: Token) -> bool:
    """A case someone files or brings "at" a court is theirs, not the court's:
    "X initiated proceedings against Y at the court" (not "charges at the court
    against Y were announced")."""
    verb = doing_verb(noun)
    return verb is not None and bool(doers(ctx, verb))


def hidden_targets(ctx: Context, noun: Token, trig: Trigger, agents: list[str]) -> list[str]:
    """Whom ``noun`` is aimed at when no phrase of its own says: "attacks by X on
    Y", "warnings from X to Y", "Y drew criticism from X", "X's strikes hit Y"."""
    # "the attack filed / carried out by X on Y": the phrase may hang on X
    by = [*g.prep_objects(noun, {"by"}), *(a for c in g.participles(noun) for a in g.agents(c))]
    # "warnings from X to Y": the parser may hang the phrase on "from" itself
    by += [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}]
    found = [k for b in by for t in g.prep_objects(b, trig.preps - {"by", "from", "of", "in"})
             for k in targets_of(ctx, t)]  # fmt: skip
    found += [k for t in _stray_aim(noun, trig) for k in targets_of(ctx, t)]
    # "criticism from Norway of Sweden's quotas": a country's name takes no "of" (a
    # person's may: "X of the Red Cross"), so the phrase is the noun's
    countries = [t for t in g.prep_objects(noun, {"by", "from"}) if t.ent_type_ == "GPE"]
    found = found or [k for c in countries for t in g.prep_objects(c, trig.preps & {"of"})
                      for k in targets_of(ctx, t)]  # fmt: skip
    # a person's "of" names a body ("X of the Red Cross"), never another person or
    # someone's plan: "criticism from Ann Lee of Ben Ray", "of Ben Ray's budget"
    people = [t for t in g.prep_objects(noun, {"by", "from"}) if t.ent_type_ == "PERSON"]
    found = found or [k for c in people for t in g.prep_objects(c, trig.preps & {"of"})
                      if t.ent_type_ == "PERSON" or _someones_idea(t)
                      for k in targets_of(ctx, t)]  # fmt: skip
    if not found and agents:  # "X singled out Y for criticism": Y
        found = [k for t in singled_parties(noun)[1] for k in targets_of(ctx, t)]
    if not found and agents and (drawer := drawing_verb(noun)) is not None:
        found = [k for s in g.subjects(drawer) for k in targets_of(ctx, s)]
    if not found and agents and (greeted := greeted_with(noun)) is not None:
        found = [k for s in g.subjects(greeted) for k in targets_of(ctx, s)]
    if not found and agents and (bearer := appositive_bearer(noun)) is not None:
        found = targets_of(ctx, bearer)  # "Iraq, the target of Turkish strikes,"
    found = found or struck_targets(ctx, noun, trig, agents)  # "strikes hit X"
    adjunct = adjunct_verb(noun)
    if not found and adjunct is not None:  # "recalled its envoy in protest at X's decision"
        hosts = {adjunct, noun.head.head}  # the phrase may hang on the verb's object
        found = [k for h in hosts for t in g.prep_objects(h, trig.preps - {"by", "from", "of", "in"})
                 for k in targets_of(ctx, t)]  # fmt: skip
    return [k for k in found if k not in agents]


# Verbs whose subject dies in what befalls it: "died in a US drone strike".
_PERISHING = frozenset({"die", "perish"})


def struck_victims(noun: Token, trig: Trigger) -> list[Token]:
    """Whom force fell on when ``noun`` names the means of a passive verb of striking
    or the occasion of a death: "X were killed in an Israeli strike", "wounded by a
    Turkish drone strike", "died in a US raid" (as "the raid killed X" says)."""
    if noun.dep_ != "pobj" or trig.cameo[:2] not in FORCE_ROOTS:
        return []
    prep, verb = noun.head, noun.head.head
    if prep.lower_ not in {"in", "by"} or verb.pos_ != "VERB":
        return []
    struck = verb.lemma_ in _STRIKING and g.is_passive(verb)
    if not (struck or (prep.lower_ == "in" and verb.lemma_ in _PERISHING)):
        return []
    victims = g.subjects(verb)  # "no X were killed", "X were not hurt": it fell on nobody
    nobody = any(map(denied, victims)) or any(  # a first "No" may hang on the verb
        c.lower_ == "no" and c.i < verb.i for c in verb.children
    )
    return [] if nobody or g.negated(verb) else victims


def _someones_idea(t: Token) -> bool:
    """ "Ben Ray's budget", "Chile's policy": an idea someone owns."""
    return t.lemma_.lower() in DOUBTED_NOUNS and any(c.dep_ == "poss" for c in t.children)


# "came to the aid of X", "rushed to X's defence": the subject helps X
_COMING = {"come", "rush", "leap", "leapt", "spring", "go", "run", "rally"}


def came_to_aid(ctx: Context, noun: Token) -> list[str]:
    """Whom "came to the aid of" helps, or nothing."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or verb.lemma_ not in _COMING:
        return []
    helped = [*g.prep_objects(noun, {"of"}), *(c for c in noun.children if c.dep_ == "poss")]
    return [k for t in helped for k in g.actors_of(ctx, t)]  # "came to X's defence"


_WIELDING = frozenset({"hit", "target", "slap", "punish"})


def struck_with(noun: Token) -> Token | None:
    """The active verb that strikes someone with what ``noun`` names: "Canada hit
    Russia with new sanctions", "slapped Iran with tariffs" (the subject imposes it
    on the object)."""
    verb = noun.head.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and verb.lemma_ in _WIELDING
        and verb.pos_ == "VERB"
        and not g.is_passive(verb)
    ):
        return verb
    return None


def done_by(noun: Token) -> list[Token]:
    """Participles that say someone did what ``noun`` names: "the attack carried
    out by X", "sanctions imposed by X", "a complaint lodged by X"."""
    return [c for c in g.participles(noun) if c.lemma_ in DOING_VERBS and g.agents(c)]


def targets_of_doer(ctx: Context, noun: Token, trig: Trigger) -> list[str]:
    """Whom the act is aimed at when the phrase hangs on such a participle
    ("sanctions imposed by X on Y", "a complaint lodged by X against Y")."""
    return [k for c in done_by(noun) for t in g.prep_objects(c, trig.preps - {"by", "from", "of"})
            for k in targets_of(ctx, t)]  # fmt: skip


def struck_country(ctx: Context, noun: Token, trig: Trigger, agents: list[str]) -> list[str]:
    """ "strikes on militant hideouts in Afghanistan", "strikes on Kyiv", "the siege of
    Mariupol": force used on what no actor names, in or near a place of a country,
    or on that place itself, is used on that country (as with a verb of force)."""
    if not agents or trig.cameo[:2] not in FORCE_ROOTS:
        return []
    hit = g.prep_objects(noun, trig.preps - {"by", "from", "in"})
    found = [k for aimed in hit if aimed.head.lower_ != "of"
             for place in g.prep_objects(aimed, {"in", "inside"}) for t in place.subtree
             if (k := ctx.actors.at(t.i)) and k.startswith("country/")]  # fmt: skip
    # "Israeli strikes on Gaza", "Russia's bombardment of Mariupol", "near Homs"
    found += struck_place(ctx, hit, agents) + struck_nearby(ctx, [noun, *hit], agents)
    return [k for k in dict.fromkeys(found) if k not in agents]


_LODGING = {"lodge", "file", "register", "deliver"}


def lodged_with(ctx: Context, noun: Token, trig: Trigger, verb: Token | None) -> list[str]:
    """ "Peru lodged a protest with Chile": a protest handed to a country's government
    is made against that country."""
    if (
        verb is None
        or verb.lemma_ not in _LODGING
        or (trig.type != "protest" and noun.lemma_.lower() != "complaint")
    ):  # "lodged a complaint with X" as "a protest"
        return []
    handed = [*g.prep_objects(noun, {"with"}), *g.prep_objects(verb, {"with"})]
    return [k for t in handed for k in g.actors_of(ctx, t) if k.startswith("country/")]


def came_from(ctx: Context, noun: Token) -> list[str]:
    """Who gave or said what ``noun`` names when it "came from" them: "criticism of
    Y came from X", "support for Y came from X"."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "come":
        return []
    return [k for t in g.prep_objects(noun.head, {"from"}) for k in g.actors_of(ctx, t)]


def sent_from(ctx: Context, noun: Token) -> list[str]:
    """Who sent what ``noun`` carries when the parser hangs "from" on the thing sent:
    "shipments of weapons from X to Y", "deliveries of tanks from X"."""
    return [k for o in g.prep_objects(noun, {"of"}) for t in g.prep_objects(o, {"from"})
            for k in g.actors_of(ctx, t)]  # fmt: skip


# Verbs whose object gets what their subject names: "aid from X reached Y", "a loan
# from X helped Y avoid default", "Chinese funding enabled Y to build the dam".
_REACHING = frozenset({"reach", "help", "enable", "allow", "save"})


def reached(ctx: Context, noun: Token) -> list[str]:
    """Who got what ``noun`` names when it reached or helped them: "aid from X reached
    Y", "a loan from X helped Y avoid default"."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ not in _REACHING:
        return []
    verb = noun.head
    # "helped Y avoid default", "allowed Y to win": the parser makes Y the clause's subject
    got = [*g.direct_objects(verb), *g.complement_subjects(verb)]
    return [k for t in got for k in targets_of(ctx, t)]
