"""Passive verbs and their agents in the parse: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import passives as p
from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


def _verb(doc, lemma):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.lemma_ == lemma and t.pos_ == "VERB")


def test_passive_agents(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Bolivia was criticised by Chile.")
    verb = _verb(doc, "criticise")
    assert p.is_passive(verb) and [t.text for t in p.agents(verb)] == ["Chile"]


def test_participles_that_modify_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The truce brokered by Qatar held, and the talks planned for May were cancelled.")
    truce = next(t for t in doc if t.lower_ == "truce")
    talks = next(t for t in doc if t.lower_ == "talks")
    assert [t.text for t in p.participles(truce)] == ["brokered"]
    assert [t.text for t in p.participles(talks)] == ["planned"]
    assert p.participles(next(t for t in doc if t.lower_ == "qatar")) == []


@pytest.mark.parametrize(
    ("text", "lemma", "agent"),
    [
        ("Chile was criticised and then sanctioned by Peru.", "criticise", "Peru"),
        ("Chile was criticised and then sanctioned by Peru.", "sanction", "Peru"),
        ("Togo has been threatened and repeatedly attacked by Ghana.", "threaten", "Ghana"),
        ("Fiji was visited and warmly praised by Samoa.", "visit", "Samoa"),
    ],
)
def test_coordinated_participles_share_the_by_phrase(nlp, text, lemma, agent) -> None:  # type: ignore[no-untyped-def]
    verb = _verb(nlp(text), lemma)
    assert p.is_passive(verb) and [t.text for t in p.agents(verb)] == [agent]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Chile was attacked by Peru and later rebuilt with help.", "rebuild"),
        ("Chile was welcomed into the bloc and praised for its reforms.", "welcome"),
    ],
)
def test_a_by_phrase_before_a_participle_is_not_its_own(nlp, text, lemma) -> None:  # type: ignore[no-untyped-def]
    assert p.agents(_verb(nlp(text), lemma)) == []


def test_each_participle_keeps_its_own_by_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile was criticised by Peru and sanctioned by Bolivia.")
    assert [t.text for t in p.agents(_verb(doc, "criticise"))] == ["Peru"]
    assert [t.text for t in p.agents(_verb(doc, "sanction"))] == ["Bolivia"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Lena Oskar was ousted in a coup led by General Ivo Baltren.",
            ("Ivo Baltren", "Lena Oskar"),
        ),
        (
            "Governor Ado Brisk was arrested in a raid carried out by Peru's police.",
            ("Peru", "Ado Brisk"),
        ),
        ("Chile's envoy was expelled during a crackdown launched by Peru.", ("Peru", "Chile")),
    ],
)
def test_a_passive_act_done_in_an_act_someone_led(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "President Lena Oskar was ousted in a coup in 1987.",
        "President Lena Oskar was elected in a vote led by General Ivo Baltren.",
        "President Lena Oskar was ousted in the region General Ivo Baltren led.",
    ],
)
def test_no_leader_of_the_act_no_agent(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


def test_leaders_of_the_act_a_passive_was_done_in(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The mayor was detained in a raid led by Peru.")
    assert [t.text for t in p.leaders_of_act(_verb(doc, "detain"))] == ["Peru"]


@pytest.mark.parametrize(
    ("text", "kind", "sides"),
    [
        ("A trade pact was signed between Laos and Nepal in Vientiane.", EventKind.COOPERATION,
         ("Laos", "Nepal")),
        ("A truce was finally agreed between Niger and Benin on Sunday.", EventKind.COOPERATION,
         ("Niger", "Benin")),
        ("The armistice was brokered by Oman between Yemen and Djibouti.", EventKind.COOPERATION,
         ("Yemen", "Djibouti")),
        ("Heavy fighting broke out between Bolivia and Paraguay in 1932.", EventKind.CONFLICT,
         ("Bolivia", "Paraguay")),
        ("Clashes erupted between Malian and Burkinabe troops at dawn.", EventKind.CONFLICT,
         ("Mali", "Burkina Faso")),
    ],
)  # fmt: skip
def test_sides_hung_on_the_verb_that_makes_the_event(facts_of, text, kind, sides) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), kind)
    assert sides in found or sides[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "A summit took place between Estonia and Latvia in Riga.",
        "The talks involved Estonia, Latvia and Lithuania.",
        "The negotiations, chaired by Finland, involved Estonia and Latvia.",
    ],
)
def test_meeting_sides_on_the_verb(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Estonia", "Latvia") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The pact drove a wedge between Niger and Benin.",  # not parties to the pact
        "The talks were held in Riga, between sessions of the Baltic Assembly.",
        "The talks involved the sale of Latvian timber to Estonia.",
        "The war took its toll between 1914 and 1918 on Belgium.",
    ],
)
def test_no_sides_from_other_verbs_or_objects(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts) == set()
    assert directed(facts, EventKind.COOPERATION) == set()
    assert directed(facts, EventKind.CONFLICT) == set()


def test_a_by_phrase_left_on_the_object_of_a_passive_is_its_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Laos was given a $1.5 billion loan by China to build a railway.")
    assert [t.text for t in p.agents(_verb(doc, "give"))] == ["China"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laos was given a $1.5 billion loan by China to build a railway.", ("China", "Laos")),
        ("Tonga was sent food aid by New Zealand on Sunday.", ("New Zealand", "Tonga")),
    ],
)
def test_the_receiver_of_a_passive_gift_is_helped_by_the_giver(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


def test_a_by_phrase_on_the_object_of_an_active_verb_is_no_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("China gave Laos a loan approved by the board.")
    assert p.agents(_verb(doc, "give")) == []


def test_a_by_phrase_hung_on_the_from_phrase_is_the_agent(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Zambia was barred from the talks by the African Union."
    assert ("African Union", "Zambia") in directed(facts_of(text), EventKind.CONFLICT)
    text = "Mira Sol was expelled from the party by its leader, Ivo Brand."
    assert ("Ivo Brand", "Mira Sol") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the first participle tagged as an adjective: the second still tells who did it to whom
        ("Armed and funded by Chile, the Bolivian army held the border.", EventKind.COOPERATION,
         ("Chile", "Bolivia")),
        ("Armed and trained by Peru, the Marka Front seized two towns.", EventKind.COOPERATION,
         ("Peru", "Marka Front")),
        ("Sheltered and funded by Ecuador, the Marka Front regrouped.", EventKind.COOPERATION,
         ("Ecuador", "Marka Front")),
        ("Isolated and criticised by Peru, Bolivia appealed to the UN.", EventKind.CONFLICT,
         ("Peru", "Bolivia")),
    ],
)  # fmt: skip
def test_fronted_participles_after_an_adjective_one(facts_of, text: str, kind, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Tired and frustrated by the delays, the Chilean delegation left.",  # no actor does it
        "Armed and dangerous, the gunmen fled Peru.",
    ],
)
def test_fronted_adjectives_without_an_actor_give_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not directed(facts, EventKind.COOPERATION) | directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shells fired by Peruvian troops hit Chilean villages on Friday.", ("Peru", "Chile")),
        ("A rocket launched from the hills by the Marka Front struck a Chilean base.",
         ("Marka Front", "Chile")),
        ("Missiles launched by Peru slammed into a Chilean port overnight.", ("Peru", "Chile")),
        ("A mortar round fired by Ghanaian soldiers killed two Togolese soldiers.", ("Ghana", "Togo")),
        ("A Chilean boat was hit by shells fired by Peruvian troops.", ("Peru", "Chile")),
    ],
)  # fmt: skip
def test_weapons_act_for_whoever_fired_them(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    """A weapon's firing participle names who fired it, the weapon's agent or target."""
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Missiles supplied by Peru hit a Chilean port.",  # who sells one does not fire it
        "Rockets made by Peru struck a Chilean base.",
        "Shells fired from across the border hit villages in the south.",  # no one named
    ],
)
def test_weapons_made_or_sold_by_a_country_are_not_fired_by_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Soldiers sent by Burundi to support Congo shelled al-Shabab camps.", ("Burundi", "al-Shabaab")),
        ("The forces dispatched by Chad to support Niger clashed with Boko Haram.",
         ("Chad", "Boko Haram")),
        ("Peacekeepers deployed by Ghana fought the Sahel Brigade near the border.",
         ("Ghana", "Sahel Brigade")),
    ],
)  # fmt: skip
def test_armed_men_sent_by_a_country_act_for_it(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Letters sent by Burundi to Congo were read aloud.",  # not armed men
        "Soldiers trained by Burundi fought the Sahel Brigade.",  # trained, not sent
    ],
)
def test_only_armed_men_sent_act_for_the_sender(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)} & {"Burundi"}


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia was criticised by Chile but not by Peru.",
        "Bolivia was sanctioned by Chile but not by Peru.",
    ],
)
def test_a_denied_by_phrase_names_no_agent(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    verb = next(t for t in nlp(text) if t.tag_ == "VBN")
    assert [t.text for t in p.agents(verb)] == ["Chile"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Forces loyal to General Omar Haddad shelled the Sahel Brigade on Thursday.",
         ("Omar Haddad", "Sahel Brigade")),
        ("Fighters loyal to the Sahel Brigade attacked Sudanese troops.", ("Sahel Brigade", "Sudan")),
        ("Troops loyal to President Ivo Tadic fought the Justice Front near Kessel.",
         ("Ivo Tadic", "Justice Front")),
    ],
)  # fmt: skip
def test_armed_men_loyal_to_someone_act_for_them(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "MPs loyal to Tony Blair criticised the Chancellor, Gordon Brown.",  # no armed men
        "Voters loyal to Ivo Tadic attacked the plans of the Justice Front.",  # voters
    ],
)
def test_only_armed_men_loyal_to_someone_act_for_them(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)} & {
        "Tony Blair",
        "Ivo Tadic",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("King Otto Brem received a delegation led by Prime Minister Henrik Dahl on Monday.",
         pair("Otto Brem", "Henrik Dahl")),
        ("A delegation headed by Minister Ana Sousa met Minister Marta Cruz in Lisbon.",
         pair("Ana Sousa", "Marta Cruz")),
        ("President Yusuf Bello welcomed a delegation led by Senator Omar Diallo to Abuja.",
         pair("Omar Diallo", "Yusuf Bello")),
    ],
)  # fmt: skip
def test_a_delegation_stands_for_its_leader(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


def test_a_delegation_whose_leader_is_not_named(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "King Otto Brem received a delegation from Ghana on Monday."
    assert met_pairs(facts_of(text)) == {pair("Otto Brem", "Ghana")}


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("Bondholders led by the Fenwick Fund sued Ecuador in London.", EventKind.CONFLICT, ("Fenwick Fund", "Ecuador")),
        ("Investors led by Calder Capital filed a lawsuit against Bolivia.", EventKind.CONFLICT, ("Calder Capital", "Bolivia")),
        ("A group of lenders led by Marrow Bank agreed to restructure Malawi's debt.", EventKind.COOPERATION, ("Marrow Bank", "Malawi")),
        ("Creditors led by Marrow Bank struck a debt deal with Ghana.", EventKind.COOPERATION, ("Marrow Bank", "Ghana")),
    ],
)  # fmt: skip
def test_a_group_of_lenders_or_investors_acts_as_its_leader(
    facts_of, text: str, kind: EventKind, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), kind)


def test_a_named_group_keeps_its_name_when_led(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Hollin Group, led by Ann Vale, sued Chile.")
    assert ("Hollin Group", "Chile") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "Zarnia's budget plan was attacked on Monday by Norway and by Sweden's finance "
            "minister, Greta Lund.",
            {"Norway", "Greta Lund"},
        ),
        ("Peru's proposal was rejected by Chile and by Bolivia.", {"Chile", "Bolivia"}),
        ("Zarnia's vote was denounced by Peru, by Chile and by Bolivia.", {"Chile", "Bolivia"}),
    ],
)
def test_each_coordinated_by_phrase_names_an_agent(facts_of, text: str, agents) -> None:  # type: ignore[no-untyped-def]
    assert agents <= {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)}


def test_a_denied_second_by_phrase_names_no_agent(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("Mali was condemned by Niger but not by Chad."), EventKind.CONFLICT)
    assert ("Niger", "Mali") in found and ("Chad", "Mali") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen led by businessman Tarek Vonn attacked a Serbian police patrol.",
            ("Tarek Vonn", "Serbia"),
        ),
        ("Rebels led by Colonel Amadou Sidi stormed a Malian army base.", ("Amadou Sidi", "Mali")),
        (
            "Demonstrators led by Omar Tell marched on the embassy to demand that Russia free "
            "its prisoners.",
            ("Omar Tell", "Russia"),
        ),
        (
            "Protesters led by Elsa Marr demanded that France withdraw its troops.",
            ("Elsa Marr", "France"),
        ),
    ],
)
def test_men_led_by_someone_act_as_their_leader(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The captain led by example when rebels attacked the Malian base.",
        "A coalition led by Tarek Vonn won the election in Serbia.",
        "Gunmen led by Tarek Vonn did not attack the Serbian patrol.",
    ],
)
def test_no_men_led_no_leader_acting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)} & {
        "Tarek Vonn",
        "captain",
    }
