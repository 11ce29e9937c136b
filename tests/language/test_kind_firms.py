"""A firm called back by its kind ("the carmaker", "the bank", "the lender") after
several firms is the one of that kind; two of the kind near it: no one. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import last_speakers, speakers


@pytest.mark.parametrize(
    ("text", "firm", "other"),
    [
        ("Tarvel Motors, a carmaker, borrowed money from Orbis Bank. The carmaker said it "
         "would repay the loan next year.", "Tarvel Motors", "Orbis Bank"),
        ("The carmaker Tarvel Motors borrowed money from Orbis Bank. The carmaker said it "
         "would repay the loan next year.", "Tarvel Motors", "Orbis Bank"),
        ("Orbis Bank lent money to Tarvel Motors, Europe's biggest carmaker. The carmaker "
         "said it would repay the loan next year.", "Tarvel Motors", "Orbis Bank"),
        ("Tarvel Motors borrowed money from Orbis Bank. The lender said the loan was safe.",
         "Orbis Bank", "Tarvel Motors"),
        ("Velcor Holdings borrowed money from Orvane, a Swiss bank. The bank said the loan "
         "was safe.", "Orvane", "Velcor Holdings"),
    ],
)  # fmt: skip
def test_the_kind_is_the_firm_of_that_kind(facts_of, text: str, firm: str, other: str) -> None:  # type: ignore[no-untyped-def]
    said = speakers(facts_of(text))
    assert firm in said
    assert other not in said


@pytest.mark.parametrize(
    "text",
    [
        # (two of the kind, neither the subject before: kg.language.firm_topics decides
        # when one is, "Kestrel Bank sold its stake to Orbis Bank. The bank said")
        "Tarvel Motors sold its stake in Kestrel Bank to Orbis Bank. The bank said the loan "
        "was safe.",
        "Tarvel Motors, a carmaker, and Velcor Holdings, a carmaker, formed a joint venture. "
        "The carmaker said it would build a plant.",
        # (a plain "the company" after two firms: the last sentence's subject firm when it
        # has one, kg.language.subject_firms; here none is)
        "Shares in Tarvel Motors rose after it borrowed money from Orbis Bank. The company "
        "said the loan was safe.",
        "Kestrel Bank and Orvex Capital raised rates. The lender said borrowers would pay more.",
    ],
)
def test_two_of_the_kind_or_a_plain_company_name_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Orvane Bank posted a record profit on Tuesday. The Bank of England kept interest "
         "rates on hold. Shares in Orvane Bank rose 3% after the results. The bank said bad "
         "loans had fallen.", "Orvane Bank"),
        ("Kestrel Bank said profits rose. The Reserve Bank of Norland raised rates on Monday. "
         "Kestrel Bank shares fell 2% on Tuesday. The bank said it expected a better year.",
         "Kestrel Bank"),
        ("Shares in Halvard Bank fell after the Central Bank of Kenya warned of risks. "
         "Halvard Bank posted a loss. The bank said bad loans had doubled.", "Halvard Bank"),
    ],
)  # fmt: skip
def test_the_bank_just_named_not_across_to_a_state_s_bank(facts_of, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    assert last_speakers(facts_of(text), text) == {firm}


@pytest.mark.parametrize(
    "text",
    [
        # the state's bank named last: which one, the story does not say
        "Orvane Bank posted a record profit. The Bank of England kept interest rates on hold. "
        "The bank said inflation would fall.",
        # two firms' banks
        "Orvane Bank posted a record profit. Halvard Bank posted a loss. The bank said bad "
        "loans had risen.",
    ],
)
def test_the_bank_between_two_stays_unresolved(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not last_speakers(facts_of(text), text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # a building society is a lender, and so of "the bank"'s kind
        ("The Bank of England held interest rates on Thursday. Halston Building Society said "
         "mortgage demand was strong. The Halston said house prices would rise. The bank added "
         "that savers would benefit.", "Halston Building Society"),
        ("Halston Building Society posted a profit. House prices in Britain rose. The Halston "
         "said demand was strong. The bank added that savers would benefit.",
         "Halston Building Society"),
        # a bank the gazetteer lists is no firm
        ("Halston Building Society posted a profit. The World Bank cut its growth forecast. The "
         "Halston said demand was strong. The bank added that savers would benefit.",
         "Halston Building Society"),
    ],
)  # fmt: skip
def test_the_bank_is_the_firm_known_by_a_short_name(facts_of, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    assert last_speakers(facts_of(text), text) == {firm}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Inflation in Norland rose to 5%. Prices climbed. The bank said it would act.", None),
        ("Inflation in Britain rose to 5% in May. Prices climbed fastest in food. The bank "
         "said it would act.", None),
        ("The Bank of England held interest rates on Thursday. Inflation rose. The bank said it "
         "would act.", "Bank of England"),
        ("Inflation in Kenya rose to 9%. The Central Bank of Kenya raised rates. The central "
         "bank said prices would ease.", "Kenya Central Bank"),
        ("Orvex Holdings reported a loss. The company said sales fell.", "Orvex Holdings"),
    ],
)  # fmt: skip
def test_the_bank_of_no_firm_named(facts_of, text: str, firm: str | None) -> None:  # type: ignore[no-untyped-def]
    assert last_speakers(facts_of(text), text) == ({firm} if firm else set())


@pytest.mark.parametrize(
    "text",
    [
        # a state's bank is no firm; "National", "Federal", "State" in an airline's or a
        # carmaker's name make no state's body of it, so two firms of the kind stay unclear
        "Brisair Airlines sued National Airlines on Monday. Shares in Brisair Airlines fell "
        "sharply. The airline said the suit was baseless.",
        "Tarvel Motors sued Federal Motors over a patent. Shares in Tarvel Motors fell "
        "sharply. The carmaker said the suit was baseless.",
        "Aerovant Airways bought planes from State Airways. Shares in Aerovant Airways rose "
        "sharply. The airline said the deal was good.",
    ],
)
def test_state_bank_words_make_no_state_body_of_another_kind(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not last_speakers(facts_of(text), text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Orvane Bank posted a record profit. The National Bank of Norland kept rates on hold. "
         "Shares in Orvane Bank rose. The bank said bad loans had fallen.", "Orvane Bank"),
    ],
)  # fmt: skip
def test_a_state_s_bank_by_its_words_still_yields_to_the_firm(facts_of, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    assert last_speakers(facts_of(text), text) == {firm}
