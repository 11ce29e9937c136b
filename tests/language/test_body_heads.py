"""A body named once, then by its head noun alone ("the Kestrel National Assembly ...
the assembly", "the Harbour Court of Arbitration ... the court"): the one body named
just before whose name holds the noun; sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "the assembly", the sentence after the full name
        ("The Kestrel National Assembly passed the budget on Monday. The assembly also "
         "condemned Serbia's blockade of the port.", ("Kestrel National Assembly", "Serbia")),
        # "the court", an international court two sentences on
        ("The Harbour Court of Arbitration opened hearings on Tuesday. Lawyers argued for two "
         "days. The court then condemned Chile for the shelling of border towns.",
         ("Harbour Court of Arbitration", "Chile")),
        # "the parliament", a body whose name ends in the noun
        ("The Andean Regional Parliament sat in Lima for three days. The parliament then "
         "condemned Venezuela's crackdown on the press.",
         ("Andean Regional Parliament", "Venezuela")),
        # "the tribunal", the noun before the name's preposition
        ("The Special Tribunal for Lanzia was set up in 2019. The tribunal accused Uganda "
         "of hiding evidence.", ("Special Tribunal for Lanzia", "Uganda")),
        # "the bank", a central bank named by "Bank of"
        ("The Central Bank of Velmora raised interest rates again. The bank criticised Brazil "
         "over its currency controls.", ("Central Bank of Velmora", "Brazil")),
        # another body, by another noun, between them
        ("The Kestrel National Assembly passed the budget. The Harbour Council rejected it. "
         "The assembly condemned Serbia's blockade.", ("Kestrel National Assembly", "Serbia")),
    ],
)  # fmt: skip
def test_the_head_noun_is_the_body_named_before(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Kestrel Supreme Court ruled on Monday. The supreme court condemned Serbia's "
         "blockade.", ("Kestrel Supreme Court", "Serbia")),
        ("The Harbour Court of Arbitration sat on Monday. The arbitration court condemned "
         "Serbia's blockade.", ("Harbour Court of Arbitration", "Serbia")),
    ],
)  # fmt: skip
def test_a_word_of_the_name_may_stay(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # two bodies by that noun in reach: either
        "The Kestrel National Assembly and the Harbour National Assembly met in Geneva. The "
        "assembly condemned Serbia's blockade.",
        "The Kestrel Senate and the Harbour Senate both debated the treaty. The senate then "
        "condemned Serbia's blockade.",
        # the noun no body of the story holds ("the Senate and the House ... the chamber")
        "The Kestrel Senate and the Kestrel House met separately. The chamber condemned "
        "Serbia's blockade.",
        # no body named before
        "The assembly condemned Serbia's blockade on Monday.",
        # a place: "outside the court"
        "The Kestrel Supreme Court issued its ruling. Protesters gathered outside the court "
        "and condemned Serbia's blockade.",
        # an indefinite body of its own
        "The Kestrel National Assembly met on Monday. An assembly of elders condemned "
        "Serbia's blockade.",
        # a word the name does not hold: another court
        "The Kestrel Supreme Court ruled on Monday. The military court condemned Serbia's "
        "blockade.",
        # the body named too long before, in another paragraph
        "The Kestrel National Assembly passed the budget.\n\nFarmers protested. Prices rose. "
        "Trade fell.\n\nThe assembly condemned Serbia's blockade.",
    ],
)
def test_no_single_body_by_that_noun(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    rows = directed(facts_of(text), EventKind.CONFLICT)
    assert not {a for a, _ in rows if a not in {"Protesters"}}
    assert not {s for s in speakers(facts_of(text)) if s not in {"Protesters"}}
