"""Organisation names the model cuts at "and", a comma or a preposition: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, memberships


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Arts, Media and Heritage Secretary Ruth Holm backed the plan.", "Ruth Holm", "Media"),
        (
            "The Finance and Economy Ministry expects growth to slow.",
            "Finance and Economy Ministry",
            "Economy Ministry",
        ),
        ("The Trade and Industry Committee met on Monday.", "Trade and Industry Committee", ""),
        ("The Treasury and the Bank of England disagreed.", "Treasury", ""),
        # the words around a firm's name
        ("Insurer Norvex Re said profits rose.", "Norvex Re", "Insurer Norvex Re"),
        (
            "The London Stock Exchange said it would reject the bid.",
            "London Stock Exchange",
            "Stock Exchange",
        ),
        (
            "The fund's efforts helped force Holm Foundation-Varnia to close.",
            "Holm Foundation-Varnia",
            "force Holm Foundation-Varnia",
        ),
    ],
)
def test_where_a_name_begins_and_ends(nlp, text: str, kept: str, gone: str) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text for e in nlp(text).ents}
    assert kept in ents
    assert gone not in ents


def test_two_names_across_a_spaced_dash(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text for e in nlp("Tony Holt said the cuts at Whitehall - Labour by 80,000 - "
                                "would hurt.").ents}  # fmt: skip
    assert not any(" - " in e for e in ents)
    assert "Coca-Cola" in {e.text for e in nlp("Coca-Cola and Tony Holt signed a deal.").ents}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # cut after "of the" / kept its field apart / ended in a preposition
        ("Rents rose, said the Office of the Housing Ombudsman (OHO) on Monday.",
         "Office of the Housing Ombudsman"),
        ("Costs are rising, said Ann Berg, who heads the UN Office for the Promotion of "
         "Disaster Relief.", "UN Office for the Promotion of Disaster Relief"),
        ("Prices rose, said Ian Dale, chief of the Agency for the Protection of Consumers.",
         "Agency for the Protection of Consumers"),
        # a firm's kind that is the head of its name
        ("The Bank of Ruritania is working with the statistics office.", "Bank of Ruritania"),
        ("The Bank of Norvania said profits rose.", "Bank of Norvania"),
        # a body's head word alone, its "of the" post left out
        ("Land prices rose in Wales last year, the Office of the Deputy Prime Minister said on "
         "Tuesday.", "Office of the Deputy Prime Minister"),
        ("Housing starts fell, the Office of the Deputy Prime Minister (ODPM) reported.",
         "Office of the Deputy Prime Minister"),
    ],
)  # fmt: skip
def test_a_body_name_cut_at_a_preposition_is_whole(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text for e in nlp(text).ents}
    assert name in ents
    assert not any(e.endswith((" of", " the", " at", " for")) or e.startswith("of ") for e in ents)


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("The Agency for Kenya said so.", {"Kenya"}),  # a country is not a body's field
        ("Prices rose, the Office of the Chief Statistician (OCS) said.",
         {"Office of the Chief Statistician", "OCS"}),
    ],
)  # fmt: skip
def test_a_body_name_does_not_take_in_a_country(nlp, text: str, ents: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert ents <= {e.text for e in nlp(text).ents}
    assert "Agency for Kenya" not in {e.text for e in nlp(text).ents}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("the Office of Trade Figures (OTF) said", "ORG"),  # the body's acronym
        ("the Office of Trade Figures (Ann) said", "PERSON"),  # not an acronym
        ("the Office of Trade Figures, OTF said", "PERSON"),  # not in brackets
    ],
)
def test_an_acronym_in_brackets_after_a_body_is_the_body(nlp, text: str, label: str) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from kg.language.org_spans import bracketed_acronym

    doc = nlp.make_doc(text)
    body = Span(doc, 1, 5, label="ORG")
    other = Span(doc, 6, 7, label="PERSON")
    assert bracketed_acronym(doc, other, [body, other]).label_ == label


@pytest.mark.parametrize(
    ("text", "acronym", "found"),
    [
        ("The Green Progress Party (GPP) won. GPP leader Ilse Moreau spoke.", "GPP", 2),
        ("The Civic Party won 40 seats. Rep. Ana Ruiz of the CP said so.", "CP", 1),
        ("The Harbour Workers Union struck. The HWU said so.", "HWU", 1),
        # initials of no body named before are no body's
        ("The CP said so. The Civic Party won 40 seats.", "CP", 0),
        ("The Civic Party won 40 seats. The CPA said so.", "CPA", 0),
    ],
)  # fmt: skip
def test_the_initials_of_a_body_named_before_are_the_body(  # type: ignore[no-untyped-def]
    nlp, text: str, acronym: str, found: int
) -> None:
    ents = [e for e in nlp(text).ents if e.text == acronym]
    assert len(ents) == found and all(e.label_ == "ORG" for e in ents)


@pytest.mark.parametrize("text", ["Okada Railways", "Halvor Railroad", "Norvex Airways"])
def test_a_name_ending_in_a_company_word_is_a_company(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from kg.language.org_spans import company_span

    doc = nlp.make_doc(text)
    span = company_span(doc, 0, len(doc), "PERSON")
    assert span is not None and span.label_ == "ORG" and span.text == text


@pytest.mark.parametrize(
    ("text", "body", "glued"),
    [
        ("SNP Holyrood leader Ann Bell said it was a gaffe.", "SNP", "SNP Holyrood"),
        ("Liberal Democrats Westminster spokesman Tom Ray said so.", "Liberal Democrats",
         "Liberal Democrats Westminster"),
        ("The Labour Party Stormont leader, Ann Bell, said so.", "Labour Party",
         "Labour Party Stormont"),
    ],
)  # fmt: skip
def test_the_word_that_qualifies_a_post_is_no_part_of_the_body(  # type: ignore[no-untyped-def]
    nlp, text: str, body: str, glued: str
) -> None:
    ents = {e.text for e in nlp(text).ents}
    assert glued not in ents


@pytest.mark.parametrize(
    "text",
    [
        "Her call won praise from Culture, Media and Sport Secretary Ann Vale who said it was good.",
        "Tom Lee, director of Halvor Development Bank - one of the lenders of the firm - said so.",
        "More cases may follow, said US Attorney David Kell.",
    ],
)
def test_words_that_name_no_body_stay_out(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text for e in nlp(text).ents}
    assert not ents & {"Culture", "one", "Attorney David Kell"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Mr Dunmore has suspended Leeds's constituency Conservative association for refusing.",
         "Conservative association"),
        ("The party closed its branch Halvor Workers association last year.", "Halvor Workers association"),
    ],
)  # fmt: skip
def test_a_described_body_begins_at_its_first_capital(facts_of, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert body in names or not any(n.endswith("association") for n in names)
    assert not any(n.startswith(("constituency ", "branch ")) for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A spokesman for the Office of the Deputy Chief Minister said the rules would change.",
         "Office of the Deputy Chief Minister"),
        ("The Department of the Deputy Prime Minister, a new body, opened on Monday.",
         "Department of the Deputy Prime Minister"),
        ("Officials at the Office of the Chief Medical Officer met Ann Vale.",
         "Office of the Chief Medical Officer"),
        ("Staff at the Office of the Deputy First Minister were told to stay at home.",
         "Office of the Deputy First Minister"),
    ],
)  # fmt: skip
def test_a_body_name_cut_inside_what_of_governs_is_whole(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {e.text for e in nlp(text).ents}


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        # the name the model cut now holds the acronym's letters
        ("The Office of the Deputy Chief Minister (ODCM) said it would publish the figures.",
         {("Office of the Deputy Chief Minister", "ORG"), ("ODCM", "ORG")}),
        # a title after a whole body's name is a person's, not the body's
        ("The Bank of England Governor Mervyn Ray met Ann Vale.",
         {("Bank of England", "ORG"), ("Mervyn Ray", "PERSON")}),
        ("The Ministry of Defence Permanent Secretary Kevin Tebbit said no.",
         {("Kevin Tebbit", "PERSON")}),
    ],
)  # fmt: skip
def test_a_body_name_stops_where_its_object_ends(
    nlp, text: str, ents: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert ents <= {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize(
    ("text", "group", "other"),
    [
        ("The Kosovo Liberation Army ambushed a Serbian police patrol.", "Kosovo Liberation Army",
         "Serbia"),
        ("The Sudan People's Liberation Army accused Khartoum of lying.",
         "Sudan People's Liberation Army", "Sudan"),
    ],
)  # fmt: skip
def test_a_country_before_a_movements_name_is_part_of_it(facts_of, text, group, other) -> None:  # type: ignore[no-untyped-def]
    """ "the Kosovo Liberation Army": a movement, no body of Kosovo's state."""
    facts = facts_of(text)
    assert (group, other) in directed(facts, EventKind.CONFLICT)
    assert not memberships(facts)


def test_a_country_before_a_state_body_is_its_name_and_its_owner(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Kenya Revenue Authority said it had collected more tax.")
    assert ("Kenya Revenue Authority", "Kenya") in memberships(facts)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Lebanese forces shelled a camp held by the Fatah al-Islam group.",
         ("Lebanon", "Fatah al-Islam")),
        ("The Fatah al-Islam group attacked Lebanese soldiers.", ("Fatah al-Islam", "Lebanon")),
    ],
)  # fmt: skip
def test_a_listed_name_before_an_arabic_article_is_a_longer_name(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    """ "Fatah al-Islam" is no Fatah."""
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


def test_a_listed_name_alone_stays_itself(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("Fatah", "Hamas") in directed(
        facts_of("Fatah accused Hamas of lying."), EventKind.CONFLICT
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kuwait News Agency reported on Monday that talks had failed.", "Kuwait News Agency"),
        ("The Qatar News Agency said on Sunday the emir had left.", "Qatar News Agency"),
        (
            "The Jordan Press Agency said on Monday that the talks had failed.",
            "Jordan Press Agency",
        ),
    ],
)
def test_a_news_agency_keeps_its_country_word(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert name in {a.name for a in facts.actors}
    assert not {"News Agency", "Press Agency"} & {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The UN Support Mission in Libya said talks would resume on Monday.",
         "UN Support Mission in Libya"),
        ("Ana Ruiz, head of the UN Assistance Mission in Afghanistan, met officials.",
         "UN Assistance Mission in Afghanistan"),
        ("The United Nations Mission in South Sudan accused the rebels of blocking aid.",
         "United Nations Mission in South Sudan"),
    ],
)  # fmt: skip
def test_a_mission_s_name_goes_on_with_the_country_it_serves(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {e.text for e in nlp(text).ents}


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("The UN mission in Haiti said the vote was fair.", {"Haiti"}),  # no name of its own
        ("The Norvex Mission in Leeds opened a shelter.", {"Leeds"}),  # a town, no country
    ],
)  # fmt: skip
def test_a_mission_named_with_no_country_stops_before_in(nlp, text: str, ents: set[str]) -> None:  # type: ignore[no-untyped-def]
    found = {e.text for e in nlp(text).ents}
    assert ents <= found
    assert not any(e.endswith(" in Haiti") or e.endswith(" in Leeds") for e in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Sikh Federation of Britain urged calm. Ann Vell, secretary general of the "
         "federation, said the plan was wrong.", "Sikh Federation of Britain"),
        ("The Federation of Tenants of Britain criticised the plan. \"It is wrong,\" said "
         "Ann Vell, president of the federation.", "Federation of Tenants of Britain"),
        ("Ann Vell, head of the Law Society of Kenya, said the ruling was fair.",
         "Law Society of Kenya"),
        ("The Methodist Church of Ghana said Ann Vell, its chairwoman, would resign.",
         "Methodist Church of Ghana"),
        ("Ann Vell, head of the Baptist Union of Britain, said the ruling was fair.",
         "Baptist Union of Britain"),
    ],
)  # fmt: skip
def test_a_body_s_name_goes_on_with_of_and_its_country(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ann Vell", name) in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Tenants Council urged the people of Britain to vote.", "Tenants Council"),
        ("The Miners Union of Britain's coalfields criticised the plan.", "Miners Union"),
        ("The Tenants Council of Leeds criticised the plan.", None),  # a town, no country
    ],
)  # fmt: skip
def test_of_a_country_that_owns_or_is_apart_stays_out(nlp, text: str, body: str | None) -> None:  # type: ignore[no-untyped-def]
    found = {e.text for e in nlp(text).ents}
    assert not any(e.endswith(" of Britain") for e in found), found
    assert not any(e.endswith("of Britain's coalfields") for e in found), found
    if body:
        assert body in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Ann Vale has announced a freeze on the fuel levy in her speech to the Commons on Thursday.",
        "Minister Tom Ray gave a statement to the Commons on Friday about the new trains.",
        "The Assembly on Monday rejected the budget.",
    ],
)  # fmt: skip
def test_a_body_name_takes_in_no_day_of_the_week(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ents = [e for e in nlp(text).ents if e.label_ == "ORG"]
    assert ents and not any(e.text.endswith(("day", " on")) for e in ents)
