def test_views_and_title_around_a_party_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "pro-war Labour MP Ann Lee": the organisation is Labour, not the whole phrase."""
    doc = nlp("Tony Holt will stand against pro-Iraq war Labour MP Ann Lee next year.")
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert "Labour" in orgs
    assert not any("MP" in o or "war" in o for o in orgs)
