"""Roles and affiliations: who holds which post for which country or body.

Constructions: a title before the name (``Iran's top negotiator X``,
``Japanese Prime Minister X``, ``EU coordinator X``, ``former U.S. President
X`` - a past role), a title in apposition (``X, director of the central bank``,
``The French special envoy for Chad, X,``), ``Secretary of Y's Supreme
National Security Council X`` (X -> the council), ``X will represent Y``, and
the posts a verb gives (``X became Y's president``, ``X, who heads Y``; see
:mod:`kg.extract.held_posts`). A
title names the body it is *of*, never the one it is *for* or *to*: ``U.S.
Special Envoy for Syria X`` represents the U.S. A national title with no
country (``President X``) is tied to the dateline's country, or to the one
country the sentence names in a modifier or subject position, at a lower
confidence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import role_owners as ro
from kg.extract.base import Context
from kg.extract.body_owners import a_city, described_owner, its_owner
from kg.extract.country_bodies import bodies_of_countries
from kg.extract.firm_partners import firm_partners
from kg.extract.headed_bodies import headed_bodies
from kg.extract.held_posts import bracketed_bodies, held_posts, own_factions
from kg.extract.led_posts import led_posts
from kg.extract.named_employers import of_bodies
from kg.extract.party_moves import party_moves
from kg.extract.regional_posts import region_posts
from kg.extract.their_posts import their_posts
from kg.extract.title_country import country_in_context
from kg.extract.titled_of import of_body as _of_body
from kg.extract.untagged_employers import ENVOYS, no_known_actor, of_an_untagged_body
from kg.extract.workplaces import worked_at
from kg.language.body_words import FIRM_NOUNS, GENERIC_BODIES, UNIQUE_BODIES
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import COUNTRY_ANAPHORA, PORTFOLIO_TITLES, TITLE_WORDS
from kg.language.mentions import Mention
from kg.language.post_fields import cabinet_title, is_post_field
from kg.language.shared_titles import singular_post
from kg.language.state_bodies import named_by_kind
from kg.language.titles import AGAINST_THE_STATE, PROFESSIONS, Descriptor, press_beat
from kg.records import Relation, RelationType

NAME = "roles"
# Titles that only a state has: a holder with no named country serves the one in context.
_NATIONAL_TITLES = ("president", "prime minister", "premier", "chancellor", "foreign minister",
                    "foreign secretary", "secretary of state", "king", "queen", "treasury secretary",
                    "finance minister", "defence minister", "defense minister", "ambassador")  # fmt: skip


def extract(ctx: Context) -> Iterator[Relation]:
    """Every post of the document, and for a post in a body of a country's state
    ("a spokesman for the Japanese foreign ministry", "governor of Sweden's central
    bank") a post for that country too."""
    states = {body: country for body, country, _, _ in bodies_of_countries(ctx)}
    states = ro.force_countries(ctx) | states  # "Kenyan Air Force commander X": Kenya's too
    posts = list(_posts(ctx))
    seen = {(r.subject, r.object) for r in posts}
    for r in posts:
        if r.object.startswith("country/") and _against_the_state(r.role):
            continue  # "Colombian rebel commander X" serves no state
        yield r
        country = states.get(r.object)
        if country is not None and (r.subject, country) not in seen:
            seen.add((r.subject, country))
            yield replace(r, object=country)


def _against_the_state(role: str | None) -> bool:
    return bool(AGAINST_THE_STATE.intersection((role or "").lower().split()))


def _posts(ctx: Context) -> Iterator[Relation]:
    seen: set[tuple[str, str]] = set()
    affiliated: set[str] = set()
    untied: list[tuple[str, Mention, str]] = []
    for m in ctx.actors.mentions:
        person = ctx.actors.by_mention.get(m.id)
        if person is None or not person.startswith("person/"):
            continue
        if m.kind == "description":  # "The prime minister took charge of Portugal's response"
            words = [w for w in m.text.lower().split() if w not in {"the", "his", "her"}]
            untied.append((person, m, " ".join(words)))
            continue
        for d in m.descriptors:
            linked = [
                ctx.actors.by_mention.get(a) or _kind_named_owner(ctx, a)
                for a in _first_of_adjacent(ctx, d.affiliations)
                if not a_city(ctx, a)  # "the Patriarch of Jerusalem": a city, no state
            ]
            mended = its_owner(ctx, d)  # "F and its chief executive, X": F's, not a country's
            if mended is not None:
                linked = [t for t in linked if not (t or "").startswith("country/")] + [*mended]
            if (held := ro.custody_owner(ctx, d)) is not None:
                linked = [*held]  # "arrested its leader, X": not the captor's man
            if (state := ro.government_owner(ctx, d)) is not None:
                linked = [state]  # "the government of C said its envoy, X,"
            targets = [t for t in linked if t and not t.startswith(("person/", "agreement/"))]
            if (d.title.split() or [""])[-1].lower() in PROFESSIONS or press_beat(d.title):
                targets = [t for t in targets if not t.startswith("country/")]
            if (
                _scoped(d.title, targets)
                or _a_bodys_post(ctx, m, d)
                or _a_firms(d.title)
                or of_an_untagged_body(ctx, d)
            ):
                # "chief US economist at Holm Bank", "its UK chief executive": the country is
                # what the post covers, not the employer (but "its oil minister X": its)
                owner = _its_owners(ctx, d.affiliations) | {ro.government_owner(ctx, d)}
                targets = [t for t in targets if not t.startswith("country/") or t in owner]
            targets += _chamber_of(d.title, targets)
            if not targets and (body := described_owner(ctx, m, d) or ro.whose_owner(ctx, m, d)):
                targets = [body]  # "the agency's director, X": the agency named before
            for target in targets:
                affiliated.add(person)
                if (person, target) in seen:
                    continue
                seen.add((person, target))
                tokens = [ctx.doc[d.start], ctx.doc[m.end - 1]]
                yield _post(
                    ctx,
                    person,
                    target,
                    tokens,
                    0.9,
                    d.title or None,
                    current=not d.former,
                )
            if not targets and d.title and not _shared(ctx, d) and not _unnamed_owner(ctx, d):
                untied.append((person, m, d.title))
    yield from _represents(ctx, seen, affiliated)
    for person, body, tokens, title, current in _of_body(ctx):
        if (person, body) not in seen:
            seen.add((person, body))
            affiliated.add(person)
            yield _post(ctx, person, body, tokens, 0.75, title, current=current)
    for person, body, tokens, title, current in [
        *held_posts(ctx),
        *of_bodies(ctx),
        *bracketed_bodies(ctx),
        *own_factions(ctx),
        *party_moves(ctx),  # "X defected to Labour", "X, who stood for the Greens"
        *their_posts(ctx),
        *ro.respective_posts(
            ctx
        ),  # "X and Y of A and B respectively"  # "A and B sent their envoys, X and Y,"
        *led_posts(ctx),  # "the X-led government of A", "X's Unity Party", "coup leader X"
        *headed_bodies(ctx),  # "X, who heads Iran's nuclear agency", "chose X to lead its agency"
        *worked_at(ctx),  # "Analyst X at Nordbank said"
        *firm_partners(ctx),  # "Harmon Group partner X"
        *region_posts(ctx),  # "Scottish First Minister X": the Scottish government's
    ]:
        if (person, body) not in seen:
            seen.add((person, body))
            affiliated.add(person)
            yield _post(ctx, person, body, tokens, 0.7, title or None, current=current)
    for person, m, title in untied:
        if person in affiliated or not _national(title):
            continue
        if _named_body_before(ctx, m, title):
            continue  # "Ifo president X": a body's president, whatever country is near
        cabinet = not title.lower().startswith(_NATIONAL_TITLES)  # a post named by its field
        if cabinet and "shadow" in title.lower().split():
            continue  # "Shadow Treasury chief secretary X": the opposition's, not the state's
        country = country_in_context(ctx, m, said_subjects=not cabinet)
        if country is None or (person, country) in seen:
            continue
        seen.add((person, country))
        affiliated.add(person)
        yield _post(ctx, person, country, [ctx.doc[m.start], ctx.doc[m.end - 1]], 0.5, title)


def _national(title: str) -> bool:
    """A title only a country's state gives: "President X", "the trade minister, X",
    "X, the minister for EU affairs," (a cabinet post named by its field)."""
    return title.lower().startswith(_NATIONAL_TITLES) or cabinet_title(title)


# Titles that name their body by themselves: a member of the European Parliament.
_CHAMBER_TITLES = {"mep": "org/EP", "meps": "org/EP"}


def _chamber_of(title: str | None, targets: list[str]) -> list[str]:
    """The body a title names by itself: "MEP X", "X, a Green MEP," and "the Dutch
    MEP X" sit in the European Parliament (besides a party or country the title
    names; "an MEP for the Greens": the title's head, before any preposition)."""
    words = (title or "").lower().split()
    cut = [k for k, w in enumerate(words) if w in {"for", "from", "of", "to", "in", "at"}]
    words = words[: cut[0]] if cut else words
    body = _CHAMBER_TITLES.get(words[-1]) if words else None
    return [body] if body is not None and body not in targets else []


def _its_owners(ctx: Context, ids: tuple[int, ...]) -> set[str]:
    """The actors an "its" or "their" among a title's affiliations stands for."""
    return {
        ctx.actors.by_mention.get(x.id) or ""
        for x in ctx.actors.mentions
        if x.id in ids and x.kind == "pronoun" and x.text.lower() in {"its", "their"}
    }


def _a_firms(title: str | None) -> bool:
    """A post in a firm the title names by its kind: "Chinese firm boss X", "Russian
    energy company chief X" (the country only says where the firm is from; not
    "central bank governor", a body of the state's)."""
    words = (title or "").lower().split()
    portfolio = bool(words) and words[-1] in PORTFOLIO_TITLES  # "business secretary": a field
    return any(
        w in FIRM_NOUNS
        and not (k and words[k - 1] in UNIQUE_BODIES)
        and not (portfolio and is_post_field(w))
        for k, w in enumerate(words[:-1])
    )


def _kind_named_owner(ctx: Context, i: int) -> str | None:
    """The country of a body named in a title only by its kind: "Czech central bank
    governor X", "Polish army chief X" hold a post of the country's, as "the Czech
    central bank governor, X," and "Brazil's central bank president X" do (not "a
    Czech firm's chief", which no country holds)."""
    body = next((x for x in ctx.actors.mentions if x.id == i), None)
    if body is None or body.kind != "description":
        return None
    words = ctx.doc[body.start : body.end]
    inner = [x for x in ctx.actors.mentions
             if x.id != i and body.start <= x.start and x.end <= body.end]  # fmt: skip
    owners = [
        k for x in inner if (k := ctx.actors.by_mention.get(x.id) or "").startswith("country/")
    ]
    rest = [t.text for t in words if all(not x.start <= t.i < x.end for x in inner)]
    rest = [w for w in rest if w.lower() not in {"the", "'s", "’s"}]
    if (
        rest
        and rest[-1].lower() in GENERIC_BODIES
        and UNIQUE_BODIES.isdisjoint(map(str.lower, rest))
    ):
        return None  # "Czech bank chief X": some bank's, not the country's
    return owners[0] if len(owners) == 1 and named_by_kind(rest) else None


def _unnamed_owner(ctx: Context, d: Descriptor) -> bool:
    """A title a body told by a common noun gives: "the party's president", "the union's
    education secretary" (no country's post; but "the country's trade minister" is)."""
    return any(
        t.dep_ == "poss" and t.pos_ == "NOUN" and t.lower_ not in COUNTRY_ANAPHORA
        for t in ctx.doc[d.start : d.end]
    )


def _shared(ctx: Context, d: Descriptor) -> bool:
    """A plural post before several names ("Presidents A and B"): no one country in
    context is all of theirs."""
    return singular_post(ctx.doc[d.end - 1]) is not None


def _first_of_adjacent(ctx: Context, ids: tuple[int, ...]) -> list[int]:
    """The bodies of a title, a body right after another one giving way to that
    one, which it only qualifies the post of: "SNP Holyrood leader", "Tory
    Treasury spokesman" (the party's leader at Holyrood, its spokesman on the
    Treasury)."""
    bodies = {m.end: m for m in ctx.actors.mentions if m.kind in {"org", "group"}}
    out = []
    found = [next((x for x in ctx.actors.mentions if x.id == i), None) for i in ids]
    for i, m in zip(ids, found, strict=True):
        before = bodies.get(m.start) if m is not None and m.kind in {"org", "group"} else None
        out.append(before.id if before is not None else i)
    # "the Tory spokesman for the Treasury": with a body before the title,
    # the one after "for" is the brief, not a second employer
    briefs = {m.id for m in found if m is not None and _brief(ctx, m, found)}
    return [i for i in dict.fromkeys(out) if i not in briefs]


def _brief(ctx: Context, m: Mention, bodies: list[Mention | None]) -> bool:
    """Whether ``m`` follows "for" after a title that another body of ``bodies``
    precedes: "the Tory spokesman for the Home Office"."""
    j = m.start - 1 - (m.start > 0 and ctx.doc[m.start - 1].lower_ == "the")
    return (
        j > 0
        and ctx.doc[j].lower_ == "for"
        and ctx.doc[j - 1].pos_ == "NOUN"
        and any(
            o is not None
            and o.id != m.id
            and not (ctx.actors.by_mention.get(o.id) or "country/").startswith("country/")
            and o.end <= j - 1
            and not any(t.lower_ == "of" for t in ctx.doc[max(o.start - 1, 0) : j])
            for o in bodies
        )  # not a country ("UK economist for X", "head of UK equities for X": X employs)
    )


def _a_bodys_post(ctx: Context, m: Mention, d: Descriptor) -> bool:
    """The title ``d`` is a body's, named elsewhere or by a possessive: "its UK chief
    executive X", "X, Holm Bank's UK head of tax", "X, the bank's French economist".
    Read in that title alone: "the bloc's chairman, Senegalese President X" holds a
    post of Senegal's as well as the bloc's."""
    lo, hi = min(d.start, m.start), max(d.end, m.end)
    if ctx.doc[lo].lower_ in {"its", "their"} or (
        lo > 0 and ctx.doc[lo - 1].lower_ in {"its", "their"}
    ):
        return True
    return any(
        t.dep_ == "poss"
        and t.tag_ != "PRP$"  # "his UK counterpart": a person's, not a body's
        and not ro.states_possessive(t)  # "the two countries' ministers, A's X"
        and (
            not (ctx.actors.at(t.i) or "").startswith(("country/", "person/"))
            or (t.pos_ == "PROPN" and no_known_actor(ctx, t))  # "Nordvik's"
        )
        for t in ctx.doc[lo:hi]
        if not m.start <= t.i < m.end
    )


def _named_body_before(ctx: Context, m: Mention, title: str) -> bool:
    """A capitalised name before the title that is no country ("Ifo president X")."""
    own = set(title.lower().split()) | TITLE_WORDS
    for i in range(m.span[0], m.start):
        t = ctx.doc[i]
        key = ctx.actors.at(i)
        if (
            t.pos_ == "PROPN"
            and t.lower_ not in own
            and not (key and key.startswith("country/"))
            and not gazetteer().adjective_in([t.text])
        ):
            return True
    return False


def _scoped(title: str | None, targets: list[str]) -> bool:
    """A country and a body in one title, and the post is no envoy's."""
    words = set((title or "").lower().split())
    return (
        any(t.startswith("country/") for t in targets)
        and any(t.startswith(("org/", "group/")) for t in targets)
        and not words & ENVOYS
    )


def _post(
    ctx: Context,
    person: str,
    body: str,
    tokens: list[Token],
    confidence: float,
    role: str | None,
    *,
    current: bool = True,
) -> Relation:
    """A person's post for a country or body, cited by ``tokens``."""
    return Relation(
        type=RelationType.AFFILIATION,
        subject=person,
        object=body,
        evidence=ctx.evidence(tokens, f"{NAME}/v1", confidence),
        role=role,
        current=current,
    )


def _represents(
    ctx: Context, seen: set[tuple[str, str]], affiliated: set[str]
) -> Iterator[Relation]:
    """ "X will represent Y at the conference"."""
    for verb, lemma, _, pos in ctx.scan():
        if lemma != "represent" or pos != "VERB":
            continue
        for subj in g.subjects(verb):
            for person in g.actors_of(ctx, subj):
                if not person.startswith("person/"):
                    continue
                for obj in g.direct_objects(verb):
                    for target in g.actors_of(ctx, obj):
                        if target.startswith("person/") or (person, target) in seen:
                            continue
                        seen.add((person, target))
                        affiliated.add(person)
                        yield _post(
                            ctx,
                            person,
                            target,
                            [subj, verb, obj],
                            0.75,
                            "representative",
                        )
