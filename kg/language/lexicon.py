"""General English vocabulary the extractors rely on: titles, verbs, nouns.

Only common words live here, never names of people or places; those come from
the model (named entities) and :mod:`kg.language.gazetteer` (countries, organisations).
"""

from __future__ import annotations

# Small words inside names: "bin Hamad", "al-Rashid", "de Villiers", "van Dijk".
NAME_PARTICLES = frozenset(
    {
        "al",
        "el",
        "bin",
        "ibn",
        "bint",
        "abu",
        "de",
        "da",
        "di",
        "del",
        "van",
        "von",
        "der",
        "le",
        "la",
    }
)
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Sen",
                        "Rep", "Gen", "Col", "Adm", "Prof", "Sheikh", "Mme", "Mister"})  # fmt: skip

# Nouns that name a post or job; a phrase headed by one is a title, not an organisation.
TITLE_WORDS = frozenset(
    """
    president vice-president premier chancellor minister secretary ambassador envoy
    representative negotiator coordinator co-ordinator director chairman chairwoman
    chairperson chair head chief leader spokesman spokeswoman spokesperson commissioner
    governor mayor king queen prince princess emperor sultan emir monarch pope general
    admiral commander colonel lieutenant marshal officer official diplomat adviser
    advisor aide deputy counterpart senator congressman congresswoman lawmaker
    legislator mp speaker prosecutor judge attorney-general ayatollah cleric executive
    ceo founder chancellor-elect president-elect undersecretary under-secretary attache
    consul delegate emissary chairmen vice-chairman vice-chairmen vice-president co-
    chairman presidents ministers leaders envoys officials
    """.split()
)
# Words that name a government portfolio inside a title: "Trade Representative",
# "Minister of International Trade and Industry".
PORTFOLIO_WORDS = frozenset(
    """
    foreign affairs interior home trade industry international finance economy economics
    economic defence defense justice health education energy treasury commerce
    agriculture transport labour labor culture environment security intelligence
    development state planning housing tourism information communications
    """.split()
)
# Titles that name a cabinet portfolio: "Foreign Secretary", "Defence Minister".
PORTFOLIO_TITLES = frozenset({"secretary", "minister", "ministers", "secretaries"})
# Words that end organisation names: a name ending in one is an organisation.
ORG_HEAD_WORDS = frozenset(
    """
    co corp inc ltd plc llc ag sa gmbh trust
    council committee commission ministry department office agency bank university party
    union organization organisation association institute court parliament assembly
    congress senate house army navy force forces corporation company group fund
    foundation board authority service network broadcaster agency league alliance front
    movement coalition government administration cabinet
    """.split()
)

# Common nouns for people who act for a country or body: "envoys from Iran",
# "officials of South Korea and China", "his Japanese counterpart".
AGENT_NOUNS = frozenset(
    """
    envoy envoys official officials diplomat diplomats delegation delegations delegate
    delegates representative representatives negotiator negotiators minister ministers
    leader leaders counterpart counterparts president presidents government governments
    administration authorities authority side sides team teams director directors
    officer officers spokesman spokeswoman spokesperson ambassador ambassadors prime
    premier king head heads chief chiefs secretary secretaries member members lawmakers
    legislators military forces troops army navy regime mediator mediators
    """.split()
)
# Plural nouns that name a set of countries or bodies when a demonym or
# possessive qualifies them: "Scandinavian countries", "its allies".
GROUP_NOUNS = frozenset(
    """
    countries nations states powers governments allies partners members signatories
    parties banks creditors lenders bankers donors neighbours neighbors capitals
    """.split()
)
# Plural nouns that are actors even unnamed ("the banks", "allies", "rebels"): an
# unnamed group is local to its article.
GENERIC_GROUP_NOUNS = frozenset(
    """
    allies banks creditors lenders donors rebels insurgents militants fighters guerrillas
    terrorists separatists jihadists extremists protesters demonstrators lawmakers legislators
    """.split()
)
# Plural nouns for people acting together, actors when a name or demonym qualifies
# them: "Jewish groups", "pro-democracy activists", "Kurdish students".
DESCRIBED_GROUP_NOUNS = frozenset(
    """
    groups factions activists students campaigners critics supporters opponents unions
    hardliners dissidents settlers loyalists parliamentarians mps organisations organizations
    """.split()
)
# Plural nouns that refer back to two or more actors named before: "the two
# leaders", "both sides", "the pair". Person nouns point back to people, the
# others to countries or bodies.
PLURAL_PEOPLE_NOUNS = frozenset(
    {"leaders", "ministers", "presidents", "envoys", "men", "women", "officials", "diplomats",
     "negotiators", "premiers", "chiefs", "pair", "two"}
)  # fmt: skip
PLURAL_STATE_NOUNS = frozenset(
    {"sides", "countries", "nations", "governments", "states", "neighbours", "neighbors",
     "delegations", "capitals", "powers", "rivals", "parties"}
)  # fmt: skip
# Group nouns that name a relation, not a body: "the parties to the deal".
RELATIONAL_NOUNS = frozenset({"parties", "signatories", "members", "partners", "participants"})
# Nouns that continue an organisation mentioned before: "the committee" ... "the panel".
ORG_ANAPHORA = {
    "committee": {"committee", "panel"},
    "panel": {"committee", "panel"},
    "commission": {"commission"},
    "council": {"council"},
    "board": {"board"},
    "ministry": {"ministry"},
    "bank": {"bank"},
    "agency": {"agency"},
    "department": {"department"},
    "house": {"house"},
    "senate": {"senate"},
    "bloc": {"bloc", "mercosur", "asean", "union", "community"},
    "alliance": {"alliance", "nato", "organization"},
}
# Nouns that continue an agreement or a country mentioned before: "the deal".
AGREEMENT_ANAPHORA = frozenset({"deal", "agreement", "accord", "treaty", "pact", "accords"})
COUNTRY_ANAPHORA = frozenset({"country", "nation"})
# Prepositions after which a place is a location, not an actor: "met in Vienna".
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "into", "across", "around", "inside", "outside", "throughout",
     "within", "via", "through", "along", "towards", "toward"}
)  # fmt: skip
PRONOUNS_PERSON = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
PRONOUNS_THING = frozenset({"it", "its", "itself"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})

# Verbs that report speech: "said", "tweeted", "warned" ...
SPEECH_VERBS = frozenset(
    """
    say tell tweet write stress add warn announce insist describe note predict suggest
    acknowledge complain claim deny report state declare reiterate explain argue
    indicate emphasise emphasize comment remark confirm reply respond assert affirm joke
    post underline underscore caution admit concede contend allege testify
    """.split()
)

# Verbs whose object does what the infinitive says ("urged Iran to talk").
OBJECT_CONTROL = frozenset(
    """
    call urge ask press push encourage request invite persuade order instruct tell
    allow help force pressure
    """.split()
)

# Nouns for words, plans and decisions: "attacked the government's plans" is
# criticism, not the use of force.
IDEA_NOUNS = frozenset(
    """
    plan plans policy policies proposal proposals decision decisions remark remarks comment
    comments statement statements record stance approach budget bill law laws reform reforms
    strategy handling response claim claims idea ideas view views leadership campaign
    manifesto speech speeches words rhetoric tactics idea scheme schemes programme program
    agenda stance performance tax taxes spending cuts report
    """.split()
)
