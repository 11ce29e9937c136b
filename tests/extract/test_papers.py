"""A paper speaks for who issues it: "X issued a statement backing Y" is X backing Y
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("The African Union issued a statement backing Kenya.", EventKind.COOPERATION,
         ("African Union", "Kenya")),
        ("The Arab League adopted a resolution supporting Egypt's bid.", EventKind.COOPERATION,
         ("Arab League", "Egypt")),
        ("Peru's statement backing Chile surprised diplomats.", EventKind.COOPERATION,
         ("Peru", "Chile")),
        ("A statement by the African Union endorsing Kenya was read out.", EventKind.COOPERATION,
         ("African Union", "Kenya")),
        ("A statement backing Kenya was issued by the African Union.", EventKind.COOPERATION,
         ("African Union", "Kenya")),
        ("Germany put out a declaration condemning Iran's missile tests.", EventKind.CONFLICT,
         ("Germany", "Iran")),
    ],
)  # fmt: skip
def test_a_paper_stands_for_its_issuer(facts_of, text, kind, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana rejected a statement backing Togo.",  # not Ghana's paper
        "Ghana drafted a resolution supporting Togo.",  # not issued
        "Ghana did not issue a statement backing Togo.",
        "Ghana is expected to issue a statement backing Togo.",  # not yet
    ],
)
def test_no_stand_from_a_paper_not_issued(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ghana", "Togo") not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("President Ivan Petrov sent a message to Dorin Vale congratulating him on his election.",
         ("Ivan Petrov", "Dorin Vale")),
        ("Dorin Vale received a message from Ivan Petrov congratulating him on his victory.",
         ("Ivan Petrov", "Dorin Vale")),
        ("Kenya sent a telegram to Uganda congratulating it on its independence day.",
         ("Kenya", "Uganda")),
        ("President Ivan Petrov wrote a letter to Dorin Vale thanking him for his help.",
         ("Ivan Petrov", "Dorin Vale")),
        ("A message of congratulations from Ivan Petrov was sent to Dorin Vale.",
         ("Ivan Petrov", "Dorin Vale")),
        ("Canada sent congratulations to Ghana on its election.", ("Canada", "Ghana")),
    ],
)  # fmt: skip
def test_a_message_speaks_for_its_sender(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    """The sender congratulates the addressee, never the other way round."""
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert pair in found
    assert pair[::-1] not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya is expected to send a message to Uganda congratulating it.",  # not yet
        "Kenya read a message praising Uganda.",  # not said whose message
        "Kenya left a cable running to Uganda.",
    ],
)
def test_no_praise_from_a_message_not_sent(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Kenya", "Uganda") not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile sent a letter to the United Nations demanding an inquiry.",
         ("Chile", "United Nations")),
        ("Bolivia sent Chile a note demanding an explanation for the incident.", ("Bolivia", "Chile")),
        ("Bolivia wrote to Chile on Tuesday, demanding the return of the documents.",
         ("Bolivia", "Chile")),
        ("Bolivia delivered a note to Chile urging the withdrawal of its troops.",
         ("Bolivia", "Chile")),
        ("In a letter to Chile, Bolivia demanded the release of the fishermen.", ("Bolivia", "Chile")),
        ("Bolivia sent a cable to Chile warning of serious consequences.", ("Bolivia", "Chile")),
        ("Bolivia handed Chile a note warning against any provocation.", ("Bolivia", "Chile")),
    ],
)  # fmt: skip
def test_a_letter_demands_of_its_addressee(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    """A demand or warning sent in a letter is aimed at whom the letter is sent to."""
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia plans to send a letter to Chile demanding an explanation.",  # not yet
        "Bolivia did not send a note to Chile demanding an explanation.",
        "Bolivia denied sending a cable to Chile warning of consequences.",
        "Bolivia read out a letter to Chile demanding an explanation.",  # not Bolivia's
        "Bolivia did not send a telegram to Chile congratulating it.",  # no praise either
    ],
)
def test_no_demand_from_a_letter_not_sent(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Bolivia", "Chile") not in directed(facts_of(text), EventKind.CONFLICT)
    assert ("Bolivia", "Chile") not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "kind", "agents", "target"),
    [
        ("A statement issued by NATO condemned Serbia.", EventKind.CONFLICT,
         {"North Atlantic Treaty Organization"}, "Serbia"),
        ("A joint communique issued by Iraq and Jordan condemned Israel.", EventKind.CONFLICT,
         {"Iraq", "Jordan"}, "Israel"),
        ("The statement, released by Chile, praised Peru.", EventKind.COOPERATION, {"Chile"}, "Peru"),
        ("A letter from Ann Vale praised Tom Ray.", EventKind.COOPERATION, {"Ann Vale"}, "Tom Ray"),
        ("Kenya's statement denounced Uganda.", EventKind.CONFLICT, {"Kenya"}, "Uganda"),
    ],
)  # fmt: skip
def test_a_paper_that_acts_acts_for_its_issuers(
    facts_of, text: str, kind: EventKind, agents: set[str], target: str
) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), kind)
    assert {(a, target) for a in agents} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The statement condemned Serbia.",  # no issuer named
        "A statement was issued by NATO.",
        "Kenya rejected a statement that condemned Uganda.",
    ],
)
def test_no_issuer_acts_through_a_paper_no_one_issues_here(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("A statement condemning Iran, issued by France on Tuesday, called for calm.",
         EventKind.CONFLICT, ("France", "Iran")),
        ("A letter criticising Peru, signed by Chile and Bolivia, was delivered.",
         EventKind.CONFLICT, ("Bolivia", "Peru")),
        ("A note criticising Peru, sent by Chile on Monday, asked for talks.",
         EventKind.CONFLICT, ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_an_issuing_participle_hung_on_the_name(
    facts_of, text: str, kind: EventKind, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), kind)


def test_an_issuing_participle_with_no_issuer(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "A statement criticising Peru, issued on Monday, said the vote was flawed."
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("France and Mexico sponsored a resolution condemning Iran.", ("France", "Iran")),
        ("Britain tabled a motion condemning Russia's annexation.", ("United Kingdom", "Russia")),
        ("Peru introduced a resolution condemning Venezuela.", ("Peru", "Venezuela")),
        ("Japan submitted a resolution condemning North Korea.", ("Japan", "North Korea")),
        ("The General Assembly passed a resolution that condemned Iran.",
         ("United Nations General Assembly", "Iran")),
        ("The Arab League adopted a resolution which condemned Israel.", ("Arab League", "Israel")),
    ],
)  # fmt: skip
def test_a_resolution_put_forward_speaks_for_its_sponsor(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("France will table a resolution that condemns Iran.", ("France", "Iran")),
        ("Russia vetoed a resolution that condemned Syria.", ("Russia", "Syria")),
        ("Russia vetoed a resolution condemning Syria.", ("Russia", "Syria")),
        ("Peru did not introduce a resolution condemning Venezuela.", ("Peru", "Venezuela")),
    ],
)  # fmt: skip
def test_a_resolution_not_put_forward_speaks_for_no_one(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A report by the International Crisis Group accused Chad of torturing prisoners.",
         ("International Crisis Group", "Chad")),
        ("A new report from the International Crisis Group accuses Eritrea of forced labour.",
         ("International Crisis Group", "Eritrea")),
        ("The International Crisis Group's report accused Chad of torturing prisoners.",
         ("International Crisis Group", "Chad")),
        ("The International Crisis Group released a report accusing Eritrea of forced labour.",
         ("International Crisis Group", "Eritrea")),
        ("A report by the International Crisis Group alleged that Chadian police had beaten students.",
         ("International Crisis Group", "Chad")),
        ("The ruling by the International Court of Justice condemned Serbia.",
         ("International Court of Justice", "Serbia")),
    ],
)  # fmt: skip
def test_a_report_or_ruling_speaks_for_its_author(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("An International Crisis Group report accused Chad of torturing prisoners.",
         ("International Crisis Group", "Chad")),
        ("A UN report accused Mali of blocking aid convoys.", ("United Nations", "Mali")),
        ("A NATO statement condemned Serbia's troop build-up.",
         ("North Atlantic Treaty Organization", "Serbia")),
        ("A Russian statement condemned Ukraine's strikes.", ("Russia", "Ukraine")),
        ("The ICJ ruling condemned Serbia.", ("International Court of Justice", "Serbia")),
    ],
)  # fmt: skip
def test_a_name_before_a_paper_is_its_issuer(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "A report by the International Crisis Group said that Chadian police had beaten students.",
        "A report that accused Chad of torture may be published next week.",
        "A report by the International Crisis Group did not accuse Chad of torture.",
        "The International Crisis Group rejected a report accusing Chad of torture.",  # not its report
        "The Sudan report condemned Chad.",  # a country before it is what it is about
    ],
)
def test_no_accusation_from_a_report_that_makes_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert ("International Crisis Group", "Chad") not in found
    assert ("Sudan", "Chad") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Commons motion says the takeover would harm the club's fans.",
        "A Senate motion said the deal was unfair to farmers.",
    ],
)
def test_a_house_a_motion_is_put_in_does_not_speak(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text))


def test_a_party_that_puts_a_motion_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of("A Labour motion says the tax is unfair.")) == {"Labour"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Norway's foreign minister phoned his Russian counterpart to demand the crew's release.",
            ("Norway", "Russia"),
        ),
        (
            "Peru's president phoned his Bolivian counterpart to demand an apology.",
            ("Peru", "Bolivia"),
        ),
        (
            "Chile's foreign minister telephoned his Argentine counterpart to demand an explanation.",
            ("Chile", "Argentina"),
        ),
    ],
)
def test_a_call_made_to_demand_is_a_demand_on_the_one_called(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The minister phoned his French counterpart to discuss trade.",
        "Peru's president phoned his Bolivian counterpart but did not demand an apology.",
    ],
)
def test_a_call_for_something_else_demands_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "his" read as the writer's: the demand is still on whom the letter goes to
        ("Tom Reyes wrote to Peter Novak demanding his resignation.", ("Tom Reyes", "Peter Novak")),
        ("Maria Lopez wrote to the finance minister, Peter Novak, demanding his resignation.",
         ("Maria Lopez", "Peter Novak")),
        # what a call is made for or says: "phoned X, demanding ..."
        ("Tom Reyes telephoned Peter Novak, demanding an apology.", ("Tom Reyes", "Peter Novak")),
        ("Tom Reyes called Peter Novak on Monday, demanding an apology.",
         ("Tom Reyes", "Peter Novak")),
        # a protest is lodged with whom it is sent to
        ("Kenya sent a letter to Uganda protesting the border closure.", ("Kenya", "Uganda")),
        ("Kenya wrote to Uganda, protesting the arrest of its fishermen.", ("Kenya", "Uganda")),
    ],
)  # fmt: skip
def test_an_act_in_a_participle_is_aimed_at_whom_it_is_sent_to(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peter Novak wrote a book condemning war.",  # sent to no one
        "Peter Novak wrote a letter condemning the violence.",
        "Tom Reyes phoned Peter Novak, saying the talks would resume.",  # no act against him
        "Tom Reyes wrote to Peter Novak praising his courage.",
    ],
)
def test_a_participle_with_no_act_against_the_addressee_opposes_no_one(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


def test_a_protest_to_a_third_party_is_against_whom_it_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = directed(
        facts_of("Kenya wrote to the United Nations protesting the arrest of its fishermen by Uganda."),
        EventKind.CONFLICT,
    )
    assert ("Kenya", "Uganda") in got and ("Kenya", "United Nations") not in got


def test_an_appeal_made_in_a_call_is_addressed_to_whom_it_reaches(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("President Tom Reyes phoned Peru's president, urging restraint.")
    names = {a.key: a.name for a in facts.actors}
    told = {names[k] for e in facts.events if e.type == "appeal" for k in e.actors("addressee")}
    assert "Peru" in told


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reyes telephoned Peter Novak, urging restraint.",
        "Chile's president phoned Peru's president, urging calm.",
        "Tom Reyes phoned Peter Novak, urging dialogue.",
        "Tom Reyes rang Peter Novak, urging moderation.",
        "Bolivia delivered a note to Chile urging restraint.",  # as "urged Chile to show restraint"
    ],
)
def test_a_call_urging_a_conciliatory_thing_is_an_appeal_no_demand(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # "call" in the naming sense: the one named is not whom a demand is made of
        ("Tom Reyes called Peter Novak a liar, demanding that the board act.", "Peter Novak"),
        ("Ana Ruiz called Peter Novak a traitor, demanding that parliament act.", "Peter Novak"),
    ],
)
def test_naming_someone_is_no_call_a_demand_is_made_in(facts_of, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    n = {a.key: a.name for a in facts.actors}
    on = {n[k] for e in facts.events if e.type == "demand" for k in e.actors("target")}
    assert named not in on
