"""Whose a bare title is: the country in context, not one the holder passes through."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "abroad"),
    [
        ("While in Jerusalem, Secretary of State Ann Colby met Israeli leaders.", "Israel"),
        ("Speaking in Nairobi, Treasury Secretary Ann Colby praised the reforms.", "Kenya"),
        ("During a stop in Cairo, Secretary of State Ann Colby urged restraint.", "Egypt"),
    ],
)
def test_a_capital_a_holder_passes_through_is_not_the_titles(facts_of, text, abroad) -> None:  # type: ignore[no-untyped-def]
    assert ("Ann Colby", abroad) not in affiliations(facts_of(text))


def test_a_capital_where_the_holder_acts_is_the_titles(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "In Ankara on Monday, Prime Minister Ali Demir said the talks had failed."
    assert ("Ali Demir", "Turkey") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Kenya deployed troops to Somalia at the request of President Omar Dahir.", "Kenya"),
        ("At the invitation of Prime Minister Omar Dahir, Brazil sent peacekeepers.", "Brazil"),
        ("Nigeria sent troops to Gambia at President Omar Dahir's request.", "Nigeria"),
        ("Russia flew paratroopers in upon the request of President Omar Dahir.", "Russia"),
    ],
)
def test_who_acts_at_a_holders_request_is_not_the_titles(facts_of, text, asked) -> None:  # type: ignore[no-untyped-def]
    assert ("Omar Dahir", asked) not in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's President Omar Dahir deployed troops at the request of the army.",
        "Troops were deployed at the request of Kenyan President Omar Dahir.",
        "Kenya deployed troops to Somalia, President Omar Dahir said.",
    ],
)
def test_a_holders_own_country_beside_a_request_is_kept(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Omar Dahir", "Kenya") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Spain's Luis Ortiz held talks with President Emre Kaya in Ankara on Thursday.",
        "President Emre Kaya met Spain's Luis Ortiz in Ankara.",
        "Spain's Luis Ortiz and President Emre Kaya signed the accord.",
    ],
)
def test_a_country_that_owns_another_name_is_not_the_titles(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Emre Kaya", "Spain") not in affiliations(facts_of(text))


def test_a_country_owning_the_sentence_subject_still_gives_the_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Spain's economy grew by 3%, President Luis Ortiz said on Monday."
    assert ("Luis Ortiz", "Spain") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Bolivia shelled Chilean ports overnight, President Nora Quispe said.", "Bolivia"),
        ("Laotian troops seized the border town, Prime Minister Nora Quispe told reporters.",
         "Laos"),
        ("Peru's navy rammed an Ecuadorean patrol boat, President Nora Quispe said on Friday.",
         "Peru"),
        ("Bolivia has blocked all imports from Chile, President Nora Quispe said.", "Bolivia"),
        ("President Nora Quispe said Bolivia had bombed a village near the border.", "Bolivia"),
    ],
)  # fmt: skip
def test_a_country_a_holder_tells_of_attacking_is_not_the_titles(facts_of, text, doer) -> None:  # type: ignore[no-untyped-def]
    """The victim's leader tells of an attack as often as the attacker's."""
    assert ("Nora Quispe", doer) not in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia will expel the Chilean envoy, President Nora Quispe said.",
        "Bolivia has never attacked its neighbours, President Nora Quispe said.",
        "Bolivia sent troops to the border, President Nora Quispe said.",
    ],
)
def test_a_country_that_only_plans_denies_or_acts_kindly_is_still_the_titles(
    facts_of, text
) -> None:  # type: ignore[no-untyped-def]
    assert ("Nora Quispe", "Bolivia") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Japan gave President Ana Ruiz a lavish welcome.", "Japan"),
        ("Peru sent President Ana Ruiz a letter of thanks.", "Peru"),
        ("Moscow told President Ana Ruiz to leave.", "Russia"),
        ("Norway awarded President Ana Ruiz a peace prize.", "Norway"),
    ],
)
def test_a_country_acting_on_the_holder_is_not_the_titles(facts_of, text, other) -> None:  # type: ignore[no-untyped-def]
    assert ("Ana Ruiz", other) not in affiliations(facts_of(text))


def test_a_country_electing_the_holder_is_the_titles(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("Ana Ruiz", "Chile") in affiliations(
        facts_of("Chile elected President Ana Ruiz in 2019.")
    )


@pytest.mark.parametrize(
    ("text", "acted_on"),
    [
        ("Finland was thanked by Prime Minister Tomas Rello for sending rescue teams.", "Finland"),
        ("Ghana was praised by President Ana Berg for the peaceful vote.", "Ghana"),
        ("Chile was criticised by President Ana Berg on Monday.", "Chile"),
    ],
)
def test_a_country_the_holders_passive_act_is_done_to_is_not_the_titles(  # type: ignore[no-untyped-def]
    facts_of, text, acted_on
) -> None:
    assert not {a for a in affiliations(facts_of(text)) if a[1] == acted_on}


def test_a_country_led_by_the_holder_in_the_passive_is_the_titles(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Chile was led by President Ana Berg from 2010."
    assert ("Ana Berg", "Chile") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("Prime Minister Helen Marsh received the Chinese and Japanese ambassadors on Monday.",
         "Japan"),
        ("Prime Minister Helen Marsh met the French and German foreign ministers on Monday.",
         "Germany"),
    ],
)  # fmt: skip
def test_the_second_of_two_demonyms_before_a_plural_is_the_others(facts_of, text, theirs) -> None:  # type: ignore[no-untyped-def]
    assert ("Helen Marsh", theirs) not in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Treasury Secretary Ann Bell defended the oil price cap on Russian crude.",
        "Finance Minister Ann Bell defended new sanctions against Iranian banks.",
    ],
)
def test_a_country_a_measure_is_aimed_at_is_not_the_title_s(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


def test_a_country_owning_the_object_still_names_the_title_s(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("Ann Bell", "Chile") in affiliations(
        facts_of("Finance Minister Ann Bell defended Chile's budget.")
    )


@pytest.mark.parametrize(
    ("text", "holder", "criticised"),
    [
        ("Foreign Minister Dana Okoro called Ghana's plan reckless.", "Dana Okoro", "Ghana"),
        ("President Amir Talal branded Jordan's decision a disgrace.", "Amir Talal", "Jordan"),
        (
            "Prime Minister Lena Falk described Sweden's proposal as dangerous.",
            "Lena Falk",
            "Sweden",
        ),
    ],
)
def test_a_country_whose_act_the_holder_labels_is_not_the_titles(
    facts_of, text, holder, criticised
) -> None:  # type: ignore[no-untyped-def]
    assert (holder, criticised) not in affiliations(facts_of(text))


def test_a_country_whose_act_the_holder_praises_may_be_the_titles(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Prime Minister Lena Falk called Sweden's proposal excellent."
    assert ("Lena Falk", "Sweden") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "holder", "not_theirs"),
    [
        (
            "NAIROBI (Reuter) - Amina Wako, the Kenyan foreign minister, was received by "
            "President Pavel Orlik at the Kremlin today.",
            "Pavel Orlik",
            "Kenya",
        ),
        (
            "LIMA (Reuter) - Rosa Quispe, the Peruvian trade minister, was received by "
            "Chancellor Otto Brandt in Berlin today.",
            "Otto Brandt",
            "Peru",
        ),
    ],
)
def test_a_dateline_opening_the_text_is_not_the_titles(facts_of, text, holder, not_theirs) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(facts_of(text))
    assert (holder, not_theirs) not in found
    assert any(person != holder for person, _ in found)  # the guest keeps her own title


def test_a_capital_named_in_the_sentence_still_gives_the_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(facts_of("In Nairobi, President Amos Kibet said taxes would rise."))
    assert ("Amos Kibet", "Kenya") in found


@pytest.mark.parametrize(
    ("text", "holder", "not_theirs"),
    [
        # two countries as joint subjects: neither is surely the title's
        ("Peru and Chile signed a fishing pact on Monday, President Ana Soto said.",
         "Ana Soto", "Peru"),
        ("Ghana and Togo agreed to reopen the border, President Kofi Boateng said.",
         "Kofi Boateng", "Ghana"),
        # a holder met or visited: the sentence's countries are the visitors'
        ("Italy signed a migration pact, Marco Pedrini said after meeting President Samir Gharbi.",
         "Samir Gharbi", "Italy"),
        ("Norway pledged more aid after its envoy visited President Ali Warsame.",
         "Ali Warsame", "Norway"),
        ("Canada pledged aid on Friday after its minister met President Ana Soto.",
         "Ana Soto", "Canada"),
        # the one a reported hostile act is aimed at is no surer than its doer
        ("Britain blamed Russia's spy agency for the attack, Foreign Secretary Alan Wickham said.",
         "Alan Wickham", "Russia"),
        ("Alan Wickham, the Foreign Secretary, said Britain blamed Russia's spy agency for the hack.",
         "Alan Wickham", "Russia"),
    ],
)  # fmt: skip
def test_no_country_the_text_does_not_tie(facts_of, text, holder, not_theirs) -> None:  # type: ignore[no-untyped-def]
    assert (holder, not_theirs) not in affiliations(facts_of(text))


def test_a_country_the_holder_is_subject_of_still_gives_the_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Chile's budget was approved on Monday, and President Rosa Vidal met the Peruvian envoy."
    assert ("Rosa Vidal", "Chile") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "holder", "not_theirs"),
    [
        # a proposal or plan someone carries is another's, not the bearer's country
        ("Secretary of State Mark Halden flew to Cairo, carrying new Jordanian proposals for "
         "a truce.", "Mark Halden", "Jordan"),
        ("Prime Minister Arvid Lund flew to Rome, bringing a French plan for peace.",
         "Arvid Lund", "France"),
        ("Foreign Minister Ana Soto arrived in Lima, delivering a Chilean message to the "
         "government.", "Ana Soto", "Chile"),
    ],
)  # fmt: skip
def test_a_conveyed_proposal_is_no_title_country(facts_of, text, holder, not_theirs) -> None:  # type: ignore[no-untyped-def]
    assert (holder, not_theirs) not in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Envoy Lise Bakke met rebels in Washington on Wednesday, angering the government of President Tomas Vidal.", "Tomas Vidal"),
        ("The minister signed the deal in Paris on Tuesday, ignoring a warning from Prime Minister Ana Duarte.", "Ana Duarte"),
        ("Delegates met in Berlin on Monday, upsetting the allies of Chancellor Hugo Brandt.", "Hugo Brandt"),
    ],
)  # fmt: skip
def test_a_capital_in_another_clause_is_where_that_happened(
    facts_of, text: str, holder: str
) -> None:  # type: ignore[no-untyped-def]
    assert not {c for p, c in affiliations(facts_of(text)) if p == holder}


@pytest.mark.parametrize(
    ("text", "holder", "country"),
    [
        ("In Tokyo, Prime Minister Kenji Oda said the talks would go on.", "Kenji Oda", "Japan"),
        # a clause the speaker reports is still the speaker's own
        ("The president said in Tokyo that he was calling Ambassador Ken Mori home.", "Ken Mori", "Japan"),
    ],
)  # fmt: skip
def test_a_capital_in_the_holders_own_clause_still_names_the_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, holder: str, country: str
) -> None:
    assert (holder, country) in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "President Sam Oduya said the Chilean student would be freed.",
        "Home Secretary Sam Oduya said there was no case to hold the Egyptian man.",
    ],
)
def test_a_nationality_of_another_person_is_not_the_titles(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert affiliations(facts_of(text)) == set()
