"""A body named before, by a generic noun: "the group", "the organisation" for the
one international body the story names, "the paramilitary group", "the militia"
for the one armed force it names: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, memberships, speakers, speakers_of


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # "the group" as the object of a blame, a deed hung on it by the parser
        ("ASEAN foreign ministers met in Jakarta on Friday. Thai Foreign Minister Anan Sorn "
         "accused the group of meddling.", EventKind.CONFLICT,
         ("Anan Sorn", "Association of Southeast Asian Nations")),
        # "the organisation", the object of a criticism with its reason
        ("The African Union suspended Mali on Monday. Malian Prime Minister Oumar Sidibe "
         "criticised the organisation for the move.", EventKind.CONFLICT,
         ("Oumar Sidibe", "African Union")),
        # "the 12-member group", a counted body
        ("OPEC agreed to cut output on Friday. Nigeria praised the 12-member group.",
         EventKind.COOPERATION,
         ("Nigeria", "Organization of the Petroleum Exporting Countries")),
        # "the militia", an armed force named by its name
        ("The Northern Defence Army attacked a village in Uganda. Uganda accused the militia "
         "of killing 30 civilians.", EventKind.CONFLICT, ("Uganda", "Northern Defence Army")),
    ],
)  # fmt: skip
def test_a_generic_noun_is_the_one_body_named(facts_of, text: str, kind, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), kind)


def test_the_paramilitary_group_speaks_for_the_armed_force(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The Rapid Response Brigades attacked the town of Kadugli on Sunday. The paramilitary "
        "group said its fighters had come under fire."
    )
    assert "Rapid Response Brigades" in speakers(facts)


@pytest.mark.parametrize(
    "text",
    [
        # two bodies named: either could be "the group"
        "The EU and ASEAN held a summit in Hanoi. China praised the group.",
        # a firm named too ("the group" of business news is a firm)
        "Shares in Tarvo Holdings rose after the EU approved its merger. The group praised "
        "the ruling.",
        # "a group of farmers" is the group
        "The EU met in Brussels. A group of farmers protested outside, and the group praised "
        "the police.",
        # two armed forces: either could be "the militia"
        "The Rapid Response Brigades and the Northern Defence Army clashed near Kadugli. "
        "Uganda praised the militia.",
        # no body named before: nobody
        "Uganda sent troops to the border. Kenya praised the militia.",
        # a group said which: another group
        "ASEAN ministers met in Jakarta. Thailand praised the group of experts.",
    ],
)
def test_no_single_body_no_referent(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)
    # (the state that praises speaks its own verdict; "the group" speaks for no body)
    assert not {
        s for s in speakers(facts_of(text)) if s not in {"Uganda", "Kenya", "China", "Thailand"}
    }


def test_two_bodies_of_that_name_no_referent(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The World Health Organization met in Geneva. The World Trade Organization met in "
        "Paris. According to the organisation, tariffs hurt poor farmers."
    )
    assert not speakers(facts)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a community "of" states: the bloc's officer, after another union named
        ("The African Union suspended Mali. The Economic Community of West African States "
         "imposed sanctions on Mali. The bloc's chairman, Mahamadou Kane, condemned the junta.",
         "Mahamadou Kane", "Economic Community of West African States"),
        # "the regional bloc" in an apposition to the person
        ("The Economic Community of West African States brokered the talks. Olu Bello, the "
         "chairman of the regional bloc, met the rebels.",
         "Olu Bello", "Economic Community of West African States"),
        # a full name whose short name is the bloc's usual name
        ("The Association of Southeast Asian Nations met in Jakarta. The bloc's "
         "secretary-general, Anan Sorn, criticised Myanmar.",
         "Anan Sorn", "Association of Southeast Asian Nations"),
    ],
)  # fmt: skip
def test_the_bloc_by_the_head_of_its_name(facts_of, text: str, person: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, body) in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # a bank "of" a country is no bloc
        "The Bank of England raised rates. The bloc's chairman, Anan Sorn, criticised Britain.",
        # nor a university "of" a city
        "The University of Lagos hosted the talks. The bloc's chairman, Anan Sorn, spoke.",
    ],
)
def test_a_body_of_another_kind_is_no_bloc(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(p == "Anan Sorn" for p, _ in affiliations(facts_of(text)))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the movement": the one body named before
        ("Hezbollah rejected the truce plan on Monday. The movement said Israel had broken "
         "earlier promises.", "Hezbollah"),
        # "the rebel group": the one armed force, a front by its name
        ("The Ogaden Liberation Front attacked a police post on Sunday. The rebel group said "
         "it had seized weapons.", "Ogaden Liberation Front"),
    ],
)  # fmt: skip
def test_the_movement_and_the_rebel_group_refer_back(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), "said") == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        # two blocs in one list: either could be the bloc
        "The EU and ASEAN signed a trade pact on Monday. The bloc said tariffs would fall.",
        "The African Union and the EU held a summit. The bloc said aid would rise.",
        # a movement of its own, no body named
        "The UN warned of famine. A protest movement formed in Lagos. The movement said "
        "food prices were too high.",
    ],
)
def test_no_one_body_is_no_speaker(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers_of(facts_of(text), "said")


def test_the_group_is_the_one_armed_body_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The Karsa Brigades attacked a village in Chad. The group said it had seized weapons."
    assert speakers_of(facts_of(text), "said") == {"Karsa Brigades"}


@pytest.mark.parametrize(
    "text",
    [
        "The party's leader, Tom Lincoln, met Labour's Ann Chester on Monday.",
        "The party's leader, Tom Lincoln, criticised Labour on Monday.",
    ],
)
def test_a_later_party_that_is_anothers_owns_no_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "the party's leader, X," before a party named as the owner of another's post
    or what X acts on: not X's party."""
    assert ("Tom Lincoln", "Labour Party") not in affiliations(facts_of(text))
    assert ("Tom Lincoln", "Labour") not in affiliations(facts_of(text))


def test_a_later_party_that_speaks_owns_the_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The bloc's trade commissioner, Ann Vale, said the EU would act.")
    assert ("Ann Vale", "European Union") in affiliations(facts)


def test_a_bare_capitalised_kind_is_no_rival_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Council brings together bus firms and unions. Holmford City Council convened the "
        "two sides on Tuesday. The council's leader, Ann Vale, chaired the session."
    )
    assert ("Ann Vale", "Holmford City Council") in affiliations(facts_of(text))


def test_two_named_councils_leave_the_council_unnamed(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Holmford City Council and Brayton City Council signed a pact. The council said it was pleased."
    assert speakers_of(facts_of(text), "said") == set()


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # the description's own word before "of" in the body's name
        ("The National Union of Nurses rejected the pay offer. The union's leader, Ann Bell, "
         "said members were angry.", "Ann Bell", "National Union of Nurses"),
        ("The Union of Free Farmers and the Liberal Alliance met on Monday. The union's "
         "leader, Petar Ivanov, said the talks had gone well.", "Petar Ivanov",
         "Union of Free Farmers"),
        # a body of workers is a union
        ("Members of the Rail Workers Federation walked out on Friday. The union's leader, "
         "Bob Crane, said the strike would continue.", "Bob Crane", "Rail Workers Federation"),
    ],
)  # fmt: skip
def test_the_union_is_a_union_named_otherwise(facts_of, text: str, person: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, body) in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The National Union of Nurses rejected the pay offer. Health Secretary Alan Pryce "
         "accused the union of wrecking the talks.", ("Alan Pryce", "National Union of Nurses")),
        # "the regulator", "the watchdog": the one authority or commission named before
        ("The Financial Conduct Authority opened an inquiry into Castlegate Bank in May. The "
         "regulator criticised the bank for poor controls.",
         ("Financial Conduct Authority", "Castlegate Bank")),
        ("The Securities and Exchange Commission opened an inquiry into Norvex Capital. The "
         "regulator accused Norvex Capital of fraud.",
         ("Securities and Exchange Commission", "Norvex Capital")),
        ("The Electoral Commission opened an inquiry into the Liberal Party. The watchdog "
         "criticised the party's treasurer, John Bell.", ("Electoral Commission", "John Bell")),
    ],
)  # fmt: skip
def test_a_body_named_by_its_kind_acts_and_is_acted_on(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a bank is no union, whatever it is "of"
        ("The Bank of Uganda raised interest rates. The union's leader, Joy Akello, criticised "
         "the decision.", "Joy Akello", "Bank of Uganda"),
    ],
)  # fmt: skip
def test_no_union_where_none_is_named(facts_of, text: str, person: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, body) not in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # a people's own authority regulates nothing
        "The Palestinian Authority met Israeli officials. The watchdog criticised Israel.",
        # two regulators named: either
        "The Financial Conduct Authority and the Competition Commission met. The regulator "
        "criticised Israel.",
        # none named
        "The regulator criticised Israel on Monday.",
    ],
)
def test_no_one_regulator_acts_for_the_regulator(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {a for a, b in directed(facts_of(text), EventKind.CONFLICT) if b == "Israel"}


@pytest.mark.parametrize(
    "text",
    [
        "Medecins Sans Frontieres opened a clinic in Dorva. The charity said two nurses died.",
        "Oxfam sent food to Chad in May. The international charity said the roads were closed.",
        "Save the Children sent doctors to Chad. The charity said more were needed.",
    ],
)
def test_the_charity_is_the_one_international_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) & {"Médecins Sans Frontières", "Oxfam", "Save the Children"}


def test_the_charity_after_two_charities_is_neither(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Oxfam and Save the Children sent food to Dorva. The charity said the roads were shut."
    assert not {"Oxfam", "Save the Children"} & speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Mali, Niger and Chad formed a new bloc, the Sahel States Alliance, in July. The bloc "
         "accused France of meddling.", "Sahel States Alliance"),
        ("Mali, Niger and Chad launched the Sahel Defence Alliance, a new bloc, in July. The bloc "
         "accused France of meddling.", "Sahel Defence Alliance"),
    ],
)  # fmt: skip
def test_the_bloc_is_the_body_introduced_as_one(facts_of, text: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    assert (agent, "France") in directed(facts_of(text), EventKind.CONFLICT)


def test_a_body_named_beside_no_new_bloc_is_no_bloc(facts_of) -> None:  # type: ignore[no-untyped-def]
    # the bloc named after the comma is told of, not introduced as a new one
    text = ("Mali left the regional bloc, the Sahel States Alliance said on Monday. The bloc "
            "accused France of meddling.")  # fmt: skip
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The EU and the GCC held talks in Riyadh on Monday. The Gulf bloc later criticised "
         "Iran.", "Gulf Cooperation Council"),
        ("Qatar rejoined the GCC talks, the EU said. The Gulf bloc later criticised Iran.",
         "Gulf Cooperation Council"),
        # (and the other region's bloc the other body, named last)
        ("The GCC met the EU in Riyadh on Monday. The European bloc later criticised Iran.",
         "European Union"),
    ],
)  # fmt: skip
def test_a_bloc_named_by_its_region_is_the_body_of_that_region(  # type: ignore[no-untyped-def]
    facts_of, text: str, agent: str
) -> None:
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert {a for a, t in found if t == "Iran"} == {agent}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the federation", "the league", "the institute": the one body of that kind
        ("The Coastal Rescue Federation urged calm. The federation said the rules were "
         "unclear.", "Coastal Rescue Federation"),
        ("The Road Safety Association met the minister. The association said speed limits "
         "would fall.", "Road Safety Association"),
        # the kind before the name's first preposition: "the League Against ..."
        ("The League Against Road Noise won the vote. The league said the ban was a victory.",
         "League Against Road Noise"),
        ("The Institute for Open Skies published a report. The institute said fares would "
         "rise.", "Institute for Open Skies"),
    ],
)  # fmt: skip
def test_more_kinds_of_body_refer_back(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), "said") == {speaker}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("The League Against Road Noise won the vote. Mike Dean, from the league, said the "
         "ban was a victory.", "Mike Dean", "League Against Road Noise"),
        ("The Harbour Pilots Federation met on Monday. Anna Brill, a spokeswoman for the "
         "federation, said pay had fallen.", "Anna Brill", "Harbour Pilots Federation"),
        ("The Institute for Open Skies published a report. The institute's director, Ann "
         "Bell, said fares would rise.", "Ann Bell", "Institute for Open Skies"),
    ],
)  # fmt: skip
def test_a_post_at_the_body_of_that_kind(facts_of, text: str, person: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, body) in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # no body of that kind named before: the federation is no one
        "Spain won the cup. The federation said the final was fair.",
        # two leagues named: either
        "The League for Clean Air and the League Against Road Noise met. The league said the "
        "ban was a victory.",
        # a league of teams, not a body named in the story
        "Tom Ward scored twice. The league said the match would be replayed.",
    ],
)
def test_no_one_body_of_that_kind_is_no_speaker(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers_of(facts_of(text), "said")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Azure Front claimed the attack on Sunday. The group's spokesman, Hassan Khalil, "
         "said more would follow.", {("Hassan Khalil", "Azure Front")}),
        ("ASEAN ministers met in Jakarta. The group's secretary general, Maria Lind, said the "
         "talks went well.", {("Maria Lind", "Association of Southeast Asian Nations")}),
        # two groups before: neither
        ("The Azure Front and the Crimson Brigade claimed the attack. The group's spokesman, "
         "Hassan Khalil, said more would follow.", set()),
    ],
)  # fmt: skip
def test_the_group_owns_a_post(facts_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert affiliations(facts_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "member", "body"),
    [
        ("CARICOM leaders met in Georgetown. Haiti, a full member of the community, sent "
         "its prime minister.", "Haiti", "Caribbean Community"),
        ("CARICOM leaders met in Georgetown. Haiti is a full member of the community.",
         "Haiti", "Caribbean Community"),
        ("The East African Community met in Arusha. Somalia joined the community last year.",
         "Somalia", "East African Community"),
    ],
)  # fmt: skip
def test_the_community_is_the_community_named_before(
    facts_of, text: str, member: str, body: str
) -> None:  # type: ignore[no-untyped-def]
    assert (member, body) in memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Haiti joined the community.",  # no community named
        "CARICOM and the East African Community met. Haiti joined the community.",  # either
        "CARICOM met. Cuba, which is not a member of the community, sent an observer.",
        "CARICOM met. Haiti said the international community had failed it.",  # people of a kind
    ],
)
def test_no_community_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not memberships(facts)
    assert ("Haiti", "Caribbean Community") not in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia left the Andean Community on Sunday. Foreign Minister Hugo Quispe accused the "
         'body of being "a club for the rich".', ("Hugo Quispe", "Andean Community")),
        ("The African Union suspended Mali on Monday. Malian Prime Minister Oumar Sidibe "
         "condemned the body for the move.", ("Oumar Sidibe", "African Union")),
        ("OPEC raised output on Friday. Iraq's oil minister, Ali Jabar, said the body had "
         "betrayed its members.", ("Ali Jabar", "Organization of the Petroleum Exporting Countries")),
    ],
)  # fmt: skip
def test_the_body_is_the_one_international_body_named(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia left the Andean Community on Sunday. Hugo Quispe said the body would meet in June.",
        "The Andean Community and the African Union met. Hugo Quispe accused the body of bias.",
        "The Andean Community met on Sunday. Hugo Quispe accused the world body of bias.",
        "Police found the body of a man near the Andean Community's offices. Hugo Quispe "
        "condemned the killing.",
    ],
)  # fmt: skip
def test_no_one_body_or_no_charge_is_no_criticism_of_the_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Hugo Quispe", "Andean Community") not in directed(facts_of(text), EventKind.CONFLICT)


def test_a_dead_body_is_no_body_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The United Nations condemned the killing of the aid worker. Militants had "
                     "dumped the body near a road outside the town, police said.")  # fmt: skip
    names = {a.key: a.name for a in facts.actors}
    topics = {names.get(p.actor) for e in facts.events if e.evidence.sentence == 1
              for p in e.participants}  # fmt: skip
    assert "United Nations" not in topics
    facts = facts_of("The African Union met in Addis Ababa. The body said on Monday it would "
                     "send troops.")  # fmt: skip
    assert "African Union" in speakers(facts)
