"""A "they" that takes up the pair named just before, for
:mod:`kg.language.common_nouns` and :func:`kg.language.plural_posts.said_pair`.

* "They met on Monday": the two just named (a subject that did it with each other).
* "A and B met in Geneva. They said the talks would resume" / "They agreed a
  truce": a "they" that speaks, or does what two parties do together (agree, sign,
  condemn) or say of a third as one (criticise, accuse, urge, praise), right after a
  sentence whose main subject is two or more names given together ("A and his
  Kenyan counterpart B") is those names; not a "they" inside a quote, after one name
  alone ("A arrived. They say ..."), or after a pair named as objects ("A met B and
  C. They said").
* The same after a plural subject of people who act for two parties that qualify it
  ("Kenyan and Ugandan officials met. They signed a pact", "Officials from A and B met",
  "the Peruvian and Chilean governments held talks"): those parties (when each is an
  actor: :func:`said_pair`); not "Kenyan and Ugandan fans".
* "They are both members of Y", "they all belong to Y" after such a pair: each of them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.language.event_words import SPEECH_VERBS
from kg.language.lexicon import AGENT_NOUNS, RECIPROCAL_VERBS, SUBJECT_DEPS
from kg.language.quotes import in_quote
from kg.language.talks import MEETING_NOUNS, SPOKEN_WITH


def each_other(tok: Token) -> bool:
    """ "they met", "they talked for an hour": a subject that did it with each other
    (not "they met the envoy", "they talked to reporters")."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and verb.lemma_ in RECIPROCAL_VERBS
        and not any(c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ in {"with", "to"})
                    for c in verb.children)
    )  # fmt: skip


# What two parties do together, and a "they" right after them does as the pair:
# "A and B met in Geneva. They agreed a truce / signed a deal / condemned the raid."
JOINT_VERBS = frozenset(
    "agree sign seal reach conclude clinch ink initial pledge vow accept approve endorse "
    "condemn reject denounce".split()
)
# What the pair may say of a third side as one: "A met B. They criticised / accused /
# urged / praised C" (each of the two does it).
STANCE_VERBS = frozenset(
    "criticise criticize accuse blame urge press warn praise welcome hail thank".split()
)


def pair_speaks(tok: Token) -> bool:
    """ "They said", "they agreed" right after a sentence whose subject is a pair of
    names."""
    verb = tok.head.lemma_
    if (
        tok.lower_ != "they"
        or tok.dep_ != "nsubj"
        or (verb not in SPEECH_VERBS and verb not in JOINT_VERBS and verb not in STANCE_VERBS
            and not _both_are(tok))
    ):
        return False
    sent = tok.sent
    if sent.start == 0 or in_quote(tok):
        return False
    return len(subject_pair(tok.doc[sent.start - 1].sent)) >= 2


def _both_are(tok: Token) -> bool:
    """ "They are both members of Y", "they all belong to Y": what the pair is, each of them."""
    verb = tok.head
    return verb.lemma_ in _BEING and any(
        c.lower_ in {"both", "all"} and c.dep_ in {"advmod", "det", "preconj", "appos", "dep"}
        for t in (tok, verb) for c in t.children
    )


_BEING = frozenset({"be", "remain", "belong"})


def subject_pair(sent: Span) -> list[Token]:
    """The names given together as the subject of a sentence's main clause, or the
    one who met and the one met ("A met B on Monday", "A held talks with B")."""
    root = sent.root
    if root.lemma_ in SPEECH_VERBS:  # "A met B on Monday, officials said"
        root = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root)
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return []
    items = [_named(subject), *(_named(t) for t in subject.conjuncts)]
    if len(items) >= 2 and all(t.pos_ == "PROPN" for t in items):
        return items
    if len(items) == 1 and items[0].pos_ == "PROPN" and (met := _one_met(root)) is not None:
        return [items[0], met]  # "Kenya's president, A, met B"
    if subject.tag_ != "NNS" or subject.lower_ not in AGENT_NOUNS or subject.conjuncts:
        return []  # "Kenyan and Ugandan fans": people of those nations, not their states
    return _qualifying_pair(subject)


def _named(item: Token) -> Token:
    """The name a post gives in apposition: "his Ugandan counterpart Ann Lee" (Lee)."""
    if item.pos_ != "NOUN":
        return item
    return next((c for c in item.children if c.dep_ == "appos" and c.pos_ == "PROPN"), item)


# Verbs whose object is the one met: "A met B", "A hosted B", "A received B".
_MEETING_VERBS = frozenset({"meet", "host", "receive"})


def _one_met(verb: Token) -> Token | None:
    """The one name a meeting verb's subject met: "met B", "hosted B", "held talks
    with B", "talked with B", "spoke with B", "met Chile's president, B," (not "met B and C", "met
    farmers", "met in Oslo")."""
    if verb.lemma_ in _MEETING_VERBS:
        found = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        heads = [verb] if verb.lemma_ in RECIPROCAL_VERBS | SPOKEN_WITH else []
        if verb.lemma_ == "hold":
            heads = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in MEETING_NOUNS]
        heads += [
            c for h in heads for c in h.children if c.dep_ == "dobj" and c.lower_ in MEETING_NOUNS
        ]
        found = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    found = [_named(t) for t in found]  # "met Chile's president, Ana Vial,": Vial
    if len(found) != 1 or found[0].pos_ != "PROPN" or found[0].conjuncts:
        return None
    return found[0]


def _qualifying_pair(subject: Token) -> list[Token]:
    """The two or more capitalised words that qualify a plural subject: "Kenyan and
    Ugandan officials", "officials from Kenya and Uganda" (not "officials from Kenya")."""
    for c in subject.children:
        if c.dep_ == "prep" and c.lower_ in {"from", "of"}:
            c = next((o for o in c.children if o.dep_ == "pobj"), c)
        elif c.dep_ not in {"amod", "compound", "nmod"}:
            continue
        items = [c, *c.conjuncts]
        if len(items) >= 2 and all(t.is_title or t.is_upper for t in items):
            return items
    return []
