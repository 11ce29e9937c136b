"""Collective conflict. People of a named side struck or held: "riot police beat
supporters of the opposition X", "troops shot members of X" (a verb that needs a
person as its object, "beat", "shoot", takes a crowd of someone's people too, and acts
on that someone). Strikes from work: "the union went on strike against X" is a protest
(CAMEO 143), not an attack.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.giving import is_captive
from kg.extract.labour_strikes import STRIKE_NOUNS, strike_called
from kg.extract.modifier_owners import OWNING_DEPS, owning_words
from kg.extract.senses import Sense
from kg.records import EventKind

# Nouns of the people who stand with a side: "supporters of X", "X's activists".
CROWD_NOUNS = frozenset(
    """
    supporter member activist protester protestor demonstrator follower sympathiser
    sympathizer loyalist partisan militant worker employee student journalist
    """.split()
)


def crowd_of_side(ctx: Context, tokens: list[Token]) -> bool:
    """Whether one of ``tokens`` is a crowd of a named side's people ("supporters of
    X", "X's members", "X supporters"), not a thing ("the plan") or a side itself."""
    for t in counted(tokens):
        for crowd in (t, t.head, t.head.head):  # "supporters", or "X" of "supporters of X"
            if crowd.lemma_.lower() not in CROWD_NOUNS or crowd.pos_ != "NOUN":
                continue
            # no demonym: "Kenyan supporters" are a people's, no side's crowd
            owners = [*g.prep_objects(crowd, {"of"}), *owning_words(crowd, OWNING_DEPS - {"amod"})]
            if any(g.actors_of(ctx, o) for o in owners):
                return True
    return False


# Nouns that count a crowd: "dozens of supporters of X", "a group of members of X".
_COUNTS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                     "score", "scores", "group", "number", "handful"})  # fmt: skip


def counted(tokens: list[Token]) -> list[Token]:
    """``tokens`` with a count replaced by what it counts: "dozens of supporters of X"
    -> "supporters" (whose "of" names the side); other tokens as they are."""
    out = []
    for t in tokens:
        inner = g.prep_objects(t, {"of"}) if t.lower_ in _COUNTS else []
        out += [i for i in inner if i.lemma_.lower() in CROWD_NOUNS] or [t]
    return out


def persons(ctx: Context, kind: EventKind, tokens: list[Token]) -> bool:
    """Whether a verb that needs a person as its object has one: a person by name
    ("shot X"), or for a conflict a crowd of a named side ("beat supporters of X")."""
    if tokens and _a_result(tokens[0]):
        return False  # "X was beaten 5-0 by Y", "Y beat X in the final": a game won
    if any(is_captive(ctx, t, False) for t in tokens):
        return True
    return kind is EventKind.CONFLICT and crowd_of_side(ctx, tokens)


_SCORE = re.compile(r"\d+-\d+")
# Nouns of a game, and a score ("5-0"): who beats whom there wins.
_GAME_NOUNS = frozenset(
    """
    final finals semi-final semi-finals semifinal quarter-final match game league cup
    championship tournament derby fixture goals innings wickets
    """.split()
)


def _a_result(token: Token) -> bool:
    words = list(token.sent)
    for n, t in enumerate(words):
        if t.lower_ in _GAME_NOUNS and t.dep_ in {"pobj", "dobj", "nsubj", "npadvmod"}:
            return True  # "in the final", "won the match"
        after = words[n + 1 : n + 3]
        if t.like_num and len(after) == 2 and after[0].text == "-" and after[1].like_num:
            return True  # a score the tokenizer splits: "5", "-", "0"
    return any(_SCORE.fullmatch(t.text) for t in words)


def owners_struck(kind: EventKind, cameo: str, flags: frozenset[str]) -> bool:
    """Whether a conflict's object may stand for its owner: goods banned or frozen
    ("banned imports of X", "froze $6bn in X's funds"), people beaten or shot ("beat
    supporters of X")."""
    return kind is EventKind.CONFLICT and (cameo[:2] in {"16", "17"} or "person-object" in flags)


# Words of a stoppage of work, not of arms: "a general / national / 24-hour strike".
_LABOUR_MODIFIERS = frozenset(
    """
    general national nationwide hunger one-day two-day 24-hour 48-hour 72-hour indefinite
    all-out wildcat labour labor rolling token sympathy pay
    """.split()
)
# Who strikes from work: "the union's strike", "the nurses went on strike".
_WORKERS = frozenset(
    """
    union unions federation confederation guild workers employees staff miners dockers
    nurses doctors teachers drivers pilots dockworkers association
    """.split()
)


def labour_sense(s: Sense, trigger: Token) -> Sense:
    """A strike from work is a protest (CAMEO 143), not an attack: called or gone on
    ("called a strike", "went on strike"), said to be general, national or the like, or
    done by a union or workers ("the union struck against X", "the union's strike")."""
    if s.type != "attack" or trigger.lower_ not in STRIKE_NOUNS | {"struck", "striking"}:
        return s
    words = [c for c in trigger.children if c.dep_ in {"amod", "compound", "poss", "nsubj"}]
    if any(w.lower_ in _LABOUR_MODIFIERS for w in words):
        return _PROTEST
    verb = trigger.head if trigger.dep_ == "dobj" else trigger.head.head
    if trigger.dep_ in {"dobj", "pobj"} and strike_called(verb, trigger.head, trigger):
        return _PROTEST  # "called a strike", "went on strike"
    if trigger.dep_ in {"dobj", "pobj"} and trigger.head.pos_ in {"VERB", "AUX"}:
        words += [c for c in trigger.head.children if c.dep_ == "nsubj"]
    elif trigger.dep_ == "pobj" and verb.pos_ in {"VERB", "AUX"}:
        words += [c for c in verb.children if c.dep_ == "nsubj"]
    return _PROTEST if any(w.lower_ in _WORKERS for w in words) else s


_PROTEST = Sense("protest", "143")


def included(ctx: Context, token: Token) -> list[str]:
    """The named people a counted group is said to include, each struck as the group is:
    "sanctions on three generals, including air force chief X" (X too), "arrested ten
    officials, among them X". Only people: "sanctions on Russia, including a ban on
    oil" adds no one, and "towns including X" are places, not sides."""
    found: list[str] = []
    for t in g.conjuncts(token):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in {"including", "among"}:
                found += [k for o in g.prep_objects(t, {c.lower_}) for k in g.actors_of(ctx, o)
                          if k.startswith("person/")]  # fmt: skip
    if not found:
        # "imposed sanctions on nine officials on Friday, including X": hung on the verb
        # (or on the measure: "a ban on four generals last week, including X")
        lists = [c for h in _heads_over(token) for c in h.children if c.dep_ == "prep"
                 and c.lower_ == "including" and c.i > token.right_edge.i
                 and c.doc[c.i - 1].text == ","]  # fmt: skip
        found += [k for c in lists for o in c.children if o.dep_ == "pobj"
                  for k in g.actors_of(ctx, o) if k.startswith("person/")]  # fmt: skip
    return list(dict.fromkeys(found))


def _heads_over(noun: Token) -> list[Token]:
    """The words a plural noun hangs on up to the verb it is the object of, directly or
    through the prepositions of its object ("sanctions on nine officials"); none when
    it is no verb's object."""
    if noun.tag_ != "NNS":
        return []
    t, over = noun, []
    while t.dep_ in {"dobj", "pobj", "prep"}:
        t = t.head
        over.append(t)
        if t.pos_ == "VERB":
            return over
    return []
