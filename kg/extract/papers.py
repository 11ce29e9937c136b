"""Who a paper speaks for: "NATO issued a statement backing X" (the participle
"backing" has NATO for its subject, not the statement), "NATO's statement condemning
X", "a resolution by the League supporting X", "a communique signed by A and B
endorsing X", "a statement condemning X, issued by NATO". The words are data (:mod:`kg.language.paper_words`).

These return tokens; :mod:`kg.extract.grammar` turns them into actor keys.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.language.event_words import APPEAL_VERBS, JUDGING_VERBS, SPEECH_VERBS
from kg.language.paper_words import (
    ISSUING_VERBS,
    OPENING_WITH,
    PAPER_NOUNS,
    REPORT_NOUNS,
    VOICED_NOUNS,
)


def issuers(paper: Token, subjects: Callable[[Token], list[Token]]) -> list[Token]:
    """Who issued ``paper``, when it is a paper and someone is said to issue it:
    its owner ("NATO's statement"), its "by"/"from" phrase, the agent of an issuing
    participle ("a resolution adopted by the League"), the subject of the verb that
    issues it ("NATO issued a statement"), or that verb's agent ("a statement was
    issued by NATO"; not the subject of a passive one: "Chile was handed a letter
    accusing X" is no stand of Chile's). None for a paper no one issues here ("Kenya rejected a
    statement backing X": Kenya backs no one). ``subjects`` finds a verb's subjects
    (passed in: :mod:`kg.extract.arguments` calls this)."""
    if paper.lemma_.lower() not in PAPER_NOUNS or (
        paper.lemma_.lower() in VOICED_NOUNS and paper.pos_ != "NOUN"
    ):
        return []  # ("the Stop the War Campaign": a body of its own)
    children = list(paper.children)
    report = paper.lemma_.lower() in REPORT_NOUNS
    found = [c for c in children if c.dep_ == "poss" and not (report and c.pos_ == "PRON")]
    found += [o for c in children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
              for o in _objects(c) if not (report and c.lower_ == "from" and _place(o))]  # fmt: skip
    found += [o for c in children if c.dep_ == "acl" and c.lemma_ in ISSUING_VERBS
              for o in _by(c)]  # fmt: skip
    found = found or [t for t in named_issuers(paper) if not (report and t.dep_ == "amod")]
    found += [o for c in children if c.dep_ == "acl" and c.tag_ == "VBG"
              for i in _stray_issuings(c) for o in _by(i)]  # fmt: skip
    head = _issuing(paper)
    if not found and head is not None:
        spoken = paper.dep_ in {"dobj", "pobj"} and not _passive(head)
        found = subjects(head) if spoken else _by(head)
    return found


def _passive(verb: Token) -> bool:
    """A passive verb whose object is still a paper: its subject is whom the paper
    reaches, not who issues it ("Chile was handed a letter accusing X": not Chile's)."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


# Who a name or adjective before a paper may be: its issuer ("a NATO statement", "an
# Amnesty International report", "a Russian statement"), never a country, which is more
# often what the paper is about ("the Iraq report").
_ISSUER_ENTITIES = frozenset({"ORG", "PERSON", "NORP"})
_HOUSES = frozenset({"commons", "lords", "parliament", "senate", "congress", "assembly", "house"})


def named_issuers(paper: Token) -> list[Token]:
    """The body, person or nation named before ``paper``: "a UN report", "the ICJ
    ruling", "a Kremlin statement", "a French statement" (not "the Iraq report", nor
    before a common noun that says what kind of paper it is: "French intelligence
    reports" may be anyone's; :func:`issuers` takes no nation's adjective before a
    report: "a Korean parliamentary report")."""
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in paper.children):
        return []
    house = paper.lemma_.lower() == "motion"  # "the Commons motion": put by members, not it
    return [c for c in paper.children if c.i < paper.i
            and not (house and c.lower_ in _HOUSES)
            and ((c.dep_ == "compound" and c.pos_ == "PROPN") or (c.dep_ == "amod" and c.tag_ == "JJ"))
            and c.ent_type_ in _ISSUER_ENTITIES]  # fmt: skip


def _place(origin: Token) -> bool:
    """Where a report may come from rather than who wrote it: a place's name or a
    common noun ("reports from Moscow", "reports from the country")."""
    return origin.ent_type_ in {"GPE", "LOC"} or origin.pos_ != "PROPN"


def _stray_issuings(participle: Token) -> list[Token]:
    """Issuing participles set off by a comma that the parser hung on a name the
    paper's participle governs: "a statement condemning Iran, issued by France" (no
    one issues Iran; it is the statement that is issued)."""
    return [i for o in participle.children if o.dep_ == "dobj" and o.pos_ == "PROPN"
            for i in o.children if i.dep_ == "acl" and i.lemma_ in ISSUING_VERBS
            and i.i > 0 and i.doc[i.i - 1].text == ","]  # fmt: skip


def speaking_papers(found: list[Token], subjects: Callable[[Token], list[Token]]) -> list[Token]:
    """A verb's subjects with each paper that acts for its issuers replaced by them: "A
    statement issued by NATO condemned X", "a communique from A and B praised X",
    "NATO's statement condemned X": NATO did (a paper no one is said to issue stays)."""
    return [i for t in found for i in (issuers(t, subjects) if t.dep_ == "nsubj" else []) or [t]]


def issuing_verb(participle: Token) -> Token | None:
    """The verb that issues the paper a participle describes ("issued" in "NATO
    issued a statement backing X"; "sent" in "A sent a note to B demanding ..." and "A
    wrote to B demanding ..."): whether the backing is a fact is whether the issuing is
    ("is expected to issue", "did not send a note to B demanding ...")."""
    head = participle.head
    if (
        participle.dep_ == "relcl"
        and head.lemma_.lower() in PAPER_NOUNS
        and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in participle.children)
    ):
        return _issuing(head)  # "will table a resolution that condemns X"
    if participle.tag_ != "VBG":
        return None
    if participle.dep_ == "acl" and head.lemma_.lower() in PAPER_NOUNS:
        return _issuing(head)
    if (
        participle.dep_ == "advcl"
        and head.lemma_ in ISSUING_VERBS
        and (_sent_papers(head) or (head.lemma_ == "write" and _to(head)))
    ):
        return head
    return None


def addressees(act: Token) -> list[Token]:
    """Whom a paper that speaks for its sender is sent to: "sent a letter to NATO
    demanding an apology", "sent Ukraine a note demanding ...", "wrote to the UN
    demanding ...", "In a letter to X, A demanded ...": the demand is on them."""
    found = [o for c in act.children if c.dep_ == "prep" and c.lower_ == "in"
             for p in _objects(c) if p.lemma_.lower() in PAPER_NOUNS for o in _to(p)]  # fmt: skip
    found += called_to(act)
    sender = issuing_verb(act)
    if sender is None:
        return found
    papers = [act.head] if act.dep_ == "acl" else _sent_papers(sender)
    found += [o for p in [*papers, sender] for o in _to(p)]
    found += given_before(sender, papers[0]) if papers else []  # "sent Ukraine a note"
    # "a letter addressed to NATO"
    return found + [o for p in papers for c in p.children if c.dep_ == "acl"
                    and c.lemma_ == "address" for o in _to(c)]  # fmt: skip


# Verbs of getting someone on the line or in the room, whose object a demand made for
# that purpose is made of: "phoned his counterpart to demand the ship's release".
_CALLING = frozenset({"phone", "call", "telephone", "ring", "summon"})


def called_to(act: Token) -> list[Token]:
    """Whom a call was made to, when ``act`` is what it was made for or what was said
    in it: "phoned his Iranian counterpart to demand X" (a demand on the counterpart's
    side), "phoned X, urging restraint", "summoned X, demanding an apology"; none
    when "call" names its object ("called X a liar, demanding ...")."""
    head = act.head
    if act.dep_ not in {"advcl", "xcomp"} or head.lemma_.lower() not in _CALLING:
        return []
    if not (any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children) or (
        act.tag_ == "VBG" and act.dep_ == "advcl" and not any(
            c.dep_ == "mark" or c.dep_ in {"nsubj", "nsubjpass"} for c in act.children
        )
    )):
        return []
    # An object and a label is "call" in the naming sense ("called X a liar, demanding
    # ..."): no one is called. A label alone may be whom "called" reaches ("called X on
    # Monday", X read as a label).
    named = [c for c in head.children if c.dep_ in {"dobj", "oprd"} or (
        c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"NOUN", "PROPN"})]  # fmt: skip
    if len(named) > 1:
        return []
    return [c for c in named if c.dep_ == "dobj" or (c.dep_ == "oprd" and c.pos_ == "PROPN")]


def given_before(verb: Token, thing: Token) -> list[Token]:
    """Who is handed ``thing``: an object of ``verb`` before it, a dative or one the
    parser reads as a second object ("sent Ukraine a note", "handed Chile a note",
    "gave Iraq an ultimatum")."""
    return [c for c in verb.children if c.dep_ in {"dobj", "obj", "dative"}
            and c.i < thing.i and c.pos_ != "ADP"]  # fmt: skip


def _sent_papers(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in PAPER_NOUNS]


def _to(token: Token) -> list[Token]:
    """Objects of a "to" the parser hung on ``token`` (as a preposition or a dative)."""
    return [o for c in token.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
            for o in _objects(c)]  # fmt: skip


def _issuing(paper: Token) -> Token | None:
    head = paper.head
    if (
        paper.dep_ in {"dobj", "nsubjpass"}
        and head.lemma_ in ISSUING_VERBS
        and head.pos_ in {"VERB", "AUX"}
    ):
        return head
    return _spoken_in(paper)


# Verbs whose subject speaks "in" a paper or a speech: "In a statement condemning X, Y
# said ...", "Y, in a letter accusing X, urged ..." (not "Y was named in a report
# criticising X", nor "Y featured in an advert attacking X").
_SPEAKING_IN = SPEECH_VERBS | APPEAL_VERBS | JUDGING_VERBS | OPENING_WITH


def _spoken_in(paper: Token) -> Token | None:
    """The active verb whose subject speaks in ``paper`` ("in a statement ...") or opens
    or answers with it ("opened the debate with a speech ...")."""
    prep = paper.head
    if paper.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"in", "with"}:
        return None
    verb = prep.head
    heard = OPENING_WITH if prep.lower_ == "with" else _SPEAKING_IN
    if verb.pos_ != "VERB" or verb.lemma_ not in heard:
        return None
    return verb if any(c.dep_ == "nsubj" for c in verb.children) else None


def _objects(prep: Token) -> list[Token]:
    return [o for o in prep.children if o.dep_ == "pobj"]


def _by(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb or participle: "(issued) by NATO"."""
    return [o for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for o in _objects(c)]  # fmt: skip
