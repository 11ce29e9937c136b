"""Who speaks and what a statement is about: actors, not laws, treaties or groups
known only by what they are. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import speakers


def _quotes(facts) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.quote or "" for e in facts.events if e.kind is EventKind.STATEMENT]


def _topics(facts) -> set[str]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        names[k] for e in facts.events if e.kind is EventKind.STATEMENT for k in e.actors("topic")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers said the bill would be debated next week.",
        "Creditors of Halvorsen Shipping said they would seek repayment.",
        "Green groups say the plan would harm wildlife.",
        "Cabinet allies said the minister would not resign.",
        "On Monday, opposition lawmakers said the vote had been rigged.",
        '"The scheme will fail," creditors said.',
        "The plan is unworkable, say green groups.",
    ],
)
def test_an_unnamed_group_does_not_speak(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kelmar Bank said lenders had tightened credit.", "Kelmar Bank"),
        ("Police said two men had been arrested.", "Police"),
        ("Kurdish rebels said they had captured the town.", "Kurdish rebels"),
        ("Greenpeace said the plan would harm wildlife.", "Greenpeace"),
        ("The European Commission said the merger could go ahead.", "European Commission"),
    ],
)
def test_named_bodies_and_forces_still_speak(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "not_topic"),
    [
        ("Kelvin Roath said the European Convention on Human Rights should be reformed.",
         "European Convention on Human Rights"),
        ("Nadia Ferrand said the Kyoto Protocol would cut emissions.", "Kyoto Protocol"),
        ("Jonas Kettle said the Kelso Act was a bad law.", "Kelso Act"),
        ('"The Dunmore Treaty is dead," Lena Marsh said.', "Dunmore Treaty"),
        ("Tom Rellick said the rules broke the Convention against Torture.",
         "Convention against Torture"),
        ("Ann Pollard said Scottish students would not miss out.", "Scottish students"),
        ("Tom Rellick said the deal would be welcomed by Labour MPs.", "Labour MPs"),
        ("Ann Pollard argued that Islamic countries should send troops.", "Islamic countries"),
    ],
)  # fmt: skip
def test_laws_and_described_groups_are_no_topics(facts_of, text: str, not_topic: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(not_topic in t for t in _topics(facts_of(text)))


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Nadia Ferrand said Russia would ratify the Kyoto Protocol.", "Russia"),
        ("Ann Pollard said Hamas had fired the rockets.", "Hamas"),
        ("Tom Rellick said the Council of Europe would rule on the case.", "Council of Europe"),
    ],
)
def test_actors_beside_a_law_stay_topics(facts_of, text: str, topic: str) -> None:  # type: ignore[no-untyped-def]
    assert topic in _topics(facts_of(text))


def test_a_named_convention_is_no_target_of_criticism(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Lorna Askew criticised the European Convention on Human Rights.")
    assert not any(e.kind is EventKind.CONFLICT and e.factual for e in facts.events)


@pytest.mark.parametrize(
    "text",
    [
        "The Kivu Liberation Front seized Rutsho on Monday. The rebels said they would advance.",
        "Thousands marched on the parliament on Monday. The protesters said they would return.",
    ],
)
def test_a_group_the_story_refers_back_to_still_speaks(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text))


def _addressees(facts) -> set[str]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        names[k]
        for e in facts.events
        if e.kind is EventKind.STATEMENT
        for k in e.actors("addressee")
    }


@pytest.mark.parametrize(
    ("text", "speaker", "told"),
    [
        (
            "President Tomas Hallberg gave an interview to the BBC on Thursday in which he "
            "defended the reforms.",
            "Tomas Hallberg",
            "BBC",
        ),
        (
            "President Tomas Hallberg granted the Financial Times an interview, his first "
            "since the election.",
            "Tomas Hallberg",
            "Financial Times",
        ),
        (
            "The Chilean foreign minister gave interviews to Reuters on Monday.",
            "Chile",
            "Reuters",
        ),
    ],
)
def test_giving_an_interview_is_a_statement_to_the_interviewer(
    facts_of, text: str, speaker: str, told: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert speaker in speakers(facts)
    assert told in _addressees(facts)
    assert not any(
        e.kind in {EventKind.MEETING, EventKind.PHONE_CALL, EventKind.VISIT} for e in facts.events
    )


@pytest.mark.parametrize(
    "text",
    [
        "The minister gave a lift to President Juan Ramos.",
        "The court gave its ruling to the BBC.",
    ],
)
def test_giving_anything_else_says_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text))


def test_speaking_to_a_broadcaster_tells_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Speaking to the BBC on Sunday, Finance Minister Jonas Berg defended the budget."
    facts = facts_of(text)
    assert "Jonas Berg" in speakers(facts)
    assert "BBC" in _addressees(facts)
    assert "BBC" not in _topics(facts)


@pytest.mark.parametrize(
    ("text", "author", "listed"),
    [
        ("Velcor plans to buy Amstead Cement, Rolt Industries and the holding firm, "
         "Brenner Holdings, a Velcor statement said.", "Velcor", "Brenner Holdings"),
        ("Osprey Air will buy Dunmore Rail and Castell Ferries, a statement from Osprey Air said.",
         "Osprey Air", "Castell Ferries"),
        ("Rolt Industries will shut two mills in Wales and Kent, a communique from Rolt "
         "Industries said.", "Rolt Industries", "Wales"),
    ],
)  # fmt: skip
def test_a_statement_after_a_list_speaks_for_its_author(
    facts_of, text: str, author: str, listed: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    said = speakers(facts)
    assert author in said
    assert listed not in said
    assert not any("statement" in q or "communique" in q for q in _quotes(facts))


@pytest.mark.parametrize(
    ("text", "speaker", "owned"),
    [
        ("Crown-owned Petrova now owns Dalmek and Norway has said it will sell the refiner "
         "within a year.", "Norway", "Dalmek"),
        ("Velcor now controls Amstead Cement and France has said it will review the deal.",
         "France", "Amstead Cement"),
        ("Marlow Group now holds Kestrel Bank and Spain has said it will study the sale.",
         "Spain", "Kestrel Bank"),
    ],
)  # fmt: skip
def test_what_is_owned_does_not_speak_with_the_next_subject(
    facts_of, text: str, speaker: str, owned: str
) -> None:  # type: ignore[no-untyped-def]
    said = speakers(facts_of(text))
    assert speaker in said
    assert owned not in said


@pytest.mark.parametrize(
    "text",
    [
        "Market slumps seldom spread to jobs, the Ohio centre has argued in a new paper.",
        "Prices will rise next year, the Ohio centre said.",
        "Wages will fall, the Kansas centre said on Friday.",
    ],
)
def test_a_body_known_by_its_place_and_kind_does_not_speak(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The US government dismissed the report on Monday, saying it opposed all abuse.",
            "United States",
        ),
        ("The French government said prices would rise.", "France"),
    ],
)
def test_a_states_government_still_speaks(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Labour MP Sam Oduya spoke in the debate. Only 15 of Britain's 650 MPs were born "
         "abroad, he added.", "650 MPs"),
        ("Ann Pike said only 40 of Canada's 300 senators had voted.", "300 senators"),
        ("Ed Moss said just 9 of Germany's 600 deputies were women.", "600 deputies"),
    ],
)  # fmt: skip
def test_a_count_of_people_is_no_topic(facts_of, text: str, counted: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert speakers(facts)
    assert not any(counted in t for t in _topics(facts))


def test_a_named_body_in_a_clause_stays_a_topic(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Marlow Group said on Tuesday that Kestrel Bank, the lender it bought, would cut jobs."
    )
    assert "Kestrel Bank" in _topics(facts_of(text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Home Secretary Ann Lowe said the case against the Egyptian man was too thin to hold him.",
         "Egypt"),
        ("Ann Lowe said a French woman had been arrested in Leeds.", "France"),
        ("Police chief Tom Hale said an Italian tourist had been robbed in Leeds.", "Italy"),
        ("Police chief Tom Hale said the German student had been questioned.", "Germany"),
    ],
)  # fmt: skip
def test_a_private_persons_nationality_is_no_topic(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert speakers(facts)
    assert country not in _topics(facts)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ann Lowe said a Chinese official had visited the plant.", "China"),
        ("Ann Lowe said French troops would stay.", "France"),
        ('"We will match the kindness of the Danish people," Ann Lowe said.', "Denmark"),
        ("Ann Lowe said there were Danish nationals in the city.", "Denmark"),
    ],
)
def test_a_states_people_in_its_service_keep_it_a_topic(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert country in _topics(facts_of(text))


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # the clause the parser hangs on the programme told: no topic from its owner
        ("Minister Lena Voss told CNN's State of the Union programme that the deal was dead.",
         set()),
        ("Lord Penrith told Radio Norvex's Today programme he hoped the talks could help.", set()),
        ("Lena Voss told CNN's evening programme that Peru had broken the deal.", {"Peru"}),
        # what one tells of is the topic; whom one tells is not
        ("Lena Voss told the committee about Corvid Group's losses.", {"Corvid Group"}),
    ],
)  # fmt: skip
def test_whom_one_tells_is_no_topic(facts_of, text: str, topics: set[str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert speakers(facts) and _topics(facts) == topics


@pytest.mark.parametrize(
    ("text", "country", "named"),
    [
        ("Ana Ruiz said on Monday she had met the US entrepreneur Tom Reyes.", "United States",
         "Tom Reyes"),
        ("Ana Ruiz said on Monday that a bid from US tycoon Tom Reyes had been rejected.",
         "United States", "Tom Reyes"),
        ("Ana Ruiz said on Monday that the Indian tycoon Ravi Menon had sold his stake.", "India",
         "Ravi Menon"),
    ],
)  # fmt: skip
def test_a_country_that_only_says_where_a_trader_is_from_is_no_topic(
    facts_of, text: str, country: str, named: str
) -> None:  # type: ignore[no-untyped-def]
    topics = _topics(facts_of(text))
    assert named in topics and country not in topics


def test_a_countrys_officials_keep_it_a_topic(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert "United States" in _topics(
        facts_of("Ana Ruiz said on Monday that US officials had lied.")
    )


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        (
            "Egypt has not yet accepted the nomination of Sudanese diplomat Omar Salih as "
            "ambassador, Sudan's foreign ministry said on Sunday, denying reports of a rift.",
            "Egypt",
        ),
        (
            "Ghana has not yet accepted the nomination of Togolese diplomat Kofi Mensah as "
            "ambassador, Togo's foreign ministry said on Monday, adding that talks would go on.",
            "Ghana",
        ),
        (
            "Laos has not yet accepted the nomination of Thai diplomat Somchai Wong as "
            "ambassador, Thailand's foreign ministry said on Friday, denying reports of a rift.",
            "Laos",
        ),
    ],
)
def test_the_reported_clauses_subject_does_not_speak(facts_of, text: str, not_speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert not_speaker not in speakers(facts_of(text))


def test_a_second_verb_still_shares_its_subject(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Governor Ana Ruiz met the new envoy, Tomas Lind, and said the talks were useful."
    )
    assert speakers(facts) == {"Ana Ruiz"}


@pytest.mark.parametrize(
    ("text", "not_topic"),
    [
        ("Commissioner Ana Vale said meeting the Lisbon goals would be hard.", "Portugal"),
        ("Governor Ivo Marsh said the Paris Club had agreed to cut the debt.", "France"),
        ("Senator Lena Marsh said the Washington consensus had failed.", "United States"),
    ],
)
def test_a_capital_naming_something_after_itself_is_no_topic(
    facts_of, text: str, not_topic: str
) -> None:  # type: ignore[no-untyped-def]
    assert not_topic not in _topics(facts_of(text))


def test_a_capital_standing_for_its_government_stays_a_topic(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert "Spain" in _topics(
        facts_of("Senator Lena Marsh said Madrid had agreed to cut spending.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Department for Road Safety set new rules. But the government department "
        'responsible for the change suffered from "high turnover", said the Transport Committee.',
        "The Harbour Agency met on Monday. But the agency responsible for the port lost "
        '"too many staff", said the Audit Committee.',
        'The Rail Authority met. But the authority in charge of fares had "failed", said the '
        "Transport Committee.",
    ],
)
def test_the_inverted_subject_speaks_not_the_reported_clauses(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """The parser may give "said" both the reported clause's subject and the inverted
    one after it: only the one after the verb speaks."""
    found = speakers(facts_of(text))
    assert not found & {"Department for Road Safety", "Harbour Agency", "Rail Authority"}
