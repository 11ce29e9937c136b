"""Charges named by their deed (kg.extract.charged_deeds): a name before the deed, or the
place of an "at" phrase, is the scene or the accused, never whoever made the charge."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed

SCENES = [
    ("Karl Lind rejected allegations of fraud at Norbank.", "Karl Lind", "Norbank"),
    ("Karl Lind denied allegations of insider trading at Norbank.", "Karl Lind", "Norbank"),
    ("Paul Varga denies Norbank fraud.", "Paul Varga", "Norbank"),
    ("Paul Varga has always denied the Norbank fraud.", "Paul Varga", "Norbank"),
    ('Paul Varga dismissed the Norbank fraud claims as "nonsense".', "Paul Varga", "Norbank"),
    ('Karl Lind called the Norbank fraud claims "lies".', "Karl Lind", "Norbank"),
]


@pytest.mark.parametrize(("text", "speaker", "scene"), SCENES)
def test_the_scene_of_a_denied_deed_is_no_one_opposed(  # type: ignore[no-untyped-def]
    facts_of, text: str, speaker: str, scene: str
) -> None:
    found = directed(facts_of(text), EventKind.CONFLICT, factual_only=False)
    assert (speaker, scene) not in found
    assert (scene, speaker) not in found  # nor the accuser of the speaker


def test_a_headline_denial_of_a_deed_opposes_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Paul Varga, the former head of Norbank, told a court in Oslo on Monday that he "
        "knew nothing of the accounting fraud.",
        title="Varga denies Norbank fraud",
    )
    assert ("Paul Varga", "Norbank") not in directed(facts, EventKind.CONFLICT, factual_only=False)


@pytest.mark.parametrize(
    ("text", "speaker", "accuser"),
    [
        ("Karl Lind dismissed Norbank's claims of fraud.", "Karl Lind", "Norbank"),
        ("Karl Lind denied the fraud allegations made by Norbank.", "Karl Lind", "Norbank"),
        ("Velcor Steel dismissed Peru's claims of price fixing.", "Velcor Steel", "Peru"),
        ("Tomas Ruiz rejected Chile's bribery allegations.", "Tomas Ruiz", "Chile"),
        ("Tomas Ruiz denied accusations by Chile of bribery.", "Tomas Ruiz", "Chile"),
    ],
)
def test_a_named_accuser_is_still_opposed(  # type: ignore[no-untyped-def]
    facts_of, text: str, speaker: str, accuser: str
) -> None:
    assert (speaker, accuser) in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Karl Lind condemned the Norbank fraud.", ("Karl Lind", "Norbank")),  # the doer's deed
        ("Peru accused Chile of fraud.", ("Peru", "Chile")),
        ("Chile criticised Peru's corruption.", ("Chile", "Peru")),
    ],
)
def test_charges_and_condemned_deeds_stay(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)
