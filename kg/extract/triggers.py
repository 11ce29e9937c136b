"""Trigger words as data: ``data/triggers.tsv`` read into :class:`Trigger` records.

The table says what kind of event a word names, its CAMEO code and which frame
finds its arguments; the extractors hold the grammar of each frame. A word added
to the table works in every construction its frame covers.

>>> t = trigger("condemn", "verb")
>>> (t.kind.value, t.type, t.cameo, t.frame, sorted(t.preps), t.direct_object)
('Conflict', 'criticise', '111', 'directed', [], True)
>>> trigger("talks", "noun").kind.value
'Meeting'
>>> sorted(w for w, _ in words(frame="travel"))[:3]
['arrive', 'fly', 'go']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.attrs import LOWER, POS, TAG
from spacy.tokens import Doc, Token

from kg.errors import ConfigError
from kg.extract.held_liable import LIABLE, held_liable
from kg.extract.hit_works import popular_work
from kg.extract.named_pairs import verb_between_names
from kg.language.token_table import string_columns
from kg.language.verbless_sentences import repair_verbless_sentence
from kg.records import EventKind

# CAMEO roots of acts against someone done with words: demand, disapprove, reject,
# threaten, protest (10-14).
SAYING_ROOTS = frozenset({"10", "11", "12", "13", "14"})
FRAMES = frozenset(
    {"mutual", "visit", "host", "convene", "travel", "directed", "recipient", "symmetric",
     "owner", "imposed", "between", "demanded"}
)  # fmt: skip
FLAGS = frozenset(
    {
        "partner-only",
        "appeal",
        "ambiguous",
        "phone",
        "audience",
        "press",
        "on-air",
        "idea-only",
        "idea-object",
        "from-office",
        "aid-object",
        "aid-of",
        "arms-object",
        "control-object",
        "goods-object",
        "bill-object",
        "debt-object",
        "debt-aid",
        "captive-object",
        "custody-act",
        "direct-target",
        "state-target",
        "public-giver",
        "weapon-object",
        "not-arrival",
        "needs-partner",
        "punished-as",
        "verb-partner",
        "bare-object",
        "person-object",
        "not-own-staff",
        "nationals-object",
        "guest-object",
        "mutual-with",
        "joint-only",
        "envoy-object",
        "from-agent",
        "ground-from",
        "near-ground",
        "armed-agent",
        "fired-agent",
        "armed-object",
        "vessel-object",
        "no-object",
        "reciprocal",
        "together-only",
        "courtesy",
        "armed-force",
        "mandative",
        "addressee-to",
        "interview",
        "firm-object",
    }
)


@dataclass(frozen=True)
class Trigger:
    word: str
    pos: str  # "verb" | "noun"
    kind: EventKind
    type: str  # fine event type (a kgt: concept)
    cameo: str
    frame: str
    preps: frozenset[str]  # prepositions introducing the partner or target
    direct_object: bool  # the direct object is the partner or target
    flags: frozenset[str] = frozenset()

    @property
    def symmetric(self) -> bool:
        return self.frame in {"mutual", "symmetric", "between"}


def parse(lines: Iterable[str], source: str = "triggers.tsv") -> dict[tuple[str, str], Trigger]:
    """Rows of the table by (word, pos); a malformed row is a :class:`ConfigError`."""
    table: dict[tuple[str, str], Trigger] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) < 7:
            raise ConfigError(f"{source}:{n}: expected 7 or 8 tab-separated cells")
        word, pos, kind, etype, cameo, frame, preps = cells[:7]
        flags = frozenset(f for f in (cells[7] if len(cells) > 7 else "").split(",") if f)
        try:
            event_kind = EventKind(kind)
        except ValueError:
            raise ConfigError(f"{source}:{n}: unknown event {kind!r}") from None
        if pos not in {"verb", "noun"} or frame not in FRAMES or not flags <= FLAGS:
            raise ConfigError(f"{source}:{n}: bad pos, frame or flag in {line.strip()!r}")
        if not (cameo.isdigit() and 2 <= len(cameo) <= 4):
            raise ConfigError(f"{source}:{n}: bad CAMEO code {cameo!r}")
        names = {p for p in preps.split(",") if p and p != "-"}
        key = (word.replace("+", " "), pos)
        if key in table:
            raise ConfigError(f"{source}:{n}: {word} ({pos}) is listed twice")
        table[key] = Trigger(key[0], pos, event_kind, etype, cameo, frame,
                             frozenset(names - {"obj"}), "obj" in names, flags)  # fmt: skip
    return table


@cache
def table() -> dict[tuple[str, str], Trigger]:
    text = resources.files("kg.extract").joinpath("data", "triggers.tsv").read_text("utf-8")
    return parse(text.splitlines())


def trigger(word: str, pos: str) -> Trigger | None:
    return table().get((word, pos))


def words(
    *, kind: EventKind | Iterable[EventKind] | None = None, frame: str | None = None,
    pos: str | None = None,
) -> dict[tuple[str, str], Trigger]:  # fmt: skip
    """The rows that match every filter given."""
    kinds = {kind} if isinstance(kind, EventKind) else set(kind) if kind is not None else None
    return {
        k: t
        for k, t in table().items()
        if (kinds is None or t.kind in kinds)
        and (frame is None or t.frame == frame)
        and (pos is None or t.pos == pos)
    }


def repair_verbs(doc: Doc) -> None:
    """A rare verb the tagger took for a name or noun ("the minister jabbed back",
    "Iran rebuffed"): a lowercase past form whose base is a trigger verb and which
    heads a subject is retagged as that verb, so every frame can find it. Verb forms
    whose lemma the model gets wrong ("hopes" -> "hop") get the right one."""
    verbs = _verb_bases()
    # (each word's part of speech, form and tag are read from the document's arrays,
    # a Token made only for the few words they let through; a repair changes the
    # tag and part of speech of no word but its own)
    parts, lowers = string_columns(doc, POS, LOWER)
    for i, (pos, low) in enumerate(zip(parts, lowers, strict=True)):
        if pos == "VERB" and low in _LEMMA_SLIPS:
            doc[i].lemma_ = _LEMMA_SLIPS[low]  # the model's lemma of "hopes" is "hop"
        if low in LIABLE and pos == "ADJ":
            held_liable(doc[i])  # "held [Croatia responsible] for": its object and complement
        if low == "hit" and pos == "VERB" and popular_work(doc[i]):
            continue  # "alongside hit presenters X and Y": no blow
        if pos not in {"PROPN", "NOUN", "ADJ"} or not low.endswith("ed"):
            continue
        t = doc[i]
        if not t.is_lower or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
            continue
        base = _past_base(low, verbs)
        if base is not None:
            t.pos_, t.tag_, t.lemma_ = "VERB", "VBD", base
    (tags,) = string_columns(doc, TAG)
    for i, tag in enumerate(tags):
        if tag not in {"VBN", "VBD", "JJ"}:
            continue
        t = doc[i]
        if t.dep_ == "amod" and (base := _past_base(t.lower_, verbs) if tag == "JJ" else t.lemma_):
            verb_between_names(t, base, verbs)  # "Bolivia snubbed Paraguay": no noun phrase
        if tag in {"VBD", "VBN"} and t.dep_ == "amod":
            _past_verb_as_modifier(t)
        elif t.dep_ == "acl" and t.lemma_ in verbs:
            _clause_read_as_relative(t)
        elif t.dep_ == "ccomp" and t.tag_ == "VBD":
            _verb_read_as_helped(t)
    for sent in doc.sents:  # "Belarus jailed journalist A B": one noun phrase, no verb
        repair_verbless_sentence(sent, lambda word: _past_base(word, verbs))


# Verbs of helping whose object the parser can take for the subject of the clause's
# own verb ("sent by X to help Y fought Z").
_HELPING = frozenset("help support assist aid back protect defend reinforce bolster".split())


def _verb_read_as_helped(verb: Token) -> None:
    """ "Troops sent by Kenya to help Somalia attacked X": the parser can read the
    sentence's verb as a clause the infinitive governs ("help [Somalia attacked X]"),
    leaving the noun that opens the sentence with no verb. When that noun heads the
    sentence and a participle on it governs the infinitive, the verb is the root,
    the noun its subject and the helped its object."""
    helping, subject = verb.head, next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    sent = helping.head
    if helping.lemma_ not in _HELPING or helping.tag_ != "VB" or subject is None:
        return
    if subject.left_edge.i != helping.i + 1:
        return
    if helping.dep_ == "ROOT":  # "Soldiers sent by X to help Y attacked Z": "help" the root
        noun = next((c for c in helping.lefts if c.dep_ == "nsubj"), helping)
        sent = next((c for c in noun.children if c.dep_ == "acl" and c.i < helping.i), noun)
        if sent is noun or sent.tag_ != "VBN" or noun.pos_ != "NOUN":
            return
        noun.head, noun.dep_, helping.head, helping.dep_ = noun, "ROOT", sent, "advcl"
    noun = sent.head
    if sent.dep_ != "acl" or sent.tag_ != "VBN" or noun.dep_ != "ROOT" or noun.pos_ != "NOUN":
        return
    if noun.left_edge.i != noun.sent.start:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    subject.head, subject.dep_ = helping, "dobj"


def _past_verb_as_modifier(verb: Token) -> None:
    """ "President X hosted talks between A and B": in a short sentence the parser can
    take the past verb for a modifier of its object and make the object the root,
    with the subject hung on the "modifier". When the object is the root of its
    sentence and the verb has a name on its left for subject, the verb becomes the
    root and the noun its object."""
    noun = verb.head
    if noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or not 0 < noun.i - verb.i <= 2:
        return
    named = [c for c in verb.lefts if c.dep_ in {"nsubj", "npadvmod"} and verb.tag_ == "VBD"]
    # "Iran-backed Houthis fired missiles at X": the name right before the verb (past
    # or participle), hung on the object as its modifier
    named += [c for c in noun.lefts if c.dep_ in {"compound", "nmod"} and c.i + 1 == verb.i]
    subject = next((c for c in named if c.pos_ == "PROPN" or c.ent_type_), None)
    if subject is None:
        return
    for c in [c for c in noun.lefts if c.i < subject.i and subject.head.i == noun.i]:
        c.head = subject  # "Rwanda-backed M23 fired ...": the modifiers are the subject's
    subject.head = verb
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    noun.head, noun.dep_ = verb, "dobj"
    subject.dep_ = "nsubj"


# Verbs whose participle names what a noun is called, with an object of its own: "a
# firm called Acme", "a man named Ali".
_NAMING = frozenset({"call", "name", "dub", "term", "title", "label", "style", "christen"})


def _clause_read_as_relative(verb: Token) -> None:
    """ "A US-led coalition bombed Islamic State targets": the parser can read the
    sentence's verb as a reduced relative on its subject ("a coalition [that was]
    bombed"), left with an object it could not have. When the noun opens the
    sentence and heads it (or the clause a reporting verb governs), and the
    participle has a direct object and no "by" or auxiliary, the participle is
    the verb and the noun its subject."""
    noun = verb.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"ROOT", "dep", "ccomp"}:
        return
    if noun.left_edge.i != noun.sent.start or verb.lemma_ in _NAMING:
        return
    children = list(verb.children)
    if not any(c.dep_ == "dobj" for c in children) or any(
        c.dep_ in {"agent", "aux", "auxpass", "nsubj", "nsubjpass"} for c in children
    ):
        return
    verb.head, verb.dep_ = (verb, "ROOT") if noun.dep_ == "ROOT" else (noun.head, "ccomp")
    verb.pos_, verb.tag_ = "VERB", "VBD"
    noun.head, noun.dep_ = verb, "nsubj"


# Verb forms the model lemmatises wrongly, with their lemma.
_LEMMA_SLIPS = {"hopes": "hope", "hoped": "hope", "hoping": "hope",
                "wages": "wage", "waged": "wage", "waging": "wage",
                "stages": "stage", "staged": "stage", "staging": "stage",
                "deploring": "deplore", "cementing": "cement",
                "snipes": "snipe", "sniped": "snipe", "sniping": "snipe",
                "spares": "spare", "spared": "spare", "sparing": "spare",
                "fined": "fine", "fining": "fine"}  # fmt: skip


@cache
def _verb_bases() -> frozenset[str]:
    return frozenset(w.split()[0] for (w, pos) in table() if pos == "verb")


def _past_base(word: str, verbs: frozenset[str]) -> str | None:
    stem = word[:-2]
    candidates = [stem, word[:-1]]  # "rebuffed" -> "rebuff"; "denounced" -> "denounce"
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])  # "jabbed" -> "jab"
    if stem.endswith("i"):
        candidates.append(stem[:-1] + "y")  # "decried" -> "decry"
    return next((c for c in candidates if c in verbs), None)
