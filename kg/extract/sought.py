"""What a noun names that is asked for, sought or discussed rather than done: "called for
sanctions on X", "urged a boycott of X", "talks on a truce", "asked for backing from X",
"applied for loans from X"; and what an answer to a deed says was done ("in retaliation
for X's detention of Y"); and an agreement still being worked out ("A and B are negotiating a
trade deal", "discussed a pact"; but "negotiated a truce" made one).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.doing import cut_a_deal, owned_up
from kg.extract.imposers import imposing_noun
from kg.extract.labour_strikes import STRIKE_NOUNS
from kg.language.answer_words import ANSWERING_NOUNS
from kg.language.event_words import APPEAL_VERBS, REDUCING_VERBS

# Verbs that ask for what their "for" phrase names ("called for sanctions on X")
_ASKING_FOR = APPEAL_VERBS | {"campaign", "vote", "argue", "clamour", "clamor"}
# ... or seek or hope for it, from whoever would give it ("asked for backing from X",
# "applied for loans from X", "hoped for aid from X")
_SEEKING_FOR = _ASKING_FOR | {"apply", "hope", "wish", "pray", "beg", "plead", "look", "bid"}
# (backing a policy is no appeal: "MPs backed the invasion" is a stand on the policy)
_ASKING = frozenset("urge demand seek want request advocate recommend threaten".split())


def asking_verb(noun: Token) -> Token | None:
    """The verb that asks for (or threatens) what ``noun`` names: "called for
    sanctions", "urged a boycott", "threatened military strikes"."""
    if noun.dep_ == "conj":
        return asking_verb(noun.head)
    if (imposing := imposing_noun(noun)) is not None:  # "called for the imposition of sanctions"
        return asking_verb(imposing)
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_ in _ASKING_FOR:
        verb = noun.head.head
    elif noun.dep_ == "dobj" and noun.head.lemma_ in _ASKING:
        verb = noun.head
    else:
        return None
    return verb if verb.pos_ in {"VERB", "AUX"} else None


# Verbs of siding with what another has already said ("backed X's demand that ...").
_BACKING = frozenset({"back", "support", "endorse", "echo", "favour", "favor"})
# Words for what is said to ask something of someone: said once they have an owner.
_VOICED = frozenset({"demand", "demands", "ultimatum", "ultimatums"})


def _voiced(noun: Token) -> bool:
    """ "X's demand", "the demand by X": a demand its owner has made (what it asks
    for is another matter: "X's demand that Y leave" is X's act against Y)."""
    if noun.lower_ not in _VOICED:
        return False
    owned = any(c.dep_ == "poss" for c in noun.children)
    return owned or bool(g.prep_objects(noun, {"by", "from"}))


# What is given by offering it in words: "offered an apology", "offered his condolences".
_SAID_BY_OFFERING = frozenset(
    {"apology", "apologies", "condolences", "congratulations", "thanks", "sympathy", "gratitude"}
)


def wanted_not_done(noun: Token) -> bool:
    """ "talks on a truce", "called for sanctions", "a plan for aid": the thing is
    discussed or sought, not done; "cut aid to X" ends it (see the conflict extractor)."""
    if noun.dep_ == "dobj" and noun.head.lemma_ in g.INTENTION_VERBS | REDUCING_VERBS:
        if noun.head.lemma_ in _BACKING and _voiced(noun):
            return False  # "backed X's demand that Y leave": X's demand was made
        if noun.head.lemma_ == "call" and _named(noun.head):
            return False  # "called the seizure of its ship an act of piracy": a name given
        if noun.head.lemma_ == "call" and noun.lower_ in STRIKE_NOUNS:
            return False  # "called a strike against X": the call is the union's act
        if cut_a_deal(noun.head, noun):
            return False  # "cut a deal with X": made one
        # "offered an apology to X", "offered his thanks": said by offering it
        return not (noun.head.lemma_ == "offer" and noun.lower_ in _SAID_BY_OFFERING)
    if being_worked_out(noun):
        return True  # "are negotiating a deal": no deal yet
    if owned_up(noun) is not None:
        return False  # "claimed responsibility for the attack": done
    if noun.dep_ == "dobj" and in_the_making(noun.head):
        return True  # "are negotiating a trade deal": not made yet
    if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "about", "over", "for", "towards"}:
        owner = noun.head.head
        if noun.head.lower_ == "for" and owner.lemma_ in _SEEKING_FOR and owner.pos_ == "VERB":
            return True  # "asked for backing from X": sought from X, not given
        if g.prep_objects(noun, {"by", "from"}):
            return False  # "questions about complaints by X": X's complaints were made
        if _answered(noun, owner):
            return False  # "in retaliation for X's detention of Y": the detention was done
        if owner.pos_ == "NOUN" or (owner.lemma_ in g.INTENTION_VERBS and owner.pos_ == "VERB"):
            return True
    return False


def in_the_making(verb: Token) -> bool:
    """``verb`` is still making what it governs: "are negotiating a trade deal"."""
    return (
        verb.pos_ in {"VERB", "AUX"}
        and verb.lemma_ in _MAKING
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    )


def _named(call: Token) -> bool:
    """ "called the raid a crime", "called the move illegal": "call" with what it names
    the thing as, not "called a strike" or "called elections" (wanted)."""
    if any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in call.children):
        return True
    # "called the seizure of its ship by X a crime": the name read as X's apposition
    # or as an adverbial noun of the act
    doc = call.doc
    return any(t.dep_ in {"appos", "npadvmod"} and not doc[t.left_edge.i - 1].is_punct
               for o in call.children if o.dep_ == "dobj" for t in o.subtree if t.i > o.i)  # fmt: skip


def _answered(noun: Token, owner: Token) -> bool:
    """ "in retaliation for X's detention of Y", "anger over X's attack on Y": an answer
    to a deed names a deed done (not one that may come: "revenge for any attack")."""
    if owner.lemma_.lower() not in ANSWERING_NOUNS and owner.lower_ not in ANSWERING_NOUNS:
        return False
    if noun.head.lower_ not in {"for", "over", "about"}:
        return False  # "sanctions on X's oil sales" name what is hit
    return not any(c.dep_ == "det" and c.lower_ in {"any", "every"} for c in noun.children)


# Agreements, which are made only when the work on them ends.
_AGREEMENTS = frozenset(
    """deal deals agreement agreements accord accords pact pacts treaty
    treaties truce ceasefire cease-fire armistice memorandum partnership alliance""".split()
)
# Verbs of working on an agreement not yet made, whatever their tense ("discussed a pact") ...
_ON_THE_TABLE = frozenset("discuss debate draft explore consider weigh mull study".split())
# ... and verbs of making one, not yet done while they go on ("are negotiating a deal";
# "negotiated a deal" made one). Not "discussed" for other deeds: one discussed may be done.
_MAKING = frozenset("negotiate draft finalise finalize hammer thrash".split())


def being_worked_out(noun: Token) -> bool:
    """An agreement the object of a verb of working on it: discussed, drafted or weighed
    in any tense, negotiated or finalised while it goes on ("are negotiating a trade deal",
    "is finalising the accord"; not "negotiated a ceasefire", "after negotiating a deal")."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lower_ not in _AGREEMENTS or verb.pos_ != "VERB":
        return False
    if verb.lemma_ in _ON_THE_TABLE:
        return True
    return (verb.lemma_ in _MAKING and verb.tag_ in {"VBZ", "VBP"}) or in_the_making(verb)
