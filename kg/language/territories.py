"""Dependent territories and the states they belong to: New Caledonia is France's,
Guam the United States', Greenland Denmark's (``data/territories.tsv``, general
knowledge by ISO code). What a state sends to its own territory it sends at home:
"France sent 300 police officers to New Caledonia" is no aid to another party.

>>> sovereign_of("country/NCL")
'country/FRA'
>>> sovereign_of("country/FRA") is None
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _sovereigns() -> dict[str, str]:
    text = resources.files("kg.language").joinpath("data", "territories.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {f"country/{a.strip()}": f"country/{b.strip()}" for a, b in rows}


def sovereign_of(key: str) -> str | None:
    """The key of the state the territory ``key`` belongs to, or None."""
    return _sovereigns().get(key)


def at_home(agents: list[str], targets: list[str]) -> bool:
    """Whether every one of ``targets`` is a territory of one of ``agents``: "the United
    States sent 200 marines to Guam" gives Guam nothing from the United States."""
    return bool(targets) and all(sovereign_of(t) in agents for t in targets)
