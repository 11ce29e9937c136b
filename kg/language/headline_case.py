"""Headlines in title case or in capitals, read as sentence case.

Some outlets capitalise every word of a headline ("Japan Condemns Missile Launch
by Neighbour") or write it all in capitals ("CHILE EXPELS ENVOY OVER SPY
CLAIMS"). The model then tags nearly every word a proper noun and finds no verb.
Before parsing, such a headline takes the case its words have in the article's
own body: a word the body writes with a capital inside a sentence keeps that
form ("Chile", "NATO"), a name the gazetteer knows keeps a capital, an acronym
written in capitals in a title-case headline stays so, and every other word goes
lower case; the headline's first word keeps its capital. A headline already in
sentence case ("Chile expels envoy over spy claims") is left as it is, but for a first
word the body writes as a common word ("Winemaker rejects X's offer": "winemaker").

The change is character for character, so every offset still points into the
headline as written.

>>> body = "Chile said on Monday that the Peruvian envoy had spied for Lima."
>>> sentence_case("CHILE EXPELS PERUVIAN ENVOY", body)
'Chile expels Peruvian envoy'
>>> sentence_case("Chile Expels Peruvian Envoy Over Spy Claims", body)
'Chile expels Peruvian envoy over spy claims'
>>> sentence_case("Chile expels Peruvian envoy", body)
'Chile expels Peruvian envoy'
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from kg.language.gazetteer import gazetteer
from kg.language.places import places

# A word: letters, with inner apostrophes, dots or hyphens ("U.S.", "Iran's", "Co-op").
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019.\-][^\W\d_]+)*\.?")
# What may stand before a sentence's first word (quotes, brackets, spaces).
_OPENERS = frozenset("\"'\u2018\u201c([ \t")
_ENDERS = frozenset(".!?:\n")
# A title-case headline: at least this share of its longer words (four letters or
# more, the first word aside) begin with a capital, and at least this many do.
_TITLE_SHARE = 0.8
_TITLE_MIN = 1


def sentence_case(headline: str, body: str) -> str:
    """``headline`` as the parser should read it (see the module docstring)."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(headline)]
    names, lower = _body_names(body)
    mode = _mode(headline, [w for _, w in words], names)
    if mode is None:
        return _common_first(headline, words, names, lower)
    forms = {low: form for low, (form, _) in names.items()}
    if mode == "caps":  # the gazetteer's acronyms, as written ("NATO", "U.S."), not "US" for "us"
        acronyms = ((w.lower(), w) for w, _ in gazetteer().names() if w.isupper() and " " not in w)
        forms = {low: w for low, w in acronyms if low not in STOP_WORDS} | forms
    named = _named_runs(words)
    out = list(headline)
    for n, (start, word) in enumerate(words):
        written = named.get(n) or _as_written(word, mode, forms)
        if n == 0 and word[:1].isupper():
            written = written[:1].upper() + written[1:]
        if len(written) == len(word):  # (lower() may change a length: keep the word then)
            out[start : start + len(word)] = written
    return "".join(out)


def _named_runs(words: list[tuple[int, str]]) -> dict[int, str]:
    """Words of a name of two to four words the gazetteer knows, capitalised as
    a name ("United States", "European Union", "North Korean"), by position."""
    g = gazetteer()
    out: dict[int, str] = {}
    n = 0
    while n < len(words):
        for size in (4, 3, 2):
            if n + size > len(words):
                continue
            titled = [_titled(w) for _, w in words[n : n + size]]
            if not all(w[:1].isupper() for _, w in words[n : n + size]):
                continue
            phrase = " ".join(titled)
            if g.lookup(phrase) is not None or g.demonym(phrase) is not None:
                out.update(zip(range(n, n + size), titled, strict=True))
                n += size - 1
                break
        n += 1
    return out


def _titled(word: str) -> str:
    """ "STATES" and "States" as "States"; an acronym as it is ("U.S.")."""
    if len(word.rstrip(".")) <= 3 and word.isupper():
        return word
    return word[:1].upper() + word[1:].lower()


def _mode(headline: str, words: list[str], names: dict[str, tuple[str, bool]]) -> str | None:
    """``"caps"``, ``"title"`` or None for a headline in sentence case. Names (what the
    body writes with a capital, what the gazetteer knows) are capitalised in any case, so
    only the other longer words tell title case ("Ruiz visits Lind in Oslo" is not)."""
    letters = [c for c in headline if c.isalpha()]
    if len([w for w in words if len(w) >= 3]) >= 2 and all(c.isupper() for c in letters):
        return "caps"
    longer = [w for w in words[1:] if len(w.rstrip(".")) >= 4 and not _a_name(w, names)]
    capitalised = [w for w in longer if w[:1].isupper()]
    if len(capitalised) >= _TITLE_MIN and len(capitalised) >= _TITLE_SHARE * len(longer):
        return "title"
    return None


def _a_name(word: str, names: dict[str, tuple[str, bool]]) -> bool:
    stem = re.sub(r"['\u2019][sS]$", "", word)
    if stem.lower() in names:
        return True
    return _known(stem)


def _known(name: str) -> bool:
    """A name the gazetteer or the places list knows: a country, a body, a demonym,
    a capital, a city ("Berlin", "Jaffna")."""
    g = gazetteer()
    found = g.lookup(name) or g.demonym(name) or g.is_place(name)
    return bool(found) or places().is_place(name)


def _common_first(
    headline: str, words: list[tuple[int, str]], names: dict[str, tuple[str, bool]], lower: set[str]
) -> str:
    """A sentence-case headline whose first word is a common noun the body writes in
    lower case ("Winemaker rejects X's offer", "Tsunami to hit banks"): that word in
    lower case, so the model does not take it for a name."""
    if not words or words[0][0] != 0:
        return headline
    word = words[0][1]
    low = word.lower()
    if not word[:1].isupper() or word.isupper() or low not in lower or _a_name(word, names):
        return headline
    return low[:1] + headline[1:]


def _body_names(body: str) -> tuple[dict[str, tuple[str, bool]], set[str]]:
    """Each word the body writes with a capital and never in lower case, by its
    lower-case form: how the article spells it, and whether it is written so inside a
    sentence (a sentence's first word is capitalised anyway: "Obama and Merkel met"
    names Obama only as no lower-case "obama" follows), and the words it writes in
    lower case. English function words ("May", "Will") are no names here."""
    found: dict[str, tuple[str, bool]] = {}
    lower: set[str] = set()
    for m in _WORD.finditer(body):
        word = m.group()
        low = word.lower()
        if not word[:1].isupper():
            lower.add(low)
            continue
        if low in STOP_WORDS:
            continue
        i = m.start() - 1
        while i >= 0 and body[i] in _OPENERS:
            i -= 1
        inside = i >= 0 and body[i] not in _ENDERS
        if low not in found or (inside and not found[low][1]):
            found[low] = (word, inside)
    return {low: v for low, v in found.items() if v[1] or low not in lower}, lower


def _as_written(word: str, mode: str, forms: dict[str, str]) -> str:
    stem = re.sub(r"['\u2019][sS]$", "", word)
    rest = word[len(stem) :].lower()
    known = forms.get(stem.lower())
    if known is not None:
        return known + rest
    if mode == "title" and len(stem) > 1 and stem.isupper():
        return word  # an acronym the body does not spell out ("WTO Rules On Tariffs")
    capital = stem[:1].upper() + stem[1:].lower()
    if _known(capital):
        return capital + rest
    return word.lower()


__all__ = ["sentence_case"]
