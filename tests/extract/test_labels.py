"""Name-calling and hostile judgements of an actor: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tomas Lind called the Liberal Party's plan a mistake.", ("Tomas Lind", "Liberal Party")),
        ("Tomas Lind branded Peter Holm a danger to peace.", ("Tomas Lind", "Peter Holm")),
        ("Tomas Lind described the Liberal Party as reckless.", ("Tomas Lind", "Liberal Party")),
        (
            'Tomas Lind calls China\'s policy "a turn in the wrong direction."',
            ("Tomas Lind", "China"),
        ),
    ],
)
def test_a_name_that_condemns_is_criticism(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Lind called Peter Holm a friend.",
        "Tomas Lind did not call the Liberal Party's plan a mistake.",
        "Tomas Lind called on China to end the threat.",
    ],
)
def test_a_name_that_does_not_condemn_is_not(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "criticise" for e in facts_of(text).events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Vera Koll called Governor Aldo Brisk a liar on the radio.",
            ("Vera Koll", "Aldo Brisk"),
        ),
        ("Vera Koll branded Aldo Brisk a coward and a traitor.", ("Vera Koll", "Aldo Brisk")),
        ("Vera Koll labelled Aldo Brisk a dictator in waiting.", ("Vera Koll", "Aldo Brisk")),
        ("Vera Koll described Aldo Brisk as untrustworthy.", ("Vera Koll", "Aldo Brisk")),
        ("Vera Koll dismissed Aldo Brisk as a hypocrite.", ("Vera Koll", "Aldo Brisk")),
        ("Vera Koll portrayed Aldo Brisk as a demagogue.", ("Vera Koll", "Aldo Brisk")),
        ("Vera Koll called Aldo Brisk anti-farmer at the fair.", ("Vera Koll", "Aldo Brisk")),
        ("Vera Koll described Aldo Brisk as anti-Chilean.", ("Vera Koll", "Aldo Brisk")),
        ("Vera Koll likened Aldo Brisk to a despot.", ("Vera Koll", "Aldo Brisk")),
        ("Vera Koll compared Aldo Brisk's rule to a dictatorship.", ("Vera Koll", "Aldo Brisk")),
    ],
)
def test_a_hostile_label_opposes_whom_it_names(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Aldo Brisk is a liar and a bully," Vera Koll said.', ("Vera Koll", "Aldo Brisk")),
        ("Vera Koll said Aldo Brisk was a traitor to his town.", ("Vera Koll", "Aldo Brisk")),
        ("Vera Koll told the crowd that Aldo Brisk is anti-worker.", ("Vera Koll", "Aldo Brisk")),
        ('"Aldo Brisk is a crook," Vera Koll told reporters.', ("Vera Koll", "Aldo Brisk")),
        ("Vera Koll said Aldo Brisk remained a fraudster.", ("Vera Koll", "Aldo Brisk")),
        ("Vera Koll said Aldo Brisk was behaving like a dictator.", ("Vera Koll", "Aldo Brisk")),
        ("Vera Koll said Kenya was acting like a rogue state.", ("Vera Koll", "Kenya")),
        ('"He is a liar," Vera Koll said of Aldo Brisk.', ("Vera Koll", "Aldo Brisk")),
        ('Vera Koll said of Aldo Brisk: "He is a coward."', ("Vera Koll", "Aldo Brisk")),
    ],
)
def test_a_hostile_judgement_in_what_is_said(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Vera Koll was branded a liar by Aldo Brisk.",
        "Vera Koll was described as a coward by Aldo Brisk.",
        "Vera Koll was dismissed as a failure by Aldo Brisk.",
    ],
)
def test_a_label_put_on_the_passive_subject(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Aldo Brisk", "Vera Koll") in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Vera Koll called Aldo Brisk a hero of the flood.",  # praise
        "Vera Koll described Aldo Brisk as a wise leader.",
        '"Aldo Brisk is a true patriot," Vera Koll said.',
        "Vera Koll called the new bridge a success.",  # a thing, no actor
        "Vera Koll said the flood was a danger to the valley.",
        "Vera Koll dismissed Aldo Brisk from the board.",  # fired, no label
        "Vera Koll dismissed the survey as nonsense.",
        "Vera Koll compared Aldo Brisk to a saint.",
        'Vera Koll said of Aldo Brisk: "He is a hero."',
        'Kenya met Uganda. Vera Koll said of the dam: "It is a disaster."',  # not Kenya
        "Vera Koll compared the fight against tyrants to a marathon.",
        "Vera Koll said Aldo Brisk is anti-war.",  # against a bad thing
        "Vera Koll said Aldo Brisk was an anti-corruption campaigner.",
        "Vera Koll said the police had caught criminals.",
        "Vera Koll said Aldo Brisk's cousin was a liar.",  # not said of Aldo Brisk
        "Aldo Brisk has been called a liar.",  # nobody calls him so
        "Vera Koll called herself a failure.",  # herself
        "Vera Koll called Aldo Brisk a hero in the fight against corruption.",
        "Vera Koll called Aldo Brisk a friend of the victims of terrorists.",
        "Vera Koll described Aldo Brisk as a man who had fought dictators.",
    ],
)
def test_no_hostile_label(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Vera Koll did not call Aldo Brisk a liar.",
        "Vera Koll said Aldo Brisk was not a liar.",
        "Vera Koll denied calling Aldo Brisk a traitor.",
        "Vera Koll said Aldo Brisk was no racist.",
        "Vera Koll called Aldo Brisk no coward.",
        "Vera Koll said Aldo Brisk was hardly a dictator.",
        "Vera Koll said Aldo Brisk was behaving like a gentleman.",
        "Vera Koll said nobody believed Aldo Brisk was a liar.",
        "Vera Koll said no one in the party felt Aldo Brisk was a traitor.",
        "Vera Koll said she did not think Aldo Brisk was a racist.",
    ],
)
def test_a_denied_label_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Vera Koll", "Aldo Brisk") not in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya called Uganda's plan a grave mistake.", ("Kenya", "Uganda")),
        ("Mirela Vos branded Austria's policy a disgrace.", ("Mirela Vos", "Austria")),
        ("Mirela Vos branded Austria's policy a disgrace on Tuesday.", ("Mirela Vos", "Austria")),
    ],
)
def test_a_name_the_parser_hangs_apart_still_names(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """The parser may take the name for an apposition of the object or an
    adverbial noun of the verb."""
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Brandt called Chile's budget a grand success.",
        "Peru called Chile's envoy, a veteran diplomat, on Monday.",
        "Kenya did not call Uganda's plan a grave mistake.",
    ],
)
def test_an_apposition_or_a_kind_name_says_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Brazil expelled two diplomats, a step that Argentina called hostile.",
            ("Argentina", "Brazil"),
        ),
        (
            "Brazil suspended the deal, a move which Argentina described as an unfriendly act.",
            ("Argentina", "Brazil"),
        ),
        (
            "Brazil suspended the deal, a move Argentina's president Tomas Quiroga described as "
            "an unfriendly act.",
            ("Tomas Quiroga", "Brazil"),
        ),
        (
            "Brazil closed the border, a decision that Argentina called unacceptable.",
            ("Argentina", "Brazil"),
        ),
    ],
)
def test_a_hostile_label_of_an_act_judges_its_doer(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil expelled two diplomats, a step that Argentina called necessary.",
        "Brazil expelled two diplomats, a step that Argentina did not call hostile.",
        "Brazil suspended the deal, a move Argentina described as overdue.",
    ],
)
def test_no_judgement_of_an_act_without_a_hostile_label(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Argentina", "Brazil") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Moscow criticised Finland's decision to join NATO, calling it a grave mistake.",
            ("Russia", "North Atlantic Treaty Organization"),
        ),
        (
            "The Kremlin slammed Sweden's accession to NATO, calling it a threat to Russian security.",
            ("Russia", "North Atlantic Treaty Organization"),
        ),
        (
            "Russia reacted angrily to Finland's bid to join NATO, calling it a grave mistake.",
            ("Russia", "North Atlantic Treaty Organization"),
        ),
        (
            "Poland blamed Russia for the attack on Ukraine, calling it a crime.",
            ("Poland", "Ukraine"),
        ),
    ],
)
def test_calling_it_judges_the_thing_of_the_main_clause(facts_of, text, wrong) -> None:  # type: ignore[no-untyped-def]
    """The "it" of "..., calling it a mistake" is the thing the main clause is about."""
    assert wrong not in directed(facts_of(text), EventKind.CONFLICT)


def test_calling_it_of_a_country_still_judges_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Moscow criticised Finland's decision to join NATO, calling it a grave mistake."
    )
    assert ("Russia", "Finland") in directed(facts, EventKind.CONFLICT)
    facts = facts_of("NATO condemned Russia, calling it a rogue state.")
    assert ("North Atlantic Treaty Organization", "Russia") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hostile name for an act, put on its doer ("an act of ...", a crime's name)
        (
            "Norway called the boarding of its trawler by Iceland an act of piracy.",
            ("Norway", "Iceland"),
        ),
        ("Norway called Iceland's capture of the trawler an act of piracy.", ("Norway", "Iceland")),
        (
            "Oslo described the capture of the trawler by Icelandic forces as piracy.",
            ("Norway", "Iceland"),
        ),
        ("Lebanon called the Syrian raid on the port an act of war.", ("Lebanon", "Syria")),
        (
            "Oslo called the attack on its embassy by Icelandic troops a crime.",
            ("Norway", "Iceland"),
        ),
        (
            "Iceland's capture of the trawler was an act of piracy, Norway said.",
            ("Norway", "Iceland"),
        ),
        ("Lebanon said the Syrian bombardment was an act of aggression.", ("Lebanon", "Syria")),
    ],
)
def test_a_hostile_name_for_an_act_opposes_its_doer(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway called Ivo Dahl a war hero.",
        "Norway said Iceland had been a victim of piracy.",
        "Norway said Iceland was the target of aggression.",
        "Norway called Iceland's act of generosity a gesture of friendship.",
    ],
)
def test_no_hostile_name_for_an_act_or_a_victim(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "criticise" for e in facts_of(text).events)


def test_an_act_named_by_call_is_done_not_wanted(facts_of) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Norway called the seizure of its trawler by Iceland a crime.",
        "Denmark called the detention of its sailors by Iceland an act of piracy.",
    ):
        pairs = directed(facts_of(text), EventKind.CONFLICT)
        assert ("Iceland", text.split()[0]) in pairs
        assert (text.split()[0], "Iceland") in pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile called Bolivia's claim absurd.", ("Chile", "Bolivia")),
        ("Greece called Turkey's demand ridiculous.", ("Greece", "Turkey")),
        ("Ana Ruiz called Peru's offer ludicrous.", ("Ana Ruiz", "Peru")),
        ("Ghana branded Togo's seizure of the tanker illegal.", ("Ghana", "Togo")),  # a clause
    ],
)
def test_a_thing_parsed_as_the_labels_subject_is_what_is_labelled(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile called the claim absurd.",
        "Chile called Bolivia's claim sensible.",
        "Chile called the demand ridiculous.",
    ],
)
def test_a_thing_of_no_one_or_praised_gives_none(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crime's name for an act told before or in the same sentence (label-words `crime`)
        ("Argentine police arrested three Chilean fishermen. Chile called the arrests an act "
         "of kidnapping.", ("Chile", "Argentina")),
        ("Peruvian troops detained two Bolivian soldiers. Bolivia termed the detentions an "
         "abduction.", ("Bolivia", "Peru")),
        ("Iceland seized three British trawlers. Britain called the seizures an outrage.",
         ("United Kingdom", "Iceland")),
        ("Chile called the arrest of its fishermen by Argentina an act of kidnapping.",
         ("Chile", "Argentina")),
    ],
)  # fmt: skip
def test_a_crime_named_for_an_act_opposes_its_doer(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile signed a trade deal with Peru. Chile called the deal a breakthrough.",  # praise
        "Chile closed its border with Peru. Chile called its decision an act of necessity.",
        "Chilean police arrested three Peruvian smugglers. Chile called the arrests lawful.",
        "Floods hit Chile. Peru called the weather an outrage.",  # a deed of no one
    ],
)
def test_no_crime_named_for_an_own_act_or_a_deed_of_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "criticise" for e in facts_of(text).events)


@pytest.mark.parametrize(
    "text",
    [
        '"This is a betrayal," Vera Koll said of Peru\'s decision.',
        'Vera Koll said of Peru\'s decision: "It is a betrayal of our people."',
        '"That is a disgrace," Vera Koll said of Peru\'s vote.',
    ],
)
def test_a_label_said_of_an_actors_act_judges_the_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Vera Koll", "Peru") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        '"This is a great step," Vera Koll said of Peru\'s decision.',  # praise
        '"This is a betrayal," Vera Koll said of the decision.',  # no one's act named
    ],
)
def test_no_label_said_of_an_act_without_a_hostile_word_or_owner(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Vera Koll", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Home Secretary Jane Pellow said benefits would be cut. Labour spokesman Omar Qureshi '
         'called her remarks "contempt for working families".', ("Omar Qureshi", "Jane Pellow")),
        ("Senator Anna Kirsch defended the tax plan. Tom Baines called her comments "
         '"sheer arrogance".', ("Tom Baines", "Anna Kirsch")),
        ("Prime Minister Alan Wray announced new tariffs. Carla Moss described his decision as "
         '"callous".', ("Carla Moss", "Alan Wray")),
    ],
)  # fmt: skip
def test_words_of_contempt_judge_the_owner_of_the_remarks(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        'Home Secretary Jane Pellow said benefits would be cut. Omar Qureshi called her remarks "very interesting".',
        "Senator Anna Kirsch defended the tax plan. Tom Baines called her comments a breath of fresh air.",
        "Jane Pellow was found in contempt of court on Monday, Omar Qureshi said.",
    ],
)
def test_no_word_of_contempt_no_criticism(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {p for p in opposed(facts_of, text) if p[0] == "Omar Qureshi" or p[0] == "Tom Baines"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The Ostland Supreme Court blocked the law. Justice Minister Lars Odin called the '
         'court\'s judges "a clique in robes".', ("Lars Odin", "Ostland Supreme Court")),
        ('Opposition leader Max Ruud branded Chancellor Ida Brandt\'s ministers "clowns".',
         ("Max Ruud", "Ida Brandt")),
        ('Mayor Nils Falk dismissed the Veldt City Council as "a talking shop".',
         ("Nils Falk", "Veldt City Council")),
        ('Senator Amy Cole called Governor Ray Ott\'s budget "a joke".', ("Amy Cole", "Ray Ott")),
        ('Senator Amy Cole described Governor Ray Ott\'s plan as "a sham".',
         ("Amy Cole", "Ray Ott")),
    ],
)  # fmt: skip
def test_a_word_of_contempt_judges_the_one_called_or_the_things_owner(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        'Prime Minister Eva Lind called the Supreme Court judges "experienced".',
        'Prime Minister Eva Lind described the Supreme Court ruling as "final".',
        "After ten hours the negotiators led by Eva Lind called it a day.",
        'Prime Minister Eva Lind called the Supreme Court ruling "a landmark".',
        "Eva Lind said the talking point of the summit was trade with Peru.",
    ],
)
def test_no_word_of_contempt_no_judgement(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, text)
