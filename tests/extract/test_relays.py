"""A reporter relaying another's words, and denials of a claim: sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian President Tomas Lind said Lima would not hand over the suspects, the official"
        " Andina news agency reported.",
        '"We will never give up," Peruvian President Tomas Lind said, according to Andina.',
        "Peruvian President Tomas Lind said the talks would resume in May, Andina news agency"
        " reported.",
        "Andina reported that Peruvian President Tomas Lind had said the talks would resume.",
        "According to Reuters, Peruvian President Tomas Lind said the talks would resume.",
    ],
)
def test_a_reporter_relaying_a_speaker_says_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {"Tomas Lind"}


@pytest.mark.parametrize(
    "text",
    [
        "According to Anna Berg, Jan Kowal said the border would open.",
        "Jan Kowal said the border would open, according to Anna Berg.",
        '"The border will open," Jan Kowal said, according to Anna Berg.',
        "According to Anna Berg, Jan Kowal told her the border would open.",
    ],
)
def test_a_person_telling_what_another_said_speaks(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # (what the other said stays a statement too: a cited source, as "X said Y told her")
    assert speakers(facts_of(text)) == {"Anna Berg", "Jan Kowal"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The talks had failed, according to Foreign Minister Lena Marsh.", "Lena Marsh"),
        ("The Andina news agency reported on Monday that Chile had seized a ship.", "Andina"),
        ("According to Lena Marsh, research suggests that voters like the plan.", "Lena Marsh"),
        ("According to Halvor Research 40% of homes say the service helps them.", "Halvor"),
    ],
)
def test_a_reporter_alone_still_speaks(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in " ".join(speakers(facts_of(text)))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Moscow denied the accusations on Thursday.", "Russia"),
        ("Peru has denied the charges.", "Peru"),
        ("Peruvian Prime Minister Tomas Lind denied the allegations on Monday.", "Tomas Lind"),
        ("Beijing denied any involvement in the attack.", "China"),
        ("Chile denied responsibility for the blast.", "Chile"),
    ],
)
def test_a_denied_claim_is_a_statement(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "Israel denied entry to the delegation.",
        "Russia denied visas to the two journalists.",
        "Chile denied the ship access to its ports.",
    ],
)
def test_a_refusal_is_no_statement(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == set()


def test_a_challenge_to_deny_is_no_denial(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Ana Ruiz challenged Tomas Lind to deny the reports."
    assert speakers(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("If the brokers are convicted, they could face a ten-year sentence, Reuters reported"
         " the Bundesbank as saying.", "Bundesbank"),
        ("The plant could close by June, the Tass news agency reported Mr Orlov as saying.",
         "Orlov"),
        ("Reuters reported Finance Minister Jana Kovac as saying the budget would be cut.",
         "Jana Kovac"),
    ],
)  # fmt: skip
def test_reported_as_saying_gives_the_words_to_the_one_reported(
    facts_of, text: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


def test_reported_as_saying_an_unnamed_source_gives_no_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("The staff council fears jobs could be moved to Lyon, Reuters reports a union"
            " official as saying.")  # fmt: skip
    assert speakers(facts_of(text)) == set()


def test_a_plain_report_still_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of("Reuters reported that Mr Orlov had resigned.")) == {"Reuters"}


@pytest.mark.parametrize(
    "text",
    [
        "Latvia accused Estonia of hiding arms, a claim Tallinn denied on Friday.",
        "Latvia accused Estonia of hiding arms, a charge that Estonia denied on Friday.",
        "Latvia accused Estonia of hiding arms, an allegation which Tallinn denied on Friday.",
        "Latvia accused Estonia of hiding arms, charges which Tallinn has denied.",
    ],
)
def test_a_denial_on_the_claims_noun_is_the_deniers_statement(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert "Estonia" in speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Latvia accused Estonia of hiding arms, a claim nobody denied.",
        "Latvia accused Estonia of hiding arms, a claim Tallinn did not deny.",
        "Latvia accused Estonia of hiding arms, a claim Tallinn may deny.",
        "Latvia accused Estonia of hiding arms, a report that Tallinn denied entry to its monitors.",
    ],
)
def test_no_denial_told_is_no_statement(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert "Estonia" not in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Senator Rob Kell denied taking bribes from the builder.", "Rob Kell"),
        ("Hollin Bank denied owing the money.", "Hollin Bank"),
        ("Dunmore Holdings denied paying bribes to win the contract.", "Dunmore Holdings"),
        ("Rob Kell denied having met Ann Vole in Paris.", "Rob Kell"),
    ],
)
def test_denying_a_deed_told_by_a_gerund_is_a_statement(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    ["Rob Kell did not deny taking the money.", "Rob Kell refused to deny taking the money."],
)
def test_a_denial_not_made_is_no_statement(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Rob Kell" not in speakers(facts_of(text))


def test_the_deed_denied_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import met_pairs

    assert not met_pairs(facts_of("Rob Kell denied having met Ann Vole in Paris."))


def test_denying_a_deed_named_by_its_noun_is_a_statement(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Rob Kell, who denies fraud, will appear in court on Monday."
    assert "Rob Kell" in speakers(facts_of(text))
