"""Where force lands when no actor is its target: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway shelled Bergenholm Province, Sweden, on Monday.", ("Norway", "Sweden")),
        ("Chilean jets bombed rebel positions in Peru.", ("Chile", "Peru")),
        ("Chile struck hideouts inside Bolivia on Friday.", ("Chile", "Bolivia")),
    ],
)
def test_force_on_a_place_lands_on_its_country(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean police raided a house in Santiago.",  # a country's own territory
        "Storms struck villages in Peru.",  # no actor uses force
    ],
)
def test_no_country_is_struck_by_itself_or_by_weather(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert not any(t == "Peru" or (s, t) == ("Chile", "Chile") for s, t in pairs)


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("Egypt detained three Australian citizens last month.", EventKind.CONFLICT,
         ("Egypt", "Australia")),
        ("Three Australian citizens were detained by Egypt.", EventKind.CONFLICT,
         ("Egypt", "Australia")),
        ("Iran arrested a French journalist in Tehran.", EventKind.CONFLICT, ("Iran", "France")),
        ("Turkish police arrested two German tourists.", EventKind.CONFLICT,
         ("Turkey", "Germany")),
        ("Venezuela freed six American nationals on Friday.", EventKind.COOPERATION,
         ("Venezuela", "United States")),
        ("The Chilean government released two Peruvian fishermen.", EventKind.COOPERATION,
         ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_a_states_act_on_nationals_is_on_their_country(
    facts_of, text: str, kind: EventKind, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed a Kenyan journalist near the border.",  # no state acts
        "Police arrested two German tourists.",  # whose police, not said
        "Canadian citizens voted on Monday.",  # no act on anyone
        "Iran released a statement on Friday.",  # no one let go
    ],
)
def test_nationals_without_a_state_acting_on_them_are_no_target(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, EventKind.CONFLICT) | directed(facts, EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan deported four Chinese nationals.", ("Japan", "China")),
        ("Spain deported 30 Algerian migrants on Monday.", ("Spain", "Algeria")),
        ("Kenya expelled two Britons last week.", ("Kenya", "United Kingdom")),
        ("Iran deported a British journalist, Ann Hale.", ("Iran", "United Kingdom")),
    ],
)
def test_sending_a_countrys_people_away_is_no_act_on_it(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan deported four Chinese diplomats.", ("Japan", "China")),  # its envoys
        ("Iran deported a British journalist, Ann Hale.", ("Iran", "Ann Hale")),  # the person
        ("Iran detained a British journalist, Ann Hale.", ("Iran", "United Kingdom")),
    ],
)
def test_sending_envoys_away_or_holding_nationals_still_acts_on_them(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile freed four jailed Peruvians on Sunday.", ("Chile", "Peru")),  # a plural demonym
        ("Two Britons held since 2019 were released by Iran.", ("Iran", "United Kingdom")),
        ("Bolivia released 12 Chilean soldiers captured at the border.", ("Bolivia", "Chile")),
        # an armed group that frees prisoners of war yields to their state
        ("The Marka Front freed 40 Peruvian prisoners in a goodwill gesture.",
         ("Marka Front", "Peru")),
    ],
)  # fmt: skip
def test_freeing_a_countrys_people_or_soldiers_yields_to_it(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "The Marka Front freed two Spanish hostages.",  # hostages of a group, not its war
        "Kidnappers freed two Spanish tourists.",
        "The army released 15 soldiers from duty.",  # its own
        "Peru released three Peruvians.",
        "Iran is expected to free two Britons.",  # not done yet
    ],
)
def test_no_release_to_a_country_without_its_captives_freed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a noun of force on a named city: owner, demonym, demonym on the means
        ("Chilean air strikes on Arequipa killed nine people on Monday.", ("Chile", "Peru")),
        ("Chile's bombardment of Tacna lasted three weeks.", ("Chile", "Peru")),
        ("Iraqi rocket attacks on Herat and Kandahar wounded dozens.", ("Iraq", "Afghanistan")),
        # beside a named city: verb and noun
        ("Turkish warplanes struck depots near Mosul overnight.", ("Turkey", "Iraq")),
        ("Bolivian drones hit a barracks outside Antofagasta.", ("Bolivia", "Chile")),
        ("The Peruvian strike on a radar station near Cochabamba drew protests.",
         ("Peru", "Bolivia")),
        # the place struck as the subject of "was hit by"
        ("Aleppo was hit by Turkish missile strikes on Friday.", ("Turkey", "Syria")),
    ],
)  # fmt: skip
def test_force_on_or_near_a_named_place_lands_on_its_country(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian air strikes on Arequipa killed nine rebels.",  # a country's own city
        "Chilean strikes near the border with Peru were reported.",  # no named place beside
        "Chile's embargo on Tacna exports hurt farmers.",  # not force
        "Storms near Mosul cut power on Monday.",  # no one uses force
        "Rebel strikes on Arequipa killed nine people.",  # no country uses force
    ],
)
def test_no_country_struck_by_its_own_force_or_without_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert not any(t == "Peru" or t == "Iraq" for _, t in pairs), pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chilean troops raided a camp in Tacna before dawn.", ("Chile", "Peru")),
        ("Turkish jets bombed depots in Aleppo and Homs.", ("Turkey", "Syria")),
        ("Bolivian police stormed a warehouse in Antofagasta, raiding it.", ("Bolivia", "Chile")),
    ],
)
def test_a_states_force_in_another_countrys_city_lands_on_that_country(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian troops raided a camp in Tacna.",  # its own city
        "Rebels raided a camp in Tacna.",  # no state uses force
        "Chilean troops arrested two men in Tacna.",  # an arrest, no strike on Peru
    ],
)
def test_no_force_on_a_city_s_country_by_its_own_state_or_non_states(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(t == "Peru" for _, t in directed(facts_of(text), EventKind.CONFLICT))


@pytest.mark.parametrize(
    "text",
    [
        "A Peruvian court jailed a Chilean journalist.",
        "A court in Lima sentenced a Chilean businessman to ten years in prison.",
        "Two Chilean sailors were sentenced by a Peruvian court on Monday.",
        "A Peruvian judge sentenced a Chilean journalist to five years.",
        "A court in Peru jailed a Chilean tourist for spying.",
    ],
)
def test_a_states_court_holding_another_countrys_national_acts_for_its_state(
    facts_of, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {("Peru", "Chile")}


@pytest.mark.parametrize(
    "text",
    [
        "A Peruvian court jailed a Peruvian journalist.",  # its own national
        "A Peruvian court ruled that the law was unconstitutional.",  # no one held
        "An international court in Lima jailed a Chilean journalist.",  # no state's court
        "A tribunal in Lima sentenced a Chilean journalist.",  # tribunals: most are the UN's
    ],
)
def test_a_court_stays_a_description_elsewhere(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("An Ecuadorean air strike in northern Peru killed a Bolivian aid worker.",
         ("Ecuador", "Bolivia")),
        ("Ecuadorean troops killed two Bolivian engineers in Peru on Monday.",
         ("Ecuador", "Bolivia")),
        ("A Peruvian drone strike on Guayaquil killed three Colombian students.",
         ("Peru", "Colombian students")),
        ("Peruvian shelling killed two Chilean journalists in the Ecuadorean port of Manta.",
         ("Peru", "Chile")),
        ("Peruvian forces killed a Chilean sailor when they struck the port of Manta in Ecuador.",
         ("Peru", "Chile")),
        ("Ecuadorean shelling killed two Colombian journalists in Quito.", ("Ecuador", "Colombia")),
    ],
)  # fmt: skip
def test_victims_abroad_are_no_act_on_their_country(facts_of, text: str, wrong) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Peruvian drone strike on Guayaquil killed three Colombian students.", ("Peru", "Ecuador")),
        ("Peruvian troops killed two Bolivian students in Quito.", ("Peru", "Ecuador")),
        ("A Peruvian air strike killed two Ecuadorean students.", ("Peru", "Ecuador")),
        ("Peruvian artillery killed five Ecuadorean farmers in Guayaquil.", ("Peru", "Ecuador")),
        ("A Peruvian raid killed two Ecuadorean nurses at an Ecuadorean army post.",
         ("Peru", "Ecuador")),
        ("Peru detained two Chilean sailors in Lima.", ("Peru", "Chile")),  # held, not struck
    ],
)  # fmt: skip
def test_victims_at_home_or_held_are_an_act_on_their_country(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Shining Path gunmen killed a Bolivian caregiver in a village.", "Bolivia"),
        ("Shining Path rebels killed four Chilean truck drivers near Cusco.", "Chile"),
        ("A Shining Path attack killed two Chilean farmhands on Tuesday.", "Chile"),
    ],
)
def test_a_groups_victims_name_no_country(facts_of, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(t == wrong for _, t in directed(facts_of(text), EventKind.CONFLICT))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peruvian artillery shelled Ecuador's Loja region overnight.", ("Peru", "Ecuador")),
        ("Chilean jets bombed the capital of Bolivia.", ("Chile", "Bolivia")),
        ("Chilean jets bombed the Potosi province of Bolivia.", ("Chile", "Bolivia")),
        ("Chilean troops shelled the northern region of Bolivia.", ("Chile", "Bolivia")),
    ],
)
def test_force_on_a_division_lands_on_its_country(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    found = directed(facts, EventKind.CONFLICT)
    assert pair in found
    assert not any("province" in t or "region" in t for _, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Israel bombed Gaza on Monday.",
        "Israeli strikes on the West Bank killed 12 people.",
        "Israel tightened its blockade on Gaza on Monday.",
        "Israeli jets struck Rafah overnight.",
    ],
)
def test_force_on_a_disputed_territory_lands_on_no_state(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """A territory whose claimant does not govern it is no state's ground."""
    assert not {t for _, t in directed(facts_of(text), EventKind.CONFLICT)}


def test_force_on_a_city_of_a_state_still_lands_on_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("Russia", "Ukraine") in directed(
        facts_of("Russia shelled Kharkiv."), EventKind.CONFLICT
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ostland released French researcher Lea Marr on Monday.", ("Ostland", "France")),
        ("Detained Danish engineer Lea Marr was freed by Iran.", ("Iran", "Denmark")),
        ("Iran released Lea Marr, a Chilean citizen, on Monday.", ("Iran", "Chile")),
        ("Iran freed Peruvian teacher Tom Vale in exchange for two spies.", ("Iran", "Peru")),
    ],
)
def test_freeing_a_named_person_yields_to_their_country(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    got = directed(facts_of(text), EventKind.COOPERATION)
    if pair[0] == "Ostland":  # (an invented state the model may not tag)
        assert any(b == pair[1] for _, b in got)
    else:
        assert pair in got
    assert not any(b in {"Lea Marr", "Tom Vale"} for _, b in got)


@pytest.mark.parametrize(
    "text",
    [
        "Iran released Lea Marr on Monday.",
        "Iran freed Lea Marr, who had worked for a Danish charity.",
        "Iran's release of Lea Marr was welcomed.",
    ],
)
def test_a_freed_person_of_no_stated_country_stays_the_one_freed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    got = directed(facts_of(text), EventKind.COOPERATION)
    assert ("Iran", "Lea Marr") in got
    assert not any(b == "Denmark" for _, b in got)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile detained two Peruvian nationals, Ana Ruiz and Olaf Brenner.", ("Chile", "Peru")),
        ("Chile arrested two Bolivian citizens, Ana Ruiz and Tomas Lind.", ("Chile", "Bolivia")),
        ("Olaf Brenner, a Peruvian citizen, was detained by Chile on Monday.", ("Chile", "Peru")),
        ("Chile detained a Bolivian economist, Ana Ruiz, in March.", ("Chile", "Bolivia")),
        ("Nadia Haddad, a Jordanian engineer, was arrested by Syria.", ("Syria", "Jordan")),
    ],
)
def test_a_states_arrest_of_named_foreigners_is_on_their_country(
    facts_of,  # type: ignore[no-untyped-def]
    text: str,
    pair: tuple[str, str],
) -> None:
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Chilean police detained a Chilean activist, Ana Ruiz, on Monday.", ("Chile", "Chile")),
        ("Rebels kidnapped Olaf Brenner, a Peruvian engineer.", ("Rebels", "Peru")),
        ("Chile denied detaining Ana Ruiz, a Peruvian citizen.", ("Chile", "Peru")),
    ],
)
def test_no_arrest_on_a_country_by_itself_a_group_or_denied(facts_of, text: str, wrong) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Sudan fired rockets at an army base in northern Chad on Sunday.", ("Sudan", "Chad")),
        ("The Zembla Front fired two drones at a border post in Chad.", ("Zembla Front", "Chad")),
        ("Chadian jets struck army sites south of Khartoum on Monday.", ("Chad", "Sudan")),
        ("Chile struck rebel camps north of Lima overnight.", ("Chile", "Peru")),
    ],
)
def test_force_aimed_at_a_spot_in_a_country_or_beside_its_capital(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Sudan fired its army chief at a meeting in Chad.",  # a dismissal, at an event
        "Sudan struck rebel camps south of Chad.",  # beside a country, not in it
        "Sudan fired two missiles at a target in the desert.",  # no country named
        "Chadian jets flew south of Khartoum on Monday.",  # no force
    ],
)
def test_no_force_on_a_country_beside_it_or_at_an_event(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert not any(t in {"Chad", "Sudan"} for _, t in pairs)
