"""Mentions to canonical actors, within one article.

:func:`resolve_actors` links every mention to an actor key that is stable
across articles ("person/mikhail-ulyanov", "country/RUS", "org/EU"):

* surnames and partial names to the full name the article gives ("Reyes",
  "Mr Lowe", "Rashid" -> "Karim al-Rashid"), and a name the model mistyped
  ("Mercier" as an organisation) to the person it names;
* capitals and seats of power to their country ("Tehran", "the Kremlin"), a
  country's government, administration or forces (or its leader's: "Golan's
  government", "his government") to the country, "the North" to North Korea when the article names it;
* acronyms to the organisation introduced with them ("SNSC"), short names to the full
  one ("the Commission" -> "European commission"), shared initials by their story;
* definite descriptions to the person holding the title ("the foreign secretary", "the
  Kenyan leader") or, failing that, the country they qualify ("his Chinese counterpart");
* pronouns to the most likely person (he, his, she, her) or body (it, its).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.language.actor_context import acts, only_qualifies, place_mentions
from kg.language.actor_tokens import collect_titles, map_tokens
from kg.language.agreement import name_sex, person_gender
from kg.language.article_actors import ArticleActors
from kg.language.bare_chambers import named_chamber
from kg.language.bare_parties import party_key
from kg.language.body_words import MISSION_WORDS
from kg.language.commands import command_name
from kg.language.common_forces import common_force
from kg.language.coordinated_titles import one_holder
from kg.language.coref import resolve_pronoun
from kg.language.coref_state import CorefState
from kg.language.described_groups import UNNAMED_FORCES, armed_antecedent
from kg.language.descriptions import resolve_description
from kg.language.firm_short_names import is_head_of, later_full_name
from kg.language.gazetteer import Entry, gazetteer
from kg.language.headline_names import headline_only
from kg.language.lexicon import (
    GENERIC_GROUP_NOUNS,
    GROUP_SINGULARS,
    OWN_POSSESSIVES,
    PORTFOLIO_TITLES,
)
from kg.language.lower_pacts import article_key
from kg.language.mentions import ACTOR_KINDS, Mention
from kg.language.names import POSSESSIVE_ENDINGS, clean_name, without_full_stop
from kg.language.owned_governments import pronoun_government
from kg.language.pair_owners import pair_owners
from kg.language.person_names import link_people
from kg.language.places import places
from kg.language.plural_resolution import resolve_plural, their_owners
from kg.language.post_fronts import before_a_post, one_body_of
from kg.language.regional_governments import governed_region, government_named, regional_posts
from kg.language.ruled_by import OWNED_STATES, leader_before, leaders_country
from kg.language.short_forms import (
    out_of_its_country,
    rival_body,
    rival_initials,
    settle_short_forms,
)
from kg.language.short_names import is_acronym_of
from kg.language.slugs import own_key, slug
from kg.language.source_owners import source_owner
from kg.language.state_bodies import body_name, country_body_key, named_force_of_its_own
from kg.language.titled_bodies import titled_force
from kg.records import Actor, ActorType

_TYPE_FOR_KIND = {"person": ActorType.PERSON, "Person": ActorType.PERSON,
                  "country": ActorType.COUNTRY, "org": ActorType.ORGANIZATION,
                  "group": ActorType.GROUP, "agreement": ActorType.AGREEMENT}  # fmt: skip
# Kinds of body that, alone, name none: "Party", "Union" (a state's "Senate" or
# "Parliament" is its country's, see :mod:`kg.language.state_bodies`).
_BARE_KINDS = frozenset("""party union group company association organisation organization coalition
    movement front alliance league foundation corporation institute federation""".split())  # fmt: skip
_MEMBER_STATES = {"countries", "states", "nations", "members", "governments"}
_STATE_HEADS = {"government", "administration", "authorities", "regime", "cabinet",
                "forces", "troops", "military", "army", "navy", "delegation", "leadership",
                *MISSION_WORDS, *OWNED_STATES}  # fmt: skip


class _Resolver:
    def __init__(self, doc: Doc, mentions: list[Mention], scope: str) -> None:
        self.scope = scope
        self.doc = doc
        self.mentions = mentions
        self.gz = gazetteer()
        self.out = ArticleActors(mentions=mentions)
        self.aliases: dict[str, set[str]] = {}
        self.countries = settle_short_forms(doc, mentions)  # "ICC": a court or a council
        self.places = place_mentions(doc, mentions) - {  # "the governments of Scotland and Wales"
            m.id for m in mentions if m.kind == "org" and governed_region(doc, m.start, m.end)
        }

    # -- registration ------------------------------------------------------
    def _register(self, key: str, type_: ActorType, name: str, entry: Entry | None = None) -> str:
        if entry is not None and out_of_its_country(entry, self.countries):
            # "Labour", "Democrats" outside their country's news: no known party, one name
            # of its own for all the article's forms of it ("Labour MP X", "the Labour party")
            name = clean_name(name)
            key, type_, entry = f"org/{slug(entry.name)}", ActorType.ORGANIZATION, None
        if key not in self.out.actors:
            actor = actor_of_entry(entry, type_) if entry is not None else Actor(key, type_, name)
            self.out.actors[key] = actor
        name = without_full_stop(name)
        if name and name != self.out.actors[key].name:
            self.aliases.setdefault(key, set()).add(name)
        return key

    def _register_entry(self, entry: Entry) -> str:
        return self._register(entry.key, _TYPE_FOR_KIND[_kind(entry)], entry.name, entry)

    def _link(self, m: Mention, key: str | None) -> None:
        if key is not None:
            self.out.by_mention[m.id] = key

    # -- the passes --------------------------------------------------------
    def run(self) -> ArticleActors:
        people = self._people()
        for m in self.mentions:
            if m.id in self.out.by_mention or m.id in self.places:
                continue
            if m.kind in {"country", "demonym"} and only_qualifies(self.doc, m):
                continue  # "a US firm", "Kosovo Albanian villages": no party
            if m.metonym and not acts(self.doc, m):
                # "flew to Beijing", "London mayor": the city, not its government
                self.mentions[m.id] = replace(m, kind="place", entry=None)
                continue
            if self._portfolio(m):
                continue  # "Labour Minister X" of Saudi Arabia: a ministry's field, no party
            if m.kind == "person" or m.id in people:
                self._link(m, people.get(m.id))
            elif m.kind in {"country", "group", "agreement"}:  # ("the rebels": "X rebels")
                earlier = armed_antecedent(self.doc, self.mentions, self.out.by_mention, m)
                self._link(m, earlier or self._named(m))
            elif m.kind == "org":
                self._link(m, self._org(m))
            elif m.kind == "place":
                self._link(m, self._compass_place(m) or self._unknown_polity(m))
            elif m.kind == "demonym" and m.entry is not None:
                entry = self._qualified(m) or m.entry
                name = entry.name if entry is not m.entry or not entry.contextual else m.text
                self._link(m, self._register(entry.key, _TYPE_FOR_KIND[_kind(entry)], name, entry))
        for _, _, region, _ in regional_posts(self.doc, self.mentions):  # "Welsh premier X"
            self._register(region.key, ActorType.ORGANIZATION, region.government)
        state = CorefState(self.doc, self.mentions, self.out.by_mention, self._register_entry,
                           self.out.titles)  # fmt: skip
        for m in self.mentions:
            if (owner := source_owner(state, m)) is not None:
                self._link(m, owner[0])  # "Peru met X, the country's minister, Y, said": Peru's
            elif m.kind == "description":
                # "the former UN envoy and Irish president": a person, not Ireland
                held = one_holder(state, m)
                self._link(m, held[1] if held is not None else resolve_description(state, m))
                if held is not None:
                    self.out.held.update(dict.fromkeys(held[0], (held[1],) if held[1] else ()))
            elif m.kind == "org" and m.id not in self.out.by_mention:
                self._link(m, pronoun_government(state, m))  # "his government"
            elif m.kind == "pronoun":
                key = resolve_pronoun(state, m)
                self._link(m, key)
                if key is None and (owners := their_owners(state, m) or pair_owners(state, m)):
                    self.out.plural[m.id] = owners  # "their foreign ministers"
            elif m.kind == "plural":
                keys = resolve_plural(state, m)
                if keys:
                    self.out.plural[m.id] = keys
        collect_titles(self.out)
        map_tokens(self.out)
        for key, names in self.aliases.items():
            actor = self.out.actors[key]
            aliases = tuple(sorted(n for n in names if n != actor.name))
            self.out.actors[key] = replace(actor, aliases=aliases)
        self._sexes(state)
        return self.out

    def _sexes(self, state: CorefState) -> None:
        """A person's sex where an honorific, a post or the given name tells it (so
        that across articles "Lady Vale" joins no Tom Vale by surname)."""
        for key, actor in self.out.actors.items():
            if actor.type != ActorType.PERSON:
                continue
            sex = person_gender(self.doc, self.mentions, self.out.by_mention, key)
            sex = sex if sex in {"m", "f"} else "" if sex else name_sex(state, key)
            if sex:
                self.out.actors[key] = replace(actor, sex=sex)

    def _portfolio(self, m: Mention) -> bool:
        """An ambiguous party name ("Labour") outside its country's news, right
        before "Minister" or "Secretary": the field of a ministry."""
        e, doc = m.entry, self.doc
        return (e is not None and out_of_its_country(e, self.countries)
                and m.end < len(doc) and doc[m.end].lower_ in PORTFOLIO_TITLES)  # fmt: skip

    def _people(self) -> dict[int, str]:
        """Person mentions (and mistyped surnames) to person keys."""
        for m in self.mentions:
            if m.kind == "person" and m.entry is not None and m.id not in self.places:
                self.out.by_mention[m.id] = self._register(
                    m.entry.key, ActorType.PERSON, m.text, m.entry
                )
        out: dict[int, str] = {}
        skip = self.places | set(self.out.by_mention)
        for link in link_people(self.doc, self.mentions, skip):
            out[link.mention] = self._register(link.key, ActorType.PERSON, link.name)
            if link.alias is not None:
                self.aliases.setdefault(link.key, set()).add(link.alias)
        return out

    def _qualified(self, m: Mention) -> Entry | None:
        """ "Liberal Democrat": the word before an adjective may qualify it."""
        if m.start == 0:
            return None
        return self.gz.demonym(self.doc[m.start - 1 : m.end].text)

    def _named(self, m: Mention) -> str:
        type_ = _TYPE_FOR_KIND[m.kind]
        if m.entry is not None:
            return self._register(m.entry.key, type_, m.text, m.entry)
        prefix = {"group": "group", "agreement": "agreement", "country": "country"}[m.kind]
        name = _strip_article(m.text)
        words = name.split()
        if m.kind == "group" and words and words[-1].lower() in _MEMBER_STATES:
            # "European Union countries", "NATO members": the body its members make up
            inner = [o.entry for o in self.mentions if o.kind == "org" and o.entry is not None
                     and m.start <= o.start and o.end < m.end]  # fmt: skip
            if inner and inner[-1] is not None:
                return self._register_entry(inner[-1])
        if m.kind == "group" and words and words[0].lower() in OWN_POSSESSIVES:
            name = " ".join(words[1:])
        # a capital that only opens the sentence names nothing ("Rebels attacked ...")
        first = self.doc[m.start]
        opening = (  # "Rebels", tagged a proper noun when it opens the sentence
            first.is_sent_start
            and (first.pos_ != "PROPN" or len(words) == 1)
            and not first.ent_type_
            and len(name.split()) == len(m.text.split())
        )
        if (
            m.kind == "group"
            and name.split()[-1].lower() in GENERIC_GROUP_NOUNS | GROUP_SINGULARS | UNNAMED_FORCES
            and not any(w[0].isupper() for w in name.split()[1 if opening else 0 :])
        ):
            # an unnamed group ("the banks", "its allies", "the junta", "the army") belongs to its
            # article: another story's junta is another country's
            key = own_key(f"group/{slug(name)}", self.scope)
            return self._register(key, type_, name)
        return self._register(article_key(f"{prefix}/{slug(name)}", name, self.scope), type_, name)

    def _org(self, m: Mention) -> str | None:
        if m.entry is not None:
            return self._register(m.entry.key, _TYPE_FOR_KIND[_kind(m.entry)], m.text, m.entry)
        name = _strip_article(m.text)
        words = name.split()
        if (command := command_name(words)) is not None:  # "US Africa Command": a body
            return self._register(f"org/{slug(command)}", ActorType.ORGANIZATION, command)
        # A country's government, administration or forces act as the country (not "the
        # Syrian Democratic Forces", a body of its own); so does its leader's ("Golan's").
        named = government_named(words)  # "Scotland's government": another name of it
        region = named or governed_region(self.doc, m.start, m.end)
        if region is not None:  # "the Scottish and Welsh governments": "Scottish" no name
            gov = self._register(region.key, ActorType.ORGANIZATION, region.government)
            return self._register(gov, ActorType.ORGANIZATION, name) if named else gov
        own = named_force_of_its_own(self.gz, words)
        common = common_force(words)  # "China's coast guard vessel": China's, or no one's
        own = own or titled_force(self.doc, m.start, m.end)  # "Nigerian Army spokesman X"
        if words and (words[-1].lower() in _STATE_HEADS or common) and not own:
            country = self._country_in(m)
            if country is None:  # "Chinese government", "United States Embassies"
                entry = self.gz.adjective_in(words) or self.gz.lookup(" ".join(words[:-1]))
                if entry is not None and entry.type == "Country":
                    country = self._register(entry.key, ActorType.COUNTRY, entry.name, entry)
            if country is None and leader_before(self.doc, self.doc[m.end - 1]) is not None:
                return leaders_country(self.doc, self.mentions, self.out.by_mention, m)
            if country is not None or common:
                return country
        name = body_name(self.doc, self.mentions, m, name)  # "Belarus's supreme court"
        before = self.mentions[: m.id]
        if chamber := named_chamber(before, self.out.by_mention, self.out.actors, name, self.scope):
            return self._register(chamber, ActorType.ORGANIZATION, name)  # "the House"
        for prev in reversed(before):  # "SNSC" of "X (SNSC)", "Commission" of "EU commission"
            key = self.out.by_mention.get(prev.id)
            if prev.kind != "org" or key is None:
                continue
            acronym = is_acronym_of(name, prev.text)
            if acronym or is_head_of(name, prev.text):
                if rival_body(before, self.out.by_mention, key, name, prev) or (
                    acronym and rival_initials(before, self.out.by_mention, key, name)
                ):
                    return None  # "the Commission" after two commissions: neither
                self.aliases.setdefault(key, set()).add(name)
                return key
        if name.lower() in _BARE_KINDS:
            return None  # "Party leader X" with no party named before: no name at all
        if before_a_post(self.doc, m.end):  # "Kellan chairman X" after "Kellan Dairies"
            names = {p.text: p for p in before if p.kind == "org" and p.id in self.out.by_mention}
            # (not when named alone before: "Fiat said ... Fiat chairman X" after "Fiat Powertrain")
            if name not in names and (body := one_body_of(name, names)) is not None:
                return self.out.by_mention[names[body].id]
        name = later_full_name(self.mentions, m, name) or name  # "the Derby said ... Derby Bank"
        key = article_key(f"org/{slug(country_body_key(self.gz, name))}", name, self.scope)
        key = party_key(key, name, self.scope)  # "the Liberals": the article's own
        if headline_only(self.doc, m.start, key, self.out.actors):
            return None  # "Former NI minister dies": a headline's cut the body never names
        for nxt in self.mentions[m.id + 1 : m.id + 3]:
            if nxt.kind == "org" and is_acronym_of(nxt.text, name):
                self.aliases.setdefault(key, set()).add(nxt.text)
        return self._register(key, ActorType.ORGANIZATION, name)

    def _country_in(self, m: Mention) -> str | None:
        for other in self.mentions:
            if other.id == m.id or other.entry is None or other.entry.type != "Country":
                continue
            after = self.doc[other.end : other.end + 2]
            if len(after) == 2 and after[0].text == "-" and after[1].tag_ == "VBN":
                continue  # "the Russian-backed government": backed by, not of, Russia
            owner = (  # "Chile's navy": the country's own forces
                other.end < len(self.doc)
                and self.doc[other.end].text in POSSESSIVE_ENDINGS
                and other.end + 1 == m.start
            )
            if (
                owner
                or m.start <= other.start < m.end
                or (m.end + 1 == other.start and self.doc[m.end].lower_ == "of")
            ):  # "the government of Syria"
                return self._register(
                    other.entry.key, ActorType.COUNTRY, other.entry.name, other.entry
                )
        return None

    def _unknown_polity(self, m: Mention) -> str | None:
        """A geopolitical name the gazetteer does not know ("Somaliland", a city
        acting as a government), when it acts rather than locates: a Country
        without ISO codes."""
        span = self.doc[m.start : m.end]
        if m.locative or (span.label_ != "GPE" and span.root.ent_type_ != "GPE"):
            return None
        name = _strip_article(m.text)
        if places().is_place(name) or not name:
            return None  # "Basra", "Dorset": a place, never an actor
        words = name.split()
        if (
            2 <= len(words) <= 3
            and all(w.isalpha() and w.istitle() for w in words)
            and not ({w.lower() for w in words} & _POLITY_WORDS)
        ):
            # "complaints from Tomas Lind": the model's GPE is a person's name
            return self._register(f"person/{slug(name)}", ActorType.PERSON, name)
        return self._register(f"country/{slug(name)}", ActorType.COUNTRY, name)

    def _compass_place(self, m: Mention) -> str | None:
        """'the North' is North Korea in an article about North Korea."""
        word = _strip_article(m.text).lower()
        if word not in {"north", "south", "west", "east"}:
            return None
        if word == "west":
            entry = self.gz.lookup("the West")
            return self._register(entry.key, ActorType.GROUP, "the West", entry) if entry else None
        for other in self.mentions:
            if (
                other.entry
                and other.entry.type == "Country"
                and other.entry.name.lower().startswith(word + " ")
            ):
                return self._register(other.entry.key, ActorType.COUNTRY, m.text, other.entry)
        return None


_POLITY_WORDS = set(
    """north south east west northern southern eastern western central upper lower new
    republic state states islands island kingdom territory territories emirate sultanate
    federation union land city province region""".split()
)


def actor_of_entry(entry: Entry, type_: ActorType | None = None) -> Actor:
    """The actor a gazetteer entry describes, with its codes."""
    kind = type_ or ActorType(entry.type)
    codes = (entry.cameo,) if entry.cameo else ()  # a listed actor's CAMEO code
    return Actor(entry.key, kind, entry.name, (), entry.wikidata, entry.iso2, entry.iso3, codes)


def _kind(entry: Entry) -> str:
    return entry.type.lower().replace("organization", "org")  # "Person": "person"


_strip_article = clean_name  # "the Syrian army" -> "Syrian army"


def resolve_actors(doc: Doc, mentions: list[Mention], *, scope: str = "") -> ArticleActors:
    """Link each mention of ``doc`` to a canonical :class:`Actor`. ``scope`` (the
    article id) keeps unnamed groups ("the banks") local to their article."""
    return _Resolver(doc, mentions, scope).run()


__all__ = ["ACTOR_KINDS", "ArticleActors", "actor_of_entry", "resolve_actors", "slug"]
