"""A named person's spoken verdict (condemn, criticise, reject, praise ...) is a
statement: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Spokeswoman Dara Velkova on Thursday condemned Norway.", "Dara Velkova"),
        ("The agency's head, Olan Brevik, condemned the bombing.", "Olan Brevik"),
        ("Interior Minister Pavel Kostic denounced the raid on Monday.", "Pavel Kostic"),
        ("Ambassador Raul Mendes deplored the decision.", "Raul Mendes"),
        (
            "Marta Castellano criticised the cabinet in an interview with a radio station.",
            "Marta Castellano",
        ),
        ("Defence Minister Jorge Salcedo criticized the alliance for its delay.", "Jorge Salcedo"),
        ("Opposition leader Femi Adeyemi lambasted the cabinet over fuel prices.", "Femi Adeyemi"),
        ("President Ilse Vantongeren praised the accord on Tuesday.", "Ilse Vantongeren"),
        (
            "Spokesman Tomas Ibarra on Friday rejected as baseless an accusation of spying.",
            "Tomas Ibarra",
        ),
        ("The spokesman, Ivo Marek, rejected the report on Wednesday.", "Ivo Marek"),
        ("Egypt's foreign minister, Karim Fathy, has rejected the claims.", "Karim Fathy"),
        ("President Ilse Vantongeren welcomed the ruling.", "Ilse Vantongeren"),
        ("Finance Minister Olga Petrenko warned of a deep recession on Monday.", "Olga Petrenko"),
    ],
)
def test_a_named_persons_verdict_is_a_statement(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The court condemned Samir Haddad to death for the murders.", "Samir Haddad"),
        ("Judge Elena Vos condemned Samir Haddad to death.", "Elena Vos"),
        ("The plan by Governor Ana Ruiz was rejected by voters in May.", "Ana Ruiz"),
        ("Candidate Nadia Farouk was rejected by the party.", "Nadia Farouk"),
        ("Minister Hugo Brandt did not condemn the attack.", "Hugo Brandt"),
        ("Minister Hugo Brandt refused to condemn the coup.", "Hugo Brandt"),
        (
            "President Ilse Vantongeren is expected to condemn the attack on Friday.",
            "Ilse Vantongeren",
        ),
        ("Prime Minister Lena Holt will criticise the budget next week.", "Lena Holt"),
        ("If Chancellor Otto Weil rejects the proposal, talks will collapse.", "Otto Weil"),
        ("Governor Ana Ruiz rejected the bid and kept the old contract.", "Ana Ruiz"),
        ("Chancellor Otto Weil welcomed President Ilse Vantongeren to Berlin.", "Otto Weil"),
        ("Minister Hugo Brandt often criticises the press.", "Hugo Brandt"),
    ],
)
def test_no_statement_from_a_sentence_a_passive_or_an_unmade_verdict(
    facts_of, text, person
) -> None:  # type: ignore[no-untyped-def]
    assert person not in speakers(facts_of(text))


def test_a_pronoun_inside_a_quote_is_no_named_verdict(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('"We have warned Norway about its fishing fleet," said Ivo Marek, a director.')
    assert speakers(facts) == {"Ivo Marek"}
    quotes = [e.quote for e in facts.events if "Norway" in (e.quote or "")]
    assert all(q is None or q.startswith("We have warned") for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The African Union condemned the coup in a statement on Sunday.", "African Union"),
        ("NATO rejected the claim as absurd on Tuesday.", "North Atlantic Treaty Organization"),
        ("The European Union welcomed the ruling on Friday.", "European Union"),
        ("Amnesty International criticised the new law.", "Amnesty International"),
        ("Hungary rejected the demand as unacceptable.", "Hungary"),
        ("The Kremlin rejected the accusations as slander.", "Russia"),
        ("The Peruvian Senate on Wednesday praised the ruling of the court.", "Peruvian Senate"),
        ("NATO defended the decision to send troops.", "North Atlantic Treaty Organization"),
    ],
)
def test_a_body_or_a_states_verdict_is_a_statement(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Premier Lars Vik defended his decision to raise taxes.", "Lars Vik"),
        ("Mayor Ines Castro publicly defended Police Chief Rolf Amundsen.", "Ines Castro"),
        (
            "Defence Minister Peter Olsen defended himself against Senator Greta Moe's charges.",
            "Peter Olsen",
        ),
        ("Governor Paul Dunne defended the budget on Monday.", "Paul Dunne"),
    ],
)
def test_a_spoken_defence_is_a_statement(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The African Union condemned the rebel leader to exile.", "African Union"),
        ("The European Union refused to condemn the coup.", "European Union"),
        ("NATO is expected to reject the claim.", "North Atlantic Treaty Organization"),
        ("Amnesty International did not welcome the decision.", "Amnesty International"),
        ("Amnesty International welcomed the delegates to Geneva.", "Amnesty International"),
        ("Kenya rejected a loan offer from the bank.", "Kenya"),
        ("Champion Nadia Kovacs defended her title in Rome on Sunday.", "Nadia Kovacs"),
        ("Governor Paul Dunne will defend the budget in parliament next week.", "Paul Dunne"),
        ("Governor Paul Dunne refused to defend the plan.", "Paul Dunne"),
    ],
)
def test_no_statement_from_an_unmade_verdict_or_a_defence_of_ground(
    facts_of, text: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    assert speaker not in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Brazil's military rulers denounced foreign interference.", "Brazil's military rulers"),
        ("The junta denounced the sanctions on Monday.", "junta"),
        ("Gabon's military rulers rejected the claims as lies.", "Gabon's military rulers"),
    ],
)
def test_those_who_rule_speak_their_verdict(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups condemned the new law.",
        "Farmers' groups criticised the trade deal on Monday.",
        "Environmental groups denounced the plan.",
    ],
)
def test_no_statement_from_a_group_of_one_kind(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ms Lund said Chile too had to cut spending but defended Prime Minister Tom Ward for "
        "guaranteeing loans to farmers who lost their crops.",
        "Tom Vale said Peru must do more but praised President Ana Ruiz for her reforms.",
        "Mr Dorn said Norway had to act and condemned the raid on the port.",
    ],
)
def test_a_verdict_joined_to_a_reported_clause_is_not_its_subjects(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """A verdict verb the parser joins to the reported clause, with no subject of its
    own: the reported clause's subject (a state) is not known to have pronounced it."""
    assert not speakers(facts_of(text)) & {"Chile", "Peru", "Norway"}
