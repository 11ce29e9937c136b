"""Entity repair: what the model tags, mended before anything reads it."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


def test_views_and_title_around_a_party_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "pro-war Labour MP Ann Lee": the organisation is Labour, not the whole phrase."""
    doc = nlp("Tom Holt will stand against anti-Iraq war Labour MP Ann Lee next year.")
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert "Labour" in orgs
    assert not any("MP" in o or "war" in o for o in orgs)


@pytest.mark.parametrize(
    "text",
    [
        "Cuts would leave every village without a GP or a school.",
        "The plan would cost every GP and nurse their job.",
        "Ask your GP about it, Ann Roe told the patients.",
    ],
)  # fmt: skip
def test_an_abbreviated_profession_is_no_organisation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert not [e.text for e in doc.ents if e.label_ == "ORG" and e.text == "GP"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Bank of Norland is working closely with the statistics office.",
         "Bank of Norland"),
        ("Growth was faster, according to Bank of Ostrava deputy governor Ann Roe.",
         "Bank of Ostrava"),
        ("Tom Reyes, head of strategy at Bank of Kelmar in Toronto, said rates would rise.",
         "Bank of Kelmar"),
    ],
)  # fmt: skip
def test_a_firm_noun_that_heads_an_of_name_stays_in_it(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    orgs = [e.text for e in nlp(text).ents if e.label_ == "ORG"]
    assert name in orgs
    assert not any(o.startswith("of ") for o in orgs)


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi prime minister met Iranian Supreme Leader Ayatollah Reza Tabrizi in Tehran.",
        "Iran's Supreme Leader Ayatollah Reza Tabrizi said the talks were useless.",
        "Supreme Leader Ayatollah Reza Tabrizi met the Iraqi prime minister.",
    ],
)
def test_an_adjective_of_a_title_is_no_organisation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert "Supreme" not in {a.name for a in facts.actors}
    assert affiliations(facts) <= {("Reza Tabrizi", "Iran")}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Supreme Court Chief Justice Ana Ruiz said the law was void.",
            ("Ana Ruiz", "Supreme Court"),
        ),
        ("Senate Democratic Leader Ana Ruiz said the bill would fail.", ("Ana Ruiz", "Democratic")),
    ],
)
def test_a_body_before_a_title_stays(facts_of, text: str, tie: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert affiliations(facts_of(text)) == {tie}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Mr Dunne was received by President Kenyatta at State House.", "Kenyatta"),
        ("Mr Ross met President Kenyatta at State House on Tuesday.", "Kenyatta"),
    ],
)
def test_no_name_ends_in_a_preposition(facts_of, text: str, host: str) -> None:  # type: ignore[no-untyped-def]
    """The model may take the word after a name into it ("Kenyatta at"); a name
    never ends in a preposition, a conjunction or an article."""
    names = {a.name for a in facts_of(text).actors}
    assert host in names
    assert not any(n.endswith((" at", " and", " the", " of")) for n in names)


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Delegates at the Ocean Council elected Ghana's Kwabena Ofori as council president "
         "on Thursday.", "Kwabena Ofori", "Ghana"),
        ("The Ocean Council elected Ghana's Kwabena Ofori as council president on Thursday.",
         "Kwabena Ofori", "Ghana"),
    ],
)  # fmt: skip
def test_no_name_runs_on_through_as(facts_of, text: str, person: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """The model may run a name on through "as" into the post it is given ("Kwabena
    Ofori as council"): the name ends before "as"."""
    facts = facts_of(text)
    assert (person, country) in affiliations(facts)
    assert not any(" as " in a.name for a in facts.actors)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a two-word demonym the model tags as a person is a people, standing for its country
        ("Sri Lankan officials met Indian diplomats in Colombo.", "Sri Lanka"),
        ("Sri Lankan and Indian officials met in Delhi.", "Sri Lanka"),
        ("Envoy Ann Lee brought together Sri Lankan officials and Tamil leaders.", "Sri Lanka"),
    ],
)
def test_a_demonym_tagged_as_a_person_is_its_country(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert country in names and "Sri Lankan" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Neither Chile nor Peru attended the talks.", "Chile"),
        ("Neither Chile nor Bolivia replied on Monday.", "Chile"),
        ("Neither Ostland Bank nor Vale Mining would comment.", "Ostland Bank"),
    ],
)
def test_neither_is_no_part_of_a_name(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    names = [e.text for e in nlp(text).ents]
    assert name in names
    assert not any(n.lower().startswith(("neither", "either", "both")) for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Slovenia, a member of the eurozone, cut its deficit.", "eurozone"),
        ("Inflation in the euro area rose to 3% in May.", "euro area"),
        ("Growth in the euro zone slowed in March.", "euro zone"),
    ],
)
def test_a_name_the_gazetteer_lists_in_lower_case_is_a_name(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in [e.text for e in nlp(text).ents]


@pytest.mark.parametrize(
    "text",
    [
        "The security council of the club met on Monday.",
        "The trade union said its members would strike.",
        "Prices in the euro rose, the zone of trade said.",
    ],
)
def test_a_lower_case_phrase_not_listed_so_is_no_name(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in nlp(text).ents if e.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("He held talks with his Turkmen counterpart, Murad Orazov, on gas swaps.", "Murad Orazov", "Turkmenistan"),
        ("The minister later phoned his Turkmen counterpart, Murad Orazov, about the pipeline.", "Murad Orazov", "Turkmenistan"),
        ("The Kenyan minister held talks with his Seychellois counterpart, Ivo Marek, in Nairobi.", "Ivo Marek", "Seychelles"),
    ],
)  # fmt: skip
def test_a_peoples_adjective_the_model_takes_for_a_product_is_a_people(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, country: str
) -> None:
    assert (person, country) in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Nordic members of NATO - Norway, Denmark and Iceland - issued a statement on Monday.",
        "The Nordic members of the alliance met in Oslo on Monday.",
    ],
)  # fmt: skip
def test_a_regions_adjective_is_no_organisation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The model tags "Nordic" of "the Nordic members" as an organisation."""
    assert "Nordic" not in [e.text for e in nlp(text).ents if e.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Ann Lowe joined the Kestrel Bank board on Monday.", "Kestrel Bank"),
        ("Labour leader Tom Holt met union officials in Leeds on Monday.", "Labour"),
        ("The NATO summit opened in Oslo on Monday.", "NATO"),
    ],
)  # fmt: skip
def test_a_one_word_body_before_a_noun_stays(nlp, text: str, org: str) -> None:  # type: ignore[no-untyped-def]
    assert org in [e.text for e in nlp(text).ents if e.label_ == "ORG"]


@pytest.mark.parametrize(
    "text",
    [
        "The ruling Jubilee Party said the vote had been fair.",
        "Kenya's ruling party, the Jubilee Party, said the vote had been fair.",
        "Officials of the Jubilee Party met Uganda's envoy.",
    ],
)
def test_a_name_ending_in_party_is_no_person(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.label_ for e in nlp(text).ents if e.text == "Jubilee Party"] == ["ORG"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Fellow Southern Union members Chile and Peru sent ships.", "Southern Union"),
        ("Fellow Coastal Trade Organisation members Ghana and Togo objected.",
         "Coastal Trade Organisation"),
    ],
)  # fmt: skip
def test_fellow_opening_a_sentence_is_no_part_of_the_body(nlp, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert body in [e.text for e in nlp(text).ents if e.label_ == "ORG"]
