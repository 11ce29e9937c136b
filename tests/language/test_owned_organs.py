"""An organ of a state or of an international body named in lower case through its
owner acts for the owner (kg.language.owned_organs): sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner's possessive, a field in lower case, the organ
        ("The African Union's peace and security council condemned Mali over the coup.",
         ("African Union", "Mali")),
        ("The AU's peace and security council suspended Mali after the coup.",
         ("African Union", "Mali")),
        ("The EU's executive commission fined Kestrel Bank 2 billion euros.",
         ("European Union", "Kestrel Bank")),
        ("The Arab League's council condemned Israel for the strikes.", ("Arab League", "Israel")),
        ("The UN's human rights council condemned Myanmar for the killings.",
         ("United Nations", "Myanmar")),
        # the owner's name before the field, no possessive
        ("The AU peace and security council condemned Mali over the coup.",
         ("African Union", "Mali")),
        # the owner in an "of" phrase after the organ
        ("The peace and security council of the African Union condemned Mali over the coup.",
         ("African Union", "Mali")),
    ],
)  # fmt: skip
def test_the_organ_of_a_body_acts_for_it(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The African Union's peace and security council said the junta must go.",
         "African Union"),  # (the tagger makes this "council" a proper noun)
        ("ASEAN's secretariat said the talks would resume in May.",
         "Association of Southeast Asian Nations"),
        ("NATO's military committee said the exercise would go ahead.",
         "North Atlantic Treaty Organization"),
        # a country's armed force after its demonym, as after its possessive
        ("The Ghanaian air force said it had bombed rebel camps.", "Ghana"),
        ("Ghana's air force said it had bombed rebel camps.", "Ghana"),
        ("The Nigerian navy said on Monday that the tankers carried stolen crude.", "Nigeria"),
        # a directorate of a body of the world, in lower case
        ("The European Commission's energy directorate said on Monday that the rules were "
         "broken.", "European Commission"),
        ("The AU's peace directorate said the talks would resume in May.", "African Union"),
    ],
)  # fmt: skip
def test_the_organ_speaks_for_its_owner(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


def test_the_organ_meets_for_its_owner(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The EU's executive commission met Polish officials in Brussels.")
    assert pair("European Union", "Poland") in met_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        "A navy spokesman in a bar said the ships were old.",
        "An African Union advisory council said the vote was fair.",
        "The navy of Kestrel Shipping, a private firm, seized a tanker. It said the ship was old.",
        "Ghana and Togo signed a fisheries deal on Monday.\nThe navy seized a tanker and said "
        "it carried stolen fish.",
    ],
)
def test_an_organ_of_no_state_or_body_speaks_for_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == set()


def test_an_organ_that_is_a_body_of_its_own_stays_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Kenya's electoral commission said the vote was fair.")
    assert speakers(facts) == {"Kenya electoral commission"}


def test_a_thing_of_the_organ_is_no_act(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Nigerian navy's new ship was built in South Korea.")
    assert not facts.events


@pytest.mark.parametrize(
    ("text", "body", "targets"),
    [
        ("ECOWAS leaders met in Abuja on Monday. The bloc's secretariat demanded on Tuesday "
         "that Guinea, Mali and Niger hold elections.", "Economic Community of West African States",
         {"Guinea", "Mali", "Niger"}),
        ("ASEAN ministers met in Jakarta. The bloc's secretariat condemned on Friday Myanmar, "
         "Laos and Cambodia for the arrests.", "Association of Southeast Asian Nations",
         {"Myanmar", "Laos", "Cambodia"}),
        ("NATO ministers met in Brussels. The alliance's secretariat demanded yesterday that "
         "Serbia, Kosovo and Albania end the dispute.", "North Atlantic Treaty Organization",
         {"Serbia", "Kosovo", "Albania"}),
        ("African Union leaders gathered in Addis Ababa. The union's commission strongly "
         "condemned Chad, Sudan and Libya over the raids.", "African Union",
         {"Chad", "Sudan", "Libya"}),
        ("The Arab League met in Cairo on Sunday. The organisation's secretariat called on "
         "Iran, Turkey and Israel on Monday to withdraw their forces.", "Arab League",
         {"Iran", "Turkey", "Israel"}),
        ("ECOWAS leaders met in Abuja on Monday. The regional bloc's commission demanded on "
         "Tuesday that Guinea, Mali and Niger hold elections.",
         "Economic Community of West African States", {"Guinea", "Mali", "Niger"}),
        ("ECOWAS leaders met in Abuja on Monday. The secretariat of the bloc demanded "
         "formally that Guinea, Mali and Niger hold elections.",
         "Economic Community of West African States", {"Guinea", "Mali", "Niger"}),
        # named, as before
        ("The Arab League's secretariat demanded on Monday that Iran, Turkey and Israel "
         "withdraw.", "Arab League", {"Iran", "Turkey", "Israel"}),
        ("ECOWAS leaders met in Abuja on Monday. The bloc's spokesman demanded on Tuesday "
         "that Guinea, Mali and Niger hold elections.", "Economic Community of West African States",
         {"Guinea", "Mali", "Niger"}),
    ],
)  # fmt: skip
def test_the_organ_of_a_body_told_before_acts_on_each_named(facts_of, text, body, targets) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert {(body, t) for t in targets} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The bloc's secretariat demanded on Monday that Chad, Niger and Mali withdraw.",
        "Acme Holdings met its lenders. The firm's committee demanded on Monday that Peru "
        "pay its debts.",
        "Leaders met at the summit. The summit's secretariat demanded that Chad withdraw.",
    ],
)
def test_an_organ_of_no_body_told_before_acts_for_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


def test_the_owner_is_read_from_the_words_just_before_the_organ(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kg.language import owned_organs

    doc = nlp(
        "Officials from ten countries who had travelled for many hours through the night "
        "to the summit in the capital said on Monday that the African Union's peace and "
        "security council would meet."
    )
    council = next(t for t in doc if t.text == "council")
    looked_at = []
    name_word = owned_organs._name_word
    monkeypatch.setattr(owned_organs, "_name_word", lambda t: looked_at.append(t) or name_word(t))
    assert [t.text for t in owned_organs.organ_owners(council)] == ["Union"]
    assert len(looked_at) <= 2 * len("the African Union".split())  # not every word before


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The bloc's secretariat condemned the coup.", "bloc"),
        ("The secretariat of the alliance condemned the coup.", "alliance"),
        ("A bloc's secretariat condemned the coup.", None),  # one of some
        ("The Union's secretariat condemned the coup.", None),  # a name, not a noun
    ],
)
def test_the_noun_that_names_an_organs_owner(nlp, text: str, noun: str | None) -> None:  # type: ignore[no-untyped-def]
    from kg.language.owned_organs import organ_owner_noun

    secretariat = next(t for t in nlp(text) if t.text == "secretariat")
    found = organ_owner_noun(secretariat)
    assert (found.text if found is not None else None) == noun
