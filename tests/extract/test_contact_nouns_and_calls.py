"""Contacts named by nouns and calls: "talks involving A, B and C", "a joint news
conference", "placed a call to X", "X's trip included talks with Y", "talks were held
by A and B"; verbs of ringing, chatting and dining; meetings ahead or shunned.

Sentences written for these tests; names are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks involving Chad, Niger and Mali ended in Bamako on Friday.",
            {pair("Chad", "Niger"), pair("Chad", "Mali"), pair("Niger", "Mali")},
        ),
        (
            "Six-party talks involving China, Japan and Mongolia resumed on Monday.",
            {pair("China", "Japan"), pair("China", "Mongolia"), pair("Japan", "Mongolia")},
        ),
        (
            "The talks involving Envoy Lise Dahl and Minister Omar Haddad lasted two days.",
            {pair("Lise Dahl", "Omar Haddad")},
        ),
    ],
)
def test_talks_involving_several_parties(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A scandal involving Chad and Niger grew on Friday.",
        "Talks involving Chad and Niger are planned for May.",
        "Chad rejected talks involving Niger and Mali.",
    ],
)
def test_no_talks_involving(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Premier Olan Vesk was meeting President Mara Tull later on Monday.",
        "President Leo Varga was holding talks with Prime Minister Ana Solis later that day.",
        "Premier Olan Vesk snubbed President Mara Tull at the summit.",
        "Premier Olan Vesk ignored President Mara Tull during the meeting.",
    ],
)
def test_meetings_ahead_or_shunned(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Premier Olan Vesk was meeting President Mara Tull on Monday when the news broke.",
        "Premier Olan Vesk thanked President Mara Tull during the meeting.",
        "Premier Olan Vesk met President Mara Tull later on Monday.",
    ],
)
def test_meetings_held_that_day(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {pair("Olan Vesk", "Mara Tull")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chancellor Greta Lenz rang her Czech counterpart Pavel Dusek on Monday.",
            pair("Greta Lenz", "Pavel Dusek"),
        ),
        (
            "Premier Olan Vesk chatted with President Mara Tull at the ranch.",
            pair("Olan Vesk", "Mara Tull"),
        ),
        (
            "Czech President Pavel Dusek dined with Chancellor Greta Lenz in Vienna on Friday.",
            pair("Pavel Dusek", "Greta Lenz"),
        ),
        (
            "Czech President Pavel Dusek was dining with Chancellor Greta Lenz when the news came.",
            pair("Pavel Dusek", "Greta Lenz"),
        ),
    ],
)
def test_ringing_chatting_and_dining(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ann Kyle rang the bell to open the session.",
        "Premier Olan Vesk chatted about football on the radio.",
        "Premier Olan Vesk chatted with reporters in Oslo.",
        "Czech President Pavel Dusek will dine with Chancellor Greta Lenz on Friday.",
    ],
)
def test_no_ring_chat_or_dinner(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Premier Olan Vesk and President Mara Tull held a joint news conference in Oslo.",
            pair("Olan Vesk", "Mara Tull"),
        ),
        (
            "Premier Olan Vesk and President Mara Tull told a joint news conference that ties "
            "were good.",
            pair("Olan Vesk", "Mara Tull"),
        ),
        (
            "At a joint press conference with President Mara Tull, Premier Olan Vesk said ties "
            "were good.",
            pair("Olan Vesk", "Mara Tull"),
        ),
    ],
)
def test_a_joint_news_conference(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Premier Olan Vesk told a news conference that President Mara Tull was wrong.",
        "Premier Olan Vesk attended a conference with President Mara Tull's aides.",
        "Premier Olan Vesk and President Mara Tull will hold a joint news conference on Friday.",
    ],
)
def test_no_joint_news_conference(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Leo Varga's phone call to Chancellor Greta Lenz lasted an hour.",
            pair("Leo Varga", "Greta Lenz"),
        ),
        (
            "President Leo Varga placed a call to Chancellor Greta Lenz on Sunday.",
            pair("Leo Varga", "Greta Lenz"),
        ),
        (
            "Premier Olan Vesk returned a call from President Mara Tull on Monday.",
            pair("Olan Vesk", "Mara Tull"),
        ),
    ],
)
def test_calls_placed_and_returned(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "President Leo Varga issued a call to Chancellor Greta Lenz to act.",
        "President Leo Varga returned the call to arms.",
        "President Leo Varga's call to Chancellor Greta Lenz to resign was rejected.",
    ],
)
def test_appeals_are_no_phone_calls(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Ken Oda's trip to Seoul included talks with President Kim Dae-su.",
            pair("Ken Oda", "Kim Dae-su"),
        ),
        (
            "Chancellor Greta Lenz was granted an audience with Pope Gregory on Wednesday.",
            pair("Greta Lenz", "Pope Gregory"),
        ),
        (
            "King Harald granted Premier Olan Vesk an audience on Monday.",
            pair("King Harald", "Olan Vesk"),
        ),
    ],
)
def test_trips_including_talks_and_audiences_granted(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))  # (and the trip's host country)


@pytest.mark.parametrize(
    "text",
    [
        "The plan included talks with Chancellor Greta Lenz.",
        "President Leo Varga's visit will include talks with Chancellor Greta Lenz.",
        "The court granted President Leo Varga a hearing.",
    ],
)
def test_no_talks_included_or_granted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meeting in Geneva, Swedish diplomat Nils Berg and Iraqi envoy Sami Aziz agreed on a "
            "prisoner swap.",
            pair("Nils Berg", "Sami Aziz"),
        ),
        (
            "Meeting on Monday, the Greek and Turkish prime ministers agreed to talk again.",
            pair("Greece", "Turkey"),
        ),
        (
            "Meeting in Oslo, Prime Minister Ann Kyle and President Bob Tran agreed to cooperate.",
            pair("Ann Kyle", "Bob Tran"),
        ),
    ],
)
def test_subjects_after_an_opening_meeting(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Meeting reporters in Oslo, Prime Minister Ann Kyle and President Bob Tran agreed.",
        "Meeting in Oslo, Prime Minister Ann Kyle said ties were good.",
        "Meeting the demands of the unions, Premier Olan Vesk and President Mara Tull raised wages.",
    ],
)
def test_no_meeting_after_an_opening_participle(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks were held by Foreign Minister Ivo Brandl and Secretary of State Jo Kerrigan "
            "in Geneva.",
            {pair("Ivo Brandl", "Jo Kerrigan")},
        ),
        (
            "A meeting was held by Premier Olan Vesk with President Mara Tull on Monday.",
            {pair("Olan Vesk", "Mara Tull")},
        ),
        (
            "Talks were hosted by Norway between Premier Olan Vesk and President Mara Tull.",
            {
                pair("Olan Vesk", "Mara Tull"),
                pair("Norway", "Olan Vesk"),
                pair("Norway", "Mara Tull"),
            },
        ),
    ],
)
def test_talks_held_by_in_the_passive(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Talks were planned by Premier Olan Vesk and President Mara Tull.",
        "Talks were held on Monday.",
        "Talks were not held by Premier Olan Vesk and President Mara Tull.",
    ],
)
def test_no_talks_held_by(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Rui Paz was given an audience with King Anselm at the palace.",
            pair("Rui Paz", "King Anselm"),
        ),
        (
            "Queen Hedda gave Minister Aldo Fumi an audience on Sunday.",
            pair("Queen Hedda", "Aldo Fumi"),
        ),
        ("Senator Rui Paz got an audience with King Anselm.", pair("Rui Paz", "King Anselm")),
        ("Egypt engaged Sudan in talks over the dam.", pair("Egypt", "Sudan")),
        ("Oman has engaged the Taliban in negotiations on the port.", pair("Oman", "Taliban")),
        ("Chile engaged Bolivia in a dialogue on water rights.", pair("Chile", "Bolivia")),
    ],
)
def test_audiences_given_and_parties_engaged_in_talks(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Rui Paz sought an audience with King Anselm.",
        "Egypt tried to engage Sudan in talks over the dam.",
    ],
)
def test_an_audience_sought_or_talks_tried_are_not_held(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meeting for the first time since their border dispute flared, the foreign ministers "
         "of Chile and Argentina agreed to set up a joint commission.", pair("Chile", "Argentina")),
        ("Meeting on the sidelines of the summit after months of tension, the prime ministers "
         "of Norway and Sweden agreed to share the costs.", pair("Norway", "Sweden")),
        ("Meeting in Santiago, the presidents of Chile and Argentina pledged to settle the "
         "dispute.", pair("Chile", "Argentina")),
    ],
)  # fmt: skip
def test_subjects_after_a_long_or_noun_read_opening_meeting(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Meeting for the first time since her election, Ana Ruiz said ties were good.",
        "Meeting in Santiago, the Chilean president said ties were good.",
        "Meeting the demands of the unions since the strike began, Chile and Peru raised wages.",
    ],
)
def test_no_meeting_after_a_long_opening_participle_of_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()
