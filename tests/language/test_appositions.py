"""A name in apposition to the second item of a pair: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.appositions import repair_conjunct_appositions
from tests.helpers import affiliations, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Olaf Brenner and his Chinese counterpart, Li Wen, met on Friday.",
            ("Olaf Brenner", "Li Wen"),
        ),
        (
            "President Tomas Okafor and the bank's governor, Ana Ruiz, met in Lagos.",
            ("Tomas Okafor", "Ana Ruiz"),
        ),
        (
            "Ana Ruiz and her Kenyan opposite number, Joseph Mwangi, held talks.",
            ("Ana Ruiz", "Joseph Mwangi"),
        ),
    ],
)
def test_the_named_counterpart_meets_the_first_person(
    facts_of, text: str, people: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair(*people) in met_pairs(facts_of(text))


def test_the_name_hangs_on_the_noun_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Olaf Brenner and his Chinese counterpart, Li Wen, met on Friday.")
    repair_conjunct_appositions(doc)
    wen = next(t for t in doc if t.text == "Wen")
    assert wen.head.text == "counterpart"


@pytest.mark.parametrize(
    "text",
    [
        # an apposition of the first name, no noun between
        "Olaf Brenner, the envoy, met Li Wen on Friday.",
        # the noun is no part of a pair with the name's head
        "Olaf Brenner met the governor on Friday, Li Wen said.",
    ],
)
def test_other_appositions_stay(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    heads = [(t.i, t.head.i) for t in doc]
    repair_conjunct_appositions(doc)
    assert [(t.i, t.head.i) for t in doc] == heads


@pytest.mark.parametrize(
    "text",
    [
        "Talks between President Ana Ruiz and Olaf Brenner, the opposition leader, ended on "
        "Monday.",
        "A meeting between Chancellor Ana Ruiz and Olaf Brenner, the party leader, was held.",
        "Ana Ruiz and Olaf Brenner, the opposition leader, met on Monday.",
    ],
)
def test_a_post_after_a_pair_is_the_second_persons(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Ana Ruiz", "Olaf Brenner") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz and Olaf Brenner, the two leaders, met on Monday.",  # plural: both
        "The films Orlando and Nightjar, a sharp contrast, flopped.",  # no post
    ],
)
def test_a_plural_or_no_post_stays(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    heads = [(t.i, t.head.i) for t in doc]
    repair_conjunct_appositions(doc)
    assert [(t.i, t.head.i) for t in doc] == heads


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Barasa, Kenya's army chief, and British envoy Tom Reed met in Nairobi.",
         ("Barasa", "Tom Reed")),
        ("Mahmoud, Egypt's intelligence chief, and Israeli envoy Dan Shalev held talks in Cairo.",
         ("Mahmoud", "Dan Shalev")),
        ("Omar Saleh, Libya's oil minister, and Norwegian envoy Lars Vik held talks in Tripoli.",
         ("Omar Saleh", "Lars Vik")),
    ],
)  # fmt: skip
def test_a_post_in_commas_after_a_name_is_that_names(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert pair(*sides) in pairs
    assert not any(len(p & {"Kenya", "Egypt", "Libya"}) for p in pairs)  # not a party


def test_an_unknown_name_with_a_post_in_commas_meets_no_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Okafor, Kenya's navy chief, and U.S. envoy Martin Doyle met in Mombasa.")
    assert pair("Kenya", "Martin Doyle") not in met_pairs(facts)


@pytest.mark.parametrize(
    ("text", "people", "ties"),
    [
        (
            "Presidents Rafael Soto of Chile and Mateo Ibanez of Peru met in Lima.",
            ("Rafael Soto", "Mateo Ibanez"),
            {("Rafael Soto", "Chile"), ("Mateo Ibanez", "Peru")},
        ),
        (
            "The foreign ministers of Ghana and Togo, Kofi Mensah and Yao Agbeko, held talks in Accra.",
            ("Kofi Mensah", "Yao Agbeko"),
            {("Kofi Mensah", "Ghana"), ("Yao Agbeko", "Togo")},
        ),
        (
            "Prime Minister Ann Lowe of Norway and Leif Dahl of Sweden met in Oslo.",
            ("Ann Lowe", "Leif Dahl"),
            {("Ann Lowe", "Norway")},
        ),
    ],
)
def test_a_name_coordinated_with_a_country_after_of_is_a_person_of_the_pair(
    facts_of, text: str, people: tuple[str, str], ties: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    """ "A of Chile and B of Peru": B is A's conjunct, not Chile's; "the ministers of
    Ghana and Togo, A and B,": A and B name the ministers (the meeting is theirs)."""
    facts = facts_of(text)
    assert pair(*people) in met_pairs(facts)
    assert ties <= affiliations(facts)
    assert not {p for p in met_pairs(facts) if p & {"Chile", "Peru", "Ghana", "Togo"}}


def test_a_country_coordinated_with_a_country_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The foreign ministers of Ghana and Togo met in Accra.")
    repair_conjunct_appositions(doc)
    togo = next(t for t in doc if t.text == "Togo")
    assert (togo.dep_, togo.head.text) == ("conj", "Ghana")


@pytest.mark.parametrize(
    ("text", "people", "tie"),
    [
        (
            "The head of the IMF, Greta Holm, and Rafael Soto met in Washington.",
            ("Greta Holm", "Rafael Soto"),
            ("Greta Holm", "International Monetary Fund"),
        ),
        (
            "The chairman of the African Union, Amadou Keita, and Joseph Mwangi met in Nairobi.",
            ("Amadou Keita", "Joseph Mwangi"),
            ("Amadou Keita", "African Union"),
        ),
        (
            "The secretary-general of the African Union, Amadou Keita, and President Joseph Mwangi met on Monday.",
            ("Amadou Keita", "Joseph Mwangi"),
            ("Amadou Keita", "African Union"),
        ),
        (
            "The head of the IMF, Greta Holm, and Olaf Brenner criticised Rafael Soto.",
            ("Greta Holm", "Olaf Brenner"),
            ("Greta Holm", "International Monetary Fund"),
        ),
        (
            "The head of the IMF, Greta Holm, and Finance Minister Rafael Soto signed the loan accord.",
            ("Greta Holm", "Rafael Soto"),
            ("Greta Holm", "International Monetary Fund"),
        ),
        (
            "Olaf Brenner met the head of the IMF, Greta Holm, and the director-general of the WHO, Amadou Keita.",
            ("Olaf Brenner", "Amadou Keita"),
            ("Greta Holm", "International Monetary Fund"),
        ),
        (
            "Rafael Soto accused the chairman of the African Union, Amadou Keita, and Olaf Brenner of delays.",
            ("Amadou Keita", "Olaf Brenner"),
            ("Amadou Keita", "African Union"),
        ),
    ],
)
def test_a_name_after_a_post_of_a_body_is_the_posts_holder(
    facts_of, text: str, people: tuple[str, str], tie: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """ "the head of the IMF, A, and B met": the parser coordinates A with the IMF;
    A is the head (B is not), and the IMF is no party beside its head."""
    facts = facts_of(text)
    parties = {a.name for e in facts.events for a in facts.actors if a.key in e.actors()}
    assert set(people) <= parties
    assert tie in affiliations(facts)
    assert not parties & {"International Monetary Fund", "African Union"}
    ties = affiliations(facts)
    assert not {(p, tie[1]) for p in people if p != tie[0]} & ties


@pytest.mark.parametrize(
    "text",
    [
        "The head of the IMF, the WHO and Rafael Soto met in Geneva.",
        "The head of the IMF and Rafael Soto, the WHO's envoy, met in Geneva.",
    ],
)
def test_a_name_in_a_list_of_bodies_holds_no_single_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """A name after a list of bodies is not the head of the first."""
    facts = facts_of(text)
    assert ("Rafael Soto", "International Monetary Fund") not in affiliations(facts)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The deputy governor of the reserve bank, Lina Osei, and Trade Minister Paolo Verdi "
         "met on Thursday.", ("Lina Osei", "Paolo Verdi")),
        ("The chairman of the state airline, Ivo Bakker, and Transport Minister Ann Roe met in "
         "Utrecht.", ("Ivo Bakker", "Ann Roe")),
        ("The director of the state bank, Lina Osei, and Trade Minister Paolo Verdi signed the "
         "loan accord.", ("Lina Osei", "Paolo Verdi")),
    ],
)  # fmt: skip
def test_a_name_hung_on_the_thing_a_post_is_of_names_the_post(
    facts_of, text: str, people: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """ "the governor of the reserve bank, A, and B met": the parser hangs A on
    "bank"; A is the governor, and meets (or signs with) B."""
    facts = facts_of(text)
    parties = [{a.name for a in facts.actors if a.key in e.actors()} for e in facts.events]
    assert set(people) in parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreign ministers Franz Hubertl of Austria, Jiri Novacek of the Czech Republic and "
         "Laszlo Fekete of Hungary met in Vienna.",
         {("Franz Hubertl", "Austria"), ("Jiri Novacek", "Czech Republic"),
          ("Laszlo Fekete", "Hungary")}),
        ("Presidents Ramon Olivares of Chile, Hector Quispe of Peru and Evo Mamani of Bolivia "
         "signed a border treaty.",
         {("Hector Quispe", "Peru"), ("Evo Mamani", "Bolivia")}),
        ("Prime ministers Lars Haugland of Norway, Erik Sundqvist of Sweden and Matti Virtanen "
         "of Finland met in Oslo.",
         {("Erik Sundqvist", "Sweden"), ("Matti Virtanen", "Finland")}),
    ],
)  # fmt: skip
def test_names_each_of_its_country_are_a_list(
    facts_of, text: str, expected: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    got = affiliations(facts_of(text))
    assert expected <= got
    assert ("Jiri Novacek", "Austria") not in got


def test_a_name_of_its_country_then_its_post_stays_one_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = affiliations(facts_of("Ramon Olivares of Chile, the president, met Peru's leader."))
    assert got == {("Ramon Olivares", "Chile")}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The chief executive of Norvex, Paul Dreyer, and Transport Minister Lena Holm held "
         "talks in Oslo on Monday.", ("Paul Dreyer", "Lena Holm")),
        ("The president of Kestrel, Maria Santos, and Labour Minister Tomas Lind met in Madrid.",
         ("Maria Santos", "Tomas Lind")),
        ("The chairman of Kelvar, Ivo Bakker, and Trade Minister Ann Roe signed the accord.",
         ("Ivo Bakker", "Ann Roe")),
    ],
)  # fmt: skip
def test_a_name_after_a_post_of_an_untagged_firm_names_the_post(
    facts_of, text: str, people: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """ "The chief executive of Norvex, A, and B met": the model tags no entity on the
    firm and the parser coordinates A with it; A still holds the post, and meets B."""
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    parties = {names[a] for e in facts.events for a in e.actors()}
    assert set(people) <= parties


@pytest.mark.parametrize(
    ("text", "people", "tie"),
    [
        ("The President of Slovakia, Marek Dovlat, and the Prime Minister of Moldova, Anton "
         "Sefer, held talks in Vienna on Monday.", ("Marek Dovlat", "Anton Sefer"),
         ("Marek Dovlat", "Slovakia")),
        ("The governor of the central bank of Moldova, Teodor Malsky, and Finance Minister Ivo "
         "Branek met on Friday.", ("Teodor Malsky", "Ivo Branek"), ("Teodor Malsky", "Moldova")),
        ("The governor of the Bank of Ghana, Ernest Addisonne, and Finance Minister Ken "
         "Oforiwaa met in Accra.", ("Ernest Addisonne", "Ken Oforiwaa"), None),
        ("The head of the World Bank, Dana Holloway, and the Finance Minister of Kenya, Peter "
         "Mwangiri, met in Nairobi on Wednesday.", ("Dana Holloway", "Peter Mwangiri"),
         ("Dana Holloway", "World Bank")),
    ],
)  # fmt: skip
def test_a_capitalised_post_or_a_post_of_a_things_owner_keeps_its_named_holder(
    facts_of, text: str, people: tuple[str, str], tie
) -> None:  # type: ignore[no-untyped-def]
    """ "The President of X, A, and ..." (a capitalised post), "the governor of the
    central bank of X, A, and ..." (the name hung on the country after the bank) and
    "the head of the World Bank, A, and ..." (the name beside the bank): A holds the
    post and meets the other; no country or body is a party."""
    facts = facts_of(text)
    pairs = met_pairs(facts)
    assert pair(*people) in pairs
    assert not {p for p in pairs if p & {"Slovakia", "Moldova", "Ghana", "World Bank"}}
    assert tie is None or tie in affiliations(facts)


def test_an_unnamed_capitalised_post_stays_its_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The President of Moldova met Slovak envoy Pavel Strunz in Vienna on Monday.")
    assert pair("Moldova", "Pavel Strunz") in met_pairs(facts)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # an unnamed post owned by a country, then another post with its holder's name
        ("Ghana's president and the head of the African Union, Dana Holloway, held talks in "
         "Accra on Tuesday.", ("Ghana", "Dana Holloway")),
        ("Peru's foreign minister and the chairman of the Andean Community, Rosa Quillca, met "
         "in Lima.", ("Peru", "Rosa Quillca")),
        ("Norway's prime minister and the secretary general of NATO, Nils Stavang, met in Oslo "
         "on Friday.", ("Norway", "Nils Stavang")),
    ],
)  # fmt: skip
def test_a_name_after_a_second_post_with_its_own_article_is_that_posts(
    facts_of, text: str, people: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair(*people) in met_pairs(facts_of(text))


def test_one_persons_two_posts_keep_the_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "the chairman and chief executive, X,": one person holds both posts."""
    text = "Holm Bank's chairman and chief executive, Rolf Agerup, met Finance Minister Ivo Brn."
    facts = facts_of(text)
    assert pair("Rolf Agerup", "Ivo Brn") in met_pairs(facts)
