"""Which speaker a speech verb belongs to, and which words of a reported clause are
not what it is about, when one sentence holds several speakers.

* A second speech verb joined to the reported clause ("X said Y was wrong and
  warned ...", "X said Y had 'lied' and insisted ..."): the parser hangs "warned"
  on the reported verb, so its subject would be Y; who warns is X, who said it.
* "... as did Y" after a reported clause ("X said she was delighted, as did Y"):
  Y says the same, beside X; Y is not what X spoke about.
* A quote inside another speech verb's own phrase ("X denied Y made the remark,
  and Z told reporters: '...'"): the quoted words are Z's, not the other verb's.
* Another speaker's clause joined to the reported one ("X says A failed, while Y
  insists ..."): Y speaks beside X, and is not what X spoke of.
* A relative clause whose noun is what was said ("every word she said"): the words,
  not a saying the sentence tells.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.language.auxiliaries import FINITE_TAGS
from kg.language.quotes import in_quote

OWN_SUBJECT = {"nsubj", "nsubjpass", "csubj", "expl"}
_CONTRAST = {"but", "while", "whereas", "yet"}


def said_again(verb: Token) -> Token | None:
    """The speech verb whose reported clause a subjectless conjoined speech verb
    ``verb`` hangs on ("X said Y was wrong and warned ..."): that verb's speaker
    speaks. None when ``verb`` has its own subject, or the clause it joins is itself
    a speech verb's ("X said Y said A and warned B" is left as parsed)."""
    if verb.dep_ != "conj" or verb.lemma_ not in g.SPEECH_VERBS:
        return None
    if g.is_passive(verb) or any(c.dep_ in OWN_SUBJECT for c in verb.children):
        return None  # "... and was told he would go": told, not telling
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "ccomp" or first.lemma_ in g.SPEECH_VERBS:
        return None
    if verb.tag_ == "VBN" and g.is_passive(first):
        return None  # "... was held and told he would stay": told, as held, passive
    outer = first.head
    if outer.lemma_ not in g.SPEECH_VERBS or outer.i > first.i or g.is_passive(outer):
        return None  # "he was told A and told B": who was told speaks neither
    if not g.subjects(outer):
        return None  # '"A and B ... are insisting ...," a source said': theirs
    return outer


def told_again(verb: Token) -> bool:
    """A subjectless speech verb joined to what someone was told ("he was told he
    would go free, only to be held and told he would stay"): told, not telling."""
    first = verb.head if verb.dep_ == "conj" and verb.lemma_ in g.SPEECH_VERBS else None
    if first is None or any(c.dep_ in OWN_SUBJECT for c in verb.children):
        return False
    return first.dep_ == "ccomp" and first.head.lemma_ == "tell" and g.is_passive(first.head)


def speaking(verb: Token) -> Token:
    """The verb whose mood and negation a statement by ``verb`` takes: the first
    speech verb for a second one joined to its reported clause (in "X said the plan
    was not sound and warned ...", the "not" is in what X said), else ``verb``."""
    return said_again(verb) or verb


def quoting_verb(verb: Token) -> Token | None:
    """The verb of "X quoted / cited / reported Y as saying" when ``verb`` is that "saying"."""
    prep = verb.head if verb.dep_ in {"pcomp", "advcl"} else None
    if prep is None or prep.lower_ != "as" or prep.head.lemma_ not in {"quote", "cite", "report"}:
        return None
    return prep.head


def _echo(t: Token) -> bool:
    """ "as did Y", "as has Y", "as Y said": a clause of only "as", a bare "do"/"have"
    or a speech verb, and a subject (or, as the parser may read it, a noun with "as"
    and "did" hung on it)."""
    marks = [m for c in t.children for m in (c, *c.children) if m.dep_ == "mark"]
    if t.dep_ != "advcl" or not any(m.lower_ == "as" for m in marks):
        return False
    kids = {c.dep_ for c in t.children}
    if t.lemma_ in {"do", "have"}:
        return "nsubj" in kids and kids <= {"mark", "nsubj", "punct", "advmod"}
    if t.lemma_ in g.SPEECH_VERBS and t.pos_ == "VERB":  # "as X said, ...": X is cited
        return "nsubj" in kids and kids <= {"mark", "nsubj", "punct", "advmod", "aux", "npadvmod"}
    return t.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "aux" and c.lemma_ in {"do", "have"} for c in t.children
    )


def _other_voice(t: Token) -> list[Token]:
    """The clause of a speech verb whose own named subject is set against a reported
    clause ("X says A failed, while Y insists ...", "X said A, but Y say B"): Y speaks
    beside X, and is not what X spoke of (but "X said A when Y argued B", "X said A
    and Y had stressed B" report Y). The parser may hang Y on the clause before as a
    noun joined to its last one ("... like children and Y claim ...")."""
    if t.dep_ not in {"conj", "advcl"} or t.lemma_ not in g.SPEECH_VERBS:
        return []
    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        links = [c for c in t.children if c.dep_ in {"mark", "cc"}]
        links += [c for c in t.head.children if c.dep_ == "cc" and t.head.i < c.i < t.i]
        contrast = any(c.lower_ in _CONTRAST for c in links)
        return list(t.subtree) if contrast and subject.pos_ != "PRON" else []
    before = t.doc[t.i - 1] if t.i else t
    if t.tag_ in FINITE_TAGS and before.dep_ == "conj" and before.pos_ == "PROPN":
        return [*before.subtree, *t.subtree]
    return []


def without_echoes(tokens: Iterable[Token]) -> list[Token]:
    """``tokens`` less those in an "as did Y" clause or in another speaker's clause
    (Y speaks too, not spoken of)."""
    tokens = list(tokens)
    echoed = {d.i for t in tokens if _echo(t) for d in t.subtree}
    echoed.update(d.i for t in tokens for d in _other_voice(t))
    return [t for t in tokens if t.i not in echoed]


def quote_in_other_phrase(verb: Token, quoted: list[Token]) -> bool:
    """Whether another speech verb, not above ``verb``, opens the ``quoted`` words
    and holds them in its phrase while ``verb`` lies outside it: "X denied Y made
    the remark, and Z told reporters: '...'" (the quote is Z's, not X's or Y's)."""
    words = [t for t in quoted if not t.is_punct]
    if not words:
        return False
    first, last = words[0].i, words[-1].i
    for o in verb.sent:
        if o.i == verb.i or o.lemma_ not in g.SPEECH_VERBS or o.pos_ != "VERB":
            continue
        if o in verb.ancestors or verb.i in {t.i for t in o.subtree}:
            continue
        if verb in o.ancestors and not any(c.dep_ in OWN_SUBJECT for c in o.children):
            continue  # "X wrote to Y, saying: '...'": X's own words go on
        if o.i < first and o.left_edge.i <= first and last <= o.right_edge.i:
            return True
    return _said_above(verb, first, last)


def _said_above(verb: Token, first: int, last: int) -> bool:
    """ "'...,' A told reporters, before B said ...": the quote is the words a speech
    verb above ``verb`` reports, outside ``verb``'s own phrase, and each verb has a
    speaker of its own (a subjectless "adding" goes on with the same speaker)."""
    if verb.left_edge.i <= first or not any(c.dep_ in OWN_SUBJECT for c in verb.children):
        return False
    return any(  # (that verb stands between the quote and ``verb``)
        c.dep_ in {"ccomp", "parataxis"} and c.left_edge.i <= first and last <= c.right_edge.i
        for o in verb.ancestors
        if o.lemma_ in g.SPEECH_VERBS
        and last < o.i < verb.i
        and any(s.dep_ in OWN_SUBJECT for s in o.children)  # ('"...," said A, a man Y told')
        for c in o.children
    )


def said_words(verb: Token) -> bool:
    """ "every word she said", "all that he told them", "the things we say": a relative
    clause of "say" or "tell" with no clause or object of its own, whose noun is what
    was said, not who said it ("X, who said ..." is a saying; so is '"..." X said', a
    quote the parser read as a noun's relative clause)."""
    if verb.dep_ != "relcl" or verb.lemma_ not in {"say", "tell"} or verb.head.pos_ == "PROPN":
        return False
    for c in verb.children:
        dep = c.dep_
        if dep in {"ccomp", "xcomp", "parataxis"} or (
            dep == "dobj" and c.tag_ not in g.RELATIVE_TAGS
        ):
            return False
        if dep in OWN_SUBJECT and c.tag_ in g.RELATIVE_TAGS:
            return False  # "the man who said"
    after = verb.right_edge.i + 1
    if after < len(verb.doc) and verb.head.head.i == after and verb.head.dep_ in OWN_SUBJECT:
        return False  # "the man she said was to blame": what she said of him, as parsed
    return in_quote(verb.head) == in_quote(verb)


def echoed_words(
    verb: Token, content: list[Token] | None, quoted: list[Token]
) -> list[Token] | None:
    """What a speaker cited by "as X declared" said, when the sentence quotes the
    words (``quoted``, the sentence's words within quotation marks): the quote and what
    it is said of, less the writer's description of that ("the ad men who made the
    posters that angered the Tories, as X declared, 'are doing a good job'": X spoke of
    the men, not of the Tories)."""
    if content is None or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return content
    inside = {t.i for t in quoted}
    described = {d.i for t in content if t.i not in inside and t.dep_ in {"relcl", "acl"}
                 for d in t.subtree if d.i not in inside}  # fmt: skip
    return [t for t in content if t.i not in described] if inside else content


def joined_main_clause(verb: Token, clause: Token) -> bool:
    """A clause before ``verb`` that is the sentence's own first clause, joined to the
    speaker's by "and" or "but" ("The cards will be issued in May and, when he
    presented the bill, X suggested Y could ..."): the parser hangs it on the speech
    verb, with the "and" left dangling; what X says is the clause after the verb
    ("A has failed and B must act, X said" is all X's)."""
    dangling = any(c.dep_ == "cc" for c in clause.children) and not any(
        c.dep_ == "conj" for c in clause.children
    )
    return (
        dangling
        and clause.i < verb.i
        and any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children)
    )
