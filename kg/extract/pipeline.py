"""Article in, :class:`~kg.records.ArticleFacts` out: parse, find actors, extract.

>>> chunks("one\\n\\ntwo", limit=4)
[(0, 'one'), (5, 'two')]
"""

from __future__ import annotations

import itertools
import logging
import operator
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ExtractionError
from kg.extract import EXTRACTORS, Context
from kg.extract.answered_charges import resolve_told_charges
from kg.extract.base import Found
from kg.extract.caption_verbs import repair_caption_verbs
from kg.extract.demand_conjuncts import repair_demand_conjuncts
from kg.extract.doc_memo import remembering
from kg.extract.headlines import (
    headline_start,
    in_headline,
    joined,
    parsed_headline,
    with_headline,
)
from kg.extract.hung_agents import repair_hung_agents
from kg.extract.own_sides import apart_from_own_side, own_ties
from kg.extract.pair_possessors import repair_pair_possessors
from kg.extract.registry import Registry
from kg.extract.shared_modifiers import repair_shared_modifiers
from kg.extract.sport import is_contest, is_sports_report, sport_cues
from kg.extract.state_targets import state_targets
from kg.extract.subjunctive_verbs import repair_subjunctive_verbs
from kg.extract.triggers import repair_verbs
from kg.language.actors import actor_of_entry, resolve_actors
from kg.language.appositions import repair_conjunct_appositions
from kg.language.bare_labels import repair_bare_labels
from kg.language.contact_phrases import repair_contact_phrases
from kg.language.dated_objects import repair_dated_objects
from kg.language.dates import resolve_date
from kg.language.deal_terms import repair_deal_terms
from kg.language.double_objects import repair_double_objects
from kg.language.fronted import repair_fronted_subjects
from kg.language.fronted_descriptions import repair_fronted_descriptions
from kg.language.gazetteer import gazetteer
from kg.language.general_titles import repair_general_titles
from kg.language.headline_deals import repair_headline_deals
from kg.language.headline_passives import repair_headline_passives
from kg.language.inserted import repair_inserted_participles
from kg.language.listed_possessors import repair_listed_possessors
from kg.language.loose_objects import repair_loose_objects
from kg.language.member_appositions import repair_member_appositions
from kg.language.mentions import find_mentions
from kg.language.names_before_posts import repair_names_before_posts
from kg.language.nation_groups import repair_demonym_pairs
from kg.language.nlp import prepare_text
from kg.language.opening_subjects import repair_opening_subjects
from kg.language.particle_names import repair_particle_names
from kg.language.particle_nouns import repair_particle_nouns
from kg.language.postpositive_general import repair_postpositive_general
from kg.language.quoted_complements import repair_quoted_complements
from kg.language.reduced_relatives import repair_reduced_relatives
from kg.language.second_subjects import repair_second_subjects
from kg.language.stray_subjects import repair_stray_subjects
from kg.language.subject_clauses import repair_subject_clauses
from kg.language.talk_pairs import repair_talk_pairs
from kg.language.titled_countries import repair_titled_countries
from kg.language.titled_pairs import repair_titled_pairs
from kg.language.trailing import repair_trailing_speakers
from kg.language.verbal_posts import repair_verbal_posts
from kg.language.visiting import repair_visiting_guests
from kg.records import (
    CONTACT_KINDS,
    Actor,
    Article,
    ArticleFacts,
    Event,
    EventKind,
    Relation,
    RelationType,
    Sentence,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
CHUNK_CHARS = 20_000
# Text handed to ``nlp.pipe`` in one batch. spaCy's tok2vec holds about 15 KiB
# per token of a batch while it runs, so a batch of 16 long stories (12,000+
# words) adds hundreds of MiB to the peak. 32,000 characters is 16 stories of
# 2,000 (about 330 words, a typical news story), so batches of ordinary
# articles still fill up to the batch size; longer ones go in fewer at a time.
BATCH_CHARS = 32_000
_BREAKS = ("\n\n", "\n", ". ", "? ", "! ", '." ', " ")
PIPELINE_VERSION = "kg-3"  # kg-2: dyads of contact events; kg-3: headlines read


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` into ``(offset, piece)`` parts of at most ``limit`` characters,
    at the last paragraph break in reach, else a line break, a sentence end, a space.

    >>> chunks("One two. Three four five.", limit=20)
    [(0, 'One two.'), (9, 'Three four five.')]
    """
    out: list[tuple[int, str]] = []
    pos = 0
    n = len(text)
    while pos < n:
        end = min(pos + limit, n)
        if end < n:
            window = text[pos:end]
            for sep in _BREAKS:
                cut = window.rfind(sep)
                if cut > limit // 4:
                    end = pos + cut + len(sep)
                    break
        piece = text[pos:end]
        stripped = piece.strip()
        if stripped:
            out.append((pos + piece.index(stripped[0]), stripped))
        pos = end
    return out


def sentences_of(
    doc: Doc, offset: int, text: str, first: int, title: str = "", head: int | None = None
) -> list[Sentence]:
    """The sentences of one parsed piece; the headline ``title``'s when the piece
    ends with it, from character ``head`` (:mod:`kg.extract.headlines`)."""
    out = []
    for n, sent in enumerate(doc.sents):
        in_head = head is not None and sent.end_char > head
        if in_head:  # counted in the headline
            at = head or 0
            source, start, end = title, max(sent.start_char - at, 0), sent.end_char - at
        else:
            source, start, end = text, offset + sent.start_char, offset + sent.end_char
        raw = source[start:end]
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        out.append(Sentence(first + n, start + lead, start + lead + len(body), body, in_head))
    return out


def extract_facts(
    article: Article,
    docs: Iterable[tuple[int, Doc]],
    registry: Registry = EXTRACTORS,
) -> ArticleFacts:
    """Run every registered extractor over the parsed chunks of one article."""
    sentences: list[Sentence] = []
    facts: list[Found] = []
    actors: dict[str, Actor] = {}
    dateline_country = gazetteer().country_of_place(article.dateline)
    cues: set[str] = set()
    shift = 0  # where the headline starts, counted as the body's offsets are
    for offset, doc in docs:
        first = len(sentences)
        at = headline_start(doc)
        if at is not None:
            shift = offset + at
        sentences.extend(sentences_of(doc, offset, article.text, first, article.title, at))
        repair_particle_names(doc)  # "met Luc Van den Broeck": "den" is no verb
        repair_particle_nouns(doc)  # "confirmed the shooting down of X": "of X" is the noun's
        repair_talk_pairs(doc)  # "the CDU-SPD talks": two names
        repair_demonym_pairs(doc)  # "Aussie and Kiwi officials": two peoples
        repair_verbs(doc)
        repair_hung_agents(doc)  # "condemned the overthrow of X by the army": the army's
        repair_contact_phrases(doc)  # "met face to face", "talks by video link with X"
        repair_pair_possessors(doc)  # "A and B's talks": both own the talks
        repair_listed_possessors(doc)  # "A's and B's envoys": each owns one
        repair_caption_verbs(doc)  # "A (left) greets B": "greets" is no plural noun
        repair_double_objects(doc)  # "opposed Sweden's NATO bid": one object, the bid
        repair_general_titles(doc)  # "X, NATO's secretary-general, said": a post of X's
        repair_verbal_posts(doc)  # "NASA head X said": "head" is no verb
        repair_second_subjects(doc)  # "X, whose envoy, Mr. Y, said": Y is the envoy
        repair_shared_modifiers(doc)  # "an air and ground offensive against X"
        repair_subject_clauses(doc)  # "The envoy called on X": "called" is no clause
        repair_fronted_subjects(doc)  # "After talks with X, Y said": Y said
        repair_fronted_descriptions(doc)  # "Taiwan's president, she met X": she met
        repair_opening_subjects(doc)  # "In talks brokered by X, A and B agreed": A and B agreed
        repair_stray_subjects(doc)  # "FIFA suspended X", read as an adverb: FIFA's act
        repair_loose_objects(doc)  # "met Premier A B for an hour", B read as a participle
        repair_dated_objects(doc)  # "condemned on Monday X's decision": the decision is the object
        repair_quoted_complements(doc)  # "called the report 'fiction'": the report is named
        repair_bare_labels(doc)  # "called the arrests kidnapping": the arrests are named
        repair_reduced_relatives(doc)  # "a move X called absurd": X called the move so
        repair_inserted_participles(doc)  # "X, asked about Y, said": X said
        repair_trailing_speakers(doc)  # "X will go to Lima, Peru's minister, Y, said": Y said
        repair_member_appositions(doc)  # "A and B, fellow members of Y, met": the members
        repair_postpositive_general(doc)  # "the attorneys general of A and B": A's and B's
        repair_conjunct_appositions(doc)  # "A and his counterpart, B, met": B is the counterpart
        repair_names_before_posts(doc)  # "met A-B, Peru's minister": A-B was met
        repair_titled_pairs(doc)  # "Labour peer A and union boss B met": A and B met
        repair_subjunctive_verbs(doc)  # "demanded that Egypt free X": "free" is the verb
        repair_demand_conjuncts(doc)  # "demanded that X leave and condemned Y": two acts
        repair_visiting_guests(doc)  # "met visiting Premier X": X is the one met
        repair_titled_countries(doc)  # "met the King of Jordan": the country's ruler
        repair_deal_terms(doc)  # "a deal with X granting Y a right": X is the partner
        if at is not None:
            repair_headline_passives(doc, at)  # "Ruiz urged to quit": Ruiz was urged
            repair_headline_deals(doc, at)  # "Chile, Peru seal pact": "seal" is the verb
        cues |= sport_cues(doc)
        mentions = find_mentions(doc)
        resolved = resolve_actors(doc, mentions, scope=article.id)
        ctx = Context(article.id, doc, resolved, offset, first, article.date, dateline_country)
        with remembering(doc, ctx.memo):  # (kg.extract.doc_memo)
            for extractor in registry:
                try:
                    facts.extend(extractor(ctx))
                except Exception as exc:  # an extractor bug must not lose the article
                    raise ExtractionError(
                        f"extractor {extractor.id} failed on {article.source}: {exc}"
                    ) from exc
        for key, actor in resolved.actors.items():
            actors.setdefault(key, actor)
    relations = tuple(f for f in facts if isinstance(f, Relation))
    sport = is_sports_report(frozenset(cues))  # a match is no meeting (kg.extract.sport)
    ties = own_ties(relations)  # a chair does not meet her own country (kg.extract.own_sides)
    served = {(r.subject, r.object) for r in relations if r.type is RelationType.AFFILIATION}
    # "Chile accused Peru. Peru rejected the accusation": Peru against Chile
    told = resolve_told_charges([f for f in facts if not isinstance(f, Relation)], relations)
    events = tuple(
        _dated(state_targets(e, relations, sentences), article)  # "a WTO case against X"
        for f in told
        if not _backs_own_side(f, served) and not (sport and is_contest(f))
        for e in apart_from_own_side(f, ties)
    )
    used = {p.actor for e in events for p in e.participants}
    used |= {e.claimed_by for e in events if e.claimed_by}
    used |= {k for r in relations for k in (r.subject, r.object)}
    entries = gazetteer().entries
    for key in used - actors.keys():  # a country named only by the dateline
        if key in entries:
            actors[key] = actor_of_entry(entries[key])
    heads = {s.index for s in sentences if s.headline}
    if heads:  # evidence in the headline counts its characters there
        events = tuple(in_headline(e, heads, shift, len(article.title)) for e in events)
        relations = tuple(in_headline(r, heads, shift, len(article.title)) for r in relations)
    return ArticleFacts(
        article=article,
        sentences=tuple(sentences),
        actors=tuple(actors[k] for k in sorted(used) if k in actors),
        events=events,
        relations=relations,
        pipeline=PIPELINE_VERSION,
    )


def _dated(event: Event, article: Article) -> Event:
    """Pin the event's written date to a calendar date when the article's date allows."""
    resolved = resolve_date(event.date_text, article.date)
    return replace(event, date=resolved) if resolved else event


def _backs_own_side(event: Event, ties: set[tuple[str, str]]) -> bool:
    """ "Volkov defended Russia's offensive": a person backing the country or body
    they serve (``ties``: every affiliation, as (holder, party)) tells nothing new;
    such cooperation is left out. So is a person "meeting" or "visiting" their own
    country ("returned to Harare")."""
    if event.kind not in {EventKind.COOPERATION, *CONTACT_KINDS}:
        return False
    actors = event.actors()
    return (
        any((a, b) in ties or (b, a) in ties for a in actors for b in actors if a != b)
        and len(set(actors)) == 2
    )


def process(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 16
) -> Iterator[ArticleFacts]:
    """Parse articles in batches with ``nlp.pipe`` and extract their facts,
    yielding one :class:`ArticleFacts` per article in input order. Errors
    propagate; see :func:`process_safely` for batch runs."""
    for item in process_safely(nlp, articles, batch_size=batch_size, failed=None):
        assert isinstance(item, ArticleFacts)
        yield item


def process_safely(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int = 16,
    failed: Callable[[str, str], T] | None,
    registry: Registry = EXTRACTORS,
) -> Iterator[ArticleFacts | T]:
    """Like :func:`process`, but an article the pipeline cannot handle (the parser
    or any extractor raises) yields ``failed(source, reason)`` and the run goes on
    with the next article (when ``failed`` is given)."""
    for batch in batches(articles, batch_size):
        yield from _process_batch(nlp, batch, batch_size, failed, registry)


def batches(
    articles: Iterable[Article], size: int, max_chars: int = BATCH_CHARS
) -> Iterator[list[Article]]:
    """Consecutive groups of at most ``size`` articles holding at most
    ``max_chars`` characters of text together; an article longer than
    ``max_chars`` is a group of its own.

    >>> arts = [Article(str(n), "", "x" * n, "") for n in (5, 5, 5, 12, 1)]
    >>> [[len(a.text) for a in b] for b in batches(arts, size=4, max_chars=10)]
    [[5, 5], [5], [12], [1]]
    """
    batch: list[Article] = []
    chars = 0
    for article in articles:
        length = len(article.text or "")  # a broken record fails later, in its batch
        if batch and (len(batch) >= size or chars + length > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += length
    if batch:
        yield batch


def pipe_batch_size(batch: list[Article], size: int, max_chars: int = BATCH_CHARS) -> int:
    """How many chunks ``nlp.pipe`` may take at once for ``batch``: all of them
    (up to ``size``), unless the batch is one article over ``max_chars``, whose
    chunks (of up to :data:`CHUNK_CHARS`) then go a few at a time.

    >>> pipe_batch_size([Article("a", "", "x" * 90_000, "")], 16)
    1
    """
    if sum(len(a.text) for a in batch) <= max_chars:
        return size
    return max(1, min(size, max_chars // CHUNK_CHARS))


def _parsed(
    nlp: Language, batch: list[Article], batch_size: int
) -> Iterator[tuple[int, Iterator[tuple[int, Doc]]]]:
    """``(article index, its parsed chunks)`` for every article of ``batch``, in
    order. The chunks are parsed lazily as the caller reads them, so a long
    article never has all its parsed chunks in memory at once."""
    items = (
        (prepare_text(piece), (n, offset))
        for n, article in enumerate(batch)
        for offset, piece in with_headline(chunks(article.text), parsed_headline(article))
    )
    batch_size = pipe_batch_size(batch, batch_size)
    stream = ((n, (offset, doc)) for doc, (n, offset) in nlp.pipe(items, as_tuples=True,
                                                                   batch_size=batch_size))  # fmt: skip
    expected = 0
    for n, group in itertools.groupby(stream, key=operator.itemgetter(0)):
        while expected < n:  # articles without anything to parse
            yield expected, iter(())
            expected += 1
        # the headline after the body; parsed again with the body's full names for its surnames
        yield n, joined((item for _, item in group), lambda text: nlp(prepare_text(text)))
        expected = n + 1
    while expected < len(batch):
        yield expected, iter(())
        expected += 1


def _process_batch(
    nlp: Language,
    batch: list[Article],
    batch_size: int,
    failed: Callable[[str, str], T] | None,
    registry: Registry,
) -> Iterator[ArticleFacts | T]:
    done = 0
    try:
        for n, docs in _parsed(nlp, batch, batch_size):
            facts = extract_facts(batch[n], docs, registry)
            done = n + 1
            yield facts
    except Exception as exc:
        if failed is None:
            raise
        if len(batch) > 1:
            # The parse stream may be broken: take the rest one article at a time.
            for article in batch[done:]:
                yield from _process_batch(nlp, [article], 1, failed, registry)
            return
        article = batch[0]
        log.error("%s failed: %s", article.source, exc, exc_info=log.isEnabledFor(logging.DEBUG))
        reason = str(exc) if isinstance(exc, ExtractionError) else f"{type(exc).__name__}: {exc}"
        yield failed(article.source, f"extraction failed: {reason}")
