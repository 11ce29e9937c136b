"""Contacts named by nouns, and who holds, joins or attends them: sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        ("Danish envoy Anna Ekberg hosted talks between Sweden and Finland in Oslo.",
         "Anna Ekberg", ("Sweden", "Finland")),
        ("Envoy Pia Rask chaired talks between Serbia and Kosovo in Brussels on Friday.",
         "Pia Rask", ("Serbia", "Kosovo")),
        ("Norway mediated talks between Colombia and Venezuela on Monday.",
         "Norway", ("Colombia", "Venezuela")),
        ("Qatar brokered talks between Chad and Sudan last week.", "Qatar", ("Chad", "Sudan")),
    ],
)  # fmt: skip
def test_hosted_talks_between_two_are_one_meeting_of_all(facts_of, text, host, sides) -> None:  # type: ignore[no-untyped-def]
    a, b = sides
    assert {pair(a, b), pair(host, a), pair(host, b)} <= met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway offered to host talks between Colombia and Venezuela.",
        "Norway agreed to mediate talks between Colombia and Venezuela.",
        "Norway will host talks between Colombia and Venezuela in May.",
        "Colombia and Venezuela agreed to talks on Monday.",
        "Colombia consented to talks with Venezuela.",
    ],
)
def test_talks_offered_or_planned_are_not_held(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("French Finance Minister Alain Petit, in Rome for talks with Italian Finance Minister "
         "Luca Rossi, said the euro was strong.", pair("Alain Petit", "Luca Rossi")),
        ("Envoy Mira Kosk, who is in Cairo for talks with Egyptian Foreign Minister Samir Fahmy, "
         "said the truce would hold.", pair("Mira Kosk", "Samir Fahmy")),
        ("Trade Minister Jan Holt, in Tokyo for consultations with Japanese Trade Minister Ken Ito, "
         "said exports were rising.", pair("Jan Holt", "Ken Ito")),
    ],
)  # fmt: skip
def test_someone_somewhere_for_talks_holds_them(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Envoy Mira Kosk, in Cairo, called for talks with Egyptian Foreign Minister Samir Fahmy.",
        "Envoy Mira Kosk, in Cairo, pressed for talks with Egyptian Foreign Minister Samir Fahmy.",
        "Envoy Mira Kosk asked for talks with Egyptian Foreign Minister Samir Fahmy.",
    ],
)
def test_asking_for_talks_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italian Foreign Minister Carla Marchetti joined Nigerian Foreign Minister Tunde Olayinka "
         "for talks in Rome.", pair("Carla Marchetti", "Tunde Olayinka")),
        ("Chancellor Otto Brandt joined Polish President Adam Nowak for dinner on Friday.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Envoy Mira Kosk joined Kenyan President Daniel Otieno for lunch in Nairobi.",
         pair("Mira Kosk", "Daniel Otieno")),
    ],
)  # fmt: skip
def test_joining_someone_for_talks(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Otto Brandt will join Polish President Adam Nowak for dinner on Friday.",
        "Chancellor Otto Brandt did not join Polish President Adam Nowak for talks.",
        "Chancellor Otto Brandt joined the talks on Friday.",
    ],
)
def test_joining_planned_negated_or_alone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting, attended by US Trade Representative Sam Wright and Japanese Trade Minister "
         "Ken Nakamura, lasted two hours.", pair("Sam Wright", "Ken Nakamura")),
        ("The talks, which were attended by Envoy Mira Kosk and Foreign Minister Samir Fahmy, "
         "ended on Monday.", pair("Mira Kosk", "Samir Fahmy")),
        ("A dinner attended by Chancellor Otto Brandt and President Adam Nowak ended the visit.",
         pair("Otto Brandt", "Adam Nowak")),
    ],
)  # fmt: skip
def test_people_named_as_attending_a_meeting_met(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The summit, attended by leaders from Chile, Peru and Bolivia, ended on Monday.",
        "The summit - which was likewise attended by ministers from Chile and Peru - ended.",
        "The conference was attended by Chancellor Otto Brandt.",
    ],
)
def test_delegations_at_a_summit_are_not_named_as_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid Minister Lars Olsen received a phone call from Haitian President Jean Baptiste on "
         "Monday.", pair("Lars Olsen", "Jean Baptiste")),
        ("Chancellor Otto Brandt took a telephone call from Polish President Adam Nowak.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Envoy Mira Kosk received a video call from Egyptian Foreign Minister Samir Fahmy.",
         pair("Mira Kosk", "Samir Fahmy")),
    ],
)  # fmt: skip
def test_a_call_received_from_someone(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "A call from Polish President Adam Nowak for Chancellor Otto Brandt to resign was rejected.",
        "Chancellor Otto Brandt rejected a call from Polish President Adam Nowak for a truce.",
        "Chancellor Otto Brandt received a letter from Polish President Adam Nowak.",
    ],
)
def test_an_appeal_or_a_letter_from_someone_is_no_call(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks on aid between Aid Minister Lars Olsen and Haitian President Jean Baptiste ended "
         "on Monday.", pair("Lars Olsen", "Jean Baptiste")),
        ("Talks over the border between Chile and Peru resumed on Monday.", pair("Chile", "Peru")),
        ("Negotiations about fishing between Iceland and Norway ended on Friday.",
         pair("Iceland", "Norway")),
    ],
)  # fmt: skip
def test_talks_on_a_topic_between_two(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


def test_talks_on_ties_with_a_third_are_not_with_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of("Japan and Korea held talks on ties with China."))
    assert pairs and not any("China" in p for p in pairs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Haitian President Jean Baptiste, at talks with Aid Minister Lars Olsen, asked for aid.",
         pair("Lars Olsen", "Jean Baptiste")),
        ("Envoy Mira Kosk, during talks with Egyptian Foreign Minister Samir Fahmy, raised the "
         "issue.", pair("Mira Kosk", "Samir Fahmy")),
        ("Envoy Mira Kosk, at a dinner with Kenyan President Daniel Otieno, praised the plan.",
         pair("Mira Kosk", "Daniel Otieno")),
    ],
)  # fmt: skip
def test_someone_at_talks_with_another(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Otto Brandt hosted a state banquet for Polish President Adam Nowak.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Chancellor Otto Brandt attended a banquet with Polish President Adam Nowak.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Chancellor Otto Brandt had an audience with Pope Pius on Monday.",
         pair("Otto Brandt", "Pope Pius")),
    ],
)  # fmt: skip
def test_banquets_and_audiences(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prince Albrecht and Lady Mira Holt hosted a dinner at the castle on Friday.", set()),
        ("Mr Dalton and Ms Ferris hosted a fundraising lunch in the town hall.", set()),
        ("Jordan and Egypt hosted a summit on Monday.", set()),
        # the same, passive: mediators or hosts of parties not named
        ("The talks were brokered by the African Union and Brazil.", set()),
        ("The ceasefire talks were mediated by Norway and Cuba last year.", set()),
        ("The summit was hosted by Jordan and Egypt.", set()),
        ("The talks were held by Norway and Cuba.", {pair("Cuba", "Norway")}),
        ("Talks between Chile and Peru were mediated by Norway and Cuba.",
         {pair("Chile", "Peru"), pair("Chile", "Norway"), pair("Chile", "Cuba"),
          pair("Norway", "Peru"), pair("Cuba", "Peru")}),
        ("Mr Dalton and Ms Ferris had dinner together in the town hall.",
         {pair("Dalton", "Ferris")}),
        ("Mr Dalton hosted a lunch for Ms Ferris in the town hall.", {pair("Dalton", "Ferris")}),
    ],
)  # fmt: skip
def test_co_hosts_of_a_meal_do_not_meet_each_other(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Otto Brandt spoke to an audience of students in Warsaw.",
        "Chancellor Otto Brandt told the audience that Poland was a friend.",
        "Chancellor Otto Brandt will host a banquet for Polish President Adam Nowak.",
    ],
)
def test_an_audience_spoken_to_or_a_banquet_to_come(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Otto Brandt assured Polish President Adam Nowak in a phone call that Berlin "
         "would help.", pair("Otto Brandt", "Adam Nowak")),
        ("Chancellor Otto Brandt urged Polish President Adam Nowak during a meeting on Monday to "
         "act.", pair("Otto Brandt", "Adam Nowak")),
        ("Envoy Mira Kosk congratulated Egyptian Foreign Minister Samir Fahmy in a telephone call "
         "on Friday.", pair("Mira Kosk", "Samir Fahmy")),
        ("Chancellor Otto Brandt told Polish President Adam Nowak at their meeting that Berlin "
         "would help.", pair("Otto Brandt", "Adam Nowak")),
    ],
)  # fmt: skip
def test_someone_addressed_at_a_meeting_or_in_a_call(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Otto Brandt criticised Iran during a meeting of the board in Vienna.",
        "Chancellor Otto Brandt praised Polish President Adam Nowak at the NATO summit.",
        "Chancellor Otto Brandt will thank Polish President Adam Nowak during their meeting.",
        "Chancellor Otto Brandt praised Polish President Adam Nowak in a speech.",
        # a verb about its object, not to it: the object may be far away
        "Chancellor Otto Brandt criticised Polish President Adam Nowak at the summit.",
        "Chancellor Otto Brandt blamed Polish President Adam Nowak during the talks.",
        "Chancellor Otto Brandt praised Polish President Adam Nowak at the conference.",
    ],
)
def test_addressed_elsewhere_or_at_a_meeting_of_others(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Otto Brandt held a videoconference with Polish President Adam Nowak.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Chile and Peru held a teleconference on Monday.", pair("Chile", "Peru")),
        ("A teleconference between Chile and Peru ended on Monday.", pair("Chile", "Peru")),
    ],
)  # fmt: skip
def test_video_and_telephone_conferences(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Otto Brandt will hold a videoconference with Polish President Adam Nowak.",
        "Chancellor Otto Brandt spoke at a videoconference.",
        "Chile proposed a teleconference with Peru.",
    ],
)
def test_conferences_planned_or_alone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Trade came up in the summit's first speeches by President Ana Ruiz and "
         "Foreign Minister Tomas Lind.", ("Ana Ruiz", "Tomas Lind")),
        ("The summit opened with speeches by Chancellor Ivo Marsh and Prime Minister "
         "Lena Vale.", ("Ivo Marsh", "Lena Vale")),
        ("The talks ended with statements by President Ana Ruiz and Chancellor Ivo Marsh.",
         ("Ana Ruiz", "Ivo Marsh")),
        ("The speeches at the summit by Chancellor Ivo Marsh and President Ana Ruiz were "
         "short.", ("Ivo Marsh", "Ana Ruiz")),
    ],
)  # fmt: skip
def test_people_who_spoke_at_one_meeting_met(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The summit's opening speech by Chancellor Ivo Marsh was short.",  # one speaker
        "The talks ended with a statement by the two delegations.",  # nobody named
        "The remarks by President Ana Ruiz and Chancellor Ivo Marsh angered voters.",  # no meeting
        "Remarks about the summit by President Ana Ruiz and Chancellor Ivo Marsh "
        "differed.",  # about a meeting, not at it
    ],
)
def test_speeches_name_no_meeting_unless_two_speak_at_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The talks held in Doha between Chad and Niger failed.", ("Chad", "Niger")),
        ("Talks convened in Geneva between Serbia and Kosovo ended on Friday.",
         ("Serbia", "Kosovo")),
        ("The meeting arranged last month between Peter Holm and Maria Berg went well.",
         ("Peter Holm", "Maria Berg")),
    ],
)  # fmt: skip
def test_the_sides_of_talks_named_after_their_participle(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


def test_talks_returned_to_were_held(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert pair("Colombia", "Venezuela") in met_pairs(
        facts_of("Colombia and Venezuela returned to talks on Monday.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "A possible meeting between Emil Sauer and Adam Zielinski was discussed.",
        "The proposed talks between Peru and Chile worried investors.",
        "Officials described the planned summit between Peru and Chile.",
        "An upcoming meeting between Emil Sauer and Adam Zielinski dominated the news.",
        "There was no meeting between Emil Sauer and Adam Zielinski.",
        "There were no talks between Peru and Chile last year.",
        "Peru held no talks with Chile.",
        "No meeting between Peru and Chile took place.",
        # a visit put off or called off
        "Emil Sauer postponed his visit to Chile.",
        "Emil Sauer cancelled a planned trip to Peru.",
        "Adam Zielinski delayed his trip to Peru by a week.",
    ],
)
def test_a_meeting_noun_that_is_possible_or_denied_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts, factual_only=False)  # the meeting is kept
    assert met_pairs(facts) == set()  # but not as a fact


@pytest.mark.parametrize(
    "text",
    [
        "The planned talks between Peru and Chile began on Monday.",
        "The long-awaited meeting between Peru and Chile took place on Monday.",
        "Peru and Chile held talks with no preconditions.",
    ],
)
def test_a_meeting_noun_held_after_all_is_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Peru", "Chile") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        ("Talks mediated by Norway between Colombia and Venezuela ended on Friday.",
         "Norway", ("Colombia", "Venezuela")),
        ("The talks between Colombia and Venezuela, mediated by Norway, ended on Friday.",
         "Norway", ("Colombia", "Venezuela")),
        ("Mediated by Kuwait, talks between Chad and Sudan resumed on Monday.",
         "Kuwait", ("Chad", "Sudan")),
        ("Talks between Chad and Sudan, brokered by Qatar, resumed.", "Qatar", ("Chad", "Sudan")),
        ("Talks hosted by Oman between Iran and Peru ended in Muscat.", "Oman", ("Iran", "Peru")),
    ],
)  # fmt: skip
def test_who_mediates_talks_told_by_a_participle_meets_both_sides(
    facts_of, text: str, host: str, sides: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert {pair(*sides), pair(host, sides[0]), pair(host, sides[1])} <= pairs


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Chad and Sudan, delayed by the rain, resumed on Monday.",
        "Talks between Chad and Sudan, backed by Qatar, resumed on Monday.",
        "Praised by Qatar, talks between Chad and Sudan resumed on Monday.",
    ],
)
def test_a_participle_that_mediates_nothing_adds_no_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {pair("Chad", "Sudan")}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Emil Sauer cut short his visit to Chile.", ("Emil Sauer", "Chile")),
        ("Emil Sauer cut short his meeting with Adam Zielinski.", ("Emil Sauer", "Adam Zielinski")),
    ],
)
def test_a_visit_or_meeting_cut_short_took_place(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "partner", "elsewhere"),
    [
        ("After his call with Ivo Brandt, Tomas Lind flew to Lisbon.", "Ivo Brandt", "Portugal"),
        ("Before her talks with Ivo Brandt, Ana Ruiz wrote to Tomas Lind.", "Ivo Brandt",
         "Tomas Lind"),
        ("Following the meeting with Ivo Brandt, Ana Ruiz travelled to Chile.", "Ivo Brandt",
         "Chile"),
    ],
)  # fmt: skip
def test_what_the_verb_after_a_meeting_names_is_no_partner_of_it(  # type: ignore[no-untyped-def]
    facts_of, text: str, partner: str, elsewhere: str
) -> None:
    """The call was with Brandt; the flight to Lisbon is another event."""
    found = met_pairs(facts_of(text), factual_only=False)
    subject = "Tomas Lind" if "Tomas Lind flew" in text else "Ana Ruiz"
    assert pair(subject, partner) in found
    assert pair(subject, elsewhere) not in found


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("China convened talks between Chile and Peru in March.", "China"),
        ("EU-brokered talks between Chile and Peru resumed on Monday.", "European Union"),
        ("Norwegian-mediated talks between Chile and Peru ended on Friday.", "Norway"),
        ("Talks between Chile and Peru, facilitated by Brazil, ended in Lima.", "Brazil"),
    ],
)
def test_who_convenes_or_brokers_talks_meets_both_sides(facts_of, text, host) -> None:  # type: ignore[no-untyped-def]
    got = met_pairs(facts_of(text))
    assert {pair(host, "Chile"), pair(host, "Peru"), pair("Chile", "Peru")} <= got, got


def test_talks_brokered_by_no_one_named_have_no_host(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = met_pairs(facts_of("Newly brokered talks between Chile and Peru resumed on Monday."))
    assert got == {pair("Chile", "Peru")}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Chile's president defended the outcome of his meeting with Peruvian officials.",
         ("Chile", "Peru")),
        ("The Danish prime minister praised her talks with Chinese leaders in Beijing.",
         ("Denmark", "China")),
        ("Norway's ambassador said his meeting with the Iranian foreign minister was cordial.",
         ("Norway", "Iran")),
        ("The UN envoy described her talks with Sudanese army leaders as positive.",
         ("United Nations", "Sudan")),
    ],
)  # fmt: skip
def test_his_or_her_meeting_after_an_unnamed_post_holder_is_the_posts(
    facts_of, text: str, sides: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman said his meeting with Chinese officials went well.",  # whose, unsaid
        "Chile's president said his wife's meeting with Peruvian officials went well.",
        "Chile's president said his meeting with Peruvian officials would take place in May.",
        "Chile's president denied that his meeting with Peruvian officials had taken place.",
    ],
)
def test_his_meeting_that_is_anothers_or_not_held_is_no_contact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Chile", "Peru") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chinese President Lu Wenbo gave a banquet in honour of Kenyan President Amos Kiprono.",
        "A banquet was held in honour of Kenyan President Amos Kiprono by President Lu Wenbo.",
        "President Lu Wenbo attended a dinner in honor of Kenyan President Amos Kiprono.",
        "President Lu Wenbo hosted a luncheon for Kenyan President Amos Kiprono.",
    ],
)
def test_a_meal_in_honour_of_a_guest(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {pair("Lu Wenbo", "Amos Kiprono")}


@pytest.mark.parametrize(
    "text",
    [
        "President Lu Wenbo held a banquet in honour of the anniversary.",
        "A dinner in honour of Kenyan President Amos Kiprono was cancelled.",
        "President Lu Wenbo made a speech in honour of Kenyan President Amos Kiprono.",
        "The charity held a luncheon to raise money for Kenyan schools.",
    ],
)
def test_no_meal_shared_with_a_guest(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


def test_a_meal_promised_in_honour_of_a_guest_is_planned(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "President Lu Wenbo will host a banquet in honour of Kenyan President Amos Kiprono."
    facts = facts_of(text)
    assert met_pairs(facts) == set()
    assert met_pairs(facts, factual_only=False) == {pair("Lu Wenbo", "Amos Kiprono")}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a two-word country after the hyphen ("North Korean"): the name before it is a party
        ("U.S.-North Korean talks resumed in Geneva on Monday.", "United States", "North Korea"),
        ("US-North Korean talks ended without agreement.", "United States", "North Korea"),
        ("The U.S.-Soviet summit ended in deadlock.", "United States", "Soviet Union"),
        ("The Serbia-Kosovo dialogue resumed in Brussels.", "Serbia", "Kosovo"),
    ],
)
def test_hyphened_parties_of_talks(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The North Korean talks resumed in Geneva.",
        "U.S.-North Korean relations improved last year.",
    ],
)
def test_one_country_or_relations_are_no_hyphened_talks(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Premier Ravi Kohli held a bilateral with Danish Prime Minister Mette Lund in Hamburg.",
        "Ravi Kohli also had bilaterals with Mette Lund and the leaders of Chile and Peru.",
        "Ravi Kohli had a brief tete-a-tete with Danish Prime Minister Mette Lund.",
        "Ravi Kohli and Mette Lund had a tête-à-tête in the garden.",
    ],
)
def test_a_bilateral_or_a_tete_a_tete_is_a_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "held a bilateral with X" (the tagger leaves the word an adjective) and a
    "tete-a-tete" (one word, kept whole by the tokenizer) are meetings."""
    assert pair("Ravi Kohli", "Mette Lund") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ravi Kohli held a bilateral meeting with Mette Lund in Hamburg.",
        "Ravi Kohli sought a tete-a-tete with Mette Lund, but she declined.",
    ],
)
def test_a_bilateral_meeting_is_one_and_a_sought_tete_a_tete_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "a bilateral meeting" is one meeting (the word describes it); one sought and
    declined is none."""
    held = [e for e in facts_of(text).events if e.kind.value == "Meeting" and e.factual]
    assert len(held) == (1 if "meeting" in text else 0)


def test_a_summit_between_two_surnames_met_by_their_full_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "the summit between Dorsey and Gorin", named in full before: the two met."""
    text = (
        "President Ronald Dorsey spoke to reporters on Monday. Soviet leader Mikhail Gorin"
        " arrived on Friday. The summit between Dorsey and Gorin ended on Sunday."
    )
    assert pair("Ronald Dorsey", "Mikhail Gorin") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides", "judge"),
    [
        ("Envoy Rami Saad's talks with Hamas leaders in Cairo were described by Egyptian "
         "officials as constructive.", ("Rami Saad", "Hamas"), "Egypt"),
        ("The meeting between Vera Lund and Jan Ostrik was welcomed by the United States.",
         ("Vera Lund", "Jan Ostrik"), "United States"),
        ("Talks between Sudan and Chad were praised by the African Union as a step forward.",
         ("Sudan", "Chad"), "African Union"),
        ("The meeting of Peruvian and Ecuadorian ministers was characterised by Brazilian "
         "officials as cordial.", ("Peru", "Ecuador"), "Brazil"),
    ],
)  # fmt: skip
def test_who_judges_talks_in_the_passive_is_no_party(facts_of, text, sides, judge) -> None:  # type: ignore[no-untyped-def]
    met = met_pairs(facts_of(text))
    assert pair(*sides) in met
    assert not any(judge in p for p in met)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Talks with Hamas were hosted by Egypt.", ("Egypt", "Hamas")),
        ("The meeting with Ana Ruiz was held by Ivo Marsh in Geneva.", ("Ivo Marsh", "Ana Ruiz")),
        ("The talks were attended by Sudan and Chad.", ("Sudan", "Chad")),
    ],
)
def test_who_holds_or_attends_talks_in_the_passive_is_a_party(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "host", "guests"),
    [
        ("At a dinner hosted by Italian Prime Minister Marco Bellini, the Israeli and "
         "Jordanian leaders shook hands.", "Marco Bellini", ("Israel", "Jordan")),
        ("At a lunch hosted by Foreign Minister Hanna Lind, Ivo Marsh and Tomas Brenn spoke "
         "for an hour.", "Hanna Lind", ("Ivo Marsh", "Tomas Brenn")),
        ("At talks hosted by Norway, the Sri Lankan government and the Tamil Tigers agreed to "
         "extend the truce.", "Norway", ("Sri Lanka", "Tamil Tigers")),
        ("During a meeting chaired by Qatar in Doha, Afghan government negotiators and Taliban "
         "representatives exchanged prisoner lists.", "Qatar", ("Afghanistan", "Taliban")),
        ("Israel and Jordan met at a dinner hosted by the United States.", "United States",
         ("Israel", "Jordan")),
    ],
)  # fmt: skip
def test_a_gatherings_host_meets_its_guests(facts_of, text, host, guests) -> None:  # type: ignore[no-untyped-def]
    a, b = guests
    assert {pair(a, b), pair(host, a), pair(host, b)} <= met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "At a dinner to be hosted by the Queen next week, Ivo Marsh and Ana Ruiz will meet.",
        "Israel and Jordan refused to attend a dinner hosted by the United States.",
        "At a dinner in Rome, Israel and Jordan shook hands.",
    ],
)
def test_no_host_from_a_planned_or_unhosted_gathering(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any("United States" in p or "Queen" in p for p in met_pairs(facts_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The visit by Spanish Foreign Minister Ines Mora to Peru included talks with President "
        "Pablo Quispe.",
        "The trip by Ines Mora to Lima included talks with Pablo Quispe on trade.",
        "A visit by Ines Mora to Peru included a meeting with President Pablo Quispe.",
    ],
)
def test_a_visit_by_someone_passes_the_visitor_to_its_talks(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Ines Mora", "Pablo Quispe") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The visit of Prime Minister Karin Dahl to Japan included a meeting with Emperor "
        "Hiroshi Sato.",
        "The two-day trip of Karin Dahl to Tokyo included talks with Hiroshi Sato on trade.",
        "The state visit of Karin Dahl to Japan included a lunch with Emperor Hiroshi Sato.",
    ],
)
def test_a_visit_of_someone_passes_the_visitor_to_its_talks(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Karin Dahl", "Hiroshi Sato") in met_pairs(facts_of(text))


def test_a_meeting_of_some_does_not_own_the_talks_it_includes(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The meeting of Karin Dahl's cabinet included talks with Hiroshi Sato."
    assert pair("Karin Dahl", "Hiroshi Sato") not in met_pairs(facts_of(text))


def test_talks_a_visit_by_someone_will_include_are_planned(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The visit by Ines Mora to Peru will include talks with President Pablo Quispe."
    assert pair("Ines Mora", "Pablo Quispe") not in met_pairs(facts_of(text))
    assert pair("Ines Mora", "Pablo Quispe") in met_pairs(facts_of(text), factual_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "Latvian and Estonian border commissions met in Riga on Tuesday.",
        "The Latvian delegation was received by its Estonian hosts in Tallinn.",
        "Estonian hosts received the Latvian delegation in Tallinn.",
    ],
)
def test_a_countrys_commissions_and_hosts_act_for_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Latvia", "Estonia") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Peru walked out of the talks with Chile in Lima.",
        "Talks between Peru and Chile were interrupted by the storm.",
    ],
)
def test_talks_stopped_under_way_were_held(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Peru", "Chile") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Peru suspended the planned talks with Chile.",
        "Peru suspended next week's talks with Chile.",
        "Peru suspended the talks with Chile that were due to open in May.",
        "Peru called off its talks with Chile.",
        "Peru cancelled the talks with Chile.",
    ],
)
def test_talks_stopped_before_they_began_were_not_held(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Peru", "Chile") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Peru-Chile foreign secretary talks ended in Lima on Friday.",
        "Peru-Chile vice ministerial talks were held in Lima on Monday.",
        "The Peru-Chile deputy foreign minister talks opened in Lima.",
    ],
)
def test_a_dashed_pair_two_words_before_talks_met(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Peru", "Chile") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Peru-Chile defence minister talks will be held in Lima next month.",
        "The Peru-Chile foreign secretary row deepened on Friday.",
    ],
)
def test_a_dashed_pair_before_planned_talks_or_a_row_did_not_meet(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Peru", "Chile") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Talks mediated by Kenya and Ethiopia between Sudan and South Sudan resumed in Nairobi.",
        "Kenya and Ethiopia mediated talks between Sudan and South Sudan on Sunday.",
        "The talks between Sudan and South Sudan, brokered by Kenya and Ethiopia, ended on Monday.",
        "The talks, co-mediated by Kenya and Ethiopia, brought Sudan and South Sudan together.",
    ],
)
def test_co_mediators_of_talks_are_not_told_to_meet_each_other(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert pair("Sudan", "South Sudan") in pairs
    assert pair("Kenya", "Ethiopia") not in pairs
    assert {pair("Kenya", "Sudan"), pair("Ethiopia", "South Sudan")} <= pairs


def test_co_mediators_who_are_people_each_host_the_sides(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Envoys Ana Ruiz and Lars Holt mediated talks between Omar Sadiq and Tarik Hassan."
    pairs = met_pairs(facts_of(text))
    assert pair("Omar Sadiq", "Tarik Hassan") in pairs
    assert pair("Ana Ruiz", "Lars Holt") not in pairs


def test_co_mediators_of_talks_with_one_side_named_are_not_paired(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of("Sudan met South Sudan in talks brokered by Kenya and Ethiopia."))
    assert pair("Sudan", "South Sudan") in pairs
    assert pair("Kenya", "Ethiopia") not in pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An encounter between Prime Minister Anna Berg and President Luis Ortega took place "
            "in Lima.",
            ("Anna Berg", "Luis Ortega"),
        ),
        (
            "Prime Minister Ivo Dancev had several encounters with President Mira Kostic.",
            ("Ivo Dancev", "Mira Kostic"),
        ),
    ],
)
def test_an_encounter_is_a_meeting(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in met_pairs(facts_of(text))


def test_an_encounter_never_had_is_none(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Prime Minister Ivo Dancev never had an encounter with President Mira Kostic.")
    assert pair("Ivo Dancev", "Mira Kostic") not in met_pairs(facts)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The visit began with a handshake between Ana Soto and Li Wen at the airport.",
         "Ana Soto", "Li Wen"),
        ("The summit opened with a handshake between the French and German leaders.",
         "France", "Germany"),
        ("Ana Soto exchanged a handshake with Li Wen on Monday.", "Ana Soto", "Li Wen"),
        ("Ana Soto and Li Wen exchanged handshakes before the talks.", "Ana Soto", "Li Wen"),
    ],
)  # fmt: skip
def test_a_handshake_is_a_meeting(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ana Soto refused a handshake with Li Wen.",
        "A handshake between Ana Soto and Li Wen is unlikely before the vote.",
    ],
)
def test_a_refused_or_unlikely_handshake_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Ana Soto", "Li Wen") not in met_pairs(facts_of(text))


def test_talks_with_an_unnamed_side_pair_no_subjects(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Renault, Fiat and Volvo spent much of the year in tough talks with unions over pay."
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Peru aborted its talks with Chile.",
        "Peru axed the talks with Chile.",
        "Emil Sauer aborted his visit to Chile.",
        "Emil Sauer's trip to Chile was aborted after a storm.",
        "Peru ditched its talks with Chile.",
    ],
)
def test_a_meeting_or_visit_aborted_or_axed_did_not_take_place(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts, factual_only=False)  # the meeting is kept
    assert met_pairs(facts) == set()  # but not as a fact


@pytest.mark.parametrize(
    "text",
    [
        "Hopes of a meeting between Peru and Chile faded on Tuesday.",
        "Hopes of talks between Peru and Chile rose in Lima.",
        "Hopes of a summit between Peru and Chile dimmed after the vote.",
    ],
)
def test_a_meeting_hoped_for_did_not_take_place(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Peru", "Chile") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ambassador Sofia Marin was granted an audience by King Otto Brem on Friday.",
         pair("Sofia Marin", "Otto Brem")),
        ("Ambassador Sofia Marin was given an audience by King Otto Brem on Friday.",
         pair("Sofia Marin", "Otto Brem")),
        ("Minister Ana Sousa was granted an audience by President Marta Cruz in Lisbon.",
         pair("Ana Sousa", "Marta Cruz")),
    ],
)  # fmt: skip
def test_an_audience_granted_in_the_passive(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peter Lind and Elena Varga held a video conference on Sunday.",
         pair("Peter Lind", "Elena Varga")),
        ("Minister Ana Sousa held a video conference with Minister Marta Cruz.",
         pair("Ana Sousa", "Marta Cruz")),
        ("President Omar Diallo and President Yusuf Bello held a phone conference on Friday.",
         pair("Omar Diallo", "Yusuf Bello")),
    ],
)  # fmt: skip
def test_a_conference_at_a_distance_is_held_together(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ana Sousa and Minister Marta Cruz held a press conference on Sunday.",
        "Minister Ana Sousa told a news conference that Minister Marta Cruz had lied.",
        "Minister Ana Sousa will hold a video conference with Minister Marta Cruz next week.",
    ],
)
def test_no_conference_together(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Senator Rosa Imbert and Premier Jan Kowal engaged in a long discussion on tariffs.",
         ("Rosa Imbert", "Jan Kowal")),
        ("President Tove Lind held a long discussion with Prime Minister Arjun Pal.",
         ("Tove Lind", "Arjun Pal")),
        ("President Tove Lind and Prime Minister Arjun Pal had a frank discussion on security.",
         ("Tove Lind", "Arjun Pal")),
    ],
)  # fmt: skip
def test_a_discussion_held_together_is_a_meeting(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Rosa Imbert and Premier Jan Kowal called for a discussion on trade.",
        "Senator Rosa Imbert and Premier Jan Kowal may hold a discussion next month.",
        "President Tove Lind refused to hold a discussion with Prime Minister Arjun Pal.",
        "Senator Rosa Imbert clashed with Premier Jan Kowal in a televised debate.",
    ],
)
def test_a_discussion_asked_for_planned_or_refused_or_a_debate_is_no_meeting(
    facts_of, text: str
) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert (
        pair("Rosa Imbert", "Jan Kowal") not in pairs
        and pair("Tove Lind", "Arjun Pal") not in pairs
    )
