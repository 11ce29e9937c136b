"""A town's name that ends a titled person's name, for
:func:`kg.language.name_bounds.whole_name`.

The small model cuts a surname that is also a town's off the name and tags it as
the place: "Brazilian Finance Minister Nilce Duarte Lima told reporters" gave the
person "Nilce Duarte" and Lima (Peru) as the one who spoke, "Chilean envoy Carmen
Duarte Santiago met ..." gave Chile as the one who met. When a title stands right
before the given names and the parser hangs them on the town's name, with no comma
or preposition between, the town is the person's surname. Not "Minister Nilce Duarte
in Lima", "Nilce Duarte, Lima's mayor", a country's or a people's name ("Minister
Ana Ruiz Chad"), nor a town that opens another name ("... Lima Declaration")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.language.gazetteer import gazetteer
from kg.language.given_names import given_names
from kg.language.lexicon import TITLE_WORDS
from kg.language.places import places


def place_ends_name(doc: Doc, span: Span, head: Token) -> bool:
    """Whether ``head``, the word right after the person's name ``span`` that the
    parser hangs the name on, is the name's last word though it names a town: a title
    stands right before the name, which holds two words or a known given name, and
    ``head`` is a town's name that no other capitalised word follows."""
    if head.i != span.end or span.start == 0 or doc[span.start - 1].lower_ not in TITLE_WORDS:
        return False
    if not (head.pos_ == "PROPN" and head.is_title and head.is_alpha):
        return False
    if len(span) < 2 and span[0].lower_ not in given_names():
        return False  # "Minister Duarte Lima": a surname, then perhaps the town
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is not None and after.is_title and after.pos_ == "PROPN":
        return False  # "... Lima Declaration": the town opens another name
    gz = gazetteer()
    if gz.lookup(head.text) is not None or gz.demonym(head.text) is not None:
        return False  # a country, a body, a people
    return gz.metonym(head.text) is not None or places().is_place(head.text)
