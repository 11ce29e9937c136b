"""Capitalised words that name no actor: sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "not_names"),
    [
        ("Ann Lee said the Bill was mostly pointless.", {"Bill"}),
        ("Ivo Marsh said his Budget would help families.", {"Budget"}),
        ("Ann Lee said the White Paper was a disappointment.", {"White Paper", "Paper"}),
        ("Ivo Marsh said Britishness was in decline.", {"Britishness"}),
        ('Ann Lee said: "We will cut the size and role of the State."', {"State"}),
        ("Ivo Marsh said the State should not run the railways.", {"State"}),
        ("Ann Lee said the State had grown too big.", {"State"}),
        ("Ivo Marsh said the welfare State was failing.", {"State"}),
    ],
)
def test_words_the_model_takes_for_names(nlp, text: str, not_names: set[str]) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text for e in nlp(text).ents}
    assert not ents & not_names
    assert ents & {"Ann Lee", "Ivo Marsh"}  # the real names stay


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bill Hartley met Tom Vance in Washington.", "Bill Hartley"),
        ("Ann Lee met Mr Bill Jones on Monday.", "Bill Jones"),
        ("MPs passed the Licensing Act on Monday.", "Licensing Act"),
        ("Tom Ray said the State of Kelso would sue.", "State of Kelso"),
        ("The State Department said the talks would go on.", "State Department"),
    ],
)
def test_names_stay_names(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {e.text for e in nlp(text).ents}


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        (
            "Ann Lee paid back a loan from former Tory Treasurer Lord Fenwick on Monday.",
            "Treasurer Lord",
        ),
        ("Ann Lee consulted a QC and also the then Lord Chancellor, Lord Pendle.", "Chancellor"),
    ],
)
def test_titles_alone_are_no_person(nlp, text: str, not_name: str) -> None:  # type: ignore[no-untyped-def]
    assert not_name not in {e.text for e in nlp(text).ents}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Home Secretary Tim Ray warned that a Madrid-style bombing could happen.", "Spain"),
        ("Ann Vale said a Soviet-style purge was under way.", "Soviet Union"),
        ("Tom Ray said the Kenyan-era rules were harsh.", "Kenya"),
    ],
)
def test_a_name_that_only_says_what_something_is_like_names_no_actor(  # type: ignore[no-untyped-def]
    facts_of, text: str, gone: str
) -> None:
    assert gone not in {a.name for a in facts_of(text).actors}


def test_a_country_that_acts_is_still_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert "Soviet Union" in {a.name for a in facts_of("Soviet troops invaded Ruritania.").actors}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("South Korea's central bank said it would buy more Australian dollars.", "Australia"),
        ("The Bank of Korea said it would buy the Australian and Canadian dollar.", "Canada"),
        ('"The British pound is overvalued," said Lena Vos, an analyst at Holm Capital.',
         "United Kingdom"),
        ("Lin Wei said the Chinese yuan was pegged to the US dollar.", "United States"),
    ],
)  # fmt: skip
def test_a_currency_named_by_a_country_is_no_actor(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert country not in {a.name for a in facts_of(text).actors}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Australian officials said the dollar was strong.", "Australia"),
        ("US officials said the dollar had fallen.", "United States"),
        ("The Japanese government said the yen was too strong.", "Japan"),
    ],
)
def test_a_country_beside_a_currency_still_acts(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert country in {a.name for a in facts_of(text).actors}


@pytest.mark.parametrize(
    ("text", "firm", "country"),
    [
        ("Dora Fenn, a spokeswoman for American, the world's largest carrier, said fares rose.",
         "American", "United States"),
        ("American, the largest US carrier, said it would cut 2,000 jobs.",
         "American", "United States"),
        ("Tom Bale, a spokesman for Canadian, the country's second carrier, said flights stopped.",
         "Canadian", "Canada"),
    ],
)  # fmt: skip
def test_a_firm_named_by_a_demonym_is_the_firm(  # type: ignore[no-untyped-def]
    facts_of, text: str, firm: str, country: str
) -> None:
    names = {a.name for a in facts_of(text).actors}
    assert firm in names
    assert country not in names


def test_plural_demonyms_stay_their_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Americans, the biggest investors in the firm, said they were worried.")
    assert "American" not in {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title before a one-word name that ends like an abstract noun keeps it a name
        ("Pope Clement met the leaders of Chile and Peru.", "Clement"),
        ("Cardinal Clement condemned Peru's decision.", "Clement"),
        ("King Clement praised Chile for its aid.", "Clement"),
    ],
)
def test_a_title_makes_a_word_with_an_abstract_ending_a_name(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert any(name in e.text and e.label_ == "PERSON" for e in nlp(text).ents)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the clergy's posts are titles, and their holder speaks for no state
        ("Cardinal Ruiz condemned Peru.", {"Ruiz"}),
        ("Patriarch Ilarion said the war must end.", {"Ilarion"}),
        ("The Chilean archbishop said the detentions were unacceptable.", set()),
        ("Rabbi Ezra Cohen said the attack was a crime.", {"Ezra Cohen"}),
    ],
)
def test_clergy_titles_name_a_person_not_a_state(facts_of, text: str, speakers: set[str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    found = {names[k] for e in facts.events for k in e.actors("speaker", "agent")}
    assert found == speakers


@pytest.mark.parametrize(
    "text",
    [
        # a rank that starts the name of a thing is no style: "Election" is no one
        "Ann Vale said Labour would publish its plans before the General Election.",
        "Ivo Marsh said the General Election would be held in May.",
    ],
)
def test_a_rank_before_an_abstract_word_makes_no_name(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Election" not in {a.name for a in facts_of(text).actors}


def _actor_names(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sales will dip after the Indian ocean tsunami hit resorts, Holm Air said.", "India"),
        (
            "Tankers waited in the Arabian sea for weeks, shipping firm Vale Lines said.",
            "Saudi Arabia",
        ),
        ("Storms over the Indian subcontinent cut output, the Tarn Group said.", "India"),
    ],
)
def test_a_sea_named_by_a_demonym_is_no_country(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert country not in _actor_names(facts_of(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("House prices were 9% higher on the year, the Land Registry said.", "House"),
        (
            "Minister Ana Ruiz said the cabinet was weighing a State contribution to the firm.",
            "State",
        ),
        ("Economist Ivo Marsh said a State subsidy would follow.", "State"),
    ],
)
def test_a_capitalised_common_word_before_a_noun_is_no_body(facts_of, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word not in _actor_names(facts_of(text))


def test_a_named_sea_and_a_demonym_body_stay_apart(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ships crossed the Indian Ocean, the Indian navy said.")
    assert "India" in _actor_names(facts)
