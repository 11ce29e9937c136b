"""Statements (CAMEO 01) and appeals (CAMEO 02): who said what, to whom, about whom.

Constructions: speech verbs with a subject (say, tell, tweet, write, stress,
add, warn, announce, insist, describe, report, complain ...), quotes attributed
before or after (``"...," Reyes tweeted``), ``said in a tweet``, ``made the
comments in a post``, ``according to X``, appeals (``X called on Y to ...``,
``X called for ...``). The quote (or reported clause) is kept on the event;
actors named in it become its topics and the person told is the addressee.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import inserted_speakers as ins
from kg.extract import labelled as lb
from kg.extract import quoted_speech as qs
from kg.extract import speech_scope as sc
from kg.extract import spoken_verdicts as sv
from kg.extract import stated_parties as sp
from kg.extract import unsaid_of as uo
from kg.extract.appeals import appeal_prep
from kg.extract.base import Context
from kg.extract.contact import courtesy_call, is_audience
from kg.extract.described_speech import described_in_report
from kg.extract.disjoint_speakers import named_in_words
from kg.extract.modifier_owners import WITH_NMOD, owning_words
from kg.extract.off_topic import off_topic
from kg.extract.papers import addressees as papers_addressees
from kg.extract.posted_speakers import posted_holder
from kg.extract.questions import ends_with_question
from kg.extract.relays import denies_claim, relays_speaker
from kg.extract.said_content import clean_quote, quote_of, quoted_tokens, said_content
from kg.extract.stated_parties import gives_interview, interviewers, no_topic, speaks_not
from kg.language.bloc_groups import some_members
from kg.language.thing_origins import origin_name
from kg.records import Event, EventKind, Modality, Participant

NAME = "statements"
_REMARK_NOUNS = {"remarks", "remark", "comments", "comment", "statement", "speech", "announcement"}
_PUBLIC_SPEECH = {"speak", "talk", "address", "brief"}
# Verbs of appeal that name whom they ask as their object: "urged Peru to talk".
_URGING = {"urge", "implore", "exhort"}
_TOLD_TO = {"express", "say", "speak", "talk", "give", "grant"}  # "... to X": X is told
_EXTRA_VERBS = {"propose", "express", "voice", "predict", "hail"}
# speech verbs with no other common sense: a statement even without a clause
_ALWAYS_SPEECH = {"say", "tell", "tweet", "announce", "declare", "reiterate", "comment", "remark",
                  "express", "voice", "make", "joke", "hail", "predict", "propose"}  # fmt: skip


def extract(ctx: Context) -> Iterator[Event]:
    for token, lemma, _, pos in ctx.scan():
        if pos not in {"VERB", "AUX"}:
            continue
        if lb.by_agents(token):  # "a move branded a 'retreat' by X": X's verdict
            yield from _statement(ctx, token, "statement", always=True)
        elif lemma in g.SPEECH_VERBS or lemma in _EXTRA_VERBS:
            if lemma in {"express", "voice"} and not _expresses_view(token):
                continue
            if token.lower_ == "states" and token.i > 0 and token.nbor(-1).lower_ == "member":
                continue  # "EU member states France and Germany": a noun the parser took for a verb
            if _said_thing(token) or sc.said_words(token):
                continue  # "we had what X said", "what Y is proposing is right": a thing
            spoken = lb.described_as(ctx, token) or sv.spoken_verdict(ctx, token)
            yield from _statement(ctx, token, "statement", always=spoken)
        elif lemma in sv.VERDICT_VERBS and sv.spoken_verdict(ctx, token):  # "X condemned Y"
            yield from _statement(ctx, token, "statement", always=True)
        elif lemma == "make" and any(
            c.dep_ == "dobj" and c.lower_ in _REMARK_NOUNS for c in token.children
        ):
            yield from _statement(ctx, token, "statement")
        elif (lemma == "call" and appeal_prep(token) and not courtesy_call(ctx, token)) or (
            lemma in _URGING and any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in token.children)
        ):
            yield from _statement(ctx, token, "appeal")
        elif gives_interview(token):  # "gave an interview to X": the giver speaks
            yield from _statement(ctx, token, "statement", always=True)
        elif lemma == "accord" and token.lower_ == "according":
            yield from _according_to(ctx, token)
        elif (lemma in lb.CHARACTERISING and lb.characterises(ctx, token)) or (
            lemma in _PUBLIC_SPEECH and _to_an_audience(ctx, token)
        ):
            yield from _statement(ctx, token, "statement", always=True)


# Who speaks through an unnamed aide or spokesman: "an aide to X", "a spokesman for X".
_SPEAKS_FOR = {"aide": "to", "aides": "to", "adviser": "to", "advisers": "to", "advisor": "to",
               "spokesman": "for", "spokeswoman": "for", "spokesperson": "for",
               "lawyer": "for", "lawyers": "for"}  # fmt: skip


# What speaks for its owner or author: "his office said", "a communique issued by Nato said".
_OFFICES = {"office"}
# Works say nothing themselves, nor does a name in their titles: "a new book, Lind's
# Britain, says ..." is no statement of Britain's.
_WORKS = {"book", "novel", "memoir", "biography", "autobiography", "film", "documentary", "play",
          "programme", "program", "series", "song", "album", "study"}  # fmt: skip
_PAPERS = {"statement", "communique", "communiqué", "declaration"}


def _principal(ctx: Context, token: Token, depth: int = 0) -> list[str]:
    """ "an aide to X said", "a spokesman for the party said": X, the party, speak
    (a statement relayed for them; whoever the aide meets, they do not); so do the
    owner of an office and the author of a statement that names no actor itself
    ("the Foreign Office said" is the Foreign Office)."""
    low = token.lower_
    prep = _SPEAKS_FOR.get(low)
    if prep is not None:
        sources = g.prep_objects(token, {prep})
    elif (low in _OFFICES or low in _PAPERS) and depth < 2 and not g.actors_of(ctx, token):
        if low in _OFFICES:  # "his office", "X's office", "the office of X"
            sources = [c for c in token.children if c.dep_ == "poss"]
            sources += g.prep_objects(token, {"of"})
        else:  # "a statement from X", "issued by X", "a Kremlin statement", "the EU's statement"
            sources = g.prep_objects(token, {"from", "by"})
            sources += [a for c in token.children if c.dep_ == "acl" for a in g.agents(c)]
            sources += owning_words(token, WITH_NMOD - {"amod"})  # a name; a demonym is no author
    else:
        return []
    keys = [k for o in sources for k in g.actors_of(ctx, o)]
    if not keys:  # "a statement from Mark Dunn's office"
        keys = [k for o in sources for k in _principal(ctx, o, depth + 1)]
    return [k for k in keys if not k.startswith("place/")]


def _bloc_by_adjective(ctx: Context, token: Token, key: str) -> bool:
    """ "Western diplomats said", "a Western official said": unnamed people of some
    countries of a bloc, not the bloc speaking (a "Chinese diplomat" is China's; a
    bloc named itself, "the G7 said", "Western leaders said", still speaks)."""
    mention = ctx.actors.mention_at(token.i)
    return key.startswith("group/") and (mention is None or mention.kind == "description")


def _said_thing(verb: Token) -> bool:
    """ "what X said" inside another clause names what was said, not a saying told
    here ("He said what he thought" is one)."""
    return verb.dep_ != "ROOT" and any(
        c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in verb.children
    )


def _expresses_view(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_ in {"concern", "regret", "hope", "support", "view",
                                                  "opposition", "doubt", "confidence", "anger"}
               for c in verb.children)  # fmt: skip


def _says_something(ctx: Context, verb: Token) -> bool:
    """Verbs that also have other senses ("added troops", "posted a loss", "claimed
    lives") report speech only with a clause or a quote."""
    if verb.lemma_ in _ALWAYS_SPEECH or denies_claim(verb):
        return True
    if any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children) or verb.dep_ == "parataxis":
        return True
    quoted = any(t.tag_ in {"``", "''"} or t.text == '"' for t in ctx.sentence_tokens(verb))
    return quoted and verb.dep_ in {"ROOT", "conj"}


def _to_an_audience(ctx: Context, verb: Token) -> bool:
    """ "spoke to the nation", "addressed parliament", "talked to reporters"."""
    heard = g.prep_objects(verb, {"to"}) + g.direct_objects(verb)
    return any(is_audience(ctx, t) for t in heard)


def _statement(ctx: Context, verb: Token, etype: str, *, always: bool = False) -> Iterator[Event]:
    if etype == "statement" and not always and not _says_something(ctx, verb):
        return
    if relays_speaker(ctx, verb) or sc.told_again(verb):  # "X said ..., Y reported": X's
        return
    if described_in_report(verb):  # "the cuts announced by X had failed, Y said": Y's
        return
    speaker_tokens = (
        lb.by_agents(verb)
        or sp.conj_tail(verb)
        or (g.agents(verb) if g.is_passive(verb) else g.subjects(verb) or sp.tail_paper(verb))
    )
    speaker_tokens = sp.inverted_speakers(verb, speaker_tokens)  # "X suffered Y, said Z": Z
    # "Committee on X chair Y said", the body parsed as the subject: Y
    speaker_tokens = [posted_holder(ctx, t) or t for t in speaker_tokens]
    split = ins.inserted(ctx, verb)  # "A, B told C, had lied": B speaks, of A
    speaker_tokens = split[0] if split else speaker_tokens
    if qs.told_in_quote(ctx, verb, speaker_tokens):  # '"... Y told him: ...," X said': X's words
        return
    outer = sp.adding_to(verb) or sc.said_again(verb)
    if outer is not None:  # "X said Y had a roasting, adding: ...": X adds, not Y
        speaker_tokens = sp.conj_tail(outer) or g.subjects(outer)
    quoting = sc.quoting_verb(verb)
    if quoting is not None:  # "Reuters quoted an official as saying": the official speaks
        passive_quote = g.is_passive(quoting)  # "he was quoted as saying": he does
        speaker_tokens = g.subjects(quoting) if passive_quote else g.direct_objects(quoting)
    # a law or a report says nothing itself ("the Terrorism Bill proposes ...")
    speakers = [k for t in speaker_tokens if t.lemma_ not in _WORKS for k in g.actors_of(ctx, t)
                if not k.startswith("agreement/") and not _bloc_by_adjective(ctx, t, k)
                and not (some_members(t) and k in g.actors_of_token(ctx, t))  # quoted too
                and not speaks_not(ctx, ctx.actors.mention_at(t.i))]  # fmt: skip
    speakers += [k for t in speaker_tokens for c in g.conjuncts(t) for k in _principal(ctx, c)
                 if k not in speakers]  # fmt: skip
    lost = sp.lost_objects(ctx, verb, speaker_tokens)  # "A owns B and C said": C's
    speakers = [k for k in speakers if k not in lost]
    if not speakers:
        return
    addressees: list[str] = []
    address_tokens = [
        c
        for c in verb.children
        if (c.dep_ in {"dobj", "dative"} and verb.lemma_ == "tell")
        or (c.dep_ == "dative" and c.pos_ != "ADP" and gives_interview(verb))
    ]
    address_tokens += interviewers(verb)
    appeal = appeal_prep(verb) if etype == "appeal" and verb.lemma_ == "call" else None
    if appeal is not None and appeal.lower_ in {"on", "upon"}:
        address_tokens += [c for c in appeal.children if c.dep_ == "pobj"]
        address_tokens += [c for c in verb.children if c.dep_ == "pobj"]
    elif etype == "appeal" and verb.lemma_ != "call":  # "urged Peru on Monday to talk"
        address_tokens += g.direct_objects(verb)
    if etype == "appeal" and not any(g.actors_of(ctx, t) for t in address_tokens):
        address_tokens += papers_addressees(verb)  # "phoned X, urging restraint", "wrote to X urging"
    address_tokens += g.prep_objects(verb, {"to"}) if verb.lemma_ in _TOLD_TO else []
    addressees += [k for t in address_tokens for k in g.actors_of(ctx, t)]
    content = split[1] if split else said_content(ctx, verb)
    content = sc.echoed_words(verb, content, quoted_tokens(ctx, verb))  # "as X declared"
    unnamed = named_in_words(ctx, speaker_tokens, verb)  # "He said Mr Reed lied": not Reed
    speakers = [k for k in speakers if k not in unnamed]
    if not speakers:
        return
    topics = []
    if content is not None:
        for t in uo.spoken_of(sc.without_echoes(content)):  # not "..., telling the Gazette"
            key = ctx.actors.at(t.i)
            mention = sp.topic_mention(ctx, t.i, key)
            if (
                key
                and mention is not None
                and not no_topic(mention)
                and not off_topic(ctx, mention, verb)  # "Senate leader X", "in the name of Islam"
                # "the Egyptian man", "Chinese wine sales"
                and not (sp.private_nationality(ctx, t) or uo.goods_origin(ctx, t))
                and not origin_name(t)  # "a Maltese-flagged tanker": a flag, no topic
                and not sp.eponym(ctx, t)  # "the Lisbon goals"
                and not lb.label_name(verb, mention.end - 1)  # "branded X 'Tories'"
                and key not in speakers
                and key not in addressees
            ):
                topics.append(key)
    participants = [Participant(k, "speaker") for k in dict.fromkeys(speakers)]
    participants += [
        Participant(k, "addressee") for k in dict.fromkeys(addressees) if k not in speakers
    ]
    participants += [Participant(k, "topic") for k in dict.fromkeys(topics)]
    quote = quote_of(ctx, verb, content)
    kind = EventKind.STATEMENT
    tokens: list[Token] = [verb, *speaker_tokens]
    named = [ctx.actors.mention_at(t.i) for t in speaker_tokens]
    voice = sc.speaking(verb)  # "X said A and warned B": "warned" is as X's "said" is
    confidence = 0.85 if all(m is not None and m.kind != "pronoun" for m in named) else 0.7
    yield Event(
        kind=kind,
        type=etype,
        participants=tuple(participants),
        evidence=ctx.evidence(tokens, f"{NAME}/v1", confidence),
        trigger=verb.text,
        modality=Modality.ASSERTED if _would_only_say(ctx, verb) else g.modality(ctx, voice),
        negated=g.negated(voice),
        date_text=g.date_of(verb),
        quote=quote,
    )


def _would_only_say(ctx: Context, verb: Token) -> bool:
    """ "X would only say that ...", "would say only that ...": a statement made,
    kept short (not a conditional)."""
    doc = verb.doc
    beside = [doc[i] for i in (verb.i - 1, verb.i + 1) if 0 <= i < len(doc)]
    return (
        verb.dep_ == "ROOT"
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
        and any(t.lower_ == "only" for t in beside)
        and not ends_with_question(ctx.sentence(verb))
        # "If asked, X would ..."
        and not any(t.lower_ in {"if", "unless"} for t in ctx.sentence_tokens(verb))
    )


def _according_to(ctx: Context, according: Token) -> Iterator[Event]:
    """ "..., according to X": X said the main clause."""
    sources = [
        c for to in according.children if to.lower_ == "to" for c in to.children if c.dep_ == "pobj"
    ]
    speakers = [k for t in sources if t.lemma_ not in _WORKS for k in g.actors_of(ctx, t)]
    # "according to a telex from X"
    for t in sources:
        for c in g.prep_objects(t, {"from", "by"}):
            speakers.extend(g.actors_of(ctx, c))
    if relays_speaker(ctx, according) and not any(k.startswith("person/") for k in speakers):
        return  # '"...," X said, according to the agency' (a person telling it speaks)
    if not speakers:  # "according to his office", "to a statement from X's office"
        speakers = [k for t in sources for k in _principal(ctx, t)]
    if not speakers:
        return
    main = according.head
    yield Event(
        kind=EventKind.STATEMENT,
        type="statement",
        participants=tuple(Participant(k, "speaker") for k in dict.fromkeys(speakers)),
        evidence=ctx.evidence([according, *sources], f"{NAME}/v1", 0.7),
        trigger="according to",
        quote=clean_quote(main.sent.text),
    )
