"""Shared grammar for extractors: who does what to whom.

All helpers take spaCy tokens and the article's resolved actors and return
actor keys, so extractors stay short and read like the constructions they
handle. Whether it happened (negation, modality, who reports it) is in
:mod:`kg.extract.modality`.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from kg.extract.base import Context
from kg.extract.modality import (  # noqa: F401  (re-exported for extractors)
    INTENTION_VERBS,
    intent,
    modality,
    negated,
    reporting_verb,
)
from kg.language.lexicon import (
    ACTING_FOR_OWNER,
    AGENT_NOUNS,
    GENERIC_BODIES,
    GROUP_NOUNS,
    OBJECT_CONTROL,
    SPEECH_VERBS,
    TITLE_WORDS,
)

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_FIRST_PERSON = {"we", "i", "us", "me"}  # who these are is asked of the quote's speaker


def actor_of(ctx: Context, token: Token) -> str | None:
    """The actor a single token names or belongs to (a name or its title)."""
    return ctx.actors.at(token.i)


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("A, B and C", "A plus B")."""
    out = [token, *token.conjuncts]
    for t in list(out):
        for child in t.children:
            # "The US, Russia, and Switzerland met": a list the parser read as apposition
            if child.dep_ == "appos" and child.conjuncts and child.i > t.i:
                out.extend([child, *child.conjuncts])
            if child.lower_ == "plus":
                out.extend(c for c in child.children if c.dep_ == "pobj")
                out.extend(c for c in child.subtree if c.dep_ == "conj")
    if len(out) > 1:
        out.extend(_list_head(token))
    seen: dict[int, Token] = {}
    for t in out:
        seen.setdefault(t.i, t)
    return [seen[i] for i in sorted(seen)]


def _list_head(token: Token) -> list[Token]:
    """ "Chad, Niger and Mali met": the parser hung the first name of the list on
    the verb; it is the name right before the comma that opens the rest."""
    doc = token.doc
    lo = token.left_edge.i
    if lo < 2 or doc[lo - 1].text != ",":
        return []
    first = doc[lo - 2]
    if (
        first.pos_ == "PROPN"
        and first.head.i == token.head.i
        and first.dep_ in {"parataxis", "dep", "npadvmod", "nmod", "nsubj"}
        and first.ent_type_
        and all(t.dep_ == "compound" for t in doc[first.left_edge.i : first.i])
    ):
        return [first]
    return []


def actors_of(ctx: Context, token: Token, *, include_places: bool = False) -> list[str]:
    """Every actor an argument denotes, through coordination, lists after a dash,
    and generic nouns for people acting for someone ("envoys from Iran", "his
    Japanese counterpart", "the presidents of Sri Lanka and Indonesia")."""
    keys: list[str] = []
    if token.lower_ in _FIRST_PERSON and token.tag_ == "PRP":
        return quote_speaker(ctx, token)
    todo = conjuncts(token)
    done: set[int] = set()
    while todo:
        t = todo.pop(0)
        if t.i in done:
            continue
        done.add(t.i)
        one = _actors_of_one(ctx, t, include_places)
        if not one and ctx.actors.mention_at(t.i) is None:
            # "the Israeli newspaper Haaretz", "the rebel group M23": the name that follows
            one = [k for c in t.children if c.dep_ == "appos" and c.i > t.i and _named(ctx, c)
                   for k in _actors_of_one(ctx, c, include_places)]  # fmt: skip
        keys.extend(one)
        # "Chile's top negotiator Marta Ruiz and Peru's ... Tomas Reyes":
        # the parser hangs the second name off the first name, not off the title word.
        mention = ctx.actors.mention_at(t.i)
        if mention is not None:
            lo, hi = mention.span
            for inner in ctx.doc[lo:hi]:
                for c in inner.children:
                    other = ctx.actors.mention_at(c.i)
                    # not the rest of a name the span cuts ("an economist at Holm & Sons")
                    inside = other is not None and other.span[0] < hi
                    if c.dep_ == "conj" and not (lo <= c.i < hi) and not inside:
                        todo.extend(conjuncts(c))
    return list(dict.fromkeys(keys))


def actors_of_token(ctx: Context, token: Token) -> list[str]:
    """The actors one token denotes, without its coordinated siblings."""
    return _actors_of_one(ctx, token, False)


def _actors_of_one(ctx: Context, t: Token, include_places: bool) -> list[str]:
    plural = ctx.actors.plural_at(t.i)
    if plural:
        return list(plural)  # "the two leaders"
    owner = ctx.actors.phrase_owner(t.i)
    if owner is not None:
        return [owner]
    mention = ctx.actors.mention_at(t.i)
    key = actor_of(ctx, t)
    if key is not None and mention is not None:
        if (mention.kind == "place" and key.startswith("place/")) or (
            mention.locative and not include_places
        ):
            return []
        if mention.kind == "people":
            return []
        if mention.kind in {"group", "description"} and t.lower_ in GROUP_NOUNS | AGENT_NOUNS:
            listed = dash_list(ctx, t)
            if listed:
                return listed
        return [key]
    if key is not None:
        return [key]
    if t.ent_type_ in {"DATE", "TIME"}:
        # "met with President Haddad Tuesday": the parser made the name a compound of the date
        return [
            k
            for c in t.lefts
            if c.dep_ == "compound"
            for k in _actors_of_one(ctx, c, include_places)
        ]
    low = t.lower_
    if low in GENERIC_BODIES:
        # "the Norvan news agency", "the Halvard bank": the name before the kind
        named = [
            k
            for c in t.lefts
            if c.dep_ == "compound" and c.ent_type_ == "ORG"
            for k in _actors_of_one(ctx, c, include_places)
        ]
        if named:
            return named
    if low in AGENT_NOUNS or low in GROUP_NOUNS or t.lemma_.lower() in AGENT_NOUNS:
        listed = dash_list(ctx, t)
        if listed:
            return listed
        found: list[str] = []
        # "other G8 finance ministers", "his South Korean and Japanese counterparts"
        for left in t.lefts:
            if left.tag_ == "VBN":
                continue  # "the Russian-backed government", "US-led forces": not theirs
            for c in left.subtree:
                k = actor_of(ctx, c)
                if k is None:
                    continue
                if (not k.startswith("person/") and c.dep_ != "poss") or (
                    c.dep_ == "poss" and low in ACTING_FOR_OWNER
                ):  # "Bin Laden's agents", "the president's envoy"
                    found.append(k)
        # "ministers in Kenya act for Kenya"; "his EU counterparts in Luxembourg" met there
        wanted = {"from", "of"} if found else {"from", "of", "in"}
        preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in wanted]
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        if not preps and nxt is not None and nxt.lower_ in {"from", "of"}:
            preps = [nxt]  # "... and diplomats from Brazil": the parser hung the PP elsewhere
        for prep in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found.extend(actors_of(ctx, obj, include_places=True))
        return found
    return []


_QUOTE_MARKS = {'"', "“", "”", "``", "''"}


def in_quote(token: Token) -> bool:
    marks = sum(1 for t in token.doc[token.sent.start : token.i] if t.text in _QUOTE_MARKS
                or t.tag_ in {"``", "''"})  # fmt: skip
    return marks % 2 == 1


def quote_speaker(ctx: Context, token: Token) -> list[str]:
    """Who "we" or "I" is in a quote: the subject of the speech verb outside it
    ('"We will keep up the pressure," the minister said')."""
    if not in_quote(token):
        return []
    for verb in token.sent:
        if verb.lemma_ in SPEECH_VERBS and verb.pos_ == "VERB" and not in_quote(verb):
            # a speaker that is itself "we" or "I" names nobody (and would loop)
            keys = [k for s in subjects(verb) if s.lower_ not in _FIRST_PERSON
                    for k in actors_of(ctx, s)]  # fmt: skip
            if keys:
                return keys
    return []


def _named(ctx: Context, token: Token) -> bool:
    mention = ctx.actors.mention_at(token.i)
    return mention is not None and mention.kind in {"person", "country", "org", "group"}


def dash_list(ctx: Context, token: Token) -> list[str]:
    """Actors listed after a dash or colon that follows ``token``'s phrase:
    "the five remaining signatories to the deal -- Britain, France, Russia and China"."""
    sent = token.sent
    i = token.right_edge.i + 1
    # allow the phrase's own PP ("to the deal") before the dash
    j = token.i + 1
    while j < sent.end and j - token.i <= 8 and ctx.doc[j].text not in {"--", "-", ":", "—", "–"}:
        if ctx.doc[j].pos_ in {"VERB", "AUX"} or ctx.doc[j].text in {",", ";"}:
            return []
        j += 1
    if j >= sent.end or ctx.doc[j].text not in {"--", "-", ":", "—", "–"}:
        return []
    if ctx.doc[j].text == "-" and not ctx.doc[j - 1].whitespace_:
        return []  # a hyphen, not a dash
    i = j + 1
    keys: list[str] = []
    while i < sent.end:
        text = ctx.doc[i].text
        if text in {"--", "—", "–", ";", "."} or (text == "-" and ctx.doc[i - 1].whitespace_):
            break
        if ctx.doc[i].pos_ in {"VERB", "AUX"}:
            break
        key = actor_of(ctx, ctx.doc[i])
        mention = ctx.actors.mention_at(i)
        if key and mention is not None and mention.kind not in {"place", "pronoun"}:
            keys.append(key)
        i += 1
    return list(dict.fromkeys(keys))


_TITLE_PREFIXES = {"under", "vice", "deputy", "assistant", "acting", "associate"}


def _titled_person(token: Token) -> Token | None:
    """The person a subject's name runs into through a title the parser split
    off ("said Treasury Under Secretary Ann Lee": "Under" read as a preposition,
    so "Treasury" became the subject): the last token of that person's name."""
    if token.pos_ != "PROPN" or token.ent_type_ == "PERSON":
        return None
    doc, j, titled = token.doc, token.i + 1, False
    while j < len(doc) and doc[j].is_title and doc[j].lower_ in TITLE_WORDS | _TITLE_PREFIXES:
        titled = titled or doc[j].lower_ in TITLE_WORDS
        j += 1
    if not titled or j >= len(doc) or doc[j].ent_type_ != "PERSON" or doc[j].ent_iob_ != "B":
        return None
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1
    return doc[j]


def subjects(verb: Token) -> list[Token]:
    """Grammatical subjects of a verb, inherited along coordination and from the
    clause a participle or infinitive depends on."""
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not found:  # the parser sometimes hangs the subject on the auxiliary
        found = [s for c in verb.children if c.dep_ in {"aux", "auxpass"}
                 for s in c.children if s.dep_ in SUBJECT_DEPS]  # fmt: skip
    if (
        not found
        and verb.dep_ in {"xcomp", "advcl"}
        and verb.head.lemma_ in OBJECT_CONTROL
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        # "called on China to use its influence": China is the one to use it
        head = verb.head
        found = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
        found += [o for c in head.children if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon"}
                  for o in c.children if o.dep_ == "pobj"]  # fmt: skip
        found += [c for c in head.children if c.dep_ == "pobj"]
    if found:
        found = [_titled_person(t) or t for t in found]
        # "Soto, who met ...": a relative pronoun stands for the noun it modifies
        if verb.dep_ == "relcl":
            found = [verb.head if c.tag_ in {"WP", "WDT"} else c for c in found]
        return found
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return subjects(verb.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        host = verb.head.head
        held = [c for c in host.children if c.dep_ in {"dobj", "obj"}]
        if verb.head.lower_ == "from" and held:
            return held  # "prevent militants from firing": the militants would fire
        return subjects(host)  # "After meeting X, Y said": Y met X
    if verb.dep_ in {"xcomp", "advcl", "acomp"} and verb.head.pos_ in {"VERB", "AUX", "ADJ"}:
        return subjects(verb.head)  # "Beijing was willing to work with Moscow"
    if (
        verb.dep_ == "relcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.dep_ in {"dobj", "pobj"}
        and verb.head.head.pos_ in {"VERB", "AUX"}
    ):
        return subjects(verb.head.head)  # "voted to pass legislation to broaden sanctions"
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return [verb.head]
    if (
        verb.dep_ in {"acl", "relcl"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ == "poss" for c in verb.head.children)
    ):
        return [
            c for c in verb.head.children if c.dep_ == "poss"
        ]  # "Venezuela's decision to seize"
    if verb.dep_ in {"acl", "amod"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return [verb.head]
    return []


def agents(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb ("was received by A" -> A)."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    # a bare participle ("Backed by Iran, Haddad ..."), not "while Iran has criticized"
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in {"advcl", "acl", "amod"}
        and not any(c.dep_ in {"nsubj", "aux"} for c in verb.children)
    )


def deep_prep_objects(verb: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of ``preps`` anywhere in the verb's clause, for the small model's
    habit of attaching "with Haddad" to a nearby noun ("discussed ways to revive
    a truce and get aid into besieged communities with Haddad")."""
    wanted = set(preps)
    out: list[Token] = []
    for t in verb.subtree:
        if t.dep_ != "prep" or t.lower_ not in wanted or t.head.i == verb.i:
            continue
        # stop at a clause with its own subject
        h = t.head
        blocked = False
        while h.i != verb.i:
            if h.pos_ in {"VERB", "AUX"} and (
                h.dep_ == "pcomp" or any(c.dep_ in SUBJECT_DEPS for c in h.children)
            ):  # "spoke about working with X": X is no partner
                blocked = True
                break
            h = h.head
        if not blocked:
            out.extend(c for c in t.children if c.dep_ == "pobj")
    return out


def noun_conjuncts(verb: Token) -> list[Token]:
    """Nouns the parser coordinated with a verb ("spoke to Hale, and the presidents
    of Sri Lanka"): they continue the verb's last object."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]


def stranded_objects(ctx: Context, heads: list[Token]) -> list[Token]:
    """Objects the parser hung on a place: "met X in Nairobi, Y in Kampala and Z in
    Berlin" reads Y and Z as coordinated with Nairobi; they are more objects (``heads``:
    the verb and its objects, whose place phrases are searched)."""
    out: list[Token] = []
    for obj in heads:
        for prep in (c for c in obj.children if c.dep_ == "prep"):
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                for c in place.conjuncts:
                    mention = ctx.actors.mention_at(c.i)
                    if mention is not None and mention.kind in {"person", "org", "group"}:
                        out.append(c)
                        out.extend(stranded_objects(ctx, [c]))
    return list(dict.fromkeys(out))


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``token``."""
    wanted = set(preps)
    out: list[Token] = []
    for child in token.children:
        if (
            child.dep_ in {"prep", "agent"} or (child.dep_ == "dative" and child.pos_ == "ADP")
        ) and (child.lower_ in wanted):  # "sent weapons to Ukraine": the parser calls "to" a dative
            out.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prt" and child.lower_ in wanted:  # "sat down with"
            for sib in token.children:
                if sib.dep_ == "pobj":
                    out.append(sib)
    return out


def direct_objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"dobj", "obj", "dative"}]


def claimant(ctx: Context, verb: Token) -> str | None:
    """Who reports the clause of ``verb``, if anyone."""
    speech = reporting_verb(verb)
    if speech is None:
        return None
    for subj in subjects(speech):
        keys = actors_of(ctx, subj)
        if keys:
            return keys[0]
    return None


def date_of(verb: Token) -> str | None:
    """The date phrase attached to a verb or noun ("on Saturday", "last October")."""
    for child in verb.children:
        if child.ent_type_ in {"DATE"} and child.dep_ in {"npadvmod", "tmod", "nmod"}:
            return " ".join(t.text for t in child.subtree if t.ent_type_ == "DATE")
        if child.dep_ == "prep" and child.lower_ in {"on", "in", "at", "during"}:
            for obj in child.children:
                if obj.ent_type_ == "DATE":
                    return " ".join(t.text for t in obj.subtree if t.ent_type_ == "DATE")
    return None


def place_of(ctx: Context, verb: Token) -> str | None:
    """The place of an event ("met in Vienna")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "at"}:
            for obj in child.children:
                mention = ctx.actors.mention_at(obj.i)
                if mention is not None and mention.kind in {"place", "country"}:
                    return mention.text
                if obj.ent_type_ in {"GPE", "LOC", "FAC"}:
                    ent = entity_of(obj)
                    return ent.text if ent is not None else obj.text
    return None


def entity_of(token: Token) -> Span | None:
    """The named entity ``token`` is part of, read from the IOB tags around it
    (the span ``doc.ents`` holds, without building all of them)."""
    doc = token.doc
    start = token.i
    if token.ent_iob_ == "I":
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
    first = doc[start]
    if first.ent_iob_ != "B" or not first.ent_type:
        return None
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
