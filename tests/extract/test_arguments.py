"""Arguments of verbs in the parse: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import arguments as a
from kg.extract.coordination import conjuncts
from kg.records import EventKind
from tests.helpers import coded, directed, met_pairs, pair


def _verb(doc, lemma):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.lemma_ == lemma and t.pos_ == "VERB")


def test_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile and Peru met in Lima.")
    subject = a.subjects(_verb(doc, "meet"))
    assert [t.text for t in subject] == ["Chile"]  # the head: its conjuncts follow from it
    assert [t.text for t in subject[0].conjuncts] == ["Peru"]


def test_objects_of_prepositions(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile clashed with Peru over fishing.")
    verb = _verb(doc, "clash")
    assert [t.text for t in a.prep_objects(verb, {"with"})] == ["Peru"]
    assert [t.text for t in a.prep_objects(verb, {"over"})] == ["fishing"]
    assert a.prep_objects(verb, {"against"}) == []


def test_who_joins_someone_in_an_act_does_it_with_them(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, lemma in [
        ("France joined Germany in condemning Russia.", "condemn"),
        ("Chile joined Peru in criticising the plan.", "criticise"),
        ("Kenya joined Uganda in backing the deal.", "back"),
    ]:
        verb = _verb(nlp(text), lemma)
        assert len(a.subjects(verb)) == 2, text
    doc = nlp("After meeting Peru, Chile said the talks went well.")
    assert [t.text for t in a.subjects(_verb(doc, "meet"))] == ["Chile"]  # no object joined


@pytest.mark.parametrize(
    ("text", "lemma", "name"),
    [
        ("Armenia, which Azerbaijan invaded in 2020, wants guarantees.", "invade", "Armenia"),
        ("Peru, whom Chile has long accused of spying, recalled its envoy.", "accuse", "Peru"),
        ("Fiji, which Australia criticised last year, held elections.", "criticise", "Fiji"),
    ],
)
def test_a_relative_object_stands_for_the_name(nlp, text, lemma, name) -> None:  # type: ignore[no-untyped-def]
    assert [t.text for t in a.relative_objects(_verb(nlp(text), lemma))] == [name]


def test_a_relative_object_of_a_common_noun_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The plan, which Austria rejected, was dropped.")
    assert [t.text for t in a.relative_objects(_verb(doc, "reject"))] == ["which"]


@pytest.mark.parametrize(
    ("text", "lemma", "names"),
    [
        ("Algeria, along with Tunisia, condemned Morocco.", "condemn", ["Algeria", "Tunisia"]),
        ("Laos, alongside Cambodia, condemned Thailand.", "condemn", ["Laos", "Cambodia"]),
        ("Egypt along with Jordan hosted the talks.", "host", ["Egypt", "Jordan"]),
        ("Kenya, together with Uganda, criticised Sudan.", "criticise", ["Kenya", "Uganda"]),
    ],
)
def test_who_acts_along_with_the_subject(nlp, text, lemma, names) -> None:  # type: ignore[no-untyped-def]
    subject = a.subjects(_verb(nlp(text), lemma))
    assert [t.text for s in subject for t in conjuncts(s)] == names


def test_along_with_the_object_is_no_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Russia attacked Ukraine alongside Belarus.")
    verb = _verb(doc, "attack")
    assert [t.text for s in a.subjects(verb) for t in conjuncts(s)] == ["Russia"]
    assert [t.text for o in a.direct_objects(verb) for t in conjuncts(o)] == ["Ukraine"]


@pytest.mark.parametrize(
    ("text", "lemma", "subject"),
    [
        ("Gambia was among the countries that condemned Senegal.", "condemn", "Gambia"),
        ("Latvia is one of the few states that criticised China.", "criticise", "Latvia"),
        ("Norway was the first to condemn Russia.", "condemn", "Norway"),
        ("Chile is a country that backs Peru.", "back", "Chile"),
        ("It was China that attacked Vietnam in 1979.", "attack", "China"),
    ],
)
def test_whom_a_copula_says_acts(nlp, text: str, lemma: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert [t.text for t in a.subjects(_verb(nlp(text), lemma))] == [subject]


def test_a_relative_clause_on_a_name_is_no_copula(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile, which is a country that backs Peru, met Bolivia.")
    assert a.predicated(next(t for t in doc if t.text == "Chile")) is None
    doc = nlp("The winner was the side that beat Chile.")
    assert [t.text for t in a.subjects(_verb(doc, "beat"))] == ["winner"]


@pytest.mark.parametrize(
    ("text", "lemma", "doer"),
    [
        ("Brazil warned Peru not to attack Bolivia.", "attack", ["Peru"]),
        ("Brazil cautioned Peru against attacking Bolivia.", "attack", ["Peru"]),
        ("Brazil warned against attacking Bolivia.", "attack", []),  # whoever would
    ],
)
def test_who_is_warned_against_an_act_would_do_it(
    nlp, text: str, lemma: str, doer: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert [t.text for t in a.subjects(_verb(nlp(text), lemma))] == doer


@pytest.mark.parametrize(
    ("text", "lemma", "subject"),
    [
        ("Hamdi, a militia backed by Chad, seized the town.", "back", "Hamdi"),
        ("The Volta Front, a rebel group armed by Ghana, shelled the town.", "arm", "Front"),
        ("Togo, a country which was criticised by Benin, left the talks.", "criticise", "Togo"),
        ("Chile is a country backed by Peru.", "back", "Chile"),
    ],
)
def test_a_participle_on_an_apposition_or_attribute_tells_of_the_name(
    nlp, text: str, lemma: str, subject: str
) -> None:  # type: ignore[no-untyped-def]
    """ "M9, a militia backed by X": the militia is M9."""
    assert [t.text for t in a.subjects(_verb(nlp(text), lemma))] == [subject]


def test_a_participle_on_a_plain_noun_tells_of_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Troops backed by Chad seized the town.")
    assert [t.text for t in a.subjects(_verb(doc, "back"))] == ["Troops"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party leader Carla Benn turned on Italy after the vote.", ("Carla Benn", "Italy")),
        (
            "The union leader Petra Lind turned on Germany after the strike.",
            ("Petra Lind", "Germany"),
        ),
        (
            "The former minister Olga Brandt turned on Austria in her speech.",
            ("Olga Brandt", "Austria"),
        ),
    ],
)
def test_the_object_a_particle_governs_is_the_phrases(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    """ "turned on X" with "on" parsed as a particle governing X: X is its object."""
    assert (*expected, "111") in coded(facts_of, text)


def test_a_particle_with_no_object_gives_none(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not coded(facts_of, "The lights turned on in Berlin.")


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        # a cause's object does what the infinitive says, and does it
        ("The move prompted Spain to summon Morocco's ambassador.", "Spain", "Morocco"),
        ("The raid spurred Chile to expel Peru's diplomats.", "Chile", "Peru"),
        ("The shelling compelled Chile to expel Peru's diplomats.", "Chile", "Peru"),
    ],
)
def test_the_object_of_a_cause_does_the_deed(facts_of, text: str, agent: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)


def test_a_cause_that_names_no_doer_gives_no_wrong_agent(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Morocco closed its border, prompting Spain to recall its ambassador."
    assert ("Morocco", "Spain") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Chile released the Peruvian pilot Olaf Brenner, a move welcomed by Peru.",
            ("Peru", "Olaf Brenner"),
        ),
        ("Chile released Olaf Brenner, a step hailed by Peru.", ("Peru", "Olaf Brenner")),
        ("Chile released Nadia Haddad, a move praised by Peru.", ("Peru", "Nadia Haddad")),
    ],
)
def test_a_noun_that_sums_up_a_clause_stands_for_no_name(facts_of, text: str, wrong) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    found = {p for kind in EventKind for p in directed(facts, kind)}
    assert wrong not in found
    assert not met_pairs(facts) & {pair(*wrong)}


@pytest.mark.parametrize(
    ("text", "lemma", "subject"),
    [
        ("The Kelso Bank has kept rates on hold, leading some commentators to argue that "
         "rates may have peaked.", "argue", "commentators"),
        ("The strike led Ms Okafor to warn that Peru would suffer.", "warn", "Okafor"),
        ("The Varga Group's results led analysts to argue that the firm was weak.", "argue",
         "analysts"),
    ],
)  # fmt: skip
def test_whom_an_event_leads_to_act_is_the_doer(nlp, text: str, lemma: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert [t.text for t in a.subjects(_verb(nlp(text), lemma))] == [subject]


def test_who_leads_a_delegation_still_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ms Okafor led the delegation and said the talks had failed.")
    assert [t.text for t in a.subjects(_verb(doc, "say"))] == ["Okafor"]


@pytest.mark.parametrize(
    ("text", "objects"),
    [
        ("Brazil met and criticised Argentina on Monday.", ["Argentina"]),
        ("Chile met and later thanked Peru for the aid.", ["Peru"]),
        ("Brazil met on Monday and criticised Argentina.", []),  # the first verb on its own
    ],
)
def test_side_by_side_verbs_share_the_object(nlp, text: str, objects: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [t.text for t in a.side_by_side_objects(_verb(nlp(text), "meet"))] == objects
