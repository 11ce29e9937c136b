"""A peer's title names a person of its own, unless the article ties it to a name
(kg/language/peer_names.py, read by kg/language/person_names.py)."""

from __future__ import annotations

import pytest
from helpers import last_speakers, met_pairs, pair

from kg.language.peer_names import styled


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # a namesake the story seats in the Commons, or calls "Mr", is another person
        ("Alan Smith MP criticised the plan. Lord Smith said the reforms would fail.",
         "Lord Smith"),
        ("Tom Orrin MP welcomed the vote. Viscount Orrin said the vote was a disgrace.",
         "Viscount Orrin"),
        ("Tom Harwell, a Labour MP, said the vote was close. Lord Harwell said it was not.",
         "Lord Harwell"),
        ("Tom Harwell said the vote was close. Mr Harwell called it a victory. Lord Harwell "
         "said it was not.", "Lord Harwell"),
        # and so is one named after the peer
        ("Lord Orrin welcomed the vote. Tom Orrin, the party chairman, criticised it. "
         "Lord Orrin said the vote was fair.", "Lord Orrin"),
        # the place dropped later: still the peer, not the namesake
        ("Baroness Hale of Rixby attacked the bill. Jane Hale, a Labour MP, backed it. "
         "Baroness Hale said the bill was unfair.", "Baroness Hale"),
        ("Lady Brenner of Ashby condemned the decision. Ruth Brenner, the health secretary, "
         "defended it. Lady Brenner said patients would suffer.", "Lady Brenner"),
        ("Lord Marwick of Tenby met Dara Kell. Alan Marwick, a Labour MP, criticised the "
         "meeting. Lord Marwick said the talks had been useful.", "Lord Marwick"),
        # a tie word after "and", or after another name, ties nothing
        ("Peter Marwick MP met Dara Kell, and now Lord Marwick leads the inquiry. Lord Marwick "
         "said the army was overstretched.", "Lord Marwick"),
        ("Alan Marwick MP met Dara Kell, now Lord Marwick's deputy. Lord Marwick said the "
         "army was overstretched.", "Lord Marwick"),
    ],
)  # fmt: skip
def test_a_peer_is_no_namesake_named_in_full(facts_of, text: str, last: str) -> None:  # type: ignore[no-untyped-def]
    assert last_speakers(facts_of(text), text) == {last}


@pytest.mark.parametrize(
    "text",
    [
        "Peter Marwick, the former defence minister, now Lord Marwick, met Dara Kell. "
        "Lord Marwick said the army was overstretched.",
        "Former defence minister Peter Marwick, who became Lord Marwick in 2010, met Dara "
        "Kell. Lord Marwick said the army was overstretched.",
        "Peter Marwick, later Lord Marwick of Tenby, met Dara Kell. Lord Marwick said the "
        "army was overstretched.",
    ],
)
def test_a_peer_the_article_ties_to_a_name_is_that_person(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert last_speakers(facts, text) == {"Peter Marwick"}
    assert pair("Peter Marwick", "Dara Kell") in met_pairs(facts)


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # the place dropped, the style of the rank, the surname alone: one peer
        ("Lord Marwick of Tenby met Dara Kell. Lord Marwick said the talks had been useful.",
         "Lord Marwick"),
        ("Baroness Hale of Rixby attacked the bill. Lady Hale said the bill was unfair.",
         "Baroness Hale"),
        ("Lord Marwick of Tenby met Dara Kell. Lord Marwick said the talks had been useful. "
         "Marwick added that more talks were planned.", "Lord Marwick"),
        # a namesake named before the peer, of the peer's sex: how a peer is introduced
        ("Ann Corrick said the chamber needed reform. Baroness Corrick, a former Speaker, "
         "said the plan was late.", "Ann Corrick"),
        ("Tom Harwell said the vote was close. Lord Harwell said it was not.", "Tom Harwell"),
        # not a peer of the other sex
        ("Lord Vale of Ardley met Dara Kell. Lady Vale said the visit had been private.",
         "Lady Vale"),
        # a surname a full name fits is still that person
        ("Lord Marwick met Dara Kell. Alan Marwick, a Labour MP, criticised the meeting. "
         "Marwick said the talks had been a waste of time.", "Alan Marwick"),
    ],
)  # fmt: skip
def test_one_peer_by_each_of_its_forms(facts_of, text: str, last: str) -> None:  # type: ignore[no-untyped-def]
    assert last_speakers(facts_of(text), text) == {last}


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # a name of the other sex is not the peer's
        ("Sarah Orrin, now Lord Orrin's deputy, met Dara Kell. Lord Orrin said the talks "
         "were useful.", "Lord Orrin"),
        ("Tom Harwell, now Lady Harwell's husband, met Dara Kell. Lady Harwell said the "
         "talks were useful.", "Lady Harwell"),
        ("Jane Vale said her husband, now Lord Vale, would not attend. Lord Vale said the "
         "vote was a disgrace.", "Lord Vale"),
        # a possessive after the name: the title is its kin's
        ("Tom Harwell said his brother, now Lord Harwell of Ely, had left the party. Lord "
         "Harwell said it was not true.", "Lord Harwell"),
        ("Peter Marwick, whose uncle later became Lord Marwick of Tenby, met Dara Kell. Lord "
         "Marwick said the army was overstretched.", "Lord Marwick"),
        # kin told with no place given: the peer is still another person
        ("Tom Harwell said his brother, now Lord Harwell, had left the party. Lord Harwell "
         "said it was not true.", "Lord Harwell"),
        ("Kim Vale said her husband, now Lord Vale, would not attend. Lord Vale said the vote "
         "was a disgrace.", "Lord Vale"),
    ],
)  # fmt: skip
def test_a_tie_word_ties_no_other_person(facts_of, text: str, last: str) -> None:  # type: ignore[no-untyped-def]
    assert last_speakers(facts_of(text), text) == {last}


def test_a_style_stands_for_the_one_rank_of_its_sex() -> None:
    assert styled([("Baroness", "Vale"), ("Lady", "Vale")]) == {"Lady Vale": "Baroness Vale"}
    assert styled([("Earl", "Vale"), ("Lady", "Vale")]) == {}
    assert styled([("Baroness", "Vale"), ("Countess", "Vale"), ("Lady", "Vale")]) == {}


@pytest.mark.parametrize(
    "text",
    [
        # a place given after the full name marks that mention, not the peer's later ones
        "Former defence minister Peter Marwick has been made a life peer. He will be known "
        "as Baron Marwick of Tenby. Lord Marwick said the army was overstretched.",
        "Former minister Peter Marwick took his seat on Monday as Baron Marwick of Tenby. "
        "Lord Marwick said the army was overstretched.",
        "Former minister Peter Marwick said the army was overstretched. Lord Marwick said "
        "the talks had been useful.",
    ],
)
def test_a_peer_named_in_full_before_keeps_the_full_name(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert last_speakers(facts, text) == {"Peter Marwick"}
    assert {a.key for a in facts.actors if a.name == "Peter Marwick"} == {"person/peter-marwick"}


def test_a_peer_of_a_place_alone_stays_the_peer(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The bill was debated on Monday. Baroness Hale of Rixby said the bill was unfair."
    facts = facts_of(text)
    assert last_speakers(facts, text) == {"Baroness Hale"}
    people = {a.key: a for a in facts.actors if a.key.startswith("person/")}
    assert set(people) == {"person/baroness-hale"}
    assert "Baroness Hale of Rixby" in people["person/baroness-hale"].aliases
