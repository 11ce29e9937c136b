"""A "they" that speaks right after a pair named as a subject: sentences of our own."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, memberships, speakers


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Tom Reyes and Pedro Salas met in Geneva on Friday. They said the talks would resume "
         "in May.", {"Tom Reyes", "Pedro Salas"}),
        ("Peru and Chile signed a trade deal on Monday. They said it would create jobs.",
         {"Peru", "Chile"}),
        ("Ann Vale and Tom Reyes visited the flooded town. They told residents that help was "
         "coming.", {"Ann Vale", "Tom Reyes"}),
    ],
)  # fmt: skip
def test_they_who_speak_are_the_pair_named_as_subject(facts_of, text: str, pair: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert pair <= speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # one name alone, a pair named as objects, a "they" inside a quote
        "Tom Reyes arrived in Lima on Monday. They say the city has never been so busy.",
        "Ann Vale met Tom Reyes and Pedro Salas. They said the talks were useful.",
        'Tom Reyes and Pedro Salas met in Geneva. "They said it could not be done," Ann Vale '
        "added.",
    ],
)
def test_they_who_speak_after_no_pair_subject_are_no_one_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text)) & {"Tom Reyes", "Pedro Salas"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peru and Chile held talks in Lima on Monday. They agreed a ceasefire on Friday.",
         ("Peru", "Chile")),
        ("President Ana Ruiz and Prime Minister Tomas Lind met in Lima. They signed a trade "
         "pact.", ("Ana Ruiz", "Tomas Lind")),
        ("Ghana and Togo met in Accra. They sealed a border accord on Tuesday.",
         ("Ghana", "Togo")),
    ],
)  # fmt: skip
def test_a_they_that_acts_with_the_pair_before_it_is_the_pair(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert pair in found or pair[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz arrived in Lima. They signed a deal.",  # one name alone
        "Kenya met Uganda and Rwanda in Nairobi. They signed a deal.",  # the pair is no subject
        'Kenya and Uganda met in Nairobi. "They signed nothing," an aide said.',  # a quote
    ],
)
def test_a_they_with_no_pair_subject_before_it_signs_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Bolivian and Paraguayan officials met in Asuncion on Monday. They signed a water "
         "accord.", ("Bolivia", "Paraguay")),
        ("Envoys from Malawi and Zambia held talks in Lusaka. They agreed to reopen the "
         "border.", ("Malawi", "Zambia")),
        ("The Latvian and Estonian governments met in Riga on Friday. They signed a power "
         "pact.", ("Latvia", "Estonia")),
    ],
)  # fmt: skip
def test_a_they_after_a_qualified_plural_is_its_parties(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert pair in found or pair[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Envoys from Malawi met reporters in Lusaka. They signed a deal.",  # one party
        "Bolivian and Paraguayan fans met in Asuncion. They signed a petition.",  # not officials
        "Bolivian and Paraguayan officials met in Asuncion. They hope to sign a water accord.",
        "Bolivian and Paraguayan officials met in Asuncion. They failed to agree on water.",
    ],
)
def test_a_they_after_a_qualified_plural_signs_no_more(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("President Ana Ruiz of Peru met President Tomas Lind of Chile on Monday. They agreed "
         "to reopen the border.", ("Ana Ruiz", "Tomas Lind")),
        ("Ana Ruiz held talks with Tomas Lind in Lima. They signed a fishing accord.",
         ("Ana Ruiz", "Tomas Lind")),
        ("Ana Ruiz hosted Tomas Lind in Lima on Monday. They sealed a gas deal.",
         ("Ana Ruiz", "Tomas Lind")),
        ("Ana Ruiz met Tomas Lind in Lima on Monday, officials said. They signed a water pact.",
         ("Ana Ruiz", "Tomas Lind")),
    ],
)  # fmt: skip
def test_a_they_after_one_who_met_another_is_the_two(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert pair in found or pair[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz met Tomas Lind and Pedro Salas in Lima. They signed a deal.",  # three
        "Ana Ruiz met farmers in Lima on Monday. They signed a petition.",  # no name met
        "Ana Ruiz met in Lima with aides. They signed a deal.",  # no one met by name
    ],
)
def test_a_they_after_a_meeting_of_no_two_named_signs_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {a for pair in directed(facts_of(text), EventKind.COOPERATION) for a in pair} & {
        "Ana Ruiz",
        "Tomas Lind",
    }


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("President Ana Ruiz met Chancellor Tomas Lind on Monday. They criticised Bolivia over "
         "the gas dispute.", "Bolivia"),
        ("Ana Ruiz and Tomas Lind held talks in Lima. Afterwards they accused Ecuador of "
         "blackmail.", "Ecuador"),
        ("Ana Ruiz held talks with Tomas Lind in Lima. They blamed Paraguay for the delay.",
         "Paraguay"),
        ("Chilean President Ana Ruiz and her Peruvian counterpart Tomas Lind met on Monday. "
         "They criticised Bolivia over the border closure.", "Bolivia"),
    ],
)  # fmt: skip
def test_a_they_after_a_pair_that_criticises_a_third_is_each_of_the_two(  # type: ignore[no-untyped-def]
    facts_of, text: str, target: str
) -> None:
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert {("Ana Ruiz", target), ("Tomas Lind", target)} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz arrived in Lima on Monday. They criticised Bolivia.",  # one name alone
        "Ana Ruiz met Tomas Lind and Pedro Salas. They criticised Bolivia.",  # objects
        'Ana Ruiz and Tomas Lind met in Lima. "They criticised Bolivia," an aide said.',
    ],
)
def test_a_they_after_no_pair_subject_criticises_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert not {a for a, _ in found} & {"Ana Ruiz", "Tomas Lind"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ramon Ortiz met Costa Rica's president, Elena Brenes, in San Jose. They signed a "
         "trade agreement.", ("Ramon Ortiz", "Elena Brenes")),
        ("Kenya's president, Ruth Wanjiru, held talks with Uganda's leader, Moses Okot. They "
         "agreed a truce.", ("Ruth Wanjiru", "Moses Okot")),
        ("Chile's foreign minister, Ana Vial, hosted Luis Pardo in Santiago. They sealed a "
         "fishing deal.", ("Ana Vial", "Luis Pardo")),
    ],
)  # fmt: skip
def test_a_they_after_a_post_with_its_holder_s_name_is_the_two(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert pair in found or pair[::-1] in found


def test_a_they_after_a_post_met_with_no_name_signs_nothing(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Vial met Peru's foreign minister on Monday. They signed a pact."
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair", "third"),
    [
        ("Swedish Prime Minister Ola Sund spoke with Finnish President Aino Virtanen on Friday, "
         "the Swedish government said. They condemned Iran's missile strikes.",
         ("Ola Sund", "Aino Virtanen"), "Iran"),
        ("Ola Sund spoke with Aino Virtanen by phone on Friday, the Finnish presidency said. "
         "They condemned Iran.", ("Ola Sund", "Aino Virtanen"), "Iran"),
        ("Ola Sund spoke with Aino Virtanen by phone on Friday. They criticised Belarus over "
         "the migrants.", ("Ola Sund", "Aino Virtanen"), "Belarus"),
        ("Ola Sund consulted with Aino Virtanen on Monday, officials said. They accused Russia "
         "of sabotage.", ("Ola Sund", "Aino Virtanen"), "Russia"),
    ],
)  # fmt: skip
def test_a_they_after_one_who_spoke_with_another_is_the_two(
    facts_of, text: str, pair, third: str
) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert {(pair[0], third), (pair[1], third)} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Danish officials said Lena Falk had resigned. They condemned Russia's attacks.",
        "Lena Falk spoke with reporters in Oslo on Friday. They condemned Russia's attacks.",
        "Lena Falk spoke on Friday, officials said. They condemned Russia's attacks.",
    ],
)
def test_a_they_after_one_who_spoke_alone_is_not_her(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Lena Falk", "Russia") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru held talks on Monday. They are both members of the Southern Union.",
         {("Chile", "Southern Union"), ("Peru", "Southern Union")}),
        ("Ghana and Togo held talks on Friday. They are all members of the Coastal Trade "
         "Organisation.", {("Ghana", "Coastal Trade Organisation"),
                           ("Togo", "Coastal Trade Organisation")}),
        ("Norway and Iceland protested on Monday. They are both founding members of the "
         "Northern Fisheries Council.", {("Norway", "Northern Fisheries Council"),
                                         ("Iceland", "Northern Fisheries Council")}),
        ("Estonia and Latvia signed a pact. They both belong to the Amber Cooperation Council.",
         {("Estonia", "Amber Cooperation Council"), ("Latvia", "Amber Cooperation Council")}),
    ],
)  # fmt: skip
def test_they_both_are_members_is_the_pair_before(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru held talks. They are both keen to join the Southern Union.",
        "Chile and Peru held talks. They are both wary of the Southern Union.",
        "Chile and Peru held talks. They are members of the Southern Union, officials said.",
    ],
)
def test_no_membership_of_a_they_not_both_members(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))
