"""The English words the pipeline's lemmatizer lists: whether a capitalised word is
also a common word ("Rowan Castle" is a thing, "Ilse Brandt" a name)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language


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
