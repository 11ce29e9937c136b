"""What a verb of force is wielded with: weapons launched at a target, in
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru launched rockets at Chile on Sunday.", ("Peru", "Chile")),
        ("Iran unleashed dozens of drones on Iraq overnight.", ("Iran", "Iraq")),
        ("Yemen launched a barrage of missiles at Oman.", ("Yemen", "Oman")),
        ("Eritrea lobbed a salvo of shells into Ethiopia.", ("Eritrea", "Ethiopia")),
    ],
)
def test_weapons_launched_at_a_target(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Estonia launched a campaign at the UN for Moldova.",
        "Kazakhstan launched a satellite on Monday.",
        "Brazil launched its new currency at a summit in Peru.",
        "Peru did not launch rockets at Chile.",
    ],
)
def test_launching_no_weapon_at_anyone_is_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada hit Russia with new sanctions.", ("Canada", "Russia")),
        ("Japan slapped Iran with tariffs on steel.", ("Japan", "Iran")),
        ("Mexico targeted Venezuela with an oil embargo.", ("Mexico", "Venezuela")),
    ],
)
def test_struck_with_sanctions_is_a_sanction(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of(text).events if e.kind is EventKind.CONFLICT and e.factual]
    assert [e.cameo for e in events] == ["163"]
    assert directed(facts_of(text), EventKind.CONFLICT) == {expected}


def test_struck_with_weapons_is_still_force(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru hit Chile with rockets.")
    assert [e.cameo for e in facts.events if e.kind is EventKind.CONFLICT] == ["190"]
    assert (
        directed(facts_of("Canada did not hit Russia with sanctions."), EventKind.CONFLICT) == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France imposed sanctions on Mali on Monday, targeting companies run by the army.",
         {("France", "Mali", "163")}),
        ("Canada imposed sanctions on Belarus, targeting officials close to President Ivo Lenk.",
         {("Canada", "Belarus", "163")}),
        ("Japan imposed an embargo on Iran, targeting firms owned by Ivo Lenk.",
         {("Japan", "Iran", "163")}),
    ],
)  # fmt: skip
def test_what_sanctions_target_is_no_attack(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    """ "imposed sanctions on X, targeting Y": the sanctions' target, not force."""
    assert coded(facts_of, text) == expected


def test_targets_of_weapons_stay_force(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Canada imposed sanctions on Iran, and Israeli jets targeted Hezbollah."
    assert coded(facts_of, text) == {("Canada", "Iran", "163"), ("Israel", "Hezbollah", "190")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana came under fire from Nigeria for closing its markets.", ("Nigeria", "Ghana")),
        ("Minister Aldo Crespi drew fire from Rosa Velt.", ("Rosa Velt", "Aldo Crespi")),
        (
            "Mayor Dario Fenn, who came under fire from Archbishop Peter Olmo, resigned.",
            ("Peter Olmo", "Dario Fenn"),
        ),
    ],
)
def test_fire_drawn_for_a_reason_or_from_people_is_words(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of(text).events if e.kind is EventKind.CONFLICT and e.factual]
    assert [e.cameo for e in events] == ["111"]
    assert directed(facts_of(text), EventKind.CONFLICT) == {expected}


def test_fire_drawn_from_armed_groups_is_force(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Israeli soldiers came under fire from Hezbollah on Monday."
    events = [e for e in facts_of(text).events if e.kind is EventKind.CONFLICT and e.factual]
    assert [e.cameo for e in events] == ["190"]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Senator Orla Brandt turned her fire on Governor Tomas Vikander.", "111"),
        ("Chile turned its fire on Peru's trade policy.", "111"),
        ("Russia turned its fire on Kharkiv.", "190"),
    ],
)
def test_fire_turned_on_someone(facts_of, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of(text).events if e.kind is EventKind.CONFLICT and e.factual]
    assert [e.cameo for e in events] == [cameo]


def _cameos(facts_of, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.cameo for e in facts_of(text).events if e.kind is EventKind.CONFLICT}


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Jonas Brekke launched a scathing attack on Chancellor Ada Ruhl.",
        "Jonas Brekke's attack on Chancellor Ada Ruhl was personal.",
        "Peru launched a blistering attack on Chile at the UN.",
    ],
)
def test_an_attack_in_words(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of(text).events if e.kind is EventKind.CONFLICT and e.factual]
    assert [e.cameo for e in events] == ["111"]


@pytest.mark.parametrize(
    "text",
    [
        "Peru launched an attack on Chile.",
        "Chile's attack on Peru's border posts was repelled.",
        "Rebel leader Omar Tahir's attacks on Mali killed dozens.",
    ],
)
def test_an_attack_in_arms(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of(text).events if e.kind is EventKind.CONFLICT and e.factual]
    assert [e.cameo for e in events] == ["190"]


@pytest.mark.parametrize(
    "text",
    [
        "Ali Sow's soldiers attacked Chad at dawn.",
        "Chad was attacked by Ali Sow's troops on Monday.",
        "Ali Sow's troops attacked the town's defenders in Chad.",
    ],
)
def test_a_persons_troops_attack_with_arms(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    cameos = _cameos(facts_of, text)
    assert cameos and all(c.startswith(("18", "19")) for c in cameos)


def test_a_person_who_attacks_attacks_with_words(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert _cameos(facts_of, "Ali Sow attacked Chad on Monday.") == {"111"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A spokesman for Labour attacked the Conservative Party.", "111"),
        ("The Conservative Party attacked the Liberal Democrats.", "111"),
        ("The Kurdistan Workers' Party attacked Turkish troops.", "190"),
    ],
)
def test_one_party_attacking_another_does_so_with_words(facts_of, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in facts_of(text).events if e.kind is EventKind.CONFLICT}
    assert codes == {code}, codes


@pytest.mark.parametrize(
    "text",
    [
        "Israel was hit by Iranian missiles for the second time this year.",
        "Chadian troops attacked Sudan over the weekend.",
    ],
)
def test_a_time_after_for_or_over_is_no_reason_to_read_words(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in facts_of(text).events if e.kind is EventKind.CONFLICT}
    assert codes and all(c.startswith("19") for c in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        # a campaign aimed at voters, seats or buyers is no attack and no criticism
        "The Greens and Plaid Cymru are targeting disaffected Labour voters.",
        "The Conservatives targeted Liberal Democrat seats in the south west.",
        "Labour has targeted Conservative marginals across the Midlands.",
    ],
)
def test_targeting_voters_is_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israeli jets targeted Hamas positions in Gaza.", ("Israel", "Hamas")),
        ("Russian missiles targeted Ukrainian power plants.", ("Russia", "Ukraine")),
    ],
)  # fmt: skip
def test_targeting_positions_is_an_attack(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chad fired back at Sudan's threats.",
        "Chad fired back at Sudan's accusations on Monday.",
        "Chad attacked Sudan's allegations.",
    ],
)
def test_force_aimed_at_words_is_words(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    events = facts_of(text).events
    ours = [
        e for e in events if e.kind is EventKind.CONFLICT and "country/TCD" in e.actors("agent")
    ]
    assert [e.cameo for e in ours] == ["111"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chadian troops crossed into Libya on Tuesday.", ("Chad", "Libya")),
        ("Ugandan forces entered Rwanda in pursuit of the rebels.", ("Uganda", "Rwanda")),
        ("Ecuadorean tanks rolled into Peru before dawn.", ("Ecuador", "Peru")),
        ("Hundreds of Somali soldiers marched into Kenya.", ("Somalia", "Kenya")),
        ("Tanzania was entered by Ugandan troops at dawn.", ("Uganda", "Tanzania")),
        ("The Iranian army swept into Iraq.", ("Iran", "Iraq")),
    ],
)
def test_troops_moving_into_a_country_use_force(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The bank entered Peru in 2003.",
        "Tourists poured into Chile over the summer.",
        "Refugees crossed into Kenya from Somalia.",
        "Sudan entered talks with Chad on Monday.",
        "Chadian troops did not cross into Libya.",
        "Chadian troops were poised to enter Libya.",
    ],
)
def test_moving_into_a_country_unarmed_or_unsaid_is_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Peru used chemical weapons against Bolivian troops in 1932.",
        "Peru has used cluster munitions against Bolivia, the report said.",
        "Mustard gas was used against Bolivian soldiers by Peruvian forces.",
        "Chemical weapons were used against Bolivia by Peru.",
        "Peru used poison gas on Bolivian villages in 1932.",
    ],
)
def test_weapons_used_against_a_country_are_an_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {("Peru", "Bolivia")}


@pytest.mark.parametrize(
    "text",
    [
        "Peru said it would use force against Bolivia.",  # no weapon; not a fact
        "Peru did not use chemical weapons against Bolivia.",  # negated
        "Peru used its veto against Bolivia's proposal.",  # a veto is no weapon
        "A Peruvian firm used gas from Bolivia to heat the plant.",  # no target
    ],
)
def test_use_without_a_weapon_used_on_someone_is_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Bolivia") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Peruvian shell landed in a Chilean border village.", ("Peru", "Chile")),
        ("Eritrean mortar shells fell on Ethiopian positions overnight.", ("Eritrea", "Ethiopia")),
        ("Two Iranian rockets fell inside Iraqi territory on Monday.", ("Iran", "Iraq")),
        ("An Iranian drone crashed into a Saudi oil depot.", ("Iran", "Saudi Arabia")),
        ("Dozens of Syrian rockets landed on Turkish farms.", ("Syria", "Turkey")),
        ("A Somali bomb exploded in a Kenyan market town.", ("Somalia", "Kenya")),
    ],
)
def test_fired_weapons_that_land_on_a_country_use_force(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian envoy Ana Quispe landed in Chile on Friday.",
        "Chilean shares fell in Lima on Monday.",
        "A Saudi jet crashed into the desert near Riyadh.",
        "Debris from a Chinese rocket fell into the Indian Ocean.",
        "Chileans fear Peruvian shells could land in border villages.",
        "No Peruvian shells landed in Chile on Tuesday.",
    ],
)
def test_what_falls_unfired_or_unsaid_is_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru sent troops into Ecuador in 1941.", ("Peru", "Ecuador")),
        ("Iran has sent tanks and soldiers into eastern Iraq.", ("Iran", "Iraq")),
        ("Chad dispatched thousands of troops into Libya.", ("Chad", "Libya")),
        ("Uganda deployed soldiers into Rwanda, Kigali said.", ("Uganda", "Rwanda")),
    ],
)
def test_troops_sent_into_a_country_use_force(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The report sent shockwaves into Peruvian markets.",
        "The crisis sent Ecuador into recession.",
        "Ecuador sent police into the slums of Quito.",
        "Chad denied it had sent troops into Libya.",
    ],
)
def test_sending_no_troops_into_a_country_is_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian patrol boats used water cannon against Bolivian fishing boats on Lake Titicaca.",
        "Peruvian coast guard ships sprayed water cannon at a Bolivian supply boat.",
        "Water cannon was used against Bolivian boats by Peruvian ships.",
        "Peruvian troops sprayed bullets at Bolivian soldiers.",
    ],
)
def test_water_cannon_used_or_sprayed_on_a_country_is_force(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {("Peru", "Bolivia")}


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian firefighters sprayed water on a Bolivian warehouse.",  # water is no weapon
        "Peruvian farmers sprayed pesticide on Bolivian fields.",
        "Peru said it would use water cannon against Bolivian boats.",  # not a fact
    ],
)
def test_spraying_no_weapon_or_unsaid_is_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Bolivia") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chadian troops drove Libyan soldiers from the oasis town.", ("Chad", "Libya")),
        ("Ugandan forces drove the Rwandan army back from the border.", ("Uganda", "Rwanda")),
        ("Peruvian soldiers were driven from the hills by Ecuadorean troops.", ("Ecuador", "Peru")),
        ("The Iranian army drove Iraqi troops across the river.", ("Iran", "Iraq")),
    ],
)
def test_troops_driving_others_from_ground_use_force(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Rising prices drove Chilean shoppers from the market.",
        "The Peruvian envoy drove to the Chilean embassy.",
        "Fears of a devaluation drove investors from Argentina.",
        "The Kenyan minister drove a hard bargain with Tanzania.",
    ],
)
def test_driving_without_troops_is_no_force(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chadian army expelled Boko Haram from the islands.", ("Chad", "Boko Haram", "190")),
        ("Boko Haram was expelled from the islands by Chadian troops.",
         ("Chad", "Boko Haram", "190")),
        ("Kenyan forces expelled al-Shabab from the port.", ("Kenya", "al-Shabaab", "190")),
    ],
)  # fmt: skip
def test_armed_men_expelling_a_foe_use_force(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad expelled Niger's ambassador on Monday.", ("Chad", "Niger", "166")),
        ("Kenya expelled two Somali diplomats.", ("Kenya", "Somalia", "166")),
    ],
)
def test_expelling_envoys_stays_a_step_of_diplomacy(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eritrean troops destroyed Ethiopian supply depots near the border.",
            ("Eritrea", "Ethiopia"),
        ),
        ("Ethiopian supply depots were destroyed by Eritrean troops.", ("Eritrea", "Ethiopia")),
        ("Moroccan soldiers demolished Algerian border posts.", ("Morocco", "Algeria")),
        ("Armenian tanks razed Azerbaijani villages in the valley.", ("Armenia", "Azerbaijan")),
    ],
)
def test_property_destroyed_by_armed_men(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The floods destroyed Ethiopian crops.",
        "The new tax would destroy the Labour Party's hopes, Ivo Dahl said.",
        "Eritrea's central bank destroyed old Ethiopian banknotes.",
    ],
)
def test_destroyed_by_no_armed_men_is_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile signed a memorandum of understanding with Peru.", ("Chile", "Peru")),
        ("Chile signed a declaration of principles with Peru.", ("Chile", "Peru")),
        ("Ghana agreed a memorandum of understanding with Togo.", ("Ghana", "Togo")),
    ],
)
def test_a_paper_named_by_its_of_phrase_is_signed_with_the_partner(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


def test_a_paper_signed_with_no_partner_joins_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(
        facts_of("Chile signed a memorandum of understanding about trade."),
        EventKind.COOPERATION,
    )
    assert not found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France attacked Italy's new mining rules on Monday.", ("France", "Italy", "111")),
        ("Chile attacked Peru's new fishing regulations.", ("Chile", "Peru", "111")),
        ("The Greek premier attacked Turkey's travel restrictions.", ("Greece", "Turkey", "111")),
        ("Austria attacked Hungary's emergency decree on Friday.", ("Austria", "Hungary", "111")),
    ],
)
def test_attacking_rules_a_body_made_is_criticism(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, text) == {expected}


def test_attacking_positions_stays_force(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, "Russian troops attacked Ukrainian positions.") == {
        ("Russia", "Ukraine", "190")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda joined hands to fight poaching.",
        "Kenya and Uganda fought poaching gangs in the park.",
        "Kenya and Uganda fought poaching together.",
    ],
)
def test_a_gerund_fought_is_no_fight_between_the_subjects(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Kenya", "Uganda") not in directed(facts_of(text), EventKind.CONFLICT)


def test_two_who_fought_over_a_place_still_fight_each_other(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("Kenya", "Uganda") in directed(
        facts_of("Kenya and Uganda fought over the island."), EventKind.CONFLICT
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militiamen loyal to Ibrahim Sow attacked a Malian army base.", ("Ibrahim Sow", "Mali", "190")),
        ("Gunmen loyal to Ali Dembo attacked Kenyan troops near the border.",
         ("Ali Dembo", "Kenya", "190")),
        ("Fighters loyal to Ibrahim Sow attacked the Nigerien town of Tassara.",
         ("Ibrahim Sow", "Niger", "190")),
    ],
)  # fmt: skip
def test_fighters_loyal_to_a_person_attack_with_arms(
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, text) == {expected}


def test_a_person_who_attacks_a_country_over_a_policy_still_criticises(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, "Senator Ali Dembo attacked Kenya over its tariffs.") == {
        ("Ali Dembo", "Kenya", "111")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An Iraqi patrol was fired on by Iranian gunboats.", ("Iran", "Iraq", "190")),
        ("Chile's embassy was fired on by Peruvian soldiers.", ("Peru", "Chile", "190")),
        ("A Ghanaian ship was fired on by Togolese warships on Monday.", ("Togo", "Ghana", "190")),
        (
            "Two Lebanese fishing boats were fired on by Israeli troops.",
            ("Israel", "Lebanon", "190"),
        ),
    ],
)
def test_a_passive_fired_on_is_force_not_words(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru hit out at Chile over the border plan.", ("Peru", "Chile", "111")),
        ("Chile was hit back at by Peru over the dispute.", ("Peru", "Chile", "111")),
    ],
)
def test_a_particle_still_makes_words(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, text) == {expected}


def test_a_passive_not_fired_on_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, "A Lebanese fishing boat was not fired on by Israeli gunboats.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish troops were beaten back by Greek forces.", ("Greece", "Turkey")),
        ("Greek forces threw back the Turkish troops.", ("Greece", "Turkey")),
        ("Turkish troops were repulsed by Greek forces near the pass.", ("Greece", "Turkey")),
        ("Peruvian units were hurled back by Chilean troops.", ("Chile", "Peru")),
    ],
)
def test_armed_men_thrown_back_by_armed_men(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Greece threw back the Turkish offer of talks.",
        "Turkish troops were not beaten back by Greek forces.",
        "The Turkish goalkeeper threw back the ball to Greek fans.",
    ],
)
def test_throwing_back_no_armed_men(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Chile issued a statement attacking Peru.",
        "Chile made a speech attacking Peru.",
        "A statement by Chile attacked Peru.",
    ],
)
def test_a_paper_or_a_speech_attacks_with_words(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, text) == {("Chile", "Peru", "111")}


def test_a_campaign_may_attack_with_arms(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Chile launched a campaign attacking rebel positions in Peru."
    assert coded(facts_of, text) == {("Chile", "Peru", "190")}
