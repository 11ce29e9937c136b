"""Posts told by who leads a body, not by a title before the name.

* A person's name glued to "-led" before a ruling body: "the Ana Vale-led government
  of Peru" (Peru), "Chile's Tom Reyes-led government" (Chile), "the Ana Vale-led
  junta", "the Tom Reyes-led Unity Party" (the names cut by
  :mod:`kg.language.led_names`). Not a body of no one's ("the Ana Vale-led
  coalition government" with no country), nor an act ("the Ana Vale-led talks").
* A body "under" a person, set off after it: "the People's Coalition, under Tom
  Reyes, won" (not "sanctions on Chile under Tom Reyes": no body).
* A person's own party named by a possessive: "Ana Vale's Unity Party won", "Tom
  Reyes's ruling Progress Front" (a party, front, movement, faction ... by its last
  word or a national party of the gazetteer; not "Ana Vale's rivals in the Unity
  Party", nor "Vale's Unity Party rival").
* A coup's leader and the story's junta: "coup leader Tom Reyes", "the junta leader,
  General Tom Reyes" lead the junta or the coup leaders the story names.

Each yields (person, body, tokens, role, current) for :mod:`kg.extract.roles`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.modality import told_as_fact
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import CANDIDACY_WORDS, FACTION_NOUNS
from kg.language.party_standing import STANDINGS
from kg.records import Actor

Post = tuple[str, str, list[Token], str, bool]  # person, body, tokens, role, current

# Bodies a person may lead that hold a country's or a movement's power.
LED_BODIES = FACTION_NOUNS | frozenset(
    "government administration regime cabinet junta council delegation".split()
)
# Words a party's name ends in (its kind): "the Unity Party", "the Progress Front".
_PARTY_ENDS = frozenset("party front movement faction bloc alliance coalition league".split())
# What a body under someone holds: "ruling", "governing" (a party in power).
_IN_POWER = STANDINGS["ruling"]
# Groups that are the story's junta: "the junta", "the coup leaders", "military rulers".
_JUNTA_NAMES = frozenset({"junta", "military junta", "coup leaders", "military rulers"})
# Nouns for those who belong to a body: "members of the Unity Party, including X".
_BELONGING = frozenset("member figure leader loyalist stalwart".split())
_IN = frozenset({"in", "of", "from", "within"})
_COUP_TITLES = frozenset({"coup leader", "junta leader", "junta chief", "coup chief"})
# Nouns of those who seek a post, and of the seeking: "a candidate / the favourite /
# his bid to lead the IMF".
_SEEKING = CANDIDACY_WORDS | frozenset(
    "favourite favorite runner bid race campaign quest drive contest battle fight".split()
)


def led_posts(ctx: Context) -> Iterator[Post]:
    """Every post the document tells by a leader's name glued to "-led", a body
    under someone, a possessive before a party, or a coup's leader."""
    for token, lemma, lower, _ in ctx.scan():
        if lower == "led" and token.dep_ == "amod":
            yield from _glued(ctx, token)
        elif lower == "under" and token.dep_ == "prep":
            yield from _under(ctx, token)
        elif lemma in {"'s", "’s"} and token.dep_ == "case":
            yield from _own_party(ctx, token.head)
        elif lower == "of" and token.dep_ == "prep":
            yield from _of_party(ctx, token)
        elif lower == "including" and token.dep_ == "prep":
            yield from _members_including(ctx, token)
        elif lemma == "figure" and token.dep_ == "appos":
            yield from _figure_in(ctx, token)
    yield from _coup_leaders(ctx)


def person_keys(ctx: Context, token: Token) -> list[str]:
    return [p for p in g.actors_of(ctx, token) if p.startswith("person/")]


def _bodies(ctx: Context, token: Token) -> list[str]:
    """The bodies ``token`` names, or, for a faction's noun, its name before it ("the
    New Dawn faction")."""
    keys = g.actors_of(ctx, token)
    if not keys and token.lemma_.lower() in FACTION_NOUNS:
        keys = [k for c in token.lefts if c.dep_ == "compound" for k in g.actors_of(ctx, c)]
    return [k for k in keys if k.startswith(("org/", "group/"))]


def _owners(ctx: Context, body: Token) -> list[str]:
    """The country or body a ruling body's noun stands for: its own name ("the Unity
    Party", "the junta"), "of Peru", "Peru's"."""
    owned = [k for k in g.actors_of(ctx, body) if not k.startswith(("person/", "place/"))]
    for c in body.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of"):
            heads = [c] if c.dep_ == "poss" else [o for o in c.children if o.dep_ == "pobj"]
            owned += [k for h in heads for k in g.actors_of(ctx, h)
                      if k.startswith(("country/", "org/"))]  # fmt: skip
    return [k for k in dict.fromkeys(owned) if k.startswith(("country/", "org/", "group/"))]


def _glued(ctx: Context, led: Token) -> Iterator[Post]:
    """ "the Ana Vale-led government of Peru": Ana Vale holds a post of Peru's."""
    body = led.head
    if led.i < 2 or led.doc[led.i - 1].text != "-" or body.lemma_.lower() not in LED_BODIES:
        return
    m = ctx.actors.mention_at(led.i - 2)
    if m is None or m.kind != "person" or m.end != led.i - 1:
        return
    person = ctx.actors.by_mention.get(m.id) or ""
    if not person.startswith("person/"):
        return
    then = former_body(body)
    for owner in _owners(ctx, body):
        yield person, owner, [led.doc[m.start], led, body], "leader", not then


def _under(ctx: Context, under: Token) -> Iterator[Post]:
    """ "the People's Coalition, under Tom Reyes, won": a body set off by commas
    before "under" and a person."""
    body = under.head.head if under.head.is_punct else under.head  # (hung on the comma)
    if under.i < 2 or under.doc[under.i - 1].text != "," or body.i >= under.i:
        return
    kinds = {k.split("/")[0] for k in g.actors_of(ctx, body)}
    if not (kinds & {"org", "group"} or body.lemma_.lower() in LED_BODIES):
        return
    owners = [k for k in _owners(ctx, body) if not k.startswith("country/") or body.pos_ == "NOUN"]
    for leader in (o for o in under.children if o.dep_ == "pobj"):
        for person in person_keys(ctx, leader):
            for owner in owners:
                yield person, owner, [body, under, leader], "leader", True


def _own_party(ctx: Context, owner: Token) -> Iterator[Post]:
    """ "Ana Vale's Unity Party", "Tom Reyes's ruling Progress Front" (the parser may
    hang the name on a possessive inside the party's: "X's People's Party")."""
    m = ctx.actors.mention_at(owner.head.i)
    if owner.dep_ != "poss" or m is None or m.kind not in {"org", "group"}:
        return
    if m.start > owner.i + 3 or m.start <= owner.i:
        return  # (one word may stand between: "X's ruling Unity Party")
    party = ctx.doc[m.end - 1]
    if not (party.i == owner.head.i or owner.head.dep_ in {"poss", "compound"}):
        return
    key = ctx.actors.by_mention.get(m.id) or ""
    entry = gazetteer().lookup(m.text)
    root = ctx.doc[m.start : m.end].root
    in_power = any(c.lower_ in _IN_POWER for c in root.children if c.dep_ == "amod")
    national = entry is not None and entry.country is not None and entry.type == "Organization"
    if not (party.lower_ in _PARTY_ENDS or national or in_power):
        return
    for person in person_keys(ctx, owner):
        if key.startswith(("org/", "group/")):
            yield person, key, [owner, party], "", True


def _of_party(ctx: Context, of: Token) -> Iterator[Post]:
    """ "Ana Vale, of the ruling Unity Party, said": a party set off by commas after
    a name (not a country: "Vale, of Chile," says where she is from)."""
    m = ctx.actors.mention_at(of.head.i)
    if m is None or m.kind != "person" or m.end + 1 != of.i or ctx.doc[m.end].text != ",":
        return
    for obj in (o for o in of.children if o.dep_ == "pobj"):
        body = ctx.actors.mention_at(obj.i)
        if body is None or ctx.doc[body.end - 1].lower_ not in _PARTY_ENDS:
            continue
        for person in person_keys(ctx, of.head):
            for key in g.actors_of(ctx, obj):
                if key.startswith(("org/", "group/")):
                    yield person, key, [of.head, obj], "", True


def _members_including(ctx: Context, including: Token) -> Iterator[Post]:
    """ "members of the Unity Party, including Ana Vale and Tom Reyes": those listed
    belong to the body."""
    noun = including.head
    if noun.dep_ == "pobj" and noun.head.lower_ in {"of", "from"}:
        noun = noun.head.head  # (hung on the body: "members of B, including X")
    if noun.lemma_.lower() not in _BELONGING or including.i < noun.i:
        return
    bodies = [k for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
              for o in p.children if o.dep_ == "pobj"
              for k in _bodies(ctx, o)]  # fmt: skip
    for listed in (o for o in including.children if o.dep_ == "pobj"):
        for person in person_keys(ctx, listed):
            for body in bodies:
                yield person, body, [noun, including, listed], noun.lemma_.lower(), True


def _figure_in(ctx: Context, figure: Token) -> Iterator[Post]:
    """ "Ana Vale, a leading figure in the Unity Party,": a figure of a body (not of a
    country, where one may only live: "a leading figure in Peru")."""
    for person in person_keys(ctx, figure.head):
        for p in (c for c in figure.children if c.dep_ == "prep" and c.lower_ in _IN):
            for o in (o for o in p.children if o.dep_ == "pobj"):
                for key in _bodies(ctx, o):
                    yield person, key, [figure.head, figure, o], "", True


def _coup_leaders(ctx: Context) -> Iterator[Post]:
    """ "coup leader Tom Reyes": the leader of the story's junta (when it names one);
    a post the junta's noun opens serves it too ("junta spokesman Colonel Tom Reyes",
    "Niger's junta spokesman X", "the junta's spokesman, X")."""
    juntas = [k for k, a in ctx.actors.actors.items()
              if k.startswith("group/") and _a_junta(a.name.lower())]  # fmt: skip
    if len(set(juntas)) != 1:
        return
    for m in ctx.actors.mentions:
        person = ctx.actors.by_mention.get(m.id) or ""
        if not person.startswith("person/"):
            continue
        for d in m.descriptors:
            words = d.title.lower().replace("’", "'").replace("'s", "").split()
            # (its last two words: "the 59-year-old coup leader, X")
            if (" ".join(words[-2:]) in _COUP_TITLES or "junta" in words[:-1]) and not d.former:
                yield person, juntas[0], [ctx.doc[d.start], ctx.doc[m.end - 1]], d.title, True


def _a_junta(name: str) -> bool:
    """A junta's name: "the junta", "the coup leaders", or "Niger's junta"."""
    return name in _JUNTA_NAMES or (name.endswith(" junta") and name.count(" ") < 3)


def junta(actor: Actor) -> bool:
    """The story's junta, named by its noun alone ("the junta")."""
    return actor.name.lower() == "junta"


def asserted_post(ctx: Context, verb: Token) -> bool:
    """Whether the post a verb gives is told as held: asserted, not negated, and
    not only sought ("a candidate to lead the IMF", "the favourite to become
    president"; but "the first woman to lead the IMF" led it)."""
    sought = (
        verb.dep_ in {"relcl", "acl"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in _SEEKING
    )
    return not sought and told_as_fact(ctx, verb)


# Adverbs that put a post in the past: "the fund once run by X", "which was formerly led by X".
FORMER_ADVERBS = frozenset({"once", "formerly", "previously"})


def once_held(verb: Token) -> bool:
    """Whether an adverb of the verb tells its post as held before: "once run by X"."""
    return any(c.dep_ == "advmod" and c.lower_ in FORMER_ADVERBS for c in verb.children)


def former_body(body: Token) -> bool:
    """A body told as of before: "the previous government", "the then government"."""
    return any(c.lower_ in {"previous", "former", "then"} for c in body.children)


def described_body(noun: Token) -> Token:
    """The body a noun in apposition describes: "Orvia, a fund run by X" (Orvia)."""
    return noun.head if noun.dep_ == "appos" and noun.pos_ == "NOUN" else noun


def hypothetical_body(body: Token) -> bool:
    """A body of no one yet, in a clause of what would be: "a government led by X
    would cut taxes" (an indefinite noun under "would", "could", "might")."""
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an", "any"} for c in body.children):
        return False
    verb = body.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in verb.children)
