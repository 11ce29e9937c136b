"""Posts a verb gives: "X became Peru's prime minister", "X was appointed
defence minister of Chile", "X served as the bank's governor", "the party
elected X its leader", "X, who heads the central bank" (a name followed by "of" and the body it
works for, "X of the Red Cross", is :mod:`kg.extract.named_employers`).

Each yields (person, body, tokens, role, current) for :mod:`kg.extract.roles`. Only
what the text asserts: "is expected to become", "was not appointed", "if elected"
give nothing; a post served ("served as", "led the party until 1997") is a former one.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import led_posts as posts
from kg.extract.arguments import direct_objects, prep_objects, subjects
from kg.extract.base import Context
from kg.extract.body_owners import a_rite
from kg.extract.headed_bodies import WEIGHED, misread_objects
from kg.extract.led_posts import asserted_post, hypothetical_body, junta, person_keys
from kg.extract.passives import is_passive
from kg.language.collective_they import country_post
from kg.language.group_bodies import BODY_PARTS
from kg.language.lexicon import (
    FACTION_NOUNS,
    HEAD_VERBS,
    HOLDING_VERBS,
    LEAVING_VERBS,
    PERSON_POSSESSIVES,
    POST_VERBS,
    SUCCEEDING_VERBS,
    TITLE_WORDS,
)
from kg.language.mentions import Mention
from kg.language.post_at import post_end
from kg.language.titles import PROFESSIONS, describe

Post = tuple[str, str, list[Token], str, bool]  # person, body, tokens, role, current

# Verbs that name the post of someone else, their object, when active: "the party
# elected X its leader" (but "X became leader": the subject's own).
_GIVING = POST_VERBS - {"become", "serve"}
_BODY_PREFIXES = ("org/", "country/")
# Verbs whose subject works for the body their "for" or "at" names, and the post it
# holds there: "X, who works for Amnesty International", "X has worked at Shell since
# 1990" (not "works with refugees": no employer).
WORK_VERBS = {"work": "staff"}
_ANY_POST_VERB = POST_VERBS | HEAD_VERBS.keys() | WORK_VERBS.keys() | HOLDING_VERBS | LEAVING_VERBS
# Verbs whose post is only the one after "as" ("took over as chairman", "resigned as
# chairman"), never a complement of their own ("took over the firm")
_AS_ONLY = LEAVING_VERBS | (HOLDING_VERBS - {"be", "remain", "stay"})


def held_posts(ctx: Context) -> Iterator[Post]:
    """Every post a verb of the document gives a person."""
    by_token: dict[int, Mention] = {}  # token -> mention, built for the first post verb
    for verb, lemma, _, pos in ctx.scan():
        if lemma == "as" and pos in {"ADP", "SCONJ"} and verb.dep_ == "prep":
            by_token = by_token or _holder_mentions(ctx)
            yield from _in_the_post(ctx, verb, by_token)
            continue
        if pos not in {"VERB", "AUX"} or lemma not in _ANY_POST_VERB:
            continue
        if lemma in HEAD_VERBS:
            found = list(_heads(ctx, verb, HEAD_VERBS[lemma]))
        elif lemma in WORK_VERBS:
            found = list(_works_for(ctx, verb, WORK_VERBS[lemma]))
        else:
            by_token = by_token or _holder_mentions(ctx)
            found = list(_takes_post(ctx, verb, by_token))
        if found and asserted_post(ctx, verb):
            yield from found


def _in_the_post(ctx: Context, prep: Token, by_token: dict[int, Mention]) -> Iterator[Post]:
    """ "As Peru's foreign minister, she met X": whoever acts in a post holds it (at
    the time: "In 1998, as ..." is held then, with a year that dates the act)."""
    verb = prep.head
    titles = [o for o in prep.children if o.dep_ == "pobj" and o.lower_ in TITLE_WORDS]
    if not titles or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ in _ANY_POST_VERB | WEIGHED:
        return  # (a verb of posts reads its own "as": "served as"; "rejected as": weighed)
    dated = any(c.like_num and len(c.text) == 4 for c in verb.sent if c.ent_type_ == "DATE")
    yield from _held(ctx, verb, subjects(verb), titles, by_token, current=not dated)


def _holder_mentions(ctx: Context) -> dict[int, Mention]:
    """Token -> mention, for the mentions that may hold a post: a post described
    ("Peru's prime minister") is the post itself here, no actor it is held for."""
    return {i: m for m in ctx.actors.mentions if not country_post(m) for i in range(m.start, m.end)}


def _heads(ctx: Context, verb: Token, role: str) -> Iterator[Post]:
    """ "X, who heads the central bank", "X chairs the committee", "the
    delegation, led by X," (a participle: held then)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        if hypothetical_body(verb.head):
            return  # "a government led by X would cut taxes"
        # "the previous government, led by President X": X's own title, then
        then = posts.once_held(verb) or posts.former_body(verb.head)
        for holder in prep_objects(verb, {"by"}):
            m = ctx.actors.mention_at(holder.i)
            title = next((d.title for d in m.descriptors if d.title), role) if m else role
            for person, body in _held_bodies(ctx, holder, posts.described_body(verb.head)):
                yield person, body, [verb.head, verb, holder], title, not then
        return
    if is_passive(verb):  # "the union is led by X": the subject is the body
        current = not posts.once_held(verb) and (
            not any(c.lower_ in {"was", "were"} for c in verb.children)
            or not any(c.lower_ == "until" or c.ent_type_ == "DATE" for c in verb.subtree)
        )  # "the party was led by X until 1997", "was once led by X": held then
        own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        pronouns = bool(own) and all(c.pos_ == "PRON" for c in own)
        for led in [_led_body(c) for c in own] if pronouns else subjects(verb):
            if led is None:
                continue
            for holder in prep_objects(verb, {"by"}):
                for person, held in _held_bodies(ctx, holder, led):
                    yield person, held, [led, verb, holder], role, current
        return
    current = verb.tag_ != "VBD"  # "who led the party until 1997"
    for subj in subjects(verb):
        for obj in direct_objects(verb):  # "the fund, which X runs": the noun "which" stands for
            for person, body in _held_bodies(ctx, subj, _led_body(obj) or obj):
                yield person, body, [subj, verb, obj], role, current


def _works_for(ctx: Context, verb: Token, role: str) -> Iterator[Post]:
    """ "X, who works for Oxfam", "X has worked at the World Bank since 1990": the
    body X works for ("who worked for Oxfam" and "had worked": a former post)."""
    if is_passive(verb):
        return
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    # "works", "is working", "has worked" hold it now; "worked", "was working" held it
    current = verb.tag_ in {"VBZ", "VBP"} or bool(
        aux & ({"has", "have"} if verb.tag_ == "VBN" else {"is", "are", "'s", "'re"})
    )
    for subj in subjects(verb):
        for body in prep_objects(verb, {"for", "at"}):
            for person, held in _held_bodies(ctx, subj, body):
                yield person, held, [subj, verb, body], role, current


def _led_body(subject: Token) -> Token | None:
    """The body a passive "is led by X" is said of when its subject is a pronoun: for
    "which" the noun the relative clause hangs on ("X Industries, which is run by Y"),
    but no clause hung on a number ("46%-owned by X, which is run by Y"); for any
    other pronoun none ("It was led by Y": a delegation? an outing?)."""
    if subject.pos_ != "PRON":
        return subject
    verb = subject.head
    if (
        subject.tag_ in {"WDT", "WP"}
        and verb.dep_ == "relcl"
        and verb.head.pos_ in {"NOUN", "PROPN"}
    ):
        return verb.head  # (not a clause hung on "46%-owned")
    return None


def _held_bodies(ctx: Context, holder: Token, held: Token) -> Iterator[tuple[str, str]]:
    """Every (person, country or body) pair of the person ``holder`` names and
    the bodies ``held`` names."""
    # "X led the Easter service": a rite, whatever the model took it for
    bodies = [] if a_rite(held) else g.actors_of(ctx, held)
    if not bodies and held.lemma_.lower() in FACTION_NOUNS:  # "who heads the Reform faction"
        bodies = [k for c in held.lefts if c.dep_ == "compound" for k in g.actors_of(ctx, c)]
    if not bodies and held.lower_ in BODY_PARTS:  # "chairs the board of X", "the X board"
        owners = [c for c in held.lefts if c.dep_ in {"compound", "poss"}]
        bodies = [k for o in [*owners, *prep_objects(held, {"of"})] for k in g.actors_of(ctx, o)]
    for person in person_keys(ctx, holder):
        for body in bodies:
            if body.startswith(_BODY_PREFIXES) or _described(ctx, body):
                yield person, body


def _described(ctx: Context, key: str) -> bool:
    """A group named by more than its noun: "the Kenyan opposition" (not "the rebels"),
    or the story's junta ("the junta led by General X")."""
    actor = ctx.actors.actors.get(key)
    return key.startswith("group/") and actor is not None and (" " in actor.name or junta(actor))


def _takes_post(ctx: Context, verb: Token, by_token: dict[int, Mention]) -> Iterator[Post]:
    """ "X became / was named Peru's prime minister", "Y elected X its leader"."""
    lemma = verb.lemma_
    if lemma in SUCCEEDING_VERBS:
        yield from _succession(ctx, verb, by_token)
        return
    complements = [] if lemma in _AS_ONLY else [c for c in verb.children
                                                 if c.dep_ in {"attr", "oprd"}]  # fmt: skip
    complements += prep_objects(verb, {"as"})
    if lemma in _GIVING and not is_passive(verb):
        # "the senate confirmed X as Peru's envoy": the parser may hang "as" on X
        complements += [c for o in direct_objects(verb) for c in prep_objects(o, {"as"})]
    reduced = _reduced_relative(ctx, verb) if lemma in _GIVING else None
    if reduced is not None:  # the parser may take the post for an object
        complements += [c for c in verb.children if c.dep_ == "dobj"]
    complements = [c for c in complements if c.lower_ in TITLE_WORDS]
    if not complements and lemma in _GIVING and not is_passive(verb):
        # "the president named a new finance minister, X": the post is the object
        # and its holder the name beside it
        for post in direct_objects(verb):
            named = [a for a in post.children if a.dep_ == "appos" and person_keys(ctx, a)]
            if post.lower_ in TITLE_WORDS and named:
                yield from _held(ctx, verb, named, [post], by_token, current=True,
                                 given_by=_giver_bodies(ctx, subjects(verb)))  # fmt: skip
        return
    if not complements and lemma == "be":
        # "The chief executive of Holm Mining is X": the title is the subject
        titled = [s for s in subjects(verb) if s.lower_ in TITLE_WORDS]
        named = [c for c in verb.children if c.dep_ == "attr" and person_keys(ctx, c)]
        if titled and named:
            yield from _held(ctx, verb, named, titled, by_token, current=verb.tag_ != "VBD")
        return
    if not complements:
        return
    giving = lemma in _GIVING and not is_passive(verb)  # "the party elected X its leader"
    holders = (direct_objects(verb) or misread_objects(verb)) if giving else subjects(verb)
    givers = subjects(verb) if giving else []
    if lemma in _GIVING and is_passive(verb):
        givers = _by_phrase(verb, complements)  # "X was named minister by the president"
    if reduced is not None:
        holders, givers = [reduced], []
    holders = [_apposed_name(ctx, h) for h in holders]
    # "served as", "was Peru's president", "resigned as chairman": a former post
    current = not ((lemma in {"serve", "be"} and verb.tag_ == "VBD") or lemma in LEAVING_VERBS)
    yield from _held(ctx, verb, holders, complements, by_token, current=current,
                     given_by=_giver_bodies(ctx, givers))  # fmt: skip


def _apposed_name(ctx: Context, holder: Token) -> Token:
    """The name a clause on its apposition is about: "X, a Socialist Party member who
    serves as Spain's health minister" (the clause's subject is "member")."""
    if holder.dep_ == "appos" and holder.head.i < holder.i:
        m = ctx.actors.mention_at(holder.head.i)
        if m is not None and m.kind == "person" and holder.lower_ in TITLE_WORDS | PROFESSIONS:
            return holder.head
    return holder


def _succession(ctx: Context, verb: Token, by_token: dict[int, Mention]) -> Iterator[Post]:
    """ "X succeeded / replaced Y as chairman" (the parser may hang "as" on Y): X
    holds the post Y left; "Y was replaced as chairman by X" the same."""
    if is_passive(verb):  # (the parser may hang "by X" on the post)
        posts = [c for c in prep_objects(verb, {"as"}) if c.lower_ in TITLE_WORDS]
        taking = _by_phrase(verb, posts)
        leaving = subjects(verb)
    else:
        taking, leaving = subjects(verb), direct_objects(verb)
    posts = [*prep_objects(verb, {"as"}), *(c for o in leaving for c in prep_objects(o, {"as"}))]
    posts = [c for c in posts if c.lower_ in TITLE_WORDS]
    if posts:
        yield from _held(ctx, verb, taking, posts, by_token, current=True)
        yield from _held(ctx, verb, leaving, posts, by_token, current=False)


def _by_phrase(verb: Token, posts: list[Token]) -> list[Token]:
    """Whom a passive's "by" names, on the verb or where the parser hangs it inside
    the post ("was named minister by the president", "was replaced as chairman by X")."""
    return [*prep_objects(verb, {"by"}),
            *(o for c in posts for t in c.subtree for o in prep_objects(t, {"by"}))]  # fmt: skip


def _reduced_relative(ctx: Context, verb: Token) -> Token | None:
    """ "X, appointed Peru's envoy last year, said": the name a participle clause
    right after it gives a post (the parser may take the name for the subject of
    a finite verb, or hang the clause off the main verb)."""
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not subj:
        return verb.head if person_keys(ctx, verb.head) else None
    if verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    m = ctx.actors.mention_at(verb.i - 2)
    if m is None or m.kind != "person" or m.end != verb.i - 1:
        return None
    name = verb.doc[m.start : m.end].root
    if not subj and verb.dep_ in {"parataxis", "advcl"}:
        return name
    objects = direct_objects(verb)
    if subj == [name] and objects and not any(person_keys(ctx, o) for o in objects):
        return name  # "X, appointed Peru's envoy": no one else is appointed
    return None


def _giver_bodies(ctx: Context, givers: list[Token]) -> list[str]:
    """The countries and bodies whoever gives a post speaks for: "Brazil's president",
    "the Kenyan government", "the World Bank", or a name with such a title ("Brazilian
    President X")."""
    bodies: list[str] = []
    for giver in givers:
        for key in g.actors_of(ctx, giver):
            if key.startswith(_BODY_PREFIXES):
                bodies.append(key)
            m = ctx.actors.mention_at(giver.i)
            if key.startswith("person/") and m is not None:
                bodies += [b for d in m.descriptors if d.title and not d.former
                           for b in map(ctx.actors.by_mention.get, d.affiliations)
                           if b and b.startswith(_BODY_PREFIXES)]  # fmt: skip
    return list(dict.fromkeys(bodies))


def _when(prep: Token) -> bool:
    """A phrase of time: "on Sunday", "in 2018"."""
    return prep.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in prep.children
    )


def _held(
    ctx: Context,
    verb: Token,
    holders: list[Token],
    complements: list[Token],
    by_token: dict[int, Mention],
    *,
    current: bool,
    given_by: list[str] | None = None,
) -> Iterator[Post]:
    """The posts the title phrases ``complements`` give the persons ``holders``; a
    title that names no body of its own is held for whoever gave it, ``given_by``
    ("Brazil's president named X finance minister": Brazil's)."""
    for holder in holders:
        for person in person_keys(ctx, holder):
            m = by_token.get(holder.i)
            if m is None:
                continue
            for comp in complements:
                start, end = comp.left_edge.i, post_end(verb.doc, comp.right_edge.i + 1, verb)
                for t in verb.doc[comp.i + 1 : end]:
                    # "replaced as chairman by X": who gives or takes the post is no part
                    # of it, nor when ("re-elected as Chile's president on Sunday")
                    if t.text in {",", ";"} or t.dep_ == "cc" or t.lower_ == "by" or _when(t):
                        end = t.i
                        break
                d = describe(verb.doc, start, end, by_token, m)
                profession = (d.title.split() or [""])[-1].lower() in PROFESSIONS
                bodies = [ctx.actors.by_mention.get(mid) for mid in d.affiliations]
                if not d.affiliations and d.title and not profession:
                    bodies = list(given_by or [])
                for body in bodies:
                    if profession and body and body.startswith("country/"):
                        continue  # "became Australia's youngest store manager": where
                    if body and body.startswith((*_BODY_PREFIXES, "group/")):
                        yield person, body, [holder, verb, comp], d.title, current and not d.former


def bracketed_bodies(ctx: Context) -> Iterator[Post]:
    """ "The Green Unity Party (GUP) ... Ann Vale (GUP) said": a name followed by the
    name of a body named before, in brackets (not a country's: "Vale (Chile)" in a
    list of results says where she is from)."""
    doc = ctx.doc
    mentions = ctx.actors.mentions
    bodies = {m.start: m for m in mentions if m.kind in {"org", "group"}}
    for m in mentions:
        person = ctx.actors.by_mention.get(m.id)
        if person is None or not person.startswith("person/") or m.kind != "person":
            continue
        body = bodies.get(m.end + 1)
        if body is None or doc[m.end].text != "(" or body.end >= len(doc):
            continue
        key = ctx.actors.by_mention.get(body.id) or ""
        named = any(ctx.actors.by_mention.get(o.id) == key for o in mentions[: m.id])
        if not named and doc[body.end - 1].lower_ != "party":
            continue  # "Friend or Foe (FOF)": the name's own acronym, not a body named before
        # ("Hans Dorn (Social Democratic Party)": a party's full name needs no introduction)
        if doc[body.end].text == ")" and key.startswith(("org/", "group/")):
            yield person, key, [doc[m.start], doc[body.start]], "", True


def own_factions(ctx: Context) -> Iterator[Post]:
    """ "Ann Vale said her Unity Party would win", "figures from his Green Dawn
    faction": the party or faction someone calls their own is one they belong to
    ("her former party": a former tie; "his Unity Party rival" is no party)."""
    doc = ctx.doc
    at = {i: m for m in ctx.actors.mentions for i in range(m.start, m.end)}
    for m in ctx.actors.mentions:
        if m.kind != "pronoun":
            continue
        person = ctx.actors.by_mention.get(m.id) or ""
        mark = doc[m.start]
        if mark.lower_ not in PERSON_POSSESSIVES or mark.dep_ != "poss":
            continue
        head = mark.head
        if not person.startswith("person/") or head.lemma_.lower() not in FACTION_NOUNS:
            continue
        bodies = [at[i] for i in range(mark.i + 1, head.i + 1) if i in at]
        keys = [ctx.actors.by_mention.get(b.id) or "" for b in bodies if b.kind in {"org", "group"}]
        body = next((k for k in keys if k.startswith(("org/", "group/"))), None)
        if body is not None:
            former = any(c.lower_ in {"former", "old"} for c in head.children)
            yield person, body, [mark, head], "", not former
