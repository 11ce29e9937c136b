"""Names inside what is said that are no actor the statement is about.

* A chamber named in the title of a person: "Senate leader Tom Reed", "Tom Reed,
  the Senate leader", "the Assembly's presiding officer, Tom Reed": what is said is
  of the person; the chamber only says where they sit. Another body stays ("Kelby
  Water boss Tom Reed's comments were wrong" is said of the firm too), as does a
  country ("Chilean President X").
* A body naming a text or outlet where something was told: "revealed in a Senate
  written statement", "set out in a council report", "on the Kelby Herald website"
  (not "the Senate statement was false", which is said of the statement).
* A faith ("acting in the name of Islam"), an inquiry or a budget by name ("harm
  probes like the Kelso Inquiry", "the Budget of 2003"; an inquiry that acts or is
  told, "gave evidence to the Kelso Inquiry", "the Kelso Inquiry cleared him", stays), and a class of people the model took for a
  body in lower case ("shop workers should get a break").

The words are data (``data/off-topic.tsv``).
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.audiences import CHAMBER_WORDS
from kg.language.lexicon import listed_words
from kg.language.mentions import Mention

_TITLED = ("off_topic", "titled bodies")  # the key of :func:`_titled`'s answer in the memo


def _words() -> dict[str, frozenset[str]]:
    return listed_words("off-topic.tsv", "kg.extract")


def off_topic(ctx: Context, mention: Mention, verb: Token) -> bool:
    """Whether ``mention``, inside what the speech verb ``verb`` says, names no actor
    it is about."""
    if mention.kind != "org":
        return False
    return (
        _titled_body(ctx, mention)
        or _medium_owner(ctx, mention, verb)
        or _no_actor_name(ctx, mention)
    )


def _titled_body(ctx: Context, mention: Mention) -> bool:
    """A chamber a person's title speaks for, in the same sentence."""
    if ctx.doc[mention.end - 1].lower_ not in CHAMBER_WORDS:
        return False
    return (mention.sent, mention.id) in _titled(ctx)


def _titled(ctx: Context) -> frozenset[tuple[int, int]]:
    """(sentence, mention id) of every body a person's title in that sentence names,
    read once per document."""
    found = ctx.memo.get(_TITLED)
    if found is None:
        found = ctx.memo[_TITLED] = frozenset(
            (m.sent, body)
            for m in ctx.actors.mentions
            if m.kind == "person"
            for d in m.descriptors
            for body in d.affiliations
        )
    return cast("frozenset[tuple[int, int]]", found)


def _medium_owner(ctx: Context, mention: Mention, verb: Token) -> bool:
    """A name before a text or outlet named as where something was told, inside
    what is said (where the speaker speaks, "criticised X on Radio Norvex's programme", is
    the outlet's, as whom they tell is)."""
    words = _words()
    last = ctx.doc[mention.end - 1]
    noun: Token = last
    while noun.dep_ in {"compound", "nmod", "poss", "npadvmod", "amod"} and noun.head.i > noun.i:
        noun = noun.head
    if noun.i == last.i or noun.lower_ not in words["medium"]:
        return False
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in words["setting"]:
        return False
    return _in_other_clause(prep, verb)


def _in_other_clause(token: Token, verb: Token) -> bool:
    """Whether a verb other than ``verb`` stands between ``token`` and ``verb``: the
    phrase is in a clause of what is said ("learned of it on the X website"), not
    on the speech verb or its object ("criticised the plan on X's programme")."""
    for above in token.ancestors:
        if above.i == verb.i:
            return False
        if above.pos_ in {"VERB", "AUX"}:
            return True
    return False


def _no_actor_name(ctx: Context, mention: Mention) -> bool:
    """A faith, an inquiry or budget by name, or a lower-case class of people."""
    words = _words()
    tokens = ctx.doc[mention.start : mention.end]
    if any(t.text in words["faith"] for t in tokens) and len(tokens) == 1:
        return True
    # the name's head: its last word, or the one before "of" ("the Budget of 2003";
    # not "the Budget Office")
    heads = [t for t in tokens if t.i == mention.end - 1 or t.nbor(1).lower_ == "of"]
    if found := next((t for t in heads if t.text in words["process"]), None):
        return not _acting_inquiry(found)
    head = tokens[-1]
    return mention.entry is None and head.tag_ == "NNS" and all(t.is_lower for t in tokens)


def _acting_inquiry(head: Token) -> bool:
    """An inquiry that acts or is addressed ("gave evidence to the X Inquiry", "the X
    Inquiry cleared him", "was found by the X Inquiry"), not one only named as a thing."""
    while head.dep_ in {"compound", "flat"} and head.head.i > head.i:
        head = head.head
    if head.dep_ == "nsubj":
        return head.head.lemma_ != "be"
    return head.dep_ == "pobj" and head.head.lower_ in _words()["addressed"]
