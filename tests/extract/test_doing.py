"""Nouns that name events and the verbs that do them: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.doing import as_noun, doing_verb, is_nominal, owned_up
from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


def _token(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "noun", "verb"),
    [
        ("Chile imposed sanctions on Peru.", "sanctions", "imposed"),
        ("Norvania launched air strikes on the rebels.", "strikes", "launched"),
        ("Peru signed a truce with Chile.", "truce", "signed"),
        ("Chile criticised the sanctions on Peru.", "sanctions", None),  # spoken of, not done
        ("Chile joined the war against Peru.", "war", "joined"),
        ("Chile joined the sanctions on Peru.", "sanctions", "joined"),
        ("Chile went to war with Peru.", "war", "went"),
        ("Chile marched to war against Peru.", "war", "marched"),
        ("Chile went to the war museum.", "war", None),  # a particular one: no state entered
    ],
)
def test_the_verb_that_does_what_a_noun_names(nlp, text: str, noun: str, verb: str | None) -> None:  # type: ignore[no-untyped-def]
    found = doing_verb(_token(nlp(text), noun))
    assert (found.text if found is not None else None) == verb


@pytest.mark.parametrize(
    "text",
    [
        "Chile gave its approval to the fishing accord with Peru.",
        "The Chilean government gave final approval to the trade deal with Peru.",
        "Chile gave the green light to the gas pact with Peru on Monday.",
        "Chile's parliament gave its approval to the border treaty with Peru.",
    ],
)
def test_giving_consent_to_a_pact_approves_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "gave its approval to the accord with X": the giver is a party, as "approved" is."""
    assert ("Chile", "Peru") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Chile gave its approval to the new fishing rules, Peru said.",  # no pact with Peru
        "Chile refused to give its approval to the fishing accord with Peru.",
        "Chile may give its approval to the fishing accord with Peru next week.",
        "Chile gave its approval to Peru's request.",
    ],
)
def test_no_consent_given_to_a_pact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.COOPERATION)


def test_who_owns_up_to_an_attack_did_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Halvor Front claimed responsibility for the attack on the base.")
    found = owned_up(_token(doc, "attack"))
    assert found is not None and found.lemma_ == "claim"
    assert owned_up(_token(nlp("Police blamed the Halvor Front for the attack."), "attack")) is None


def test_a_gerund_can_name_an_event_but_a_title_word_does_not(nlp) -> None:  # type: ignore[no-untyped-def]
    assert is_nominal(_token(nlp("Fighting between Chile and Peru resumed."), "Fighting"))
    assert not is_nominal(_token(nlp("Pro-war Labour MP Ann Lee spoke."), "war"))


@pytest.mark.parametrize(
    ("text", "noun", "verb"),
    [
        ("The sanctions that Canada imposed on Iran were lifted.", "sanctions", "imposed"),
        ("The attack Eritrea carried out on Ethiopia was condemned.", "attack", "carried"),
        ("The war that Iraq fought against Iran lasted years.", "war", "fought"),
        ("The strikes, which were launched by Israel, killed ten.", "strikes", "launched"),
        ("The attack that started the war was small.", "attack", None),  # its own object
        ("The sanctions that hurt Iran were lifted.", "sanctions", None),  # no doing verb
    ],
)
def test_a_relative_clause_that_does_what_a_noun_names(
    nlp, text: str, noun: str, verb: str | None
) -> None:  # type: ignore[no-untyped-def]
    found = doing_verb(_token(nlp(text), noun))
    assert (found.text if found is not None else None) == verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sanctions that Canada imposed on Iran were lifted.", ("Canada", "Iran")),
        ("The attack Eritrea carried out on Ethiopia was condemned.", ("Eritrea", "Ethiopia")),
        ("The war that Iraq waged against Iran lasted eight years.", ("Iraq", "Iran")),
        ("The strikes, which Israel carried out on Syria, killed ten.", ("Israel", "Syria")),
    ],
)
def test_who_does_what_a_relative_clause_says(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions that Canada may impose on Iran worry traders.",
        "The attack that Peru feared from Chile never came.",
    ],
)
def test_a_relative_clause_of_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Houthis attacked a Saudi oil tanker.", ("Houthis", "Saudi Arabia")),
        ("Al-Shabab attacked Kenyan troops near the border.", ("al-Shabaab", "Kenya")),
        ("Iraqi troops fought Islamic State near Mosul.", ("Iraq", "Islamic State")),
        ("Al-Qaeda claimed the attack on the Danish embassy.", ("al-Qaeda", "Denmark")),
    ],
)
def test_standing_armed_movements_act_and_claim_attacks(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, EventKind.CONFLICT)
    # armed movements use force: no "attack" of theirs is read as words
    assert all(e.cameo.startswith("19") for e in facts.events if e.kind is EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Austria announced $4m in emergency aid for Malawi.", ("Austria", "Malawi")),
        ("Sweden announced $25m in humanitarian aid for Sudan on Friday.", ("Sweden", "Sudan")),
        ("Denmark earmarked 40 million crowns in aid for Ghana.", ("Denmark", "Ghana")),
        ("Japan promised Nepal $10m in aid.", ("Japan", "Nepal")),
    ],
)
def test_an_amount_in_aid_is_given(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Austria gave $4m in aid to flood victims.",
        "Austria invested $4m in shares of a Malawian bank.",
        "Austria spent $4m in aid for Malawi.",
    ],
)
def test_no_amount_in_aid_given_to_an_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Norway retaliated with air strikes on Finnish positions.", "Norway", "Finland"),
        ("Finland hit back with air strikes on Norwegian targets.", "Finland", "Norway"),
        ("Denmark answered with drone attacks on a Swedish depot.", "Denmark", "Sweden"),
        ("Ann Vale responded with criticism of Tom Reyes.", "Ann Vale", "Tom Reyes"),
    ],
)
def test_an_act_one_answers_with_is_the_answerers(  # type: ignore[no-untyped-def]
    facts_of, text: str, agent: str, target: str
) -> None:
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana established a strategic partnership with Togo.",
        "Ghana entered into an alliance with Togo.",
        "Ghana entered into a partnership with Togo on Monday.",
        "Ghana established a coalition with Togo after the vote.",
    ],
)
def test_a_partnership_established_or_entered_into_is_the_subjects(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ghana", "Togo") in directed(facts_of(text), EventKind.COOPERATION)


def test_entering_a_phase_is_no_partnership(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The talks entered into a new phase with Togo."
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ghana came to an agreement with Togo on Monday.",
        "Ghana hammered out a deal with Togo.",
        "Ghana and Togo thrashed out a truce.",
        "Ghana cut a deal with Togo last week.",
        "Ghana, Togo and Benin founded a new alliance.",
    ],
)
def test_idioms_of_making_a_deal(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ghana", "Togo") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ghana cut aid to Togo.", False),
        ("Ghana cut its deal with Togo.", False),
        ("Ghana cut a deal with Togo.", True),
    ],
)
def test_cutting_a_deal_makes_one_cutting_aid_ends_it(facts_of, text: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    conflict = directed(facts_of(text), EventKind.CONFLICT)
    assert (("Ghana", "Togo") not in conflict) is found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil hiked tariffs on Argentina.", ("Brazil", "Argentina")),
        ("India doubled tariffs on Pakistan.", ("India", "Pakistan")),
        ("Mexico increased tariffs on Japanese steel.", ("Mexico", "Japan")),
        ("Canada tripled duties on Chinese steel.", ("Canada", "China")),
    ],
)
def test_raising_a_measure_imposes_it(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_raising_a_measure_that_is_planned_imposes_none(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("Brazil may hike tariffs on Argentina."), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire talks between Armenia and Azerbaijan ended on Friday.",
        "Ceasefire talks between Armenia and Azerbaijan resumed in Geneva.",
        "The ceasefire talks between Armenia and Azerbaijan were brokered by Kazakhstan.",
    ],
)
def test_a_plural_read_as_a_verb_in_a_nouns_place_is_a_noun(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Armenia", "Azerbaijan") in met_pairs(facts_of(text))


def test_a_verb_in_a_verbs_place_stays_one(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile talks regularly with Peru about trade.")
    assert not as_noun(_token(doc, "talks"))
