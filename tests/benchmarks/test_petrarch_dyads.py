"""The PETRARCH dictionary converter: the types it gives actors the dictionary leaves untyped."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "kg_petrarch_dyads", ROOT / "benchmarks" / "petrarch_dyads.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "code", "kind"),
    [
        ("United States", "USA", "country"),  # two words and a three-letter code: no person
        ("South Korea", "KOR", "country"),
        ("World Bank", "IBR", "organization"),
        ("Varnia", "VAR", "country"),  # unknown to the gazetteer: the code decides
        ("Varnian Council", "VARGOV", "organization"),
        ("Tomas Lind", "VAR", "person"),
        ("President Ana Ruiz", "VARGOV", "person"),
    ],
)
def test_types_of_converted_actors(name: str, code: str, kind: str) -> None:
    assert load()._type(name, code) == kind


def test_a_converted_dictionary_keeps_a_known_country_a_country() -> None:
    rows = load().convert("UNITED_STATES [USA]\n+USA\nTOMAS_LIND [VAR]\n")
    assert [(r["name"], r["type"]) for r in rows] == [
        ("United States", "country"),
        ("Tomas Lind", "person"),
    ]


def test_a_repeated_record_id_gets_its_own(tmp_path: Path) -> None:
    lines = [
        '{"id": "A-1", "text": "One.", "events": [{"source": "VAR", "target": "USA"}]}',
        '{"id": "A-1", "text": "Two.", "events": [{"source": "USA", "target": "VAR"}]}',
        '{"id": "A-2", "text": "None.", "events": []}',
    ]
    suite = tmp_path / "suite.jsonl"
    suite.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [r["id"] for r in load().records(suite)] == ["A-1", "A-1~2"]
