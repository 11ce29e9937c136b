"""The public API of the package is pinned: what ``import kg`` offers, that each
name resolves to something documented, and that importing kg stays cheap."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

import kg

EXCEPTIONS = [
    "ConfigError",
    "ExtractionError",
    "InputError",
    "KGError",
    "QueryError",
    "StoreBusyError",
    "StoreError",
]
FUNCTIONS = [
    "centrality",
    "communities",
    "event_graph",
    "ingest",
    "ingest_texts",
    "meeting_graph",
    "open_store",
    "party_graph",
    "query",
    "query_frame",
    "relation_graph",
    "restrict",
    "shipped_queries",
    "write_page",
]
RECORDS = ["Article", "IngestReport"]


def test_public_names() -> None:
    assert sorted(kg.__all__) == sorted([*EXCEPTIONS, *FUNCTIONS, *RECORDS, "__version__"])
    assert set(kg.__all__) <= set(dir(kg))


def test_one_exception_root() -> None:
    for name in EXCEPTIONS:
        obj = getattr(kg, name)
        assert isinstance(obj, type) and issubclass(obj, kg.KGError)


@pytest.mark.parametrize("name", FUNCTIONS + RECORDS)
def test_each_name_is_documented(name: str) -> None:
    obj = getattr(kg, name)
    assert callable(obj)
    assert inspect.getdoc(obj), f"kg.{name} has no docstring"
    assert f"``{name}``" in (kg.__doc__ or "")  # listed in the package's own table


def test_store_first_signatures() -> None:
    for name in ("ingest", "ingest_texts", "query", "query_frame", "relation_graph"):
        first = next(iter(inspect.signature(getattr(kg, name)).parameters))
        assert first == "store", name
    assert list(inspect.signature(kg.write_page).parameters)[:2] == ["graph", "out"]


def test_unknown_names_are_attribute_errors() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        kg.nothing_here  # noqa: B018


def test_importing_kg_is_cheap() -> None:
    code = (
        "import sys, kg; heavy = ('kg.graph', 'kg.network', 'kg.run', 'kg.view', 'pyoxigraph', "
        "'networkx', 'spacy', 'pandas'); print([m for m in heavy if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
