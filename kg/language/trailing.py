"""The speaker after what is said, where the parser hangs it on the content.

"The Union will send a team to Darfur, Kenya's foreign minister, Amos Kiprono,
said in a statement": the small model reads "Kenya's foreign minister" as an
apposition of Darfur and "said" as a second verb of the content, so "said"
borrows the content's subject (the Union) and the minister says nothing; or it
leaves "told reporters" with no subject at all. A post or a person's name
between the comma that closes the content and a final speech verb with no
subject of its own is that verb's subject: :func:`repair_trailing_speakers`
hangs it there, and the content under the verb as what was said.
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from kg.language.coref_state import SUBJECT_DEPS
from kg.language.event_words import SPEECH_VERBS
from kg.language.lexicon import TITLE_WORDS
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_SPEECH_IDS = ids(SPEECH_VERBS)


def repair_trailing_speakers(doc: Doc) -> int:
    """Hang a post or name between the content and a final speech verb on that
    verb as its subject; how many verbs were repaired."""
    repaired = 0
    for i in tokens_with(doc, LEMMA, _SPEECH_IDS):  # (the repair changes no lemma)
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.dep_ not in {"ROOT", "conj"}:
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        speaker = _speaker_before(doc, verb)
        content = verb.head if verb.dep_ == "conj" else None
        said = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
        if speaker is None or (content is None and not said):
            continue
        if content is not None and (content.dep_ != "ROOT" or speaker not in content.subtree):
            continue
        speaker.head, speaker.dep_ = verb, "nsubj"
        if content is not None:  # "X will send ..., Y said": X's clause is what Y said
            verb.head, verb.dep_ = verb, "ROOT"
            content.head, content.dep_ = verb, "ccomp"
        repaired += 1
    return repaired


def _speaker_before(doc: Doc, verb: Token) -> Token | None:
    """The post or name that ends right before ``verb`` (or before a comma right
    before it) and starts right after a comma, read as an apposition of a word of
    the content: "..., the bank's president, Omar Sall, told".

    The top of the apposition chain is taken ("Kenya's foreign minister", not
    "Amos Kiprono"), and only a post or a person's name speaks."""
    last = doc[verb.i - 1] if verb.i > 0 else None
    if last is not None and last.text == "," and verb.i > 1:
        last = doc[verb.i - 2]
    if last is None or last.dep_ not in {"appos", "compound"}:
        return None
    top = last if last.dep_ == "appos" else last.head
    while top.dep_ == "appos" and top.head.dep_ == "appos" and top.head.i < top.i:
        top = top.head
    if top.dep_ != "appos" or top.i <= 1 or doc[top.left_edge.i - 1].text != ",":
        return None
    if top.head.i >= top.i or top.right_edge.i < verb.i - 2:
        return None
    if top.head.ent_type_ == "PERSON":
        return None  # "denied Mr Yeo, his spokesman, said ...": the post is Yeo's
    named = top.ent_type_ == "PERSON" or top.lower_ in TITLE_WORDS
    return top if named else None
