"""Pronouns and definite descriptions."""

from __future__ import annotations

import pytest

from kg.records import ArticleFacts, EventKind
from tests.helpers import affiliations, directed, met_pairs, speakers


def test_he_is_the_subject_of_the_governing_clause(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chancellor Otto Brandt said he had met Prime Minister Ana Silva in Lisbon.")
    assert frozenset({"Otto Brandt", "Ana Silva"}) in met_pairs(facts)


def test_he_at_sentence_start_is_the_previous_subject(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Chancellor Otto Brandt left the party in May after a row with Ana Silva. "
        "He also imposed sanctions on Cuba."
    )
    assert ("Otto Brandt", "Cuba") in directed(facts, EventKind.CONFLICT)


def test_pronoun_after_a_quote_skips_names_inside_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        'Chancellor Otto Brandt arrived in Rome. "Ana Silva is wrong about the budget," he said.'
    )
    assert speakers(facts) == {"Otto Brandt"}


def test_his_meeting_with(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        '"We discussed trade," Chancellor Otto Brandt wrote, referring to his meeting with Ana Silva.'
    )
    assert frozenset({"Otto Brandt", "Ana Silva"}) in met_pairs(facts)


def test_title_description_refers_to_its_holder(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Foreign Secretary Mark Lowe arrived in Ankara. The foreign secretary told Turkey that the deal was off."
    )
    assert "Mark Lowe" in speakers(facts)


def test_described_person_by_nationality(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Kenyan leader Joseph Mwangi spoke first. The Kenyan leader said the offer stood."
    )
    assert speakers(facts) == {"Joseph Mwangi"}


def test_unnamed_counterpart_is_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Chancellor Otto Brandt said he had told his Chilean counterpart that the plan had failed."
    )
    assert frozenset({"Otto Brandt", "Chile"}) in met_pairs(facts)


def test_it_refers_to_the_country_in_a_core_role(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Chancellor Otto Brandt called on Brazil to use its influence over Bolivia, adding it "
        "could use its seat on the Security Council."
    )
    names = {a.key: a.name for a in facts.actors}
    members = {
        (names[r.subject], names[r.object]) for r in facts.relations if r.type.value == "membership"
    }
    assert ("Brazil", "United Nations Security Council") in members


def test_affiliation_of_a_described_leader_from_context(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Ana Silva returned on Monday. The prime minister took charge of Portugal's response."
    )
    assert ("Ana Silva", "Portugal") in affiliations(facts)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Prime Minister Ana Silva spoke on Monday. The NATO envoy met Chancellor Otto Brandt.",
         "North Atlantic Treaty Organization"),
        # an international body's one officer, unnamed, stands for the body too
        ("Chancellor Otto Brandt met the NATO chief in Oslo on Monday.",
         "North Atlantic Treaty Organization"),
        ("Chancellor Otto Brandt met the UN secretary-general on Monday.", "United Nations"),
        ("The NATO secretary-general met Chancellor Otto Brandt on Monday.",
         "North Atlantic Treaty Organization"),
    ],
)  # fmt: skip
def test_unnamed_body_official_is_the_body(facts_of, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({body, "Otto Brandt"}) in met_pairs(facts_of(text))


def test_a_former_body_official_is_not_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The former NATO chief said on Monday that the alliance was weak.")
    assert "North Atlantic Treaty Organization" not in speakers(facts)
    facts = facts_of("The NATO chief said on Monday that the alliance was strong.")
    assert "North Atlantic Treaty Organization" in speakers(facts)


@pytest.mark.parametrize(
    "text",
    [
        "The Labour leader said the plan would fail.",
        "Opposition leader Ruth Kell spoke on Monday. The Liberal Democrat leader said taxes would rise.",
        "Labour leader Sam Boyd met the unions. The Tory chairman said it was a stunt.",
        "The Green Party leader accused the Tories of lying.",
    ],
)
def test_an_unnamed_post_holder_of_a_party_is_not_the_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = speakers(facts) | {a for a, _ in directed(facts, EventKind.CONFLICT)}
    assert not names & {"Labour", "Labour Party", "Liberal Democrats", "Conservative Party",
                        "Green Party", "Ruth Kell", "Sam Boyd"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Labour spokesman said the plan was dangerous.", "Labour"),
        ("Tory officials said the plan would fail.", "Conservative Party"),
        (
            "Conservative leader Mark Dunmore visited a school. The Tory leader said it was good.",
            "Mark Dunmore",
        ),
        (
            "Voters face a choice, said Ruth Kell. In a letter the Liberal Democrat leader said "
            "the Tories were wrong.",
            "Ruth Kell",
        ),
    ],
)
def test_a_party_post_is_its_holder_or_a_spokesman_for_the_party(  # type: ignore[no-untyped-def]
    facts_of, text: str, speaker: str
) -> None:
    assert speakers(facts_of(text)) == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker", "not_speaker"),
    [
        (
            "Tory MP Sam Hale criticised the plan. A Tory MP said the party was united.",
            None,
            "Sam Hale",
        ),
        (
            "Labour spokesman Tim Reed called it a joke. A Labour spokesman later said it was not.",
            "Labour",
            "Tim Reed",
        ),
        (
            "Kenyan diplomat Sam Oduya met Ana Ruiz. Another Kenyan diplomat said the talks failed.",
            "Kenya",
            "Sam Oduya",
        ),
        (
            "Foreign Minister Ana Ruiz arrived on Monday. A minister said the talks went well.",
            None,
            "Ana Ruiz",
        ),
    ],
)
def test_an_indefinite_post_is_someone_new(  # type: ignore[no-untyped-def]
    facts_of, text: str, speaker: str | None, not_speaker: str
) -> None:
    facts = facts_of(text)
    said = {
        facts_names
        for e in facts.events
        if e.kind is EventKind.STATEMENT and e.factual and e.trigger == "said"
        for facts_names in (_name(facts, a) for a in e.actors("speaker"))
    }
    assert not_speaker not in said
    assert said == ({speaker} if speaker else set())


@pytest.mark.parametrize(
    "text",
    [
        "Labour spokesman Tim Reed called it a joke. A Labour spokesman later said it was not. "
        "He said few people had complained.",
        "Mr Tim Reed praised the poster. A spokesman for the Labour Party said it was crude. "
        "He added that it would go.",
        "Tim Reed, a Tory MP, spoke first. Then a Labour official said the plan was bad. "
        "He said that it would fail.",
    ],
)
def test_he_after_an_unnamed_spokesman_is_not_a_name_before(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    last = [e for e in facts.events if facts.sentences[e.evidence.sentence].text.startswith("He ")]
    assert all("Tim Reed" not in {_name(facts, a) for a in e.actors()} for e in last)


def _name(facts: ArticleFacts, key: str) -> str:
    return next(a.name for a in facts.actors if a.key == key)


def test_a_party_title_inside_a_name_gives_the_affiliation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Critics claim the poster depicted Tory leader Mark Dunmore as a villain.")
    assert ("Mark Dunmore", "Conservative Party") in affiliations(facts)


def test_generic_title_is_not_the_last_subject(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Prime Minister Ana Silva spoke on Monday. The envoy met Chancellor Otto Brandt."
    )
    assert frozenset({"Ana Silva", "Otto Brandt"}) not in met_pairs(facts)


def test_name_after_a_title_and_comma_is_the_subject(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The UN envoy for Yemen, Paul Ney, met Chancellor Otto Brandt in Aden.")
    assert met_pairs(facts) == {frozenset({"Paul Ney", "Otto Brandt"})}
    assert ("Paul Ney", "United Nations") in affiliations(facts)


@pytest.mark.parametrize(
    "text",
    [
        # the unnamed subject the pronoun follows is whom it means
        "A Dorval Bank spokesman praised Tomas Lind. He later met Maria Ruiz in Oslo.",
        "Tomas Lind arrived in Oslo. A spokesman for the bank said the sale was final. "
        "He later met Maria Ruiz.",
        "Tomas Lind spoke first. An analyst at the fund said he had met Maria Ruiz in Oslo.",
    ],
)
def test_he_after_an_unnamed_person_is_nobody_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Tomas Lind", "Maria Ruiz"}) not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Brazil sent a team. A US firm said it was in talks with Marlow Group.",
        "Brazil sent a team. The committee said on Monday that it had met Marlow Group.",
        "Brazil sent a team. A Dutch airline said it would hold talks with Marlow Group.",
    ],
)
def test_it_after_an_unnamed_body_is_nobody_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert not any("Marlow Group" in p and len(p) == 2 for p in pairs)


def test_it_after_a_government_is_its_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Chilean government said it had held talks with Peru.")
    assert frozenset({"Chile", "Peru"}) in met_pairs(facts)


def test_a_pronoun_does_not_mean_a_name_in_its_own_clause(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("He added that Tomas Lind had met Maria Ruiz in Oslo.")
    assert frozenset({"Tomas Lind", "Maria Ruiz"}) in met_pairs(facts)
    assert speakers(facts) == set()


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "the prime minister" is not any minister, "the home secretary" not a former one
        ("Former welfare minister Frank Tull spoke. Tory leader Mark Howe accused the prime "
         "minister of lying.", ("Mark Howe", "Frank Tull")),
        ("Former home secretary Jack Strand spoke. Tory leader Mark Howe accused the home "
         "secretary of lying.", ("Mark Howe", "Jack Strand")),
    ],
)  # fmt: skip
def test_a_title_refers_to_who_holds_all_of_it_now(
    facts_of, text: str, absent: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert absent not in directed(facts_of(text), EventKind.CONFLICT)


def test_the_former_title_refers_to_its_former_holder(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Former home secretary Jack Strand spoke. Tory leader Mark Howe accused the former "
        "home secretary of lying."
    )
    assert ("Mark Howe", "Jack Strand") in directed(facts, EventKind.CONFLICT)


def test_the_foreign_minister_is_the_one_with_that_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Chile's Foreign Minister Ana Silva arrived. Tory leader Mark Howe accused the Chilean "
        "foreign minister of lying."
    )
    assert ("Mark Howe", "Ana Silva") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Rob Jacks spoke on Monday. After meeting Tom Hale, he criticised Peru.", "Rob Jacks"),
        ("Rob Jacks spoke on Monday. While praising Tom Hale's work, he criticised Peru.",
         "Rob Jacks"),
        # the subject of the fronted clause may be the one
        ("Rob Jacks spoke on Monday. After Tom Hale arrived, he criticised Peru.", "Tom Hale"),
        # but not a name inside a fronted clause whose doer is the main subject
        ("Rob Jacks spoke on Monday. Asked whether Tom Hale would quit, he criticised Peru.",
         "Rob Jacks"),
        ("Rob Jacks spoke on Monday. Pressed on whether Tom Hale had lied, he criticised Peru.",
         "Rob Jacks"),
        ("Rob Jacks spoke on Monday. Told that Tom Hale had left, he criticised Peru.",
         "Rob Jacks"),
    ],
)  # fmt: skip
def test_he_of_a_main_clause_after_a_fronted_clause(facts_of, text: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    assert (agent, "Peru") in directed(facts_of(text), EventKind.CONFLICT)


def test_the_three_ministers_are_the_three_just_named(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Foreign Minister Jan Kovar of Czechia, Foreign Minister Ida Lenz of Poland and Foreign "
        "Minister Ole Varga of Hungary signed the papers. The ceremony was brief. Secretary of "
        "State Mary Holt later met the three foreign ministers in Washington."
    )
    pairs = met_pairs(facts)
    assert all(frozenset({"Mary Holt", n}) in pairs for n in ("Jan Kovar", "Ida Lenz", "Ole Varga"))


def test_a_count_that_matches_no_group_named_refers_to_nobody(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Tom Hale and Ann Berg arrived. Mary Holt later met the three ministers.")
    assert not any("Mary Holt" in p for p in met_pairs(facts))


def last_speakers(facts: ArticleFacts) -> list[str]:
    """The speakers of the last sentence that states something."""
    names = {a.key: a.name for a in facts.actors}
    by_sentence = {e.evidence.sentence: [names[k] for k in e.actors("speaker")]
                   for e in facts.events if e.kind is EventKind.STATEMENT}  # fmt: skip
    return by_sentence[max(by_sentence)]


def test_a_name_in_apposition_to_the_subject_is_the_one_who_spoke(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        'In a statement Lord Holm said: "I have no doubt the plan works." The director of the '
        "agency, Ken Vale QC, who sits on the board, said the rule was set by parliament. "
        '"It is a tougher regime," he said. "It will last," he told the Times.'
    )
    assert last_speakers(facts) == ["Ken Vale"]  # not Lord Holm, two sentences before


def test_it_opening_a_sentence_is_the_body_the_last_one_was_about(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The oil firm Norvex took its complaint to the European Court of Justice. "
                     "It has accused Chile of seizing its assets.")  # fmt: skip
    assert ("Norvex", "Chile") in directed(facts, EventKind.CONFLICT)
    assert ("European Court of Justice", "Chile") not in directed(facts, EventKind.CONFLICT)


def test_a_firm_the_model_calls_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The oil firm Norvex said its profits rose.")
    assert [a.type.value for a in facts.actors if a.name == "Norvex"] == ["Organization"]
    people = facts_of("The group Tony Holt founded said its plans were sound.")
    assert [a.type.value for a in people.actors if a.name == "Tony Holt"] != ["Organization"]


def test_he_after_an_unnamed_broker_is_nobody_named(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ann Lee, the bank's chief, said shares rose. A Karachi broker said the "
                     "market was calm. He said investors were wary of Peru.")  # fmt: skip
    assert speakers(facts) == {"Ann Lee"}


def test_he_said_is_the_main_speaker_not_whom_he_reported(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('Earlier, Mr Vale had said that President Ann Lee has decided to step in. '
                     '"In effect, it will be an intervention," he said.')  # fmt: skip
    assert last_speakers(facts) == ["Vale"]


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Prime Minister Jo Pratt opened the debate. Tory leader Mark Howe accused the "
        "prime minister of lying.",
        "Shadow chancellor Ed Lett spoke. Vince Carr criticised the chancellor.",
        "Vice President Dana Roe arrived. Senator Al Finn accused the president of lying.",
    ],
)  # fmt: skip
def test_a_title_is_not_its_deputy_or_shadow(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # the deputy prime minister is not "the prime minister", the shadow
    # chancellor not "the chancellor": with no holder named, nobody
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


def test_a_shadow_title_refers_to_the_shadow(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Shadow chancellor Ed Lett spoke. Vince Carr criticised the shadow chancellor."
    )
    assert ("Vince Carr", "Ed Lett") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Otto Brandt praised Polish President Adam Nowak. The two met on Monday in "
         "Geneva.", frozenset({"Otto Brandt", "Adam Nowak"})),
        ("Envoy Mira Kosk thanked Egyptian Foreign Minister Samir Fahmy. The two have met twice "
         "this year.", frozenset({"Mira Kosk", "Samir Fahmy"})),
        ("Aid Minister Lars Olsen criticised Haitian President Jean Baptiste on Friday. The two "
         "met in Copenhagen last month.", frozenset({"Lars Olsen", "Jean Baptiste"})),
    ],
)  # fmt: skip
def test_the_two_are_the_two_people_just_named(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Otto Brandt praised Polish President Adam Nowak. The two will meet in May.",
        "Chancellor Otto Brandt praised Polish President Adam Nowak. The two did not meet.",
        "Chile and Peru signed a deal. Two soldiers met in Lima.",
    ],
)
def test_the_two_meeting_later_or_not(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Otto Brandt and Polish President Adam Nowak have clashed over trade. They met "
         "on Monday in Geneva.", frozenset({"Otto Brandt", "Adam Nowak"})),
        ("Chancellor Otto Brandt praised Polish President Adam Nowak. They met on Monday.",
         frozenset({"Otto Brandt", "Adam Nowak"})),
        ("Chancellor Otto Brandt and Polish President Adam Nowak have clashed over trade, but they "
         "met on Monday.", frozenset({"Otto Brandt", "Adam Nowak"})),
        ("Chile and Peru have quarrelled for years. They met in Lima on Monday.",
         frozenset({"Chile", "Peru"})),
    ],
)  # fmt: skip
def test_they_who_met_are_the_two_just_named(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Otto Brandt praised Polish President Adam Nowak. They met the envoy on Monday.",
        "Chancellor Otto Brandt praised Polish President Adam Nowak. They talked to reporters.",
        "The rebels attacked Kabul. They met on Monday.",
        "Chancellor Otto Brandt praised Polish President Adam Nowak. They will meet on Monday.",
        "Chancellor Otto Brandt spoke on Monday. They met in Geneva.",
    ],
)
def test_they_with_a_partner_or_without_two_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert frozenset({"Otto Brandt", "Adam Nowak"}) not in pairs
    assert not any("rebels" in p for p in pairs)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # an unnamed body said something; "It" is that body, not a name in what it said
        ("The committee said the Audit Commission ought to look into it. It blamed Exxon "
         "for the delay.", None),
        ("The panel said Shell should pay. It criticised Exxon.", None),
        # a body the story names, or the story's firm, is still "It"
        ("The Finance Committee met on Monday. The committee said Shell should pay. It "
         "criticised Exxon.", "Finance Committee"),
        ("Shell made a loss on Monday. The company said sales fell. It blamed Exxon for the "
         "delay.", "Shell"),
    ],
)  # fmt: skip
def test_it_after_an_unnamed_body_that_spoke(facts_of, text: str, agent: str | None) -> None:  # type: ignore[no-untyped-def]
    agents = {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)}
    assert agents == ({agent} if agent else set())


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the subject of a relative clause is not the noun the clause describes
        ("Norway recalled its envoys from Peru and Chile, which it accuses of meddling.",
         ("Norway", "Chile")),
        ("Norway recalled its envoy from Chile, which it blames for the incident.",
         ("Norway", "Chile")),
        ("Norway condemned Chile, which it said had violated the treaty.", ("Norway", "Chile")),
    ],
)  # fmt: skip
def test_a_relative_clauses_subject_is_not_what_it_describes(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    found = directed(facts, EventKind.CONFLICT)
    assert pair in found
    assert not {(a, t) for a, t in found if a in {"Peru", "Chile"}}
    assert not speakers(facts) & {"Peru", "Chile"}


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad, father of Karim Haddad, said he had met Prime Minister Ana Silva on Monday.",
        "Omar Haddad, the lawyer for Karim Haddad, said he had met Prime Minister Ana Silva.",
        "Lena Park, the sister of Minho Park, said she had met Prime Minister Ana Silva.",
    ],
)
def test_a_name_inside_the_subjects_description_is_not_the_subject(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    subject = text.split(",")[0]
    assert met_pairs(facts_of(text)) == {frozenset({subject, "Ana Silva"})}


def test_his_in_the_object_is_the_subject_not_a_name_in_its_description(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Omar Haddad, father of Karim Haddad, thanked his lawyers for their work.")
    assert ("Omar Haddad", "Karim Haddad") not in directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz met Tomas Lind. Lind later blamed himself for the failure of the talks.",
        "Ana Ruiz criticised Chile. Chile's leader Tomas Lind was angry with himself for"
        " not replying sooner.",
        "Ana Ruiz met Tomas Lind on Monday. Later that day Lind accused himself of naivety.",
    ],
)
def test_a_reflexive_argument_is_its_own_subject_never_a_second_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {pair for pair in directed(facts, EventKind.CONFLICT) if pair[0] == "Tomas Lind"}


def test_a_reflexive_inside_a_nouns_phrase_may_be_someone_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Tomas Lind has attacked a union leader who said the conflict between himself and"
        " President Ana Ruiz was damaging."
    )
    assert ("Tomas Lind", "Ana Ruiz") in directed(facts, EventKind.CONFLICT)
