"""The receiving side of an act named by a noun: the verb whose subject is whom the act
is aimed at or given to, while who does it stands in a "from" or "by" phrase or owns
the noun.

* drawn: "Chile drew criticism from Peru", "faced a barrage of criticism from X",
  "came in for criticism from X", "weathered criticism from X", "suffered attacks by
  X", "drew the ire of X";
* greeted: "X's plan was met with protests from Y", "the plan met with protests from Y";
* borne: "Iran was the target of US sanctions", "bore the brunt of X's strikes", "was
  on the receiving end of X's shelling", "was the victim of attacks by X", "was
  subjected to criticism from X", "Iraq, the target of X's strikes,";
* hit: "faces sanctions", "was hit by sanctions", "was slapped with sanctions by X";
* received: "X received arms from Y", "X's bid has the backing of Y".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.singled_out import singling_verb
from kg.extract.triggers import Trigger
from kg.language.event_words import WORD_MEASURES

# Verbs whose subject is what a noun of disapproval or force is aimed at: "drew
# criticism from X", "faced protests from X", "sparked condemnation from X", "weathered
# criticism from X", "suffered attacks by X"; and of praise ("won praise from X").
DRAWING_VERBS = frozenset(
    """draw attract face receive earn incur provoke spark trigger prompt suffer endure
    weather withstand win garner get""".split()
)
# Nouns through which their holder bears what their "of" names: "the target of US
# sanctions", "the brunt of the strikes", "the receiving end of X's shelling".
# Nouns that carry the words a noun before them names: "a protest note", "a warning
# letter".
_CARRIERS = frozenset({"note", "letter", "message", "cable"})
_BEARERS = frozenset({"target", "brunt", "victim", "end", "object", "focus", "subject"})
_BEING = frozenset({"be", "become", "remain"})
_BEARING = frozenset({"bear", "take", "feel", "shoulder", "suffer", "endure"})  # the brunt
_SUBJECTING = frozenset({"subject", "expose"})  # "was subjected to criticism from X"


def carrier(noun: Token) -> list[Token]:
    """The note or letter that carries what ``noun`` names: "a protest note"."""
    carried = noun.dep_ == "compound" and noun.head.lemma_.lower() in _CARRIERS
    return [noun.head] if carried else []


def drawing_verb(noun: Token) -> Token | None:
    """The verb whose subject draws what ``noun`` names: "drew criticism from X",
    "received a protest note from X" (through the note that carries it),
    "faced a barrage of criticism from X" (through a word that heaps it up), "came in
    for criticism from X", or bears it ("was the target of criticism from X")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in WORD_MEASURES:
        noun = noun.head.head
    elif carrier(noun):
        noun = noun.head  # "received a protest note from X": the note carries it
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_ in DRAWING_VERBS:
        return verb
    verb = verb.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and verb.lemma_ == "come"
        and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    ):
        return verb
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "to"
        and verb.lemma_ in _SUBJECTING
        and g.is_passive(verb)
    ):
        return verb  # "was subjected to criticism from X"
    return borne_by(noun) or singling_verb(noun)  # "Y was singled out for criticism by X"


def borne_by(noun: Token) -> Token | None:
    """The verb whose subject bears what ``noun`` names through a noun of bearing:
    "Iran was the target of US sanctions", "Ukraine bore the brunt of Russia's
    strikes", "Lebanon was on the receiving end of X's shelling", "Kenya became the
    victim of attacks by X" (not "the end of the war", nor "a target of the raid"
    hung on anything but the verb)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    bearer = noun.head.head
    word = bearer.lemma_.lower()
    if word not in _BEARERS or bearer.pos_ != "NOUN":
        return None
    if word == "end":  # "on the receiving end of": only that end
        if not any(c.lower_ == "receiving" for c in bearer.children):
            return None
        if bearer.dep_ != "pobj" or bearer.head.lower_ != "on":
            return None
        verb = bearer.head.head  # "was on it", "found itself on it"
        held = verb.lemma_ in _BEING or (verb.lemma_ == "find" and _reflexive(verb))
    elif bearer.dep_ == "attr":
        verb = bearer.head
        held = verb.lemma_ in _BEING
    elif bearer.dep_ == "dobj":
        verb = bearer.head
        held = word == "brunt" and verb.lemma_ in _BEARING
    else:
        return None
    return verb if held and verb.pos_ in {"VERB", "AUX"} and g.subjects(verb) else None


def _reflexive(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children)


def appositive_bearer(noun: Token) -> Token | None:
    """The name a noun of bearing stands beside: "Iraq, the target of Turkish strikes,
    protested" (Iraq)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    bearer = noun.head.head
    if bearer.lemma_.lower() not in _BEARERS - {"end"} or bearer.dep_ != "appos":
        return None
    return bearer.head


def drawn_from_owner(ctx: Context, noun: Token, trig: Trigger) -> list[str]:
    """Who shows what a drawn noun names when its "of" is no target of the row: "drew
    the ire of X", "incurred the wrath of X" (but "drew criticism of its plan" is
    aimed at the plan)."""
    if "of" in trig.preps:
        return []
    return [k for t in g.prep_objects(noun, {"of"}) for k in g.actors_of(ctx, t)]


def greeted_with(noun: Token) -> Token | None:
    """ "X's plan was met with protests from Y", "the plan met with protests from Y":
    the verb whose subject the noun answers (met "with" a noun of disapproval, which
    is nobody one meets)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.lemma_ not in {"meet", "greet"}:
        return None
    verb = prep.head
    active = verb.lemma_ == "meet" and verb.pos_ == "VERB" and bool(g.subjects(verb))
    return verb if g.is_passive(verb) or active else None


def hit_by(noun: Token) -> Token | None:
    """The verb whose subject a sanction falls on: "faces sanctions", "was hit by
    sanctions", "was slapped with sanctions by X", "was the target of US sanctions"."""
    if noun.dep_ == "dobj" and noun.head.lemma_ in DRAWING_VERBS:
        return noun.head
    if (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "agent"
        and noun.head.head.lemma_ in {"hit", "target"}
    ):
        return noun.head.head
    verb = noun.head.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and verb.lemma_ in {"hit", "target", "slap", "punish", "threaten"}
        and g.is_passive(verb)
    ):
        return verb  # "was hit with sanctions by X", "slapped with tariffs"
    return borne_by(noun)


_RECEIVING = {"receive", "get", "obtain", "accept", "secure", "win", "take", "have", "enjoy"}


def subject_owners(ctx: Context, verb: Token) -> list[str]:
    """ "Moldova's bid has the backing of X": whose the subject is."""
    return [k for s in g.subjects(verb) for c in s.children if c.dep_ == "poss"
            for k in g.actors_of(ctx, c)]  # fmt: skip


def receiving_verb(noun: Token) -> Token | None:
    """The verb whose subject receives what ``noun`` names ("received arms from X")."""
    if noun.dep_ == "conj":
        return receiving_verb(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":  # "received $2bn in aid from X"
        held = noun.head.head  # the amount, or the verb the parser hung "in" on
        if held.dep_ == "dobj":
            return receiving_verb(held)
        if held.lemma_ in _RECEIVING and held.pos_ in {"VERB", "AUX"}:
            return held
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_ in _RECEIVING:
        return noun.head if noun.head.pos_ in {"VERB", "AUX"} else None
    if noun.dep_ == "dobj" and noun.lower_ in _BACKING and noun.head.lemma_ in _WON_OVER:
        return noun.head if noun.head.pos_ == "VERB" else None  # "gained the backing of X"
    return None


# Verbs by which backing is won, besides those that receive anything: "gained / earned /
# picked up the support of X" (not "attracted investment": only backing so won).
_BACKING = frozenset({"support", "backing", "endorsement", "endorsements", "blessing"})
_WON_OVER = frozenset({"gain", "earn", "garner", "attract", "pick", "collect", "land"})
