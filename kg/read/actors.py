"""Actor lists users bring: ``kg ingest --actors FILE``.

A file lists actors with their names, aliases, type, country and codes, as CSV
(``.csv``), TSV (``.tsv``/``.txt``) or JSON (``.json``: an array of objects, or
``{"actors": [...]}``). Columns / keys:

===========  ================================================================
``name``     the name to show (required)
``aliases``  other names, separated by ``|`` (a JSON list in JSON)
``type``     ``person``, ``organization`` (``org``), ``country`` or ``group``
             (default ``organization``)
``country``  the country the actor belongs to (ISO code or name), optional
``cameo``    CAMEO actor code, optional (``USAGOV``)
``iso``      ISO 3166 code of a country, optional
``wikidata`` Wikidata id, optional (``Q42``)
``start``,   a date range (ISO dates, either may be empty) in which ``cameo``
``end``      holds; repeat the row (same ``name``) for each range. In JSON:
             ``"periods": [{"cameo": ..., "start": ..., "end": ...}]``
===========  ================================================================

>>> rows = read_actors_text("name,aliases,type,cameo\\nGuild of Weavers,the Guild|GoW,org,WVR\\n", ".csv")
>>> rows[0].key, rows[0].aliases, rows[0].cameo
('org/guild-of-weavers', ('the Guild', 'GoW'), 'WVR')
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.records import ActorType, CodePeriod, ListedActor

_TYPES = {
    "person": ActorType.PERSON,
    "people": ActorType.PERSON,
    "organization": ActorType.ORGANIZATION,
    "organisation": ActorType.ORGANIZATION,
    "org": ActorType.ORGANIZATION,
    "country": ActorType.COUNTRY,
    "state": ActorType.COUNTRY,
    "group": ActorType.GROUP,
}
_PREFIX = {
    ActorType.PERSON: "person",
    ActorType.ORGANIZATION: "org",
    ActorType.COUNTRY: "country",
    ActorType.GROUP: "group",
}
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def listed_key(type_: ActorType, name: str, iso: str | None = None) -> str:
    """The actor key of a listed actor: a country with an ISO alpha-3 code keeps
    it (so it is the same actor as the built-in country), any other actor is
    named by its name.

    >>> listed_key(ActorType.COUNTRY, "Freedonia", "FRD"), listed_key(ActorType.PERSON, "Anna Ek")
    ('country/FRD', 'person/anna-ek')
    """
    if type_ is ActorType.COUNTRY and iso and re.fullmatch(r"[A-Z]{3}", iso):
        return f"country/{iso}"
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower().replace("'", "")).strip("-")
    return f"{_PREFIX[type_]}/{slug or 'x'}"


def read_actors(path: str | Path) -> list[ListedActor]:
    """The actors listed in a CSV, TSV or JSON file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read actors file {path}: {exc}") from None
    return read_actors_text(text, path.suffix.lower(), source=str(path))


def read_actors_text(text: str, suffix: str, *, source: str = "actors") -> list[ListedActor]:
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}: invalid JSON: {exc}") from None
        items = data.get("actors") if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise InputError(f"{source}: expected a list of actors")
        return _combine(_from_json(item, source, n) for n, item in enumerate(items, 1))
    delimiter = "," if suffix == ".csv" else "\t"
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    if not reader.fieldnames or "name" not in [f.strip().lower() for f in reader.fieldnames]:
        raise InputError(f"{source}: the first line must name the columns, with 'name' among them")
    rows = []
    for n, row in enumerate(reader, 2):
        clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        rows.append(_from_row(clean, source, n))
    return _combine(rows)


def _from_json(item: Any, source: str, n: int) -> ListedActor:
    if not isinstance(item, dict):
        raise InputError(f"{source}: actor {n} is not an object")
    codes: dict[str, Any] = item["codes"] if isinstance(item.get("codes"), dict) else {}
    row = {k: item.get(k) or codes.get(k) for k in ("name", "type", "country", "cameo", "iso",
                                                      "wikidata")}  # fmt: skip
    aliases = item.get("aliases") or []
    row["aliases"] = "|".join(aliases) if isinstance(aliases, list) else str(aliases)
    actor = _from_row({k: str(v).strip() if v else "" for k, v in row.items()}, source, n)
    periods = []
    for p in item.get("periods") or []:
        if isinstance(p, dict) and p.get("cameo"):
            periods.append(_period(str(p["cameo"]), p.get("start"), p.get("end"), source, n))
    return replace(actor, periods=tuple(periods))


def _from_row(row: dict[str, str], source: str, n: int) -> ListedActor:
    name = " ".join(row.get("name", "").split())
    if not name:
        raise InputError(f"{source}:{n}: an actor needs a name")
    kind = row.get("type", "").lower() or "organization"
    if kind not in _TYPES:
        raise InputError(
            f"{source}:{n}: unknown type {kind!r} (person, organization, country, group)"
        )
    type_ = _TYPES[kind]
    iso = row.get("iso") or None
    aliases = tuple(dict.fromkeys(a.strip() for a in row.get("aliases", "").split("|")
                                  if a.strip() and a.strip() != name))  # fmt: skip
    cameo = row.get("cameo") or None
    periods: tuple[CodePeriod, ...] = ()
    if cameo and (row.get("start") or row.get("end")):
        periods = (_period(cameo, row.get("start"), row.get("end"), source, n),)
        cameo = None
    return ListedActor(listed_key(type_, name, iso), type_, name, aliases,
                       row.get("country") or None, cameo, iso, row.get("wikidata") or None,
                       periods)  # fmt: skip


def _period(code: str, start: Any, end: Any, source: str, n: int) -> CodePeriod:
    for day in (start, end):
        if day and not _DATE.fullmatch(str(day)):
            raise InputError(f"{source}:{n}: dates are YYYY-MM-DD, not {day!r}")
    return CodePeriod(code, str(start) if start else None, str(end) if end else None)


def _combine(actors: Iterable[ListedActor]) -> list[ListedActor]:
    """Rows with the same name are one actor: their aliases and periods add up."""
    out: dict[str, ListedActor] = {}
    for a in actors:
        prev = out.get(a.key)
        if prev is None:
            out[a.key] = a
            continue
        out[a.key] = replace(
            prev,
            aliases=tuple(dict.fromkeys(prev.aliases + a.aliases)),
            periods=prev.periods + a.periods,
            cameo=prev.cameo or a.cameo,
            country=prev.country or a.country,
            iso=prev.iso or a.iso,
            wikidata=prev.wikidata or a.wikidata,
        )
    return list(out.values())
