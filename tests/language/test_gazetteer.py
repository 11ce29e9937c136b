from __future__ import annotations

import pytest

from kg.language.gazetteer import gazetteer, norm
from kg.records import EventKind
from tests.helpers import affiliations, directed, speakers


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Britain", "country/GBR"),
        ("the United Kingdom", "country/GBR"),
        ("U.S.", "country/USA"),
        ("United States of America", "country/USA"),
        ("Soviet Union", "country/SUN"),
        # states of the Cold War, by their short and official names
        ("East Germany", "country/DDR"),
        ("German Democratic Republic", "country/DDR"),
        ("Yugoslavia", "country/YUG"),
        ("Czechoslovakia", "country/CSK"),
        ("Zaire", "country/ZAR"),
        # an acronym printed as a word, in the house style of many papers
        ("Ecowas", "org/ECOWAS"),
        ("Asean", "org/ASEAN"),
        ("Caricom", "org/CARICOM"),
        # United Nations agencies and standing movements of the Cold War and after
        ("UN Children's Fund", "org/UNICEF"),
        ("Unesco", "org/UNESCO"),
        ("World Food Programme", "org/WFP"),
        ("Palestine Liberation Organisation", "org/plo"),
        ("African National Congress", "org/anc"),
        ("Liberation Tigers of Tamil Eelam", "org/ltte"),
        ("Khmer Rouge", "org/khmer-rouge"),
        ("Iran, Islamic Republic of", "country/IRN"),
        ("IAEA", "org/IAEA"),
        ("U.N. Security Council", "org/UNSC"),
        ("P5+1", "group/P5+1"),
        ("Mercosur", "group/MERCOSUR"),
        # the African Union's public health agency, by its short and its full name
        ("Africa CDC", "org/AFRICACDC"),
        ("Africa Centres for Disease Control and Prevention", "org/AFRICACDC"),
    ],
)
def test_lookup(name: str, key: str) -> None:
    entry = gazetteer().lookup(name)
    assert entry is not None and entry.key == key


@pytest.mark.parametrize("word", ["us", "Us", "who", "Who", "may", "chad"])
def test_short_words_are_not_names(word: str) -> None:
    assert gazetteer().lookup(word) is None


def test_demonyms_metonyms_and_parties() -> None:
    gz = gazetteer()
    assert gz.demonym("Japanese").key == "country/JPN"  # type: ignore[union-attr]
    assert gz.demonym("Tory").key == "org/UK-CON"  # type: ignore[union-attr]
    assert gz.metonym("Downing Street").key == "country/GBR"  # type: ignore[union-attr]
    assert gz.metonym("Brussels").key == "org/EU"  # type: ignore[union-attr]
    assert gz.metonym("Paris Hilton") is None


def test_every_country_has_iso_codes_and_known_wikidata_ids_look_right() -> None:
    countries = [e for e in gazetteer().entries.values() if e.type == "Country"]
    assert len(countries) > 240
    assert all(e.iso3 and len(e.iso3) == 3 for e in countries)
    assert all(e.wikidata is None or e.wikidata.startswith("Q") for e in countries)


def test_norm() -> None:
    assert norm("The  U.N.-backed Council") == "un backed council"


@pytest.mark.parametrize(
    ("demonym", "iso3"),
    [("Togolese", "TGO"), ("Honduran", "HND"), ("Nigerien", "NER"), ("Malagasy", "MDG"),
     ("Ivorian", "CIV"), ("Salvadoran", "SLV"), ("Chadian", "TCD"), ("Eritrean", "ERI")],
)  # fmt: skip
def test_small_states_have_demonyms(demonym: str, iso3: str) -> None:
    entry = gazetteer().demonym(demonym)
    assert entry is not None and entry.iso3 == iso3


def test_bare_congo_is_the_larger_congo() -> None:
    gz = gazetteer()
    assert gz.lookup("Congo").iso3 == "COD"
    assert gz.lookup("Republic of the Congo").iso3 == "COG"


def test_a_new_list_of_actors_brings_back_what_the_old_one_replaced() -> None:
    from kg.records import ActorType, ListedActor

    gz = gazetteer()
    builtin = gz.entries["country/FRA"]
    gz.use_listed([ListedActor("country/FRA", ActorType.COUNTRY, "Gaul"),
                   ListedActor("country/VRN", ActorType.COUNTRY, "Varnia")])  # fmt: skip
    try:
        assert gz.entries["country/FRA"].name == "Gaul"
        assert "country/VRN" in gz.entries
    finally:
        gz.use_listed([])
    assert gz.entries["country/FRA"] == builtin
    assert "country/VRN" not in gz.entries


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("the Houthis", "Houthis"),
        ("Houthi rebels", "Houthis"),
        ("ISIL", "Islamic State"),
        ("Daesh", "Islamic State"),
        ("al-Shabab", "al-Shabaab"),
        ("PKK", "Kurdistan Workers' Party"),
    ],
)
def test_standing_armed_movements_are_known_by_their_forms(form: str, name: str) -> None:
    entry = gazetteer().lookup(form)
    assert entry is not None and (entry.name, entry.type) == (name, "Organization")


def test_a_former_states_seat_is_known_apart_from_the_present_one() -> None:
    former = gazetteer().former_metonym("the Kremlin")
    assert former is not None and former.key == "country/SUN"
    assert gazetteer().metonym("the Kremlin").key == "country/RUS"  # type: ignore[union-attr]
    assert gazetteer().former_metonym("Tehran") is None


@pytest.mark.parametrize(
    ("name", "known_as"),
    [
        # regional and historical bodies by their short forms and former names
        ("OAU", "Organisation of African Unity"),
        ("CMEA", "Comecon"),
        ("Andean Pact", "Andean Community"),
        ("SAARC", "South Asian Association for Regional Cooperation"),
        ("Warsaw Treaty Organization", "Warsaw Pact"),
        ("EBRD", "European Bank for Reconstruction and Development"),
    ],
)
def test_regional_and_historical_bodies(name: str, known_as: str) -> None:
    entry = gazetteer().lookup(name)
    assert entry is not None and entry.name == known_as


def test_kosovo_is_a_state_with_its_user_assigned_code() -> None:
    entry = gazetteer().lookup("Kosovo")
    assert entry is not None and (entry.key, entry.iso2) == ("country/XKX", "XK")
    assert gazetteer().demonym("Kosovar") == entry


def test_an_acronym_printed_as_a_word_acts(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "Ecowas" at the head of a sentence, which the model does not tag, is the bloc."""
    facts = facts_of("Ecowas sent troops to Liberia with the blessing of the United Nations.")
    assert "Economic Community of West African States" in {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Israel accused the Palestine Liberation Organisation of planning the raid. The PLO "
         "denied it.", "PLO"),
        ("Unita rebels attacked government positions in southern Angola.", "UNITA"),
        ("The Liberation Tigers of Tamil Eelam accused Colombo of breaking the truce.",
         "Tamil Tigers"),
    ],
)  # fmt: skip
def test_a_standing_movement_is_one_actor_under_its_news_name(
    facts_of, text: str, body: str
) -> None:  # type: ignore[no-untyped-def]
    """Its long name and its short one are one actor, shown by the name news uses."""
    names = {a.name for a in facts_of(text).actors}
    assert body in names
    assert len({n for n in names if n not in {"Israel", "Angola", "Sri Lanka"}}) == 1


# Campaign and aid charities whose names are common words the small model misses: they
# speak and accuse as bodies.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Save the Children said it had delivered food to families in Darfur.",
         "Save the Children"),
        ("Friends of the Earth said the new runway would double emissions.",
         "Friends of the Earth"),
        ("Doctors Without Borders said its clinics in Chad had been looted.",
         "Médecins Sans Frontières"),
        ("Human Rights Watch said the army had killed civilians.", "Human Rights Watch"),
    ],
)  # fmt: skip
def test_charities_named_in_common_words_speak(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Human Rights Watch accused Uzbekistan of torturing prisoners.",
         ("Human Rights Watch", "Uzbekistan")),
        ("Uzbekistan was accused by Human Rights Watch of torturing prisoners.",
         ("Human Rights Watch", "Uzbekistan")),
        ("The charity Save the Children criticised Britain over its arms sales.",
         ("Save the Children", "United Kingdom")),
        ("Reporters Without Borders condemned Iran for jailing journalists.",
         ("Reporters Without Borders", "Iran")),
    ],
)  # fmt: skip
def test_charities_named_in_common_words_accuse(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        '"We must save the children," the minister said.',
        "Friends of the minister said he would not resign.",
    ],
)
def test_the_same_words_unnamed_are_no_charity(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not ({"Save the Children", "Friends of the Earth"} & speakers(facts_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty accused Uzbekistan of torturing prisoners.",
        "Amnesty researchers accused Uzbekistan of torturing prisoners.",
        "A new Amnesty report accused Uzbekistan of torturing prisoners.",
    ],
)
def test_amnesty_alone_is_the_charity(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {("Amnesty International", "Uzbekistan")}


def test_an_amnesty_in_lower_case_is_no_charity(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Uzbekistan offered an amnesty to the rebels. The amnesty angered Kyrgyzstan.")
    assert "Amnesty International" not in speakers(facts)
    assert not any("Amnesty International" in pair for pair in directed(facts, EventKind.CONFLICT))


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Asia Pacific Economic Co-operation", "APEC"),  # British "co-operation"
        ("Organization for Economic Cooperation and Development", "OECD"),  # American spelling
        ("Organization for Security and Co-operation in Europe", "OSCE"),
    ],
)
def test_british_and_american_spellings_of_a_listed_body(written: str, key: str) -> None:
    entry = gazetteer().lookup(written)
    assert entry is not None and entry.key.endswith(key)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Saudi jets struck Houthi positions on Monday.", "org/houthis"),
        ("Houthi rebels fired at a Saudi patrol.", "org/houthis"),
        ("Honduras expelled three Contra leaders.", "org/contras"),
    ],
)
def test_a_movement_named_by_its_adjective_is_the_movement(facts_of, text: str, key: str) -> None:  # type: ignore[no-untyped-def]
    assert key in {a.key for a in facts_of(text).actors}


def test_number_ten_speaks_for_the_united_kingdom(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert "United Kingdom" in speakers(facts_of("No 10 said the talks had gone well."))
    assert not facts_of("He wore the No 10 shirt for Wales.").events


def test_initials_two_bodies_share_name_neither(facts_of) -> None:  # type: ignore[no-untyped-def]
    # "RSF": a press-freedom group's French initials and a Sudanese paramilitary force's
    facts = facts_of("The army and the RSF clashed in the capital on Monday.")
    assert "Reporters Without Borders" not in {a.name for a in facts.actors}
    assert gazetteer().lookup("RSF") is None


def test_initials_defined_in_the_story_join_the_full_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Rapid Support Forces (RSF) shelled the city. The RSF said it had "
                     "taken the airport.")  # fmt: skip
    assert speakers(facts) == {"Rapid Support Forces"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Axis submarines sank five Brazilian ships.", ("Axis powers", "Brazil")),
        (
            "After the sinking of two Mexican tankers by Axis submarines, Mexico declared war.",
            ("Axis powers", "Mexico"),
        ),
        ("The Axis attacked Greece.", ("Axis powers", "Greece")),
    ],
)
def test_the_wartime_axis_is_a_bloc(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_an_axis_of_ideas_is_no_bloc(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert (
        directed(facts_of("He spoke of an axis of evil linking Iran."), EventKind.CONFLICT) == set()
    )


def test_a_title_after_the_agencys_short_name_serves_the_agency(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Africa CDC director Paul Moyo said the outbreak was contained.")
    assert ("Paul Moyo", "Africa CDC") in affiliations(facts)


@pytest.mark.parametrize(
    ("words", "key"),
    [
        ("UN cultural", "org/UNESCO"),  # as listed
        ("U.N. cultural", "org/UNESCO"),  # dots: listed only as "UN cultural agency"
        ("UN Cultural", "org/UNESCO"),  # a headline's capitals
        ("The UN\u2019s cultural", "org/UNESCO"),
        ("U.N. nuclear", "org/IAEA"),  # listed both ways: one key
    ],
)
def test_a_description_in_any_spelling_of_its_owner(words: str, key: str) -> None:
    found = gazetteer().described(words)
    assert found is not None and found.key == key


@pytest.mark.parametrize("words", ["un cultural", "UN camp", "UN"])
def test_no_description(words: str) -> None:
    assert gazetteer().described(words) is None
