"""A warning of the warner's own force or sanctions against someone is a threat."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def _threats(facts) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        (names[a], names[t], e.cameo)
        for e in facts.events
        if e.kind is EventKind.CONFLICT and e.type == "threaten" and e.factual
        for a in e.actors("agent")
        for t in e.actors("target")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbia warned of military action against Croatia if the talks failed.",
            ("Serbia", "Croatia", "138"),
        ),
        ("China warned on Monday of retaliation against Japan.", ("China", "Japan", "138")),
        ("Russia warned of the use of force against Georgia.", ("Russia", "Georgia", "138")),
        (
            "Washington warned of sanctions against Iran over the tests.",
            ("United States", "Iran", "130"),
        ),
        ("The EU warned of tariffs on American goods.", ("European Union", "United States", "130")),
    ],
)
def test_warned_of_its_own_act_against_someone(
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in _threats(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The US warned of a Russian offensive against Ukraine.",  # another's act
        "Britain warned of attacks on hotels in Kenya.",  # a forecast of others' attacks
        "Police warned of retaliation by the Red Hand gang against Ireland.",  # by another
        "Russia warned of the use of nuclear weapons.",  # against no one
    ],
)
def test_a_warning_of_someone_elses_act_threatens_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not _threats(facts)
    assert ("United States", "Ukraine") not in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam warned Cambodia that its patrols near the islands were unacceptable.",
         ("Vietnam", "Cambodia", "130")),
        ("Hanoi has warned Cambodia its boats must leave the river.",
         ("Vietnam", "Cambodia", "130")),
        ("Cambodia was warned by Vietnam that its patrols were unacceptable.",
         ("Vietnam", "Cambodia", "130")),
        ("Kenya warned Uganda that its troops must not cross the border.",
         ("Kenya", "Uganda", "130")),
        ("On Tuesday Chile's foreign minister, Ana Ruiz, warned Bolivia that its fishing boats "
         "must stay out of Chilean waters.", ("Ana Ruiz", "Bolivia", "130")),
    ],
)  # fmt: skip
def test_a_warning_told_by_a_clause_about_the_warned(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _threats(facts_of(text))


@pytest.mark.parametrize(
    ("text", "warner", "other"),
    [
        ("Vietnam warned that prices would rise.", "Vietnam", "Cambodia"),
        ("Vietnam warned its citizens that travel to the region was dangerous.", "Vietnam",
         "Vietnam"),
        ("The Vietnamese minister, Le Van Hoa, warned reporters that the talks would fail.",
         "Le Van Hoa", "Vietnam"),
        ("Vietnam warned Cambodia and Laos could benefit from the deal.", "Vietnam", "Cambodia"),
        ("Vietnam warned investors that Cambodia would slow down.", "Vietnam", "Cambodia"),
        ("Ana Ruiz warned Bolivia that the talks would fail.", "Ana Ruiz", "Bolivia"),
    ],
)  # fmt: skip
def test_a_warning_about_no_one_warned_is_none(  # type: ignore[no-untyped-def]
    facts_of, text: str, warner: str, other: str
) -> None:
    facts = facts_of(text)
    assert (warner, other) not in directed(facts, EventKind.CONFLICT, factual_only=False)
    assert (warner, "Laos") not in directed(facts, EventKind.CONFLICT, factual_only=False)


def test_a_warning_not_given_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    for text in ("Vietnam did not warn Cambodia that its patrols were unacceptable.",
                 "Vietnam may warn Cambodia that its patrols are unacceptable."):  # fmt: skip
        assert ("Vietnam", "Cambodia") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # "it" is the warner's own side (the navy named before), not the warned
        "The Vietnamese navy doubled its patrols on Monday. It warned Cambodia that it must "
        "defend its waters.",
        "The Kenyan army moved troops north on Friday. It warned Uganda that it must guard "
        "the border.",
        "Chile's navy tracked the ship for days. It warned Peru that it must patrol "
        "the coast.",
    ],
)
def test_a_pronoun_of_the_warners_own_side_makes_no_warned_target(  # type: ignore[no-untyped-def]
    facts_of, text: str
) -> None:
    assert not _threats(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam warned Cambodia that it must withdraw its boats from the river.",
         ("Vietnam", "Cambodia", "130")),
        ("The Kenyan army moved troops north. Kenya warned Uganda that it must pull back "
         "its forces.", ("Kenya", "Uganda", "130")),
    ],
)  # fmt: skip
def test_a_pronoun_of_the_warned_still_tells_a_warning(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _threats(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru warned Chile that it would not tolerate further incursions into its waters.",
         ("Peru", "Chile")),
        ("Kenya warned Uganda that it would not accept any more refugees.", ("Kenya", "Uganda")),
        ("Ghana warned Togo it would not allow its airspace to be used for attacks.",
         ("Ghana", "Togo")),
        ("The Chilean navy warned Peru on Monday that Chile would never accept the new border.",
         ("Chile", "Peru")),
        # others' refusal, no refusal, no warning, no one warned: no threat
        ("Peru warned Chile that investors would not accept the plan.", None),
        ("Peru warned Chile that it would accept the ruling.", None),
        ("Peru did not warn Chile that it would not tolerate incursions.", None),
        ("Peru warned that it would not tolerate further incursions.", None),
    ],
)  # fmt: skip
def test_a_warning_of_what_the_warner_would_not_tolerate(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = _threats(facts_of(text))
    assert (*expected, "130") in found if expected else not found


@pytest.mark.parametrize(
    "text",
    [
        "Peru warned Chile that it would not allow Bolivia to join the bloc.",
        "Peru warned Chile that it would not accept Bolivian troops on its soil.",
        "Peru warned Chile that it would not permit Bolivia's ships to enter the port.",
    ],
)
def test_what_the_warner_would_not_tolerate_of_a_third_is_no_threat_to_the_warned(  # type: ignore[no-untyped-def]
    facts_of, text: str
) -> None:
    assert ("Peru", "Chile", "130") not in _threats(facts_of(text))
