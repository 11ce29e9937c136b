"""Memberships: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import RelationType
from tests.helpers import memberships


def test_list_after_a_dash(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = memberships(
        facts_of(
            "Envoys from the European parties to the NPT -- France, Germany and Britain -- met."
        )
    )
    npt = "Treaty on the Non-Proliferation of Nuclear Weapons"
    assert {("France", npt), ("Germany", npt), ("United Kingdom", npt)} <= got


def test_list_after_a_colon_refers_back_to_the_deal(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = memberships(
        facts_of(
            "The Paris Agreement was signed in 2015. The signatories to the deal: Chile, Peru and Mexico."
        )
    )
    assert {("Chile", "Paris Agreement"), ("Peru", "Paris Agreement")} <= got


def test_appositive_member(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = memberships(facts_of("Paris, a founding member of NATO, objected."))
    assert ("France", "North Atlantic Treaty Organization") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO's newest member, Finland, held drills near Russia.",
         {("Finland", "North Atlantic Treaty Organization")}),
        ("The EU's newest members, Romania and Bulgaria, joined in 2007.",
         {("Romania", "European Union"), ("Bulgaria", "European Union")}),
        ("OPEC's smallest member, Gabon, cut its output.",
         {("Gabon", "Organization of the Petroleum Exporting Countries")}),
    ],
)  # fmt: skip
def test_a_bodys_member_named_after_the_noun(facts_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert expected <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "A member of the Labour Party, Ann Jones, criticised Chile.",
        "Parties with two members in the Dail, the Senedd or the Bundestag get funds.",
    ],
)
def test_no_member_state_named_after_member(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))


def test_copula_member(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = memberships(facts_of("Turkey is a member of NATO."))
    assert ("Turkey", "North Atlantic Treaty Organization") in got


def test_seat_on_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = memberships(
        facts_of("Brazil will use its seat on the Security Council to push the plan.")
    )
    assert ("Brazil", "United Nations Security Council") in got


def test_other_members(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = memberships(facts_of("Sweden paid more than other EU states."))
    assert ("Sweden", "European Union") in got


def test_no_membership_from_co_occurrence(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert memberships(facts_of("Kenya criticised NATO on Monday.")) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estonia, Latvia and Lithuania formally became full members of NATO.",
            ("Latvia", "North Atlantic Treaty Organization"),
        ),
        ("Finland joined NATO in 2023.", ("Finland", "North Atlantic Treaty Organization")),
        (
            "In later years NATO was expanded to include Spain and Norway.",
            ("Norway", "North Atlantic Treaty Organization"),
        ),
        (
            "Leaders in Togo, which is an ECOWAS member, backed the plan.",
            ("Togo", "Economic Community of West African States"),
        ),
        (
            "Belgium currently holds the rotating European Union presidency.",
            ("Belgium", "European Union"),
        ),
        (
            "The talks would resume, the U.S. State Department announced.",
            ("United States State Department", "United States"),
        ),
    ],
)
def test_who_belongs_to_which_body(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Japan's Honda said profits rose.",  # a company is no organ of its state
        "The UK's biggest union, Unison, called a strike.",
        "Finland did not join NATO in 1995.",
        "The talks included Iran and Iraq.",
        "The chairman of the Law Guild, Neil Sands QC, has warned ministers.",
        # wanted, not had
        "Serbia has waited ten years to join the OECD and hopes to become a member soon.",
        "Norway looks forward to joining the bloc.",
        # descriptions of some body
        "The cost overrun was not at Halvard Capital but at the UK bank.",
        "Detention without trial breaks the law, the UK's top court has found.",
        "Taxpayers may have to rescue the US agency that insures pensions.",
        # a name, not a party to a deal
        "Tensions eased between the government and the opposition Kenya People's Party.",
    ],
)
def test_what_is_not_membership(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert memberships(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's members named right after the noun
        ("NATO members Norway and Denmark sent troops.",
         {("Norway", "North Atlantic Treaty Organization"),
          ("Denmark", "North Atlantic Treaty Organization")}),
        ("EU member states France, Italy and Germany objected.",
         {("France", "European Union"), ("Italy", "European Union"),
          ("Germany", "European Union")}),
        # signing, ratifying, acceding: a party to the agreement
        ("Norway signed the Lima Accord in 1990.", {("Norway", "Lima Accord")}),
        ("The Lima Accord, signed by Norway and Chile in 1990, collapsed.",
         {("Norway", "Lima Accord"), ("Chile", "Lima Accord")}),
        ("The Varna Protocol was ratified by Chile last year.", {("Chile", "Varna Protocol")}),
        # admitted
        ("Croatia was admitted to the European Union in 2013.",
         {("Croatia", "European Union")}),
        # among the members, what a body includes, a country's membership of it
        ("Chile and Peru are among the 12 members of the Andean Pact.",
         {("Chile", "Andean Community"), ("Peru", "Andean Community")}),
        ("The Southern African Development Community, which includes Zambia and Malawi, "
         "met on Monday.",
         {("Zambia", "Southern African Development Community"),
          ("Malawi", "Southern African Development Community")}),
        ("Zambia's membership of the Southern African Development Community is old.",
         {("Zambia", "Southern African Development Community")}),
    ],
)  # fmt: skip
def test_members_named_after_the_noun_signatories_and_admissions(
    facts_of, text: str, expected: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert expected <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway did not sign the Lima Accord.",  # negated
        "Norway is expected to sign the Lima Accord next year.",  # planned
        "NATO members met in Brussels on Monday.",  # no member named
        "Norway signed a letter to Chile.",  # no agreement
        "The talks included Iran and Norway.",  # talks are no body
        "Talks on Norway's proposed membership of the African Union went well.",  # hoped for
        "Norway made a bid for a seat on the African Union council.",
        "The Mercosur delegation included Norway.",  # past: who came, not who belongs
        "Mercosur met Chile. It also includes Norway and Malawi.",  # "it": which body?
    ],
)
def test_no_membership_without_a_named_member_or_a_signing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))


def test_member_states_is_no_statement(facts_of) -> None:  # type: ignore[no-untyped-def]
    from kg.records import EventKind

    facts = facts_of("EU member states France and Germany objected.")
    assert not [e for e in facts.events if e.kind is EventKind.STATEMENT]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("OPEC members, including Nigeria and Angola, cut output.",
         {("Nigeria", "Organization of the Petroleum Exporting Countries"),
          ("Angola", "Organization of the Petroleum Exporting Countries")}),
        ("Laos and Cambodia, both members of ASEAN, abstained.",
         {("Laos", "Association of Southeast Asian Nations"),
          ("Cambodia", "Association of Southeast Asian Nations")}),
        ("Chile and Peru, all members of the Pacific Alliance, voted yes.",
         {("Chile", "Pacific Alliance"), ("Peru", "Pacific Alliance")}),
    ],
)  # fmt: skip
def test_members_listed_after_a_comma_or_set_beside_the_subject(facts_of, text, pairs) -> None:  # type: ignore[no-untyped-def]
    assert pairs <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Laos and Cambodia, both critics of ASEAN, abstained.",
        "Laos, Cambodia and the members of ASEAN abstained.",
    ],
)
def test_no_members_from_other_nouns_or_lists(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {m for m, _ in memberships(facts_of(text))} & {"Laos", "Cambodia"}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Estonia, one of NATO's member states bordering Russia, raised its defence budget.",
         {("Estonia", "North Atlantic Treaty Organization")}),
        ("Latvia, one of the EU's newest members, adopted the euro.",
         {("Latvia", "European Union")}),
        ("India, Brazil and South Africa are the three members of the IBSA grouping.",
         {("India", "IBSA"), ("Brazil", "IBSA"), ("South Africa", "IBSA")}),
        ("Poland's veto of the budget angered its fellow EU members.",
         {("Poland", "European Union")}),
        ("Hungary urged its fellow EU members to drop the plan.",
         {("Hungary", "European Union")}),
    ],
)  # fmt: skip
def test_members_in_an_apposition_a_counted_list_or_among_fellows(facts_of, text, pairs) -> None:  # type: ignore[no-untyped-def]
    assert pairs <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Serbia, one of Russia's closest allies, abstained.",  # an ally is no member
        "Hungary angered the fellow travellers of the EU.",
        "Members of the Chad study group met in Paris.",
    ],
)
def test_no_members_from_allies_or_fellows_of_no_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia, a member of OPEC until 2016, cut output.",
        "Gabon was a member of OPEC until 1995.",
    ],
)
def test_a_membership_until_a_date_is_a_former_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    rows = [r for r in facts.relations if r.type is RelationType.MEMBERSHIP]
    assert rows and not any(r.current for r in rows)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "of which X is a member": the body the relative clause describes
        ("NATO, of which Iceland is a member, met in Oslo.",
         ("Iceland", "North Atlantic Treaty Organization")),
        ("The African Union, a body of which Kenya is a founding member, met on Monday.",
         ("Kenya", "African Union")),
        ("Delegates flew to the summit of the Arab League, of which Jordan is a member.",
         ("Jordan", "Arab League")),
    ],
)  # fmt: skip
def test_a_member_of_which(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in memberships(facts_of(text))


def test_not_a_member_of_which(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of("NATO, of which Iceland is not a member, met in Oslo."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU member state Lithuania expelled two diplomats.", ("Lithuania", "European Union")),
        ("EU member country Cyprus vetoed the plan.", ("Cyprus", "European Union")),
        ("The NATO member nation Norway sent a frigate.", ("Norway", "North Atlantic Treaty Organization")),
    ],
)  # fmt: skip
def test_a_member_state_named_after_the_singular_noun(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lithuania, an EU member state, objected.", ("Lithuania", "European Union")),
        ("Chile, a member state of Mercosur, objected.", ("Chile", "Mercosur")),
        ("Norway, a NATO member country, sent a frigate.", ("Norway", "North Atlantic Treaty Organization")),
    ],
)  # fmt: skip
def test_an_appositive_member_state_in_the_singular(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland's fellow EU member Hungary blocked the deal.", ("Hungary", "European Union")),
        ("Spain's fellow NATO member Portugal sent ships.", ("Portugal", "North Atlantic Treaty Organization")),
        ("Kenya's fellow AU member Ghana abstained.", ("Ghana", "African Union")),
    ],
)  # fmt: skip
def test_a_member_named_after_anothers_fellow_member(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Poland, a state of growing influence, objected.",
        "Chile, a member of staff at Mercosur's office, objected.",
    ],
)
def test_no_member_state_without_a_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Poland", "European Union") not in memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal is a member of the European Union along with Malta.", ("Malta", "European Union")),
        ("Estonia is a member of NATO alongside Latvia.", ("Latvia", "North Atlantic Treaty Organization")),
    ],
)  # fmt: skip
def test_a_member_named_alongside_the_subject(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in memberships(facts_of(text))


def test_no_membership_alongside_a_denied_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert memberships(facts_of("Malta is not a member of NATO alongside Latvia.")) == set()
