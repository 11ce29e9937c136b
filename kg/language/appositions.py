"""A name in apposition to the second item of a pair, where the parser hangs it on the first.

"Olaf Brenner and his Chinese counterpart, Li Wen, met": the small model reads
"Li Wen" as an apposition of "Olaf Brenner" (Brenner, that is, Li Wen) rather
than of "counterpart", and the meeting loses one of its people.
:func:`repair_conjunct_appositions` hangs a name that follows a coordinated
common noun after a comma on that noun, so "his Chinese counterpart, Li Wen"
is one person, coordinated with Brenner. The other way round, a post after a
pair of names is the second name's ("talks between President A and B, the
opposition leader,": the parser hangs "leader" on A, who is not the opposition
leader), unless it is plural ("A and B, the two leaders"). And a post set off by
commas right after a name, then "and", describes that name ("Obuya, Kenya's navy
chief, and envoy B met": the parser coordinates the post, so Kenya met B).

Names the parser coordinates with a country after "of" are the people's: in
"Presidents A of Chile and B of Peru met" B is A's conjunct (not Chile's), and in
"the foreign ministers of Chile and Peru, A and B," A and B name the ministers; in
"the head of the IMF, A, and B met" A names the head, and the IMF is no third party.
"""

from __future__ import annotations

from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Token

from kg.language.among_lists import repair_among_lists
from kg.language.lexicon import TITLE_WORDS
from kg.language.object_appositions import repair_object_appositions, singular_post
from kg.language.owned_posts import repair_owned_posts
from kg.language.plural_appositions import repair_plural_appositions
from kg.language.post_lists import repair_post_lists
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_TITLE_IDS, _APPOS = ids(TITLE_WORDS), ids(["appos"])
_LISTED = ids(["conj", "appos"])


def repair_conjunct_appositions(doc: Doc) -> int:
    """Hang each such name on the noun before it; how many were repaired."""
    # (each pass reads the words it may repair first, from the document's arrays: a
    # pass changes the dependency of no word but the one it repairs)
    repaired = 0
    for post in map(doc.__getitem__, tokens_with(doc, LOWER, _TITLE_IDS)):
        if _post_in_commas(post):
            _to_apposition(post)
            repaired += 1
    repaired += repair_owned_posts(doc)  # "A of Chile and Peru's envoy, B,"
    repaired += repair_plural_appositions(doc)  # "her Czech counterparts, A and B,"
    repaired += repair_among_lists(doc)  # "three MPs, among them A and B"
    for name in map(doc.__getitem__, tokens_with(doc, DEP, _LISTED)):
        if _coordinated_with_owner(name) or _named_holder_of_a_thing(name):
            repaired += 1
        elif _listed_with_owner(name):
            name.dep_ = "conj"
            repaired += 1
    for name in map(doc.__getitem__, tokens_with(doc, DEP, _APPOS)):
        if name.pos_ == "PROPN" and name.ent_type_:
            noun = _noun_before(name)
        elif name.pos_ == "NOUN" and name.tag_ == "NN" and name.lower_ in TITLE_WORDS:
            noun = _name_before(name)
        else:
            continue
        if noun is not None:
            name.head = noun
            repaired += 1
    repaired += repair_post_lists(doc)  # "POST of X, A, and POST of Y, B"
    return repaired + repair_object_appositions(doc)  # "met the head of X, A,"


def _noun_before(name: Token) -> Token | None:
    """The common noun coordinated with ``name``'s head that ends right before
    the comma opening the apposition: "A and the bank's governor, B"."""
    return _conjunct_before(name, "NOUN")


def _name_before(post: Token) -> Token | None:
    """The name coordinated with ``post``'s head that ends right before the comma
    opening the apposition: "A and B, the opposition leader" (the last of a list:
    "A, B and C, the party leader" is C's)."""
    head, doc = post.head, post.doc
    start = post.left_edge.i
    if head.pos_ != "PROPN" or head.i >= post.i or start < 2 or not doc[start - 1].is_punct:
        return None
    last = doc[start - 2]
    while last.dep_ in {"compound", "flat"} and last.head.i > last.i:
        last = last.head  # "Andrei Ionescu": the name's head
    if last.pos_ != "PROPN" or last.i == head.i or last not in head.conjuncts:
        return None
    return last if last.right_edge.i == start - 2 else None


def _conjunct_before(name: Token, pos: str) -> Token | None:
    head, doc = name.head, name.doc
    # (or a post with its own: "Kenya's president and the head of the AU, B," is no
    # president's name; "the chairman and chief executive, B," one person's two posts)
    post = pos == "NOUN" and head.pos_ == "NOUN" and head.lower_ in TITLE_WORDS
    if (head.pos_ != "PROPN" and not post) or head.i >= name.i:
        return None
    for noun in head.children:
        # (a capitalised post the model left untagged: "A and the Emir of Qatar, B,")
        titled = pos == "NOUN" and singular_post(noun) and noun.pos_ == "PROPN"
        if noun.dep_ != "conj" or (noun.pos_ != pos and not titled):
            continue
        if not head.i < noun.i < name.i:
            continue
        if post and not any(c.dep_ in {"det", "poss"} for c in noun.children):
            continue
        end = noun.right_edge.i
        start = name.left_edge.i
        if end < start and all(doc[i].is_punct for i in range(end + 1, start)):
            return noun
    return None


def _post_in_commas(post: Token) -> bool:
    """ "Obuya, Kenya's navy chief, and B": a singular post coordinated with the name
    right before its comma (or set beside it, with B hung on the post), closed by a
    comma and the "and" that brings in B."""
    if post.dep_ not in {"conj", "appos"} or post.tag_ != "NN" or post.lower_ not in TITLE_WORDS:
        return False
    head, doc, start = post.head, post.doc, post.left_edge.i
    if head.pos_ != "PROPN" or head.i >= post.i or start < 2 or doc[start - 1].text != ",":
        return False
    if head.i != start - 2 and doc[start - 2].head.i != head.i:
        return False  # not the name right before the comma
    after = [c for c in post.children if c.i > post.i and c.dep_ in {"cc", "conj", "punct"}]
    return (
        len(after) >= 3
        and after[0].text == ","
        and after[1].dep_ == "cc"
        and after[0].i + 1 == after[1].i
        and after[2].dep_ == "conj"
    )


def _to_apposition(post: Token) -> None:
    """Make ``post`` an apposition of its head, and hand it what comes after its comma."""
    head = post.head
    for child in [c for c in post.children if c.i > post.i and c.dep_ in {"cc", "conj"}]:
        child.head = head
    post.dep_ = "appos"


_OWNER_ENTS = {"GPE", "NORP", "ORG"}


def _coordinated_with_owner(name: Token) -> bool:
    """Re-hang a person's name the parser coordinated with a country or body after
    "of": on the name before "of" ("Presidents A of Chile and B of Peru": B is A's
    conjunct), or, after a comma, on the plural post the country owns ("the foreign
    ministers of Chile and Peru, A and B,": A is in apposition to "ministers")."""
    if name.dep_ != "conj" or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return False
    owner, doc = name.head, name.doc
    before = doc[name.left_edge.i - 1]
    if _plural_post(owner) and before.text == "," and owner.i < before.i:
        name.dep_ = "appos"  # "the foreign ministers of A and B, C and D": hung on the post
        return True
    untyped = owner.pos_ == "PROPN" and not owner.ent_type_  # a firm the model left untagged
    if (owner.ent_type_ not in _OWNER_ENTS and not untyped) or owner.i > name.i:
        return False
    first = owner
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ != "of":
        return False
    holder = _post_over(first.head.head)  # "the governor of the bank of X, A,"
    if (
        holder.pos_ == "PROPN"
        and holder.ent_type_ == "PERSON"
        and (before.dep_ == "cc" or (before.text == "," and _listed_on(name)))
    ):  # "A of Chile and Peru's B", "A of Chile, Peru's B and C of Bolivia"
        before.head = holder
        name.head = holder
        return True
    if before.text == "," and _plural_post(holder) and owner.i < before.i:
        name.head = holder
        name.dep_ = "appos"
        return True
    if before.text == "," and _named_post(holder, owner, name):
        name.head = holder  # "the head of the IMF, A, and B met": A is the head
        name.dep_ = "appos"
        _coordinate_after(holder, name)
        return True
    return False


def _listed_on(name: Token) -> bool:
    """A list goes on after ``name``: "..., B and C"."""
    return any(c.dep_ == "cc" and c.i > name.i for c in name.children)


def _listed_with_owner(name: Token) -> bool:
    """ "Foreign ministers A of Austria, B of Hungary and C of Poland met": the parser
    hangs B on A as an apposition, but two names each "of" its own country are two
    people of a list (B is no other name of Austria's A)."""
    prev = name.head
    if name.dep_ != "appos" or name.ent_type_ != "PERSON" or prev.ent_type_ != "PERSON":
        return False
    if prev.i > name.i or name.doc[name.left_edge.i - 1].text != ",":
        return False
    return _owner_after(prev) is not None and _owner_after(name) is not None


def _owner_after(name: Token) -> Token | None:
    """The country after "of" a name ("A of Austria"), if any."""
    for prep in name.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > name.i:
            for o in prep.children:
                if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "NORP"}:
                    return o
    return None


def _named_holder_of_a_thing(name: Token) -> bool:
    """ "The governor of the reserve bank, A, and B met": the parser hangs A on
    "bank", but a bank has no name of a person; A names the governor. So with a
    named body: "the head of the World Bank, A, and B met" (B is the head's
    conjunct, no second name of the bank's)."""
    thing = name.head
    if name.dep_ != "appos" or name.ent_type_ != "PERSON" or thing.i > name.i:
        return False
    # (a body the model left untagged is one too: "the Grand Imam of Al-Azhar, A,")
    body = thing.pos_ == "PROPN" and (thing.ent_type_ in _OWNER_ENTS or not thing.ent_type_)
    if not body and (not thing.is_lower or thing.ent_type_ or thing.lemma_ in TITLE_WORDS):
        return False  # a common noun (the parser may tag "bank" a name before a name)
    prep = thing.head
    if thing.dep_ != "pobj" or prep.lower_ != "of":
        return False
    holder = prep.head
    if not singular_post(holder):
        return False
    comma = name.left_edge.i - 1
    if name.doc[comma].text != "," or comma - 1 != thing.i:
        return False  # "the bank, A": A right after the thing's own comma
    name.head = holder
    if body:
        _coordinate_after(holder, name)
    return True


def _post_over(holder: Token) -> Token:
    """The post over a thing it is "of": "the governor of the central bank (of X)"
    and "the governor of the Bank of X" are the governor's; any other word is itself."""
    thing = holder.pos_ == "NOUN" and holder.is_lower
    body = holder.pos_ == "PROPN" and holder.ent_type_ != "PERSON"
    if not (thing or body) or holder.lower_ in TITLE_WORDS:
        return holder
    if holder.dep_ == "pobj" and holder.head.lower_ == "of" and singular_post(holder.head.head):
        return holder.head.head
    return holder


def _named_post(holder: Token, owner: Token, name: Token) -> bool:
    """A singular post of one body, then its holder's name closed by a comma or
    the sentence's end: "the head of the IMF, A, and B" (not "the heads of the
    IMF, the WHO and A", where the body has another conjunct)."""
    if not singular_post(holder):
        return False
    if any(c.dep_ in {"cc", "conj"} and c.i != name.i for c in owner.children):
        return False
    nxt = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    return nxt is None or nxt.text == "," or bool(nxt.is_sent_end)


def _coordinate_after(holder: Token, name: Token) -> None:
    """What the "and" after the holder's name brings in is the post's conjunct, not
    a second apposition: "the head of the IMF, A, and B" (B is no head of the IMF)."""
    cc = [c for c in name.children if c.dep_ == "cc" and c.i > name.i]
    if not cc:
        return
    for c in [*cc, *(c for c in name.children if c.dep_ == "conj" and c.i > cc[0].i)]:
        c.head = holder
    for c in holder.children:
        if c.dep_ == "appos" and c.i > cc[0].i:
            c.dep_ = "conj"


def _plural_post(t: Token) -> bool:
    return t.tag_ == "NNS" and t.lemma_.lower() in TITLE_WORDS
