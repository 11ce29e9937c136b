"""Memberships a verb gives: "Finland joined NATO", "Ecuador rejoined OPEC", "the
bloc admitted Croatia", "Norway signed the Lima Accord", "Georgia signed up to
the Partnership for Peace", "Vietnam belongs to ASEAN", "Morocco returned to the African
Union"; and those a verb ends: "Qatar quit OPEC", "Burkina Faso withdrew from
the African Union", "pulled out of the bloc" (a former membership). A treaty left
("withdrew from the INF Treaty") is no body the country was a member of: nothing.

Each yields (member, body, tokens, confidence) for :mod:`kg.extract.memberships`.
Only what the text asserts: "applied to join", "hopes to join", "did not sign" give
nothing. A body's parts told by a verb of composing ("the SADC, which includes
Zambia", "the bloc comprises Chile and Peru") are :mod:`kg.extract.bloc_descriptions`'.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.coordination import companions
from kg.extract.passives import is_passive
from kg.language.lexicon import BELONGING_VERBS, JOINING_VERBS, QUITTING_VERBS
from kg.records import Modality

Candidate = tuple[str, str, list[Token], float]  # member, body, tokens, confidence
_BODIES = ("org/", "group/", "agreement/")
_LEFT = ("org/", "group/")  # bodies one leaves (a treaty left is no membership that ended)
# Verbs that make their subject a party to the agreement they name.
_SIGNING = {"sign", "ratify", "accede"}
# Verbs by which a body takes in a member: "the bloc admitted Croatia", "was readmitted to".
_ADMITTING = {"admit", "readmit"}
# Verbs by which states found a body together: "A, B and C formed the Union of X"
# (and "set up", read with its particle).
FOUNDING_VERBS = frozenset(
    {"found", "form", "establish", "create", "launch", "co-found", "cofound"}
)


def joined(ctx: Context) -> Iterator[Candidate]:
    """Every membership a verb of the document gives."""
    for token, lemma, _, pos in ctx.scan():
        if pos != "VERB":
            continue
        if lemma in JOINING_VERBS or lemma in _ADMITTING:
            yield from _joined(ctx, token)
        elif lemma in _SIGNING:
            yield from _signed(ctx, token)
        elif lemma in FOUNDING_VERBS or (
            lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
        ):
            yield from _founded(ctx, token)
        elif lemma == "welcome":
            yield from _welcomed(ctx, token)
        elif lemma == "return" and not is_passive(token):
            yield from _of_subject(ctx, token, "to")  # "Morocco returned to the AU"
        elif lemma in BELONGING_VERBS and token.tag_ in {"VBZ", "VBP"}:
            # "Vietnam belongs to ASEAN" (now: "belonged" may be over)
            yield from _of_subject(ctx, token, BELONGING_VERBS[lemma])


def quit_bodies(ctx: Context) -> Iterator[Candidate]:
    """ "Qatar quit OPEC", "withdrew from the treaty": memberships that ended."""
    for token, lemma, _, pos in ctx.scan():
        if pos == "VERB" and lemma in QUITTING_VERBS and not is_passive(token):
            yield from _of_subject(ctx, token, QUITTING_VERBS[lemma], _LEFT)


def parts(ctx: Context) -> Iterator[Candidate]:
    """ "Montenegro became part of NATO", "Chile is part of the Andean Community": one
    a body is said to have as a part (named, not "part of a NATO mission"; now, not
    "was part of")."""
    for token, _, low, pos in ctx.scan():
        verb = token.head
        if low != "part" or pos != "NOUN" or token.dep_ not in {"attr", "oprd"}:
            continue
        if verb.lemma_ not in {"be", "become", "remain"} or not _asserted(ctx, verb):
            continue
        if verb.lemma_ == "be" and verb.tag_ not in {"VBZ", "VBP"}:
            continue  # "was part of X" (it may be no longer), as with "belonged to"
        named = [o for o in g.prep_objects(token, {"of"}) if o.pos_ == "PROPN" or o.ent_type_]
        bodies = [k for o in named for k in g.actors_of(ctx, o) if k.startswith(_LEFT)]
        for subj in g.subjects(verb):
            for member in g.actors_of(ctx, subj):
                if member.startswith(("country/", "org/")) and member not in bodies:
                    for body in bodies:
                        yield member, body, [subj, token], 0.75


def _asserted(ctx: Context, verb: Token) -> bool:
    return not g.negated(verb) and g.modality(ctx, verb) is Modality.ASSERTED


def _of_subject(
    ctx: Context, verb: Token, prep: str, kinds: tuple[str, ...] = _BODIES
) -> Iterator[Candidate]:
    """The subject and the body the verb names after ``prep`` ("" for its object;
    "out of": the particle, then "of")."""
    if not _asserted(ctx, verb):
        return
    if not prep:
        named = g.relative_objects(verb)  # "OPEC, which Qatar left in 2019"
    elif " " in prep:
        first, second = prep.split()
        named = [o for p in verb.children if p.lower_ == first and p.dep_ in {"prep", "prt"}
                 for o in g.prep_objects(p, {second})]  # fmt: skip
        named += (
            g.prep_objects(verb, {second})
            if any(c.dep_ == "prt" and c.lower_ == first for c in verb.children)
            else []
        )
    else:
        named = g.prep_objects(verb, {prep})
    bodies = [k for t in named for k in g.actors_of(ctx, t) if k.startswith(kinds)]
    for subj in [*g.subjects(verb), *companions(verb)]:  # "..., alongside B
        for member in g.actors_of(ctx, subj):
            if member.startswith(("country/", "org/")):
                for body in bodies:
                    yield member, body, [subj, verb], 0.75


def _joined(ctx: Context, verb: Token) -> Iterator[Candidate]:
    """ "Finland joined NATO", "the bloc admitted Croatia", "Croatia was admitted to
    the EU": who became a member of which body."""
    if verb.lemma_ in JOINING_VERBS:  # (and "joined NATO alongside B")
        members = [k for s in [*g.subjects(verb), *companions(verb)] for k in g.actors_of(ctx, s)]
        # "the bloc, which Chile joined in 2019": the body the relative stands for
        groups = [k for o in g.relative_objects(verb) for k in g.actors_of(ctx, o)]
    elif is_passive(verb):  # "Croatia was admitted to the EU"
        members = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
        groups = [k for o in g.prep_objects(verb, {"to", "into"}) for k in g.actors_of(ctx, o)]
    else:  # "the bloc admitted Croatia"
        groups = [k for s in g.subjects(verb) for k in g.actors_of(ctx, whose_members(s))]
        members = [
            k for o in g.direct_objects(verb) for k in g.actors_of(ctx, o, include_places=True)
        ]
    if not _asserted(ctx, verb) or (verb.dep_ == "acl" and g.has_to(verb)):
        return  # "Turkey's application to join the EU (was rejected)": only sought
    for group in groups:
        if not group.startswith(_BODIES):
            continue
        for member in members:
            if member.startswith(("country/", "org/")):
                yield member, group, [verb], 0.75


def whose_members(subject: Token) -> Token:
    """The body whose members a verb's subject names: "NATO's members include A and
    B", "the bloc, whose members include A and B" (else the subject itself)."""
    if subject.lower_ not in {"members", "member-states", "ranks"}:
        return subject
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None:
        return subject
    if owner.tag_ == "WP$" and subject.head.dep_ == "relcl":
        return subject.head.head  # "the bloc, whose members include": the relative's head
    return owner


def _welcomed(ctx: Context, verb: Token) -> Iterator[Candidate]:
    """ "Albania was welcomed into NATO", "NATO welcomed Finland into the alliance": one
    welcomed into a body is its member (not one only welcomed: "the EU welcomed Chad")."""
    if not _asserted(ctx, verb):
        return
    taken = g.subjects(verb) if is_passive(verb) else g.direct_objects(verb)
    into = g.prep_objects(verb, {"into"})
    bodies = [k for o in into for k in g.actors_of(ctx, o)]
    if not bodies and any(o.pos_ == "NOUN" for o in into) and not is_passive(verb):
        bodies = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]  # "into the alliance"
    for t in taken:
        for member in g.actors_of(ctx, t):
            if member.startswith(("country/", "org/")):
                for body in bodies:
                    if body.startswith(_BODIES[:2]) and body != member:
                        yield member, body, [t, verb], 0.75


def _doers_and_done(verb: Token, preps: set[str]) -> tuple[list[Token], list[Token]]:
    """Who does what ``verb`` says and what it is done to: the subjects and the
    objects (and those of ``preps``), or a passive's or a participle's agents and
    what it is said of ("the accord, signed by A and B")."""
    if is_passive(verb) or verb.dep_ == "acl":
        return g.agents(verb), g.subjects(verb) if verb.dep_ != "acl" else [verb.head]
    return g.subjects(verb), g.direct_objects(verb) + g.prep_objects(verb, preps)


def _signed(ctx: Context, verb: Token) -> Iterator[Candidate]:
    """ "Norway signed / ratified the Lima Accord", "the accord, signed by A and B",
    "Chile acceded to the treaty": the signatories are parties to the agreement."""
    signers, named = _doers_and_done(verb, {"to"})
    if not _asserted(ctx, verb):
        return
    # "Vietnam acceded to the WTO", "Georgia signed up to the Partnership for Peace": one
    # accedes or signs up to a body as to a treaty (not "signed a deal with the EU")
    signed_up = any(c.dep_ == "prt" and c.lower_ in {"up", "on"} for c in verb.children)
    kinds = _BODIES if verb.lemma_ == "accede" else ("agreement/",)
    deals = [k for t in named for k in g.actors_of(ctx, t) if k.startswith(kinds)]
    if signed_up and not is_passive(verb):
        deals += [k for t in g.prep_objects(verb, {"to"}) for k in g.actors_of(ctx, t)
                  if k.startswith(_BODIES)]  # fmt: skip
    for deal in deals:
        for t in signers:
            for member in g.actors_of(ctx, t):
                if member.startswith(("country/", "org/")):
                    yield member, deal, [t, verb], 0.75


def _founded(ctx: Context, verb: Token) -> Iterator[Candidate]:
    """ "Mali, Niger and Chad formed the Union of X", "the bloc, founded by A and B":
    two or more states that found a body together are its members (one state that
    creates a body makes its own institution, no membership; people and firms that
    found one are its founders or owners, not its members)."""
    founders, named = _doers_and_done(verb, set())
    if not _asserted(ctx, verb):
        return
    named += [n for t in named if (n := _name_beside(t)) is not None]
    members = {k for t in founders for k in g.actors_of(ctx, t)}
    if len(members) < 2 or not all(k.startswith("country/") for k in members):
        return
    for body in {k for t in named for k in g.actors_of(ctx, t) if k.startswith(_BODIES)}:
        for member in sorted(members):
            yield member, body, [verb], 0.75


def _name_beside(kind: Token) -> Token | None:
    """The name given right after a body's kind: "formed a new bloc, the Sahel Union"
    (the parser may hang the name on the verb)."""
    doc = kind.doc
    after = kind.i + 1 + (kind.i + 2 < len(doc) and doc[kind.i + 2].lower_ == "the")
    if kind.pos_ != "NOUN" or after + 1 >= len(doc) or doc[kind.i + 1].text != ",":
        return None
    first = doc[after + 1]
    return first if first.ent_type_ and first.is_title else None
