"""General English vocabulary the extractors rely on: names' small words, titles
and posts, groups, bodies and references back (what actors say and do is in
:mod:`kg.language.event_words`; the words for organs of state, firms and units in
:mod:`kg.language.body_words`).

Only common words live here, never names of people or places; those come from
the model (named entities) and :mod:`kg.language.gazetteer` (countries, organisations).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def listed_words(filename: str, package: str = "kg.language") -> dict[str, frozenset[str]]:
    """The words of ``data/<filename>`` of ``package``, a file of ``kind<TAB>words``
    lines (``#`` comments), by kind: the word lists kept as data ("role-words.txt")."""
    text = resources.files(package).joinpath("data", filename).read_text("utf-8")
    words: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _, rest = line.partition("\t")
            words.setdefault(kind, set()).update(rest.split())
    return {kind: frozenset(ws) for kind, ws in words.items()}


# The dependency labels of a clause's subject, active or passive ("A met B", "B was met").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The model's entity labels that name an actor: a person, a body, a country or its people.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# A hyphen or an en dash joining two names ("the Iran-Iraq war", "Paris–Berlin"); the same
# or a slash joining two names of one pair ("the US/UK talks"); every dash that sets off a
# phrase ("Chile -- the host -- said", "talks — in Oslo").
HYPHENS = frozenset({"-", "–"})
NAME_JOINTS = HYPHENS | {"/"}
DASHES = HYPHENS | {"—", "--"}
# Possessive words for the owner's own people: "its chief executive", "their envoy".
OWN_POSSESSIVES = frozenset({"its", "their", "our", "his", "her"})
# Small words inside names: "bin Hamad", "al-Rashid", "de Villiers", "van Dijk".
NAME_PARTICLES = frozenset("al el bin ibn bint abu ap ab de da di del della dos das du van von der den le la".split())  # fmt: skip
# Ranks and styles written short before a name, which the tokenizer must keep with
# their full stop ("Brig. Gen. Ann Holt", "Msgr. Paolo Ricci") so no sentence ends there.
RANK_ABBREVIATIONS = frozenset({"Lt", "Brig", "Maj", "Col", "Capt", "Sgt", "Cpl", "Cmdr", "Msgr",
                                "Supt", "Insp", "Amb"})  # fmt: skip
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Sen",
                        "Rep", "Gen", "Col", "Adm", "Prof", "Sheikh", "Mme", "Mister"}
                       | RANK_ABBREVIATIONS)  # fmt: skip

# Nouns that name a post or job; a phrase headed by one is a title, not an organisation.
TITLE_WORDS = frozenset(
    """
    president vice-president premier chancellor minister secretary ambassador envoy representative
    negotiator coordinator co-ordinator director chairman chairwoman chairperson chair head chief
    leader spokesman spokeswoman spokesperson commissioner governor mayor king queen prince
    princess emperor sultan emir monarch pope general cardinal archbishop patriarch rabbi admiral
    commander colonel lieutenant marshal officer official diplomat adviser backbencher advisor aide
    deputy counterpart senator sen. rep. congressman congresswoman lawmaker frontbencher legislator
    mp mep msp speaker prosecutor judge attorney attorney-general ayatollah cleric mufti executive ceo
    founder chancellor-elect president-elect minister-elect premier-elect governor-elect mediator
    mayor-elect undersecretary under-secretary attache ruler strongman peer grandee consul delegate
    emissary chairmen vice-chairman vice-chairmen vice-president co- chairman presidents ministers
    leaders envoys officials justice fellow professor lecturer researcher economist analyst convener
    strategist scholar editor crown treasurer whip councilor secretary-general general-secretary
    taoiseach tanaiste boss manager member lawyer councillor mla td director-general d'affaires
    inspector-general governor-general solicitor-general imam ombudsman ombudswoman stalwart
    loyalist administrator commandant generalissimo correspondent reporter columnist d’affaires
    registrar regent regents
    """.split()
)
# Words for one who runs for a party, a standing rather than a post: "the Republican
# candidate, X", "Labour challenger X" (a country's is no party: "the Chilean front-runner").
CANDIDACY_WORDS = frozenset(
    "candidate nominee challenger hopeful contender frontrunner front-runner".split()
)
# Nouns for a body one belongs to when one calls it one's own: "her Unity Party",
# "his Green Dawn faction".
FACTION_NOUNS = frozenset("party faction movement wing camp bloc coalition alliance front".split())
# Verbs giving their subject (or, active, their object) the post they name: "X became / was
# appointed / installed as Peru's prime minister", "confirmed X as" ("instal": a lemma).
POST_VERBS = frozenset(
    "become serve appoint name elect re-elect reelect nominate install instal make promote "
    "reappoint swear choose pick confirm inaugurate designate proclaim crown".split()
)
# Verbs whose subject holds the post of heading their object: "X, who heads the
# central bank", "X chairs the committee", "X governs the central bank".
HEAD_VERBS = {"head": "head", "lead": "leader", "chair": "chair", "run": "head",
              "govern": "governor"}  # fmt: skip
# Verbs that say their subject holds the post they name ("X is / remains Y's
# envoy", "X took over / returned as chairman") or held it until then ("X resigned /
# stepped down / was sacked as chairman": a former post).
HOLDING_VERBS = frozenset({"be", "remain", "stay", "take", "return", "succeed", "continue"})
# Verbs whose subject takes the post their object leaves: "X succeeded / replaced Y as chairman".
SUCCEEDING_VERBS = frozenset({"succeed", "replace"})
LEAVING_VERBS = frozenset(
    "resign quit step stand retire sack fire oust replace dismiss remove depose leave".split()
)
# Verbs that make their subject a member of the body or a party to the agreement they
# name ("Finland joined NATO"), each with the preposition before it ("" for an object);
# verbs that end a membership ("Qatar quit OPEC", "pulled out of the bloc"), say it holds
# ("Vietnam belongs to ASEAN") or put a member out ("was expelled from the bloc").
JOINING_VERBS = {"join": "", "rejoin": "", "enter": ""}
QUITTING_VERBS = {"leave": "", "quit": "", "exit": "", "withdraw": "from", "pull": "out of",
                  "secede": "from"}  # fmt: skip
BELONGING_VERBS = {"belong": "to"}
EXPELLING_VERBS = {"expel": "from", "oust": "from", "throw": "out of", "kick": "out of"}
# Words that name a government portfolio inside a title: "Trade Representative",
# "Minister of International Trade and Industry".
PORTFOLIO_WORDS = frozenset(
    """
    foreign affairs interior home trade industry international finance economy economics
    economic defence defense justice health education energy treasury commerce
    agriculture transport labour labor culture environment security intelligence
    development state planning housing tourism information communications monetary fiscal
    consumer constitutional fisheries immigration employment
    """.split()
)
# Titles that name a cabinet portfolio: "Foreign Secretary", "Defence Minister".
PORTFOLIO_TITLES = frozenset({"secretary", "minister", "ministers", "secretaries"})
# Machines of war act for whoever owns them: "Sudanese aircraft bombed X", "hit by Iranian
# missiles", "Syrian air defences shot down X", "Ukrainian guns returned the fire" (not "a
# Chinese aircraft maker"; not "tank" or "fighter" alone: a think-tank, a rebel).
ARMED_MACHINES = frozenset(
    """jets warplanes bombers drones warships gunboats tanks artillery aircraft helicopters gunships
    planes missiles rockets ships vessels boats submarines jet warplane bomber drone warship
    gunboat helicopter gunship plane missile rocket ship vessel boat submarine interceptor
    interceptors frigate frigates destroyer destroyers cruiser cruisers corvette corvettes
    battleship battleships defences defenses speedboat speedboats shell shells mortar mortars bomb
    bombs guns""".split()
)
# What is sold when selling arms, by lemma ("sold fighter jets to X"; not planes, ships, boats).
ARMS_OBJECTS = frozenset(
    """weapon arms ammunition munitions artillery tank missile jet warplane fighter bomber patrol
    drone rocket helicopter gunship warship frigate submarine rifle howitzer launcher""".split()
)
# Common nouns for people (and machines) who act for a country or body: "envoys from Iran".
AGENT_NOUNS = ARMED_MACHINES | frozenset(
    """envoy envoys official officials diplomat diplomats delegation delegations delegate delegates
    representative representatives negotiator negotiators minister ministers deputies leader leaders
    counterpart counterparts president presidents government governments senators administration
    authorities authority side sides team teams director directors commissions hosts officer
    officers spokesman spokeswoman spokesperson ambassador ambassadors prime premier king queen emir
    sultan emperor monarch head heads chief chiefs secretary secretaries member members lawmakers
    congressmen legislators military force forces troops army navy regime mediator mediators agents
    operatives commander commanders generals emissary emissaries premiers marines commandos elders
    paratroopers soldiers police prosecutors prosecutor guard guards coastguard coastguards
    advisers advisors governors attorneys
    commission mission missions hackers spies executives staff regulator regulators jury
    instructors trainers leadership panel""".split()
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
    militias militiamen paramilitaries
    """.split()
)
# Plural nouns for people acting together, actors when a name or demonym qualifies
# them: "Jewish groups", "pro-democracy activists", "Kurdish students".
DESCRIBED_GROUP_NOUNS = frozenset(
    """
    groups factions activists students campaigners critics supporters opponents unions
    hardliners dissidents settlers loyalists parliamentarians mps organisations organizations
    rulers plotters putschists mutineers commanders makers manufacturers producers exporters
    importers carmakers automakers steelmakers deputies senators congressmen mercenaries
    """.split()
)
# Modifiers that make people a group of their own: "the coup leaders", "military rulers",
# "rebel commanders", "opposition activists".
GROUP_MODIFIERS = frozenset(
    """
    coup military rebel armed opposition ruling separatist islamist jihadist insurgent
    militant paramilitary pro-democracy anti-government guerrilla
    """.split()
)
# Plural nouns for a state's armed or security forces, and for armed men, an unnamed
# group of their article even with no country named ("Troops attacked ...", "Police
# arrested X", "Gunmen attacked her motorcade"), alone or after a word of their kind
# ("security forces", "riot police"); "forces" only after such a word (not "market
# forces").
FORCE_PLURALS = frozenset(
    {"troops", "soldiers", "police", "policemen", "generals", "forces", "gunmen"}
)
FORCE_KIND_MODIFIERS = frozenset({"security", "riot", "armed"})
# Armed men named by the body they fight for, who are that body: "Hamas fighters",
# "MRTA guerrillas" (as "NATO troops" are NATO).
FIGHTER_NOUNS = frozenset(
    "rebels insurgents militants fighters guerrillas militiamen gunmen commanders mercenaries".split()
)
# What stands for its owner when it is attacked, raided or searched: "their homes
# were attacked" is an attack on them, "his office was raided" on him.
OWNERS_PROPERTY = frozenset(
    """
    home homes house houses residence residences office offices convoy convoys motorcade
    motorcades car cars compound compounds headquarters embassy embassies consulate consulates
    """.split()
)
# Singular nouns for such a group: "the junta".
GROUP_SINGULARS = frozenset({"junta"})
# Singular nouns for a group when a country qualifies them (and, but for
# "opposition", one of the modifiers above): "the Libyan opposition", "Chad's main
# rebel group", "a Somali militant movement".
QUALIFIED_GROUP_SINGULARS = frozenset({"opposition", "group", "movement", "militia", "faction"})
# Plural nouns that refer back to two or more actors named before: "the two
# leaders", "both sides", "the pair". Person nouns point back to people, the
# others to countries or bodies.
PLURAL_PEOPLE_NOUNS = frozenset(
    {"leaders", "ministers", "presidents", "envoys", "men", "women", "officials", "diplomats",
     "negotiators", "premiers", "chiefs", "heads", "executives", "bosses", "generals", "pair",
     "two"})  # fmt: skip
# Plural posts whose holders the article's titles tell: "the three foreign ministers"
# are the people it calls foreign minister, named before or after.
PLURAL_POSTS = frozenset(
    """
    presidents ministers premiers chancellors envoys ambassadors leaders negotiators
    mediators secretaries governors mayors chairmen kings
    """.split()
)
# Plural roles an apposition list can name ("the mediators - A, B and C -"); the
# noun then stands for those people anywhere in the article.
ROLE_NOUNS = PLURAL_POSTS | frozenset(
    """
    intermediaries officials diplomats representatives delegates emissaries monitors
    observers inspectors advisers advisors aides go-betweens
    """.split()
)
# Roles one group is called by turns: "the mediators - A and B -" are "the negotiators".
ROLE_SYNONYMS = (frozenset({"mediators", "negotiators", "intermediaries", "go-betweens"}),)
# Words of a post before its noun: "the foreign ministers", "both prime ministers".
POST_MODIFIERS = PORTFOLIO_WORDS | frozenset({"prime", "deputy", "vice", "shadow", "chief"})
# Spellings of one post word: "defense minister" holds the post "defence minister".
POST_SPELLINGS = {"defense": "defence", "labor": "labour"}
# Plural nouns for companies: "the two firms" are the two companies just named.
PLURAL_ORG_NOUNS = frozenset({"firms", "companies", "banks", "carmakers", "airlines", "insurers",
                              "funds", "lenders"})  # fmt: skip
# Verbs whose plural subject does them with each other: "they met" is two or more.
RECIPROCAL_VERBS = frozenset({"meet", "talk", "confer", "negotiate"})
PLURAL_STATE_NOUNS = frozenset(
    {"sides", "countries", "nations", "governments", "states", "neighbours", "neighbors",
     "delegations", "capitals", "powers", "rivals", "parties"}
)  # fmt: skip
# Group nouns that name a relation, not a body: "the parties to the deal".
RELATIONAL_NOUNS = frozenset({"parties", "signatories", "members", "partners", "participants"})
# A firm's kind that refers back ("the carmaker") and its governing organs ("the
# board": a body's governing part), each the one firm named before (kg.language.named_firms).
FIRM_ANAPHORS = listed_words("firm-words.txt")["anaphor"]
FIRM_ORGANS = listed_words("group-words.txt")["part"]
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
    "union": {"union", "bloc"},
    "alliance": {"alliance", "nato", "organization"},
    "fund": {"fund"}, "company": {"company"}, "firm": {"firm"}, **{w: {w} for w in FIRM_ANAPHORS | FIRM_ORGANS},  # (kg.language.named_firms)
    "regulator": {"authority", "commission", "regulator"}, "watchdog": {"authority", "commission", "watchdog"},
    "party": {"party"}, "movement": {"movement"}, "lender": {"lender"}, "charity": {"charity"},
    "group": {"group", "grouping"}, "grouping": {"group", "grouping"}, "militia": {"militia"},
    "organisation": {"organisation", "organization"}, "organization": {"organisation", "organization"},
    "body": {"body"},  # "the body": the one international body named before (kg.language.named_bodies)
    "federation": {"federation"}, "league": {"league"}, "community": {"community"}, "institute": {"institute"}, "association": {"association"}, "foundation": {"foundation"}, "academy": {"academy"}, "confederation": {"confederation"},
} | {w: {w} for w in listed_words("body-heads.txt")["heads"]}  # fmt: skip
# Of those, the ones that refer back only bare ("the group"; not "the Labour group")
BARE_ONLY_ANAPHORA = frozenset("group grouping organisation organization militia movement community body".split())  # fmt: skip
OWNER_ONLY_ANAPHORA = frozenset({"party"})  # only as a post's owner: "the party's leader X"
# Of those, bare before a plural title, people of a kind: "Union leaders" lead trade unions.
GENERIC_BARE_ANAPHORA = frozenset({"union"})
# Nouns that continue an agreement or a country mentioned before: "the deal".
AGREEMENT_ANAPHORA = frozenset({"deal", "agreement", "accord", "treaty", "pact", "accords"})
COUNTRY_ANAPHORA = frozenset({"country", "nation", "kingdom"})
# Prepositions after which a place is a location, not an actor: "met in Vienna".
# Nouns of an apposition that make the name before it a place ("X, a shrine in the
# west", "X, a mining town"): the kinds of place news describes, never a body.
PLACE_KIND_NOUNS = frozenset(
    """
    city town village hamlet suburb district province region county island port resort
    shrine temple mosque church cathedral monastery valley mountain river lake desert
    neighbourhood neighborhood township oasis enclave settlement
    """.split()
)
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "into", "across", "around", "inside", "outside", "throughout",
     "within", "via", "through", "along", "towards", "toward"}
)  # fmt: skip
# Small counts that make a plural noun refer back ("the three ministers").
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}  # fmt: skip
PRONOUNS_PERSON = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
# A person's possessive before what is theirs: "his government", "her allies".
PERSON_POSSESSIVES = frozenset({"his", "her"})
PRONOUNS_THING = frozenset({"it", "its", "itself"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
# Armed men and machines that act for whoever owns them: "Chile's troops", "the
# warlord's soldiers"; what they attack they attack with arms, not words.
ARMED_AGENTS = ARMED_MACHINES | frozenset(
    "troops soldiers police generals marines commandos paratroopers".split())  # fmt: skip
# Agent nouns that act for whoever owns them: "Ali Sow's agents", "whose forces", "the
# president's envoy" (not "his counterpart", who serves someone else; not "market forces").
ACTING_FOR_OWNER = ARMED_AGENTS | frozenset(
    """
    agents operatives envoy envoys representative representatives spokesman spokeswoman
    forces delegation delegations delegate delegates coastguard coastguards
    spokesperson aide aides emissary emissaries lawyers lawyer negotiator negotiators hackers spies
    """.split()
)
# Posts held by one person who leads or sits for a body: unnamed, "the Tory
# leader" or "the union's chairman" is a person the story does not name, not the
# body (whereas "the UN envoy", "the party spokesman", "Tory officials" or "his EU
# counterparts" act for it).
INDIVIDUAL_POSTS = frozenset(
    """
    leader president vice-president chairman chairwoman chairperson chair chief head backbencher
    secretary minister premier prime governor mayor king queen commissioner treasurer grandee
    whip founder ceo executive general-secretary secretary-general speaker deputy mp frontbencher
    senator congressman congresswoman lawmaker legislator director councillor councilor peer
    """.split()
)
# Words that count or quantify a plural: "some 60 students", "several Tories".
QUANTIFIERS = frozenset("some many several few dozens hundreds thousands all most".split())

# A peer's titles: "Baroness Vale", "Lord Holm of Kirkwall".
PEER_TITLES = frozenset(
    {"Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess", "Earl", "Countess"}
)
