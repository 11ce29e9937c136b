"""Pronouns after an unnamed antecedent name nobody (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers, speakers_of


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # an unnamed person speaks: "he" is not the one named before
        ("Peter Holm left Oslo on Monday. A spokesman said the talks would go on. He added "
         "that no date was set.", set()),
        # an unnamed firm: "it" is not the firm named before
        ("Halvor Oil cut jobs. A rival firm said it would hire more staff. It added that "
         "wages would rise.", set()),
        # the named spokesman is someone
        ("A spokesman, Ivo Marsh, said the talks would go on. He added that no date was set.",
         {"Ivo Marsh"}),
    ],
)  # fmt: skip
def test_after_an_unnamed_speaker(facts_of, text: str, who: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == who


@pytest.mark.parametrize(
    ("middle", "pronoun"),
    [
        ("But the auditor disagreed.", "He"),
        ("A critic of the plan was scathing.", "He"),
        ("One campaigner was not convinced.", "He"),
    ],
)
def test_he_after_an_unnamed_person_of_a_trade_is_nobody_named(  # type: ignore[no-untyped-def]
    facts_of, middle: str, pronoun: str
) -> None:
    facts = facts_of(
        f"Mr Arlo Penn stated that the budget was balanced. {middle} "
        f"{pronoun} said the figures were false."
    )
    assert speakers_of(facts, "said") == set()


@pytest.mark.parametrize(
    "middle",
    [
        "The auditor, Ian Fisk, disagreed.",  # named after all
        "The budget was praised by business.",  # no new person
    ],
)
def test_he_after_a_named_or_no_new_person_is_someone(facts_of, middle: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(f"Mr Arlo Penn stated that the budget was balanced. {middle} He said it was.")
    assert speakers_of(facts, "said")


@pytest.mark.parametrize(
    "text",
    [
        # an unnamed member of the public writes to, blames or heckles a politician:
        # the quote after it is theirs, not the politician's
        'One nurse wrote to health minister Joy Adeyemi about the shortages. "We are at '
        'breaking point," she said.',
        'A reader wrote to Prime Minister Ines Varga about the cuts. "Nobody asked us," she said.',
        'A passenger wrote to Olaf Brink, the transport minister, after the crash. "We were '
        'lucky," he said.',
        'One shopper complained to Petra Lund, the finance minister, about prices. "Bread costs twice '
        'as much," she told reporters.',
    ],
)  # fmt: skip
def test_quote_after_an_unnamed_member_of_the_public_is_nobody_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a name the model does not know, described as a person: she, not the minister
        ('Sara Obi, a nurse, wrote to health minister Joy Adeyemi last month about the '
         'shortages. "We are at breaking point," she said.', {"Sara Obi"}),
        # no new person before the quote: the one the sentence names speaks
        ('The report angered Joy Adeyemi. "It is wrong," she said.', {"Joy Adeyemi"}),
        ('Kofi Asante was criticised by farmers on Monday. "I have done my best," he said.',
         {"Kofi Asante"}),
        # a named campaigner speaks, not the minister he blames
        ('Kwesi Mensah, a local farmer, blamed agriculture minister Kofi Asante for the '
         'losses. "He promised us seeds," he said.', {"Kwesi Mensah"}),
        # the title before a recognised name is no unknown person
        ('The Lord Chancellor, Lord Penrith, agreed the law was old. The changes were '
         '"complex", he said.', {"Lord Penrith"}),
    ],
)  # fmt: skip
def test_quote_after_a_person_the_model_may_not_name(facts_of, text: str, who: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), "said") == who


@pytest.mark.parametrize(
    "text",
    [
        # a quote of several sentences goes on with the unnamed speaker's words
        ('Treasury minister Ivo Voss spoke in Oslo on Monday. An official rejected the figures. "We have '
         'checked them twice. The sums are right. This report is simply wrong," he said.'),
        ('Mrs Lena Marsh spoke in Oslo on Monday. A party spokeswoman disagreed. "Nobody wants this. It '
         'will not pass," she said.'),
        # a paraphrase after the quote, with a parenthetical speaker
        ('Mr Marsh defended the levy on Monday. One senior trader said the risks were high. '
         '"Nobody will lend at these rates. Money will leave." Most of that cash, he says, '
         'will go to Asia.'),
        ('Ms Voss praised the deal. A local banker was less sure. "The rates are too low." A '
         'large share of the profit, she said, would go abroad.'),
    ],
)  # fmt: skip
def test_an_unnamed_speaker_whose_quote_runs_over_sentences(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), "said") | speakers_of(facts_of(text), "says") == set()


@pytest.mark.parametrize(
    "text",
    [
        'Ivo Marsh spoke in Oslo on Monday. "Nobody wants this. It will not pass," he said.',
        'Ivo Marsh spoke on Monday. "Nobody wants this. It will not pass." The vote was lost, '
        "he said.",
    ],
)
def test_a_named_speaker_whose_quote_runs_over_sentences(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), "said") == {"Ivo Marsh"}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("President Kofi Mensah said his government would not negotiate with the Juba Front, "
         "which he blamed for the siege.", "Kofi Mensah"),
        ("Prime Minister Anna Roset said her administration would never talk to the Juba "
         "Front, which she accused of the bombing.", "Anna Roset"),
        ("Tomas Lind said his ministry would not deal with the Juba Front, which he condemned "
         "for the raid.", "Tomas Lind"),
    ],
)  # fmt: skip
def test_he_after_his_own_body_is_its_owner(facts_of, text: str, who: str) -> None:  # type: ignore[no-untyped-def]
    assert (who, "Juba Front") in directed(facts_of(text), EventKind.CONFLICT)
