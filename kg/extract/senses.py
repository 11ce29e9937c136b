"""Senses of trigger words: what event a verb or noun names and how its target
is found, read from the trigger table (:mod:`kg.extract.triggers`), and the
lexicon entry a verb occurrence is (with its particle or object noun); the
sense a verb that sets sides against each other takes from its subject.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Token

from kg.extract import triggers
from kg.extract.arguments import subjects
from kg.extract.sanction_lists import listed_as
from kg.extract.triggers import Trigger
from kg.extract.when import says_when
from kg.language.event_words import OTHER_SENSE_PHRASES
from kg.language.lexicon import ARMED_AGENTS, FIGHTER_NOUNS
from kg.records import EventKind


@dataclass(frozen=True)
class Sense:
    type: str  # fine event type (a kgt: concept)
    cameo: str  # its CAMEO code
    target_preps: frozenset[str] = frozenset()  # "pressure ON x", "work WITH x", "supply TO x"
    direct_object: bool = True  # the direct object is the target
    symmetric: bool = False  # "cooperate with", "agree with": both sides act
    frame: str = "directed"
    flags: frozenset[str] = frozenset()


def sense(type_: str, cameo: str, *preps: str, direct_object: bool = True,
          symmetric: bool = False) -> Sense:  # fmt: skip
    return Sense(type_, cameo, frozenset(preps), direct_object, symmetric)


def sense_of(t: Trigger) -> Sense:
    """The sense a row of the trigger table gives its word."""
    return Sense(t.type, t.cameo, t.preps, t.direct_object, t.symmetric, t.frame, t.flags)


def verb_senses(kind: EventKind) -> dict[str, Sense]:
    """Verb lemma -> sense, for the directed and symmetric verbs of ``kind``."""
    return {
        word: sense_of(t)
        for (word, _), t in triggers.words(kind=kind, pos="verb").items()
        if t.frame in {"directed", "recipient", "symmetric", "between"}
    }


def verb_key(verb: Token, lexicon: Mapping[str, object]) -> str | None:
    """The lexicon entry a verb is: with its particle ("hit out", "sit down"), with
    its object noun ("take issue") or a preposition's ("take X to task"), or alone."""
    lemma = verb.lemma_
    children = list(verb.children)  # read once: spaCy makes new Tokens at every pass
    if any(
        c.dep_ in {"prt", "prep", "advmod"} and f"{lemma} {c.lower_}" in OTHER_SENSE_PHRASES
        for c in children
    ):
        return None  # "talked up their ties": no talks
    base = lexicon.get(lemma)
    preps: frozenset[str] = (
        getattr(base, "target_preps", None) or getattr(base, "preps", None) or frozenset()
    )
    if any(c.dep_ == "prep" and c.lower_ in preps for c in children):
        return lemma  # "clashed with X over Y": the partner decides
    for child in children:
        dep, low = child.dep_, child.lower_
        if dep == "prep" and says_when(child):
            continue  # a time, no particle: "rounded off the year with games against X on 7 May"
        if dep == "prt":  # "came out against X": the particle and the preposition
            for p in children:
                if p.dep_ == "prep" and f"{lemma} {low} {p.lower_}" in lexicon:
                    return f"{lemma} {low} {p.lower_}"
        if dep in {"prt", "advmod", "prep", "oprd", "agent"} and f"{lemma} {low}" in lexicon:
            return f"{lemma} {low}"  # "hit out", "brought together", "voted against"
            # (and "stood by X", its "by" read as a passive's agent)
        # "took X to task": the preposition and its object; "brought X back to the
        # table": the parser hangs the preposition on "back"
        back = [p for p in child.children if p.dep_ == "prep"] if low == "back" else []
        for p in [child] if dep == "prep" else back:
            for o in p.children:
                key = f"{lemma} {p.lower_} {listed_as(o)}"  # "took X to the WTO"
                if o.dep_ == "pobj" and key in lexicon:
                    return key
        if dep == "xcomp" and f"{lemma} to {low}" in lexicon:
            return f"{lemma} to {low}"  # the same, "task" read as an infinitive
        if dep == "dobj":  # "took military action": the kind of the object decides
            for mod in child.children:
                if mod.dep_ == "amod" and f"{lemma} {mod.lower_} {child.lemma_}" in lexicon:
                    return f"{lemma} {mod.lower_} {child.lemma_}"
            if f"{lemma} {child.lemma_}" in lexicon:
                return f"{lemma} {child.lemma_}"
            for prt in children:  # "took up arms": the particle and the object as written
                if prt.dep_ == "prt" and f"{lemma} {prt.lower_} {child.lower_}" in lexicon:
                    return f"{lemma} {prt.lower_} {child.lower_}"
            if triggers.trigger(f"{lemma} {child.lemma_}", "verb"):
                return None  # "struck a deal": a word of another kind, no strike
    where = place_after(verb, children)
    if where is not None and f"{lemma} {where}" in lexicon:
        return f"{lemma} {where}"  # "welcomed X in Oslo", the place hung on X
    if f"{lemma} together" in lexicon and _together_after(verb, children):
        return f"{lemma} together"  # "brought A and B together for talks"
    if f"{lemma} face" in lexicon and face_to_face(verb) is not None:
        return f"{lemma} face"  # "brought A and B face to face", however the parser hangs it
    return lemma if lemma in lexicon else None


def _together_after(verb: Token, children: list[Token]) -> bool:
    """ "brought A and B together in Oslo": the parser hung "together" on the
    preposition after it, or on the objects, rather than on the verb."""
    for c in children:
        if c.dep_ in {"prep", "dobj"} and c.i > verb.i:
            near = [c, *(t for t in c.children if t.dep_ == "conj")]
            if any(t.lower_ == "together" and t.dep_ == "advmod" for n in near for t in n.children):
                return True
    return False


def face_to_face(verb: Token) -> Token | None:
    """The last word of "face to face" said of what a verb does ("brought A and B face
    to face", "brought A face to face with B"), whose "with" names a partner; None when
    the words are not the verb's ("saw his face on television")."""
    doc = verb.doc
    for t in doc[verb.i + 1 : verb.sent.end - 2]:
        end = doc[t.i + 2]
        if (t.lower_, doc[t.i + 1].lower_, end.lower_) == ("face", "to", "face") and any(
            w.head == verb or w.head.head == verb for w in (t, end)
        ):
            return end
    return None


def place_after(verb: Token, children: list[Token] | None = None) -> str | None:
    """The preposition of a place the parser hung on the verb's named object or
    passive agent rather than on the verb: "in" of "welcomed Ann Vale in Oslo",
    "was welcomed by Ann Vale in Oslo". ``children``: the verb's, when read already."""
    if children is None:
        children = list(verb.children)
    parties = [c for c in children if c.dep_ == "dobj"]
    parties += [o for c in children if c.dep_ == "agent" for o in c.children]
    for p in (p for party in parties if party.pos_ == "PROPN" for p in party.children):
        if p.dep_ == "prep" and p.lower_ in {"in", "at", "to"} and names_a_place(p):
            return p.lower_
    return None


def names_a_place(prep: Token) -> bool:
    """ "in Riga": the preposition's object is a place the model tagged."""
    return any(o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC", "FAC"} for o in prep.children)


def verb_starts(lexicon: Mapping[str, object]) -> frozenset[str]:
    """Every lemma :func:`verb_key` can find an entry for: the entries and the
    words that begin one of several words ("hit" of "hit out"). A verb whose
    lemma is none of these has no entry, so its children need not be read.
    Worked out once per lexicon (the extractors' lexicons are tables built at
    import), again only for another lexicon or one whose size changed.

    >>> sorted(verb_starts({"meet": 1, "hit out": 2, "take a stand": 3}))
    ['hit', 'hit out', 'meet', 'take', 'take a', 'take a stand']
    """
    known = _STARTS.get(id(lexicon))
    if known is not None and known[0] is lexicon and known[1] == len(lexicon):
        return known[2]
    heads = {key[:i] for key in lexicon for i, c in enumerate(key) if c == " "}
    starts = frozenset(lexicon) | heads
    _STARTS[id(lexicon)] = (lexicon, len(lexicon), starts)
    return starts


# id(lexicon) -> (the lexicon, its size then, its starts); the lexicon is kept, so
# its id is never reused by another one
_STARTS: dict[int, tuple[Mapping[str, object], int, frozenset[str]]] = {}


def pitting_sense(verb: Token, kind: EventKind, row: Sense) -> Sense | None:
    """What sets two sides against each other says which conflict it is: "the war
    pitted A against B" is the use of force, "the row pitted A against B" words;
    with no conflict noun, armed sides fight ("a campaign pitting Turkish troops
    against PKK guerrillas"); a game or an election is no conflict ("the final pitted
    Brazil against Argentina", "the election pitted Labour against the Tories"):
    None. Otherwise the verb's row decides."""
    nouns = trigger_nouns(kind)
    said = subjects(verb) or _participle_noun(verb)
    for subject in said:
        found = nouns.get(subject.lower_)
        if found is not None:
            return Sense(found.type, found.cameo)
    if any(n.lemma_.lower() in _CONTESTS or any(c.lower_ in _CONTESTS for c in n.children
                                                if c.dep_ in {"compound", "amod"})
           for n in said):  # fmt: skip
        return None
    sides = [c for c in verb.children if c.dep_ == "dobj"]  # and "against B" on either
    sides += [o for x in (verb, *sides) for p in x.children if p.lower_ == "against"
              for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    if any(t.lower_ in _ARMED_SIDES for t in sides) or any(
        c.lower_ in {"military", "armed"} for n in said for c in n.children
    ):  # "troops", "guerrillas"; "a military campaign"
        return Sense("attack", "190")
    return replace(row, frame="directed")


# Contests whose sides compete, not fight: "the final pitted A against B" (a vote
# whose sides are countries is a row of words: "the vote pitted A against B").
_CONTESTS = frozenset(
    "match final semi-final game contest race election elections tie fixture derby".split()
)
# Sides that can only fight: "pitting Turkish troops against PKK militants".
_ARMED_SIDES = (
    ARMED_AGENTS
    | FIGHTER_NOUNS
    | frozenset("forces army armies military militia militias paramilitaries".split())
)


def _participle_noun(verb: Token) -> list[Token]:
    """The noun a participle with no subject describes: "the war, pitting A against
    B, ..." (the parser may hang it on the comma, so the noun just before counts)."""
    if verb.tag_ != "VBG":
        return []
    found = [verb.head] if verb.dep_ == "acl" else []
    before = verb.i - 1
    while before >= 0 and verb.doc[before].is_punct:
        before -= 1
    if before >= 0 and verb.doc[before].pos_ == "NOUN":
        found.append(verb.doc[before])
    return found


@cache
def trigger_nouns(kind: EventKind) -> dict[str, triggers.Trigger]:
    return {w: t for (w, _), t in triggers.words(kind=kind, pos="noun").items()}


# CAMEO roots of acts against someone (11-20): criticism to force.
HOSTILE_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
# The roots of force among them: coerce, assault, fight.
FORCE_ROOTS = frozenset({"18", "19", "20"})
