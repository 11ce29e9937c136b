"""Names cleaned: markup decoded, stray punctuation gone, roles split off."""

from __future__ import annotations

import pytest

from kg.language.names import clean_name, party_label, split_role
from tests.helpers import affiliations, met_pairs, pair


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Vale&#191;s", "Vale"),
        ("Vale&#8217;s", "Vale"),
        ("National Reform Party(NRP", "National Reform Party"),
        ("the Weavers' Guild", "Weavers' Guild"),
        ("Ex-Orlan Council", "Orlan Council"),
        ("Ann Vale,", "Ann Vale"),
        ("(Ann Vale)", "(Ann Vale)"),
        ("Britain.", "Britain"),  # the sentence's full stop
        ("U.S.", "U.S."),
        ("Orlan Corp.", "Orlan Corp."),
        ("Tom Vale Jr.", "Tom Vale Jr."),
    ],
)
def test_clean_name(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


@pytest.mark.parametrize(
    ("raw", "name", "role"),
    [
        ("Tory Ivo Marsh", "Ivo Marsh", "Tory"),
        ("MEP Ivo Marsh", "Ivo Marsh", "MEP"),
        ("Lib Dem MP Ruth Vane", "Ruth Vane", "Lib Dem MP"),
        ("Professor Nel Orsk", "Nel Orsk", "Professor"),
        ("Tom Reyes QC", "Tom Reyes", "QC"),
        ("Iranian Karim Rashid", "Karim Rashid", "Iranian"),
        ("Ruth Vane", "Ruth Vane", ""),
        ("Constable Ruth Vane", "Ruth Vane", "Constable"),
        ("Superintendent Tom Reyes", "Tom Reyes", "Superintendent"),
        ("Sgt Ivo Marsh", "Ivo Marsh", "Sgt"),
        ("Brigadier Ivo Marsh", "Ivo Marsh", "Brigadier"),
        ("Commodore Ruth Vane", "Ruth Vane", "Commodore"),
        ("Captain Tom Reyes", "Tom Reyes", "Captain"),
        ("Major Ivo Okafor-Brandt", "Ivo Okafor-Brandt", "Major"),
        ("Lance Corporal Tom Reyes", "Tom Reyes", "Lance Corporal"),
        ("Lt Cdr Ruth Vane", "Ruth Vane", "Lt Cdr"),
        ("Sheikha Nura Vane", "Nura Vane", "Sheikha"),
        ("John Major", "John Major", ""),
        ("Major", "Major", ""),
        ("Constable", "Constable", ""),
        ("John Constable", "John Constable", ""),
        ("Professor", "Professor", ""),
    ],
)
def test_split_role(raw: str, name: str, role: str) -> None:
    assert split_role(raw) == (name, role)


def test_two_word_party_labels() -> None:
    assert party_label(["Liberal", "Democrat", "Ruth"]) == 2
    assert party_label(["Ruth", "Vane"]) == 0


def test_a_surname_the_model_cut_off_is_put_back(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from kg.language.entity_repair import EntityRepair

    doc = nlp.make_doc("Foreign Minister Maria Kolar Berg said the talks would resume.")
    for _, proc in nlp.pipeline:
        if not isinstance(proc, EntityRepair):
            doc = proc(doc)
    doc.ents = [Span(doc, 2, 4, label="PERSON")]  # the small model's cut: "Maria Kolar"
    repaired = EntityRepair(nlp)(doc)
    assert [(e.text, e.label_) for e in repaired.ents] == [("Maria Kolar Berg", "PERSON")]


def _repaired(nlp, text: str, ents: list[tuple[int, int, str]]) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Run the pipeline up to the repair, impose the model's cut, then repair."""
    from spacy.tokens import Span

    from kg.language.entity_repair import EntityRepair

    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        if not isinstance(proc, EntityRepair):
            doc = proc(doc)
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    return [(e.text, e.label_) for e in EntityRepair(nlp)(doc).ents]


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        # a company word read as a surname: "Motors" a person
        ("Shares in Northfield Motors fell sharply.", [(3, 4, "PERSON")], "Northfield Motors"),
        # a country name cut off its company: "Norland" + "Airlines"
        ("Shares in Norland Airlines fell.", [(2, 3, "GPE"), (3, 4, "ORG")], "Norland Airlines"),
        # a one-word person glued to an organisation: "Kestrel" + "Martin"
        (
            "The contract went to Kestrel Martin yesterday.",
            [(4, 5, "ORG"), (5, 6, "PERSON")],
            "Kestrel Martin",
        ),
    ],
)
def test_company_names_the_model_cut_are_whole(nlp, text, cut, whole) -> None:  # type: ignore[no-untyped-def]
    assert (whole, "ORG") in _repaired(nlp, text, cut)


def test_a_participle_opening_the_sentence_is_not_in_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _repaired(nlp, "Praising Northfield Rovers, she said the club did well.", [(0, 3, "ORG")])
    assert ("Northfield Rovers", "ORG") in got
    assert not any(text.startswith("Praising") for text, _ in got)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Generals Tarek and Mansour met again on Wednesday.", "Tarek", "Mansour"),
        ("Colonels Brandt and Keller met in Bonn.", "Brandt", "Keller"),
        ("Ambassadors Lund and Berg held talks on Monday.", "Lund", "Berg"),
    ],
)
def test_a_plural_title_is_no_part_of_the_first_name(  # type: ignore[no-untyped-def]
    facts_of, text: str, a: str, b: str
) -> None:
    assert pair(a, b) in met_pairs(facts_of(text))


def test_lance_is_a_given_name_unless_a_rank_follows(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = '"We will cut prices," said Lance Berrow, Holm Foods senior vice president.'
    facts = facts_of(text)
    assert "Lance Berrow" in {a.name for a in facts.actors}
    assert split_role("Lance Berrow") == ("Lance Berrow", "")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # church titles and an administrator's post: no part of the name
        ("Metropolitan Teodosie Varlan met Bishop Aurel Cozma in Iasi on Monday.",
         "Teodosie Varlan", "Aurel Cozma"),
        ("Catholicos Garegin Harutyun held talks with Patriarch Mesrop Tadev on Sunday.",
         "Garegin Harutyun", "Mesrop Tadev"),
        ("Administrator Hollis Brandvold met Premier Jan Ostrava in Darwin on Friday.",
         "Hollis Brandvold", "Jan Ostrava"),
        ("The Serbian Metropolitan Jovan Ristov met Armenian Catholicos Aram Kobakhyan.",
         "Jovan Ristov", "Aram Kobakhyan"),
    ],
)  # fmt: skip
def test_church_titles_and_an_administrator_are_no_part_of_the_name(  # type: ignore[no-untyped-def]
    facts_of, text: str, a: str, b: str
) -> None:
    facts = facts_of(text)
    assert pair(a, b) in met_pairs(facts)
    assert not any(n.split()[0] in {"Metropolitan", "Catholicos", "Administrator"}
                   for n in (x.name for x in facts.actors))  # fmt: skip


def test_the_metropolitan_police_keep_their_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Metropolitan Police arrested Tomas Hallvik in London on Monday.")
    assert "Police" not in {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Signor Castaldi", "Castaldi"),
        ("Senor Arrieta", "Arrieta"),
        ("M. Berthollet", "Berthollet"),
        ("Count Orsolini", "Orsolini"),
        ("Generalissimo Tanvo", "Tanvo"),
    ],
)
def test_old_honorifics_are_no_part_of_the_name(raw: str, name: str) -> None:
    """Wire copy's "Signor", "Senor", "M." (Monsieur), "Count" before a surname."""
    assert split_role(raw)[0] == name


def test_an_honorific_alone_stays_a_name() -> None:
    assert split_role("Count")[0] == "Count"


def test_a_registrar_is_a_title() -> None:
    """ "Registrar Erik Solvang": the title is split off the name."""
    assert split_role("Registrar Erik Solvang") == ("Erik Solvang", "Registrar")


def test_a_courts_registrar_holds_its_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ICC Registrar Erik Solvang said the court would open an inquiry.")
    assert ("Erik Solvang", "International Criminal Court") in affiliations(facts)
    assert not any(a.name.startswith("Registrar") for a in facts.actors)
