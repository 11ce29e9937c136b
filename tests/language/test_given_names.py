"""People the small model does not know, found by their given name: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.language.given_names import given_names
from tests.helpers import affiliations, met_pairs, pair, speakers


def _people(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


def test_the_list_holds_given_names_and_no_titles() -> None:
    names = given_names()
    assert {"nadia", "marek", "olaf", "piet", "kofi"} <= names
    assert not {"king", "prince", "royal", "said", "the"} & names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # subjects the model reads as a body, a nationality or nothing
        ("Nadia Haddad said the talks had failed.", "Nadia Haddad"),
        ("Marek Novak said the talks had failed.", "Marek Novak"),
        ("On Monday, Nadia Haddad criticised the government.", "Nadia Haddad"),
        ("Officials said Marek Novak had resigned.", "Marek Novak"),
        # met, beside a post, beside another person
        ("Olaf Brenner met President Tomas Okafor on Monday.", "Olaf Brenner"),
        ("Ingrid Dahl met President Tomas Okafor on Monday.", "Ingrid Dahl"),
        ("The minister, Piet de Vries, visited Kenya.", "Piet de Vries"),
        ("Ilse Brandt and Angela Merkel held talks in Berlin.", "Ilse Brandt"),
    ],
)
def test_a_given_name_before_a_surname_is_a_person(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _people(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Eli Vance said its profits rose by a tenth.", "Eli Vance"),  # a firm: "its"
        ("There, the marques Mercedes Benz and BMW kept their lead.", "Mercedes Benz"),
        ("Shares in Nadia Haddad rose on Monday.", "Nadia Haddad"),  # no person's place
        ("Grace Church was closed on Saturday.", "Grace Church"),  # a word: a thing
        ("The Nadia Haddad Foundation said it would close.", "Nadia Haddad"),  # part of a name
    ],
)
def test_names_that_are_no_person(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name not in _people(nlp, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Olaf Brenner met President Tomas Okafor on Monday.", ("Olaf Brenner", "Tomas Okafor")),
        ("Nadia Haddad held talks with Marek Novak in Vienna.", ("Marek Novak", "Nadia Haddad")),
        ("Ana Ruiz and Tomas Lind met in Oslo on Friday.", ("Ana Ruiz", "Tomas Lind")),
    ],
)
def test_the_people_found_meet(facts_of, text: str, names: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair(*names) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # given names of many languages, whose bearers the model reads as a body or nothing
        ("Nnamdi Eze accused Kelechi Obi of fraud.", "Kelechi Obi"),  # Igbo
        ("Tunji Alade held talks with Funmilayo Bello.", "Funmilayo Bello"),  # Yoruba
        ("Themba Zulu accused Sizwe Khumalo of corruption.", "Sizwe Khumalo"),  # Zulu
        ("Sunil Rao criticised Pradeep Nair over the deal.", "Pradeep Nair"),  # Indian
        ("Makoto Hirano accused Naoko Ishida of lying.", "Naoko Ishida"),  # Japanese
        ("Oleksiy Tkachuk met Bohdan Kravets in Lviv.", "Oleksiy Tkachuk"),  # Ukrainian
        ("Kirill Orlov met Pyotr Zaitsev in Minsk.", "Kirill Orlov"),  # Russian
        ("Murat Yilmaz met Hakan Celik in Ankara.", "Murat Yilmaz"),  # Turkish
        ("Ion Rusu met Pavel Dorn on Monday.", "Ion Rusu"),  # Romanian
        ("Csaba Dorn met Pavel Lind on Monday.", "Csaba Dorn"),  # Hungarian
        ("Zurab Dorn met Pavel Lind on Monday.", "Zurab Dorn"),  # Georgian
        ("Kairat Dorn met Pavel Lind on Monday.", "Kairat Dorn"),  # Kazakh
        ("Urmas Dorn met Pavel Lind on Monday.", "Urmas Dorn"),  # Estonian
        ("Nuno Dorn met Pavel Lind on Monday.", "Nuno Dorn"),  # Portuguese
        ("Mehdi Dorn met Pavel Lind on Monday.", "Mehdi Dorn"),  # Persian
        ("Tigran Dorn met Pavel Lind on Monday.", "Tigran Dorn"),  # Armenian
    ],
)
def test_given_names_of_many_languages(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _people(nlp, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Oleksiy Tkachuk met Bohdan Kravets in Lviv.", ("Oleksiy Tkachuk", "Bohdan Kravets")),
        ("Kirill Orlov met Pyotr Zaitsev in Minsk.", ("Kirill Orlov", "Pyotr Zaitsev")),
        ("Murat Yilmaz met Hakan Celik in Ankara.", ("Murat Yilmaz", "Hakan Celik")),
    ],
)
def test_people_of_many_languages_meet(facts_of, text: str, names: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair(*names) in met_pairs(facts_of(text))


# A role or party label the model ran into the name before it ("Pensioner Nadia
# Haddad", "Veteran Republican Nadia Haddad") is no part of it: the speaker is the name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pensioner Nadia Haddad said the council had ignored residents.", "Nadia Haddad"),
        ("Veteran Republican Nadia Haddad said the war had been a mistake.", "Nadia Haddad"),
        ("Campaigner Marek Novak said the council had ignored residents.", "Marek Novak"),
        ("Nurse Marek Novak said the hospital was full.", "Marek Novak"),
        ("Farmer Nadia Haddad said the council had ignored residents.", "Nadia Haddad"),
    ],
)
def test_a_role_run_into_a_name_is_no_part_of_it(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {name}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body named after a person keeps its whole name
        ("The Veteran Nadia Haddad Trust said the council had ignored residents.",
         "Veteran Nadia Haddad Trust"),
        ("Royal Mail said the strike would end.", "Royal Mail"),
    ],
)  # fmt: skip
def test_a_body_named_after_a_person_keeps_its_name(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Mr Lenk lashed out at Marta Salvi on Monday.", "Marta Salvi"),
        ("Senator Ola Brekke, who lashed out at Marta Salvi last week, resigned.", "Marta Salvi"),
        ("Mr Lenk rounded on Marta Salvi after the vote.", "Marta Salvi"),
        ("Mr Lenk tore into Marta Salvi during the debate.", "Marta Salvi"),
    ],
)
def test_whom_words_are_aimed_at_is_a_person(facts_of, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    from kg.records import EventKind
    from tests.helpers import directed

    assert target in {t for _, t in directed(facts_of(text), EventKind.CONFLICT)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Soto's two-day visit to Kenya ended on Sunday.", "Ana Soto"),
        ("Ana Soto's talks with Li Wen ended on Sunday.", "Ana Soto"),
        ("Officials said Ana Soto's visit to Kenya ended on Sunday.", "Ana Soto"),
    ],
)
def test_a_given_name_before_a_possessive_of_a_visit_or_talks(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _people(nlp, text)


def test_a_possessive_of_a_firm_s_noun_stays_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "Eli Vance" not in _people(nlp, "Eli Vance's profits rose sharply.")


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "The defence ministers of Chile and Peru, Rodrigo Salvat and Ines Quispe "
            "respectively, held talks in Lima.",
            {("Rodrigo Salvat", "Chile"), ("Ines Quispe", "Peru")},
        ),
        (
            "The foreign ministers of Chile and Peru, Rodrigo Salvat and Ines Quispe, met in Lima.",
            {("Rodrigo Salvat", "Chile"), ("Ines Quispe", "Peru")},
        ),
        (
            "The envoys of Chile and Peru, Rodrigo Salvat and Ines Quispe respectively, held "
            "talks in Lima.",
            {("Rodrigo Salvat", "Chile"), ("Ines Quispe", "Peru")},
        ),
        (
            "The interior ministers of Chile and Peru, Rodrigo Salvat and Ines Quispe "
            "respectively, held talks in Lima.",
            {("Rodrigo Salvat", "Chile"), ("Ines Quispe", "Peru")},
        ),
    ],
)
def test_names_listed_after_a_plural_posts_countries_are_people(  # type: ignore[no-untyped-def]
    facts_of, text: str, ties: set[tuple[str, str]]
) -> None:
    """ "the ministers of A and B, X and Y (respectively),": X and Y hold the post,
    though the model read them as bodies coordinated with the countries."""
    assert affiliations(facts_of(text)) == ties


def test_names_listed_after_countries_with_no_post_are_not_made_people(nlp) -> None:  # type: ignore[no-untyped-def]
    """No plural post before the countries: nothing says the names are people's."""
    doc = nlp("Exports to Chile and Peru, Rodrigo Salvat and Ines Quispe, rose.")
    assert "Rodrigo Salvat" not in {e.text for e in doc.ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nadia Haddad, a Jordanian engineer, was arrested on Monday.", "Nadia Haddad"),
        ("Nadia Haddad, a Kenyan student, was detained in May.", "Nadia Haddad"),
        ("Chile freed Nadia Haddad on Friday.", "Nadia Haddad"),
        ("Chile is holding Lukas Petrauskas.", "Lukas Petrauskas"),
        ("Peru detained Nadia Haddad at the airport.", "Nadia Haddad"),
    ],
)
def test_a_name_beside_a_word_for_a_person_or_held_is_a_person(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _people(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chile freed Grace Church from the rules.", "Grace Church"),  # a word: a thing
        ("Nadia Haddad, a Jordanian firm, was fined.", "Nadia Haddad"),  # a firm
    ],
)
def test_a_held_or_described_name_that_is_no_person(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name not in _people(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kenya named Amara Odede its new ambassador to China.", "Amara Odede"),
        ("The UN named Ines Marlow its new envoy for Yemen.", "Ines Marlow"),
        ("The UN chose Ines Marlow to lead its refugee agency.", "Ines Marlow"),
        ("Peru picked Nadia Haddad to run its intelligence service.", "Nadia Haddad"),
    ],
)
def test_a_name_given_a_post_is_a_person(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _people(nlp, text)


def test_a_name_given_no_post_stays_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """A name that is a thing, named something else than a post."""
    assert "Grace Church" not in _people(nlp, "The council named Grace Church a listed building.")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a capital's or a town's name after a given name is the surname
        ("Ana Paris said on Monday that the deal was dead.", "Ana Paris"),
        ("Elena Lima said on Friday that the strike was over.", "Elena Lima"),
        ("Ines Berlin accused the Kenyan government of lying.", "Ines Berlin"),
        ("Ana Paris met Chilean President Jorge Mendez on Tuesday.", "Ana Paris"),
        ("President Ana Paris met Kenyan President Daniel Oduya.", "Ana Paris"),
    ],
)
def test_a_town_after_a_given_name_is_a_surname(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.name for a in facts.actors}
    assert speaker in {a.name for a in facts.actors if a.key.startswith("person/")}
    assert not {"France", "Peru", "Germany"} & names


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Paris said on Monday that it would expel the ambassador.", "France"),
        ("On Monday Lima said it would expel the envoy.", "Peru"),
        ("Talks in Paris ended on Monday, Ana Ruiz said.", None),
    ],
)
def test_a_capital_alone_is_still_its_country(facts_of, text: str, country: str | None) -> None:  # type: ignore[no-untyped-def]
    speakers_found = speakers(facts_of(text))
    if country is not None:
        assert country in speakers_found
    else:
        assert "France" not in speakers_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dovrel Pharma chief executive Lena Vosk said the firm would cut jobs.",
         ("Lena Vosk", "Dovrel Pharma")),
        ("Dovrel Pharma's founder, Lena Vosk, said the firm would expand.",
         ("Lena Vosk", "Dovrel Pharma")),
        ("Dovrel Pharma chief executive Lena Vosk and Halbrook Advisors founder Owen "
         "Tallis said the deal was done.", ("Lena Vosk", "Dovrel Pharma")),
    ],
)  # fmt: skip
def test_a_given_name_after_a_lower_case_title(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    """A given name and a surname right after a lower-case title word are a person's
    name, whose post the title is; no other holder's title runs over it."""
    found = affiliations(facts_of(text))
    assert expected in found
    assert ("Owen Tallis", "Dovrel Pharma") not in found
