"""Whose counterpart: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair, speakers


@pytest.mark.parametrize(
    "text",
    [
        # the counterpart named before
        "Japanese Foreign Minister Taro Sato arrived in Oslo on Sunday. Norwegian Foreign "
        "Minister Peter Holm met his Japanese counterpart on Monday.",
        # named after
        "Norwegian Foreign Minister Peter Holm met his Japanese counterpart on Monday. "
        "Japanese Foreign Minister Taro Sato said later that the talks went well.",
        # the owner a pronoun, the country by its possessive
        "Foreign Minister Peter Holm arrived in Tokyo. He met his Japanese counterpart on "
        "Monday. Japan's Foreign Minister Taro Sato said the talks went well.",
    ],
)
def test_the_counterpart_is_the_holder_of_the_same_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Peter Holm", "Taro Sato") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # another post: the counterpart is not named, so the country
        "Japanese Prime Minister Taro Sato spoke on Sunday. Norwegian Foreign Minister Peter "
        "Holm met his Japanese counterpart on Monday.",
        # two holders of the post: nobody can tell
        "Japanese Foreign Minister Taro Sato left office in May. Japanese Foreign Minister "
        "Kenji Mori took over. Norwegian Foreign Minister Peter Holm met his Japanese "
        "counterpart on Monday.",
        # a former holder is no counterpart
        "Former Japanese Foreign Minister Taro Sato spoke on Sunday. Norwegian Foreign "
        "Minister Peter Holm met his Japanese counterpart on Monday.",
    ],
)
def test_no_one_holder_of_the_post_leaves_the_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert pair("Peter Holm", "Japan") in pairs
    assert not any("Taro Sato" in p or "Kenji Mori" in p for p in pairs)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the holder named after the description, title before the name
        (
            "Anna Vik met the Portuguese finance minister in Oslo on Friday. Portuguese Finance "
            "Minister Rui Prado said later that they had agreed on little.",
            "Rui Prado",
        ),
        # named after, in an apposition with the country's possessive
        (
            "Anna Vik phoned the Danish prime minister on Monday. Ole Berg, Denmark's prime "
            "minister, said they spoke about fishing quotas.",
            "Ole Berg",
        ),
        # named after, post and country after the name
        (
            "Anna Vik held talks with the Chilean defence minister. The talks were called "
            "useful by Luis Ortega, the defence minister of Chile.",
            "Luis Ortega",
        ),
    ],
)
def test_a_countrys_post_holder_named_later_is_the_person(facts_of, text: str, holder: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Anna Vik", holder) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # only a former holder is named
        "Anna Vik met the Portuguese finance minister in Oslo. Former Portuguese Finance "
        "Minister Rui Prado said the talks were long overdue.",
        # a deputy is not the minister
        "Anna Vik met the Portuguese finance minister in Oslo. Portuguese Deputy Finance "
        "Minister Rui Prado said the talks were long overdue.",
        # two holders named: nobody can tell
        "Anna Vik met the Portuguese finance minister in Oslo. Portuguese Finance Minister "
        "Rui Prado and Portuguese Finance Minister Jose Lima both spoke afterwards.",
    ],
)
def test_no_single_current_holder_leaves_the_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert pair("Anna Vik", "Portugal") in pairs
    assert not any("Rui Prado" in p or "Jose Lima" in p for p in pairs)


@pytest.mark.parametrize(
    "text",
    [
        # a delegation head (the model tags "head" a verb) called "the Soviet envoy"
        "Soviet delegation head Pavel Orlin arrived in Geneva on Monday. The Soviet envoy said "
        "Moscow would not accept the plan.",
        # a chief negotiator
        "Soviet chief negotiator Pavel Orlin arrived in Geneva. Reporters asked the Soviet "
        "envoy about the plan, and the Soviet envoy said Moscow would wait.",
        # an emissary called the negotiator
        "Pavel Orlin, the Soviet emissary, reached Geneva on Monday. The Soviet negotiator "
        "said the talks would go on.",
    ],
)
def test_an_envoy_in_other_words_is_the_one_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Pavel Orlin" in speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # two Soviet envoys of a kind: the country, not either of them
        "Soviet delegation head Pavel Orlin arrived in Geneva. Soviet negotiator Ivan Maslov "
        "joined him. The Soviet envoy said Moscow would not accept the plan.",
        # an envoy of another country
        "Polish delegation head Pavel Orlin arrived in Geneva. The Soviet envoy said Moscow "
        "would not accept the plan.",
        # another post
        "Soviet Defence Minister Pavel Orlin arrived in Geneva. The Soviet envoy said Moscow "
        "would not accept the plan.",
    ],
)
def test_no_single_envoy_no_person(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text)) & {"Pavel Orlin", "Ivan Maslov"}


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # a president called "the Russian leader", the subject of an accusation
        ("Russian President Ivan Sokolov arrived in Ankara on Monday. The Russian leader "
         "accused NATO of provoking the crisis.", "conflict",
         ("Ivan Sokolov", "North Atlantic Treaty Organization")),
        # a premier, in apposition after the name, then the speaker
        ("Li Wenhao, the Chinese premier, met German business leaders in Berlin. The Chinese "
         "leader said Beijing opposed protectionism.", "speaker", ("Li Wenhao",)),
        # a chancellor named with the country's possessive, then the object of praise
        ("Germany's chancellor, Ingrid Baumeister, flew to Kyiv on Friday. Ukraine thanked "
         "the German leader for the new aid.", "cooperation", ("Ukraine", "Ingrid Baumeister")),
        # "the Soviet delegate": the one Soviet delegation head named
        ("Norwegian negotiator Ole Berg met Soviet delegation head Yuri Zarubin. The Soviet "
         "delegate accused Washington of stalling.", "conflict", ("Yuri Zarubin", "United States")),
    ],
)  # fmt: skip
def test_a_leader_in_other_words_is_the_one_head_named(facts_of, text: str, kind, found) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    if kind == "speaker":
        assert found[0] in speakers(facts)
    else:
        ek = EventKind.CONFLICT if kind == "conflict" else EventKind.COOPERATION
        assert found in directed(facts, ek)


@pytest.mark.parametrize(
    "text",
    [
        # two heads of one country: either could be "the French leader"
        "French President Paul Marchand and French Prime Minister Anne Roux visited Algiers. "
        "The French leader said Paris wanted closer ties.",
        # a foreign minister is no leader
        "Brazilian Foreign Minister Rui Lopes met Argentine officials. The Brazilian leader "
        "said the talks had failed.",
        # nor is a vice president
        "Vice President Rui Lopes of Brazil met Argentine officials. The Brazilian leader said "
        "the talks had failed.",
        # another country's president
        "Chilean President Rui Lopes met Argentine officials. The Brazilian leader said the "
        "talks had failed.",
    ],
)
def test_no_single_head_no_leader(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text)) & {"Paul Marchand", "Anne Roux", "Rui Lopes"}


_GREEK = "Turkish {post} Emre Kaya met his Greek counterpart Nikos Vlahos in Ankara on Thursday. "


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # a counterpart holds the post of the one he meets: the description is him
        (_GREEK.format(post="Foreign Minister") + "The Greek minister also criticised "
         "Turkey's survey ships near Crete.", EventKind.CONFLICT, ("Nikos Vlahos", "Turkey")),
        ("Japan's Defence Minister Kenji Mori held talks with his Australian counterpart, "
         "Liam Boyd, in Tokyo. The Australian defence minister later accused China of "
         "spying.", EventKind.CONFLICT, ("Liam Boyd", "China")),
        ("Spanish Finance Minister Ana Ruiz met her Portuguese counterpart Joao Matos in "
         "Madrid. Matos later flew home. The Portuguese minister accused Brussels of ignoring "
         "the crisis.", EventKind.CONFLICT, ("Joao Matos", "European Union")),
        # a leader in other words, for a head of government's counterpart
        (_GREEK.format(post="Prime Minister") + "The Greek leader later accused Turkey of "
         "violating its airspace.", EventKind.CONFLICT, ("Nikos Vlahos", "Turkey")),
    ],
)  # fmt: skip
def test_a_counterparts_post_is_that_of_the_one_he_meets(facts_of, text: str, kind, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        # another post of that country: someone the story does not name
        _GREEK.format(post="Foreign Minister") + "The Greek defence minister criticised "
        "Turkey's survey ships near Crete.",
        # a president's counterpart is no minister
        _GREEK.format(post="President") + "The Greek minister criticised Turkey's survey "
        "ships near Crete.",
    ],
)
def test_a_counterpart_holds_no_other_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Nikos Vlahos", "Turkey") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the country's possessive before the post, the holder named after
        ("Portugal's finance minister met Anna Vik in Oslo on Friday. Portuguese Finance "
         "Minister Rui Prado said later that they had agreed on little.", "Rui Prado"),
        ("Anna Vik held talks with Denmark's prime minister on Monday. Danish Prime Minister "
         "Ole Berg said they spoke about fishing quotas.", "Ole Berg"),
        # or before
        ("Danish Prime Minister Ole Berg flew to Oslo on Sunday. Anna Vik met Denmark's "
         "prime minister on Monday.", "Ole Berg"),
    ],
)  # fmt: skip
def test_a_possessive_countrys_post_is_its_holder(facts_of, text: str, holder: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Anna Vik", holder) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # a deputy is not the minister
        "Anna Vik met Portugal's finance minister in Oslo. Portuguese Deputy Finance Minister "
        "Rui Prado said the talks were long overdue.",
        # another post of that country
        "Anna Vik met Portugal's finance minister in Oslo. Portuguese Foreign Minister Rui "
        "Prado said the talks were long overdue.",
    ],
)
def test_a_possessive_countrys_post_held_by_none_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Anna Vik", "Rui Prado") not in met_pairs(facts_of(text))
