"""Meetings told by the event and a shared role, their sides named elsewhere.

"The summit ended with President A and Chancellor B pledging to cut tariffs", "the
talks closed with A and B signing an accord": a meeting that ends (opens) with two
or more parties doing something together had them as its sides. "The conference
opened with A and B in attendance" (or "present"): those there met. "A and B
co-chaired a donor conference", "A co-hosted the summit with B": who chair or host a
meeting together met at it. Not "ended without A and B signing", not a planned or
negated meeting ("will co-chair", "did not co-host"), not the co-hosts of something
that is no meeting ("co-hosted a television show"), and not one party alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.contact import contact_events
from kg.extract.guest_lists import guest_list_events
from kg.extract.modality import told_as_fact
from kg.records import Event, EventKind

# Nouns of a meeting whose ending or opening may name its sides.
MEETINGS = frozenset(
    """summit summits talks meeting meetings negotiations conference discussions
    consultations dialogue encounter parley bilateral forum session round""".split()
)
# Verbs of a meeting ending or opening: "the summit ended with ...".
_ENDING = frozenset("end close conclude finish wrap open begin start".split())
# Verbs (lemmas) of chairing or hosting something together.
# (the tokenizer keeps "co-chaired" whole, its lemma "cochair": no hyphen in a lemma)
_SHARED_ROLES = frozenset("cochair cohost copreside".split())
# Words that put people at a meeting: "with A and B in attendance", "with A and B present".
_THERE = frozenset("attendance present".split())
# Clauses the parser hangs on the verb rather than on "with".
_CLAUSES = frozenset("advcl conj ccomp xcomp".split())
# What sides do apart, not at a meeting of theirs: "ended with A and B refusing to meet".
_APART = frozenset("refuse decline boycott snub avoid shun".split())


def summit_events(ctx: Context, start: int = 0, end: int | None = None) -> Iterator[Event]:
    """Meetings whose sides are told by how it ended or by a role they shared."""
    for token, lemma, _, pos in ctx.scan(start, end):
        if pos != "VERB":
            continue
        # the word first, then whether it is told as fact (its modality is worked
        # out once per verb, but only for the few verbs of these two kinds here)
        if lemma in _ENDING:
            if told_as_fact(ctx, token):
                yield from _ended_with(ctx, token)
        elif (
            lemma in _SHARED_ROLES or token.lower_.startswith(("co-chair", "co-host"))
        ) and told_as_fact(ctx, token):
            yield from _shared_role(ctx, token)
    yield from guest_list_events(ctx, start, end)  # "Among the guests were A and B"


def _is_meeting(token: Token) -> bool:
    return token.lower_ in MEETINGS or token.lemma_.lower() in MEETINGS


def _ended_with(ctx: Context, verb: Token) -> Iterator[Event]:
    """ "The talks ended with A and B signing a pact": A and B were its sides."""
    if not _of_a_meeting(verb):
        return
    for prep in verb.subtree:
        if prep.lower_ != "with" or prep.i < verb.i or verb not in (prep.head, prep.head.head):
            continue
        sides = _sides_after(verb, prep)
        keys = list(dict.fromkeys(k for t in sides for k in g.actors_of(ctx, t)))
        if len(keys) >= 2:
            yield from contact_events(ctx, verb, verb, EventKind.MEETING, "meet", keys, [],
                                      "participant", "participant", False, sides,
                                      mutual=True, confidence=0.7)  # fmt: skip
        return


def _of_a_meeting(verb: Token) -> bool:
    """A verb told of a meeting: "the talks ended"; or, as the parser may read "the
    summit wrapped up with ...", a participle of a meeting noun that heads the sentence."""
    if verb.dep_ == "acl":
        return verb.head.dep_ == "ROOT" and _is_meeting(verb.head)
    # (not "the talks were opened with a prayer")
    return any(_is_meeting(s) for s in g.subjects(verb)) and not g.is_passive(verb)


def _sides_after(verb: Token, prep: Token) -> list[Token]:
    """Who acts after "with": the subject of its clause ("with A and B signing"),
    or its object when they are told to act or be there ("with A and B in
    attendance")."""
    children = list(prep.children)
    clauses = [c for c in children if c.dep_ == "pcomp"]
    if prep.dep_ == "mark":  # "with" marking the clause: "concluded with A and B agreeing"
        clauses.append(prep.head)
    if not children:  # the parser left "with" bare, its clause hung on the verb
        clauses += [c for c in verb.children if c.dep_ in _CLAUSES and c.i > prep.i]
    for clause in clauses:
        sides = [s for s in clause.children if s.dep_ == "nsubj" and s.i > prep.i]
        if sides and sides[0].left_edge.i == prep.i + 1 and _acting(clause):
            return sides
    for obj in (c for c in children if c.dep_ == "pobj"):
        if _there(verb, obj) or any(
            c.dep_ in _CLAUSES and _acting(c) and c.left_edge.i == obj.right_edge.i + 1
            for c in verb.children
        ):
            return [obj]  # "wrapped up with A and B issuing a statement"
    return []


def _acting(clause: Token) -> bool:
    """A clause of the sides doing something there ("signing", "present"), not of
    their keeping apart ("refusing to meet")."""
    if clause.lemma_.lower() in _THERE:
        return True
    return clause.tag_ == "VBG" and clause.lemma_.lower() not in _APART and not g.negated(clause)


def _there(verb: Token, obj: Token) -> bool:
    """ "with A and B in attendance", "with A and B present" (the phrase hangs on the
    verb or on the object)."""
    for head in (verb, obj):
        for c in head.children:
            if c.i > obj.i and c.lower_ in _THERE and c.dep_ in {"amod", "advmod", "acomp"}:
                return True
            if (c.i > obj.i and c.dep_ == "prep" and c.lower_ == "in"
                    and any(o.lower_ == "attendance" for o in c.children if o.dep_ == "pobj")):  # fmt: skip
                return True
    return False


def _shared_role(ctx: Context, verb: Token) -> Iterator[Event]:
    """ "A and B co-chaired a pledging conference", "A co-hosted the summit with B"."""
    objects = g.direct_objects(verb)
    if g.is_passive(verb) or not any(_is_meeting(o) for o in objects):
        return
    hosts = g.subjects(verb)
    partners = [o for t in [verb, *objects] for o in g.prep_objects(t, {"with"})]
    keys = list(dict.fromkeys(k for t in hosts + partners for k in g.actors_of(ctx, t)))
    if len(keys) >= 2:
        yield from contact_events(ctx, verb, verb, EventKind.MEETING, "meet", keys, [],
                                  "participant", "participant", False, hosts + partners,
                                  mutual=True, confidence=0.7)  # fmt: skip
