"""Actor identity: surnames, metonyms, demonyms, acronyms, aliases."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, speakers


def keys(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.key for a in facts.actors}


def test_surname_and_honorific_join_the_full_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Foreign Minister Lena Marsh arrived. Ms Marsh said talks went well. Marsh added more."
    )
    assert speakers(facts) == {"Lena Marsh"}
    marsh = next(a for a in facts.actors if a.name == "Lena Marsh")
    assert marsh.key == "person/lena-marsh"


def test_mistyped_surname_is_still_the_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Envoy Robert Vance met Chinese officials. Vance said the talks were useful.")
    assert speakers(facts) == {"Robert Vance"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Tehran said the talks were useful.", "country/IRN"),
        ("Washington said the talks were useful.", "country/USA"),
        ("The Kremlin said the talks were useful.", "country/RUS"),
        ("The White House said the talks were useful.", "country/USA"),
        ("The Chinese government said the talks were useful.", "country/CHN"),
    ],
)
def test_metonyms_stand_for_the_country(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert country in keys(facts)


def test_a_capital_as_a_place_is_not_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Foreign Minister Lena Marsh met Chancellor Otto Brandt in Moscow.")
    assert "country/RUS" not in keys(facts)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The government in Ankara condemned Chile.", "country/TUR"),
        ("The regime in Tehran accused Peru of the attack.", "country/IRN"),
        ("The authorities in Beijing expelled two Chilean diplomats.", "country/CHN"),
    ],
)
def test_rulers_in_a_capital_are_its_country(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    agents = {p.actor for e in facts_of(text).events for p in e.participants if p.role == "agent"}
    assert agents == {country}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Senator Ivo Marsh hit out at Ankara over the arrests.", "country/TUR"),
        ("Chancellor Otto Brandt took aim at Beijing in his speech.", "country/CHN"),
        ("Minister Lena Marsh took a swipe at Tehran on Monday.", "country/IRN"),
        ("Senator Ivo Marsh struck out at Moscow over the ban.", "country/RUS"),
        ("Senator Ivo Marsh hit back at Ankara, calling the ban illegal.", "country/TUR"),
        ("Chancellor Otto Brandt struck back at Beijing on Monday.", "country/CHN"),
        ("Minister Lena Marsh hit back at Tehran over the arrests.", "country/IRN"),
    ],
)
def test_a_capital_words_are_aimed_at_is_its_country(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    targets = {p.actor for e in facts_of(text).events for p in e.participants if p.role == "target"}
    assert targets == {country}


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ivo Marsh arrived back at Ankara on Monday.",
        "Chancellor Otto Brandt spoke at Beijing University.",
        "Protesters rallied at Moscow's main square against the war.",
    ],
)
def test_a_capital_reached_or_spoken_in_stays_a_place(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {"country/TUR", "country/CHN", "country/RUS"} & keys(facts)


@pytest.mark.parametrize(
    "text",
    [
        "The embassy in Ankara condemned Chile.",  # someone's embassy there
        "Protesters in Tehran condemned Peru.",  # people there
        "Lena Marsh met the government's envoy in Beijing.",  # where they met
    ],
)
def test_others_in_a_capital_are_not_its_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {"country/TUR", "country/IRN", "country/CHN"} & keys(facts_of(text))


def test_aliases_share_one_key(facts_of) -> None:  # type: ignore[no-untyped-def]
    one = facts_of("The U.S. criticised Cuba.")
    two = facts_of("The United States criticised Cuba.")
    three = facts_of("America criticised Cuba.")
    assert "country/USA" in keys(one) & keys(two) & keys(three)


def test_brussels_is_the_eu_when_it_acts(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert "org/EU" in keys(facts_of("Brussels criticised Hungary over the new law."))


def test_acronym_joins_its_organisation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The Supreme Defence Council (SDC) met on Monday. The SDC said it backed Chile."
    )
    councils = [a for a in facts.actors if "Council" in a.name]
    assert len(councils) == 1
    assert "SDC" in councils[0].aliases


def test_the_north_is_north_korea_in_a_korea_story(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("North Korea fired a missile. Japan criticised the North on Monday.")
    assert "country/PRK" in {
        p.actor for e in facts.events for p in e.participants if p.role == "target"
    }


def test_countries_carry_iso_and_wikidata(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Kenya criticised Uganda.")
    kenya = next(a for a in facts.actors if a.key == "country/KEN")
    assert (kenya.iso2, kenya.iso3, kenya.wikidata) == ("KE", "KEN", "Q114")


def test_unknown_country_name_is_an_actor_without_codes(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Puntland criticised Kenya on Monday.")
    actor = next(a for a in facts.actors if a.name == "Puntland")
    assert actor.key == "country/puntland"
    assert actor.iso3 is None and actor.wikidata is None


def test_only_named_parties_meet(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Foreign Minister Lena Marsh met Chancellor Otto Brandt while officials waited."
    )
    assert met_pairs(facts) == {frozenset({"Lena Marsh", "Otto Brandt"})}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Northfield Motors said sales grew.", "Northfield Motors"),
        ("Vantor Airlines said it would cut 300 jobs.", "Vantor Airlines"),
        ("Kestrel Dynamics said it had won the contract.", "Kestrel Dynamics"),
    ],
)
def test_company_names_stay_whole(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "A Dutch court said the merger could go ahead.",
        "The country's third largest bank said profits fell.",
        "Another Swiss insurer said claims rose.",
    ],
)
def test_a_description_of_a_body_is_no_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(a.kind == "organization" for a in facts_of(text).actors)


def test_a_named_agency_is_an_actor(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Norvan news agency reported that talks had begun.")
    assert speakers(facts)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rebels attacked the Kenyan embassy in the capital.", "country/KEN"),
        ("The Chilean Embassy said the talks were useful.", "country/CHL"),
        ("Rebels bombed the United States Embassy in the port.", "country/USA"),
        # the mission words of mission-staff.txt, with their plurals
        ("The U.S. Mission condemned the arrest of the activist.", "country/USA"),
    ],
)
def test_an_embassy_stands_for_its_country(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert country in keys(facts)
    assert not any("embass" in k or "mission" in k for k in keys(facts))


def test_a_countrys_government_is_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The UK Government said the report was useful.")
    assert speakers(facts) == {"United Kingdom"}


def test_a_bank_named_after_its_country_stays_whole(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Kenya Commercial Bank said profits rose.")
    assert speakers(facts) == {"Kenya Commercial Bank"}


@pytest.mark.parametrize(
    ("text", "expletive"),
    [
        ("Uganda said it is wrong to deny farmers water.", True),
        ("He thought it was shameful what they were doing.", True),
        ("Kenya said it was ready to talk to Uganda.", False),
        ("Kenya said it would talk to Uganda.", False),
    ],
)
def test_an_it_that_stands_for_a_clause(nlp, text: str, expletive: bool) -> None:  # type: ignore[no-untyped-def]
    from kg.language.expletives import expletive as stands_for_a_clause

    doc = nlp(text)
    it = next(t for t in doc if t.lower_ == "it")
    assert stands_for_a_clause(it) is expletive


def test_a_group_name_inside_a_region_name_is_the_region(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Tomas Lind visited the West Bank. The West imposed sanctions on Iran.")
    names = {a.name for a in facts.actors}
    assert "the West Bank" not in names and "the West" in names
    assert not any(e.kind.value == "Visit" for e in facts.events)  # a visit to a region


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dovrex Motors makes cars. Dovrex said the plan had worked.", "Dovrex Motors"),
        ("The House of Delegates voted. The House said the plan had worked.", "House of Delegates"),
        # another company that carries the name, not the one named
        ("Dovrex Powertrain makes engines. Dovrex said the plan had worked.", "Dovrex"),
    ],
)
def test_a_first_word_is_the_company_only_before_a_company_word(
    facts_of, text: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


def test_a_persons_name_the_model_took_for_a_place_is_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Peter Holm dismissed complaints from Tomas Lind that China's exports were unfair."
    )
    types = {a.name: a.type.value for a in facts.actors}
    assert types.get("Tomas Lind") == "Person"


@pytest.mark.parametrize(
    ("text", "name"),
    [("rang Lucy", "Lucy"), ("de Gaulle", "de Gaulle"), ("Tory Liam Fox", "Liam Fox")],
)
def test_person_names_lose_glued_words_but_keep_particles(text: str, name: str) -> None:
    from kg.language.person_names import clean_person_name as _clean_person_name

    assert _clean_person_name(text) == name


def test_an_occupation_before_a_name_is_a_role(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Farmer Geoff Brooks, a member of the hunt, told reporters the ban was wrong.")
    assert speakers(facts) == {"Geoff Brooks"}


def test_a_peer_and_a_namesake(facts_of) -> None:  # type: ignore[no-untyped-def]
    alone = facts_of("Ann Lee met Baroness Holm on Monday.")
    assert {a.name for a in alone.actors} == {"Ann Lee", "Baroness Holm"}  # keeps the title
    two = facts_of("Tom Holm and Eva Holm spoke. Later Ann Lee met Baroness Holm.")
    assert "Baroness Holm" in {a.name for a in two.actors}  # which Holm is not told
    one = facts_of("Peter Holm spoke first. Later Ann Lee met Lord Holm.")
    assert {a.name for a in one.actors} == {"Ann Lee", "Peter Holm"}  # one Holm: the same man


def test_members_of_a_body_and_counted_bodies(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru is under heavy pressure from European Union countries to cut tariffs.")
    assert "European Union" in {a.name for a in facts.actors}
    assert not any("countries" in a.name for a in facts.actors)
    counted = facts_of("Ann Lee has filed lawsuits against 80 banks.")
    assert not any(a.name.endswith("banks") for a in counted.actors)
    assert any(a.name == "Scandinavian countries" for a in
               facts_of("Scandinavian countries criticised Peru.").actors)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Tory co-chairman Ben Hale said the plan was vacuous.",
        "Labour co-chairman Ben Hale said the plan was vacuous.",
        "The Tory co-chairman attacked the Labour plans.",
    ],
)  # fmt: skip
def test_a_hyphenated_title_prefix_is_no_company(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # "co" of "co-chairman" is not the company word "Co"
    names = {a.name for a in facts_of(text).actors}
    assert not any(n.endswith((" co", " Co")) for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Former Labour MP Tom Hale was thrown out of the Labour party over the war.",
        "Democrats in Congress attacked the plan; the Democratic Party leader Ann Roe spoke first.",
        "Labour councillor Tom Hale was suspended from the Labour Party in May.",
    ],
)  # fmt: skip
def test_an_unplaced_party_is_one_actor_whatever_its_form(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # outside its country's news an ambiguous party name stays unlinked, but its
    # forms in one article ("Labour", "the Labour party") are one actor
    orgs = [a for a in facts_of(text).actors if a.type.value == "Organization"]
    assert len(orgs) == 1, [a.name for a in orgs]


@pytest.mark.parametrize(
    "text",
    ["Judge Tomas Lind, QC told the hearing the case was weak.",
     "Tomas Lind, QC, said the case was weak.", "Tomas Lind QC said the case was weak."],
)  # fmt: skip
def test_letters_after_a_name_are_no_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {"Tomas Lind"}


def test_a_bare_kind_of_body_names_none_unless_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "The Party said": no party called "Party"; after "the Freedom Party" it is that one."""
    assert speakers(facts_of("The Party said Ana Ruiz would stand again.")) == set()
    assert speakers(
        facts_of("The Freedom Party met on Monday. The Party said Ana Ruiz would stand again.")
    ) == {"Freedom Party"}


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ivo Marsh hit out at Peru for arming the rebels.",
        "Chancellor Otto Brandt lashed out at Peru for sheltering the rebels.",
    ],
)
def test_a_country_words_are_aimed_at_is_an_actor_not_a_place(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    agents = {p.actor for e in facts_of(text).events for p in e.participants if p.role == "agent"}
    assert "country/PER" in agents


def test_a_sentences_full_stop_is_no_part_of_a_surface_form(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Envoy Ana Ruiz held separate meetings with the political directors of the "
        "three parties -- France, Germany and Britain."
    )
    uk = [a for a in facts_of(text).actors if a.key == "country/GBR"]
    assert uk and all(not form.endswith(".") for form in uk[0].aliases)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Scottish and Welsh governments criticised the plan on Monday.",
         {"Scottish government": (), "Welsh government": ()}),
        ("The governments of Scotland and Wales condemned the ruling on Monday.",
         {"Scottish government": (), "Welsh government": ()}),
        ("Scotland's government criticised the plan on Monday.",
         {"Scottish government": ("Scotland's government",)}),
    ],
)  # fmt: skip
def test_a_regions_word_is_no_other_name_of_its_government(facts_of, text: str, names) -> None:  # type: ignore[no-untyped-def]
    found = {a.name: a.aliases for a in facts_of(text).actors if a.name in names}
    assert found == names
