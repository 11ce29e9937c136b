"""Guests who meet together, and hosts who are places: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        # told together: the two guests met each other as well as their host
        (
            "King Tomas received President Rina Adeyemi and President Kofi Mensah together "
            "at his palace on Sunday.",
            ("Rina Adeyemi", "Kofi Mensah"),
        ),
        (
            "President Selma Varga held a trilateral meeting with Chancellor Otto Brandl and "
            "President Pavel Novak in Szeged.",
            ("Otto Brandl", "Pavel Novak"),
        ),
        (
            "Prime Minister Lena Holm hosted a three-way meeting with President Aras Kaya and "
            "Prime Minister Nikos Stavrou in Oslo.",
            ("Aras Kaya", "Nikos Stavrou"),
        ),
        (
            "Senator Ruth Adler held joint talks with Mexican envoy Luis Ortega and Canadian envoy "
            "Paul Tremblay.",
            ("Luis Ortega", "Paul Tremblay"),
        ),
        (
            "Minister Lukas Brenner joined envoy Reza Tehrani and envoy Mark Dalton for talks "
            "in Bern.",
            ("Reza Tehrani", "Mark Dalton"),
        ),
        # talks named between (or of) the guests: the one who joins meets them, and they meet
        (
            "Envoy Mark Dalton joined the talks between Nadia Kersh and Tarik Hassan on Friday.",
            ("Nadia Kersh", "Tarik Hassan"),
        ),
        (
            "Minister Emma Clarke attended a meeting of the foreign ministers of Chile, Peru "
            "and Bolivia in Lima.",
            ("Chile", "Peru"),
        ),
    ],
)
def test_guests_told_together_meet_each_other(facts_of, text: str, guests: tuple[str, str]) -> None:
    assert pair(*guests) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        (
            "President Amara Conteh received envoy Joseph Tubman on Monday, and later "
            "minister Ibrahima Sow.",
            ("Joseph Tubman", "Ibrahima Sow"),
        ),
        (
            "Chancellor Otto Brandl received President Rina Adeyemi in the morning, then "
            "President Kofi Mensah in the afternoon.",
            ("Rina Adeyemi", "Kofi Mensah"),
        ),
        (
            "Minister Emma Clarke met envoy Reza Tehrani and envoy Mark Dalton separately "
            "in New York.",
            ("Reza Tehrani", "Mark Dalton"),
        ),
        (
            "President Felix Ndayishimiye received the ambassadors of Belgium and France.",
            ("Belgium", "France"),
        ),
    ],
)
def test_guests_seen_one_by_one_do_not_meet(facts_of, text: str, guests: tuple[str, str]) -> None:
    pairs = met_pairs(facts_of(text))
    assert pair(*guests) not in pairs
    assert pairs  # each still met the host


def test_presiding_over_talks_hosts_them(facts_of) -> None:
    pairs = met_pairs(
        facts_of("President Bola Adewale presided over talks between Musa Bello and Ibrahim Kano.")
    )
    assert {pair("Bola Adewale", "Musa Bello"), pair("Bola Adewale", "Ibrahim Kano")} <= pairs


@pytest.mark.parametrize(
    ("text", "parties", "place"),
    [
        (
            "Vienna hosted talks between the foreign ministers of Iran and France on Thursday.",
            ("Iran", "France"),
            "Austria",
        ),
        (
            "Paris hosted a summit of the leaders of Germany and Italy on Friday.",
            ("Germany", "Italy"),
            "France",
        ),
        (
            "Doha has hosted several rounds of talks between Sudan and Chad.",
            ("Sudan", "Chad"),
            "Qatar",
        ),
    ],
)
def test_a_city_that_hosts_talks_is_no_party(
    facts_of, text: str, parties: tuple[str, str], place: str
) -> None:
    pairs = met_pairs(facts_of(text))
    assert pair(*parties) in pairs
    assert not any(place in p for p in pairs)


def test_a_city_that_plays_host_is_no_party(facts_of) -> None:
    text = "Nairobi played host to talks between the Somali government and al-Shabaab elders."
    assert not any("Kenya" in p for p in met_pairs(facts_of(text)))


def test_a_seat_of_power_that_hosts_talks_is_its_state(facts_of) -> None:
    pairs = met_pairs(facts_of("The Kremlin hosted talks between Armenia and Azerbaijan."))
    assert pair("Russia", "Armenia") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "President Milos Jankovic and Prime Minister Agim Berisha were both at the summit in "
        "Brussels.",
        "President Milos Jankovic and Prime Minister Agim Berisha were at the summit on Friday.",
    ],
)
def test_being_at_a_summit_is_no_meeting(facts_of, text: str) -> None:
    assert pair("Milos Jankovic", "Agim Berisha") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        ("Ethiopia and Egypt held talks in Washington under the auspices of the United States.",
         "United States", ("Ethiopia", "Egypt")),
        ("Under the auspices of the African Union, Sudanese and South Sudanese negotiators met "
         "in Addis Ababa.", "African Union", ("Sudan", "South Sudan")),
        ("The talks between Serbia and Kosovo, held under the aegis of the European Union, "
         "ended on Monday.", "European Union", ("Serbia", "Kosovo")),
        ("Serbia and Kosovo met in Brussels under EU auspices.", "European Union",
         ("Serbia", "Kosovo")),
    ],
)  # fmt: skip
def test_who_holds_the_auspices_hosts_both_sides(
    facts_of, text: str, host: str, sides: tuple[str, str]
) -> None:
    pairs = met_pairs(facts_of(text))
    assert {pair(*sides), pair(host, sides[0]), pair(host, sides[1])} <= pairs


def test_guests_welcomed_for_talks_meet_each_other(facts_of) -> None:
    text = (
        "President Robert Hale welcomed Prime Minister Eli Barak and President Samir Fawzi "
        "to Camp David for three days of talks."
    )
    assert pair("Eli Barak", "Samir Fawzi") in met_pairs(facts_of(text))


def test_guests_received_for_separate_talks_do_not_meet(facts_of) -> None:
    text = (
        "President Robert Hale received Prime Minister Eli Barak and President Samir Fawzi "
        "for separate talks."
    )
    pairs = met_pairs(facts_of(text))
    assert pair("Eli Barak", "Samir Fawzi") not in pairs
    assert pair("Robert Hale", "Eli Barak") in pairs


def test_joined_by_two_at_the_talks(facts_of) -> None:
    text = (
        "German Chancellor Stefan Vogel was joined by French President Claire Dumont and "
        "Italian Prime Minister Paolo Ferri at the talks."
    )
    pairs = met_pairs(facts_of(text))
    assert {pair("Stefan Vogel", "Claire Dumont"), pair("Claire Dumont", "Paolo Ferri")} <= pairs


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("A formal complaint was delivered by envoy Ramon Feliz in a meeting with Minister Aditi Rao.",
         ("Ramon Feliz", "Aditi Rao")),
        ("The plan was presented by envoy Lena Sorvik in talks with Defence Minister Piet Arends.",
         ("Lena Sorvik", "Piet Arends")),
        ("The demands were set out by Omar Belkadi during a meeting with President Nadia Kersh.",
         ("Omar Belkadi", "Nadia Kersh")),
    ],
)  # fmt: skip
def test_the_agent_of_a_passive_set_in_a_meeting_holds_it(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "A formal complaint will be delivered by envoy Ramon Feliz in a meeting with Minister Aditi Rao.",
        "A formal complaint was not delivered by envoy Ramon Feliz in a meeting with Minister Aditi Rao.",
    ],
)
def test_a_passive_set_in_a_meeting_not_held_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Ramon Feliz", "Aditi Rao") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Rina Adeyemi and Kofi Mensah held talks hosted by Norway's foreign minister, Eva Lund.",
            "Eva Lund",
        ),
        ("Rina Adeyemi met Kofi Mensah at a meeting chaired by Eva Lund.", "Eva Lund"),
        ("Mali and Chad held talks on Friday hosted by Qatar.", "Qatar"),
    ],
)
def test_who_hosts_the_talks_meets_both_sides(facts_of, text: str, host: str) -> None:  # type: ignore[no-untyped-def]
    found = met_pairs(facts_of(text))
    sides = [s for s in ("Rina Adeyemi", "Kofi Mensah", "Mali", "Chad") if s in text]
    assert all(pair(host, s) in found for s in sides)


def test_talks_hosted_in_a_city_have_no_host(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of("Mali and Chad met for talks hosted in Doha.")) == {
        pair("Mali", "Chad")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Mali and Chad held talks brokered by Qatar.",
        "Mali and Chad met for talks mediated by Qatar.",
        "Mali and Chad held talks sponsored by Qatar.",
        "Mali and Chad held Qatari-brokered talks.",
        "Mali and Chad held talks chaired by Qatar.",
    ],
)
def test_one_reading_of_who_hosts_or_mediates_the_talks(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """Hosting, chairing, brokering or mediating participles all name the host of one
    meeting of the three (``noun_parties.hosted_by``, for nouns and verbs alike)."""
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    meetings = [e for e in facts.events if e.kind is EventKind.MEETING]
    assert len(meetings) == 1, meetings
    roles = {(names[p.actor], p.role) for p in meetings[0].participants}
    assert roles == {("Qatar", "host"), ("Mali", "participant"), ("Chad", "participant")}
