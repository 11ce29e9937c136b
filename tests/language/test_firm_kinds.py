"""A name told to be a firm by the kind of firm it is, by its legal form, by a post
held only in firms or by its shares is a body, whatever the model tagged it; "the
chipmaker" after one firm named is that firm. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, cooperation_pairs, directed, pair, speakers


def _label(nlp, text: str, name: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.label_ for e in nlp(text).ents if e.text == name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ostrava Kell, a shipping firm, signed a deal with Egypt on Monday.", "Ostrava Kell"),
        ("Lusavia, the national carrier, signed an agreement with Airbus on Monday.", "Lusavia"),
        ("Breska, a Polish lender, was fined by the European Central Bank on Tuesday.", "Breska"),
        (
            "Gravina, an Italian defence group, said on Wednesday that it had won a contract.",
            "Gravina",
        ),
        ("Zambia signed an agreement with the miner Zantaro on Tuesday.", "Zantaro"),
        ("Pavel Strenk, chairman of the steel maker Oltrex, said prices would rise.", "Oltrex"),
        (
            "Morvane is a Danish shipbuilder. Morvane signed a contract with Chile on Monday.",
            "Morvane",
        ),
        (
            "Felmont is an oil trader based in Geneva. Felmont signed a deal with Nigeria.",
            "Felmont",
        ),
    ],
)
def test_a_name_told_a_kind_of_firm_is_a_body(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _label(nlp, text, name) == {"ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Danvor AG criticised the European Commission on Tuesday.", "Danvor AG"),
        ("Kelpin GmbH signed a contract with Egypt on Monday.", "Kelpin GmbH"),
        (
            "Marta Ilves, the chief executive of Corvane, met the Estonian Prime Minister.",
            "Corvane",
        ),
        ("Jo Brenn, Tavrik's chief executive, said on Monday that jobs would go.", "Tavrik"),
        ("Shares in Traxis fell sharply on Tuesday.", "Traxis"),
        ("Shares in Lusk fell on Friday after the crash.", "Lusk"),
    ],
)
def test_a_legal_form_a_firm_post_or_shares_make_a_body(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _label(nlp, text, name) == {"ORG"}


def test_facts_of_firms_told_by_their_kind(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Felmont is an oil trader based in Geneva. Felmont signed a supply deal with Nigeria on Friday."
    )
    assert pair("Felmont", "Nigeria") in cooperation_pairs(facts)
    facts = facts_of(
        "Gravina, an Italian defence group, said on Wednesday that it had won the contract."
    )
    assert "Gravina" in speakers(facts)
    facts = facts_of(
        "Marta Ilves, the chief executive of Corvane, met the Estonian Prime Minister on Monday."
    )
    assert ("Marta Ilves", "Corvane") in affiliations(facts)


@pytest.mark.parametrize(
    ("text", "agent", "firm"),
    [
        ("Shares in Traxis fell after the European Commission fined the chipmaker on Tuesday.",
         "European Commission", "Traxis"),
        ("Shares in Velmor rose on Monday. Japan later sanctioned the carmaker.", "Japan", "Velmor"),
        ("Shares in Lusk fell on Friday. Kenya accused the airline of breaking safety rules.",
         "Kenya", "Lusk"),
    ],
)  # fmt: skip
def test_a_kind_of_firm_after_one_firm_named_is_that_firm(
    facts_of, text: str, agent: str, firm: str
) -> None:  # type: ignore[no-untyped-def]
    assert (agent, firm) in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Tom Reyes, an oil trader, met the Peruvian President on Monday.", "Tom Reyes", "PERSON"),
        ("Sam Kiro, a policy maker, met the Kenyan President on Monday.", "Sam Kiro", "PERSON"),
        ("Flooding hit villages in Veltrona province on Monday.", "Veltrona", "GPE"),
    ],
)
def test_no_body_without_a_firm_told(nlp, text: str, name: str, label: str) -> None:  # type: ignore[no-untyped-def]
    assert "ORG" not in _label(nlp, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "The aircraft carrier Orlan sailed into the Gulf on Monday.",
        "Nevertheless, Kenya signed a trade deal with Uganda on Monday.",
        "The carrier sailed into the Gulf on Monday, a day after Iran threatened the United States.",
    ],
)
def test_no_firm_from_other_carriers_or_openers(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    orgs = {e.text for e in nlp(text).ents if e.label_ == "ORG"}
    assert not orgs & {"Orlan", "Nevertheless", "carrier", "Reyes"}


def test_a_family_firm_is_no_actor_of_the_family_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Members of the Reyes family's firm met the Peruvian President on Monday.")
    assert not [a for a in facts.actors if "Reyes" in a.name]


def test_a_name_like_a_legal_form_is_no_legal_form(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rui Sa, a spokesman for the ministry, said on Monday that talks had ended."
    assert _label(nlp, text, "Rui Sa") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Zentrix, a software firm, opened an office in Kenya. Zentrix said profits rose.",
         "Zentrix"),
        ("Zentrix Group opened an office in Kenya. Zentrix said profits rose.", "Zentrix Group"),
    ],
)  # fmt: skip
def test_a_firm_named_with_a_cue_speaks_by_its_one_word_name(
    facts_of, text: str, firm: str
) -> None:  # type: ignore[no-untyped-def]
    assert firm in speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zentrix said profits rose by 5% last year.",
        "Taxes rose in Kenya. Taxes said to be rising again.",
    ],
)
def test_a_plain_capitalised_word_is_no_firm(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text))


@pytest.mark.parametrize("ending", ["Capital", "Energy", "Shipping", "Partners"])
def test_any_firm_ending_makes_the_front_a_firm(nlp, ending: str) -> None:  # type: ignore[no-untyped-def]
    # the endings of body_words.FIRM_SUFFIXES, one list with kg.language.firm_short_names
    text = f"Halvorsen {ending} agreed to buy a stake in a port. Halvorsen said the deal would close."
    assert _label(nlp, text, "Halvorsen") == {"ORG"}


def test_a_firm_ending_leaves_a_full_name_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Halvorsen Capital agreed to buy a stake in a port. Tom Halvorsen said the deal would close."
    assert _label(nlp, text, "Tom Halvorsen") == {"PERSON"}
