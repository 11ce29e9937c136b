"""Meetings, calls, visits and negotiations: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind, Modality
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A met (with) B
        (
            "Foreign Minister Lena Marsh met Chancellor Otto Brandt in Oslo on Monday.",
            {pair("Lena Marsh", "Otto Brandt")},
        ),
        (
            "Defence Minister Paulo Reis met with his Chilean counterpart on Friday.",
            {pair("Paulo Reis", "Chile")},
        ),
        # A and B met
        (
            "Prime Minister Ana Silva and President Tomas Vrba met in Prague.",
            {pair("Ana Silva", "Tomas Vrba")},
        ),
        (
            "Poland, Hungary and Austria met on Tuesday.",
            {pair("Poland", "Hungary"), pair("Poland", "Austria"), pair("Hungary", "Austria")},
        ),
        # held talks / meetings with
        (
            "Envoy Mira Kosk held talks with Finnish Foreign Minister Aki Laine in Helsinki.",
            {pair("Mira Kosk", "Aki Laine")},
        ),
        # separate meetings with a list: one meeting each, not among the list
        (
            "Kosk held separate meetings with Japanese envoy Ren Sato, Canadian envoy Jane Hull "
            "and diplomats from Brazil and Peru.",
            {
                pair("Mira Kosk", "Ren Sato"),
                pair("Mira Kosk", "Jane Hull"),
                pair("Mira Kosk", "Brazil"),
                pair("Mira Kosk", "Peru"),
            },
        ),
        # talks between A and B
        (
            "Talks between Serbia and Kosovo resumed in Brussels on Thursday.",
            {pair("Serbia", "Kosovo")},
        ),
        # hosted / received, and the passive
        (
            "President Lia Moreno hosted King Harald of Norway at the palace.",
            {pair("Lia Moreno", "King Harald")},  # a royal keeps the title with the given name
        ),
        (
            "The Swedish minister was received by President Lia Moreno in Quito.",
            {pair("Lia Moreno", "Sweden")},
        ),
        # visited a country
        ("Chancellor Otto Brandt visited Kenya last week.", {pair("Otto Brandt", "Kenya")}),
        # phone calls
        (
            "In a phone call with Turkish President Emre Kaya on Sunday, Prime Minister Ana Silva "
            "said the crisis was over.",
            {pair("Ana Silva", "Emre Kaya")},
        ),
        (
            "Marsh spoke by phone to Irish Prime Minister Sean Daly.",
            {pair("Lena Marsh", "Sean Daly")},
        ),
        # negotiations, multilateral
        (
            "Delegates from Peru and the four remaining signatories -- Chile, Bolivia, Ecuador and "
            "Colombia -- have been holding negotiations in Quito.",
            {pair("Peru", c) for c in ("Chile", "Bolivia", "Ecuador", "Colombia")}
            | {
                pair(a, b)
                for a in ("Chile", "Bolivia", "Ecuador", "Colombia")
                for b in ("Chile", "Bolivia", "Ecuador", "Colombia")
                if a < b
            },
        ),
        (
            "Consultations continue between Cuba and the European Union.",
            {pair("Cuba", "European Union")},
        ),
        (
            "Negotiator Omar Haddad negotiated with the IMF for a week.",
            {pair("Omar Haddad", "International Monetary Fund")},
        ),
    ],
)
def test_meeting_constructions(facts_of, text: str, expected: set[frozenset[str]]) -> None:  # type: ignore[no-untyped-def]
    context = "Foreign Minister Lena Marsh and envoy Mira Kosk spoke on Monday. "
    got = met_pairs(facts_of(context + text))
    assert expected <= got
    extra = got - expected - met_pairs(facts_of(context))
    assert not extra, f"unexpected pairs {extra}"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Lena Marsh did not meet Chancellor Otto Brandt.",
        "Foreign Minister Lena Marsh never met Chancellor Otto Brandt.",
        "Foreign Minister Lena Marsh will meet Chancellor Otto Brandt next week.",
        "Foreign Minister Lena Marsh is expected to meet Chancellor Otto Brandt on Monday.",
        "Foreign Minister Lena Marsh plans to visit Kenya in May.",
        "If the talks fail, Foreign Minister Lena Marsh would meet Chancellor Otto Brandt.",
        "Will Foreign Minister Lena Marsh meet Chancellor Otto Brandt?",
        "There are no plans for Foreign Minister Lena Marsh to meet Chancellor Otto Brandt.",
    ],
)
def test_not_facts_are_kept_but_not_asserted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts) == set()
    assert met_pairs(facts, factual_only=False), "the non-factual meeting is kept, marked"


def test_reported_meeting_keeps_its_claimant(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Spokesman Ivo Petrov said Foreign Minister Lena Marsh met Chancellor Otto Brandt."
    )
    [event] = [e for e in facts.events if e.kind is EventKind.MEETING]
    assert event.factual
    assert event.claimed_by == "person/ivo-petrov"


def test_kind_is_kept(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Foreign Minister Lena Marsh spoke by phone with Chancellor Otto Brandt. "
        "Chancellor Otto Brandt visited Kenya. "
        "Envoys of Chile and Peru negotiated with Bolivia."
    )
    kinds = {e.kind for e in facts.events}
    assert {EventKind.PHONE_CALL, EventKind.VISIT, EventKind.NEGOTIATION} <= kinds


def test_place_and_date_are_kept(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Foreign Minister Lena Marsh met Chancellor Otto Brandt in Oslo on Monday.")
    [event] = [e for e in facts.events if e.kind is EventKind.MEETING]
    assert event.place == "Oslo"
    assert event.date_text == "Monday"


def test_one_multilateral_event_holds_every_party(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Poland, Hungary and Austria held talks in Vienna.")
    contacts = [e for e in facts.events if e.kind is EventKind.MEETING]
    assert len(contacts) == 1
    assert set(contacts[0].actors()) == {"country/POL", "country/HUN", "country/AUT"}


def test_the_two_leaders_refers_back(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Chancellor Otto Brandt and his Irish counterpart Sean Daly spoke on Monday. "
        "The two leaders met in Dublin on Tuesday."
    )
    assert frozenset({"Otto Brandt", "Sean Daly"}) in met_pairs(facts)


def test_arriving_in_a_capital_is_a_visit_to_its_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chancellor Otto Brandt arrived in Nairobi on Monday.")
    visits = [e for e in facts.events if e.kind is EventKind.VISIT]
    assert [(e.actors("visitor"), e.actors("host")) for e in visits] == [
        (("person/otto-brandt",), ("country/KEN",))
    ]


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        # anyone named comes as a visitor when the journey is for a visit or talks
        (
            "Zhao Lin arrived in Canberra on Thursday for a three-day visit.",
            "person/zhao-lin",
            "country/AUS",
        ),
        ("Ana Ruiz arrived in Kenya on a state visit.", "person/ana-ruiz", "country/KEN"),
        # landing is arriving
        ("Vice-Premier Zhao Lin landed in Canberra on Thursday.", "person/zhao-lin", "country/AUS"),
    ],
)
def test_arriving_for_a_visit(facts_of, text: str, visitor: str, host: str) -> None:  # type: ignore[no-untyped-def]
    visits = [e for e in facts_of(text).events if e.kind is EventKind.VISIT]
    assert [(e.actors("visitor"), e.actors("host")) for e in visits] == [((visitor,), (host,))]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Okoro arrived in Norway for the championships.",  # no title, no visit
        "Tom Reyes landed in Spain on Monday.",
        "Ana Ruiz arrived in Madrid for a concert tour.",
        "The plane landed in Cairo after a delay.",
        # weapons and forces go on no visit
        "Russian missiles landed in Poland.",
        "Russian jets arrived in Syria in September.",
        "Israeli drones flew to Lebanon on Monday.",
        "US troops arrived in Poland on Monday.",
    ],
)
def test_arriving_on_no_visit(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in facts_of(text).events if e.kind is EventKind.VISIT]


def test_supported_talks_did_not_happen(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chancellor Otto Brandt supported direct talks between Serbia and Kosovo.")
    assert met_pairs(facts) == set()
    assert frozenset({"Serbia", "Kosovo"}) in met_pairs(facts, factual_only=False)


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "Chancellor Otto Brandt's visit to Japan ended on Friday.",
            "person/otto-brandt",
            "country/JPN",
        ),
        (
            "During a trip to Kenya, Chancellor Otto Brandt said the aid would rise.",
            "person/otto-brandt",
            "country/KEN",
        ),
    ],
)
def test_visit_nouns(facts_of, text: str, visitor: str, host: str) -> None:  # type: ignore[no-untyped-def]
    visits = [e for e in facts_of(text).events if e.kind is EventKind.VISIT]
    assert [(e.actors("visitor"), e.actors("host")) for e in visits] == [((visitor,), (host,))]


def test_days_of_talks(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chilean and Peruvian officials ended three days of talks on fishing rights.")
    assert met_pairs(facts) == {pair("Chile", "Peru")}


def test_talks_that_collapsed_still_took_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Talks between Sudan's army and the rebels collapsed on Tuesday.")
    assert {frozenset(p) for p in met_pairs(facts)} == {frozenset({"Sudan", "rebels"})}


@pytest.mark.parametrize(
    "text",
    [
        # hearsay adverbs: the writer does not vouch for the meeting
        "Foreign Minister Lena Marsh allegedly met Chancellor Otto Brandt in secret.",
        "Foreign Minister Lena Marsh reportedly met Chancellor Otto Brandt in Geneva.",
        # the meeting is only due or scheduled
        "The meeting between Foreign Minister Lena Marsh and Chancellor Otto Brandt is due "
        "on Friday.",
        # present simple with a day ahead announces
        "Foreign Minister Lena Marsh meets Chancellor Otto Brandt on Thursday.",
        # a denied report
        "Spokesman Ivo Petrov did not say that Foreign Minister Lena Marsh met Chancellor "
        "Otto Brandt.",
    ],
)
def test_hearsay_and_schedules_are_not_asserted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert frozenset({"Lena Marsh", "Otto Brandt"}) not in met_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Lena Marsh was never present at meetings with Chancellor Otto Brandt.",
        "Foreign Minister Lena Marsh spoke about working with Chancellor Otto Brandt.",
        "Foreign Minister Lena Marsh talked of meeting Chancellor Otto Brandt.",
    ],
)
def test_absent_or_talked_about_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Lena Marsh", "Otto Brandt"}) not in met_pairs(facts_of(text))


def test_discussed_with_across_a_purpose_clause(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Foreign Minister Lena Marsh said she had discussed ways to end the strike and "
        "reopen the port with Chancellor Otto Brandt."
    )
    assert frozenset({"Lena Marsh", "Otto Brandt"}) in met_pairs(facts)


def test_a_listed_side_meets_the_other_side_only(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The deals were sealed after talks in Nairobi between Gulf producers and Asia's "
        "biggest buyers - China, India and Japan."
    )
    got = met_pairs(facts)
    assert frozenset({"Gulf producers", "China"}) in got
    assert frozenset({"China", "India"}) not in got


def test_signers_during_a_meeting_of_others_did_not_meet_them(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Kenya and Uganda signed a memorandum on Thursday during a meeting between Foreign "
        "Minister Lena Marsh and Chancellor Otto Brandt."
    )
    got = met_pairs(facts)
    assert frozenset({"Lena Marsh", "Otto Brandt"}) in got
    assert not any("Kenya" in p for p in got)


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to the House Farm Committee, Foreign Minister Lena Marsh urged calm.",
        "Foreign Minister Lena Marsh told the Pacific Trade Forum summit that talks would go on.",
        "Foreign Minister Lena Marsh spoke to the Senate Foreign Relations Committee on Monday.",
    ],
)
def test_addressing_a_committee_or_summit_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


def test_co_subjects_who_met_someone_unnamed_did_not_meet_each_other(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Foreign Minister Lena Marsh and Chancellor Otto Brandt met fans' representatives "
        "from both teams to discuss the matter."
    )
    assert met_pairs(facts) == set()


def test_counterparts_in_a_place_are_not_of_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chancellor Otto Brandt met his EU counterparts in Lisbon on Friday.")
    assert frozenset({"Otto Brandt", "European Union"}) in met_pairs(facts)
    assert not any("Portugal" in p or "Lisbon" in p for p in met_pairs(facts))


def test_partners_listed_with_their_places(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Foreign Minister Lena Marsh met Kenyan President Sam Oduya in Nairobi, Ugandan "
        "leader Peter Musa in Kampala and Chancellor Otto Brandt in Berlin."
    )
    got = met_pairs(facts)
    for other in ("Sam Oduya", "Peter Musa", "Otto Brandt"):
        assert frozenset({"Lena Marsh", other}) in got
    assert not any("Kampala" in p or "Uganda" in p for p in got)


@pytest.mark.parametrize(
    "text",
    [
        "Peter Lind angered his allies with trips in July \u2013 meeting Chinese leader Wu Fang "
        "in Beijing and Russian President Ivan Petrov in Moscow.",
        "Peter Lind spent a busy week \u2014 holding talks with Wu Fang and Ivan Petrov.",
        "Peter Lind toured Asia, meeting Wu Fang in Beijing and Ivan Petrov in Moscow.",
    ],
)
def test_a_participle_after_a_dash_or_comma_takes_the_main_subject(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert pair("Peter Lind", "Wu Fang") in pairs and pair("Peter Lind", "Ivan Petrov") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Speaking on Channel Seven's Breakfast with Harper, Tom Hale said the plan was sound.",
        "Talking on Radio Norvex's Today programme with Ann Berg, Tom Hale said no.",
    ],
)
def test_speaking_on_air_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))


def test_speaking_with_someone_on_a_day_is(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert pair("Tom Hale", "Ann Berg") in met_pairs(
        facts_of("Tom Hale spoke with Ann Berg on Monday.")
    )


@pytest.mark.parametrize(
    ("text", "modality", "negated"),
    [
        # put off: still planned
        ("Norway and Sweden have postponed their meeting.", Modality.PLANNED, False),
        ("Norway and Sweden delayed their talks after the storm.", Modality.PLANNED, False),
        ("The summit between Norway and Sweden was postponed until May.", Modality.PLANNED, False),
        # called off or stayed away from: kept, negated
        ("Norway and Sweden cancelled their summit.", Modality.ASSERTED, True),
        (
            "Tony Alder skipped his meeting with Sweden's foreign minister Ola Berg.",
            Modality.ASSERTED,
            True,
        ),
    ],
)
def test_meetings_put_off_or_called_off(
    facts_of, text: str, modality: Modality, negated: bool
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not met_pairs(facts)  # none of them took place
    contacts = [e for e in facts.events if e.kind is EventKind.MEETING]
    assert contacts and all(e.modality is modality and e.negated is negated for e in contacts)
    assert met_pairs(facts, factual_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "Norway called for talks with Sweden.",
        "Norway pressed for a summit with Sweden.",
        "Norway supported direct talks with Sweden.",
    ],
)
def test_talks_asked_for_are_not_held(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not met_pairs(facts)
    assert frozenset({"Norway", "Sweden"}) in met_pairs(facts, factual_only=False)


@pytest.mark.parametrize(
    "text",
    [
        # a host receiving a guest who arrives
        "Janis Berzin welcomed Lena Osk to Riga on Monday.",
        "Lena Osk was greeted by Janis Berzin at the airport.",
        "Janis Berzin greeted Lena Osk at the palace.",
        # meals together
        "Lena Osk had lunch with Janis Berzin in Riga.",
        "Lena Osk and Janis Berzin had dinner together on Friday.",
        "Lena Osk hosted a dinner for Janis Berzin.",
    ],
)
def test_receptions_and_meals_are_meetings(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Lena Osk", "Janis Berzin"}) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Janis Berzin welcomed the decision to cut taxes.",  # welcoming an idea
        "Janis Berzin greeted the news with relief.",
        "Lena Osk held a dinner for charity.",  # no one to meet
    ],
)
def test_welcoming_things_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text), factual_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "Janis Berzin welcomed Lena Osk to Riga on Monday.",
        # the place hung on the guest or on the host by the parser
        "Janis Berzin welcomed Lena Osk in Riga on Monday.",
        "Lena Osk was welcomed by Janis Berzin in Riga.",
        "Janis Berzin warmly welcomed Lena Osk at the airport in Riga.",
    ],
)
def test_a_welcomed_guest_is_not_praised(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not [e for e in facts.events if e.kind is EventKind.COOPERATION]
    assert frozenset({"Lena Osk", "Janis Berzin"}) in met_pairs(facts)
    praised = facts_of("Janis Berzin welcomed Lena Osk's proposal.")
    assert [e for e in praised.events if e.kind is EventKind.COOPERATION]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Osk hopes to meet Janis Berzin soon.",  # the model's lemma of "hopes" is "hop"
        "Lena Osk hoped to meet Janis Berzin in May.",
        "A meeting between Lena Osk and Janis Berzin is planned for May.",
        "Talks between Lena Osk and Janis Berzin are scheduled for next week.",
    ],
)
def test_meetings_hoped_for_or_arranged_are_planned(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not met_pairs(facts)
    assert frozenset({"Lena Osk", "Janis Berzin"}) in met_pairs(facts, factual_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "Tony Holt met a handful of Chilean officials on Monday.",
        "A group of Chilean officials met Tony Holt.",
        "Tony Holt met with a delegation of Chilean officials.",
    ],
)
def test_a_group_of_someone_stands_for_them(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Tony Holt", "Chile"}) in met_pairs(facts_of(text))


def test_talks_are_no_talk_of_something(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "talk of a feud" is hearsay; "talks that ..." are a meeting, told as a fact."""
    facts = facts_of("Chile held talks with Peru that ended without a deal.")
    assert frozenset({"Chile", "Peru"}) in met_pairs(facts)


def test_those_meeting_someone_now_have_not_met_yet(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The three Chilean unions meeting Mr Holt want the rules withdrawn.")
    contacts = [e for e in facts.events if e.kind is EventKind.MEETING]
    assert contacts and not any(e.factual for e in contacts)


def test_presenting_credentials_is_meeting_the_host(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The new ambassador of Chile, Ana Ruiz, presented her credentials to "
                     "President Tomas Lind.")  # fmt: skip
    assert frozenset({"Ana Ruiz", "Tomas Lind"}) in met_pairs(facts)
    several = met_pairs(facts_of("The ambassadors of Chile, Peru and Bolivia presented "
                                 "credentials to Brazil's president on Wednesday."))  # fmt: skip
    assert {frozenset({"Chile", "Brazil"}), frozenset({"Bolivia", "Brazil"})} <= several
    assert frozenset({"Chile", "Peru"}) not in several  # each presents on their own
    assert not met_pairs(facts_of("The ambassadors of Chile and Peru presented their "
                                  "credentials on Monday."), factual_only=False)  # fmt: skip
    assert not met_pairs(facts_of("Ana Ruiz presented the plan to President Tomas Lind."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya celebrated Independence Day in Nairobi with Uganda.", pair("Kenya", "Uganda")),
        (
            "President Ana Silva celebrated the new year with the leaders of Uganda.",
            pair("Ana Silva", "Uganda"),
        ),
        (
            "Chancellor Otto Brandt is celebrating the anniversary in Vienna with President Tomas Vrba.",
            pair("Otto Brandt", "Tomas Vrba"),
        ),
    ],
)
def test_celebrating_with_someone_is_meeting_them(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya celebrated the victory on Monday.",
        "Kenya celebrated its trade deal with Uganda.",  # the deal's partner
        "The merger with Halvard Bank was celebrated by Norvex chief Ann Lee.",
        "Thousands celebrated with President Ana Silva's supporters in Lima.",
    ],
)
def test_celebrating_alone_or_a_deal_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru played down their meeting.",
        "Chile and Peru described their talks as productive.",
        "The weather was bad. Chile and Peru praised their summit in Lima.",
    ],
)
def test_their_meeting_is_the_meeting_of_the_subjects(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Chile", "Peru") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Syria met on Monday. Chile and Peru condemned their meeting.",
        "Iran met Syria on Monday. Chile and Peru condemned their talks.",
        "Chile praised their meeting.",
    ],
)
def test_their_meeting_of_others_named_before(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Chile", "Peru") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slovenian Prime Minister Marko Kovac, whom Danish Foreign Minister Lars Jensen met on "
         "Monday, backed the plan.", pair("Marko Kovac", "Lars Jensen")),
        ("Foreign Minister Samir Fahmy, whom Envoy Mira Kosk visited on Friday, said the truce "
         "would hold.", pair("Samir Fahmy", "Mira Kosk")),
        ("The deal pleased President Ana Silva, whom Chancellor Otto Brandt received in Berlin.",
         pair("Ana Silva", "Otto Brandt")),
    ],
)  # fmt: skip
def test_whom_someone_met(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


def test_whom_someone_will_meet_is_not_met(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Foreign Minister Samir Fahmy, whom Envoy Mira Kosk will meet on Friday, said no."
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigerian President Chidi Obi and Malawian President Joyce Banda met in Abuja on Monday.",
         pair("Chidi Obi", "Joyce Banda")),
        ("Nigerian President Chidi Obi and Malawian President Joyce Banda exchanged views in Abuja.",
         pair("Chidi Obi", "Joyce Banda")),
        ("Envoy Mira Kosk exchanged views with Egyptian Foreign Minister Samir Fahmy on Friday.",
         pair("Mira Kosk", "Samir Fahmy")),
        ("Chancellor Otto Brandt shook hands with Polish President Adam Nowak on Friday.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Chancellor Otto Brandt and Polish President Adam Nowak shook hands at the border.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Chancellor Otto Brandt and President Adam Nowak exchanged views on trade.",
         pair("Otto Brandt", "Adam Nowak")),
    ],
)  # fmt: skip
def test_exchanging_views_and_shaking_hands(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Otto Brandt refused to shake hands with Polish President Adam Nowak.",
        "Chancellor Otto Brandt shook hands with voters in Munich.",
        "Chancellor Otto Brandt will exchange views with Polish President Adam Nowak.",
    ],
)
def test_handshakes_refused_or_with_voters(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Otto Brandt praised Polish President Adam Nowak, with whom he met on Monday.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Chancellor Otto Brandt praised Polish President Adam Nowak, with whom he held talks on "
         "Monday.", pair("Otto Brandt", "Adam Nowak")),
        ("Envoy Mira Kosk thanked Egyptian Foreign Minister Samir Fahmy, with whom she spoke by "
         "phone on Friday.", pair("Mira Kosk", "Samir Fahmy")),
    ],
)  # fmt: skip
def test_with_whom_someone_met(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


def test_with_whom_someone_will_meet_is_not_met(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chancellor Otto Brandt praised Polish President Adam Nowak, with whom he will meet soon."
    )
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Otto Brandt met Polish President Adam Nowak on Monday, a day after meeting "
         "Czech President Eva Dvorak.", pair("Otto Brandt", "Eva Dvorak")),
        ("Envoy Mira Kosk met Egyptian Foreign Minister Samir Fahmy on Friday, two days after "
         "visiting Kenyan President Daniel Otieno.", pair("Mira Kosk", "Daniel Otieno")),
        ("Aid Minister Lars Olsen spoke on Monday, a week after meeting Haitian President Jean "
         "Baptiste.", pair("Lars Olsen", "Jean Baptiste")),
    ],
)  # fmt: skip
def test_a_day_after_meeting_someone(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    got = met_pairs(facts_of(text))
    assert expected in got
    assert not any("Nowak" in p and "Dvorak" in p for p in got)  # not each other's partners


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Otto Brandt and Polish President Adam Nowak spoke by telephone on Monday.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Chancellor Otto Brandt and Polish President Adam Nowak spoke by phone for an hour.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Envoy Mira Kosk and Egyptian Foreign Minister Samir Fahmy spoke on the phone on Friday.",
         pair("Mira Kosk", "Samir Fahmy")),
    ],
)  # fmt: skip
def test_two_who_spoke_by_phone(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Otto Brandt and Polish President Adam Nowak spoke over a hotline on Monday.",
        "Chancellor Otto Brandt spoke to Polish President Adam Nowak over the military hotline.",
    ],
)
def test_a_hotline_is_a_phone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    calls = [e for e in facts_of(text).events if e.kind is EventKind.PHONE_CALL]
    assert len(calls) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Egypt and Jordan conferred by phone on Sunday.",
        "Egypt and Jordan consulted by telephone on the crisis.",
        "Adam Nowak discussed the crisis with Otto Brandt in a phone call.",
    ],
)
def test_talking_verbs_by_phone_are_calls(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    kinds = {
        e.kind for e in facts_of(text).events if e.kind in {EventKind.PHONE_CALL, EventKind.MEETING}
    }
    assert kinds == {EventKind.PHONE_CALL}


def test_a_phone_in_what_is_discussed_is_no_call(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Adam Nowak discussed the phone tapping scandal with Otto Brandt.")
    assert {e.kind for e in facts.events if e.kind is not EventKind.STATEMENT} == {
        EventKind.MEETING
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polish President Adam Nowak welcomed Chancellor Otto Brandt in Warsaw on Monday.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Chancellor Otto Brandt played host to Polish President Adam Nowak on Monday.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Chancellor Otto Brandt lunched with Polish President Adam Nowak on Monday.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Chancellor Otto Brandt huddled with Polish President Adam Nowak on Monday.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Envoy Mira Kosk and Egyptian Foreign Minister Samir Fahmy lunched in Cairo.",
         pair("Mira Kosk", "Samir Fahmy")),
    ],
)  # fmt: skip
def test_welcoming_hosting_and_lunching(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Otto Brandt and Polish President Adam Nowak spoke at the conference.",
        "Polish President Adam Nowak welcomed the decision in a statement.",
        "Poland played host to the talks.",
        "Chancellor Otto Brandt will lunch with Polish President Adam Nowak on Monday.",
        "Chancellor Otto Brandt lunched with friends in Warsaw.",
    ],
)
def test_no_host_or_lunch_partner(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


def test_welcoming_a_guest_in_a_city_is_no_praise(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Polish President Adam Nowak welcomed Chancellor Otto Brandt in Warsaw on Monday."
    )
    assert not directed(facts, EventKind.COOPERATION)
    facts = facts_of("Polish President Adam Nowak welcomed Germany's decision in a statement.")
    assert directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("Chancellor Otto Brandt, together with Polish President Adam Nowak, met Czech President "
         "Eva Dvorak.", ("Otto Brandt", "Adam Nowak")),
        ("Chancellor Otto Brandt, along with Polish President Adam Nowak, met Czech President "
         "Eva Dvorak.", ("Otto Brandt", "Adam Nowak")),
        ("Envoy Mira Kosk, together with Kenyan President Daniel Otieno, held talks with Czech "
         "President Eva Dvorak.", ("Mira Kosk", "Daniel Otieno")),
    ],
)  # fmt: skip
def test_together_with_someone(facts_of, text: str, others) -> None:  # type: ignore[no-untyped-def]
    got = met_pairs(facts_of(text))
    assert {pair(others[0], "Eva Dvorak"), pair(others[1], "Eva Dvorak")} <= got


def test_together_with_someone_in_another_clause(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Chancellor Otto Brandt, who travelled together with his wife, met Eva Dvorak."
    assert met_pairs(facts_of(text)) == {pair("Otto Brandt", "Eva Dvorak")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polish President Adam Nowak received the credentials of Chilean Ambassador Rosa Vera on "
         "Monday.", {pair("Adam Nowak", "Rosa Vera")}),
        ("Polish President Adam Nowak accepted credentials from Chilean Ambassador Rosa Vera.",
         {pair("Adam Nowak", "Rosa Vera")}),
        ("Polish President Adam Nowak received credentials from the new ambassadors of Chile and "
         "Peru.", {pair("Adam Nowak", "Chile"), pair("Adam Nowak", "Peru")}),
    ],
)  # fmt: skip
def test_receiving_an_envoys_credentials(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Polish President Adam Nowak received the credentials on Monday.",
        "Polish President Adam Nowak will receive the credentials of Chilean Ambassador Rosa Vera.",
        "Polish President Adam Nowak accepted a letter from Chilean Ambassador Rosa Vera's aide.",
    ],
)
def test_credentials_from_no_one_or_not_yet(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The conference brought together ministers from Peru, Chile and Bolivia.",
            {pair("Peru", "Chile"), pair("Peru", "Bolivia"), pair("Chile", "Bolivia")},
        ),
        ("The summit brought together the leaders of Kenya and Ethiopia.",
         {pair("Kenya", "Ethiopia")}),
        ("The forum gathered officials from Japan and Vietnam in Hanoi.",
         {pair("Japan", "Vietnam")}),
        ("The talks in Oslo convened envoys of Chile and Peru.", {pair("Chile", "Peru")}),
    ],
)  # fmt: skip
def test_an_event_that_brings_parties_together(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    """With no one convening, those brought together meet each other."""
    assert met_pairs(facts_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The festival brought together fans from Peru and Chile.",
        "The agency gathered data from Peru and Chile.",
        "The plan includes bringing Kenya and Ethiopia closer together.",
        "The summit will bring together the leaders of Kenya and Ethiopia.",
    ],
)
def test_what_brings_no_parties_together(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian and Chinese generals met at the border post.", {pair("India", "China")}),
        ("Polish generals held talks with German officials.", {pair("Poland", "Germany")}),
        ("A Chinese emissary met Japanese diplomats in Seoul.", {pair("China", "Japan")}),
        ("Greek emissaries met Turkish diplomats in Vienna.", {pair("Greece", "Turkey")}),
    ],
)
def test_officers_and_emissaries_act_for_their_country(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == expected


def test_fans_of_two_countries_do_not_stand_for_them(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of("Indian and Chinese fans met at the stadium.")) == set()


@pytest.mark.parametrize(
    "text",
    [
        # receiving a thing is no visit, whoever it is for or from
        "Ivo Marr, who had received three nominations for Ana Ruiz and Tomas Lind, spoke.",
        "Ana Ruiz and Tomas Lind together received Carnegie Hall honours in 2004.",
        "Ivo Marr received the Nobel Foundation award last year.",
        # arms received from a state are aid, not a visit by that state
        "Kenya received four helicopters from Ankara in May.",
        "The army received ten drones from Tehran last year.",
        "Egypt received two frigates from France on Monday.",
    ],
)
def test_receiving_a_thing_is_no_visit(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("President Ana Ruiz received Tomas Lind at her palace.", ("Ana Ruiz", "Tomas Lind")),
        ("Ana Ruiz received the IMF chief in Lima.", ("Ana Ruiz", "International Monetary Fund")),
        ("Tomas Lind was received by President Ana Ruiz.", ("Ana Ruiz", "Tomas Lind")),
    ],
)  # fmt: skip
def test_receiving_a_guest_is_a_visit(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(pair) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        ("The negotiations, mediated by Kenyan diplomats, brought Ethiopian and Eritrean envoys "
         "to the same table for the first time.", None, ("Ethiopia", "Eritrea")),
        ("The Havana process has brought the Colombian government and the ELN rebels to the "
         "table.", None, ("Colombia", "ELN")),
        ("A round of talks hosted by Ethiopia brought Sudan and South Sudan back to the "
         "negotiating table on Monday.", None, ("Sudan", "South Sudan")),
        ("Norway brought the Sri Lankan government and the Tamil Tigers back to the negotiating "
         "table.", "Norway", ("Sri Lanka", "Tamil Tigers")),
        ("Sudan and South Sudan were brought to the table by Ethiopia.", "Ethiopia",
         ("Sudan", "South Sudan")),
    ],
)  # fmt: skip
def test_bringing_two_sides_to_the_table_is_a_meeting(facts_of, text, host, sides) -> None:  # type: ignore[no-untyped-def]
    a, b = sides
    want = {pair(a, b)} | ({pair(host, a), pair(host, b)} if host else set())
    assert want <= met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats hope the conference will bring Greece and Turkey to the table.",
        "Egypt has failed to bring Israel and Hamas to the table.",
        "The talks brought new ideas to the table.",
        "Pressure from sanctions brought Iran back to the table.",
    ],
)
def test_no_meeting_from_sides_not_brought_to_the_table(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Norway brought Chile and Peru face to face for the first time in years.", ("Chile", "Peru")),
        ("Chile and Peru were brought face to face by Norway.", ("Chile", "Peru")),
        ("Norway brought Chile and Peru face to face last week.", ("Chile", "Peru")),
        ("Norway brought President Ana Ruiz face to face with rebel leader Tomas Vela.",
         ("Ana Ruiz", "Tomas Vela")),
    ],
)  # fmt: skip
def test_bringing_two_sides_face_to_face_is_a_meeting(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    a, b = sides
    assert {pair(a, b), pair("Norway", a), pair("Norway", b)} <= met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway will bring Chile and Peru face to face next week.",
        "The drought brought Peru face to face with a food crisis.",
        "Norway failed to bring Chile and Peru face to face.",
    ],
)
def test_no_meeting_from_sides_not_brought_face_to_face(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The talks, convened by envoy Ana Ruiz, brought together Peru and Chile.",
        "Talks chaired by Ana Ruiz brought together Peru and Chile on Monday.",
        "The meeting, hosted by Ana Ruiz, brought together Peru and Chile.",
    ],
)
def test_who_convened_the_gathering_that_brought_others_together(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {
        pair("Peru", "Chile"),
        pair("Ana Ruiz", "Peru"),
        pair("Ana Ruiz", "Chile"),
    }


def test_who_praised_the_gathering_is_no_host(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The talks, praised by Ana Ruiz, brought together Peru and Chile.")
    assert met_pairs(facts) == {pair("Peru", "Chile")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's finance minister met an IMF mission in Nairobi.",
        "Talks between Kenya and the IMF mission ended on Friday.",
    ],
)
def test_a_body_meets_through_its_mission(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Kenya", "International Monetary Fund") in met_pairs(facts_of(text))


def test_a_mission_of_no_one_is_no_party(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not facts_of("The mission to Mars was delayed by a year.").events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's finance minister met a team from the IMF on Monday.",
            ("International Monetary Fund", "Kenya"),
        ),
        ("A team from the World Bank met Ghana's president in Accra.", ("Ghana", "World Bank")),
        (
            "Ministers from Chad held talks with a group from the African Union.",
            ("African Union", "Chad"),
        ),
    ],
)
def test_a_team_from_a_body_stands_for_it(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in met_pairs(facts_of(text))


def test_a_team_from_a_place_names_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of("A team from Leeds met Peru's trade minister on Monday."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan finance ministry officials met a team from the IMF on Monday.",
         ("International Monetary Fund", "Kenya")),
        ("Ghanaian central bank officials met a team from the IMF.",
         ("Ghana", "International Monetary Fund")),
        ("Zambian trade ministry officials met a delegation from the World Bank on Friday.",
         ("World Bank", "Zambia")),
    ],
)  # fmt: skip
def test_a_team_from_a_body_with_from_on_the_verb(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "from the IMF" on "met": the team still comes from the IMF
    assert pair(*expected) in met_pairs(facts_of(text))


def test_a_team_met_from_a_place_names_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of("Ugandan officials met a team from Kampala."))


@pytest.mark.parametrize(
    ("text", "body", "other"),
    [
        ("Spanish foreign ministry officials held talks with Moroccan diplomats.",
         "Spain foreign ministry", "Morocco"),
        ("Italian defence ministry officials met their Greek counterparts.",
         "Italy defence ministry", "Greece"),
    ],
)  # fmt: skip
def test_a_ministry_s_officials_meet_for_the_ministry_alone(facts_of, text, body, other) -> None:  # type: ignore[no-untyped-def]
    # the demonym says whose ministry it is; the ministry does not meet its own country
    found = met_pairs(facts_of(text))
    assert pair(body, other) in found
    assert all(len(p) == 2 and body.split()[0] not in p for p in found)


def test_demonyms_of_two_parties_still_both_meet(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert pair("France", "Germany") in met_pairs(facts_of("French and German officials met."))


@pytest.mark.parametrize(
    "text", ["Norway flew food to Sudan on Monday.", "Chile flew medical teams to Peru."]
)
def test_a_journey_carrying_something_is_no_visit(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


def test_a_minister_flying_in_for_talks_still_visits(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert pair("Norway", "Sudan") in met_pairs(
        facts_of("Norway's foreign minister flew to Sudan for talks on Monday.")
    )


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("Executives of Ostco met Tomas Lind on Monday.", {"Ostco"}),
        ("Executives from Ostco and Vale Mining met Peter Hall.", {"Ostco", "Vale Mining"}),
        ("Senior executives of Vale Mining held talks with Peter Hall.", {"Vale Mining"}),
    ],
)
def test_a_firms_executives_meet_for_it(facts_of, text: str, firms: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = met_pairs(facts_of(text))
    other = "Tomas Lind" if "Lind" in text else "Peter Hall"
    assert {pair(f, other) for f in firms} <= got


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Minister Dara Quill raised the issue with Ambassador Ravi Menon in Lagos.",
         ("Dara Quill", "Ravi Menon")),
        ("Minister Dara Quill had raised the matter with Ambassador Ravi Menon on Sunday.",
         ("Dara Quill", "Ravi Menon")),
        ("Ambassador Ravi Menon said Minister Dara Quill raised the issue with him on Friday.",
         ("Dara Quill", "Ravi Menon")),
    ],
)  # fmt: skip
def test_raising_an_issue_with_someone_is_consulting_them(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Minister Dara Quill will raise the issue with Ambassador Ravi Menon next week.",
        "Minister Dara Quill did not raise the matter with Ambassador Ravi Menon.",
        "Minister Dara Quill raised the issue in parliament.",
    ],
)
def test_an_issue_not_yet_raised_or_raised_with_no_one_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Defence Secretary John Marsh briefed the NATO Council on the talks on Monday.",
         pair("John Marsh", "NATO Council")),
        ("Foreign Minister Ana Ruiz briefed the UN Security Council on Tuesday.",
         pair("Ana Ruiz", "United Nations Security Council")),
        ("The envoy, Tom Bell, briefed President Amara Diallo on the talks.",
         pair("Tom Bell", "Amara Diallo")),
        ("President Amara Diallo was briefed by the envoy, Tom Bell, on Sunday.",
         pair("Tom Bell", "Amara Diallo")),
    ],
)  # fmt: skip
def test_briefing_someone_is_a_contact(facts_of, text: str, expected: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Ruiz briefed reporters after the meeting.",
        "Foreign Minister Ana Ruiz briefed the BBC on the talks.",
        "Defence Secretary John Marsh will brief the UN Security Council next week.",
        "Foreign Minister Ana Ruiz did not brief the UN Security Council.",
        "Officials briefed that Ana Ruiz would resign.",
    ],
)
def test_briefing_the_press_or_no_briefing_is_no_contact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Brazil met and criticised Argentina on Monday.", {pair("Brazil", "Argentina")}),
        (
            "President Ana Ruiz met and congratulated President Tom Reeve.",
            {pair("Ana Ruiz", "Tom Reeve")},
        ),
        ("Chile met and later thanked Peru for the aid.", {pair("Chile", "Peru")}),
        # two subjects met each other; a first verb on its own; an object naming no one
        ("Chile and Peru met and criticised Bolivia.", {pair("Chile", "Peru")}),
        ("Brazil met on Monday and criticised Argentina.", set()),
        ("Kenya met and criticised the plan.", set()),
    ],
)
def test_a_meeting_verb_shares_the_object_of_the_verb_beside_it(facts_of, text: str, met) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == met


@pytest.mark.parametrize(
    "text",
    [
        "Brazil met and beat Argentina in the final.",
        "Ghana met and thrashed Togo in a World Cup qualifier.",
    ],
)
def test_a_side_met_and_beaten_in_a_game_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()
