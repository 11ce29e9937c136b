"""Pronouns that agree with their antecedent: gender, number, not a modifier, not
described by their own phrase, the pronoun of the clause above, and "it" opening
a sentence. When no candidate fits, the pronoun stays unresolved."""

from __future__ import annotations

import pytest

from kg.language.actors import resolve_actors
from kg.language.mentions import find_mentions
from kg.records import ArticleFacts, EventKind


def pronouns(nlp, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    """Each pronoun of ``text`` with the name of the actor it is resolved to."""
    doc = nlp(text)
    mentions = find_mentions(doc)
    actors = resolve_actors(doc, mentions, scope="t")
    out = []
    for m in actors.mentions:
        if m.kind == "pronoun":
            key = actors.by_mention.get(m.id)
            out.append((m.text, actors.actors[key].name if key else None))
    return out


def last_speaker(facts: ArticleFacts) -> set[str]:
    """The speakers of the article's last statement (none when it has no speaker)."""
    names = {a.key: a.name for a in facts.actors}
    said = [e for e in facts.events if e.kind is EventKind.STATEMENT]
    if not said:
        return set()
    last = max(said, key=lambda e: e.evidence.start)
    if last.evidence.sentence != max(e.evidence.sentence for e in facts.events):
        return set()
    return {names[a] for a in last.actors("speaker")}


# -- gender: "Mr", "Mrs", "Ms", "Lady" say which person "he" or "she" can be ---------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mrs Carla Venn met Peter Hollis on Monday. He said the talks went well.", "Peter Hollis"),
        ("Ms Anna Kell said Mr Tom Raeburn had misled voters. He said the claim was false.",
         "Tom Raeburn"),
        ("Peter Hollis praised Mrs Carla Venn for her work. She said the praise was welcome.",
         "Carla Venn"),
        ("Mr Tom Raeburn criticised Ms Anna Kell over the budget. She said the cuts were fair.",
         "Anna Kell"),
        # a peeress's title tells her sex as "Mrs" does (one table with kg.language.name_sexes)
        ("Viscountess Marrow Tesk met Kell Ardin on Monday. He said the talks went well.",
         "Kell Ardin"),
        ("Marchioness Orla Quist criticised Bram Tolland over the budget. He said the cuts were "
         "fair.", "Bram Tolland"),
        # negatives: the subject stays the speaker when the gender fits
        ("Kell Ardin met Viscountess Marrow Tesk on Monday. She said the talks went well.",
         "Marrow Tesk"),
        ("Mrs Carla Venn met Peter Hollis on Monday. She said the talks went well.", "Carla Venn"),
        ("Tom Raeburn met Mark Stowe in Paris. He said the meeting had gone well.", "Tom Raeburn"),
    ],
)  # fmt: skip
def test_he_and_she_agree_with_the_honorific(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert last_speaker(facts_of(text)) == {speaker}


def test_two_coordinated_subjects_leave_he_unresolved(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Mr Tom Raeburn and Mr Mark Stowe met in Paris. He said the talks went well.")
    assert last_speaker(facts) == set()


def test_his_in_an_apposition_is_not_the_person_described(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("his", "Tom Raeburn") in pronouns(
        nlp, "Tom Raeburn welcomed the ruling. Mark Stowe, his deputy, was less pleased."
    )
    assert ("his", "Mark Stowe") not in pronouns(
        nlp, "Tom Raeburn welcomed the ruling. Mark Stowe, his deputy, was less pleased."
    )
    assert ("his", "Tom Raeburn") in pronouns(
        nlp, "Tom Raeburn welcomed the ruling, and his deputy Mark Stowe agreed."
    )


# -- number: "it" is no plural noun ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Farrow Mining posted a loss. Creditors want a seat on the board. It said debts would rise.",
        "Creditors met Palmyra Foods on Monday. They said it had misled them.",
        "Angry shareholders wrote to the board. It said the letter was unfair.",
    ],
)
def test_it_is_not_a_plural_group(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    resolved = {name for word, name in pronouns(nlp, text) if word.lower() == "it"}
    assert not any(name and name.lower() in {"creditors", "shareholders"} for name in resolved)


def test_it_still_refers_to_a_body_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    found = pronouns(nlp, "Tessar Holdings said it would cut 500 jobs. It said its profits fell.")
    assert found == [("it", "Tessar Holdings"), ("It", "Tessar Holdings"),
                     ("its", "Tessar Holdings")]  # fmt: skip


# -- a modifier: "the US court", "a French tribunal" -------------------------------------


@pytest.mark.parametrize(
    ("text", "not_it"),
    [
        ("Lormax Group has asked a US judge to hear its claim against Norland next year.",
         "United States"),
        ("Lormax Group asked a French tribunal to review its case.", "France"),
        ("Lormax Group asked the German appeals court to hear its case.", "Germany"),
    ],
)  # fmt: skip
def test_its_is_not_a_country_qualifying_another_noun(nlp, text: str, not_it: str) -> None:  # type: ignore[no-untyped-def]
    assert ("its", not_it) not in pronouns(nlp, text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The French government said it would veto the plan.", "France"),
        ("The Russian government said it would appeal. Its lawyers filed papers.", "Russia"),
        ("The British embassy in Cairo said it had closed its doors.", "United Kingdom"),
    ],
)
def test_a_country_s_own_voice_is_still_it(nlp, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert ("it", country) in pronouns(nlp, text)


# -- the pronoun of the clause above: "it said it" ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The board met US investor Carl Vesey on Friday. After the talks, the club said "
        "it would let Mr Vesey read the accounts. But it said it still rejected his offer.",
        "Fund manager Hugo Brandt said the club was weak. The banker said he would put in "
        "more cash once he had a seat on the board.",
        "The survey showed a fall in demand. It said it expected Kestrel Motors to suffer.",
    ],
)
def test_a_pronoun_under_an_unresolved_one_stays_unresolved(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = pronouns(nlp, text)
    assert found and all(name is None for word, name in found if word.lower() in {"it", "he"})


# -- "It" opening a sentence: what the sentence before was about -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Norland imposed new tariffs on Vestria. The report said growth would slow. It also "
        "called on Vestria to cut spending.",
        "Halvik Group bought a stake in Orsted Bank. The review said the deal was flawed. It "
        "urged regulators to act.",
        "Velcor Group has hired Pendle Capital too. After the failed bid, Ian Pole, "
        "chief executive of a rival exchange, may try again next year. It has always wanted "
        "to expand.",
    ],
)
def test_it_opening_a_sentence_about_something_else_stays_unresolved(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pronouns(nlp, text)[-1] == ("It", None)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Velcor Group posted a record loss. It said debts would rise.", "Velcor Group"),
        ("Tessar Holdings hired Orsted Bank as adviser. Its chief executive, Ian Pole, said the "
         "bid was fair. It expects the deal to close in May.", "Tessar Holdings"),
        ("Shares in Dunmore Foods fell sharply. It said it would fight the claim.",
         "Dunmore Foods"),
    ],
)  # fmt: skip
def test_it_opening_a_sentence_is_the_body_it_was_about(nlp, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert ("It", body) in pronouns(nlp, text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Velcor Group cut 500 jobs. The company said the cuts were needed. It added that "
         "profits would rise.", "Velcor Group"),
        ("Halvik Group posted a loss. The firm said sales fell. It expects a recovery in May.",
         "Halvik Group"),
    ],
)  # fmt: skip
def test_it_after_the_company_said_is_the_company_named_before(nlp, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert pronouns(nlp, text)[-1] == ("It", body)


def test_it_after_the_report_said_is_still_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Velcor Group cut 500 jobs. The report said the cuts were needed. It added that "
        "profits would rise."
    )
    assert pronouns(nlp, text)[-1] == ("It", None)


# -- "it" in a quote, "it" under a body's own clause -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Halvik Group said sales rose. "It suggests demand is strong," said analyst Ian Pole.',
         None),
        ('Velcor Group posted a profit. "It shows the plan works," said Ian Pole.', None),
        # negative: the body named in the sentence before the quote
        ('Velcor Group said "it will never sell the unit".', "Velcor Group"),
    ],
)  # fmt: skip
def test_it_opening_a_quote_is_what_the_speaker_speaks_of(
    nlp, text: str, expected: str | None
) -> None:  # type: ignore[no-untyped-def]
    assert pronouns(nlp, text)[0] == ("It" if expected is None else "it", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said land owned by Velcor Group would be seized. The government is seizing "
        "estates which it says are idle.",
        "The ministry is reviewing contracts which it says Velcor Group broke.",
        "The agency is fining firms such as Halvik Group, which it says broke the rules.",
    ],
)
def test_it_under_an_unnamed_state_body_is_that_body(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [name for word, name in pronouns(nlp, text) if word == "it"] == [None]


# -- who speaks: not a name quoted before, and the name of an apposition ---------------


@pytest.mark.parametrize(
    "text",
    [
        'Tom Raeburn reviewed the novel. "Mark Stowe is the best writer I know, but the plot is '
        'weak." The evidence is clear, according to the critic. "The history is sound," he said.',
        'Carla Venn attacked the plan. "Tom Raeburn has never understood the budget." The cuts '
        'would hurt schools. "It is a disgrace," she added.',
        'Tom Raeburn spoke to the press. "I spoke to Mark Stowe yesterday and he agreed." The '
        "talks went on. He said a deal was close.",
    ],
)
def test_a_name_quoted_before_is_not_who_says_it_now(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert last_speaker(facts_of(text)) <= {"Tom Raeburn", "Carla Venn"}
    assert last_speaker(facts_of(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Carla Venn said prices rose in May. The BBC's correspondent in Lisbon, Ana Moreno, "
         'told reporters that the vote was close. "It is tight," she said.', "Ana Moreno"),
        ("Tom Raeburn said sales fell. The newspaper's editor in Madrid, Carlos Vega, told staff "
         'the paper would close. "We had no choice," he said.', "Carlos Vega"),
        # negative: the apposition describes a place, not the subject
        ("Tom Raeburn said sales fell. Carlos Vega visited the capital of Spain, Madrid, on "
         'Monday. "We had no choice," he said.', "Carlos Vega"),
    ],
)  # fmt: skip
def test_a_name_in_apposition_to_the_subject_speaks(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert last_speaker(facts_of(text)) == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "Velcor Group makes small cars. The drivers' federation checked every model, and it says "
        "the cars are safe.",
        "Halvik Group sells insurance. The consumers' association has tested the policies, and "
        "it says they are poor value.",
        # (an indefinite firm is another, unnamed: "the company" would be Velcor Group)
        "Velcor Group makes small cars. A testing company checks every model, and it says the "
        "cars are safe.",
    ],
)
def test_it_under_an_unnamed_association_is_that_body(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [name for word, name in pronouns(nlp, text) if word == "it"] == [None]


# -- "X would cut jobs, it said": X is what is said, not who says it --------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The SEC said it had changed the rules. The Velcor Group, for one, was adopting "
         "stricter audit rules this year, it noted.", "SEC"),
        ("Halvik Group reported a loss. Velcor Group would gain market share, it said.",
         "Halvik Group"),
        ("Tom Raeburn spoke after the vote. Mark Stowe would stand down next year, he said.",
         "Tom Raeburn"),
        ("Halvik Group reported a loss. Velcor Group, it said, would gain market share.",
         "Halvik Group"),
        # negative: the one the story is about says it of itself
        ("Velcor Group reported a loss. Velcor Group would cut 500 jobs, it said.",
         "Velcor Group"),
    ],
)  # fmt: skip
def test_a_name_in_the_reported_clause_is_not_who_says_it(
    facts_of, text: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    assert last_speaker(facts_of(text)) == {speaker}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The survey came out in May. It urged Vestria to cut its spending.", "Vestria"),
        ("The report came out in May. It also called on Vestria to honour its pledges.",
         "Vestria"),
        ("The review came out in May. It asked Halvik Group to drop its claim.", "Halvik Group"),
    ],
)  # fmt: skip
def test_its_under_an_object_control_verb_is_the_object(nlp, text: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    assert ("its", owner) in pronouns(nlp, text)


# -- a name the model did not recognise is still the subject "it" goes back to -----------


@pytest.mark.parametrize(
    "text",
    [
        "Brimco signed a deal with Tessar Holdings last week. It expects the deal to add to "
        "profits.",
        "Last week Brimco signed a deal with Tessar Holdings. It expects the deal to add to "
        "profits.",
        "Brimco, a small maker of pumps, sold its stake to Halvik Group. It said the sale raised "
        "cash.",
        "On Monday Brimco appointed Calder Bank as its adviser.",
    ],
)
def test_it_after_an_unrecognised_subject_is_nobody_else(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # (a name told a firm by its kind, "Brimco, a small maker of pumps", is now a body,
    # and "it" is that body: never the other one)
    assert all(name in {None, "Brimco"} for _, name in pronouns(nlp, text))


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Velcor Group appointed Calder Bank as its adviser.", "Velcor Group"),
        ("Velcor Group beat Halvik Group with its new model.", "Velcor Group"),
        # negatives: the doer of the infinitive, and a relative clause of the subject
        ("Velcor Group asked Calder Bank to cut its fees.", "Calder Bank"),
        ("Chancellor Otto Brandt called on Brazil to use its influence over Bolivia.", "Brazil"),
    ],
)
def test_its_is_the_subject_of_its_clause(nlp, text: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    assert ("its", owner) in pronouns(nlp, text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Vestrian rebels attacked the town. The army said their attack failed.",
         "Vestrian rebels"),
        ("Vestrian rebels attacked the town on Monday. The army said their attack had failed.",
         "Vestrian rebels"),
        # negative: a collective noun alone is still "they"
        ("The army attacked the town on Monday. Their commanders said the attack had worked.",
         "army"),
    ],
)  # fmt: skip
def test_their_prefers_a_plural_noun_to_a_collective_one(nlp, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    found = [name for word, name in pronouns(nlp, text) if word.lower() == "their"]
    assert found and found[0] is not None and found[0].lower() == group.lower()


@pytest.mark.parametrize(
    "text",
    [
        # (a given name that tells no sex: "Mr" and "Mrs" Dunmore stay one person)
        "Tory leader Imre Dunmore spoke in Leeds. Mr Dunmore said taxes would fall. Mrs "
        "Dunmore has also appeared on TV. She said she teased her husband about his ties.",
        "Kiri Dorn arrived on Monday. Mr Dorn met the mayor. Later Mrs Dorn visited a "
        "school. She said the trip had been tiring.",
    ],
)
def test_a_person_called_both_mr_and_mrs_is_no_he_or_she(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(name is None for word, name in pronouns(nlp, text) if word.lower() in
               {"he", "she", "her"})  # fmt: skip


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # a given name of one sex: the honorific of the other names someone else
        ("Tory leader Michael Dunmore spoke in Leeds. Mr Dunmore said taxes would fall. Mrs "
         "Dunmore has also appeared on TV. She said she teased her husband.", "Mrs Dunmore"),
        ("Ken Vale arrived on Monday. Mr Vale met the mayor. Later Mrs Vale visited a school. "
         "She said the trip had been tiring.", "Mrs Vale"),
        ("Ana Holm spoke first. Ms Holm said the talks went well. Mr Holm arrived later. He "
         "said little.", "Mr Holm"),
    ],
)  # fmt: skip
def test_an_honorific_of_the_other_sex_is_another_person(nlp, text: str, meant: str) -> None:  # type: ignore[no-untyped-def]
    found = {name for word, name in pronouns(nlp, text) if word.lower() in {"he", "she"}}
    assert found == {meant}


def test_a_person_called_mr_only_is_still_he(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Ken Vale arrived on Monday. Mr Vale met the mayor. He said the trip had been tiring."
    assert last_speaker(facts_of(text)) == {"Ken Vale"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Lee said sales rose. Spokesman Tom Hale agreed. She said the firm was strong.",
         "Ann Lee"),
        ("Tom Hale said sales rose. Ann Lee, the firm's spokeswoman, agreed. He said the firm "
         "was strong.", "Tom Hale"),
        ("Ann Lee said sales rose. Tom Hale, the party's spokesman, agreed. She said the firm "
         "was strong.", "Ann Lee"),
        # a woman may be a "chairman": no sex from it (nor from a name borne by both)
        ("Ann Lee said sales rose. The firm's chairman, Jamie Hale, agreed. She said the firm "
         "was strong.", "Jamie Hale"),
    ],
)  # fmt: skip
def test_a_post_that_tells_the_holders_sex(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    last = max((e for e in facts.events), key=lambda e: e.evidence.start)
    assert [names[k] for k in last.actors("speaker")] == [speaker]


def test_a_machine_of_war_is_no_unnamed_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # "artillery" acts for a country ("Kenyan artillery shelled X"), but "she" is no gun
    text = "President Ana Lopes visited the base. The artillery fired at dawn and she watched."
    assert ("she", "Ana Lopes") in pronouns(nlp, text)
