"""What every extractor receives and how it cites its evidence."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Span, Token

from kg.extract.doc_memo import per_word  # noqa: F401  (for the grammar modules)
from kg.language.actors import ArticleActors
from kg.language.token_table import string_columns
from kg.records import Event, Evidence, Fact

Word = tuple[Token, str, str, str]  # a token, its lemma, lower case form and part of speech


@dataclass
class Context:
    """One parsed document of an article, with its resolved actors.

    ``offset`` is the character position of ``doc`` within the article text
    (articles longer than one chunk are parsed in pieces) and ``first_sentence``
    the article-level index of the document's first sentence.
    """

    article_id: str
    doc: Doc
    actors: ArticleActors
    offset: int = 0
    first_sentence: int = 0
    article_date: str | None = None
    dateline_country: str | None = None

    def __post_init__(self) -> None:
        sents = list(self.doc.sents)
        # ``token.sent`` walks the document for the sentence's bounds at every call
        # and makes a new Span (about 12 microseconds each time)
        self._sents = sents
        self._sent_starts = [s.start for s in sents]
        self._sent_chars = [(s.start_char, s.end_char) for s in sents]
        # What the extractors' scans over every token read, read once per document:
        # spaCy makes a new Token object (and a new string) at every access, and a
        # dozen scans of each document made about a million of them per 200 articles.
        # (The strings come from the document's arrays: ``t.pos_`` alone costs as
        # much as making the Token.)
        lemmas, lowers, tags = string_columns(self.doc, LEMMA, LOWER, POS)
        self._words: list[Word] = list(zip(self.doc, lemmas, lowers, tags, strict=True))
        self._lowers = frozenset(w[2] for w in self._words)
        # Answers that depend only on the document and its actors, both fixed once
        # the context is made: several extractors ask the same ones of one token.
        self.memo: dict[Hashable, object] = {}

    def scan(self, start: int = 0, end: int | None = None) -> Iterator[Word]:
        """Every token of the document (or of ``doc[start:end]``) with its lemma,
        lower case form and part of speech, as the document had them when the
        context was made."""
        return iter(self._words[start:end])

    def sentence(self, token: Token) -> Span:
        """The sentence holding ``token`` (what ``token.sent`` is), made once per document."""
        return self._sents[self._sentence_of(token.i)]

    def sentence_tokens(self, token: Token) -> list[Token]:
        """The tokens of the sentence holding ``token`` (``list(token.sent)``)."""
        sent = self.sentence(token)
        return self.tokens(sent.start, sent.end)

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of ``doc[start:end]``, made once per document (slicing the
        document makes a Span and a new Token for each of them)."""
        return [w[0] for w in self._words[start:end]]

    def has_any(self, words: AbstractSet[str]) -> bool:
        """Whether any token of the document has one of ``words`` for its lower case
        form: a cheap test before a search of a phrase for them."""
        return not self._lowers.isdisjoint(words)

    def sentence_index(self, token: Token) -> int:
        return self.first_sentence + self._sentence_of(token.i)

    def _sentence_of(self, token_index: int) -> int:
        """The document's sentence (0 first) holding the token at ``token_index``."""
        return bisect_right(self._sent_starts, token_index) - 1

    def evidence(
        self, tokens: Iterable[Token | Span], extractor: str, confidence: float
    ) -> Evidence:
        """Evidence spanning ``tokens`` (clipped to their sentence)."""
        items = list(tokens)
        first = items[0]
        if isinstance(first, Token):
            sent_start, sent_end = self._sent_chars[self._sentence_of(first.i)]
        else:  # a span's sentence is that of its first token
            sent_start, sent_end = self._sent_chars[self._sentence_of(first.start)]
        starts, ends = [], []
        for item in items:
            if isinstance(item, Span):
                starts.append(item.start_char)
                ends.append(item.end_char)
            else:
                starts.append(item.idx)
                ends.append(item.idx + len(item.text))
        start = max(min(starts), sent_start)
        end = min(max(ends), sent_end)
        anchor = first if isinstance(first, Token) else first[0]
        return Evidence(
            article_id=self.article_id,
            sentence=self.sentence_index(anchor),
            start=self.offset + start,
            end=self.offset + end,
            extractor=extractor,
            confidence=round(confidence, 3),
        )


@dataclass(frozen=True)
class AnsweredCharge:
    """An answer to a charge told before ("Chile accused Peru. Peru rejected the
    accusation"), whose target, the charge's maker, is known only once the whole
    article is extracted: the pipeline makes it an :class:`Event` aimed at that
    maker or drops it (:func:`kg.extract.answered_charges.resolve_told_charges`).
    No Event itself, so none can reach the graph unresolved."""

    event: Event  # the answer, with its agents and no target
    charge: str  # the CAMEO code of the charge answered: "112" an accusation, "111" a reproach


Found = Fact | AnsweredCharge
"""What an extractor yields: facts, and answers to charges the pipeline resolves."""

Extractor = Callable[[Context], Iterator[Found]]


def same_sentence_and_parties(event: Event) -> Hashable:
    """Two readings of one sentence naming the same parties are one event."""
    return (event.evidence.sentence, frozenset(event.actors()))


def unique(
    events: Iterable[Event], key: Callable[[Event], Hashable] = same_sentence_and_parties
) -> Iterator[Event]:
    """One of the events that share a key ("will meet ... to discuss": one meeting,
    not two): the first factual reading, else the first."""
    kept: dict[Hashable, Event] = {}
    for event in events:
        k = key(event)
        if k not in kept or (event.factual and not kept[k].factual):
            kept[k] = event
    yield from kept.values()
