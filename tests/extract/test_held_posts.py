"""Posts a verb gives, and a name followed by "of" and its body: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import RelationType
from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a verb that gives its subject the post
        ("Luis Mora became Peru's prime minister in May.", ("Luis Mora", "Peru")),
        ("Luis Mora was appointed defence minister of Peru on Monday.", ("Luis Mora", "Peru")),
        ("Luis Mora was named chief executive of Holm Mining last year.",
         ("Luis Mora", "Holm Mining")),
        ("Last year Luis Mora was elected leader of the Socialist Party.",
         ("Luis Mora", "Socialist Party")),
        # ... or, active, its object
        ("The Socialist Party elected Luis Mora its leader on Sunday.",
         ("Luis Mora", "Socialist Party")),
        # heading a body
        ("The plan would work, said Tomas Reyes, who heads the Chilean central bank.",
         ("Tomas Reyes", "Chilean central bank")),
        ("Luis Mora, who runs Holm Mining, said profits rose.", ("Luis Mora", "Holm Mining")),
        ("Ines Darro chairs the Varnian Rail Authority.", ("Ines Darro", "Varnian Rail Authority")),
        # a delegation acts for whoever owns it; a participle heads its body too
        ("Luis Mora leads Peru's delegation at the talks.", ("Luis Mora", "Peru")),
        ("The Peruvian delegation, led by Luis Mora, arrived in Geneva.", ("Luis Mora", "Peru")),
        ("The Varnian Rail Authority, headed by Ines Darro, cut fares.",
         ("Ines Darro", "Varnian Rail Authority")),
        # a relative clause whose "which" is the body; a body described in apposition
        ("Holm Mining, which Luis Mora runs, cut jobs.", ("Luis Mora", "Holm Mining")),
        ("The Civic Front, which Ines Darro leads, joined the protest.",
         ("Ines Darro", "Civic Front")),
        ("Orvia Capital, a fund run by Luis Mora, bought shares.", ("Luis Mora", "Orvia Capital")),
        # a name, "of", and the body it works for
        ("Luis Mora of the Holm Mining Company said profits rose.",
         ("Luis Mora", "Holm Mining Company")),
        ('"Prices will fall," said Ines Darro of Brightwater Energy.',
         ("Ines Darro", "Brightwater Energy")),
    ],
)  # fmt: skip
def test_posts_a_verb_gives(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Luis Mora is expected to become Peru's prime minister.",  # planned
        "Luis Mora was not appointed defence minister of Peru.",  # negated
        "If elected, Luis Mora would become Peru's prime minister.",  # hypothetical
        "Luis Mora became a critic of the Socialist Party.",  # no post
        "Luis Mora led the talks with Chile on Monday.",  # no body led
        "Troops led by Luis Mora entered the town.",  # no body led
        "Holm Mining, a firm run by his brother, cut jobs.",  # no one named
        "Varnia is a country run by decree.",  # no one runs it
        "Luis Mora of Chile won the race.",  # where she is from
        "Spanish drama Ines Full of Grace got five nominations.",  # a title of a work
    ],
)
def test_no_post_given(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("Luis Mora, who served as Peru's president in the 1990s, died.", False),
        ("Luis Mora led the Socialist Party until 1997.", False),
        ("Luis Mora leads the Socialist Party.", True),
        ("Luis Mora became Peru's prime minister in May.", True),
        ("Peru's previous government, led by Luis Mora, cut taxes.", False),
        ("The Peruvian delegation, led by Luis Mora, arrived in Geneva.", True),
        ("Holm Mining, the firm once run by Luis Mora, cut jobs.", False),
        ("Holm Mining, which was once run by Luis Mora, cut jobs.", False),
        ("Holm Mining, which was formerly led by Luis Mora, cut jobs.", False),
        ("Holm Mining, which is run by Luis Mora, cut jobs.", True),
    ],
)
def test_a_post_served_is_a_former_one(facts_of, text: str, current: bool) -> None:  # type: ignore[no-untyped-def]
    [rel] = [r for r in facts_of(text).relations if r.type is RelationType.AFFILIATION]
    assert rel.current is current


def test_the_role_is_the_post_named(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ines Darro became an honorary research professor of the Varnia Institute.")
    [rel] = [r for r in facts.relations if r.type is RelationType.AFFILIATION]
    assert rel.role == "honorary research professor"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Holm Mining boss Luis Mora said profits rose.", ("Luis Mora", "Holm Mining")),
        ("Luis Mora, the boss of Holm Mining, said profits rose.", ("Luis Mora", "Holm Mining")),
        ("Luis Mora, a senior member of the ruling Socialist Party, resigned.",
         ("Luis Mora", "Socialist Party")),
        ("Luis Mora, a Socialist Party member, said so.", ("Luis Mora", "Socialist Party")),
        ("Tomas Reyes, an official with the International Monetary Fund, said so.",
         ("Tomas Reyes", "International Monetary Fund")),
        ("Tomas Reyes, an economist with Holm Bank, said so.", ("Tomas Reyes", "Holm Bank")),
        ("Tomas Reyes, a security manager at Norvex Software, said so.",
         ("Tomas Reyes", "Norvex Software")),
    ],
)  # fmt: skip
def test_bosses_members_and_officials_with_a_body(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


def test_a_hyphenated_title_keeps_its_prefix(facts_of) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Luis Mora became vice-president of the Holm Mining Company.",
        "Luis Mora, vice-president of the Holm Mining Company, said so.",
    ):
        [rel] = [r for r in facts_of(text).relations if r.type is RelationType.AFFILIATION]
        assert rel.role == "vice-president"


def test_a_peers_place_is_no_employer(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of("He will be known as Baron Mora of Holmdale Trust."))


def test_a_title_ends_where_a_clause_begins(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Oleg Vasin, a senior Holm Mining officer who became a consultant, said he was happy."
    [rel] = [r for r in facts_of(text).relations if r.type is RelationType.AFFILIATION]
    assert rel.role == "officer"


@pytest.mark.parametrize(
    "text",
    [
        # where the holder works or which country's staff she joined: no post for it
        '"It came at the worst time," said Hans Vell, a Singapore-based fund manager.',
        "Joining the firm at 15, Tom Bell became Norway's youngest store manager at 19.",
        # the name is what the title is of
        "The twelve member states of the Holm Club are owed five billion dollars.",
    ],
)
def test_no_post_for_a_place_or_for_what_a_title_is_of(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {p for p in affiliations(facts_of(text)) if p[1] in {"Singapore", "Norway"}}
    assert not [r for r in facts_of(text).relations if r.subject.startswith("org/")]


def test_where_based_is_no_part_of_the_role(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Vale, a London-based spokeswoman for Holm Mining, said so."
    [rel] = [r for r in facts_of(text).relations if r.type is RelationType.AFFILIATION]
    assert rel.role == "spokeswoman"


@pytest.mark.parametrize(
    ("text", "pair", "current"),
    [
        ("Luis Mora is the chief executive of Holm Mining.", ("Luis Mora", "Holm Mining"), True),
        ("Luis Mora remains leader of the Socialist Party.", ("Luis Mora", "Socialist Party"), True),
        ("The chief executive of Holm Mining is Luis Mora.", ("Luis Mora", "Holm Mining"), True),
        ("Luis Mora took over as chief executive of Holm Mining in May.",
         ("Luis Mora", "Holm Mining"), True),
        ("Luis Mora was Peru's president from 1990 to 2000.", ("Luis Mora", "Peru"), False),
        ("Luis Mora stepped down as chief executive of Holm Mining.",
         ("Luis Mora", "Holm Mining"), False),
        ("Luis Mora was sacked as chairman of Holm Mining.", ("Luis Mora", "Holm Mining"), False),
    ],
)  # fmt: skip
def test_posts_held_and_left(facts_of, text: str, pair: tuple[str, str], current: bool) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair in affiliations(facts)
    [rel] = [r for r in facts.relations if r.type is RelationType.AFFILIATION]
    assert rel.current is current


@pytest.mark.parametrize(
    "text",
    [
        "Luis Mora is not the chief executive of Holm Mining.",
        "Luis Mora is a critic of the Socialist Party.",
        "Luis Mora left Holm Mining as a junior clerk.",
        "Luis Mora took Ann Vale as his adviser.",
    ],
)
def test_no_post_held_without_a_title_of_a_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ines Darro, appointed Chile's envoy to the UN in March, spoke first.",
         ("Ines Darro", "Chile")),
        ("Tomas Reyes, named Peru's ambassador to Japan last week, flew to Tokyo.",
         ("Tomas Reyes", "Peru")),
        ("Luis Mora, appointed Bolivia's finance minister in 2021, flew to Lima.",
         ("Luis Mora", "Bolivia")),
        ("Piet Smit, appointed head of the Varnian Rail Authority last month, cut fares.",
         ("Piet Smit", "Varnian Rail Authority")),
    ],
)  # fmt: skip
def test_a_participle_clause_gives_the_name_a_post(  # type: ignore[no-untyped-def]
    facts_of, text: str, pair: tuple[str, str]
) -> None:
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # the clause names no post, or someone else appoints
        "Ines Darro, appointed by the president in March, spoke first.",
        "The president, Tomas Reyes, appointed an envoy to Chile on Monday.",
        "Tomas Reyes, named after his grandfather, flew to Chile.",
    ],
)
def test_a_participle_clause_without_a_post_gives_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Luis Mora became Peru's prime minister in May.", "prime minister"),
        ("Ines Darro was appointed Chile's finance minister on Monday.", "finance minister"),
        ("Tomas Reyes, who stepped down as Bolivia's foreign minister, flew to Lima.",
         "foreign minister"),
        ("Tomas Reyes resigned as the Varnian Rail Authority's deputy chairman.",
         "deputy chairman"),
    ],
)  # fmt: skip
def test_a_post_a_verb_gives_keeps_all_its_words(facts_of, text: str, role: str) -> None:  # type: ignore[no-untyped-def]
    [rel] = [r for r in facts_of(text).relations if r.type is RelationType.AFFILIATION]
    assert rel.role == role


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Harbour Workers Union (HWU) called a strike. Ivo Brandt (HWU) said it would"
         " last a week.", ("Ivo Brandt", "Harbour Workers Union")),
        ("The Coastal Defence League (CDL) opposed the plan. Pieter Vos (CDL) told reporters"
         " it would fail.", ("Pieter Vos", "Coastal Defence League")),
        ("The Civic Party won 40 seats in the election. Rep. Ana Ruiz of the CP said the"
         " result was a disgrace.", ("Ana Ruiz", "Civic Party")),
        ("The Green Progress Party (GPP) entered parliament in May. GPP leader Ilse Moreau"
         " said the party would join the coalition.", ("Ilse Moreau", "Green Progress Party")),
    ],
)  # fmt: skip
def test_a_body_named_before_by_its_initials(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Workers Union (HWU) called a strike. Ivo Brandt praised the HWU for it.",
        "The Harbour Workers Union (HWU) called a strike. Ivo Brandt wrote to the HWU.",
        "The Civic Party won 40 seats. Ivo Brandt, a critic of the CP, said it was a disgrace.",
        # a name's own acronym in brackets is no body it belongs to
        "He said projects such as the Heavy Lift Friend or Foe (SIFF) went well.",
        "Marta Lindqvist (Sweden) won the race in Oslo ahead of Ana Ruiz (Spain).",
    ],
)
def test_no_post_in_a_body_named_by_its_initials(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ana Ruiz said her Unity Party would win the vote.", ("Ana Ruiz", "Unity Party")),
        ("Ana Ruiz said figures from her Green Dawn faction had blocked the bill.",
         ("Ana Ruiz", "Green Dawn")),
        ("Ana Ruiz said figures from her G12 political faction were arrested.",
         ("Ana Ruiz", "G12")),
        ("Governor Ivo Brandt, his wife Lena and three allies from her G12 political"
         " faction were detained on Sunday.", ("Lena", "G12")),
    ],
)  # fmt: skip
def test_ones_own_party_or_faction(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz said her Unity Party rivals would lose the vote.",
        "Ana Ruiz said her husband had left the Unity Party.",
        "Ana Ruiz said the Gaza faction had blocked the bill.",
    ],
)
def test_no_party_of_ones_own(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {t for t in affiliations(facts_of(text)) if t[0] == "Ana Ruiz"}


def _ties(facts) -> set[tuple[str, str, bool]]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        (names[r.subject], names[r.object], r.current)
        for r in facts.relations
        if r.type is RelationType.AFFILIATION
    }


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        ("Ana Ruiz succeeded Tomas Lind as Chile's foreign minister.",
         {("Ana Ruiz", "Chile", True), ("Tomas Lind", "Chile", False)}),
        ("Ana Ruiz replaced Tomas Lind as chief executive of Holm Mining.",
         {("Ana Ruiz", "Holm Mining", True), ("Tomas Lind", "Holm Mining", False)}),
        ("Tomas Lind was replaced as chief executive of Holm Mining by Ana Ruiz.",
         {("Ana Ruiz", "Holm Mining", True), ("Tomas Lind", "Holm Mining", False)}),
        ("Ana Ruiz, who succeeded Tomas Lind as leader of the Unity Party, called for calm.",
         {("Ana Ruiz", "Unity Party", True), ("Tomas Lind", "Unity Party", False)}),
    ],
)  # fmt: skip
def test_a_successor_holds_the_post_the_predecessor_left(  # type: ignore[no-untyped-def]
    facts_of, text: str, ties: set[tuple[str, str, bool]]
) -> None:
    assert _ties(facts_of(text)) == ties


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz will succeed Tomas Lind as chief executive of Holm Mining in April.",
        "Ana Ruiz hopes to replace Tomas Lind as leader of the Unity Party.",
        "Ana Ruiz is tipped to succeed Tomas Lind as chairman of Holm Mining.",
        "Ana Ruiz is tipped to become Chile's next foreign minister.",
    ],
)
def test_no_succession_that_has_not_happened(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a title with no body of its own is held for whoever gave it
        ("Peru's president appointed Rosa Quispe as defence minister.", ("Rosa Quispe", "Peru")),
        ("Rosa Quispe was appointed interior minister by Peru's president on Friday.",
         ("Rosa Quispe", "Peru")),
        ("Rosa Quispe was named finance minister by Peruvian President Luis Mora.",
         ("Rosa Quispe", "Peru")),
        ("Luis Mora, Peru's president, nominated Rosa Quispe as central bank governor.",
         ("Rosa Quispe", "Peru")),
        ("The Chilean leader picked Tomas Vidal, a former banker, as finance minister.",
         ("Tomas Vidal", "Chile")),
        # ... and a post given as the object, with its holder beside it
        ("The Peruvian president named a new finance minister, Rosa Quispe, on Monday.",
         ("Rosa Quispe", "Peru")),
        ("The Socialist Party chose a new leader, Ines Darro, at its congress.",
         ("Ines Darro", "Socialist Party")),
    ],
)  # fmt: skip
def test_a_post_is_held_for_whoever_gave_it(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mora named Quispe finance minister on Monday.",  # no body anywhere
        "Peru's president is expected to name Rosa Quispe as defence minister.",  # planned
        "Peru's president did not appoint Rosa Quispe as attorney general.",  # negated
        "The Holm Mining board hired a new economist, Tom Reed.",  # a profession, no post
        "Peru's president appointed a new cabinet on Tuesday.",  # no one named
    ],
)
def test_no_post_from_a_giver_without_a_holder_or_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {
        p for p in affiliations(facts_of(text)) if p[0] in {"Rosa Quispe", "Quispe", "Tom Reed"}
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hans Dorn (Social Democratic Party) tabled the motion on Tuesday.",
         ("Hans Dorn", "Social Democratic Party")),
        ("The motion was backed by Ivan Horak (Civic Democratic Party).",
         ("Ivan Horak", "Civic Democratic Party")),
        ("Erik Berg (Centre Party) and Ola Dahl (Labour Party) signed the letter.",
         ("Erik Berg", "Centre Party")),
    ],
)  # fmt: skip
def test_a_party_in_brackets_is_the_persons(facts_of, text: str, pair: tuple) -> None:  # type: ignore[no-untyped-def,type-arg]
    """ "Hans Dorn (Social Democratic Party)": a party's full name needs no earlier mention."""
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Li Na (Shanghai) won the first set.",
        "Jorge Perez (UN) was not available for comment.",
        "Ruth Kemp (Freedom Fund) wrote the report.",
    ],
)
def test_other_brackets_after_a_name_give_no_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert affiliations(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Rosa Vidal, a Socialist Party member who serves as Spain's health minister, spoke.",
         ("Rosa Vidal", "Spain", True)),
        ("Arun Mehta, a Congress Party lawmaker who is also India's finance minister, spoke.",
         ("Arun Mehta", "India", True)),
        ("Lea Roth, a lawyer who was Germany's justice minister until 2019, joined the firm.",
         ("Lea Roth", "Germany", False)),
        ("Ana Bel met Tom Rao, an economist who is Peru's trade minister.", ("Tom Rao", "Peru", True)),
    ],
)  # fmt: skip
def test_a_clause_on_an_apposition_gives_the_name_its_post(
    facts_of, text: str, post: tuple
) -> None:  # type: ignore[no-untyped-def,type-arg]
    """ "X, a party member who serves as Spain's health minister": the clause is about X."""
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    found = {(names[r.subject], names[r.object], r.current) for r in facts.relations
             if r.type is RelationType.AFFILIATION}  # fmt: skip
    assert post in found


@pytest.mark.parametrize(
    "text",
    [
        "Sara Holm, a journalist who interviewed Russia's foreign minister, was detained.",
        "Ivo Lenz, a banker who is expected to become Austria's finance minister, declined to comment.",
        "Nora Finch, a senator who was not elected Chile's president, spoke.",
    ],
)
def test_a_clause_on_an_apposition_that_gives_no_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {c for _, c in affiliations(facts_of(text))} & {"Russia", "Austria", "Chile"}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Parliament confirmed Pavel Orlov as Russia's prime minister by 350 votes.",
            ("Pavel Orlov", "Russia"),
        ),
        (
            "Pavel Orlov was confirmed as Russia's prime minister on Tuesday.",
            ("Pavel Orlov", "Russia"),
        ),
        ("Ali Hamdi was installed as Tunisia's prime minister.", ("Ali Hamdi", "Tunisia")),
        (
            "Kwame Boateng was inaugurated as Ghana's president on Saturday.",
            ("Kwame Boateng", "Ghana"),
        ),
    ],
)
def test_a_post_confirmed_installed_or_inaugurated_is_held(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str]
) -> None:
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police in Ghana confirmed Tom Hale as the gunman.",
        "The Senate is expected to confirm Ann Lowe as Ghana's ambassador to Japan.",
        "The Senate refused to confirm Ann Lowe as Ghana's ambassador to Japan.",
    ],
)
def test_no_post_from_a_confirmed_role_or_an_unconfirmed_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ines Darro was re-elected as Chile's president on Sunday.",
        "Ines Darro was appointed as Peru's president on Monday.",
        "Ines Darro was confirmed as Peru's president on Sunday.",
    ],
)
def test_a_title_ends_before_its_date(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [rel] = [r for r in facts_of(text).relations if r.type is RelationType.AFFILIATION]
    assert rel.role == "president"


@pytest.mark.parametrize(
    ("text", "pair", "current"),
    [
        ("Nell Orvik, who works for Amnesty International, said the jail was full.",
         ("Nell Orvik", "Amnesty International"), True),
        ("Nell Orvik works at the Bank of England.", ("Nell Orvik", "Bank of England"), True),
        ("Nell Orvik, an economist who works for the World Bank, said growth would slow.",
         ("Nell Orvik", "World Bank"), True),
        ("Nell Orvik, who has worked for Shell since 1990, said the field was empty.",
         ("Nell Orvik", "Shell"), True),
        ("Nell Orvik is working for Greenpeace in Brazil.", ("Nell Orvik", "Greenpeace"), True),
        ("Nell Orvik, who worked for Oxfam in Chad, said the crisis was worsening.",
         ("Nell Orvik", "Oxfam"), False),
    ],
)  # fmt: skip
def test_the_body_one_works_for(facts_of, text: str, pair: tuple[str, str], current: bool) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair in affiliations(facts)
    assert [r.current for r in facts.relations if r.type is RelationType.AFFILIATION] == [current]


@pytest.mark.parametrize(
    "text",
    [
        "Nell Orvik, who works with refugees in Calais, said the camp was full.",  # no employer
        "Nell Orvik, who does not work for Oxfam, said the aid was late.",  # negated
        "Nell Orvik, who will work for the UN from May, said the camps were full.",  # planned
        "Nell Orvik worked for Tony Blair before the election.",  # a person, no body
        "Nell Orvik worked for France's interests in the region.",  # no employer
        "Oxfam works for the poor in Africa.",  # no person
    ],
)
def test_no_body_worked_for(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Olek Marsh, who heads the Reform faction, met Ivan Sorokin on Friday.",
         ("Olek Marsh", "Reform")),
        ("Olek Marsh, who leads the Kenyan opposition, met Ivan Sorokin.",
         ("Olek Marsh", "Kenyan opposition")),
        ("Olek Marsh, who heads the Reform faction of the ruling party, met Ivan Sorokin.",
         ("Olek Marsh", "Reform")),
    ],
)  # fmt: skip
def test_who_heads_a_faction_or_an_opposition(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


def test_who_leads_bare_rebels_leads_no_named_group(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of("Olek Marsh, who leads the rebels, met Ivan Sorokin."))


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Maria Lopez died on Monday. In 1998, as Peru's foreign minister, she accused Chile "
         "of spying.", ("Maria Lopez", "Peru")),
        ("As foreign minister of Peru, Maria Lopez met Chilean President Luis Mora on Monday.",
         ("Maria Lopez", "Peru")),
        ("As Kenya's trade minister, Joseph Otieno signed the deal with Uganda.",
         ("Joseph Otieno", "Kenya")),
    ],
)  # fmt: skip
def test_who_acts_in_a_post_holds_it(facts_of, text: str, post: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert post in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez spoke as a mother, not as a minister.",
        "Maria Lopez was hailed as a hero by Peru's president.",
        "As Peru's president said, Maria Lopez had signed the deal.",
    ],
)
def test_as_without_a_post_of_the_subject_gives_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Maria Lopez", "Peru") not in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reyes governs Chile's central bank.",
        "Chile's central bank, governed by Tomas Reyes, cut rates.",
        "Tomas Reyes, who governs the Chilean central bank, spoke.",
    ],
)
def test_governing_a_body_is_heading_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Tomas Reyes", "Chile") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a rite or gathering one leads is no body one holds a post in
        ("Karl Adler, the bishop, led the Easter service in the old cathedral.", "Karl Adler"),
        ("Tomaso Belcari led the Christmas service on Sunday.", "Tomaso Belcari"),
        ("The Remembrance Ceremony, led by Piero Valli, drew thousands.", "Piero Valli"),
        ("The Anzac Day Ceremony, led by Piero Valli, drew thousands.", "Piero Valli"),
    ],
)  # fmt: skip
def test_a_rite_led_is_no_post(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert not [body for who, body in affiliations(facts_of(text)) if who == person]


def test_a_party_headed_is_still_a_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    pair = ("Nadia Petrova", "Unity Party")
    assert pair in affiliations(facts_of("Nadia Petrova heads the Unity Party."))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Omar Haddad heads Egypt's intelligence service.", ("Omar Haddad", "Egypt")),
        ("Lena Vasko, who runs Kenya's prison service, resigned.", ("Lena Vasko", "Kenya")),
        ("Tomas Reyes leads the Chilean customs service.", ("Tomas Reyes", "Chile")),
    ],
)
def test_a_service_of_the_state_is_a_body(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body led, passive: its subject is the body
        ("The Farmers Union is led by Rosa Quispe.", ("Rosa Quispe", "Farmers Union")),
        # a body's board is chaired as the body is
        ("Anna Berg chairs the board of Skelmar Lines.", ("Anna Berg", "Skelmar Lines")),
        ("Anna Berg, who chairs the Skelmar Lines board, denied the claims.",
         ("Anna Berg", "Skelmar Lines")),
        # a body's name ending in "Service" is no rite
        ("Tomas Lind heads the Kenya Wildlife Service.", ("Tomas Lind", "Kenya Wildlife Service")),
        # a body's panel is the body's
        ("A UN panel of experts, led by Anna Berg, accused Peru of breaking the embargo.",
         ("Anna Berg", "United Nations")),
    ],
)  # fmt: skip
def test_leading_a_body_is_a_post_in_it(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    assert expected in affiliations(facts_of(text))


def test_a_panels_accusation_is_its_bodys_not_its_leaders(facts_of) -> None:  # type: ignore[no-untyped-def]
    from kg.records import EventKind
    from tests.helpers import directed

    text = "A UN panel of experts, led by Anna Berg, accused Peru of breaking the embargo."
    accused = directed(facts_of(text), EventKind.CONFLICT)
    assert ("United Nations", "Peru") in accused
    assert ("Anna Berg", "Peru") not in accused


@pytest.mark.parametrize(
    "text",
    [
        "Peru led by example at the summit, Anna Berg said.",
        "The march was led by students from the Andean University.",
        "The rally was led by Anna Berg.",
        "Tomas Lind led the team to victory over Chile.",
        "Anna Berg leads the polls ahead of the vote.",
        "Tomas Lind leads the race to succeed the president.",
        "Anna Berg heads the list of candidates.",
        "The Easter service was led by Tomas Lind.",
    ],
)
def test_leading_no_body_is_no_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Farmers Union met on Monday. Its delegation to the fair arrived late. It was led "
        "by Anna Berg.",
        "Kappa Oil shares rose. Kappa Oil is 46%-owned by Brightwater Industries which in turn "
        "is run by Tomas Lind.",
    ],
)
def test_a_pronoun_led_by_someone_gives_no_guessed_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {org for _, org in affiliations(facts_of(text))} & {"Farmers Union", "Kappa Oil"}


def test_which_is_run_by_is_the_post_in_the_body_it_follows(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Brightwater Industries, which is run by Tomas Lind, bought the mine."
    assert ("Tomas Lind", "Brightwater Industries") in affiliations(facts_of(text))
