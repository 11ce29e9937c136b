"""Where a person's name begins and ends when the model cut or glued it:
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Foreign Minister Maria Kolar Berg arrived in Oslo on Monday.", "Maria Kolar Berg"),
        # the model tags "Maria Kolar" and "Berg" as two people
        ("Foreign Minister Maria Kolar Berg met Tomas Lind.", "Maria Kolar Berg"),
        # it tags "Ana Lucia" and leaves the two surnames out
        ("Defence Minister Ana Lucia Ferro Vidal met Tomas Lind.", "Ana Lucia Ferro Vidal"),
        ("The talks were led by Mr Lowe, the minister said.", "Lowe"),
        ("The envoy, Ruth Gale, met the minister in Oslo.", "Ruth Gale"),
        # the model tags only the last of three names: both before it belong to it
        ("The new envoy, Kemi Suluhu Berg, met the minister on Monday.", "Kemi Suluhu Berg"),
        ("On Monday, Kemi Suluhu Berg met the minister.", "Kemi Suluhu Berg"),
        ("The minister met Kemi Suluhu Hassan, the new envoy, on Monday.", "Kemi Suluhu Hassan"),
    ],
)
def test_person_names_are_whole(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    people = {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
    assert name in people
    assert not any(p != name and name.startswith(p) for p in people)  # not cut short


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Will Tomas Lind meet Jonas Holm?", "Tomas Lind"),
        ("Can Ana Silva win the vote?", "Ana Silva"),
        # no question: a first name
        ("Will Carter met Jonas Holm on Monday.", "Will Carter"),
        ("Will Carter win?", "Will Carter"),
    ],
)
def test_an_auxiliary_opening_a_question_is_no_part_of_a_name(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


@pytest.mark.parametrize("opener", ["Meanwhile", "Later", "Separately", "Earlier"])
def test_an_adverb_opening_the_sentence_is_no_given_name(facts_of, opener: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(f"Ivo Marsh met Ruth Gale on Monday. {opener} Marsh criticised Peru.")
    assert {a.name for a in facts.actors if a.type.value == "Person"} == {"Ivo Marsh", "Ruth Gale"}


@pytest.mark.parametrize(
    ("text", "name", "tie"),
    [
        (
            "UN High Commissioner for Refugees Tom Rice said the camps were full.",
            "Tom Rice",
            ("Tom Rice", "United Nations"),
        ),
        (
            "UN High Commissioner for Human Rights Tom Rice, speaking in Geneva, said both sides erred.",
            "Tom Rice",
            ("Tom Rice", "United Nations"),
        ),
        (
            "EU Commissioner for Trade Ann Vale said tariffs would rise.",
            "Ann Vale",
            ("Ann Vale", "European Union"),
        ),
        (
            "Minister for Foreign Affairs Tom Rice of Singapore said talks went well.",
            "Tom Rice",
            ("Tom Rice", "Singapore"),
        ),
    ],
)
def test_a_titles_portfolio_is_no_part_of_the_name(  # type: ignore[no-untyped-def]
    facts_of, text: str, name: str, tie: tuple[str, str]
) -> None:
    """ "Commissioner for Refugees Tom Rice": "Refugees" is the post's, not the name's
    (the model glued it on, or the name was stretched over it)."""
    facts = facts_of(text)
    assert speakers(facts) == {name}
    assert tie in affiliations(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State for Culture, Media and Sport Ann Mercer said the plans were fair.",
        "Minister for Sport, Youth and Tourism Ann Mercer said the plans were fair.",
        "Minister for Trade, Industry and Energy Ann Mercer said the plans were fair.",
    ],
)
def test_a_list_of_portfolios_is_no_part_of_the_name_nor_a_speaker(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {"Ann Mercer"}


def test_a_name_in_apposition_after_a_portfolio_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The UN's special envoy for Syria, Staffan Lind, urged both sides to return to talks."
    assert speakers(facts_of(text)) == {"Staffan Lind"}


def test_a_name_after_a_title_of_state_is_whole(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "US Secretary of State Zoraida Quell, who arrived on Monday, said the plan would work."
    assert speakers(facts_of(text)) == {"Zoraida Quell"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Secretary of State Mary Ann Vale flew to Kabul.", "Mary Ann Vale"),
        ("The Minister for Sport Tom Rice met Ann Vale.", "Tom Rice"),
    ],
)
def test_a_given_name_after_a_portfolio_stays(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


def test_a_body_after_of_is_no_portfolio_for_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "president of Nordia Computer Entertainment Europe" with only its last words
    tagged a name: the word before them joins (a body's name, not a portfolio, runs
    on after "of"; "Minister of Foreign Affairs Tom Rice" still stops at "Tom")."""
    from spacy.tokens import Span

    from kg.language.name_bounds import whole_name

    doc = nlp("said Kaz Vale, president of Nordia Computer Entertainment Europe.")
    cut = Span(doc, 7, 10, label="PERSON")  # "Computer Entertainment Europe"
    assert whole_name(doc, cut, [cut]).text == "Nordia Computer Entertainment Europe"


def test_the_last_portfolio_of_a_list_is_cut_off_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """The model may run the last portfolio of a list into the name ("Fisheries Ann
    Mercer") and tag an earlier one as a person or body ("Coastal Towns")."""
    from spacy.tokens import Span

    from kg.language.name_bounds import portfolio_body, whole_name

    doc = nlp("Minister for Rivers, Coastal Towns and Fisheries Ann Mercer said so.")
    glued = Span(doc, 7, 10, label="PERSON")  # "Fisheries Ann Mercer"
    assert whole_name(doc, glued, [glued]).text == "Ann Mercer"
    assert portfolio_body(doc, Span(doc, 4, 6, label="PERSON"))  # "Coastal Towns"
    assert not portfolio_body(doc, Span(doc, 8, 10, label="PERSON"))  # "Ann Mercer"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the model leaves the given name and the particle out
        ("Ana da Rocha Campos met Luis Neto.", "Ana da Rocha Campos"),
        ("Paulo dos Reis Vieira said the deal was dead.", "Paulo dos Reis Vieira"),
        ("Ana de la Riva Soto said the deal was dead.", "Ana de la Riva Soto"),
        # it cuts the name at the particle, or after the first word past it
        ("Carla dos Anjos Ribeiro met the Brazilian president.", "Carla dos Anjos Ribeiro"),
        ("Hugo van den Bosch Kemp held talks with Ana Vidal.", "Hugo van den Bosch Kemp"),
        ("Marta van der Linde Bos said the talks failed.", "Marta van der Linde Bos"),
    ],
)
def test_a_name_with_particles_is_whole(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    people = {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
    assert name in people
    assert not any(p != name and (name.startswith(p) or name.endswith(p)) for p in people)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Flights from Rio de Janeiro were cancelled.", "Rio de Janeiro"),
        ("Officials in Rio de Janeiro said the talks failed.", "Rio de Janeiro"),
    ],
)
def test_a_place_with_a_particle_is_no_person(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert place not in {e.text for e in nlp(text).ents if e.label_ == "PERSON"}


def test_a_name_with_particles_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of("Paulo dos Reis Vieira said the deal was dead.")) == {
        "Paulo dos Reis Vieira"
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The summit between Dorsey and Gorin ended without agreement.", {"Dorsey", "Gorin"}),
        ("After the summit between Dorsey and Gorin, officials said little.", {"Dorsey", "Gorin"}),
        ("He said the summit between Dorsey and Gorin had gone well.", {"Dorsey", "Gorin"}),
        (
            "The first meeting between Dorsey and Gorin ended without agreement.",
            {"Dorsey", "Gorin"},
        ),
    ],
)
def test_two_surnames_joined_by_and_are_two_people(nlp, text: str, names: set[str]) -> None:  # type: ignore[no-untyped-def]
    """The model may tag "Dorsey and Gorin" as one person: two names, two people."""
    people = {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
    assert names <= people
    assert "Dorsey and Gorin" not in people


def test_a_given_name_before_a_full_name_stays_with_it() -> None:
    """ "Ann and Tom Reyes": a couple sharing the surname, not split (the span
    helper alone, since the model rarely joins them)."""
    import spacy

    from kg.language.name_bounds import listed_people

    doc = spacy.blank("en")("Ann and Tom Reyes")
    assert listed_people(doc, 0, 4) is None
    assert listed_people(spacy.blank("en")("Vale and Okoro"), 0, 3) == [(0, 1), (2, 3)]


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "A spokeswoman for Brightmoor, Ana Ruiz, said output would fall.",
            ("Ana Ruiz", "Brightmoor"),
        ),
        (
            "A spokesman for Human Rights Watch, Tom Kerr, said the trial was unfair.",
            ("Tom Kerr", "Human Rights Watch"),
        ),
        (
            "The spokesman for Veltrix Foods, Paul Dane, declined to comment.",
            ("Paul Dane", "Veltrix Foods"),
        ),
        (
            "Asked about the strike, a spokeswoman for Oxfam, Mary Hale, said aid was short.",
            ("Mary Hale", "Oxfam"),
        ),
    ],
)
def test_a_body_a_name_follows_in_apposition_is_no_portfolio(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str]
) -> None:
    """ "a spokesman for Veltrix, Ana Ruiz,": the comma and a given name after the
    body begin its spokesman's name, not the next portfolio of a list."""
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Finance Minister Sri Rahayu Indrawati said on Monday the budget would be cut.",
            "Sri Rahayu Indrawati",
        ),
        (
            "Finance Minister Ratna Mulyani Kusumawati met the envoy in Jakarta on Tuesday.",
            "Ratna Mulyani Kusumawati",
        ),
    ],
)
def test_a_surname_tagged_as_a_body_joins_the_name(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text: e.label_ for e in nlp(text).ents}
    assert ents.get(name) == "PERSON"


def test_a_body_after_a_name_stays_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text: e.label_ for e in nlp("Ann Vale Holdings said on Monday profits rose.").ents}
    assert ents.get("Ann Vale Holdings") != "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # wire copy's middle initial: the model stops at the given name
        ("Dr. Henrik A. Kessel met Premier Zhou Lin in Shanghai.", "Henrik A. Kessel"),
        (
            "The minister met Mr. Andrei V. Sokolin, the Soviet Foreign Minister, in Vienna.",
            "Andrei V. Sokolin",
        ),
        ("Mrs. Anna K. Berglund criticised Mr. Tomas R. Lindqvist on Monday.", "Anna K. Berglund"),
    ],
)
def test_a_middle_initial_stays_inside_the_name(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    people = {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
    assert name in people
    assert not any(p != name and name.startswith(p) for p in people)


def test_an_initial_with_no_surname_after_is_not_taken(nlp) -> None:  # type: ignore[no-untyped-def]
    people = {
        e.text for e in nlp("The award went to Anna K. on Monday.").ents if e.label_ == "PERSON"
    }
    assert not any(p.endswith("Monday") for p in people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Karim Haddad received the delegation at the palace.", "Karim Haddad"),
        ("Karim Haddad received the envoy at the ministry.", "Karim Haddad"),
        (
            "The minister met the Ambassador of Japan, Kenji Sato Mori, on Friday.",
            "Kenji Sato Mori",
        ),
    ],
)
def test_a_given_name_read_as_a_place_joins_the_name(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text: e.label_ for e in nlp(text).ents}
    assert ents.get(name) == "PERSON"
    assert not any(t in ents for t in name.split())


def test_a_known_place_before_a_name_stays_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text: e.label_ for e in nlp("In Lima Ana Costa met Tom Hale.").ents}
    assert ents.get("Lima") == "GPE"
    assert not any(text.startswith("Lima ") for text in ents)


def test_a_given_name_before_bin_the_model_took_for_a_people(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Oman's Faisal bin Tariq met Qatar's Tamim bin Hamad al-Marri in Riyadh.")
    names = {a.name for a in facts.actors}
    assert "Tamim bin Hamad al-Marri" in names
    assert "Hamad al-Marri" not in names
