"""CAMEO actor codes, as far as the text supports them.

* a country: its ISO 3166-1 alpha-3 code (``GBR``);
* a standing international body: its generic code from ``data/actor_codes.tsv`` (``IGO``);
* a person with a current post: the code of the country or body the post is for,
  followed by the role the title names (``GBRGOV`` for a foreign minister of the
  United Kingdom, ``GBROPP`` for a shadow minister, ``IGO`` for an EU official);
* an organisation: the role its name names (``MIL`` for an army), after the code of
  the country it belongs to when the text says so;
* codes given with the actor (a user's actor file) are kept as they are.

Role words are data (``data/actor_roles.tsv``): the longest phrase of a title wins.

>>> role_code("Shadow Foreign Secretary"), role_code("Secretary-General"), role_code("General")
('OPP', '', 'MIL')
>>> role_code("Attorney General"), role_code("Chief Executive"), role_code("Prime Minister")
('GOV', 'BUS', 'GOV')
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from kg.records import Actor, ActorType, ArticleFacts, RelationType

DATA = Path(__file__).resolve().parent / "data"
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_CODE = re.compile(r"[A-Z]{3}(?:[A-Z]{3}){0,4}")


def _table(name: str) -> dict[str, str]:
    with (DATA / name).open(encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        reader = csv.reader(lines, delimiter="\t")
        next(reader)
        return {row[0]: (row[1] if len(row) > 1 else "") for row in reader if row}


@cache
def role_phrases() -> dict[tuple[str, ...], str]:
    return {
        tuple(_WORD.findall(phrase)): code for phrase, code in _table("actor_roles.tsv").items()
    }


@cache
def body_codes() -> dict[str, str]:
    return _table("actor_codes.tsv")


def role_code(title: str) -> str:
    """The CAMEO role code a title or name names ("" when none)."""
    words = _WORD.findall(title.lower())
    phrases = role_phrases()
    longest = max((len(p) for p in phrases), default=0)
    best: tuple[int, str] | None = None
    for i in range(len(words)):
        for n in range(min(longest, len(words) - i), 0, -1):
            code = phrases.get(tuple(words[i : i + n]))
            if code is not None and (best is None or n > best[0]):
                best = (n, code)
                break
    return best[1] if best else ""


def is_code(text: str) -> bool:
    """A well-formed CAMEO actor code: one to five groups of three capital letters."""
    return bool(_CODE.fullmatch(text))


def own_code(actor: Actor) -> str:
    """The code an actor has whatever the text says: a country's ISO code, a body's code."""
    if actor.type is ActorType.COUNTRY and actor.iso3:
        return actor.iso3
    return body_codes().get(actor.key.lower(), "")


def actor_codes(facts: ArticleFacts) -> dict[str, tuple[str, ...]]:
    """Actor key -> its CAMEO codes, from this article's actors and posts."""
    actors = {a.key: a for a in facts.actors}
    codes: dict[str, list[str]] = {
        key: [c for c in a.codes if is_code(c)] for key, a in actors.items()
    }
    for key, actor in actors.items():
        base = own_code(actor)
        if actor.type is ActorType.ORGANIZATION and not base:
            base = role_code(actor.name)
        if base:
            codes[key].append(base)
    for rel in facts.relations:
        subject, body = actors.get(rel.subject), actors.get(rel.object)
        if subject is None or body is None or not rel.current:
            continue
        if rel.type is RelationType.MEMBERSHIP and not (
            subject.type is ActorType.ORGANIZATION and body.type is ActorType.COUNTRY
        ):
            continue  # a body of a country's state ("the parliament of X") takes its code
        where = own_code(body)
        if not where:
            continue
        if body.type is not ActorType.COUNTRY:
            role = ""  # a body's own code already says what it is
        elif subject.type is ActorType.PERSON:
            role = role_code(rel.role or "")
        else:
            role = role_code(subject.name)
        codes[rel.subject].append(where + role)
    return {key: _ordered(found) for key, found in codes.items() if found}


def _ordered(found: Iterable[str]) -> tuple[str, ...]:
    """Distinct codes, the most specific (longest) first."""
    return tuple(sorted(set(found), key=lambda c: (-len(c), c)))


def best_code(codes: Iterable[str]) -> str:
    """The code an events table shows for an actor: the most specific one.

    >>> best_code(["GBR", "GBRGOV"]), best_code([])
    ('GBRGOV', '')
    """
    ordered = _ordered(c for c in codes if is_code(c))
    return ordered[0] if ordered else ""
