"""Posts listed each with its holder's name set off by commas.

"The Chancellor of Germany, A, the President of France, B, and the Prime Minister
of Italy, C, met" and "met the president of Colombia, A, and the president of
Ecuador, B": the small model hangs the names and the later posts every which way
(a name as a conjunct of the country before it, the second post beside the first
name, the last name on the third country), so a meeting loses people or takes a
country for one, and a post goes to the wrong name. Read as words, the list is
plain: units "POST (of X), NAME" joined by commas and a last "and".
:func:`repair_post_lists` hangs each name on its post as an apposition and each
later post on the first as a conjunct, the "and" on the first post too.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.language.lexicon import TITLE_WORDS
from kg.language.object_appositions import singular_post
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_TITLE_IDS = ids(TITLE_WORDS)
# words a post may have before its title word: "the", "his", "Chile 's", "foreign",
# "Prime", "Danish", "central bank" ("the central bank governor")
_BEFORE_TAGS = {"DT", "PRP$", "JJ", "NN", "NNP", "POS"}
_POST_PREPS = {"of", "to"}
_AFTER_TITLE = {",", *_POST_PREPS}
_Unit = tuple[int, int, int]  # (title word, first word of the name, name's last word)


def repair_post_lists(doc: Doc) -> int:
    """Re-hang each such list; how many lists were repaired."""
    repaired, taken = 0, set[int]()
    for i in tokens_with(doc, LOWER, _TITLE_IDS):
        if i in taken:
            continue
        units, sep = _units_from(doc, i)
        if len(units) < 2 or not _opens_phrase(doc, i):
            continue
        taken.update(u[0] for u in units)
        if _rehang(doc, units, sep):
            repaired += 1
    return repaired


def _units_from(doc: Doc, title: int) -> tuple[list[_Unit], int]:
    """The units "POST, NAME" listed from the post whose title word is ``title``,
    and the index of the "and" before the last (no list without one)."""
    units: list[_Unit] = []
    sep, i, n = -1, title, len(doc)
    while (unit := _unit_at(doc, i)) is not None:
        units.append(unit)
        if sep >= 0:
            break  # the unit after "and" is the last
        j = unit[2] + 1  # after the name: ",", ", and" or "and", then the next post
        comma = j < n and doc[j].text == ","
        j += comma
        if j < n and doc[j].lower_ == "and":
            sep, j = j, j + 1
        elif not comma:
            break
        nxt = _title_ahead(doc, j)
        if nxt is None:
            break
        i = nxt
    if sep < 0 or len(units) < 2 or units[-1][1] < sep:
        return [], -1
    return units, sep


def _unit_at(doc: Doc, title: int) -> _Unit | None:
    """ "POST (of ...), NAME" from the title word: a singular post, an "of" or "to"
    phrase ("ambassador to X") with no comma or name of a person, the comma, a
    person's name of one to four words."""
    if not singular_post(doc[title]):
        return None
    j, stop = title + 1, min(title + 12, len(doc))  # a short phrase: "of the Bank of X"
    if j < stop and doc[j].lower_ in _POST_PREPS:
        while j < stop and doc[j].text != ",":
            if doc[j].ent_type_ == "PERSON" or doc[j].pos_ in {"VERB", "AUX", "CCONJ", "PUNCT"}:
                return None
            j += 1
    if j >= stop or doc[j].text != ",":
        return None
    first = end = j + 1
    while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].pos_ == "PROPN":
        end += 1
    if not 0 < end - first <= 4:
        return None
    return title, first, end - 1


def _title_ahead(doc: Doc, start: int) -> int | None:
    """The title word that ends the words before a post from ``start`` ("the
    Prime Minister", "his Danish counterpart", "Chile's foreign minister")."""
    for j in range(start, min(start + 6, len(doc))):
        t = doc[j]
        if t.lower_ in TITLE_WORDS and (j + 1 == len(doc) or doc[j + 1].lower_ in _AFTER_TITLE):
            return j
        if t.tag_ not in _BEFORE_TAGS or t.ent_type_ == "PERSON":
            return None
    return None


def _opens_phrase(doc: Doc, title: int) -> bool:
    """The first post is no apposition itself ("A, the minister of X, B, and ..."):
    no comma right before its words."""
    j = title - 1
    while j >= 0 and doc[j].tag_ in _BEFORE_TAGS and doc[j].ent_type_ != "PERSON":
        j -= 1
    return j < 0 or doc[j].text != ","


def _rehang(doc: Doc, units: list[_Unit], sep: int) -> bool:
    """Hang each name on its post, each later post and the "and" on the first post
    (the parser may hang the later ones on the verb: "met the president of X, A,
    and the president of Y, B"), unless a later post or a name is over the first."""
    first = doc[units[0][0]]
    names = [_name_head(doc, start, end) for _, start, end in units]
    if any(doc[u[0]].is_ancestor(first) for u in units[1:]) or any(
        n.is_ancestor(first) for n in names
    ):
        return False
    for title, _, _ in units[1:]:
        _set(doc[title], first, "conj")
    _set(doc[sep], first, "cc")
    for (title, start, _), name in zip(units, names, strict=True):
        post = doc[title]
        of = doc[post.i + 1]
        if of.i < start - 1 and not of.left_edge.i <= post.i <= of.right_edge.i:
            _set(of, post, "prep")  # "of" back on its post
        _set(name, post, "appos")
    return True


def _name_head(doc: Doc, start: int, end: int) -> Token:
    """The word of the name the others hang on (its last, as the parser has it)."""
    return doc[start : end + 1].root


def _set(t: Token, head: Token, dep: str) -> None:
    if t.head.i != head.i or t.dep_ != dep:
        t.head = head
        t.dep_ = dep
