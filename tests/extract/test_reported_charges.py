"""Accusations told without the word "accuse": a charge told as reported speech, a
deed a side says was done to it, a target singled out or named and shamed, a charge in a relative clause on what several
parties turned from (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile said Peru had violated the border treaty.", ("Chile", "Peru")),
        ("Minister Rosa Kell said that Bolivia was breaching the trade accord.", ("Rosa Kell", "Bolivia")),
        ("Ecuador's navy said Colombian boats had pushed back a migrant dinghy.", ("Ecuador", "Colombia")),
        ('Senator Oskar Lind said Moscow was "inventing a pretext" for war.', ("Oskar Lind", "Russia")),
        ("Paraguay said on Monday that Uruguay was stealing its water.", ("Paraguay", "Uruguay")),
        ("Chile said Peru had meddled in its vote and flouted the ruling.", ("Chile", "Peru")),
        # one list of telling verbs for charges of wrongdoing and deeds done to the teller
        ("Chile reported that Peru had violated the border treaty.", ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_a_charge_told_as_done_accuses_its_doer(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "112") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile denied that Peru had violated the border treaty.",  # denied
        "Chile said that if Peru violated the treaty, talks would end.",  # hypothetical
        "Chile said Peru might violate the border treaty.",  # only expected
        "Chile said Peru had not violated the border treaty.",  # negated
        "Chile asked whether Peru had violated the border treaty.",  # asked
        "It was said that Peru had violated the border treaty.",  # no named accuser
        "Chile said Peru had been robbed and attacked.",  # Peru the victim
        "Chile said Peru was ready to talk.",  # no charge
        "Chile said Peru was inventing new engines.",  # no pretext invented
        "Chile said Peru had violated no rule.",  # no rule broken
    ],
)
def test_no_charge_when_denied_supposed_or_no_wrong(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(a == "Chile" and t == "Peru" for a, t, _ in coded(facts_of, text))


@pytest.mark.parametrize(
    "text",
    [
        "Peru's defence ministry said Peruvian troops had breached the line.",
        "The Peruvian foreign ministry said Peruvian boats had pushed back a dinghy.",
        "Rosa Kell said she had breached the rules herself.",
    ],
)
def test_a_charge_against_the_speakers_own_side_is_none(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(code == "112" for _, _, code in coded(facts_of, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Rosa Kell accused wealthy states of hoarding grain and singled out Norway.", ("Rosa Kell", "Norway")),
        ("Oskar Lind condemned the raids, singling out Syria as the main culprit.", ("Oskar Lind", "Syria")),
        ("Rosa Kell singled out Austria in her criticism of the lenders.", ("Rosa Kell", "Austria")),
        ("The minister, Oskar Lind, named and shamed Belgium and Greece.", ("Oskar Lind", "Belgium")),
    ],
)  # fmt: skip
def test_one_singled_out_or_shamed_is_criticised(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert any((a, t) == pair for a, t, _ in coded(facts_of, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Kell thanked the donors and singled out Norway for praise.",
        "Rosa Kell did not single out Norway in her criticism of the lenders.",
    ],
)
def test_one_singled_out_for_praise_is_not_opposed(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(t == "Norway" for _, t, _ in coded(facts_of, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Kell singled out Norway for criticism.",
        "Oskar Lind condemned the raids, singling out Syria for censure.",
        "Rosa Kell accused wealthy states of hoarding grain and singled out Norway for rebuke.",
        "Oskar Lind singled out Chile for harsh criticism over its fishing fleet.",
    ],
)
def test_one_singled_out_for_an_event_noun_is_criticised_once(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    """The noun ("criticism") is an event of its own: no second event by the verb."""
    facts = facts_of(text)
    conflicts = [e for e in facts.events if e.kind is EventKind.CONFLICT and e.actors("target")]
    assert len(conflicts) == 1, conflicts


@pytest.mark.parametrize(
    ("text", "accusers"),
    [
        ("Mali and Niger quit the African Union, which they accused of bias.", {"Mali", "Niger"}),
        ("Hungary and Poland left the Council of Europe, which they accused of meddling.", {"Hungary", "Poland"}),
        ("Chile, Peru and Bolivia announced their exit from the Andean Community, which they blamed for the slump.",
         {"Chile", "Peru", "Bolivia"}),
    ],
)  # fmt: skip
def test_they_in_a_relative_charge_are_the_parties_turning_away(facts_of, text, accusers) -> None:  # type: ignore[no-untyped-def]
    found = {a for a, _, code in coded(facts_of, text) if code == "112"}
    assert accusers <= found


def test_a_relative_charge_by_others_is_not_the_parties(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Mali and Niger joined the African Union, which critics accused of bias."
    assert not any(a in {"Mali", "Niger"} for a, _, _ in coded(facts_of, text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile said Peru was lying low after the vote.",
        "Chile said the Peruvian plan lay dormant for years.",
        "Chile said Peru was lying still, waiting for the talks.",
    ],
)
def test_lying_low_is_no_lie(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(a == "Chile" and t == "Peru" for a, t, _ in coded(facts_of, text))


def test_a_lie_told_is_still_a_criticism(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert any(
        (a, t) == ("Chile", "Peru")
        for a, t, _ in coded(facts_of, "Chile said Peru was lying about the vote.")
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Seoul said Pyongyang had fired artillery at a South Korean island.",
         ("South Korea", "North Korea")),
        ("Norway said on Friday that Russia had shelled a Norwegian border post.",
         ("Norway", "Russia")),
        ("Japan said China had detained two Japanese diplomats in Shanghai.",
         ("Japan", "China")),
        ("Georgia said that Russian jets had bombed Georgia's border villages.",
         ("Georgia", "Russia")),
    ],
)  # fmt: skip
def test_a_victim_telling_a_deed_accuses_its_doer(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway said Russia had shelled Ukraine's border villages.", ("Norway", "Russia")),
        ("Norway said Russia would shell a Norwegian border post.", ("Norway", "Russia")),
        ("Norway said Russia had not shelled a Norwegian border post.", ("Norway", "Russia")),
        ("Norway did not say that Russia had shelled a Norwegian border post.",
         ("Norway", "Russia")),
        ("Norway said its border post had been shelled.", ("Norway", "Russia")),
        ("Norway said Russia had criticised Norwegian fishing policy.", ("Norway", "Russia")),
    ],
)  # fmt: skip
def test_no_charge_without_a_deed_done_to_the_speaker(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "112") not in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ana Ruiz said Tomas Lind had lied about the budget.", ("Ana Ruiz", "Tomas Lind")),
        ("Ana Ruiz said Tomas Lind had lied to parliament.", ("Ana Ruiz", "Tomas Lind")),
        ("Ana Ruiz insisted Tomas Lind had lied to voters about the war.", ("Ana Ruiz", "Tomas Lind")),
        ("'Tomas Lind lied to us,' Ana Ruiz said.", ("Ana Ruiz", "Tomas Lind")),
        ("Chile claimed that Peru had violated the border treaty.", ("Chile", "Peru")),
        ("According to Maria Olsen, Peter Brandt lied to parliament.", ("Maria Olsen", "Peter Brandt")),
        ("Peter Brandt had cheated, according to Maria Olsen.", ("Maria Olsen", "Peter Brandt")),
        ("According to France, Syria had violated the truce.", ("France", "Syria")),
    ],
)  # fmt: skip
def test_a_lie_a_claim_or_a_source_tells_the_charge(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "112") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz said Tomas Lind had arrived in Madrid.",  # no wrong
        "Ana Ruiz denied that Tomas Lind had lied.",  # denied
        "Ana Ruiz asked whether Tomas Lind had lied.",  # asked
        "Ana Ruiz said Tomas Lind had never lied.",  # negated
        "Ana Ruiz said Tomas Lind would lie.",  # only expected
        "Ana Ruiz said Tomas Lind was lying low.",  # a resting
        "Ana Ruiz said Tomas Lind had lain in hospital for weeks.",  # a resting
        "Ana Ruiz said Tomas Lind had been lied to by his aides.",  # lied to, not lying
        "Ana Ruiz said Tomas Lind had allegedly lied to parliament.",  # passed-on hearsay
        "Chile said Peru lies to the north of the desert.",  # a place
        "According to France, Syria had not violated the truce.",  # negated
    ],
)
def test_no_charge_from_a_rest_a_denial_or_hearsay(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(code == "112" for _, _, code in coded(facts_of, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a quote split around "said": its opening words are the doer
        ('"Bolivia," Minister Rosa Kell said, "has cheated on every deal it signed."', ("Rosa Kell", "Bolivia")),
        ('"Paraguay," Minister Rosa Kell said, "has broken the ceasefire."', ("Rosa Kell", "Paraguay")),
        # a manner that makes the deed a wrong, the verb quoted or not
        ("Minister Rosa Kell said Uruguay was illegally occupying the islands.", ("Rosa Kell", "Uruguay")),
        ('Minister Rosa Kell told the assembly that Uruguay was "occupying" the islands illegally.',
         ("Rosa Kell", "Uruguay")),
        ('"Uruguay has unlawfully detained our fishermen," Minister Rosa Kell said.', ("Rosa Kell", "Uruguay")),
        ('"Paraguay," Rosa Kell told reporters, "is lying about the truce."', ("Rosa Kell", "Paraguay")),
        # a deed of wrong whatever it is done to
        ("Minister Rosa Kell said on Tuesday that Chilean troops had tortured prisoners.", ("Rosa Kell", "Chile")),
    ],
)  # fmt: skip
def test_a_charge_in_quoted_words_accuses_its_doer(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "112") in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('"Norway\'s troops shelled our villages," the Swedish defence minister, Lena Vark, said on Monday.',
         ("Lena Vark", "Norway")),
        ('"Norway\'s troops," Swedish Defence Minister Lena Vark said, "have shelled our villages."',
         ("Lena Vark", "Norway")),
        ("Swedish Defence Minister Lena Vark said Norwegian troops had attacked Swedish border posts.",
         ("Lena Vark", "Norway")),
    ],
)  # fmt: skip
def test_a_deed_done_to_the_speakers_side_accuses_its_doer(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "112") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        '"Bolivia," Minister Rosa Kell said, "will never break the ceasefire."',  # only expected
        '"Bolivia," Minister Rosa Kell said, "has not broken the ceasefire."',  # negated
        '"Bolivia," Minister Rosa Kell said, "has kept every promise."',  # no wrong
        '"Bolivia," Minister Rosa Kell told reporters, "is a trusted friend."',  # praise
        "Minister Rosa Kell said Bolivia had broken the news to its allies.",  # no truce broken
        "Minister Rosa Kell said Bolivia had legally detained the smugglers.",  # no wrongful manner
        "Minister Rosa Kell said Bolivian troops had attacked rebel positions.",  # no civilians
        "Minister Rosa Kell denied that Bolivia had illegally occupied the islands.",  # denied
        "Minister Rosa Kell asked whether Bolivia had shelled the villages.",  # asked
        "Minister Rosa Kell said Bolivia's fishermen had been illegally detained.",  # Bolivia the victim
        "Minister Rosa Kell said Bolivia might break the truce.",  # only supposed
        # breaking a blockade runs it (aid ships), no wrong of its own
        "Minister Rosa Kell said Bolivia's aid ships broke the blockade of the port.",
        "Minister Rosa Kell said Bolivian convoys had broken the blockade of the city.",
    ],
)
def test_no_charge_in_quoted_words_when_no_wrong_is_told(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(a == "Rosa Kell" for a, _, _ in coded(facts_of, text))


@pytest.mark.parametrize(
    ("text", "speaker", "accused"),
    [
        # the teller's own side does it
        ('"Bolivian troops shelled our villages," Bolivian Defence Minister Lena Vark said.', "Lena Vark",
         "Bolivia"),
        ("Bolivian Defence Minister Lena Vark said Bolivian troops had tortured prisoners.", "Lena Vark",
         "Bolivia"),
        # a deed of force on a third party is reported, not charged
        ("Minister Rosa Kell said on Tuesday that Chilean troops had shelled villages near the border.",
         "Rosa Kell", "Chile"),
        # a charge someone else made, told by the speaker: that one accuses, not the speaker
        ("Minister Rosa Kell said Peru had accused Chile of illegally detaining fishermen.", "Rosa Kell", "Chile"),
        ('"Chile\'s army shelled our villages," the rebels said, according to Minister Rosa Kell.',
         "Rosa Kell", "Chile"),
        ('"We will fight," Chile\'s president said, according to Minister Rosa Kell.', "Rosa Kell", "Chile"),
    ],
)  # fmt: skip
def test_no_charge_by_a_speaker_of_the_doers_side_or_passing_on_anothers(  # type: ignore[no-untyped-def]
    facts_of, text, speaker, accused
) -> None:
    assert (speaker, accused) not in {(a, t) for a, t, _ in coded(facts_of, text)}
