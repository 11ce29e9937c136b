"""The arguments of a verb or noun in the parse: subjects (through control and coordination,
"A and B met", "X was expected to meet"), direct objects, the objects of given prepositions
(also where parsed as a particle) and objects stranded after a name, as tokens (the tokens
coordinated with an argument, "A, B and C", are :mod:`kg.extract.coordination`'s):
:mod:`kg.extract.grammar` makes actor keys."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract.base import Context, per_word
from kg.extract.clause_openers import swallowed_subject
from kg.extract.contact_relatives import left_out_object
from kg.extract.fronted import aside_host, fronted_adjective, said_aside
from kg.extract.headline_pairs import comma_partner
from kg.extract.paired_absolutes import second_doer
from kg.extract.papers import issuers, speaking_papers
from kg.extract.relatives import antecedent
from kg.extract.said_and_did import speaker_acting
from kg.extract.set_aside import sums_up
from kg.language.event_words import NAMING_VERBS, OBJECT_CONTROL, WARNING_VERBS
from kg.language.lexicon import TITLE_WORDS
from kg.language.sanction_words import punished_for
from kg.language.split_quotes import quote_opening, split_quote_subject

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
ALONG = {"together", "along", "alongside"}  # "A, together with B, ..."
_TITLE_PREFIXES = {"under", "vice", "deputy", "assistant", "acting", "associate"}


def _titled_person(token: Token) -> Token | None:
    """The person a subject's name runs into through a title the parser split
    off ("said Treasury Under Secretary Ann Lee": "Under" read as a preposition,
    so "Treasury" became the subject): the last token of that person's name."""
    if token.pos_ != "PROPN" or token.ent_type_ == "PERSON":
        return None
    doc, j, titled = token.doc, token.i + 1, False
    while j < len(doc) and doc[j].is_title and doc[j].lower_ in TITLE_WORDS | _TITLE_PREFIXES:
        titled = titled or doc[j].lower_ in TITLE_WORDS
        j += 1
    if not titled or j >= len(doc) or doc[j].ent_type_ != "PERSON" or doc[j].ent_iob_ != "B":
        return None
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1
    return doc[j]


def has_to(verb: Token) -> bool:
    """An infinitive's "to" hangs on it ("to host"), even when the tagger calls it a noun."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


@per_word
def subjects(verb: Token) -> list[Token]:
    """Grammatical subjects of a verb, inherited along coordination and from the
    clause a participle or infinitive depends on."""
    children = list(verb.children)  # read once: spaCy makes new Tokens at every pass
    found = [c for c in children if c.dep_ in SUBJECT_DEPS]
    if not found:  # the parser sometimes hangs the subject on the auxiliary
        found = [s for c in children if c.dep_ in {"aux", "auxpass"}
                 for s in c.children if s.dep_ in SUBJECT_DEPS]  # fmt: skip
    if (
        not found
        and verb.dep_ in {"xcomp", "advcl"}
        and verb.head.lemma_ in OBJECT_CONTROL
        and has_to(verb)
    ):
        # "called on China to use its influence": China is the one to use it
        head = verb.head
        found = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
        found += [o for c in head.children if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon"}
                  for o in c.children if o.dep_ == "pobj"]  # fmt: skip
        found += [c for c in head.children if c.dep_ == "pobj"]
    if len(found) > 1 and (opening := quote_opening(verb)) is not None:
        found = [t for t in found if t != opening]  # '"Bolivia," X said, "...": X said
    if found:
        found = [_titled_person(t) or t for t in speaking_papers(found, subjects)]
        found = [split[1] if (split := _opening_split(t)) else t for t in found]
        found += [p for p in [comma_partner(verb, found[0])] if p is not None and len(found) == 1]
        # "A, along with B, met C": the parser hung "along with B" on the verb
        found += [o for c in children if c.dep_ == "prep" and c.lower_ in ALONG
                  and found[0].i < c.i < verb.i for o in along_with(c)]  # fmt: skip
        # "Soto, who met": a relative pronoun stands for its noun (a paper for its issuers)
        if verb.dep_ == "relcl":
            stand_in = issuers(head := predicated(verb.head) or verb.head, subjects) or [head]
            found = [h for c in found for h in (stand_in if c.tag_ in {"WP", "WDT"} else [c])]
        return _cleft(verb, found) or found
    head = verb.head  # read once (each ``.head`` makes a new Token)
    if (doer := second_doer(verb)) is not None:
        return [doer]  # "with A backing B and C opposing her": C opposes her
    if (opened := swallowed_subject(verb)) is not None:
        return [opened]  # "walked out after X's envoy, Y, accused it": the envoy accused
    if (opened := split_quote_subject(verb)) is not None:
        return [opened]  # '"Bolivia," X said, "has cheated ..."': Bolivia cheated
    if verb.dep_ == "conj" and (acting := speaker_acting(verb, subjects)):
        return acting  # "said the vote was flawed and accused X": the speaker accuses
    if verb.dep_ == "conj" and (head.pos_ in {"VERB", "AUX"} or fronted_adjective(head)):
        return subjects(head)  # "Armed and trained by X, Y ...": Y is trained
    if (
        verb.dep_ == "pcomp"
        and head.dep_ == "prep"
        and head.head.dep_ == "npadvmod"
        and head.head.head.pos_ in {"VERB", "AUX"}
    ):
        # "Y met X, a day after meeting Z": Y met Z (also past an aside: "..., Y met X,
        # the ministry said, a day after meeting Z")
        return subjects(aside_host(head.head.head, head))
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        host = aside_host(head.head, head)  # (past "..., state media reported, days after X")
        held = [c for c in host.children if c.dep_ in {"dobj", "obj"}] or prep_objects(host, {"at"})
        if head.lower_ == "from" and held:
            return held  # "prevent militants from firing": the militants would fire
        if head.lower_ == "against" and host.lemma_ in WARNING_VERBS:
            return held  # "warned China against arming X": China would (no one named: none)
        if head.lower_ in {"for", "of"} and (punished := punished_for(host, held)):
            return punished  # "praised Chile for expelling X", "fined Chile for ...": Chile did
        if head.lower_ == "in" and held and host.lemma_ == "join":
            return subjects(host) + held  # "France joined Germany in condemning X": both did
        return subjects(host)  # "After meeting X, Y said": Y met X
    if verb.dep_ == "appos" and verb.tag_ == "VBG" and head.dep_ in SUBJECT_DEPS:
        return [head]  # "A and B, meeting in Madrid, agreed": read as an apposition
    if verb.dep_ in {"xcomp", "advcl", "acomp"} and head.pos_ in {"VERB", "AUX", "ADJ"}:
        return subjects(said_aside(verb) or head)  # "Tokyo was willing to work with Seoul"
    if (
        verb.dep_ == "relcl"
        and has_to(verb)
        and head.dep_ in {"dobj", "pobj"}
        and head.head.pos_ in {"VERB", "AUX"}
    ):
        return subjects(head.head)  # "voted to pass a law to widen the embargo"
    if verb.dep_ == "relcl" and (predicated(head) or head.pos_ in {"NOUN", "PROPN"}):
        return [predicated(head) or head]  # "Norway was the first to condemn X"
    if (
        verb.dep_ in {"acl", "relcl"}
        and has_to(verb)
        and any(c.dep_ == "poss" for c in head.children)
    ):
        return [c for c in head.children if c.dep_ == "poss"]  # "Venezuela's decision to seize"
    if verb.dep_ in {"acl", "amod"} and head.pos_ in {"NOUN", "PROPN"}:
        # "NATO issued a statement backing X": NATO backs X (not "a letter sent to X")
        return (issuers(head, subjects) if verb.tag_ == "VBG" else []) or [predicated(head) or head]
    return []


_COPULAS = {"be", "become", "remain"}


def predicated(noun: Token) -> Token | None:
    """Whom a copula or an apposition says is what a relative clause describes: "Gambia was
    among the countries that condemned X", "Lithuania is one of the states that ...", "Norway
    was the first to ...", "Chile is a country that backs X", "M9, a militia backed by X"."""
    if noun.pos_ == "PROPN" or sums_up(noun):
        return None  # (nor "freed X, a move welcomed by Y": the move is no one)
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        return noun.head  # the name set out before the common noun
    copula: Token | None = None
    if noun.dep_ == "pobj" and noun.head.lower_ in {"of", "among"}:
        above = noun.head.head  # "among" hangs on the copula, "of" on "one"
        if noun.head.lower_ == "among" and above.pos_ in {"VERB", "AUX"}:
            copula = above
        elif noun.head.lower_ == "of" and above.dep_ == "attr" and above.lower_ == "one":
            copula = above.head
    elif noun.dep_ == "attr":
        copula = noun.head
    if copula is None or copula.lemma_ not in _COPULAS:
        return None
    return next((c for c in copula.children if c.dep_ == "nsubj"), None)


def _cleft(verb: Token, found: list[Token]) -> list[Token]:
    """ "It was China that attacked X": the name the cleft sets out is the subject."""
    copula = verb.head
    if (
        verb.dep_ != "ccomp"
        or not all(c.tag_ in {"WP", "WDT"} for c in found)
        or copula.lemma_ != "be"
        or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children)
    ):
        return []
    return [c for c in copula.children if c.dep_ == "attr" and c.pos_ == "PROPN"]


def deep_prep_objects(verb: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of ``preps`` anywhere in the verb's clause, for the small model's
    habit of attaching "with Haddad" to a nearby noun ("talked about ways to restore
    a ceasefire and bring food into cut-off towns with Haddad")."""
    wanted = set(preps)
    out: list[Token] = []
    for t in verb.subtree:
        if t.dep_ != "prep" or t.lower_ not in wanted or t.head.i == verb.i:
            continue
        # stop at a clause with its own subject
        h = t.head
        blocked = False
        while h.i != verb.i:
            if h.pos_ in {"VERB", "AUX"} and (
                h.dep_ == "pcomp" or any(c.dep_ in SUBJECT_DEPS for c in h.children)
            ):  # "spoke about working with X": X is no partner
                blocked = True
                break
            h = h.head
        if not blocked:
            out.extend(c for c in t.children if c.dep_ == "pobj")
    return out


def noun_conjuncts(verb: Token) -> list[Token]:
    """Nouns the parser coordinated with a verb ("spoke to Hale, and the leaders
    of Chile"): they continue the verb's last object."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]


def stranded_objects(ctx: Context, heads: list[Token]) -> list[Token]:
    """Objects the parser hung on a place: "met X in Nairobi, Y in Kampala and Z in
    Berlin" reads Y and Z as coordinated with Nairobi; they are more objects (``heads``:
    the verb and its objects, whose place phrases are searched)."""
    out: list[Token] = []
    for obj in heads:
        for prep in (c for c in obj.children if c.dep_ == "prep"):
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                for c in place.conjuncts:
                    mention = ctx.actors.mention_at(c.i)
                    if mention is not None and mention.kind in {"person", "org", "group"}:
                        out.append(c)
                        out.extend(stranded_objects(ctx, [c]))
    return list(dict.fromkeys(out))


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``token``."""
    wanted = set(preps)
    out: list[Token] = []
    for child in token.children:
        dep = child.dep_
        if dep in {"prep", "agent"} or (dep == "dative" and child.pos_ == "ADP"):
            # ("sent weapons to Ukraine": the parser calls "to" a dative)
            low = child.lower_
            if low not in wanted:
                continue
            out.extend(c for c in child.children if c.dep_ == "pobj")
            # "sanctions on X and on Y": the second phrase is coordinated with the first
            out.extend(o for p in child.children if p.dep_ == "conj" and p.lower_ == low
                       for o in p.children if o.dep_ == "pobj")  # fmt: skip
        elif dep == "prt" and child.lower_ in wanted:  # "sat down with"
            for sib in [*token.children, *child.children]:  # "turned on [X]": its own
                # "did not clash over the plans of X": the parser takes the preposition
                # for a particle and its object for the verb's
                if sib.dep_ == "pobj" or (sib.dep_ == "dobj" and sib.i > child.i):
                    out.append(sib)
    return out


# Verbs whose free relative names what the speaker calls a thing: "condemned what
# it called X's aggression", "rejected what he described as Y's threats".
_NAMING = NAMING_VERBS | {"see", "consider", "regard"}


def _named_thing(clause: Token) -> list[Token]:
    """What "what it called ..." names: the complement of the naming verb."""
    if clause.lemma_ not in _NAMING or not any(
        c.lower_ == "what" and c.tag_ == "WP" for c in clause.children
    ):
        return []
    named = [c for c in clause.children if c.dep_ in {"oprd", "attr", "xcomp"}]
    named += [o for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
              for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    return named or [c for c in clause.children if c.dep_ == "dobj" and c.lower_ != "what"]


def direct_objects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in {"dobj", "obj", "dative"}]
    if not found or all(c.lower_ == "what" for c in found):
        # "condemned what it called X's aggression": the thing so called is the object
        clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
        clauses += [r for c in found for r in c.children if r.dep_ in {"relcl", "ccomp"}]
        named = [t for c in clauses for t in _named_thing(c)]
        if named:
            return named
    if not found and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        split = _opening_split(next((c for c in verb.head.head.children
                                     if c.dep_ in SUBJECT_DEPS), verb))  # fmt: skip
        if split is not None and split[0].left_edge.i == verb.right_edge.i + 1:
            found = [split[0]]  # "After meeting X, Y said": X was read as the subject
    if not found and (act := left_out_object(verb)) is not None:
        found = [act]  # "..., a move X condemned": the move
    if not found:  # "warned Chile that ...": a name right after the verb misread as a modifier
        found = [c for c in verb.children if c.dep_ == "npadvmod" and c.i == verb.i + 1
                 and c.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}]  # fmt: skip
    return found


def _opening_split(subject: Token) -> tuple[Token, Token] | None:
    """ "After meeting President X, Minister Y said": the parser takes X, the object
    of the opening clause, for the subject and Y for X's apposition. Returns (X, Y)
    when a subject name right after an opening "after/before ...ing" clause that has
    no object of its own has a second name in apposition."""
    if subject.ent_type_ != "PERSON" or subject.dep_ not in SUBJECT_DEPS:
        return None
    named = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if not named or named[0].i < subject.i:
        return None
    for prep in subject.head.children:
        if prep.dep_ != "prep" or prep.i > subject.i:
            continue
        for clause in prep.children:
            if (
                clause.dep_ == "pcomp"
                and clause.tag_ == "VBG"
                and not any(c.dep_ in {"dobj", "obj", "dative", "prep"} for c in clause.children)
                and subject.left_edge.i == clause.right_edge.i + 1
            ):
                return subject, named[0]
    return None


def relative_objects(verb: Token) -> list[Token]:
    """Direct objects, where in a relative clause the pronoun stands for the person
    it modifies ("X, whom Y met on Monday": Y met X)."""
    return [antecedent(t) for t in direct_objects(verb)]


def reciprocal(objects: list[Token]) -> bool:
    """ "each other", "one another", "each other's plans": the object is the
    subjects themselves, each acting on the rest."""
    doc = objects[0].doc if objects else None
    return doc is not None and any(
        t.lower_ in {"other", "another"} and t.i > 0 and doc[t.i - 1].lower_ in {"each", "one"}
        for o in objects
        for t in o.subtree
        if t.i <= o.i + 1
    )


def along_with(along: Token) -> list[Token]:
    """Who "along with" or "alongside" names (the parser hangs "with" on "along")."""
    found = [o for w in along.children if w.lower_ == "with" for o in w.children
             if o.dep_ == "pobj"]  # fmt: skip
    return found + [o for o in along.children if o.dep_ == "pobj" and along.lower_ == "alongside"]


def shared_objects(verb: Token) -> list[Token]:
    """ "condemned and sanctioned X": a verb with no object (nor clause) of its own shares
    the object of the verb joined after it, if that one has no subject of its own."""
    children = list(verb.children)  # ("demanded that X leave and condemned Y": its own)
    joined = [c for c in children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for c in joined if all(c.dep_ != "ccomp" for c in children) else []:
        if not any(d.dep_ in SUBJECT_DEPS for d in c.children):
            return direct_objects(c)
    return []


def side_by_side_objects(verb: Token) -> list[Token]:
    """:func:`shared_objects` only where the two verbs stand side by side, "and" (or
    an adverb) between them: "met and criticised X", "met and later thanked X"; not
    "met on Monday and criticised X", where the first verb stands on its own."""
    doc, found = verb.doc, shared_objects(verb)
    if not found or found[0].head.i <= verb.i:
        return []
    between = doc[verb.i + 1 : found[0].head.i]
    return found if all(t.dep_ in {"cc", "advmod"} for t in between) else []
