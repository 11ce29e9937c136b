"""Accusations told without the word "accuse".

A charge told as reported speech: "X said Y had violated the truce", "X said Y was
'inventing a crisis'", "X's coast guard said that Greek vessels had pushed back a
dinghy": a named speaker who tells, as done, a deed of wrongdoing (the charge verbs
of ``data/charges.tsv``) by another party accuses that party (CAMEO 112). Not a deed
denied, asked about, only expected or supposed ("denied that Y had breached", "asked
whether Y had breached", "said Y might breach", "if Y breached"), a deed done to the
subject ("said Y had been attacked"), nor one by the speaker's own side ("Russia's
ministry said Russian troops had stolen ...").

A side that says what was done to it accuses the doer: "Seoul said Pyongyang had
fired artillery at a South Korean island", "Oslo said on Friday that Moscow had
shelled Norway's border post" (CAMEO 112). Here the deed is any deed of force or
coercion the trigger table gives as conflict, told as done and in the active, and
aimed at the speaker or at what the text gives as the speaker's; a side telling of a
deed of force done to a third party ("Oslo said Moscow had shelled Kyiv") is left
alone, since a report is not always a charge. The act itself is read where it is said
(``conflict``).

A second target singled out in a criticism: "X accused rich nations of hoarding
vaccines and singled out Canada", "X condemned the raids, singling out Iran as the
culprit", "X singled out Japan for blame": the one singled out is opposed too; not
one singled out for praise, nor one singled out for what an event noun names ("for
criticism", "for censure"), which is that noun's own event. "X named and shamed Y"
criticises Y.

A charge in a relative clause on what several named parties turned from: "Mali and
Niger quit the bloc, which they accused of bias": "they" are the parties named as
the subject of the clause the bloc is in, each an accuser.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context
from kg.extract.condemned_deeds import deed_verb
from kg.extract.conditions import condition_marked
from kg.extract.culprits import own_claim
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.modality import told_as_fact
from kg.extract.modifier_owners import modifier_owners
from kg.extract.senses import sense, sense_of
from kg.extract.singled_out import singling_verb
from kg.language.event_words import NEGATIVE_WORDS
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import listed_words
from kg.language.split_quotes import split_quote_subject
from kg.records import Event, EventKind, Modality

NAME = "reported_charges"
EXTRACTOR = f"{NAME}/v1"
_ACCUSED = sense("accuse", "112")
_CRITICISED = sense("criticise", "111")
# Verbs by which a speaker tells what another did (not "deny", "ask", "suggest",
# "predict"; "allege" is an accusation of its own in the trigger table).
_TELLING = frozenset(
    """say tell tweet write stress add insist state declare reiterate argue assert
    affirm complain claim charge contend maintain note emphasise emphasize underline
    underscore explain post warn retort counter report""".split()
)
_AIMED = frozenset({"at", "on", "against", "into"})
# What someone is singled out for or as, when it is blame: "as the main culprit".
_BLAME = frozenset(
    """culprit culprits offender offenders failings failure failures blame criticism
    condemnation censure rebuke""".split()
)
# A manner that makes any deed a wrong: "said Y was illegally occupying the islands".
_WRONGFUL = listed_words("charge-words.txt", package="kg.extract")["manner"]


@cache
def _charges() -> dict[str, frozenset[str]]:
    """Charge verb (lemma, "+particle") -> the objects it must take (empty: any)."""
    text = resources.files("kg.extract").joinpath("data", "charges.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {r[0]: frozenset() if r[1].strip() == "-" else frozenset(r[1].strip().split(","))
            for r in rows}  # fmt: skip


def extract(ctx: Context) -> Iterator[Event]:
    for token, lemma, lower, pos in ctx.scan():
        if pos == "VERB" and lemma in _TELLING:
            yield from _told_charges(ctx, token)
        elif pos == "VERB" and lemma == "single" and _particle(token) == "out":
            yield from _singled_out(ctx, token)
        elif lemma == "name" and pos == "VERB":
            yield from _named_and_shamed(ctx, token)
        elif pos == "VERB" and token.dep_ == "relcl":
            yield from _relative_they(ctx, token)
        if lower == "according" and token.dep_ == "prep":
            yield from _according_to(ctx, token)


def _particle(verb: Token) -> str | None:
    return next((c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}
                 and c.lower_ in {"out", "back"}), None)  # fmt: skip


def _told_charges(ctx: Context, speech: Token) -> Iterator[Event]:
    if not told_as_fact(ctx, speech):
        return  # "did not say", "may say"
    speakers = [k for s in g.subjects(speech) for k in g.actors_of(ctx, s)]
    if not speakers:
        return  # "it was said that ..."
    own = {k for s in g.subjects(speech) for t in s.subtree for k in _side_of(ctx, t)}
    clauses = [c for c in speech.children if c.dep_ in {"ccomp", "parataxis"}]
    if speech.dep_ == "parataxis" and speech.head.pos_ == "VERB":
        clauses.append(speech.head)  # '"Y is stealing our grain," X said'
    for clause in clauses:
        for verb in [clause] + [c for c in clause.children if c.dep_ == "conj"]:
            if verb.pos_ != "VERB":
                continue
            if _charge(ctx, verb, speech):
                doers = [k for s in _active_subjects(verb) for k in _doers(ctx, s)]
                doers = [k for k in doers if k not in speakers and k not in own]
                yield from make_events(ctx, speech, verb, EventKind.CONFLICT, _ACCUSED, speakers,
                                       doers, [speech, verb], EXTRACTOR, 0.55)  # fmt: skip
            elif (
                verb == clause
                and (clause.dep_ == "ccomp" or clause == speech.head)
                and _deed_done(ctx, verb)
            ):
                yield from _done_to_speaker(ctx, speech, verb, speakers, own)


def _deed_done(ctx: Context, clause: Token) -> bool:
    """``clause`` tells, as done and in the active, a deed of force or coercion."""
    if g.is_passive(clause) or not told_as_fact(ctx, clause):
        return False  # "said its ship had been rammed", "said X would attack"
    return deed_verb(clause)


def _done_to_speaker(
    ctx: Context, speech: Token, deed: Token, speakers: list[str], own: set[str]
) -> Iterator[Event]:
    """ "Seoul said Pyongyang had fired artillery at a South Korean island": the
    speakers the deed was aimed at accuse its doers; so does a speaker whose side
    the deed was aimed at ('"Y's troops shelled our villages," the Danish minister
    said', "Danish minister X said Y had attacked Danish border posts")."""
    doers = [k for s in g.subjects(deed) for k in g.actors_of(ctx, s)]
    doers = [k for k in doers if k not in speakers and k not in own]
    aimed = [*g.direct_objects(deed), *g.prep_objects(deed, _AIMED)]
    hit = {k for t in aimed for k in targets_of(ctx, t)}
    accusers = [k for k in speakers if k in hit] or (speakers if hit & own else [])
    if doers and accusers:
        yield from make_events(ctx, speech, deed, EventKind.CONFLICT, _ACCUSED, accusers,
                               doers, [speech, deed], EXTRACTOR, 0.6)  # fmt: skip


def _according_to(ctx: Context, according: Token) -> Iterator[Event]:
    """ "According to X, Y lied to parliament", "Y had cheated, according to X": X
    tells the charge."""
    sources = [o for to in according.children if to.lower_ == "to"
               for o in to.children if o.dep_ == "pobj"]  # fmt: skip
    speakers = [k for o in sources for k in g.actors_of(ctx, o)]
    verb = according.head
    if not speakers or verb.pos_ != "VERB":
        return
    for deed in [verb] + [c for c in verb.children if c.dep_ == "conj"]:
        if deed.pos_ != "VERB" or not _charge(ctx, deed, according):
            continue
        doers = [k for s in g.subjects(deed) if s.dep_ == "nsubj" for k in _doers(ctx, s)]
        doers = [k for k in doers if k not in speakers]
        yield from make_events(ctx, according, deed, EventKind.CONFLICT, _ACCUSED, speakers,
                               doers, [according, deed], EXTRACTOR, 0.55)  # fmt: skip


def _active_subjects(verb: Token) -> list[Token]:
    """Who did ``verb``: its active subject, or the opening words of a split quote
    ('"Bolivia," X said, "has cheated"')."""
    found = [s for s in g.subjects(verb) if s.dep_ == "nsubj"]
    opened = split_quote_subject(verb) if not found else None
    return found or ([opened] if opened is not None else [])


def _side_of(ctx: Context, token: Token) -> list[str]:
    """Whom a word of the speaker's phrase names: "Peru's" or "the Peruvian" ministry,
    "Peruvian Defence Minister X" (a demonym in a title, tagged as a name)."""
    demonym = token.pos_ == "ADJ" or (token.pos_ == "PROPN" and token.dep_ in {"compound", "amod"})
    country = gazetteer().demonym_country(token.text) if demonym else None
    return g.actors_of(ctx, token) + ([country] if country else [])


def _doers(ctx: Context, subject: Token) -> list[str]:
    """Who did it: the subject, or the state its demonym names ("Greek vessels")."""
    keys = g.actors_of(ctx, subject)
    if keys or subject.pos_ != "NOUN":
        return keys
    return modifier_owners(ctx, subject)


def _charge(ctx: Context, verb: Token, speech: Token) -> bool:
    """``verb`` tells, as done, a deed of wrongdoing by its subject (as the
    speaker's own claim: "X claimed Y had lied" is X's charge)."""
    particle = _particle(verb)
    key = f"{verb.lemma_}+{particle}" if particle else verb.lemma_
    charges = _charges()
    objects = charges.get(key, charges.get(verb.lemma_))
    manner = any(c.dep_ == "advmod" and c.lower_ in _WRONGFUL for c in verb.children)
    if (
        (objects is None and not manner)
        or g.is_passive(verb)
        or g.negated(verb)
        or condition_marked(verb)
    ):
        return False
    if verb.lemma_ == "lie" and not told_falsehood(verb):
        return False  # "said Y lay in hospital", "said Y was lying low"
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "said Y would breach the deal"
    mood = g.modality(ctx, verb)
    if mood is not Modality.ASSERTED and not (mood is Modality.ALLEGED and own_claim(speech, verb)):
        return False
    dobj = [c for c in verb.children if c.dep_ == "dobj"]
    if any(d.dep_ == "det" and d.lower_ == "no" for o in dobj for d in o.children):
        return False  # "said Y had violated no rule"
    return manner or not objects or any(o.lemma_.lower() in objects for o in dobj)


def _singled_out(ctx: Context, verb: Token) -> Iterator[Event]:
    if g.is_passive(verb) or not told_as_fact(ctx, verb):
        return
    if not (_in_criticism(verb) or _for_blame(verb)):
        return  # "singled out Japan for praise"
    if _for_act_noun(verb):
        return  # "singled out Y for criticism": the noun's own event (``owner_parties``)
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    if not agents and verb.dep_ in {"conj", "advcl"}:
        agents = [k for s in g.subjects(verb.head) for k in g.actors_of(ctx, s)]
    targets = [k for c in verb.children if c.dep_ == "dobj" for k in g.actors_of(ctx, c)]
    targets = [k for k in targets if k not in agents]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, _CRITICISED, agents, targets,
                           [verb], EXTRACTOR, 0.6)  # fmt: skip


def _in_criticism(verb: Token) -> bool:
    """Singled out in the course of a criticism: "accused X of ... and singled out
    Y", "condemned the raids, singling out Y"."""
    if verb.dep_ not in {"conj", "advcl"}:
        return False
    head = verb.head
    found = triggers.trigger(head.lemma_, "verb")
    return found is not None and found.kind is EventKind.CONFLICT and not g.negated(head)


def _for_act_noun(verb: Token) -> bool:
    """Singled out for what an event noun names ("for criticism", "for censure"): the
    noun is a trigger of its own, whose parties are who singles out and whom."""
    return any(
        singling_verb(o) == verb and triggers.trigger(o.lemma_, "noun") is not None
        for prep in verb.children
        for o in prep.children
    )


def _for_blame(verb: Token) -> bool:
    """Singled out for or as a wrong ("as the main culprit", "for blame", "in her
    criticism of the donors", "for its abuses")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "as", "over", "in"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            words = {obj.lower_} | {
                c.lower_ for c in obj.children if c.dep_ in {"amod", "compound"}
            }
            if words & (NEGATIVE_WORDS | _BLAME):
                return True
    return False


# What makes "lie" a resting, not a falsehood: "lying low", "lay dormant".
_RESTING = frozenset({"low", "dormant", "idle", "still", "flat", "down", "ahead", "fallow"})


def lying_still(verb: Token) -> bool:
    """ "Y was lying low", "the plan lay dormant": no lie told."""
    return verb.lemma_ == "lie" and any(
        c.dep_ in {"advmod", "acomp", "prt"} and c.lower_ in _RESTING for c in verb.children
    )


# Where a place lies, not whom one lied to: "lies to the north of X".
_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest left right".split()
)


def told_falsehood(verb: Token) -> bool:
    """ "Y lied", "Y had been lying to voters", "Y lies about the war": a falsehood,
    not a resting or a place ("Y lay in hospital", "lies to the north", "lying low")."""
    if lying_still(verb) or verb.lower_ not in {"lie", "lies", "lied", "lying"}:
        return False
    told = {o.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ in {"to", "about"}
            for o in p.children if o.dep_ == "pobj"}  # fmt: skip
    return (verb.lower_ == "lied" or bool(told)) and not told & _DIRECTIONS


def _relative_they(ctx: Context, verb: Token) -> Iterator[Event]:
    found = triggers.trigger(verb.lemma_, "verb")
    if found is None or found.kind is not EventKind.CONFLICT or not found.direct_object:
        return
    they = [s for s in g.subjects(verb) if s.lower_ == "they" and not g.actors_of(ctx, s)]
    relative = any(
        c.dep_ == "dobj" and c.lower_ in {"which", "that", "whom"} for c in verb.children
    )
    if not they or not relative or g.negated(verb):
        return
    if g.modality(ctx, verb) is not Modality.ASSERTED:
        return
    host = next((a for a in verb.head.ancestors if a.pos_ == "VERB"), None)
    if host is None or g.negated(host):
        return
    agents = [k for s in g.subjects(host) for t in [s, *s.conjuncts] for k in g.actors_of(ctx, t)]
    if len(set(agents)) < 2:
        return  # one party: "it" and "they" for one body are found by coreference
    targets = [k for k in g.actors_of(ctx, verb.head) if k not in agents]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense_of(found), agents,
                           targets, [verb], EXTRACTOR, 0.6)  # fmt: skip


_SHAMED = frozenset({"shame", "shamed", "shames", "shaming"})


def _named_and_shamed(ctx: Context, named: Token) -> Iterator[Event]:
    shamed = next((c for c in named.children if c.dep_ == "conj" and c.lower_ in _SHAMED), None)
    if shamed is None or not told_as_fact(ctx, named):
        return
    agents = [k for s in g.subjects(named) for k in g.actors_of(ctx, s)]
    if not agents and named.dep_ == "acl":  # the parser takes "X named" for a noun phrase
        agents = g.actors_of(ctx, named.head)
    objects = [c for v in (named, shamed) for c in v.children if c.dep_ == "dobj"]
    targets = [k for o in objects for t in [o, *o.conjuncts] for k in g.actors_of(ctx, t)]
    targets = [k for k in targets if k not in agents]
    yield from make_events(ctx, shamed, shamed, EventKind.CONFLICT, _CRITICISED, agents,
                           targets, [named, shamed], EXTRACTOR, 0.6)  # fmt: skip
