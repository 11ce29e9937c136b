"""The plain, frozen values that travel between stages.

Extractors return :class:`Event` and :class:`Relation` records; each carries an
:class:`Evidence` (article, sentence, character span, extractor, confidence), so
every triple kg writes can be traced back to the words that support it. No
spaCy object ever leaves the extraction stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True)
class Article:
    """One news article, as read from its source."""

    id: str
    title: str
    text: str
    source: str
    date: str | None = None
    dateline: str | None = None
    url: str | None = None
    publisher: str | None = None


class ActorType(StrEnum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    COUNTRY = "Country"
    GROUP = "Group"
    AGREEMENT = "Agreement"


class EventKind(StrEnum):
    """The event classes of the ontology (``kg:Meeting`` ...)."""

    MEETING = "Meeting"
    PHONE_CALL = "PhoneCall"
    VISIT = "Visit"
    NEGOTIATION = "Negotiation"
    STATEMENT = "Statement"
    CONFLICT = "Conflict"
    COOPERATION = "Cooperation"


CONTACT_KINDS = frozenset(
    {EventKind.MEETING, EventKind.PHONE_CALL, EventKind.VISIT, EventKind.NEGOTIATION}
)


class Modality(StrEnum):
    """Whether the text asserts that an event happened."""

    ASSERTED = "asserted"  # it happened (possibly as reported by someone)
    PLANNED = "planned"  # future, expected, intended
    HYPOTHETICAL = "hypothetical"  # conditional, question, possibility
    ALLEGED = "alleged"  # the content of an accusation or a denial
    HABITUAL = "habitual"  # happens regularly ("frequently meets"), not one event


class RelationType(StrEnum):
    AFFILIATION = "affiliation"  # person -> organisation/country, with a role
    MEMBERSHIP = "membership"  # country/organisation -> group/organisation/agreement


@dataclass(frozen=True)
class Actor:
    """A canonical actor: the same key in every article means the same IRI."""

    key: str  # "person/mikhail-ulyanov", "country/RUS", "org/EU"
    type: ActorType
    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    iso2: str | None = None
    iso3: str | None = None
    # CAMEO actor codes given for it ("GBRGOV"), e.g. by a user's actor file
    codes: tuple[str, ...] = ()
    # a person's sex as the article tells it (an honorific, a given name): "m", "f" or ""
    sex: str = ""


@dataclass(frozen=True)
class CodePeriod:
    """A CAMEO actor code that holds between two ISO dates (either end open)."""

    code: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class ListedActor:
    """An actor a user brings (``kg ingest --actors FILE``): recognised in text by
    its name and aliases, and preferred over the built-in gazetteer."""

    key: str  # "person/frodo-baggins", "country/ARN", "org/the-guild"
    type: ActorType
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # the country it belongs to (a code or a name)
    cameo: str | None = None  # CAMEO actor code ("USAGOV")
    iso: str | None = None  # ISO 3166 code of a country
    wikidata: str | None = None
    periods: tuple[CodePeriod, ...] = ()  # codes that hold only between two dates

    def code_on(self, day: str | None) -> str | None:
        """The CAMEO code on an ISO ``day`` (the plain code when no period holds)."""
        for p in self.periods:
            if day and (p.start is None or p.start <= day) and (p.end is None or day <= p.end):
                return p.code
        return self.cameo


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # character offsets into Article.text (into Article.title for a headline)
    end: int
    text: str
    headline: bool = False  # a sentence of the headline, numbered after the body's


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from and how sure the extractor is."""

    article_id: str
    sentence: int  # index into ArticleFacts.sentences
    start: int  # character span of the supporting words in Article.text (title for a headline)
    end: int
    extractor: str  # registered name with version, e.g. "meetings/v1"
    confidence: float


@dataclass(frozen=True)
class Participant:
    actor: str  # actor key
    role: str  # participant | agent | target | host | visitor | speaker | addressee | topic


@dataclass(frozen=True)
class Event:
    """Something that happened between actors, as one sentence tells it."""

    kind: EventKind
    type: str  # fine-grained event type, a concept of the kgt: scheme ("criticise")
    participants: tuple[Participant, ...]
    evidence: Evidence
    trigger: str = ""
    modality: Modality = Modality.ASSERTED
    negated: bool = False
    claimed_by: str | None = None  # actor key of whoever reports it
    date: str | None = None  # ISO date when it can be resolved
    date_text: str | None = None
    place: str | None = None  # place name ("Vienna")
    quote: str | None = None
    cameo: str = ""  # CAMEO code at the finest level the trigger supports ("111"); "" unknown

    def actors(self, *roles: str) -> tuple[str, ...]:
        return tuple(p.actor for p in self.participants if not roles or p.role in roles)

    @property
    def factual(self) -> bool:
        return self.modality is Modality.ASSERTED and not self.negated


@dataclass(frozen=True)
class Relation:
    """A lasting tie between two actors (a post, a membership)."""

    type: RelationType
    subject: str  # actor key
    object: str  # actor key
    evidence: Evidence
    role: str | None = None  # the title, for affiliations ("Foreign Minister")
    current: bool = True  # False for "former President X"


Fact = Event | Relation


@dataclass(frozen=True)
class ArticleFacts:
    """Everything kg learned from one article; the unit written to the store."""

    article: Article
    sentences: tuple[Sentence, ...]
    actors: tuple[Actor, ...]
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    pipeline: str = field(default="")
