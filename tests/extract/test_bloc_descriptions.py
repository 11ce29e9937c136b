"""Memberships told by a body's description or a member's apposition: sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import memberships

AL = "Arab League"
EU = "European Union"
NATO = "North Atlantic Treaty Organization"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Envoys of the Arab League, the Cairo-based bloc that includes Egypt and Jordan, "
         "gathered in Tunis.", {("Egypt", AL), ("Jordan", AL)}),
        ("Ministers from ECOWAS, a regional bloc whose members include Ghana and Togo, "
         "arrived on Monday.", {("Ghana", "ECOWAS"), ("Togo", "ECOWAS")}),
        ("The East African Community, made up of Kenya, Uganda and Rwanda, held talks.",
         {("Kenya", "EAC"), ("Uganda", "EAC"), ("Rwanda", "EAC")}),
        ("Officials from ASEAN, the grouping comprising Laos and Cambodia, met in Hanoi.",
         {("Laos", "ASEAN"), ("Cambodia", "ASEAN")}),
        ("The Andean Community, which is made up of Peru and Ecuador, met in Quito.",
         {("Peru", "Andean Community"), ("Ecuador", "Andean Community")}),
        ("The Gulf Cooperation Council, a six-nation bloc of Qatar, Oman and Kuwait, "
         "issued a statement.", {("Qatar", "GCC"), ("Oman", "GCC"), ("Kuwait", "GCC")}),
    ],
)  # fmt: skip
def test_a_bodys_description_names_its_members(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    got = {(m, _short(b)) for m, b in memberships(facts_of(text))}
    assert {(m, _short(b)) for m, b in expected} <= got


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of the European Union, the bloc which Ukraine wants to join, met in Kyiv.",
        "The Arab League, the bloc that excludes Syria, met in Cairo.",
        "Ministers of ASEAN, the bloc that could include Timor-Leste next year, met.",
        "Leaders of the Arab League, a bloc that does not include Iran, met in Cairo.",
        "Diplomats of the European Union, the bloc which Britain left in 2020, met.",
    ],
)
def test_no_member_a_description_does_not_name(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    got = {m for m, _ in memberships(facts_of(text))}
    assert not got & {"Ukraine", "Syria", "Timor-Leste", "Iran", "United Kingdom"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union's 27 members, including France and Italy, agreed on the budget.",
         {("France", EU), ("Italy", EU)}),
        ("The African Union's members, including Chad and Niger, backed the plan.",
         {("Chad", "African Union"), ("Niger", "African Union")}),
        ("NATO's 32 member states, including Spain and Greece, approved the budget.",
         {("Spain", NATO), ("Greece", NATO)}),
    ],
)  # fmt: skip
def test_a_bodys_counted_members_named(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= memberships(facts_of(text))


def test_counted_members_excluding_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = memberships(facts_of("The European Union's members, excluding Hungary, backed it."))
    assert ("Hungary", EU) not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Collective Security Treaty Organization held drills in Belarus. Armenia, a "
         "member that has frozen its participation, stayed away.",
         ("Armenia", "Collective Security Treaty Organization")),
        ("Ministers of the European Union met in Brussels on Friday. Hungary, a fellow "
         "member, blocked the statement.", ("Hungary", EU)),
        ("NATO held a summit in Vilnius. Finland, the bloc's newest member, sent its "
         "president.", ("Finland", NATO)),
    ],
)  # fmt: skip
def test_a_member_set_off_takes_the_one_body_in_context(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("NATO and the European Union met in Brussels. Austria, a member that has frozen "
         "its participation, stayed away.", "Austria"),
        ("The European Union met in Brussels. Britain, a former member, sent an observer.",
         "United Kingdom"),
        ("Mercosur ministers met. Mexico, a would-be member, sent an envoy.", "Mexico"),
        ("NATO met in Brussels. Mexico, an observer, sent a delegation.", "Mexico"),
    ],
)  # fmt: skip
def test_no_member_set_off_without_one_body(facts_of, text, member) -> None:  # type: ignore[no-untyped-def]
    assert not {b for m, b in memberships(facts_of(text)) if m == member}


def _short(name: str) -> str:
    return {
        "East African Community": "EAC",
        "Gulf Cooperation Council": "GCC",
        "Association of Southeast Asian Nations": "ASEAN",
        "Economic Community of West African States": "ECOWAS",
    }.get(name, name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO leaders gathered in Madrid. The alliance's 32 members, including Norway and "
         "Denmark, backed the plan.", {("Norway", NATO), ("Denmark", NATO)}),
        ("The European Union held a summit. The bloc's members, including Malta and Cyprus, "
         "approved the text.", {("Malta", EU), ("Cyprus", EU)}),
        ("ASEAN ministers met on Monday. The grouping's ten members, including Laos and "
         "Brunei, signed it.", {("Laos", "ASEAN"), ("Brunei", "ASEAN")}),
    ],
)  # fmt: skip
def test_a_bloc_nouns_counted_members_take_the_one_body(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    got = {(m, _short(b)) for m, b in memberships(facts_of(text))}
    assert {(m, _short(b)) for m, b in expected} <= got


@pytest.mark.parametrize(
    "text",
    [
        "NATO and the African Union met in Madrid. The alliance's members, including Norway "
        "and Ghana, backed the plan.",
        "The ministers met in Brussels. Austria, a member that has frozen its participation, "
        "stayed away.",
    ],
)
def test_no_one_body_in_context(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    got = {m for m, _ in memberships(facts_of(text))}
    assert not got & {"Norway", "Ghana", "Austria"}


@pytest.mark.parametrize(
    "text",
    [
        "Velmor Motors, whose brands include Arcturus and Bexley, is due to report on Monday.",
        "The Arab League, whose critics include Iran and Turkey, met in Cairo.",
        "NATO, whose partners include Sweden and Japan, met in Brussels.",
    ],
)
def test_what_a_body_has_besides_members_names_none(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Southern Union, a bloc that counts Chile among its members, met on Tuesday.",
         {("Chile", "Southern Union")}),
        ("The Coastal Trade Organisation, a body that counts Ghana and Togo among its members, "
         "met in Lome.", {("Ghana", "Coastal Trade Organisation"),
                          ("Togo", "Coastal Trade Organisation")}),
        ("The Northern Fisheries Council counts Norway and Iceland among its members.",
         {("Norway", "Northern Fisheries Council"), ("Iceland", "Northern Fisheries Council")}),
        ("The Amber Cooperation Council, which numbers Estonia among its founders, met in Riga.",
         {("Estonia", "Amber Cooperation Council")}),
    ],
)  # fmt: skip
def test_a_body_that_counts_members_among_its_members(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Southern Union once counted Bolivia among its members.",
        "The Southern Union does not count Bolivia among its members.",
        "The museum counts Chile among its donors.",
    ],
)
def test_no_member_counted_in_the_past_negated_or_among_others(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members of the Southern Union, including Chile and Peru, condemned the coup.",
         {("Chile", "Southern Union"), ("Peru", "Southern Union")}),
        ("Members of the Coastal Trade Organisation, including Ghana and Togo, met in Accra.",
         {("Ghana", "Coastal Trade Organisation"), ("Togo", "Coastal Trade Organisation")}),
        ("Ministers said members of the Amber Cooperation Council, including Estonia, objected.",
         {("Estonia", "Amber Cooperation Council")}),
    ],
)  # fmt: skip
def test_members_of_a_body_including_countries(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Southern Union, excluding Chile, condemned the coup.",
        "Members of Parliament, including Labour and the Greens, voted against the bill.",
        "Members of the Southern Union, including its chairman Tom Vale, met on Monday.",
    ],
)
def test_no_members_of_a_body_but_countries_it_includes(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    got = memberships(facts_of(text))
    assert not {m for m, _ in got} & {"Chile", "Labour Party", "Tom Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "The Southern Union counts Bolivia among its former members.",
        "The Southern Union counts Bolivia among its ex-members.",
    ],
)
def test_no_member_counted_among_former_members(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Bolivia", "Southern Union") not in memberships(facts_of(text))
