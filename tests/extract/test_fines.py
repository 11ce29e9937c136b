"""A fine is a sanction by whoever imposes it ("fined X", "was fined by Y", "imposed
a fine on X")."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The European Commission fined Microsoft 500 million euros.",
            ("European Commission", "Microsoft"),
        ),
        (
            "Microsoft was fined by the European Commission on Wednesday.",
            ("European Commission", "Microsoft"),
        ),
        (
            "The European Commission has fined Acme Corp for abusing its dominance.",
            ("European Commission", "Acme Corp"),
        ),
        (
            "The European Commission imposed a record fine on Microsoft.",
            ("European Commission", "Microsoft"),
        ),
    ],
)
def test_a_fine_sanctions_the_fined(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    events = facts_of(text).events
    assert pair in directed(facts_of(text), EventKind.CONFLICT)
    assert any(e.type == "sanction" and e.cameo == "163" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft was fined for late filings.",  # no one named fines
        "The weather in Serbia was fine on Monday.",  # no fine
        "The European Commission could fine Microsoft next year.",  # not done
    ],
)
def test_no_fine_done_by_anyone_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Serbia imposed an asset freeze on Croatian officials.", ("Serbia", "Croatia")),
        ("The EU ordered an asset freeze against Syrian officials.", ("European Union", "Syria")),
        (
            "The US imposed an asset freeze on President Ivo Tadic.",
            ("United States", "Ivo Tadic"),
        ),
    ],
)
def test_an_asset_freeze_on_someone_sanctions_them(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Iran agreed to a freeze on its uranium enrichment.",  # its own
        "The government of Serbia imposed a hiring freeze on the civil service.",  # no one
        "Serbia put a freeze on petrol taxes in its new budget.",  # a tax
    ],
)
def test_a_freeze_of_no_ones_assets_sanctions_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
