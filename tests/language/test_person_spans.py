"""Person names the model cuts or misses, repaired from the parse: sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.records import RelationType
from tests.helpers import affiliations, speakers


def test_a_given_name_that_is_a_nationality(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "Economy minister German Gref": between a title and a name no nationality stands."""
    facts = facts_of("Economy minister German Gref said growth would slow.")
    assert not any(a.type.value == "Country" for a in facts.actors)
    facts = facts_of("The German minister Ann Holt said growth would slow.")
    assert any(a.name == "Germany" for a in facts.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz and Jonas Lindqvist met in Geneva on Monday.", "Ana Ruiz"),
        ("Nikos Papadakis and Umaro Bande met in Geneva on Monday.", "Umaro Bande"),
        ("The two ministers, Jonas Lindqvist and Ana Ruiz, met on Monday.", "Ana Ruiz"),
        ("Lars Holt and Yuki Mori met in Geneva on Monday.", "Lars Holt"),
        ("Envoy Yuki Mori met with Lars Holt and Carlos Mendez in Geneva.", "Lars Holt"),
    ],
)
def test_a_name_coordinated_with_a_person_is_a_person(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Visitors saw Kelso Castle and Carlos Mendez at the fair.", "Kelso Castle"),
        ("Carlos Mendez and Kelso Castle drew crowds.", "Kelso Castle"),
        ("Carlos Mendez and the Summer Girls played in Oslo.", "Summer Girls"),
        ("The prize went to Carlos Mendez, Finding Home and Lucy Baker.", "Finding Home"),
        ("Carlos Mendez praised Lucy Baker and Music Player.", "Music Player"),
        ("Carlos Mendez met Kelso Rovers on Saturday.", "Kelso Rovers"),
        ("Carlos Mendez met the Kelso Lions on Saturday.", "Kelso Lions"),
    ],
)
def test_a_thing_coordinated_with_a_person_is_no_person(nlp, text: str, thing: str) -> None:  # type: ignore[no-untyped-def]
    assert thing not in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


def test_dictionary_words_come_from_the_lemmatizer(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.language.dictionary import dictionary_words

    words = dictionary_words(nlp)
    assert {"castle", "player", "finding"} <= words
    assert "lindqvist" not in words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nigeria's foreign minister, Bola Adeyemi, met Ghana's president in Accra.",
            "Bola Adeyemi",
        ),
        ("Chile's foreign minister, Lars Holt, met Peru's president in Lima.", "Lars Holt"),
        ("The envoy, Aroha Ngata, arrived in Oslo on Monday.", "Aroha Ngata"),
    ],
)
def test_a_name_misread_beside_a_post_is_a_person(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The minister visited his old school, Kelso Academy, on Monday.", "Kelso Academy"),
        ("The envoy, Sound Player, was released on Monday.", "Sound Player"),
    ],
)
def test_a_thing_beside_a_post_or_a_noun_is_no_person(nlp, text: str, thing: str) -> None:  # type: ignore[no-untyped-def]
    assert thing not in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lt. Gen. Marcus Reed met Brig. Gen. Tomas Villa at the base.",
         {"Marcus Reed", "Tomas Villa"}),
        ("Capt. Ahmed Saleh met Sgt. Peter Obi on Monday.", {"Ahmed Saleh", "Peter Obi"}),
        ("Pastor Ahmed Saleh met Monsignor Peter Obi on Monday.", {"Ahmed Saleh", "Peter Obi"}),
        ("Mrs. Eleanor Vance held talks with Msgr. Paolo Ricci in Rome.",
         {"Eleanor Vance", "Paolo Ricci"}),
    ],
)  # fmt: skip
def test_ranks_and_church_styles_are_no_part_of_a_name(
    facts_of, text: str, expected: set[str]
) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import met_pairs

    assert met_pairs(facts_of(text)) == {frozenset(expected)}


def test_a_surname_like_a_style_stays_a_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of("Luis Canon met Tom Berg in Madrid.").actors}
    assert "Luis Canon" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Olu Adeyemi, Nigeria's oil minister, said output would rise.", "Olu Adeyemi"),
        ("Klaus Eder, head of the Freedom Party, said the coalition would fall.", "Klaus Eder"),
        ("Naledi Khumalo, the South African health minister, praised the plan.", "Naledi Khumalo"),
        ("Ilse Varn, a spokeswoman for the Austrian foreign ministry, said so.", "Ilse Varn"),
    ],
)
def test_a_name_taken_for_a_body_before_the_post_it_holds_is_a_person(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str
) -> None:
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Varell Freres, the Chilean market leader, said profits rose.", "Varell Freres"),
        ("Varell Freres, the Chilean fund manager, said profits rose.", "Varell Freres"),
        (
            "Varell Freres, the Chilean government's adviser on the sale, said the price was fair.",
            "Varell Freres",
        ),
    ],
)
def test_a_body_before_a_post_firms_hold_too_stays_a_body(nlp, text: str, thing: str) -> None:  # type: ignore[no-untyped-def]
    assert thing not in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nadia Roussel, who leads the IMF, said the loan was approved.", "Nadia Roussel"),
        ("Nadia Roussel, who was named to the post in May, said the loan was approved.",
         "Nadia Roussel"),
        ("The head of the IMF, Nadia Roussel, said the loan was approved.", "Nadia Roussel"),
        ("The former chief of the IMF, Nadia Roussel, said the loan was approved.",
         "Nadia Roussel"),
    ],
)  # fmt: skip
def test_a_name_taken_for_a_body_that_who_follows_or_a_post_precedes_is_a_person(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str
) -> None:
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Varell Freres, which advises the IMF, said the loan was approved.", "Varell Freres"),
        ("The main rival of the IMF, Varell Freres, said the loan was approved.", "Varell Freres"),
    ],
)
def test_a_body_that_which_follows_stays_a_body(nlp, text: str, thing: str) -> None:  # type: ignore[no-untyped-def]
    assert thing not in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "person", "country", "post"),
    [
        ("Kazakh General Almaz Turat met Chinese officials.", "Almaz Turat", "Kazakhstan",
         "General"),
        ("Tajik General Rustam Dodar met Chinese officials.", "Rustam Dodar", "Tajikistan",
         "General"),
        ("Kyrgyz General Almaz Turat met Chinese officials.", "Almaz Turat", "Kyrgyzstan",
         "General"),
    ],
)  # fmt: skip
def test_a_nationality_title_and_name_taken_for_one_body_is_a_person(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, country: str, post: str
) -> None:
    facts = facts_of(text)
    assert (person, country) in affiliations(facts)
    assert any(r.role == post for r in facts.relations if r.type is RelationType.AFFILIATION)
    assert not any(a.key.startswith("org/") for a in facts.actors)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Kenyan General Service Unit raided the camp.", "Kenyan General Service Unit"),
        ("The Chilean General Staff Office said the talks went well.",
         "Chilean General Staff Office"),
    ],
)  # fmt: skip
def test_a_body_named_with_a_nationality_and_a_rank_stays_a_body(nlp, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert body in {e.text for e in nlp(text).ents if e.label_ == "ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a double surname the model leaves untagged or reads as a body
        ("Ana Morales-Prieto met Luis Herrera.", "Ana Morales-Prieto"),
        ("Ana Vidal-Quadras accused the minister of lying.", "Ana Vidal-Quadras"),
        ("The minister, Elena Petrova-Vance, met Ali Hassan.", "Elena Petrova-Vance"),
    ],
)
def test_a_hyphenated_surname_is_part_of_the_name(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Coca-Cola said its profits rose.", "Coca-Cola"),
        ("Mercedes-Benz said its sales rose.", "Mercedes-Benz"),
        ("The Franco-German summit ended in Paris.", "Franco-German"),
    ],
)
def test_a_hyphenated_firm_or_pair_is_no_person(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name not in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Alan Pryce, chairman of the Federal Reserve, raised interest rates.",
            ("Alan Pryce", "Federal Reserve"),
        ),
        (
            "Alan Pryce, the chairman of the U.S. Federal Reserve, raised rates.",
            ("Alan Pryce", "Federal Reserve"),
        ),
        (
            "Ana Ruiz, who heads the U.S. Federal Reserve, said rates would rise.",
            ("Ana Ruiz", "Federal Reserve"),
        ),
        (
            "Tom Kerr, a judge of the German Federal Court, ruled against the plan.",
            ("Tom Kerr", "German Federal Court"),
        ),
    ],
)
def test_a_body_after_a_titles_of_the_is_no_person(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str]
) -> None:
    """ "chairman of the (U.S.) Federal Reserve": the name the title is of is a body,
    also after "the" and a country; "Federal" begins no person's name."""
    facts = facts_of(text)
    assert tie in affiliations(facts)
    assert not any(s == "Federal Reserve" for s, _ in affiliations(facts))


@pytest.mark.parametrize(
    "text",
    [
        "SNP MSP Kirsty MacLeod and Labour's Ewan Baird met on Tuesday.",
        "SNP MSP Kirsty MacLeod and Labour's Ewan Baird met to discuss the bill.",
    ],
)
def test_a_gaelic_surname_after_a_title_is_a_person(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "MacLeod" is capitalised as a name is, after a title the model read as a body."""
    facts = facts_of(text)
    assert ("Kirsty MacLeod", "Scottish National Party") in affiliations(facts)
    assert not any(a.name == "Kirsty MacLeod" and a.type.value != "Person" for a in facts.actors)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Baroness Quillane said on Tuesday that the treaty was flawed.", "Baroness Quillane"),
        ("Baroness Tilbury of Rye told the committee that the agency had failed.",
         "Baroness Tilbury"),
        ("Baroness Osgrave insisted the law was fair.", "Baroness Osgrave"),
        ("Baroness Quillane of Holt said the plan would fail.", "Baroness Quillane"),
    ],
)  # fmt: skip
def test_a_peer_s_title_opens_an_untagged_name(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


def test_a_peer_s_title_alone_names_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of("The baroness said on Tuesday that the treaty was flawed.")) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marshal Dravo of Slovenia denounced the plan today.", ("Dravo", "Slovenia")),
        (
            "Chancellor Albrink of West Germany conferred with the envoy today.",
            ("Albrink", "West Germany"),
        ),
        ("Generalissimo Tanvo of China received the envoy tonight.", ("Tanvo", "China")),
        ("Field Marshal Koerber of Austria resigned today.", ("Koerber", "Austria")),
    ],
)
def test_a_title_a_name_and_of_a_country(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    """An old style of naming a ruler: the title, the surname, then "of" the country."""
    assert expected in affiliations(facts_of(text))


def test_a_title_of_a_body_is_no_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Minister of Finance of Peru said the plan was sound.")
    assert not any(a.name == "Finance" for a in facts.actors)
