"""One actor, one node: which actors of different articles are the same.

Each article names its actors by local keys (``person/blair``,
``org/confederation-of-british-industry``); :func:`resolve` decides, for every
(article, local key), the actor of the whole store it stands for, with the
reason. It is a pure function of the articles' actors, the user's decisions
and the actors the user listed, so the answer is the same whatever order the
articles came in. The rules, in order:

1. the same key is the same actor in every article; so is the same name typed
   differently ("person/maeve-hale" and "org/maeve-hale");
2. the user's decisions: ``merge`` joins two actors, ``split`` keeps a name
   apart from an actor (it also wins over the rules below);
3. a person named with a middle name left out ("Ann Vale" for "Ann B Vale") is
   the one person whose name that fits;
4. an organisation's acronym ("CBI") is the one organisation of the store whose
   initials it is (a closing "Union" or "Party" may be left out of them, and
   the acronym may carry it: "WS", "WS Union");
5. a bare surname ("Vale", or "Mr Vale" before the honorific was split off) is
   the one full-name person of the store with that surname; when several
   people share it, the one whose articles share the most actors with this
   article, and none when that does not decide; never one of the other sex
   ("Lady Vale", "Mrs Vale" for Tom Vale: the sex an article told, as
   foaf:gender), and a peer of a place ("Lord Vale", once "Lord Vale of
   Ardley") only one some article gave that title;
6. two different actors of one article never become one (the article told them
   apart), unless the user merged them.

Each resulting actor takes the key of a gazetteer or listed actor among its
members, else of its fullest, most cited name; one type (the most cited).

>>> recs = [LocalActor("a1", "person/ann-vale", "Person", "Ann Vale"),
...         LocalActor("a2", "person/vale", "Person", "Vale")]
>>> res = resolve(recs)
>>> res.mapping[("a2", "person/vale")], res.reasons[("a2", "person/vale")]
('person/ann-vale', "surname of the only person named 'Ann Vale'")
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.graph.name_forms import (
    acronym_keys,
    bare_acronym,
    fuller,
    may_be,
    name_words,
    part_of,
    stands_for,
    surname,
)

_DOMINANT = 10  # a person cited this many times more than any namesake is "the" one
_WELL_KNOWN = 3  # articles that make a gazetteer actor the store's own meaning of its name
_TYPE_ORDER = ("Person", "Organization", "Country", "Group", "Agreement")
_PREFIXES = ("person/", "org/", "country/", "group/")


@dataclass(frozen=True)
class LocalActor:
    """One actor as one article names it."""

    article: str  # article IRI (or any article id)
    key: str  # the article's key for it
    type: str  # Person | Organization | Country | Group | Agreement
    name: str
    forms: tuple[str, ...] = ()
    known: bool = False  # a gazetteer or listed actor: its key wins
    codes: tuple[tuple[str, str], ...] = ()  # ("wikidata", "Q42"), ("iso3", "GBR") ...
    listed: bool = False  # listed by the user: wins over the gazetteer
    sex: str = ""  # a person's, as the article told it: "m" (foaf:gender "male"), "f" or ""


@dataclass(frozen=True)
class Decisions:
    """What the user decided (``kg actors merge|split|rename``)."""

    merges: tuple[tuple[str, str], ...] = ()  # pairs of keys
    splits: tuple[tuple[str, str], ...] = ()  # (actor key, key kept apart from it)
    renames: tuple[tuple[str, str], ...] = ()  # (key, new name)


@dataclass
class Resolution:
    mapping: dict[tuple[str, str], str] = field(default_factory=dict)  # (article, key) -> key
    reasons: dict[tuple[str, str], str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # resolved key -> name
    types: dict[str, str] = field(default_factory=dict)  # resolved key -> type
    forms: dict[str, set[str]] = field(default_factory=dict)
    codes: dict[str, dict[str, str]] = field(default_factory=dict)


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _rest(key: str) -> str:
    return key.split("/", 1)[1] if "/" in key else key


def resolve(records: Iterable[LocalActor], decisions: Decisions | None = None) -> Resolution:
    """Decide which actor of the store each article's actor stands for."""
    records = sorted(records, key=lambda r: (r.article, r.key))
    decisions = decisions or Decisions()
    by_key: dict[str, list[LocalActor]] = defaultdict(list)
    for r in records:
        by_key[r.key].append(r)
    apart = {frozenset(p) for p in decisions.splits}
    uf = _Union()
    why: dict[str, str] = {}
    for key in by_key:
        uf.find(key)
    # 1. the same name typed differently
    by_rest: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        if key.startswith(_PREFIXES) and not any(r.known for r in by_key[key]):
            by_rest[_rest(key)].append(key)
    for keys in by_rest.values():
        for other in keys[1:]:
            if frozenset((keys[0], other)) not in apart:
                uf.union(keys[0], other)
                why.setdefault(other, f"the same name, '{by_key[keys[0]][0].name}'")
    # 2. the user's merges
    for a, b in decisions.merges:
        uf.union(a, b)
        why[b] = why[a] = "merged by hand (kg actors merge)"
    persons = {k: rs for k, rs in by_key.items() if _type_of(rs) == "Person"}
    words = {k: name_words(rs[0].name) for k, rs in persons.items()}
    full = {k: w for k, w in words.items() if len(w) >= 2}
    # 3. a middle name left out, a short first name ("Vince" for "Vincent"), among
    # the names ending in the same word (comparing every pair grows with the square)
    by_last: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for key, w in full.items():
        by_last[w[-1]][key] = w
    for key, w in full.items():
        fits = {uf.find(k) for k, fw in by_last[w[-1]].items() if k != key and fuller(fw, w)}
        if len(fits) == 1 and not _apart(apart, uf, key, next(iter(fits))):
            target = next(iter(fits))
            why.setdefault(key, f"'{_best_name(by_key, uf, target)}', named more fully elsewhere")
            uf.union(target, key)
    # 4. acronyms of organisations ("WS" and "WS Union" for the "Weavers and
    # Spinners Union"), and an acronym with and without its kind
    orgs = {k: rs for k, rs in by_key.items() if _type_of(rs) in {"Organization", "Group"}}
    long_by_initials: dict[str, set[str]] = defaultdict(set)
    by_acronym: dict[str, set[str]] = defaultdict(set)
    for k, rs in orgs.items():
        name = rs[0].name
        if (short := bare_acronym(name)) is not None:
            by_acronym[short].add(k)
        # a name that holds the short form itself ("BBC 1", "BBC News") is another
        # body bearing that name, not what it stands for
        elif " " in name:
            for letters in acronym_keys(name) - set(name.split()):
                long_by_initials[letters].add(uf.find(k))
    for short, same in sorted(by_acronym.items()):
        first, *rest = sorted(same)
        targets = long_by_initials.get(short, set()) - {uf.find(first)}
        if len(targets) == 1:
            target = next(iter(targets))
            reason = f"acronym of '{_best_name(by_key, uf, target)}'"
            for k in same:
                if not _apart(apart, uf, k, target):
                    why.setdefault(k, reason)
                    uf.union(target, k)
        for k in rest:
            if not _apart(apart, uf, first, k):
                why.setdefault(k, f"'{short}', with or without its kind")
                uf.union(first, k)
    # 4b. a short name an article could not place ("Labour" in a story that names
    # no country) is the store's one well-known actor of that name
    known_forms: dict[str, set[str]] = defaultdict(set)
    for k, rs in by_key.items():
        if any(r.known for r in rs) and len({r.article for r in rs}) >= _WELL_KNOWN:
            for r in rs:
                for f in (r.name, *r.forms):
                    known_forms[f.lower()].add(uf.find(k))
    for k, rs in orgs.items():
        if any(r.known or _article_own(r) for r in rs) or uf.find(k) != k:
            continue
        targets = known_forms.get(rs[0].name.lower(), set()) - {k}
        if len(targets) == 1 and not _apart(apart, uf, k, next(iter(targets))):
            target = next(iter(targets))
            why.setdefault(k, f"the store's one well-known actor called '{rs[0].name}', "
                              f"'{_best_name(by_key, uf, target)}'")  # fmt: skip
            uf.union(target, k)
    res = Resolution()
    clusters: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        clusters[uf.find(key)].append(key)
    canon = {root: _canonical(keys, by_key) for root, keys in clusters.items()}
    for r in records:
        key = canon[uf.find(r.key)]
        res.mapping[(r.article, r.key)] = key
        res.reasons[(r.article, r.key)] = why.get(r.key, "") if key != r.key else "its own name"
    # 5. bare surnames, article by article
    _surnames(records, words, full, uf, canon, apart, res)
    # 6. two actors of one article stay two
    _keep_article_actors_apart(records, decisions, res)
    _describe(records, decisions, res)
    return res


def _article_own(r: LocalActor) -> bool:
    """Whether ``r``'s key was minted for its article alone ("org/house-<article id>": a
    bare "the House" of a story that names no chamber, or two; "the Liberals"): another
    story's actor of that name, or a well-known one, is not it."""
    return r.key.endswith("-" + r.article.rsplit("/", 1)[-1].lower())


def _apart(apart: set[frozenset[str]], uf: _Union, a: str, b: str) -> bool:
    ra, rb = uf.find(a), uf.find(b)
    return any(len(p) == 2 and {uf.find(x) for x in p} == {ra, rb} for p in apart)


def _type_of(rs: list[LocalActor]) -> str:
    counts = Counter(r.type for r in rs)
    return max(_TYPE_ORDER, key=lambda t: (counts[t], -_TYPE_ORDER.index(t)))


def _best_name(by_key: dict[str, list[LocalActor]], uf: _Union, root: str) -> str:
    keys = [k for k in by_key if uf.find(k) == root]
    return by_key[_canonical(keys, by_key)][0].name


def _canonical(keys: list[str], by_key: dict[str, list[LocalActor]]) -> str:
    """The key that names a cluster: a known actor's, else the fullest, most cited name."""

    def rank(k: str) -> tuple[int, int, int, str]:
        rs = by_key[k]
        articles = len({r.article for r in rs})
        known = 2 if any(r.listed for r in rs) else int(any(r.known for r in rs))
        return (known, len(name_words(rs[0].name)), articles, k)

    return max(keys, key=rank)


def _surnames(
    records: list[LocalActor],
    words: dict[str, list[str]],
    full: dict[str, list[str]],
    uf: _Union,
    canon: dict[str, str],
    apart: set[frozenset[str]],
    res: Resolution,
) -> None:
    by_surname: dict[str, set[str]] = defaultdict(set)
    for k, w in full.items():
        last = surname(w)
        for part in {last, *last.split("-")}:  # "Kilroy" for "Kilroy-Silk"
            by_surname[part].add(canon[uf.find(k)])
    bare = {k for k, w in words.items() if len(w) == 1 and canon[uf.find(k)] == k}
    if not bare:
        return
    told = _told(records, uf, canon, set().union(*by_surname.values()))
    context = _contexts(records, res)
    rarity = _rarity(records)
    cited: Counter[str] = Counter()
    for _article, key in {(r.article, res.mapping[(r.article, r.key)]) for r in records}:
        cited[key] += 1
    for r in records:
        if r.key not in bare:
            continue
        people = sorted(by_surname.get(words[r.key][0], set()))
        people = [p for p in people if frozenset((r.key, p)) not in apart]
        people = [p for p in people if may_be(r.name, r.forms, r.sex, *told[p])]  # not "Lady Vale"
        if len(people) == 1:
            res.mapping[(r.article, r.key)] = people[0]
            res.reasons[(r.article, r.key)] = (
                f"surname of the only person named '{_name(records, res, people[0])}'"
            )
            continue
        if not people:
            continue
        mine = {res.mapping[(r.article, o.key)] for o in records if o.article == r.article} - {
            r.key
        }
        scores = {p: sum(rarity.get(k, 0.0) for k in mine & context.get(p, set())) for p in people}
        ranked = sorted(people, key=lambda p: -scores[p])
        top = max(people, key=lambda p: (cited[p], p))
        others = max(cited[p] for p in people if p != top)
        if cited[top] >= _DOMINANT * max(others, 1) and cited[top] >= _DOMINANT:
            res.mapping[(r.article, r.key)] = top
            res.reasons[(r.article, r.key)] = (
                f"surname of '{_name(records, res, top)}', by far the most cited of the "
                f"{len(people)} people with that surname ({cited[top]} articles against {others})"
            )
        elif scores[ranked[0]] > 0 and scores[ranked[0]] > scores[ranked[1]]:
            res.mapping[(r.article, r.key)] = ranked[0]
            res.reasons[(r.article, r.key)] = (
                f"surname of '{_name(records, res, ranked[0])}', whose articles share the most "
                f"actors with this one (of {len(people)} people with that surname)"
            )
        else:
            res.reasons[(r.article, r.key)] = (
                f"kept apart: {len(people)} people share the surname and the article does not "
                "tell which"
            )


def _told(
    records: list[LocalActor], uf: _Union, canon: dict[str, str], people: set[str]
) -> dict[str, tuple[set[str], set[str]]]:
    """Resolved key of ``people`` (the full names a surname may join) -> the sexes
    its articles told and the names they gave it."""
    out: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for r in records:
        if (key := canon[uf.find(r.key)]) not in people:
            continue
        sexes, forms = out[key]
        sexes.add(r.sex)
        forms.update(f.lower() for f in (r.name, *r.forms))
    return out


def _name(records: list[LocalActor], res: Resolution, key: str) -> str:
    names = Counter(r.name for r in records if r.key == key)
    return names.most_common(1)[0][0] if names else key


def _contexts(records: list[LocalActor], res: Resolution) -> dict[str, set[str]]:
    """Resolved key -> the resolved actors of the articles it appears in."""
    per_article: dict[str, set[str]] = defaultdict(set)
    for r in records:
        per_article[r.article].add(res.mapping[(r.article, r.key)])
    out: dict[str, set[str]] = defaultdict(set)
    for actors in per_article.values():
        for a in actors:
            out[a] |= actors - {a}
    return out


def _rarity(records: list[LocalActor]) -> dict[str, float]:
    """How telling it is that an actor is named in an article (rare actors tell more)."""
    articles = len({r.article for r in records}) or 1
    counts = Counter(k for k in {(r.article, r.key) for r in records})
    per_key = Counter(k for _, k in counts)
    return {k: math.log(1 + articles / n) for k, n in per_key.items()}


def _keep_article_actors_apart(
    records: list[LocalActor], decisions: Decisions, res: Resolution
) -> None:
    merged = {frozenset(p) for p in decisions.merges}
    by_article: dict[tuple[str, str], list[LocalActor]] = defaultdict(list)
    for r in records:
        by_article[(r.article, res.mapping[(r.article, r.key)])].append(r)
    for (_article, key), rs in by_article.items():
        if len(rs) < 2:
            continue
        keep = next((r for r in rs if r.key == key), None) or rs[0]
        for r in rs:
            if (
                r is keep
                or frozenset((r.key, keep.key)) in merged
                or part_of(r.name, keep.name)
                or stands_for(r.name, keep.name)
                or stands_for(keep.name, r.name)
            ):
                continue  # "Cable" beside "Vince Cable" typed as a body: the article missed the link
            res.mapping[(r.article, r.key)] = r.key
            res.reasons[(r.article, r.key)] = (
                f"kept apart from '{keep.name}', which the same article names separately"
            )


def _describe(records: list[LocalActor], decisions: Decisions, res: Resolution) -> None:
    """Name, type, forms and codes of every resolved actor."""
    members: dict[str, list[LocalActor]] = defaultdict(list)
    for r in records:
        members[res.mapping[(r.article, r.key)]].append(r)
    renames = dict(decisions.renames)
    for key, rs in members.items():
        own = [r for r in rs if r.key == key] or rs
        res.names[key] = Counter(r.name for r in own).most_common(1)[0][0]
        types = Counter(r.type for r in (own if any(r.known for r in own) else rs))
        res.types[key] = max(_TYPE_ORDER, key=lambda t: (types[t], -_TYPE_ORDER.index(t)))
        res.forms[key] = {f for r in rs for f in (r.name, *r.forms)}
        res.codes[key] = dict(c for r in own for c in r.codes)
    for key, name in renames.items():
        target = next((res.mapping[(r.article, r.key)] for r in records if r.key == key), None)
        if target is not None:
            res.forms[target].add(res.names[target])
            res.names[target] = name
