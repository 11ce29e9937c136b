"""Papers that speak for who issues them, and the verbs of issuing one: "NATO issued a
statement backing X" is NATO backing X, "the League adopted a resolution supporting
X" the League supporting X.

Only common words live here, never names of people or places.
"""

from __future__ import annotations

from spacy.tokens import Token

# Papers whose words are their issuer's stand (lemmas): "a statement backing X", "a
# resolution condemning X", "a communique endorsing X"; and the messages one side sends
# another: "sent a message to Y congratulating him" (the sender congratulates Y); the
# reports of a body and the rulings of a court: "a report by the agency accused X", "the
# court's ruling condemned X". A report's is who writes it, not where it comes from
# ("reports from the country say") nor whom a pronoun may stand for ("his report said").
REPORT_NOUNS = frozenset({"report", "ruling", "verdict", "judgment", "judgement"})
# Acts that speak for who launches, lodges or files them, as a paper does: "launched a
# campaign accusing X", "lodged a protest accusing X", "filed a complaint alleging that
# X ...", "gave a speech praising X" (common nouns only: "the Stop the War Campaign" is a
# body of its own).
VOICED_NOUNS = frozenset(
    "campaign protest complaint lawsuit suit petition appeal speech advert advertisement".split()
)
PAPER_NOUNS = (
    frozenset(
        """
    statement communique communiqué declaration resolution letter motion memorandum
    message telegram cable note
    """.split()
    )
    | REPORT_NOUNS
    | VOICED_NOUNS
)
# What only words can do: "a statement attacking X", "a speech that hit X" (a campaign
# or a protest may be one of arms or of the street: "a campaign attacking rebel posts").
WORDED_NOUNS = PAPER_NOUNS - {"campaign", "protest"}

# Verbs that make someone the issuer of such a paper: "issued / adopted / passed / put
# out / released / signed a statement" (not "rejected", "drafted" or "read").
# "sent / delivered / handed / wrote a letter to B urging ...". Who sponsors, tables,
# introduces or submits a resolution or motion puts its words forward as its own, as
# does who launches, lodges, files, brings, runs, mounts, stages, wages, gives or makes
# a campaign, a protest, a complaint, a lawsuit or a speech.
ISSUING_VERBS = frozenset(
    """issue adopt pass put release sign publish send approve deliver hand write
    sponsor cosponsor co-sponsor table introduce submit
    launch lodge file bring run mount stage wage give make""".split()
)

# Verbs that open, answer or close something "with" a paper or a speech of their
# subject's own: "opened the conference with a speech criticising X", "responded with
# a statement condemning X", "hit back with a letter accusing X" (not "agreed with a
# statement ...", someone else's).
OPENING_WITH = frozenset(
    "open close begin start end respond react reply retort answer hit counter retaliate".split()
)


def sent_paper(verb: Token) -> bool:
    """``verb`` describes a paper that the verb above issues: "congratulating" in "A
    sent a message to B congratulating him" speaks for A, so "him" is not A."""
    paper = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and paper.lemma_.lower() in PAPER_NOUNS
        and paper.dep_ == "dobj"
        and paper.head.lemma_ in ISSUING_VERBS
    )
