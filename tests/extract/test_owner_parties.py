"""Parties of a conflict noun the parser hangs away from it: sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru recalled its ambassador in protest at Chile's decision.", ("Peru", "Chile")),
        ("Peru recalled its ambassador in protest over Chile's decision.", ("Peru", "Chile")),
        ("Kenya expelled two diplomats in retaliation for Uganda's decision.", ("Kenya", "Uganda")),
        ("Russia waged a war in violation of Ukraine's sovereignty.", ("Russia", "Ukraine")),
    ],
)
def test_in_phrase_acts_for_the_subject(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


def test_in_phrase_keeps_the_clause_mood(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Peru will recall its ambassador in protest at Chile's decision."
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan drew sharp criticism from China.", ("China", "Japan")),
        ("Japan faced condemnation from China.", ("China", "Japan")),
        ("Japan's decision sparked protests from China.", ("China", "Japan")),
    ],
)
def test_who_draws_disapproval_is_its_target(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The detention of Kofi Adeyemi by Ghana drew protests.", ("Ghana", "Kofi Adeyemi")),
        (
            "Charges at the ICC against Tomas Kibet, Kenya's president, were announced.",
            ("International Criminal Court", "Tomas Kibet"),
        ),
        ("China violated Taiwan's airspace on Monday.", ("China", "Taiwan")),
        ("The United States froze Iranian assets.", ("United States", "Iran")),
        ("Kenya froze the assets of Daniel Moreno.", ("Kenya", "Daniel Moreno")),
    ],
)
def test_more_ways_to_name_the_parties(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched in protest at the new law.",
        "Ten Kenyan soldiers died in attacks on Uganda.",
        "Ten Kenyan soldiers died in an attack on Uganda.",
        "Kenya lost billions in the war against Uganda.",
        "Kenyan airstrikes killed ten Kenyan civilians.",
        "Uganda faces tough sanctions.",
        "Kenya violated the law.",
        "Kenya froze its own assets.",
        "Japan drew a map of China.",
        "Peru did not recall its ambassador in protest at Chile's decision.",
    ],
)
def test_no_party_no_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan troops swept through the town in the occupation of Uganda.", ("Kenya", "Uganda")),
        ("Kenyan airstrikes hit Taliban positions.", ("Kenya", "Taliban")),
        ("An Israeli strike killed a Hamas commander.", ("Israel", "Hamas")),
        # who was hit by them
        ("Uganda was hit by Kenyan airstrikes on Monday.", ("Kenya", "Uganda")),
        ("Chad was targeted by Sudanese attacks.", ("Sudan", "Chad")),
    ],
)
def test_attacks_and_what_they_hit(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US sanctions on Iran took effect.", ("United States", "Iran")),
        ("Kenyan sanctions on Uganda took effect.", ("Kenya", "Uganda")),
        ("Uganda faces sanctions from Kenya.", ("Kenya", "Uganda")),
        ("Uganda was hit by Kenya's sanctions.", ("Kenya", "Uganda")),
        ("Uganda has been hit with trade sanctions by Kenya.", ("Kenya", "Uganda")),
        ("Iran was slapped with new sanctions by the European Union.", ("European Union", "Iran")),
        ("Last year Chad was targeted with sanctions by Niger.", ("Niger", "Chad")),
        # the qualifier of what hits or faces someone imposes it
        ("Uganda was hit by Kenyan sanctions.", ("Kenya", "Uganda")),
        ("Iran faces EU sanctions.", ("European Union", "Iran")),
        ("Chad was hit with US sanctions on Monday.", ("United States", "Chad")),
    ],
)
def test_who_imposes_sanctions_and_on_whom(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya condemned and sanctioned Uganda.", ("Kenya", "Uganda")),
        ("Kenyan and Ugandan troops exchanged fire.", ("Uganda", "Kenya")),
        ("Kenya traded accusations with Uganda.", ("Uganda", "Kenya")),
        ("Kenya and Uganda traded barbs on Monday.", ("Kenya", "Uganda")),
    ],
)
def test_shared_objects_and_exchanges(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


def test_exchanging_gifts_is_no_conflict(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, "Kenya and Uganda exchanged gifts.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Uganda was hit with sanctions last year.",
        "Uganda was hit with a fine for late filing.",
        "Uganda may be hit with sanctions by Kenya.",
    ],
)
def test_no_sanction_without_both_sides_or_as_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack carried out by the Tarvos Brigade on Chad killed hundreds.", ("Tarvos Brigade", "Chad")),
        ("Sanctions imposed by Japan on Russia took effect.", ("Japan", "Russia")),
        ("A complaint lodged by Peru against Chile was heard on Monday.", ("Peru", "Chile")),
        ("A lawsuit filed by Talvor Mining against Zambia seeks $1 billion.",
         ("Talvor Mining", "Zambia")),
    ],
)  # fmt: skip
def test_the_participle_that_names_the_doer_carries_the_target(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The attack, reported by the Orvel news agency on Monday, killed five.",
        "Sanctions proposed by Japan on Russia were never imposed.",
        "A complaint lodged by a citizen against the police was dismissed.",
    ],
)
def test_no_target_from_a_participle_that_names_no_doer(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana's new mining law was met with protests from Togo.", ("Togo", "Ghana")),
        ("Peru's decision was greeted with condemnation from Chile.", ("Chile", "Peru")),
        ("The Kenyan plan was met with sharp criticism from Uganda.", ("Uganda", "Kenya")),
    ],
)
def test_what_is_met_with_protests_from_someone(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan was met with criticism from Peru.",
        "Ghana met with Togo to discuss protests.",
        "Ghana's law was met with protests.",
    ],
)
def test_no_protest_met_without_both_sides(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States imposed sanctions on Russia and on Belarus.",
            ("United States", "Belarus"),
        ),
        ("Japan imposed sanctions on North Korea and on Iran.", ("Japan", "Iran")),
        ("Kenya protested against Uganda and against Tanzania.", ("Kenya", "Tanzania")),
    ],
)
def test_a_second_coordinated_phrase_is_a_target_too(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Criticism of Ghana's new law came from Togo.", EventKind.CONFLICT, ("Togo", "Ghana")),
        (
            "The sharpest condemnation of Chile came from Peru.",
            EventKind.CONFLICT,
            ("Peru", "Chile"),
        ),
        (
            "Support for Ukraine came from Latvia on Friday.",
            EventKind.COOPERATION,
            ("Latvia", "Ukraine"),
        ),
        (
            "The aid from Norway reached Malawi in March.",
            EventKind.COOPERATION,
            ("Norway", "Malawi"),
        ),
        (
            "Weapons supplies from Peru reached Bolivia by sea.",
            EventKind.COOPERATION,
            ("Peru", "Bolivia"),
        ),
    ],
)
def test_what_came_from_or_reached_someone(
    facts_of, text: str, kind: EventKind, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Criticism of the plan came from within Peru.", EventKind.CONFLICT),
        ("The first aid reached Chile on Monday.", EventKind.COOPERATION),
        ("Support for the ban came from farmers in Peru.", EventKind.COOPERATION),
    ],
)
def test_coming_or_reaching_with_no_second_party_is_no_event(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), kind) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tanzania launched a bombing campaign against Uganda in 1979.", ("Tanzania", "Uganda")),
        ("Russia's bombing campaign against Georgia lasted days.", ("Russia", "Georgia")),
        ("Ukraine stepped up a drone strike campaign against Russia.", ("Ukraine", "Russia")),
        ("Israel waged a fresh air strike operation against Hezbollah.", ("Israel", "Hezbollah")),
    ],
)
def test_an_act_compounded_into_a_campaign(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The Unite union began a strike campaign against Ryanair.",
        "The bombing campaign in Iraq was discussed by Peru.",
        "Chile may launch a bombing campaign against Peru.",
    ],
)
def test_no_campaign_against_anyone_is_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Ruhl faced a barrage of criticism from Jonas Brekke.", ("Jonas Brekke", "Ada Ruhl")),
        ("Peru faced a wave of complaints from Ecuador about the tariffs.", ("Ecuador", "Peru")),
        ("Colombia came in for sharp criticism from Venezuela.", ("Venezuela", "Colombia")),
        ("Chile drew a storm of condemnation from Bolivia.", ("Bolivia", "Chile")),
    ],
)
def test_disapproval_heaped_up_or_come_in_for(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Brekke faced a barrage of questions about the weather.",
        "Colombia came in for praise from Venezuela.",
        "Peru may face a wave of complaints from Ecuador.",
        "Peru may face criticism from Ecuador.",
        "Chile could draw condemnation from Bolivia.",
    ],
)
def test_no_disapproval_drawn(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There has been criticism from Norway of Sweden's fishing quotas.", ("Norway", "Sweden")),
        ("Criticism from Kenya of Uganda grew this week.", ("Kenya", "Uganda")),
        ("A complaint from Chile of Bolivian obstruction was filed.", ("Chile", "Bolivia")),
    ],
)
def test_a_phrase_hung_on_the_critic_country(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


def test_a_person_of_a_body_is_no_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "There was criticism from Mia Sand of the Green Party."
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Criticism from Senator Mira Quell of Governor Ado Brisk's budget grew.",
        "The condemnation from Senator Mira Quell of Governor Ado Brisk was unexpected.",
        "Criticism by Senator Mira Quell of Governor Ado Brisk's policy was muted.",
    ],
)
def test_a_persons_criticism_of_another_person(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Mira Quell", "Ado Brisk") in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Criticism from Senator Mira Quell of the Red Cross grew louder.",
        "Criticism from Dr Ado Brisk of Oxfam was muted.",
    ],
)
def test_a_critic_of_a_body_is_no_criticism_of_the_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four Hamas fighters were killed in an Egyptian air strike.", ("Egypt", "Hamas")),
        ("Six Malian soldiers were wounded in a French drone attack.", ("France", "Mali")),
        ("A Taliban commander died in a Pakistani raid.", ("Pakistan", "Taliban")),
        ("Two Hezbollah fighters were killed by a Syrian missile strike.", ("Syria", "Hezbollah")),
        ("Kenya's army chief was injured in Ethiopia's bombing.", ("Ethiopia", "Kenya")),
        ("Hamas fighters were killed and wounded in an Egyptian offensive.", ("Egypt", "Hamas")),
        (
            "The Hamas commander, who was killed in a Jordanian raid, was buried on Friday.",
            ("Jordan", "Hamas"),
        ),
    ],
)
def test_victims_of_an_attack_are_its_target(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Two civilians were killed in an Egyptian air strike.",  # as "the strike killed two civilians"
        "Three Hamas fighters were killed in a car crash.",
        "Two Hamas fighters died in an Egyptian hospital.",
        "No Hamas fighters were killed in the Egyptian strike.",
        "Hamas fighters were not wounded in the Egyptian raid.",
        "Egyptian soldiers were killed in an Egyptian air strike.",
        "Hamas fighters may have been killed in an Egyptian strike.",
    ],
)
def test_no_victims_of_a_party_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US bombing of Libya was condemned.", ("United States", "Libya")),
        (
            "A UK strike on the convoy of Idris Kallon killed four.",
            ("United Kingdom", "Idris Kallon"),
        ),
        ("The Hezbollah attack on Israel killed six soldiers.", ("Hezbollah", "Israel")),
        (
            "A Taliban fighter died in a NATO air strike.",
            ("North Atlantic Treaty Organization", "Taliban"),
        ),
        ("A US drone strike killed two Hamas fighters.", ("United States", "Hamas")),
        ("Syria was hit by NATO air strikes.", ("North Atlantic Treaty Organization", "Syria")),
    ],
)
def test_a_country_or_body_before_a_noun_of_force_uses_it(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "A US lawsuit against Nordvik Oil was filed.",  # filed there, not by the US
        "The Ukraine offensive stalled.",  # what it is about, with no one to wage it
    ],
)
def test_a_compound_before_other_nouns_is_no_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(a in {"United States", "Ukraine"} for a, _ in opposed(facts_of, text))


def test_a_compound_topic_stays_the_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, "Russia launched a Ukraine offensive.") == {("Russia", "Ukraine")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Peruvian air raid killed 12 Chilean fishermen off the coast.", ("Peru", "Chile")),
        ("Peruvian shelling has killed dozens of Chilean civilians since May.", ("Peru", "Chile")),
        ("Two Chilean villagers were killed by Peruvian gunfire.", ("Peru", "Chile")),
        ("Three Chilean fishermen died in a Peruvian air strike.", ("Peru", "Chile")),
        ("A Peruvian drone strike wounded four Chilean sailors.", ("Peru", "Chile")),
    ],
)
def test_a_states_force_on_anothers_people_is_aimed_at_that_state(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    """The country of the people a state's attack killed or wounded is its target."""
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "A Peruvian air raid killed 12 Peruvian villagers.",  # its own people
        "Rebel shelling killed three Chilean civilians.",  # no state's force
        "Two Chilean tourists were killed in a rebel attack.",
        "A Peruvian air raid did not kill any Chilean fishermen.",
        "Peruvian fire did not damage any Chilean homes, the monitors said.",  # not told hit
        "Peruvian bombing could destroy Chilean villages, the envoy warned.",
        "Gunfire was heard in the capital overnight.",
    ],
)
def test_force_on_people_of_no_other_state_gives_no_target(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A $1bn loan from Japan helped Indonesia avoid default.", ("Japan", "Indonesia")),
        ("Chinese funding enabled Laos to build the dam.", ("China", "Laos")),
        ("Support from Japan allowed Indonesia to win the vote.", ("Japan", "Indonesia")),
        ("Japanese aid saved Haiti from collapse.", ("Japan", "Haiti")),
    ],
)
def test_what_helps_someone_was_given_to_them(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


def test_what_helps_no_one_named_is_given_to_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("Aid from Japan helped the flood victims."), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shipments of weapons from Belarus to Russia rose sharply.", ("Belarus", "Russia")),
        ("Deliveries of tanks from Germany to Poland began in May.", ("Germany", "Poland")),
        ("Deliveries of jets from France to India began.", ("France", "India")),
    ],
)
def test_the_giver_of_a_shipment_named_after_what_is_shipped(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The move followed warnings from Chile to Peru.", ("Chile", "Peru")),
        ("The sanctions came after repeated threats from Chile to Peru.", ("Chile", "Peru")),
        ("Protests from Chile to Peru over the dam were ignored.", ("Chile", "Peru")),
        ("The sanctions followed repeated warnings from the EU to Serbia.",
         ("European Union", "Serbia")),
    ],
)  # fmt: skip
def test_from_one_to_another(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Shipments of cars from Japan to Peru rose sharply.",
        "Bolivia called for a ban on shipments of weapons from Chile to Peru.",
        "Deliveries of tanks from the factory to Poland began in May.",
    ],
)
def test_no_giver_of_wares_a_ban_or_a_place(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {p for p in directed(facts, EventKind.COOPERATION) if "Poland" in p or "Peru" in p}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A wave of Israeli air strikes hit Beirut.", ("Israel", "Lebanon")),
        ("A barrage of Russian missile strikes hit Kyiv.", ("Russia", "Ukraine")),
        ("Dozens of Saudi air strikes hit Sanaa overnight.", ("Saudi Arabia", "Yemen")),
    ],
)
def test_what_counts_strikes_hits_whom_they_hit(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "A wave of protests hit Beirut.",
        "A wave of Israeli air strikes hit Beirut, Lebanese officials denied.",
        "A wave of Israeli air strikes could hit Beirut.",
    ],
)
def test_no_strikes_counted_that_are_protests_denied_or_possible(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Israel", "Lebanon") not in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru denounced the raids by Chile on Peruvian boats.", ("Chile", "Peru")),
        ("Chad condemned the raids by Sudan on Chadian villages.", ("Sudan", "Chad")),
        ("Iran denounced the strikes by Israel on Iranian sites.", ("Israel", "Iran")),
        ("Kenya protested against strikes by Somalia on Kenyan towns.", ("Somalia", "Kenya")),
    ],
)
def test_the_aim_hung_on_the_verb_after_a_stray_by(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Peru denounced the raids by Chile on Monday.", ("Chile", "Peru")),
        ("Chad warned against raids by Sudan on Chadian villages.", ("Sudan", "Chad")),
        ("Iran praised the talks by Israel on Iranian sites.", ("Israel", "Iran")),
    ],
)
def test_no_aim_of_a_date_a_warning_or_talks(facts_of, text: str, absent) -> None:  # type: ignore[no-untyped-def]
    assert absent not in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Warnings from Chile to its own farmers went unheeded.",
        "Flights from Chile to Peru resumed.",
        "There were no warnings from Chile to Peru.",
    ],
)
def test_nothing_from_one_to_another(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A UN arrest warrant against Carlos Mendez was issued in March.",
         ("United Nations", "Carlos Mendez")),
        ("Police are acting on an Interpol warrant for the arrest of Carlos Mendez.",
         ("Interpol", "Carlos Mendez")),
        ("An International Criminal Court warrant for Carlos Mendez's arrest was issued.",
         ("International Criminal Court", "Carlos Mendez")),
    ],
)  # fmt: skip
def test_a_body_before_a_warrant_issued_it(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_body_before_a_warrant_for_no_one_named_is_no_issuer(facts_of) -> None:  # type: ignore[no-untyped-def]
    named = directed(
        facts_of("A UN arrest warrant against Carlos Mendez was issued."), EventKind.CONFLICT
    )
    unnamed = directed(facts_of("A UN arrest warrant was issued in March."), EventKind.CONFLICT)
    assert ("United Nations", "Carlos Mendez") in named
    assert not any(a == "United Nations" for a, _ in unnamed)


def test_a_country_before_a_coup_did_not_stage_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    crackdown = directed(
        facts_of("A China crackdown on the Uighurs drew criticism."), EventKind.CONFLICT
    )
    coup = directed(
        facts_of("The Mali coup against President Ibrahim Keita was condemned."), EventKind.CONFLICT
    )
    assert ("China", "Uighurs") in crackdown
    assert ("Mali", "Ibrahim Keita") not in coup
