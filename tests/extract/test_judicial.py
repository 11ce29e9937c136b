"""Legal action and judicial cooperation between states: cases brought by nouns,
custody at a state's request, extraditions named by their noun. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed, pair


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


def joined(facts_of, text: str) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguay lodged a case against Paraguay at the tribunal.", ("Uruguay", "Paraguay")),
        ("Norway's case against Iceland opened on Monday.", ("Norway", "Iceland")),
        ("Estonia won its arbitration case against Latvia.", ("Estonia", "Latvia")),
        ("Ireland started legal proceedings against Britain.", ("Ireland", "United Kingdom")),
        ("Benin instituted proceedings against Niger in May.", ("Benin", "Niger")),
        ("Laos initiated proceedings against Cambodia on Friday.", ("Laos", "Cambodia")),
        ("Peru filed proceedings against Ecuador in 2014.", ("Peru", "Ecuador")),
    ],
)
def test_a_case_or_proceedings_brought(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected", "forum"),
    [
        (
            "Norway's WTO case against Iceland opened on Monday.",
            ("Norway", "Iceland"),
            ("Norway", "World Trade Organization"),
        ),
        (
            "Benin instituted proceedings against Niger at the International Court of Justice.",
            ("Benin", "Niger"),
            ("International Court of Justice", "Niger"),
        ),
        (
            "Laos initiated proceedings against Cambodia at the International Court of Justice.",
            ("Laos", "Cambodia"),
            ("International Court of Justice", "Cambodia"),
        ),
    ],
)
def test_the_court_is_no_party(facts_of, text: str, expected, forum) -> None:  # type: ignore[no-untyped-def]
    found = opposed(facts_of, text)
    assert expected in found
    assert forum not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran brought a case before the International Court of Justice against Iraq.",
            ("Iran", "Iraq"),
        ),
        (
            "Ghana brought a case before the International Court of Justice against Togo.",
            ("Ghana", "Togo"),
        ),
        (
            "Chile brought a case before the International Court of Justice against Bolivia.",
            ("Chile", "Bolivia"),
        ),
    ],
)
def test_against_hung_on_the_court(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada filed a WTO challenge to Japan's rice quotas.", ("Canada", "Japan")),
        ("Chile lodged a challenge to Peru's fishing law.", ("Chile", "Peru")),
        ("Japan initiated a WTO dispute against Taiwan over steel.", ("Japan", "Taiwan")),
        ("Brazil filed a dispute against Canada over aircraft subsidies.", ("Brazil", "Canada")),
    ],
)
def test_a_challenge_or_dispute_filed(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The case against him collapsed last week.",
        "In the case of Chile, the tariffs were lifted.",
        "Ecuador dropped its case against Colombia on Monday.",
        "Peru withdrew its lawsuit against Chile in March.",
        "Bolivia could file proceedings against Chile next year.",
        "Peru did not launch proceedings against Chile.",
    ],
)
def test_no_case_brought(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the request of Germany, Austria arrested Klaus Weber.", ("Austria", "Germany")),
        ("Albania deported Ivo Lenko to Greece at the request of Athens.", ("Albania", "Greece")),
        ("Thailand deported Ivan Petrov at Moscow's request.", ("Thailand", "Russia")),
        (
            "Acting on a request from France, Belgian police detained Marc Dubois.",
            ("Belgium", "France"),
        ),
        (
            "Canada arrested Meng Li at the request of the United States.",
            ("Canada", "United States"),
        ),
    ],
)
def test_custody_at_a_states_request(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in joined(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "At the request of his lawyers, the court detained Ivo Marr.",
        "Austria refused to arrest Klaus Weber at the request of Germany.",
        "Austria sent a letter at the request of Germany.",
    ],
)
def test_no_custody_at_a_states_request(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not joined(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The extradition of Paolo Rossi from Brazil to Italy was completed.", ("Brazil", "Italy")),
        ("Colombia's extradition of Pablo Reyes to Spain was welcomed.", ("Colombia", "Spain")),
        ("Peru's extradition of Ana Ruiz to Chile angered her supporters.", ("Peru", "Chile")),
    ],
)
def test_an_extradition_named_by_its_noun(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in joined(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile demanded the extradition of Paolo Rossi from Brazil to Italy.",
        "The extradition of Paolo Rossi from Brazil to Italy was blocked by a court.",
        "The extradition of Paolo Rossi from Brazil to Italy will take place next month.",
        "The extradition of Paolo Rossi from Brazil to Italy did not take place.",
    ],
)
def test_no_extradition_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Brazil", "Italy") not in joined(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected", "person"),
    [
        (
            "Carlos Mendez was extradited from Spain to Argentina.",
            ("Spain", "Argentina"),
            "Carlos Mendez",
        ),
        ("Ivo Marr was extradited from Peru to Chile on Monday.", ("Peru", "Chile"), "Ivo Marr"),
        ("Lena Holt was extradited from Norway to Sweden.", ("Norway", "Sweden"), "Lena Holt"),
    ],
)
def test_who_is_extradited_is_no_partner(facts_of, text: str, expected, person: str) -> None:  # type: ignore[no-untyped-def]
    found = joined(facts_of, text)
    assert pair(*expected) in found
    assert not any(person in p for p in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nicaragua hauled Honduras before the International Court of Justice.",
            ("Nicaragua", "Honduras"),
        ),
        ("Kenya dragged Somalia to the International Court of Justice.", ("Kenya", "Somalia")),
        ("Guyana hauled Suriname into court over the oil rig.", ("Guyana", "Suriname")),
    ],
)
def test_hauled_or_dragged_to_court(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected", "threat"),
    [
        ("Italy threatened legal action against France.", ("Italy", "France"), True),
        ("Croatia launched legal action against Slovenia.", ("Croatia", "Slovenia"), False),
        ("Portugal's legal action against Spain began on Monday.", ("Portugal", "Spain"), False),
    ],
)
def test_legal_action(facts_of, text: str, expected, threat: bool) -> None:  # type: ignore[no-untyped-def]
    found = {(a, t) for a, t, c in _codes(facts_of, text) if c.startswith("13") == threat}
    assert expected in found


def _codes(facts_of, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    return {(names[a], names[t], e.cameo) for e in facts.events
            if e.kind is EventKind.CONFLICT and e.factual
            for a in e.actors("agent") for t in e.actors("target")}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia is considering legal action against Chile.",
        "Peru has no plans to take legal action against Chile.",
    ],
)
def test_no_legal_action_taken(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "forum"),
    [
        ("Brazil's WTO complaint against Canada was upheld.", "World Trade Organization"),
        ("Chile's WTO complaint against Peru was heard on Monday.", "World Trade Organization"),
        (
            "Norway's ICJ case against Iceland was heard on Monday.",
            "International Court of Justice",
        ),
    ],
)
def test_a_body_compounded_before_a_complaint_is_its_forum(facts_of, text: str, forum: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(t == forum for _, t in opposed(facts_of, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain arrested Miguel Ortiz on a Spanish warrant.", ("United Kingdom", "Spain")),
        (
            "Germany detained Pavel Novak on a warrant issued by the Czech Republic.",
            ("Germany", "Czech Republic"),
        ),
        ("Austria arrested Klaus Weber at the behest of Germany.", ("Austria", "Germany")),
    ],
)
def test_custody_on_a_states_warrant(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in joined(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru arrested Ana Quispe on a Peruvian warrant.",
        "Ecuador detained Luis Rojas at the request of the court.",
        "Chile issued a warrant at the request of Peru.",
    ],
)
def test_no_custody_for_another_state(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not joined(facts_of, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Ivo Marr, Lufthansa's former finance chief, testified for the state in its case"
            " against Tomas Brevik.",
            ("Lufthansa", "Tomas Brevik"),
        ),
        (
            "The International Federation of Music Publishers filed a lawsuit against those"
            " operating Kazaa networks.",
            ("International Federation of Music Publishers", "Kazaa"),
        ),
        (
            "The International Federation of Music Publishers filed lawsuits against those"
            " running Grokster servers.",
            ("International Federation of Music Publishers", "Grokster"),
        ),
    ],
)
def test_no_suit_by_a_borrowed_owner_nor_against_a_kind(facts_of, text: str, wrong) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in opposed(facts_of, text)
