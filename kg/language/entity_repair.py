"""The ``kg_entities`` spaCy component: repairs the small model's entities on news text.

Each repair is a general rule about news prose, not a list of names:

* gazetteer names the model misses are added ("P4+1", "IAEA", "JCPOA"), and a
  gazetteer name overrides a wrong label ("Sri Lanka" as PERSON);
* a leading possessive place is split off an organisation ("Iran's Supreme
  National Security Council" -> "Iran" + "Supreme National Security Council");
* a place glued to a name is split ("Geneva Petra Lindqvist" -> "Geneva" +
  "Petra Lindqvist");
* a job title taken for an organisation is dropped ("Permanent Representative to
  International Organizations", "State" in "Secretary of State");
* honorifics and titles are trimmed off person names; names the model cut or
  missed are repaired in :mod:`kg.language.person_spans` ("Mr Lowe");
* capitalised words that name no actor are dropped (:mod:`kg.language.not_names`);
* determiners, possessive endings and unbalanced brackets are trimmed;
* a hashtag that is not a known actor ("#ViennaTalks") is not an entity.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.language.gazetteer import Entry, gazetteer
from kg.language.given_names import given_name_people
from kg.language.lexicon import (
    FIRM_NOUNS,
    HONORIFICS,
    MISSION_WORDS,
    ORG_HEAD_WORDS,
    PORTFOLIO_TITLES,
    PORTFOLIO_WORDS,
    STATE_ORGANS,
    TITLE_WORDS,
)
from kg.language.name_bounds import question_opener_cut, whole_name
from kg.language.names import SUFFIX_ROLES, is_role_word, party_label
from kg.language.not_names import likeness, names_no_actor
from kg.language.org_spans import (
    company_span,
    coordinated_start,
    dash_parts,
    head_word,
    in_portfolio_list,
    join_country_names,
    mend_cut_body,
    misread_bodies,
)
from kg.language.person_spans import (
    appositive_people,
    coordinated_people,
    honorific_people,
    misread_appositives,
    titled_name,
    titled_people,
)
from kg.language.place_spans import (
    lone_capital,
    longer_place,
    split_place_prefix,
    split_possessive_place,
)

ACTOR_LABELS = {
    "PERSON",
    "ORG",
    "GPE",
    "NORP",
    "LOC",
    "FAC",
    "LAW",
    "EVENT",
    "PRODUCT",
    "WORK_OF_ART",
}
_LABEL_FOR_TYPE = {"Country": "GPE", "Organization": "ORG", "Group": "ORG", "Agreement": "LAW",
                   "Person": "PERSON"}  # fmt: skip

# Abbreviations of a profession the model tags as organisations ("every GP").
_ROLE_ABBREVIATIONS = frozenset({"GP", "GPs"})


def register() -> None:
    if not Language.has_factory("kg_entities"):
        Language.factory("kg_entities", func=_make_repair)


def _make_repair(nlp: Language, name: str) -> EntityRepair:
    return EntityRepair(nlp)


class EntityRepair:
    def __init__(self, nlp: Language) -> None:
        self.gz = gazetteer()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact_names = sorted({name for name, _ in self.gz.names()})
        self.exact.add("GAZ", [nlp.make_doc(n) for n in exact_names])
        long_names = [n for n in exact_names if len(n) > 5 and not n.isupper() and " " in n]
        self.folded.add("GAZ", [nlp.make_doc(n) for n in long_names])
        self._make_doc = nlp.make_doc
        self.words = dictionary_words(nlp)
        # words that are more than names of things: "Sun", "Star", "Golden"
        self.plain_words = dictionary_words(nlp, ("verb", "adj", "adv"))
        self.listed = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._listed_version = -1
        self.seats = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.seats.add("SEAT", [nlp.make_doc(n) for n in self.gz.metonym_forms()])

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for ent in doc.ents:
            spans.extend(self._repair(doc, ent))
        listed = self._listed_spans(doc)
        people = list(honorific_people(doc)) + list(titled_people(doc, spans))
        people += list(appositive_people(doc, [*spans, *people]))
        people += list(coordinated_people(doc, [*spans, *people], self.words))
        people += list(misread_appositives(doc, [*spans, *people], self.words))
        people += list(given_name_people(doc, [*spans, *people], self.words, self.plain_words))
        spans = [s for s in spans if not any(p.start < s.end and s.start < p.end for p in people)]
        spans.extend(people)
        spans = [question_opener_cut(doc, titled_name(doc, s)) for s in spans]
        spans = [whole_name(doc, s, spans) for s in spans]
        gaz = [g for g in self._gazetteer_spans(doc) if not likeness(doc, g.start, g.end)]
        kept: list[Span] = []
        for span in spans:
            clash = [g for g in gaz if g.start < span.end and span.start < g.end]
            kept.extend(self._merge(doc, span, clash) if clash else [span])
        if listed:  # actors the user lists win over the model and the gazetteer
            taken = {i for s in listed for i in range(s.start, s.end)}
            kept = [s for s in kept if taken.isdisjoint(range(s.start, s.end))]
            gaz = [s for s in gaz if taken.isdisjoint(range(s.start, s.end))]
        kept = join_country_names(doc, kept, gaz, self.gz.lookup)
        around = [*kept, *gaz]
        kept = [mend_cut_body(doc, s, around) if s.label_ == "ORG" else s for s in kept]
        kept = misread_bodies(doc, kept, gaz)
        # a repair may make a "name" of titles alone ("Lord Chancellor" -> "Chancellor")
        kept = [s for s in kept if not names_no_actor(doc, s.start, s.end, s.label_)]
        doc.ents = filter_spans([*listed, *gaz, *kept])
        return doc

    def _listed_spans(self, doc: Doc) -> list[Span]:
        """Names and aliases of the actors a user lists (``kg ingest --actors``)."""
        names = self.gz.listed_names()
        if not names:
            return []
        if self._listed_version != self.gz.listed_version:
            self.listed = PhraseMatcher(doc.vocab, attr="LOWER")
            self.listed.add("LISTED", [self._make_doc(n) for n in names])
            self._listed_version = self.gz.listed_version
        found = []
        for _, s, e in self.listed(doc):
            entry = self.gz.listed(doc[s:e].text)
            if entry is not None:
                label = {"Person": "PERSON", "Country": "GPE"}.get(entry.type, "ORG")
                found.append(Span(doc, s, e, label=label))
        return filter_spans(found)

    def _merge(self, doc: Doc, span: Span, clash: list[Span]) -> list[Span]:
        """Resolve a model entity that overlaps gazetteer names; the gazetteer
        spans themselves are always kept."""
        inside = all(span.start <= g.start and g.end <= span.end for g in clash)
        if not inside or any(g.start == span.start and g.end == span.end for g in clash):
            return []
        if span.label_ == "PERSON":
            return [span]
        first = min(clash, key=lambda g: g.start)
        # "U.S. State Department" -> "U.S." + "State Department"
        if first.start == span.start and first.label_ == "GPE" and len(clash) == 1:
            rest = doc[first.end : span.end]
            possessive = bool(rest) and rest[0].text in {"'s", "’s", "'"}
            if possessive:
                rest = doc[first.end + 1 : span.end]
            known = bool(rest) and self.gz.lookup(rest.text) is not None
            if rest and not possessive and not known and head_word(rest) not in STATE_ORGANS:
                return [span]  # "Japan Airlines", "UK Independence Party": one name
            if rest and head_word(rest) in MISSION_WORDS | _RULING_WORDS:
                return [span]  # "the U.S. Embassy", "the UK Government": the country's
            if rest and head_word(rest) == "bank" and not _STATE_BANK & {t.lower_ for t in rest}:
                return [span]  # "China Construction Bank" (not "the China Central Bank")
            if rest and any(t.is_title for t in rest):
                return [Span(doc, rest.start, rest.end, label=span.label_)]
            return []
        outside = [t for t in span if not any(g.start <= t.i < g.end for g in clash)]
        # "New European commission" -> "European commission"
        if len(outside) <= 1 and all(t.pos_ in {"ADJ", "DET"} or t.is_punct for t in outside):
            return []
        return [span]  # "Bank of France": the longer name stands

    # -- individual repairs ------------------------------------------------
    def _repair(self, doc: Doc, ent: Span) -> Iterable[Span]:
        if ent.label_ not in ACTOR_LABELS:
            return [] if ent.text.strip() in {"#", "@"} else [ent]
        start, end = ent.start, ent.end
        if start > 0 and doc[start - 1].text in {"#", "@"} and not doc[start - 1].whitespace_:
            entry = self.gz.lookup(ent.text)
            return [Span(doc, start, end, label=_LABEL_FOR_TYPE[entry.type])] if entry else []
        # Trim determiners, possessive endings, brackets and dangling punctuation.
        while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
            start += 1
        if start >= end:
            return []  # nothing but punctuation and determiners
        first = doc[start]
        if end - start > 1 and first.is_sent_start and first.tag_ == "VBG":
            start += 1  # "Praising Celtic and Rangers, she said": a verb opened the sentence
        while end > start and (
            doc[end - 1].text in {"'s", "'", "’s", "’"} or doc[end - 1].is_punct
        ):
            end -= 1
        if start >= end:
            return []
        label = ent.label_
        while (
            end - start > 1 and label == "ORG" and doc[start].is_lower and doc[start].pos_ == "VERB"
        ):
            start += 1  # "helped force Soros Foundation": a verb the model took in
        if (
            end - start > 1
            and doc[start].is_title
            and doc[start].lower_ in FIRM_NOUNS
            and doc[start + 1].pos_ not in {"ADP", "CCONJ"}  # "Bank of England": its name
        ):
            start, label = start + 1, "ORG"  # "Insurer Swiss Re said": the kind, then the firm
        parts = dash_parts(doc, start, end)
        if parts is not None:  # "Whitehall - Labour": two names across a spaced dash
            # (a part in lower case names nothing: "X Bank - one of its creditors")
            return [s for lo, hi in parts if hi > lo and not doc[lo].is_lower
                    for s in self._repair(doc, Span(doc, lo, hi, label=label))]  # fmt: skip
        if names_no_actor(doc, start, end, label):
            return []  # "the Bill", "Britishness", "the White Paper"
        if (label == "ORG" or doc[start:end].text.lower() in PORTFOLIO_WORDS) and in_portfolio_list(
            doc, start, end
        ):
            return []  # "Culture, Media and Sport Secretary": a title
        if label == "ORG":
            end = _before_a_post(doc, start, end, self.gz.lookup)  # "X Party Holyrood leader"
        company = company_span(doc, start, end, label)
        if company is not None:
            return [company]
        if label == "PERSON" and not any(t.is_title or t.is_upper for t in doc[start:end]):
            return []  # "the finance minister jabbed back": a verb, not a name
        if label == "PERSON":
            # "Lib Dem MP Ruth Vane", "Professor Ivo Marsh", "Tom Reyes QC": the name only
            while end - start > 1:
                words = [t.text for t in doc[start:end]]
                n = party_label(words) or (1 if is_role_word(words[0]) else 0)
                if n == 0 or n >= end - start:
                    break
                start += n
            while end - start > 1 and doc[end - 1].text.rstrip(".") in SUFFIX_ROLES:
                end -= 1
            if _is_title_token(doc[start]) or (end - start == 1 and is_role_word(doc[start].text)):
                return []  # "Chancellor", "MPs": a role with no name
        if label == "ORG" and end - start == 1 and doc[start].text in _ROLE_ABBREVIATIONS:
            return []  # "ask your GP": a profession, no body
        if label == "ORG":
            # "Tourism Rosa Quispe" (the end of "Minister of Foreign Trade and Tourism")
            lead = start
            while lead < end and doc[lead].lower_ in PORTFOLIO_WORDS:
                lead += 1
            name = _trailing_name(doc, start, end)
            if lead > start and name == lead:
                return [Span(doc, name, end, label="PERSON")]
        hi = end - 1 if doc[end - 1].lower_ in TITLE_WORDS else end
        if label == "ORG" and end - start >= 2 and hi < len(doc) and doc[hi].lower_ in TITLE_WORDS:
            # "pro-war Labour MP Ann Lee": the body is the proper name before the title;
            # the views before it and the title itself are no part of its name
            lo = hi
            while lo > start and doc[lo - 1].is_title and doc[lo - 1].lower_ not in TITLE_WORDS:
                lo -= 1
            views = doc[start:lo]  # lower-case words the model took in: "pro-Iraq war"
            if start < lo < hi and views[0].is_lower and not any(t.pos_ == "ADP" for t in views):
                return [Span(doc, lo, hi, label="ORG")]
        if label == "ORG":
            start = coordinated_start(doc, start, end)  # "Finance and Economy Ministry"
        if label == "ORG" and self._is_job_title(doc, start, end):
            # "Minister of International Trade and Industry Hajime Tamura": keep the name
            name = _trailing_name(doc, start, end)
            return [Span(doc, name, end, label="PERSON")] if name is not None else []
        if (
            label == "NORP"
            and end < len(doc) - 1
            and doc[end].lower_ == "news"
            and not self.gz.demonym(doc[start:end].text)
        ):
            return [Span(doc, start, end, label="ORG")]
        split = split_possessive_place(self.gz, doc, start, end, label)
        if split is not None:
            return split
        split = split_place_prefix(self.gz, doc, start, end, label)
        if split is not None:
            return split
        text = doc[start:end].text
        entry = self.gz.lookup(text)
        if entry is not None and label not in {"NORP"}:
            label = _LABEL_FOR_TYPE[entry.type]
        elif label in {"PRODUCT", "WORK_OF_ART", "EVENT", "FAC"} and self.gz.is_place(text):
            label = "GPE"
        return [Span(doc, start, end, label=label)]

    def _is_job_title(self, doc: Doc, start: int, end: int) -> bool:
        span = doc[start:end]
        if self.gz.lookup(span.text):
            return False
        words = [t.lower_ for t in span]
        if words[0] in TITLE_WORDS or span.root.lower_ in TITLE_WORDS:
            return True
        # "Secretary of State", "Minister of Defence": the ORG is part of the title.
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in TITLE_WORDS:
            return True
        # "International Development Secretary Ruth Gale", "Deputy Trade Representative X"
        if end < len(doc) and doc[end].lower_ in PORTFOLIO_TITLES and doc[end].is_title:
            return True
        return (
            end < len(doc)
            and doc[end].lower_ in TITLE_WORDS
            and all(w in PORTFOLIO_WORDS or w in {"and", "&"} for w in words)
        )

    def _gazetteer_spans(self, doc: Doc) -> list[Span]:
        found: list[Span] = []
        for matcher in (self.exact, self.folded):
            for _, s, e in matcher(doc):
                span = doc[s:e]
                entry: Entry | None = self.gz.lookup(span.text)
                if entry is None:
                    continue
                # A lower-case common phrase ("security council") is not a name.
                if not any(t.is_upper or t.is_title or not t.is_alpha for t in span):
                    continue
                place = longer_place(doc, s, e)
                if place is not None:  # "the West Bank" is no "the West"
                    found.append(place)
                    continue
                found.append(Span(doc, s, e, label=_LABEL_FOR_TYPE[entry.type]))
        # seats of power the model misses: "Downing Street said ..."
        for _, s, e in self.seats(doc):
            seat = self.gz.metonym(doc[s:e].text)
            if seat is not None and (e - s > 1 or lone_capital(doc, s)):
                found.append(Span(doc, s, e, label="GPE" if seat.type == "Country" else "ORG"))
        return filter_spans(found)


def dictionary_words(nlp: Language, kinds: Iterable[str] = ()) -> frozenset[str]:
    """The English words the pipeline's lemmatizer lists (none without one); with
    ``kinds``, only its words of those kinds ("verb", "adj", "adv", "noun")."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    tables = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if tables is None or not tables.has_table("lemma_index"):
        return frozenset()
    index = tables.get_table("lemma_index")
    if kinds:
        return frozenset(w for kind in kinds for w in index.get(kind, ()))
    return frozenset(w for words in index.values() for w in words)


def _trailing_name(doc: Doc, start: int, end: int) -> int | None:
    """Start of a person's name at the end of a title-shaped span, if any."""
    i = end
    while i > start and end - i < 3:
        t = doc[i - 1]
        low = t.lower_
        if not (t.is_title and t.is_alpha) or low in PORTFOLIO_WORDS or low in TITLE_WORDS:
            break
        if low in ORG_HEAD_WORDS or t.is_stop:
            break
        i -= 1
    return i if end - i >= 2 and i > start else None


def _is_title_token(token: object) -> bool:
    text = getattr(token, "text", "")
    return text.rstrip(".") in HONORIFICS or text.lower() in TITLE_WORDS


_RULING_WORDS = {"government", "administration", "cabinet", "authorities", "regime"}
_STATE_BANK = {"central", "reserve", "national", "people's"}


def _before_a_post(doc: Doc, start: int, end: int, lookup: Callable[[str], Entry | None]) -> int:
    """Where a known body's name ends when the model ran it into the word that
    qualifies a post after it: "Scottish National Party Holyrood" of "... Holyrood
    leader X" is the party (the post is its leader at Holyrood)."""
    if end >= len(doc) or doc[end].lower_ not in TITLE_WORDS or lookup(doc[start:end].text):
        return end
    for cut in (end - 1, end - 2):
        body = lookup(doc[start:cut].text) if cut > start else None
        if (
            body is not None
            and body.type == "Organization"
            and all(t.is_title for t in doc[cut:end])
        ):
            return cut  # (a country before a body's field is its name: "UK Athletics chief")
    return end
