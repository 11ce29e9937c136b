"""CAMEO codes as data: every code's root, quad class and Goldstein value; the
ontology's event types mapped to codes that exist; the code an event carries."""

from __future__ import annotations

import pytest

from kg.graph.cameo import cameo, codes, event_code, type_codes

VERBAL = {"statement", "appeal", "criticise", "accuse", "demand", "reject", "threaten",
          "praise", "support", "agree", "meet", "consult", "negotiate", "phone-call"}  # fmt: skip


def test_the_table_is_complete_and_consistent() -> None:
    table = codes()
    assert len(table) == 311 and {c.root for c in table.values()} == {
        f"{r:02d}" for r in range(1, 21)
    }
    for code in table.values():
        assert -10 <= code.goldstein <= 10
        assert code.root in table, code  # every code has its root
        assert code.quad == {1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 2}.get(
            int(code.root), 3 if int(code.root) <= 14 else 4
        )


@pytest.mark.parametrize(
    ("code", "quad", "goldstein"),
    [("036", 1, 4.0), ("040", 1, 1.0), ("042", 1, 1.9), ("043", 1, 2.8), ("046", 1, 7.0),
     ("057", 1, 8.0), ("070", 2, 7.0), ("111", 3, -2.0), ("112", 3, -2.0), ("130", 3, -4.4),
     ("163", 4, -8.0), ("190", 4, -10.0)],
)  # fmt: skip
def test_published_values(code: str, quad: int, goldstein: float) -> None:
    found = cameo(code)
    assert found is not None and found.quad == quad and found.goldstein == goldstein


def test_every_event_type_maps_to_a_real_code_and_no_verbal_type_to_force() -> None:
    mapped = type_codes()
    assert {"criticise", "attack", "sign", "visit"} <= set(mapped)
    for name, code in mapped.items():
        assert cameo(code) is not None, (name, code)
    for name in VERBAL & set(mapped):
        found = cameo(mapped[name])
        assert found is not None and found.quad in (1, 3), name  # verbal, never material
    assert [n for n, c in mapped.items() if c.startswith(("18", "19", "20"))] == ["attack"]


def test_an_event_keeps_its_own_code_else_its_types() -> None:
    own = event_code("111", "attack")  # "attacked the plans": criticism, whatever its type
    assert own is not None and (own.code, own.quad_name) == ("111", "verbal conflict")
    fallback = event_code("", "sanction")
    assert fallback is not None and (fallback.code, fallback.quad) == ("163", 4)
    assert event_code("999", "meet").code == "040"  # type: ignore[union-attr]
