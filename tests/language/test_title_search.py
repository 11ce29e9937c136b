"""Where a title phrase is (kg.language.title_search): before a name or in apposition."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("President Harwood and Soviet leader Volkov met in Geneva in 1985.",
         ("Harwood", "Volkov")),
        ("Prime Minister Ostrander and Danish leader Holm held talks in Aarhus.",
         ("Ostrander", "Holm")),
        ("Chancellor Brandt and French leader Morel held talks in Bonn.", ("Brandt", "Morel")),
    ],
)  # fmt: skip
def test_an_and_after_a_name_ends_the_next_title(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair(*sides) in met_pairs(facts)
    assert all(" and " not in r.role for r in facts.relations if r.role)


@pytest.mark.parametrize(
    ("text", "people", "ties"),
    [
        ("Danish Foreign Minister Henrik Lund, his Italian counterpart Giulia Ferri and "
         "Romania's Mihai Popa met in Vienna.", ("Henrik Lund", "Giulia Ferri", "Mihai Popa"),
         {("Henrik Lund", "Denmark"), ("Giulia Ferri", "Italy")}),
        ("Austrian Chancellor Karl Weber, his Czech counterpart Pavel Novak and Slovakia's "
         "Jan Hruby held talks in Brno.", ("Karl Weber", "Pavel Novak", "Jan Hruby"),
         {("Karl Weber", "Austria"), ("Pavel Novak", "Czech Republic")}),
        ("Kenyan President Joseph Mwangi, his Ugandan counterpart Samuel Okello and "
         "Tanzania's Amani Mushi met in Arusha.", ("Joseph Mwangi", "Samuel Okello", "Amani Mushi"),
         {("Joseph Mwangi", "Kenya"), ("Samuel Okello", "Uganda")}),
    ],
)  # fmt: skip
def test_a_counterpart_named_in_a_list_is_another_person(facts_of, text: str, people, ties) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    a, b, c = people
    assert {pair(a, b), pair(a, c), pair(b, c)} <= met_pairs(facts)
    found = affiliations(facts)
    assert ties <= found and (a, dict(ties)[b]) not in found  # A is no counterpart


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        # "head" tagged a verb before the name it is the title of
        ("Soviet delegation head Pavel Orlin arrived in Geneva.", ("Pavel Orlin", "Soviet Union")),
        ("Soviet delegation head Pavel Orlin met Gary Holt in Geneva.",
         ("Pavel Orlin", "Soviet Union")),
    ],
)  # fmt: skip
def test_a_title_word_tagged_a_verb_before_a_name(facts_of, text: str, tie) -> None:  # type: ignore[no-untyped-def]
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "The UN secretary-general's meeting with Cuban President Tomas Lind lasted an hour.",
            {("Tomas Lind", "Cuba")},
        ),
        (
            "The NATO chief's phone call with Turkish President Omer Kaya was cordial.",
            {("Omer Kaya", "Turkey")},
        ),
        (
            "The Chilean president's talks with Peruvian President Tomas Lind ended early.",
            {("Tomas Lind", "Peru")},
        ),
    ],
)
def test_the_owner_of_a_meeting_gives_no_title(  # type: ignore[no-untyped-def]
    facts_of, text: str, ties: set[tuple[str, str]]
) -> None:
    assert affiliations(facts_of(text)) == ties


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The king's talks with Prime Minister Tomas Lind of Norway were cordial.",
            "Prime Minister",
        ),
        ("The queen's visit to Cuban President Tomas Lind was brief.", "President"),
        ("The US ambassador to Japan Tomas Lind said the talks went well.", "ambassador to Japan"),
    ],
)
def test_a_title_stops_at_the_meeting_it_follows(facts_of, text: str, role: str) -> None:  # type: ignore[no-untyped-def]
    assert [r.role for r in facts_of(text).relations] == [role]


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "Head of research at Capital Economics Tomas Lind said rates would rise.",
            {("Tomas Lind", "Capital Economics")},
        ),
        (
            "Director of studies at the Institute for Fiscal Studies Tomas Lind said so.",
            {("Tomas Lind", "Institute for Fiscal Studies")},
        ),
    ],
)
def test_a_title_runs_on_past_other_nouns(  # type: ignore[no-untyped-def]
    facts_of, text: str, ties: set[tuple[str, str]]
) -> None:
    assert affiliations(facts_of(text)) == ties


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        ("Kenji Ota, Japan's trade minister and a member of the Liberal Democratic Party, said "
         "talks would resume.",
         {("Kenji Ota", "Japan"), ("Kenji Ota", "Liberal Democratic Party")}),
        ("Lars Moe, Norway's finance minister and deputy leader of the Labour Party, resigned.",
         {("Lars Moe", "Norway"), ("Lars Moe", "Labour Party")}),
        ("Talks were led by Ines Prado, Chile's foreign minister and a senior member of the "
         "Socialist Party.",
         {("Ines Prado", "Chile"), ("Ines Prado", "Socialist Party")}),
    ],
)  # fmt: skip
def test_a_second_post_joined_to_an_apposition(facts_of, text: str, ties: set) -> None:  # type: ignore[no-untyped-def,type-arg]
    """ "X, Japan's trade minister and a member of the LDP": both posts are X's."""
    assert ties <= affiliations(facts_of(text))


def test_a_second_post_after_a_comma_is_the_next_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "A, Jordan's prime minister, and a member of the Liberal Party, B": B's post."""
    found = affiliations(
        facts_of(
            "Omar Saleh, Jordan's prime minister, and a member of the Liberal Party, Sami Nur, spoke."
        )
    )
    assert ("Omar Saleh", "Liberal Party") not in found
    assert ("Sami Nur", "Liberal Party") in found


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        (
            "The Tories' Sir John Hale said the plan was a disgrace.",
            "John Hale",
            "Conservative Party",
        ),
        ("Labour's Dame Ann Holt said the plan was a disgrace.", "Ann Holt", "Labour"),
        ("Labour's Mr Penmore said the plan was a disgrace.", "Penmore", "Labour"),
    ],
)
def test_a_partys_possessive_before_an_honorific(facts_of, text, person, party) -> None:  # type: ignore[no-untyped-def]
    """ "Labour's Dame X": the honorific between the party's possessive and the name."""
    found = affiliations(facts_of(text))
    assert any(p == person and party in o for p, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The SNP's Nicola Reid and Labour's Anas Khan clashed over the budget.",
        "The SNP's Nicola Reid and Labour's Anas Khan met on Monday.",
    ],
)
def test_a_partys_possessive_before_the_second_of_two_people(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    """The second of two people joined by "and", each after a party's possessive."""
    found = affiliations(facts_of(text))
    assert {("Nicola Reid", "Scottish National Party"), ("Anas Khan", "Labour Party")} <= found


def test_a_firms_possessive_before_a_second_name_is_no_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    """What a firm's possessive names may be its product, even beside a person."""
    facts = facts_of("Tom Vale and Holm Mining's Qrio Robot appeared on stage.")
    assert affiliations(facts) == set()


def test_a_post_before_a_list_name_is_that_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "POST, A, POST, B, and POST, C": the parser sets the second post beside A and
    joins B to it; the post is B's, and A keeps the one before it."""
    facts = facts_of(
        "Estonia's foreign minister, Karin Tamm, Latvia's foreign minister, Juris Kalns, "
        "and Lithuania's foreign minister, Ona Vaitkute, met in Riga."
    )
    found = affiliations(facts)
    assert ("Karin Tamm", "Latvia") not in found
    assert {("Karin Tamm", "Estonia"), ("Ona Vaitkute", "Lithuania")} <= found


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Clara Mott beat her Tory rival Peter Hale.", "Peter Hale", "Conservative Party"),
        ("Her Labour opponent, Peter Hale, said taxes would fall.", "Peter Hale", "Labour"),
    ],
)
def test_a_rival_labelled_by_a_party_runs_for_it(
    facts_of, text: str, person: str, party: str
) -> None:  # type: ignore[no-untyped-def]
    assert (person, party) in affiliations(facts_of(text))


def test_a_firms_rival_runs_for_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of("The Microsoft rival, Ann Vale, said prices would rise."))


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # a country's title, a comma, then the name: the parser hangs the title on the name
        ("Russia's envoy, Pavel Orlov, said the talks had failed.", "Pavel Orlov", "Russia"),
        ("Ukraine's envoy, Pavel Orlov, said the talks had failed.", "Pavel Orlov", "Ukraine"),
        ("Russia's envoy, Pavel Orlov, met Ana Ruiz in Oslo.", "Pavel Orlov", "Russia"),
    ],
)
def test_a_title_set_off_by_a_comma_before_the_name(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, country: str
) -> None:
    assert (person, country) in affiliations(facts_of(text))


def test_a_title_before_another_clause_is_not_the_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("After meeting Ghana's envoy, Pavel Orlov said the talks had failed.")
    assert ("Pavel Orlov", "Ghana") not in affiliations(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president-elect, William Otieno, held talks with Ugandan President Joseph Kamau.",
        "Kenya's president-elect, William Otieno, met Ugandan President Joseph Kamau on Monday.",
        "Kenya's president-elect, William Otieno, spoke with Ugandan President Joseph Kamau.",
    ],
)
def test_a_split_title_before_an_apposed_name_is_the_names(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert ("William Otieno", "Kenya") in affiliations(facts)
    assert pair("William Otieno", "Joseph Kamau") in met_pairs(facts)
    assert pair("Kenya", "Joseph Kamau") not in met_pairs(facts)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("NATO's Supreme Allied Commander Europe, Admiral Jan Kowal, said the alliance was "
         "ready.", "Jan Kowal"),
        ("NATO's Supreme Allied Commander Europe, Admiral Jan Kowal, met the Polish defence "
         "minister.", "Jan Kowal"),
    ],
)  # fmt: skip
def test_a_region_closing_a_title_is_part_of_it(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    """ "Commander Europe": the region the post covers closes the title; the rank
    before the name is no part of the name."""
    facts = facts_of(text)
    assert (person, "North Atlantic Treaty Organization") in affiliations(facts)
    assert not any(a.name.startswith(("Supreme", "Admiral")) for a in facts.actors)
