"""One walk reads whose a name is from the words before it."""

from __future__ import annotations

import pytest

from kg.language.owner_names import owner_before


@pytest.mark.parametrize(
    ("text", "at", "owner"),
    [
        ("The South Africa's athletics federation met.", 4, "South Africa"),  # after "'s"
        ("The Indian cricket board met.", 2, "Indian"),  # no possessive
        ("Officials of the cricket board met.", 3, None),
    ],
)
def test_the_longest_owner_the_test_takes(nlp, text: str, at: int, owner: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    names = {"South Africa", "Indian", "Africa"}
    found = owner_before(doc, at, lambda span, _: span.text in names, 3)
    assert (found.text if found is not None else None) == owner
