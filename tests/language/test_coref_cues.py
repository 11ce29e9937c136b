"""Cues coreference reads about a pronoun's sentence: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.coref_cues import attributed_owner
from kg.records import EventKind
from tests.helpers import directed, speakers_of


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Carl Hale met Tomas Berg on Monday, his spokesman said.", "Hale"),
        ("Carl Hale spoke with Tomas Berg by phone, said his aide.", "Hale"),
        ("Carl Hale held talks with Tomas Berg, according to his office.", "Hale"),
        ("Carl Hale met Tomas Berg, and his spokesman said the talks went well.", None),
        ("Carl Hale met his counterpart on Monday.", None),
    ],
)
def test_the_owner_a_closing_attribution_names(nlp, text: str, owner: str | None) -> None:  # type: ignore[no-untyped-def]
    pron = next(t for t in nlp(text) if t.lower_ == "his")
    found = attributed_owner(pron)
    assert (found.text if found is not None else None) == owner


@pytest.mark.parametrize(
    ("text", "trigger", "speaker"),
    [
        ("Carl Hale met Tomas Berg on Monday, his spokesman said.", "said", "Carl Hale"),
        (
            "Marta Kovacs wants to meet Piet Ander next week, her spokeswoman said.",
            "said",
            "Marta Kovacs",
        ),
        (
            "Carl Hale spoke with Tomas Berg by phone, his spokeswoman said on Friday.",
            "said",
            "Carl Hale",
        ),
        ("Carl Hale met Tomas Berg on Monday, said his spokesman.", "said", "Carl Hale"),
    ],
)
def test_his_spokesman_after_a_clause_speaks_for_its_subject(
    facts_of, text: str, trigger: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), trigger) == {speaker}


def test_a_pronoun_of_the_other_gender_is_not_the_subject(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Carl Hale met Mrs Ana Vale on Monday, her spokeswoman said.")
    assert speakers_of(facts, "said") == {"Ana Vale"}


def test_a_name_inside_a_quote_owns_no_spokesman(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('Carl Hale spoke on Monday. "Tomas Berg misled us," his spokesman said.')
    assert speakers_of(facts, "said") == {"Carl Hale"}


@pytest.mark.parametrize(
    "text",
    [
        "Ed Marlow met union leaders on Tuesday. Our reporter said Mr Marlow had"
        " offered no deal. There was still room for talks, he added.",
        "Ed Marlow met union leaders on Friday. Our correspondent said that Mr Marlow had"
        " been evasive. Members were angry, he added.",
        "Ed Marlow's e-mail suggested they should ask Tom Penrose to publish a reply."
        " In it, he added that the posters were a mistake.",
    ],
)
def test_he_after_an_unnamed_speaker_is_no_one_named_in_the_words(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # "he" goes on with the speaker kg cannot name, not a person inside what was said
    assert speakers_of(facts_of(text), "added") == set()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ed Marlow met union leaders on Thursday. Union leader Tom Penrose said Mr Marlow"
         " had been evasive. Members were angry, he added.", "Tom Penrose"),
        ("Ed Marlow met union leaders on Thursday. The union's leader, Tom Penrose, said Mr"
         " Marlow had been evasive. He added that members were angry.", "Tom Penrose"),
        ("Ed Marlow met union leaders on Thursday. Mr Marlow said the talks had gone well."
         " A deal was close, he added.", "Ed Marlow"),
        ("Ed Marlow met union leaders on Thursday. His offer was rejected by Tom Penrose."
         " Members were angry, he added.", "Tom Penrose"),
        ("Ed Marlow met union leaders on Thursday. His claims were denied by Tom Penrose,"
         " who accused him of lying. A deal was still possible, he added.", "Tom Penrose"),
    ],
)  # fmt: skip
def test_he_after_a_named_speaker_is_that_speaker(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), "added") == {speaker}


@pytest.mark.parametrize(
    ("text", "backer", "owner", "rival"),
    [
        ("Russia backed Serbia in its row with Kosovo.", "Russia", "Serbia", "Kosovo"),
        ("China supported Pakistan in its standoff with India.", "China", "Pakistan", "India"),
        ("The United States stood by the Philippines in its dispute with China.",
         "United States", "Philippines", "China"),
        ("Turkey threw its support behind Azerbaijan in its war with Armenia.",
         "Turkey", "Azerbaijan", "Armenia"),
        ("The Arab League rallied behind Iraq in its dispute with Kuwait.", "Arab League", "Iraq", "Kuwait"),
        ("Britain helped Kuwait in its war against Iraq.", "United Kingdom", "Kuwait", "Iraq"),
    ],
)  # fmt: skip
def test_its_after_taking_a_side_is_the_side_taken(
    facts_of, text: str, backer: str, owner: str, rival: str
) -> None:  # type: ignore[no-untyped-def]
    conflicts = directed(facts_of(text), EventKind.CONFLICT)
    assert (owner, rival) in conflicts
    assert not any(backer in pair for pair in conflicts)  # the backer quarrels with no one


@pytest.mark.parametrize(
    ("text", "subject", "rival"),
    [
        ("Kuwait asked Saudi Arabia for help in its dispute with Iraq.", "Kuwait", "Iraq"),
        ("France criticised Germany in its row with Italy.", "France", "Italy"),
    ],
)
def test_its_after_other_verbs_is_still_the_subject(
    facts_of, text: str, subject: str, rival: str
) -> None:  # type: ignore[no-untyped-def]
    assert (subject, rival) in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "actor", "owner", "victim"),
    [
        ("The European Union extended sanctions on Russia over its invasion of Ukraine.",
         "European Union", "Russia", "Ukraine"),
        ("Britain criticised Russia over its invasion of Ukraine.", "United Kingdom", "Russia", "Ukraine"),
        ("Canada imposed sanctions on Moscow over its annexation of Crimea.", "Canada", "Russia", "Ukraine"),
        ("The United States sanctioned Iraq for its invasion of Kuwait.", "United States", "Iraq", "Kuwait"),
        ("Australia condemned China over its blockade of Taiwan.", "Australia", "China", "Taiwan"),
        # the partner of the trade or aid acted on, after "to" or "for"
        ("Sweden halted arms sales to Turkey over its offensive in Syria.", "Sweden", "Turkey", "Syria"),
        ("Germany suspended arms export licences for Turkey over its offensive in Syria.",
         "Germany", "Turkey", "Syria"),
        ("Norway froze aid to Zambia over its crackdown on Malawi.", "Norway", "Zambia", "Malawi"),
    ],
)  # fmt: skip
def test_its_in_a_reason_is_the_one_blamed(
    facts_of, text: str, actor: str, owner: str, victim: str
) -> None:  # type: ignore[no-untyped-def]
    conflicts = directed(facts_of(text), EventKind.CONFLICT)
    assert (owner, victim) in conflicts
    assert (actor, victim) not in conflicts  # the one who punishes did not invade


@pytest.mark.parametrize(
    ("text", "subject", "victim"),
    [
        ("Russia faced new sanctions over its invasion of Ukraine.", "Russia", "Ukraine"),
        ("Iraq apologised to Saudi Arabia for its invasion of Kuwait.", "Iraq", "Kuwait"),
    ],
)
def test_its_in_a_reason_without_an_object_is_the_subject(
    facts_of, text: str, subject: str, victim: str
) -> None:  # type: ignore[no-untyped-def]
    assert (subject, victim) in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "trigger", "absent"),
    [
        # "it" after a person's post: not the country that owns the post
        ("Brazil's foreign minister criticised Argentina over the tariffs. It said on Tuesday "
         "that the tariffs were legal.", "said", "Brazil"),
        ("The Kenyan foreign minister accused Uganda of arming rebels. It denied the claim.",
         "denied", "Kenya"),
        ("Norway's trade minister attacked Iceland over fishing quotas. It insisted the quotas "
         "were fair.", "insisted", "Norway"),
    ],
)  # fmt: skip
def test_it_is_not_the_country_of_a_post_that_spoke_before(
    facts_of, text: str, trigger: str, absent: str
) -> None:  # type: ignore[no-untyped-def]
    assert absent not in speakers_of(facts_of(text), trigger)


def test_it_is_not_the_owner_of_a_subject_when_another_body_is_its_object(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Peru's president, Omar Diaz, accused Chile of violating the treaty. It rejected the "
        "charge on Tuesday."
    )
    assert ("Peru", "Omar Diaz") not in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the owner of the subject, with no other body in the sentence, is still "it"
        ("Acme Mining's chief executive said profits had doubled. It said sales would grow "
         "next year.", "Acme Mining"),
        ("Peru accused Chile of violating the treaty. It said the breach was serious.", "Peru"),
    ],
)  # fmt: skip
def test_it_is_still_the_owner_or_the_subject(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers_of(facts_of(text), "said")


@pytest.mark.parametrize(
    "text",
    [
        # the subject cannot be "he", and two men are named together after it
        "Ann Vale met Tom Reyes and Pedro Salas on Monday. He said the talks had failed.",
        "Ann Vale phoned Tom Reyes and Luis Mora on Friday. He told reporters the call was useful.",
        "Clara Ortiz thanked Tom Reyes and Luis Mora for their help. He said the aid had arrived.",
    ],
)
def test_he_is_neither_of_two_men_named_together(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {"Tom Reyes", "Pedro Salas", "Luis Mora"} & (
        speakers_of(facts, "said") | speakers_of(facts, "told")
    )


def test_he_is_the_one_man_named_after_the_subject(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ann Vale met Tom Reyes on Monday. He said the talks had failed.")
    assert speakers_of(facts, "said") == {"Tom Reyes"}


@pytest.mark.parametrize(
    "text",
    [
        # a bloc named only to qualify a thing is no "they"
        "Dairy farmers protested against the Mercosur trade deal on Monday. They accused "
        "the European Commission of betraying them.",
        # nor one beside two people who met
        "President Ana Ruiz of Peru met President Tomas Lind of Chile at a Mercosur summit. "
        "They accused Brazil of blocking the deal.",
        "Ana Ruiz and Tomas Lind attended a summit of Mercosur in Asuncion. They criticised "
        "Argentina.",
    ],
)
def test_they_is_no_bloc_named_beside(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Mercosur" not in {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)}


def test_they_after_a_bloc_s_leaders_is_the_bloc(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Mercosur leaders met in Asuncion on Friday. They criticised Argentina."
    assert ("Mercosur", "Argentina") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Niger said Algeria had sent advisers to help it fight the smugglers.",
        "Niger said Algeria had sent engineers to help it repair the dam.",
    ],
)
def test_the_subject_after_help_is_whom_the_helper_helps(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Algeria", "Niger") in directed(facts_of(text), EventKind.COOPERATION)


def test_a_person_helped_by_aides_is_who_relied_on_them(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Vale said Tom Ray relied on a few aides to help him make decisions."
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair", "wrong"),
    [
        ("The WTO ruled in favour of Brazil in its dispute with the United States.",
         ("Brazil", "United States"), ("World Trade Organization", "United States")),
        ("The WTO ruled against Chile in its dispute with Peru.",
         ("Chile", "Peru"), ("World Trade Organization", "Peru")),
        ("The WTO ruled in favour of Kenya in its dispute with Uganda.",
         ("Kenya", "Uganda"), ("World Trade Organization", "Uganda")),
    ],
)  # fmt: skip
def test_its_in_a_ruling_is_the_side_the_ruling_names(facts_of, text, pair, wrong) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert pair in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("Peru and Bolivia signed an accord on Tuesday. Chile condemned it.",
         EventKind.CONFLICT, ("Chile", "Bolivia")),
        ("Ghana and Togo signed a defence pact on Monday. Benin hailed it as historic.",
         EventKind.COOPERATION, ("Benin", "Togo")),
        ("Iran and Iraq fought a long war. Kuwait backed it.",
         EventKind.COOPERATION, ("Kuwait", "Iraq")),
        ("Egypt and Sudan signed a water accord. Ethiopia rejected it.",
         EventKind.CONFLICT, ("Ethiopia", "Sudan")),
        ("Ghana and Togo signed a pact on Monday. It was hailed by Benin.",
         EventKind.COOPERATION, ("Benin", "Ghana")),
        ("Peru and Bolivia signed an accord on Tuesday. It was condemned by Chile.",
         EventKind.CONFLICT, ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_it_after_a_pair_is_not_one_of_the_pair(
    facts_of, text: str, kind: EventKind, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peru shelled a border town on Monday. Bolivia condemned it.", ("Bolivia", "Peru")),
        ("Ghana expelled two diplomats. Togo condemned it.", ("Togo", "Ghana")),
        ("Peru seized a fishing boat on Monday. Chile condemned it strongly.", ("Chile", "Peru")),
    ],
)
def test_it_after_one_actor_may_still_be_the_actor(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("Peru expelled Chile's ambassador on Monday. Bolivia condemned it.",
         ("Bolivia", "Chile"), ("Bolivia", "Peru")),
        ("Russia annexed a region of Georgia. The EU condemned it.",
         ("European Union", "Georgia"), ("European Union", "Russia")),
        ("Ghana shelled towns in Togo on Monday. Benin denounced it.",
         ("Benin", "Togo"), ("Benin", "Ghana")),
    ],
)  # fmt: skip
def test_it_a_verb_judges_is_the_deed_of_the_subject_before(  # type: ignore[no-untyped-def]
    facts_of, text: str, wrong: tuple[str, str], right: tuple[str, str]
) -> None:
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert wrong not in pairs
    assert right in pairs


def test_it_a_verb_judges_after_a_deed_with_no_named_doer_is_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of("The shelling of towns in Togo killed five. Benin denounced it."),
                     EventKind.CONFLICT)  # fmt: skip
    assert ("Benin", "Togo") not in pairs
