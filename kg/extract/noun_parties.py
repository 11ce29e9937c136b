"""Who takes part in a meeting a noun names, where no verb says so: "A and B,
meeting in Madrid, agreed" (a participle the parser read as a noun), "X, in Rome for
talks with Y, said", "the summit's first speeches by A and B" (who is named as
attending: :mod:`kg.extract.attendance`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.stacked_compounds import denied_deed, stacked
from kg.language.actor_context import PLACE_NOUNS
from kg.language.country_agents import backer_word
from kg.language.event_words import SPEECH_NOUNS, SPEECH_VERBS
from kg.language.gazetteer import gazetteer


def meeting_aside(noun: Token) -> list[Token]:
    """ "A and B, meeting in Madrid, agreed ...": the parser reads the participle as
    a bare noun in apposition to the subjects, who meet each other."""
    doc = noun.doc
    if noun.lower_ == "meeting" and noun.i == noun.sent.start:
        return _opening_meeting(noun)
    if (
        noun.lower_ != "meeting"
        or noun.i < 2
        or doc[noun.i - 1].lower_ != ","
        or closing_comma(noun) is None
        or any(c.dep_ in {"det", "poss", "amod", "compound"} for c in noun.children)
    ):
        return []
    subject = doc[noun.i - 2]  # the parser hangs the participle on the subjects
    if subject.dep_ == "conj":  # ... as an apposition, a conjunct or a second subject
        subject = subject.head
    if subject.dep_ in g.SUBJECT_DEPS and subject.conjuncts:
        return [subject]
    return []


def _opening_meeting(noun: Token) -> list[Token]:
    """ "Meeting in Santiago, the presidents of A and B pledged ...": an opening
    participle the parser read as a noun, the clause's subjects (or, when it took the
    participle for the subject, the names after its comma: "Meeting in Santiago, A
    and B pledged") meet each other. Not "Meeting the demands of X, ..." (an object)."""
    doc = noun.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    if nxt is None or nxt.pos_ != "ADP" or any(c.dep_ in {"det", "poss", "amod", "compound"}
                                                for c in noun.children):  # fmt: skip
        return []
    comma = closing_comma(noun)
    if noun.dep_ == "advcl" and noun.right_edge.i + 1 < noun.sent.end:
        comma = comma or clause_comma(noun)
        if comma is not None and noun.head.pos_ in {"VERB", "AUX"}:
            return g.subjects(noun.head)
    if comma is None or noun.dep_ not in g.SUBJECT_DEPS:
        return []
    after = [t for t in noun.subtree if t.i > comma.i and t.dep_ in {"conj", "appos"}
             and t.pos_ == "PROPN"]  # fmt: skip
    return after[:1]


# Verbs by which someone hosts or mediates talks: "talks hosted (chaired, brokered) by X".
HOSTING = frozenset(
    {"host", "chair", "mediate", "broker", "convene", "sponsor", "facilitate", "preside"}
)


def mediators(noun: Token, governor: Token | None, partners: list[Token],
              hosting: frozenset[str]) -> list[Token]:  # fmt: skip
    """Who mediates, brokers or hosts the talks a noun names, told by a participle:
    "talks mediated by X", "talks between A and B, brokered by X" (the parser may
    hang it on B), "Mediated by X, talks between A and B resumed"."""
    heads = [noun, *partners, *(c for p in partners for c in p.conjuncts)]
    verbs = [c for h in heads for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if governor is not None:  # an opening participle with no subject of its own
        verbs += [c for c in governor.children if c.dep_ == "advcl" and c.tag_ == "VBN"
                  and c.i < noun.i and not any(s.dep_ in g.SUBJECT_DEPS for s in c.children)]  # fmt: skip
    return [a for v in verbs if v.lemma_ in hosting for a in g.agents(v)] + hyphened_mediators(
        noun, hosting
    )


def hosted_by(ctx: Context, noun: Token, hosting: frozenset[str] = HOSTING) -> list[str]:
    """Who hosts a gathering the subjects were at: "At a dinner hosted by X, A and B
    shook hands", "A and B met at talks chaired by X", "A and B met for talks hosted
    by X": X hosted them both."""
    return [k for t in mediators(noun, None, [], hosting) for k in g.actors_of(ctx, t)]


def hyphened_mediators(noun: Token, hosting: set[str] | frozenset[str]) -> list[Token]:
    """ "EU-brokered talks", "the Egyptian-mediated truce": the word before the
    hyphen of a participle on the noun."""
    return [a for c in noun.children if c.dep_ in {"amod", "compound"} and c.tag_ == "VBN"
            and c.lemma_ in hosting for a in hyphen_agents(c)]  # fmt: skip


def hyphen_agents(verb: Token) -> list[Token]:
    """ "Iran-backed rebels", "U.S.-funded programmes": the word before the hyphen,
    which the parser may hang on the noun beside the participle ("UN-backed forces")."""
    found = [
        c
        for c in verb.children
        if c.dep_ in {"npadvmod", "compound", "nmod", "amod"}
        and c.i < verb.i
        and verb.doc[c.i + 1].text == "-"
    ]
    word = verb.doc[verb.i - 2] if verb.i > 1 else verb
    beside = word.head == verb.head != verb and word.dep_ in {"compound", "npadvmod"}
    if not found and beside and verb.doc[verb.i - 1].text == "-" and backer_word(word):
        found.append(word)
    return found


def closing_comma(token: Token) -> Token | None:
    """The comma that ends a short aside or opening phrase after ``token`` ("Meeting
    in Oslo,"): the first comma of the sentence within eight words, no verb before it."""
    for t in token.doc[token.i + 1 : token.sent.end]:
        if t.lower_ == ",":
            return t
        if t.pos_ in {"VERB", "AUX"} or t.i > token.i + 8:
            return None
    return None


def clause_comma(token: Token) -> Token | None:
    """The comma right after an opening clause the parser closed itself, however
    long ("Meeting for the first time since their dispute flared, A and B ...")."""
    after = token.right_edge.i + 1
    if token.dep_ != "advcl" or after >= token.sent.end or token.doc[after].lower_ != ",":
        return None
    return token.doc[after]


def there_for(ctx: Context, noun: Token) -> list[Token]:
    """ "X, in Rome for talks with Y, said": the one who is somewhere for the talks
    (a person the "for" phrase, or the place it hangs on, describes)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"for", "at", "during"}:
        return []
    owner = noun.head.head
    there = noun.head.lower_ != "for" or any(
        c.dep_ == "prep" and c.lower_ in {"in", "at"} for c in owner.children
    )  # "X, at talks with Y, said"
    if owner.dep_ == "pobj" and owner.head.lower_ in {"in", "at"}:  # "in Rome for talks"
        owner, there = owner.head.head, True
    mention = ctx.actors.mention_at(owner.i)
    if there and owner.pos_ == "PROPN" and mention is not None and mention.kind == "person":
        return [owner]
    return []


def honoured(heads: list[Token]) -> list[Token]:
    """ "gave a banquet in honour of X", "a lunch was held in honor of X": the guest of
    honour of a meal, as in "a banquet for X" (the phrase hangs on the noun or its verb)."""
    found = []
    for head in heads:
        for honour in (o for o in g.prep_objects(head, {"in"}) if o.lower_ in _HONOUR):
            found += g.prep_objects(honour, {"of"})  # (or "of" hung on the noun itself)
            found += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                      and p.i == honour.i + 1 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return [o for o in found if not any(c.lower_ == "late" for c in o.children)]  # not the dead


_HONOUR = frozenset({"honour", "honor"})


# A meeting that opens or closes with speeches: "the summit opened with speeches by A and B".
_OPENING = {"open", "begin", "start", "close", "end", "conclude"}


def speakers(ctx: Context, noun: Token) -> list[Token]:
    """ "the summit's first speeches by A and B", "speeches at the talks by A and
    B", "the talks opened with statements by A and B": two or more people who spoke
    at the meeting took part in it (one speaker alone tells nobody they met)."""
    said: list[Token] = []
    if noun.dep_ == "poss" and noun.head.lemma_ in SPEECH_NOUNS:
        said.append(noun.head)
    at = noun.head
    if (
        noun.dep_ == "pobj"
        and at.lower_ in {"at", "during", "of"}
        and at.head.lemma_ in SPEECH_NOUNS
    ):
        said += [at.head, noun]  # ("by" may hang on the meeting noun)
    if noun.dep_ == "nsubj" and noun.head.lemma_ in _OPENING:
        said += [o for o in g.prep_objects(noun.head, {"with"}) if o.lemma_ in SPEECH_NOUNS]
    found = [a for s in said for a in g.prep_objects(s, {"by"})]
    named = [t for a in found for t in g.conjuncts(a)]
    people = [ctx.actors.mention_at(t.i) for t in named]
    if len(named) >= 2 and all(m is not None and m.kind == "person" for m in people):
        return found
    return []


def reporters_own(ctx: Context, verb: Token, objects: list[Token], agents: list[str]) -> list[str]:
    """ "Turkey said Syrian forces had shelled its border post", "Ukraine said Russia
    attacked the country": a possessive pronoun on what a reported hostile act hit, or
    "the country", which the nearest reading gives to the act's own agent, is the
    reporter's (no one says of another that it shelled its own post)."""
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for o in objects for c in o.children)
    if not owned and not any(o.lower_ in {"country", "nation"} for o in objects):
        return []  # no possessive pronoun and no "the country": the agent's own target
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in SPEECH_VERBS:
        return []
    reporters = g.subjects(clause.head)
    if not owned:  # "the country" is a country: the reporter's, or its owner's
        reporters += [c for s in reporters for c in s.children if c.dep_ == "poss"]
    keys = [k for s in reporters for k in g.actors_of(ctx, s) if k not in agents]
    if any(c.lower_ == "its" for o in objects for c in o.children):  # never a person's
        keys = [k for k in keys if not k.startswith("person/")]
    return keys if owned else [k for k in keys if k.startswith("country/")]


def hyphen_keys(tokens: list[Token]) -> list[str]:
    """The countries or bodies a word before a hyphen names ("U.S.", "Saudi")."""
    return [k for t in tokens if (k := named_key(t.text))]


def named_key(word: str) -> str | None:
    """The country or body a name, a demonym or a capital names ("U.S.", "Saudi",
    "Moscow" of "Moscow-backed"), if any."""
    gz = gazetteer()
    entry = gz.lookup(word) or gz.demonym(word) or gz.metonym(word)
    return entry.key if entry is not None else None


# Participles after a hyphen that say whose a thing is: "US-drafted", "UK-sponsored" (a
# flag or a maker is no owner: kg.language.thing_origins).
_AUTHORED = frozenset({"drafted", "sponsored", "proposed", "tabled", "authored", "written"})


def _ground(noun: Token) -> bool:
    return noun.lemma_.lower() in PLACE_NOUNS | {"territory"} or noun.ent_type_ in {"GPE", "LOC"}


def authors(noun: Token) -> tuple[list[Token], list[str]]:
    """Who wrote or tabled what ``noun`` names: "a Peruvian-drafted resolution", "a
    UK-sponsored text" (the words before the hyphen), "the U.S.-drafted text" (one
    word: the keys of what it names); who holds the ground it names ("the
    Ukrainian-held town of X")."""
    tokens: list[Token] = []
    keys: list[str] = []
    for c in noun.children:
        if c.dep_ != "amod":
            continue
        if c.lower_ == "held" and _ground(noun):  # "the Ukrainian-held town": its holder's
            keys += [k for w in hyphen_agents(c) if (k := named_key(w.text)) is not None]
        elif c.lower_ in _AUTHORED:
            tokens += hyphen_agents(c)
        elif "-" in c.text and c.lower_.rsplit("-", 1)[1] in _AUTHORED:
            who = c.text.rsplit("-", 1)[0]
            key = named_key(who) if who[:1].isupper() else None
            keys += [key] if key is not None else []
    return tokens, keys


def compound_owners(
    ctx: Context, noun: Token, voted: bool = False, bid: bool = False
) -> list[Token]:
    """Whose ``noun`` is, told by the words before it: "Russia's Ukraine offensive"
    (the owner hangs off the compound), "European Union farm subsidies", "hit a PKK
    weapons factory" (PKK parsed on "weapons"). ``voted``: a resolution or motion is
    put to a body's vote, so "a Security Council resolution" names no writer. ``bid``:
    a name before a bid is its target ("the LSE bid"), an owner still its bidder ("X's
    leadership bid")."""
    compounds = [c for c in noun.children if c.dep_ in {"compound", "nmod"}]
    owners = [p for c in compounds for p in c.children if p.dep_ == "poss"]
    if bid or denied_deed(noun):  # ("denies WorldCom fraud": no one's)
        return owners
    owners = owners or [c for c in compounds if (k := ctx.actors.at(c.i))
                        and not (voted and k.startswith("org/"))
                        and not stacked(ctx, c, noun)]  # fmt: skip
    return owners or [p for c in compounds if c.pos_ == "NOUN" for p in c.children
                      if p.dep_ == "compound" and ctx.actors.at(p.i)
                      and not stacked(ctx, p, noun)]  # fmt: skip


_RANKS = frozenset("first second third fourth fifth last latest only".split())


def partners_after(noun: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """Whom a meeting noun names after its prepositions, or after those of a rank set
    beside it or said of it: "talks with X", "the call, the first between A and B
    since 2019", "the talks were the first between A and B" (the parser hangs
    "between" on "first")."""
    found = g.prep_objects(noun, preps)
    ranks = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        ranks += [c for c in noun.head.children if c.dep_ == "attr"]
    for c in ranks:
        if c.lower_ in _RANKS or c.ent_type_ == "ORDINAL":
            found += g.prep_objects(c, preps)
    return found + [c for o in found if o.head.lower_ == "between" for c in _of_side(o)]


def _of_side(side: Token) -> list[Token]:
    """A second side the parser hung on the first's "of" ("between the Union of
    Journalists and Information Minister Ana Vale": "Vale" joined to "Journalists"):
    a person's name after the title that precedes it, never a second member of the "of"
    ("between the presidents of Chile and Peru")."""
    found = []
    if side.pos_ != "PROPN":
        return []  # a name's "of" ("the Union of Miners"), not "the widows of General X"
    for member in g.prep_objects(side, {"of"}):
        if member.ent_type_ == "PERSON":
            continue
        for c in member.conjuncts:
            title = {t.lower_ for t in c.doc[c.left_edge.i : c.i]}
            named = c.ent_type_ == "PERSON" and g.TITLE_WORDS & title
            # ("and Energy Minister Ana Vale": the parser may join the title, not the name)
            titled = (
                c.lower_ in g.TITLE_WORDS
                and c.i + 1 < len(c.doc)
                and c.nbor(1).ent_type_ == "PERSON"
            )
            if c.i > member.i and (named or titled):
                found.append(c)
    return found


def hyphen_sides(
    ctx: Context, verb: Token, words: list[Token], agents: list[str], targets: list[str]
) -> tuple[list[str], list[str]]:
    """Who backs and who is backed in "X-backed rebels" (``verb``: "backed", ``words``:
    the words before its hyphen): the country or body X names, and the noun with those
    listed after it, or the name a kind noun stands before ("US-funded broadcaster Radio
    Kalo"), never a side named before it ("A's forces and Rwanda-backed rebels
    clashed": Rwanda backs the rebels, not A)."""
    noun = verb.head
    before = {k for t in noun.conjuncts if t.i < noun.i for k in g.actors_of_token(ctx, t)}
    if not targets and noun.dep_ == "compound" and noun.head.i > noun.i:
        targets = g.actors_of(ctx, noun.head)  # "US-funded broadcaster Radio Kalo"
    return hyphen_keys(words) or agents, [k for k in targets if k not in before]
