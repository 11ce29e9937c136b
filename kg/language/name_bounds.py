"""Where a person's name begins and ends, when the small model cut or glued it.

* a given name the model left out ("Anders Holm" tagged as "Holm"; "Ana da" of "Ana
  da Silva Mendes" tagged as "Silva Mendes") or a surname it
  cut off ("Maria Kolar Berg" tagged as "Maria Kolar", or as "Maria Kolar" and
  "Berg"; a town's name after a title and given names, "Minister Ana Ruiz Lima":
  :mod:`kg.language.town_surnames`), from the compound chain; particles and
  hyphens ("Anna von der Berg");
* an auxiliary that opens a question ("Will Ann Vale resign?") is no part of it;
* nor is the portfolio of a title "for" something that runs into it ("High
  Commissioner for Refugees Tom Rice" tagged "Refugees Tom Rice");
* two surnames joined by "and" are two people ("talks between Vale and Ross").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.language.body_words import COMPANY_WORDS, ORG_HEAD_WORDS
from kg.language.dates import RELATIVE_DAYS
from kg.language.gazetteer import gazetteer
from kg.language.given_names import given_names
from kg.language.led_names import GLUED_PARTICIPLES
from kg.language.lexicon import HONORIFICS, NAME_PARTICLES, PORTFOLIO_WORDS, TITLE_WORDS
from kg.language.places import places
from kg.language.town_surnames import place_ends_name

# Adverbs that open a sentence and that the model runs into the name after them
# ("Meanwhile Marsh said"): never a given name.
OPENING_ADVERBS = frozenset(
    """meanwhile later earlier however now also still instead separately elsewhere
    nevertheless moreover furthermore then afterwards subsequently previously initially
    finally recently overnight""".split()
) | frozenset(RELATIVE_DAYS)  # "Yesterday Marsh said"


def whole_name(doc: Doc, span: Span, spans: list[Span]) -> Span:
    """A given name the model left out: "Anders Holm" tagged as just "Holm";
    a surname it cut off: "Maria Kolar Berg" tagged as "Maria Kolar", when the
    compound chain of the name runs on to the next word."""
    if span.label_ != "PERSON":
        return span
    span = name_tail(doc, span)
    span = _cut_surname(doc, span, spans)
    if span.start == 0:
        return span
    cut = portfolio_cut(doc, span)
    if cut is not span:
        return cut
    start = _particle_start(doc, span.start, spans)
    if start is not None:
        return Span(doc, start, span.end, label="PERSON")
    prev = doc[span.start - 1]
    if (
        span.start >= 2
        and doc[span.start - 2].lower_ in TITLE_WORDS
        and prev.is_title
        and gazetteer().demonym(prev.text)
    ):  # "economy minister German Gref": a nationality never stands between a title
        return Span(doc, prev.i, span.end, label="PERSON")  # and the name; a given name does
    # "Ana Lima Costa" tagged "Costa": each name of the chain before it, one at a time
    while span.start > 0 and _name_before(doc, span, spans):
        span = Span(doc, span.start - 1, span.end, label="PERSON")
    return span


def _name_before(doc: Doc, span: Span, spans: list[Span]) -> bool:
    """Whether the word before ``span`` is one more name of the person: a capitalised
    proper noun in the name's compound chain, no title, honorific, place or body."""
    prev = doc[span.start - 1]
    return (
        prev.pos_ == "PROPN"
        and prev.is_title
        and prev.is_alpha
        and prev.dep_ == "compound"
        and span.start <= prev.head.i < span.end
        and prev.lower_ not in TITLE_WORDS
        and not (prev.lower_ in OPENING_ADVERBS and prev.is_sent_start)
        and prev.text.rstrip(".") not in HONORIFICS
        and not gazetteer().lookup(prev.text)
        and not gazetteer().demonym(prev.text)
        and not gazetteer().is_place(prev.text)
        # "for Refugees" + "Tom Rice" (but "of State" + "Hillary" + "Vale")
        and (prev.lower_ in given_names() or not _in_portfolio(doc, prev.i + 1))
        and all(_misread_given(s) for s in spans if s.start <= prev.i < s.end)
    )  # (the dearest test: last)


def _misread_given(span: Span) -> bool:
    """Whether ``span``, in the compound chain of a person's name, may be a given
    name the model tagged as a place or a people ("Karim" + "Haddad", "Kenji" +
    "Sato Mori"): one word that no gazetteer knows as a country, people (both
    checked by the caller) or place."""
    return (
        len(span) == 1
        and span.label_ in {"GPE", "LOC", "NORP"}
        and not places().is_place(span.text)
    )


_SON_OF = frozenset({"bin", "ibn", "bint"})


def _particle_start(doc: Doc, start: int, spans: list[Span]) -> int | None:
    """Where a name begins whose given name and particles the model left out of it:
    "Ana da" + "Silva Mendes", "Carlos de la" + "Fuente Ortiz". The word before
    the particles must be a listed given name, in no other span ("Port of" +
    "Spain" has no particle; "Rio de" + "Janeiro" no given name)."""
    k = start
    while k > 0 and start - k < 2 and doc[k - 1].lower_ in NAME_PARTICLES and doc[k - 1].is_lower:
        k -= 1
    if k == start or k == 0:
        return None
    given = doc[k - 1]
    if not (given.is_title and given.is_alpha):
        return None
    if given.lower_ in given_names():
        return None if any(s.start <= given.i < s.end for s in spans) else given.i
    # "X bin" + "Y al-Z": a son's particle stands only between names; the model may
    # take the given name for a people or a place
    if doc[k].lower_ not in _SON_OF or gazetteer().lookup(given.text):
        return None
    if gazetteer().demonym(given.text) or places().is_place(given.text):
        return None
    held = [s for s in spans if s.start <= given.i < s.end]
    return given.i if all(s.start == given.i and _misread_given(s) for s in held) else None


def _cut_surname(doc: Doc, span: Span, spans: list[Span]) -> Span:
    """The rest of a name whose compound chain runs on: "Maria Kolar" + "Berg"
    (left untagged, or tagged as a person of its own), "Ana Lucia" + "Ferro Vidal".
    Up to two words, each a name word, none inside a span of another kind."""
    head = span.root.head
    if span.root.dep_ != "compound" or not span.end <= head.i <= span.end + 1:
        return span
    if any(t.text.rstrip(".") in HONORIFICS or t.lower_ in TITLE_WORDS for t in span):
        return span  # "the Rt Rev Dr" + "Tom Lind": a title before a name
    if not (name_word(head) or place_ends_name(doc, span, head)) or not all(
        name_word(t) or _initial(t) for t in doc[span.end : head.i]
    ):
        return span  # (a middle initial between: "Henry" + "A. Kessler"; "Ana Ruiz" + "Lima")
    end = head.i + 1
    overlapping = [s for s in spans if s.start < end and span.end < s.end and s != span]
    if any(
        (s.label_ != "PERSON" and not _surname_as_body(doc, s, span))
        or s.start < span.end
        or s.end > end
        for s in overlapping
    ):
        return span  # a body or place, or a person who goes on further
    return Span(doc, span.start, end, label="PERSON")


def _surname_as_body(doc: Doc, s: Span, name: Span) -> bool:
    """ "Sri Rahayu" + "Indrawati" tagged a body (or a place no gazetteer knows):
    one capitalised word right after the given names, in their compound chain,
    that no body's name is made of."""
    t = doc[s.start]
    return (
        s.label_ in {"ORG", "GPE"}
        and len(s) == 1
        and s.start == name.end
        and not t.is_upper
        and t.lower_ not in ORG_HEAD_WORDS | COMPANY_WORDS
    )


# Auxiliaries that open a question ("Will Ann Vale resign?") and are first names too.
_QUESTION_OPENERS = frozenset("will can may should would could did does shall must".split())


def question_opener_cut(doc: Doc, span: Span) -> Span:
    """ "Will Tomas Lind meet X?": the auxiliary that opens a question is no part of
    the name after it (a sentence with no question mark keeps "Will Carter")."""
    if span.label_ != "PERSON" or len(span) <= 2 or doc[span.start].lower_ not in _QUESTION_OPENERS:
        return span
    sent = doc[span.start].sent  # (spaCy walks the document for its bounds: read last)
    if span.start == sent.start and any(t.text == "?" for t in sent):
        return Span(doc, span.start + 1, span.end, label="PERSON")
    return span


def name_tail(doc: Doc, span: Span) -> Span:
    """The end of a name the model cut: "Anna von der Berg" tagged "Anna von",
    "An Ji-woo" tagged "An Ji" (a particle chain, or a hyphen inside a word)."""
    end = span.end
    while end < len(doc):
        t = doc[end]
        if t.text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc):
            after = doc[end + 1]
            if (
                after.is_alpha
                and not t.whitespace_
                and after.lower_ not in TITLE_WORDS
                and after.lower_ not in GLUED_PARTICIPLES  # not "Ana Vale-led"
            ):
                end += 2  # "Ji-ho", "Min-jun"
                continue
        if t.lower_ in NAME_PARTICLES and end + 1 < len(doc):
            k = end
            while k < len(doc) and doc[k].lower_ in NAME_PARTICLES:
                k += 1
            if k < len(doc) and doc[k].is_title and doc[k].is_alpha and k - end <= 2:
                end = _compound_end(doc, k)  # "von der Berg", "bin Rashid", "da Rocha Campos"
                continue
        if doc[end - 1].lower_ in NAME_PARTICLES and t.is_title and t.is_alpha:
            # the model stopped on the particle: "Anna von" + "der Berg"
            end = _compound_end(doc, end)
            continue
        break
    return span if end == span.end else Span(doc, span.start, end, label="PERSON")


def _compound_end(doc: Doc, k: int) -> int:
    """The end of a surname after a particle that starts at token ``k``: a word
    the parser hangs on the next name word runs on to it ("van den Bosch Kemp")."""
    end = k + 1
    while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
        if not (doc[end].is_title and doc[end].is_alpha and doc[end].lower_ not in TITLE_WORDS):
            break
        end += 1
    return end


def _initial(t: Token) -> bool:
    """A middle initial as wire copy prints it ("V.")."""
    return len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."


def name_word(t: Token) -> bool:
    return (
        t.pos_ == "PROPN"
        and t.is_title
        and t.is_alpha
        and t.lower_ not in TITLE_WORDS
        and not gazetteer().lookup(t.text)
        and not gazetteer().demonym(t.text)
        and not gazetteer().is_place(t.text)
    )


def portfolio_cut(doc: Doc, span: Span) -> Span:
    """ "UN High Commissioner for Human Rights Tom Rice" tagged "Rights Tom Rice": the
    capitalised words after a title's "for" or "of" that the model ran into the name
    are the post's portfolio; the name begins at the first given name after them (a
    name with no known given name is left whole)."""
    if not _in_portfolio(doc, span.start):
        return span
    names = given_names()
    for k in range(span.start + 1, span.end - 1):
        if doc[k].lower_ in names and doc[k - 1].lower_ not in names:
            return Span(doc, k, span.end, label="PERSON")
    return span


def portfolio_body(doc: Doc, span: Span) -> bool:
    """A body or "person" the model found inside a title's portfolio: "Media" of
    "Secretary of State for Culture, Media and Sport X", "Coastal Towns" of "Minister
    for Rivers, Coastal Towns and Fisheries X" are part of the post, no speakers (a
    span with a given name is a person the portfolio ran into: see portfolio_cut)."""
    if span.label_ not in {"ORG", "PERSON"} or not _in_portfolio(doc, span.start):
        return False
    if span.label_ == "PERSON" and any(t.lower_ in given_names() for t in span):
        return False
    # an item of a list of portfolios that goes on after it ("Media and Sport"; not
    # "Secretary of State Condoleezza X", nor "the envoy for Syria, Staffan X, said"), nor
    # a body a person's name follows in apposition ("a spokesman for Veltrix, Ana Ruiz,")
    after = span.end
    listed = after + 1 < len(doc) and doc[after].lower_ in _LISTING and doc[after + 1].is_title
    return listed and not (doc[after].text == "," and doc[after + 1].lower_ in given_names())


def _in_portfolio(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a title's "for" or "of" and the capitalised words after
    it: "Commissioner for Human Rights", "Minister of Foreign Affairs"."""
    i -= 1
    # over a list of portfolios too: "Minister for Rivers, Coastal Towns and Fisheries"
    while (
        i >= 0
        and doc[i].lower_ not in {"for", "of"}
        and (doc[i].is_title or (doc[i].lower_ in _LISTING and i > 0 and doc[i - 1].is_title))
    ):
        i -= 1
    if i < 1 or not _title_before(doc, i):
        return False
    # "of" a portfolio ("Minister of Foreign Affairs"), not of a body ("president of
    # Nordia Computer Entertainment Europe", a name the model may cut)
    return doc[i].lower_ == "for" or (
        doc[i].lower_ == "of" and i + 1 < len(doc) and doc[i + 1].lower_ in PORTFOLIO_WORDS
    )


_LISTING = frozenset({",", "and", "&"})


def _title_before(doc: Doc, i: int) -> bool:
    """A title ends before token ``i``: "Minister for", "Secretary of State for"."""
    if doc[i - 1].lower_ in TITLE_WORDS:
        return True
    return (
        i >= 3
        and doc[i - 1].lower_ == "state"
        and doc[i - 2].lower_ == "of"
        and (doc[i - 3].lower_ in TITLE_WORDS)
    )


def listed_people(doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """The names of a person span that lists people ("the summit between Vale and
    Ross", "Vale, Ross and Okoro"): every part capitalised, no given name alone before
    a full name ("Ann and Tom Reyes", a couple, stays one name); else None."""
    joins = [i for i in range(start, end) if doc[i].lower_ in _LISTING]
    if not joins or doc[start].lower_ in _LISTING or doc[end - 1].lower_ in _LISTING:
        return None
    bounds = [start, *[j for i in joins for j in (i, i + 1)], end]
    parts = [(lo, hi) for lo, hi in zip(bounds[::2], bounds[1::2], strict=True)]
    if any(hi <= lo or not all(t.is_title for t in doc[lo:hi]) for lo, hi in parts):
        return None
    names = given_names()
    last_lo, last_hi = parts[-1]
    if last_hi - last_lo > 1 and any(hi - lo == 1 and doc[lo].lower_ in names for lo, hi in parts):
        return None  # "Ann and Tom Reyes": given names sharing the last one's surname
    return parts
