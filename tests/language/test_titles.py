"""Title phrases: the title as written and whom it speaks for."""

from __future__ import annotations

import pytest

from kg.language.mentions import find_mentions
from kg.language.nlp import prepare_text
from kg.records import RelationType
from tests.helpers import affiliations


def descriptors(nlp, text: str) -> dict[str, list[tuple[str, list[str], bool]]]:  # type: ignore[no-untyped-def]
    mentions = find_mentions(nlp(prepare_text(text)))
    out = {}
    for m in mentions:
        if m.descriptors:
            out[m.text] = [
                (d.title, [mentions[a].text for a in d.affiliations], d.former)
                for d in m.descriptors
            ]
    return out


@pytest.mark.parametrize(
    ("text", "name", "title", "speaks_for"),
    [
        ("Chile's top negotiator Marta Ruiz left.", "Marta Ruiz", "top negotiator", ["Chile"]),
        (
            "French Special Envoy for Syria Paul Mercier left.",
            "Paul Mercier",
            "Special Envoy for Syria",
            ["French"],
        ),
        (
            "Head of the EU delegation in Kyiv Kai Berg left.",
            "Kai Berg",
            "Head of the EU delegation in Kyiv",
            ["EU"],
        ),
        (
            "Gary Holm, an economist at BW Rollins & Sons, left.",
            "Gary Holm",
            "economist",
            ["BW Rollins & Sons"],
        ),
        (
            "Lisa Brandt, a spokeswoman for the Interior Ministry, left.",
            "Lisa Brandt",
            "spokeswoman",
            ["Interior Ministry"],
        ),
        (
            "Anders Holm, the foreign minister of Denmark, left.",
            "Anders Holm",
            "foreign minister",
            ["Denmark"],
        ),
    ],
)
def test_title_and_affiliation(
    nlp, text: str, name: str, title: str, speaks_for: list[str]
) -> None:  # type: ignore[no-untyped-def]
    got = descriptors(nlp, text)
    assert (title, speaks_for, False) in got[name]


def test_former_is_marked(nlp) -> None:  # type: ignore[no-untyped-def]
    got = descriptors(nlp, "The rules of former Brazilian President Joao Lima stand.")
    assert got["Joao Lima"] == [("President", ["Brazilian"], True)]


def test_no_title_no_descriptor(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "Joao Lima" not in descriptors(nlp, "Joao Lima left on Monday.")


def test_spokesman_for_serves_the_envoy_for_does_not(nlp) -> None:  # type: ignore[no-untyped-def]
    got = descriptors(nlp, "Omar Said, a spokesman for the Egyptian foreign ministry, spoke.")
    assert any("Egyptian foreign ministry" in aff for _, aff, _ in got["Omar Said"])
    got = descriptors(nlp, "Paul Ney, the U.N. envoy for Yemen, spoke.")
    assert all("Yemen" not in aff for _, aff, _ in got["Paul Ney"])


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Paul Dane, UK economist for Marlow Economics, said the figures were good.",
         "Marlow Economics"),
        ("Ana Ruiz, a US analyst for Holm Securities, said prices would rise.", "Holm Securities"),
        ("Ed Vost, chief Europe strategist for Tarn Partners, said shares fell.", "Tarn Partners"),
    ],
)  # fmt: skip
def test_a_profession_for_a_firm_serves_the_firm_not_the_country(
    facts_of, text: str, employer: str
) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(facts_of(text))
    assert {person for person, body in found if body == employer}
    assert not {body for _, body in found if body in {"United Kingdom", "United States"}}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tory leader Michael Hewitt met Irish Taoiseach Brian Walsh in Dublin.", "Brian Walsh"),
        ("Taoiseach Brian Walsh met Chancellor Otto Brandt.", "Brian Walsh"),
        ("Irish Tanaiste Mary Coyle met Chancellor Otto Brandt in Berlin.", "Mary Coyle"),
    ],
)
def test_irish_government_titles_are_not_part_of_the_name(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert name in names and not any(n.startswith("Ta") for n in names)


@pytest.mark.parametrize(
    ("text", "name", "title", "speaks_for"),
    [
        ("Rosa Tellez, an MP for the opposition Harvest Party, spoke.", "Rosa Tellez", "MP",
         ["Harvest Party"]),
        ("Rosa Tellez, a lawmaker from the ruling Unity Party, spoke.", "Rosa Tellez",
         "lawmaker", ["Unity Party"]),
        ("Ivo Brandt, a deputy for the Liberty Party, spoke.", "Ivo Brandt", "deputy",
         ["Liberty Party"]),
        # a seat for a place, or a title that is no seat, is not for the party
        ("Rosa Tellez, an MP for Bradford, spoke.", "Rosa Tellez", "MP for Bradford", []),
        ("Rosa Tellez, an adviser from the Unity Party, spoke.", "Rosa Tellez",
         "adviser from the Unity Party", []),
    ],
)  # fmt: skip
def test_a_seat_for_or_from_a_party_serves_the_party(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str, title: str, speaks_for: list[str]
) -> None:
    assert descriptors(nlp, text)[name][0][:2] == (title, speaks_for)


@pytest.mark.parametrize(
    ("text", "name", "title", "speaks_for"),
    [
        # a participle inside the title
        ("OECD managing director Rosa Tellez spoke.", "Rosa Tellez", "managing director",
         ["OECD"]),
        ("Holm Bank acting chairman Ivo Brandt spoke.", "Ivo Brandt", "acting chairman",
         ["Holm Bank"]),
        # a hyphened title keeps what qualifies it
        ("Ivo Brandt, the Peruvian vice-premier, spoke.", "Ivo Brandt", "vice-premier",
         ["Peruvian"]),
        ("Rosa Tellez, Chile's co-chairman, spoke.", "Rosa Tellez", "co-chairman", ["Chile"]),
        # a leader's aide serves the leader's country; an envoy to a leader does not
        ("Ivo Brandt, chief of staff to the Peruvian president, spoke.", "Ivo Brandt",
         "chief of staff to the Peruvian president", ["Peruvian president"]),
        ("Ivo Brandt, a senior adviser to the Kenyan prime minister, spoke.", "Ivo Brandt",
         "senior adviser to the Kenyan prime minister", ["Kenyan prime minister"]),
        ("Ivo Brandt, an envoy to the Kenyan president, spoke.", "Ivo Brandt",
         "envoy to the Kenyan president", []),
    ],
)  # fmt: skip
def test_title_words_the_phrase_runs_through(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str, title: str, speaks_for: list[str]
) -> None:
    assert descriptors(nlp, text)[name][0][:2] == (title, speaks_for)


@pytest.mark.parametrize(
    ("text", "name", "speaks_for"),
    [
        ("WHO Director-General Piotr Halas praised the plan.", "Piotr Halas", ["WHO"]),
        ("WHO spokesman Ivo Brandt praised the plan.", "Ivo Brandt", ["WHO"]),
        ("WHO envoy Ivo Brandt praised the plan.", "Ivo Brandt", ["WHO"]),
        # a relative "who" is no body
        ("Those who met President Ivo Brandt spoke.", "Ivo Brandt", []),
    ],
)
def test_a_body_spelt_like_a_pronoun_before_a_title(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str, speaks_for: list[str]
) -> None:
    assert descriptors(nlp, text)[name][0][1] == speaks_for


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Ana Ruiz, the Republican candidate, won the vote in Ohio.",
         ("Ana Ruiz", "Republican Party")),
        ("Republican candidate Ana Ruiz won the vote in Ohio.", ("Ana Ruiz", "Republican Party")),
        ("The Republican front-runner, Ana Ruiz, won the primary in Iowa.",
         ("Ana Ruiz", "Republican Party")),
        ("Marc Dubois, the Labour challenger, conceded defeat on Sunday night.",
         ("Marc Dubois", "Labour")),
        ("Greta Hahn, the Liberal Unity Party's nominee, said prices had fallen.",
         ("Greta Hahn", "Liberal Unity Party")),
    ],
)  # fmt: skip
def test_a_partys_candidate_is_the_partys(facts_of, text: str, tie: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a country's front-runner is from there, no post of it
        ("The Chilean front-runner, Marta Lindqvist, won the first round on Sunday.",
         "Marta Lindqvist"),
        # beating a party's candidate makes no one the party's
        ("Jonas Berg, who beat the Labour candidate in May, said the strike would go on.",
         "Jonas Berg"),
    ],
)  # fmt: skip
def test_no_partys_candidate_no_tie(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert not {t for t in affiliations(facts_of(text)) if t[0] == name}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Paulo Serra, an adviser to the Chilean government, said growth would slow.",
         ("Paulo Serra", "Chile")),
        ("Ivo Brandt, a senior adviser to the Peruvian administration, said growth would slow.",
         ("Ivo Brandt", "Peru")),
        ("Ivo Brandt, an aide to the Chilean cabinet, said growth would slow.",
         ("Ivo Brandt", "Chile")),
    ],
)  # fmt: skip
def test_an_adviser_to_a_government_serves_its_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str]
) -> None:
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Ivo Brandt, an adviser to Toyota, said the plant would stay open.",
         ("Ivo Brandt", "Toyota")),
        ("Ivo Brandt, a senior adviser to the World Bank, said growth would slow.",
         ("Ivo Brandt", "World Bank")),
        ("Ivo Brandt, chief economic adviser to the IMF, warned of a slowdown.",
         ("Ivo Brandt", "International Monetary Fund")),
        ("Ivo Brandt, a former aide to Oxfam, said the camps were full.", ("Ivo Brandt", "Oxfam")),
    ],
)  # fmt: skip
def test_an_adviser_to_a_body_serves_the_body(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str]
) -> None:
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brandt, an adviser to Tony Blair, said the decision was final.",  # a person
        "Ivo Brandt, an adviser to farmers in Kenya, said the crop had failed.",  # no body
        "Ivo Brandt sent an adviser to Oxfam last week.",  # not his post
    ],
)
def test_an_adviser_to_no_body_no_tie(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brandt, who wrote to the Chilean government, said growth would slow.",
        "Ivo Brandt, an adviser to the Chilean government's critics, said growth would slow.",
    ],
)
def test_no_adviser_to_the_government_no_tie(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ivo Brandt", "Chile") not in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        '"Prices will rise," said Ivo Brandt, chief of IMF\'s Global Outlook and Early Response'
        " Unit.",
        '"Prices will rise," said Ivo Brandt, head of Holm Bank\'s Global Information and Early'
        " Warning Desk.",
    ],
)
def test_a_name_after_a_bodys_possessive_in_a_title_holds_no_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # what the body owns ("the IMF's Global Outlook ... Unit"), which the model may take
    # for a person, is not the holder of the title before it
    assert not {t for t in affiliations(facts_of(text)) if t[0] != "Ivo Brandt"}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Ana Ruiz, NATO's secretary-general, said the alliance was united.",
            ("Ana Ruiz", "North Atlantic Treaty Organization"),
        ),
        (
            "Ana Ruiz, NATO's secretary general, said the alliance was united.",
            ("Ana Ruiz", "North Atlantic Treaty Organization"),
        ),
        (
            "Ana Ruiz, the UN's secretary-general, said the vote was unfair.",
            ("Ana Ruiz", "United Nations"),
        ),
        (
            "Ana Ruiz, the WHO's director-general, said the virus was spreading.",
            ("Ana Ruiz", "World Health Organization"),
        ),
    ],
)
def test_a_bodys_two_word_title_after_its_possessive(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str]
) -> None:
    """The description "NATO's secretary-general" is the post itself, not whom it serves."""
    assert tie in affiliations(facts_of(text))


def test_the_wife_of_a_bodys_officer_holds_no_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Ruiz, the wife of NATO's secretary-general, opened the hospital."
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Tory councillor Ana Ruiz said Britain should act.", ("Ana Ruiz", "Conservative Party")),
        ("Ana Ruiz, a Labour backbencher, said Britain should act.", ("Ana Ruiz", "Labour Party")),
        ("Labour frontbencher Ana Ruiz said Britain should act.", ("Ana Ruiz", "Labour Party")),
        (
            "Ana Ruiz, a Green councillor, said Britain should act.",
            ("Ana Ruiz", "Green Party of England and Wales"),
        ),
    ],
)
def test_a_partys_councillor_or_backbencher_is_the_partys(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str]
) -> None:
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Conservatives have been smarter, a Labour backbencher has said.",
        "A Tory councillor said the plan was flawed.",
    ],
)
def test_an_unnamed_councillor_is_not_the_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    speakers = {p.actor for e in facts_of(text).events for p in e.participants}
    assert not {s for s in speakers if s.startswith("org/")}


@pytest.mark.parametrize(
    ("text", "tie", "not_tie"),
    [
        (
            "Chile's UN ambassador Ana Ruiz walked out of the meeting.",
            ("Ana Ruiz", "Chile"),
            ("Ana Ruiz", "United Nations"),
        ),
        (
            "Ana Ruiz, Chile's UN ambassador, walked out of the meeting.",
            ("Ana Ruiz", "Chile"),
            ("Ana Ruiz", "United Nations"),
        ),
        (
            "The US NATO envoy, Tomas Lind, said the alliance was united.",
            ("Tomas Lind", "United States"),
            ("Tomas Lind", "North Atlantic Treaty Organization"),
        ),
        (  # a body's own post stays the body's
            "Britain's EU commissioner Tomas Lind said the rules would change.",
            ("Tomas Lind", "European Union"),
            ("Tomas Lind", "United Kingdom"),
        ),
    ],
)
def test_a_states_envoy_at_a_body_serves_the_state(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str], not_tie: tuple[str, str]
) -> None:
    found = affiliations(facts_of(text))
    assert tie in found
    assert not_tie not in found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a title read as a description of its own keeps its first words
        ("Luis Mora and Danish Prime Minister Eva Lund, the two leaders, met for an hour.",
         "Eva Lund", "Prime Minister"),
        ("After her meeting with Spanish Prime Minister Jorge Sanz, German Chancellor Ines "
         "Darro told reporters the talks went well.", "Jorge Sanz", "Prime Minister"),
        ("Tomas Reyes held talks with Kenyan Vice President Ruth Wanjiku, the agency said.",
         "Ruth Wanjiku", "Vice President"),
    ],
)  # fmt: skip
def test_a_title_spanned_by_a_description_is_whole(
    facts_of, text: str, name: str, role: str
) -> None:  # type: ignore[no-untyped-def]
    roles = {r.role for r in facts_of(text).relations if r.type is RelationType.AFFILIATION
             and any(a.key == r.subject and a.name == name for a in facts_of(text).actors)}  # fmt: skip
    assert roles == {role}


@pytest.mark.parametrize(
    ("text", "name", "title", "speaks_for"),
    [
        ("The Greens' leader, Ruth Calder, left.", "Ruth Calder", "leader", ["Greens"]),
        (
            "Ruth Calder, the Democrats' leader in the Senate, left.",
            "Ruth Calder",
            "leader in the Senate",
            ["Democrats"],
        ),
        (
            "Liberal Democrats' economics spokesman Vince Harlow left.",
            "Vince Harlow",
            "economics spokesman",
            ["Liberal Democrats"],
        ),
        ("Barclays' chief executive Tom Hale left.", "Tom Hale", "chief executive", ["Barclays"]),
    ],
)
def test_a_plural_possessive_is_not_part_of_the_title(
    nlp, text: str, name: str, title: str, speaks_for: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """ "the Greens' leader": the bare apostrophe is the body's, like "'s" (no "' leader")."""
    assert (title, speaks_for, False) in descriptors(nlp, text)[name]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Colonel Dauda Karo, Niger's military ruler, closed the border.", ("Dauda Karo", "Niger")),
        ("Guinea's military ruler, General Sekou Bah, promised elections.", ("Sekou Bah", "Guinea")),
        ("Sudanese military ruler Osman Idris fired the cabinet.", ("Osman Idris", "Sudan")),
        ("Myanmar's strongman Aung Kyaw rejected the plan.", ("Aung Kyaw", "Myanmar")),
    ],
)  # fmt: skip
def test_a_ruler_holds_a_post_of_his_country(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """ "Niger's military ruler, X": a junta's head rules the country, as its leader does."""
    assert pair in affiliations(facts_of(text))


def test_a_former_ruler_holds_a_former_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Former military ruler Ali Dan of Niger died on Sunday.")
    names = {a.key: a.name for a in facts.actors}
    found = [
        (names[r.subject], names[r.object], r.current)
        for r in facts.relations
        if r.type is RelationType.AFFILIATION
    ]
    assert found == [("Ali Dan", "Niger", False)]


def test_a_ruled_country_gives_no_post_to_its_visitor(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "met Chad's military ruler": the visitor holds no post in Chad."""
    found = affiliations(facts_of("Ana Ruiz met Chad's military ruler, Hassan Tom, in Ndjamena."))
    assert ("Ana Ruiz", "Chad") not in found
    assert ("Hassan Tom", "Chad") in found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Lars Dahl, head of Norway's Nordgas, spoke on Monday.", "Lars Dahl", "Norway"),
        ("Marta Lins, chief executive of Brazil's Petrosul, resigned.", "Marta Lins", "Brazil"),
        (
            "Ivan Orlov, head of Russia's Uralgaz, said supplies would continue.",
            "Ivan Orlov",
            "Russia",
        ),
        ("Ana Sousa, chief executive of Portugal's Lusenergia, resigned.", "Ana Sousa", "Portugal"),
    ],
)
def test_the_head_of_a_countrys_firm_holds_no_post_of_the_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, name: str, country: str
) -> None:
    """ "head of Russia's Uralgaz": the firm's head (a name the model took for a place),
    not Russia's."""
    assert (name, country) not in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Pablo Diaz, the head of Mexico's central bank, spoke.", ("Pablo Diaz", "Mexico")),
        ("Kim Jae, head of South Korea's National Intelligence Service, resigned.",
         ("Kim Jae", "South Korea")),
        ("Tom Hale, head of Britain's Treasury, spoke.", ("Tom Hale", "United Kingdom")),
        ("Chen Bo, chairman of China's Sinochem Holdings, spoke.", ("Chen Bo", "Sinochem Holdings")),
    ],
)  # fmt: skip
def test_the_head_of_a_countrys_known_body_keeps_its_posts(
    facts_of, text: str, pair: tuple
) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Emma Reid, Australia's Minister for Trade, travelled to Jakarta.",
        "Emma Reid, Australia's Ambassador to Chile, met the minister.",
    ],
)
def test_a_capitalised_title_after_a_possessive_is_the_countrys(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """A title written with a capital after "'s" is no unknown firm ("Russia's Uralgaz")."""
    assert ("Emma Reid", "Australia") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Tomas Lind, an MP from the north, spoke.", "Tomas Lind", "MP"),
        ("Ana Ruiz, a councillor from a mining town, spoke.", "Ana Ruiz", "councillor"),
        ("Ivo Brandt, a minister from a farming family, spoke.", "Ivo Brandt", "minister"),
    ],
)  # fmt: skip
def test_where_a_holder_comes_from_is_no_part_of_the_post(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str, title: str
) -> None:
    assert descriptors(nlp, text)[name][0][0] == title


def test_an_honorific_after_where_a_holder_comes_from_is_no_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A Unity Party loyalist from a farming family Mr Ivo Brandt, 57, spoke.")
    assert [r.role for r in facts.relations if r.type is RelationType.AFFILIATION] == ["loyalist"]


def test_a_former_correspondent_holds_the_post_no_more(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Anja Korbel, a former correspondent of the Harwick Gazette, said the trial was fair."
    facts = facts_of(text)
    held = [r for r in facts.relations if r.type is RelationType.AFFILIATION]
    assert held and not any(r.current for r in held)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Maria Lenz, a member of Germany's delegation, said the talks went well.",
         ("Maria Lenz", "Germany")),
        ("Li Wen, a member of China's Communist Party, said the plan would work.",
         ("Li Wen", "Communist Party")),
    ],
)  # fmt: skip
def test_a_member_of_a_body_still_holds_a_post(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("title", "beat"),
    [
        ("White House correspondent", True),
        ("China presenter", True),  # every press role of press-words.txt, not three
        ("Moscow anchor", True),
        ("Europe editor", True),
        ("Foreign Minister", False),
    ],
)
def test_a_press_role_anywhere_in_a_title_makes_its_place_a_beat(title: str, beat: bool) -> None:
    from kg.language.titles import press_beat

    assert press_beat(title) is beat
