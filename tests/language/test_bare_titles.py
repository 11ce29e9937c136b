"""A bare title that speaks ("the minister said"): the one holder, or nobody."""

from __future__ import annotations

import pytest

from kg.language.bare_titles import another_office, sole_holder
from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    "text",
    [
        # two holders of the title: nobody can tell which one speaks
        "Finance Minister Lena Park met Trade Minister Omar Diaz on Monday. The minister said "
        "the talks were difficult.",
        "President Omar Diaz of Bolivia met President Ivan Kral of Paraguay in Asuncion. The "
        "president said trade would double.",
        "Foreign Minister Lena Park and Foreign Minister Rosa Lind met in Madrid. The foreign "
        "minister told reporters the visit was overdue.",
        "Ivan Kral, Peru's defence minister, met Omar Diaz, Chile's defence minister, in Arica. "
        "The defence minister added that the border was calm.",
    ],
)
def test_a_title_two_people_hold_names_neither(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == set()


def test_a_title_two_people_hold_names_no_critic(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "President Omar Diaz met President Ivan Kral in Asuncion. The president criticised "
        "Brazil for its tariffs."
    )
    assert directed(facts, EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the one person named is described as something else
        "Omar Diaz, the leader of the Green Party, met union members in Lima. The prime "
        "minister said the strike was illegal.",
        "Omar Diaz, a banker, met union leaders on Monday. The minister said the strike was over.",
        "Lena Park, the former finance minister, spoke in Lima. The finance minister said the "
        "budget was sound.",
        # an unnamed holder comes between them
        "Lena Park met Peru's prime minister on Monday. The prime minister said the meeting was "
        "useful.",
        # the story names another holder later
        "Omar Diaz met union leaders on Monday. The home secretary said the strike was "
        "illegal. Home Secretary Lena Park later visited the site.",
    ],
)
def test_a_title_no_one_holds_is_not_the_one_person_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text)) & {"Omar Diaz", "Lena Park"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Omar Diaz said the prime minister had criticised Chile.", EventKind.CONFLICT),
        ("Omar Diaz rejected the prime minister's attack on Chile.", EventKind.CONFLICT),
        ("Omar Diaz welcomed the prime minister's visit to Chile.", EventKind.VISIT),
    ],
)
def test_a_title_in_the_clause_of_the_one_person_named_is_someone_else(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not [e for e in facts.events if e.kind is kind]


def test_a_prime_minister_is_not_the_minister(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Prime Minister Omar Diaz met bankers on Monday. The minister said rates would fall."
    )
    assert speakers(facts) == set()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the one holder still speaks
        ("Prime Minister Omar Diaz of Peru visited Chile on Monday. The prime minister said "
         "relations were strong.", "Omar Diaz"),
        ("Lena Park, head of the central bank, met Finance Minister Omar Diaz in Lima. The "
         "minister said interest rates would stay low.", "Omar Diaz"),
        ("Finance Minister Lena Park met President Omar Diaz on Monday. The minister said later "
         "that the budget would pass.", "Lena Park"),
        # the one person named, a secretary of state, is "the minister"
        ("Education Secretary Lena Park visited a school on Monday. The minister said "
         "discipline had improved.", "Lena Park"),
        # the one person named, no title given: still the prime minister
        ("Omar Diaz spoke to reporters in Lima. The prime minister said the economy was "
         "strong.", "Omar Diaz"),
    ],
)  # fmt: skip
def test_a_title_one_person_holds_is_that_person(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


def test_another_office_and_sole_holder() -> None:
    assert another_office(["minister"], ["prime", "minister"])
    assert another_office(["minister"], ["first", "minister"])
    assert not another_office(["first", "minister"], ["first", "minister"])
    assert sole_holder(["person/a", "person/a"]) == "person/a"
    assert sole_holder(["person/a", "person/b"]) is None
