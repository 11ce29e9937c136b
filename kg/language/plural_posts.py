"""Groups of people named by a plural post or role, for
:func:`kg.language.plural_resolution.resolve_plural`.

* ``the three foreign ministers``, ``both finance ministers``, ``the two
  countries' defence ministers``, ``the prime ministers of A and B``: the people
  the article gives that post, before or after the reference, when their number
  is the one said (or, unsaid, two or more and no holder left unnamed); a
  country qualifier keeps only the holders of those countries.
* ``the two leaders`` named nowhere near: the heads of state or government the
  article names, when there are just so many (:func:`heads_of_state`).
* ``they`` who speak right after a pair named as a subject ("A and B met. They
  said"): that pair (:mod:`kg.language.speaking_pairs`).
* ``the mediators``: the people an apposition list names so anywhere in the
  article ("The mediators - A, B and C - left", "the negotiators, A and B,",
  "three mediators: A, B and C").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.language.coref_state import CorefState
from kg.language.lexicon import (
    NUMBER_WORDS,
    PLURAL_STATE_NOUNS,
    POST_MODIFIERS,
    POST_SPELLINGS,
    ROLE_SYNONYMS,
)
from kg.language.mentions import Mention
from kg.language.speaking_pairs import pair_speaks, subject_pair

# Punctuation that opens an apposition list, and what may close it.
_OPENERS = {"-": {"-"}, "--": {"--"}, "—": {"—"}, "–": {"–"}, ",": {","}, "(": {")"}, ":": {";"}}


def post_words(head: Token) -> list[str]:
    """The words of the post a plural phrase names: "the three foreign ministers" ->
    ["foreign", "minister"]; "the two prime ministers" -> ["prime", "minister"]."""
    words = [_spelling(c.lower_) for c in head.lefts
             if c.dep_ in {"amod", "compound"} and c.lower_ in POST_MODIFIERS]  # fmt: skip
    return [*words, _spelling(head.lemma_.lower())]


def _spelling(word: str) -> str:
    return POST_SPELLINGS.get(word, word)


def post_holders(state: CorefState, m: Mention, wanted: list[str],
                 holds: Callable[[list[str], list[str]], bool]) -> dict[str, set[str]]:  # fmt: skip
    """Every person the article gives the post ``wanted`` (before or after ``m``),
    with the actors their titles speak for."""
    held: dict[str, set[str]] = {}
    for prev in state.mentions:
        key = state.linked.get(prev.id)
        if not key or not key.startswith("person/") or prev.id == m.id:
            continue
        for d in prev.descriptors:
            title = [_spelling(w) for w in d.title.lower().replace("-", " ").split()]
            if d.former or not holds(wanted, title):
                continue
            affiliated = {state.linked[a] for a in d.affiliations if a in state.linked}
            held.setdefault(key, set()).update(affiliated)
        for known in state.titles.get(key, []):
            if holds(wanted, [_spelling(w) for w in known.split()]):
                held.setdefault(key, set())
    return held


def subjects_before(state: CorefState, m: Mention) -> set[str]:
    """The people who are subjects earlier in ``m``'s sentence: the other side of
    what is done to a group ("Foreign Minister A met the three foreign ministers":
    A is none of the three)."""
    return {
        key
        for p in state.mentions[: m.id]
        if p.sent == m.sent and (key := state.linked.get(p.id, "")).startswith("person/")
        and state.is_subject(p)
    }  # fmt: skip


# Posts of a head of state or government: who "the two leaders" can be when no two
# people are named together near them.
HEAD_POSTS = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen",
                         "emir", "sultan", "taoiseach"})  # fmt: skip


def heads_of_state(state: CorefState, m: Mention) -> tuple[str, ...]:
    """The people the article titles head of a state or government, now (by
    title alone: "Indian Prime Minister X", "Y, the president of Peru"), in the
    order first named."""
    heads: dict[str, None] = {}
    for prev in state.mentions:
        key = state.linked.get(prev.id)
        if not key or not key.startswith("person/") or prev.id == m.id:
            continue
        titles = [d.title for d in prev.descriptors if not d.former]
        if any(" ".join(t.lower().split()) in HEAD_POSTS for t in titles):
            heads.setdefault(key, None)
    return tuple(heads)


def wanted_count(head: Token) -> int:
    """The number a plural phrase says: "the three ministers" 3, "both ministers" 2;
    0 when unsaid (a number that counts a possessor, "the two countries'", is not
    the phrase's own)."""
    for c in head.lefts:
        if c.lower_ in NUMBER_WORDS and c.dep_ in {"nummod", "quantmod", "amod", "compound"}:
            return NUMBER_WORDS[c.lower_]
        if c.lower_ == "both":
            return 2
    return 0


def owners_count(head: Token) -> int:
    """How many countries own a plural post, as said: "the three countries' foreign
    ministers", "the defence ministers of the two countries" (one holder each)."""
    owners = [c for c in head.lefts if c.dep_ == "poss"]
    owners += [o for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    for o in owners:
        if o.lower_ in PLURAL_STATE_NOUNS:
            said = [NUMBER_WORDS[c.lower_] for c in o.lefts if c.lower_ in NUMBER_WORDS]
            if said:
                return said[0]
            if any(c.lower_ == "both" for c in o.lefts):
                return 2
    return 0


def unnamed_holder(state: CorefState, m: Mention, wanted: list[str],
                   holds: Callable[[list[str], list[str]], bool]) -> bool:  # fmt: skip
    """A description of the post that no named person answers ("the Polish foreign
    minister" with no such minister named): the group has a member the article
    does not name."""
    for other in state.mentions:
        if other.kind != "description" or other.id == m.id:
            continue
        if state.linked.get(other.id, "").startswith("person/"):
            continue  # a holder the article names
        words = [_spelling(w.lower()) for w in other.text.split()]
        if holds(wanted, words):
            return True
    return False


def listed_group(state: CorefState, m: Mention) -> tuple[str, ...]:
    """The people an apposition list names as the head noun of ``m`` (or, failing
    that, a near-synonym of it) anywhere in the article: "The mediators - A, B and
    C - left", "the negotiators, A and B, said", "the envoys (A and B)". Two
    different lists for one noun tell nothing, except each at its own place."""
    head = state.doc[m.end - 1]
    noun = head.lower_
    lists = _lists(state, next((s for s in ROLE_SYNONYMS if noun in s), {noun}))
    if head.i in lists:
        return lists[head.i]
    for exact in (True, False):
        found = {frozenset(keys): keys for i, keys in lists.items()
                 if (state.doc[i].lower_ == noun) == exact}  # fmt: skip
        if found:
            return next(iter(found.values())) if len(found) == 1 else ()
    return ()


def _lists(state: CorefState, nouns: set[str] | frozenset[str]) -> dict[int, tuple[str, ...]]:
    """Token index of each of ``nouns`` an apposition list follows -> those listed."""
    doc = state.doc
    actor_at = _actor_spans(state)
    out: dict[int, tuple[str, ...]] = {}
    for tok in doc:
        if tok.lower_ not in nouns or tok.tag_ not in {"NNS", "NNPS"}:
            continue
        i = tok.i + 1
        if i >= len(doc) or doc[i].text not in _OPENERS:
            continue
        if doc[i].text == "-" and not tok.whitespace_:
            continue  # a hyphen, not a dash
        keys = _list_after(state, i + 1, _OPENERS[doc[i].text], actor_at)
        if len(keys) >= 2:
            out[tok.i] = tuple(keys)
    return out


def _actor_spans(state: CorefState) -> dict[int, str]:
    """Token index -> the named actor it is part of (a person, body or country; no
    place, pronoun or description)."""
    out: dict[int, str] = {}
    for m in state.mentions:
        key = state.linked.get(m.id)
        if m.kind in {"person", "org", "country", "group"} and key and not m.locative:
            out.update(dict.fromkeys(range(m.start, m.end), key))
    return out


def _list_after(state: CorefState, i: int, closers: set[str],
                actor_at: dict[int, str]) -> list[str]:  # fmt: skip
    """The actors a list from token ``i`` names, one per item (its last name:
    "Canadian envoy Ann Lowe" is Ann Lowe): items joined by commas and "and",
    closed by ``closers``, the comma after the last item or the sentence end;
    a verb, or an item with no name, makes it no list."""
    doc = state.doc
    end = doc[i - 1].sent.end
    keys: list[str] = []
    item: list[str] = []
    joined = False  # "and" before the last item: "A, B and C"
    while i < end:
        t = doc[i]
        glue = t.text == "," or t.lower_ in {"and", "&"}
        closing = t.text in closers and not (t.text == "," and not joined)
        if glue or closing or (t.is_punct and t.is_sent_end):
            if item:
                keys.append(item[-1])
            elif t.lower_ not in {"and", "&"} or not keys:
                return []  # an item with no name
            item = []
            if closing or (t.is_punct and t.is_sent_end) or (t.text == "," and joined and keys):
                break
            joined = joined or t.lower_ in {"and", "&"}
        elif t.pos_ in {"VERB", "AUX"}:
            return []  # "the mediators, A, said": a clause, not a list
        elif i in actor_at:
            item.append(actor_at[i])
        i += 1
    if not joined:
        return []  # "the envoys - A": no list without its "and"
    return list(dict.fromkeys(keys))


def said_pair(state: CorefState, m: Mention) -> tuple[str, ...]:
    """The actors of the pair a speaking "they" takes up (none if any is unknown)."""
    tok = state.doc[m.start]
    if not pair_speaks(tok):
        return ()
    distinct = linked_keys(state, subject_pair(state.doc[tok.sent.start - 1].sent))
    return distinct if len(distinct) >= 2 else ()


def linked_keys(state: CorefState, items: list[Token]) -> tuple[str, ...]:
    """The distinct actors the mentions over ``items`` are linked to, in order (none
    if any item has no actor)."""
    keys: list[str] = []
    for item in items:
        key = next((state.linked.get(p.id) for p in state.mentions
                    if p.start <= item.i < p.end and p.id in state.linked), None)  # fmt: skip
        if key is None:
            return ()
        keys.append(key)
    return tuple(dict.fromkeys(keys))
