"""Frames around a clause that decide whether what it tells was done: the
subjunctive after a demand ("demanded that X withdraw": not yet done), a charge its
target denies ("X accused Y, a charge Y denies": the accusation was made), an
opening passive participle ("Accused by X, Y denied it": X did accuse), an
event noun's own mood ("a possible war", "no talks", "a war seems unlikely") and a
present with a day ahead ("is meeting Y on Thursday": planned) or with how often
("meet every year", "hold talks twice a year": habitual), a noun of intent
over an infinitive ("Iran's threat to strike X": not done), a warning against an
act ("warned China against arming X": not done), a condition told by inversion
("had he denied the charge") and a headline's infinitive ("Chile to expel envoy").
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

from kg.extract.arguments import has_to
from kg.extract.arranged_talks import arranged_talks
from kg.extract.condemned_deeds import condemned_deed, punished_act
from kg.extract.conditions import in_condition
from kg.extract.dated_ahead import TIME_WORDS, dated_ahead
from kg.extract.doors import door_open, door_shut
from kg.extract.hearsay import HEARSAY_NOUNS
from kg.extract.pending_ties import still_ahead
from kg.extract.senses import verb_key, verb_senses
from kg.extract.unrealised import came_to_nothing, foreseen, signs_of, stopped_giving
from kg.language.auxiliaries import FINITE_OR_MODAL_TAGS
from kg.language.contact_words import CALLED_OFF, CALLED_OFF_NOUNS, PUT_OFF, PUT_OFF_NOUNS
from kg.language.event_words import INTENT_NOUNS, PLAN_NOUNS, PROSPECTIVE
from kg.language.lexicon import listed_words
from kg.records import EventKind

_CONFLICT_VERBS = verb_senses(EventKind.CONFLICT)

# Verbs and nouns whose "that" clause says what should be done: "demanded that X
# withdraw", "urged that X be punished", "the demand that X leave" (``mandative`` in
# kg/language/data/warning-words.txt, shared with kg.language.warned_clauses).
MANDATIVE = listed_words("warning-words.txt")["mandative"]


def mandated(clause: Token) -> bool:
    """A clause in the subjunctive after a verb or noun of demand ("demanded that
    X withdraw", "urged that X be punished", "calls that X resign"): a base verb form
    with no auxiliary of its own but "be"."""
    head = clause.head
    if clause.dep_ not in {"ccomp", "acl"} or head.i == clause.i:
        return False
    mandating = head.lemma_ in MANDATIVE if head.pos_ in {"VERB", "AUX"} else (
        head.lemma_.lower() in MANDATIVE and head.pos_ == "NOUN")  # fmt: skip
    if not mandating or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if auxes:
        return all(a.lower_ == "be" for a in auxes)  # "that X be punished"
    return clause.tag_ == "VB"


def done_to_subject(below: Token, via: str) -> bool:
    """ "Accused by X of lying, Y denied it": an opening passive participle with its
    agent tells what was done to the subject, which the denial answers; it is a
    fact, not what is denied."""
    return (
        via == "advcl"
        and below.tag_ == "VBN"
        and below.i < below.head.i
        and any(c.dep_ == "agent" for c in below.children)
    )


def dated_by(below: Token, via: str) -> bool:
    """ "X accused Y of starting the fighting, after A and B clashed again": a clause
    with its own subject that dates the accusation (or denial) is told as a fact,
    not what is charged ("when" and "as" may be part of the charge: "accused him of
    lying when he met Y")."""
    return (
        via == "advcl"
        and any(
            c.dep_ == "mark" and c.lower_ in {"after", "before", "since"} for c in below.children
        )
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in below.children)
    )


# What a denial names when it follows a clause: "..., a charge Moscow denies".
DENIED_NOUNS = {"charge", "charges", "accusation", "accusations", "allegation", "allegations",
                "claim", "claims"}  # fmt: skip
_DENYING = {"deny", "reject", "dismiss", "refute", "rebut"}


def denies_a_charge(speech: Token) -> bool:
    """ "X accused Y of lying, a charge Y denies": the parser hangs the accusation on
    the denial, whose object, set off by a comma, is the charge itself."""
    return speech.lemma_ in _DENYING and any(
        c.dep_ == "dobj"
        and c.lower_ in DENIED_NOUNS
        and c.left_edge.i > 0
        and speech.doc[c.left_edge.i - 1].text == ","
        for c in speech.children
    )


# Passive verbs of report: "X is said / reported / believed to have met Y".
_REPORTING_PASSIVES = {"say", "report", "believe", "think", "rumour", "rumor", "allege",
                       "claim", "understand", "suspect", "presume"}  # fmt: skip


def reported_passive(head: Token, via: str) -> bool:
    """ "X is said to have met Y", "X was reported to be meeting Y": what others
    report, not what the text asserts."""
    return (
        via == "xcomp"
        and head.lemma_ in _REPORTING_PASSIVES
        and any(c.dep_ == "auxpass" for c in head.children)
    )


def _awaited(noun: Token) -> bool:
    """An event still to come when the clause happens: "Ahead of his meeting with X
    next week, Y said", "in advance of the talks" (not "after", "following")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in {"ahead", "advance"}


def noun_mood(noun: Token) -> tuple[bool, bool]:
    """Whether an event noun is prospective ("a possible meeting", "the signing was put
    off") and whether it is denied ("there was no meeting", "held no talks", "blocked
    the sale"), by its own modifiers or what is said of it ("a meeting seems unlikely")."""
    off = put_off(noun, UNDOING, PUT_OFF_NOUNS)
    if off is not None and off.dep_ == "amod" and postponed(off):
        off = None  # "the delayed delivery arrived on Monday": it took place in the end
    return (
        any(c.dep_ in {"amod", "compound"} and c.lower_ in PROSPECTIVE for c in noun.children)
        or foreseen(noun)
        or _awaited(noun)
        or (off is not None and postponed(off))
        or in_condition(noun)
        or door_open(noun)
        or still_ahead(noun)  # "the merger will go ahead", "accept a merger with X"
        or dated_ahead(noun)  # "X's visit next week", "is set for talks with X"
        or arranged_talks(noun),  # "hails Chile-Peru talks deal", "EU-Chile talks agreed"
        denied(noun)
        # "denied the downing of X's drone by Y" (but "denied Y's accusation": it was made)
        or (noun.dep_ == "dobj" and noun.head.lemma_ == "deny" and noun.lower_ not in DENIED_NOUNS)
        or (off is not None and not postponed(off))
        or (noun.dep_ == "nsubj" and came_to_nothing(noun.head))  # "a deal failed to materialise"
        or denied_report(noun)
        or stopped_giving(noun)
        or door_shut(noun),  # "slammed the door on talks"
    )


def denied_report(noun: Token) -> bool:
    """ "dismissing reports of a trip to Y", "denied rumours of a meeting with X": an
    event only reported by others, and the report denied."""
    prep = noun.head
    report = prep.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and report.lemma_ in HEARSAY_NOUNS
        and (
            (report.dep_ == "dobj" and report.head.lemma_ in _DENYING)
            # the parser may hang "dismissing" on "reports" as a modifier
            or any(c.dep_ == "amod" and c.lemma_ in _DENYING for c in report.children)
        )
    )


_BUNDLES = frozenset("package packages plan plans programme programmes program programs".split())
# Phrasal verbs that put off an act ("was put off", "held up", "pushed back") or
# call it off ("the talks were called off").
_PUT_OFF_PHRASAL = {("put", "off"), ("hold", "up"), ("push", "back")}
_CALLED_OFF_PHRASAL = {("call", "off")}
_PARTICLES = {"off", "up", "back"}
# Acts that seal an agreement: "the signing of the accord was put off" (no accord yet).
_SEALING = {"signing", "conclusion", "finalisation", "finalization"}
# What puts off or stops any planned act, not only a meeting ("the signing of the
# accord was delayed", "blocked the sale of jets to X"). Not "cancel", "scrap" or
# "suspend": of a deal, a ban or aid already in force they end it ("the ban imposed in
# 1986 was suspended"); a meeting can also be skipped or refused (CALLED_OFF).
UNDOING = PUT_OFF | {"block", "veto", "shelve"}


def _phrasal(verb: Token) -> tuple[str, str]:
    """ "put off" -> ("put", "off"): the verb's lemma and its particle, if any."""
    parts = (c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"})  # "pushed back"
    return verb.lemma_, next((p for p in parts if p in _PARTICLES), "")


# Verbs that call an act off only with their particle: "called off the talks", "ruled
# out talks" (not "called the talks constructive", "the talks were called positive").
_NEEDS_PARTICLE = {"call": "off", "rule": "out"}


def _has_particle(verb: Token) -> bool:
    particle = _NEEDS_PARTICLE.get(verb.lemma_)
    return particle is None or any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == particle for c in verb.children
    )


def postponed(off: Token) -> bool:
    """Whether ``off`` (from :func:`put_off`) only puts the act off ("delayed",
    "put off", "the postponement of"), leaving it planned, rather than calling it off."""
    return (off.lemma_ in PUT_OFF or off.lower_ in PUT_OFF_NOUNS
            or _phrasal(off) in _PUT_OFF_PHRASAL)  # fmt: skip


def put_off(noun: Token, acts: Set[str] = PUT_OFF | CALLED_OFF,
            nouns: Set[str] = PUT_OFF_NOUNS | CALLED_OFF_NOUNS) -> Token | None:  # fmt: skip
    """The verb, noun or adjective that puts off or calls off the event ``noun``
    names: "postponed his visit", "the talks were called off", "the suspension of
    talks", "the cancelled summit"; ``acts`` and ``nouns``: the words that do it; a
    package's kind with the package ("vetoed the aid package for X")."""
    if noun.dep_ == "compound" and noun.head.lower_ in _BUNDLES:
        return put_off(noun.head, acts, nouns)
    if noun.dep_ in {"dobj", "nsubjpass"}:
        verb = noun.head
        if (verb.lemma_ in acts and _has_particle(verb)) or (
            _phrasal(verb) in _PUT_OFF_PHRASAL | _CALLED_OFF_PHRASAL
        ):
            if any(c.lower_ == "short" for c in verb.children):
                return None  # "cut short his visit": it took place
            return verb
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "the suspension of talks with X"
        act = noun.head.head
        if act.pos_ == "NOUN" and act.lower_ in nouns:
            return act
        if act.lower_ in _SEALING:
            return put_off(act, acts, nouns)
    return next((c for c in noun.children
                 if c.dep_ == "amod" and c.lemma_ in acts), None)  # fmt: skip


def denied(noun: Token, event: Token | None = None) -> bool:
    """ "no talks", "sent no troops": the noun's own determiner denies it; with the
    ``event`` noun a verb carries, only a phrase that holds it ("held no talks"; not
    "the talks produced no agreement")."""
    if event is not None and not noun.left_edge.i <= event.i <= noun.right_edge.i:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


_LATER = TIME_WORDS["ahead"]  # "later", "next", "tomorrow" (data/time-words.txt)
_AHEAD = TIME_WORDS["days"] | _LATER


def scheduled(verb: Token, children: list[Token]) -> bool:
    """A present progressive with a day ahead: "is meeting Y on Thursday", "are
    holding talks next week" (news announces, it does not report). ``children``:
    the verb's children, read once by the caller."""
    auxes = {c.lower_ for c in children if c.dep_ == "aux"} if verb.tag_ == "VBG" else set()
    if auxes & {"was", "were"}:  # "was meeting Y later on Monday": still ahead when written
        return any(t.lower_ in _LATER for c in children
                   if c.dep_ in {"advmod", "prep", "npadvmod"} for t in c.subtree)  # fmt: skip
    progressive = bool(auxes & {"is", "are", "'s", "'re", "am"})
    if not progressive and verb.tag_ not in {"VBZ", "VBP"}:
        return False  # "is meeting Y on Thursday", "attends the G7 meeting on Friday"
    return any(t.lower_ in _AHEAD for c in children if c.dep_ in {"prep", "npadvmod"}
               for t in c.subtree)  # fmt: skip


def intended(head: Token, via: str, below: Token) -> bool:
    """``head`` is a noun of plan or intent over ``below``, the link of the event's
    chain it governs (through ``via``): "plans for talks with X", "Iran's threat to
    strike X", "the attempt to seize X", "issued a
    vow to kill X" (an infinitive only: "a call with X", "an effort at the summit"
    stay)."""
    infinitive = has_to(below)
    if via in {"advcl", "xcomp"} and infinitive and head.pos_ in {"VERB", "AUX"}:
        # the parser hangs the infinitive on the verb: "issued a vow (on Monday) to kill X"
        doc = head.doc
        return any(
            c.dep_ == "dobj"
            and c.lemma_ in INTENT_NOUNS
            and c.i < below.i
            and not any(t.pos_ in {"VERB", "AUX"} for t in doc[c.i + 1 : below.left_edge.i])
            for c in head.children
        )
    if head.pos_ != "NOUN":
        return False
    if (pointing := signs_of(head, via, below)) is not None:
        return pointing  # "signs of a thaw", "no sign of a truce"
    if via in {"acl", "relcl", "prep", "pobj"} and head.lower_ in PLAN_NOUNS:
        return True
    return via in {"acl", "relcl"} and infinitive and head.lemma_ in INTENT_NOUNS


def blamed_for(act: Token) -> bool:
    """The act a critic blames someone for: "criticised Peru for arming the rebels",
    "hit out at X for harbouring militants", "accused X of arming Y" (the critic's
    charge, which the text does not assert; not "praised X for helping Y")."""
    if punished_act(act):
        return True  # "charged for insulting X": only the charge
    if condemned_deed(act):
        return False  # "condemned Y for jailing X": done
    prep = act.head
    if act.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in {"for", "of"}:
        return False
    key = verb_key(prep.head, _CONFLICT_VERBS)
    return key is not None and _CONFLICT_VERBS[key].cameo[:2] == "11"  # disapprove


def inverted_condition(verb: Token, sent_start: int) -> bool:
    """A condition told by inversion: "had he denied", "should they attack": the
    auxiliary stands right before the verb's subject (the parser often hangs
    such a clause anywhere, so its words decide)."""
    doc = verb.doc
    for subject in verb.children:
        if subject.dep_ in {"nsubj", "nsubjpass"} and subject.i < verb.i:
            before = subject.left_edge.i - 1
            return (
                before >= 0
                and doc[before].lower_ in {"had", "should"}
                and (
                    before == sent_start
                    # not "Peru had invaded", whose "had" follows its own subject
                    or doc[before - 1].pos_ not in {"NOUN", "PROPN", "PRON"}
                )
            )
    return False


# Tags of a finite verb: a sentence without one is a headline or a caption.


def headline_future(verb: Token) -> bool:
    """ "Chile to expel Peruvian envoy", "X to meet Y next week": an infinitive that
    heads a sentence with no finite verb (the parser may hang it on the subject, as a
    clause of the noun) says, in headline style, what will be done."""
    if not has_to(verb) or not (verb.dep_ == "ROOT" or verb.head.dep_ == "ROOT"):
        return False
    return verb.dep_ in {"ROOT", "acl", "relcl"} and not any(t.tag_ in FINITE_OR_MODAL_TAGS for t in verb.sent)


# Words that make a measure of time say how often: "every year", "each summer",
# "twice a year", "three times a month", "once a week".
_EVERY = frozenset({"every", "each", "twice", "thrice", "once", "times"})
_SPANS = frozenset({"day", "week", "month", "year", "summer", "winter", "spring", "autumn",
                    "decade", "quarter", "time"})  # fmt: skip


def recurring(verb: Token, children: list[Token]) -> bool:
    """A simple present with how often it happens: "the two leaders meet every year",
    "hold talks twice a year", "conduct patrols each summer" (a habit, not one event;
    a past "met every year" is left as told). ``children``: the verb's children."""
    if not _simple_present(verb, children):
        return False
    held = [t for c in children if c.dep_ == "dobj" for t in c.children]  # "talks twice a year"
    for c in [*children, *held]:
        if c.dep_ != "npadvmod":
            continue
        words = {t.lower_ for t in c.subtree}
        if words & _EVERY and {t.lemma_.lower() for t in c.subtree} & _SPANS:
            return True
    return False


def _simple_present(verb: Token, children: list[Token]) -> bool:
    """ "meets", "meet", and a bare "sign" the tagger gives a subject but no auxiliary
    ("Norway and Sweden sign ..."; not "will sign", "to sign")."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return (
        verb.tag_ == "VB"
        and verb.dep_ in {"ROOT", "conj", "ccomp"}
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in children)
    )


# Talks stopped once under way with both sides there: "walked out of the talks", "talks
# were interrupted" -- they were held (not "the planned talks were interrupted"). Talks
# suspended, broken off or frozen tell the halt, no talks (kg.extract.halted_talks).
_HALTING = {"interrupt"}
_NOT_YET = {"next", "tomorrow", "coming", "due", "scheduled"}


def halted(noun: Token) -> Token | None:
    """The verb that stopped the talks ``noun`` names after they began (see above)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lower_ == "out":
        verb = verb.head.head  # "walked out of talks with Y"
        stops = verb.lemma_ == "walk"
    else:
        stops = noun.dep_ in {"dobj", "nsubjpass"} and verb.lemma_ in _HALTING
    if not stops or noun_mood(noun)[0] or any(t.lower_ in _NOT_YET for t in noun.subtree):
        return None
    return verb
