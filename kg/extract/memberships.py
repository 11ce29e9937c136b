"""Memberships: which countries and bodies belong to which groups, bodies and agreements.

Constructions (verbs that give or end one, ``Finland joined NATO``, are in :mod:`kg.extract.joining`;
a body's description, in :mod:`kg.extract.bloc_descriptions`): a list after a dash or colon
(``the European parties to the NPT -- France, Germany and Britain``); ``X, a (permanent) member
of Y``; ``X is (one of the N) members of Y``; ``X's seat on Y``; ``X ... than other Y states``;
``committee chairman X`` (X belongs to the committee); and a body named with its country
(``Iran's Supreme National Security Council``, ``the Brazilian central bank``) is that country's
(:mod:`kg.extract.country_bodies`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.bloc_descriptions import body_in_context, counted_members, described
from kg.extract.bloc_references import referred_members
from kg.extract.coordination import companions
from kg.extract.country_bodies import bodies_of_countries
from kg.extract.joining import joined, parts, quit_bodies
from kg.extract.member_expulsions import expelled
from kg.extract.member_forms import body_before, entries, given_up_seats, held_back_seat
from kg.extract.member_words import former, hoped_for
from kg.extract.modality import told_as_fact
from kg.extract.modifier_owners import WITH_NMOD, modifier_owners
from kg.language.body_words import ORG_HEAD_WORDS
from kg.language.event_words import PROSPECTIVE
from kg.records import Relation, RelationType

NAME = "memberships"
_MEMBER_NOUNS = {"signatories", "signatory", "parties", "party", "members", "member",
                 "signers", "participants"}  # fmt: skip
_SEAT_NOUNS = {"seat", "membership", "place"}
_OTHER_MEMBER_NOUNS = {"states", "members", "countries", "nations", "governments", "state",
                       "country", "nation"}  # fmt: skip
_ANY_MEMBER_NOUN = _MEMBER_NOUNS | _SEAT_NOUNS | _OTHER_MEMBER_NOUNS  # the words worth a look
_GROUP_KINDS = ("group/", "org/", "agreement/")


def extract(ctx: Context) -> Iterator[Relation]:
    seen: set[tuple[str, str]] = set()
    # a membership that ended first: "Angola, an OPEC member until 2023, quit the group"
    ended = [(*c, False) for c in [*quit_bodies(ctx), *given_up_seats(ctx), *expelled(ctx)]]
    for found in [*ended, *((*c, True) for c in _candidates(ctx))]:
        member, group, tokens, confidence, current = found
        current = current and not any(map(_ended_by_date, tokens))
        if member == group or (member, group) in seen:
            continue
        if not group.startswith(_GROUP_KINDS) and not (
            group.startswith("country/") and member.startswith("org/")
        ):
            continue
        if member.startswith("person/"):
            continue
        seen.add((member, group))
        yield Relation(
            type=RelationType.MEMBERSHIP,
            subject=member,
            object=group,
            evidence=ctx.evidence(tokens, f"{NAME}/v1", confidence),
            current=current,
        )


def _candidates(ctx: Context) -> Iterator[tuple[str, str, list[Token], float]]:
    for token, _, low, _ in ctx.scan():
        if low not in _ANY_MEMBER_NOUN:
            continue
        if token.ent_type_ and token.is_title:
            continue  # "Party" in "Pakistan People's Party" is a name, not a party to a deal
        if low in _MEMBER_NOUNS:
            yield from _listed_members(ctx, token)
            yield from _appositive_member(ctx, token)
        elif low in _SEAT_NOUNS:
            yield from _seat(ctx, token)
        elif low in _OTHER_MEMBER_NOUNS and any(c.lower_ == "other" for c in token.children):
            yield from _other_members(ctx, token)
        elif low in _OTHER_MEMBER_NOUNS and any(c.lower_ == "member" for c in token.lefts):
            yield from _appositive_member(ctx, token)  # "one of NATO's member states"
    yield from joined(ctx)
    yield from parts(ctx)  # "Montenegro became part of NATO"
    yield from entries(ctx)  # "Sweden's accession to NATO was completed"
    yield from described(ctx)  # "the Arab League, a bloc that includes Egypt"
    yield from counted_members(ctx)  # "the EU's 27 members, including France"
    yield from referred_members(ctx)  # "A and B protested. The two NATO members said"
    for token, _, lower, pos in ctx.scan():
        if lower in {"members", "member", "allies", "ally"} and pos in {"NOUN", "PROPN"}:
            yield from _named_members(ctx, token)
        elif lower in {"presidency", "chairmanship", "chair"} and pos == "NOUN":
            yield from _presidency(ctx, token)
    yield from _titled_bodies(ctx)
    yield from bodies_of_countries(ctx)


def _named_members(ctx: Context, noun: Token) -> Iterator[tuple[str, str, list[Token], float]]:
    """ "NATO members Norway and Denmark", "EU member states France and Germany", "the
    EU member state Malta", "NATO allies Poland and Estonia": a body's members named
    right after the noun (the parser may take "states" for a verb)."""
    group = body_before(ctx, noun)  # (an alliance's allies, not a country's)
    if group is None:
        return
    i = noun.i + 1
    if i < len(ctx.doc) and ctx.doc[i].lower_ in {"states", "countries", "nations", "state",
                                                  "country", "nation"}:  # fmt: skip
        i += 1
    if ctx.doc[i : i + 2].text.lower() in {", including", ", like", ", such"}:
        i += 1  # "OPEC members, including Iraq and Iran"
    if ctx.doc[i : i + 2].text.lower() == "such as":  # "EU members such as Chad"
        i += 2
    elif i < len(ctx.doc) and ctx.doc[i].lower_ in {"including", "like"}:
        i += 1
    while i < len(ctx.doc):
        m = ctx.actors.mention_at(i)
        key = ctx.actors.by_mention.get(m.id) if m is not None else None
        if m is None or m.start != i or key is None or not key.startswith(("country/", "org/")):
            return
        yield key, group, [noun, ctx.doc[i]], 0.8
        i = m.end
        if i < len(ctx.doc) and ctx.doc[i].text == ",":
            i += 1
        if i < len(ctx.doc) and ctx.doc[i].lower_ == "and":
            i += 1


def _presidency(ctx: Context, noun: Token) -> Iterator[tuple[str, str, list[Token], float]]:
    """ "Belgium holds the rotating EU presidency", "the presidency of the Council"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in {"hold", "take", "assume"}:
        return
    groups = modifier_owners(ctx, noun, WITH_NMOD)
    groups += [k for t in g.prep_objects(noun, {"of"}) for k in g.actors_of(ctx, t)]
    members = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    for group in groups:
        for member in members:
            if member.startswith("country/") and group.startswith(("org/", "group/")):
                yield member, group, [verb, noun], 0.7


def _groups_of(ctx: Context, noun: Token) -> list[str]:
    """The body a member noun belongs to: "signatories to the deal", "members of Y",
    "EU states"."""
    groups: list[str] = []
    objs = g.prep_objects(noun, {"to", "of", "in"})
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    if not objs and nxt is not None and nxt.lower_ in {"to", "of"}:  # misattached PP
        objs = [c for c in nxt.children if c.dep_ == "pobj"]
    for obj in objs:
        found = [k for k in g.actors_of(ctx, obj) if k.startswith(_GROUP_KINDS)]
        groups += found or [  # "members of the IBSA grouping": the body named before its kind
            k for c in obj.lefts if c.dep_ == "compound"
            for k in g.actors_of(ctx, c) if k.startswith(_GROUP_KINDS)
        ]  # fmt: skip
    verb = noun.head  # "NATO, of which Norway is a member," ("an alliance of which": its name's)
    if (
        not groups
        and verb.dep_ == "relcl"
        and any(  # (the parser may not call "of" a prep)
            o.lower_ == "which" for p in verb.children if p.lower_ == "of" for o in p.children
        )
    ):
        named = verb.head.head if verb.head.dep_ == "appos" else verb.head
        groups += [k for k in g.actors_of(ctx, named) if k.startswith(_GROUP_KINDS)]
    # "EU member states": the body may hang on "member"
    mods = [*noun.children, *(m for c in noun.lefts if c.lower_ == "member" for m in c.children)]
    for child in mods:
        if child.dep_ in {"compound", "nmod", "amod", "poss"}:  # "EU states", "the bloc's members"
            for t in g.conjuncts(child) if child.dep_ == "nmod" else [child]:
                key = g.actor_of(ctx, t)  # "a NATO and EU member"
                if key and key.startswith(_GROUP_KINDS):
                    groups.append(key)
    return groups


def _listed_members(ctx: Context, noun: Token) -> Iterator[tuple[str, str, list[Token], float]]:
    members = g.dash_list(ctx, noun)
    if not members:
        return
    for group in _groups_of(ctx, noun):
        for member in members:
            yield member, group, [noun], 0.85


def _appositive_member(ctx: Context, noun: Token) -> Iterator[tuple[str, str, list[Token], float]]:
    """ "Paris, a founding member of NATO" and
    "Turkey is a member of NATO"."""
    if hoped_for(noun):
        return  # "Ukraine, a would-be member of the bloc,": not (yet) a member
    groups = _groups_of(ctx, noun)
    first = noun.head if noun.dep_ == "conj" and noun.head.dep_ == "appos" else None
    if first is not None:  # "Poland, an EU and NATO member,": the parser hangs the noun
        groups += [k for k in g.actors_of_token(ctx, first) if k.startswith(_GROUP_KINDS)]
    if not (groups := groups or body_in_context(ctx, noun)):
        return
    holders: list[Token] = []
    if noun.dep_ == "appos":
        holders = [noun.head]
    elif first is not None:
        holders = [first.head]
    elif named := _set_off_names(noun):
        holders = named  # "NATO's newest member, Finland, held drills"
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.dep_ == "prep":
        holders = g.subjects(noun.head.head)  # "As a member of the AU, Kenya sent troops"
    elif noun.dep_ in {"attr", "oprd"} and noun.head.lemma_ in {"be", "become", "remain"}:
        if not told_as_fact(ctx, noun.head):
            return  # "Iceland is not a member of the EU", "X could become a member"
        # "X and Y became full members of NATO", "X is a member of Y along with Z"
        holders = [*g.subjects(noun.head), *companions(noun.head)]
    elif noun.dep_ == "nsubj" and (earlier := _subject_before(noun)) is not None:
        holders = [earlier]  # "A and B, both members of Y, abstained": read as two subjects
    elif noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ == "be":
        holders = g.subjects(noun.head.head)  # "A and B are among the 12 members of Y"
    elif noun.dep_ == "pobj" and noun.head.head.lower_ == "one":  # "one of the members of"
        one = noun.head.head
        if one.dep_ == "attr":
            holders = g.subjects(one.head)
        elif one.dep_ == "appos":  # "Latvia, one of the EU's newest members,"
            holders = [one.head]
    elif any(c.lower_ == "fellow" for c in noun.children):
        # "Poland's veto angered its fellow EU members": whose fellows they are
        holders = [c for c in noun.children if c.dep_ == "poss"]
    for holder in holders:
        mention = ctx.actors.mention_at(holder.i)
        if mention is not None and not _looks_like_a_body(mention.text) and mention.kind == "org":
            continue  # "Neil Sands QC, a member of ...": a person
        for member in g.actors_of(ctx, holder, include_places=True):
            if member in groups:
                continue  # a body of the phrase itself ("Poland, an EU and NATO member")
            for group in groups:
                yield member, group, [holder, noun], 0.85


def _set_off_names(noun: Token) -> list[Token]:
    """The names in apposition right after a member noun, set off by a comma or a
    bracket or not at all: "NATO's newest member, Finland,", "the EU's southern members
    (Spain, Italy and Greece)", "the three members of the EU, A, B and C," (the list
    after the body's name), "the AU's members Ghana and Togo" (not "members in A, B or C")."""
    found = []
    for c in noun.children:
        if c.dep_ != "appos" or c.i <= noun.i:
            continue
        before = noun.doc[c.left_edge.i - 1]
        between = noun.doc[noun.i + 1 : before.i]  # nothing, or the body: "of the EU"
        if before.i == noun.i or (
            before.text in {",", "("}
            and (not len(between) or (between[0].lower_ == "of" and between[0].head == noun))
        ):
            found.append(c)
    return found


def _ended_by_date(token: Token) -> bool:
    """ "Qatar, a member of OPEC until 2019," "was a member until 1995": a membership
    the text ends at a date (on the member noun, or on the verb it is the complement of)."""
    if token.lower_ in {"member", "members"} and former(token):
        return True  # "Britain, a former member of the bloc,"
    holders = [token, token.head] if token.dep_ in {"attr", "oprd"} else [token]
    return any(o.ent_type_ == "DATE" and o.lower_ != "now"
               for h in holders for o in g.prep_objects(h, {"until", "till"}))  # fmt: skip


def _subject_before(noun: Token) -> Token | None:
    """The subject the parser set beside ``noun`` when ``noun`` stands in apposition
    to it between commas: in "A and B, both members of Y, abstained" both "A" and
    "members" are subjects of "abstained"."""
    verb = noun.head
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < noun.i]
    if not before or noun.i < 1 or noun.doc[noun.i - 1].lower_ not in {",", "both", "all", "each"}:
        return None
    comma = noun.doc[before[-1].right_edge.i + 1] if before[-1].right_edge.i + 1 < noun.i else None
    return before[-1] if comma is not None and comma.text == "," else None


def _seat(ctx: Context, noun: Token) -> Iterator[tuple[str, str, list[Token], float]]:
    """ "its seat on the Security Council"."""
    if held_back_seat(noun):
        return  # "froze its membership of X" (one given up has ended: member_forms)
    if any(c.lower_ in PROSPECTIVE for c in noun.children) or (
        noun.dep_ == "pobj" and noun.head.lower_ in {"for", "to", "towards"}
    ):
        return  # "its proposed membership of the WTO", "a bid for a seat on the council"
    preps = {"on", "in", "at", "of"} if noun.lower_ == "membership" else {"on", "in", "at"}
    groups = [k for obj in g.prep_objects(noun, preps) for k in g.actors_of(ctx, obj)]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    for owner in owners:
        for member in g.actors_of(ctx, owner):
            for group in groups:
                yield member, group, [owner, noun], 0.8


def _other_members(ctx: Context, noun: Token) -> Iterator[tuple[str, str, list[Token], float]]:
    """ "Britain contributed more ... than other EU states": Britain is an EU state."""
    groups = _groups_of(ctx, noun)
    if not groups:
        return
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    for subj in g.subjects(verb):
        for member in g.actors_of(ctx, subj):
            for group in groups:
                yield member, group, [subj, noun], 0.7


def _titled_bodies(ctx: Context) -> Iterator[tuple[str, str, list[Token], float]]:
    """ "committee chairman Norvex Bank", "vice-chairmen Halvor Trust and Brightwater Bank"."""
    for m in ctx.actors.mentions:
        member = ctx.actors.by_mention.get(m.id)
        if member is None or m.kind not in {"org", "group"}:
            continue
        if not _looks_like_a_body(m.text):
            continue  # "The chairman of the Law Guild, Neil Sands QC": a person
        for d in m.descriptors:
            if not d.title or d.title.lower().split()[-1] not in _SEATS:
                continue
            for a in d.affiliations:
                group = ctx.actors.by_mention.get(a)
                if group is None or group.startswith("country/"):
                    continue  # a body chairs a body, not a country ("vice-chairman of Indian X")
                root = ctx.doc[m.start : m.end].root
                for t in g.conjuncts(root):
                    for key in g.actors_of(ctx, t):
                        yield key, group, [ctx.doc[d.start], t], 0.75


_SEATS = {"member", "members", "chairman", "chairmen", "chair", "vice-chairman", "vice-chairmen",
          "co-chairman", "chairwoman"}  # fmt: skip


def _looks_like_a_body(name: str) -> bool:
    """A bank, firm or council, not a person typed as one: one word, an acronym,
    or a name ending in an organisation word ("Guy Mansfield QC" is a person)."""
    words = name.split()
    if not words or words[-1].upper() in _PERSON_SUFFIXES:
        return False
    return len(words) == 1 or any(w.isupper() for w in words) or words[-1].lower() in ORG_HEAD_WORDS


_PERSON_SUFFIXES = {"QC", "KC", "MP", "MSP", "MEP", "AM", "MLA", "JR", "SR", "PHD"}
