"""Contacts by phenomenon: who meets whom, and who is only spoken to.

Sentences written for these tests; names are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated subjects with appositions
        (
            "The governor of the central bank, Ana Ruiz, and Finance Minister Tomas Lind met on "
            "Friday.",
            pair("Ana Ruiz", "Tomas Lind"),
        ),
        (
            "Ana Ruiz, the governor of the central bank, and Finance Minister Tomas Lind met on "
            "Friday.",
            pair("Ana Ruiz", "Tomas Lind"),
        ),
        (
            "Prime Minister Lena Okafor and her Kenyan counterpart, Joseph Mwangi, held talks in "
            "Nairobi.",
            pair("Lena Okafor", "Joseph Mwangi"),
        ),
        # a list whose first name the parser hung on the verb
        ("Chad, Niger and Mali met in 2001.", pair("Chad", "Mali")),
        # nationality adjectives and group nouns stand for their countries
        ("Greek and Turkish diplomats met in Vienna on Monday.", pair("Greece", "Turkey")),
        (
            "Ukrainian and Russian negotiators held a fresh round of talks in Istanbul.",
            pair("Ukraine", "Russia"),
        ),
        (
            "Senior Chilean and American officials met in Geneva to discuss trade.",
            pair("Chile", "United States"),
        ),
        # hyphenated and compound parties
        (
            "The EU-Mercosur talks resumed in Brussels on Tuesday.",
            pair("European Union", "Mercosur"),
        ),
        ("The India-China border talks ended without agreement.", pair("India", "China")),
        (
            "Serbia and Kosovo sent envoys to Brussels, where the two sides met for five hours.",
            pair("Serbia", "Kosovo"),
        ),
        # nominal events with prepositions and possessives
        ("Talks between Sudan and South Sudan resumed on Monday.", pair("Sudan", "South Sudan")),
        (
            "A summit of Brazil, Argentina and Uruguay opened in Montevideo.",
            pair("Argentina", "Uruguay"),
        ),
        (
            "President Maria Kolar said after her meeting with Prime Minister Ivo Tanner that "
            "relations were good.",
            pair("Maria Kolar", "Ivo Tanner"),
        ),
        (
            "After his call with Chancellor Olaf Brenner, Prime Minister Dan Hollis announced new aid.",
            pair("Olaf Brenner", "Dan Hollis"),
        ),
        # convening, hosting, mediating, sitting down, being received
        (
            "Qatar brought together the leaders of Rwanda and Congo for talks in Doha.",
            pair("Rwanda", "Democratic Republic of the Congo"),
        ),
        (
            "Qatar brought together the leaders of Rwanda and Congo for talks in Doha.",
            pair("Qatar", "Rwanda"),
        ),
        (
            "The French president convened the leaders of Mali and Niger in Paris.",
            pair("Mali", "Niger"),
        ),
        (
            "Norway hosted the foreign ministers of Egypt and Jordan on Thursday.",
            pair("Norway", "Egypt"),
        ),
        (
            "President Sam Oduya sat down with opposition leader Peter Kamau on Tuesday.",
            pair("Sam Oduya", "Peter Kamau"),
        ),
        (
            "Foreign Minister Helga Strand was received by President Omar Diallo in Dakar.",
            pair("Helga Strand", "Omar Diallo"),
        ),
    ],
)
def test_who_met_whom(facts_of, text: str, expected: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # planned, expected, proposed, negated, hypothetical, denied, alleged
        (
            "Prime Minister Anna Berg is expected to meet President Luis Soto next week.",
            pair("Anna Berg", "Luis Soto"),
        ),
        (
            "President Luis Soto said he was ready for talks with Prime Minister Anna Berg.",
            pair("Anna Berg", "Luis Soto"),
        ),
        (
            "Prime Minister Anna Berg did not meet President Luis Soto during the visit.",
            pair("Anna Berg", "Luis Soto"),
        ),
        (
            "A new book claims that Prime Minister Anna Berg met President Luis Soto in secret.",
            pair("Anna Berg", "Luis Soto"),
        ),
        (
            "Prime Minister Anna Berg proposed talks with President Luis Soto.",
            pair("Anna Berg", "Luis Soto"),
        ),
        (
            "If Prime Minister Anna Berg meets President Luis Soto, the crisis may end.",
            pair("Anna Berg", "Luis Soto"),
        ),
        (
            "Prime Minister Anna Berg denied that she had met President Luis Soto.",
            pair("Anna Berg", "Luis Soto"),
        ),
        (
            "The minister dismissed reports that he had met President Luis Soto.",
            pair("minister", "Luis Soto"),
        ),
        # a visit counts with a country, a body or a person, never a town
        (
            "Prime Minister Anna Berg visits Leeds this week.",
            pair("Anna Berg", "Leeds"),
        ),
        # the press, broadcasters and audiences are not meeting partners
        ("Prime Minister Anna Berg told the BBC that the plan was dead.", pair("Anna Berg", "BBC")),
        ("President Luis Soto spoke to Reuters on Monday.", pair("Luis Soto", "Reuters")),
        (
            "Prime Minister Anna Berg talked to the Today programme about the budget.",
            pair("Anna Berg", "Today programme"),
        ),
        # a legislature spoken to, by its own name, is an audience too
        (
            "Chancellor Greta Vollmer spoke to the Bundestag on Tuesday about the budget.",
            pair("Greta Vollmer", "Bundestag"),
        ),
        (
            "Premier Ana Lutz talked to the State Duma about taxes on Monday.",
            pair("Ana Lutz", "State Duma"),
        ),
        ("President Luis Soto spoke to the Senate on Friday.", pair("Luis Soto", "Senate")),
        # generic activity is not an interaction between its subjects
        (
            "Labour and the Conservatives are phoning voters across the country.",
            pair("Labour Party", "Conservative Party"),
        ),
        (
            "Both the Liberal Democrats and Labour met voters in the north.",
            pair("Labour Party", "Liberal Democrats"),
        ),
        ("Kenya and Uganda met their debt payments on time.", pair("Kenya", "Uganda")),
    ],
)
def test_what_is_not_a_meeting(facts_of, text: str, not_expected: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert not_expected not in pairs
    # each sentence tells of one possible contact: nobody else meets them either
    assert not any(p & not_expected for p in pairs), pairs


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Prime Minister Anna Berg spoke to the nation on television on Sunday.", "Anna Berg"),
        ("President Luis Soto told reporters in Lima that talks had failed.", "Luis Soto"),
        ("Prime Minister Anna Berg told the BBC that the plan was dead.", "Anna Berg"),
        ("President Luis Soto addressed parliament on Tuesday.", "Luis Soto"),
        (
            "Prime Minister Ivo Tanner spoke to the Riksdag about the border on Monday.",
            "Ivo Tanner",
        ),
        ("Prime Minister Ivo Tanner spoke to the Knesset on Monday.", "Ivo Tanner"),
    ],
)
def test_speaking_to_an_audience_is_a_statement(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected", "is_fact"),
    [
        (
            "After meeting President Ana Lutz, Prime Minister Ivo Tanner said the talks went well.",
            pair("Ana Lutz", "Ivo Tanner"),
            True,
        ),
        (
            "Prime Minister Ivo Tanner, meeting President Ana Lutz in Rome, promised support.",
            pair("Ana Lutz", "Ivo Tanner"),
            True,
        ),
        (
            "President Ana Lutz held a telephone conversation with Prime Minister Ivo Tanner.",
            pair("Ana Lutz", "Ivo Tanner"),
            True,
        ),
        (
            "Prime Minister Ivo Tanner cancelled his meeting with President Ana Lutz.",
            pair("Ana Lutz", "Ivo Tanner"),
            False,
        ),
        (
            "The mediators withdrew without talking to President Ana Lutz.",
            pair("mediators", "Ana Lutz"),
            False,
        ),
    ],
)
def test_participles_and_called_off_meetings(facts_of, text: str, expected: frozenset[str],
                                             is_fact: bool) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    assert (expected in met_pairs(facts_of(text))) is is_fact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The suspension of talks with Peru by Chile was expected.", pair("Chile", "Peru")),
        ("The cancellation of talks with Togo by Ghana angered traders.", pair("Ghana", "Togo")),
        (
            "Officials regretted the postponement of the meeting between Ana Lutz and Ivo Tanner.",
            pair("Ana Lutz", "Ivo Tanner"),
        ),
        ("The boycott of talks with Kenya by Uganda continued.", pair("Kenya", "Uganda")),
    ],
)
def test_meetings_called_off_by_a_noun(facts_of, text: str, expected: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
    """ "the suspension of talks", "the postponement of the meeting": no meeting held."""
    assert expected not in met_pairs(facts_of(text))


def test_without_speaking_is_no_statement(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The mediators -- Bishop Juan Soto and Ambassador Ann Vale -- left without talking to reporters."
    assert not {"Juan Soto", "Ann Vale"} & speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural post owned by countries is no audience, though "the country" can be one
        (
            "Estonia and Latvia restored ties. Ruth Hale spoke to the two countries' foreign "
            "ministers by telephone. Estonian Foreign Minister Karel Novy said the call went "
            "well. Latvian Foreign Minister Juris Ozols agreed.",
            {pair("Ruth Hale", "Karel Novy"), pair("Ruth Hale", "Juris Ozols")},
        ),
        (
            "Estonia and Latvia signed the treaty. Ruth Hale received the prize from the two "
            "countries' prime ministers. Estonian Prime Minister Karel Novy spoke first. "
            "Latvian Prime Minister Juris Ozols spoke next.",
            {pair("Ruth Hale", "Karel Novy"), pair("Ruth Hale", "Juris Ozols")},
        ),
    ],
)
def test_a_post_owned_by_countries_is_no_audience(
    facts_of, text: str, expected: set[frozenset[str]]
) -> None:  # type: ignore[no-untyped-def]
    assert expected <= met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Hale spoke to Radio Norvex's morning programme about the strike.",
        "Ruth Hale talked to the Daily Courier's readers about the strike.",
    ],
)
def test_a_broadcasters_programme_or_readers_are_an_audience(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Hale spoke to ZDF on Sunday about the strike.",
        "Ruth Hale talked to Deutsche Welle about the strike.",
        "On Monday Ruth Hale spoke to NHK and to Karel Novy's party.",
        "Ruth Hale spoke to Channel 4 after the vote.",
    ],
)
def test_a_public_broadcaster_or_agency_known_by_name_is_an_audience(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    partners = {names[a] for e in facts.events for a in e.actors("participant")}
    assert not partners & {"ZDF", "Deutsche Welle", "NHK", "Channel 4"}


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Hale held a parley with Karel Novy at the border.",
        "The rendezvous between Ruth Hale and Karel Novy took place at sea.",
    ],
)
def test_rarer_meeting_nouns(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Ruth Hale", "Karel Novy") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Nepalese Foreign Minister Gita Rai called on Prime Minister Arun Bhatt at his office.",
         ("Gita Rai", "Arun Bhatt")),
        ("Earlier, the visiting army chief, General Omar Said, called on President Lina Haddad"
         " in Amman.", ("Omar Said", "Lina Haddad")),
        ("Gita Rai called upon Governor Arun Bhatt on Tuesday and discussed trade.",
         ("Gita Rai", "Arun Bhatt")),
    ],
)  # fmt: skip
def test_a_call_paid_on_a_person_is_a_meeting(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """ "X called on Prime Minister Y at his office": a courtesy call, nothing asked of Y."""
    facts = facts_of(text)
    assert frozenset(pair) in met_pairs(facts)
    assert not any(e.type == "appeal" for e in facts.events)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Gita Rai called on President Arun Bhatt to resign.",
        "Senator Gita Rai called on President Arun Bhatt for calm.",
        "Senator Gita Rai called on Nepal to withdraw its troops.",
        "Gita Rai called on President Arun Bhatt and urged him to resign.",
        "Gita Rai called on President Arun Bhatt, saying he must quit.",
    ],
)
def test_an_appeal_on_someone_is_no_call_paid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts) == set()
    assert any(e.type == "appeal" for e in facts.events)


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Otto Brandt and President Adam Nowak met separately with Ana Ruiz on Monday.",
        "Chancellor Otto Brandt and President Adam Nowak each met Ana Ruiz on Monday.",
        "Chancellor Otto Brandt and President Adam Nowak held separate talks with Ana Ruiz.",
    ],
)
def test_subjects_who_meet_apart_do_not_meet_each_other(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {
        pair("Otto Brandt", "Ana Ruiz"),
        pair("Adam Nowak", "Ana Ruiz"),
    }


def test_subjects_who_meet_together_meet_each_other(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chancellor Otto Brandt and President Adam Nowak met Ana Ruiz on Monday.")
    assert pair("Otto Brandt", "Adam Nowak") in met_pairs(facts)


@pytest.mark.parametrize(
    ("text", "visitors", "host"),
    [
        ("Envoys from Gabon and Benin arrived in Accra on Tuesday.", ("Gabon", "Benin"), "Ghana"),
        (
            "Swiss President Rolf Egli and Austrian Chancellor Maria Gruber flew to Lima on "
            "Sunday.",
            ("Rolf Egli", "Maria Gruber"),
            "Peru",
        ),
        (
            "The prime ministers of Latvia and Estonia visited Oslo last week.",
            ("Latvia", "Estonia"),
            "Norway",
        ),
    ],
)
def test_visitors_of_one_place_do_not_meet_each_other(  # type: ignore[no-untyped-def]
    facts_of, text: str, visitors: tuple[str, str], host: str
) -> None:
    pairs = met_pairs(facts_of(text))
    assert pair(*visitors) not in pairs
    assert {pair(v, host) for v in visitors} <= pairs  # each still visits the host


def test_visitors_of_each_others_capitals_do_not_meet(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Officials from Ghana and Togo visited Lome and Accra respectively last week."
    assert pair("Ghana", "Togo") not in met_pairs(facts_of(text))


def test_co_visitors_who_meet_still_meet(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Envoys from Gabon and Benin met in Accra on Tuesday."
    assert pair("Gabon", "Benin") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Finnish President Aino Laine visited Majdanek on Monday.", "Majdanek"),
        ("Spanish Defence Minister Rosa Gil visited Bagram Airfield on Friday.", "Airfield"),
    ],
)
def test_a_visited_site_is_no_host(facts_of, text: str, site: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {n for p in met_pairs(facts) for n in p}
    assert not any(site in n for n in names)


def test_a_visited_body_named_again_stays_a_host(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Irish minister Sean Walsh visited Vexatron on Monday. Vexatron makes drills."
    assert pair("Sean Walsh", "Vexatron") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Olaf Kern visited Nokia in Espoo.", pair("Olaf Kern", "Nokia")),
        ("Ms Vale visited Microsoft last week to discuss the deal.", pair("Vale", "Microsoft")),
    ],
)
def test_a_visited_body_named_once_stays_a_host(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italian envoy Marco Sala visited Mr Orlov on Monday.", pair("Marco Sala", "Orlov")),
        ("Italian envoy Marco Sala visited the Pope on Monday.", pair("Marco Sala", "Pope")),
        (
            "Greek minister Eleni Pappas met Ivo Horvat. Later she visited Horvat at home.",
            pair("Eleni Pappas", "Ivo Horvat"),
        ),
    ],
)
def test_a_visited_person_named_so_stays_a_host(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "host", "guests"),
    [
        (
            "The Dutch king received the envoys of Fiji and Samoa on Friday.",
            "Netherlands",
            ("Fiji", "Samoa"),
        ),
        (
            "Kenyan President Ruth Wanjiru welcomed Gabonese and Beninese ministers to Nairobi.",
            "Ruth Wanjiru",
            ("Gabon", "Benin"),
        ),
    ],
)
def test_guests_received_one_by_one_do_not_meet_each_other(  # type: ignore[no-untyped-def]
    facts_of, text: str, host: str, guests: tuple[str, str]
) -> None:
    pairs = met_pairs(facts_of(text))
    assert pair(*guests) not in pairs
    assert {pair(host, g) for g in guests} <= pairs


def test_guests_hosted_together_may_meet(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana hosted Gabonese and Beninese negotiators on Monday."
    assert pair("Gabon", "Benin") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ministers from Gabon and Benin were in Brussels on Tuesday for separate meetings.",
        "Ana Ruiz and Tom Ray held separate meetings with the governor.",
        "Ana Ruiz and Tom Ray each held talks with party officials on Monday.",
        "The envoys of Gabon and Benin held separate talks in Geneva.",
    ],
)
def test_separate_meetings_with_no_one_named_pair_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


def test_meetings_held_together_still_pair_their_sides(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ana Ruiz and Tom Ray met to discuss separate issues.")
    assert pair("Ana Ruiz", "Tom Ray") in met_pairs(facts)
