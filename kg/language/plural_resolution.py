"""Plural references, for :mod:`kg.language.actors` (definite descriptions in the
singular are :mod:`kg.language.descriptions`): ``the two leaders`` to the two people
named together most recently, ``the nations`` to the two countries the story is
about, ``the two sides`` to the two of talks or a fight "between" them
(:mod:`kg.language.sides`), else to the two listed last; ``their`` to the owners so
referred to.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.language.bloc_groups import counted_group
from kg.language.coref_state import CorefState
from kg.language.counterparts import own_post_of_counterpart
from kg.language.descriptions import holds_title
from kg.language.lexicon import (
    NUMBER_WORDS,
    PLURAL_ORG_NOUNS,
    PLURAL_PEOPLE_NOUNS,
    PLURAL_POSTS,
    ROLE_NOUNS,
)
from kg.language.mentions import Mention
from kg.language.pair_references import plural_words, qualified_pair
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
from kg.language.sides import list_head, sides_pair
from kg.language.split_states import state_pair


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
    if counted_group(head_tok):  # "the three NATO members": as many countries named together
        return _named_together(state, m, "country/", count, m.sent - 3) if count else ()
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
    held = post_holders(state, m, wanted, holds_title)
    for key in subjects_before(state, m):
        held.pop(key, None)  # "Foreign Minister A met the three foreign ministers": not A
    countries = _qualifying_countries(state, m, head)
    if countries:
        held = {k: a for k, a in held.items() if a & countries}
    elif not count and len(wanted) > 1:
        count = owners_count(head)  # "the three countries' foreign ministers": one each
    if count:
        return tuple(held) if len(held) == count else ()
    if len(held) >= 2 and not unnamed_holder(state, m, wanted, holds_title):
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
