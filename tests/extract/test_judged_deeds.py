"""A hostile verdict on a deed named by a bare "the" noun opposes the deed's doer
(kg.extract.judged_deeds, kg.extract.labels): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Denmark seized a Polish trawler. Polish spokeswoman Ewa Lis called the move"
            " 'a provocation'.",
            ("Ewa Lis", "Denmark"),
        ),
        (
            "Hungary shot down a Romanian drone. Romanian Defence Minister Ion Vlad called"
            " the incident 'a blatant act of aggression'.",
            ("Ion Vlad", "Hungary"),
        ),
        (
            "Portugal imposed tariffs on Spanish wine. Spanish Trade Minister Elena Ruiz"
            " called the decision 'a stab in the back'.",
            ("Elena Ruiz", "Portugal"),
        ),
    ],
)
def test_a_verdict_on_the_move_opposes_its_doer(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mali signed a mining deal with Niger on Monday. Chadian President Idriss Kone"
            " called the deal 'an act of aggression'.",
            ("Idriss Kone", "Mali"),
        ),
        (
            "Laos signed a border accord with Vietnam. Cambodian Premier Sok Chan called the"
            " accord 'a threat to peace'.",
            ("Sok Chan", "Laos"),
        ),
        (
            "Qatar and Oman signed a naval pact on Friday. Yemeni minister Ali Saleh Nasr"
            " called the pact 'illegal'.",
            ("Ali Saleh Nasr", "Qatar"),
        ),
    ],
)
def test_a_verdict_on_the_deal_opposes_its_signer(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Members of the Harbour Workers Union walked out of the talks. Labour Minister"
            " Nils Aas called the walkout 'political'.",
            ("Nils Aas", "Harbour Workers Union"),
        ),
        (
            "Slovakia closed its border with Austria. Austrian Chancellor Karl Moser called"
            " the move 'an attack on our farmers'.",
            ("Karl Moser", "Slovakia"),
        ),
        (
            "Senator Joan Pell accused the mayor of lying. Mayor Victor Hale called her"
            " claims 'desperate'.",
            ("Victor Hale", "Joan Pell"),
        ),
        (
            "Bulgaria recalled its ambassador from Greece. Greek Premier Yannis Kotsis called"
            " the decision 'unacceptable'.",
            ("Yannis Kotsis", "Bulgaria"),
        ),
        (
            "Senator Joan Pell accused the mayor of lying. Mayor Victor Hale called her"
            " accusations 'lies'.",
            ("Victor Hale", "Joan Pell"),
        ),
        (
            "Ireland expelled a Danish envoy on Tuesday. Danish minister Lars Holm called the"
            " move 'an insult'.",
            ("Lars Holm", "Ireland"),
        ),
    ],
)
def test_words_that_condemn_a_deed(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda held talks on Monday. Ugandan minister Sam Okello called the talks"
        " 'constructive'.",
        "Ghana signed a power deal with Togo. Beninese President Paul Agbo called the deal"
        " 'historic'.",
        "Estonia moved its embassy to a new site. Latvian minister Anna Ozola called the move"
        " 'premature'.",
        "Serbia reopened the border. Kosovo Premier Agim Rexha called the move 'welcome'.",
        "Croatia may expel Serbian diplomats. Serbian minister Zoran Ilic called the move"
        " 'a provocation'.",
        "Finland expelled two Estonian diplomats. Estonian minister Kadri Saar did not call"
        " the move 'a provocation'.",
    ],
)
def test_praise_weighing_denial_or_no_one_deed_oppose_no_doer(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    found = opposed(facts_of, text)
    speaker = {"Sam Okello", "Paul Agbo", "Anna Ozola", "Agim Rexha", "Zoran Ilic", "Kadri Saar"}
    assert not {a for a, _ in found} & speaker
