"""Shared grammar for extractors: who does what to whom.

All helpers take spaCy tokens and the article's resolved actors and return
actor keys, so extractors stay short and read like the constructions they
handle. Whether it happened (negation, modality, who reports it) is in
:mod:`kg.extract.modality`.
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Token

from kg.extract.adjuncts import date_of, entity_of, place_of  # noqa: F401  (re-exported)
from kg.extract.arguments import (  # noqa: F401  (re-exported for extractors)
    SUBJECT_DEPS,
    antecedent,
    deep_prep_objects,
    direct_objects,
    has_to,
    noun_conjuncts,
    prep_objects,
    reciprocal,
    relative_objects,
    shared_objects,
    side_by_side_objects,
    stranded_objects,
    subjects,
)
from kg.extract.base import Context
from kg.extract.coordination import conjuncts, shared_demonyms  # (conjuncts also re-exported)
from kg.extract.dash_lists import dash_list  # (also re-exported for extractors)
from kg.extract.firm_holders import firm_holder
from kg.extract.joined_names import joined_to_phrase
from kg.extract.listed_members import listed_members
from kg.extract.modality import (  # noqa: F401  (re-exported for extractors)
    INTENTION_VERBS,
    intent,
    modality,
    negated,
    reporting_verb,
)
from kg.extract.mood_frames import noun_mood  # noqa: F401  (re-exported for extractors)
from kg.extract.named_heads import named_head, self_named
from kg.extract.passives import agents, fired_by, is_passive, participles, sides_on_verb  # noqa: F401
from kg.extract.state_plurals import state_plural
from kg.language import quotes
from kg.language.bloc_groups import acting, counted_group, some_members
from kg.language.body_words import GENERIC_BODIES
from kg.language.country_agents import RULER_NOUNS, acts_for_owner, backer_word, body_owner
from kg.language.event_words import SPEECH_VERBS
from kg.language.expert_pairs import acting_people
from kg.language.gazetteer import gazetteer
from kg.language.kind_names import kinds_named
from kg.language.lexicon import (
    AGENT_NOUNS,
    FIGHTER_NOUNS,
    GROUP_NOUNS,
    INDIVIDUAL_POSTS,
    QUANTIFIERS,
    RECIPROCAL_VERBS,
    TITLE_WORDS,  # noqa: F401  (re-exported for extractors)
)
from kg.language.names import SUFFIX_ROLES
from kg.language.owned_organs import organ_owner_noun, organ_owners
from kg.language.party_places import country_of_parties
from kg.language.press import PAPER_KINDS
from kg.language.thing_origins import origin_word
from kg.language.titles import no_longer_holds

_FIRST_PERSON = {"we", "i", "us", "me"}  # who these are is asked of the quote's speaker
RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "which", "that", "who": a relative clause's own word
# unions of word lists, made once (not at every token asked about)
_GROUP_OR_AGENT = GROUP_NOUNS | AGENT_NOUNS
_PEOPLE_NOUNS = AGENT_NOUNS | GROUP_NOUNS | FIGHTER_NOUNS | RULER_NOUNS  # "Mali's junta"


def actor_of(ctx: Context, token: Token) -> str | None:
    """The actor a single token names or belongs to (a name or its title; "whose"
    in "Israel, whose jets struck X": Israel)."""
    return ctx.actors.at((antecedent(token) if token.tag_ == "WP$" else token).i)


def actors_of(ctx: Context, token: Token, *, include_places: bool = False) -> list[str]:
    """Every actor an argument denotes, through coordination, lists after a dash,
    and generic nouns for people acting for someone ("envoys from Iran", "his
    Japanese counterpart", "the presidents of Chile and Peru"). Worked out once
    per token of a document (the extractors ask about the same arguments)."""
    key = ("actors_of", token.i, include_places)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = tuple(_actors_of(ctx, token, include_places))
    return list(cast("tuple[str, ...]", found))


def _actors_of(ctx: Context, token: Token, include_places: bool) -> list[str]:
    keys: list[str] = []
    if token.lower_ in _FIRST_PERSON and token.tag_ == "PRP":
        return quote_speaker(ctx, token)
    if token.lower_ == "they" and token.dep_ in SUBJECT_DEPS and ctx.actors.at(token.i) is None:
        speakers = _joint_speakers(ctx, token)
        if speakers:
            return speakers
    todo = conjuncts(token) + listed_members(token)
    done: set[int] = set()
    while todo:
        t = todo.pop(0)
        if t.i in done:
            continue
        done.add(t.i)
        if t.i == token.i and _names_who(ctx, t):
            continue  # "EU members Poland and Lithuania": the two, not the EU
        one = self_named(ctx, t) or named_head(ctx, t) or _actors_of_one(ctx, t, include_places)
        if not one:  # "the Norvanian newspaper Dagblad", "the rebel group M9": the name that
            # follows (right after it, when the noun names someone of its own: "the union Amicus")
            close = ctx.actors.mention_at(t.i) is not None
            one = [k for c in t.children if c.dep_ == "appos" and c.i > t.i and named_actor(ctx, c)
                   and (not close or c.left_edge.i == t.i + 1 or firm_holder(ctx, t, c))
                   for k in _actors_of_one(ctx, c, include_places)]  # fmt: skip
        if not one and t.like_num:  # "Two of the bloc's members, A and B, objected": A and B
            one = [k for o in prep_objects(t, {"of"}) if o.tag_ == "NNS"
                   for c in o.children if c.dep_ == "appos" and c.i > o.i and named_actor(ctx, c)
                   for k in actors_of(ctx, c, include_places=include_places)]  # fmt: skip
        keys.extend(one)
        mention = ctx.actors.mention_at(t.i)
        if mention is not None:
            todo.extend(joined_to_phrase(ctx, mention))
    return list(dict.fromkeys(keys))


def _names_who(ctx: Context, token: Token) -> bool:
    """A plural common noun followed by the names of whom it means: "EU members Poland
    and Lithuania", "six countries including A and B" (those named are the parties)."""
    if listed_members(token):
        return True
    if token.tag_ != "NNS" or token.ent_type_:
        return False
    names = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
    return any(c.conjuncts and named_actor(ctx, c) for c in names)


# Words that count off some members of a body: "some Conservatives", "two Tories",
# "other Tories" ("all Tories" are the party).
_SOME = QUANTIFIERS - {"all"} | {"other", "numerous", "various"}


def _some_of(t: Token) -> bool:
    """A plural name counted or quantified: part of the body, not the body (a
    common noun is left alone: "various Western nations" are the West)."""
    return (
        t.ent_type_ in {"ORG", "NORP"}
        and t.lower_.endswith("s")
        and t.lower_ not in GROUP_NOUNS
        and any(
            (c.dep_ in {"det", "amod", "nummod", "quantmod", "compound"} and c.lower_ in _SOME)
            or (c.dep_ == "nummod" and c.like_num)
            for c in t.children
            if c.i < t.i
        )
    )


def actors_of_token(ctx: Context, token: Token) -> list[str]:
    """The actors one token denotes, without its coordinated siblings."""
    return _actors_of_one(ctx, token, False)


def _actors_of_one(ctx: Context, t: Token, include_places: bool) -> list[str]:
    plural = ctx.actors.plural_at(t.i) or ctx.actors.held_by(t.i)  # "the two leaders"
    if plural is not None:  # (or one person of two titles: "the envoy and president")
        return list(plural)
    if counted_group(t):  # "the three NATO members" with no three countries named: no one
        return []
    if acting(t) and some_members(t):  # "NATO members said", "EU states accused X": no one
        return []
    if fired := fired_by(t):  # "shells fired by Armenian forces", "troops sent by Kenya"
        return [k for a in fired for k in actors_of(ctx, a)]
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
        if mention.kind == "people" or _some_of(t):
            return []  # "some Conservatives", "several Tories": members, not the party
        if mention.kind in {"group", "description"} and t.lower_ in _GROUP_OR_AGENT:
            listed = dash_list(ctx, t)
            if listed:
                return listed
        if mention.kind == "group" and (mention.span == (t.i, t.i + 1) or (
            mention.end == t.i + 1 and t.is_lower)):  # fmt: skip
            # "militants of the Ansar Front", "Iran-backed rebels from X": the named body (not
            # a country: "rebels from Sudan", but "the central banks of A and B"; not "the
            # Paris Club of creditor nations")
            owned = ("org/", "group/", "country/") if state_plural(t) else ("org/", "group/")
            bodies = [k for o in prep_objects(t, {"of", "from"}) for k in actors_of(ctx, o)
                      if k.startswith(owned)]  # fmt: skip
            if bodies:
                return bodies
            if owners := _pronoun_owners(ctx, t):
                return owners  # "Hamas said its fighters had fired": Hamas's own men
        return [key]
    if key is not None:
        return [key]
    if kinds := [c for c in kinds_named(t) if not country_of_parties(c, t)]:
        # "the Acme and Brill unions": each union named (not "the main Kenya parties")
        return [k for c in kinds for k in _actors_of_one(ctx, c, include_places)]
    if t.text.rstrip(".") in SUFFIX_ROLES and t.i > 0:
        # "Ian Dale QC said": the parser made the letters after the name its head
        before = ctx.actors.mention_at(t.i - 1)
        if before is not None and before.kind == "person" and before.end == t.i:
            return _actors_of_one(ctx, t.doc[t.i - 1], include_places)
    if t.ent_type_ in {"DATE", "TIME"}:
        # "met with President Haddad Tuesday": the parser made the name a compound of the date
        return [
            k
            for c in t.lefts
            if c.dep_ == "compound"
            for k in _actors_of_one(ctx, c, include_places)
        ]
    low = t.lower_
    members = prep_objects(t, {"of"}) if low in _COLLECTIVES else []
    found = [k for o in members for k in actors_of(ctx, o)]
    if not found and low in _SENT_GROUPS:  # "a team (of experts) from the IMF": its sender
        sent = prep_objects(t, {"from"})
        if not sent and t.dep_ == "dobj" and t.head.lemma_ in RECIPROCAL_VERBS:
            sent = prep_objects(t.head, {"from"})  # "met a team from the IMF", "from" on the verb
        found, members = [k for o in sent for k in actors_of(ctx, o)], members or sent
    if members:  # "met a group of Labour MPs", "a handful of Chilean officials"
        return found
    if low in _COLLECTIVES and low not in GENERIC_BODIES and not acting_people(t):
        return []  # "the British curling team": whose people, it does not say
    if low in GENERIC_BODIES | PAPER_KINDS:  # "the Norvan agency", "the Halvard newspaper"
        named = [
            k
            for c in t.lefts
            if c.dep_ == "compound" and c.ent_type_ == "ORG"
            for k in _actors_of_one(ctx, c, include_places)
        ]
        if named:
            return named
    if organ := _organ_owner(ctx, t):  # "the AU's peace and security council condemned X"
        return organ
    lemma = t.lemma_.lower()
    if (low in _PEOPLE_NOUNS or lemma in AGENT_NOUNS or acting_people(t)
            or state_plural(t)):  # fmt: skip
        listed = dash_list(ctx, t)
        if listed or no_longer_holds(t):  # "the former US envoy"
            return listed
        found, led = list[str](), False
        # "other G8 finance ministers", "his Chilean and Peruvian counterparts"
        for left in [*t.lefts, *shared_demonyms(t)]:  # "Polish media and government"
            if (left.tag_ == "VBN" or origin_word(left) or backer_word(left)
                    or country_of_parties(left, t)):  # fmt: skip
                continue  # "the Russian-backed government", "the main Kenyan parties", "a
                # Maltese-flagged ship" ("flagged" tagged an adjective): not theirs
            if left.dep_ == "poss" and ctx.actors.plural_at(left.i):
                # "the two countries' foreign ministers", "their leaders": those referred to
                found += [k for k in ctx.actors.plural_at(left.i) if not k.startswith("person/")]
                continue
            for c in left.subtree:
                k = actor_of(ctx, c)
                if k is None or k.startswith("place/") or body_owner(c, t):
                    continue  # "West Yorkshire police": a place's force, not the place
                if k.startswith(("org/", "group/")) and low in INDIVIDUAL_POSTS:
                    led = True  # "the Tory leader": a person the story does not name
                    continue
                if (not k.startswith("person/") and c.dep_ != "poss") or (
                    c.dep_ == "poss" and acts_for_owner(t, c, k)
                ):  # "Ali Sow's agents", "the president's envoy", "Peru's lawmakers"
                    found.append(k)
        # "ministers in Kenya act for Kenya"; "his EU counterparts in Luxembourg" met there,
        # "an al-Qaeda leader in Yemen" leads al-Qaeda there; "gunmen in Mali" only fight there
        # "leaders of exiles in London" lead the exiles, who are there: not for Britain
        grouped = any(o.tag_ == "NNS" and not ctx.actors.at(o.i) for o in prep_objects(t, {"of"}))
        located = found or led or grouped or low in FIGHTER_NOUNS
        wanted = {"from", "of"} if located else {"from", "of", "in"}
        if low in _SPOKES_NOUNS:
            wanted = wanted | {"for"}  # "a spokesman for Hamas condemned Egypt"
        preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in wanted]
        if not preps and t.dep_ == "conj":  # "officials and lawmakers from Peru": both
            preps = [c for c in t.head.children if c.dep_ == "prep" and c.lower_ in wanted
                     and c.i > t.i]  # fmt: skip
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        if not preps and nxt is not None and nxt.lower_ in {"from", "of"}:
            preps = [nxt]  # "... and diplomats from Brazil": the parser hung the PP elsewhere
        for prep in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    # "the heads of state of A and B": the title's own "of state" names no one
                    titled = obj.lower_ in {"state", "staff"} and not obj.n_lefts
                    for o in prep_objects(obj, {"of"}) if titled else [obj]:
                        found.extend(actors_of(ctx, o, include_places=True))
        return found
    return []


def _pronoun_owners(ctx: Context, t: Token) -> list[str]:
    """The movement a possessive pronoun before armed men refers to ("its fighters",
    "their militants", said of a movement): they are its own men, as "Hamas's fighters"
    are Hamas (not a country's rebels, nor a person's: ``acts_for_owner``)."""
    found = []
    for c in t.lefts:
        if c.dep_ == "poss" and c.tag_ == "PRP$":
            k = actor_of(ctx, c)
            if k is not None and acts_for_owner(t, c, k):
                found.append(k)
    return found


def _organ_owner(ctx: Context, t: Token) -> list[str]:
    """The country or body of the world whose organ ``t`` names in lower case ("the
    EU's executive commission", "the council of the Arab League"): it acts."""
    found = []
    for owner in organ_owners(t):
        key, mention = actor_of(ctx, owner), ctx.actors.mention_at(owner.i)
        if key is not None and (
            key.startswith("country/")
            or (mention is not None and mention.entry is not None and mention.entry.world_body)
        ):
            found.append(key)
    described = organ_owner_noun(t)  # "the bloc's secretariat": the body named before
    key = actor_of(ctx, described) if described is not None else None
    entry = gazetteer().entries.get(key) if key is not None else None
    if entry is not None and entry.world_body and not found:
        found.append(entry.key)
    return found


# Nouns for who speaks for whom the "for" phrase names (an envoy "for Syria" goes there).
_SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"}
# Of those, the ones a body sends: "a team from the IMF", "a group from the AU".
_SENT_GROUPS = {"team", "group", "contingent"}
# Nouns for a number of people that stand for who they are: "a group of X".
_COLLECTIVES = {"group", "bunch", "handful", "number", "team", "band", "contingent", "dozens",
                "hundreds", "thousands", "couple", "pair", "trio", "crowd"}  # fmt: skip


def in_quote(token: Token) -> bool:
    """Inside quotation marks, counting the words the tagger marks as such too."""
    return quotes.in_quote(token, by_tag=True)


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


def _joint_speakers(ctx: Context, pronoun: Token) -> list[str]:
    """ "Chile and Peru said they would sign": "they" as the subject of what two or
    more named speakers say is those speakers."""
    speech = reporting_verb(pronoun.head)
    if speech is None:
        return []
    speakers = [s for s in subjects(speech) if s.tag_ != "PRP"]  # "they said they ...": no one
    keys = [k for s in speakers for k in actors_of(ctx, s)]
    return keys if len(set(keys)) >= 2 else []


def named_actor(ctx: Context, token: Token) -> bool:
    mention = ctx.actors.mention_at(token.i)
    return mention is not None and mention.kind in {"person", "country", "org", "group"}


_WH = frozenset({"how", "why", "what", "where", "when"})


def wh_clauses(token: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """The clauses a wh-word opens after ``preps`` of ``token``: "complained about
    how Y treated its traders", "complaints over why Y shut the border"."""
    return [c for p in token.children if p.dep_ == "prep" and p.lower_ in preps
            for c in p.children if c.dep_ == "pcomp" and c.left_edge.lower_ in _WH]  # fmt: skip


def complement_subjects(verb: Token) -> list[Token]:
    """The subjects of the clauses a verb takes: "helped Y avoid default", "allowed
    inspectors to visit" (the parser makes Y, the one helped or let, the clause's
    subject)."""
    return [s for c in verb.children if c.dep_ in {"ccomp", "xcomp"}
            for s in c.children if s.dep_ == "nsubj"]  # fmt: skip
