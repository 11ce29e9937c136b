"""Whose act a noun like "move" or "decision" stands for when it names no owner:
the subject of the clause it stands beside ("Russia annexed the peninsula, a move
the West condemned": Russia's), or, opening with "the" in the next sentence, the
subject of the sentence before ("Iran expelled two British diplomats. Britain
condemned the move.": Iran's), or, judged in a clause with its own subject set
beside the one that tells the act, that clause's subject ("Peru closed the border,
with Chile calling the move reckless": Peru's; :mod:`kg.extract.set_beside`).
Without such a subject it stands for no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.contact_relatives import ACT_NOUNS
from kg.extract.deed_nouns import AUTHORING_VERBS, same_kind_doers
from kg.extract.doing import DOING_VERBS
from kg.extract.earlier_nouns import last_noun_before
from kg.extract.judged_deeds import taken_up_doers
from kg.extract.modality import told_as_fact
from kg.extract.modifier_owners import modifier_owners
from kg.extract.pact_parties import pact_parties
from kg.extract.run_affairs import runners
from kg.extract.set_beside import set_beside
from kg.extract.triggers import trigger
from kg.language.event_words import APPEAL_VERBS, JUDGING_VERBS, RESPONDING_VERBS, SPEECH_VERBS
from kg.language.gazetteer import gazetteer
from kg.records import EventKind

_DEEDS = {EventKind.CONFLICT, EventKind.COOPERATION}


def an_act(t: Token) -> bool:
    return t.lemma_.lower() in ACT_NOUNS


def owned_by_doing(t: Token, participle: Token) -> bool:
    """Whether the agent of a participle on ``t`` owns it: "a move made by X" (not "a
    move condemned by X", whose agent judges the act)."""
    return not an_act(t) or participle.lemma_ in DOING_VERBS


# A sentence told by these verbs tells no act of its subject's for "the move" to be:
# a saying, an appeal or a judgement of someone else's act ("X criticised the plan.
# Y defended the measure": X's judgement is no measure).
_NO_ACT = SPEECH_VERBS | APPEAL_VERBS | JUDGING_VERBS
# Plurals that name one act as well as several: "X expelled two diplomats. Y condemned
# the measures" (not "the decisions", "the moves": more than the one told before).
_PLURAL_ACTS = frozenset({"measures", "steps", "actions"})


def act_doers(ctx: Context, t: Token) -> list[str]:
    """The actors whose act or deed ``t`` stands for: the one resolver of a deed's
    doer. ``t`` may be the relative word of a clause on the noun ("a move that the
    West condemned"). An act noun's subject beside it or before it (see the module's
    docstring); "the sanctions" an earlier sentence told someone imposed
    (:func:`authors_before`); "the assault" told before by a verb of its kind
    (:func:`kg.extract.deed_nouns.same_kind_doers`); "the deal", "the incident", "the
    walkout" taken up from the deed told before
    (:func:`kg.extract.judged_deeds.taken_up_doers`)."""
    if t.tag_ in g.RELATIVE_TAGS and t.head.dep_ == "relcl":
        t = t.head.head
    if not an_act(t):  # "the sanctions", "the attack", "the deal" told before
        found = authors_before(ctx, t) or same_kind_doers(ctx, t) or pact_parties(ctx, t)
        return found or taken_up_doers(ctx, t) or runners(ctx, t)  # "the counting of X's votes"
    if t.tag_ == "NNS" and t.lower_ not in _PLURAL_ACTS:
        return _stood_for(ctx, t)  # "condemned the decisions": more than the one act told
    return _stood_for(ctx, t) or taken_up_doers(ctx, t)


def _stood_for(ctx: Context, t: Token) -> list[str]:
    """Whose act the act noun ``t`` ("move", "decision") stands for."""
    clause = _beside(t)
    if clause is not None:
        return [k for s in g.subjects(clause) for k in g.actors_of(ctx, s)]
    judged = set_beside(ctx, t)
    if judged is not None:
        return judged
    kids = [c.lower_ for c in t.children if c.dep_ not in {"punct", "acl", "relcl"}]
    kids = [k for k in kids if k not in {"as", "'", '"'}]  # "condemned the move as illegal":
    # the judgement; "called the move 'a ...'": a quotation mark read as the noun's
    if kids != ["the"] or (t.tag_ == "NNS" and t.lower_ not in _PLURAL_ACTS):
        return []  # "a decision", "the move to Paris", "the court's decision", "the
        # decisions": not the last act
    start = t.sent.start
    if start == 0:
        return []
    before = ctx.doc[start - 1].sent
    root = before.root
    if root.lemma_ in RESPONDING_VERBS:
        # a reaction to the act, not the act: what it answers ("Russia reacted angrily to
        # the EU's decision. Its envoy called the move ...": the EU's), else the act the
        # sentence before it tells ("The EU extended sanctions. Russia reacted angrily.")
        answered = g.prep_objects(root, {"to"})
        if answered:
            return [k for o in answered for k in g.actors_of(ctx, o) or modifier_owners(ctx, o)]
        if before.start == 0:
            return []
        root = ctx.doc[before.start - 1].sent.root
    doers = _told_act(ctx, root)
    if doers and before.start > 0 and _own_act(ctx, t, root):
        # "X closed its airspace. Y's ministry summoned X's envoy. Y condemned the
        # decision": not Y's own answer, the act before it
        doers = _told_act(ctx, ctx.doc[before.start - 1].sent.root)
    return doers


def _told_act(ctx: Context, root: Token) -> list[str]:
    """The doers of the act a sentence's main verb tells, or of the act its speaker
    reports of itself ("Poland announced / said it would deploy troops": Poland's;
    not "Officials said Peru had expelled ...", nor "said it had no plans")."""
    if root.lemma_ in SPEECH_VERBS:
        told = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB"]
        if len(told) != 1 or told[0].lemma_ in {"be", "have"} or not _of_itself(told[0]):
            return []
        if not _tells_act(told[0]):
            return []
    elif not _tells_act(root) or not told_as_fact(ctx, root):
        return []  # "Officials said ...", "X called on the government to ...", "X may
        # expel ...": no act told
    return [k for s in g.subjects(root) for k in g.actors_of(ctx, s)]


def _tells_act(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_ not in _NO_ACT and _acts_on(verb)


def _of_itself(clause: Token) -> bool:
    """Whether a reported clause's subject is its speaker's pronoun ("Poland said it
    would ...", "they would")."""
    return any(s.lower_ in {"it", "they", "we"} for s in g.subjects(clause))


def _own_act(ctx: Context, t: Token, root: Token) -> bool:
    """Whether the judge of ``t`` ("Y condemned the decision") did the act told by
    ``root``, itself or through a body of its own ("Y's foreign ministry")."""
    if t.dep_ != "dobj":
        return False
    judges = {k for s in g.subjects(t.head) for k in g.actors_of(ctx, s)}
    doers = {k for s in g.subjects(root) for k in g.actors_of(ctx, s)}
    owners = [gazetteer().lookup(c.text) for s in g.subjects(root) for c in s.children
              if c.dep_ == "poss"]  # fmt: skip
    doers.update(e.key for e in owners if e is not None)
    return bool(judges & doers)


def _acts_on(verb: Token) -> bool:
    """Whether ``verb`` tells an act done to something, which a later "the move" can
    take up ("Peru expelled two diplomats", "the AU suspended Mali"): not a meeting or
    an activity with nothing acted on ("The Liberals met on Monday", "She spoke")."""
    found = trigger(verb.lemma_, "verb")
    if found is not None and found.kind not in _DEEDS:
        return False  # "A met B": a meeting, no decision
    return any(c.dep_ in {"dobj", "xcomp", "ccomp", "prep", "dative"} for c in verb.children)


def _beside(t: Token) -> Token | None:
    """The verb of the clause an act noun stands beside: "annexed X, a move ..."
    (in apposition to the object, a second object, or an adverbial noun)."""
    head = t.head
    if t.dep_ in {"npadvmod", "dobj"} and head.pos_ == "VERB":
        objects = [c for c in head.children if c.dep_ == "dobj" and c.i < t.i]
        if t.dep_ == "npadvmod" or objects:
            return head
    if t.dep_ == "appos" and head.dep_ in {"dobj", "pobj", "attr"}:
        verb = head.head if head.dep_ != "pobj" else head.head.head
        return verb if verb.pos_ == "VERB" else None
    return None


def authors_before(ctx: Context, t: Token) -> list[str]:
    """Whose ``t`` is when it is "the" and a noun an earlier sentence told someone
    made: "The EU imposed sanctions on Iran. Tehran condemned the sanctions" (the
    EU's), "Chile proposed a plan. Peru rejected the plan" (Chile's), "Sanctions were
    imposed by the EU ... the sanctions". Only the nearest earlier mention of the
    noun counts ("Iran faced sanctions. ... the sanctions": no one's)."""
    kids = [c for c in t.children if c.dep_ not in {"punct", "acl", "relcl", "prep"}]
    if [c.lower_ for c in kids if c.dep_ != "amod"] != ["the"] or t.pos_ != "NOUN":
        return []  # "a plan", "the peace plan", "Chile's plan": another or owned
    if any(ctx.actors.at(c.i) for c in kids):
        return []  # "the Iranian sanctions": owned, not told before
    earlier = last_noun_before(ctx, t.lemma_, t.sent.start)
    if earlier is None or g.in_quote(earlier):
        return []  # '"Should we impose sanctions?" ... the sanctions': no one's yet
    verb = earlier.head
    if verb.lemma_ not in AUTHORING_VERBS or verb.pos_ != "VERB":
        return []
    if earlier.dep_ == "dobj" and not g.is_passive(verb):
        doers = g.subjects(verb)
    elif earlier.dep_ == "nsubjpass":
        doers = g.agents(verb)
    else:
        return []
    return [k for d in doers for k in g.actors_of(ctx, d)]
