"""The legal forms that end firms' names ("Danvor AG", "Quellix Ltd", "Irish Charm
plc"), one table as data (``data/legal-forms.txt``): as written, and folded (lower
case) for rules that compare a name's words in lower case.

>>> "GmbH" in LEGAL_FORMS and "Sa" not in LEGAL_FORMS
True
>>> legal_form("Ltd.") and legal_form("LIMITED") and not legal_form("Sa")
True
"""

from __future__ import annotations

from kg.language.lexicon import listed_words

LEGAL_FORMS = listed_words("legal-forms.txt")["form"]
FOLDED_LEGAL_FORMS = frozenset(w.lower() for w in LEGAL_FORMS)


def legal_form(word: str) -> bool:
    """Whether ``word`` is a legal form as written, or all in capitals or in lower
    case ("LIMITED", "ltd"), a full stop dropped ("Ltd.")."""
    word = word.rstrip(".")
    return word in LEGAL_FORMS or (
        (word.isupper() or word.islower()) and word.lower() in FOLDED_LEGAL_FORMS
    )
