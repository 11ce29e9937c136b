"""Definite descriptions of a body ("the bloc", "the alliance", "the fund") refer
back to the body of that kind named last, also as the owner of a post: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the body named in an earlier sentence, by its short name
        ("The EU met in Brussels on Monday. The bloc's farm commissioner, Ilse Varga, said it "
         "would respond.", ("Ilse Varga", "European Union")),
        ("The IMF cut its forecast on Tuesday. The fund's managing director, Petra Lund, said "
         "growth would slow.", ("Petra Lund", "International Monetary Fund")),
        ("NATO ministers met in Riga. Arvo Tamm, the alliance's deputy secretary general, "
         "called for calm.", ("Arvo Tamm", "North Atlantic Treaty Organization")),
        # as the owner of a post, later in the same sentence
        ("The bloc's farm commissioner, Ilse Varga, said the EU would hit back.",
         ("Ilse Varga", "European Union")),
        ("The alliance's spokeswoman, Dana Kroll, said NATO would hold firm.",
         ("Dana Kroll", "North Atlantic Treaty Organization")),
    ],
)  # fmt: skip
def test_a_bodys_description_owns_a_post(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # a body of another kind is no "alliance"
        "Tariq Omar, the alliance's spokesman, said the Pacific Trade Union would act.",
        # a body named in a later sentence is not the owner
        "The fund's chief economist, Rafael Lindqvist, spoke. The IMF later cut its forecast.",
    ],
)
def test_a_description_owns_no_post_of_another_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {o for _, o in affiliations(facts_of(text))} - {"Tariq Omar", "Rafael Lindqvist"}


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz spoke warmly of her meeting with the Pope.",
        "Ana Ruiz met the Pope on Monday.",
        "Ana Ruiz held talks with the Pope at the Vatican.",
    ],
)
def test_the_pope_no_story_names_is_the_office_holder(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Ana Ruiz", "Pope") in met_pairs(facts_of(text))


def test_a_pope_the_story_names_is_himself(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Pope Leo arrived in Lima on Sunday. Ana Ruiz met the Pope on Monday.")
    found = met_pairs(facts)
    assert pair("Ana Ruiz", "Pope Leo") in found and pair("Ana Ruiz", "Pope") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The European Union raised tariffs on steel. Union leaders said the rise would cost "
        "jobs in every mill.",
        "The EU met in Brussels. Union officials warned of strikes at the ports.",
        "The European Union set new quotas. Union members voted to walk out on Friday.",
    ],
)
def test_bare_union_before_plural_people_is_no_body_named_before(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    speaking = {
        p.actor for e in facts.events if e.kind.value == "Statement" for p in e.participants
    }
    assert "org/EU" not in speaking


def test_bare_union_before_a_singular_title_is_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The European Union raised tariffs. Union President Ilse Varga said it was fair."
    )
    assert ("Ilse Varga", "European Union") in affiliations(facts)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a holder who has left the post no longer acts for its country or body
        ("The former Danish ambassador criticised Peru over the arrests.", "Denmark"),
        ("The former Chilean president met the Japanese premier in Lima.", "Chile"),
        ("The ex-Danish ambassador condemned Norway's fishing quotas.", "Denmark"),
        ("Omar Haddad praised the former Reuters correspondent for her work.", "Reuters"),
        ("The late Jordanian king met Egyptian envoys in 1994.", "Jordan"),
    ],
)  # fmt: skip
def test_a_former_holder_acts_for_no_one(facts_of, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    parties = {names[k] for e in facts.events if e.factual and e.kind is not EventKind.STATEMENT
               for k in e.actors()}  # fmt: skip
    assert absent not in parties


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # one still in the post does: "then" and "outgoing" hold it when it happens
        ("The Danish ambassador criticised Peru over the arrests.", ("Denmark", "Peru")),
        ("The then Danish ambassador criticised Peru over the arrests.", ("Denmark", "Peru")),
        ("The outgoing Danish ambassador criticised Peru.", ("Denmark", "Peru")),
    ],
)  # fmt: skip
def test_a_holder_in_post_acts_for_the_country(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Thousands marched in Bolivia on Sunday. The country's president, Juan Tapia, called "
         "for calm.", ("Juan Tapia", "Bolivia")),
        ("Fighting went on in Sudan for a third day. Osman Idris, the country's army chief, "
         "vowed to win.", ("Osman Idris", "Sudan")),
        ("Floods struck across Pakistan, and the country's prime minister, Imran Baig, asked "
         "for aid.", ("Imran Baig", "Pakistan")),
    ],
)  # fmt: skip
def test_the_country_is_the_one_named_as_a_place(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """ "Protests in Bolivia ... the country's president": the only country named is the
    one where things happen."""
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair", "absent"),
    [
        # a country that acts is preferred to one where things happen
        ("Brazil condemned the killings in Haiti on Monday. The country's foreign minister, "
         "Rui Lobo, called for calm.", ("Rui Lobo", "Brazil"), ("Rui Lobo", "Haiti")),
        # a city is no country
        ("Protests spread in Santa Rosa. The country's president, Juan Tapia, called for calm.",
         None, ("Juan Tapia", "Bolivia")),
    ],
)  # fmt: skip
def test_the_country_is_not_a_place_when_an_actor_is_named(  # type: ignore[no-untyped-def]
    facts_of, text: str, pair: tuple[str, str] | None, absent: tuple[str, str]
) -> None:
    found = affiliations(facts_of(text))
    assert absent not in found
    assert pair is None or pair in found
