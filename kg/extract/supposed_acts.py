"""Acts a clause only supposes, judges possible, fears or guards against.

"An invasion of X would be a disaster", "the downing of X's jet by Y would be a
disaster", "sanctions by A on B would hurt both sides": a conditional's subject is an
act supposed, not done, as is an act with "a" or "any" under a modal ("any attack on X
will be met with force", "a war between A and B must be avoided") or said to loom (but
"Russia's invasion of X would not have happened" and "the strike on X could spark a
war" speak of one that took place; "the deal between A and B would give X access",
"the raids would continue": a deal or a measure already made, an act going on;
"support for X from Y could undermine Z": support given). "An invasion of X by Y is
unthinkable", "a war between A and B is possible": an act judged in the present with
"a" or "any" is no act either. "A feared new raids by B", "braced for an attack by B",
"warned of a war between A and B", "in case of an attack by B", "moved to avert a war
between A and B": feared, awaited or guarded against, not done.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.auxiliaries import DUTY_AUX

_CONDITIONAL = frozenset({"would", "could", "might"})
_CONDITIONAL_OR_DUTY = _CONDITIONAL | DUTY_AUX
_MODAL = _CONDITIONAL_OR_DUTY | {"will", "shall", "'ll"}
_SOME = frozenset({"a", "an", "any"})
# Acts made once and told by what they will do: "the deal would give X access", "the
# sanctions would hurt Russia" (a deal, a measure in force).
_STANDING = frozenset(
    """deal agreement accord pact treaty truce ceasefire armistice sanction embargo ban
    tariff duty levy law bill plan merger contract arrangement alliance settlement
    package""".split()
)
# What an act going on does next: "the raids would continue", "the sanctions would
# remain in place".
_GOING_ON = frozenset(
    """continue last persist remain stay resume go end stop spread intensify expand drag
    carry keep take""".split()
)
# A history told forward: "the invasion would later prove costly".
_NARRATIVE = frozenset({"later", "eventually", "soon", "subsequently", "ultimately", "then"})
# Said of a present act rather than of a supposed one: "a clash is under way".
_UNDER_WAY = frozenset({"ongoing", "underway", "over", "continuing", "complete", "finished"})


def supposed(noun: Token) -> bool:
    """An act named as the subject of a conditional clause, or judged possible or
    unthinkable in the present with "a" or "any": only supposed (see above)."""
    if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.pos_ != "NOUN":
        return False
    verb = noun.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    some = bool(dets & _SOME)
    # "a Peruvian invasion of Chile would be a disaster", "any attack on X will be met
    # with force", "a war between A and B must be avoided" (not "an attack on X will be
    # investigated": one that took place)
    modals = auxes & (_MODAL if noun.dep_ == "nsubj" or "any" in dets else _CONDITIONAL_OR_DUTY)
    if some and modals:
        return True
    if noun.dep_ != "nsubj":
        return False
    if verb.lemma_ == "loom":
        return True  # "a war between A and B looms"
    if not auxes & _CONDITIONAL:
        return some and _judged(verb)
    # "the downing of X's jet by Y would be a disaster", "sanctions by A on B would hurt
    # both sides" (not "could": "the strike on X could spark a war", "support for him
    # from X could undermine Y" speak of what took place)
    if "would" not in auxes or "have" in auxes or _told(noun) or _going_on(verb):
        return False  # "Peru's invasion of Chile would not have happened without arms"
    if any(c.dep_ == "advmod" and c.lower_ in _NARRATIVE for c in verb.children):
        return False
    if not dets and not any(c.dep_ == "poss" for c in noun.children):
        return True
    return noun.lemma_ not in _STANDING and _not_placed(verb)


def _going_on(verb: Token) -> bool:
    """ "would continue", "would have to stop", "would need to end": an act going on."""
    return verb.lemma_ in _GOING_ON or any(
        c.dep_ == "xcomp" and c.lemma_ in _GOING_ON for c in verb.children
    )


def _told(noun: Token) -> bool:
    """The noun's own phrase tells when or that the act took place: "the 1990 invasion
    of X", "the raids launched on Monday", "the attack, which killed two"."""
    if any(c.dep_ in {"acl", "relcl"} for c in noun.children):
        return True
    return any(t.like_num or t.ent_type_ in {"DATE", "TIME"} for t in noun.subtree)


def _not_placed(verb: Token) -> bool:
    """ "would be a disaster", "would escalate the crisis" (not "would be in place":
    where a standing act is)."""
    if verb.lemma_ != "be":
        return True
    return any(c.dep_ in {"attr", "acomp"} for c in verb.children)


def _judged(verb: Token) -> bool:
    """A present "is" with an adjective or a noun that judges the act: "is
    unthinkable", "is a real possibility" (not "is under way", "is raging")."""
    if verb.lemma_ != "be" or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    return any(c.dep_ in {"attr", "acomp"} and c.lower_ not in _UNDER_WAY for c in verb.children)


# Verbs whose object is feared or awaited: "A feared new raids by B", "expects an
# attack by B".
_FEARING = frozenset({"fear", "dread", "anticipate", "foresee", "envisage", "predict", "forecast",
                      "expect"})  # fmt: skip
# ... and verbs whose "for" or "of" / "about" names it: "braced for an attack by B",
# "warned of a war between A and B".
_AWAITING_FOR = frozenset({"brace", "prepare"})
_WARNING_OF = frozenset({"warn", "caution"})
# Verbs that guard against an act: "moved to avert a war between A and B".
_AVERTING = frozenset({"avert", "prevent", "forestall", "deter", "avoid"})


def feared(noun: Token) -> bool:
    """An act feared, awaited, warned of, guarded against or set in a case supposed
    (see above)."""
    head = noun.head
    if noun.dep_ == "dobj":
        if head.lemma_ in _FEARING and head.pos_ == "VERB":
            return True
        return head.lemma_ in _AVERTING and head.pos_ == "VERB" and not _failed(head)
    if noun.dep_ != "pobj":
        return False
    verb = head.head
    if head.lower_ == "for" and verb.lemma_ in _AWAITING_FOR and verb.pos_ == "VERB":
        return True
    if head.lower_ in {"of", "about"} and verb.lemma_ in _WARNING_OF and verb.pos_ == "VERB":
        return True
    # "in case of an attack by B", "in the event of a war between A and B"
    return (
        head.lower_ == "of"
        and verb.lower_ in {"case", "event"}
        and verb.dep_ == "pobj"
        and verb.head.lower_ == "in"
    )


def _failed(verb: Token) -> bool:
    """ "failed to prevent an attack", "did not prevent the raid": the act took place."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in {"fail", "unable"}
