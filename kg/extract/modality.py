"""Is it a fact? Negation, modality and who reports an event.

``negated`` finds "did not meet", "refused to sign"; ``modality`` tells asserted events
from planned ("will meet", "urged X to talk"), hypothetical ("if", "provided that",
questions, "could") and alleged ones ("accused of aiding"); ``reporting_verb`` finds
the speech verb that reports a clause ("X said A met B").
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Token

from kg.extract.alleging import alleges
from kg.extract.arguments import has_to
from kg.extract.base import Context, per_word
from kg.extract.captions import captioned
from kg.extract.conditions import on_condition
from kg.extract.fronted import said_aside
from kg.extract.headline_claims import quoted_claim
from kg.extract.hearsay import hedged, reporting_verb, unvouched
from kg.extract.mood_frames import (
    blamed_for,
    denied,
    denies_a_charge,
    headline_future,
    intended,
    inverted_condition,
    mandated,
    recurring,
    reported_passive,
    scheduled,
)
from kg.extract.negation_scope import ceased, own_auxiliary, own_tense, told_as_done, undone
from kg.extract.ongoing import goes_on
from kg.extract.paired_absolutes import absolute_with
from kg.extract.papers import issuing_verb
from kg.extract.purposes import aim_of_gathering
from kg.extract.questions import asks_whether
from kg.extract.scant import scant_complement
from kg.extract.supposed_acts import feared, supposed
from kg.extract.told_participles import speakers_participle
from kg.extract.trip_purposes import stay_somewhere
from kg.extract.unrealised import came_to_nothing, makes_way, warned_against
from kg.language import event_words as ew
from kg.language.auxiliaries import FUTURE_AUX, HYPOTHETICAL_AUX
from kg.language.event_words import PLAN_HEADS
from kg.records import Modality

# Prepositions whose object is taken as given: "due to / because of / amid / after X",
# "under / as part of / in accordance with a deal with X" (Y will ...: the deal is made).
_PRESUPPOSING = {"due", "because", "amid", "amidst", "after", "following", "despite", "since",
                 # "in the newest escalation of a spat", "in the wake of the raid"
                 "escalation", "intensification", "worsening", "deepening", "wake", "midst",
                 "aftermath", "height", "under", "part", "accordance"}  # fmt: skip
_IMPLYING = {"mean", "imply", "signal", "indicate", "suggest", "show", "prove", "signify"}
_WISHING = {"hope", "wish", "expect", "want", "pray", "anticipate", "predict", "forecast"}
# Verbs of opinion: what "the Tories believe" X did is their view, not a fact told.
# (A pronoun's view is most often a speaker's own words: '"I think we met him"'.)
_BELIEVING = {"believe", "think", "suspect", "fear", "assume", "suppose", "reckon", "doubt",
              "imagine", "guess"}  # fmt: skip
HEARSAY_ADVERBS = {"allegedly", "reportedly", "purportedly", "supposedly", "apparently"}
_SCHEDULED = {"due", "scheduled", "set", "expected", "planned", "slated", "poised"}
# Adjectives of readiness: "ready for talks with X", "open to a meeting".
_READY = {"ready", "willing", "prepared", "eager", "keen", "open", "happy", "poised"}
# Verbs whose object is wanted, not done: "supported talks between A and B".
INTENTION_VERBS = frozenset(
    """
    support propose call seek want urge demand offer favour favor back suggest plan hope
    request push encourage advocate
    """.split()
)
_NEGATIONS = {"not", "n't", "never", "no"}
# "nearly went to war with X", "almost attacked X": came close, did not (but "nearly
# doubled its aid to X" measures an act done).
_NEARLY, _AMOUNTS = {"nearly", "almost"}, {"double", "triple", "treble", "quadruple", "halve"}
# Verbs that ask for what their "for" phrase names: "called for expelling X".
_ASKING_FOR = {"call", "press", "push", "campaign", "appeal", "lobby", "argue", "clamour",
               "clamor", "petition", "ask", "vote"}  # fmt: skip
_PREVENTING = {"prevent", "stop", "bar", "ban", "deter", "discourage", "dissuade", "keep",
               "block", "restrain", "refrain"}  # fmt: skip
_REFUSING = {"refuse", "decline", "fail", "reject", "unable", "unavailable", "avoid"}
_REFUSALS = {"failure", "refusal", "inability", "reluctance", "unwillingness"}  # "refusal to"
_NOW = {"VBZ", "VBP"}
_HAPPENING = frozenset(
    {"take", "happen", "occur", "begin", "start", "resume", "open", "convene"}
)  # a simple present: what happens whenever, not once
# Links up from an event's verb to the clause whose mood it shares
_CHAINED = {"xcomp", "conj", "ccomp", "advcl", "acl", "pcomp", "pobj", "prep", "relcl"}


@per_word
def negated(verb: Token, event: Token | None = None) -> bool:
    """'did not meet', 'never met', 'no talks', 'refused to sign', 'left without talking
    to', 'prevented them from firing', 'neither X nor Y met': negation on verb or chain
    (``event``: the noun the verb carries when the event is a noun: see :func:`denied`)."""
    if verb.dep_ == "pcomp" and (
        verb.head.lower_ == "without"
        or (verb.head.lower_ == "from" and verb.head.head.lemma_ in _PREVENTING)
    ):
        return True
    if (issued := issuing_verb(verb)) is not None and negated(issued):
        return True  # "did not issue a statement backing X"
    if came_to_nothing(verb):
        return True  # "the talks failed to take place" (the clause of a named event)
    if (
        verb.pos_ == "ADJ"
        and verb.dep_ in {"acomp", "attr"}
        and any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in verb.head.children)
    ):
        return True  # "was never present at talks between ..."
    if verb.dep_ == "acl" and (verb.head.lemma_ in _REFUSING or verb.head.lower_ in _REFUSALS):
        return True  # "its refusal to sign", "criticised X's failure to tell the truth"
    t: Token | None = verb
    hops, came_by = 0, ""
    while t is not None and hops < 3:
        if hops and came_by != "conj" and (t.lemma_ in _REFUSING or ceased(t, verb, hops)):
            # "refused to meet X", but not "rejected the plan and accused X"
            return not undone(t, hops, refusal=True)  # (nor "did not fail to meet X")
        for c in t.children:
            dep = c.dep_
            if (
                dep == "neg"
                or (dep in {"advmod", "det"} and c.lower_ in _NEGATIONS)
                or (dep == "preconj" and c.lower_ == "neither")  # "neither confirmed nor denied"
                or (dep == "advmod" and c.lower_ in _NEARLY and t.lemma_ not in _AMOUNTS)
                or (dep.startswith("nsubj") and _none_of(c))
                or (hops == 0 and dep == "dobj" and denied(c, event))  # "sent no troops to X"
                or (hops == 0 and scant_complement(c, event))  # "agreed on nothing"
            ):
                return not undone(t, hops)
        if t.dep_ == "conj" and own_tense(t):
            break  # "refused to comment and accused X", "did not come and sent Y": its own tense
        if (
            t.dep_ in {"xcomp", "aux"}
            or (t.dep_ == "conj" and hops == 0 and not _other_subject(t))
            or _purpose(t)  # "refused to send troops to help X"
        ):
            came_by = t.dep_
            t = t.head
            hops += 1
            continue
        break
    return False


def _purpose(verb: Token) -> bool:
    """A purpose infinitive ("sent troops to help X"): what is not done is done for no
    purpose ("did not send troops to help X" helps no one)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _none_of(subject: Token) -> bool:
    """A subject that is no one: "neither X nor Y met Z", "no Syrian troops entered
    Turkey", "not a single shell landed in X" (not "no fewer than 20 shells", where
    "no" measures, hung on "fewer"; nor when the parser gives the verb a second subject,
    "No deadline has been fixed but X has met Y")."""
    if sum(c.dep_ in {"nsubj", "nsubjpass"} for c in subject.head.children) > 1:
        return False
    return any(
        d.lower_ == "neither"
        or (d.dep_ == "det" and d.lower_ == "no" and not _numbered(d))
        or (d.lower_ == "not" and d.i + 1 < len(d.doc) and d.nbor().lower_ in {"a", "one"})
        for d in subject.children
    )


def _yet(head: Token, verbs: frozenset[str] | None = None) -> bool:
    """ "has yet to", "is yet to": what follows has not happened (``verbs``: what the
    verb after it must be, for an event that is the subject: "the talks have yet to
    begin", not "the talks have yet to produce a deal")."""
    if head.lemma_ not in {"have", "be"} or not any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children
    ):
        return False
    return any(c.dep_ == "xcomp" and (verbs is None or c.lemma_ in verbs) for c in head.children)


def _numbered(no: Token) -> bool:
    """ "No 10 said", "a No 10 spokesman": "No" for "number", not a negation."""
    return no.i + 1 < len(no.doc) and no.nbor().like_num


def _other_subject(conj: Token) -> bool:
    """A joined clause with a subject of its own ("X did not come, but Y met Z")
    is not negated by the first one, unless joined by 'nor'."""
    joiners = {c.lower_ for c in (*conj.head.children, *conj.children) if c.dep_ == "cc"}
    return "nor" not in joiners and any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)


def modality(ctx: Context, verb: Token) -> Modality:
    """Asserted, planned (future, expected) or hypothetical (conditional,
    question, modal). Worked out once per token of a document (several
    extractors ask it of the same verb)."""
    key = ("modality", verb.i)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _modality(ctx, verb)
    return cast(Modality, found)


def told_as_fact(ctx: Context, verb: Token) -> bool:
    """Told as having happened: not negated and asserted (not planned, hypothetical or
    alleged): "X blamed Y", not "X did not blame Y" nor "X may blame Y"."""
    return not negated(verb) and modality(ctx, verb) is Modality.ASSERTED


def _modality(ctx: Context, verb: Token) -> Modality:
    if asks_whether(ctx.sentence(verb)):
        return Modality.HYPOTHETICAL
    if quoted_claim(verb):
        return Modality.ALLEGED  # "Ruiz 'said she would resign'": a claim the headline quotes
    if (issued := issuing_verb(verb)) is not None:
        return modality(ctx, issued)  # "is to issue a statement backing X": planned
    if verb.lemma_ in _READY and verb.pos_ == "ADJ":
        return Modality.PLANNED  # "ready for talks with X"
    children = list(verb.children)  # read once: spaCy makes new Tokens at every pass
    if verb.dep_ != "csubj" and {"for", "to"} <= {
        c.lower_ for c in children if c.dep_ in {"mark", "aux"}
    }:
        return Modality.PLANNED  # "a call for Chile to quit OPEC": wanted (a subject: done)
    if blamed_for(verb):
        return Modality.ALLEGED  # "criticised Peru for arming the rebels": the charge
    if verb.dep_ == "pcomp" and verb.head.lower_ in {"about", "on", "of", "regarding", "over"}:
        return Modality.PLANNED  # "spoke about working with X": a topic, not an act
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.head.lemma_ in _ASKING_FOR:
        return Modality.PLANNED  # "called for sanctioning X": asked for, not done
    if verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.lower_ in {
            "forward", "committed", "dedicated", "close", "closer"}:  # fmt: skip
        return Modality.PLANNED  # "looks forward to working with X"
    if any(c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS for c in children):
        return Modality.ALLEGED  # "allegedly killed", "reportedly met"
    if (verb.dep_ == "xcomp" and _yet(verb.head)) or _yet(verb, _HAPPENING):
        return Modality.PLANNED  # "is yet to meet X", "a meeting has yet to take place"
    if any(c.dep_ in {"acomp", "attr"} and c.lemma_ in _SCHEDULED for c in children):
        return Modality.PLANNED  # "the meeting is due / scheduled to take place"
    if scheduled(verb, children) and not captioned(verb):
        return Modality.PLANNED  # "X is meeting Y on Thursday"
    if any(c.dep_ == "advmod" and c.lower_ in ew.HABITUAL_ADVERBS for c in children):
        return Modality.HABITUAL  # "frequently meets with members of Congress"
    if recurring(verb, children):
        return Modality.HABITUAL  # "the two leaders meet every year"
    now = [verb, *(a for a in children if a.dep_ == "advcl")] if verb.tag_ in _NOW else []
    if any(w.lower_ in {"when", "whenever"} for c in now if c.tag_ in _NOW for w in c.children):
        return Modality.HABITUAL  # "when the police say", "when A meets B, they talk"
    speech = reporting_verb(verb)
    if speech is not None and denies_a_charge(speech):
        speech = None  # "X accused Y of lying, a charge Y denies": the charge is denied
    if speech is not None and negated(speech):
        return Modality.ALLEGED  # "did not say that Kenya had cut its ties"
    if unvouched(verb, speech):
        return Modality.ALLEGED  # "X claimed ...", "unconfirmed reports said ...", "reports that"
    if verb.dep_ == "ccomp" and verb.head.lemma_ in _IMPLYING and negated(verb.head):
        return Modality.ALLEGED  # "the recall did not mean that Kenya had cut its ties"
    if supposed(verb) or feared(verb):
        return Modality.HYPOTHETICAL  # "an invasion of X would be a disaster", "feared raids"
    clause = verb.head if verb.pos_ == "NOUN" and verb.dep_ in {"attr", "nsubj", "dobj"} else verb
    if clause.dep_ == "ccomp" and _ruling_out(clause.head):
        return Modality.HYPOTHETICAL  # "did not rule out that a deal had been made"
    chain = [(verb, "")]
    t = verb
    while (dep := t.dep_) in _CHAINED:
        # the saying's mood: "..., X said, warning Y", "X said the talks had failed, accusing
        # Y"; the first with-absolute's: "with A backing B and C opposing her"
        head = said_aside(t) or speakers_participle(ctx, t) or absolute_with(t) or t.head
        if dep == "ccomp" and head.lemma_ in _WISHING:
            return Modality.PLANNED  # "I hope the Chinese agree with us"
        if dep == "ccomp" and head.lemma_ == "charge" and head.pos_ == "VERB":
            return Modality.ALLEGED  # "X charged that Y had armed Z": only X's charge
        if dep == "ccomp" and _believed(head):
            return Modality.ALLEGED  # "the Tories believe X is using the issue"
        if mandated(t):
            return Modality.PLANNED  # "demanded that X withdraw its envoy": not done yet
        if dep == "ccomp" or head.i == t.i or told_as_done(t):
            break  # a past relative clause: "would not meet X, whom he blamed for Y"
        if dep == "conj" and (_own_clause(t) or own_auxiliary(t)):
            break  # "Y will host the talks, but X met Z", "... but has met Z": its own tense
        if dep == "prep" and (t.lower_ in _PRESUPPOSING or head.lower_ in _PRESUPPOSING):
            break  # "not expected to attend, due to their opposition to X": a given
        chain.append((head, dep))
        t = head
        if len(chain) > 5:
            break
    for n, (v, via) in enumerate(chain):
        for child in v.children:
            low = child.lower_
            if child.dep_ in {"aux", "auxpass"}:
                # "said X would meet Y": the future of then; "Ruiz to meet Lind": a headline's
                if (
                    low in FUTURE_AUX
                    or (low == "would" and reporting_verb(v) is not None)
                    or (low == "to" and headline_future(v))
                ) and not goes_on(chain, n):
                    return Modality.PLANNED
                if low in HYPOTHETICAL_AUX:
                    return Modality.HYPOTHETICAL
            if child.dep_ == "mark" and on_condition(v, low) and via != "conj":
                return Modality.HYPOTHETICAL  # "if A met B", "provided that A and B agree"
        if inverted_condition(v, ctx.sentence(v).start):
            return Modality.HYPOTHETICAL  # "had he denied the charge", "should X attack"
        if v.i == verb.i:
            continue
        if alleges(v, chain[n - 1][0], via):
            return Modality.ALLEGED  # "accused X of ...", not "claimed to have hacked X"
        if reported_passive(v, via) or hedged(v, via):
            return Modality.ALLEGED  # "X is said to have met Y", "X appeared to snub Y"
        if via in {"xcomp", "pcomp", "advcl"} and _ruling_out(v) and _ruled_out(chain[n - 1][0]):
            return Modality.HYPOTHETICAL  # "ruled out meeting Y", "did not rule out attacking"
        # "is expected to meet", "plans to visit", "is to visit", "urged X to talk"
        if (
            via in {"xcomp", "advcl"}
            and (v.lemma_ in PLAN_HEADS or v.lower_ in PLAN_HEADS)  # "is poised to"
            and v.pos_ in {"VERB", "AUX", "ADJ"}
            and not stay_somewhere(v)  # "was in Quito to meet X": there for it, not due
        ):
            below = chain[n - 1][0]  # the verb this head governs
            if via == "xcomp" or has_to(below):
                return Modality.PLANNED
        if aim_of_gathering(v, via, chain[n - 1][0], verb):
            return Modality.PLANNED  # "A and B met to coordinate": an aim, not done
        if intended(v, via, chain[n - 1][0]):
            return Modality.PLANNED  # "plans for talks", "Iran's threat to strike X"
        if warned_against(v, via):
            return Modality.HYPOTHETICAL  # "warned China against arming X"
        if v.lower_ == "going" and via == "xcomp":
            return Modality.PLANNED
        if via in {"relcl", "acl", "prep", "pobj", "advcl"} and makes_way(v):
            return Modality.PLANNED  # "cleared the way for X to sign", "paved the way for talks"
    if verb.dep_ == "advcl" and any(c.lower_ in {"if", "unless"} for c in children):
        return Modality.HYPOTHETICAL
    return Modality.ASSERTED


def _own_clause(conj: Token) -> bool:
    """A past-tense clause with its own subject, joined to a present or bare verb,
    has a tense of its own: the future, modal or plan of the first clause is not
    its ("Y will host the talks, but X met Z on Monday"); "will fly to Rome and
    meet Z" shares it."""
    return (
        conj.tag_ == "VBD"
        and conj.head.tag_ in {"VB", "VBP", "VBZ"}
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)
    )


def _believed(head: Token) -> bool:
    """A verb of opinion whose holder is named by a noun ("officials think")."""
    return (
        head.lemma_ in _BELIEVING
        and head.pos_ == "VERB"
        and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"} for c in head.children
        )
    )


def _ruling_out(verb: Token) -> bool:
    """'rule out' (negated or not): what it governs is a possibility, not a fact."""
    return verb.lemma_ == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def _ruled_out(below: Token) -> bool:
    """What "rule out" makes a possibility is its own complement ("ruled out meeting
    Y"), not a clause set off by a comma, before it or after ("Speaking to X, Y ruled
    out a rise", "ruled out talks, saying ...": said, not ruled out)."""
    if below.dep_ != "advcl":
        return True
    head = below.head
    lo, hi = sorted((below.i, head.i))
    return below.i > head.i and not any(t.is_punct for t in head.doc[lo:hi])


_INTENT_HEADS = _READY | {"pledge", "promise", "vow", "offer", "agree", "undertake"}


def intent(verb: Token) -> Token | None:
    """The word of readiness or promise a clause depends on ("was willing to work
    with", "pledged to support", "ready for talks"), if any: an expression of
    intent, itself an event (CAMEO 03)."""
    if verb.lemma_ in _READY and verb.pos_ == "ADJ":
        return verb
    t = verb
    for _ in range(3):
        if t.dep_ not in {"xcomp", "acomp", "prep", "pobj"} or t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_ in _INTENT_HEADS and not any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX for c in t.children
        ):
            return t
    return None
