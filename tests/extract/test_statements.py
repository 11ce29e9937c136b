"""Statements and appeals: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Foreign Minister Lena Marsh said the talks had stalled.", "Lena Marsh"),
        ('"We made progress," Marsh tweeted on Sunday.', "Lena Marsh"),
        ('"We made progress," tweeted Marsh.', "Lena Marsh"),
        ("Marsh told reporters the deal was close.", "Lena Marsh"),
        ("Marsh stressed that the door remained open.", "Lena Marsh"),
        ("Marsh said in a tweet that the talks would go on.", "Lena Marsh"),
        ("Marsh made the comments in a post on her blog.", "Lena Marsh"),
        (
            "Kenya's foreign ministry warned that the ceasefire was fragile.",
            "Kenya foreign ministry",
        ),
        ("Kenya announced on Friday that it would reopen its embassy.", "Kenya"),
        ("The talks had stalled, according to Marsh.", "Lena Marsh"),
        ("Marsh called on Kenya to release the prisoners.", "Lena Marsh"),
    ],
)
def test_speakers(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Foreign Minister Lena Marsh arrived on Monday. " + text)
    assert speaker in speakers(facts)


def test_pronoun_speaker_after_a_quote(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        'Foreign Minister Lena Marsh spoke in Rome. "Omar Haddad must answer for this," she said.'
    )
    assert speakers(facts) == {"Lena Marsh"}


def test_quote_and_topic_are_kept(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('"Chile has broken its word," Foreign Minister Lena Marsh said on Monday.')
    [st] = [e for e in facts.events if e.kind is EventKind.STATEMENT]
    assert st.quote == "Chile has broken its word"
    assert "country/CHL" in st.actors("topic")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("In March last year, Anna Vance announced plans to cut fuel taxes.", "plans to cut"),
        ("In a statement, Anna Vance denied the allegations.", "the allegations"),
        ("During the trial on Tuesday, Anna Vance denied the charges.", "the charges"),
    ],
)
def test_what_is_said_is_the_object_not_a_phrase_before_the_verb(facts_of, text, quote) -> None:  # type: ignore[no-untyped-def]
    [st] = [e for e in facts_of(text).events if e.kind is EventKind.STATEMENT]
    assert st.quote is not None and st.quote.startswith(quote)


def test_addressee_of_tell(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Foreign Minister Lena Marsh told Chancellor Otto Brandt that the plan had failed."
    )
    [st] = [e for e in facts.events if e.kind is EventKind.STATEMENT]
    assert st.actors("addressee") == ("person/otto-brandt",)


def test_generic_speakers_are_not_actors(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of("Officials said the border would stay closed.")) == set()
    assert speakers(facts_of("Analysts said the deal was fragile.")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Russia added troops on the border.",
        "The company posted a loss in March.",
        "Kenya reported a surplus.",
    ],
)
def test_other_senses_of_speech_verbs_are_not_statements(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Foreign Minister Ivo Marek calls the plan "a march in the wrong direction."',
            "Ivo Marek",
        ),
        ('"Hallelujah," Secretary Ann Dorr exclaimed.', "Ann Dorr"),
        ('President Ana Lutz slammed the visit as an "appeasement mission."', "Ana Lutz"),
        ("The Kenyan newspaper Taifa noted that the talks had failed.", "Taifa"),
    ],
)
def test_more_ways_to_say_something(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "speaker", "not_speaker"),
    [
        # a title the parser splits off ("Under" read as a preposition)
        ('"The plan is dead," said Treasury Under Secretary Anna Rusk.', "Anna Rusk", "Treasury"),
        ("Treasury Deputy Secretary Anna Rusk said the plan was dead.", "Anna Rusk", "Treasury"),
        # the employer in an apposition is not a second speaker
        ('"Rates will rise," said Gary Holm, an economist at BW Rollins & Sons.', "Gary Holm",
         "BW Rollins & Sons"),
        ("Prices will fall, said Ida Sund, chief analyst at Norbank Capital & Co.", "Ida Sund",
         "Norbank Capital & Co"),
    ],
)  # fmt: skip
def test_the_person_speaks_not_the_body_in_the_title(
    facts_of, text: str, speaker: str, not_speaker: str
) -> None:  # type: ignore[no-untyped-def]
    found = speakers(facts_of(text))
    assert speaker in found and not_speaker not in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It is about sovereignty," the Daily Planet quoted Ann Berg as saying.', "Ann Berg"),
        ('Tom Hale arrived. "We must act," he was quoted as saying.', "Tom Hale"),
        ('"We must act," the Daily Planet cited Ann Berg as saying.', "Ann Berg"),
    ],
)
def test_whom_a_paper_quotes_is_the_speaker(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


def test_an_unnamed_source_quoted_is_no_named_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"It is about sovereignty," the Daily Planet quoted a finance ministry official as saying.'
    )
    assert speakers(facts_of(text)) == set()


def test_a_view_not_yet_expressed_is_no_statement(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Tom Hale and Ann Berg have yet to express an opinion on the merger.")
    assert all(not e.factual for e in facts.events if e.kind is EventKind.STATEMENT)


@pytest.mark.parametrize(
    "text",
    [
        "Jobs may be lost if a bid by a Chinese car maker succeeds, Tom Hale said.",
        "Tom Hale said the ministry had given contracts to a Danish and a Greek company.",
        "Tom Hale said a US firm was in talks to buy the plant.",
    ],
)
def test_the_country_of_an_unnamed_firm_is_no_topic(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert not names & {"China", "Denmark", "Greece", "United States"}


def test_a_bill_says_nothing_itself(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Coastal Protection Bill proposes fines for polluters.")
    assert speakers(facts) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letters after the name the parser made the subject
        ("Ian Dale QC said the law was clear.", {"Ian Dale"}),
        ("Ann Vale MP told reporters the law was clear.", {"Ann Vale"}),
        # someone named inside the speaker's title is not the speaker
        ("In a new book, Ian Dale, a spokesman for Ann Vale's campaign, "
         "says Tom Rice warned Luis Mora.", {"Ian Dale"}),
        ("In a new book, Ian Dale QC, a member of Ann Vale's chambers, "
         "says Tom Rice warned Luis Mora.", {"Ian Dale"}),
        ("But Rosa Lind, the lawyer representing Mr Abbot and Mr Kerr, said the two families "
         "would meet again soon.", {"Rosa Lind"}),
    ],
)  # fmt: skip
def test_the_speaker_is_the_one_named_with_the_title(
    facts_of, text: str, expected: set[str]
) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An aide to Ann Vale said the truce would hold.", {"Ann Vale"}),
        ("Tom Rice and an aide to Ann Vale said they hoped the truce would hold.",
         {"Tom Rice", "Ann Vale"}),
        ("A spokesman for the Socialist Party said the truce would hold.", {"Socialist Party"}),
        ("A spokeswoman for Holm Mining said profits rose.", {"Holm Mining"}),
        ("The UN envoy to Syria said the truce would hold.", {"United Nations"}),  # not Syria
    ],
)  # fmt: skip
def test_an_unnamed_aide_or_spokesman_speaks_for_the_principal(
    facts_of, text: str, expected: set[str]
) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Vale will skip the summit, her office said on Tuesday.", {"Ann Vale"}),
        ("President Luis Mora's office said in a brief note that he had quit.", {"Luis Mora"}),
        ("The office of Prime Minister Ann Vale said the cabinet would meet.", {"Ann Vale"}),
        ("Luis Mora met Tom Rice in Lima, according to his office.", {"Luis Mora"}),
        ("A statement from Kenya's foreign ministry said the envoy had left.",
         {"Kenya foreign ministry"}),
        ("A statement issued by Nato said the alliance would stay united.",
         {"North Atlantic Treaty Organization"}),
        ("According to a statement from Luis Mora's office, the talks went well.", {"Luis Mora"}),
        ("A joint statement by France and Germany said the talks would go on.",
         {"France", "Germany"}),
        ("A declaration by the African Union said elections must be held soon.",
         {"African Union"}),
        ("Talks will resume in May, according to a statement by Luis Mora.", {"Luis Mora"}),
        ("A statement by the palace said the king was ill.", set()),
        # the author named before the statement, or as its owner
        ("The firm will cut 500 jobs, a Nokia statement said.", {"Nokia"}),
        ("Talks will resume in May, an EU statement said.", {"European Union"}),
        ("Talks will resume in May, the African Union's statement said.", {"African Union"}),
        ("A Kremlin statement said the visit had been useful.", {"Russia"}),
        ("A press statement said the king was ill.", set()),
        # an office that is a body of its own speaks itself, not its country too
        ("Britain's Foreign Office said the envoy had left.", {"United Kingdom Foreign Office"}),
        # an office or statement of nobody named speaks for nobody
        ("His office said the minister was ill.", set()),
        ("A statement from the palace said the king was ill.", set()),
    ],
)  # fmt: skip
def test_an_office_or_a_statement_speaks_for_its_owner(
    facts_of, text: str, expected: set[str]
) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == expected


def test_whom_an_aide_meets_the_principal_does_not(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("An aide to Ann Vale met Luis Mora on Monday.")
    names = {a.key: a.name for a in facts.actors}
    met = {names[p.actor] for e in facts.events if e.kind is EventKind.MEETING
           for p in e.participants}  # fmt: skip
    assert "Ann Vale" not in met


@pytest.mark.parametrize(
    "text",
    [
        "We had what Ken Lind said, and we had what Tom Rice has said.",  # sayings named
        '"Any farmer can see that what Labour proposes is fair," Tom Rice said.',
        "Norway's chief judge has warned that the courts are full.",  # someone unnamed
        "Ann Vale said people from Kenyan and Chinese backgrounds earned more.",
    ],
)
def test_no_speaker_or_topic_from_a_saying_named_a_judge_or_an_origin(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    said = [e for e in facts.events if e.kind is EventKind.STATEMENT]
    speakers_ = {names.get(k, k) for e in said for k in e.actors("speaker")}
    topics = {names.get(k, k) for e in said for k in e.actors("topic")}
    assert not speakers_ & {"Ken Lind", "Labour", "Labour Party", "Norway"}
    assert not topics & {"Kenya", "China"}


@pytest.mark.parametrize(
    "text",
    [
        "Minister Tove Brask would only say that the talks were going well.",
        "Minister Tove Brask would say only that the talks were going well.",
        "Asked about the row, Minister Tove Brask would only say that she was calm.",
    ],
)
def test_would_only_say_is_a_statement_made(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {"Tove Brask"}


@pytest.mark.parametrize(
    "text",
    [
        "Minister Tove Brask would say that the talks were going well.",
        "If asked, Minister Tove Brask would only say that the talks were going well.",
        "Minister Tove Brask would not say whether the talks were going well.",
        "Would Minister Tove Brask only say that the talks were going well?",
    ],
)
def test_would_say_without_only_or_in_a_condition_is_no_statement_made(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            'Ana Ruiz insisted she had made no pact, while Tomas Lind says the "rumours" are false.',
            {"insisted": "she had made no pact", "says": "rumours"},
        ),
        (
            'Ana Ruiz said Tomas Lind had told her the plan was "dead".',
            {"told": "dead"},
        ),
    ],
)
def test_a_quote_in_another_speakers_clause_is_theirs(
    facts_of, text: str, quotes: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    found = {e.trigger: e.quote for e in facts_of(text).events}
    assert {t: found.get(t) for t in quotes} == quotes
    assert found.get("said") != "dead"


def test_a_countrys_think_tank_is_not_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Sales rose by a third, according to a US think-tank.")
    assert not [e for e in facts.events if any(p.actor == "country/USA" for p in e.participants)]


@pytest.mark.parametrize(
    ("text", "speaker", "addressee"),
    [
        ("Lena Marsh urged Kenya to resume talks with the rebels.", "Lena Marsh", "Kenya"),
        ("Peru urged Chile on Monday to withdraw its warships.", "Peru", "Chile"),
        ("Kenya called on Uganda to reopen the border.", "Kenya", "Uganda"),
    ],
)
def test_an_appeal_is_said_to_whom_it_asks(  # type: ignore[no-untyped-def]
    facts_of, text: str, speaker: str, addressee: str
) -> None:
    facts = facts_of(text)
    n = {a.key: a.name for a in facts.actors}
    appeals = [e for e in facts.events if e.kind is EventKind.STATEMENT and e.type == "appeal"]
    assert [(n[s], n[a]) for e in appeals for s in e.actors("speaker")
            for a in e.actors("addressee")] == [(speaker, addressee)]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Western diplomats said the talks had stalled.", set()),
        ("A Western diplomat said no agreement was in sight.", set()),
        ("Chinese diplomats said the talks had stalled.", {"China"}),
        ("The West said the talks had stalled.", {"the West"}),
    ],
)
def test_unnamed_people_of_a_bloc_are_not_the_bloc_speaking(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: set[str]
) -> None:
    assert speakers(facts_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('The deal includes the "full" 7m from the Treasury announced by Chancellor Tomas Lind.',
         {"announced": None}),
        ('Tomas Lind, who denied he had met Ana Ruiz, said the plan was a "difficult issue".',
         {"denied": "he had met Ana Ruiz", "said": "difficult issue"}),
        ('"They ignored us," said Mr Lind, who added that the firm now planned to talk.',
         {"said": "They ignored us", "added": "that the firm now planned to talk"}),
        ("Peru and Chile want the levy held at 2% - the European Commission has urged a rise"
         " to 2.5%.", {"urged": "a rise to 2.5%"}),
    ],
)  # fmt: skip
def test_a_verb_describing_a_noun_or_with_its_own_object_says_its_own_words(
    facts_of, text: str, quotes: dict[str, str | None]
) -> None:  # type: ignore[no-untyped-def]
    found = {e.trigger: e.quote for e in facts_of(text).events if e.kind is EventKind.STATEMENT}
    assert {t: found.get(t, "-") for t in quotes} == quotes


@pytest.mark.parametrize(
    "text",
    [
        "Labour MP Tomas Lind said Mr Vale and Mr Berg had a roasting from MPs, adding that it was"
        " a meeting like no other.",
        "Tomas Lind said Mr Vale had been wrong, adding that the party must change.",
        "Tomas Lind told reporters Mr Vale had lied, stressing that he had proof.",
    ],
)
def test_adding_after_a_reported_clause_is_the_reporters(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    trig = {"adding", "stressing"}
    adders = {a for e in facts_of(text).events if e.trigger in trig for a in e.actors("speaker")}
    assert adders == {"person/tomas-lind"}


@pytest.mark.parametrize(
    "text",
    [
        "A new book, Lind's Britain, says Mr Vale went back on a pledge.",
        "The book, Germany's Shame, claimed Mr Vale had lied.",
        "A documentary, Inside France, says Mr Vale knew of the plan.",
        "According to a new book, Lind's Britain, Mr Vale went back on a pledge.",
    ],
)
def test_a_name_in_a_works_title_does_not_speak(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == set()


def test_a_coordinated_insisting_keeps_its_own_subjects(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Ruiz and Tomas Lind are under house arrest at their home and are insisting the"
        " president finishes his term, a source said."
    )
    found = {
        a for e in facts_of(text).events if e.trigger == "insisting" for a in e.actors("speaker")
    }
    assert found == {"person/ana-ruiz", "person/tomas-lind"}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Ana Ruiz said some voters were in "a state of shock" but predicted a "calmer mood".',
         "a state of shock ... calmer mood"),
        ('Tom Ray called the plan "reckless" and "unfair" on Monday.', "reckless ... unfair"),
        ('Ana Ruiz said: "We will win."', "We will win"),
    ],
)  # fmt: skip
def test_quotes_that_break_off_are_joined_with_an_ellipsis(facts_of, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    assert quote in {e.quote for e in facts_of(text).events}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Tomas Lind, whose party brands the levy "deeply flawed", said the minister had '
         "time to think again.", "the minister had time to think again"),
        ('Ada Quill, whose union calls the plan "a betrayal", said talks would resume on '
         "Monday.", "talks would resume on Monday"),
        ('Hugo Stahl, whose group opposes the bill as "reckless", said the vote was '
         "close.", "the vote was close"),
    ],
)  # fmt: skip
def test_a_quote_in_a_clause_on_the_speaker_is_not_what_he_said(facts_of, text, quote) -> None:  # type: ignore[no-untyped-def]
    quotes = {e.quote for e in facts_of(text).events if e.kind is EventKind.STATEMENT}
    assert any(q and quote in q for q in quotes)
    assert not any(
        q and q.strip('"') in {"deeply flawed", "a betrayal", "reckless"} for q in quotes
    )


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Lena Marsh said a Maltese-flagged tanker had sunk off Chile.",
        "Lena Marsh said a Maltese-registered tanker had sunk off Chile.",
        "Lena Marsh praised the crew of a Maltese-flagged tanker off Chile.",
    ],
)
def test_a_flag_is_no_topic(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    [st] = [e for e in facts_of(text).events if e.kind is EventKind.STATEMENT]
    assert "country/MLT" not in st.actors("topic")
