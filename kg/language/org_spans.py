"""Organisation names the model cuts at "and", a comma, or a preposition, or glues
to the words around them.

* A portfolio list before a title is a title, not a body: "Culture, Media and
  Sport Secretary X" (the model tags "Media").
* A company's name ends in its legal form: "Irish Charm plc", where the model
  tagged "Irish" alone (a demonym) or the whole name as a person.
* Two names across a spaced dash are two names: "Whitehall - Labour".
* A body whose name coordinates two fields keeps both: "the Finance and Economy
  Ministry" (the model tags "Economy Ministry", or "Finance" and "Economy Ministry").
* A name cut after "of the" or "for" goes on over the capitalised words that
  follow ("the Office of the Housing Ombudsman", tagged "Office of the"), or inside
  the name "of" governs ("the Office of the Deputy Chief Whip", tagged "Office of
  the Deputy"), and a body whose field the model tagged apart keeps it ("the UN
  Office for the Promotion of Disaster Relief"); a name never ends in a preposition
  ("the Institute for Labour Studies at"); an acronym in brackets after a body's name
  is a body's ("the Office of Fair Prices (OFP)", which the model may call a person),
  and so are the initials of a body named before, where the model missed them.
* A company's name the model cut or took for a person ("General Motors" as a
  person "Motors", "Lockheed Martin" as "Lockheed" + "Martin"), and a country
  word before a party or company ("Pakistan People's Party").
* Factions' names the model misread are in :mod:`kg.language.faction_names`.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Doc, Span

from kg.language.body_words import COMPANY_WORDS, ORG_HEAD_WORDS, STATE_ORGANS
from kg.language.dates import WEEKDAYS
from kg.language.described_bodies import described_bodies
from kg.language.faction_names import factions
from kg.language.gazetteer import gazetteer
from kg.language.glued_names import glued_bodies
from kg.language.legal_forms import legal_form
from kg.language.lexicon import PORTFOLIO_TITLES, TITLE_WORDS, listed_words
from kg.language.names import POSSESSIVE_MARKS
from kg.language.token_table import Story, TokenTable

_LINKS = {",", "and", "&"}
# The legal form that ends a company's name: "Holm Widgets Limited".


def in_portfolio_list(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is one field of a list that ends in a portfolio
    title ("Culture, Media and Sport Secretary")."""
    lo = start
    while lo > 0 and start - lo < 6 and (doc[lo - 1].text in _LINKS or _field(doc[lo - 1])):
        lo -= 1
    hi = end
    while hi < len(doc) and hi - end < 6 and (doc[hi].text in _LINKS or _field(doc[hi])):
        hi += 1
    titled = hi < len(doc) and doc[hi].lower_ in PORTFOLIO_TITLES and doc[hi].is_title
    return titled and any(t.text == "," for t in doc[lo:hi])


def coordinated_start(doc: Doc, start: int, end: int) -> int:
    """Where a body's name begins when the model left out the first of two
    coordinated fields ("Finance and" of "Finance and Economy Ministry")."""
    if doc[end - 1].lower_ not in ORG_HEAD_WORDS or start < 2:
        return start
    link, field = doc[start - 1], doc[start - 2]
    # the field untagged, or tagged alone as a body of its own ("Public" of "the
    # Public and Civic Services Union")
    alone = field.ent_type_ == "ORG" and field.ent_iob_ == "B" and link.ent_iob_ != "I"
    if link.lower_ in {"and", "&"} and _field(field) and (not field.ent_type_ or alone):
        return start - 2
    return start


def _field(token: object) -> bool:
    t = token  # a capitalised word that is no title: "Culture", "Rural", "Affairs"
    return bool(getattr(t, "is_title", False)) and getattr(t, "lower_", "") not in PORTFOLIO_TITLES


def dash_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """The names on either side of a spaced dash the model read as one name
    ("Whitehall - Labour"), or None when there is no such dash."""
    cuts = [i for i in range(start + 1, end - 1)
            if doc[i].text in {"-", "–", "—", "--"} and doc[i - 1].whitespace_ and doc[i].whitespace_]  # fmt: skip
    return parts_between(start, cuts, end) if cuts else None


def parts_between(start: int, cuts: list[int], end: int) -> list[tuple[int, int]]:
    """The (start, end) of the words of ``start:end`` on either side of each cut token."""
    return [
        (lo if k == 0 else lo + 1, hi) for k, (lo, hi) in enumerate(pairwise([start, *cuts, end]))
    ]


_TRAILING = {"of", "for", "the", "at", "in", "and", "on", "to"}
_JOINING = {"of", "for"}


def mend_cut_body(doc: Doc, span: Span, others: list[Span]) -> Span:
    """``span`` (an organisation) with the rest of a name the model cut after a
    preposition, or without a preposition it left at the end. ``others`` are the
    entities of the sentence.

    * "Office of the" + "Housing Ombudsman": the capitalised words that follow;
    * "UN Office" + "for the" + "Promotion of Disaster Relief" (tagged apart): one name;
    * "Institute for Labour Studies at": without "at";
    * "the Commons on Thursday": without the day (then without "on").
    """
    start, end = span.start, span.end
    if end - start > 2 and doc[end - 1].lower_ in WEEKDAYS and doc[end - 2].lower_ == "on":
        end -= 1  # "the Commons on Thursday": no body is named for a day of the week
    tail = end
    while tail > start and doc[tail - 1].lower_ in _TRAILING:
        tail -= 1
    if tail < end:
        run = _capitalised_run(doc, end)
        if doc[tail].lower_ in _JOINING and run > end:
            return Span(doc, start, run, label=span.label_)
        return Span(doc, start, tail, label=span.label_) if tail > start else span
    after = end + 1
    if end < len(doc) and doc[end].lower_ in _JOINING and doc[end - 1].lower_ in ORG_HEAD_WORDS:
        if after < len(doc) and doc[after].lower_ == "the":
            after += 1
        field = next((o for o in others if o.start <= after < o.end), None)
        if field is not None and field.label_ == "ORG":
            return Span(doc, start, field.end, label=span.label_)
        run = _capitalised_run(doc, after)
        alone = end - start == 1  # "Office" alone names nothing: "Office of the Deputy PM"
        if field is None and run > after and (doc[end].lower_ == "for" or alone):
            return Span(doc, start, run, label=span.label_)  # "Office for Disaster Relief"
    if (tail := article_tail(doc, end)) > end:  # "Fatah" + "al-Islam": one name
        return Span(doc, start, tail, label=span.label_)
    if (posted := _posted_to(doc, end, others)) > end:  # "UN Support Mission" + "in Libya"
        return Span(doc, start, posted, label=span.label_)
    if (national := _of_country(doc, span, others)) > end:  # "Muslim Council" + "of Britain"
        return Span(doc, start, national, label=span.label_)
    return _whole_object(doc, span, others)


# The heads of a body's name that goes on with the country it is sent to: "the UN
# Support Mission in Libya" (``posted`` in ``data/body-heads.txt``).
_POSTED_HEADS = listed_words("body-heads.txt")["posted"]


def _posted_to(doc: Doc, end: int, others: list[Span]) -> int:
    """Where a mission's name ends that the model cut before "in" and the country it
    serves in ("UN Support Mission" + "in Libya"); ``end`` when it was not cut so."""
    last = doc[end - 1]
    if last.lower_ not in _POSTED_HEADS or not last.is_title or end + 1 >= len(doc):
        return end
    if doc[end].lower_ != "in":
        return end
    place = next((o for o in others if o.start == end + 1 and o.label_ == "GPE"), None)
    entry = gazetteer().lookup(place.text) if place is not None else None
    return place.end if place is not None and entry is not None and entry.type == "Country" else end


_OF_COUNTRY_HEADS = listed_words("body-heads.txt")["of-country"]


def _of_country(doc: Doc, span: Span, others: list[Span]) -> int:
    """Where a body's name ends that the model cut before "of" and its country ("Muslim
    Council" + "of Britain", "Federation of Tenants" + "of Britain"); ``span.end`` when
    it was not cut so, when the country owns what follows ("of Britain's miners") or
    when the gazetteer lists the shorter name as a body of its own."""
    end = span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or not doc[end - 1].is_title:
        return end
    if not any(t.lower_ in _OF_COUNTRY_HEADS for t in span):
        return end
    place = next((o for o in others if o.start == end + 1), None)
    if place is None or (place.end < len(doc) and doc[place.end].text in POSSESSIVE_MARKS):
        return end
    country = gazetteer().lookup(place.text)
    if country is None or country.type != "Country" or gazetteer().lookup(span.text):
        return end
    return place.end


# The Arabic article, joined by a hyphen to the word after it ("al-Islam", "el-Din").
_ARTICLES = frozenset({"al", "el", "ad", "ash", "as", "an", "ar", "at", "az"})


def article_tail(doc: Doc, end: int) -> int:
    """Where the capitalised words an Arabic article joins to a body's name end, when
    the model stopped before them: "Fatah al-Islam", "Ahrar al-Sham" (``end``: where
    the model's name ends)."""
    j = end
    while (
        j + 2 < len(doc)
        and doc[j].lower_ in _ARTICLES
        and doc[j].whitespace_ == ""
        and doc[j + 1].text == "-"
        and doc[j + 1].whitespace_ == ""
        and doc[j + 2].text[:1].isupper()
        and doc[j + 2].is_alpha
    ):
        j += 3
    return j


def _whole_object(doc: Doc, span: Span, others: list[Span]) -> Span:
    """``span`` up to the end of the name its "of"/"for" governs, when the model
    stopped inside it: "Office of the Deputy" + "Chief Minister" (the parser makes
    "Minister" the object of "of" and "Deputy" a part of it)."""
    start, end = span.start, span.end
    last = doc[end - 1]
    head = last.head
    if not (
        last.dep_ == "compound"
        and head.i >= end
        and head.dep_ == "pobj"
        and start <= head.head.i < end
        and head.head.lower_ in _JOINING
    ):
        return span
    if not all(t.text[:1].isupper() and t.is_alpha for t in doc[end : head.i + 1]):
        return span
    if any(o.start <= head.i and o.label_ != "ORDINAL" for o in others if o.start >= end):
        return span  # another name stands there ("First" of "Deputy First Minister" is none)
    return Span(doc, start, head.i + 1, label=span.label_)


def _capitalised_run(doc: Doc, i: int) -> int:
    """Where the capitalised words from ``i`` end ("of", "and", "the" may join them)."""
    end = j = i
    while j < len(doc):
        t = doc[j]
        if t.text[:1].isupper() and t.is_alpha:
            j += 1
            end = j
        elif t.lower_ in {"of", "and", "the", "for"} and end == j > i:
            j += 1
        else:
            break
    return end


def misread_bodies(doc: Doc, spans: list[Span], known: list[Span], story: Story) -> list[Span]:
    """``spans`` with the bodies' names the model missed or misread: acronyms, factions'
    names, one firm's name tagged as two ("BNP" + "Paribas": :func:`glued_bodies`), a
    body named by owner and field before a post ("UN refugee chief": described_bodies)."""
    spans = factions(doc, acronyms(doc, spans, known, story.table), known, story)
    spans += described_bodies(doc, [*spans, *known])
    return spans + glued_bodies(doc, [*spans, *known], story.lookup)


def acronyms(doc: Doc, spans: list[Span], known: list[Span], w: TokenTable) -> list[Span]:
    """``spans`` with the acronyms of bodies marked as bodies: one in brackets after
    a body's name ("the Office of Fair Prices (OFP)", which the model may call a
    person), and one the model left out that spells the initials of a body named
    before it ("the Green Unity Party (GUP) ... GUP leader X", "X of the GU")."""
    spans = [bracketed_acronym(doc, s, spans) for s in spans]
    bodies = [(s.end, _initials(w, s.start, s.end))
              for s in [*spans, *known] if s.label_ == "ORG" and len(s) > 1]  # fmt: skip
    taken = {i for s in [*spans, *known] for i in range(s.start, s.end)}
    for i, text in enumerate(w.text):
        if i in taken or not (w.upper[i] and w.alpha[i] and 2 <= len(text) <= 6):
            continue
        if any(end <= i and letters == text for end, letters in bodies):
            spans.append(Span(doc, i, i + 1, label="ORG"))
    return spans


def _initials(w: TokenTable, start: int, end: int) -> str:
    return "".join(w.text[i][0] for i in range(start, end)
                   if w.text[i][:1].isupper() and w.lower[i] != "the")  # fmt: skip


def bracketed_acronym(doc: Doc, span: Span, others: list[Span]) -> Span:
    """``span`` as an organisation when it is an acronym in brackets right after one."""
    start = span.start
    if (
        span.label_ != "ORG"
        and len(span) == 1
        and span.text.isupper()
        and len(span.text) > 1
        and start >= 1
        and doc[start - 1].text == "("
        and any(o.end == start - 1 and o.label_ == "ORG" for o in others)
    ):
        return Span(doc, start, span.end, label="ORG")
    return span


def company_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """A company name the model cut: "General Motors" tagged as a person "Motors",
    "Japan Airlines" as "Japan" + "Airlines", "Lockheed Martin" as "Lockheed" +
    a person "Martin"."""
    last = doc[end - 1].lower_
    if label in {"NORP", "PERSON"}:
        # "Welsh Kettles Ltd" (a person to the model), "Irish Charm plc" (the
        # demonym alone): a name that ends in a legal form is a company's
        hi = legal_name_end(doc, start, end)
        if hi is not None:
            return Span(doc, start, hi, label="ORG")
        if label == "NORP":
            return None
    if label == "PERSON" and last in COMPANY_WORDS and 2 < end - start <= 4:
        return Span(doc, start, end, label="ORG")  # "Standard Life Investments"
    if (
        label == "PERSON"
        and start >= 2
        and doc[start - 1].lower_ == "at"
        and any(t.lower_ in TITLE_WORDS for t in doc[max(0, start - 6) : start - 1])
    ):
        return Span(doc, start, end, label="ORG")  # "chief economist at Holm Frequency"
    if label in {"PERSON", "ORG"} and last in COMPANY_WORDS and end - start <= 2:
        lo = start
        prev = doc[start - 1] if start > 0 else None
        if (prev is not None and prev.is_title and prev.is_alpha and not prev.is_sent_start) or (
            prev is not None and prev.ent_type_ in {"GPE", "NORP"} and prev.is_title
        ):
            lo = prev.i  # "General Motors", "Japan Airlines"
        return Span(doc, lo, end, label="ORG")
    if label == "PERSON" and end - start == 1 and start > 0:
        prev = doc[start - 1]
        if prev.ent_type_ == "ORG" and prev.ent_iob_ in {"B", "I"} and prev.whitespace_ != "":
            # "Lockheed Martin": a one-word person glued to an organisation
            org_start = start - 1
            while org_start > 0 and doc[org_start].ent_iob_ == "I":
                org_start -= 1
            return Span(doc, org_start, end, label="ORG")
    return None


# Words of an armed or political movement's name, which no state names its own bodies
# with: "Kosovo Liberation Army", "Sudan People's Liberation Movement".
MOVEMENT_WORDS = frozenset({"liberation", "resistance", "insurgency", "rebel", "rebels"})


def join_country_names(
    doc: Doc, kept: list[Span], gaz: list[Span], lookup: Callable[[str], object]
) -> list[Span]:
    """A country word right before a party or company the model tagged apart is
    part of its name: "Pakistan People's Party", "China Life", "the Kuwait News
    Agency"; so it is before a movement's name ("Kosovo Liberation Army": no body of Kosovo's state)."""
    places = {s.end: s for s in [*gaz, *kept] if s.label_ == "GPE"}
    out = []
    for span in kept:
        before = places.get(span.start)
        if (
            before is not None
            and span.label_ == "ORG"
            and (
                _firm_or_party(doc, span)
                or any(t.lower_ in MOVEMENT_WORDS for t in span)
                or _press_agency(span)
            )
            and not lookup(span.text)
        ):
            span = Span(doc, before.start, span.end, label="ORG")
        out.append(span)
    return out


def _press_agency(span: Span) -> bool:
    """A news agency's name cut after its country: "the Kuwait News Agency"."""
    words = [t.lower_ for t in span]
    return words[-2:] in (["news", "agency"], ["press", "agency"], ["news", "service"])


def _firm_or_party(doc: Doc, span: Span) -> bool:
    """A company's or a party's name, no state body's ("Pakistan People's Party")."""
    return head_word(span) not in STATE_ORGANS and (
        doc[span.end - 1].lower_ in COMPANY_WORDS | {"party"}
    )


def head_word(span: Span) -> str:
    """The noun a name is built on: the word before "of"/"for", else the last."""
    words = [t.lower_ for t in span if not t.is_punct]
    for k, w in enumerate(words):
        if w in {"of", "for", "on"} and k:
            return words[k - 1]
    return words[-1] if words else ""


def legal_name_end(doc: Doc, start: int, end: int) -> int | None:
    """Where a company's name ends when ``doc[start:end]`` or the few capitalised
    untagged words after it end in a legal form ("Irish" of "Irish Charm plc"),
    else None."""
    hi, form = end, doc[end - 1].text
    while not legal_form(form) and hi < len(doc) and hi - end < 4:
        nxt = doc[hi]
        if nxt.ent_type_ or not (nxt.is_title or legal_form(nxt.text)):
            break
        hi, form = hi + 1, nxt.text
    return hi if legal_form(form) else None
