"""One title in apposition shared by several names, each with its own country or
body, in order: "the foreign ministers of Chile and Peru, A and B," (A Chile's, B
Peru's), "Egypt's president and prime minister, A and B," (both Egypt's), "the two
presidents, Brazil's A and Mexico's B" (each name's own possessive). Asked first by
:func:`kg.language.title_search.appositive_title`.
"""

from __future__ import annotations

from typing import Any

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.language.bloc_groups import state_blocs
from kg.language.body_titles import NATIONAL_POSTS, owned_bodies
from kg.language.lexicon import TITLE_WORDS
from kg.language.title_columns import ids
from kg.language.titles import FORMER_WORDS, Descriptor

_PLURAL_TAGS = ids({"NNS", "NNPS"})


_HOLDER_KINDS = {"country", "demonym", "org", "group"}
_STATE_KINDS = {"country", "demonym"}


def respective_title(doc: Doc, root: Token, by_token: dict[int, Any]) -> Descriptor | None:
    """One of several names in apposition to a title they share, each with its
    own country or body, in order: "the foreign ministers of Chile and Peru, A
    and B," (A Chile's, B Peru's), "Egypt's president and prime minister, A and
    B," (both Egypt's, A president, B prime minister). With as many names as
    holders, or one holder for all; else none (who holds which is not said)."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    title = first.head
    if first.dep_ != "appos" or title.i > first.i:
        return None
    if title.lower_ not in TITLE_WORDS and title.lemma_.lower() not in TITLE_WORDS:
        return None  # ("heads": the plural of a title word)
    names = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.head.i < t.i)]
    names = [t for t in names if t.i > title.i and (m := by_token.get(t.i)) and m.kind == "person"]
    if len(names) < 2 or root not in names:
        return None
    titles = [title, *(t for t in title.conjuncts if title.i < t.i < first.i
                       and t.lemma_.lower() in TITLE_WORDS)]  # fmt: skip
    plural = len(titles) == 1 and get_string_id(title.tag_) in _PLURAL_TAGS
    if not plural and len(titles) != len(names):
        return None
    # "the two presidents, Brazil's A and Mexico's B": each name's own possessive
    # is its holder, not the shared post's (the phrase stops where the names start)
    holders = _holders(doc, title, first.left_edge.i, by_token)
    k = names.index(root)
    own = _own_holder(names[k], by_token)
    post = titles[0] if plural else titles[k]
    if not holders or (
        _forum_of_states(holders, post) and own is not None and own.kind in _STATE_KINDS
    ):
        # "the finance ministers of the G7, Italy's A and Canada's B": each is the
        # minister of a member state; the group is the forum they meet in
        holders = [own] if own is not None else []
    words = [c.lower_ for c in post.lefts if c.dep_ in {"amod", "compound"}
             and getattr(by_token.get(c.i), "kind", None) not in _HOLDER_KINDS]  # fmt: skip
    role = " ".join([*(w for w in words if w not in FORMER_WORDS), post.lemma_.lower()])
    lo = title.left_edge.i
    former = any(t.lower_.rstrip("-") in FORMER_WORDS for t in doc[lo : title.i])
    if len(holders) not in {1, len(names)}:
        return Descriptor(lo, title.i + 1, "", ())  # three lands, two names: whose is whose?
    holder = holders[0] if len(holders) == 1 else holders[k]
    return Descriptor(lo, title.i + 1, role, (holder.id,), former)


def _holders(doc: Doc, title: Token, stop: int, by_token: dict[int, Any]) -> list[Any]:
    """The countries and bodies a title phrase names before the names it is
    shared by, in order: before the title ("Egypt's") or after "of" ("of Chile
    and Peru"), never after "for" or "to" (whom an envoy is sent to)."""
    found: dict[int, Any] = {}
    skipping = False
    for t in doc[title.left_edge.i : stop]:
        if t.pos_ == "ADP":
            skipping = t.lower_ != "of"
        other = by_token.get(t.i)
        if other is not None and other.kind in _HOLDER_KINDS and not skipping:
            found.setdefault(other.id, other)
    return owned_bodies(doc, list(found.values()))


def _forum_of_states(holders: list[Any], post: Token) -> bool:
    """The one body a plural title names is a forum of states and the post a state's
    ("the finance ministers of the G7", "the leaders of BRICS"); not a body's own
    post ("two UN envoys", "the commissioners of the European Union")."""
    if len(holders) != 1 or holders[0].kind not in {"org", "group"}:
        return False
    entry = getattr(holders[0], "entry", None)
    national = post.lemma_.lower() in NATIONAL_POSTS or post.lower_ in NATIONAL_POSTS
    return national and entry is not None and entry.key in state_blocs()


def _own_holder(name: Token, by_token: dict[int, Any]) -> Any:
    """The country or body a name's own possessive names: "Brazil's A"."""
    for c in name.children:
        other = by_token.get(c.i)
        if c.dep_ == "poss" and other is not None and other.kind in _HOLDER_KINDS:
            return other
    return None
