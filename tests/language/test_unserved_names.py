"""Names inside a title phrase that say something else than whom the post serves
(kg.language.unserved_names): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "holder", "country"),
    [
        ("Jorge Ribas, the chairman of Spain's largest bank, Banco Sur, said profits rose.",
         "Jorge Ribas", "Spain"),
        ("Jorge Ribas, chairman of Spain's biggest lender, said profits rose.",
         "Jorge Ribas", "Spain"),
        ("Elif Kaya, chief executive of Turkey's biggest private bank, said lending grew.",
         "Elif Kaya", "Turkey"),
        ("Hans Brandt, leader of Germany's largest trade union, said workers would strike.",
         "Hans Brandt", "Germany"),
        ("Ken Ota, head of Japan's biggest business lobby, said growth would slow.",
         "Ken Ota", "Japan"),
    ],
)  # fmt: skip
def test_a_post_at_a_country_s_biggest_firm_is_not_the_country_s(  # type: ignore[no-untyped-def]
    facts_of, text: str, holder: str, country: str
) -> None:
    assert (holder, country) not in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Peter Voss, governor of Australia's central bank, said rates would stay on hold.",
         ("Peter Voss", "Australia")),
        ("Rui Sa, a spokesman for Portugal's foreign ministry, said the envoy was recalled.",
         ("Rui Sa", "Portugal")),
        ("Ali Vahidi, Iran's most senior cleric, said the talks had failed.",
         ("Ali Vahidi", "Iran")),
    ],
)  # fmt: skip
def test_a_post_in_a_country_s_own_body_or_its_own_rank_stays(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str]
) -> None:
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mark Dyer, the BBC's Moscow correspondent, said the city was calm.", ("Mark Dyer", "BBC")),
        ("The BBC's Moscow correspondent Mark Dyer said the city was calm.", ("Mark Dyer", "BBC")),
        ("Lena Marr, Oxfam's Kabul director, said the camps were full.", ("Lena Marr", "Oxfam")),
        ("Piet Varga, Moscow correspondent of the Ashford Courier, was expelled.",
         ("Piet Varga", "Ashford Courier")),
        ("Kenneth Aruna, a reporter for the Dallow Times, was beaten by police.",
         ("Kenneth Aruna", "Dallow Times")),
        ("Columnist Dov Stern of the Harwick Gazette said the vote was rigged.",
         ("Dov Stern", "Harwick Gazette")),
    ],
)  # fmt: skip
def test_press_posts_and_a_post_s_base(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mark Dyer, Britain's Moscow ambassador, said the city was calm.",
         ("Mark Dyer", "United Kingdom")),
    ],
)  # fmt: skip
def test_a_state_s_post_named_by_its_base_still_serves_the_state(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Paul Fennell, a high profile member of Britain's Jewish community, said it was wrong.",
         "Paul Fennell", "United Kingdom"),
        ("Sarah Dunn, a prominent member of France's Muslim community, said the law was unfair.",
         "Sarah Dunn", "France"),
        ("Ana Ruiz, a member of Spain's Basque minority, said the vote was fair.",
         "Ana Ruiz", "Spain"),
        ("Omar Haddad, a leading member of the French Muslim community, said the ban was unjust.",
         "Omar Haddad", "France"),
    ],
)  # fmt: skip
def test_one_of_a_country_s_people_holds_no_post(facts_of, text, person, country) -> None:  # type: ignore[no-untyped-def]
    assert (person, country) not in affiliations(facts_of(text))
