"""What coreference needs from the article: :class:`CorefState` (the parse, the
mentions, the links made so far) and the roles a mention plays in its sentence."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.attrs import ORTH, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.language.event_words import SPEECH_VERBS
from kg.language.gazetteer import Entry
from kg.language.lexicon import SUBJECT_DEPS
from kg.language.mentions import Mention
from kg.language.pronoun_index import GenderedPronouns
from kg.language.quotes import QUOTE_MARKS, mark_opens

SUBJECT_OR_POSS = SUBJECT_DEPS | {"poss"}  # the pronoun that can head its own clause
_CORE_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "attr", "appos", "conj"}
_QUOTE_IDS = frozenset(map(get_string_id, QUOTE_MARKS))
_QUOTE_TAG_IDS = frozenset(map(get_string_id, ("``", "''")))


@dataclass
class CorefState:
    """What coreference needs from the resolver: the parse, the mentions, the
    links made so far and a way to register a country as an actor."""

    doc: Doc
    mentions: list[Mention]
    linked: dict[int, str]
    register: Callable[[Entry], str]
    titles: dict[str, list[str]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    covered: set[int] = field(default_factory=set)
    # ``name_sex`` by actor key (the links of names, which it reads, are all made
    # before coreference begins)
    name_sexes: dict[str, str] = field(default_factory=dict)
    # the line breaks and quotation marks of the document (read at the first question)
    _marks: tuple[list[int], list[int]] | None = field(default=None, init=False, repr=False)
    # the gendered pronouns by position (kg.language.coref_cues.referred_as makes it)
    pronoun_index: GenderedPronouns | None = field(default=None, init=False, repr=False)
    # the sentences, and the first org mention at each token (made at the first question:
    # the mentions are final once coreference begins)
    _sentences: tuple[Span, ...] | None = field(default=None, init=False, repr=False)
    _orgs: dict[int, Mention] | None = field(default=None, init=False, repr=False)

    def sentences(self) -> tuple[Span, ...]:
        """The document's sentences, by index (``Mention.sent``)."""
        if self._sentences is None:
            self._sentences = tuple(self.doc.sents)
        return self._sentences

    def org_at(self, token_index: int) -> Mention | None:
        """The first org mention (in the mentions' order) that holds the token."""
        if self._orgs is None:
            self._orgs = {}
            for m in self.mentions:
                if m.kind == "org":
                    for i in range(m.start, m.end):
                        self._orgs.setdefault(i, m)
        return self._orgs.get(token_index)

    def in_quote(self, token_index: int) -> bool:
        """The token is inside quotation marks: the last mark before it in its
        paragraph opens a quote. A quote of several sentences ('"Ann Lee is in
        charge. She decides." The deal is close, he said') holds its later
        sentences too, and a mark that opens the next sentence of the same quote
        without closing the one before ('... in May. "We will') keeps it open."""
        if self._marks is None:
            self._marks = _breaks_and_marks(self.doc)
        breaks, marks = self._marks
        n = bisect_left(breaks, token_index)
        start = breaks[n - 1] + 1 if n else 0  # the paragraph's first token
        n = bisect_left(marks, token_index)
        if n and marks[n - 1] >= start:
            return mark_opens(self.doc[marks[n - 1]], start)
        return False

    def is_subject(self, m: Mention) -> bool:
        """The mention is a subject, or in apposition to one ("The director, Ken
        Vale, said")."""
        lo, hi = m.span
        if any(self.doc[i].dep_ in SUBJECT_DEPS for i in range(lo, hi)):
            return True
        head = self.doc[lo:hi].root
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head  # "Ken Vale QC": the name hangs on "QC"
        return head.dep_ == "appos" and described_noun(head).dep_ in SUBJECT_DEPS

    def is_main_subject(self, m: Mention) -> bool:
        """The subject of its sentence's main verb or of a speech verb."""
        if not self.is_subject(m):
            return False
        head = self.doc[m.start : m.end].root
        while head.dep_ in {"compound", "appos", "flat"} and head.head.i != head.i:
            head = described_noun(head) if head.dep_ == "appos" else head.head
        verb = head.head
        return verb.dep_ == "ROOT" or verb.lemma_ in SPEECH_VERBS

    def is_core(self, m: Mention) -> bool:
        root = self.doc[m.start : m.end].root
        if root.dep_ in _CORE_DEPS:
            return True
        return root.dep_ == "pobj" and root.head.head.pos_ in {"VERB", "AUX"}


def _breaks_and_marks(doc: Doc) -> tuple[list[int], list[int]]:
    """The tokens whose text holds a line break (the last of a paragraph) and the
    quotation marks, in order, from the document's arrays of spellings and tags
    (spaCy makes a new Token object at every access, and asking token by token
    walked back to the paragraph's start at every question)."""
    breaks: list[int] = []
    marks: list[int] = []
    if not len(doc):
        return breaks, marks
    strings = doc.vocab.strings
    has_break: dict[int, bool] = {}
    for i, (orth, tag) in enumerate(doc.to_array([ORTH, TAG]).tolist()):
        if orth in _QUOTE_IDS or tag in _QUOTE_TAG_IDS:
            marks.append(i)
        found = has_break.get(orth)
        if found is None:
            found = has_break[orth] = "\n" in strings[orth]
        if found:
            breaks.append(i)
    return breaks, marks


def described_noun(appos: Token) -> Token:
    """The noun an apposition describes, also when the parser hangs it on the place
    in the noun's phrase ("The BBC's correspondent in Oslo, Ann Lee, said")."""
    noun = appos.head
    while noun.dep_ in {"pobj", "prep"} and noun.head.i != noun.i:
        noun = noun.head
    return noun if noun.pos_ == "NOUN" and noun.i != appos.head.i else appos.head


def kind_ok(key: str, want: str) -> bool:
    if want == "person":
        return key.startswith("person/")
    if want == "thing":
        return key.startswith(("country/", "org/", "group/"))
    return key.startswith("group/")
