"""A body's name, a lower-case title and a person's name: "IGAD envoy X", "AU
mediator X", "Front convener X" after "the Unity Front", "PNG Defence Minister X";
and a plural national post after a bloc of states ("EU leaders A and B"), which is
no post in the bloc. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations

_IGAD = "Intergovernmental Authority on Development"
_PNG = "Papua New Guinea"


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        # a body's acronym the model tags as a verb before the title
        ("IGAD executive secretary Amina Wekesa flew to Nairobi on Monday.", ("Amina Wekesa", _IGAD)),
        ("IGAD deputy secretary Joseph Mwangi later visited Juba.", ("Joseph Mwangi", _IGAD)),
        ("IGAD envoy Joseph Mwangi arrived in Juba.", ("Joseph Mwangi", _IGAD)),
        # "mediator" and "convener" are posts
        ("EU mediator Jan Berg said the talks had failed.", ("Jan Berg", "European Union")),
        ("AU mediator Kofi Adjei said the talks would resume.", ("Kofi Adjei", "African Union")),
        ("UN mediator Sara Lind met both sides on Friday.", ("Sara Lind", "United Nations")),
        ("Labour Party convener Lucy Hall said the vote was fair.", ("Lucy Hall", "Labour Party")),
        # a body's last word standing for the body named before
        ("The Unity Front held a rally. Front convener Tarek Alam accused the commission.",
         ("Tarek Alam", "Unity Front")),
        ("The Justice Movement marched in the capital. Movement convener Lina Darko said "
         "the march was peaceful.", ("Lina Darko", "Justice Movement")),
        ("The Unity Front held a rally. Front leader Tarek Alam accused the commission.",
         ("Tarek Alam", "Unity Front")),
        # an unknown one-word name before "leader" and a person's name
        ("Somaliland leader Hassan Abdi met the envoy.", ("Hassan Abdi", "Somaliland")),
        ("Velmoria leader Tomas Ardo said the vote was valid.", ("Tomas Ardo", "Velmoria")),
        ("Somaliland leader Musa Hirsi said the talks had failed.", ("Musa Hirsi", "Somaliland")),
        # a country's common initials
        ("PNG Foreign Minister Justin Wari met his Fijian counterpart.", ("Justin Wari", _PNG)),
        ("PNG Defence Minister Peter Kama met the Australian envoy.", ("Peter Kama", _PNG)),
        ("The PNG prime minister, Joseph Aru, met the Chinese envoy.", ("Joseph Aru", _PNG)),
    ],
)  # fmt: skip
def test_a_body_before_a_title(facts_of, text: str, tie: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "bloc"),
    [
        ("EU leaders Marta Kollar and Pieter Veld met in Brussels.", "European Union"),
        ("NATO defence ministers Ole Lund and Jan Brek met in Oslo.",
         "North Atlantic Treaty Organization"),
        ("AU leaders Amadou Diallo and Peter Okello met in Addis Ababa.", "African Union"),
        ("ASEAN foreign ministers Noor Aziz and Tran Minh met in Hanoi.",
         "Association of Southeast Asian Nations"),
    ],
)  # fmt: skip
def test_a_bloc_s_plural_national_post(facts_of, text: str, bloc: str) -> None:  # type: ignore[no-untyped-def]
    assert not {b for _, b in affiliations(facts_of(text))} & {bloc}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        # the bloc's own posts, and a body that is no bloc of states
        ("EU commissioners Ana Vidal and Piet Roos visited Kyiv.", ("Ana Vidal", "European Union")),
        ("Hamas leaders Omar Saleh and Yusuf Daher met in Cairo.", ("Omar Saleh", "Hamas")),
        ("Russia accused the EU envoy Lars Brenner of bias.", ("Lars Brenner", "European Union")),
    ],
)  # fmt: skip
def test_posts_kept(facts_of, text: str, tie: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Labour voter Janet Hill said she was angry.",  # no post
        "The Nobel laureate Ada Lindqvist criticised the war.",  # a prize, no body
        "Apple fan Derek Moss said the phone was late.",  # no post
        "The Front convener Tarek Alam said the vote was rigged.",  # no front named before
    ],
)
def test_no_post_no_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        # a country's possessive opening the body: one holder for all the names
        ("Two officers of Russia's Federal Security Service, Oleg Marin and Ivan Sobol, "
         "were expelled.", {("Oleg Marin", "Federal Security Service"),
                            ("Ivan Sobol", "Federal Security Service")}),
        ("Two officers of Ukraine's Security Service, Oleg Marin and Ivan Sobol, were "
         "arrested.", {("Oleg Marin", "Ukraine Security Service")}),
        ("Three officials of Poland's Internal Security Agency, Jan Nowak, Piotr Lis and "
         "Adam Wolny, were dismissed.", {("Jan Nowak", "Internal Security Agency")}),
        # a party's label before a dotted seat and a name
        ("The Labour M.P. Edith Corran said the tests must end.", {("Edith Corran", "Labour")}),
        ("The Labour M.P. Tom Reid met the envoy.", {("Tom Reid", "Labour")}),
        ("The Green M.P. Ruth Dale said the tests must end.", {("Ruth Dale", "Green")}),
    ],
)  # fmt: skip
def test_one_body_for_all(facts_of, text: str, ties: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert ties <= affiliations(facts_of(text))


def test_one_each_when_two_countries(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The foreign ministers of Chile and Peru, Ana Ruiz and Luis Mora, met in Lima."
    assert {("Ana Ruiz", "Chile"), ("Luis Mora", "Peru")} <= affiliations(facts_of(text))
