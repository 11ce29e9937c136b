"""Name-calling: a hostile label an actor puts on another opposes it (CAMEO 111).

``X called/branded/labelled/described Y (as) a liar``, ``X dismissed / portrayed Y
as a failure``, ``X likened Y to a despot``, ``Y was branded a traitor by X``, ``X
called Y's plan a mistake`` (Y's thing: Y); and, in what a
speaker says, a copular judgement of an actor: ``"Y is a danger to the world," X
said``, ``X said Y was a traitor``, ``X said Y is anti-farmer``, ``X said Y was
behaving like a dictator``, ``"He is a liar," X said of Y``. The labels are data
(``kg/language/data/label-words.txt`` and
:data:`kg.language.event_words.NEGATIVE_WORDS`); praise ("a hero"), labels of
things ("called the plan a success"), labels denied ("did not call Y a liar", "Y
was no racist", "said nobody believed Y was a liar") or put by no one ("Y has
been called a liar") say nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from itertools import pairwise

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.act_nouns import act_doers
from kg.extract.base import Context
from kg.extract.designations import DECLARING, DESIGNATING, designated
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.labelled import by_agents, quote_mark
from kg.extract.senses import sense
from kg.language.event_words import NAMING_VERBS, NEGATIVE_WORDS
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import listed_words
from kg.language.reduced_relatives import act_words
from kg.records import Event, EventKind

# "designated X a terrorist group"; "dismissed / portrayed / listed X as ..." only with "as"
# "likened / compared Y to a dictator" name with "to"
LABELLING_VERBS = NAMING_VERBS | {"designate", "dismiss", "portray", "paint", "liken", "compare"}
LABELLING_VERBS |= DESIGNATING - DECLARING  # "declared X's arrest unlawful" names no one
_AS_ONLY = {"dismiss", "portray", "paint", "list"}
_LIKENING = {"liken", "compare"}


@cache
def _hostile_words() -> frozenset[str]:
    words = listed_words("label-words.txt")
    judged = frozenset(w.replace("_", " ") for w in words["judged"])  # "talking shop"
    return NEGATIVE_WORDS | words["person"] | words["quality"] | judged


def hostile(words: set[str]) -> bool:
    """Whether any of ``words`` (lower case) is a hostile label."""
    return not _hostile_words().isdisjoint(words)


def label_forms(words: Sequence[Token]) -> set[str]:
    """The lower-case words of a label and each two of them said in a row ("a talking
    shop", "a talking-shop": "talking shop"), for :func:`hostile`."""
    plain = sorted((t for t in words if t.text != "-"), key=lambda t: t.i)
    pairs = {f"{a.lower_} {b.lower_}" for a, b in pairwise(plain)
             if b.i - a.i <= 2}  # fmt: skip
    return {t.lower_ for t in plain} | pairs


def condemns_a_deed(ctx: Context, objects: list[Token], words: set[str]) -> bool:
    """Whether ``words`` condemn a deed ("an attack on ...", "political") and what is so
    called is a thing, not an actor ("called the walkout 'political'")."""
    rows = listed_words("label-words.txt")
    deeds = rows["deed"] | rows["crime"]  # "called the arrests kidnapping"
    return not deeds.isdisjoint(words) and not any(g.actors_of(ctx, o) for o in objects)


def hostile_act(token: Token) -> bool:
    """ "an act of war", "acts of piracy": a label of an act's doer, though "war" alone
    judges no one ("a war hero")."""
    if token.lemma_ != "act" or token.pos_ != "NOUN":
        return False
    rows = listed_words("label-words.txt")
    acts = rows["act-of"] | rows["crime"]  # "an act of kidnapping"
    return any(o.lower_ in acts for o in g.prep_objects(token, {"of"}))


def called_an_act_of(verb: Token) -> bool:
    """ "Y's raid was an act of war", "X said": a hostile name for the act."""
    return verb.lemma_ == "be" and any(c.dep_ == "attr" and hostile_act(c) for c in verb.children)


def anti_group(token: Token) -> bool:
    """ "anti-worker", "anti-Chilean": against a group of people, not a bad thing."""
    if token.lower_ != "anti" or token.i + 2 >= len(token.doc) or token.nbor(1).text != "-":
        return False
    group = token.nbor(2)
    return group.lower_ in listed_words("label-words.txt")["group"] or (
        gazetteer().demonym(group.text) is not None
    )


def branded(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "X called Y's plan a mistake", "X branded Y a danger to peace", "X described
    Y as reckless": a name that condemns is criticism of Y (or of Y's thing); a listing
    that sanctions Y is a sanction (kg.extract.designations)."""
    if verb.lemma_ in DESIGNATING and (sanctions := list(designated(ctx, verb, extractor))):
        yield from sanctions
        return
    objects = g.direct_objects(verb)
    named = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
             for o in p.children]  # fmt: skip
    if not named and verb.lemma_ != "call":  # "described the raid by X as piracy": the
        named = [o for t in objects for p in t.children if p.dep_ == "prep"  # parser hangs
                 and p.lower_ == "as" for o in p.children]  # fmt: skip  # "as" on the object
    if verb.lemma_ in _LIKENING:
        named += g.prep_objects(verb, {"to"})
    elif verb.lemma_ not in _AS_ONLY:
        named += [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp", "attr"}]
        if len(objects) > 1 and not named:  # "branded X a danger": the second names
            objects, named = objects[:-1], objects[-1:]
        if objects and not named:
            named = _misread_names(verb, objects)
        for act in (c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"):
            acted_on = g.direct_objects(act)  # "called expanding NATO a mistake": parsed
            if not objects and len(acted_on) > 1:  # as the gerund's two objects
                objects, named = acted_on[:-1], acted_on[-1:]
        if not objects:  # "called Y's claim absurd": the claim parsed as the label's subject
            objects = [s for n in named if n.dep_ == "oprd" or (n.dep_ == "ccomp" and n.pos_ == "ADJ")
                       for s in n.children if s.dep_ == "nsubj"]  # fmt: skip
        if not objects:  # "called Y anti-worker": the parser makes both complements
            objects, named = _split_complements(ctx, named)
    objects = _doers_of_act(verb, _it_of_clause(verb, objects))
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    # "Y was branded a liar by X", "Y, branded 'a liar' by X,"; "Y has been called a liar": by no one
    if g.is_passive(verb) or by_agents(verb):
        objects, named = g.subjects(verb), objects + named
        by = [c for n in named for p in n.children if p.dep_ == "prep" and p.lower_ == "by"
              for c in p.children if c.dep_ == "pobj"]  # fmt: skip
        agents = [k for a in [*g.agents(verb), *by] for k in g.actors_of(ctx, a)]
    if not objects or not named or g.negated(verb) or disowned(verb, named):
        return
    words = [t for n in named for t in _label_words(n)]
    lowered = label_forms(words)
    if not (hostile(lowered) or condemns_a_deed(ctx, objects, lowered)) and not any(
        anti_group(t) or hostile_act(t) for t in words
    ):
        return
    targets = [k for o in objects for k in targets_of(ctx, o) if k not in agents]
    if not targets:  # "Peru shot down a drone. X called the incident 'an act of war'"
        targets = [k for o in objects for k in act_doers(ctx, o) if k not in agents]
    targets += [k for d in _doers_hung_away(ctx, verb, objects)
                for k in g.actors_of(ctx, d) if k not in agents]  # fmt: skip
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("criticise", "111"), agents,
                           targets, objects, extractor, 0.7)  # fmt: skip


def _doers_hung_away(ctx: Context, verb: Token, objects: list[Token]) -> list[Token]:
    """ "called the boarding of its ship by X an act of piracy", "called the attack on
    its embassy by X a crime": the parser hangs the act's "by" on the verb or on what
    the act is of or on; an active verb's "by" names no one else, so it is the doer."""
    if g.is_passive(verb) or any(g.actors_of(ctx, o) for o in objects):
        return []
    holders = [verb] + [p for o in objects for p in g.prep_objects(o, {"of", "on", "against"})]
    return [a for h in holders for a in g.prep_objects(h, {"by"})]


def _it_of_clause(verb: Token, objects: list[Token]) -> list[Token]:
    """ "X criticised Y's decision to join NATO, calling it a mistake", "X reacted to
    Y's move, calling it ...", "X blamed Y for the raid, calling it a crime": the "it"
    of a participle clause is the thing the main clause is about (so Y's), not the
    nearest name; "X condemned Y, calling it a rogue state" names no thing: Y, as before."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not objects:
        return objects
    if any(o.lower_ not in {"it", "this"} for o in objects):
        return objects
    main = verb.head
    things = [o for o in g.direct_objects(main) if o.pos_ == "NOUN"] or [
        o for o in g.prep_objects(main, _ABOUT) if o.pos_ == "NOUN"
    ]
    return things or objects


_ABOUT = {"to", "for", "over", "at", "on", "against", "about"}


def _doers_of_act(verb: Token, objects: list[Token]) -> list[Token]:
    """ "Y expelled two diplomats, a step that X called hostile": what a relative
    clause names is the act it describes, so its doer (the subject of the clause the
    act stands beside) is who the label judges; other objects stay."""
    act = verb.head
    first = verb.doc[verb.left_edge.i + 1] if verb.left_edge.i + 1 < verb.i else None
    if verb.dep_ == "relcl" and not objects and first is not None and act.dep_ == "dobj":
        # "Y suspended the deal, a move X described as ...": the parser read "move" as a
        # modifier of X and hung the clause on "deal"; the act stands beside "deal"
        return g.subjects(act.head) if first.lemma_.lower() in act_words() else objects
    if verb.dep_ not in {"relcl", "acl"} or act.lemma_.lower() not in act_words():
        return objects
    if not all(o.tag_ in {"WDT", "WP"} for o in objects):
        return objects  # "a step that X called Y's doing": Y's
    clause = act.head.head if act.dep_ == "appos" else None
    if clause is None or clause.pos_ not in {"VERB", "AUX"}:
        return [act]  # "Y's decision, which X called hostile": the owner, through the noun
    return g.subjects(clause)


def _misread_names(verb: Token, objects: list[Token]) -> list[Token]:
    """ "branded Y's policy a disgrace", "called Y's plan a grave mistake": the parser
    may take the name for an adverbial noun of the verb or for an apposition of the
    object (one no comma sets off)."""
    last = max(o.right_edge.i for o in objects)
    found = [c for c in verb.children if c.dep_ == "npadvmod" and c.i > last]
    found += [a for o in objects for a in o.children
              if a.dep_ == "appos" and a.left_edge.i > 0 and _unset_off(a)]  # fmt: skip
    if not found:  # "called the seizure of its ship by X a crime": on the last name
        found = [a for o in objects for t in o.subtree for a in t.children if a.i > o.i
                 and a.dep_ in {"appos", "npadvmod"} and _unset_off(a)]  # fmt: skip
    return found


def _unset_off(appos: Token) -> bool:
    """An apposition no comma sets off: "branded Y a liar", "branded Y 'a liar'"."""
    doc, start = appos.doc, appos.left_edge.i
    if quote_mark(doc[start - 1]):
        start -= 1
    return start > 0 and not doc[start - 1].is_punct


_ASIDE = {"of", "against", "for", "from", "by", "with", "about", "on", "over"}


def _label_words(name: Token) -> list[Token]:
    """The words of a name that say what it calls someone: "a threat to the
    region", "a danger to peace", not those of what it is of or against ("a hero in
    the fight against corruption", "a friend of victims of terrorists") or what a
    clause says ("a man who fought dictators")."""
    out = [name]
    for c in name.children:
        if c.dep_ in {"relcl", "acl", "ccomp", "advcl"} or (
            c.dep_ == "prep" and c.lower_ in _ASIDE
        ):
            continue
        if not countered(c):
            out += _label_words(c)
    return out


def _split_complements(ctx: Context, named: list[Token]) -> tuple[list[Token], list[Token]]:
    """ "called Y anti-worker" parsed as complements "Y", "anti", "-", "worker": the
    first, an actor, is who is called; the rest is the name. So is an actor's thing
    ("called Y's demand ridiculous", parsed as two complements) or a deed told before
    ("called the walkout 'political'")."""
    if len(named) > 1 and (targets_of(ctx, named[0]) or act_doers(ctx, named[0])):
        return named[:1], named[1:]
    return [], named


_COPULAS = {"be", "remain", "become", "act", "behave"}
_BARELY = {"hardly", "scarcely", "barely"}


def disowned(verb: Token, names: Sequence[Token] = ()) -> bool:
    """ "was no racist", "called Y no coward", "was hardly a dictator": the label
    (``names``, or the verb's complement) is denied, though no "not" says so."""
    if any(c.dep_ == "advmod" and c.lower_ in _BARELY for c in verb.children):
        return True
    names = [*names, *(c for c in verb.children if c.dep_ in {"attr", "acomp", "oprd"})]
    return any(c.dep_ == "det" and c.lower_ == "no" for n in names for c in n.children)


def judged(ctx: Context, verb: Token) -> bool:
    """ "Y is a liar", "Y was a traitor and a coward", "Y is anti-farmer": a copular
    clause whose complement (not what is inside it) is a hostile label of its
    subject, an actor itself ("Y's brother is a liar" says it of no actor) or a
    pronoun (whom "he" is, the caller knows: '"He is a coward," X said of Y')."""
    if verb.lemma_ not in _COPULAS or g.negated(verb):
        return False
    if not any(g.actors_of(ctx, s) or s.lower_ in _THIRD_PERSON for s in g.subjects(verb)):
        return False
    heads = [c for c in verb.children if c.dep_ in {"attr", "acomp"}]
    if verb.lemma_ in {"act", "behave"}:  # "Y is behaving like a dictator"
        heads += g.prep_objects(verb, {"like"})
    heads += [c for h in heads for c in g.conjuncts(h) if c not in heads]
    if any(anti_group(h) for h in heads):
        return True
    heads += [m for h in heads for m in h.children if m.dep_ == "amod" and not countered(m)]
    return hostile({h.lower_ for h in heads})


def countered(token: Token) -> bool:
    """ "corruption" in "an anti-corruption campaigner": the bad thing is what the
    word stands against, so it judges no one."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and doc[token.i - 2].lower_ in {"anti", "counter"}
    )


_NO_ONE = {"nobody", "no-one", "none", "noone"}


def held_by_no_one(verb: Token, top: Token) -> bool:
    """Whether a verb between ``verb`` and the speech verb ``top`` above it denies
    what ``verb`` says: "said no one felt Y was a liar", "said she did not think
    Y was a racist"."""
    t = verb
    while t.i != top.i and t.head.i != t.i:
        t = t.head
        if t.i == top.i:
            break
        subjects = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
        no_one = any(c.lower_ in _NO_ONE or (c.lower_ == "one" and any(
            d.lower_ == "no" for d in c.children)) for c in subjects)  # fmt: skip
        if t.pos_ in {"VERB", "AUX"} and (g.negated(t) or no_one):
            return True
    return False


_THIRD_PERSON = {"he", "she", "it", "they", "this", "that"}


def spoken_of(ctx: Context, speech: Token, subject: Token) -> list[str] | None:
    """Whom a pronoun in what is said stands for when the speaker says whom it is of:
    '"He is a liar," X said of Y' (Y, whatever came before), '"This is a betrayal,"
    X said of Y's decision' (Y's thing: Y); None when no "of" says."""
    if subject.lower_ not in _THIRD_PERSON:
        return None
    about = g.prep_objects(speech, {"of"})
    if not about:
        return None
    return [k for a in about for k in g.actors_of(ctx, a) or _owners(ctx, a)]


def _owners(ctx: Context, thing: Token) -> list[str]:
    """Who owns ``thing``, named before it: "Y's decision"."""
    return [k for c in thing.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
