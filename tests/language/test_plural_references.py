"""Plural references ("the two presidents", "the two firms", "the two countries")
point back to a pair of the kind they name: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, memberships, met_pairs, pair, speakers


def cooperated(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the pair named together, a pair of something else named since
        (
            "President Ramon Valdez met President Ivo Kuznik on Monday. "
            "Halvor Oil and Brightwater Energy also signed a supply contract. "
            "The two presidents agreed to build a pipeline.",
            ("Ramon Valdez", "Ivo Kuznik"),
        ),
        # never named together: the story's only two presidents
        (
            "President Ramon Valdez signed a trade deal with Chile last year. "
            "President Ivo Kuznik said on Monday that Brightwater Energy could join it soon. "
            "The two presidents had also agreed to set up a shared broadcaster.",
            ("Ramon Valdez", "Ivo Kuznik"),
        ),
        (
            "Foreign Minister Lena Holt spoke to Foreign Minister Aldo Ferri by phone. "
            "Both ministers agreed to reopen the border.",
            ("Lena Holt", "Aldo Ferri"),
        ),
        (
            "Halvor Oil and Brightwater Energy said on Monday they would merge. "
            "Analysts at Pemberton Securities welcomed the news. "
            "The two firms agreed to cut 500 jobs.",
            ("Halvor Oil", "Brightwater Energy"),
        ),
    ],
)
def test_plural_points_to_a_pair_of_its_kind(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "President Ramon Valdez met the banker Ivo Kuznik on Monday. "
        "The two presidents agreed to build a pipeline.",
        "President Ramon Valdez said that Chile's Brightwater could join the deal soon. "
        "The two presidents had also agreed to set up a shared broadcaster.",
    ],
)
def test_only_holders_of_the_post_are_the_two_presidents(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a list of two inside a sentence that names three firms
        (
            "Halvor Oil and Brightwater Energy said on Monday they would merge. "
            "Analysts at Pemberton Securities said Norvex Capital and Ardent Bank were the "
            "likely lenders. The two firms agreed to cut 500 jobs.",
            ("Norvex Capital", "Ardent Bank"),
        ),
        # a list of three, one of them no firm: not the two firms
        (
            "Halvor Oil and Brightwater Energy said on Monday they would merge. "
            "Halvor Oil, whose shops include Sunpeak Stores, Rivermoor and Glenvale Stores, "
            "rejected the offer. The two firms agreed to cut 500 jobs.",
            ("Halvor Oil", "Brightwater Energy"),
        ),
    ],
)
def test_a_counted_list_inside_a_longer_sentence(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == {pair, pair[::-1]}


def test_two_firms_are_not_two_people(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = cooperated(
        facts_of,
        "Ramon Valdez and Ivo Kuznik spoke on Monday. The two firms agreed to cut 500 jobs.",
    )
    assert pairs == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story's two countries, named together at its start
        (
            "France and Germany are old rivals. France is building a new port. France wants "
            "more trade. Investors say the port is a risk because of ties with Germany. The "
            "army of Germany is large. The two countries deepened their military cooperation last year.",
            {("France", "Germany"), ("Germany", "France")},
        ),
        # each named often, never side by side: no pair to point back to
        (
            "France is building a new port. France wants more trade. Investors say the port "
            "is a risk because of ties with Germany. The army of Germany is large. The two "
            "countries deepened their military cooperation last year.",
            set(),
        ),
    ],
)
def test_story_pair_was_named_together(facts_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == expected


_FAR = (
    "Prices of grain rose sharply in the spring. Farmers blamed the drought. The harvest "
    "was the worst in a decade. Exports fell by a third. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian President Rosa Quispe arrived in Quito on Sunday for a visit to Ecuadorean "
        "Prime Minister Luis Cordero. " + _FAR + "The two leaders agreed to reopen the border.",
        "Rosa Quispe, the president of Bolivia, flew to Quito. Luis Cordero, Ecuador's prime "
        "minister, welcomed her. " + _FAR + "An aide said the two leaders agreed to reopen "
        "the border.",
        "Bolivian President Rosa Quispe and Ecuadorean Prime Minister Luis Cordero spoke at "
        "a fair. Trade Minister Juan Paz spoke too. " + _FAR + "The two leaders agreed to "
        "reopen the border.",
    ],
)
def test_two_leaders_named_nowhere_near_are_the_storys_heads(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Rosa Quispe", "Luis Cordero") in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        # three heads: which two is not told
        "Bolivian President Rosa Quispe, Ecuadorean Prime Minister Luis Cordero and Peruvian "
        "President Ana Vela spoke at a fair. " + _FAR + "The two leaders agreed to reopen "
        "the border.",
        # a former head is no head now
        "Bolivian President Rosa Quispe spoke at a fair. Former Ecuadorean Prime Minister "
        "Luis Cordero spoke too. " + _FAR + "The two leaders agreed to reopen the border.",
    ],
)
def test_no_two_heads_no_two_leaders(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Moldovan gunfire did not reach Ukrainian farms on Sunday, the observers said.",
        "Bolivia and Chile held talks on water rights in La Paz, the monitors said.",
        "Ghana impounded a Togolese cargo ship at Tema, the inspectors said.",
        "Peru and Ecuador agreed to reopen two crossings, the two observers said.",
        "Laos and Thailand signed a power deal, the advisers said.",
        "The monitors said Moldovan gunfire had not reached Ukrainian farms.",
    ],
)
def test_onlookers_are_not_the_sides_they_watch(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """Monitors, observers, inspectors and aides watch or serve the sides a
    sentence names; they do not speak for them."""
    assert speakers(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # people listed under the role are the ones who speak
        ("The monitors - Jan Kovar and Lise Aune - toured the border. Moldovan gunfire had not "
         "reached Ukrainian farms, the monitors said.", {"Jan Kovar", "Lise Aune"}),
        # a side's own people, the delegations and the mediators still stand for it
        ("Bolivia and Chile held talks on water rights. The delegations said progress was made.",
         {"Bolivia", "Chile"}),
        ("Qatar and Egypt brokered the truce. The mediators said talks would resume on Friday.",
         {"Qatar", "Egypt"}),
    ],
)  # fmt: skip
def test_named_onlookers_and_sides_own_people_still_speak(
    facts_of, text: str, who: set[str]
) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == who


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders, Chile's president Tomas Lind and Ana Ruiz of Peru, met in Lima.",
        "The two envoys, Chile's ambassador Tomas Lind and Ana Ruiz of Peru, met in Lima.",
    ],
)
def test_a_plural_the_names_after_its_comma_list_is_no_reference_back(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    met = met_pairs(facts_of(text))
    assert pair("Tomas Lind", "Ana Ruiz") in met
    assert not any("Peru" in p or "Chile" in p for p in met)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # two parties at odds, named by what they were
        ("Ghana and Togo fought over the border in 1994. The old foes signed a trade pact on "
         "Monday.", ("Ghana", "Togo")),
        ("Sudan and Chad fought a border war in 2006. The former enemies agreed to reopen "
         "their embassies.", ("Sudan", "Chad")),
        # "the two heads of state": the two people who met
        ("President Ana Ruiz of Peru met President Tomas Lind of Chile in Lima. The two heads "
         "of state signed a water accord.", ("Ana Ruiz", "Tomas Lind")),
    ],
)  # fmt: skip
def test_foes_and_heads_of_state_are_the_two_named(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert pair in found or pair[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        # foes of something are no two parties named before
        "Ghana signed a deal with Togo. The foes of the deal signed a petition against Ghana.",
        # three people named: which two, the text does not say
        "Ana Ruiz met Tomas Lind, Luis Mora and Ed Salas. The two heads of state signed a "
        "water accord.",
    ],
)
def test_no_two_named_are_no_foes_or_heads(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert not found - {("Ghana", "Togo"), ("Togo", "Ghana")}


@pytest.mark.parametrize(
    ("text", "agents", "target"),
    [
        # bodies of a kind, counted or "both": the two named before
        ("The Senate Trade Committee and the House Energy Committee held a joint hearing. "
         "The two committees criticised the Treasury for the delay.",
         ("Senate Trade Committee", "House Energy Committee"), "Treasury"),
        ("The Teamsters and the Rail Workers Union announced a joint strike. Both unions "
         "criticised the transport minister, Ella Stone.",
         ("Teamsters", "Rail Workers Union"), "Ella Stone"),
        ("Hamas and Islamic Jihad signed a deal in Cairo. Both groups accused Israel of "
         "stalling.", ("Hamas", "Islamic Jihad"), "Israel"),
    ],
)  # fmt: skip
def test_two_bodies_of_a_kind_are_the_two_named(
    facts_of, text: str, agents: tuple[str, str], target: str
) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert {(a, target) for a in agents} <= found


@pytest.mark.parametrize(
    "text",
    [
        # more said of them: other groups
        "Hamas and Islamic Jihad met in Cairo on Monday. The two groups of protesters "
        "accused Egypt of brutality.",
        "Hamas and Islamic Jihad met in Cairo on Monday. Both groups that marched accused "
        "Egypt of brutality.",
        # three named, two said
        "Hamas, Fatah and Islamic Jihad met in Cairo. The two groups accused Egypt of brutality.",
    ],
)
def test_no_two_bodies_where_others_are_meant(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert not {a for a, _ in found} & {"Hamas", "Islamic Jihad", "Fatah"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the trio": the three people named together just before
        ("Premier Jan Ostrava met Ilse Vandergrift and Marek Sobota in Prague on Monday. The "
         "trio signed a declaration on river transport.",
         {("Jan Ostrava", "Ilse Vandergrift"), ("Jan Ostrava", "Marek Sobota"),
          ("Ilse Vandergrift", "Marek Sobota")}),
        # "all three countries", "all four nations": a count made definite by "all"
        ("Laos, Cambodia and Vietnam sent envoys to Vientiane. All three countries signed the "
         "river accord on Tuesday.",
         {("Laos", "Cambodia"), ("Laos", "Vietnam"), ("Cambodia", "Vietnam")}),
        ("Chile, Peru, Bolivia and Ecuador sent ministers to Quito. All four nations signed "
         "the fisheries pact.", {("Chile", "Ecuador"), ("Peru", "Bolivia")}),
        # "the heads of state", uncounted: the people named together just before
        ("President Jan Ostrava of Slovakia and President Marek Sobota of Poland flew to Oslo. "
         "The heads of state signed a transit accord on Friday.",
         {("Jan Ostrava", "Marek Sobota")}),
    ],
)  # fmt: skip
def test_a_trio_all_of_a_count_and_the_heads_of_state_are_those_named(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: set[tuple[str, str]]
) -> None:
    found = cooperated(facts_of, text)
    assert all(p in found or p[::-1] in found for p in expected)


@pytest.mark.parametrize(
    "text",
    [
        # "the heads of state" meet: the pair that flew in
        "President Jan Ostrava of Slovakia and President Marek Sobota of Poland flew to Oslo. "
        "The heads of state met on Saturday.",
    ],
)
def test_the_heads_of_state_who_meet_are_the_pair_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Jan Ostrava", "Marek Sobota") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # a jazz trio, a trio of something, heads of something else: no one named before
        "Jan Ostrava met Marek Sobota in Prague. A jazz trio signed a record deal.",
        "Jan Ostrava met Marek Sobota in Prague. The heads of the two banks signed a deal.",
        # planned: "the heads of state are to sign"
        "President Jan Ostrava and President Marek Sobota flew to Oslo. The heads of state "
        "are expected to sign a transit accord on Friday.",
    ],
)
def test_no_trio_or_heads_of_state_where_none_are_meant(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = cooperated(facts_of, text)
    assert ("Jan Ostrava", "Marek Sobota") not in found
    assert ("Marek Sobota", "Jan Ostrava") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Premier Jan Ostrava and President Marek Sobota flew to Oslo on Monday. The leaders "
        "held talks on Tuesday.",
        "Chancellor Marek Sobota and Premier Jan Ostrava toured the port on Friday. The "
        "leaders met later that day.",
        "Jan Ostrava and Marek Sobota arrived in Vienna on Sunday. The leaders met over dinner.",
    ],
)
def test_bare_the_leaders_are_the_people_named_as_the_subject_before(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Jan Ostrava", "Marek Sobota") in met_pairs(facts_of(text))


def test_bare_the_leaders_who_sign_are_the_pair(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Jan Ostrava and Marek Sobota arrived in Vienna. The leaders signed a transit accord."
    assert ("Jan Ostrava", "Marek Sobota") in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        # leaders of others, a plan, and countries rather than people
        "Jan Ostrava and Marek Sobota arrived in Vienna. The leaders of the two unions held "
        "talks on Monday.",
        "Jan Ostrava and Marek Sobota arrived in Vienna. The leaders will hold talks on Friday.",
    ],
)
def test_no_bare_leaders_pair_for_others_or_a_plan(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Jan Ostrava", "Marek Sobota") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halvard Capital and Brightwater Investments are both sovereign funds. Both funds are "
         "members of the Global Investors Forum.",
         {("Halvard Capital", "Global Investors Forum"),
          ("Brightwater Investments", "Global Investors Forum")}),
        ("Halvard Capital and Brightwater Investments manage oil money. The two funds are "
         "members of the Global Investors Forum.",
         {("Halvard Capital", "Global Investors Forum"),
          ("Brightwater Investments", "Global Investors Forum")}),
        ("Norvex Finance and Halvard Credit reported profits. Both lenders are members of the "
         "Nordic Clearing Association.",
         {("Norvex Finance", "Nordic Clearing Association"),
          ("Halvard Credit", "Nordic Clearing Association")}),
    ],
)  # fmt: skip
def test_both_funds_are_the_two_named_before(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= memberships(facts_of(text))


def test_two_funds_one_body_launched_are_no_members(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Halvard Capital launched two funds on Monday. The two funds are members of the "
            "Global Investors Forum.")  # fmt: skip
    assert not memberships(facts_of(text))
