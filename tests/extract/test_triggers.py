"""The trigger table: well-formed, typed by the ontology, and read by every frame."""

from __future__ import annotations

import pytest

from kg.errors import ConfigError
from kg.extract.triggers import parse, table
from kg.graph.vocab import event_type
from kg.records import EventKind
from tests.helpers import coded, directed, met_pairs, pair


def test_every_row_names_an_event_type_of_the_ontology() -> None:
    for (word, pos), row in table().items():
        assert event_type(row.type), (word, pos)  # unknown names raise


def test_verbal_and_material_conflict_codes_are_kept_apart() -> None:
    verbal = {"criticise", "accuse", "demand", "reject", "threaten"}
    for (word, _), row in table().items():
        if row.kind is EventKind.CONFLICT and row.type in verbal:
            assert row.cameo[:2] in {"10", "11", "12", "13"}, word
        if row.kind is EventKind.CONFLICT and row.type == "attack":
            assert row.cameo[:2] in {"15", "18", "19", "20"}, word
        if row.kind is EventKind.CONFLICT and row.type == "coerce":
            assert row.cameo[:2] == "17", word


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("meet\tverb\tMeeting\tmeet\t040\n", "7 or 8"),
        ("meet\tverb\tParty\tmeet\t040\tmutual\twith\n", "unknown event"),
        ("meet\tverb\tMeeting\tmeet\t040\tdance\twith\n", "bad pos, frame"),
        ("meet\tverb\tMeeting\tmeet\tx4\tmutual\twith\n", "CAMEO"),
        ("meet\tverb\tMeeting\tmeet\t040\tmutual\twith\tloud\n", "bad pos, frame or flag"),
    ],
)
def test_a_malformed_row_is_a_clear_error(line: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse([line])


def test_a_word_listed_twice_is_an_error() -> None:
    row = "meet\tverb\tMeeting\tmeet\t040\tmutual\tobj,with\n"
    with pytest.raises(ConfigError, match="twice"):
        parse(["# comment\n", row, row])


def test_obj_marks_the_direct_object_and_particles_join_words() -> None:
    rows = parse(["hit+out\tverb\tConflict\tcriticise\t111\tdirected\tat\tambiguous\n",
                  "meet\tverb\tMeeting\tmeet\t040\tmutual\tobj,with\n"])  # fmt: skip
    hit = rows[("hit out", "verb")]
    assert (hit.direct_object, hit.preps, hit.flags) == (False, {"at"}, {"ambiguous"})
    assert rows[("meet", "verb")].direct_object and rows[("meet", "verb")].preps == {"with"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short sentences where the parser read "hosted" as a modifier of "talks"
        (
            "President Ana Kol hosted talks between Russia and Ukraine on Monday.",
            {pair("Ana Kol", "Russia"), pair("Ana Kol", "Ukraine"), pair("Russia", "Ukraine")},
        ),
        (
            "Turkey hosted talks between Russia and Ukraine.",
            {pair("Turkey", "Russia"), pair("Turkey", "Ukraine"), pair("Russia", "Ukraine")},
        ),
        (
            "Minister Lea Rask hosted talks between Chile and Peru.",
            {pair("Lea Rask", "Chile"), pair("Lea Rask", "Peru"), pair("Chile", "Peru")},
        ),
        # a participle that modifies its noun stays a modifier
        ("The hosted talks between Chile and Peru ended.", {pair("Chile", "Peru")}),
    ],
)
def test_a_past_verb_read_as_a_modifier_is_the_verb(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads the verb as a reduced relative on its subject
        ("A US-led coalition bombed Islamic State targets in Syria on Monday.",
         ("US-led coalition", "Islamic State")),
        ("A Saudi-led coalition bombed Houthi positions overnight.",
         ("Saudi-led coalition", "Houthis")),
    ],
)  # fmt: skip
def test_a_verb_read_as_a_relative_is_the_verb(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    pairs = {(names[a], names[t]) for e in facts.events if e.kind is EventKind.CONFLICT
             for a in e.actors("agent") for t in e.actors("target")}  # fmt: skip
    assert expected in pairs


def test_a_named_thing_keeps_its_naming_participle(facts_of) -> None:  # type: ignore[no-untyped-def]
    # "a firm called Acme": the participle names, it is no verb of the sentence
    assert not facts_of("A firm called Acme Pumps sued Ruritania.").events


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Troops sent by Chad to help Niger attacked Boko Haram.", ("Chad", "Boko Haram")),
        ("Troops sent by Kenya to support Somalia fought the Jubba Brigade.",
         ("Kenya", "Jubba Brigade")),
        ("Soldiers sent by Rwanda to help South Sudan attacked the Nile Front.",
         ("Rwanda", "Nile Front")),
    ],
)  # fmt: skip
def test_the_helped_is_no_subject_of_the_sentence_verb(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    """The parser reads "to help Niger attacked X" as "help [Niger attacked X]"."""
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert pair in found
    assert not any(a in {"Niger", "Somalia", "South Sudan"} for a, _ in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenyan troops pushed the Jubba Brigade out of the port.", ("Kenya", "Jubba Brigade")),
        ("Chadian soldiers forced Boko Haram out of three villages.",
         ("Chad", "Boko Haram")),
        ("The Malian army routed the Sahel Brigade near Gao.", ("Mali", "Sahel Brigade")),
        ("Syrian troops dislodged the Hama Front from the ridge.", ("Syria", "Hama Front")),
    ],
)  # fmt: skip
def test_armed_men_driving_a_foe_out_attack_it(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


def _coded(facts, kind: EventKind) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {(names[a], names[t], e.cameo) for e in facts.events if e.kind is kind and e.factual
            for a in e.actors("agent") for t in e.actors("target")}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Maria Lopez's outburst at President Juan Ramos drew a rebuke from the party.",
         ("Maria Lopez", "Juan Ramos", "111")),
        ("The party criticised Senator Maria Lopez's outburst at Chile.",
         ("Maria Lopez", "Chile", "111")),
        ("The outburst by Senator Maria Lopez against Chile surprised diplomats.",
         ("Maria Lopez", "Chile", "111")),
    ],
)  # fmt: skip
def test_an_outburst_at_someone_criticises_them(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _coded(facts_of(text), EventKind.CONFLICT)


def test_an_outburst_at_no_one_named_criticises_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Maria Lopez's outburst at reporters surprised nobody."
    assert not _coded(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwanda deployed troops to shore up the government of the Central African Republic.",
         ("Rwanda", "Central African Republic", "051")),
        ("Egypt has sent troops to prop up the Sudanese army.", ("Egypt", "Sudan", "051")),
        ("Iran has propped up the Houthi rebels for years.", ("Iran", "Houthis", "051")),
        ("Saudi Arabia deposited $3bn in the central bank of Pakistan.",
         ("Saudi Arabia", "Pakistan central bank", "071")),
        ("China deposited $1bn with the central bank of Sri Lanka.",
         ("China", "Sri Lanka central bank", "071")),
        ("Russia deposited $2bn in Venezuela's treasury.", ("Russia", "Venezuela", "071")),
        # any word of a state's bank (firm-words.txt "state"), not "central" alone
        ("Qatar deposited $3bn in Egypt's national bank.", ("Qatar", "Egypt national bank", "071")),
    ],
)  # fmt: skip
def test_shoring_up_and_deposits_back_or_aid_the_named_side(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _coded(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan chairman pushed the bill out of committee.",
        "Chilean regulators forced the firm out of the market.",
        "Labour routed the Conservatives in the local elections.",
    ],
)
def test_pushing_out_without_arms_is_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The central bank moved to shore up the currency.",
        "The businessman deposited the cheque at a branch in Lagos.",
        "The tycoon deposited $5m in a Swiss bank account.",
        "The Kuwaiti investment fund deposited $500m in HSBC.",
        "Saudi Arabia moved to shore up its reserves.",
    ],
)
def test_shoring_up_a_thing_or_banking_money_aids_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _coded(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pope Clement granted an audience to President Nadia Rusu at the Vatican on Friday.",
         pair("Pope Clement", "Nadia Rusu")),
        ("King Harald granted an audience to the Chilean foreign minister on Monday.",
         pair("King Harald", "Chile")),
    ],
)  # fmt: skip
def test_granting_an_audience_to_someone_meets_them(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


def test_an_audience_granted_to_no_one_named_is_no_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of("The court granted an audience to the public."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's commendation of Uruguay was read out at the summit.", ("Chile", "Uruguay")),
        ("Portugal paid tribute to Ghana for its peacekeepers.", ("Portugal", "Ghana")),
        ("Portugal's tribute to Ghana was warm.", ("Portugal", "Ghana")),
        ("Austria said sorry to Serbia for the incident.", ("Austria", "Serbia")),
    ],
)
def test_commendation_tribute_and_saying_sorry_are_diplomatic_cooperation(  # type: ignore[no-untyped-def]
    facts_of, text, expected
) -> None:
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Portugal did not pay tribute to Ghana.",  # negated
        "The minister paid tribute to the country's spirit.",  # no one named itself
        "She said she was sorry to see him go.",  # no one apologised to
    ],
)
def test_no_tribute_or_apology_when_none_is_paid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greece offered condolences to Turkey after the earthquake.", ("Greece", "Turkey")),
        ("Finland sent its condolences to Estonia after the ferry sank.", ("Finland", "Estonia")),
        ("Ireland expressed its condolences to Spain over the floods.", ("Ireland", "Spain")),
    ],
)
def test_condolences_offered_are_diplomatic_cooperation(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Australia shared intelligence with New Zealand about the plot.",
            ("Australia", "New Zealand"),
        ),
        (
            "Belgium shared intelligence with the Netherlands on the ring.",
            ("Belgium", "Netherlands"),
        ),
        ("Jordan has been sharing intelligence with Iraq for years.", ("Jordan", "Iraq")),
        ("Intelligence-sharing between Kenya and Uganda has improved.", ("Kenya", "Uganda")),
        ("Peru and Ecuador buried the hatchet in 1998.", ("Peru", "Ecuador")),
        ("Chile finally buried the hatchet with Bolivia on Monday.", ("Chile", "Bolivia")),
    ],
)
def test_shared_intelligence_and_a_buried_hatchet_join_both_sides(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert pair in found and pair[::-1] in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's hacking of Peru's networks was exposed.", ("Chile", "Peru")),
        ("Iran's hacking of Israel's water utility alarmed officials.", ("Iran", "Israel")),
        ("The hacking of Estonia's networks by Russia was condemned.", ("Russia", "Estonia")),
    ],
)
def test_hacking_is_coercion(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Phone hacking by journalists was exposed.",  # no one's act on a state
        "Chile denied the hacking of Peru's networks.",  # denied
    ],
)
def test_no_hacking_when_none_is_told(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain unfroze Libya's assets in 2011.", ("United Kingdom", "Libya")),
        (
            "Switzerland unfroze the assets of Haiti's ruler, Jean Morel.",
            ("Switzerland", "Jean Morel"),
        ),
        ("Canada unfroze the accounts of Ivo Marr on Monday.", ("Canada", "Ivo Marr")),
    ],
)
def test_assets_unfrozen_ease_a_sanction(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal disapproved of Spain's water plan.", ("Portugal", "Spain", "110")),
        ("Chile strongly disapproves of Argentina's new policy.", ("Chile", "Argentina", "110")),
        (
            "The senator Maria Voss disapproved of Mexico's tariffs.",
            ("Maria Voss", "Mexico", "110"),
        ),
        ("Croatia levelled accusations at Serbia over the shooting.", ("Croatia", "Serbia", "112")),
        ("Morocco levelled fresh accusations at Algeria on Monday.", ("Morocco", "Algeria", "112")),
        ("Senator Ann Moss directed her criticism at Canada.", ("Ann Moss", "Canada", "111")),
        ("Iran hurled insults at Saudi Arabia during the summit.", ("Iran", "Saudi Arabia", "111")),
        ("Lebanon turned down Syria's offer of help.", ("Lebanon", "Syria", "120")),
        (
            "Brazil turned down Argentina's invitation to the summit.",
            ("Brazil", "Argentina", "120"),
        ),
        ("Denmark turned down Norway's request for talks.", ("Denmark", "Norway", "120")),
        ("Japan voiced its displeasure with China over the patrols.", ("Japan", "China", "111")),
        ("Poland voiced frustration with Germany over the pipeline.", ("Poland", "Germany", "111")),
        ("Spain expressed anger with Morocco over the fence.", ("Spain", "Morocco", "111")),
        ("Norway poured cold water on Russia's proposal.", ("Norway", "Russia", "120")),
        ("Chile poured cold water on Peru's plan for a summit.", ("Chile", "Peru", "120")),
        ("Estonia poured cold water on Latvia's hopes.", ("Estonia", "Latvia", "120")),
        ("Peru scoffed at Chile's proposal.", ("Peru", "Chile", "111")),
        ("Peru scoffed at Chile over the border.", ("Peru", "Chile", "111")),
        ("Senator Ann Moss sneered at Canada's leaders.", ("Ann Moss", "Canada", "111")),
        ("Peru rapped Chile over the tariffs.", ("Peru", "Chile", "111")),
        ("Peru demonised Chile in its media.", ("Peru", "Chile", "111")),
        ("Chile was demonized by Peru.", ("Peru", "Chile", "111")),
        ("Peru expressed disappointment with Chile over the vote.", ("Peru", "Chile", "111")),
        ("Peru voiced disappointment with Chile's decision.", ("Peru", "Chile", "111")),
        ("Peru's harsh words for Chile drew a reply.", ("Peru", "Chile", "111")),
    ],
)
def test_verbal_conflict_rows(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    """Disapproval, charges levelled or hurled, offers turned down, displeasure "with"
    someone, cold water poured: verbal conflict (CAMEO 11-12) against the one named."""
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile impounded a Peruvian cargo ship.", ("Chile", "Peru")),
        ("Egypt impounded a Liberian tanker.", ("Egypt", "Liberia")),
        ("Mercosur kicked Venezuela out in 2017.", ("Mercosur", "Venezuela")),
        ("The African Union kicked out Niger after the coup.", ("African Union", "Niger")),
        ("Chile kicked Peru out of the trade bloc.", ("Chile", "Peru")),
    ],
)
def test_impounding_is_seizure_and_kicking_out_is_expulsion(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Greece offered no condolences to Turkey.",
        "Poland denied that it had shared intelligence with Lithuania.",
        "Australia refused to share intelligence with Indonesia.",
        "The firm shared the data with regulators.",
        "Peru and Ecuador refused to bury the hatchet.",
        "Britain has not unfrozen Libya's assets.",
    ],
)
def test_no_condolences_sharing_or_easing_when_none_is_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Cameroon and Nigeria settled their dispute over the peninsula.", ("Cameroon", "Nigeria")),
        ("Chile resolved its border dispute with Peru in 2014.", ("Chile", "Peru")),
        ("Qatar and Saudi Arabia ended their row in January.", ("Qatar", "Saudi Arabia")),
        ("Belize settled its differences with Guatemala.", ("Belize", "Guatemala")),
    ],
)
def test_a_dispute_settled_or_ended_joins_its_sides(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert pair in found and pair[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru failed to settle their dispute.",
        "Chile and Peru hope to resolve their dispute.",
        "The International Court of Justice settled the dispute between Chile and Peru.",
    ],
)
def test_no_settling_by_the_sides_no_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Cyprus did not disapprove of Greece's plan.",
        "Belgium disapproved of the plan to close the mine.",
        "Chile levelled the playing field.",
        "The minister turned down the volume.",
        "Denmark did not turn down Norway's request.",
        "Poland voiced frustration with the slow pace of talks.",
        "The ministry poured cold water on the idea.",
        "Senator Ann Moss scoffed at the idea.",
        "Peru did not scoff at Chile's proposal.",
        "Peru expressed disappointment at the result.",
        "The singer rapped about Chile.",
        "The minister had kind words for Chile.",
    ],
)
def test_verbal_conflict_rows_need_a_target_and_a_fact(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police impounded the car.",  # no one's
        "Voters kicked out the government.",  # no actor acts
        "Chile threatened to impound the Peruvian ship.",  # a threat, not a seizure
    ],
)
def test_no_impounding_or_kicking_out_when_none_is_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {e for e in facts.events if e.factual and e.cameo in {"171", "166"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran-backed Houthis fired missiles at Saudi Arabia.", ("Houthis", "Saudi Arabia")),
        ("Rwanda-backed M23 fired shells at Burundi.", ("M23", "Burundi")),
        ("Russia-backed Wagner fired shells at Mali.", ("Wagner", "Mali")),
    ],
)
def test_a_verb_read_as_a_modifier_after_a_backed_name(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, EventKind.CONFLICT)
    backer = text.split("-")[0]
    assert any(a.startswith(backer[:4]) for a, _ in directed(facts, EventKind.COOPERATION))


@pytest.mark.parametrize(
    "text",
    [
        "Iran-backed militias.",
        "Rwanda-backed M23 denied it fired shells at Burundi.",
        "Russia-backed Wagner could fire shells at Mali.",
    ],
)
def test_no_attack_from_a_bare_or_denied_or_possible_firing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair_"),
    [
        ("Kenya has shared satellite images with Uganda.", ("Kenya", "Uganda")),
        ("Japan shared its findings with South Korea on Friday.", ("Japan", "South Korea")),
        ("Dutch police had shared intercepted messages with British police last month.",
         ("Netherlands", "United Kingdom")),
        ("Ghana shared evidence with Togo about the smuggling ring.", ("Ghana", "Togo")),
    ],
)  # fmt: skip
def test_information_shared_with_another_side_is_cooperation(facts_of, text, pair_) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert pair_ in found or pair_[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey refused to share the recordings with Saudi Arabia.",
        "Peru will share data with Chile under the accord.",
        "Ghana shared its concerns with Togo.",
        "Norway shares a border with Russia.",
    ],
)
def test_no_cooperation_in_information_withheld_or_words_shared(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()
