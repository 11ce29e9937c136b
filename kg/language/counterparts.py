"""Whose counterpart: "Foreign Minister X met his Japanese counterpart" is the
person the article names as Japan's foreign minister, before or after that
sentence; with no such person, or more than one, the description stands for
the country (:func:`kg.language.descriptions.resolve_description`). So too "the
Japanese foreign minister": the one person the article names as Japan's foreign
minister, wherever it names him (:func:`named_holder`).
"""

from __future__ import annotations

from collections.abc import Callable, Set

from kg.language.coref_state import CorefState
from kg.language.mentions import Mention
from kg.language.owned_governments import country_after
from kg.language.plural_posts import HEAD_POSTS

# Posts named in other words: "the Soviet envoy" (or delegate) is the one Soviet
# delegation head, negotiator or emissary the story names (with two such, nobody);
# "the Brazilian leader" the one head of Brazil's state or government it names
# ("Brazilian President X ... The Brazilian leader said": X).
_ENVOYS = ("envoy", "emissary", "negotiator", "delegate", "delegation head", "delegation leader",
           "delegation chief", "head of delegation")  # fmt: skip
KINDRED_POSTS = {w: _ENVOYS for w in ("envoy", "emissary", "negotiator", "delegate")} | {
    w: (w, *sorted(HEAD_POSTS)) for w in ("leader", "ruler")
}


def counterpart(state: CorefState, m: Mention, country: str) -> str | None:
    """The one person affiliated with ``country`` who holds a post that the
    people of ``m``'s sentence hold ("his counterpart" is someone with his post)."""
    own = {
        key
        for p in state.mentions
        if p.sent == m.sent and p.id != m.id
        for key in [state.linked.get(p.id)]
        if key is not None and key.startswith("person/")
    }
    posts = {post for key in own for post in _posts(state, key)}
    if not posts:
        return None
    return _one_holder(state, m, country, lambda title: _post(title) in posts, own)


def named_holder(state: CorefState, m: Mention, country: str, wanted: list[str],
                 holds: Callable[[list[str], list[str]], bool]) -> str | None:  # fmt: skip
    """The one person the article (before or after ``m``) gives the post ``wanted``
    for ``country`` now, or a post of that kind in other words: "Ann Vale met the
    Danish foreign minister. ... Danish Foreign Minister Ole Berg said" is Ole Berg,
    "Danish delegation head Ole Berg ... the Danish envoy" too; none or several, nobody."""
    posts = [wanted] + [k.split() for k in KINDRED_POSTS.get(" ".join(wanted), ())]
    return _one_holder(state, m, country,
                       lambda title: any(holds(p, title.lower().split()) for p in posts))  # fmt: skip


def _one_holder(state: CorefState, m: Mention, country: str, post: Callable[[str], bool],
                others_than: Set[str] = frozenset()) -> str | None:  # fmt: skip
    """The one person (not ``m`` itself, none of ``others_than``) whose title, held
    now for ``country``, is a ``post``; none or several, nobody."""
    found = set()
    for p in state.mentions:
        key = state.linked.get(p.id)
        if key is None or p.id == m.id or key in others_than or not key.startswith("person/"):
            continue
        for d in p.descriptors:
            serves = {state.linked.get(a) for a in d.affiliations} | {country_after(state, p)}
            titles = [d.title, *own_post_of_counterpart(state, p, d.title)]
            if not d.former and country in serves and any(post(t) for t in titles):
                found.add(key)
    return found.pop() if len(found) == 1 else None


def own_post_of_counterpart(state: CorefState, p: Mention, title: str) -> list[str]:
    """The post a counterpart holds: that of the people named with him ("Foreign
    Minister A met his Greek counterpart B": B is Greece's foreign minister, so
    "the Greek minister" said later is B). Nothing for another title."""
    if title.lower().split()[-1:] != ["counterpart"]:
        return []
    others = {
        key
        for o in state.mentions
        if o.sent == p.sent and o.id != p.id
        for key in [state.linked.get(o.id)]
        if key is not None and key.startswith("person/") and key != state.linked.get(p.id)
    }
    return [t for key in sorted(others) for t in _titles(state, key)
            if "counterpart" not in t.lower()]  # fmt: skip


def _posts(state: CorefState, key: str) -> set[frozenset[str]]:
    """Every post the article gives the person ``key`` (now, not formerly)."""
    return {_post(t) for t in _titles(state, key)}


def _titles(state: CorefState, key: str) -> list[str]:
    titles = [d.title for p in state.mentions if state.linked.get(p.id) == key
              for d in p.descriptors if not d.former]  # fmt: skip
    return titles + state.titles.get(key, [])


def _post(title: str) -> frozenset[str]:
    """A post as its words: "Foreign Minister" and "foreign minister" are one."""
    return frozenset(title.lower().split())
