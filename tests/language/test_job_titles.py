"""Job titles the model takes for organisations, read from the token table."""

from __future__ import annotations

import pytest

from kg.language.gazetteer import gazetteer
from kg.language.job_titles import is_job_title, is_title_word, trailing_name
from kg.language.token_table import TokenTable
from tests.helpers import affiliations, met_pairs


def _span(doc, words: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    parts = words.split()
    start = next(t.i for t in doc if t.text == parts[0])
    return start, start + len(parts)


def test_a_title_with_a_name_at_its_end(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Minister of Trade and Industry Ivo Marsh arrived.")
    table = TokenTable(doc)
    start, end = _span(doc, "Trade and Industry Ivo Marsh")
    assert is_job_title(doc, table, start - 2, end, gazetteer().lookup)
    assert trailing_name(doc, table, start, end) == end - 2  # "Ivo Marsh"


def test_a_hyphenated_given_name_is_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "MEP Jean-Claude Laroque": the given name is one word across its dash."""
    doc = nlp("MEP Jean-Claude Laroque met the Dutch minister.")
    table = TokenTable(doc)
    assert trailing_name(doc, table, 0, 5) == 1  # "Jean-Claude Laroque", not "Claude Laroque"


def test_hyphenated_given_names_after_a_title_speak(facts_of) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import met_pairs

    for name in ("Jean-Baptiste Laroque", "Jean-Claude Laroque"):
        pairs = met_pairs(facts_of(f"MEP {name} met the Dutch minister."))
        assert pairs == {frozenset({name, "Netherlands"})}


def test_a_known_body_is_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The World Bank said so.")
    start, end = _span(doc, "World Bank")
    assert not is_job_title(doc, TokenTable(doc), start, end, gazetteer().lookup)


def test_title_words() -> None:
    assert is_title_word("Dr.") and is_title_word("Chancellor")
    assert not is_title_word("Lima")


def test_a_peoples_title_and_one_name_read_as_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Kazakh President Ormanov" tagged as one body: a title, then its holder."""
    for text, name in [
        ("Kazakh President Ormanov arrived.", "Ormanov"),
        ("Bolivia Foreign Minister Ana Paz arrived.", "Ana Paz"),
        ("Uzbek Prime Minister Dilnoza Rasulova Karim arrived.", "Dilnoza Rasulova Karim"),
    ]:
        doc = nlp(text)
        table = TokenTable(doc)
        end = next(t.i for t in doc if t.text == "arrived")
        assert is_job_title(doc, table, 0, end, gazetteer().lookup), text
        assert trailing_name(doc, table, 0, end) == end - len(name.split()), text


def test_a_peoples_league_is_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ["The Chinese Premier League began.", "The Kenyan Premier Bank opened."]:
        doc = nlp(text)
        table = TokenTable(doc)
        end = len(doc) - 2
        assert not is_job_title(doc, table, 1 if doc[0].lower_ == "the" else 0, end,
                                gazetteer().lookup), text  # fmt: skip


def test_a_peoples_title_before_one_name_gives_the_holder(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Kazakh President Tokayev met Ann Vale.")
    assert ("Tokayev", "Kazakhstan") in affiliations(facts)
    assert frozenset({"Tokayev", "Ann Vale"}) in met_pairs(facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian Deputy Energy Minister Olena Kravets said on Friday that the grid was "
         "stable.", ("Olena Kravets", "Ukraine")),
        ("Kazakhstan's Energy Minister Nurlan Abenov said on Monday that output would rise.",
         ("Nurlan Abenov", "Kazakhstan")),
        ("Peru's Deputy Energy Minister Rosa Quintero said on Monday that prices would fall.",
         ("Rosa Quintero", "Peru")),
    ],
)  # fmt: skip
def test_a_portfolio_before_a_minister_is_no_firm(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    facts = facts_of(text)
    assert expected in affiliations(facts)
    assert not any("Energy" in a.name for a in facts.actors)


def test_a_firm_before_its_chief_stays_a_firm(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Tullow Oil chief executive Ann Marsh said on Monday that output rose."
    assert ("Ann Marsh", "Tullow Oil") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Dutch State Secretary for Culture Eline de Boer opened the museum on Monday.",
         ("Eline de Boer", "Netherlands")),
        ("Spanish Secretary of State for Trade Luis de la Fuente met the Chilean trade minister.",
         ("Luis de la Fuente", "Spain")),
    ],
)  # fmt: skip
def test_a_name_with_particles_after_a_title_with_its_field(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str]
) -> None:
    """A title's field ("for Culture") and a name's particles ("de", "van der") keep
    the name whole, whether the model tagged part of it with the field or none of it."""
    assert tie in affiliations(facts_of(text))


def test_a_post_with_its_field_and_no_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Minister for Culture in Delft said the museum would open.")
    assert not [a for a in facts.actors if a.key.startswith("person/")]
