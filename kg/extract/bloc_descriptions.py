"""Memberships told by a body's composition, its description or a member's apposition.

A verb of composing names a body's members: in the present ("the SADC, which includes
Zambia", "the bloc comprises Chile and Peru", "NATO's members include A and B", "the
bloc, which brings together A and B"), as a participle ("the bloc including Chile")
or after growing ("NATO was expanded to include Spain"); not in the past ("the talks
included Iran"), nor of "it", whose antecedent may be another body. A description of
a body set off after its name names its members too: "the Arab League,
the Cairo-based bloc that includes Egypt and Iraq", "ECOWAS, a bloc whose members
include Ghana and Togo", "the EAC, made up of Kenya and Uganda", "ASEAN, the grouping
comprising Laos and Cambodia", "the Andean Community, which is made up of Peru and
Ecuador", "the GCC, a six-nation bloc of Qatar, Oman and Kuwait" (:func:`described`;
not "the bloc that could include X", "a bloc that does not include X", "which X
wants to join", "the bloc that excludes X").

A body's members counted and then named: "the EU's 27 members, including France and
Italy" (:func:`counted_members`; not "excluding Hungary").

A country set off as "a member", "a fellow member" or "the bloc's newest member", with
no body of its own, is a member of the one body named in its sentence or the one before
("NATO held a summit. Finland, the bloc's newest member, sent its president"); when two
bodies are named there, of neither (:func:`body_in_context`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.joining import whose_members
from kg.extract.member_words import former, hoped_for
from kg.language.lexicon import listed_words
from kg.records import Modality

Candidate = tuple[str, str, list[Token], float]  # member, body, tokens, confidence
_BODIES = ("org/", "group/")
_COMPOSED = ("org/", "group/", "agreement/")  # what a verb's subject may be made of
# common nouns that describe a body of states: "the bloc", "a regional grouping"
_BLOC_NOUNS = frozenset({"bloc", "alliance", "grouping", "union", "organisation", "organization",
                         "body", "club", "community", "league", "association", "pact",
                         "forum", "group", "coalition", "cartel", "partnership"})  # fmt: skip
# Verbs by which a body, in the present, names its members: "the SADC, which includes
# Zambia", "the GCC, which groups Qatar and Oman", "the bloc comprises Chile and Peru"
# (and "brings together", read with its particle).
COMPOSING_VERBS = frozenset({"include", "comprise", "group", "encompass"})
# verbs whose "of" names the parts: "made up of", "consisting of", "composed of"
_MADE_OF = frozenset({"make", "consist", "compose"})
# verbs that name some members "among its members" ("counts Chile among its members"), and nouns
_COUNTING = listed_words("member-counting.txt", "kg.extract")
_PRESENT = frozenset({"VBZ", "VBP"})


def described(ctx: Context) -> Iterator[Candidate]:
    """Every membership a body's set-off description gives."""
    for token, lemma, low, pos in ctx.scan():
        if pos == "VERB" and (
            lemma in COMPOSING_VERBS or lemma in _MADE_OF or _together(token)
            or _counted_among(token)
        ):
            yield from _composed(ctx, token)
        elif low in _BLOC_NOUNS and pos == "NOUN":
            yield from _bloc_of(ctx, token)


def _named_before(ctx: Context, noun: Token) -> list[str]:
    """The body named right before the comma that opens ``noun``'s phrase ("the Arab
    League, the bloc ...": the parser may hang the phrase on a word before the name)."""
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text != ",":
        return []
    key = ctx.actors.at(start - 2)
    return [key] if key is not None and key.startswith(_BODIES) else []


def _bodies_described(ctx: Context, verb: Token) -> list[str]:
    """The body a relative or participle clause describes: the named body it hangs on,
    or the one named before the bloc noun it hangs on."""
    if verb.dep_ not in {"relcl", "acl"}:
        return []
    noun = verb.head
    own = [k for k in g.actors_of(ctx, noun) if k.startswith(_BODIES)]
    if own:
        return own
    return _named_before(ctx, noun) if noun.lower_ in _BLOC_NOUNS else []


def _together(verb: Token) -> bool:
    """ "brings together A and B"."""
    return verb.lemma_ == "bring" and any(c.lower_ == "together" for c in verb.children)


def _composed(ctx: Context, verb: Token) -> Iterator[Candidate]:
    if g.negated(verb) or g.modality(ctx, verb) is not Modality.ASSERTED:
        return
    if verb.dep_ == "acl" and g.has_to(verb):
        return  # "a plan to include X": only sought
    if not (_in_the_present(verb) or _expanded(verb)):
        return
    if verb.dep_ == "relcl" and not _the_body_or_its_members(verb):
        return  # "GM, whose brands include Buick": brands are owned, not members
    if verb.lemma_ in _MADE_OF:
        if verb.lemma_ == "make" and not any(c.lower_ == "up" for c in verb.children):
            return
        parts = [o for p in (verb, *verb.children) for o in g.prep_objects(p, {"of"})]
    else:
        parts = g.direct_objects(verb)
    # the subject, or the body its members are ("NATO's members include"), or the
    # body a relative or participle clause describes
    bodies = [k for s in g.subjects(verb) for k in g.actors_of(ctx, whose_members(s))
              if k.startswith(_COMPOSED)]  # fmt: skip
    bodies += [k for k in _bodies_described(ctx, verb) if k not in bodies]
    yield from _pairs(ctx, parts, bodies, verb)


def _counted_among(verb: Token) -> bool:
    """ "counts Chile among its members", "numbers A and B among its founders" (the
    parser may hang "among" on the object); not "among its former members"."""
    if verb.lemma_ not in _COUNTING["verb"]:
        return False
    among = [o for t in (verb, *g.direct_objects(verb)) for o in g.prep_objects(t, {"among"})]
    return any(o.lower_ in _COUNTING["noun"] and not former(o) for o in among)


def _in_the_present(verb: Token) -> bool:
    """ "which includes", "which is made up of", "the bloc comprises" (not of "it",
    whose antecedent may be another body), or a participle on a body: "the bloc
    comprising A and B", "made up of"."""
    if verb.dep_ == "acl":
        return True
    tags = {verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"})}
    if verb.dep_ != "relcl":
        tags = {verb.tag_}  # a main clause: the verb itself
    return bool(tags & _PRESENT) and not any(
        s.pos_ == "PRON" and s.tag_ not in g.RELATIVE_TAGS for s in g.subjects(verb)
    )


def _expanded(verb: Token) -> bool:
    """ "has been expanded / enlarged / grown to include"."""
    return verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_ in {"expand", "enlarge", "grow",
                                                                     "widen", "extend"}  # fmt: skip


_MEMBER_WORDS = frozenset({"members", "member", "states", "countries", "nations", "governments"})


def _the_body_or_its_members(verb: Token) -> bool:
    """The clause's subject is the body itself ("which includes", a participle with no
    subject) or its members ("whose members include"), not other things it has."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return all(s.tag_ in g.RELATIVE_TAGS or s.lower_ in _MEMBER_WORDS for s in subjects)


def _bloc_of(ctx: Context, noun: Token) -> Iterator[Candidate]:
    """ "the GCC, a six-nation bloc of Qatar, Oman and Kuwait": the names after "of"."""
    bodies = _named_before(ctx, noun)
    if not bodies or hoped_for(noun) or former(noun):
        return
    named = [o for o in g.prep_objects(noun, {"of"}) if o.pos_ == "PROPN"]
    yield from _pairs(ctx, named, bodies, noun, countries_only=True)


def _pairs(
    ctx: Context,
    parts: list[Token],
    bodies: list[str],
    word: Token,
    *,
    countries_only: bool = False,
) -> Iterator[Candidate]:
    kinds = ("country/",) if countries_only else ("country/", "org/")
    for part in parts:
        for member in g.actors_of(ctx, part, include_places=True):
            if member.startswith(kinds):
                for body in bodies:
                    if body != member:
                        yield member, body, [word, part], 0.75


def counted_members(ctx: Context) -> Iterator[Candidate]:
    """ "the EU's 27 members, including France and Italy", "the bloc's member states,
    such as A and B", "members of the AU, including Ghana": the body's, those named
    after "including"."""
    for token, _, low, _ in ctx.scan():
        if low not in {"members", "states", "countries", "nations"}:
            continue
        if low != "members" and not any(c.lower_ == "member" for c in token.lefts):
            continue
        owners = [c for c in token.children if c.dep_ == "poss"]
        named = [o for o in owners if o.pos_ == "PROPN"]
        # "members of the AU, including Ghana": countries only (not "Members of Parliament,
        # including Labour", parties that sit in it)
        of = [o for o in g.prep_objects(token, {"of"}) if o.pos_ == "PROPN"] if not named else []
        named += of
        bodies = [k for o in named for k in g.actors_of(ctx, o) if k.startswith(_BODIES)]
        if not named and any(o.lower_ in _BLOC_NOUNS for o in owners):
            bodies = _one_body(ctx, token)  # "the alliance's 32 members": the one named
        if bodies and not hoped_for(token) and not former(token):
            yield from _pairs(ctx, g.listed_members(token), bodies, token, countries_only=bool(of))


def body_in_context(ctx: Context, noun: Token) -> list[str]:
    """The one body a country's "a member", "a fellow member", "the bloc's newest
    member" belongs to: the one named in this sentence or the one before (none when
    the noun names its own, when two are named, or when the member is not a country)."""
    if noun.dep_ != "appos" or hoped_for(noun) or former(noun):
        return []
    if any(c.dep_ == "prep" for c in noun.children) or any(
        c.dep_ in {"compound", "nmod"} and c.lower_ != "fellow" for c in noun.children
    ):
        return []  # "a member of parliament", "a council member"
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if any(o.lower_ not in _BLOC_NOUNS for o in owners):
        return []  # "its newest member": whose?
    holders = g.actors_of(ctx, noun.head)
    if not holders or not all(k.startswith("country/") for k in holders):
        return []
    return _one_body(ctx, noun)


def _one_body(ctx: Context, noun: Token) -> list[str]:
    """The one body named in ``noun``'s sentence or the one before (none if two; a city
    that stands for a body, "met in Brussels", is no naming of it)."""
    sent = noun.sent
    spans: list[Span] = [sent]
    if sent.start > 0:
        spans.append(noun.doc[sent.start - 1].sent)
    bodies = {
        k
        for span in spans
        for t in span
        if (k := ctx.actors.at(t.i)) is not None
        and k.startswith(_BODIES)
        and t.ent_type_ not in {"GPE", "LOC", "FAC"}  # not "met in Brussels"
    }
    return sorted(bodies) if len(bodies) == 1 else []
