"""Names of things taken for actors: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.mentions import find_mentions


def _actor_names(facts_of, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in facts_of(text).actors}


@pytest.mark.parametrize(
    ("text", "thing", "actor"),
    [
        ("Osric Vale said foreign direct investment (FDI) had doubled.", "FDI", "Osric Vale"),
        ("Paul Dray warned that VAT would rise under the plan.", "VAT", "Paul Dray"),
        (
            '"ICT spending keeps growing," said Nora Quint of Fellbrook Capital.',
            "ICT",
            "Nora Quint",
        ),
        ("Rhona Lyle said the drug cut the risk of TB among children.", "TB", "Rhona Lyle"),
        ("Ann Holt said the firm's output gauge (OGX) had fallen.", "OGX", "Ann Holt"),
        # a stock market index
        ('"The miner is back in the FTSE 100," said Vera Moss, an analyst.', "FTSE", "Vera Moss"),
        (
            "Analyst Vera Moss said the miner had returned to the FTSE after six years.",
            "FTSE",
            "Vera Moss",
        ),
        ("The FTSE closed higher, analyst Vera Moss said.", "FTSE", "Vera Moss"),
    ],
)
def test_an_abbreviation_of_a_thing_is_no_actor(
    facts_of, text: str, thing: str, actor: str
) -> None:  # type: ignore[no-untyped-def]
    names = _actor_names(facts_of, text)
    assert thing not in names
    assert actor in names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Harland Rail Authority (HRA) said fares would rise.", "Harland Rail Authority"),
        ("Mr Quill Bexby criticised the DWX over the long delay.", "DWX"),
        ("Ivo Pratt of the Tarn Workers Union (TWU) said pay would rise.", "Tarn Workers Union"),
    ],
)
def test_an_abbreviation_of_a_body_stays_an_actor(facts_of, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert body in _actor_names(facts_of, text)


@pytest.mark.parametrize(
    ("text", "thing", "maker"),
    [
        ("Velmar Motors said it would build a new compact Dorrit in Ohio.", "Dorrit", "Velmar Motors"),
        ("Velmar Motors said it would make 50,000 Zephyr cars a year.", "Zephyr", "Velmar Motors"),
        ("Buyers like big cars such as the Kessler Q7, said Ann Roe of Orland Securities.",
         "Kessler Q7", "Orland Securities"),
    ],
)  # fmt: skip
def test_a_made_thing_is_no_actor(facts_of, text: str, thing: str, maker: str) -> None:  # type: ignore[no-untyped-def]
    names = _actor_names(facts_of, text)
    assert thing not in names
    assert maker in names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A Velmar Motors spokesman said 2,000 jobs would go.", "Velmar Motors"),
        ("A Department for Trade spokeswoman said the scheme had ended.", "Department for Trade"),
        ("Tom Beck of Orland Securities said the Kessler shares were cheap.", "Kessler"),
    ],
)
def test_a_body_before_a_noun_stays_an_actor(facts_of, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert body in _actor_names(facts_of, text)


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        ("Taxes will rise under the plan, Ann Vexley said.", "Taxes", "Ann Vexley"),
        ("Patriots by definition want the country to be strong, Mr Dunmore Reece said.",
         "Patriots", "Dunmore Reece"),
        ("Party leader Mara Quist said rents in the valley would fall.", "Party", "Mara Quist"),
        ("Council leader Rob Fenn said the tax rise was unavoidable.", "Council", "Rob Fenn"),
    ],
)  # fmt: skip
def test_a_common_noun_opening_a_sentence_is_no_actor(
    facts_of, text: str, word: str, person: str
) -> None:  # type: ignore[no-untyped-def]
    names = _actor_names(facts_of, text)
    assert word not in names
    assert person in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Greenpeace said the plan would fail, Ann Vexley said.", "Greenpeace"),
        ("Democrats say the plan will fail, Ann Vexley said.", "Democrats"),
        ("Labour leader Mara Quist said rents in the valley would fall.", "Labour"),
    ],
)
def test_a_name_opening_a_sentence_stays_an_actor(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _actor_names(facts_of, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Lord Bevan said ministers were free to "bring in bad Bills" at will.', "Bills"),
        ("Mr Horne said the deal was never meant to be a binding Treaty.", "Treaty"),
        ("Kessland has signed the Charter but never ratified it, Ms Ober said.", "Charter"),
    ],
)
def test_a_document_named_by_its_kind_alone_is_no_actor(facts_of, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word not in _actor_names(facts_of, text)


def test_a_law_with_a_name_stays_an_agreement(nlp) -> None:  # type: ignore[no-untyped-def]
    # an agreement (no topic of what is said, :mod:`kg.extract.stated_parties`)
    doc = nlp("Ann Vale said MPs passed the Licensing Act on Monday.")
    assert ("Licensing Act", "agreement") in {(m.text, m.kind) for m in find_mentions(doc)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Mr Gwyn Tallis said: "About a third of Welsh households face big rises."', "Welsh"),
        ('Mr Gwyn Tallis said: "Most Scottish households will pay more."', "Scottish"),
        ("Mr Gwyn Tallis said two thirds of Welsh households would pay more.", "Welsh"),
    ],
)
def test_a_nationality_word_alone_is_no_body(facts_of, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    names = _actor_names(facts_of, text)
    assert word not in names
    assert "Gwyn Tallis" in names


def test_a_body_named_with_a_nationality_word_stays_an_actor(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The Welsh Assembly said it would review the rules, Ms Aurell said."
    assert "Welsh Assembly" in _actor_names(facts_of, text)


@pytest.mark.parametrize(
    ("text", "thing", "actor"),
    [
        ("Vantis Motors confirmed on Tuesday that it plans to make a new Selwyn saloon in "
         "Poland.", "Selwyn", "Vantis Motors"),
        ("Vantis Motors said it would build a new Cadmore LX7 at its plant in Spain.",
         "Cadmore", "Vantis Motors"),
        ("Denmore Pharma said sales of Lumaxor, its cholesterol drug, fell by a fifth.",
         "Lumaxor", "Denmore Pharma"),
        ("Ann Rolle said Lumaxor, the firm's best-selling drug, would lose its patent.",
         "Lumaxor", "Ann Rolle"),
    ],
)  # fmt: skip
def test_a_model_or_a_drug_is_no_actor(facts_of, text: str, thing: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    names = _actor_names(facts_of, text)
    assert actor in names
    assert not any(thing in n for n in names)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A Velcor spokesman said the firm would appeal.", "Velcor"),
        ("Ann Rolle said Velcor, the car maker, would close two plants.", "Velcor"),
    ],
)
def test_a_maker_beside_its_kind_stays_an_actor(facts_of, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert actor in _actor_names(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Strikes on Gaza killed ten people. Egypt condemned the attacks.",
        "Strikes on Gaza killed six people. Qatar condemned the attacks.",
    ],
)
def test_a_common_noun_the_model_took_for_a_place_is_no_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Strikes" not in _actor_names(facts_of, text)
