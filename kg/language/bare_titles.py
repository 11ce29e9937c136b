"""Who a bare title stands for ("the prime minister said", "the minister added"),
for :func:`kg.language.descriptions.resolve_description`.

* The one person the story has given that post before: with two such holders
  ("Finance Minister A met Trade Minister B. The minister said"), nobody can tell.
  A post with a word that makes it another office is not the bare title: a prime
  minister is not "the minister".
* With no holder named, a leader's title may still be the one person the story has
  named so far ("Ann Vale said ... The prime minister added"), but not someone the
  story has described otherwise ("X, the Green leader," "X, a banker,", "X, the
  former finance minister,"), nor when an unnamed holder comes between them ("A met
  Peru's prime minister. The prime minister said"), nor when the story names another
  holder later, nor the subject of the clause the title is in ("X accused the prime
  minister of lying").
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from kg.language.coref_state import SUBJECT_DEPS, CorefState
from kg.language.lexicon import POST_MODIFIERS
from kg.language.mentions import Mention

# Words that make a minister another office: "prime minister" and "first
# minister" are not what "the minister" names.
_OTHER_OFFICE = frozenset({"prime", "first"})
_MINISTERS = frozenset({"minister", "secretary"})
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
_RANKS = frozenset("deputy vice shadow".split())


def another_office(wanted: list[str], post: list[str]) -> bool:
    """``post`` is another office than the one ``wanted`` names.

    >>> another_office(["minister"], ["prime", "minister"])
    True
    >>> another_office(["prime", "minister"], ["prime", "minister"])
    False
    >>> another_office(["minister"], ["finance", "minister"])
    False
    >>> another_office(["president"], ["first", "president"])
    False
    """
    offices = {w for w, nxt in pairwise(post) if nxt == "minister"}
    return bool(offices & _OTHER_OFFICE - set(wanted))


def sole_holder(holders: list[str]) -> str | None:
    """The one person among those that hold the post, or None when they are two."""
    distinct = set(holders)
    return holders[0] if len(distinct) == 1 else None


def lone_person(
    state: CorefState,
    m: Mention,
    people: list[tuple[Mention, str]],
    lesser: set[str],
    wanted: list[str],
    holds: Callable[[list[str], list[str]], bool],
) -> str | None:
    """The one person named before ``m`` (of ``people``, none holding the post), when
    the story says nothing else of them and names no unnamed holder of the post."""
    named = {key for prev, key in people if prev.kind == "person"} - lesser
    if len(named) != 1:
        return None
    key = next(iter(named))
    remembered = [t.split() for t in state.titles.get(key, [])]
    # a former post says nothing of what someone is now ("X, the mayor, ... the former
    # police chief")
    former = "former" in m.text.lower().split()
    if any(not (holds(wanted, t) or _alike(wanted, t)) for t in remembered) or any(
        not former and _described(state, p, wanted, holds) for p, k in people if k == key
    ):
        return None  # "X, the Green leader, ... The prime minister said": someone else
    first = min(p.id for p, k in people if k == key)
    if _unnamed_since(state, first, m, wanted, holds) or _holder_after(
        state, m, key, wanted, holds
    ):
        return None
    if any(_subject_over(state, p, m) for p, k in people if k == key):
        return None  # "X said she opposed the foreign minister's bill": someone else
    return key


def _subject_over(state: CorefState, p: Mention, m: Mention) -> bool:
    """``p`` is the subject of a verb whose clause holds ``m``."""
    root = state.doc[p.start : p.end].root
    if root.dep_ not in SUBJECT_DEPS or p.sent != m.sent or _opens_sentence(state, m):
        return False
    if _owned(state, m):
        return False  # "X prepared for her first prime minister's debate": her own
    return state.doc[m.start] in root.head.subtree and state.doc[m.start] not in root.subtree


def _owned(state: CorefState, m: Mention) -> bool:
    """A title said with a possessive pronoun ("his prime minister")."""
    lo = m.span[0]
    return any(t.lower_ in _POSSESSIVES for t in state.doc[max(lo - 1, 0) : lo + 1])


def _opens_sentence(state: CorefState, m: Mention) -> bool:
    """A capitalised "The" before the title inside a sentence: a sentence the parser
    ran into the one before ("... rose by 5%. The first minister also welcomed")."""
    lo = m.span[0]
    det = state.doc[lo - 1] if lo > 0 and state.doc[lo].lower_ != "the" else state.doc[lo]
    return det.text == "The" and det.i != det.sent.start


def _holder_after(
    state: CorefState,
    m: Mention,
    key: str,
    wanted: list[str],
    holds: Callable[[list[str], list[str]], bool],
) -> bool:
    """The story names another holder of the post later ("Home Secretary X said"
    after the bare title)."""
    for other in state.mentions[m.id + 1 :]:
        if other.kind != "person" or state.linked.get(other.id) == key:
            continue
        for d in other.descriptors:
            post = d.title.lower().replace("-", " ").split()
            if not d.former and holds(wanted, post) and not another_office(wanted, post):
                return True
    return False


def _described(
    state: CorefState, m: Mention, wanted: list[str], holds: Callable[[list[str], list[str]], bool]
) -> bool:
    """A title or an apposition says the person is something else ("X, a banker,",
    "X, the Green leader,", "X, the former finance minister,"); a secretary of state
    may still be "the minister", a prime minister "the premier"."""
    root = state.doc[m.start : m.end].root
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in root.children):
        return True
    core = [w for w in wanted[:-1] if w in POST_MODIFIERS] + wanted[-1:]  # not "left-wing"
    for d in m.descriptors:
        post = d.title.lower().replace("-", " ").split()
        if d.former or not (holds(core, post) or _alike(core, post)):
            return True
    return False


def _alike(wanted: list[str], post: list[str]) -> bool:
    """Two names of one kind of post: "minister" and "secretary" (of state),
    "premier" and "prime minister"."""
    if len(wanted) == 1 and wanted[0] in _MINISTERS and post[-1:] and post[-1] in _MINISTERS:
        return True
    return _premier(" ".join(wanted)) and _premier(" ".join(post))


def holds_post(
    wanted: list[str], post: list[str], holds: Callable[[list[str], list[str]], bool]
) -> bool:
    """``post`` is the one a bare title names: itself, or the premier's other name."""
    return (holds(wanted, post) and not another_office(wanted, post)) or premier_alike(wanted, post)


def premier_alike(wanted: list[str], post: list[str]) -> bool:
    """ "the premier" for a prime minister, "the prime minister" for a premier, when
    the post adds no rank ("the deputy prime minister" is not the premier).

    >>> premier_alike(["premier"], ["prime", "minister"])
    True
    >>> premier_alike(["premier"], ["deputy", "prime", "minister"])
    False
    """
    if set(post) & _RANKS - set(wanted):
        return False
    return wanted != post and _premier(" ".join(wanted)) and _premier(" ".join(post))


def _premier(title: str) -> bool:
    return title.endswith(("premier", "prime minister"))


def _unnamed_since(
    state: CorefState,
    first: int,
    m: Mention,
    wanted: list[str],
    holds: Callable[[list[str], list[str]], bool],
) -> bool:
    """A description of the post that names no person, after the person is first
    named and before ``m`` ("A met Peru's prime minister", "a minister"); one before
    the person is named may be how the story opens on them."""
    for other in state.mentions[first + 1 : m.id]:
        if other.kind != "description" or _owned(state, other):
            continue
        if state.linked.get(other.id, "").startswith("person/"):
            continue
        inside = any(
            p.kind == "person" and p.span[0] <= other.span[0] and other.span[1] <= p.span[1]
            for p in state.mentions
        )
        words = [w.lower() for w in other.text.replace("’", "'").split()]
        if not inside and holds(wanted, words) and not another_office(wanted, words):
            return True
    return False
