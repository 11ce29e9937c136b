"""A headline's cut of a name stands for what the body names, or for no one."""

from __future__ import annotations

from dataclasses import replace

from helpers import affiliations, directed

from kg.records import EventKind


def _head(facts):  # type: ignore[no-untyped-def]
    heads = {s.index for s in facts.sentences if s.headline}
    return replace(facts, events=tuple(e for e in facts.events if e.evidence.sentence in heads),
                   relations=tuple(r for r in facts.relations if r.evidence.sentence in heads))  # fmt: skip


def _head_actors(facts) -> set[str]:  # type: ignore[no-untyped-def]
    head = _head(facts)
    names = {a.key: a.name for a in facts.actors}
    keys = {p.actor for e in head.events for p in e.participants}
    keys |= {k for r in head.relations for k in (r.subject, r.object)}
    return {names.get(k, k) for k in keys}


def test_a_cut_the_body_never_names_is_no_actor(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = ("Peter Hale, who served as a minister in Northern Ireland in the 1980s, has died "
            "aged 81. He later sat on the backbenches.")  # fmt: skip
    facts = facts_of(body, title="Former NI minister Hale dies")
    assert not {o for s, o in affiliations(_head(facts)) if s == "Peter Hale"}
    cases = [
        ("Nat Insurance to rise, say Greens",
         "The Green Party said on Monday that contributions for pensions would have to go up."),
        ("Nat Insurance cut planned, says Lind",
         "Finance Minister Tomas Lind told reporters that workers would pay less next year."),
    ]  # fmt: skip
    for title, body in cases:
        actors = _head_actors(facts_of(body, title=title))
        assert actors and not {a for a in actors if "Insurance" in a}, title


def test_a_short_form_the_body_names_in_full_is_kept(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Fishing Rights Alliance (FRA), a Norwegian lobby, said the ban was unfair.",
                     title="FRA criticises Chile over trawler ban")  # fmt: skip
    assert ("Fishing Rights Alliance", "Chile") in directed(_head(facts), EventKind.CONFLICT)
    facts = facts_of("Kestrel Holdings, a Norwegian fishing firm, said the quotas were unfair.",
                     title="Kestrel Holdings attacks Chile over quotas")  # fmt: skip
    assert ("Kestrel Holdings", "Chile") in directed(_head(facts), EventKind.CONFLICT)


def test_a_state_organ_s_common_noun_in_a_headline_is_an_actor(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = ("Ministers are unhappy about plans by Finance Minister Tomas Lind to take money "
            "from their budgets, the paper said.")  # fmt: skip
    facts = facts_of(body, title="Cabinet anger at Lind cash raid")
    assert ("Cabinet", "Tomas Lind") in directed(_head(facts), EventKind.CONFLICT)


def test_a_headline_name_whose_body_form_is_cut_is_still_the_body_s(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.language.headline_names import HEADLINE_AT, headline_only

    doc = nlp("Norbank of Oslo head chides regulator")
    doc.user_data[HEADLINE_AT] = 0
    assert not headline_only(doc, 0, "org/norbank-of-oslo", {"org/norbank", "country/NOR"})
    assert headline_only(doc, 0, "org/nat-insurance", {"org/national-insurance"})
    assert headline_only(doc, 0, "org/ni", {"country/GBR"})
