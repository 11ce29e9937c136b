"""The subject after an opening phrase, where the parser hangs it on the phrase.

"After a meeting with Chancellor X, Prime Minister Y told reporters ...": the
small model reads "Prime Minister Y" as an apposition of X (X, that is, Y) or
as a second item of a list ("X, Y"), and leaves "told" without a subject, or
makes the opening phrase's noun the subject ("After her call with X, Y said":
"call"). A person's name between the comma that closes an opening phrase and
the verb is that verb's subject: :func:`repair_fronted_subjects` hangs it
there (and the noun the parser took for the subject back on the opening
preposition), so every rule reads Y as the one who told, said or met. So is a
post with the name of its holder after it ("During her visit to Lima, Chile's
foreign minister, Ana Lopez, met ...": the post read as Lima's apposition), and
a name with its post after it ("In an interview with X, Ana Lopez, the foreign
minister, said"). A participle phrase opens a sentence the same way ("Speaking
to reporters in Lima, Ana Lopez said").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.coref_state import SUBJECT_DEPS
from kg.language.lexicon import TITLE_WORDS

# Words that open a phrase before the subject: "After talks with X, Y said".
OPENERS = frozenset({"after", "before", "following", "during", "upon", "on", "since", "at", "in"})


def repair_fronted_subjects(doc: Doc) -> int:
    """Hang the name after an opening phrase on the main verb as its subject;
    how many sentences were repaired."""
    repaired = 0
    for sent in doc.sents:
        opener, verb = sent[0], sent.root
        if not _opens(opener) or verb.pos_ not in {"VERB", "AUX"}:
            continue
        name = (
            _name_before(doc, verb) or _post_before(doc, verb) or _name_with_post_before(doc, verb)
        )
        if name is None or not _inside(name, opener, verb):
            continue
        taken = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != opener.i]
        if any(c.i > name.i for c in taken):
            continue  # the verb has a subject of its own after the name
        if taken and not bare_opener(opener):
            continue
        for noun in taken:  # "After her call with X, Y said": "call" was the subject
            opener.head, opener.dep_ = verb, "prep"
            noun.head, noun.dep_ = opener, "pobj"
        if opener.dep_ == "csubj":  # "Speaking to X, Y said": read as what said
            opener.dep_ = "advcl"
        name.head, name.dep_ = verb, "nsubj"
        repaired += 1
    return repaired


def _opens(opener: Token) -> bool:
    """ "After talks with X, ...", or a participle phrase: "Speaking to reporters
    in Lima, ..." """
    return opener.lower_ in OPENERS or (opener.tag_ == "VBG" and opener.dep_ in {"advcl", "csubj"})


def bare_opener(opener: Token) -> bool:
    """An opening preposition the parser left without its object."""
    return opener.dep_ in {"mark", "prep"} and not any(
        c.dep_ in {"pobj", "pcomp"} for c in opener.children
    )


def _name_before(doc: Doc, verb: Token) -> Token | None:
    """The head of the person's name that ends right before ``verb`` and starts
    right after a comma, read by the parser as an apposition."""
    if verb.i < 3:
        return None
    last = doc[verb.i - 1]
    name = last if last.dep_ in {"appos", "conj"} else None
    if name is None or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    if name.dep_ == "conj" and any(
        c.dep_ == "cc" and c.i < name.i for c in [*name.head.children, *name.children]
    ):
        return None  # "talks with A, B and C": a list, not a name run on after a comma
    start = name.left_edge.i
    if name.right_edge.i != verb.i - 1 or start < 2 or doc[start - 1].text != ",":
        return None
    return name


def _post_before(doc: Doc, verb: Token) -> Token | None:
    """The post whose holder's name, between commas, ends right before ``verb``
    ("..., the foreign minister, Ana Lopez, met"), the post read by the parser as
    an apposition or a list item of the opening phrase."""
    if verb.i < 6 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    post = name.head
    if name.dep_ != "appos" or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    if post.lower_ not in TITLE_WORDS or post.dep_ not in {"appos", "conj"} or post.i > name.i:
        return None
    start = post.left_edge.i
    if name.right_edge.i != name.i or start < 2 or doc[start - 1].text != ",":
        return None
    return post


def _name_with_post_before(doc: Doc, verb: Token) -> Token | None:
    """The head of the name whose post, between commas, ends right before ``verb``
    ("In an interview with X, Ana Lopez, the foreign minister, said"), the name
    read by the parser as a list item of the opening phrase."""
    if verb.i < 6 or doc[verb.i - 1].text != ",":
        return None
    post = doc[verb.i - 2]
    name = post.head
    if post.dep_ != "appos" or post.lower_ not in TITLE_WORDS:
        return None
    if name.i > post.i or name.dep_ not in {"appos", "conj"}:
        return None
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or doc[post.left_edge.i - 1].text != ",":
        return None
    if name.dep_ == "conj" and any(c.dep_ == "cc" for c in name.head.children):
        return None  # "talks with A, B and C, the envoys, said": a list
    start = name.left_edge.i
    return name if start >= 2 and doc[start - 1].text == "," else None


def _inside(name: Token, opener: Token, verb: Token) -> bool:
    """Whether the name hangs inside the opening phrase: under the opener, or
    under a subject that begins right after an opener the parser left bare
    ("After her call with X, Y"); not under a subject of its own ("After the
    talks, the minister, Ana Ruiz, said": Ana Ruiz is the minister)."""
    head = name.head
    while head.i != verb.i:
        if head.i == opener.i:
            return True
        if head.dep_ in SUBJECT_DEPS and head.head.i == verb.i:
            return bare_opener(opener) and head.left_edge.i == opener.i + 1
        head = head.head
    return False


def opening_possessive(pron: Token) -> bool:
    """ "After his talks with X, Y said": a possessive pronoun inside the phrase
    that opens the sentence, before its main verb and subject. News uses it for
    the subject that follows (Y's talks), not for someone named before."""
    sent = pron.sent
    opener, verb = sent[0], sent.root
    if pron.tag_ != "PRP$" or opener.lower_ not in OPENERS or pron.i > verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and pron.i < subject.left_edge.i and pron not in subject.subtree
