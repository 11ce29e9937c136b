"""Whose debt is written off, for the verbs of giving up: "cancelled 80% of Ghana's
debt", "wrote off the debts of Zambia and Malawi", "forgave Peru $3bn in debt",
"waived loans owed by Zambia" (the debtor is relieved, or aided when a word that also
forgives people forgives a debt); none when no debt is named ("cancelled the visit").
Also whose debt or bill another pays ("paid off Haiti's arrears to the IMF", "covered
Jordan's fuel bill": the ``bill-object`` rows).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.senses import Sense
from kg.language.event_words import BILLED_FOR, BILLS, DEBTS
from kg.language.gazetteer import gazetteer


def debtors(things: list[Token], bills: bool = False) -> list[Token]:
    """Who owes a debt that is cancelled, written off or restructured: "Ghana's debt",
    "the debts of Zambia and Malawi", "debts owed by Peru", also when an amount of it is
    named ("80% of Iraq's debt", "$2bn of Ghana's debts", "$3bn in debt owed by Peru"). None when no debt is named
    ("cancelled the visit", "cancelled its debt talks"). With ``bills``, a bill another
    pays or covers is a debt too ("covered Jordan's fuel bill")."""
    debts = [t for thing in things
             for t in (thing, *g.prep_objects(thing, {"of", "in"})) if _is_debt(t, bills)]  # fmt: skip
    found = [c for d in debts for c in d.children if c.dep_ == "poss"]
    # "$150m of Bolivian debt", "Zambian debts": a country's people owe it
    found += [c for d in debts for c in d.children
              if c.dep_ == "amod" and gazetteer().demonym_country(c.text)]  # fmt: skip
    found += [o for d in debts for o in g.prep_objects(d, {"of"})]
    # "debts owed by Peru", "debts worth $80m owed by Peru", "the debt Peru owes them"
    owing = [c for d in debts for c in d.subtree if c.lemma_ == "owe" and c.head.i <= d.i + 4]
    found += [a for c in owing if c.dep_ == "acl" for a in g.agents(c)]
    found += [s for c in owing if c.dep_ == "relcl" for s in g.subjects(c) if s.tag_ != "WDT"]
    # "forgave Peru $3bn in debt": the debtor is the verb's dative
    found += [c for t in things if debts and t.dep_ == "dobj" for c in t.head.children
              if c.dep_ == "dative"]  # fmt: skip
    return found


def written_off(
    s: Sense, given: list[Token], targets: list[Token]
) -> tuple[Sense, list[Token]] | None:
    """A sense and its targets once what is given up is read as a debt. A row that needs a
    debt ("cancelled", "wrote off") is nothing without one ("cancelled the visit") and
    relieves the debtor ("wrote off Iraq's debt": Iraq); a word that also forgives people
    ("forgave the rebels", CAMEO 056) is aid to the debtor when it forgives a debt
    ("forgave $3bn in debt owed by Peru"). Other rows keep their sense and targets."""
    if not {"debt-object", "debt-aid"} & s.flags:
        return s, targets
    if owers := debtors(given, "bill-object" in s.flags):
        return (replace(s, type="aid", cameo="071") if "debt-aid" in s.flags else s), owers
    return None if "debt-object" in s.flags else (s, targets)


def _is_debt(t: Token, bills: bool) -> bool:
    """A debt, or loans said to be owed ("waived loans owed by Zambia"; not "cancelled
    a loan to Zambia", which may be aid withdrawn); also an amount "in debt"; with
    ``bills``, a bill of what is owed ("paid Pakistan's oil bill")."""
    lemma = t.lemma_.lower()
    owed = lemma in {"loan", "credit"} and any(c.lemma_ == "owe" for c in t.children)
    return bool({lemma, t.lower_} & DEBTS) or owed or (bills and _owed_bill(t))


def _owed_bill(t: Token) -> bool:
    """A bill that says what or how much is owed: "Jordan's fuel bill", "the import
    bill", "Kenya's $2m bill"; not "Uganda's anti-gay bill" (a law)."""
    if not {t.lemma_.lower(), t.lower_} & BILLS:
        return False
    if any(c.dep_ in {"compound", "nmod"} and {c.lemma_.lower(), c.lower_} & BILLED_FOR
           for c in t.lefts):  # fmt: skip
        return True
    return any(x.ent_type_ == "MONEY" or x.tag_ == "$"
               for c in t.lefts if c.dep_ != "poss" for x in c.subtree)  # fmt: skip
