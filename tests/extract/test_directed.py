"""Directed verbs whose target hangs on what they govern: blame laid on someone,
in sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru blamed the blackout on Chile.", ("Peru", "Chile")),
        ("The flooding of the mine was blamed on Togo by Ghana.", ("Ghana", "Togo")),
        ("Ghana laid the blame for the fire on Togo.", ("Ghana", "Togo")),
        ("Bolivia, which put the blame on Chile, recalled its envoy.", ("Bolivia", "Chile")),
        ("Blaming the leak on Peru, Chile closed the pipeline.", ("Chile", "Peru")),
        ("Chile shifted the blame onto Argentina on Monday.", ("Chile", "Argentina")),
    ],
)
def test_blame_laid_on_someone(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peru blamed the blackout on the storm.",
        "Peru demanded answers on Chile's role in the crisis.",
        "Ghana did not lay the blame on Togo.",
        "Peru may blame the blackout on Chile.",
    ],
)
def test_blame_on_no_actor_or_not_laid_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


def test_blaming_a_thing_for_an_act_on_someone_blames_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru blamed the weather for the damage on Chile's coast.")
    assert ("Peru", "Chile") not in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Chad was criticised and then sanctioned by Sudan.",
            EventKind.CONFLICT,
            ("Sudan", "Chad"),
        ),
        (
            "Belize has been threatened and attacked by Guatemala.",
            EventKind.CONFLICT,
            ("Guatemala", "Belize"),
        ),
        (
            "Laos was criticised by Vietnam and sanctioned by Thailand.",
            EventKind.CONFLICT,
            ("Thailand", "Laos"),
        ),
        (
            "Morocco was praised and later rewarded by France.",
            EventKind.COOPERATION,
            ("France", "Morocco"),
        ),
    ],
)
def test_coordinated_passives_share_the_agent(facts_of, text, kind, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), kind)


def test_an_earlier_agent_is_not_shared_forward(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Gabon was attacked by Cameroon and later criticised for its response.")
    assert directed(facts, EventKind.CONFLICT) == {("Cameroon", "Gabon")}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Armenia, which Azerbaijan invaded in 2020, wants guarantees.",
            EventKind.CONFLICT,
            ("Azerbaijan", "Armenia"),
        ),
        (
            "Peru, whom Chile has long accused of spying, recalled its envoy.",
            EventKind.CONFLICT,
            ("Chile", "Peru"),
        ),
        (
            "Kenya, which Uganda supports, sent troops to the mission.",
            EventKind.COOPERATION,
            ("Uganda", "Kenya"),
        ),
    ],
)
def test_a_relative_object_is_the_target(facts_of, text, kind, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), kind)


def test_a_relative_object_that_is_a_thing_names_no_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The plan, which Austria rejected, was dropped by Slovakia.")
    assert directed(facts, EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan troops attacked the homes of Somali militants.", ("Kenya", "Somali militants")),
        ("Egyptian police raided the offices of the Wafd Party.", ("Egypt", "Wafd Party")),
        ("Russian troops seized the property of Maria Voss.", ("Russia", "Maria Voss")),
        ("Kenyan police stormed the home of Daniel Mwangi.", ("Kenya", "Daniel Mwangi")),
        ("Chinese police seized Maria Voss's property last week.", ("China", "Maria Voss")),
        ("Kenyan troops ambushed the motorcade of Daniel Mwangi.", ("Kenya", "Daniel Mwangi")),
        ("Kenyan police stormed the embassy of Chile on Monday.", ("Kenya", "Chile")),
        ("Russian troops shelled the car of Maria Voss near the border.", ("Russia", "Maria Voss")),
    ],
)
def test_the_owner_of_a_home_or_office_attacked_is_the_target(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The homes of Somali militants were built of mud.",
        "Kenyan police patrolled the streets near the home of Daniel Mwangi.",
        "Kenyan police will raid the offices of the Wafd Party.",
        "Ukrainian troops shelled the town of Marinka.",
    ],
)
def test_a_home_or_office_no_one_attacked_gives_no_target(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Mira Quell questioned Governor Ado Brisk's judgement.",
            ("Mira Quell", "Ado Brisk"),
        ),
        (
            "Senator Mira Quell questioned the competence of Governor Ado Brisk.",
            ("Mira Quell", "Ado Brisk"),
        ),
        (
            "Governor Ado Brisk's motives were questioned by Senator Mira Quell.",
            ("Mira Quell", "Ado Brisk"),
        ),
        (
            "Senator Mira Quell cast doubt on Governor Ado Brisk's account of the fire.",
            ("Mira Quell", "Ado Brisk"),
        ),
        ("Peru questioned Chile's commitment to the truce.", ("Peru", "Chile")),
        (
            "Senator Mira Quell raised doubts about Governor Ado Brisk's competence.",
            ("Mira Quell", "Ado Brisk"),
        ),
        ("Peru raised questions about Chile's commitment to the truce.", ("Peru", "Chile")),
        ("Senator Mira Quell doubted Governor Ado Brisk's sincerity.", ("Mira Quell", "Ado Brisk")),
        ("Peru challenged Chile's account of the clash.", ("Peru", "Chile")),
        ("Peru disputed Chile's version of events.", ("Peru", "Chile")),
    ],
)
def test_doubting_what_someone_says_or_is_criticises_them(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Inspector Mira Quell questioned Governor Ado Brisk's wife for an hour.",
        "Detectives questioned Governor Ado Brisk about the fire.",
        "Governor Ado Brisk was questioned by Inspector Mira Quell.",
        "Senator Mira Quell questioned the figures on Monday.",
        "Senator Mira Quell cast doubt on the forecast.",
        "Senator Mira Quell raised questions about the forecast.",
        "Senator Mira Quell challenged Governor Ado Brisk to a debate.",
        "Peru disputed the figures.",
        "Senator Mira Quell did not doubt Governor Ado Brisk's sincerity.",
    ],
)
def test_questioning_a_person_or_doubting_a_thing_is_no_criticism(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ravi Menon jabbed back at Pakistan during the debate.", ("Ravi Menon", "Pakistan")),
        ("Kenya jabbed back at Uganda after the vote.", ("Kenya", "Uganda")),
        ("Mirela Vos snapped back at Austria.", ("Mirela Vos", "Austria")),
    ],
)
def test_a_phrase_hung_on_the_particle_names_the_target(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """ "jabbed back at X": the parser may hang "at X" on "back", not on the verb."""
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_particle_verb_without_its_particle_is_no_trigger(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert (
        directed(facts_of("Ravi Menon jabbed at the air in Pakistan."), EventKind.CONFLICT) == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia brushed aside Chile's objections to the pipeline.", ("Bolivia", "Chile")),
        ("Portugal brushed aside criticism from Spain over the dam.", ("Portugal", "Spain")),
        ("Latvia shrugged off complaints from Russia about the monument.", ("Latvia", "Russia")),
        ("Kenya pushed back on accusations from Somalia.", ("Kenya", "Somalia")),
        ("Lena Brandt retorted to Serbia's remarks with a terse note.", ("Lena Brandt", "Serbia")),
    ],
)
def test_who_brushes_aside_a_critic_rejects_the_critic(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The minister brushed aside Chile's ambassador at the door.",
        "Oskar Vendel pushed back the vote to March.",
        "Peru shrugged off the losses of the first quarter.",
    ],
)
def test_brushing_aside_a_person_or_a_date_is_no_rejection(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya complained about how Uganda treated its traders.", ("Kenya", "Uganda")),
        (
            "Finland voiced complaints over why Russia had closed the crossing.",
            ("Finland", "Russia"),
        ),
        ("Peru complained bitterly about what Chile had done to its fleet.", ("Peru", "Chile")),
    ],
)
def test_a_complaint_about_how_someone_acted_is_aimed_at_them(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya complained about how long the talks took.",
        "Kenya asked about how Uganda treated its traders.",
    ],
)
def test_no_one_acts_in_the_wh_clause_or_no_complaint(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey said Syrian forces had shelled its border post.", ("Syria", "Turkey")),
        ("Chile said Peru had violated its airspace.", ("Peru", "Chile")),
        ("Nigeria said on Monday that Chadian troops had attacked its soldiers.",
         ("Chad", "Nigeria")),
        ("Georgia said Russia had invaded the country in 2008.", ("Russia", "Georgia")),
    ],
)  # fmt: skip
def test_its_in_a_reported_attack_is_the_reporters(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_its_in_a_reported_act_of_no_harm_stays_the_doers(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("Chile said Peru had defended its airspace."), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia vetoed a U.S.-drafted resolution on Syria.", ("Russia", "United States")),
        ("Chile rejected the Peruvian-drafted resolution.", ("Chile", "Peru")),
    ],
)
def test_what_a_party_wrote_is_theirs(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Iran seized a British-flagged oil tanker in the Gulf.", "United Kingdom"),
        ("Vestria seized two Panamanian-flagged freighters.", "Panama"),
        ("Vestria detained the crew of a Belgian-flagged vessel.", "Belgium"),
        ("The Vestrian navy attacked a Maltese-flagged ship off the coast.", "Malta"),
    ],
)
def test_a_flag_is_no_party(facts_of, text: str, flag: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(flag in pair for pair in directed(facts_of(text), EventKind.CONFLICT))


def test_a_country_s_own_ship_stays_its_a_flag_does_not(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("Ardania struck a Russian warship. Vestria accused Canadian police "
                              "of bias. Ardania seized a Maltese-flagged tanker."),
                     EventKind.CONFLICT)  # fmt: skip
    assert {("Ardania", "Russia"), ("Vestria", "Canada")} <= found
    assert ("Ardania", "Malta") not in found


def test_a_thing_made_by_no_named_party_has_no_owner(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("Chile rejected the hastily-drafted resolution."),
                        EventKind.CONFLICT)  # fmt: skip


def test_a_resolution_put_to_a_body_is_not_against_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("The US vetoed a Security Council resolution on Gaza."),
                        EventKind.CONFLICT)  # fmt: skip
    assert ("Russia", "United States") in directed(
        facts_of("Russia vetoed a US resolution on Syria."), EventKind.CONFLICT
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Algeria's ambassador was summoned by Morocco on Monday.", ("Morocco", "Algeria")),
        ("The Dutch ambassador was summoned by Turkey after the row.", ("Turkey", "Netherlands")),
        ("Uganda's envoy was summoned by Kenya over the border dispute.", ("Kenya", "Uganda")),
        ("Kenya summoned the Ugandan consul on Monday.", ("Kenya", "Uganda")),
        ("Chile's attaché was summoned by Peru after the row.", ("Peru", "Chile")),
    ],
)
def test_an_envoy_summoned_is_a_protest_to_his_country(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_someone_summoned_who_is_no_envoy_is_no_protest(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(
        facts_of("Chile's players were summoned by Peru's coach."), EventKind.CONFLICT
    )


@pytest.mark.parametrize(
    ("text", "expected", "cameo"),
    [
        ("The African Union excluded Zambia from the talks.", ("African Union", "Zambia"), "160"),
        ("Zambia was excluded from the African Union.", ("African Union", "Zambia"), "160"),
        ("Chile barred Peruvian ships from its ports.", ("Chile", "Peru"), "160"),
        (
            "The envoy, Omar Haddou, was refused permission by the government of Sudan to "
            "visit the prisons.",
            ("Sudan", "Omar Haddou"),
            "120",
        ),
        # a visa refused sends away (kept out, as an envoy is; the visa rows of the table)
        ("Omar Haddou was denied a visa by Sudan.", ("Sudan", "Omar Haddou"), "166"),
    ],
)
def test_shutting_someone_out_or_refusing_them_rebuffs_them(  # type: ignore[no-untyped-def]
    facts_of, text, expected, cameo
) -> None:
    facts = facts_of(text)
    assert expected in directed(facts, EventKind.CONFLICT)
    assert cameo in {e.cameo for e in facts.events if e.factual}


@pytest.mark.parametrize(
    "text",
    [
        "The rules exclude Zambia from the tournament.",  # no one excludes it
        "The bank excluded fuel prices from the index.",
        "The envoy, Omar Haddou, was refused permission to visit the prisons.",  # by no one
        "Sudan dismissed the envoy, Omar Haddou.",  # a person dismissed is not rejected
    ],
)
def test_no_rebuff_without_someone_shut_out_by_someone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Chile demanded the withdrawal of Peruvian troops from Bolivia.", ("Chile", "Bolivia")),
        ("Norway demanded a swift pullout of Russian forces from Georgia.", ("Norway", "Georgia")),
        ("Chile demanded the withdrawal of troops from Bolivia.", ("Chile", "Bolivia")),
    ],
)
def test_the_place_a_withdrawal_leaves_is_not_its_owner(facts_of, text: str, left) -> None:  # type: ignore[no-untyped-def]
    """ "the withdrawal from X": X is left, not acting ("complaints from X" are X's)."""
    assert left not in directed(facts_of(text), EventKind.CONFLICT)


def test_whom_a_withdrawal_is_welcomed_from_is_not_praised(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya welcomed the withdrawal of Ugandan troops from Somalia."
    assert ("Kenya", "Somalia") not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("Chile condemned the visit of Bolivian lawmakers to the disputed islands.",
         EventKind.CONFLICT, ("Chile", "Bolivia")),
        ("Peru protested against the trip of an Ecuadorian delegation to the border zone.",
         EventKind.CONFLICT, ("Peru", "Ecuador")),
        ("Argentina welcomed the visits of Uruguayan ministers to Buenos Aires.",
         EventKind.COOPERATION, ("Argentina", "Uruguay")),
    ],
)  # fmt: skip
def test_a_visit_of_someone_is_theirs(
    facts_of, text: str, kind: EventKind, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), kind)


def test_a_visit_of_no_one_named_is_no_ones(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("Chile condemned the visit of the delegation to Lima."),
                     EventKind.CONFLICT)  # fmt: skip
    assert not found


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        # "the independence of X" is X's, as "X's independence" is
        (
            "Germany recognised the independence of Kosovo in 2008.",
            ("Germany", "Kosovo"),
            EventKind.COOPERATION,
        ),
        (
            "Italy was the first to recognise the sovereignty of Croatia.",
            ("Italy", "Croatia"),
            EventKind.COOPERATION,
        ),
        ("Serbia rejected the independence of Kosovo.", ("Serbia", "Kosovo"), EventKind.CONFLICT),
    ],
)
def test_the_independence_of_a_state_is_its_own(facts_of, text: str, expected, kind) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), kind)


def test_an_unrecognised_independence_is_no_recognition(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Serbia has never recognised the independence of Kosovo.")
    assert not directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile boycotted the Lima Olympics.", {("Chile", "Peru")}),
        ("Ghana boycotted the Accra Winter Olympics.", set()),  # no such event; still no event target
        ("Peru boycotted the 2030 Santiago Games.", {("Peru", "Chile")}),
        ("Chile and Bolivia boycotted the Lima World Cup.", {("Chile", "Peru"), ("Bolivia", "Peru")}),
        ("Peru boycotted the Valparaiso Games.", set()),  # a city, not the capital: no host named
        ("Peru boycotted the Commonwealth Games.", set()),  # a body that runs it: no party
        ("Peru boycotted the Winter Olympics.", set()),
    ],
)  # fmt: skip
def test_a_boycotted_event_is_no_party_but_a_capital_names_its_host(
    facts_of, text: str, expected: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The arrest of two French nationals by Iran was condemned.", ("Iran", "France")),
        ("The detention of three Canadian citizens by China angered Ottawa.", ("China", "Canada")),
        ("The jailing of two Danish sailors by Eritrea drew protests.", ("Eritrea", "Denmark")),
    ],
)
def test_people_held_by_a_state_are_not_its_own(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_people_from_a_state_are_still_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of("Iran detained two nationals from France."), EventKind.CONFLICT)
    assert ("Iran", "Iran") not in pairs


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Jean Marais called the UK's rebate from the European Union unfair and outdated.",
         ("Jean Marais", "European Union")),
        ("Chile criticised the British rebate from the EU.", ("Chile", "European Union")),
        ("Peru condemned Bolivia's loans from the IMF.", ("Peru", "International Monetary Fund")),
        ('Jean Marais called Norway\'s pounds 2bn rebate from the European Union "unfair".',
         ("Jean Marais", "European Union")),
    ],
)  # fmt: skip
def test_what_an_owned_thing_comes_from_is_no_target(facts_of, text: str, wrong) -> None:  # type: ignore[no-untyped-def]
    """ "the UK's rebate from the EU": the owner is the target, not whence it comes."""
    assert wrong not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "kind", "wrong"),
    [
        ("France and Germany backed Syria's rivals.", EventKind.COOPERATION, ("France", "Syria")),
        ("France praised Tomas Lind's critics.", EventKind.COOPERATION, ("France", "Tomas Lind")),
        ("Chile condemned Peru's enemies.", EventKind.CONFLICT, ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_an_owners_foes_are_no_act_of_it(facts_of, text: str, kind, wrong) -> None:  # type: ignore[no-untyped-def]
    """ "backed Syria's rivals" backs someone at odds with Syria, not Syria."""
    assert wrong not in directed(facts_of(text), kind)


def test_an_owners_bid_is_still_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of("France and Germany backed Syria's bid."), EventKind.COOPERATION)
    assert ("Germany", "Syria") in pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("France evacuated 40 Italian citizens from Sudan.", ("France", "Italy")),
        ("Spain evacuated Irish nationals from Kabul.", ("Spain", "Ireland")),
        ("Britain evacuated 50 Canadians from Sudan on Monday.", ("United Kingdom", "Canada")),
    ],
)  # fmt: skip
def test_evacuating_anothers_nationals_helps_their_country(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "France evacuated French citizens from Sudan.",  # its own
        "Germany evacuated 40 people from Sudan.",  # no nationals named
        "Police evacuated the Kenyan embassy.",  # a building
        "France refused to evacuate Italian citizens from Sudan.",
    ],
)
def test_no_help_by_evacuating(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a judgement's "of" names who gave it
        ("Serbia criticised the ruling of the ICJ on Monday.", EventKind.CONFLICT,
         ("Serbia", "International Court of Justice")),
        ("Ghana criticised the findings of the IMF.", EventKind.CONFLICT,
         ("Ghana", "International Monetary Fund")),
        ("Bolivia praised the ruling of the ICJ.", EventKind.COOPERATION,
         ("Bolivia", "International Court of Justice")),
    ],
)  # fmt: skip
def test_a_judgements_of_phrase_is_its_author(facts_of, text, kind, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), kind)


def test_the_of_phrase_of_another_noun_is_no_author(facts_of) -> None:  # type: ignore[no-untyped-def]
    # what a report is of is its topic, not its author
    facts = facts_of("Ghana criticised reports of talks with the IMF.")
    found = directed(facts, EventKind.CONFLICT)
    assert ("Ghana", "International Monetary Fund") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The radio presenter Tom Baxley pressed the minister, Ann Holt, on the cuts.",
        "On Radio Norvex's morning programme, presenter Tom Baxley grilled Health Secretary "
        "Ann Holt over waiting lists.",
        "Ann Holt was pressed by the interviewer, Tom Baxley, on whether she would resign.",
    ],
)
def test_a_journalists_questions_oppose_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Tom Baxley", "Ann Holt") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States pressed Israel to withdraw its troops from Gaza.",
         ("United States", "Israel")),
        ("The opposition leader, John Marsh, pressed Prime Minister Ann Holt to resign.",
         ("John Marsh", "Ann Holt")),
        ("Labour leader John Marsh grilled Prime Minister Ann Holt over the cuts.",
         ("John Marsh", "Ann Holt")),
    ],
)  # fmt: skip
def test_pressing_by_one_who_is_no_journalist_stays(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile backs tougher Peru sanctions.",
        "Chile backed the Peru sanctions on Monday.",
        "Chile welcomed the Peru embargo.",
        "Chile criticised the Iran sanctions.",
    ],
)
def test_a_name_before_a_hostile_measure_is_its_target_not_whom_one_backs(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    backed = directed(facts, EventKind.COOPERATION) | directed(facts, EventKind.CONFLICT)
    assert not {("Chile", "Peru"), ("Chile", "Iran")} & backed, text


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Chile backed Peru's bid for the Olympics.", EventKind.COOPERATION, ("Chile", "Peru")),
        ("Chile supported the Bolivian sanctions on Peru.", EventKind.COOPERATION, ("Chile", "Bolivia")),
        ("Chile criticised Russia's Ukraine offensive.", EventKind.CONFLICT, ("Chile", "Russia")),
        # an attack's name is its maker's, as before
        ("Ana Ruiz dismissed the latest Tory attack.", EventKind.CONFLICT, ("Ana Ruiz", "Conservative Party")),
    ],
)
def test_the_owner_of_a_hostile_measure_is_still_its_owner(facts_of, text: str, kind: EventKind, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), kind)
