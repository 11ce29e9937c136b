"""Stances told by idiom or by a name: summoning an envoy, objecting, branding,
warning of force, expelling from, standing by, joining forces, coming to the aid
of, being an ally of. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


def cooperated(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya summoned Uganda's ambassador.", ("Kenya", "Uganda")),
        ("Kenya summoned the Ugandan ambassador over the remarks.", ("Kenya", "Uganda")),
        ("Kenya objected to Uganda's plan.", ("Kenya", "Uganda")),
        ("Kenya called Uganda a rogue state.", ("Kenya", "Uganda")),
        ("Kenya designated the Taliban a terrorist group.", ("Kenya", "Taliban")),
        ("Kenya warned Uganda that it would retaliate.", ("Kenya", "Uganda")),
        ("Kenya warned Uganda that it would impose sanctions.", ("Kenya", "Uganda")),
        ("Russia's ambassador was expelled from Poland.", ("Poland", "Russia")),
        ("Two Russian diplomats were expelled from Poland.", ("Poland", "Russia")),
        ("Daniel Moreno was suspended from the Labour Party.", ("Labour Party", "Daniel Moreno")),
    ],
)
def test_opposition_idioms(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya summoned the board.",
        "Kenya warned Uganda that prices would rise.",
        "Kenya warned Uganda that Sudan would attack it.",
        "Kenya warned Uganda that it would not attack.",
        "Kenya said police had arrested terrorists.",
        "Kenya called Uganda a friend.",
    ],
)
def test_no_opposition(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(a == "Kenya" for a, _ in opposed(facts_of, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya joined forces with Uganda against the rebels.", ("Kenya", "Uganda")),
        ("Kenya stood by Uganda during the crisis.", ("Kenya", "Uganda")),
        ("Kenya expressed solidarity with Uganda.", ("Kenya", "Uganda")),
        ("Kenya came to the aid of Uganda.", ("Kenya", "Uganda")),
        ("Kenya is a close ally of Uganda.", ("Kenya", "Uganda")),
        ("Kenya, an ally of Uganda, abstained.", ("Kenya", "Uganda")),
        ("With the backing of Russia, Syria retook the city.", ("Russia", "Syria")),
        ("With the support of Russia and Iran, Syria held the city.", ("Iran", "Syria")),
    ],
)
def test_cooperation_idioms(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya stood by the window.",
        "Kenya came to the aid of the old.",
        "Kenya did not stand by Uganda.",
        "Kenya may join forces with Uganda next year.",
    ],
)
def test_no_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya excoriated Uganda over the killings.", ("Kenya", "Uganda")),
        ("Uganda was disparaged by Kenya.", ("Kenya", "Uganda")),
        ("Kenya chastised Uganda for the delay.", ("Kenya", "Uganda")),
        ("The SEC alleged that Acme Corp had misled investors.", ("SEC", "Acme Corp")),
        ("Bolivia nationalised Repsol's gas fields.", ("Bolivia", "Repsol")),
        ("Iran executed Daniel Moreno in May.", ("Iran", "Daniel Moreno")),
        ("Daniel Moreno was tortured by Iranian police.", ("Iran", "Daniel Moreno")),
    ],
)
def test_more_conflict_verbs(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    ["Kenya executed the plan.", "Kenya did not nationalise Repsol.", "Kenya may allege fraud."],
)
def test_verbs_without_a_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya subsidised Acme Corp for a decade.", ("Kenya", "Acme Corp")),
        ("Acme Corp was rescued by Kenya.", ("Kenya", "Acme Corp")),
        ("Kenya subsidized the Ugandan army.", ("Kenya", "Uganda")),
    ],
)
def test_subsidies_and_rescues(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya called expanding NATO a dangerous mistake.",
            ("Kenya", "North Atlantic Treaty Organization"),
        ),
        (
            "Kenya calls extending NATO membership eastward a wrong move.",
            ("Kenya", "North Atlantic Treaty Organization"),
        ),
        ("Kenya called inviting Uganda a grave mistake.", ("Kenya", "Uganda")),
    ],
)
def test_naming_an_act_towards_someone(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


def test_naming_an_act_with_praise(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, "Kenya called expanding NATO a wise step.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran shot down a US drone.", ("Iran", "United States")),
        ("Kenyan police gunned down a Ugandan student.", ("Kenya", "Uganda")),
        ("Kenya torpedoed Uganda's bid.", ("Kenya", "Uganda")),
        ("Acme Corp scuppered the takeover bid by Beta Inc.", ("Acme Corp", "Beta Inc.")),
        ("Uganda's plan was thwarted by Kenya.", ("Kenya", "Uganda")),
    ],
)
def test_shooting_down_and_thwarting(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


def test_shooting_a_film_is_no_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, "Kenya shot a film in Uganda.") == set()


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The war pitted Norway against Sweden.", "190"),
        ("Fierce fighting pitted Chad against Niger.", "190"),
        ("A bitter row pitted Norway against Sweden.", "111"),
        ("The dispute over fishing rights pitted Iceland against Norway.", "111"),
        ("The vote pitted Norway against Sweden.", "111"),  # no conflict noun: words
    ],
)
def test_what_pits_two_sides_says_which_conflict(facts_of, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of(text).events if e.kind is EventKind.CONFLICT]
    assert len(events) == 2  # each side against the other
    assert {e.cameo for e in events} == {cameo}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan lawmaker Ruth Mbeki took aim at Uganda over the dispute.",
            ("Ruth Mbeki", "Uganda"),
        ),
        ("Peru took aim at Chile's fishing policy.", ("Peru", "Chile")),
        ("In a speech, Ghana's president took aim at the World Bank.", ("Ghana", "World Bank")),
    ],
)
def test_taking_aim_at_someone(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text", ["He took aim at the goal.", "Peru did not take aim at Chile.", "Kenya took aim."]
)
def test_aim_at_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan lodged a strong protest with Afghanistan over the shelling.",
            ("Pakistan", "Afghanistan"),
        ),
        ("Peru has filed a formal protest with Chile.", ("Peru", "Chile")),
        (
            "Ireland registered a protest with Britain over the fishing fleet.",
            ("Ireland", "United Kingdom"),
        ),
    ],
)
def test_a_protest_lodged_with_a_country(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Farmers staged a protest with Kenya's unions.",
        "Peru filed a complaint with the World Trade Organization.",
        "Peru joined a protest with Chile against the tax.",
    ],
)
def test_no_protest_against_whom_it_is_made_with(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(
        b in {"Chile", "World Trade Organization", "Kenya"} for _, b in opposed(facts_of, text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The African Union warned Sudan's leaders against further escalation.",
            ("African Union", "Sudan"),
        ),
        ("In a statement, Peru warned Chile's generals against a coup.", ("Peru", "Chile")),
        ("Peru warned Chile's leaders that it would retaliate.", ("Peru", "Chile")),
    ],
)
def test_warning_a_country_s_leaders(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States warned its citizens against travel to Chile.",
        "Peru did not warn Chile's leaders against a coup.",
        "Peru warned of a coup in the region.",
    ],
)
def test_no_warning_against_anyone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Ada Ruhl took a swipe at Jonas Brekke in her speech.",
         ("Ada Ruhl", "Jonas Brekke")),
        ("Jonas Brekke's swipe at Chancellor Ada Ruhl was widely reported.",
         ("Jonas Brekke", "Ada Ruhl")),
        ("Senator Orla Brandt launched a broadside against Governor Tomas Vikander.",
         ("Orla Brandt", "Tomas Vikander")),
        ("Rosa Velt poured scorn on Aldo Crespi's proposals.", ("Rosa Velt", "Aldo Crespi")),
        ("Kenya's tirade against Uganda surprised the delegates.", ("Kenya", "Uganda")),
        ("Kenya's snub of Uganda at the summit deepened the row.", ("Kenya", "Uganda")),
        ("The Kenyan snub to Uganda was deliberate.", ("Kenya", "Uganda")),
        ("In a dig at Uganda, Kenya's foreign minister praised Tanzania.", ("Kenya", "Uganda")),
        ("The remark was a thinly veiled dig at Uganda from the Kenyan minister.",
         ("Kenya", "Uganda")),
        ("Rosa Velt's jab at Aldo Crespi drew laughter.", ("Rosa Velt", "Aldo Crespi")),
        ("Kenya's repeated digs at Uganda soured the talks.", ("Kenya", "Uganda")),
    ],
)  # fmt: skip
def test_idioms_of_scorn(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Velt poured water on the flowers.",
        "Ada Ruhl took a swipe at the ball.",
        "Senator Orla Brandt may launch a broadside against Governor Tomas Vikander.",
        "Critics called the visit a snub to Uganda.",
        "Archaeologists from Kenya resumed the dig at Lamu.",
        "Kenya denied that the speech was a dig at Uganda.",
    ],
)
def test_scorn_at_no_one_or_not_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Ada Ruhl laid into Jonas Brekke's record on jobs.",
         ("Ada Ruhl", "Jonas Brekke")),
        ("Peru tore into Chile's proposal at the meeting.", ("Peru", "Chile")),
        ("Rosa Velt railed against Aldo Crespi in her column.", ("Rosa Velt", "Aldo Crespi")),
        ("Jonas Brekke was pilloried by Chancellor Ada Ruhl.", ("Ada Ruhl", "Jonas Brekke")),
        ("Chancellor Ada Ruhl upbraided Jonas Brekke for his absence.",
         ("Ada Ruhl", "Jonas Brekke")),
        ("Kenya savaged Uganda's budget.", ("Kenya", "Uganda")),
    ],
)  # fmt: skip
def test_idioms_of_rebuke(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Ada Ruhl laid a wreath in Paris.",
        "Chancellor Ada Ruhl tore into the envelope.",
        "Rosa Velt did not rail against Aldo Crespi.",
    ],
)
def test_no_rebuke(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya reserved its harshest criticism for Uganda.",
        "Kenya directed its ire at Uganda.",
        "The Kenyan president directed his anger at Uganda.",
        "Kenya aimed its criticism at Uganda.",
        "Kenya heaped criticism on Uganda.",
        "Kenya heaped scorn on Uganda over the vote.",
        "Kenya vented its anger at Uganda.",
        "Kenya turned its anger on Uganda.",
        "The Kenyan president was scathing about Uganda.",
    ],
)
def test_criticism_carried_by_a_verb_and_its_object(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Kenya", "Uganda") in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya may heap criticism on Uganda.",
        "Kenya did not heap scorn on Uganda.",
        "Kenya heaped praise on Uganda.",
        "Kenya reserved the seats for Uganda.",
    ],
)
def test_no_criticism_carried_in_prospect_or_by_other_words(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Kenya", "Uganda") not in opposed(facts_of, text)
