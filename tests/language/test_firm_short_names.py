"""A firm called by the front of its name after its full name ("Acme Holdings ...
Acme said"): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.firm_short_names import firm_long_form, glued_front, is_head_of
from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kestrel Holdings signed a deal with Brightwater Energy. Kestrel said on Monday "
         "that the deal was worth $2m.", "Kestrel Holdings"),
        ("Ardmoor Motors signed a deal with Chile. Ardmoor said the deal was worth $2m.",
         "Ardmoor Motors"),
        ("Velmarfinansgroup bought the oil company on Monday. Velmar said it had paid $9bn.",
         "Velmarfinansgroup"),
    ],
)  # fmt: skip
def test_the_front_of_a_firm_s_name_is_the_firm(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert speaker in speakers(facts)
    front = speaker.split()[0][:6] if " " not in speaker else speaker.split()[0]
    assert not any(a.name == front for a in facts.actors)


def test_the_front_acts_as_the_firm(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Norvale Mining Group bought a stake in the mine. On Tuesday Norvale accused the "
            "Zambian government of delaying the licence.")  # fmt: skip
    assert ("Norvale Mining Group", "Zambia") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person of that name: the person
        ("Tom Kestrel, a banker, met Kestrel Holdings executives. Kestrel said on Monday "
         "that the deal was worth $2m.", "Tom Kestrel"),
        # a country's name before the firm's words: the country
        ("Kenya Airways signed a deal with Qantas. Kenya said on Monday that the deal was good.",
         "Kenya"),
    ],
)  # fmt: skip
def test_a_front_that_names_another_stays_its(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


def test_a_head_and_a_glued_front() -> None:
    assert is_head_of("Norco", "Norco Motors") and not is_head_of("Norco", "Norco Powertrain")
    assert glued_front("Velmar", "Velmarfinansgroup")
    assert not glued_front("Velmar", "Velmarco")  # too short a rest, no firm word
    assert not glued_front("Vel", "Velmarfinansgroup")  # too short a front


def test_the_front_before_a_post_is_the_firm(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Acme Holdings signed a supply deal with Brightwater Energy. Acme chief executive "
            "Tom Vale said the deal was worth $2m.")  # fmt: skip
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    posts = {(names[r.subject], names[r.object]) for r in facts.relations}
    assert ("Tom Vale", "Acme Holdings") in posts


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury Department sanctioned three Iranian banks on Monday. The Treasury said "
        "the banks had financed terrorism.",
        "The Treasury Department froze the accounts of two Syrian firms. On Friday the Treasury "
        "said the firms had funded militias.",
    ],
)
def test_a_department_without_its_kind_word_is_the_department(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    department = next(a.name for a in facts.actors if a.name.endswith("Department"))
    assert speakers(facts) == {department}


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("Commission", "Kestrel Commission", True),
        ("House", "House of Delegates", True),
        ("Norvane", "Norvane Motors", True),  # a company word
        ("Norvane", "Norvane GmbH", True),  # a legal form
        ("Norvane", "Norvane Powertrain", False),  # another firm that carries its name
    ],
)
def test_head_word(short: str, long: str, expected: bool) -> None:
    assert is_head_of(short, long) is expected


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("Bank", "Reserve Bank of Norland", True),  # the head before "of"
        ("Bank", "the Bank of Norland", True),
        ("Reserve", "Reserve Bank of Norland", False),
        ("Chester", "Chester Building Society", True),  # a town's firm
        ("Chester", "Chester City Council", False),
    ],
)
def test_heads_of_long_names(short: str, long: str, expected: bool) -> None:
    assert is_head_of(short, long) is expected


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("Derby", "Derby Bank", True),
        ("Derby", "the Derby Building Society", True),
        ("Derby", "Derby Council", False),
        ("Derby", "Derby", False),
        ("Derby", "Kendal Bank", False),
    ],
)
def test_a_firm_s_long_form(short: str, long: str, expected: bool) -> None:
    assert firm_long_form(short, long) is expected


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Andes Mining Corporation said on Monday that profits had risen. Andes Mining "
         "added that it would hire 500 workers.", "Andes Mining Corporation"),
        ("Brantex Oil Corp said on Monday that output had fallen. Chief executive Tom Hale "
         "said Brantex Oil would cut jobs.", "Brantex Oil Corp"),
        ("Shares in Krenna Vale Doughnuts fell sharply on Monday after the firm said it "
         "would restate its accounts. Krenna Vale said accounting errors had forced the "
         "move.", "Krenna Vale Doughnuts"),
    ],
)  # fmt: skip
def test_a_shorter_name_of_two_words_is_the_firm(facts_of, text: str, full: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert full in names
    assert " ".join(full.split()[:2]) not in names


def test_the_founder_of_a_firm_named_after_her_stays(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Greta Holm Fashions reported a loss on Monday. Greta Holm, who founded the firm, "
            "said she would retire.")  # fmt: skip
    assert "Greta Holm" in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Andes Mining Corporation said on Monday that Andes Shipping would carry its ore.",
         {"Andes Mining Corporation", "Andes Shipping"}),
        ("Velcor Holdings said on Monday that its rival Velcor Energy had cut prices.",
         {"Velcor Holdings", "Velcor Energy"}),
        ("Zelton Krisp Securities said on Monday that Zelton Krisp had sold its stake.",
         {"Zelton Krisp Securities", "Zelton Krisp"}),
    ],
)  # fmt: skip
def test_another_firm_sharing_the_front_stays(facts_of, text: str, names: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert names <= {a.name for a in facts_of(text).actors}
