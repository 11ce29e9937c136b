"""A condemnation "for" a deed takes the deed as done; a punishment "for" an act names
only the charge: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.condemned_deeds import condemned_deed, punished_act
from kg.records import EventKind
from tests.helpers import directed


def _token(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway condemned Belarus on Monday for jailing the activist Ana Voss.",
         ("Belarus", "Ana Voss")),
        ("Human Rights Watch criticised Egypt for detaining the journalist Omar Hadi.",
         ("Egypt", "Omar Hadi")),
        ("Sweden denounced Turkey for arresting the Kurdish politician Aram Bey.",
         ("Turkey", "Aram Bey")),
        ("Belarus was condemned by the European Union for jailing the activist Ana Voss.",
         ("Belarus", "Ana Voss")),
    ],
)  # fmt: skip
def test_the_deed_a_condemnation_is_for_is_done(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hans Olsen was charged on Friday for insulting President Maria Costa.",
         ("Hans Olsen", "Maria Costa")),
        ("Ivo Marek was arrested for attacking the mayor, Lena Fors.",
         ("Ivo Marek", "Lena Fors")),
        ("Chile criticised Peru for insulting President Ana Ruiz.", ("Peru", "Ana Ruiz")),
        ("Norway accused Belarus of jailing the activist Ana Voss.", ("Belarus", "Ana Voss")),
        ("Norway blamed Belarus for jailing the activist Ana Voss.", ("Belarus", "Ana Voss")),
    ],
)  # fmt: skip
def test_a_charge_is_not_a_told_deed(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.CONFLICT)


def test_praise_for_a_release_is_no_conflict(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Norway praised Belarus on Monday for freeing the activist Ana Voss.")
    assert directed(facts, EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "act", "done"),
    [
        ("Norway condemned Belarus for jailing Ana Voss.", "jailing", True),
        ("Kenya rebuked Uganda for expelling the envoy Ana Voss.", "expelling", True),
        ("Kenya rebuked Uganda for shelling the border town.", "shelling", False),
        ("Chile criticised Peru for insulting Ana Ruiz.", "insulting", False),
        ("Norway praised Belarus for freeing Ana Voss.", "freeing", False),
        ("Norway accused Belarus of jailing Ana Voss.", "jailing", False),
    ],
)
def test_condemned_deed(nlp, text: str, act: str, done: bool) -> None:  # type: ignore[no-untyped-def]
    assert condemned_deed(_token(nlp, text, act)) is done


@pytest.mark.parametrize(
    ("text", "act", "charged"),
    [
        ("Hans Olsen was charged for insulting Maria Costa.", "insulting", True),
        ("Ivo Marek was indicted for attacking Lena Fors.", "attacking", True),
        ("Ivo Marek was arrested for hacking into Norland Bank.", "hacking", True),
        ("Hans Olsen was jailed for insulting Maria Costa.", "insulting", False),
        ("A court sentenced Ivo Marek for attacking Lena Fors.", "attacking", False),
        ("Norway condemned Belarus for jailing Ana Voss.", "jailing", False),
    ],
)
def test_punished_act(nlp, text: str, act: str, charged: bool) -> None:  # type: ignore[no-untyped-def]
    assert punished_act(_token(nlp, text, act)) is charged
