"""Verdicts put in quotation marks by a labelling verb, and who puts them.

``X branded the plan "a disgrace"`` (the parser hangs the quoted verdict on the
object as an apposition): X speaks. ``a step branded a "costly blunder" by
X``, ``the plan, described as "reckless" by X``, ``which was dubbed "a con" by
X``: the by-phrase after the quoted verdict names who spoke (the parser hangs it
inside the verdict), never the subject of the main clause nor the thing labelled.
``a firm called "Acme"`` (a name), ``called the meeting to order`` (no quote) and
``what critics call a "tax on jobs"`` (nobody named) say nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.event_words import NAMING_VERBS

CHARACTERISING = {"call", "describe", "brand", "label", "term", "dismiss", "slam", "denounce", "hail",
                  "condemn", "criticise", "criticize", "attack", "praise"}  # fmt: skip
LABELLING = CHARACTERISING | NAMING_VERBS
# What may stand between a labelling verb and its quoted verdict: "branded a
# 'retreat'", "described as 'reckless'", "dismissed simply as 'nonsense'".
_LEAD_IN = {"DET", "ADV"}


def quote_mark(t: Token) -> bool:
    return t.text in {'"', "“", "”"} or t.tag_ in {"``", "''"}


def characterises(ctx: Context, verb: Token) -> bool:
    """ "calls X 'a step the wrong way'", "slammed the visit as an
    'appeasement mission'", "branded them liars", "branded the plan 'a
    disgrace'": a verdict spoken of someone."""
    predicate = any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in verb.children) or any(
        (c.dep_ == "prep" and c.lower_ == "as") or (c.dep_ == "advcl" and _as_marked(c))
        for c in verb.children
    )
    quoted = any(quote_mark(t) for t in ctx.sentence_tokens(verb))
    if predicate:
        return quoted or verb.lemma_ in {"brand", "label", "term"} or _verdict(verb)
    return _quoted_apposition(verb)


def _as_marked(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)


def verdict_words(verb: Token) -> list[Token]:
    """The words of an unquoted verdict a labelling verb puts on its object, the object
    first: "described the ban as unfair" -> "the ban as unfair"."""
    if verb.lemma_ not in _VERDICT_VERBS:
        return []
    preds = [c for c in verb.children if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")
             or (c.dep_ == "advcl" and _as_marked(c))]  # fmt: skip
    if not preds:
        return []
    objects = [o for o in g.direct_objects(verb) if o.tag_ not in {"WDT", "WP"}]
    return sorted({t for p in [*objects, *preds] for t in p.subtree}, key=lambda t: t.i)


def described_as(ctx: Context, verb: Token) -> bool:
    """ "X described the talks as useful": a verdict, spoken even without a clause."""
    return verb.lemma_ == "describe" and characterises(ctx, verb)


# Verbs whose unquoted predicate is a verdict when it is a common word: "called the
# talks constructive", "described the ban as unfair", "dismissed the report as
# wrong"; but "called him Tom" (a name), "called the meeting to order" (none).
_VERDICT_VERBS = {"call", "describe", "dismiss", "condemn", "criticise", "criticize", "praise",
                  "hail", "denounce", "slam"}  # fmt: skip
_NO_VERDICT = {"day", "halt", "end", "time", "quits"}  # "called it a day", "called time on"


def _verdict(verb: Token) -> bool:
    """An active verb with a subject whose predicate (an adjective or a common noun,
    after "as" or not) judges its object: "X called the session constructive",
    "X described the deal as a mistake"."""
    if verb.lemma_ not in _VERDICT_VERBS or g.is_passive(verb) or not g.subjects(verb):
        return False
    preds = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"}]
    preds += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
              for p in c.children if p.dep_ in {"pobj", "amod", "acomp"}]  # fmt: skip
    preds += [c for c in verb.children if c.dep_ == "advcl" and _as_marked(c)]  # "as flawed"
    return any(
        p.pos_ in {"ADJ", "NOUN"} and p.lemma_ not in _NO_VERDICT and not p.ent_type_ for p in preds
    )


def _quoted_apposition(verb: Token) -> bool:
    """ "branded the plan 'a disgrace'": the verdict the parser reads as an
    apposition of the object (or as a second object), opened by a quotation mark
    right after it (not a real apposition set off by a comma)."""
    if verb.lemma_ not in NAMING_VERBS:
        return False
    objects = g.direct_objects(verb)
    verdicts = objects[1:] + [c for o in objects for c in o.children if c.dep_ == "appos"]
    return any(opened_by_quote(v) for v in verdicts if v.i > objects[0].i)


def opened_by_quote(phrase: Token) -> bool:
    """Whether ``phrase`` opens with a quotation mark no comma comes before."""
    doc, start = phrase.doc, phrase.left_edge.i
    if start > 0 and not quote_mark(doc[start]) and quote_mark(doc[start - 1]):
        start -= 1
    return quote_mark(doc[start]) and start > 0 and doc[start - 1].text != ","


def by_agents(verb: Token) -> list[Token]:
    """Who puts a quoted verdict on something in a passive or reduced clause:
    the by-phrase right after the closing quotation mark, when the verdict follows
    the verb at once (no object of an active verb between: in "X called the cuts
    'a betrayal' by the government" the government betrays, X speaks)."""
    if verb.lemma_ not in LABELLING or verb.tag_ not in {"VBN", "VBD"}:
        return []
    doc = verb.doc
    j = verb.i + 1
    while j < len(doc) and (doc[j].pos_ in _LEAD_IN or doc[j].lower_ == "as"):
        j += 1
    if j >= len(doc) or not quote_mark(doc[j]):
        return []
    end = next((k for k in range(j + 1, min(len(doc), j + 12)) if quote_mark(doc[k])), None)
    if end is None or end + 1 >= len(doc):
        return []
    by = doc[end + 1]
    if by.lower_ != "by" or verb not in by.ancestors:
        return []
    return [c for c in by.children if c.dep_ == "pobj"]


def others_verdict(ctx: Context, verb: Token, quoted: list[Token]) -> Token | None:
    """The labelling verb whose by-agent gives the quoted words as its verdict,
    when it is not ``verb`` ("X announced the tax, which was called 'a con' by Z":
    Z's words, not X's)."""
    first, last = quoted[0].i, quoted[-1].i
    return next(
        (o for o in ctx.sentence_tokens(verb)
         if o.i != verb.i and o.left_edge.i <= first and last <= o.right_edge.i and by_agents(o)),
        None,
    )  # fmt: skip


def label_name(verb: Token, index: int) -> bool:
    """The word at ``index`` heads the label a verb of naming gives its object:
    "branded the campaign 'Tories'" names no Tories as what was spoken of (but in
    "called the deal 'a win for Iran'" Iran, inside the label, is)."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    labels = [c for c in verb.children if c.dep_ == "oprd"]
    labels += [  # "branded the group 'Tories'", the label read as the object's apposition
        a
        for c in verb.children
        if c.dep_ == "dobj"
        for a in c.children
        if a.dep_ == "appos" and any(quote_mark(t) for t in a.doc[max(a.left_edge.i - 1, 0) : a.i])
    ]
    return any(t.i == index for t in labels)
