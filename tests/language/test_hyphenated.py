"""Hyphenated pairs of country adjectives: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.mentions import find_mentions
from tests.helpers import met_pairs


def _demonyms(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.entry.key for m in find_mentions(nlp(text)) if m.kind == "demonym" and m.entry]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("The Sino-Japanese talks ended in Beijing.", ["country/CHN", "country/JPN"]),
        ("Franco-German talks ended.", ["country/FRA", "country/DEU"]),
        ("The Anglo-Irish talks ended on Friday.", ["country/GBR", "country/IRL"]),
        ("Indo-Pakistani talks resumed.", ["country/IND", "country/PAK"]),
    ],
)
def test_each_part_names_its_country(nlp, text: str, keys: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _demonyms(nlp, text) == keys


@pytest.mark.parametrize(
    "text",
    [
        "General Franco met the envoy in 1940.",
        "The Sino talks ended.",
        "Anglo American reported profits.",
    ],
)
def test_a_combining_form_alone_is_no_country(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _demonyms(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Israeli-Palestinian talks resumed on Monday.", {"Israel", "Palestine"}),
        ("The Sino-Japanese talks ended in Beijing on Friday.", {"China", "Japan"}),
        ("The Franco-German summit ended in Paris on Friday.", {"France", "Germany"}),
        ("The Greco-Turkish talks collapsed on Friday.", {"Greece", "Turkey"}),
    ],
)
def test_hyphenated_parties_of_talks_met(facts_of, text: str, pair: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {frozenset(pair)}


@pytest.mark.parametrize(
    "text",
    [
        "Franco-German talks are planned for May.",
        "Franco-German relations are strong.",
        "The Israeli-Palestinian conflict has lasted decades.",
    ],
)
def test_hyphenated_pairs_without_talks_held(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North and South Korean officials met at the border village on Wednesday.",
         {frozenset({"North Korea", "South Korea"})}),
        ("North and South Korean negotiators held talks on Friday.",
         {frozenset({"North Korea", "South Korea"})}),
        ("North and South Korean officials criticised the plan.", set()),  # no meeting
    ],
)  # fmt: skip
def test_the_first_of_two_adjectives_sharing_a_word(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Officials from North and South Korea met in Panmunjom.", ("North Korea", "South Korea")),
        ("Talks between North and South Korea resumed on Monday.", ("North Korea", "South Korea")),
        ("North and South Korea held talks at the border.", ("North Korea", "South Korea")),
    ],
)
def test_the_first_of_two_country_names_sharing_a_word(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {frozenset(pair)}


@pytest.mark.parametrize(
    "text",
    ["The envoy flew North and South on Monday.", "North and South Africa met in the final."],
)
def test_no_country_without_two_country_names(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "country/PRK" not in _demonyms(nlp, text)
    assert not any(m.text == "North" and m.entry for m in find_mentions(nlp(text)))


@pytest.mark.parametrize(
    "text",
    [
        "North-South Korean talks resumed in the border village on Monday.",
        "The North-South Korean summit ended on Friday.",
        "Delegates at the North-South Korean summit agreed on Friday to reopen the railway.",
        "Inter-Korean talks resumed in the border village on Monday.",
        "Officials met for inter-Korean talks on Friday.",
    ],
)
def test_a_pair_sharing_its_last_word(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {frozenset({"North Korea", "South Korea"})}


@pytest.mark.parametrize(
    "text",
    [
        "South Korean officials met in Seoul on Monday.",
        "Inter-Afghan talks resumed in the capital on Monday.",  # one country's factions
    ],
)
def test_one_country_is_no_pair(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The Japan-South Korea-China summit opened in Seoul on Monday.",
         {"Japan", "South Korea", "China"}),
        ("Leaders met at the China-Japan-South Korea summit in Tokyo.",
         {"Japan", "South Korea", "China"}),
        ("The South Africa-Nigeria-Kenya talks ended in Lagos.",
         {"South Africa", "Nigeria", "Kenya"}),
    ],
)  # fmt: skip
def test_a_chain_of_country_names_is_each_country(facts_of, text: str, parties: set[str]) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert {name for p in pairs for name in p} == parties


def test_one_states_hyphenated_name_stays_whole(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Guinea-Bissau and Senegal signed a border deal on Monday.")
    assert "Guinea-Bissau" in {a.name for a in facts.actors}
    assert "Guinea" not in {a.name for a in facts.actors}


def test_a_pair_opening_a_longer_tagged_name_gives_its_countries(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.language.hyphenated import leading_pair

    doc = nlp.make_doc("The Indo-Pakistani war ended.")
    assert [e.key for _, e in leading_pair(doc, 1, 5)] == ["country/IND", "country/PAK"]
    assert leading_pair(doc, 1, 3) == []  # no pair
    other = nlp.make_doc("The Indo-Pakistani Friendship Society met.")
    assert leading_pair(other, 1, 6) == []  # a name goes on after the pair
