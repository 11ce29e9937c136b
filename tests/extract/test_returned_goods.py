"""Goods given, handed over or given back (kg.extract.returned_goods, the ``goods-object``
rows of the trigger table): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    "text",
    [
        "Austria returned 120 bronzes to Ghana on Monday.",
        "Austria returned hundreds of looted artefacts to Ghana.",
        "Dozens of stolen statues were returned to Ghana by Austria.",
        "Austria repatriated the looted manuscripts to Ghana.",
        "Austria's return of 120 bronzes to Ghana was praised.",
        "The return of the sculptures to Ghana by Austria was praised.",
        "Austria's restitution of 26 artefacts to Ghana took place in May.",
    ],
)
def test_property_given_back_to_a_state(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Austria", "Ghana") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Austria handed over 20 bronzes to Ghana.",
        "The relics were handed over to Ghana by Austria in June.",
        "Austria donated the artefacts to Ghana.",
        "Austria gave Ghana the manuscripts.",
        "Austria's handover of two patrol boats to Ghana took place in Accra.",
    ],
)
def test_property_words_work_in_every_giving_construction(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Austria", "Ghana") in directed(facts_of(text), EventKind.COOPERATION)


def test_a_return_of_property_is_coded_as_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of("Austria returned 120 bronzes to Ghana.").events
              if e.kind is EventKind.COOPERATION]  # fmt: skip
    assert {e.cameo for e in events} == {"084"}


@pytest.mark.parametrize(
    "text",
    [
        "Austria returned its ambassador to Vienna.",  # a person, and its own
        "Austria returned 20 migrants to Ghana.",  # people sent back
        "Austria returned fire on the rebels in Ghana.",
        "The Austrian minister returned to Ghana in May.",
        "The return of the envoy to Ghana was announced.",
        "Austria returned the favour to Ghana.",
        "Ghana's return to the African Union was welcomed.",
        "Austria handed over power to Ghana.",
        "Austria handed the chairmanship to Ghana.",
        "Ghana demanded that Austria return the bronzes.",
        "Ghana asked Austria to return the bronzes.",
        "Austria refused to return the bronzes to Ghana.",
        "Austria will hand over the bronzes to Ghana next year.",
        "Austria may return the bronzes to Ghana.",
        "Austria has not returned the bronzes to Ghana.",
    ],
)
def test_no_goods_given_back(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.COOPERATION)
    assert ("Austria", "Ghana") not in pairs and ("Ghana", "Austria") not in pairs
