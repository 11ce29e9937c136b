"""A capital letter with a dot that ends a sentence: "she wrote on X. She said".

The tokenizer keeps a capital letter and its dot one token, as it must for an
initial ("George W. Bush"); when the letter ends a sentence, the next sentence
then runs on from it: "X. She" is read as one name and "She" as a proper noun.
Before the tagger, a lone letter whose next word opens a clause (a pronoun, an
article, a conjunction: never a surname) loses its dot to a token of its own,
so the sentence ends there."""

from __future__ import annotations

import re

from spacy.tokens import Doc

_OPENERS = "She|He|They|It|We|I|The|This|That|These|Those|But|And|Yet|Its|Their|His|Her"
_ENDING = re.compile(rf"(?<![\w.])[A-Z]\.(?= (?:{_OPENERS})\b)")


def split_lone_letters(doc: Doc) -> Doc:
    """``doc`` with each sentence-ending capital letter split from its dot."""
    text = doc.text
    if _ENDING.search(text) is None:  # (most documents: one scan of the text)
        return doc
    tokens = [doc.char_span(m.start(), m.end()) for m in _ENDING.finditer(text)]
    with doc.retokenize() as retokenizer:
        for span in tokens:
            if span is not None and len(span) == 1:
                token = span[0]
                retokenizer.split(token, [token.text[0], "."], heads=[token, token])
    return doc
