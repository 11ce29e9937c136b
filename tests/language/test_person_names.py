"""People within one article: names written for these tests."""

from __future__ import annotations

import pytest

from kg.language.person_names import is_part, name_tokens
from kg.language.slugs import slug
from kg.records import EventKind
from tests.helpers import speakers


def test_name_tokens_drop_particles_and_articles() -> None:
    assert name_tokens("Karim al-Rashid") == ["karim", "rashid"]
    assert name_tokens("Ana de la Vega") == ["ana", "vega"]


def test_a_part_of_a_name_is_its_start_or_its_end() -> None:
    full = ["park", "min", "ho"]
    assert is_part(["park"], full) and is_part(["min", "ho"], full) and is_part(["ho"], full)
    assert not is_part(["min"], full)  # the middle alone names nobody
    assert not is_part(["park", "min", "ho", "jr"], full)


def test_slugs_are_stable_keys() -> None:
    assert slug("José Luis Ortega") == "jose-luis-ortega"
    assert slug("Baroness Vale") == "baroness-vale"


def test_royals_are_named_by_their_given_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of("Charles Holm met Ann Lee. Later Prince Charles hosted "
                                      "Ann Lee at a dinner.").actors}  # fmt: skip
    assert "Prince Charles" in names and "Charles Holm" in names
    names = {a.name for a in facts_of("Michael Vale met Ann Lee. Ex-King Michael of Varnia "
                                      "met Ann Lee too.").actors}  # fmt: skip
    assert "Michael Vale" in names and any(n.endswith("King Michael") for n in names)


def _speakers_of_last(facts_of, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    """Speakers of the text's last sentence."""
    facts = facts_of(text)
    last = max(s.index for s in facts.sentences if not s.headline)  # (the body's last)
    names = {a.key: a.name for a in facts.actors}
    return {names[a] for e in facts.events if e.kind is EventKind.STATEMENT
            and e.evidence.sentence == last for a in e.actors("speaker")}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Labour MP Warren Kemp quit on Monday. Mr Kemp said he would fight on. "
        "Mr Warren said the local branch had followed the rules.",
        "Warren Kemp, a Tory MP, quit. Kemp says he was misquoted. "
        "Mr. Warren said the rules were clear.",
        "Lawyer Grant Moss defended the plan. Mrs Moss is his wife. "
        "Mr Grant said the plan would fail.",
    ],
)  # fmt: skip
def test_a_given_name_is_no_surname_once_the_story_uses_the_surname(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # "Mr" and a name that fits only the first name of someone the story calls
    # by his last name: somebody else, not him
    assert not _speakers_of_last(facts_of, text) & {"Warren Kemp", "Grant Moss"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # without the surname in use, the first word may still be a family name
        ("Envoy Park Min Ho arrived. Mr Park said the talks had gone well.", "Park Min Ho"),
        ("Premier Wen Dao toured the port. Mr Wen said exports would grow.", "Wen Dao"),
        # a surname still joins its full name
        ("Warren Kemp quit. Mr Kemp said the rules were clear.", "Warren Kemp"),
    ],
)  # fmt: skip
def test_a_one_word_name_still_joins_its_full_name(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers_of_last(facts_of, text) == {speaker}


def test_a_knight_is_no_mister(facts_of) -> None:  # type: ignore[no-untyped-def]
    # the story calls the police chief "Sir Hugh": "Mr Dale" is another Dale
    text = ("Police chief Sir Hugh Dale spoke first. Asked about Sir Hugh's remarks, the "
            "minister was silent. But Mr Dale said the law was wrong.")  # fmt: skip
    assert "Hugh Dale" not in _speakers_of_last(facts_of, text)
    text = "Police chief Sir Hugh Dale spoke first. Later Sir Hugh said the law was wrong."
    assert _speakers_of_last(facts_of, text) == {"Hugh Dale"}


def test_a_first_name_in_a_quote_is_still_the_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('Singer Ossie Lane died. Mr Lane was 80. "Ossie was my hero," said Alan Dorr.')
    names = {a.key: a.name for a in facts.actors}
    topics = {names[a] for e in facts.events if e.kind is EventKind.STATEMENT
              for a in e.actors("topic")}  # fmt: skip
    assert "Ossie Lane" in topics


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leo Del.", "Leo Del"),  # the sentence's full stop, kept on a word it shortens
        ("Lena Marsh.", "Lena Marsh"),
        ("Ana J.", "Ana J."),  # an initial
        ("Tomas Lind Snr.", "Tomas Lind Snr."),  # a generation is part of the name
    ],
)
def test_a_full_stop_after_a_name_is_the_sentences(text: str, name: str) -> None:
    from kg.language.person_names import clean_person_name

    assert clean_person_name(text) == name


def test_a_person_said_at_the_end_of_a_sentence_has_no_full_stop(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('"It was a quiet month," said survey chairman Ian Mont.')
    assert "Ian Mont" in {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Hicham El Marbouh met Ruth Gale. El Marbouh later criticised Peru.", "Hicham El Marbouh"),
        ("Saad Al Harbi met Ruth Gale. Harbi later criticised Peru.", "Saad Al Harbi"),
    ],
)
def test_a_particle_inside_a_name_stays_a_particle(facts_of, text: str, full: str) -> None:  # type: ignore[no-untyped-def]
    people = {a.name for a in facts_of(text).actors if a.type.value == "Person"}
    assert people == {full, "Ruth Gale"}, people


def test_a_surname_after_a_given_name_al_is_the_same_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Al Lindqvist met Ruth Gale in Oslo. Lindqvist later criticised Peru.")
    assert {a.name for a in facts.actors if a.type.value == "Person"} == {"Al Lindqvist",
                                                                          "Ruth Gale"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the first of two surnames names the person, as Spanish usage does
        ("Chile's envoy, Jorge Salas Riquelme, met Peru's minister. Mr Salas said the talks "
         "went well.", "Jorge Salas Riquelme"),
        ("Peru's minister met Jorge Salas Riquelme on Monday. Salas said the talks went well.",
         "Jorge Salas Riquelme"),
        # ... but not when another person has that name
        ("Jorge Salas Riquelme met Peru's envoy Ana Salas. Salas said the talks went well.",
         "Ana Salas"),
    ],
)  # fmt: skip
def test_a_first_surname_names_its_person(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


@pytest.mark.parametrize(
    ("text", "firm", "person"),
    [
        ("Anna Varnell said she was pleased. Retailer Varnell said sales had risen.",
         "Varnell", "Anna Varnell"),
        ("Carmaker Kessler said sales rose on Monday. Tom Kessler, its chairman, said he was "
         "pleased.", "Kessler", "Tom Kessler"),
    ],
)  # fmt: skip
def test_a_firm_named_after_a_person_stays_a_firm(  # type: ignore[no-untyped-def]
    facts_of, text: str, firm: str, person: str
) -> None:
    assert speakers(facts_of(text)) == {firm, person}


def test_a_surname_alone_still_joins_the_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Lena Marsh said she was pleased. Marsh said sales had risen.")
    assert speakers(facts) == {"Lena Marsh"}


def test_a_generation_stays_in_the_name_and_the_surname_still_links(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "President Carlos Ibarra Jr. met the Danish prime minister in Lima. "
        "Mr Ibarra later criticised the Chilean government."
    )
    names = {a.key: a.name for a in facts.actors}
    people = {n for n in names.values() if "Ibarra" in n}
    assert people == {"Carlos Ibarra Jr."}
    facts = facts_of(
        "Governor Hal Dunmore III said the state would sue. Dunmore called the law unfair."
    )
    speakers = {a.name for a in facts.actors if "Dunmore" in a.name}
    assert speakers == {"Hal Dunmore III"}


def test_a_son_named_with_a_generation_is_not_his_father(facts_of) -> None:  # type: ignore[no-untyped-def]
    for second in (
        "His father, Rui Pereira, said the talks were overdue.",
        "Former president Rui Pereira criticised the Greek government.",
    ):
        facts = facts_of("Rui Pereira Jr. met the Greek foreign minister on Monday. " + second)
        names = {a.key: a.name for a in facts.actors}
        met = {names[a] for e in facts.events for a in e.actors("participant")}
        later = {names[a] for e in facts.events if e.kind is not EventKind.MEETING
                 for r in ("speaker", "agent") for a in e.actors(r)}  # fmt: skip
        assert "Rui Pereira Jr." in met
        assert later == {"Rui Pereira"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Count Paolo Grandi, the Italian Foreign Minister, met Klaus Vehr in Berlin.",
         "Paolo Grandi"),
        ("The Spanish envoy, Countess Elena Ruiz, met President Mahat Dorin on Monday.",
         "Elena Ruiz"),
        ("Viscount Tomas Reyes, the Chilean ambassador, met Ann Lee.", "Tomas Reyes"),
    ],
)  # fmt: skip
def test_a_noble_title_is_no_part_of_the_name(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert name in names and not any(n.endswith(" " + name) for n in names)


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # a title of one sex is no namesake of the other, named in full before
        ("Sir Tomas Brede met Ann Lee in Oslo. Lady Brede said the visit went well.", "Lady Brede"),
        ("Peter Kell said the tax was unfair. Baroness Kell said the party would fight it.",
         "Baroness Kell"),
        ("John Okafor said the deal was good. Mrs Okafor said it was bad.", "Mrs Okafor"),
        ("Anna Sorrel criticised the plan. Mr Sorrel said it was fair.", "Mr Sorrel"),
        ("The reporter Sarah Harwell said the vote was close. Lord Harwell said it was not.",
         "Lord Harwell"),
        # a peer of a place is known by the title, not as the article's one namesake
        ("Tom Harwell said the vote was close. Lord Harwell of Dunmere said it was not.",
         "Lord Harwell"),
        # titles of the same sex still join the full name
        ("Peter Kell said the tax was unfair. Mr Kell said the party would fight it.",
         "Peter Kell"),
        ("Anna Sorrel criticised the plan. Mrs Sorrel said it was unfair.", "Anna Sorrel"),
        ("Tom Harwell said the vote was close. Lord Harwell said it was not.", "Tom Harwell"),
    ],
)  # fmt: skip
def test_a_title_of_the_other_sex_is_another_person(facts_of, text: str, last: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers_of_last(facts_of, text) == {last}


def test_a_person_carries_the_sex_the_article_told(facts_of) -> None:  # type: ignore[no-untyped-def]
    actors = {a.name: a for a in facts_of(
        "Lady Brede met Tomas Rell. Dr Ona Vek said the talks went well.").actors}  # fmt: skip
    assert (actors["Lady Brede"].sex, actors["Tomas Rell"].sex) == ("f", "m")
    assert actors["Ona Vek"].sex == ""  # a name the list does not know tells nothing


def test_a_peer_of_a_place_keeps_the_place_as_a_form(facts_of) -> None:  # type: ignore[no-untyped-def]
    actors = {
        a.name: a for a in facts_of("Lord Harwell of Dunmere said the bill was flawed.").actors
    }
    assert "Lord Harwell of Dunmere" in actors["Lord Harwell"].aliases
