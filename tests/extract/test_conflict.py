"""Conflict: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya criticised Uganda over the border closure.", ("Kenya", "Uganda")),
        ("Chile condemned the attack by Peru.", ("Chile", "Peru")),
        ("Serbia accused Croatia of spying.", ("Serbia", "Croatia")),
        ("Japan imposed sanctions on North Korea.", ("Japan", "North Korea")),
        ("Canada placed new sanctions on Russia on Friday.", ("Canada", "Russia")),
        ("Egypt urged Ethiopia to halt the dam.", ("Egypt", "Ethiopia")),
        ("Ghana put pressure on Togo to hold elections.", ("Ghana", "Togo")),
        (
            "Iran threatened to close the strait if the United States did not lift sanctions.",
            ("Iran", "United States"),
        ),
        ("Greece was accused by Turkey of violating its airspace.", ("Turkey", "Greece")),
        ("Sudan's invasion of South Sudan drew protests.", ("Sudan", "South Sudan")),
        ("Norway expressed concern over Poland's new law.", ("Norway", "Poland")),
    ],
)
def test_conflict_constructions(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not criticise Uganda.",
        "Kenya has not criticised Uganda's war.",
        "Kenya may impose sanctions on Uganda.",
        "Kenya will impose sanctions on Uganda next year.",
    ],
)
def test_not_asserted_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


def test_demand_in_a_quote(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = opposed(
        facts_of,
        'Foreign Minister Lena Marsh spoke on Monday. "Cuba needs to free them," she said.',
    )
    assert ("Lena Marsh", "Cuba") in got


def test_criticism_in_reported_speech(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = opposed(
        facts_of, "Chancellor Otto Brandt said Peru's policy was the main obstacle to peace."
    )
    assert ("Otto Brandt", "Peru") in got


def test_direction_is_kept(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, "Kenya criticised Uganda.")
    assert ("Uganda", "Kenya") not in got


def test_owner_of_the_criticised_thing(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "European Union") in opposed(
        facts_of, "Chile criticised European Union farm subsidies."
    )
    assert ("Chile", "Peru") in opposed(facts_of, "Chile criticised Peru's Bolivia policy.")
    assert ("Chile", "Bolivia") not in opposed(facts_of, "Chile criticised Peru's Bolivia policy.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbal conflict: the target as object, in a phrase, or as a possessive
        ("Poland accused Belarus of orchestrating the border crisis.", ("Poland", "Belarus")),
        ("Vietnam blamed China for the collision at sea.", ("Vietnam", "China")),
        ("Chile condemned Bolivia's decision to close the border.", ("Chile", "Bolivia")),
        ("Japan warned North Korea against further missile tests.", ("Japan", "North Korea")),
        ("Japan warned North Korea against testing more missiles.", ("Japan", "North Korea")),
        ("Russia vetoed the French resolution on Syria.", ("Russia", "France")),
        ("Turkey blocked Sweden's bid to join NATO.", ("Turkey", "Sweden")),
        (
            "The United States demanded that Venezuela release the prisoners.",
            ("United States", "Venezuela"),
        ),
        (
            "Senator Jane Holt hit out at Prime Minister Ken Ashby over his tax plans.",
            ("Jane Holt", "Ken Ashby"),
        ),
        (
            "Jewish groups condemned Senator Mark Dell's proposal to ban the march.",
            ("Jewish groups", "Mark Dell"),
        ),
        (
            "Kenyan officials spoke out against the presence of Ugandan forces.",
            ("Kenya", "Uganda"),
        ),
        (
            "The opposition leader Kate Morrow was appalled that the government of Peru had "
            "lifted the ban.",
            ("Kate Morrow", "Peru"),
        ),
        # material conflict
        ("Iran seized a British tanker in the Strait of Hormuz.", ("Iran", "United Kingdom")),
        ("Lithuania expelled three Russian diplomats.", ("Lithuania", "Russia")),
        (
            "Pakistani militants attacked an Indian army base in Kashmir.",
            ("Pakistani militants", "India"),
        ),
        ("Palestinian militants fired rockets at Israel.", ("Palestinian militants", "Israel")),
        ("The war pitted Ethiopia against Eritrea.", ("Ethiopia", "Eritrea")),
        ("The junta removed President Ali Sow from power in July.", ("junta", "Ali Sow")),
        ("Russian troops killed twelve civilians in Ukraine.", ("Russia", "Ukraine")),
        ("Protesters threw rocks at the Chinese embassy.", ("Protesters", "China")),
        # reducing relations
        (
            "Several Western nations halted aid and security pacts with Mali.",
            ("the West", "Mali"),
        ),
        ("Canada severed diplomatic ties with Iran in 2012.", ("Canada", "Iran")),
        ("The United States suspended military aid to Egypt.", ("United States", "Egypt")),
        # mutual standing conflict
        (
            "India and Pakistan fought three wars. The nations are still at loggerheads over Kashmir.",
            ("India", "Pakistan"),
        ),
        (
            "Slovakia is at odds with the European Union over fishing.",
            ("Slovakia", "European Union"),
        ),
    ],
)
def test_conflict_phenomena(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The opposition leader Kate Morrow attacked the Kenyan government's plans for schools.",
            "111",
        ),
        ("Senator Jane Holt hit out at Prime Minister Ken Ashby over his tax plans.", "111"),
        ("Russian jets attacked Ukraine on Monday.", "190"),
        ("Iran seized a British tanker in the Strait of Hormuz.", "171"),
        ("The army ousted President Tomas Lind in March.", "170"),
    ],
)
def test_verbal_and_material_conflict_carry_their_codes(facts_of, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in facts_of(text).events if e.kind is EventKind.CONFLICT}
    assert code in codes, codes


@pytest.mark.parametrize(
    "text",
    [
        "Minister Anna Berg said Britain should accept its fair share of migrants.",
        "Minister Anna Berg said Kenya should be part of the solution.",
        "The government dismissed the claims as nonsense.",
        "The opposition gave the plan a cautious welcome.",
        "Protesters threw their support behind the Kenyan candidate.",
        "Vodafone removed the old masts.",
    ],
)
def test_not_opposition(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Tan responded to complaints by Trade Secretary Ray Dunn that Chile's subsidies "
            "were hurting farmers.",
            ("Ray Dunn", "Chile"),
        ),
        ("Canada moved to condemn what the junta has done.", ("Canada", "junta")),
        (
            "Senator Ray Holm complained that the Kenyan government had failed the farmers.",
            ("Ray Holm", "Kenya"),
        ),
    ],
)
def test_opposition_to_what_a_clause_says(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


def test_words_deep_in_an_object_criticise_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The newspaper Taifa noted that Kenyan ministers will not meet with racist parties."
    assert opposed(facts_of, text) == set()


def test_we_in_a_quote_is_the_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Envoy Linda Hale spoke on Monday. "We will keep up the pressure on Iran," she told '
        'reporters. "We have imposed sanctions on Iran," Envoy Linda Hale said.'
    )
    assert ("Linda Hale", "Iran") in opposed(facts_of, text)


def test_the_us_is_not_us(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Chile was accused by the US and several partners of helping Venezuela's army."
    assert ("United States", "Chile") in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States warned China not to interfere.", ("United States", "China")),
        ("North Korea fired two missiles towards Japan.", ("North Korea", "Japan")),
        (
            "Venezuela's decision to seize the Exxon plant angered Washington.",
            ("Venezuela", "Exxon"),
        ),
        ("Turkish jets bombed Kurdish positions in Iraq.", ("Turkey", "Iraq")),
        (
            "India blamed Pakistan-based militants for the attack.",
            ("India", "Pakistan-based militants"),
        ),
    ],
)
def test_more_surface_forms(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


def test_prevented_attacks_did_not_happen(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenyan police deployed along the border to stop militants from firing rockets at Uganda."
    )
    assert ("Kenya", "Uganda") not in opposed(facts_of, text)


def test_abandoning_ties_is_planned_reduction(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru will abandon full diplomatic ties with Chile.")
    codes = {(e.cameo, e.factual) for e in facts.events if e.kind is EventKind.CONFLICT}
    assert codes == {("161", False)}


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # a victim's nationality is not the owner of the act
        ("Rebels killed a Kenyan journalist near the border.", "Kenya"),
        ("Gunmen kidnapped two Spanish tourists in the desert.", "Spain"),
        # a bid for a company is not the company's bid
        ("Shareholders rejected the Norvale takeover as too low.", "Norvale"),
    ],
)
def test_victims_and_bids_are_not_owners(facts_of, text: str, not_expected: str) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, text)
    assert all(not_expected not in pair for pair in got), got


def test_the_nations_are_the_story_pair(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenya and Uganda signed a fishing accord in 2001. Kenya later accused Uganda of "
        "breaking it. Ugandan boats were seized near the island. Fishermen in Kisumu "
        "protested. The nations are still at loggerheads over the island."
    )
    got = opposed(facts_of, text)
    assert ("Kenya", "Uganda") in got and ("Uganda", "Kenya") in got


def test_no_story_pair_among_equals(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chad, Niger and Mali met in 2001. Chad, Niger and Mali met again in 2003. "
        "Farmers protested. Prices rose. Rain fell. Crops failed. "
        "The nations are still at loggerheads over the river."
    )
    got = opposed(facts_of, text)
    assert ("Chad", "Niger") not in got and ("Niger", "Mali") not in got


def test_a_rare_verb_the_tagger_took_for_a_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    # the small model tags "jabbed" as a proper noun; its base is a trigger verb
    text = "The Kenyan trade minister jabbed back on Friday at complaints from Uganda."
    got = opposed(facts_of, text)
    assert ("Kenya", "Uganda") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan lawmakers called on the government to block Uganda's bid.",
            ("Kenya", "Uganda"),
        ),
        ("Poland urged NATO to impose sanctions on Belarus.", ("Poland", "Belarus")),
        ("Chile asked the United Nations to condemn Peru.", ("Chile", "Peru")),
    ],
)
def test_asking_others_to_act_against_someone(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Kenya did not urge the EU to sanction Uganda.", ("Kenya", "Uganda")),
        ("Kenya urged Uganda to reopen the border.", ("Kenya", "Tanzania")),
        ("Kenya urged Uganda to sign a trade deal with Tanzania.", ("Kenya", "Tanzania")),
    ],
)
def test_asking_for_a_friendly_act_is_no_stand(
    facts_of, text: str, absent: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert absent not in opposed(facts_of, text)


def test_questions_about_someones_complaints_presuppose_them(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The minister answered questions about complaints from Chile that Peru was dumping steel."
    )
    assert ("Chile", "Peru") in opposed(facts_of, text)
    assert ("Chile", "Peru") not in opposed(facts_of, "Kenya held talks about sanctions on Peru.")


def test_a_clash_of_words_and_a_clash_of_arms(facts_of) -> None:  # type: ignore[no-untyped-def]
    words = facts_of("A clash between Britain and France over fishing quotas dominated the summit.")
    arms = facts_of("The clash between Chad and Niger killed 12 soldiers.")
    assert {e.cameo for e in words.events if e.kind is EventKind.CONFLICT} == {"111"}
    assert {e.cameo for e in arms.events if e.kind is EventKind.CONFLICT} == {"190"}


def test_a_spat_that_escalates_took_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ministers will gather in Brussels, in the newest escalation of a spat between Poland "
        "and Hungary over the law."
    )
    assert ("Poland", "Hungary") in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya ruffled the feathers of Uganda with its new tariffs.", ("Kenya", "Uganda")),
        ("Chile has ruffled feathers among EU ministers by saying the union is weak.",
         ("Chile", "European Union")),
        ("Kenya took issue with Uganda over the tariffs.", ("Kenya", "Uganda")),
    ],
)  # fmt: skip
def test_idioms_of_friction(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an "it" that stands for a clause is nobody
        ("Kenya built a dam. Uganda said it is wrong to deny farmers water.", ("Uganda", "Kenya")),
        # a law opposed is no actor
        (
            "Chancellor Otto Brandt led the party's opposition to the Border Control Bill.",
            ("Otto Brandt", "Border Control Bill"),
        ),
        # what something did not mean is not asserted
        ("The recall did not mean that Kenya had cut its ties with Uganda.", ("Kenya", "Uganda")),
    ],
)
def test_not_conflicts(facts_of, text: str, absent: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert absent not in opposed(facts_of, text)


def test_fighting_between_people_is_a_quarrel(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Fighting between Mr Hale and Mr Voss has made headlines in France.")
    assert {e.cameo for e in facts.events if e.kind is EventKind.CONFLICT} == {"111"}
    facts = facts_of("Fighting between Chad and Niger killed 12 soldiers.")
    assert {e.cameo for e in facts.events if e.kind is EventKind.CONFLICT} == {"190"}


def test_coercion_is_not_armed_force(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The army ousted President Tomas Lind. Russian jets attacked Ukraine.")
    types = {e.trigger: e.type for e in facts.events if e.kind is EventKind.CONFLICT}
    assert types.get("ousted") == "coerce" and types.get("attacked") == "attack"


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Lind added that the Liberal Party also fought all forms of racism.",
        "Tomas Lind said the Liberal Party had tackled corruption in the north.",
        "Tomas Lind said Norvex would combat abuses by its suppliers.",
    ],
)
def test_fighting_a_bad_thing_is_not_being_criticised(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, text)


def test_failing_to_fight_a_bad_thing_is(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = "Tomas Lind said the Liberal Party had failed to tackle corruption."
    assert ("Tomas Lind", "Liberal Party") in opposed(facts_of, facts)


@pytest.mark.parametrize(
    "text",
    [
        # a forecast: the speaker would do nothing
        "Alan Reed warned that unless the United States sees higher growth, pensions would "
        "need changes.",
        # whom it is said to is not what it is said about
        'Referring to the detentions, Tomas Lind told the Norvex Times: "It is utterly '
        'unacceptable."',
        # a passive need is asked of nobody
        '"It will cost travellers a lot, it has to be paid for by the travellers," said Andy Reed '
        "of the European Union.",
        # a question about an attack is no appeal to attack
        "Vince Carle asked why ministers attacked Labour's plans.",
        "Vince Carle asked whether ministers had attacked Labour's plans.",
    ],
)
def test_warnings_questions_and_addressees_are_not_opposition(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China warned that it would retaliate unless Japan withdrew.", ("China", "Japan")),
        ("Vince Carle asked the ministers to attack Labour's plans.", ("Vince Carle", "Labour")),
        ("Tomas Lind told reporters that China's policy was a failure.", ("Tomas Lind", "China")),
    ],
)
def test_threats_appeals_and_told_criticism_still_count(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The reported feud between Tom Hale and Peter Lund has prompted a donor to leave.",
        "The alleged attack by Russia on Ukraine killed ten people.",
        "The rumoured row between Chile and Peru worried investors.",
    ],
)
def test_a_reported_or_alleged_event_is_not_asserted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    conflicts = [e for e in facts.events if e.kind is EventKind.CONFLICT]
    assert conflicts and all(e.modality.value == "alleged" for e in conflicts)


def test_a_country_in_danger_is_not_criticised(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, "Tom Hale said Chile was in danger of pointless alarm.")


def test_a_verb_before_a_group_noun_is_not_its_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The feud between Tom Hale and Peter Lund worried donors.")
    assert ("Tom Hale", "Peter Lund") in opposed(
        facts_of, "The feud between Tom Hale and Peter Lund worried donors."
    )
    assert not any("worried" in a.name for a in facts.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale tried to end the row over reports of a feud between Chile and Peru.",
        "Rumours of a clash between Chile and Peru worried investors.",
        "Talk of a feud between Chile and Peru grew.",
        "Stories of a feud between Chile and Peru spread.",
        '"They were mistaken when they said Chile was attacking Peru," Tom Hale said.',
        "Tom Hale was wrong to say that Chile had attacked Peru.",
    ],
)
def test_what_is_only_reported_or_said_wrongly_is_not_asserted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        # the parser takes "over" for a particle and what follows for the verb's object
        "Prime Minister Ana Ruiz of Chile didn't clash over the plans of Peru to build the dam.",
        "Prime Minister Ana Ruiz of Chile will not clash over the plans of Peru.",
        "Prime Minister Ana Ruiz of Chile clashed over the plans of Peru to build the dam.",
    ],
)
def test_preposition_parsed_as_particle(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT, factual_only=False)
    assert ("Ana Ruiz", "Peru") in pairs


def test_a_negated_clash_is_kept_but_not_factual(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Prime Minister Ana Ruiz of Chile didn't clash over the plans of Peru.")
    assert not directed(facts, EventKind.CONFLICT)
    assert any(e.negated for e in facts.events if e.kind is EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # force used by one country on a city or region of another is used on that country
        ("North Korea fired rockets at Seoul on Monday.", ("North Korea", "South Korea")),
        ("Rwanda shelled Goma on Monday.", ("Rwanda", "Democratic Republic of the Congo")),
        ("Britain bombed Basra in 1991.", ("United Kingdom", "Iraq")),
        # the phrase hangs on what was fired
        ("On Thursday Chile fired two artillery shells at Lima.", ("Chile", "Peru")),
    ],
)
def test_force_on_a_city_is_force_on_its_country(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, EventKind.CONFLICT)
    cities = {"Seoul", "Goma", "Basra"}
    assert not cities & {a.name for a in facts.actors}  # the city stays a place


def test_force_on_a_city_of_ones_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("Russia bombed Grozny in 1995."), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway said Swedish troops had crossed the border, an accusation Sweden denied.",
         ("Norway", "Sweden")),
        ("Greece claimed that Turkey had violated its airspace, an allegation dismissed by Ankara.",
         ("Greece", "Turkey")),
    ],
)  # fmt: skip
def test_a_statement_called_an_accusation_accuses(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru says the Chilean envoy faces charges of spying.",
        "Ruritania claims that its former ambassador, Tom Jones, faces fraud charges.",
        "Kenya said the Ugandan minister had denied the allegations.",
    ],
)
def test_charges_inside_what_was_said_are_not_the_speakers(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vale demanded a Senate inquiry into the affair.",
        "Ann Vale demanded a Senate vote on the treaty.",
        "The union demanded a Senate investigation of the killings.",
    ],
)  # fmt: skip
def test_who_is_to_do_what_is_demanded_is_not_its_target(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peru demanded Chile's apology.", ("Peru", "Chile")),
        ("Ann Vale demanded an apology from the Senate.", ("Ann Vale", "Senate")),
    ],
)  # fmt: skip
def test_whose_act_is_demanded_is_the_target(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Mark Dunmore brushed aside worries among some Conservatives about his modest plans.",
        "Several Tories attacked the plan of Tom Ray.",
        "Two Liberal Democrats criticised Tom Ray.",
    ],
)
def test_some_members_of_a_party_are_not_the_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert not any(
        {"Conservative Party", "Conservatives", "Liberal Democrats"} & set(p) for p in pairs
    )


def test_the_party_by_its_plural_name_is_still_the_party(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of("The Tories attacked the plan of Tom Ray."), EventKind.CONFLICT)
    assert ("Conservative Party", "Tom Ray") in pairs


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Serbia and Kosovo accused each other of stoking tensions.", EventKind.CONFLICT),
        ("Peru and Chile have blamed one another for the collapse.", EventKind.CONFLICT),
        ("Poland and Lithuania criticised each other's policies.", EventKind.CONFLICT),
        ("Ghana and Togo praised each other after the summit.", EventKind.COOPERATION),
        ("Serbia and Kosovo each blamed the other for the riots.", EventKind.CONFLICT),
        ("Both Peru and Chile accused the other of provocations.", EventKind.CONFLICT),
        ("The row grew, with both Ghana and Togo blaming the other.", EventKind.CONFLICT),
        ("Poland and Lithuania each criticised the other's policies.", EventKind.CONFLICT),
    ],
)
def test_each_acts_on_the_other(facts_of, text: str, kind: EventKind) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), kind)
    assert len(pairs) == 2 and {a for a, _ in pairs} == {b for _, b in pairs}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo did not criticise each other.",
        "Ghana and Togo could blame each other for the delay.",
        "Ghana and Togo met each other in Accra.",
        "Ghana and Togo blamed the other side.",  # a third side
        "Ghana and Togo blamed the other.",  # not said to be each of them
        "Ghana and Togo each did not blame the other.",
    ],
)
def test_no_opposition_between_each_other_when_none_is_told(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey threatened to cut ties with Israel.", ("Turkey", "Israel")),
        ("Peru threatened to suspend aid to Bolivia.", ("Peru", "Bolivia")),
        ("Peru has threatened to recall its ambassador from Chile.", ("Peru", "Chile")),
    ],
)
def test_a_threat_to_cut_ties_is_asserted(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in opposed(facts_of, text)
    assert not any(e.factual and e.type == "reduce-relations" for e in facts.events)


@pytest.mark.parametrize(
    "text",
    [
        "Peru threatened to cut its budget.",
        "Peru did not threaten to cut ties with Chile.",
        "Peru threatened to cut ties.",
    ],
)
def test_no_threat_to_cut_ties_with_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States vetoed the resolution, which had been drafted by Algeria.",
         ("United States", "Algeria")),
        ("Chile rejected the plan, which was proposed by Peru.", ("Chile", "Peru")),
        ("Ghana condemned the decree, which was signed by Togo's president last week.",
         ("Ghana", "Togo")),
    ],
)  # fmt: skip
def test_the_owner_in_a_passive_relative_clause(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile rejected the plan, which was drafted by its own experts.",
        "Chile rejected the plan, which Peru had proposed to the council.",
        "Chile did not reject the plan, which was proposed by Peru.",
    ],
)
def test_no_owner_in_a_relative_clause_without_an_actor_agent(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru's decision angered Chile.", ("Chile", "Peru")),
        ("Ivo Marsh upset Chilean lawmakers with his remarks.", ("Chile", "Ivo Marsh")),
        ("The Peruvian president's remarks infuriated Bolivia.", ("Bolivia", "Peru")),
        ("Peru angered Chile by closing the border.", ("Chile", "Peru")),
    ],
)
def test_what_angers_someone(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana upset Nigeria 2-1 in the final.",
        "Angola's win upset Zambia in the final.",
        "The news angered fans.",
        "The ruling did not upset Peru.",
        "Rising prices angered voters in Chile.",
    ],
)
def test_no_anger_at_anyone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # what the speaker calls a thing is the thing condemned
        ("Peru condemned what it called Chile's aggression.", ("Peru", "Chile")),
        ("Peru denounced what it described as Chilean provocations.", ("Peru", "Chile")),
        # blame
        ("Peru held Chile responsible for the attack.", ("Peru", "Chile")),
        ("Peru said Chile was responsible for the attack.", ("Peru", "Chile")),
        ("Ann Vale said Luis Mora was to blame for the deaths.", ("Ann Vale", "Luis Mora")),
    ],
)
def test_condemning_what_is_so_called_and_blame(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peru said Chile was responsible for the recovery.",  # no harm
        "Peru said Chile was not responsible for the attack.",  # cleared
        "Peru rejected what it called a plan.",  # no one's
    ],
)
def test_no_blame_for_good_things_or_when_cleared(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "pressed"),
    [
        ("Tomas Lind called on Kenya to release the prisoners.", True),
        ("Tomas Lind called on Kenya yesterday to hold new elections.", True),
        ("Tomas Lind called on Kenya for restraint.", True),
        ("Tomas Lind called on the Kenyan president at his residence.", False),  # a visit
        ("Tomas Lind called on Kenya's envoy on his way home from the talks.", False),
    ],
)
def test_calling_on_someone_presses_them_only_to_do_something(
    facts_of, text: str, pressed: bool
) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert bool(found) is pressed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army mutinied against President Vera Holm in May.", ("army", "Vera Holm")),
        (
            "Islamist rebels revolted against Mali's government in 2012.",
            ("Islamist rebels", "Mali"),
        ),
        ("The rebels rose up against the Sudanese government.", ("rebels", "Sudan")),
    ],
)
def test_revolt_against_a_ruler_is_dissent(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, EventKind.CONFLICT)
    assert {e.cameo for e in facts.events if e.kind is EventKind.CONFLICT} == {"140"}


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose up to 20% in Mali.",
        "The crowd in Bamako rose up in anger.",
        "Vera Holm revolted at the idea of a tax.",
    ],
)
def test_rising_or_revolting_at_no_one_is_no_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels of the Red Dawn Front shot Maria Santos near the border.",
            ("Red Dawn Front", "Maria Santos"),
        ),
        ("Maria Santos was shot by Ecuadorean soldiers on Monday.", ("Ecuador", "Maria Santos")),
        (
            "Rebels of the Red Dawn Front wounded Maria Santos in an ambush.",
            ("Red Dawn Front", "Maria Santos"),
        ),
    ],
)
def test_shooting_or_wounding_a_person_is_force(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The Ecuadorean channel shot the film in Quito.",
        "Maria Santos shot to fame in Ecuador in 1990.",
    ],
)
def test_shooting_no_person_is_no_force(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Niger and Benin clashed over the border on Monday.",
        "Niger and Benin quarrelled over the dam.",
        "Niger and Benin have feuded for years.",
        "Niger and Benin sparred about fishing rights.",
        "Niger and Benin fought over the disputed islands.",
    ],
)
def test_two_who_clash_or_fight_with_no_one_else_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert {("Niger", "Benin"), ("Benin", "Niger")} <= pairs


@pytest.mark.parametrize(
    "text",
    [
        "Niger and Benin have clashed with the African Union over the border.",
        "Niger and Benin quarrelled with Togo over the dam.",
        "Niger and Benin sparred with the African Union about fishing rights.",
    ],
)
def test_two_who_clash_with_a_third_are_one_side(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert ("Niger", "Benin") not in pairs and ("Benin", "Niger") not in pairs
    assert any(agent == "Niger" for agent, _ in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "Niger and Benin fought side by side.",
        "Niger and Benin fought together in the war.",
        "Niger and Benin fought for independence from France.",
    ],
)
def test_two_who_fight_together_or_for_something_are_no_foes(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Niger", "Benin") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran launched a cyberattack on Israel in April.", ("Iran", "Israel")),
        ("Russia's cyberattacks on Estonia drew condemnation.", ("Russia", "Estonia")),
        (
            "North Korea hacked the Pentagon's computers in 2014.",
            ("North Korea", "US Department of Defense"),
        ),
        ("Estonia was hacked by Russia.", ("Russia", "Estonia")),
    ],
)
def test_cyber_attacks_and_hacking_damage_a_country(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in opposed(facts_of, text)
    assert {e.cameo for e in facts.events if e.kind is EventKind.CONFLICT} == {"171"}


@pytest.mark.parametrize(
    "text",
    [
        "He hacked his way through the forest.",
        "Hackers hacked into government computers in Chile.",  # whose hackers, not said
        "Iran denied launching a cyberattack on Israel.",
    ],
)
def test_hacking_by_no_one_named_or_denied_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia cut off gas supplies to Chile on Monday.", ("Bolivia", "Chile", "163")),
        ("Peru halted copper shipments to Ecuador.", ("Peru", "Ecuador", "163")),
        ("Argentina stopped beef exports to Uruguay.", ("Argentina", "Uruguay", "163")),
        ("Chile suspended trade with Bolivia in May.", ("Chile", "Bolivia", "163")),
        ("Paraguay froze imports from Brazil.", ("Paraguay", "Brazil", "163")),
        ("Peru banned flights to Ecuador on Monday.", ("Peru", "Ecuador", "163")),
        ("Argentina has banned all beef exports to Uruguay.", ("Argentina", "Uruguay", "163")),
        ("Lima banned trade with Quito after the clash.", ("Peru", "Ecuador", "163")),
    ],
)
def test_a_state_withholding_its_goods_imposes_an_embargo(
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Mining cut copper shipments to Chile.",  # a firm's business
        "Storms cut power supplies to Peru.",  # no one acts
        "Bolivia did not cut off gas supplies to Chile.",  # negated
        "Bolivia may halt gas deliveries to Chile.",  # not done
        "The Andes Air company banned flights to Chile after the storm.",  # a firm's
        "Bolivia may ban gas exports to Chile.",  # not done
        "Bolivia denied banning flights to Chile.",  # denied
    ],
)
def test_goods_withheld_by_no_state_or_not_withheld_are_no_embargo(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peruvian gunboats sank a Chilean patrol vessel off the coast.", ("Peru", "Chile")),
        ("A Chilean patrol boat was sunk by Peruvian gunboats.", ("Peru", "Chile")),
        ("North Korea sank a South Korean warship in 2010.", ("North Korea", "South Korea")),
        ("An Argentine jet sank the British destroyer.", ("Argentina", "United Kingdom")),
    ],
)
def test_sinking_a_ship_is_an_attack(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Storms sank three Chilean fishing boats.",  # no actor
        "Tomas Quispe sank the Chilean in straight sets.",  # a match
        "The ferry sank off the coast of Peru.",  # no one sank it
        "Chile may sink the Peruvian ship.",  # not done
    ],
)
def test_sinking_an_idea_or_by_storm_is_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, text)


def test_sinking_a_proposal_is_words_not_arms(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = coded(facts_of, "Chile sank Peru's proposal at the summit.")
    assert not any(code.startswith("19") for _, _, code in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Ada Pike turned on her old ally Hal Rusk at the hearing.",
            ("Ada Pike", "Hal Rusk"),
        ),
        ("Ecuador turned on Peru over the fishing quotas.", ("Ecuador", "Peru")),
        ("Mr Rusk, who turned on Ms Pike last month, resigned.", ("Rusk", "Pike")),
        ("Hal Rusk was turned on by Ada Pike, his deputy.", ("Ada Pike", "Hal Rusk")),
    ],
)
def test_turning_on_someone_is_criticism(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Pike turned on the radio.",
        "Ecuador may turn on Peru if the talks fail.",
        "Senator Ada Pike did not turn on Hal Rusk.",
    ],
)
def test_turning_on_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Pike sniped at Governor Hal Rusk during the debate.",
        "Ms Pike, who has sniped at Mr Rusk for months, resigned.",
        "Ecuador keeps sniping at Peru over the quotas.",
    ],
)
def test_sniping_at_someone_is_criticism(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(opposed(facts_of, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Finland said Russian aircraft had intruded into its airspace.",
        "Russian warships intruded into Finnish waters on Monday.",
        "Finnish waters were intruded on by Russian warships.",
    ],
)
def test_intruding_into_a_states_ground(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Russia", "Finland") in opposed(facts_of, text)


def test_intruding_on_a_persons_privacy_is_no_conflict(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, "The tabloid intruded on Ann Vale's privacy.") == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Russia stole data from Israel's defence ministry.",
            ("Russia", "Israel defence ministry"),
        ),
        (
            "North Korea stole millions of dollars from Bangladesh's central bank.",
            ("North Korea", "Bangladesh central bank"),
        ),
        ("Iran had stolen secret files from Albania, the report found.", ("Iran", "Albania")),
        ("KillNet knocked Estonia's bank websites offline on Monday.", ("KillNet", "Estonia")),
        (
            "NoMercy knocked the Latvian parliament website offline.",
            ("NoMercy", "Latvia"),
        ),
        ("The EU cut off Syria from SWIFT.", ("European Union", "Syria")),
        ("The EU cut off Syria's banks from SWIFT in 2012.", ("European Union", "Syria")),
        (
            "Iran's biggest banks were cut off from SWIFT by the European Union.",
            ("European Union", "Iran"),
        ),
    ],
)
def test_theft_outage_and_exclusion_are_conflict(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Moldova's star striker stole the show against Latvia.",
        "Campaigners knocked on doors across Ohio.",
        "The village was cut off from the mainland by heavy snow.",
        "Russia did not steal data from Finland.",
    ],
)
def test_no_theft_nor_exclusion_told(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a speaker says the deed just told was bad: its doer is criticised
        ("Bolivian troops raided a border post. Paraguay said the raid was a war crime.",
         ("Paraguay", "Bolivia")),
        ("Bolivia closed its border with Peru. Lima said the move was reckless.",
         ("Peru", "Bolivia")),
        ("Bolivia blocked the shipment. Chile said the decision was illegal.",
         ("Chile", "Bolivia")),
        # a judgement word added to the list
        ("Bolivia expelled two Chilean diplomats. Chile called the decision unjustified.",
         ("Chile", "Bolivia")),
        ("Bolivia deported forty Peruvian workers. Peru branded the deportations inhumane.",
         ("Peru", "Bolivia")),
    ],
)  # fmt: skip
def test_a_deed_said_to_be_bad_opposes_its_doer(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Bolivian troops raided a border post. Paraguay said the raid was justified.",
         ("Paraguay", "Bolivia")),
        ("Paraguay said the raid was a war crime.", ("Paraguay", "Bolivia")),
        ("Bolivian jets bombed a village and Peruvian troops shelled a town. Chile said "
         "the attacks were illegal.", ("Chile", "Bolivia")),
        ("Bolivia may raid the border post. Paraguay said the raid was a war crime.",
         ("Paraguay", "Bolivia")),
    ],
)  # fmt: skip
def test_no_doer_criticised_for_a_deed_praised_or_not_told(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair not in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Polish Government today outlawed the trade union Solidarity.",
            ("Poland", "Solidarity"),
        ),
        (
            "The Government of Greece outlawed the Communist party today.",
            ("Greece", "Communist party"),
        ),
        (
            "The Polish authorities interned the union leader, Mr. Walek, tonight.",
            ("Poland", "Walek"),
        ),
        ("Hungary interned Ivo Marsh for six months.", ("Hungary", "Ivo Marsh")),
    ],
)
def test_old_verbs_of_repression(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """ "outlawed" a party or union, "interned" a person: the state acts against them."""
    assert pair in opposed(facts_of, text)


def test_a_planned_outlawing_is_no_act(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, "Greece may outlaw the Communist party next year, officials said.")
