"""General English words about what actors say and do: speech, audiences,
stances, demands, aid, force and ties (the words for people, posts, groups and
bodies are in :mod:`kg.language.lexicon`, those of meeting and contact in
:mod:`kg.language.contact_words`).

Only common words live here, never names of people or places.
"""

from __future__ import annotations

from kg.language.lexicon import OWNERS_PROPERTY, listed_words

# Verbs that report speech: "said", "tweeted", "warned" ...
SPEECH_VERBS = frozenset(
    """
    say tell tweet write stress add warn announce insist describe note predict suggest
    acknowledge complain claim deny report state declare reiterate explain argue
    indicate emphasise emphasize comment remark confirm reply respond assert affirm joke
    post underline underscore caution admit concede contend allege testify exclaim quip muse
    observe lament boast vow proclaim insist maintain retort counter reply plead disclose
    reveal divulge recount mention concur
    """.split()
)
# Verbs of answering: "X reacted angrily to Y's decision", "X responded".
RESPONDING_VERBS = frozenset({"respond", "react", "reply", "retort"})
# What is said at a meeting, by whom it says ("the summit's first speeches by A and B").
SPEECH_NOUNS = frozenset({"remark", "speech", "address", "statement", "toast", "comment"})
# Verbs whose object does what the infinitive says ("urged Iran to talk", "prompted X to").
OBJECT_CONTROL = frozenset(
    """
    call urge ask press push encourage request invite persuade convince order instruct tell
    allow help force pressure warn caution advise counsel prompt spur compel oblige provoke lead
    """.split()
)
# Verbs that judge their object for what it did: "praised X for expelling Y", "accused X
# of arming Y" (X expelled, X armed).
JUDGING_VERBS = frozenset(
    """
    praise thank commend congratulate hail applaud laud salute reward blame criticise criticize
    condemn denounce accuse fault rebuke chide scold reprimand punish sue charge indict convict
    slam hit lash rail
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
    agenda stance performance tax taxes spending cuts report pledge pledges promise promises
    figures failure failures u-turn move moves position threat criticism accusation allegation
    """.split()
)
# Nouns that measure or carry what is given: "a line of credit", "shipments of rice"
# (not "a message of support").
AID_MEASURES = frozenset(
    """
    line lines package packages shipment shipments consignment consignments tranche
    tranches batch batches delivery deliveries tonne tonnes ton tons convoy convoys
    dozens hundreds thousands millions team teams crew crews
    """.split()
)
# What makes a war one of words or trade, fought without arms: "a trade war", "a
# price war", "a war of words".
FIGURATIVE_WARS = frozenset(
    """
    trade tariff price currency propaganda culture bidding turf media information
    words advertising ratings talent
    """.split()
)
# Words that end the name of a newspaper, broadcaster or programme ("the Today
# programme", "Sky News"), and standing news organisations known by one name.
MEDIA_WORDS = frozenset(
    """
    news times post radio television tv programme program newspaper magazine journal herald
    gazette telegraph guardian tribune daily weekly broadcaster channel show agency observer
    independent mirror express standard chronicle review
    """.split()
)
MEDIA_NAMES = frozenset(
    """
    BBC CNN ITV Reuters AFP AP Bloomberg Sky NPR PBS ABC CBS NBC Fox Xinhua Tass TASS Interfax CNBC
    Yonhap Kyodo Aljazeera ZDF ARD NHK RAI RTE CBC SABC KBS MBC CCTV DW TF1 Euronews VOA
    DPA ANSA EFE PTI IRNA KCNA MENA WAFA SANA Anadolu Bernama Antara Tanjug Novosti MSNBC
    """.split()
) | {
    "Al Jazeera", "Al Arabiya", "Associated Press", "Agence France-Presse", "Press Association",
    "Deutsche Welle", "France 24", "Voice of America", "Radio Free Europe", "Channel 4",
    "RIA Novosti", "Itar-Tass",
}  # fmt: skip
# What one doubts of a person or body rather than the person: "questioned X's judgement",
# "cast doubt on the competence of X".
QUALITY_NOUNS = frozenset(
    """
    judgement judgment competence motive motives integrity honesty credibility sincerity
    commitment legitimacy ability fitness account version explanation explanations
    assurance assurances accounts word motivation intention intentions
    """.split()
)
DOUBTED_NOUNS = IDEA_NOUNS | QUALITY_NOUNS
# Nouns whose "of X" names their owner: "the presence of Ugandan forces", "the home of X",
# "the visit of X's lawmakers to Y" (the visitors'), "occupied parts of X" (X's land).
OWNED_NOUNS = (
    DOUBTED_NOUNS
    | OWNERS_PROPERTY  # "stormed the home of X", "ambushed the motorcade of X"
    | frozenset(
        """
        presence action actions behaviour behavior conduct role involvement regime government
        administration interference meddling effort efforts attempt attempts deployment deployments
        buildup build-up stationing activities activity base bases camp camps position positions
        outpost outposts stronghold strongholds hideout hideouts defence defences defense defenses
        installation installations facility facilities asset assets premises property properties
        visit visits trip trips independence sovereignty statehood territory territories part parts
        swathe swathes swath swaths slice slices chunk chunks portion portions
        """.split()
    )
)
# Words that say a clause is a criticism of its subject ("X's policy is the main
# obstacle", "Sudan's government continued to commit abuses").
NEGATIVE_WORDS = frozenset(
    """
    obstacle failed failure illegal unacceptable provocation aggression bullying violation absurd
    irresponsible hostile unfriendly provocative wrong mistake reckless dangerous destabilising destabilizing unlawful
    abuses abuse atrocities atrocity crimes crime corrupt corruption lies lying racist racism
    disgrace disgraceful shameful outrageous appalling insolent betrayal menace ridiculous ludicrous
    incompetence hypocrisy hypocritical cynical deceitful dishonest preposterous danger dangerous
    disaster disastrous scandal scandalous shambles farce nonsense fiasco blunder catastrophe catastrophic insult threat rogue pariah aggressor puppet piracy deplorable banditry
    blackmail extortion theft robbery sabotage vandalism hooliganism despicable unjustified
    unwarranted unfair inhumane disproportionate incompetent
    """.split()
)
# Predicates of disapproval: "X was appalled that ...", "X is critical of Y".
DISAPPROVAL_WORDS = frozenset(
    """
    appalled angry angered outraged dismayed disappointed furious incensed critical
    disgusted alarmed dismissive scornful contemptuous scathing
    """.split()
)
# How a response is made in anger: "reacted furiously", "responded with fury".
ANGRY_MANNERS = frozenset(
    """
    angrily furiously sharply indignantly testily harshly fiercely scathingly bitterly
    anger fury outrage indignation scorn derision disdain contempt dismay
    """.split()
)
# Words that aim at whom "at" names, so a capital after them is its government, not
# a place: "hit out at Washington", "took a swipe at Moscow", "sniped at Beijing".
# A verb of striking aims only with its particle ("hit out at", "fired back at").
AIMING_VERBS = frozenset("snipe jab rail swipe scoff sneer bristle aim point".split())
STRIKING_VERBS = frozenset("hit strike lash fire shoot".split())
AIMING_NOUNS = frozenset("aim swipe swipes jab jabs dig digs broadside potshot potshots".split())
# Words that make two who fight allies: "fought together", "side by side".
TOGETHER_WORDS = frozenset({"together", "jointly", "alongside", "side"})
# Verbs whose object is left angry with the subject or its act: "X's decision angered Y".
ANGERING_VERBS = frozenset(
    "anger infuriate enrage outrage incense irritate annoy dismay alarm upset offend".split()
)
# Verbs that end or reduce ties, and the CAMEO code for what they end (CAMEO 16):
# "cut aid to X" (162), "severed ties with X" (161), "banned flights to X" (163),
# "revoked X's licence" (172); kept as data in withheld-words.txt.
_WITHHELD = listed_words("withheld-words.txt")
REDUCING_VERBS = _WITHHELD["verb"]
RELATION_NOUNS = {word: code for code, words in sorted(_WITHHELD.items()) if code.isdigit()
                  for word in words}  # fmt: skip
# Nouns that carry the relation their compound names: "visa services", "aid programmes".
RELATION_CARRIERS = _WITHHELD["carrier"]
# Money nouns that are aid only sent "to" or "for" the partner ("halted funds for X"),
# and "payments" only "for" it unless an aid word says so ("aid payments to X").
MONEY_TO, MONEY_FOR = _WITHHELD["money-to"], _WITHHELD["money-for"]
LENDER_WORDS = _WITHHELD["lender"]  # "payments to the World Bank" repay it
# What is given when giving is aid: "sent weapons to", "gave $5m to", "provided X with aid".
AID_OBJECTS = listed_words("thing-words.txt")["aid"]
VOWING_VERBS = listed_words("vow-words.txt")["verb"]  # "vowed / pledged / swore to ..."
# What a creditor writes off for its debtor: "cancelled Ghana's debts".
DEBTS = frozenset({"debt", "debts", "arrears"})
# What is owed for goods or work, a debt when another pays it: "covered Jordan's fuel bill".
BILLS = listed_words("thing-words.txt")["owed"]
# What a bill is owed for ("fuel bill", "import bill"): a bill, not a law.
BILLED_FOR = listed_words("thing-words.txt")["owed-for"]
# Goods of value given back: "returned 300 bronzes to Nigeria" (CAMEO 0842).
PROPERTY_OBJECTS = listed_words("thing-words.txt")["property"]
# Verbs that give property for good: "gave Benin 26 treasures" (not "lent the paintings").
PROPERTY_GIVING = listed_words("thing-words.txt")["property-giving"]
# What is thrown or fired in an attack: "threw rocks at the embassy".
WEAPON_OBJECTS = frozenset(
    """
    rock rocks stone stones bomb bombs grenade grenades missile missiles rocket rockets shell
    shells bullet bullets shot shots egg eggs bottle bottles firebomb firebombs mortar mortars
    projectile projectiles tear-gas teargas drone drones weapon weapons munition munitions gas
    cannon cannons
    """.split()
)
# Nouns of a sustained effort that an act compounded before them names: "a bombing
# campaign against X", "a drone strike operation against X".
CAMPAIGN_NOUNS = frozenset("campaign operation blitz drive spree mission".split())
# Words that count or group what is thrown or fired: "a barrage of rockets", "dozens of
# drones" are the weapons they count.
WEAPON_MEASURES = frozenset(
    "barrage salvo volley hail wave swarm string series dozens hundreds scores number".split()
)
# Adjectives only words earn: "a scathing attack on X", "a verbal assault on X".
SCATHING = frozenset(
    """
    scathing blistering stinging withering verbal vitriolic excoriating scornful veiled
    thinly-veiled acerbic caustic
    """.split()
)
# Words that count or heap up what is said against someone: "faced a barrage of
# criticism", "drew a storm of protest" are the criticism and the protest drawn.
WORD_MEASURES = frozenset(
    """
    barrage volley hail wave storm torrent chorus flurry flood deluge stream spate welter
    avalanche outpouring
    """.split()
)
# People named by what befalls them: "an Iraqi civilian" is a victim with a
# nationality, not Iraq acting or owning (but a state's act on them is on their
# country: "Peru detained two Chilean sailors", kg.extract.struck.nationals_of).
VICTIM_NOUNS = frozenset(
    """
    civilian man woman child person people journalist worker tourist student national
    citizen resident family boy girl pilgrim refugee migrant hostage prisoner sailor
    seaman fisherman businessman businesswoman reporter engineer teacher missionary
    villager farmer farmhand labourer laborer driver trucker caregiver nurse doctor
    crewman crewmember employee contractor volunteer backpacker expatriate traveller
    traveler passenger priest nun monk photographer cameraman
    """.split()
)
# Offers for something: "the LSE bid" is a bid for the LSE, not by it.
BID_NOUNS = frozenset("bid takeover offer acquisition purchase merger buyout stake".split())
# Verbs that ask someone else to act: "called on the EU to suspend X", "urged Y to
# expel the envoy".
APPEAL_VERBS = frozenset("urge call ask press push appeal lobby implore petition".split())
# Adjectives that set what a noun names in the future or in doubt: "a possible
# meeting", "the proposed talks", "an upcoming summit", "its hoped-for membership".
PROSPECTIVE = frozenset(
    """possible potential proposed planned prospective future upcoming forthcoming
    expected mooted likely hypothetical projected intended eventual hoped-for desired draft""".split()
)
# What a tie no longer holding is called: "a former member", "its erstwhile ally".
ENDED = frozenset({"former", "ex", "erstwhile", "one-time", "onetime"})
# What is said of an event that has not happened: "a war now seems unlikely", "talks
# are imminent".
FORESEEN = PROSPECTIVE | frozenset("unlikely imminent inevitable probable improbable".split())
# Verbs with a particle that name something else than the verb alone: "talked up
# their ties" (praised), "talked down the risk" (played down), "backed down",
# "spoke up for": no talks, no backing.
OTHER_SENSE_PHRASES = frozenset(
    {
        "talk up",
        "talk down",
        "speak up",
        "back down",
        "back off",
        "back away",
        "break up",
        "break out",
        "break away",
        "break in",
        "break through",
    }
)


# Heads whose infinitive or clause is not yet done: "expects / plans / vowed to meet";
# an attempt's too: "is bidding / vying / battling to buy X" (not bought yet).
PLAN_HEADS = frozenset(
    """
    expect plan hope want intend schedule set due aim seek try wish propose prepare suppose
    agree offer promise threaten consider arrange mean need be going call urge ask press
    push encourage request invite order instruct ready willing prepared eager keen
    open happy poised slated likely unlikely about wait vow pledge swear strive look apply
    warn caution advise counsel tip design gear brace pressure lobby implore beg
    bid vie compete battle scramble race struggle
    """.split()
)

# Nouns whose infinitive is intended, not done: "Iran's threat to strike X", "an order
# to withdraw", "the attempt to seize X", "its pledge to arm X" (lemmas; the noun itself
# may be an event: a threat is one). Not "decision": "X's decision to seize Y angered Z"
# tells a seizure. "Plans for talks", "moves to lift X": ``PLAN_NOUNS`` (any phrase).
INTENT_NOUNS = frozenset(
    """
    threat plan pledge promise vow offer proposal bid attempt effort call demand readiness
    willingness intention intent determination order request appeal plot scheme
    ultimatum warning commitment resolve ambition aim goal desire wish preparation permission
    authorisation authorization approval mandate pressure push drive campaign motion
    """.split()
)
# ... and what is feared or may come: "fears of a war between A and B", "the risk of
# sanctions on X" (none has happened).
PLAN_NOUNS = frozenset({"plan", "plans", "proposal", "intention", "prospect", "hope", "bid",
                        "offer", "invitation", "moves", "fear", "fears", "risk", "risks",
                        "danger", "spectre", "specter", "possibility", "likelihood",
                        "chance", "chances", "prospects", "hopes", "scenario", "scenarios"})  # fmt: skip
# Verbs whose "against" names what their object should not do: "warned China against
# arming X" (China would arm X; nothing was armed).
_WARNINGS = listed_words("warning-words.txt")
WARNING_VERBS = _WARNINGS["warning"] | _WARNINGS["advising"]

# Making way for an event is not the event: "cleared the way for X to sign a deal",
# "paved the way for talks", "opened the door to a merger", "set the stage for".
MAKING_WAY_VERBS = frozenset({"pave", "clear", "open", "prepare", "set", "smooth", "lay"})
WAYS = frozenset({"way", "door", "path", "ground", "stage", "road", "groundwork"})
# Habitual events are no single event: "they often meet", "regularly consult".
HABITUAL_ADVERBS = frozenset({"frequently", "often", "regularly", "routinely", "usually", "always",
                              "sometimes", "occasionally", "normally", "typically",
                              "habitually", "annually", "yearly"})  # fmt: skip

# Verbs that name what something is called: "what it called X's aggression",
# "branded them terrorists".
NAMING_VERBS = frozenset({"call", "brand", "label", "describe", "dub", "term"})


# Who is released or freed: captives, or a person by name ("freed X").
CAPTIVE_NOUNS = frozenset({"prisoner", "hostage", "detainee", "captive", "pow", "inmate"})
# What one side hands over to another when it yields control: "handed over control of the
# base to X", "transferred the airfield to X", "ceded sovereignty to X".
CONTROL_OBJECTS = frozenset({"control", "sovereignty", "authority", "command", "base", "bases",
                             "airbase", "airfield", "airport", "port", "territory", "garrison",
                             "custody", "responsibility"})  # fmt: skip
# Taking a side: "backed Serbia in its row with X" (whose row: the one backed, not the backer).
SIDE_TAKING_VERBS = frozenset({"back", "support", "endorse", "side", "stand", "rally", "help", "aid",
                               "assist", "defend", "arm", "fund", "finance", "throw"})  # fmt: skip
# Nouns of asking another to act or come: "at the request of X", "at X's invitation".
ASKING_NOUNS = frozenset("request invitation behest bidding urging invite appeal plea".split())
