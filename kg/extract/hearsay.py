"""Who reports an event and whether the writer vouches for it.

``reporting_verb`` finds the speech verb that reports a clause ("X said A met B");
``unvouched`` tells a clause the writer only passes on: what a speaker claims or
denies ("a book claims that ..."), the content of a report ("reports that he told
X"), and what unconfirmed sources say ("unconfirmed reports said troops had shelled
X", "according to unverified reports, jets bombed Y", "rumours said ..."). A report
with no doubt on it is a source the writer cites: "reports said X shelled Y" is told
as a fact.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.doc_memo import per_word
from kg.language.event_words import SPEECH_VERBS

# Speech verbs whose clause the writer does not vouch for: "a book claims that ...",
# "she denied that she had met ...".
_DOUBTING_SPEECH = {"claim", "allege", "deny", "suggest", "speculate", "rumour", "rumor",
                    "contend", "insist"}  # fmt: skip
# Nouns whose content is hearsay: "reports that he told X", "rumours of a feud", "denied
# charges that it had attacked Y" (word forms: "talks" are a meeting, "talk of a split" is
# hearsay; not "in charge of the talks", which runs them: :func:`hearsay_head`).
HEARSAY_NOUNS = frozenset(
    {"report", "reports", "claim", "claims", "allegation", "allegations", "rumour", "rumours",
     "rumor", "rumors", "suggestion", "suggestions", "speculation", "accusation", "accusations",
     "charge", "charges", "story", "stories", "talk", "gossip"}
)  # fmt: skip
# Words that say an event is only rumoured, reported or alleged: "the rumoured talks".
HEARSAY_ADJECTIVES = frozenset({"reported", "alleged", "rumoured", "rumored", "purported",
                                "supposed", "so-called", "claimed", "suspected"})  # fmt: skip
# Sources that are hearsay by their own word ("rumours said"), and the words that
# take a source's word away ("unconfirmed reports", "unverified accounts").
_RUMOURS = {"rumour", "rumor", "speculation", "gossip", "hearsay"}
_UNCONFIRMED = {"unconfirmed", "unverified", "uncorroborated", "unsubstantiated",
                "unsourced", "unattributed"}  # fmt: skip
_WRONG = {"wrong", "mistaken", "incorrect", "false", "untrue"}
# Works whose word is their author's account, not the writer's: "the book says A met
# B", "according to the memoir, ...", "the indictment says" (a "report" is a source
# the writer cites: "a UN report said troops shelled X" stays a fact).
_WORKS = {"book", "memoir", "biography", "autobiography", "diary", "dossier", "indictment",
          "lawsuit", "novel", "film", "documentary", "manuscript"}  # fmt: skip
# Pronouns that take up the last sentence's source: "The book claims ... It also says".
_TAKING_UP = {"it": "thing", "they": "many", "he": "person", "she": "person"}
# Nouns that take up one another as the same source: "The newspaper claims ... The
# paper says", "The memoir claims ... The author adds".
_SAME_SOURCE = (
    frozenset({"newspaper", "paper", "daily", "tabloid", "weekly", "magazine", "journal"}),
    frozenset(
        {"book", "memoir", "biography", "autobiography", "volume", "author", "writer", "biographer"}
    ),
    frozenset({"prosecutor", "prosecution", "indictment", "lawsuit", "plaintiff"}),
)


def unvouched(verb: Token, speech: Token | None) -> bool:
    """True when the writer passes on ``verb``'s clause without vouching for it;
    ``speech`` is its reporting verb, if any (see :func:`reporting_verb`)."""
    if speech is not None and (
        _claiming(speech) or _said_wrongly(speech) or _doubted_source(speech)
    ):
        return True
    return _hearsay(verb) or _doubted_account(verb) or _continues_claim(verb)


def _continues_claim(verb: Token) -> bool:
    """A fragment that goes on with the last sentence's claim: "The book claims A
    plotted against B. And that during a lunch A met B ...": its main verb opens with
    "that" and no verb governs it."""
    root = verb
    while root.dep_ != "ROOT" and root.head.i != root.i:
        root = root.head
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in root.children):
        return False
    sent = root.sent
    if sent.start == 0:
        return False
    before = root.doc[sent.start - 1].sent
    return any(claims or _claiming(v) for v, _, claims in _sources(before))


def _claiming(speech: Token, depth: int = 3) -> bool:
    """``speech`` passes on a claim: a doubting verb ("claims"), a work's word ("the
    book says"), or a speaker that takes up the last sentence's claiming source ("The
    book claims A plotted. It also says A met B"; "According to the memoir, ... It
    adds that ...")."""
    if speech.lemma_ in _DOUBTING_SPEECH:
        return True
    speakers = [c for c in speech.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in _WORKS for s in speakers):
        return True
    sent = speech.sent
    if depth == 0 or sent.start == 0 or not speakers:
        return False
    before = speech.doc[sent.start - 1].sent
    return any(
        _takes_up(speakers[0], source) and (claims or _claiming(verb, depth - 1))
        for verb, source, claims in _sources(before)
    )


def _sources(sent: Span) -> list[tuple[Token, Token, bool]]:
    """The sources that speak in ``sent``: (speech verb, source, whether the source
    alone makes it a claim): subjects of speech verbs, and the work or doubted
    source of "according to" ("According to the book, ...")."""
    found: list[tuple[Token, Token, bool]] = []
    for t in sent:
        if t.lemma_ in SPEECH_VERBS and t.pos_ in {"VERB", "AUX"}:
            found += [(t, c, False) for c in t.children if c.dep_ == "nsubj"]
        elif t.lower_ == "according" and t.dep_ == "prep":
            found += [(t, o, _doubted(o)) for to in t.children for o in to.children
                      if o.dep_ == "pobj"]  # fmt: skip
    return found


def _takes_up(speaker: Token, source: Token) -> bool:
    """ "It" takes up a thing ("the book"), "they" many ("prosecutors"), "he"/"she"
    a person; a word takes up the same word ("The book claims ... The book adds",
    "It says ... It also says")."""
    if speaker.lower_ == source.lower_:
        return True
    kind = _TAKING_UP.get(speaker.lower_)
    if kind is None:
        return speaker.pos_ == "NOUN" and (
            speaker.lemma_ == source.lemma_
            or any(speaker.lemma_ in same and source.lemma_ in same for same in _SAME_SOURCE)
        )
    if kind == "many":
        return source.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in source.children)
    person = source.ent_type_ == "PERSON"
    return person if kind == "person" else source.pos_ == "NOUN" and source.tag_ == "NN"


def _doubted_source(speech: Token) -> bool:
    """ "Unconfirmed reports said ...", "rumours said ...": the speaker is hearsay."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and _doubted(c) for c in speech.children)


def _doubted_account(verb: Token) -> bool:
    """ "According to unconfirmed reports, jets bombed X": the account is doubted
    (also on the speech verb: "according to unverified reports, officials said")."""
    t = verb
    for _ in range(3):
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ == "according":
                for to in prep.children:
                    if any(o.dep_ == "pobj" and _doubted(o) for o in to.children):
                        return True
        if t.dep_ not in {"ccomp", "conj", "xcomp"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def _doubted(source: Token) -> bool:
    """A source that is hearsay: "rumours", "unconfirmed reports"."""
    lemma = source.lemma_.lower()
    return (
        lemma in _RUMOURS
        or lemma in _WORKS
        or any(c.dep_ in {"amod", "compound"} and c.lower_ in _UNCONFIRMED for c in source.children)
    )


def _said_wrongly(speech: Token) -> bool:
    """ "They were mistaken when they said ...", "X was wrong to say ...": what was
    said is denied by the sentence itself."""
    if speech.dep_ == "xcomp" and speech.head.lower_ in _WRONG:
        return True  # "wrong to say"
    host = speech.head if speech.dep_ in {"advcl", "xcomp"} else None
    return host is not None and any(
        c.dep_ in {"acomp", "attr"} and c.lower_ in _WRONG for c in host.children
    )


@per_word
def reporting_verb(verb: Token) -> Token | None:
    """The speech verb a clause is reported by ("X said [A met B]")."""
    t = verb
    for _ in range(4):
        dep = t.dep_
        if dep == "ROOT":
            for child in t.children:
                if child.dep_ == "parataxis" and child.lemma_ in SPEECH_VERBS:
                    return child
            return None
        head = t.head  # read once (each ``.head`` makes a new Token)
        if dep in {"ccomp", "parataxis"} and head.lemma_ in SPEECH_VERBS:
            return head
        t = head
    return None


def _hearsay(verb: Token) -> bool:
    """The clause is the content of a report or claim ("reports that he told X")."""
    if answers_its_noun(verb):
        return False  # "a claim X denied on Friday": the denial is told, not the claim
    t = verb
    for _ in range(4):
        dep, head = t.dep_, t.head
        if dep in {"acl", "ccomp", "relcl", "appos"} and head.lower_ in HEARSAY_NOUNS:
            return not any(c.dep_ == "mark" and c.lower_ != "that" for c in t.children)
        if dep not in {"conj", "xcomp", "ccomp", "advcl"} or head.i == t.i:
            return False
        t = head
    return False


# Verbs that answer a claim; relative words that stand for the noun a clause is on.
_ANSWERING = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})


def answers_its_noun(verb: Token) -> bool:
    """``verb`` is a relative clause that denies or rejects the noun it is on, which
    is its only object: "a claim Tirana denied", "a charge that the ministry
    rejected", "allegations which X dismissed" (not "a report that X denied entry")."""
    return (
        verb.dep_ == "relcl"
        and verb.lemma_ in _ANSWERING
        and not any(
            c.dep_ in {"dobj", "ccomp"} and c.lower_ not in _RELATIVE_WORDS for c in verb.children
        )
    )


# Verbs that only say how things look: "X appeared to snub Y", "seems to have met Y".
_SEEMING = frozenset({"appear", "seem"})


def hedged(head: Token, via: str) -> bool:
    """``head`` hedges the clause it raises ("X appeared to snub Y", "Russia seems to
    have attacked X"): the writer tells how it looked, not that it happened."""
    return via == "xcomp" and head.lemma_ in _SEEMING and head.pos_ in {"VERB", "AUX"}


# Participles that tie hearsay to what it is about: "the talk surrounding her feud".
_ABOUT_PARTICIPLES = frozenset({"surrounding", "concerning", "regarding"})


def hearsay_head(noun: Token) -> bool:
    """Whether ``noun`` is a noun of hearsay, not "charge" in "in charge of", "took
    charge of" (who runs a thing)."""
    if noun.lower_ not in HEARSAY_NOUNS:
        return False
    return not (noun.lower_ == "charge" and (noun.head.lower_ == "in" or noun.head.lemma_ == "take"))


def told_in_hearsay(noun: Token) -> bool:
    """True when an event noun is what hearsay tells of ("rumours of a feud between A
    and B", "talk about a split", "the talk surrounding her rift with X")."""
    head = noun.head
    if noun.dep_ == "pobj" and (
        head.lower_ in {"of", "about"} or head.lower_ in _ABOUT_PARTICIPLES
    ):
        return hearsay_head(head.head)
    return (
        noun.dep_ == "dobj"
        and head.dep_ == "acl"
        and head.lower_ in _ABOUT_PARTICIPLES
        and head.head.lower_ in HEARSAY_NOUNS
    )
