"""Nouns that name events, and the verb that does them: "launched strikes",
"imposed sanctions", "claimed responsibility for the attack", and who does what a
verb says (its subjects, or a passive's agents).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.labour_strikes import strike_called
from kg.extract.traded_goods import goods_sources, trade_partners
from kg.language.reduction_words import EASING_NOUNS, EASING_VERBS

# Verbs whose subject does what the noun object names: "launched strikes", "imposed
# sanctions", "pledged aid", "signed a truce".
DOING_VERBS = frozenset(
    """
    launch carry conduct wage stage mount order step intensify escalate continue begin start
    resume unleash make level lodge file bring press voice express issue announce impose place
    slap levy reimpose extend tighten broaden expand adopt approve pass put apply introduce
    pledge promise offer give provide send deliver grant lend supply donate allocate
    sign reach strike conclude seal agree negotiate form forge renew enter declare broker
    keep maintain observe respect agree accept announce back lead fight join
    deepen strengthen cement bolster enhance expand boost build develop open
    present submit throw register unveil earmark disburse finalise finalize mediate sponsor raise
    facilitate hand serve establish found increase hike double triple initiate institute
    """.split()
)


# Verbs whose subject enters what a bare noun after "to" names: "went to war".
_ENTERING = frozenset({"go", "march"})


# Verbs of answering an act with another: "retaliated / responded with strikes on X".
_ANSWERING = frozenset({"retaliate", "respond", "reply", "answer", "react", "counter"})


def _answering(verb: Token) -> bool:
    """ "retaliated", "responded", "hit back", "struck back": the subject answers."""
    if verb.lemma_ in _ANSWERING:
        return True
    return verb.lemma_ in {"hit", "strike"} and any(
        c.dep_ in {"advmod", "prt"} and c.lower_ == "back" for c in verb.children
    )


# Verbs whose subject is in what a bare noun after "in" names: "governs in coalition with X".
_IN_OFFICE = frozenset({"govern", "rule", "sit", "serve"})


def _entered(verb: Token, noun: Token, prep: Token) -> bool:
    """ "went to war", "went into coalition" (a bare noun), "entered into a coalition",
    "governs in coalition"."""
    if verb.lemma_ == "enter":
        return prep.lower_ == "into" and noun.head.i == prep.i
    if prep.lower_ == "in":
        return verb.lemma_ in _IN_OFFICE and _bare_after(noun, prep)
    return verb.lemma_ in _ENTERING and _bare_after(noun, prep)


def _bare_after(noun: Token, prep: Token) -> bool:
    """ "to war": the noun is the preposition's object with no determiner or owner
    ("to the war", "to his war", "to the war museum" name a particular thing)."""
    return noun.head.i == prep.i and not any(c.dep_ in {"det", "poss"} for c in noun.children)


# Nouns of military drills: "held naval exercises with X".
DRILLS = frozenset({"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers"})


def is_drill(noun: Token) -> bool:
    """Drills, also "war games" (a war only rehearsed)."""
    lower = noun.lower_
    return lower in DRILLS or (
        lower in {"game", "games"} and any(c.lower_ == "war" for c in noun.children)
    )


def is_nominal(token: Token) -> bool:
    """A noun, or a gerund used as one ("Fighting between A and B resumed")."""
    if token.dep_ == "compound" and token.head.ent_type_ in {"PERSON", "ORG"}:
        return False  # "pro-war Labour MP Ann Lee": it describes her, it is no event
    if token.dep_ == "compound" and is_drill(token.head):
        return False  # "war games", "invasion drills": rehearsed, not done
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    if token.tag_ == "VB" and token.dep_ == "nsubj" and token.is_sent_start:
        return True  # "Aid from X reached Y": the tagger took the first word for a command
    return token.tag_ == "VBG" and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}


def names_an_actor(ctx: Context, noun: Token) -> bool:
    """ "the leader of the Kenyan opposition", "the Western alliance said": the noun
    heads the name or description of an actor, which it names; no act of opposing
    or allying."""
    m = ctx.actors.mention_at(noun.i)
    return m is not None and m.end - 1 == noun.i and bool(g.actors_of_token(ctx, noun))


# Where only a noun can stand: a subject or object of a verb, an object of a preposition
_NOUN_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def as_noun(token: Token) -> bool:
    """A noun, or an adjective the tagger left as one where it heads a noun phrase
    ("held a bilateral with X": a determiner before it, an object's place), as
    against "a bilateral meeting", where it describes the noun."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    if token.tag_ == "VBZ" and token.dep_ in _NOUN_PLACES:
        return True  # "the ceasefire talks between A and B ended": a plural read as a verb
    return (
        token.pos_ == "ADJ"
        and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj"}
        and any(c.dep_ in {"det", "poss"} for c in token.children)
    )


def _put_forward(verb: Token) -> bool:
    """ "put forward sanctions against X": proposed, not imposed."""
    return verb.lemma_ == "put" and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "forward" for c in verb.children
    )


# Idioms of making a deal: "came to an agreement with X", "hammered out / worked out /
# thrashed out a deal", "cut a deal with X" (not "cut aid").
_DEALS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "truce", "ceasefire"})
_OUT = frozenset({"hammer", "thrash", "work"})


def _deal_idiom(verb: Token, t: Token, noun: Token) -> bool:
    if noun.lemma_.lower() not in _DEALS:
        return False
    if verb.lemma_ == "come":
        return t.lower_ == "to" and t.dep_ == "prep"
    if verb.lemma_ == "cut":
        return t.dep_ == "dobj" and cut_a_deal(verb, noun)
    return (
        t.dep_ == "dobj"
        and verb.lemma_ in _OUT
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    )


def cut_a_deal(verb: Token, noun: Token) -> bool:
    """ "cut a deal with X": made one (not "cut its deal", "cut aid")."""
    return (
        verb.lemma_ == "cut"
        and noun.lemma_.lower() == "deal"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    )


def doing_verb(noun: Token) -> Token | None:
    """The verb whose subject does what ``noun`` names ("imposed sanctions",
    "pledged $2 billion in aid", "signed a truce with"), if any."""
    owned = owned_up(noun)
    if owned is not None:
        return owned
    t = noun
    for _ in range(4):
        head = t.head
        if head.i == t.i:
            break
        if head.pos_ in {"VERB", "AUX"}:
            if head.lemma_ in DOING_VERBS and t.dep_ in {"dobj", "pobj", "nsubjpass", "attr"}:
                return None if _put_forward(head) else head
            if strike_called(head, t, noun):
                return head  # "called a strike against X", "went on strike against X"
            if t.lower_ in {"to", "into", "in"} and _entered(head, noun, t):
                return head  # "went to war with X", "entered into a coalition with X"
            if _deal_idiom(head, t, noun):
                return head  # "came to an agreement with X", "hammered out a deal"
            if t.lower_ == "with" and t.dep_ == "prep" and _answering(head):
                return head  # "retaliated with air strikes on X", "hit back with drones"
            if t.lower_ == "to" and t.dep_ in {"dative", "prep"} and consent_given(head):
                return head  # "gave its approval to the accord with X": approved it
            if t.lower_ == "in" and head.lemma_ in DOING_VERBS and _amount_given(head):
                return head  # "announced $10m in aid for X": the parser hangs "in" on the verb
            break
        if t.dep_ not in {"pobj", "prep", "compound", "conj"} and not (
            head.pos_ == "NOUN" and t.dep_ == "pobj"
        ):
            break
        t = head
    return relative_doing(noun)


def _amount_given(verb: Token) -> bool:
    """Whether ``verb``'s object is an amount ("$10m", "20 million euros", "20 tanks")."""
    return any(t.ent_type_ == "MONEY" or (t.tag_ == "CD" and t.i < o.i)
               for o in verb.children if o.dep_ == "dobj"
               for t in (o, *o.children))  # fmt: skip


# Verbs whose subject makes the pact "to" names: "agreed to a truce with X".
_ASSENTING = frozenset({"agree", "consent"})


def agreed_to(noun: Token) -> Token | None:
    """The verb by which its subject makes the pact ``noun`` names: "agreed to a
    ceasefire with X", "consented to the accord" (not "agreed to talks", a meeting
    only planned: callers ask for pacts alone)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.lemma_ in _ASSENTING and verb.pos_ == "VERB" else None


# Nouns of consent: whoever gives one to a pact approves it ("gave its approval to the
# accord with X", "gave final assent to the treaty"; not "gave its backing to the plan",
# support of what may still be unmade).
_CONSENT = frozenset({"approval", "assent", "consent"})


def consent_given(verb: Token) -> bool:
    """ "gave (its, final) approval/assent/consent", "gave the green light"."""
    return verb.lemma_ == "give" and any(
        o.lower_ in _CONSENT
        or (o.lower_ == "light" and any(c.lower_ == "green" for c in o.children))
        for o in g.direct_objects(verb)
    )


def relative_doing(noun: Token) -> Token | None:
    """The verb of a relative clause that does what ``noun`` names, the noun its
    object: "the sanctions that Canada imposed on Iran", "the attack Eritrea
    carried out on Ethiopia", "the strikes, which were launched by Israel"."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_ not in DOING_VERBS or clause.pos_ != "VERB":
            continue
        objects = [c for c in clause.children if c.dep_ in {"dobj", "obj"}]
        if any(o.tag_ not in g.RELATIVE_TAGS for o in objects):
            continue  # "the attack that started the war": the clause's own object
        if g.is_passive(clause) or any(
            s.tag_ not in g.RELATIVE_TAGS for s in g.subjects(clause) if s.i != noun.i
        ):
            return clause
    return None


_OWNING_UP = {"claim", "take", "accept", "admit", "bear"}


def owned_up(noun: Token) -> Token | None:
    """ "X claimed responsibility for the attack on Y", "X claimed the attack on Y":
    who owns up did it."""
    if noun.dep_ == "dobj" and noun.head.lemma_ == "claim" and noun.head.pos_ == "VERB":
        return noun.head
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or prep.lower_ != "for"
        or prep.head.lemma_ not in {"responsibility", "credit"}
    ):
        return None
    verb = prep.head.head
    if prep.head.dep_ == "dobj" and verb.lemma_ in _OWNING_UP and verb.pos_ == "VERB":
        return verb
    return None


def doers(ctx: Context, verb: Token) -> list[str]:
    """Who does what ``verb`` says: its subjects, or a passive's agents."""
    tokens = g.agents(verb) if g.is_passive(verb) else g.subjects(verb)
    return [k for s in tokens for k in g.actors_of(ctx, s)]


def lifted(noun: Token) -> Token | None:
    """The verb or noun that takes away the measure ``noun`` names, if any: "lifted
    its sanctions on X", "the embargo was eased", "the lifting of US sanctions on X",
    "an end to the embargo on X" (then no one imposes it: CAMEO 085, not 163)."""
    if noun.dep_ == "conj":
        return lifted(noun.head)
    if g.noun_mood(noun)[0]:
        return None  # "the proposed sanctions were dropped": a plan given up, nothing lifted
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_ in EASING_VERBS and head.pos_ == "VERB":
        return head
    # "Peru relaxed restrictions on X", the verb taken for an adjective (with a subject)
    if noun.dep_ == "dobj" and head.tag_ == "JJ" and _easing_past(head.lower_):
        return head
    for c in noun.children:
        if (
            c.dep_ == "amod"
            and _easing_past(c.lower_)
            and any(s.dep_ == "nsubj" for s in c.children)
        ):
            return c
    if noun.dep_ != "pobj" or head.lower_ not in {"of", "to"}:
        return None
    easing = head.head
    if easing.lower_ not in EASING_NOUNS or (head.lower_ == "to" and easing.lower_ != "end"):
        return None  # "an end to the embargo"; not "the easing to ..."
    return easing


def _easing_past(word: str) -> bool:
    """Whether ``word`` is the past form of an easing verb: "relaxed", "eased"."""
    return any(word in (f"{v}ed", f"{v}d") for v in EASING_VERBS)


# Dealings a measure bears on, named before the country they are with: "restrictions on
# trade with Libya", "curbs on travel to Japan", "a ban on flights to Qatar".
_DEALINGS = frozenset(
    "trade travel flight export investment business dealing shipping tourism visit sale".split()
)


def measured(holder: Token, preps: frozenset[str]) -> list[Token]:
    """Whom a measure is on (``preps``: on, against ...), by the phrase on the measure's
    noun or on the verb or noun that imposes or lifts it (``holder``): the object itself
    ("sanctions on Iran"), or whom the dealings it bears on are with ("restrictions on
    trade with Libya", "curbs on travel to Japan", "a ban on investment in Cuba")."""
    found = g.prep_objects(holder, preps)
    dealt = [t for o in found if o.lemma_.lower() in _DEALINGS
             for t in g.prep_objects(o, {"with", "to", "in"})]  # fmt: skip
    return found + dealt + goods_sources(holder, found) + trade_partners(holder, found)
