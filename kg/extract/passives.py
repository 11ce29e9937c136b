"""Passive verbs and their agents: "was received by A", "Backed by Iran, X ...",
"was criticised and then sanctioned by A" (coordinated participles share the
by-phrase), and the participles that modify a noun ("the truce brokered by X").

These return tokens; :mod:`kg.extract.grammar` turns them into actor keys.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import SUBJECT_DEPS, direct_objects, prep_objects, subjects
from kg.extract.doc_memo import per_word
from kg.extract.fronted import fronted_adjective


def agents(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb ("was received by A" -> A), or the one of
    the participle coordinated after it, which both share ("was criticised and then
    sanctioned by A"; never one before it: in "attacked by A and rebuilt", A rebuilt
    nothing); not a by-phrase denied ("but not by B")."""
    out = _own_agents(verb)
    if not out:
        later = [c for c in verb.conjuncts if c.i > verb.i and _shares_passive(c)]
        out = next((found for c in later if (found := _own_agents(c))), [])
    return out


def _own_agents(verb: Token) -> list[Token]:
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            # "by A and by B's negotiator, C": the second "by" is the first one's conjunct
            for by in [child, *(c for c in child.conjuncts if c.lower_ == "by")]:
                if any(c.dep_ == "neg" for c in by.children):
                    continue  # "ratified by A but not by B": B did not
                out.extend(c for c in by.children if c.dep_ == "pobj")
    if not out and any(c.dep_ == "nsubjpass" for c in verb.children):
        # "Laos was given a loan by China", "Laos was barred from the talks by China": the
        # parser hangs the by-phrase on the object left behind or on the "from" phrase
        held = [d for d in verb.children if d.dep_ == "dobj"]
        held += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        out = [o for d in held for p in d.children
               if p.dep_ in {"prep", "agent"} and p.lower_ == "by"
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return out


def _shares_passive(verb: Token) -> bool:
    """A participle coordinated with a passive verb, with no subject or auxiliary
    of its own: "was criticised and (was) sanctioned"; also one inside a list the
    tagger read as a past tense, when a participle after it has the by-phrase ("was
    boarded, searched and seized by X")."""
    if verb.dep_ != "conj" or any(
        c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for c in verb.children
    ):
        return False
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and any(
        c.dep_ == "conj" and c.tag_ == "VBN" and _own_agents(c) for c in verb.children))  # fmt: skip


@per_word
def is_passive(verb: Token) -> bool:
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    if _shares_passive(verb) and verb.head.pos_ in {"VERB", "AUX"} and is_passive(verb.head):
        return True  # "Chad was criticised and sanctioned by Sudan": sanctioned is passive too
    if _shares_passive(verb) and fronted_adjective(verb.head):
        return True  # "Armed and trained by Iran, X ...": trained is passive too
    # a bare participle ("Backed by Iran, Haddad ..."), not "while Iran has criticized"
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in {"advcl", "acl", "amod"}
        and not any(c.dep_ in {"nsubj", "aux"} for c in verb.children)
    )


def participles(noun: Token) -> list[Token]:
    """Past participles that modify ``noun``: "the truce brokered by X", "talks
    held in Doha", "memos sent by X"."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]


# Participles by which someone leads what a noun names: "a coup led by X".
_LEADING = frozenset({"lead", "stage", "launch", "mount", "carry", "orchestrate", "mastermind"})


def leaders_of_act(verb: Token) -> list[Token]:
    """Who leads the act a passive verb was done in: "was ousted in a coup led by X"
    -> X, "was arrested in a raid carried out by X" -> X."""
    acts = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "during"}
            for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    return [a for act in acts for p in participles(act) if p.lemma_ in _LEADING
            for a in _own_agents(p)]  # fmt: skip


# Verbs by which what a noun names is made or happens, on which the parser hangs
# its sides: "a deal was signed between A and B", "fighting broke out between A
# and B", "a meeting took place between A and B".
_HAPPENING = frozenset(
    "sign agree reach conclude seal negotiate strike broker mediate hold "
    "take break erupt flare rage resume begin start open".split()
)
# Of those, the ones that say it only with a particle or object: "broke out",
# "flared up", "took place", "took effect" (a truce).
_WITH_PART = {"take": {"place", "effect"}, "break": {"out"}, "flare": {"up"}}


def sides_on_verb(noun: Token) -> list[Token]:
    """The sides named after "between" or "among" on the verb ``noun`` is the
    subject of, when that verb says the thing was made or happened: "a truce was
    agreed between A and B" -> A, B. Not any verb: in "the deal drove a wedge
    between A and B" the two are no parties to the deal. The objects of
    "involve" are sides too: "the talks involved A and B"."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_ == "involve":  # "the talks involved A and B"
        return [c for c in verb.children if c.dep_ == "dobj"]
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_ not in _HAPPENING:
        return []
    part = _WITH_PART.get(verb.lemma_)
    if part is not None and not any(c.lower_ in part for c in verb.children):
        return []
    holders = [verb, *_own_agents(verb)]  # "brokered by X between A and B": on X
    return [o for h in holders for c in h.children
            if c.dep_ == "prep" and c.lower_ in {"between", "among"}
            for o in c.children if o.dep_ == "pobj"]  # fmt: skip


# Verbs by which a weapon is let loose: "shells fired by X", "a rocket launched by X"
# (not "missiles supplied/made by X": who sells or makes one does not fire it).
_FIRING = frozenset("fire launch lob shoot drop fly hurl throw unleash".split())
# What is fired: shells, rockets, drones and the like (by lemma).
FIRED = frozenset(
    """shell rocket missile mortar bomb drone grenade projectile round salvo barrage volley
    artillery""".split()
)


# Verbs that send armed men on a mission, and who is sent: "troops sent by Kenya",
# "forces dispatched by Russia", "peacekeepers deployed by Ghana".
_SENDING = frozenset("send dispatch deploy".split())
_SENT = frozenset(
    """troops soldiers forces contingent contingents units peacekeepers marines
    paratroopers commandos""".split()
)
# a delegation, which acts for whoever leads it, and the verbs of leading one
_DELEGATIONS = frozenset({"delegation", "delegations"})
_HEADING = frozenset({"lead", "head"})
# Groups of lenders, investors or firms, which act as whoever leads them: "creditors led
# by X", "a group of lenders led by X", "a consortium led by X" (not a named "Group").
_LED_GROUPS = frozenset({"bondholders", "creditors", "lenders", "investors", "shareholders",
                         "banks", "funds", "firms", "companies", "group", "consortium",
                         "syndicate", "bidders", "buyers", "holdouts"})  # fmt: skip
# armed men who may be loyal to someone
_LOYAL_MEN = _SENT | {"fighters", "militiamen", "gunmen", "militias", "guards", "rebels"}
# Armed men or marchers who act as whoever leads them: "gunmen led by X attacked a patrol",
# "marchers led by X demanded that Y ..." (not "a coalition led by X": a body of its own).
_LED_MEN = _LOYAL_MEN | {"insurgents", "militants", "protesters", "protestors", "marchers",
                         "demonstrators", "mutineers", "raiders"}  # fmt: skip


def fired_by(noun: Token) -> list[Token]:
    """Who fired a weapon the participle after it names: "shells fired by Armenian
    forces hit X", "a rocket launched from Gaza by Hamas", "a drone flown by Iran";
    or sent the armed men it names, who act for them: "troops sent by Kenya to help
    Somalia attacked X" (Kenya attacks X), or whom armed men are loyal to: "forces
    loyal to General X shelled Y" (X's forces; not "MPs loyal to X"); or leads the
    delegation it names, when no owner is ("received a delegation led by X": X was
    received; "the Peruvian delegation, led by X" stays Peru's), or the group of
    lenders, investors or firms it names ("lenders led by X agreed": X agreed)."""
    if noun.lower_ in _LOYAL_MEN:
        loyal = [o for c in noun.children if c.dep_ == "amod" and c.lower_ == "loyal"
                 for o in prep_objects(c, {"to"})]  # fmt: skip
        if loyal:
            return loyal
    verbs = _FIRING if noun.lemma_.lower() in FIRED else _SENDING if noun.lower_ in _SENT else ()
    verbs = _HEADING if noun.lower_ in _DELEGATIONS and not _owned(noun) else verbs
    if noun.lower_ in _LED_MEN and not _owned(noun):  # "gunmen led by X attacked": X did
        verbs = frozenset(verbs) | {"lead"}
    if noun.lower_ in _LED_GROUPS and not noun.ent_type_:  # "bondholders led by fund X"
        return [a for m in [noun, *prep_objects(noun, {"of"})] for c in participles(m)
                if c.lemma_ in _HEADING for a in agents(c)]  # fmt: skip
    if not verbs:
        return []  # (most words: their children need not be read)
    return [a for c in participles(noun) if c.lemma_ in verbs for a in agents(c)]


def _owned(noun: Token) -> bool:
    """A delegation named with whom it is from: "Peru's", "the Peruvian", "from Peru"."""
    return any(
        c.dep_ in {"poss", "compound", "nmod"}
        or (c.dep_ == "amod" and not c.is_lower)
        or (c.dep_ == "prep" and c.lower_ in {"from", "of"})
        for c in noun.children
    )


def acted_on(verb: Token, passive: bool | None = None) -> list[Token]:
    """What ``verb`` acts on: its direct objects, or a passive's subjects ("the embassy
    was closed by X", "flights to Y were banned by X"); ``passive`` if already known."""
    if passive is None:
        passive = is_passive(verb)
    return subjects(verb) if passive else direct_objects(verb)
