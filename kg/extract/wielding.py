"""What a verb of force is wielded with: weapons ("fired a barrage of rockets at
X"), words and ideas ("attacked the government's plans", "hit out at the
minister over tax"), which make an ambiguous verb of force criticism, or measures
imposed ("hit Russia with sanctions"), whose noun names the event.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context
from kg.extract.invited_forces import entered_with_consent
from kg.extract.passives import FIRED
from kg.extract.when import says_when
from kg.language.country_agents import ARMED_BODIES
from kg.language.event_words import IDEA_NOUNS, SCATHING, TOGETHER_WORDS, WEAPON_MEASURES
from kg.language.lexicon import ARMED_AGENTS, FIGHTER_NOUNS, listed_words
from kg.language.paper_words import WORDED_NOUNS
from kg.language.peoples_at_war import nation_at_arms
from kg.language.ships import ship_state


def weapons(verb: Token) -> list[Token]:
    """What a verb throws or fires: its objects, or what they count ("a barrage of
    rockets", "dozens of drones"); passive, its subject ("gas was used against X").
    A paper named by its "of" phrase is that phrase too: "signed a memorandum of
    understanding with X" (the parser hangs "with X" on "understanding")."""
    objects = g.direct_objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    return objects + [t for o in objects if o.lower_ in WEAPON_MEASURES | _NAMED_BY_OF
                      for t in g.prep_objects(o, {"of"})]  # fmt: skip


# Papers signed whose "of" phrase says what they are: "a memorandum of understanding",
# "a letter of intent", "a declaration of principles", "a treaty of friendship".
_NAMED_BY_OF = frozenset({"memorandum", "letter", "declaration", "treaty", "protocol"})


# Who moves into a country with force: armed men and machines of war, not police nor
# firms ("Turkish troops crossed into Iraq", "tanks rolled into X").
_INVADERS = (
    (ARMED_AGENTS - {"police"})
    | frozenset("forces army armies military units columns".split())
    | ARMED_BODIES
)


def _ship(t: Token) -> bool:
    """What is sunk in an attack: a ship ("sank a Chilean patrol boat"), named after its
    kind ("the cruiser General Belgrano") or by its navy's prefix ("the ROKS Cheonan");
    not "sank the Croatian" in a match, nor "sank the plan"."""
    vessels = listed_words("thing-words.txt")["vessel"]
    kinds = [t, *(c for c in t.children if c.dep_ == "compound")]
    return any(k.lemma_.lower() in vessels for k in kinds) or bool(
        ship_state(t.doc[t.left_edge.i : t.i + 1].text)
    )


def unarmed(verb: Token, flags: frozenset[str], ctx: Context) -> bool:
    """ "the firm moved into Chile", "tourists poured into Spain": a verb of moving
    that is force only when troops or machines of war move ("Syrian troops entered
    Lebanon", "a column of Russian tanks rolled into Georgia", "sent troops into X")
    moves no army here ("sent shockwaves into the market");
    and a verb that is force only on a ship ("sank a Chilean gunboat", "the boat was
    sunk by X") strikes none ("sank the Croatian in straight sets"); a verb of falling
    is force only when what falls was fired ("a Syrian shell landed in a Turkish
    town"; not "shares fell in Tokyo", "the envoy landed in Baku"). Armed men who go
    in with the country's own forces attack it not (:mod:`kg.extract.invited_forces`)."""
    if {"armed-object", "armed-agent"} & flags and entered_with_consent(ctx, verb):
        return True
    if "vessel-object" in flags:
        hit = g.direct_objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
        return not any(map(_ship, hit))
    movers = g.subjects(verb) + g.agents(verb)
    if "armed-object" in flags:  # "sent troops into X": what is sent moves
        movers = [c for c in verb.children if c.dep_ == "nsubjpass"] + g.direct_objects(verb)
        flags |= {"armed-agent"}
    movers += [t for m in movers for t in g.prep_objects(m, {"of"})]  # "thousands of troops"
    if "fired-agent" in flags:  # "a Syrian shell landed in X", not "the envoy landed in X"
        return not any(t.lemma_.lower() in FIRED for t in movers)
    return "armed-agent" in flags and not any(
        t.lower_ in _INVADERS or nation_at_arms(t)
        for t in movers  # "by the Germans"
    )


def by_force(verb: Token, passive: bool) -> bool:
    """ "the army expelled the militants from the valley", "troops drove out the
    rebels": armed men act, or armed men are driven off; a verb that is otherwise a
    step of diplomacy ("expelled the ambassador") is then the use of force."""
    movers = g.subjects(verb) + g.agents(verb) if not passive else g.agents(verb)
    driven = g.subjects(verb) if passive else g.direct_objects(verb)
    return any(t.lower_ in _INVADERS for t in movers) or any(
        t.lower_ in FIGHTER_NOUNS for t in driven
    )


def is_idea(t: Token) -> bool:
    """A plan, a stance, a remark: what words, not arms, attack. Plural "positions"
    about nothing are held by troops ("shelled Armenian positions"); "its positions
    on trade" are stances."""
    if t.lemma_.lower() == "position" and t.tag_ == "NNS":
        return bool(g.prep_objects(t, {"on", "over"}))
    return t.lemma_.lower() in IDEA_NOUNS or t.lemma_.lower() in _RULES


# Rules and rulings a body makes: "attacked the EU's new rules", "the court's ruling".
_RULES = frozenset(
    """rule regulation measure tariff restriction guideline legislation ruling verdict
    directive decree""".split()
)


_ARMED = ARMED_AGENTS | FIGHTER_NOUNS | {"forces"}


def verbal(ctx: Context, verb: Token, agents: list[str], objects: list[Token]) -> bool:
    """ "attacked the government's plans", "hit out at the minister over tax": an
    ambiguous verb of force used of words and ideas, not of arms."""
    if any(map(is_idea, objects)) or _worded(verb):
        return True
    reasons = [o for o in g.prep_objects(verb, {"over", "for"}) if not _a_time(o)]
    if reasons or any(_particle(verb, c) for c in verb.children):
        return True  # "hit out at X", "attacked X over its plans" (not "for the second time")
    # (not the other side: "clashed with X in a debate")
    weapons = [t for t in g.prep_objects(verb, {"with"}) if t.i not in {o.i for o in objects}]
    if any(t.lower_ in _ARMED for t in g.subjects(verb) + g.agents(verb)):
        return False  # "Ali Sow's soldiers attacked X", "fighters loyal to X": with arms
    targets = [k for t in objects for k in g.actors_of(ctx, t)]
    if _partisan(ctx, agents) and _partisan(ctx, targets):
        return not weapons  # "Labour attacked the Tories": one party's words at another
    return people_only(agents) and not weapons


# Prepositions a passive leaves behind its verb: "the boat was fired on by X".
_STRANDED = frozenset({"on", "upon", "at"})


def _worded(verb: Token) -> bool:
    """ "a statement attacking X", "a speech that attacked X", "a letter hit out at X":
    a paper or a speech attacks with words."""
    said_by = [verb.head] if verb.dep_ in {"acl", "relcl"} else []
    said_by += [c for c in verb.children if c.dep_ == "nsubj"]
    return any(t.lemma_.lower() in WORDED_NOUNS for t in said_by)


def _particle(verb: Token, child: Token) -> bool:
    """A particle that makes a verb of force one of words ("hit out at X"), not the
    preposition a passive strands ("was fired on by gunboats": shots, no words)."""
    return child.dep_ == "prt" and not (g.is_passive(verb) and child.lower_ in _STRANDED)


# Whom a campaign or a firm aims at: "targeting Labour voters", "target marginal seats".
_AUDIENCES = frozenset(
    """voter vote seat constituency marginal supporter customer consumer
    market audience viewer reader fan donor buyer shopper investor""".split()
)


def courted(objects: list[Token]) -> bool:
    """ "UKIP is targeting disaffected Labour voters", "the Tories target Labour
    seats": an ambiguous verb of force aimed at voters, seats or buyers is a
    campaign's, no attack and no criticism."""
    return any(o.lemma_.lower() in _AUDIENCES for o in objects)


# Last words of the names of political parties ("Labour Party", "Liberal Democrats").
_PARTY_WORDS = {"Party", "Democrats", "Republicans", "Conservatives", "Liberals", "Socialists"}


def _partisan(ctx: Context, keys: list[str]) -> bool:
    """Whether ``keys`` are people and political parties and nothing else."""
    named = ctx.actors.actors
    return bool(keys) and all(
        k.startswith("person/") or (k in named and named[k].name.split()[-1] in _PARTY_WORDS)
        for k in keys
    )


# Nouns of a time or span: "for the second time", "over the weekend" say when, not why.
_TIMES = frozenset("time times year years day days week weeks month months hour hours "
                   "decade decades night nights weekend while period".split())  # fmt: skip


def _a_time(t: Token) -> bool:
    return t.lemma_.lower() in _TIMES or t.ent_type_ in {"DATE", "TIME"}


def spoken(held: Token, agents: list[str]) -> bool:
    """ "X came under fire from Y for closing its markets", "X's plan came under
    fire", "X drew fire from Senator Y": what is drawn for a reason, at an idea, or
    from people alone is words, not arms; the reason may hang on what is drawn ("came
    under heavy fire from X over the arrests"), but not a time ("over the weekend")."""
    drawn = [held, *g.prep_objects(held, {"under"}), *g.direct_objects(held)]
    reasons = [o for t in drawn for o in g.prep_objects(t, {"for", "over"}) if not _a_time(o)]
    if reasons or any(map(is_idea, g.subjects(held))):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(d.dep_ == "pcomp" for d in c.children)
           for c in held.children):  # fmt: skip
        return True
    return people_only(agents)


def worded(noun: Token, agents: list[str], targets: list[str]) -> bool:
    """ "a scathing attack on X", "Senator X's attack on Senator Y": an ambiguous
    noun of force made of words, by its manner or between people alone (a leader's
    attacks on a country stay force)."""
    if any(c.dep_ == "amod" and c.lower_ in SCATHING for c in noun.children):
        return True
    armed = g.prep_objects(noun, {"with"})
    return people_only(agents) and people_only(targets) and not armed


def people_only(keys: list[str]) -> bool:
    """Whether ``keys`` are people and nothing else: what people alone do with a
    verb or noun of force, they do with words."""
    return bool(keys) and all(k.startswith("person/") for k in keys)


@cache
def _imposed_nouns() -> frozenset[str]:
    return frozenset(w for w, _ in triggers.words(frame="imposed", pos="noun"))


def imposed_with(verb: Token) -> bool:
    """What the verb strikes with, or what does the striking, is imposed: "hit
    Russia with new sanctions", "the sanctions target banks", "imposed sanctions
    on X, targeting firms run by the army" (the sanctions' own event)."""
    nouns = _imposed_nouns()

    def imposed(t: Token) -> bool:
        return t.lower_ in nouns or t.lemma_.lower() in nouns

    if any(imposed(o) for o in g.prep_objects(verb, {"with"})):
        return True
    if any(imposed(c) for c in verb.children if c.dep_ == "nsubj"):
        return True
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG"
            and any(imposed(o) for o in g.direct_objects(verb.head)))  # fmt: skip


def each_the_others(
    verb: Token, agents: list[str], target_tokens: list[Token], flags: frozenset[str]
) -> bool:
    """Whether the subjects act on each other, having no other target: "A and B
    accused each other", and for a reciprocal word "A and B fought"."""
    if len(agents) >= 2 and (g.reciprocal(target_tokens) or _each_the_other(verb, target_tokens)):
        return True
    return len(set(agents)) == 2 and "reciprocal" in flags and fought_each_other(verb)


def _each_the_other(verb: Token, objects: list[Token]) -> bool:
    """ "A and B each blamed the other", "both governments accused the other", "each
    criticised the other's leader": a bare "the other" is the rest of the subjects when
    "each" or "both" says every one of them acts (not "A and B blamed the other side",
    nor "A and B blamed the other")."""
    held = [*objects, *(c for o in objects for c in o.children if c.dep_ == "poss")]
    if not any(o.lower_ == "other" and any(d.lower_ == "the" for d in o.children) for o in held):
        return False
    sides = [t for s in g.subjects(verb) for t in s.subtree] + list(verb.children)
    return any(t.lower_ in {"each", "both"} for t in sides)


def fought_each_other(verb: Token) -> bool:
    """ "A and B fought over the border", "A and B clashed on Monday": two who fight,
    quarrel or clash with no one else named fight each other, unless the verb says
    they were together or where or for what they fought ("fought side by side",
    "fought in Iraq", "fought for independence": allies, maybe)."""
    for c in verb.children:
        if (
            c.lower_ in TOGETHER_WORDS
            or c.dep_ == "dobj"
            or (c.dep_ == "xcomp" and c.tag_ == "VBG")
        ):
            return False  # (what "A and B fought a war" says is the war's: see warring;
            # "fight poaching", a gerund the parser took for a clause, is what is fought)
        dated = says_when(c)  # "on Monday"
        if c.dep_ == "prep" and c.lower_ not in {"over", "about"} and not dated:
            return False
    return True


def worked_together(verb: Token) -> bool:
    """ "A and B worked together (closely, with each other, on the new chip)": two who
    do something of no kind of its own cooperate only when the verb says they did it
    together or on one thing ("A and B worked as contractors for X": each at their
    own work)."""
    return any(
        c.lower_ in TOGETHER_WORDS
        or c.lower_ == "closely"
        or (c.dep_ == "prep" and c.lower_ == "with")
        or (c.dep_ == "prep" and c.lower_ == "on" and not _no_one_thing(c))  # one project
        for c in verb.children
    )


def _no_one_thing(prep: Token) -> bool:
    """ "worked on their own reforms", "on separate plans", "on Monday": no one thing
    worked on together."""
    return says_when(prep) or any(
        t.lower_ in {"own", "separate", "respective", "different"} for t in prep.subtree
    )
