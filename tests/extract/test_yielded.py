"""Yielding told by idioms: giving way to a demand, letting another's inspectors or
peacekeepers in, sending an envoy back, a release told by a noun. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


def _yields(facts_of, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return coded(facts_of, text, EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Greece agreed to Albania's demand for a border commission.",
        "Greece gave in to Albania's demands over the border.",
        "Greece backed down to Albania over the fishing rights.",
        "Greece bowed to pressure from Albania and reopened the crossing.",
        "Greece yielded to Albanian pressure and opened the border.",
        "After a week, Greece caved in to Albania.",
        "Greece finally acceded to Albania's request for a new crossing.",
        "Greece climbed down in the face of Albania's demands.",
        "Under heavy pressure from Albania, Greece gave in and opened the border.",
        "Greece backed down under pressure from Albania.",
    ],
)
def test_giving_way_to_a_demand_yields_to_who_demands(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Greece", "Albania", "080") in _yields(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Greece refused to bow to Albania's demands.",  # negated
        "Greece will never give in to Albania's demands.",  # negated and to come
        "Greece may cave in to Albania.",  # hypothetical
        "The minister bowed to the Queen of Denmark.",  # a bow, no demand
        "Greece agreed to Albania's plan for the river.",  # a plan agreed, no demand
        "Greece bowed to public pressure and opened the border.",  # no one demands
        "Greece stood firm in the face of Albania's demands.",  # no yield
        "The rescuer climbed down to Ana Ruiz.",  # a climb
        "Under pressure from Albania, Greece did not give in.",  # negated
        "Under pressure from Albania, Greece agreed to the plan.",  # a plan agreed
    ],
)
def test_no_yield_to_a_demand_unless_asserted_and_demanded(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {row for row in _yields(facts_of, text) if row[2] == "080"}


@pytest.mark.parametrize(
    ("text", "host", "sender", "code"),
    [
        ("North Korea allowed IAEA inspectors into the Yongbyon plant.", "North Korea",
         "International Atomic Energy Agency", "0862"),
        ("North Korea let inspectors from the IAEA into the site on Friday.", "North Korea",
         "International Atomic Energy Agency", "0862"),
        ("Iran allowed UN inspectors to visit the site.", "Iran", "United Nations", "0862"),
        ("Sudan accepted African Union peacekeepers in Darfur.", "Sudan", "African Union", "0861"),
        ("Sudan let UN peacekeepers into Darfur.", "Sudan", "United Nations", "0861"),
    ],
)  # fmt: skip
def test_letting_another_bodys_people_in_is_yielding(  # type: ignore[no-untyped-def]
    facts_of, text: str, host: str, sender: str, code: str
) -> None:
    assert (host, sender, code) in _yields(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea refused to allow IAEA inspectors into the plant.",  # refused
        "Sudan would not allow UN peacekeepers into Darfur.",  # negated
        "North Korea allowed inspectors into the plant.",  # from no one named
        "Sudan allowed UN vehicles into Darfur.",  # no people let in
    ],
)
def test_no_yield_when_no_ones_people_are_let_in(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Sweden returned its ambassador to Turkey in June.",
        "Sweden sent its ambassador back to Turkey after a year.",
        "After the row ended, Sweden returned its envoy to Turkey.",
    ],
)
def test_sending_an_envoy_back_mends_ties(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Sweden", "Turkey", "050") in _yields(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sweden sent its ambassador to Turkey.",  # a posting, no return
        "Sweden refused to return its ambassador to Turkey.",  # refused
        "Sweden returned the stolen paintings to Turkey.",  # no envoy
    ],
)
def test_no_envoy_sent_back(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {row for row in _yields(facts_of, text) if row[2] == "050"}


@pytest.mark.parametrize(
    ("text", "freer", "freed"),
    [
        ("Iran's release of Iraqi prisoners was welcomed in Baghdad.", "Iran", "Iraq"),
        ("Peru's release of the Chilean sailors ended the row.", "Peru", "Chile"),
        ("Iran announced the release of 40 Iraqi prisoners on Monday.", "Iran", "Iraq"),
    ],
)
def test_a_release_of_captives_told_by_a_noun(facts_of, text: str, freer: str, freed: str) -> None:  # type: ignore[no-untyped-def]
    assert (freer, freed, "084") in _yields(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iraq called for the release of Iraqi prisoners held by Iran.",  # asked for
        "Iran's release of its annual report was delayed.",  # no captive
        "A possible release of Iraqi prisoners by Iran was discussed.",  # only possible
    ],
)
def test_no_release_of_captives_when_none_is_freed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {row for row in _yields(facts_of, text) if row[2] == "084"}


@pytest.mark.parametrize(
    ("text", "sender", "home"),
    [
        ("Iran handed the captured sailors back to Britain.", "Iran", "United Kingdom"),
        ("Iran returned the captured sailors to Britain on Friday.", "Iran", "United Kingdom"),
        ("Iran returned the British sailors on Friday.", "Iran", "United Kingdom"),
        ("Iraq returned 20 Iranian prisoners of war to Iran.", "Iraq", "Iran"),
    ],
)
def test_captives_sent_home_are_released(facts_of, text: str, sender: str, home: str) -> None:  # type: ignore[no-untyped-def]
    assert (sender, home, "0841") in _yields(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Britain returned 50 Afghan migrants to Afghanistan.",  # deported
        "Spain sent 40 Moroccans back to Morocco.",  # deported
        "Guards returned the prisoners to their cells.",  # to no state
        "Iran refused to return the British sailors.",  # refused
    ],
)
def test_no_captives_sent_home(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {row for row in _yields(facts_of, text) if row[2] == "0841"}
