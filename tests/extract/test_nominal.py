"""Conflict and cooperation named by nouns: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def _cameos(facts_of, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    return {
        (names[a], names[t], e.cameo[:2])
        for e in facts.events
        if e.kind is EventKind.CONFLICT and e.factual
        for a in e.actors("agent")
        for t in e.actors("target")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # owner frame: the owner acts on the target
        ("Israeli strikes on Hezbollah killed ten fighters.", ("Israel", "Hezbollah")),
        ("Russia's invasion of Ukraine began in February.", ("Russia", "Ukraine")),
        ("A Turkish incursion into northern Syria began on Wednesday.", ("Turkey", "Syria")),
        ("Kenyan troops made an incursion into Somalia.", ("Kenya", "Somalia")),
        ("Ethiopia's incursion into Eritrea was condemned.", ("Ethiopia", "Eritrea")),
        (
            "The Turkish offensive against the Kurdish militias continued.",
            ("Turkey", "Kurdish militias"),
        ),
        ("Chile's condemnation of Bolivia was swift.", ("Chile", "Bolivia")),
        ("Norway expressed deep concern over Poland's new media law.", ("Norway", "Poland")),
        # imposed frame: whoever imposes it acts on the target
        ("The European Union imposed sanctions against Belarus.", ("European Union", "Belarus")),
        ("The United States imposed an embargo on Cuba in 1962.", ("United States", "Cuba")),
        ("Canada slapped new tariffs on China on Friday.", ("Canada", "China")),
        ("Japan has placed restrictions on South Korea since July.", ("Japan", "South Korea")),
        # between frame: each side against the other
        (
            "Fighting between Armenia and Azerbaijan resumed on the border.",
            ("Armenia", "Azerbaijan"),
        ),
        (
            "Fighting between Armenia and Azerbaijan resumed on the border.",
            ("Azerbaijan", "Armenia"),
        ),
        ("Clashes between Sudan and South Sudan left dozens dead.", ("Sudan", "South Sudan")),
        ("The row between Spain and Morocco deepened.", ("Morocco", "Spain")),
    ],
)
def test_conflict_nouns(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # recipient frame: the giver helps the receiver
        ("Japan pledged $2 billion in aid to Ukraine.", ("Japan", "Ukraine")),
        ("The IMF approved a $3 billion loan to Egypt.", ("International Monetary Fund", "Egypt")),
        ("The rebels advanced with support from Rwanda.", ("Rwanda", "rebels")),
        ("Qatar's support for Hamas angered its neighbours.", ("Qatar", "Hamas")),
        ("Germany sent weapons to Ukraine in June.", ("Germany", "Ukraine")),
        # between frame: truces, deals and alliances
        ("A truce between Colombia and the FARC took effect at midnight.", ("Colombia", "FARC")),
        (
            "The deal between Egypt and Sudan, brokered by Saudi Arabia, was signed in Jeddah.",
            ("Egypt", "Sudan"),
        ),
        (
            "The deal between Egypt and Sudan, brokered by Saudi Arabia, was signed in Jeddah.",
            ("Saudi Arabia", "Egypt"),
        ),
        ("France and Germany formed an alliance against the plan.", ("France", "Germany")),
        ("Israel and Hamas agreed to a ceasefire on Sunday.", ("Israel", "Hamas")),
        ("Kenya signed a security pact with Ethiopia in Addis Ababa.", ("Kenya", "Ethiopia")),
    ],
)
def test_cooperation_nouns(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.COOPERATION)
    assert expected in pairs or expected[::-1] in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions against Belarus were discussed in Brussels.",  # nobody imposed them
        "The talks on a truce between Colombia and the FARC collapsed.",  # a truce not made
        "Japan will send weapons to Ukraine next year.",  # planned
        "Fighting broke out in the capital on Monday.",  # no sides named
    ],
)
def test_nouns_without_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not directed(facts, EventKind.CONFLICT) and not directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected", "cameo"),
    [
        # asking for a hostile act against someone is a stand against them
        ("Norway called for sanctions against Peru.", ("Norway", "Peru"), "110"),
        ("Canada has pressed for a boycott of Belarus.", ("Canada", "Belarus"), "110"),
        ("Chile urged an arms embargo on Bolivia.", ("Chile", "Bolivia"), "110"),
        ("Kenya demanded new sanctions against Uganda and Rwanda.", ("Kenya", "Rwanda"), "110"),
        # threatening one is a threat
        ("Japan threatened sanctions against North Korea.", ("Japan", "North Korea"), "130"),
    ],
)
def test_hostile_acts_asked_for(facts_of, text: str, expected: tuple[str, str], cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of(text).events if e.kind is EventKind.CONFLICT and e.factual]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)
    assert {e.cameo for e in events} == {cameo}


def test_hostile_act_not_asked_for(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Norway did not call for sanctions against Peru.")
    assert not directed(facts, EventKind.CONFLICT)  # kept, negated
    assert ("Norway", "Peru") in directed(facts, EventKind.CONFLICT, factual_only=False)
    # asking for their end is no stand against anyone named
    assert not directed(facts_of("Norway called for sanctions to be lifted."), EventKind.CONFLICT)
    # backing a policy is a stand on the policy
    assert not directed(
        facts_of("The MPs of Norway backed the invasion of Peru."), EventKind.CONFLICT
    )


def test_a_trigger_word_describing_a_person_is_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Tom Holt will stand against anti-Iraq war Labour MP Ann Lee next year.")
    assert not directed(facts, EventKind.CONFLICT, factual_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "The United States presented evidence against Russia.",
        "Evidence against Russia was presented by the United States.",
        "The United States filed a lawsuit against Russia.",
    ],
)
def test_accusation_nouns(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("United States", "Russia") in directed(facts_of(text), EventKind.CONFLICT)


def test_evidence_of_something_is_no_accusation(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(
        facts_of("Norway has no evidence of Peru's involvement."), EventKind.CONFLICT
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Red Army Faction claimed responsibility for the attack on Chile.",
            ("Red Army Faction", "Chile"),
        ),
        ("Norway took responsibility for the bombing of the Peruvian embassy.", ("Norway", "Peru")),
        (
            "The Red Army Faction has claimed responsibility for Friday's raid on Chile.",
            ("Red Army Faction", "Chile"),
        ),
    ],
)
def test_owning_up_to_an_attack(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)  # asserted, not planned


def test_denying_or_nobody_owning_up_is_no_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    for text in ("The Red Army Faction denied responsibility for the attack on Chile.",
                 "Nobody has claimed responsibility for the attack on Chile."):  # fmt: skip
        assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ("Peru came under attack from Chile on Monday.", ("Chile", "Peru"), EventKind.CONFLICT),
        (
            "Peru came under fire from Chile for its fishing policy.",
            ("Chile", "Peru"),
            EventKind.CONFLICT,
        ),
        ("Chilean troops opened fire on Peruvian soldiers.", ("Chile", "Peru"), EventKind.CONFLICT),
        ("Chile offered Peru aid after the earthquake.", ("Chile", "Peru"), EventKind.COOPERATION),
        ("Chile's navy seized two Peruvian trawlers.", ("Chile", "Peru"), EventKind.CONFLICT),
    ],
)
def test_more_ways_to_name_the_parties(
    facts_of, text: str, expected: tuple[str, str], kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), kind)


def test_under_fire_for_a_policy_is_words_and_a_fire_is_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru came under fire from Chile for its fishing policy.")
    assert {e.cameo for e in facts.events if e.kind is EventKind.CONFLICT} == {"111"}
    assert not facts_of("A fire broke out in Lima on Monday.").events


@pytest.mark.parametrize(
    "text",
    [
        "Russia waged war on Georgia in 2008.",
        "Russia has been waging a war against Georgia.",
        "Russia wages war against Georgia, its foreign minister said.",
        "Russia staged attacks on Georgia overnight.",
        "Russia is staging an offensive against Georgia.",
    ],
)
def test_the_verbs_the_model_lemmatises_wrongly(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # the small model's lemma of "waged" is "wag" and of "staged" is "stag"
    assert ("Russia", "Georgia") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tanzania issued a warning to Kenya over its treatment of traders.", ("Tanzania", "Kenya")),
        ("A warning to North Korea from the United Nations came hours after the launch.",
         ("United Nations", "North Korea")),
        ("Japan's stern warning to China was ignored.", ("Japan", "China")),
        ("Peru sent a clear warning to Chile on Monday.", ("Peru", "Chile")),
    ],
)  # fmt: skip
def test_a_warning_to_someone(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the firm put out a warning on profits.",
        "Kenya issued a flood warning to residents.",
        "Peru did not issue a warning to Chile.",
    ],
)
def test_warnings_to_no_one_named_or_never_given(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops' positions are held on the ground: force
        ("Ghanaian positions came under fire from Togolese troops.", ("Togo", "Ghana", "19")),
        ("Chilean outposts came under attack from Peru at dawn.", ("Peru", "Chile", "19")),
        ("Togo shelled Ghanaian positions near the border.", ("Togo", "Ghana", "19")),
        ("Peru launched an attack on Chilean positions.", ("Peru", "Chile", "19")),
        # a stance or a plan is attacked with words
        ("Chile's plan came under attack from Peru.", ("Peru", "Chile", "11")),
        ("Ghana's position on fishing came under fire from Togo.", ("Togo", "Ghana", "11")),
        ("Peru attacked Chile's positions on the tariff.", ("Peru", "Chile", "11")),
    ],
)
def test_what_comes_under_attack_says_whether_words_or_arms(
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in _cameos(facts_of, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A possible invasion of Chile by Peru worries Bolivia.", EventKind.CONFLICT),
        ("Ghana fears a potential Togolese blockade of its ports.", EventKind.CONFLICT),
        ("The proposed sanctions on Chile by Peru were dropped.", EventKind.CONFLICT),
        ("The proposed Peruvian aid to Chile was delayed.", EventKind.COOPERATION),
        ("There were no Peruvian sanctions on Chile last year.", EventKind.CONFLICT),
    ],
)
def test_a_possible_or_denied_act_named_by_a_noun_is_no_fact(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, kind) == set()
    assert directed(facts, kind, factual_only=False)  # found, but not as a fact


def test_a_planned_word_elsewhere_leaves_the_act_a_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru's invasion of Chile began a week after the planned summit.")
    assert ("Peru", "Chile") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve Freedom Party rebels joined Unity Party and Green Party opposition to the bill.",
        "Chile joined Peruvian and Bolivian criticism of the treaty.",
    ],
)
def test_who_joins_a_sides_opposition_is_on_its_side(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """Joining the opposition of A and B to a thing sets one beside A and B, not
    against them."""
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Complaints from Peru that Chile had ignored grew.",
        "The complaints from Peru that Chile handled last year were minor.",
    ],
)
def test_a_relative_clause_of_a_complaint_names_no_target(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Chile") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan's protest to South Korea came after the collision.", ("Japan", "South Korea")),
        ("Tokyo sent a strong protest to Seoul over the incident.", ("Japan", "South Korea")),
        ("India voiced its strong objection to Nepal's new map.", ("India", "Nepal")),
        ("Britain raised objections to the French proposal.", ("United Kingdom", "France")),
        ("Georgia demanded the withdrawal of Russian troops.", ("Georgia", "Russia")),
        ("Iraq wants a pullout of US troops by December.", ("Iraq", "United States")),
        (
            "Sudan had demanded the departure of the African Union force.",
            ("Sudan", "African Union"),
        ),
        ("Chad called for the swift exit of French troops.", ("Chad", "France")),
    ],
)
def test_protests_objections_and_demanded_withdrawals(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile demanded the extradition of the two suspects from Peru.", ("Chile", "Peru")),
        ("Kenya sought the extradition of Amos Wekesa from Uganda.", ("Kenya", "Uganda")),
        (
            "Serbia is demanding the extradition from Croatia of a former general.",
            ("Serbia", "Croatia"),
        ),
    ],
)
def test_a_demanded_extradition_is_a_demand_on_the_state_that_holds_them(
    facts_of, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    """Whoever must hand someone over is asked to act: "demanded his extradition from X"."""
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile demanded the withdrawal of Peruvian troops from Bolivia.",
        "Chile demanded the extradition of the suspects to Peru.",
    ],
)
def test_a_demanded_withdrawal_is_no_demand_on_the_place_left(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = directed(facts_of(text), EventKind.CONFLICT)
    assert ("Chile", "Bolivia") not in facts and ("Chile", "Chile") not in facts


@pytest.mark.parametrize(
    "text",
    [
        "The withdrawal of Russian troops from Georgia began on Monday.",
        "Chad welcomed the departure of French troops.",
        "Peru had no objection to Chile's bid.",
        "The bank raised interest rates.",
    ],
)
def test_a_withdrawal_no_one_demands_or_no_objection_is_no_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq's invasion and annexation of Kuwait triggered the war.", ("Iraq", "Kuwait")),
        ("Ethiopia's invasion and occupation of Eritrea ended in 2000.", ("Ethiopia", "Eritrea")),
        ("Peru condemned the blockade and shelling of Bolivia by Chile.", ("Chile", "Bolivia")),
    ],
)
def test_coordinated_nouns_of_force_share_owner_and_target(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China's demand that Japan withdraw its ships went unanswered.", ("China", "Japan")),
        ("The US stepped up its demands on China over trade.", ("United States", "China")),
        ("The EU demands on Britain were rejected.", ("European Union", "United Kingdom")),
        ("Syria faced mounting US pressure over its border.", ("United States", "Syria")),
    ],
)
def test_demands_on_someone(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese demand for copper rose sharply.",  # a market's demand
        "Demand for oil from India fell.",
        "The Greens backed Labour demands that the plans be put on hold.",  # no one named
    ],
)
def test_demand_of_a_market_or_on_no_one_is_no_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "aimed_at", "where"),
    [
        ("Turkish air strikes on PKK targets in northern Iraq continued on Monday.",
         "Kurdistan Workers' Party", "Iraq"),
        ("Norway's war against the Taliban in Afghanistan lasted ten years.", "Taliban",
         "Afghanistan"),
        ("Kenya's incursion against al-Shabab in Somalia began in October.", "al-Shabaab",
         "Somalia"),
        # the "in" phrase on the verb that launches the act
        ("The United States launched air strikes against Islamic State in Syria.",
         "Islamic State", "Syria"),
        ("Turkey launched an offensive against the YPG in northern Syria.", "YPG", "Syria"),
        ("Kenya launched an offensive against al-Shabab in Somalia.", "al-Shabaab", "Somalia"),
        ("France began air strikes against Islamic State in Iraq.", "Islamic State", "Iraq"),
    ],
)  # fmt: skip
def test_where_an_aimed_act_happens_is_no_target(
    facts_of, text: str, aimed_at: str, where: str
) -> None:  # type: ignore[no-untyped-def]
    """An act that names whom it is aimed at happens "in" a country, not against it."""
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert any(t == aimed_at for _, t in pairs)
    assert not any(t == where for _, t in pairs)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkish air strikes in northern Iraq continued.", ("Turkey", "Iraq")),
        ("Russian attacks on civilians in Ukraine continued.", ("Russia", "Ukraine")),
        ("The United States launched air strikes in Syria.", ("United States", "Syria")),
        ("Russia launched a new offensive in Ukraine.", ("Russia", "Ukraine")),
    ],
)
def test_an_act_aimed_at_no_one_named_still_hits_where_it_lands(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The OAS condemnation of Venezuela came on Friday.", ("Organization of American States",
                                                              "Venezuela")),
        ("Mercosur criticism of Paraguay grew louder.", ("Mercosur", "Paraguay")),
        ("The EU rebuke of Poland was unusually sharp.", ("European Union", "Poland")),
        ("The UN accusation against Myanmar was rejected.", ("United Nations", "Myanmar")),
    ],
)  # fmt: skip
def test_a_body_compounded_before_words_aimed_at_another_owns_them(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivia criticism was muted.",  # aimed at no one named: whose, not said
        "Arequipa criticism of Chile grew.",  # a place owns nothing
    ],
)
def test_a_compound_without_a_named_target_owns_no_words(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peru recalled its envoy in retaliation for Chile's expulsion of Peruvian diplomats.",
         ("Chile", "Peru")),
        ("Bolivia seized two Chilean trucks in reprisal for Chile's seizure of a Bolivian ship.",
         ("Chile", "Bolivia")),
        ("Anger over Colombia's bombing of Ecuadorian villages grew.", ("Colombia", "Ecuador")),
        ("Ecuador's outrage over Colombia's raid on Ecuadorian soil deepened.",
         ("Colombia", "Ecuador")),
        ("Norway demanded compensation for Sweden's detention of a Norwegian trawler.",
         ("Sweden", "Norway")),
        ("Hezbollah swore revenge for Israel's assassination of a Hezbollah commander.",
         ("Israel", "Hezbollah")),
    ],
)  # fmt: skip
def test_what_an_answer_is_for_was_done(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    # "in retaliation for X's act": the act answered took place (not planned)
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile threatened retaliation for any Peruvian seizure of Chilean boats.",
         ("Peru", "Chile")),  # any: one that may come
        ("Envoys held talks over a ceasefire between Chile and Peru.", ("Chile", "Peru")),
        ("Peru published plans for an attack on Chile.", ("Peru", "Chile")),
    ],
)  # fmt: skip
def test_what_is_discussed_or_feared_is_not_done(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair not in directed(facts, EventKind.CONFLICT) | directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Maria Solis, the leader of the Colombian opposition, said the vote was rigged.",
        "The leader of the Kenyan opposition, Peter Oduya, met the British envoy.",
        "The head of the Syrian opposition, Omar Haddad, met Turkish officials in Ankara.",
    ],
)
def test_a_trigger_noun_that_names_an_actor_is_no_event(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "the Kenyan opposition" is a group; its leader does not oppose it."""
    facts = facts_of(text)
    assert not directed(facts, EventKind.CONFLICT)


def test_an_act_named_by_the_same_noun_stays(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The alliance between Chad and Niger was signed in 1990.")
    assert {e.kind for e in facts.events} == {EventKind.COOPERATION}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile gave Bolivia an ultimatum to leave the border post.", ("Chile", "Bolivia")),
        ("Bolivia was given a 24-hour ultimatum by Chile.", ("Chile", "Bolivia")),
        ("Ghana handed Togo a stern warning over the raids.", ("Ghana", "Togo")),
        ("The European Union delivered Hungary an ultimatum on Friday.",
         ("European Union", "Hungary")),
        ("Togo, which was given an ultimatum by Ghana, refused to comply.", ("Ghana", "Togo")),
    ],
)  # fmt: skip
def test_an_ultimatum_or_warning_handed_to_someone(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile may give Bolivia an ultimatum next week.",
        "Chile did not give Bolivia an ultimatum.",
        "The coach gave his players an ultimatum before the final.",
    ],
)
def test_no_ultimatum_handed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Bolivia") not in directed(facts_of(text), EventKind.CONFLICT)
    assert not directed(facts_of(text), EventKind.CONFLICT) - {("Chile", "Bolivia")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary's dismissal of Austria's proposal surprised observers.", ("Hungary", "Austria")),
        ("Chile's curt dismissal of Peru's offer ended the talks.", ("Chile", "Peru")),
    ],
)
def test_dismissal_of_an_idea_rejects_its_owner(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's dismissal of the Peruvian ambassador Ana Ruiz was a surprise.",  # a sacking
        "The board's dismissal of chief executive John Hale shocked investors.",
    ],
)
def test_dismissal_of_a_person_is_no_rejection(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert not {p for p in found if p[0] in {"Chile", "John Hale"} or "Ana Ruiz" in p}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cyprus lodged a complaint with the United Nations over Turkey's naval drills.",
            ("Cyprus", "Turkey"),
        ),
        ("Ghana made a formal complaint over Togo's border closure.", ("Ghana", "Togo")),
    ],
)
def test_a_complaint_over_what_someone_did(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_complaint_over_a_thing_names_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(
        facts_of("Farmers in Ghana voiced complaints over prices."), EventKind.CONFLICT
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's air strikes inside Iraq killed four people.", ("Iran", "Iraq")),
        ("Turkey's attacks inside Syria have grown.", ("Turkey", "Syria")),
        ("The Kenyan offensive inside Somalia stalled.", ("Kenya", "Somalia")),
        # artillery and air power, as strikes: "in" says where, and so on whom
        ("Turkish shelling in northern Iraq has killed two soldiers.", ("Turkey", "Iraq")),
        ("Two people were killed in Turkish shellfire in Syria.", ("Turkey", "Syria")),
        ("Saudi airstrikes in Yemen killed ten people.", ("Saudi Arabia", "Yemen")),
        ("Two people died in an Egyptian airstrike in Libya.", ("Egypt", "Libya")),
        ("Azerbaijani bombardment inside Armenia continued overnight.", ("Azerbaijan", "Armenia")),
    ],
)
def test_force_used_inside_a_country(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_force_aimed_at_someone_inside_a_country_is_not_on_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(
        facts_of("Iranian strikes on PKK bases inside Iraq continued."), EventKind.CONFLICT
    )
    assert ("Iran", "Iraq") not in found
    found = directed(
        facts_of("Turkish shelling of PKK bases in northern Iraq continued."), EventKind.CONFLICT
    )
    assert ("Turkey", "Iraq") not in found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Anna Roset dismissed Pavel Linde's threat to attack Zarnia.", "Zarnia"),
        ("Velia rejected Osland's threat to bomb Zarnia.", "Zarnia"),
        ("Velia brushed aside Osland's threat to invade Zarnia.", "Zarnia"),
    ],
)
def test_a_dismissed_threat_keeps_the_target_it_names(facts_of, text: str, target: str) -> None:
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    threatened = {
        names[k] for e in facts.events if e.type == "threaten" for k in e.actors("target")
    }
    assert threatened == {target}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shooting down of a Peruvian drone by Chile was confirmed.", ("Chile", "Peru")),
        ("The shooting-down of a Greek jet by Turkey strained ties.", ("Turkey", "Greece")),
        (
            "Officials confirmed the shooting down of Kenya's helicopter by Somalia.",
            ("Somalia", "Kenya"),
        ),
        (
            "Romania's shooting down of a Moldovan drone was condemned by Moldova.",
            ("Romania", "Moldova"),
        ),
    ],
)
def test_a_noun_read_with_its_particle(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A strongly worded statement from China against Japan was issued overnight.",
         ("China", "Japan")),
        ("China issued a strongly worded statement against Japan.", ("China", "Japan")),
        ("Japan sent a strongly worded note against China's drilling.", ("Japan", "China")),
        ("Peru's sharply worded letter against Chile was read out.", ("Peru", "Chile")),
    ],
)  # fmt: skip
def test_a_strongly_worded_paper_against_someone(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The shooting down of the drone was an accident.",
        "Chile denied the shooting down of a Peruvian drone.",
        "A shooting down of a Greek jet by Turkey would be a disaster.",
    ],
)
def test_no_shooting_down_without_a_side_or_a_deed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The capture of Indian soldiers by China was confirmed.", ("China", "India")),
        ("Russia's capture of Ukrainian soldiers was filmed.", ("Russia", "Ukraine")),
        ("The capture of a Ukrainian town by Russia was confirmed.", ("Russia", "Ukraine")),
    ],
)
def test_the_capture_of_people_or_ground(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Apple's capture of the Chinese market worried rivals.",
        "The firm's capture of market share in India was rapid.",
        "Peru praised the capture of the drug lord.",
    ],
)
def test_no_capture_of_a_market(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "China issued a carefully worded statement on Monday.",  # against no one
        "China issued a strongly worded statement about the floods.",
        "China did not issue a strongly worded statement against Japan.",
    ],
)
def test_no_worded_paper_against_anyone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Canada lodged a WTO complaint against Russia.",
        "Chile lodged a WTO complaint against Peru over copper duties.",
        "Japan filed an ICJ complaint against Korea on Monday.",
    ],
)
def test_the_forum_of_a_complaint_is_no_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "lodged a WTO complaint against X": the WTO is where, the subject who."""
    conflicts = directed(facts_of(text), EventKind.CONFLICT)
    assert conflicts
    assert not {p for pair in conflicts for p in pair} & {
        "World Trade Organization",
        "ICJ",
        "International Court of Justice",
    }
