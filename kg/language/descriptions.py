"""Definite descriptions and plural references, for :mod:`kg.language.actors` (the
plural ones are resolved in :mod:`kg.language.plural_resolution`).

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
    ORG_ANAPHORA,
    TITLE_WORDS,
)
from kg.language.mentions import Mention
from kg.language.named_bodies import named_body
from kg.language.named_firms import FIRM_DESCRIPTIONS, named_firm
from kg.language.one_holders import office_holder, office_words, post_of_named_body
from kg.language.opposition_posts import opposition_holder
from kg.language.peoples import names_a_people
from kg.language.person_relations import PERSON_RELATION_NOUNS
from kg.language.region_states import REGION_HEADS
from kg.language.related_people import related_person
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
        holds = any(holds_post(wanted, post, holds_title) for post in posts)
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
            other = named_holder(state, m, country.key, wanted, holds_title)
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
    lone = lone_person(state, m, people, lesser, wanted, holds_title)
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


def holds_title(wanted: list[str], title: list[str]) -> bool:
    """True if a post ``title`` (its words) is the one the description asks for:
    every wanted word is in it and it adds no rank modifier the description lacks.

    >>> holds_title(["prime", "minister"], ["prime", "minister"])
    True
    >>> holds_title(["prime", "minister"], ["deputy", "prime", "minister"])
    False
    >>> holds_title(["shadow", "chancellor"], ["tory", "shadow", "chancellor"])
    True
    """
    words = {p for w in title for p in w.split("-")}  # "co-chairman"
    return all(w in title for w in wanted) and not (words & RANK_MODIFIERS) - set(wanted)


def _remember(state: CorefState, key: str, title: str) -> str:
    state.titles.setdefault(key, []).append(title)
    return key
