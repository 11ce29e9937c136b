"""A warning of the warner's own force or sanctions: "X warned of military action
against Y", "warned of sanctions on Y", "warned of retaliation against Y". The
act has no other doer named, and these are acts a state or body takes itself,
so the warning threatens Y (CAMEO 138 for force, 130 for the rest). A warning
of someone's attacks ("warned of attacks on hotels", "of a Russian offensive")
is a forecast, no threat, and is not read here.

A warning to someone told by a clause about them ("Japan warned China that its
patrols were unacceptable", "warned China its ships must leave", "China was warned by
Japan that ...") is one too (CAMEO 130, as "warned X over Y"): the clause speaks of
the warned party (its subject is the party, by a pronoun or by name, or something of
its own) and says what it must do, that what it does is wrong, or that a hostile act
would be done to its own ("warned Peru that its patrols would be fired on"). Not "warned that
prices would rise" (no one warned), "warned China and Korea could benefit" (the
clause's subjects, no one warned), "warned its citizens that ..." (its own people),
"warned reporters that ..." (no party), "warned Peru that the talks would fail"
(nothing of Peru's told), nor "warned Chile that it would face a recession" or "that it
would cut its own spending" (a hardship foretold, one's own plan). A warner that
tells another what it would not tolerate stands against it ("Chile warned Peru that it
would not tolerate further incursions", "warned Togo it would not allow its airspace to
be used"; not "warned Peru that investors would not accept the plan", others' refusal,
nor "warned Peru that it would not allow Bolivia to join", a stand against a third).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.senses import sense
from kg.extract.when import dates_on
from kg.language.warned_clauses import befalls, judged_wrong, obliged, refused
from kg.records import Event, EventKind

# what a warner would do itself: its force, its sanctions (by lemma; the phrases by
# their last two words)
_OWN_FORCE = frozenset({"military action", "armed action", "retaliation", "reprisal",
                        "reprisals"})  # fmt: skip
_OWN_PENALTIES = frozenset({"sanction", "sanctions", "embargo", "tariff", "tariffs",
                            "countermeasure", "countermeasures"})  # fmt: skip
# what names the act's own doer: "a Russian offensive", "Iran's retaliation", "by X"
_OWNING = frozenset({"poss", "amod", "compound"})
_TARGET_PREPS = frozenset({"against", "on", "upon"})


def warned_of_act(ctx: Context, verb: Token, agents: list[str], extractor: str) -> Iterator[Event]:
    """Threats in "warned of <act> against Y" (see the module's text)."""
    # (the parser may hang "of" on a date: "warned on Monday of sanctions")
    for noun in [t for h in [verb, *dates_on(verb)] for t in g.prep_objects(h, {"of"})]:
        cameo = _own_act(noun)
        if cameo is None or _someone_elses(ctx, noun):
            continue
        held = [noun, *g.prep_objects(noun, {"of"})]  # "the use of force against Y"
        aimed = [t for h in held for t in g.prep_objects(h, _TARGET_PREPS)]
        targets = [k for t in aimed for k in targets_of(ctx, t) if k not in agents]
        yield from make_events(ctx, verb, noun, EventKind.CONFLICT, sense("threaten", cameo),
                               agents, targets, aimed, extractor, 0.6)  # fmt: skip


# A clause's subject that is the warned party or its own: "it", "its ships"
_THIRD_PERSON = frozenset({"it", "they", "its", "their"})


def told_of_warned(
    ctx: Context,
    verb: Token,
    warned: list[str],
    agents: list[str],
    hostile: Callable[[Token], object],
) -> bool:
    """Whether a clause of the warning ``verb`` by ``agents`` tells the ``warned`` what
    they must do, that what they do is wrong, or that an act ``hostile`` finds (a sense
    or None) would be done to their own: "warned Peru that its patrols would be fired on", or that
    the warner would not tolerate something ("warned Peru that it would not accept
    further incursions"; see the module's text)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}):
        if any(_of_warned(ctx, s, set(warned)) for s in g.subjects(clause)) and (
            obliged(clause) or judged_wrong(clause) or (befalls(clause) and hostile(clause))
        ):
            return True
        subjects = g.subjects(clause)
        if refused(clause) and any(_own(ctx, s, agents) for s in subjects):
            # "warned Chile that it would not tolerate incursions"; not "would not allow
            # Bolivia to join", what a third would do
            return not _third_named(ctx, clause, subjects, {*warned, *agents})
    return False


def _third_named(ctx: Context, clause: Token, subjects: list[Token], parties: set[str]) -> bool:
    """Whether ``clause`` names an actor besides its subjects and the ``parties``:
    "would not allow Bolivia to join", "would not accept Bolivian troops"."""
    skip = {t.i for s in subjects for t in s.subtree}
    keys = {ctx.actors.at(t.i) for t in clause.subtree if t.i not in skip}
    return bool(keys - parties - {None})


def _own(ctx: Context, subject: Token, agents: list[str]) -> bool:
    """The warner itself: "it", "we", "they" or a name of the warner's."""
    return subject.lower_ in {"it", "we", "they"} or bool(
        set(g.actors_of(ctx, subject)) & set(agents)
    )


def _of_warned(ctx: Context, subject: Token, warned: set[str]) -> bool:
    """ "it", "they", "China", "its patrols", "China's ships"; a pronoun only when it
    refers to the warned or to no one known: "The navy doubled its patrols. It warned
    Laos that it must defend its waters" speaks of the warner's own side, and "its own
    troops must stay" of the warner's (coreference gives "its" in such a clause to the
    one warned: :mod:`kg.language.warned_clauses`)."""
    owners = [c for c in subject.children if c.dep_ == "poss"]
    return any(_refers_to_warned(ctx, t, warned) for t in [subject, *owners])


def _refers_to_warned(ctx: Context, token: Token, warned: set[str]) -> bool:
    found = set(g.actors_of(ctx, token))
    return bool(found & warned) or (token.lower_ in _THIRD_PERSON and not found)


def _own_act(noun: Token) -> str | None:
    """The CAMEO code of a threat of the act ``noun`` names, if a warner's own."""
    lemma = noun.lemma_.lower()
    before = noun.nbor(-1).lower_ if noun.i > 0 else ""
    if f"{before} {lemma}" in _OWN_FORCE or lemma in _OWN_FORCE:
        return "138"
    if lemma == "use" and any(o.lower_ == "force" for o in g.prep_objects(noun, {"of"})):
        return "138"
    return "130" if lemma in _OWN_PENALTIES else None


def _someone_elses(ctx: Context, noun: Token) -> bool:
    """Whether the act's doer is named ("Iran's retaliation", "US sanctions",
    "retaliation by X")."""
    owners = [c for c in noun.children if c.dep_ in _OWNING and ctx.actors.at(c.i)]
    return bool(owners or g.prep_objects(noun, {"by", "from"}))
