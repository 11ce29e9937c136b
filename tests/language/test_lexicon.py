"""Word lists of kg.language.lexicon at work: warships, interceptors, shells and elite
troops act for the country they belong to, in sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Cuban interceptor downed a Peruvian airliner.", ("Cuba", "Peru")),
        ("An Omani frigate fired on a Yemeni tanker.", ("Oman", "Yemen")),
        ("A Chilean destroyer shelled Bolivian positions.", ("Chile", "Bolivia")),
        ("Dutch commandos seized a Venezuelan tanker.", ("Netherlands", "Venezuela")),
        ("Brazilian marines stormed the Paraguayan embassy.", ("Brazil", "Paraguay")),
        ("Kenyan paratroopers attacked Somalia.", ("Kenya", "Somalia")),
    ],
)
def test_warships_and_elite_troops_act_for_their_country(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peruvian artillery shells struck the Chilean town of Arica.", ("Peru", "Chile")),
        ("A Ghanaian shell hit a Togolese border post on Monday.", ("Ghana", "Togo")),
        ("Eritrean mortars pounded Ethiopian positions overnight.", ("Eritrea", "Ethiopia")),
        ("Two Togolese soldiers were killed by Ghanaian mortar shells.", ("Ghana", "Togo")),
    ],
)
def test_shells_and_mortars_act_for_their_country(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Norvik Shell said its profits rose.",
        "The Chilean shell company was fined by a court.",
        "Peruvian mortars did not hit Chilean positions.",
    ],
)
def test_shell_firms_and_missed_shells_yield_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    "text",
    [
        "A Cuban destroyer docked in Lima.",
        "An Omani frigate escorted Yemeni tankers.",
        "The Chilean cruiser did not fire on Bolivian positions.",
    ],
)
def test_warships_doing_no_harm_yield_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


# A peer or grandee is a post its party names: "Labour peer Lord X" sits for Labour.
@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Labour peer Lord Ashwell said the war was illegal.", ("Lord Ashwell", "Labour")),
        ("Lord Ravensby, a Labour peer, said the bill was flawed.", ("Lord Ravensby", "Labour")),
        ("The Liberal Democrat peer Lady Hollins said the bill should be dropped.",
         ("Lady Hollins", "Liberal Democrats")),
        ("Tory grandee Ann Vale said the party must change its leader.",
         ("Ann Vale", "Conservative Party")),
        ("Ann Vale, a Labour grandee who served under three prime ministers, said the party had"
         " lost its way.", ("Ann Vale", "Labour")),
    ],
)  # fmt: skip
def test_a_partys_peer_or_grandee_is_the_partys(facts_of, text: str, tie: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # an unnamed peer is a person the sentence does not name, never the party
        "At the hearing, the Labour peer and one-time minister said the tax was unfair.",
        "The Tory grandee said the party must change its leader.",
    ],
)
def test_an_unnamed_peer_does_not_speak_for_the_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vale met her Labour peers in Leeds.",
        "Lord Ravensby and his peers voted against the bill.",
    ],
)
def test_peers_as_equals_hold_no_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


_REBELS = "Congolese rebels"
_NATO = "North Atlantic Treaty Organization"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An African Union force attacked al-Shabab on Monday.", ("African Union", "al-Shabaab")),
        ("The African Union force attacked al-Shabab on Monday.", ("African Union", "al-Shabaab")),
        ("A NATO force bombed Serbia on Monday.", (_NATO, "Serbia")),
        ("Serbia was bombed by a NATO force on Monday.", (_NATO, "Serbia")),
        ("A United Nations force fired on Congolese rebels.", ("United Nations", _REBELS)),
    ],
)
def test_a_bodys_force_acts_for_it(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """ "an African Union force" acts for the AU, as "African Union forces" do."""
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "A NATO-led force bombed Serbia on Monday.",  # led by NATO: not NATO's own
        "NATO said it would use force against Serbia.",  # not a fact
        "The task force criticised Serbia on Monday.",  # no body named
    ],
)
def test_a_force_not_of_a_body_is_no_bodys(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    got = directed(facts_of(text), EventKind.CONFLICT)
    assert (_NATO, "Serbia") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian hackers breached Estonia's networks.", ("Russia", "Estonia")),
        ("Iranian hackers hacked Israel's water utility.", ("Iran", "Israel")),
        ("North Korea's hackers breached Japan's networks.", ("North Korea", "Japan")),
        ("Chinese spies hacked into Taiwan's networks.", ("China", "Taiwan")),
    ],
)
def test_hackers_and_spies_act_for_their_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Hackers attacked the bank's website.",  # whose hackers is not said
        "Russian hackers did not breach Estonia's networks.",  # negated
    ],
)
def test_hackers_of_no_country_act_for_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's coastguard seized a Peruvian trawler.", ("Chile", "Peru")),
        ("Greece's coastguard detained two Turkish fishermen.", ("Greece", "Turkey")),
        ("Norway's coastguard seized a Russian trawler.", ("Norway", "Russia")),
    ],
)
def test_a_country_s_coastguard_acts_for_it(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_coastguard_that_only_speaks_acts_on_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("Chile's coastguard said the sea was rough."), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NASA Administrator Helen Marsh said on Monday that the launch would go ahead.",
         ("Helen Marsh", "NASA")),
        ("NASA administrator Helen Marsh said on Monday that the launch would go ahead.",
         ("Helen Marsh", "NASA")),
        ("Helen Marsh, the NASA administrator, said on Monday that the launch would go ahead.",
         ("Helen Marsh", "NASA")),
    ],
)  # fmt: skip
def test_an_administrator_holds_a_post(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    assert expected in affiliations(facts_of(text))


def test_administrators_with_no_name_hold_no_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of("NASA administrators met on Monday to discuss the budget."))


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Japan Coast Guard commandant Ken Arata said on Monday that boats would stay.",
         "Ken Arata", "Japan Coast Guard"),
        ("The commandant of the Japan Coast Guard, Ken Arata, said on Monday it was over.",
         "Ken Arata", "Japan Coast Guard"),
        ("Philippine Coast Guard commandant Rosa Delacruz said on Friday that a ship sank.",
         "Rosa Delacruz", "Philippine Coast Guard"),
    ],
)  # fmt: skip
def test_a_commandant_holds_a_post_in_the_force(
    facts_of, text: str, person: str, body: str
) -> None:  # type: ignore[no-untyped-def]
    assert (person, body) in affiliations(facts_of(text))


def test_a_commandant_with_no_name_is_no_actor(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The commandant said on Monday that the boats would stay.")
    assert not [a for a in facts.actors if "ommandant" in a.name]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Emirati and Brazilian energy regulators met in Brasilia on Monday.",
            "United Arab Emirates",
            "Brazil",
        ),
        ("Emirati and Indian regulators met in Dubai.", "United Arab Emirates", "India"),
        (
            "Emirati and Chilean aviation regulators held talks in Santiago.",
            "United Arab Emirates",
            "Chile",
        ),
    ],
)
def test_regulators_act_for_the_country_named(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) in met_pairs(facts_of(text))


def test_regulators_of_no_one_named_meet_no_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of("Banking regulators met in Dubai on Monday."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tomas Varek and Ida Lenz were indicted on Monday by a US grand jury.",
            ("United States", "Ida Lenz"),
        ),
        ("A U.S. grand jury indicted Tomas Varek on Tuesday.", ("United States", "Tomas Varek")),
        ("Tomas Varek was charged by a Brazilian jury with fraud.", ("Brazil", "Tomas Varek")),
    ],
)
def test_a_countrys_jury_acts_for_it(facts_of, text: str, expected: tuple[str, str]) -> None:
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_jury_of_no_country_is_no_actor(facts_of) -> None:
    assert (
        directed(facts_of("Tomas Varek was indicted by a grand jury."), EventKind.CONFLICT) == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The national security advisers of Chile and Peru met in Lima on Monday.",
         pair("Chile", "Peru")),
        ("The security advisers of Ghana and Togo held talks in Accra on Friday.",
         pair("Ghana", "Togo")),
        ("The defence advisors of Latvia and Estonia met in Riga.", pair("Latvia", "Estonia")),
    ],
)  # fmt: skip
def test_advisers_of_countries_act_for_them(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Ruiz's advisers met the rebels in Bogota on Monday.",
        "The advisers of Kestrel Bank met the regulator on Friday.",
        "Two advisers met in a cafe on Monday.",
    ],
)
def test_advisers_of_no_country_meet_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The central bank governors of Japan and Thailand met in Tokyo on Monday.",
         pair("Japan", "Thailand")),
        ("The governors of the central banks of Ghana and Nigeria met in Accra.",
         pair("Ghana", "Nigeria")),
        ("Central bank governors from Brazil and Chile held talks in Santiago on Tuesday.",
         pair("Brazil", "Chile")),
    ],
)  # fmt: skip
def test_governors_of_countries_act_for_them(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The governors of two banks met in Seoul on Monday.",
        "The central bank governors of Japan and Thailand will meet in Tokyo next week.",
    ],
)
def test_governors_of_no_two_countries_meet_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


def test_a_firms_governing_organs_are_written_once() -> None:
    from kg.language.group_bodies import BODY_PARTS
    from kg.language.lexicon import FIRM_ORGANS, listed_words

    assert FIRM_ORGANS == BODY_PARTS == {"board", "management"}  # "the board" of the firm
    assert "organ" not in listed_words("firm-words.txt")  # one source: group-words.txt
