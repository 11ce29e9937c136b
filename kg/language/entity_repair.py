"""The ``kg_entities`` spaCy component: repairs the small model's entities on news text.

Each repair is a general rule about news prose, not a list of names:

* gazetteer names the model misses are added ("P4+1", "IAEA"), and a gazetteer name
  overrides a wrong label ("Sri Lanka" as PERSON; "his Turkmen counterpart": a people);
* a leading possessive place is split off an organisation ("Iran's Supreme National
  Security Council"), a place glued to a name ("Geneva Petra Lindqvist") is split;
* a job title taken for an organisation is dropped ("Permanent Representative to
  International Organizations", "State" in "Secretary of State");
* honorifics and titles are trimmed off person names; names the model cut or missed are
  repaired in :mod:`kg.language.person_spans` ("Mr Lowe"); capitalised words that name no
  actor are dropped (:mod:`kg.language.not_names`);
* determiners, possessive endings and unbalanced brackets are trimmed; a hashtag that is
  not a known actor ("#ViennaTalks") is not an entity.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.language import job_titles as jt
from kg.language.body_words import FIRM_NOUNS
from kg.language.commands import command_spans
from kg.language.dictionary import dictionary_words
from kg.language.firm_countries import country_names
from kg.language.gazetteer import Entry, gazetteer
from kg.language.gazetteer_clash import merged
from kg.language.given_names import given_name_people
from kg.language.group_bodies import group_bodies
from kg.language.hyphenated import country_chain, shared_country_spans
from kg.language.job_titles import before_a_post, is_job_title, is_title_word, trailing_name
from kg.language.joined_names import joined_start  # "Shipping and Ports Federation"
from kg.language.kind_names import cut_parts
from kg.language.lexicon import PORTFOLIO_WORDS, TITLE_WORDS
from kg.language.name_bounds import (
    OPENING_ADVERBS,
    listed_people,
    portfolio_body,
    question_opener_cut,
    whole_name,
)
from kg.language.names import SUFFIX_ROLES, is_role_word, party_label
from kg.language.not_names import likeness, names_no_actor
from kg.language.org_spans import (
    article_tail,
    company_span,
    coordinated_start,
    in_portfolio_list,
    mend_cut_body,
    misread_bodies,
)
from kg.language.owned_units import body_alone
from kg.language.paired_firms import firm_names
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
from kg.language.post_bodies import bodies_of_posts
from kg.language.post_fields import field_of_post
from kg.language.post_qualifiers import qualifier_cut
from kg.language.press import press_spans
from kg.language.royal_names import royal_people
from kg.language.seat_labels import seat_cut, seat_split
from kg.language.ships import ship_spans
from kg.language.token_table import Lookup, Story, TokenTable
from kg.language.untagged_names import untagged_names

ACTOR_LABELS = set("PERSON ORG GPE NORP LOC FAC LAW EVENT PRODUCT WORK_OF_ART".split())
_LABEL_FOR_TYPE = {"Country": "GPE", "Organization": "ORG", "Group": "ORG", "Agreement": "LAW",
                   "Person": "PERSON"}  # fmt: skip

_ROLE_ABBREVIATIONS = frozenset({"GP", "GPs"})  # a profession tagged as a body ("every GP")
_DETERMINERS = frozenset({"the", "a", "an", "neither", "either", "both"})  # before no name
# Words no name ends in ("Kenyatta at", "Smith and"): a preposition, conjunction or article.
_NOT_NAME_ENDS = frozenset({"ADP", "CCONJ", "SCONJ", "DET"})

_ADJECTIVE_ORG = ("ORG", None, 1, "ADJ", "amod", "NOUN")  # one adjective tagged a body
_ADJECTIVE_ENDINGS = ("ic", "an", "ese", "ish")  # "Nordic", "Andean", "Flemish"


def _before_as(w: TokenTable, start: int, end: int) -> int:
    """Where a name ends that the model ran on through "as" into lower-case words:
    "Ann Vale as council (president)" is "Ann Vale"."""
    cut = next((i for i in range(start + 1, end) if w.lower[i] == "as" and w.is_lower[i]), end)
    return cut if all(w.is_lower[i] for i in range(cut, end)) else end


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
        self.lower_names = frozenset(n for n in exact_names if n.islower())
        self._make_doc = nlp.make_doc
        self.words = dictionary_words(nlp)
        # words that are more than names of things: "Sun", "Star", "Golden"
        self.plain_words = dictionary_words(nlp, ("verb", "adj", "adv"))
        # adjectives that are no nouns, which no body is named by alone: "Supreme"
        self.adjectives = dictionary_words(nlp, ("adj",)) - dictionary_words(nlp, ("noun",))
        self.listed = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._listed_version = -1
        self.seats = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.seats.add("SEAT", [nlp.make_doc(n) for n in self.gz.metonym_forms()])

    def __call__(self, doc: Doc) -> Doc:
        story = Story.read(doc, self.gz, names_no_actor)
        spans: list[Span] = []
        for ent in doc.ents:
            spans.extend(self._repair(doc, ent, story))
        listed = self._listed_spans(doc)
        people = list(honorific_people(doc, story.table)) + list(titled_people(doc, spans, story))
        people += list(royal_people(doc, [*spans, *people], story))
        people += list(appositive_people(doc, [*spans, *people], story))
        people += list(coordinated_people(doc, [*spans, *people], self.words, story))
        people += list(misread_appositives(doc, [*spans, *people], self.words, story))
        people += list(
            given_name_people(doc, [*spans, *people], story, self.words, self.plain_words)
        )
        spans = [s for s in spans if not any(p.start < s.end and s.start < p.end for p in people)]
        spans.extend(people)
        spans.extend(bodies_of_posts(doc, spans, story, self.words))
        spans = untagged_names(doc, spans)  # "Colombia and the ELN", "the union Unite"
        spans = group_bodies(doc, spans, story, self.words)  # "leaders of the FNLK"
        spans = [part for s in spans for part in seat_split(s)]  # "Plaid MS Ann Vale"
        spans = [part for s in spans for part in body_alone(s)]  # "the WHO's Africa (office)"
        # "Incoming World Bank (president)", but "New Line Studios (chief)"
        spans = [qualifier_cut(doc, s, words=self.words, adjectives=self.adjectives) for s in spans]
        spans = [question_opener_cut(doc, titled_name(doc, seat_cut(s))) for s in spans]
        spans = [whole_name(doc, s, spans) for s in spans if not portfolio_body(doc, s)]
        gaz = [g for g in self._gazetteer_spans(doc, story) if not likeness(doc, g.start, g.end)]
        kept: list[Span] = []
        bounds = [(g.start, g.end, g) for g in gaz]  # (a Span's bounds are read each time)
        for span in spans:
            lo, hi = span.start, span.end
            clash = [g for start, end, g in bounds if start < hi and lo < end]
            kept.extend(merged(self.gz, doc, span, clash) if clash else [span])
        if listed:  # actors the user lists win over the model and the gazetteer
            taken = {i for s in listed for i in range(s.start, s.end)}
            kept = [s for s in kept if taken.isdisjoint(range(s.start, s.end))]
            gaz = [s for s in gaz if taken.isdisjoint(range(s.start, s.end))]
        kept = country_names(doc, kept, gaz, story)  # "Pakistan People's Party", "X Motors UK"
        around = [*kept, *gaz]
        kept = [mend_cut_body(doc, s, around) if s.label_ == "ORG" else s for s in kept]
        kept = misread_bodies(doc, kept, gaz, story)
        kept = firm_names(doc, kept, story, self.words)  # "Marks and Spencer has", "A-B merger"
        # a repair may make a "name" of titles alone ("Lord Chancellor" -> "Chancellor")
        kept = [s for s in kept if not story.no_actor(s.start, s.end, s.label_)]
        kept += command_spans(doc)  # "US Africa Command": one name, not a person "Africa Command"
        # "North and South Korea": two countries, whatever the model tagged
        doc.ents = filter_spans(shared_country_spans(doc, [*listed, *gaz, *kept], story))
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

    # -- individual repairs ------------------------------------------------
    def _repair(self, doc: Doc, ent: Span, story: Story) -> Iterable[Span]:
        """``ent`` repaired: none, one or more spans."""
        w, lookup = story.table, story.lookup
        label = ent.label_
        start, end = ent.start, ent.end
        if label not in ACTOR_LABELS:
            return [] if w.span_text(start, end).strip() in {"#", "@"} else [ent]
        if start > 0 and w.text[start - 1] in {"#", "@"} and not w.spaced[start - 1]:
            entry = lookup(w.span_text(start, end))
            return [Span(doc, start, end, label=_LABEL_FOR_TYPE[entry.type])] if entry else []
        # Trim determiners, possessive endings, brackets and dangling punctuation.
        while start < end and (w.lower[start] in _DETERMINERS or w.punct[start]):
            start += 1
        if start >= end:
            return []  # nothing but punctuation and determiners
        if (
            end - start > 1
            and doc[start].is_sent_start
            and (doc[start].tag_ == "VBG" or w.lower[start] in OPENING_ADVERBS | {"fellow"})
        ):  # "Praising Celtic and Rangers, she said", "Meanwhile Marsh said", "Fellow NATO
            # members A and B": no name's
            start += 1
        while end > start and (w.text[end - 1] in {"'s", "'", "’s", "’"} or w.punct[end - 1]):
            end -= 1
        while end - start > 1 and w.is_lower[end - 1] and doc[end - 1].pos_ in _NOT_NAME_ENDS:
            end -= 1  # "received by President Obi at the palace": "Obi", not "Obi at"
        end = _before_as(w, start, end)  # "elected Ghana's Ann Vale as council president"
        if start >= end:
            return []
        if end - start > 1 and doc[start].like_num and story.demonym(w.span_text(start + 1, end)):
            start, label = start + 1, "NORP"  # "Twelve Czechoslovak diplomats": no one's name
        if label == "PERSON" and story.demonym(w.span_text(start, end)):
            label = "NORP"  # "Sri Lankan officials met": a people, not a person
        if label == "PERSON" and end - start > 1 and w.text[end - 1] == "Party":
            label = "ORG"  # "the ruling Jubilee Party": a party's name, no person's
        if end < len(doc) and story.demonym(w.span_text(start, end + 1)) is not None:
            return [Span(doc, start, end + 1, label="NORP")]  # "The West" + "German"
        while (
            end - start > 1 and label == "ORG" and w.is_lower[start] and doc[start].pos_ == "VERB"
        ):
            start += 1  # "helped force Soros Foundation": a verb the model took in
        if (
            end - start > 1
            and w.title[start]
            and w.lower[start] in FIRM_NOUNS
            and doc[start + 1].pos_ not in {"ADP", "CCONJ"}  # "Bank of England": its name
        ):
            start, label = start + 1, "ORG"  # "Insurer Swiss Re said": the kind, then the firm
        if (parts := country_chain(w, start, end)) is not None:  # "Japan-South Korea-China"
            label = "GPE"
        if (parts := parts or cut_parts(doc, w, start, end)) is not None:  # "Whitehall - Labour"
            # (a part in lower case names nothing: "X Bank - one of its creditors")
            return [s for lo, hi in parts if hi > lo and not w.is_lower[lo]
                    for s in self._repair(doc, Span(doc, lo, hi, label=label), story)]  # fmt: skip
        if story.no_actor(start, end, label):
            return []  # "the Bill", "Britishness", "the White Paper"
        if (
            label == "ORG" or w.span_text(start, end).lower() in PORTFOLIO_WORDS
        ) and in_portfolio_list(doc, start, end):
            return []  # "Culture, Media and Sport Secretary": a title
        if label == "ORG" and (lead := field_of_post(w, start, end, lookup)) is not None:
            # "UK Energy" + "Secretary X": the field is the post's, the country the body
            kind = "NORP" if story.demonym(w.span_text(start, lead)) else "GPE"
            return (
                self._repair(doc, Span(doc, start, lead, label=kind), story) if lead > start else []
            )
        if label == "ORG" and jt.post_portfolio(w, start, end, lookup):
            return []  # "Energy" of "Deputy Energy Minister X": the post's, no firm's
        end = before_a_post(w, start, end, lookup) if label == "ORG" else end  # "X Holyrood leader"
        if (company := company_span(doc, start, end, label)) is not None:
            return [company]
        if label == "PERSON" and not any(w.title[i] or w.upper[i] for i in range(start, end)):
            return []  # "the finance minister jabbed back": a verb, not a name
        if label == "PERSON":
            # "Lib Dem MP Ruth Vane", "Professor Ivo Marsh", "Tom Reyes QC": the name only
            while end - start > 1:
                words = w.text[start:end]
                labelled = party_label(words)
                n = labelled or (1 if is_role_word(words[0]) else 0)
                if n == 0 or n >= end - start:
                    break
                # "Lib Dem Treasury spokesman": the party's body
                if labelled and jt.portfolio_after(w, start + n, end):
                    return [Span(doc, start, start + n, label="ORG")]
                start += n
            while end - start > 1 and w.text[end - 1].rstrip(".") in SUFFIX_ROLES:
                end -= 1
            if is_title_word(w.text[start]) or (end - start == 1 and is_role_word(w.text[start])):
                return []  # "Chancellor", "MPs": a role with no name
            listed = listed_people(doc, start, end)  # "between Vale and Ross": two
            if listed is not None:
                return [Span(doc, lo, hi, label=label) for lo, hi in listed]
        if label == "ORG" and end - start == 1 and w.text[start] in _ROLE_ABBREVIATIONS:
            return []  # "ask your GP": a profession, no body
        if label == "ORG":
            # "Tourism Rosa Quispe" (the end of "Minister of Foreign Trade and Tourism")
            lead = start
            while lead < end and w.lower[lead] in PORTFOLIO_WORDS:
                lead += 1
            if lead > start and trailing_name(doc, w, start, end) == lead:
                return [Span(doc, lead, end, label="PERSON")]
        hi = end - 1 if w.lower[end - 1] in TITLE_WORDS else end
        if label == "ORG" and end - start >= 2 and hi < len(w.text) and w.lower[hi] in TITLE_WORDS:
            # "pro-war Labour MP Ann Lee": the body is the proper name before the title;
            # the views before it and the title itself are no part of its name
            lo = hi
            while lo > start and w.title[lo - 1] and w.lower[lo - 1] not in TITLE_WORDS:
                lo -= 1
            # lower-case words the model took in before it: "pro-Iraq war"
            if (
                start < lo < hi
                and w.is_lower[start]
                and not any(t.pos_ == "ADP" for t in doc[start:lo])
            ):
                return [Span(doc, lo, hi, label="ORG")]
        if label == "ORG":
            start = joined_start(doc, coordinated_start(doc, start, end), end, story)
        if label == "ORG" and self._title_adjective(w, start, end, lookup):
            return []  # "Supreme" of "Iran's Supreme Leader X": part of the title
        if label == "ORG" and is_job_title(doc, w, start, end, lookup):
            # "Minister of International Trade and Industry Hajime Tamura": keep the name
            name = trailing_name(doc, w, start, end)
            return [Span(doc, name, end, label="PERSON")] if name is not None else []
        if (
            label == "NORP"
            and end < len(w.text) - 1
            and w.lower[end] == "news"
            and not self.gz.demonym(w.span_text(start, end))
        ):
            return [Span(doc, start, end, label="ORG")]
        split = split_possessive_place(self.gz, doc, start, end, label)
        if split is not None:
            return split
        split = split_place_prefix(self.gz, doc, start, end, label)
        if split is not None:
            return split
        text = w.span_text(start, end)
        entry = lookup(text)
        one = doc[start]  # "the Nordic members of NATO": a region's adjective, no body
        if (label, entry, end - start, one.pos_, one.dep_, one.head.pos_) == _ADJECTIVE_ORG and (
            one.lower_.endswith(_ADJECTIVE_ENDINGS)  # (not "the Dunvale growers' union")
        ):
            return []
        if entry is not None and label not in {"NORP"}:
            label = _LABEL_FOR_TYPE[entry.type]
        elif label in {"PRODUCT", "WORK_OF_ART", "EVENT", "FAC"} and self.gz.is_place(text):
            label = "GPE"
        elif label in {"PRODUCT", "WORK_OF_ART", "EVENT", "FAC"} and self.gz.demonym_country(text):
            label = "NORP"  # "his Turkmen counterpart": a people, not a product
        return [Span(doc, start, end, label=label)]

    def _title_adjective(self, w: TokenTable, start: int, end: int, lookup: Lookup) -> bool:
        """One capitalised adjective (never a noun, a name or a party label) before a
        capitalised title word: "Supreme Leader", not "Democratic leader"."""
        text = w.span_text(start, end)
        return (
            end - start == 1
            and end < len(w.text)
            and bool(w.title[end])
            and w.lower[end] in TITLE_WORDS
            and w.lower[start] in self.adjectives
            and lookup(text) is None
            and self.gz.demonym(text) is None
        )

    def _gazetteer_spans(self, doc: Doc, story: Story) -> list[Span]:
        w, lookup = story.table, story.lookup
        found: list[Span] = []
        for matcher in (self.exact, self.folded):
            for _, s, e in matcher(doc):
                entry: Entry | None = lookup(w.span_text(s, e))
                if entry is None or article_tail(doc, e) > e:  # (no "Fatah" of "Fatah al-Islam")
                    continue
                if e < len(doc) and story.demonym(w.span_text(s + (w.lower[s] == "the"), e + 1)):
                    continue  # "West German officials" are no "the West"'s
                # Lower case is no name ("security council") unless listed so ("eurozone").
                if w.span_text(s, e) not in self.lower_names and not any(
                    w.upper[i] or w.title[i] or not w.alpha[i] for i in range(s, e)
                ):
                    continue
                # (a place's name runs on only into a capitalised word)
                place = longer_place(doc, s, e) if e < len(w.text) and w.title[e] else None
                if place is not None:  # "the West Bank" is no "the West"
                    found.append(place)
                    continue
                found.append(Span(doc, s, e, label=_LABEL_FOR_TYPE[entry.type]))
        # seats of power the model misses: "Downing Street said ..."
        for _, s, e in self.seats(doc):
            seat = self.gz.metonym(w.span_text(s, e))
            if seat is not None and (e - s > 1 or lone_capital(doc, s)):
                found.append(Span(doc, s, e, label="GPE" if seat.type == "Country" else "ORG"))
        # "the USS Stark" is the ship's name, "The Observer" the paper's
        return filter_spans([*found, *ship_spans(doc, w.text), *press_spans(doc, w)])
