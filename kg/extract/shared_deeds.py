"""Deeds done together without the word "jointly": the doers of one deed are partners.

"A and B carried out naval exercises", "A and B dismantled a smuggling network", "A and
B built the bridge": two or more parties named as the
subject of a deed that takes partners (the deeds are data, ``data/shared-deeds.tsv``),
never of any deed ("A and B raised interest rates", "A and B held elections"), nor when
the text says each acted on its own ("A and B both held drills", "each expelled",
"separately"). "X, together with Y, destroyed a laboratory", "X, in cooperation with Y,
launched an offensive", "in partnership with Y": the doer works with the partner,
whatever the deed, unless it is only said or had ("X, together with Y, holds 60%").
"Mexican and US agents arrested him in a joint raid": the subjects, in the joint deed.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.doing import doers
from kg.extract.helped_by import helped_by
from kg.extract.senses import sense
from kg.language.event_words import SPEECH_VERBS
from kg.records import Event, EventKind

_NONE: frozenset[str] = frozenset()
# Words that make the deed each one's own: "A and B both held drills", "each expelled".
_APART = frozenset({"both", "each", "separately", "respectively", "independently",
                    "individually", "separate", "own", "parallel", "rival"})  # fmt: skip
# Nouns of working with a partner after "in": "in cooperation with Y", "in partnership with".
_WITH_NOUNS = frozenset({"cooperation", "co-operation", "partnership", "collaboration",
                         "conjunction", "coordination", "co-ordination", "concert", "tandem",
                         "league", "alliance"})  # fmt: skip
# Verbs of having, counting or changing, no deed done with a partner ("X, together with
# Y, holds 60%", "together with Y, accounts for half of sales", "shares fell").
_NO_DEED = frozenset({"be", "have", "hold", "own", "control", "account", "represent", "make",
                      "report", "post", "face", "fall", "rise", "gain", "lose", "drop", "remain",
                      "become", "seem", "comprise", "total", "employ", "include"})  # fmt: skip
# Deeds done "in a joint" one by the verb's subjects (not a text: "in a joint statement").
_JOINT_DEEDS = frozenset({"operation", "operations", "raid", "raids", "offensive", "patrol",
                          "patrols", "mission", "exercise", "exercises", "drill", "drills",
                          "investigation", "inquiry", "probe", "effort", "venture", "project",
                          "campaign", "search", "rescue", "crackdown", "manhunt", "sweep"})  # fmt: skip
# Verbs that take "together" as a particle or of being in one place ("brought together").
_PARTICLE = frozenset({"bring", "put", "come", "get", "pull", "band", "stick", "hang", "piece",
                       "cobble", "tie", "knit", "lump", "add", "group", "string", "link", "mix",
                       "live", "sit", "stand", "go", "stay", "appear", "pose", "travel", "club"})  # fmt: skip
# Clauses of their own under the verb: words there say nothing of its doers.
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "xcomp", "conj", "acl", "parataxis"})


@cache
def _deeds() -> dict[tuple[str, str], tuple[str, frozenset[str]]]:
    """(object lemma, verb lemma) -> (CAMEO code, flags)."""
    text = resources.files("kg.extract").joinpath("data", "shared-deeds.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    doing = frozenset(next(r[1] for r in rows if r[0] == "@doing").split(","))
    table: dict[tuple[str, str], tuple[str, frozenset[str]]] = {}
    for row in rows:
        if row[0] == "@doing":
            continue
        verbs = doing if row[1] == "@doing" else row[1].split(",")
        for verb in verbs:
            table[row[0], verb] = (row[2], frozenset(row[3].split(",")) if len(row) > 3 else _NONE)
    return table


def shared_deeds(ctx: Context, extractor: str) -> Iterator[Event]:
    """Cooperation among the doers of a shared deed, and with a partner "together with"."""
    table = _deeds()
    for token, _, lower, pos in ctx.scan():
        if pos == "VERB" and token.dep_ != "amod":
            found = _deed(token, table)
            if found is not None:
                yield from _among(ctx, token, token, doers(ctx, token), found, extractor)
            elif _done_together(token):  # "A and B evacuated their citizens together"
                sides = [k for k in doers(ctx, token) if not k.startswith("person/")]
                yield from _among(ctx, token, token, sides, "060", extractor)
        elif lower == "with" and token.dep_ == "prep":
            yield from _partnered(ctx, token, extractor)
            yield from helped_by(ctx, token, extractor)
        elif lower == "joint" and token.dep_ == "amod" and token.head.dep_ == "pobj":
            deed, verb = token.head, token.head.head.head  # "arrested him in a joint raid"
            if (
                deed.lower_ in _JOINT_DEEDS
                and deed.head.lower_ in {"in", "during", "through"}
                and verb.pos_ == "VERB"
                and verb.lemma_ not in SPEECH_VERBS  # "said in a joint statement"
            ):
                yield from _among(ctx, verb, deed, doers(ctx, verb), "060", extractor)


def _deed(verb: Token, table: dict[tuple[str, str], tuple[str, frozenset[str]]]) -> str | None:
    """The CAMEO code of the shared deed ``verb`` does, if it does one."""
    if ("-", verb.lemma_) in table:
        return table["-", verb.lemma_][0]
    for obj in g.direct_objects(verb):
        cameo, flags = table.get((obj.lemma_.lower(), verb.lemma_), ("", _NONE))
        if not cameo or ("one" in flags and (obj.tag_ != "NN" or obj.conjuncts)):
            continue  # "built new roads", "built a bridge and a road": each its own
        if "bare" in flags and any(c.dep_ in {"det", "poss"} for c in obj.children):
            continue  # "joined the UN force"
        return cameo
    return None


def _done_together(verb: Token) -> bool:
    """A deed with "together" after the verb ("evacuated their citizens together"), not
    before it, where it sums ("A and B together hold 60%"), nor a verb that has it as a
    particle ("brought together"), nor one with an event of its own."""
    return (
        any(c.lower_ == "together" and c.dep_ == "advmod" and c.i > verb.i for c in verb.children)
        and verb.lemma_ not in _NO_DEED | _PARTICLE
        and not own_event(verb)
    )


def own_event(verb: Token) -> bool:
    """A verb with an event of its own (a trigger), or one of saying: what its doers do
    together is that event, or each one's words, not a shared deed. A help given only to
    another country's nationals is none ("A and B evacuated their citizens together"), nor
    is a word that is an event only by what it is done to, a debt or goods ("A and B
    cleared the minefield together": no debt cleared)."""
    found = triggers.trigger(verb.lemma_, "verb")
    return verb.lemma_ in SPEECH_VERBS or (found is not None and not _OBJECT_BOUND & found.flags)


# Rows whose word is an event of its own only for some objects (see kg/extract/data/triggers.tsv).
_OBJECT_BOUND = frozenset({"nationals-object", "debt-object", "goods-object"})


def _apart(verb: Token) -> bool:
    """Whether the clause says each did it on its own ("both", "each", "separately")."""
    todo = list(verb.children)
    while todo:
        t = todo.pop()
        if t.dep_ in _CLAUSES and t.pos_ in {"VERB", "AUX"}:
            continue
        if t.lower_ in _APART:
            return True
        todo.extend(t.children)
    return False


def _among(
    ctx: Context, verb: Token, trigger: Token, sides: list[str], cameo: str, extractor: str
) -> Iterator[Event]:
    if not _apart(verb):
        yield from cooperate_among(ctx, verb, trigger, sides, cameo, extractor)


def cooperate_among(
    ctx: Context, anchor: Token, trigger: Token, sides: list[str], cameo: str, extractor: str
) -> Iterator[Event]:
    """Cooperation (``cameo``) among two or more distinct ``sides`` of one deed."""
    sides = list(dict.fromkeys(sides))
    if len(sides) < 2:
        return
    yield from make_events(ctx, anchor, trigger, EventKind.COOPERATION,
                           sense("cooperate", cameo, symmetric=True), sides[:1], sides[1:],
                           [trigger], extractor, 0.6)  # fmt: skip


def _partnered(ctx: Context, with_: Token, extractor: str) -> Iterator[Event]:
    """ "X, together with Y, did Z", "X, in cooperation with Y, did Z", "X did Z
    together with Y": X works with Y."""
    head = with_.head
    if any(c.lower_ == "together" and c.dep_ == "advmod" for c in with_.children):
        at = head
    elif head.lower_ in _WITH_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "in":
        at = head.head.head
    else:
        return
    if at.pos_ == "VERB":
        verb, doer_keys = at, doers(ctx, at)
    elif at.dep_ in {"nsubj", "nsubjpass"} and at.head.pos_ == "VERB":
        verb, doer_keys = at.head, g.actors_of(ctx, at)  # "X, together with Y, destroyed"
    else:
        return
    if verb.lemma_ in _NO_DEED or verb.lemma_ in SPEECH_VERBS:
        return
    partners = [k for o in g.prep_objects(with_.head, {"with"}) if o.head.i == with_.i
                for k in g.actors_of(ctx, o)]  # fmt: skip
    partners = list(dict.fromkeys(partners))
    # the subject's own actors may take in the partner ("X together with Y" as a list)
    doer_keys = [k for k in dict.fromkeys(doer_keys) if k not in partners]
    if doer_keys and partners:
        yield from make_events(ctx, verb, with_, EventKind.COOPERATION,
                               sense("cooperate", "060", symmetric=True), doer_keys, partners,
                               [with_], extractor, 0.6)  # fmt: skip
