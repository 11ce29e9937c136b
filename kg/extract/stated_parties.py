"""Who can speak, and what a statement can be about: actors, not things or groups
known only by what they are.

* A law, treaty or convention is no topic ("X said the Kelso Act was a bad law"):
  what is said of it is said of no actor.
* A group is a topic only when a listed name marks it out ("X said Hamas had ...");
  "Scottish students", "Labour MPs" or "the rebels" are people the story describes.
* A bare plural of no name does not speak ("Lawmakers said ...", "Creditors of the
  firm said", "Green groups say", "Cabinet allies said"): some such people, not an
  actor (a capital that only opens the sentence names nothing). "The rebels said"
  may stand for a group the story named, and a state's forces ("Police said") are
  the article's own group: both still speak.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.body_words import ORG_HEAD_WORDS
from kg.language.communities import community_people
from kg.language.event_words import VICTIM_NOUNS
from kg.language.lexicon import FORCE_PLURALS
from kg.language.mentions import Mention


def no_topic(mention: Mention) -> bool:
    """A mention that is not what a statement is about: a place, a pronoun, a
    place named as a location, a law or treaty, a group no listed name marks out."""
    return (
        mention.kind in {"place", "pronoun", "agreement"}
        or mention.locative
        or (mention.kind == "group" and mention.entry is None)
    )


# Things named after the city where they were agreed or began: "the Lisbon goals", "the
# Paris Club", "the Washington consensus" (no word of the city's country).
_NAMED_AFTER = frozenset(
    """
    agenda goals targets ambitions strategy process treaty protocol accord accords agreement
    convention conventions declaration round criteria principles rules club consensus plan
    pact framework summit conference
    """.split()
)


def eponym(ctx: Context, token: Token) -> bool:
    """A capital that only names something after itself ("meeting the Lisbon goals"):
    no topic of what is said, and not its country."""
    mention = ctx.actors.mention_at(token.i)
    if mention is None or not mention.metonym:
        return False
    last = ctx.doc[mention.end - 1]
    return last.dep_ in {"compound", "nmod", "amod"} and last.head.lower_ in _NAMED_AFTER


def topic_mention(ctx: Context, i: int, key: str | None) -> Mention | None:
    """The mention that names ``key`` at token ``i``: the innermost name there,
    unless a wider mention is the one linked to ``key`` ("Britain" in "Britain's 650
    MPs" names the group there, and the group is what is said of)."""
    inner = ctx.actors.mention_at(i)
    if key is None or inner is None or ctx.actors.by_mention.get(inner.id) == key:
        return inner
    return next(
        (m for m in ctx.actors.mentions if m.start <= i < m.end
         and ctx.actors.by_mention.get(m.id) == key),
        inner,
    )  # fmt: skip


def unnamed_group(ctx: Context, mention: Mention) -> bool:
    """ "Lawmakers", "Green groups", "the banks": a group of no name (a capital that
    only opens the sentence is none; "Kurdish rebels" are named by their people)."""
    if mention.kind != "group" or mention.entry is not None:
        return False
    doc = ctx.doc
    if community_people(doc[mention.end - 1]):
        return False  # "Tamil politicians said": named by their community
    for t in doc[mention.start : mention.end]:
        if t.ent_type_:
            return False
        if t.is_title and not _opens_sentence(t.i, ctx):
            return False
    return True


def speaks_not(ctx: Context, mention: Mention | None) -> bool:
    """A speaker that is no actor: an unnamed group other than a state's forces, named
    by a bare plural ("Lawmakers said", "opposition MPs said": some such people). "The
    rebels said" refers back to a group the story has named, and may stand for it."""
    if mention is not None and placed_body(ctx, mention):
        return True
    if mention is None or not unnamed_group(ctx, mention):
        return False
    head = ctx.doc[mention.end - 1]
    determined = any(c.dep_ in {"det", "poss", "nummod"} for c in head.children)
    return head.lower_ not in FORCE_PLURALS and not determined


def placed_body(ctx: Context, mention: Mention) -> bool:
    """ "the Ohio centre has argued", "the Geneva institute said": a body described
    by its place and its kind in lower case, no name of its own (its name, given
    elsewhere, is what speaks; "the Labour party" is named by the party)."""
    head = ctx.doc[mention.end - 1]
    if mention.kind != "org" or mention.entry is not None or mention.end - mention.start < 2:
        return False
    if not head.is_lower or head.lower_ not in ORG_HEAD_WORDS:
        return False
    places = {i for m in ctx.actors.mentions if m.kind == "place" for i in range(m.start, m.end)}
    states = {i for m in ctx.actors.mentions if m.kind == "country" for i in range(m.start, m.end)}
    words = range(mention.start, mention.end - 1)  # (a state's body is the state's)
    return all((i in places or ctx.doc[i].ent_type_ in {"GPE", "LOC"}) and i not in states
               for i in words)  # fmt: skip


def _opens_sentence(i: int, ctx: Context) -> bool:
    """Whether token ``i`` is the first word of its sentence, past any opening quote."""
    sent = ctx.doc[i].sent
    first = next((t.i for t in sent if not t.is_punct), sent.start)
    return i == first


_INTERVIEWS = {"interview", "interviews"}


def gives_interview(verb: Token) -> bool:
    """ "gave an interview to X", "granted X an interview": the giver speaks, to X
    (a broadcaster or paper is told, never met)."""
    return verb.lemma_ in {"give", "grant"} and any(
        c.dep_ == "dobj" and c.lower_ in _INTERVIEWS for c in verb.children
    )


def interviewers(verb: Token) -> list[Token]:
    """Whom an interview given is given to, when the noun takes it ("gave an
    interview to X"); the verb's own "to" and dative are read with the others."""
    if not gives_interview(verb):
        return []
    return [o for c in verb.children if c.dep_ == "dobj" for o in g.prep_objects(c, {"to"})]


# Nouns that speak for their author when the parser hangs them on what they say.
_TAIL_SOURCES = {"statement", "communique", "communiqué", "declaration", "spokesman",
                 "spokeswoman", "spokesperson"}  # fmt: skip


def tail_paper(verb: Token) -> list[Token]:
    """ "A will buy B, C and D, a Velcor statement said": the parser takes the
    statement for another name of the list's last member, and leaves "said" with no
    subject; the statement (and so its author) is who speaks, never the list."""
    if verb.i == 0 or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return []
    clause = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i]
    return [
        t
        for c in clause
        for t in c.subtree
        if t.lower_ in _TAIL_SOURCES
        and t.dep_ in {"appos", "conj"}
        and t.right_edge.i == verb.i - 1  # the phrase just before "said"
    ][:1]


def conj_tail(verb: Token) -> list[Token]:
    """ "A has not accepted B as ambassador, C's foreign ministry said": the parser
    reads C as another name of what comes before and "said" as a second verb of the
    first clause, sharing its subject A; the phrase between the comma and "said" is
    who speaks. Not "A met B and said" (a real second verb) nor "A met B, said C"."""
    head = verb.head
    if verb.dep_ != "conj" or verb.lemma_ != "say" or verb.i < 3 or head.i > verb.i:
        return []
    if any(c.dep_ in {"nsubj", "nsubjpass", "cc"} for c in verb.children):
        return []
    if any(t.dep_ == "cc" and t.head == head for t in verb.doc[head.i : verb.i]):
        return []
    before = verb.doc[verb.i - 1]
    phrase = next((a for a in before.ancestors if a.dep_ in {"appos", "conj"}), None)
    if before.dep_ in {"appos", "conj"}:
        phrase = before
    if phrase is None or phrase.right_edge.i != verb.i - 1 or phrase.head.i > phrase.i:
        return []
    start = phrase.left_edge.i
    return [phrase] if start > 0 and verb.doc[start - 1].text == "," else []


def without_tail(verb: Token, clause: list[Token]) -> list[Token]:
    """The words a statement hung on its own clause says, without the statement
    itself ("..., a Velcor statement said": not "a Velcor statement")."""
    tail = tail_paper(verb)
    if not tail:
        return clause
    cut = tail[0].left_edge.i
    return [t for t in clause if t.i < cut and not (t.i == cut - 1 and t.is_punct)]


# Verbs of having and handing over, which want an object ("now owns X").
_HAVING = {"own", "buy", "sell", "acquire", "control", "hold", "run", "take", "seize"}


def lost_objects(ctx: Context, verb: Token, subjects: list[Token]) -> set[str]:
    """ "A now owns B and Russia has said ...": the parser gives the speech verb the
    subject "B and Russia" and leaves "owns" with no object; B is what A owns, and
    only Russia speaks (the actors of the first conjunct, to leave out)."""
    head = verb.head
    if (
        verb.dep_ != "ccomp"
        or head.i > verb.i
        or head.lemma_ not in _HAVING
        or any(c.dep_ in {"dobj", "obj", "ccomp"} and c.i != verb.i for c in head.children)
    ):
        return set()
    return {k for t in subjects if t.i > head.i and any(c.dep_ == "conj" for c in t.children)
            for k in g.actors_of_token(ctx, t)}  # fmt: skip


# A country's people, citizens or nationals as a whole are the country's own.
_A_STATES_OWN = frozenset({"people", "person", "national", "citizen"})


# People in business, whose country says only where they are from: "the US entrepreneur".
_TRADERS = frozenset(
    "entrepreneur investor tycoon billionaire magnate financier mogul shareholder".split()
)


def private_nationality(ctx: Context, token: Token) -> bool:
    """ "the Egyptian man", "a French woman", "the US entrepreneur": a people's
    adjective (or a country's name, for a trader) on a private person says where the
    person is from; what is said is of that person, not of the country ("a Chinese
    official" speaks for China, and "the British people", "British nationals" are
    Britain's: both stay its topic)."""
    mention = ctx.actors.mention_at(token.i)
    head = token.head
    if mention is None or head.i <= token.i or token.dep_ not in {"amod", "compound"}:
        return False
    lemma = head.lemma_.lower()
    if mention.kind == "demonym" and lemma in VICTIM_NOUNS - _A_STATES_OWN:
        return True
    return mention.kind in {"demonym", "country"} and lemma in _TRADERS


def told_content(verb: Token, told: list[Token]) -> list[Token] | None:
    """What "tell" says when no clause hangs on the verb itself: what it tells someone
    ("told him the story of X"), a clause the parser hung on whom it tells ("told CNN's
    evening show that ...", "told the show he hoped ..."), else what it tells of ("told
    Ms Lee of the plan"); whom it tells, and whose show that is, are no topic."""
    if any(c.dep_ == "dative" for c in verb.children):
        return list(told[0].subtree) if told else None
    clauses = [c for o in told for c in o.children if _own_clause(c)]
    about = [c for t in [verb, *told] for c in t.children
             if c.dep_ == "prep" and c.lower_ in {"about", "of"} and c.i > verb.i]  # fmt: skip
    said_of = clauses or about
    return list(said_of[0].subtree) if said_of else None


def _own_clause(clause: Token) -> bool:
    """A clause with a subject of its own that is no relative word."""
    return clause.dep_ in {"ccomp", "relcl", "acl"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in g.RELATIVE_TAGS for c in clause.children
    )


_GOING_ON = {"add", "note", "stress", "insist", "emphasise", "emphasize", "deny"}


def adding_to(verb: Token) -> Token | None:
    """The speech verb whose reported clause a subjectless "adding" or "denying" hangs in: the
    parser puts "adding" on the reported verb ("X said Y had failed, adding ..."),
    but who adds is who said it."""
    if (
        verb.tag_ != "VBG"
        or verb.lemma_ not in _GOING_ON
        or verb.dep_ not in {"advcl", "acl", "xcomp"}  # not "A and B ... are insisting"
        or any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children)
    ):
        return None
    t = verb.head
    tail = [c for c in [t, *t.children] if c.dep_ == "conj" and c.i < verb.i and conj_tail(c)]
    if tail:  # "A has not accepted B, C said on Tuesday, adding ...": C adds
        return tail[-1]
    while t.head.i != t.i:
        if t.dep_ == "ccomp" and t.head.lemma_ in g.SPEECH_VERBS:
            return t.head
        t = t.head
    return None


def inverted_speakers(verb: Token, subjects: list[Token]) -> list[Token]:
    """ "But the department, responsible for X, suffered Y, said the committee": the
    parser may give the speech verb the reported clause's subject as well as the
    inverted one after it; the one after the verb speaks."""
    after = [s for s in subjects if s.head.i == verb.i and s.dep_ == "nsubj" and s.i > verb.i]
    before = [s for s in subjects if s.head.i == verb.i and s.dep_ == "nsubj" and s.i < verb.i]
    return after if after and before else subjects
