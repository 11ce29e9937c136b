"""References back to a pair that no plural post names, for
:func:`kg.language.plural_resolution.resolve_plural` (the mentions:
:mod:`kg.language.plural_references`).

* "Each side accused the other", "Each blamed the other": one of the two named
  before, acting on the other; read as "both sides" and "the two" (each then
  acts on the other: :func:`kg.extract.wielding.each_the_others`).
* "Ministers from Ghana and Togo met. The ministers accused X" (also "Ghanaian and
  Togolese officials ... the officials"): people of no name who act for the
  parties that qualify them in the subject of the sentence before are those
  parties, as a "they" there is (:mod:`kg.language.speaking_pairs`); not after
  three when the reference counts two, nor inside a quote.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.coref_state import CorefState
from kg.language.lexicon import AGENT_NOUNS, SUBJECT_DEPS
from kg.language.mentions import Mention
from kg.language.plural_posts import linked_keys, wanted_count
from kg.language.plural_references import of_state
from kg.language.quotes import in_quote
from kg.language.speaking_pairs import subject_pair


def plural_words(text: str, head: Token | None = None) -> tuple[str, list[str]]:
    """The head word and the words of a plural reference: "each side" read as
    "both sides", a lone "each" or "both" as "the two", "the duo" as "the pair";
    "the trio" (``head``: its last word) as "the three", "the heads of state" as
    "the leaders" named together before, however many."""
    words = text.lower().split()
    if head is not None and head.lower_ == "trio":
        return "trio", [*words[:-1], "three", "trio"]
    if head is not None and head.lower_ == "heads" and of_state(head):
        return "heads", [*words[:-1], "heads"]  # (as many as are named together)
    if words[-2:] == ["each", "side"]:
        words[-2:] = ["both", "sides"]
    elif words in (["each"], ["both"]):
        words = ["the", "two"]  # "Both condemned the raid": the two
    elif words[-1] == "duo":
        words[-1] = "pair"
    return words[-1], words


def qualified_pair(state: CorefState, m: Mention) -> tuple[str, ...]:
    """The parties that qualify the plural subject of the sentence before, when
    ``m`` names people of that kind (see the module's docstring)."""
    doc = state.doc
    head = doc[m.end - 1]
    sent = head.sent
    if head.lower_ not in AGENT_NOUNS or sent.start == 0 or in_quote(head):
        return ()
    items = subject_pair(doc[sent.start - 1].sent)
    if len(items) < 2 or (items[0].dep_ in SUBJECT_DEPS and not _bare_leaders(head)):
        return ()  # "A and B met": names, not what qualifies a plural noun
    distinct = linked_keys(state, items)
    if items[0].dep_ in SUBJECT_DEPS and not all(k.startswith("person/") for k in distinct):
        return ()  # "President A and Chancellor B flew in. The leaders met": the two people
    wanted = wanted_count(head)  # "the two ministers" after three: none
    return distinct if len(distinct) >= 2 and wanted in {0, len(distinct)} else ()


def _bare_leaders(head: Token) -> bool:
    """ "The leaders" alone as a subject, no count and nothing after: those named as
    the sentence before's subject (whom a post "leader" of the story's would name first)."""
    return (
        head.lower_ == "leaders"
        and head.dep_ in SUBJECT_DEPS
        and [c.lower_ for c in head.children] == ["the"]
    )
