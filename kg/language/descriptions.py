"""Definite descriptions and plural references, for :mod:`kg.language.actors`.

* ``the foreign secretary`` refers to the person holding that title, ``the Kenyan
  leader`` to the leader affiliated with that country, ``his Chinese counterpart`` to
  China's holder of his post (:mod:`kg.language.counterparts`; to China when the story
  names none), ``the committee``/``the panel`` to the committee, ``the deal`` to the
  agreement, ``the country`` to the country last named.
* ``the two leaders`` to the two people named together most recently, ``the nations``
  to the two countries the story is about, ``the two sides`` to the two of talks or a
  fight "between" them (:mod:`kg.language.sides`), else to the two listed last.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.language.bare_titles import holds_post, lone_person, sole_holder
from kg.language.clause_mates import antecedents
from kg.language.coref_state import CorefState
from kg.language.counterparts import counterpart, named_holder, own_post_of_counterpart
from kg.language.country_descriptions import agreement_or_country, owning_country
from kg.language.elected import elected_one
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import (
    AGREEMENT_ANAPHORA,
    COUNTRY_ANAPHORA,
    INDIVIDUAL_POSTS,
    NUMBER_WORDS,
    ORG_ANAPHORA,
    PLURAL_ORG_NOUNS,
    PLURAL_PEOPLE_NOUNS,
    PLURAL_POSTS,
    ROLE_NOUNS,
    TITLE_WORDS,
)
from kg.language.mentions import Mention
from kg.language.named_bodies import named_body
from kg.language.named_firms import FIRM_DESCRIPTIONS, named_firm
from kg.language.one_holders import office_holder, office_words, post_of_named_body
from kg.language.opposition_posts import opposition_holder
from kg.language.pair_references import plural_words, qualified_pair
from kg.language.peoples import names_a_people
from kg.language.person_relations import PERSON_RELATION_NOUNS
from kg.language.planned_clauses import planned_sentence, told_as_done
from kg.language.plural_posts import (
    heads_of_state,
    listed_group,
    owners_count,
    post_holders,
    post_words,
    said_pair,
    subjects_before,
    unnamed_holder,
    wanted_count,
)
from kg.language.plural_references import ONLOOKER_ROLES, PLURAL_BODY_NOUNS
from kg.language.region_states import REGION_HEADS
from kg.language.related_people import related_person
from kg.language.sides import list_head, sides_pair
from kg.language.split_states import state_pair
from kg.language.titles import NO_LONGER, PROFESSIONS

# Posts whose unnamed holder does not speak or act for the country that qualifies
# them: "the UK's top judge", "a British professor", "the South African archbishop".
_NOT_FOR_THE_STATE = PROFESSIONS | {"judge", "justice", "cleric", "cardinal", "archbishop",
                                      "patriarch", "rabbi"}  # fmt: skip
_LEADER_TITLES = {"minister", "secretary", "president", "chancellor", "premier", "leader", "king",
                  "queen", "governor", "mayor", "chairman", "chief"}  # fmt: skip


def resolve_description(state: CorefState, m: Mention) -> str | None:
    words, office = office_words(m.text)  # "the archbishop" (of Canterbury)
    head = words[-1]
    earlier = antecedents(state, m)  # not its own clause's subject
    if head in AGREEMENT_ANAPHORA or head in COUNTRY_ANAPHORA or head in REGION_HEADS:
        return agreement_or_country(state.doc, head, earlier, words)  # "the deal", "the kingdom"
    if head in PERSON_RELATION_NOUNS:  # "his rival", "the tycoon"
        return related_person(state, m)
    if head in FIRM_DESCRIPTIONS:  # "the company", "the carmaker", "the bank"
        return named_firm(state, m, earlier)  # the one firm (of that kind) named before
    if head in ORG_ANAPHORA:
        return named_body(state, m, earlier, ORG_ANAPHORA[head])
    if head not in TITLE_WORDS:
        return None
    gz = gazetteer()
    country = gz.adjective_in(m.text.split())
    if country is not None and names_a_people(state.doc, m.start, m.end):
        return None  # "the Turkish Cypriot leader": a people's, not Turkey's
    owned = ""  # "Norway's": the country's possessive is no word of the post
    if country is None and ("'s " in m.text or "’s " in m.text):  # "Iraq's security advisor"
        owned = m.text.replace("’", "'").split("'s ")[0]
        owner = gz.lookup(owned) or owning_country(state.doc, owned, earlier)  # "the country's"
        country = owner if owner is not None and owner.type == "Country" else None
        owned = f"{owned.lower().split()[-1]}'s" if country is not None else ""
    title = " ".join(w for w in words if w not in {"the", "his", "her", "its", "their"})
    # every word of the title, in a post held now or, for "the former ...", then:
    # "the prime minister" is not a former welfare minister
    former = "former" in words
    # a holder who has left the post acts for its country or body no more ("then" holds it)
    gone = any(w.rstrip("-") in NO_LONGER or w.startswith("ex-") for w in words)
    wanted = [w for w in title.replace("’", "'").split() if w not in {"former", "then", "new", owned}
              and gz.lookup(w.capitalize()) is None
              and gz.adjective_in([w.capitalize()]) is None]  # fmt: skip
    body = None
    if country is not None and country.type != "Country":
        country, body = None, country  # "the Tory leader": a party's adjective
    elif country is None:
        body = next((e for e in map(gz.lookup, m.text.split()[:-1]) if e is not None), None)
    people, holders = [], []
    lesser: set[str] = set()
    # "A Tory MP said": someone new, never a holder named before
    for prev, key in [] if _indefinite(state, m) else earlier:
        if not key.startswith("person/"):
            continue
        titles = [t.lower() for d in prev.descriptors if d.former == former
                  for t in (d.title, *own_post_of_counterpart(state, prev, d.title))]  # fmt: skip
        titles += state.titles.get(key, [])
        affiliated = [state.linked.get(a) for d in prev.descriptors for a in d.affiliations]
        posts = [t.split() for t in titles]
        holds = any(holds_post(wanted, post, _holds) for post in posts)
        qualifier = country or body
        if qualifier is not None:
            if qualifier.key in affiliated and holds:
                return _remember(state, key, title)  # "the Kenyan leader", "the Tory leader"
            people.append((prev, key))
            continue
        if holds:
            holders.append(key)  # "the foreign secretary"
            continue
        if any(all(w in post for w in wanted) for post in posts):
            lesser.add(key)  # holds a lesser post of that name: the deputy, the shadow
        people.append((prev, key))
    if holders:  # the one holder named; of two, nobody can tell
        return _remember(state, holders[0], title) if sole_holder(holders) else None
    if country is not None and (head in _NOT_FOR_THE_STATE or "opposition" in words):
        return opposition_holder(state, m, earlier) if "opposition" in words else None
    if country is not None:
        # "his Chinese counterpart": China's holder of his post, when the story names
        # one; "Iraq's national security advisor" and the rest: the country itself
        # "the Danish foreign minister": the one the story names, before or after
        if head == "counterpart":
            other = counterpart(state, m, country.key)
        elif not _titles_a_name(state, m) and not _indefinite(state, m):
            other = named_holder(state, m, country.key, wanted, _holds)
        else:
            other = None
        if gone and not _titles_a_name(state, m):
            return other
        return other or state.register(country)
    if body is not None:
        # "the UN envoy": the UN when no envoy is named; "Tory leader X": the body X
        # serves; "the Tory leader" with no such leader named: the one person named so
        # far without a post ("..., said Ann Vale. The Tory leader said"), else nobody
        # "the NATO chief", "the UN secretary-general": an international body's
        # officer stands for the body, as "the German chancellor" for Germany (a
        # former one does not)
        international = body.country is None and not former
        if gone and not _titles_a_name(state, m):
            return None
        if head not in INDIVIDUAL_POSTS or _titles_a_name(state, m) or international:
            return state.register(body)
        if head not in _LEADER_TITLES:
            return None
        bare = {key for prev, key in people if prev.kind == "person" and not prev.descriptors}
        named = {key for prev, key in people if prev.kind == "person"}
        if len(named) == 1 and bare == named and not state.titles.get(next(iter(named))):
            return _remember(state, named.pop(), title)
        return None
    if head.endswith("-elect"):  # "the president-elect": who won the election
        winner = elected_one(state, m)
        return _remember(state, winner, title) if winner is not None else None
    if (holder := office_holder(title, office)) is not None and not former:  # "the Pope"
        return state.register(holder)
    if head not in _LEADER_TITLES or post_of_named_body(state.doc[m.span[1] - 1]):
        return None
    lone = lone_person(state, m, people, lesser, wanted, _holds)
    return _remember(state, lone, title) if lone is not None else None


# Words that make a post a different, lesser one: "the prime minister" is not
# the deputy prime minister, "the chancellor" not the shadow chancellor.
RANK_MODIFIERS = frozenset(
    "deputy vice shadow assistant junior under associate co lieutenant sub".split()
)


def _indefinite(state: CorefState, m: Mention) -> bool:
    head = state.doc[m.span[1] - 1]
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in head.children)


def _titles_a_name(state: CorefState, m: Mention) -> bool:
    """The description is the title inside a person's name phrase ("Tory leader" in
    "Tory leader Ann Vale")."""
    lo, hi = m.span
    return any(
        p.kind == "person" and p.id != m.id and p.span[0] <= lo and hi <= p.span[1]
        for p in state.mentions
    )


def _holds(wanted: list[str], title: list[str]) -> bool:
    """True if a post ``title`` (its words) is the one the description asks for:
    every wanted word is in it and it adds no rank modifier the description lacks.

    >>> _holds(["prime", "minister"], ["prime", "minister"])
    True
    >>> _holds(["prime", "minister"], ["deputy", "prime", "minister"])
    False
    >>> _holds(["shadow", "chancellor"], ["tory", "shadow", "chancellor"])
    True
    """
    words = {p for w in title for p in w.split("-")}  # "co-chairman"
    return all(w in title for w in wanted) and not (words & RANK_MODIFIERS) - set(wanted)


def _remember(state: CorefState, key: str, title: str) -> str:
    state.titles.setdefault(key, []).append(title)
    return key


def resolve_plural(state: CorefState, m: Mention) -> tuple[str, ...]:
    """ "the two leaders" -> the two people named together most recently (earlier in the same
    sentence, or in the nearest that names two or more); "the two presidents" -> two holders
    of that post; "the two firms" -> two bodies, "the two countries" -> two countries; "the
    mediators" -> the people the article lists under that role or gives that post
    (:mod:`kg.language.plural_posts`); "the two Koreas" -> North and South Korea."""
    if split := state_pair(m.text):
        return split
    head, said = plural_words(m.text, state.doc[m.end - 1])  # ("each side": both sides)
    if head == "they":  # "They met", "A and B met. They said": the people (else countries)
        pair = said_pair(state, m) or _named_together(state, m, "person/", 0, m.sent - 1)
        return pair or _named_together(state, m, "country/", 0, m.sent - 1)
    head_tok = state.doc[m.end - 1]
    count = wanted_count(head_tok)
    if head in ROLE_NOUNS:
        listed = listed_group(state, m)  # "the mediators - A, B and C -"
        if listed:
            return listed if not count or len(listed) == count else ()
    people = head in PLURAL_PEOPLE_NOUNS | ONLOOKER_ROLES or head == "trio"
    states = head in {"nations", "countries", "states", "governments", "capitals", "neighbours",
                      "neighbors"}  # fmt: skip
    want: str | tuple[str, ...] = (
        "person/" if people else "country/" if states
        else "org/" if head in PLURAL_ORG_NOUNS | PLURAL_BODY_NOUNS else ("country/", "group/")
    )  # fmt: skip
    counts = [NUMBER_WORDS[w] for w in said if w in NUMBER_WORDS]
    said_count = counts[0] if counts else 2 if head in {"pair", "two"} or "both" in said else 0
    if said_count or head in {"pair", "two", "heads"} or not people:
        # a pair or a count named together nearby ("the two leaders", "the two firms")
        post = head[:-1] if head[:-1] in _POSTS else None  # "presidents": holders of that post
        holders = _post_holders(state, m, post) if post else None
        between = sides_pair(state, m, m.sent - 3) if head == "sides" else ()  # not mediators
        keys = between or _named_together(state, m, want, said_count, m.sent - 3, holders)
        if not keys and want == ("country/", "group/") and said_count >= 2:  # a body is a
            # side only when listed with the others ("the US and the Taliban agreed")
            keys = _named_together(state, m, (*want, "org/"), said_count, m.sent - 3,
                                   listed_only=True)  # fmt: skip
        if keys and not between and told_as_done(state.doc[m.start].sent):
            # "The two leaders agreed": not a pair that has only a meeting planned
            keys = _named_together(state, m, want, said_count, m.sent - 3, holders, True) or keys
        if not keys and head in {"two", "pair", "trio"}:  # no people: states or groups
            keys = _named_together(state, m, ("country/", "group/"), 2, m.sent - 3)
        if keys:
            return keys
        if head == "leaders" and said_count:  # none named near: the story's heads of state
            heads = heads_of_state(state, m)
            if len(heads) == said_count:
                return heads
    group = _post_group(state, m, head_tok, count) if head in PLURAL_POSTS else ()
    return group or (_story_pair(state, m) if states else qualified_pair(state, m))


def their_owners(state: CorefState, m: Mention) -> tuple[str, ...]:
    """ "A and B restored ties. Their foreign ministers met": a "their" no group
    answers, before a plural post or delegation, is the countries or bodies named
    together in this or the sentence before."""
    pron = state.doc[m.start]
    if pron.lower_ != "their" or pron.dep_ != "poss":
        return ()
    if pron.head.lower_ not in ROLE_NOUNS | {"delegations", "governments"}:
        return ()
    return _named_together(state, m, ("country/", "group/", "org/"), 0, m.sent - 1)


def _post_group(state: CorefState, m: Mention, head: Token, count: int) -> tuple[str, ...]:
    """The people who hold the post a plural phrase names, anywhere in the article,
    only those of the countries that qualify it ("the two countries' foreign
    ministers", "the prime ministers of A and B"): as many as it says, or, unsaid,
    two or more with no holder left unnamed."""
    wanted = post_words(head)
    held = post_holders(state, m, wanted, _holds)
    for key in subjects_before(state, m):
        held.pop(key, None)  # "Foreign Minister A met the three foreign ministers": not A
    countries = _qualifying_countries(state, m, head)
    if countries:
        held = {k: a for k, a in held.items() if a & countries}
    elif not count and len(wanted) > 1:
        count = owners_count(head)  # "the three countries' foreign ministers": one each
    if count:
        return tuple(held) if len(held) == count else ()
    if len(held) >= 2 and not unnamed_holder(state, m, wanted, _holds):
        return tuple(held)
    return ()


def _qualifying_countries(state: CorefState, m: Mention, head: Token) -> set[str]:
    """The countries that own a plural post: "the two countries'" (a reference
    back), "of Poland and Hungary", "the Polish and Hungarian"."""
    owners = [c for c in head.lefts if c.dep_ in {"poss", "amod"}]  # "the Polish ..."
    owners += [o for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    owners += [c for o in owners for c in o.conjuncts]
    found: set[str] = set()
    for o in owners:
        for other in state.mentions:
            if other.id == m.id or not other.start <= o.i < other.end:
                continue
            if other.kind == "plural":
                found.update(k for k in resolve_plural(state, other) if k.startswith("country/"))
            key = state.linked.get(other.id)
            if key and key.startswith("country/"):
                found.add(key)
    return found


# Plural posts whose holders can be told from their titles: "the two presidents"
# are two people called president, never the firm named beside one of them.
_POSTS = frozenset({"president", "minister", "premier", "chancellor", "envoy", "king"})


def _post_holders(state: CorefState, m: Mention, post: str) -> dict[str, None]:
    """The people named before ``m`` whose title holds the word ``post`` (in the
    order first named)."""
    held: dict[str, None] = {}
    for prev in state.mentions[: m.id]:
        key = state.linked.get(prev.id)
        if not key or not key.startswith("person/") or key in held:
            continue
        titles = [t.lower() for d in prev.descriptors  # "his Greek counterpart": that post
                  for t in (d.title, *own_post_of_counterpart(state, prev, d.title))]  # fmt: skip
        titles += state.titles.get(key, [])
        if any(post in title.replace("-", " ").split() for title in titles):
            held[key] = None
    return held


def _named_together(state: CorefState, m: Mention, want: str | tuple[str, ...],
                    wanted_count: int, since: int, among: dict[str, None] | None = None,
                    done_only: bool = False, listed_only: bool = False) -> tuple[str, ...]:  # fmt: skip
    """The actors of kind ``want`` (and ``among`` those, if given) named in the
    nearest sentence (from ``since``) that names two or more (exactly
    ``wanted_count``, if given, or in one list of that many: "A, B and C joined,
    free of D" are the three); ``done_only``: passing over sentences that tell a
    plan ("B is due to meet C"); ``listed_only``: only actors named in one list."""
    by_sentence: dict[int, list[str]] = {}
    by_list: dict[int, dict[tuple[int, int], list[str]]] = {}
    sents: dict[int, Span] = {}
    for prev in state.mentions[: m.id]:
        key = state.linked.get(prev.id)
        if key and key.startswith(want) and not prev.locative and prev.sent >= since:
            if among is not None and key not in among:
                continue
            by_sentence.setdefault(prev.sent, [])
            sents.setdefault(prev.sent, state.doc[prev.start].sent)
            if key not in by_sentence[prev.sent]:
                by_sentence[prev.sent].append(key)
            listed = by_list.setdefault(prev.sent, {}).setdefault(list_head(state, prev), [])
            if key not in listed:
                listed.append(key)
    for sent in sorted(by_sentence, reverse=True):
        if done_only and planned_sentence(sents[sent]):
            continue
        keys = by_sentence[sent]
        if not listed_only and len(keys) >= 2 and (not wanted_count or len(keys) == wanted_count):
            return tuple(keys)
        lists = [k for (_, size), k in by_list[sent].items() if len(k) == size == wanted_count >= 2]
        if len(lists) == 1:
            return tuple(lists[0])
    return ()


def _story_pair(state: CorefState, m: Mention) -> tuple[str, ...]:
    """ "The nations are still at loggerheads", no pair named nearby: the two
    countries the story is about, when two stand clearly above the rest."""
    counts: dict[str, int] = {}
    for prev in state.mentions[: m.id]:
        key = state.linked.get(prev.id)
        if key and key.startswith("country/"):
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[1][1] < 2:
        return ()
    if len(ranked) > 2 and ranked[2][1] * 2 > ranked[1][1]:
        return ()  # no clear pair
    pair = (ranked[0][0], ranked[1][0])
    # a pair the story has named together at least once: two countries each named
    # often but never side by side ("a firm in one, ties with the other") are no pair
    together = _named_together(state, m, pair, 2, 0, dict.fromkeys(pair))
    return pair if together else ()
