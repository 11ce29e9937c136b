"""Entity repair: what the model tags, mended before anything reads it."""

from __future__ import annotations

import pytest


def test_views_and_title_around_a_party_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "pro-war Labour MP Ann Lee": the organisation is Labour, not the whole phrase."""
    doc = nlp("Tony Holt will stand against pro-Iraq war Labour MP Ann Lee next year.")
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert "Labour" in orgs
    assert not any("MP" in o or "war" in o for o in orgs)


@pytest.mark.parametrize(
    "text",
    [
        "Cuts would leave every village without a GP or a school.",
        "The plan would cost every GP and nurse their job.",
        "Ask your GP about it, Ann Roe told the patients.",
    ],
)  # fmt: skip
def test_an_abbreviated_profession_is_no_organisation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert not [e.text for e in doc.ents if e.label_ == "ORG" and e.text == "GP"]
