"""People the small model does not know: a given name before a surname.

The small model reads many names it has not seen as something else: "Nadia
Haddad" as an organisation, the "Olaf" of "Olaf Brenner" as a nationality, "Ana
Ruiz" at the start of a sentence as nothing. Two or three capitalised words are a
person's name when the first is a given name (``data/given-names.txt``), the last
is no dictionary word (a surname: "Haddad", not "Mail" or "Rovers"), the words
name nothing the gazetteer knows, and the sentence lets a person stand there:

* the subject of a verb ("Nadia Haddad said", "On Monday, Ana Ruiz resigned"),
  unless the clause says "its" ("Eli Vance said its profits rose": a firm);
* beside a post or a word for a person, or coordinated with another name ("the
  envoy, Ana Ruiz,", "Ana Ruiz, a Jordanian engineer,", "Ana Ruiz and Tomas Lind");
* met, phoned or visited, or a partner "with" or an agent "by" ("met Olaf
  Brenner", "talks with Nadia Haddad"), whom words are aimed at ("lashed out at
  Nadia Haddad"), or who is arrested, held or freed ("freed Nadia Haddad").

A name the model already reads as a person, or as a longer stretch than the
name (part of a firm's or a body's name), is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from kg.language.contact_words import PERSON_MEETING_VERBS
from kg.language.event_words import VICTIM_NOUNS
from kg.language.lexicon import NAME_PARTICLES, SUBJECT_DEPS, TITLE_WORDS
from kg.language.names import is_role_word, party_label
from kg.language.person_spans import Bounds, name_chain
from kg.language.places import places
from kg.language.token_table import COMPOUND, PROPN, Story, TokenTable, gaelic_surname

# labels the model gives a name of a person it has not seen (a place the gazetteer
# knows is never part of one: see name_chain)
_MISREAD = frozenset({"ORG", "NORP", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"})
# last words of names of firms and clubs, and titles
_NOT_SURNAMES = TITLE_WORDS | frozenset({"bros", "utd", "inc", "plc", "ltd", "corp", "co"})
# verbs whose object is a person as readily as anything else
_PERSON_OBJECT_VERBS = PERSON_MEETING_VERBS | frozenset(
    "thank praise congratulate accuse blame criticise criticize succeed replace appoint "
    "elect sack fire dismiss interview invite arrest detain jail imprison free release "
    "kidnap abduct hold name choose pick select reappoint promote".split()
)


@cache
def given_names() -> frozenset[str]:
    """The given names of the data file, lower case."""
    text = resources.files("kg.language").joinpath("data/given-names.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def given_name_people(
    doc: Doc, spans: list[Span], story: Story, words: frozenset[str], plain: frozenset[str]
) -> Iterable[Span]:
    """PERSON spans for the names of people the model misread or missed. ``words``
    are the dictionary's words, ``plain`` those of them that are verbs, adjectives
    or adverbs: a given name that is one ("Sun", "Star", "Mark") is left alone."""
    names, w = given_names(), story.table
    people = {i for s in spans if s.label_ == "PERSON" for i in range(s.start, s.end)}
    bounds = [(s.start, s.end, s.label_) for s in spans]
    # the last word of a name follows a given name by one to three words
    n = len(w.lower)
    after = {k for i, word in enumerate(w.lower) if word in names for k in range(i + 1, i + 4)}
    for i in sorted(k for k in after if k < n):
        if w.pos[i] != PROPN or (w.dep[i] == COMPOUND and w.pos[w.head[i]] == PROPN):
            continue  # not the last word of a name
        if i in people:
            continue  # a person already
        name = _past_roles(w.text, name_chain(doc, story, i, names) or _with_particle(story, i))
        if name is None or w.lower[name[0]] not in names or w.lower[name[0]] in plain:
            continue  # "Sun Microsystems", "Golden Bear"
        start, end = name
        last = w.lower[end - 1]
        if last in _NOT_SURNAMES or (last.endswith("s") and last[:-1] in words):
            continue  # "Grace Rovers", "Warner Bros"
        over = [(lo, hi, label) for lo, hi, label in bounds if lo < end and start < hi]
        if any(
            label not in _MISREAD or (lo < start and not _roles_only(w.text[lo:start])) or hi > end
            for lo, hi, label in over
        ):
            continue  # a person already, or a longer name ("Nadia Haddad Foundation")
        place = _STRONG if _after_title(w, start) else _person_place(doc, story, i, bounds)
        # a surname the dictionary lists ("Brandt", "Mail") only beside a post or a
        # name, or met: "Royal Mail said" is no person
        # (a Gaelic surname the dictionary lists, "MacLeod", or a double one whose
        # half it lists, "Ruiz-Toledo", is still a surname)
        double = end - start > 3 and w.text[end - 2] == "-"
        surname = w.span_text(end - 3, end).lower() if double else last
        if place == _STRONG or (
            place == _WEAK
            and (surname not in words or gaelic_surname(w.text[end - 1]) or _town(story, end - 1))
        ):
            yield Span(doc, start, end, label="PERSON")


def _after_title(w: TokenTable, start: int) -> bool:
    """Whether a lower-case title word stands right before the name: "Dovrel Pharma
    chief executive Lena Vosk", "the Senate's president Ana Ruiz"."""
    return start > 0 and w.lower[start - 1] in TITLE_WORDS and not w.title[start - 1]


def _town(story: Story, i: int) -> bool:
    """Whether the surname at ``i`` is a town's or a capital's name, which the
    dictionary lists as a word of its own ("Ana Paris", "Luis Quito"): a
    surname all the same after a given name, unlike a country's ("Ana Jordan")."""
    return story.is_place(story.table.text[i]) and not story.lookup(story.table.text[i])


def _past_roles(text: list[str], name: tuple[int, int] | None) -> tuple[int, int] | None:
    """A chain of capitalised words without the roles and party labels before the
    name ("Pensioner", "Veteran Tory" of "Veteran Tory Nadia Haddad"), which the
    parser chains to it; a name of two words at least is left."""
    if name is None:
        return None
    start, end = name
    while end - start > 2:
        n = party_label(text[start:end]) or (1 if is_role_word(text[start]) else 0)
        if n == 0 or end - start - n < 2:
            break
        start += n
    return start, end


def _roles_only(words: list[str]) -> bool:
    """Whether the words the model ran into a name before it are only roles and party
    labels ("Veteran Democrat" of "Veteran Democrat Ed Carver", "Campaigner"): no
    longer name, unlike "Nadia Haddad" in "Aid Nadia Haddad Trust"."""
    while words:
        n = party_label(words) or (1 if is_role_word(words[0]) else 0)
        if n == 0:
            return False
        words = words[n:]
    return True


def _with_particle(story: Story, i: int) -> tuple[int, int] | None:
    """ "Piet de Vries", "Omar al Rashid": a given name, a particle, a surname."""
    w = story.table
    if i < 2 or not w.title[i] or w.lower[i - 1] not in NAME_PARTICLES:
        return None
    first = i - 2
    if not (w.title[first] and w.alpha[first]) or story.lookup(w.span_text(first, i + 1)):
        return None
    return first, i + 1


_NONE, _WEAK, _STRONG = 0, 1, 2


def _person_place(doc: Doc, story: Story, i: int, spans: Bounds) -> int:
    """How firmly the sentence lets a person stand where token ``i`` (a name's last
    word) is: beside a post or another person's name, or meeting or met
    (strong); the subject of a verb or a partner "with" (weak); elsewhere not."""
    tok = doc[i]
    dep, head = tok.dep_, tok.head
    beside = [head] if dep == "appos" else []
    beside += [c for c in tok.children if c.dep_ == "appos"]
    if any(t.pos_ == "NOUN" and (t.lower_ in TITLE_WORDS or t.lemma_ in VICTIM_NOUNS)
           for t in beside):  # fmt: skip
        return _STRONG  # "the envoy, Ana Ruiz," / "Ana Ruiz, the envoy," / "a teacher,"
    comma = i + 1 < len(doc) and doc[i + 1].text == "," and head.i > i + 1
    if comma and dep in {"nmod", "compound"} and head.pos_ == "NOUN" and head.lower_ in TITLE_WORDS:
        return _STRONG  # "Ana Ruiz-Toledo, Peru's envoy": the parser hangs her on the post
    if _named_after_owners(tok):
        return _STRONG  # "the ministers of Chile and Peru, Ana Ruiz and B respectively,"
    conjuncts = [t for t in tok.conjuncts if t.i != tok.i and t.pos_ == "PROPN"]
    holder = _holder_before(tok)
    if holder is not None:  # "A of Chile and Peru's Ana Ruiz": hung on Chile, beside A
        conjuncts = [holder]
    if conjuncts:  # a person's name beside other people's, not "Mercedes Benz and BMW"
        return _STRONG if all(_a_person(doc, story, t.i, spans) for t in conjuncts) else _NONE
    if dep == "dobj" and head.lemma_ in _PERSON_OBJECT_VERBS:
        return _STRONG
    if dep in {"dobj", "oprd"} and _given_post(tok):
        return _STRONG  # "named Ana Ruiz its envoy": the parser may take her for a post
    if dep == "nsubj" and head.lemma_ in PERSON_MEETING_VERBS:
        return _STRONG  # "Ingrid Dahl met the president"
    if dep == "poss" and head.lower_ in _PERSONAL:
        return _WEAK  # "Ana Ruiz's visit to Kenya", "Ana Ruiz's wife"
    if dep in SUBJECT_DEPS or (dep == "pobj" and (head.lower_ in {"with", "by"} or _aimed_at(head))):
        clause = head if dep in SUBJECT_DEPS else head.head
        its = any(t.lower_ in {"its", "their"} for t in clause.subtree)
        # not beside a noun other than a post: "the marques Mercedes Benz and BMW"
        return _NONE if its or any(t.pos_ == "NOUN" for t in beside) else _WEAK
    return _NONE


# What a person has or does, after a possessive: "Ana Ruiz's visit", "Ana Ruiz's wife".
_PERSONAL = frozenset(
    """visit trip tour talks meeting call speech remarks interview resignation arrival
    wife husband spokesman spokeswoman""".split()
)
# Idioms of words aimed at someone, by verb and preposition: "lashed out at Ana Ruiz",
# "rounded on Ana Ruiz", "tore into Ana Ruiz"
_AIMED_AT = frozenset(
    {("lash", "at"), ("hit", "at"), ("snipe", "at"), ("round", "on"), ("turn", "on"),
     ("rail", "against"), ("tear", "into"), ("lay", "into")}
)  # fmt: skip


def _given_post(tok: Token) -> bool:
    """Whether the verb ``tok`` is an object of gives it a post after it: "named Ana
    Ruiz its new envoy" (the post a title word, a complement of the same verb)."""
    return any(
        c.i > tok.i and c.dep_ in {"oprd", "attr"} and c.lower_ in TITLE_WORDS
        for c in tok.head.children
    )


def _aimed_at(prep: Token) -> bool:
    """ "lashed out at", "rounded on": a preposition of an idiom whose object is
    someone words are aimed at, as readily a person as anyone."""
    return (prep.head.lemma_, prep.lower_) in _AIMED_AT and prep.head.pos_ == "VERB"


def _country_after_of(tok: Token) -> Token | None:
    """The first of the conjuncts ``tok`` is joined to, when it is a country after
    "of" ("of Chile and Peru, A and B": Chile; "Tomas Lind of Chile and Peru's Ana
    Ruiz": Chile)."""
    if tok.dep_ != "conj":
        return None
    first = tok.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.ent_type_ not in {"GPE", "NORP"} or first.dep_ != "pobj" or first.head.lower_ != "of":
        return None
    return first


def _holder_before(tok: Token) -> Token | None:
    """ "Tomas Lind of Chile and Peru's Ana Ruiz": the parser coordinates the second
    name with the first one's country after "of"; the name the country follows is
    the one it stands beside."""
    if (first := _country_after_of(tok)) is None:
        return None
    holder = first.head.head
    return holder if holder.pos_ == "PROPN" and holder.i < first.i else None


def _named_after_owners(tok: Token) -> bool:
    """ "the foreign ministers of Chile and Peru, Ana Ruiz and Tomas Lind
    (respectively)": names after a comma that the parser coordinates with the
    countries after a plural post's "of" are the post's holders."""
    if (first := _country_after_of(tok)) is None:
        return False
    post = first.head.head
    comma = any(t.text == "," for t in tok.doc[first.i : tok.i])
    plural_post = post.tag_ in {"NNS", "NNPS"} and post.lemma_.lower() in TITLE_WORDS
    return comma and post.i < first.i and plural_post


def _a_person(doc: Doc, story: Story, i: int, spans: Bounds) -> bool:
    """Whether token ``i`` is in a person's name, or in one made like one the model misread."""
    labels = {label for start, end, label in spans if start <= i < end}
    if labels == {"PERSON"} or labels - _MISREAD:
        return labels == {"PERSON"}
    name = name_chain(doc, story, i)
    return name is not None and story.table.lower[name[0]] in given_names()


def plainly_a_person(doc: Doc, start: int, end: int) -> bool:
    """A given name and a surname that the model itself took for a person's, and
    no landmark's ("Victoria Street"): things it takes for people ("the firm's
    Qrio Robot") have no given name, or another label."""
    names = doc[start:end]
    return (
        len(names) >= 2
        and names[0].lower_ in given_names()
        and all(t.ent_type_ == "PERSON" for t in names)
        and not places().is_place(names.text)
    )
