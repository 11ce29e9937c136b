"""Words that pass on someone else's words, and denials that answer a claim.

* A reporter that relays a named speaker says nothing itself: in "X said the talks
  had failed, the official news agency reported" or '"...," X said, according to
  the agency' the words are X's; the agency only carries them, as it does in
  "Y reported X as saying ...".
* A denial whose object is a claim is a statement even with no clause after it:
  "Moscow denied the accusations", "X denied any involvement" (not "denied entry
  to the delegation", which refuses something). So is one in a relative clause on the
  claim's noun: "a claim Tirana denied on Friday", "the charges, which X denies".
  So is a denial of a deed, told by its noun ("X, who denies fraud") or by a
  gerund ("X denied paying bribes", "denied owing the money", "denied being
  involved"); the deed denied stays no fact.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.charged_deeds import charged_deed
from kg.extract.hearsay import answers_its_noun

# What a denial answers when it has no clause: "denied the accusations", "denied any
# involvement" (lemmas; "denied entry / visas" refuses, says nothing).
DENIED_CLAIMS = frozenset(
    """
    accusation allegation charge claim report rumour rumor involvement wrongdoing responsibility
    suggestion story link role
    """.split()
)
# Verbs that pass on what was said or found: "the agency reported".
_RELAYING = {"report"}


def relays_speaker(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` ("reported", or the "said" that "according to" hangs on)
    relays a speech verb with a speaker of its own: "X said ..., Y reported" (the
    parser makes "said" the clause of "reported", or "reported", its clause before
    it, the clause of "said"), "X said ..., according to Y"."""
    if verb.lemma_ in _RELAYING and any(
        c.lower_ == "as" and any(s.lemma_ in g.SPEECH_VERBS for s in c.children)
        for c in verb.children
    ):
        return True  # "Reuters reported the minister as saying ...": the minister's words
    if verb.lemma_ in _RELAYING:
        spoken = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
        if (
            verb.dep_ in {"ccomp", "parataxis"}
            and verb.head.i < verb.i
            and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
        ):
            spoken.append(verb.head)  # "X said the talks would resume, Y reported"
    elif verb.lower_ == "according":
        spoken = [verb.head]
    else:
        return False
    # a speaker of its own is an actor: not "according to X, research suggests" or
    # "40% of homes say" (what X found, X's words)
    return any(s.lemma_ in g.SPEECH_VERBS and s.lemma_ not in _RELAYING
               and any(g.actors_of(ctx, t) for t in g.subjects(s)) for s in spoken)  # fmt: skip


def denies_claim(verb: Token) -> bool:
    """ "denied the accusations", "has denied the charges", "denied any involvement"
    (not an infinitive, whose subject the parse may not give: "challenged X to deny
    the reports" is no denial by the challenger), or a relative clause on the claim:
    "a charge the ministry denied", "the claims, which X denied"."""
    children = list(verb.children)
    return (
        verb.lemma_ == "deny"
        and (
            any(c.dep_ == "dobj" and _denied_thing(c) for c in children)
            or _denied_head(verb)
            or any(_gerund(c) for c in children)
        )
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    )


def _denied_thing(noun: Token) -> bool:
    """A claim ("the accusations") or a deed charged ("fraud", "the bribery charges")."""
    return noun.lemma_.lower() in DENIED_CLAIMS or charged_deed(noun)


def _denied_head(verb: Token) -> bool:
    """``verb`` is a relative clause on a claim's noun whose object is the noun
    itself: "a claim X denied", "a charge that X denied"."""
    return answers_its_noun(verb) and verb.head.lemma_.lower() in DENIED_CLAIMS


def _gerund(clause: Token) -> bool:
    """A deed denied as a gerund: "(denied) paying bribes", "being involved",
    "having met him"."""
    return clause.dep_ in {"xcomp", "ccomp"} and (
        clause.tag_ == "VBG"
        or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBG" for c in clause.children)
    )
