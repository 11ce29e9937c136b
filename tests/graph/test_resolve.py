"""Identity across articles as a pure function: each rule, its limits, and order."""

from __future__ import annotations

import random

from kg.graph.resolve import Decisions, LocalActor, resolve


def person(article: str, name: str, key: str | None = None) -> LocalActor:
    return LocalActor(article, key or "person/" + name.lower().replace(" ", "-"), "Person", name)


def org(article: str, name: str, key: str | None = None, **kw: object) -> LocalActor:
    key = key or "org/" + name.lower().replace(" ", "-")
    return LocalActor(article, key, "Organization", name, **kw)  # type: ignore[arg-type]


def test_a_surname_joins_the_one_person_with_that_name() -> None:
    res = resolve([person("a1", "Ann Vale"), person("a2", "Vale")])
    assert res.mapping[("a2", "person/vale")] == "person/ann-vale"
    assert "only person" in res.reasons[("a2", "person/vale")]
    assert res.forms["person/ann-vale"] == {"Ann Vale", "Vale"}


def test_a_surname_stays_apart_when_several_people_share_it() -> None:
    res = resolve([person("a1", "Ann Vale"), person("a2", "Tom Vale"), person("a3", "Vale")])
    assert res.mapping[("a3", "person/vale")] == "person/vale"
    assert "kept apart" in res.reasons[("a3", "person/vale")]


def test_a_surname_joins_a_person_named_with_a_generation() -> None:
    res = resolve([person("a1", "Ann Vale Jr."), person("a2", "Vale")])
    assert res.mapping[("a2", "person/vale")] == "person/ann-vale-jr."
    # the mother's name is another person's, not a shorter form of the daughter's
    res = resolve([person("a1", "Ann Vale Jr."), person("a2", "Ann Vale"), person("a3", "Vale")])
    assert res.mapping[("a2", "person/ann-vale")] == "person/ann-vale"
    assert res.mapping[("a3", "person/vale")] == "person/vale"  # two Vales: kept apart


def test_context_decides_between_namesakes() -> None:
    records = [
        person("a1", "Ann Vale"), org("a1", "Weavers Guild"),
        person("a2", "Tom Vale"), org("a2", "Orlan Council"),
        person("a3", "Vale"), org("a3", "Weavers Guild"),
    ]  # fmt: skip
    res = resolve(records)
    assert res.mapping[("a3", "person/vale")] == "person/ann-vale"
    assert "share the most actors" in res.reasons[("a3", "person/vale")]


def test_a_namesake_cited_far_more_often_is_the_one_meant() -> None:
    records = [person(f"a{i}", "Ann Vale") for i in range(12)] + [
        person("b1", "Tom Vale"),
        person("c1", "Vale"),
    ]
    assert resolve(records).mapping[("c1", "person/vale")] == "person/ann-vale"


def test_fuller_names_acronyms_and_one_name_typed_twice() -> None:
    records = [
        person("a1", "Ann B Vale"), person("a2", "Ann Vale"),
        person("a3", "Vincent Orsk"), person("a4", "Vince Orsk"),
        org("a5", "Weavers Trade Union"), org("a6", "WTU"),
        org("a7", "Nel Orsk", key="org/nel-orsk"), person("a8", "Nel Orsk"),
    ]  # fmt: skip
    m = resolve(records).mapping
    assert m[("a2", "person/ann-vale")] == "person/ann-b-vale"
    assert m[("a4", "person/vince-orsk")] == "person/vincent-orsk"
    assert m[("a6", "org/wtu")] == "org/weavers-trade-union"
    assert m[("a7", "org/nel-orsk")] == m[("a8", "person/nel-orsk")]
    assert resolve(records).types[m[("a8", "person/nel-orsk")]] == "Person"


def test_a_known_actor_gives_its_key_and_name() -> None:
    records = [
        org("a1", "Labour Party", key="org/UK-LAB", known=True),
        org("a2", "Labour Party", key="org/UK-LAB", known=True),
        org("a3", "Labour", key="org/UK-LAB", known=True),
        org("a4", "Labour"),
    ]
    res = resolve(records)
    assert res.mapping[("a4", "org/labour")] == "org/UK-LAB"
    assert res.names["org/UK-LAB"] == "Labour Party"


def test_two_actors_of_one_article_stay_two() -> None:
    # "Ann Vale" would be "Ann B Vale" named less fully, but one article names both
    records = [person("a1", "Ann B Vale"), person("a2", "Ann B Vale"), person("a2", "Ann Vale")]
    res = resolve(records)
    assert res.mapping[("a2", "person/ann-vale")] == "person/ann-vale"
    assert "kept apart" in res.reasons[("a2", "person/ann-vale")]
    # an acronym or a surname beside its full name is a link the article missed
    records = [org("a1", "Acme Ventures"), org("a2", "Acme Ventures"), org("a2", "AV")]
    assert resolve(records).mapping[("a2", "org/av")] == "org/acme-ventures"


def test_decisions_merge_split_and_rename() -> None:
    records = [person("a1", "Ann Vale"), person("a2", "Vale"), person("a3", "Nel Orsk")]
    res = resolve(records, Decisions(merges=(("person/nel-orsk", "person/ann-vale"),)))
    assert res.mapping[("a1", "person/ann-vale")] == res.mapping[("a3", "person/nel-orsk")]
    res = resolve(records, Decisions(splits=(("person/ann-vale", "person/vale"),)))
    assert res.mapping[("a2", "person/vale")] == "person/vale"
    res = resolve(records, Decisions(renames=(("person/vale", "Ann B. Vale"),)))
    assert (
        res.names["person/ann-vale"] == "Ann B. Vale" and "Ann Vale" in res.forms["person/ann-vale"]
    )


def test_the_order_of_articles_does_not_matter() -> None:
    records = [person("a1", "Ann Vale"), person("a2", "Vale"), person("a3", "Tom Vale")]
    records += [org(f"b{i}", n) for i, n in enumerate(["WTU", "Weavers Trade Union", "WTU"])]
    records += [person("c1", "Vale"), org("c1", "Weavers Trade Union")]
    first = resolve(records)
    for seed in range(5):
        shuffled = list(records)
        random.Random(seed).shuffle(shuffled)
        again = resolve(shuffled)
        assert (again.mapping, again.names, again.types) == (
            first.mapping,
            first.names,
            first.types,
        )


def test_a_baroness_is_not_joined_by_surname_alone() -> None:
    """ "Baroness Vale" is no surname of whichever Vale is cited most; "Lord Vale"
    is read as the surname, as "Mr Vale" is."""
    records = [person(f"a{i}", "Tom Vale") for i in range(12)] + [
        person("b1", "Ann Vale"),
        person("c1", "Baroness Vale"),
        person("d1", "Lord Vale"),
    ]
    res = resolve(records)
    assert res.mapping[("c1", "person/baroness-vale")] == "person/baroness-vale"
    assert res.mapping[("d1", "person/lord-vale")] == "person/tom-vale"


def test_a_name_holding_the_acronym_is_not_its_long_form() -> None:
    res = resolve(
        [org("a1", "NBE"), org("a2", "NBE 1"), org("a3", "Northern Broadcasting Exchange")]
    )
    assert (
        res.mapping[("a1", "org/nbe")] == res.mapping[("a3", "org/northern-broadcasting-exchange")]
    )
    assert res.mapping[("a2", "org/nbe-1")] == "org/nbe-1"


def test_an_acronym_may_leave_out_and_carry_the_kind_of_body() -> None:
    # "Dockers and Riggers Union" goes by "DR", "DR Union" and "DRU" alike
    res = resolve(
        [
            org("a1", "Dockers and Riggers Union"),
            org("a2", "DR"),
            org("a3", "DR Union"),
            org("a4", "DRU"),
            org("a5", "Harbour Freedom Party"),
            org("a6", "HF Party"),
        ]
    )
    long = res.mapping[("a1", "org/dockers-and-riggers-union")]
    assert long == "org/dockers-and-riggers-union"
    assert res.mapping[("a2", "org/dr")] == long
    assert res.mapping[("a3", "org/dr-union")] == long
    assert res.mapping[("a4", "org/dru")] == long
    assert res.mapping[("a6", "org/hf-party")] == "org/harbour-freedom-party"
    assert "acronym of 'Dockers and Riggers Union'" in res.reasons[("a3", "org/dr-union")]


def test_an_acronym_with_its_kind_joins_the_bare_acronym_without_a_long_form() -> None:
    res = resolve([org("a1", "DR"), org("a2", "DR Union"), org("a3", "DR Radio")])
    assert res.mapping[("a2", "org/dr-union")] == res.mapping[("a1", "org/dr")]
    assert res.mapping[("a3", "org/dr-radio")] == "org/dr-radio"  # another body bearing it


def test_an_acronym_of_two_bodies_or_of_another_kind_stays_apart() -> None:
    # two long forms fit "DR": neither is chosen
    res = resolve(
        [org("a1", "Dockers and Riggers Union"), org("a2", "Drivers and Riders Party"),
         org("a3", "DR Union")]
    )  # fmt: skip
    assert res.mapping[("a3", "org/dr-union")] == "org/dr-union"
    # "Union" closes only the long name it abbreviates: "DR Council" is not "DR"
    res = resolve([org("a1", "DR"), org("a2", "DR Council")])
    assert res.mapping[("a2", "org/dr-council")] == "org/dr-council"


def test_one_article_naming_the_body_and_its_acronym_keeps_them_one() -> None:
    res = resolve([org("a1", "Dockers and Riggers Union"), org("a1", "DR Union")])
    assert res.mapping[("a1", "org/dr-union")] == "org/dockers-and-riggers-union"


def test_a_surname_of_the_other_sex_is_another_person() -> None:
    """The sex an article told (an honorific, a given name) keeps "Lady Vale" and
    "Mrs Vale" from the one Tom Vale of the store; one of the same sex still joins."""
    tom = LocalActor("a1", "person/tom-vale", "Person", "Tom Vale", sex="m")
    res = resolve([tom, LocalActor("b1", "person/lady-vale", "Person", "Lady Vale", sex="f"),
                   LocalActor("c1", "person/vale", "Person", "Vale", sex="f"),
                   LocalActor("d1", "person/vale", "Person", "Vale", sex="m")])  # fmt: skip
    assert res.mapping[("b1", "person/lady-vale")] == "person/lady-vale"
    assert res.mapping[("d1", "person/vale")] == "person/tom-vale"
    res = resolve([tom, LocalActor("c1", "person/vale", "Person", "Vale", sex="f")])
    assert res.mapping[("c1", "person/vale")] == "person/vale"
    # no sex told either side: the surname joins as before
    res = resolve([person("a1", "Tom Vale"), LocalActor("c1", "person/vale", "Person", "Vale")])
    assert res.mapping[("c1", "person/vale")] == "person/tom-vale"


def test_a_peer_of_a_place_joins_only_one_given_that_title() -> None:
    peer = LocalActor("b1", "person/lord-vale", "Person", "Lord Vale",
                      ("Lord Vale of Ardley",), sex="m")  # fmt: skip
    res = resolve([LocalActor("a1", "person/tom-vale", "Person", "Tom Vale", sex="m"), peer])
    assert res.mapping[("b1", "person/lord-vale")] == "person/lord-vale"
    named = LocalActor("a1", "person/tom-vale", "Person", "Tom Vale", ("Lord Vale of Ardley",))
    res = resolve([named, peer])
    assert res.mapping[("b1", "person/lord-vale")] == "person/tom-vale"


def test_a_name_minted_for_its_article_joins_no_well_known_actor() -> None:
    """A bare "the House" of a story naming no chamber, or two, is that story's own
    (kg.language.bare_chambers), never the store's one well-known "House"."""
    lords = [org(a, "House of Lords", key="org/UK-LORDS", known=True, forms=("House",))
             for a in ("a1", "a2", "a3")]  # fmt: skip
    own = org("https://w3id.org/kg/id/article/b9", "House", key="org/house-b9")
    res = resolve([*lords, own])
    assert res.mapping[(own.article, own.key)] == "org/house-b9"
    plain = org("b9", "House")  # (a short name an article could not place still joins)
    assert resolve([*lords, plain]).mapping[("b9", "org/house")] == "org/UK-LORDS"
