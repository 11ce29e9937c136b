"""A country's own body told in lower case by its field ("Kenya's athletics
federation", "the Indian cricket board", "Sudan's ruling council"): an actor of its
own, named with its country, also before a post; sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, cooperation_pairs, directed, pair, speakers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a country's possessive, a field and the kind, as the subject of a deed
        ("Sudan's ruling council condemned the raid by Chad on a border post.",
         ("Sudan ruling council", "Chad")),
        ("Chad's ruling military council condemned the raid by Sudan on Monday.",
         ("Chad ruling military council", "Sudan")),
        ("Ghana's football association suspended the coach, Tomas Lindqvist, for a year.",
         ("Ghana football association", "Tomas Lindqvist")),
    ],
)  # fmt: skip
def test_a_countrys_body_acts(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the body and a post before a name: the person serves the body
        ("Kenyan cricket board secretary Ana Ruizova said the tour of Uganda would go ahead.",
         ("Ana Ruizova", "Kenyan cricket board")),
        ("Pakistan's cricket board chairman Omar Taliq met the Indian high commissioner.",
         ("Omar Taliq", "Pakistan cricket board")),
        ("Ghana's athletics federation president Tomas Lindqvist said the team would compete.",
         ("Tomas Lindqvist", "Ghana athletics federation")),
        ("Rwanda's electoral commission chairman Jean Habimona said the vote was fair.",
         ("Jean Habimona", "Rwanda electoral commission")),
        # the post after the name, with "of"
        ("Tomas Lindqvist, president of Kenya's athletics federation, said the team would "
         "compete.", ("Tomas Lindqvist", "Kenya athletics federation")),
    ],
)  # fmt: skip
def test_a_post_in_a_countrys_body(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in affiliations(facts_of(text))


def test_a_post_of_the_body_is_not_the_countrys(facts_of) -> None:  # type: ignore[no-untyped-def]
    """A cricket board's secretary holds no post of Kenya's: "of Kenya's athletics
    federation" gave Kenya before."""
    facts = facts_of("Tomas Lindqvist, president of Kenya's athletics federation, said the "
                     "team would compete.")  # fmt: skip
    assert ("Tomas Lindqvist", "Kenya") not in affiliations(facts)


def test_the_body_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Kenyan athletics federation said on Monday the team would compete.")
    assert "Kenyan athletics federation" in speakers(facts)


def test_one_body_however_its_country_is_told(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "Kenya's athletics federation" and "the Kenyan athletics federation" are one."""
    facts = facts_of(
        "Kenya's athletics federation banned the runner Tomas Lindqvist on Monday. The "
        "Kenyan athletics federation said the ban would stand."
    )
    bodies = {a.key for a in facts.actors if "athletics federation" in a.name}
    assert len(bodies) == 1


@pytest.mark.parametrize(
    "text",
    [
        # no owner
        "A council met in the capital on Monday and condemned the strike by Chad.",
        "The city council condemned the strike by bus drivers from Chad.",
        # one of some, or a town's
        "A Kenyan sports federation condemned the raid by Uganda.",
        "Kenya's city councils condemned the raid by Uganda.",
        "Its advisory board condemned the raid by Uganda.",
        # a place, not a body
        "Residents of the council estate condemned the raid by Uganda.",
    ],
)
def test_no_countrys_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.name for a in facts.actors if a.type.value == "Organization"}
    assert not any(n.endswith(("council", "federation", "board")) for n in names), names


@pytest.mark.parametrize(
    ("text", "found", "kind"),
    [
        # a body a country has many of, the state's own by a word of its field
        ("Norway's sovereign wealth fund has criticised Talbridge Mining over its labour "
         "record.", ("Norway sovereign wealth fund", "Talbridge Mining"), EventKind.CONFLICT),
        ("The Norwegian sovereign wealth fund condemned Talbridge Mining on Friday.",
         ("Norwegian sovereign wealth fund", "Talbridge Mining"), EventKind.CONFLICT),
        ("Kenya's state oil company sued Korvex Energy over unpaid bills.",
         ("Kenya state oil company", "Korvex Energy"), EventKind.CONFLICT),
    ],
)  # fmt: skip
def test_a_countrys_state_body_acts(facts_of, text: str, found, kind) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    ("text", "pair_"),
    [
        ("Peru's state oil company signed a supply deal with Korvex Energy.",
         pair("Peru state oil company", "Korvex Energy")),
        ("Chile's national airline signed a partnership deal with Korvex Air.",
         pair("Chile national airline", "Korvex Air")),
    ],
)  # fmt: skip
def test_a_countrys_state_body_signs(facts_of, text: str, pair_) -> None:  # type: ignore[no-untyped-def]
    assert pair_ in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # some of many: no field word says the state owns it
        "Kenya's oil company sued Korvex Energy over unpaid bills.",
        "Japan's pension fund criticised Talbridge Mining.",
        # one of some
        "A Kenyan state oil company sued Korvex Energy.",
    ],
)
def test_no_countrys_state_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert not any(n.endswith(("company", "fund")) for n in names), names
