"""CAMEO event codes: name, root, quad class and Goldstein value, read from data.

``data/cameo.tsv`` holds every CAMEO event code with its name and its value on
the Goldstein (1992) conflict-cooperation scale, and the quad class of each root
code (sources named in the file). The root of a code is its first two digits;
its quad class is its root's.

>>> c = cameo("111")
>>> c.name, c.root, c.quad, c.quad_name, c.goldstein
('criticize or denounce', '11', 3, 'verbal conflict', -2.0)
>>> cameo("190").quad_name, cameo("057").goldstein
('material conflict', 8.0)
>>> cameo("999") is None
True

An event's code is its own (set by the extractor from its trigger) or else the
CAMEO code of its event type in the ontology's ``kgt:`` scheme:

>>> type_code("criticise"), type_code("sign"), type_code("no-such-type")
('111', '057', '')
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from kg.graph.shipped import ontology_file

DATA = Path(__file__).resolve().parent / "data" / "cameo.tsv"
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
_CAMEO_CODE = "https://w3id.org/kg/ontology#cameoCode"
_TYPES = "https://w3id.org/kg/event-type/"


@dataclass(frozen=True)
class CameoCode:
    code: str  # "111"
    name: str  # "criticize or denounce"
    goldstein: float  # -10 (most conflictual) .. +10 (most cooperative)
    quad: (
        int  # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    )

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_name(self) -> str:
        return QUAD_NAMES[self.quad]


@cache
def codes() -> dict[str, CameoCode]:
    """Every CAMEO event code, by code."""
    with DATA.open(encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        rows = list(csv.DictReader(lines, delimiter="\t"))
    quads = {r["code"]: int(r["quad"]) for r in rows if r["quad"]}
    return {
        r["code"]: CameoCode(r["code"], r["name"], float(r["goldstein"]), quads[r["code"][:2]])
        for r in rows
    }


def cameo(code: str) -> CameoCode | None:
    """The CAMEO code ``code`` ("111"), or None when CAMEO has no such code."""
    return codes().get(code)


@cache
def type_codes() -> dict[str, str]:
    """kg event type name ("criticise") -> its CAMEO code, from the ontology."""
    found: dict[str, str] = {}
    quads = ox.parse(path=str(ontology_file()), format=ox.RdfFormat.TURTLE)
    for quad in quads:
        s, p, o = quad.subject, quad.predicate, quad.object
        if (p.value == _CAMEO_CODE and isinstance(s, ox.NamedNode)
                and isinstance(o, ox.Literal) and s.value.startswith(_TYPES)):  # fmt: skip
            found[s.value[len(_TYPES) :]] = o.value
    return found


def type_code(event_type: str) -> str:
    """The CAMEO code of a kg event type ("" when the ontology maps it to none)."""
    return type_codes().get(event_type, "")


def event_code(code: str, event_type: str) -> CameoCode | None:
    """The CAMEO code of an event: its own ``code`` when CAMEO knows it, else its type's."""
    return cameo(code) if code and cameo(code) else cameo(type_code(event_type))
