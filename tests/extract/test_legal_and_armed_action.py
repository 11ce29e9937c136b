"""Conflict by legal and armed action, and who it is aimed at: sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru indicted Tomas Brevik on fraud charges.", ("Peru", "Tomas Brevik")),
        ("Tomas Brevik was indicted by Peru in March.", ("Peru", "Tomas Brevik")),
        ("Peru's indictment of Tomas Brevik was unsealed.", ("Peru", "Tomas Brevik")),
        ("Chile prosecuted Daniel Moreno for bribery.", ("Chile", "Daniel Moreno")),
        ("Chile issued an arrest warrant for Ana Lindqvist.", ("Chile", "Ana Lindqvist")),
        ("Ghana jailed the opposition leader Kofi Adeyemi.", ("Ghana", "Kofi Adeyemi")),
        ("The detention of Kofi Adeyemi by Ghana drew protests.", ("Ghana", "Kofi Adeyemi")),
    ],
)
def test_legal_action_is_conflict(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants of Hamas fired rockets at Israel.", ("Hamas", "Israel")),
        ("Fighters from Hezbollah attacked Israel.", ("Hezbollah", "Israel")),
        ("The militants of the Taliban ambushed Afghan troops.", ("Taliban", "Afghanistan")),
    ],
)
def test_members_act_for_their_group(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


def test_members_from_a_country_are_not_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("Sudan", "Chad") not in opposed(facts_of, "Rebels from Sudan attacked Chad.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombia raided a camp of the FARC.", ("Colombia", "FARC")),
        ("Israel bombed the positions of Hezbollah.", ("Israel", "Hezbollah")),
        ("Germany bombarded the defences of Britain.", ("Germany", "United Kingdom")),
    ],
)
def test_what_an_enemy_holds_is_the_enemy(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi-led strikes on Yemen killed dozens.", ("Saudi Arabia", "Yemen")),
        ("US-led air strikes on Iraq began at dawn.", ("United States", "Iraq")),
        ("A French-led offensive against the Taliban ended.", ("France", "Taliban")),
    ],
)
def test_who_leads_an_attack_makes_it(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


def test_a_led_attack_without_a_named_leader(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, "Army-led raids on the villages continued.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raids by Israel on Hamas positions continued.", ("Israel", "Hamas")),
        ("Attacks by the Taliban on Afghan troops continued.", ("Taliban", "Afghanistan")),
    ],
)
def test_by_and_on_after_an_attack(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya threatened to sanction Uganda if talks fail.", ("Kenya", "Uganda")),
        ("China threatened to impose sanctions on Lithuania.", ("China", "Lithuania")),
        ("Russia threatened to expel Britain's ambassador.", ("Russia", "United Kingdom")),
        ("Kenya threatened to boycott Uganda's summit.", ("Kenya", "Uganda")),
        ("Kenya threatened to sanction Uganda, but later dropped the idea.", ("Kenya", "Uganda")),
    ],
)
def test_threatening_a_hostile_act(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia did not threaten to expel Britain's ambassador.",
        "Russia threatened to leave the talks with Britain.",
        "Italy plans to indict Tomas Brevik next year.",
        "Chile may prosecute Ana Lindqvist.",
    ],
)
def test_no_asserted_threat_or_charge(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan prosecutors charged Daniel Moreno with bribery.", ("Kenya", "Daniel Moreno")),
        ("Prosecutors in Kenya indicted Daniel Moreno.", ("Kenya", "Daniel Moreno")),
        (
            "An indictment of Daniel Moreno by Dutch prosecutors was unsealed.",
            ("Netherlands", "Daniel Moreno"),
        ),
    ],
)
def test_prosecutors_act_for_their_state(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya demanded an apology from Uganda.", ("Kenya", "Uganda")),
        ("Kenya demanded answers from Daniel Moreno.", ("Kenya", "Daniel Moreno")),
        ("Ethiopia's war with Eritrea ended in 2000.", ("Ethiopia", "Eritrea")),
    ],
)
def test_demands_from_and_wars_with(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistani air strikes on militant hideouts in Afghanistan killed eight people.",
         ("Pakistan", "Afghanistan")),
        ("Pakistan carried out air strikes against militant hideouts inside Afghanistan.",
         ("Pakistan", "Afghanistan")),
        ("Turkey bombed rebel positions inside Iraq on Sunday.", ("Turkey", "Iraq")),
        ("Israeli strikes on targets in Lebanon continued overnight.", ("Israel", "Lebanon")),
    ],
)  # fmt: skip
def test_force_on_what_no_actor_names_lands_on_the_country(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Attacks on churches in Egypt have risen.",
        "The Kenyan army launched attacks on farms in Kenya.",
        "Protests against the tax in Chile grew.",
    ],
)
def test_no_country_attacked_without_an_attacker_from_elsewhere(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China's coast guard rammed a Philippine supply boat.", ("China", "Philippines")),
        ("Somalia's army drove al-Shabaab out of the town.", ("Somalia", "al-Shabaab")),
        ("Turkish jets pounded Rojava Front positions overnight.", ("Turkey", "Rojava Front")),
        ("Russian artillery pounded Ukrainian positions near the river.", ("Russia", "Ukraine")),
        ("Iran seized a tanker belonging to Greece.", ("Iran", "Greece")),
        ("Kenyan police seized weapons belonging to the Sahel Front.", ("Kenya", "Sahel Front")),
    ],
)  # fmt: skip
def test_ramming_driving_out_and_seizing_what_belongs_to_someone(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya drove out the competition.",
        "The truck rammed a wall.",
        "Peru did not ram the boat.",
        "Storms pounded the coast of Chile.",
        "The pound fell against the dollar.",
    ],
)
def test_no_force_on_no_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rwandan troops are fighting against Congo's army.",
            ("Rwanda", "Democratic Republic of the Congo"),
        ),
        ("The Sahel Front fought against Malian forces for years.", ("Sahel Front", "Mali")),
        ("The Rojava Front has fought against Turkey since 2015.", ("Rojava Front", "Turkey")),
    ],
)
def test_fighting_against_someone(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya fought against corruption.",
        "Kenya did not fight against Uganda.",
        "Kenya may fight against Uganda.",
    ],
)
def test_no_fight_against_an_idea_or_not_as_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China banned imports of Lithuanian beef.", ("China", "Lithuania")),
        ("The United States has frozen $6 billion in Iranian funds.", ("United States", "Iran")),
        ("The European Union banned the sale of Russian oil.", ("European Union", "Russia")),
        ("Imports of Lithuanian beef were banned by China.", ("China", "Lithuania")),
        ("Sales of Peruvian fruit have been barred by Chile.", ("Chile", "Peru")),
        ("$6 billion in Iranian funds was frozen by the United States.", ("United States", "Iran")),
    ],
)
def test_a_ban_on_someone_s_goods_is_aimed_at_them(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya banned the sale of alcohol in the city.",
        "Peru suspended the rest of the season.",
        "China may ban imports of Lithuanian beef.",
        "Imports of Lithuanian beef may be banned by China.",
        "Sales of alcohol were banned by Kenya in the city.",
    ],
)
def test_no_ban_aimed_at_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana took legal action against Togo over the fishing ban.", ("Ghana", "Togo")),
        ("Togo, which took action against Ghana in court, won.", ("Togo", "Ghana")),
        ("Bolivia launched proceedings against Chile last week.", ("Bolivia", "Chile")),
        ("Citing the dam, Egypt brought a case against Sudan.", ("Egypt", "Sudan")),
        ("Chile has filed a case against Peru at the tribunal.", ("Chile", "Peru")),
    ],
)
def test_taking_a_case_against_someone_is_conflict(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana took action against inflation in March.",
        "Ghana will take legal action against Togo if the ban stays.",
        "Peru took no action against Chile.",
        "Chile took the case to Peru's lawyers.",
    ],
)
def test_action_against_no_one_or_not_taken_is_no_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NATO took military action against Serbia in 1999.",
            ("North Atlantic Treaty Organization", "Serbia", "190"),
        ),
        ("Chile took armed action against Bolivia.", ("Chile", "Bolivia", "190")),
        ("Peru took military action against Ecuador after the raid.", ("Peru", "Ecuador", "190")),
        # legal action stays a lawsuit: words, not force
        ("The EU took legal action against Poland.", ("European Union", "Poland", "115")),
    ],
)
def test_the_kind_of_action_taken_decides_force_or_words(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slovakia launched a legal challenge against the European Commission.",
         ("Slovakia", "European Commission")),
        ("Sweden mounted a legal challenge against Denmark.", ("Sweden", "Denmark")),
        ("Latvia filed a legal challenge to Estonia's new port fees.", ("Latvia", "Estonia")),
    ],
)  # fmt: skip
def test_a_legal_challenge_is_legal_action(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert (*expected, "115") in coded(facts_of, text)


def test_a_legal_challenge_to_a_law_has_no_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, "Slovakia filed a legal challenge to the fishing law.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "General Ivo Baltren seized power from President Lena Oskar in 1987.",
            ("Ivo Baltren", "Lena Oskar", "170"),
        ),
        (
            "Colonel Ivo Baltren grabbed power from President Lena Oskar overnight.",
            ("Ivo Baltren", "Lena Oskar", "170"),
        ),
        (
            "General Ivo Baltren placed President Lena Oskar under house arrest.",
            ("Ivo Baltren", "Lena Oskar", "173"),
        ),
        (
            "President Lena Oskar was put under arrest by General Ivo Baltren.",
            ("Ivo Baltren", "Lena Oskar", "173"),
        ),
    ],
)
def test_power_seized_from_a_leader_or_a_leader_held(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "General Ivo Baltren seized power in 1987.",
        "General Ivo Baltren placed his trust in President Lena Oskar.",
        "General Ivo Baltren denied plotting to seize power from President Lena Oskar.",
    ],
)
def test_power_seized_from_no_one_or_not_seized_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru's overthrow of President Lena Oskar shocked Chile.", ("Peru", "Lena Oskar")),
        (
            "General Ivo Baltren's putsch against President Lena Oskar failed.",
            ("Ivo Baltren", "Lena Oskar"),
        ),
        (
            "The ouster of President Lena Oskar by General Ivo Baltren shocked Chile.",
            ("Ivo Baltren", "Lena Oskar"),
        ),
    ],
)
def test_a_coup_named_by_a_noun(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert (*expected, "170") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "General Ivo Baltren denied plotting the overthrow of President Lena Oskar.",
        "Holm Mining launched a hostile takeover against Vale Gold's board.",
        "The overthrow of President Lena Oskar in 1987 ended decades of rule.",
    ],
)
def test_a_coup_denied_or_with_no_doer_or_a_takeover_of_a_firm_is_no_fact(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peru's downing of a Chilean helicopter drew protests.", ("Peru", "Chile")),
        ("The downing of a Bolivian jet by Paraguay ended the truce.", ("Paraguay", "Bolivia")),
        ("Chile's shootdown of a Peruvian drone raised tensions.", ("Chile", "Peru")),
        ("Argentina's sinking of a Chilean patrol boat killed nine.", ("Argentina", "Chile")),
        ("Ecuadorean air defences downed a Peruvian drone.", ("Ecuador", "Peru")),
        ("A Peruvian drone was downed by Ecuador on Monday.", ("Ecuador", "Peru")),
    ],
)
def test_downing_and_sinking_are_force(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The sinking of the ferry killed 300 people.",  # no one sank it
        "The downing of the airliner killed everyone on board.",  # by no one named
        "Workers downed tools at the Peruvian mine.",  # a stoppage
        "The peso's sinking worried Chilean traders.",  # a currency falls
    ],
)
def test_downing_and_sinking_without_a_state_doing_it_are_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian missiles slammed into Ukrainian power plants on Friday.", ("Russia", "Ukraine")),
        ("Israeli rockets rained down on Hezbollah positions all night.", ("Israel", "Hezbollah")),
        ("Iranian drones smashed into a Saudi oil facility.", ("Iran", "Saudi Arabia")),
    ],
)
def test_weapons_that_land_on_a_target(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The bus slammed into a wall in Lagos.",
        "Criticism rained down on the Chilean government.",
    ],
)
def test_things_that_land_with_no_armed_agent(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iranian speedboats harassed a US destroyer in the Gulf.", ("Iran", "United States")),
        ("A US destroyer was harassed by Iranian speedboats.", ("Iran", "United States")),
        ("China's harassment of Philippine fishing boats drew protests.", ("China", "Philippines")),
    ],
)
def test_harassment_coerces(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert (*expected, "170") in coded(facts_of, text)


def test_harassment_by_no_actor(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, "Reporters harassed the minister outside his home.")
