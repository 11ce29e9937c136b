"""Agreement between a pronoun and a candidate antecedent, for :mod:`kg.language.coref`.

A candidate of the right kind (a person for ``he``, a body for ``it``) can still
not be what the pronoun means:

* gender: ``she`` is not a man the article calls "Mr", ``he`` not a woman it
  calls "Mrs", "Ms" or "Lady" (the honorific before any of the person's names);
* number: ``it`` is not a plural noun ("creditors", "the rebels");
* a modifier: ``it``/``its`` is not a country or firm that only qualifies a
  noun naming something else ("asked a US judge to hear its claim", "a
  French tribunal"), unless that noun is the country's own voice ("the French
  government said it");
* an apposition: ``his`` in "Ann Lee's rival, his deputy" or "Ken Vale, his
  deputy" is not the person the apposition describes;
* a pronoun the clause above already has ("it said it", "he said his"): the
  same as that one, resolved or not.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from kg.language.body_words import GENERIC_BODIES, STATE_ORGANS
from kg.language.coref_state import SUBJECT_DEPS, SUBJECT_OR_POSS, CorefState
from kg.language.lexicon import AGENT_NOUNS, ARMED_MACHINES, PRONOUNS_PLURAL, TITLE_WORDS
from kg.language.mentions import Mention
from kg.language.name_sexes import given_name_sexes, title_sexes

# Unnamed people and bodies a pronoun can stand for ("A spokesman said ... He
# added", "A US firm said it ..."): when one is the subject the pronoun follows,
# the pronoun means it, not a named actor.
UNNAMED_PEOPLE = (
    TITLE_WORDS
    | {n for n in AGENT_NOUNS - ARMED_MACHINES if not n.endswith("s")}
    | set(
        """man woman boy girl source analyst economist lawyer witness resident expert observer
    aide adviser advisor insider executive banker trader boss owner voter candidate doctor
    teacher worker student father mother son daughter wife husband friend colleague broker
    dealer strategist consultant investor manager auditor critic campaigner activist journalist
    reporter presenter scientist historian author writer commentator academic
    nurse surgeon patient parent widow widower priest nun imam rabbi pastor farmer fisherman
    miner driver pensioner survivor victim customer passenger commuter tourist shopper reader
    viewer listener caller respondent mourner neighbour neighbor villager refugee protester
    demonstrator supporter fan soldier businessman businesswoman""".split()
    )
)
UNNAMED_BODIES = GENERIC_BODIES | set(
    """business carmaker manufacturer supermarket newspaper paper broadcaster network startup
    giant conglomerate subsidiary unit club consortium charity committee panel commission
    association federation union organisation organization institute foundation society
    council board tribunal inquiry""".split())  # fmt: skip
# what an unnamed "it" may be: a body, or an organ of a state
UNNAMED_BODIES_OR_ORGANS = UNNAMED_BODIES | STATE_ORGANS
# Posts that tell a holder's sex: "spokeswoman Ann Lee", "Tom Ray, a businessman"
# (not "chairman": women hold that title too, while no man is a "chairwoman")
_MALE_POSTS = {"spokesman", "businessman", "congressman", "alderman", "councilman", "father",
               "son", "brother", "husband", "widower", "actor", "monk", "nephew"}  # fmt: skip
_FEMALE_POSTS = {"spokeswoman", "businesswoman", "congresswoman", "chairwoman", "councilwoman",
                 "mother", "daughter", "sister", "wife", "widow", "actress", "nun", "niece",
                 "grandmother"}  # fmt: skip
_MALE_PRONOUNS = {"he", "him", "his", "himself"}
_FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
# A pronoun family: "it ... its", "he ... his", "she ... her".
_FAMILIES = (_MALE_PRONOUNS, _FEMALE_PRONOUNS, {"it", "its", "itself"})
_MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}
# State organs that speak for their country ("the French government said it"), not
# those that judge between parties ("the US court").
_VOICE_OF_STATE = STATE_ORGANS - {"court", "courts", "judiciary", "tribunal", "prosecutor",
                                  "prosecutors", "regulator", "bank"}  # fmt: skip
# Texts that say things themselves, so that "it" after one of them is the text:
# "The report said ... It also called on", "The lawsuit noted ... It stated".
_SPEAKING_TEXTS = {"report", "study", "survey", "poll", "review", "paper", "document",
                   "statement", "lawsuit", "suit", "letter", "memo", "filing", "ruling",
                   "judgment", "judgement", "verdict", "research", "analysis", "audit",
                   "forecast", "assessment", "book", "article", "briefing", "note",
                   "submission", "complaint", "petition", "motion", "resolution"}  # fmt: skip


def pronoun_gender(word: str) -> str | None:
    low = word.lower()
    return "m" if low in _MALE_PRONOUNS else "f" if low in _FEMALE_PRONOUNS else None


def person_gender(doc: Doc, mentions: Sequence[Mention], linked: dict[int, str], key: str) -> str:
    """ "m" or "f" when an honorific before one of the person's names, or a post
    of the person's ("spokeswoman"), says so and none says otherwise, "" when none
    does (unknown), "mf" when they disagree ("Mr Vale" and "Mrs Vale" taken for one
    person: neither "he" nor "she" can tell)."""
    found, sexes = set(), title_sexes()
    for m in mentions:
        if linked.get(m.id) != key or m.kind == "pronoun":
            continue
        for i in (m.start - 1, m.start):
            if 0 <= i < len(doc) and (sex := sexes.get(doc[i].lower_.rstrip("."), "")):
                found.add(sex)
        for d in m.descriptors:
            words = set(d.title.lower().split())
            if words & _MALE_POSTS:
                found.add("m")
            elif words & _FEMALE_POSTS:
                found.add("f")
    return "".join(sorted(found, reverse=True))


def name_sex(state: CorefState, key: str) -> str:
    """ "m" or "f" when the given name that opens the person's full name tells it
    ("Sarah Okoro", "Tom Ray": data/given-name-sexes.txt), "" when none does, two
    disagree or one is cut or glued. Only a check against a pronoun of the other
    sex ("Tom Ray sacked Sarah Okoro. She said": not Tom Ray); unlike an honorific it does not make the
    person win over one whose sex is not told, as a name it does not list may be a
    woman's ("Cate Lind praised Laura Pine's film. Of Pine, she said": Cate Lind).
    Worked out once per key (asked of every earlier name at every "he" or "she")."""
    found = state.name_sexes.get(key)
    if found is None:
        found = state.name_sexes[key] = _name_sex(state, key)
    return found


def _name_sex(state: CorefState, key: str) -> str:
    sexes, doc = given_name_sexes(), state.doc
    names = [doc[m.start : m.end] for m in state.mentions
             if state.linked.get(m.id) == key and m.kind == "person" and m.end - m.start > 1]  # fmt: skip
    if not all(map(_plain_full_name, names)):
        return ""  # a cut or glued name tells nothing ("Malcolm X. Ann Ray")
    found = {sexes.get(span[0].lower_, "") for span in names}
    found.discard("")
    return found.pop() if len(found) == 1 else ""


def _plain_full_name(span: Span) -> bool:
    """ "Tom Ray", "Ann de Vries": a given name then more names, no cut-off piece."""
    return all(t.is_alpha or t.text == "-" for t in span) and span[0].is_title


def plural_noun(doc: Doc, m: Mention) -> bool:
    """ "creditors", "the rebels", "they": a common noun in the plural (not a name
    such as "the Liberal Democrats") or a plural pronoun."""
    if m.kind == "pronoun":
        return m.text.lower() in PRONOUNS_PLURAL  # "they said it ...": not them
    return doc[m.start : m.end].root.tag_ == "NNS"


def only_a_modifier(doc: Doc, m: Mention, covered: set[int]) -> bool:
    """The mention only qualifies a common noun that names no actor ("the US court",
    "a French tribunal", "the Deutsche Bank bid"); ``covered`` are the token
    indices of linked mentions."""
    root = doc[m.start : m.end].root
    head = root.head
    if root.dep_ not in _MODIFIER_DEPS or m.start <= head.i < m.end:
        return False
    while head.dep_ == "compound" and head.head.i != head.i and head.head.pos_ == "NOUN":
        head = head.head  # "the US appeals court" (not "US investor Ed Ray": a name)
    return head.pos_ == "NOUN" and head.i not in covered and head.lower_ not in _VOICE_OF_STATE


def speaks_as_it(token: Token) -> bool:
    """A text that says things itself ("the report", "the lawsuit")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _SPEAKING_TEXTS


def described_by_apposition(pron: Token, m: Mention) -> bool:
    """ "Ken Vale, his deputy": ``his`` is in an apposition to the candidate itself."""
    head = pron.head
    return pron.dep_ == "poss" and head.dep_ == "appos" and m.start <= head.head.i < m.end


def governing_pronoun(pron: Token) -> Token | None:
    """The subject of the nearest clause above the pronoun when it is a pronoun of
    the same family ("it said it would ...", "he said his ...")."""
    if pron.dep_ not in SUBJECT_OR_POSS:
        return None  # "he told him": an object is not its own clause's subject
    family = next((f for f in _FAMILIES if pron.lower_ in f), None)
    first = clause_subject(pron)
    if family is None or first is None:
        return None
    return first if first.lower_ in family and first.pos_ == "PRON" else None


def clause_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above ``token`` (not itself); none across
    a verb whose object is the doer ("called on Peru to revive its plan")."""
    for verb in token.ancestors:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and token not in c.subtree]
        if subjects:
            return subjects[0]
        if verb.dep_ == "xcomp" and _has_object(verb.head):
            return None
    return None


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in {"dobj", "dative"} for c in verb.children) or any(
        g.dep_ == "pobj" for c in verb.children if c.dep_ == "prep" for g in c.children
    )
