"""The shared grammar of the extractors, on parses built by hand."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.article_actors import ArticleActors
from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair, speakers


def test_a_we_whose_speech_verb_has_we_as_subject_names_nobody(nlp) -> None:  # type: ignore[no-untyped-def]
    # '"We win," told us.': a misparse makes the quoted "We" the subject of the
    # speech verb outside the quote; who "we" is must not be asked of "we" again
    words = ['"', "We", "win", ",", '"', "told", "us", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[5, 5, 5, 5, 5, 5, 5, 5],
        deps=["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "dobj", "punct"],
        pos=["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PRON", "PUNCT"],
        tags=["``", "PRP", "VBP", ",", "''", "VBD", "PRP", "."],
        lemmas=['"', "we", "win", ",", '"', "tell", "we", "."],
    )
    assert g.in_quote(doc[1]) and not g.in_quote(doc[5])
    assert g.actors_of(Context("a1", doc, ArticleActors()), doc[1]) == []


def test_entity_of_is_the_span_doc_ents_holds(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "Foreign Minister Tomas Lindqvar met Ana Ruiz in New Carvelle on Friday.",
        "The talks in Lake Orvenna, Baltovia, ended; the Velmar Group and Danu Bank signed.",
        "Officials of the United Nations Office at Geneva met in Port Sabine and Oslo.",
    ]
    seen = 0
    for doc in nlp.pipe(texts):
        for token in doc:
            want = next((e for e in doc.ents if e.start <= token.i < e.end), None)
            got = g.entity_of(token)
            got_span = (got.start, got.end) if got is not None else None
            want_span = (want.start, want.end) if want is not None else None
            assert got_span == want_span, token.text
            assert got is None or want is None or got.text == want.text
            seen += want is not None
    assert seen >= 10


def test_place_name_hung_on_the_next_is_coordinated(facts_of) -> None:  # type: ignore[no-untyped-def]
    """Invented countries a user lists: the parser hangs "Varnia" on "Quellor" as a
    modifier; a country cannot modify a country, so both welcomed the ties."""
    from kg.language.gazetteer import gazetteer
    from kg.records import ActorType, EventKind, ListedActor
    from tests.helpers import directed

    listed = [ListedActor(f"country/{c[:3].upper()}", ActorType.COUNTRY, c)
              for c in ("Varnia", "Quellor", "Ostmark", "Kelmar")]  # fmt: skip
    gazetteer().use_listed(listed)
    try:
        facts = facts_of("Varnia and the evil awful Quellor welcomed a resumption of formal "
                         "diplomatic ties with Ostmark after a rift.")  # fmt: skip
        listed_three = facts_of("Varnia, Kelmar and the evil awful Quellor welcomed a resumption "
                                "of formal diplomatic ties with Ostmark after a rift.")  # fmt: skip
    finally:
        gazetteer().use_listed([])
    pairs = directed(facts, EventKind.COOPERATION)
    assert {("Varnia", "Ostmark"), ("Quellor", "Ostmark")} <= pairs
    three = directed(listed_three, EventKind.COOPERATION)
    assert {("Varnia", "Ostmark"), ("Kelmar", "Ostmark"), ("Quellor", "Ostmark")} <= three


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Chile, the tiny Peru, and Bolivia condemned Brazil.", "Conflict",
         {("Chile", "Brazil"), ("Peru", "Brazil"), ("Bolivia", "Brazil")}),
        ("Chile, the tiny Peru, and rich Bolivia signed a trade pact with Brazil.", "Cooperation",
         {("Chile", "Brazil"), ("Peru", "Brazil"), ("Bolivia", "Brazil")}),
        ("Argentina, the prosperous Uruguay, and Paraguay signed a deal with Brazil.",
         "Cooperation", {("Argentina", "Brazil"), ("Uruguay", "Brazil"), ("Paraguay", "Brazil")}),
    ],
)  # fmt: skip
def test_a_country_in_apposition_inside_a_list_is_one_of_the_list(
    facts_of, text: str, kind: str, expected: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    from kg.records import EventKind
    from tests.helpers import directed

    pairs = directed(facts_of(text), EventKind(kind))
    assert all(p in pairs or p[::-1] in pairs for p in expected)


def test_a_description_in_apposition_is_no_member_of_the_list(facts_of) -> None:  # type: ignore[no-untyped-def]
    from kg.records import EventKind
    from tests.helpers import directed

    pairs = directed(facts_of("Chile, Peru's neighbour, and Bolivia condemned Brazil."),
                     EventKind.CONFLICT)  # fmt: skip
    assert ("Peru", "Brazil") not in pairs


def test_they_of_two_speakers_is_both(facts_of) -> None:  # type: ignore[no-untyped-def]
    from kg.records import EventKind
    from tests.helpers import directed, met_pairs

    facts = facts_of("Chile and Peru said they had attacked Bolivia.")
    assert {("Chile", "Bolivia"), ("Peru", "Bolivia")} <= directed(facts, EventKind.CONFLICT)
    facts = facts_of("Tony Holt and Ann Lee said they had met Ivo Marsh.")
    assert frozenset({"Tony Holt", "Ivo Marsh"}) in met_pairs(facts)
    # one speaker: "they" may be anyone
    assert not directed(facts_of("Chile said they had attacked Bolivia."), EventKind.CONFLICT)


def test_they_said_they_is_no_loop(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "they" as the speaker of "they": nobody named, and no endless lookup."""
    facts = facts_of("The obstacle they faced, they said, was the vote. Peru, they insisted, "
                     "would play no part.")  # fmt: skip
    assert facts.article.id  # the article is processed, not failed
    from kg.records import EventKind
    from tests.helpers import directed

    assert not directed(facts, EventKind.CONFLICT)


def test_actors_of_answers_each_caller_with_its_own_list(nlp) -> None:  # type: ignore[no-untyped-def]
    # the answer is worked out once per token; a caller changing its list must not
    # change what the next caller is told
    from kg.language.actors import resolve_actors
    from kg.language.mentions import find_mentions

    doc = nlp("Chile and Peru signed a treaty on Monday.")
    ctx = Context("a1", doc, resolve_actors(doc, find_mentions(doc), scope="a1"))
    first = g.actors_of(ctx, doc[0])
    assert first == ["country/CHL", "country/PER"]
    first.append("country/FRA")
    assert g.actors_of(ctx, doc[0]) == ["country/CHL", "country/PER"]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("EU members Latvia and Estonia condemned Belarus.", {"Latvia", "Estonia"}),
        ("NATO allies Norway and Denmark criticised Russia.", {"Norway", "Denmark"}),
        ("Gulf neighbours Qatar and Oman condemned Iran.", {"Qatar", "Oman"}),
    ],
)
def test_a_plural_noun_before_the_names_it_means(facts_of, text: str, agents: set[str]) -> None:  # type: ignore[no-untyped-def]
    found = {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)}
    assert found == agents


def test_a_list_read_as_apposition_keeps_its_first_item(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = {
        a
        for a, _ in directed(
            facts_of("Chile, Peru and Bolivia condemned Iran."), EventKind.CONFLICT
        )
    }
    assert found == {"Chile", "Peru", "Bolivia"}


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("A spokesman for Hamas condemned Egypt.", "Hamas"),
        ("A spokeswoman for the Kremlin accused Poland of spying.", "Russia"),
        ("A spokesman for the Serbian government accused Kosovo of lying.", "Serbia"),
    ],
)
def test_a_spokesman_acts_for_whom_he_speaks(facts_of, text: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    assert agent in {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eritrean aircraft bombed a village in Ethiopia.", ("Eritrea", "Ethiopia")),
        ("Ukraine was hit by Belarusian missiles.", ("Belarus", "Ukraine")),
        ("Vietnamese coast guard vessels rammed a Chinese trawler.", ("Vietnam", "China")),
        ("Indonesian navy ships seized a Malaysian fishing boat.", ("Indonesia", "Malaysia")),
        ("Azerbaijani helicopters attacked Armenian villages.", ("Azerbaijan", "Armenia")),
        ("A Latvian trawler was rammed by Estonian boats.", ("Estonia", "Latvia")),
        ("A Latvian trawler was rammed by an Estonian coast guard vessel.", ("Estonia", "Latvia")),
        ("An Iranian missile hit a US base in Iraq.", ("Iran", "United States")),
        ("Syrian air defences shot down four Israeli missiles.", ("Syria", "Israel")),
        ("Four Israeli drones were shot down by Syria's air defences.", ("Syria", "Israel")),
        ("The Chinese coast guard rammed a Philippine vessel.", ("China", "Philippines")),
        ("Iranian border guards seized a British tanker.", ("Iran", "United Kingdom")),
    ],
)
def test_a_countrys_machines_of_war_act_for_it(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian aircraft maker sued Boeing.",
        "Engineers repaired the aircraft after the Hamas attack.",
        "Brazil's flood defences failed across the region.",
    ],
)
def test_machines_of_no_country_are_no_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(a == "Brazil" for a, _ in directed(facts_of(text), EventKind.CONFLICT))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel, whose jets struck Syria last year, warned Lebanon.", ("Israel", "Syria")),
        ("Chile, whose troops attacked Peru in May, denied the report.", ("Chile", "Peru")),
    ],
)
def test_whose_stands_for_the_name_it_follows(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_countrys_sports_team_is_not_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ivo Marsh worked with the Great Britain men's rowing team.")
    assert not directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uganda-backed rebels of the Forest Defence Front attacked Congolese troops.",
            ("Forest Defence Front", "Democratic Republic of the Congo"),
        ),
        (
            "Iran-backed militants of the Ansar Front attacked Israeli troops.",
            ("Ansar Front", "Israel"),
        ),
        (
            "Hundreds of Chad-backed fighters of the Sahel Union Front ambushed a Malian army convoy.",
            ("Sahel Union Front", "Mali"),
        ),
    ],
)
def test_a_described_group_of_a_named_body_is_the_body(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    """ "Iran-backed rebels of the X Front": the named body, not a made-up one."""
    conflict = directed(facts_of(text), EventKind.CONFLICT)
    assert expected in conflict, conflict
    assert not any("backed" in a for a, _ in conflict), conflict


def test_a_described_group_of_no_body_stays_itself(facts_of) -> None:  # type: ignore[no-untyped-def]
    conflict = directed(
        facts_of("Islamist rebels from Sudan attacked Chadian troops."), EventKind.CONFLICT
    )
    assert not any(a == "Sudan" for a, _ in conflict), conflict


@pytest.mark.parametrize(
    ("text", "pair", "where"),
    [
        ("Israel killed a Hamas leader in Lebanon.", ("Israel", "Hamas"), "Lebanon"),
        ("A US drone strike killed a senior al-Qaeda leader in Yemen.",
         ("United States", "al-Qaeda"), "Yemen"),
        ("Kenyan troops killed the al-Shabab leader in Somalia.", ("Kenya", "al-Shabaab"),
         "Somalia"),
    ],
)  # fmt: skip
def test_a_bodys_leader_in_a_country_is_the_bodys_not_the_countrys(
    facts_of, text: str, pair: tuple[str, str], where: str
) -> None:  # type: ignore[no-untyped-def]
    """ "an al-Qaeda leader in Yemen" leads al-Qaeda there; he does not act for Yemen."""
    conflict = directed(facts_of(text), EventKind.CONFLICT)
    assert pair in conflict, conflict
    assert not any(t == where for _, t in conflict), conflict


def test_a_leader_of_no_body_in_a_country_acts_for_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    conflict = directed(facts_of("The opposition leader in Kenya condemned Uganda."),
                        EventKind.CONFLICT)  # fmt: skip
    assert ("Kenya", "Uganda") in conflict, conflict


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Britain's Guardian newspaper reported that the strike had ended.", "Guardian"),
        ("The plant will close, the Financial Times newspaper reported.", "Financial Times"),
        ("The Scotsman newspaper said the yard would shut.", "Scotsman"),
        ("The Economist magazine said the peso was overvalued.", "Economist"),
    ],
)
def test_a_paper_named_before_its_kind_speaks(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    """ "the X newspaper said": the paper named before the noun of its kind speaks."""
    assert speaker in speakers(facts_of(text))


def test_a_paper_kind_alone_names_no_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of("A British newspaper said the strike had ended."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The heads of state of Gabon and Cameroon met in Libreville.",
            {pair("Gabon", "Cameroon")},
        ),
        (
            "Talks between the heads of state of Chad and Niger ended on Friday.",
            {pair("Chad", "Niger")},
        ),
        (
            "The head of state of Togo met Benin's president, Sami Adoko, in Lome.",
            {pair("Togo", "Sami Adoko")},
        ),
        (
            "The chiefs of staff of Jordan and Iraq held talks in Amman.",
            {pair("Jordan", "Iraq")},
        ),
    ],
)
def test_the_of_state_of_a_title_passes_on_to_its_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: set[frozenset[str]]
) -> None:
    # "heads of state of A and B": the title's own "of state" names no one; its owners follow
    assert expected <= met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The heads of state met in Libreville on Monday.",  # no country named
        "The heads of state of Gabon and Cameroon will meet in Libreville next month.",  # planned
        "The heads of state of Gabon and Cameroon did not meet in Libreville.",  # negated
    ],
)
def test_heads_of_state_meeting_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("UN-backed Somali troops attacked the Jubba Brigade.", ("Somalia", "Jubba Brigade")),
        ("UN-backed Malian army units fought the Sahel Brigade.", ("Mali", "Sahel Brigade")),
        ("UN-backed Chadian government forces attacked Boko Haram.", ("Chad", "Boko Haram")),
    ],
)
def test_who_backs_armed_men_is_not_one_of_them(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert pair in found
    assert "United Nations" not in {a for a, _ in found}


def test_a_backer_before_the_hyphen_is_no_attacker(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(
        facts_of("UN-backed government soldiers attacked Boko Haram."), EventKind.CONFLICT
    )
    assert "United Nations" not in {a for a, _ in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials of the Polish and Czech energy ministries met in Brno on Monday.",
         ("Poland", "Czech Republic")),
        ("The Austrian and Swiss finance ministries held talks in Bern on Tuesday.",
         ("Austria", "Switzerland")),
        ("Envoys from the Finnish and Swedish defence ministries met on Friday.",
         ("Finland", "Sweden")),
        ("Diplomats from the Chilean and Argentine embassies met in Lima on Thursday.",
         ("Chile", "Argentina")),
        ("Officials from Latvia's and Lithuania's health ministries met in Riga.",
         ("Latvia", "Lithuania")),
    ],
)  # fmt: skip
def test_a_states_bodies_in_the_plural_are_the_countries_that_qualify_them(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Officials from the two ministries met in Brno on Monday.",  # no country
        "Officials from the Polish and Czech carmakers met in Brno on Monday.",  # firms
        "Polish and Czech football fans met in Brno on Monday.",  # no one's agents
    ],
)
def test_no_country_without_a_state_body_it_qualifies(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any({"Poland", "Czech Republic"} <= p for p in met_pairs(facts_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Vale met leaders of exiles in London.",
        "Foreign Minister Ana Vale met representatives of dissidents in London.",
        "Foreign Minister Ana Vale met spokesmen of students in London.",
    ],
)
def test_people_of_a_group_in_a_city_are_the_groups_not_the_countrys(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "leaders of exiles in London" lead the exiles where they live, not for Britain;
    "ministers in Kenya" still act for Kenya."""
    facts = facts_of(f"{text} President Dan Roe met ministers in Kenya.")
    met = met_pairs(facts)
    assert frozenset({"Dan Roe", "Kenya"}) in met, met
    assert not any("United Kingdom" in p for p in met), met
