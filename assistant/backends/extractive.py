"""The extractive backend (the default): no LLM, deterministic. It answers with the
article's own sentences:

* **who is X**: the person's description, cited where the article gives it;
* **what did X say**: the sentences that hold X's most relevant quotes, each quote
  cited with its speaker;
* **facts**: the sentence of the evidence articles that best matches the question, by
  its own embedding, its paragraph's and the words they share; a question whose form
  asks for a time, an amount of money, a number, a share, a place or a person gets a
  sentence that has one;
* **what does RUSI stand for / who wrote this**: the article's own expansion or byline.

It refuses when the question names someone the article never mentions, asks for the
words of someone it never quotes, asks a named person about something they never
spoke on, asks about a concept the article lacks (words absent with no near-synonym
in the text), wants a kind of answer (a date, a cost) that no matching sentence has, or
matches nothing in the article closely enough.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import replace
from typing import ClassVar

import numpy as np

from assistant.analysis import (BARE_WHY, vote_side, FORMER_WORDS, HONORIFICS, ITS_FIGURES, OTHER, PLACE_OF, PLAIN_ENGLISH, ROLE, SIMILAR, TO_THAT, TRANSATLANTIC,
                                WHICH_ONE_DID,
                                acronym_name, aged_roles, asked_of_now, asks_speech, is_demonym_person, described_speakers, descriptor_phrase, is_place_word,
                                dateline_place, list_items, LIST_ITEM_ASKED, named_speakers, people_asked_about, profile_words,
                                same_role, shared_figure, whose_body)
from assistant.backends.base import REFUSAL, Context, Draft, Source
from assistant.guard import near_quote
from assistant.library import STOPWORDS, ArticleView, Sentence, stem, tokens
from assistant.names import MONTH_FORMS, US_STATES, fold, mentions, near, place_forms, place_groups, short_given_name, singular_acronym, spelled_out, spelled_out_lower
from assistant.parts import plain
from assistant.spelling import english_words
from assistant.types import Quote, Speaker
from ingest.lexicon import CALENDAR_WORDS, NON_PERSON_HEADS, ORGANISATION_HEADS, is_person_noun
from ingest.lexicon import HONORIFICS as TITLE_HONORIFICS

# Calibrated on the question sets under tests/data/testsets (MiniLM cosine of question and
# passage or sentence; a blind set is held out of tuning to measure them).
MIN_FACT_RELEVANCE = 0.36
# below this, none of a person's sentences is about a subject they are asked about ("what did
# Hodges say about nuclear weapons?" 0.16; "what did Arnold say about arming Ukraine?" 0.46)
OFF_SUBJECT_RELEVANCE = 0.30
MIN_SPEAKER_RELEVANCE = 0.20
_WHO_SAID = re.compile(r"^\W*(?:and\s+|so\s+|but\s+|ok(?:ay)?[,\s]+)?(?:who\s+(?:said|says|say|wrote|is\s+saying|was\s+saying)\s+"
                       r"(?:that|this|it|those\s+words|these\s+words)|whose\s+(?:words|quote|view|comment|line)\s+(?:is|was|are|were)\s+"
                       r"(?:that|this|it))\b[^?]{0,20}\??\s*$", re.I)
_IDENTITY = re.compile(r"\b(?:which|who|whom|whose)\b|\bname[sd]?\b", re.I)
# words that only join the follow-up to the last turn ("and counting rotation?")
_LIGHT = frozenset(tokens("count counting including include plus besides apart except regarding actually really "
                          "theyd theyre theyll youre youd hes shes its thats whats theres dont doesnt didnt wont cant isnt arent"))
ANCHOR_SIMILARITY = 0.5  # the last answer matches a sentence this well: it came from there
ANCHOR_BEFORE, ANCHOR_AFTER = 1, 3  # a follow-up's answer is near the last one, more often after it
SPEAKER_CONFIDENT = 0.55  # above this the person's own sentences match too well for a missing word to matter
SECOND_STATEMENT = 0.5  # a person's next statement scoring this share of the best one comes with it
FOCUS_ELSEWHERE = 0.8  # the share of a question's other words a sentence has that answers without its rare word
UNSAID_MARGIN = 0.6  # how far below a sentence on what went unsaid another may be and still answer first
RUNNER_UP_MARGIN = 0.10  # a fact sentence from another paragraph this close to the best one comes with it
ECHO_BONUS = 0.15  # a sentence whose quote the question repeats (four words of it in a row, or all of it)
# a question about words or views, not about a stance ("what did he say ...", "what does she think ...")
_SAYING = re.compile(r"\b(?:say|says|said|saying|tell|tells|told|quote[sd]?|quoting|words?|comment(?:s|ed)?|remarks?|claim(?:s|ed)?|"
                     r"think|thinks|thought|views?|opinions?|believes?|feels?|argues?|argued|"
                     r"statements?|stated?|respond(?:ed)?|response|reply|replied|mention(?:s|ed)?|talk(?:s|ed)?|speak|spoke)\b", re.I)
DEED_MARGIN = 0.10  # a sentence on what the person did must beat their best words by this to answer instead


class ExtractiveBackend:
    name: ClassVar[str] = "extractive"
    is_generative: ClassVar[bool] = False

    def __init__(self, embeddings):
        self.embeddings = embeddings

    def available(self) -> tuple[bool, str]:
        return True, ""

    def stream(self, ctx: Context):
        yield from ()

    # --- entry -------------------------------------------------------------------
    def draft(self, ctx: Context) -> Draft:
        a = ctx.analysis
        ctx.memo["near"] = _near_words(a.question + " " + a.topic, ctx, self.embeddings)
        draft = self._draft(ctx)
        if draft.refused and draft.text == REFUSAL and (a.previous_answer or a.previous_question):
            draft = self._anchored(ctx) or draft
        if not draft.refused and _NOT_DONE_ASKED.search(a.question) and not _NOT_DONE.search(plain(draft.text)):
            # "which of the 30 countries did not pledge troops?": the ones that did are no
            # answer; only a sentence that says who didn't (or refused) is
            return _refuse(REFUSAL)
        if not draft.refused and _HEAD_ASKED.search(a.question) and not _HEADS.search(plain(draft.text)):
            # "who runs the foundation?" is not answered by "special adviser at the
            # foundation": only by someone the article says leads, heads or founded it
            return _refuse(REFUSAL)
        if not draft.refused and _VENUE_ASKED.search(a.question) and not _VENUE.search(plain(draft.text)):
            # "which building is it being held in?": a city is no venue
            return _refuse(REFUSAL)
        vague = next((stem for stem in _specifics_asked(a.question) if not draft.refused and _vague_only(draft.text, stem)), None)
        if vague:
            # "what specific threats did he make?", "what exactly were those threats?" are not
            # answered by "issued several threats": the article names them no more precisely
            said = re.search(r"\b(?:" + _VAGUE.pattern + r")\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]*" + re.escape(vague) + r"[\w’'-]*",
                             draft.text, re.I)
            return _refuse(f"The article doesn't say: it mentions only “{said.group(0)}”." if said else REFUSAL)
        unnamed = None if draft.refused else next(iter(_unmentioned_specifics(a.question, ctx, self.embeddings)), None)
        if unnamed:
            # "which specific sanctions did he threaten?": the article never speaks of sanctions
            # (nor of anything close), so it can't say which
            return _refuse(f"The article doesn't say: it doesn't mention any {unnamed}.")
        return _introduce(_with_what_was_agreed(draft, ctx), ctx)

    def _draft(self, ctx: Context) -> Draft:
        a = ctx.analysis
        if all(_months_in(n) for n in a.unknown_names) and (wrong := _wrong_value(ctx)) is not None:
            return wrong  # "the summit was in July, wasn't it": no, in August
        if (wrong := _wrong_name(ctx) or _wrong_role(ctx)) is not None:
            return wrong  # "the coalition met in London, didn't it?": no, in Paris; "Hodges — some Pentagon guy?"
        if (right := _right_value(ctx)) is not None:
            return right  # "Klein has held the same seats since 1979, right?": yes, with the sentence
        if (counted := _population(ctx)) is not None:
            return counted  # "how many people live in Harlow Point?": "this fishing town of about 9,400 people"
        if (both := _which_of_two(ctx)) is not None:
            return both  # "which is closer, Dunmore Memorial or St. Anselm?": the figure the article gives each
        if (checked := _misquoted(ctx)) is not None:
            return checked  # "Hodges: 'That will not impress the Kremlin at all.' Correct as written?"
        if (checked := _pushed_back(ctx)) is not None:
            return checked  # "Wrong, that was Hodges. Correct yourself."
        if (whose := _whose_quoted_words(ctx)) is not None:
            return whose  # "the line ending “that era is over.” Who actually said it?"
        if (a.unknown_names or a.missing_person) and (other := _said_unquoted(ctx)) is not None:
            return other  # "why did the EU commissioner say there's absolutely no margin?": whose words they are
        if a.unknown_names and (shown := _captioned_only(ctx)) is not None:
            return shown  # "Who is Kara Lindqvist?": the photographer a caption credits
        if a.unknown_names and (writer := _writer(ctx)) is not None:
            return writer  # "who is Dana Whitcombe?" where only the byline names her: the article's writer
        if a.unknown_names:
            names = " or ".join(re.sub(r"[’']s?$", "", n) for n in a.unknown_names[:2])  # (not "Portugal's")
            return _refuse(f"The article doesn't mention {names}.")
        if (namesake := _namesake_only(ctx)) is not None:
            return _refuse(namesake)  # "who was Marian Lutz?" where only "the Marian Lutz Memorial Pool" is named
        if _ANONYMOUS_ASKED.search(a.question) and not any(t.how == "named" for t in a.targets) \
                and (draft := _anonymous(ctx)) is not None:
            return draft  # "what did the nurse who didn't give her name say?"
        if not a.targets and not a.missing_person and (asked := _WHAT_DID_ONE_SAY.search(a.question)) \
                and (draft := _anonymous(ctx, by_role=asked.group("who"))) is not None:
            return draft  # "what did the stocker who went back to work say?": the one source the article calls that
        if a.missing_person and not a.targets and re.search(r"\bspokes(?:person|man|woman|people)\b", a.missing_person, re.I) \
                and (draft := _anonymous(ctx, by_role="spokesperson")) is not None:
            return draft  # "did the airline's spokesperson say ...?": "A company spokesperson declined to say ..."
        if a.missing_person and (not a.targets or a.kind == "who" and _KIN.search(a.missing_person)):
            # ("Pruitt’s granddaughter", whom the article speaks of but never quotes; "who was
            # Whitfield's predecessor?", whom it never names)
            head = tokens(a.missing_person.split()[-1])
            spoken_of = bool(head) and head[0] in ctx.library.vocabulary(ctx.scope)
            # (or named as such: "to direct the county attorney to open talks")
            bare = re.sub(r"^(?:the|a|an)\s+", "", a.missing_person, flags=re.I)
            named_so = len(bare.split()) >= 2 and any(re.search(r"\b" + re.escape(bare) + r"\b", v.item.article.text, re.I)
                                                      for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None)
            if (re.search(r"\bname\b", a.question, re.I) or a.kind == "who" and _KIN.search(a.missing_person)) \
                    and not asks_speech(a.question) and re.search(r"[’']s\s", a.missing_person):
                # ("what's brenner's husbands name": the article speaks of him, never by name)
                return _refuse(f"The article doesn't give the name of {re.sub(r'(?<=[a-z])s$', '', a.missing_person)}.")
            return _refuse(f"The article doesn't quote {a.missing_person}." if spoken_of and re.search(r"[’']s\s", a.missing_person)
                           or named_so else f"The article doesn't quote or mention {a.missing_person}.")
        if _pay_not_given(ctx):
            return _refuse(REFUSAL)  # "what's his salary?" where no sum is said to be paid to him
        if (figure := _figure_not_given(ctx) or _rate_not_given(ctx)) is not None:
            return _refuse(figure)  # "why did Hodges say the U.K. should send 50,000 troops?", "... per hour?"
        if not a.follow_up and (pay := _PAY_ASKED.search(a.question)) and not _pay_given(pay.group("who") or pay.group("who2"), ctx):
            return _refuse(REFUSAL)  # "how much does the provost get paid?" where no sum is said to be paid to them
        if (later := _not_yet(ctx) or _vote_to_come(a.question, ctx)) is not None:
            return _refuse(later)  # "how did the Feb. 27 vote turn out?": still to come when the article was written
        if (acted := _ACTED_TO.match(a.question) or _WHO_DEED.match(a.question)) is not None and not a.targets and _missing_concept(
                acted.group(1), tokens(acted.group(1)), ctx, self.embeddings, any_word=True):
            # "has the union voted to strike over this?" of an article that never speaks of a
            # strike: the deed asked about is not in it
            return _refuse(REFUSAL)
        if (last := _LAST_TIME_EVENT.search(a.question)) is not None and not _earlier_told(last.group("event"), ctx):
            # "how did they vote the last time a department was closed?": an earlier one the
            # article never tells of
            return _refuse(REFUSAL)
        if (other := _COMPARED_TO.search(a.question)) is not None and _missing_comparison(other, ctx, self.embeddings):
            # "how does this compare to ohio state's tuition?": a thing to set beside it that the
            # article never speaks of ("Ohio" and "state" apart are not Ohio State)
            return _refuse(REFUSAL)
        if (nameless := _unnamed(ctx)) is not None:
            return _refuse(nameless)  # "what was the name of his farmhand who got hurt?": the article never gives it
        if (withheld := _figure_withheld(ctx)) is not None:
            return _refuse(withheld)  # "how many of them?": "... but declined to estimate how many"
        if len(ctx.scope) == 1 and not a.targets and (layout := _LAYOUT_ASKED.search(a.question)):
            draft = _layout(ctx, layout)  # "what is the headline?", "the section headings?", "the bold line?"
            if draft is not None:
                return draft
        if _OVERVIEW_ASKED.match(a.question) and len(ctx.scope) == 1:
            draft = _overview(ctx)  # "what's the article about?", "tl;dr": its headline and lead
            if draft is not None:
                return draft
        if (own := _OWN_OPINION.search(a.question)) and _JUDGEMENT.search(a.question) and not a.targets \
                and not re.search(r"\b(?:article|according|says?|said|mentions?|mentioned|reports?|reported|claims?|claimed|"
                                  r"believes?|thinks?|suggests?|argues?|wants?)\b", a.question[own.end():], re.I):
            # "your take: should the UK send troops?": a view of the assistant's own is no
            # answer from the article
            return _refuse("I only report what the article says and don't give views of my own; "
                           "ask me what the people in it think.")
        if _REPORTER_VIEW.search(a.question) and not any(
                re.search(r"\b(?:reporter|writer|author|journalist|columnist|editor)\b", (sp.description or "") + " " + sp.name, re.I)
                for _, sp in ctx.library.speakers(ctx.scope)):
            # "what does the reporter personally think of the rule?": a news story gives the
            # views of the people in it, not its writer's
            return _refuse("The article doesn't give its reporter's own view; it reports what the people in it say.")
        requested = a.asked_as or a.question
        if _QUOTE_REQUEST.search(requested):
            # "give me a Hodges quote calling Putin a coward": a quote about something the
            # article never mentions can only be made up
            names = {w for _, s in ctx.library.speakers(ctx.scope) for part in [s.name, *s.aliases] for w in tokens(part)}
            asked = [w for w in tokens(requested) if w not in _SPEECH_TOKENS and w not in names and w not in _QUOTE_ASKED]
            if _missing_concept(requested, asked, ctx, self.embeddings, any_word=True):
                return _refuse("The article has no quote like that.")
        if (thing := _THING_REQUESTED.search(requested)) is not None and thing.group(1).lower() not in _ARTICLE_CONTENT \
                and _missing_concept(thing.group(1), tokens(thing.group(1)), ctx, None, any_word=True):
            # "can u give me a good recipe for smoked salmon": a thing of its own kind the
            # article has none of (not its summary, a quote or a date)
            return _refuse(REFUSAL)
        unlisted = _unlisted(ctx) or _nowhere_inside(ctx) or _none_besides(ctx) or _none_besides_listed(ctx) \
            or _unnamed_group(ctx) or _former_only(ctx)
        if unlisted:
            return _refuse(unlisted)
        term = _unspoken_term(ctx)
        if term:
            return _refuse(f"The article puts “{term}” in quotation marks in its own voice; no one is quoted saying it.")
        other = _said_by_another(ctx) or _said_unquoted(ctx)
        if other is not None:
            return other
        if not a.targets and (re.match(r"\W*(?:(?:and|so|ok(?:ay)?)\W+)?who\b", a.question, re.I) or _LAST_LINE.search(a.question)) and (
                place := _LAST_WORD_ASKED.search(a.question) or _LAST_LINE.search(a.question)):
            first = bool(place.group("first") or place.groupdict().get("first2"))
            if place.re is _LAST_LINE and place.group("unit").lower() in ("line", "lines", "sentence"):
                draft = _end_sentence(ctx, last=not first)  # "what's the final line of the article?": its sentence
            else:
                draft = _last_word(ctx, last=not first)  # "who gets the last word in the article?"
            if draft is not None:
                return draft
        if a.previous_answer and _MEANING_ASKED.search(a.question):
            draft = _what_it_means(ctx)  # "what does that mean for Russia?": the article's next sentence
            if draft is not None:
                return draft
        if a.previous_answer and _CHALLENGED.search(a.question) and (not any(t.how == "history" for t in a.targets)
                                                                     or _NOT_WHAT_IT_SAYS.match(a.question)) \
                and not a.previous_answer.startswith(("The article doesn't", "The article does not", "I only")):
            # "are you sure? I thought that was Arnold": the last answer's words, and whose they are
            draft = self._who_said(ctx, besides=[t.speaker.name for t in a.targets]) or _given_again(ctx)
            if draft is not None and _NOT_WHAT_IT_SAYS.match(a.question) and draft.text.startswith("Yes. "):
                rest = draft.text[len("Yes. "):]  # (not "yes" to "that's not it")
                draft.text = "It is what the article says" + (rest[len("The article says"):] if rest.startswith("The article says:")
                                                                 else ". " + rest)
            if draft is not None:
                return draft
        if a.previous_answer and _FATE_ASKED.match(a.question):
            draft = _what_became_of_it(ctx)  # "what happened to it?": the next sentence on the thing
            if draft is not None:
                return draft
        if a.previous_answer and _FULLER_ASKED.search(a.question) \
                and not any(t.how == "named" for t in a.targets):
            draft = _fuller(ctx)  # "is there a longer version of that quote?": the rest of it
            if draft is not None:
                return draft
        if a.previous_answer and _MORE_ASKED.match(a.question):
            draft = _more(ctx)  # "more", "what else?", "go on": where the last answer left off
            if draft is not None:
                return draft
        if _FIGURE_SOURCE.match(a.question):
            draft = self._figure_source(ctx)  # "who gave the 26 figure?": who the sentence with it reports
            if draft is not None:
                return draft
        if a.previous_answer and _WHO_SAID.match(a.question):
            draft = self._who_said(ctx)  # "who said that?": whose words the last answer gave
            if draft is not None:
                return draft
        if len(a.targets) == 1 and _RANK_ASKED.search(a.question):
            # "what rank did Arnold hold?" of "a former military planner": none is given;
            # of "former commanding general of ...": what the article says he is
            s = a.targets[0].speaker
            if _RANKS.search(s.description or ""):
                return self._who(ctx)
            return _refuse(f"The article doesn't give {s.name}'s rank"
                           + (f"; it describes {s.name.split()[-1]} as {s.description}." if s.description else "."))
        if len(a.targets) == 1 and re.match(r"\W*(?:(?:and|so|but)\s+)?why\b", a.question, re.I) \
                and not a.targets[0].view.units(a.targets[0].speaker.name, _units):
            # "why did Andrea Solis vote against it?" where she "did not speak during the
            # debate": the article gives none of her reasons, only her silence
            name = a.targets[0].speaker.name
            silent = next((x for x in a.targets[0].view.sentences if _NO_COMMENT.search(x.text)
                           and _mentions(x.text, name.split()[-1])), None)
            if silent is not None and not re.search(r"[“”\"]", silent.text):
                return _refuse(f"The article doesn't say why; it reports only this: {silent.text}", speaker=name)
            about = [x for x in a.targets[0].view.sentences if re.search(r"\b" + re.escape(name.split()[-1]) + r"\b", x.text)]
            if about and not any(_REASON_GIVEN.search(x.text) for x in about):
                # ("why did Janet Brooks vote no?" where she is only listed among those who did)
                return _refuse(f"The article doesn't say why; it doesn't quote {name} or give {name.split()[-1]}'s reasons.",
                               speaker=name)
        if len(a.targets) == 1 and _NOW_ASKED.search(a.question):
            # "what does Hodges do now?": what the article says he is, if it says it
            now = _only_formerly(ctx)
            return _refuse(now) if now else self._who(ctx)
        if a.kind == "people":
            return self._people(ctx)
        if a.follow_up and (_AGREEMENT.search(a.question) or SIMILAR.search(a.question) and a.targets):
            # ("did the other expert say something similar?": where the article has one agree
            # with the other)
            draft = self._agreement(ctx)
            if draft is not None:
                return draft
        if a.follow_up and _AFTER_THAT.search(a.question):
            draft = self._after(ctx)
            if draft is not None:
                return draft
        if a.follow_up and _OUTCOME_ASKED.match(a.question):
            draft = self._outcome(ctx)
            if draft is not None:
                return draft
        if _DIFFERENCE_ASKED.search(a.question) and (draft := _difference(ctx)) is not None:
            return draft  # "so how much more per year is that?" after "from $11,840 to $12,610": "$770"
        if _asks_byline(a.question):
            return self._byline(ctx)
        if (writer := _writer(ctx)) is not None:
            return writer  # (the writer's name typed in lower case: not an unknown name)
        both = _ACRONYM_AND_WHERE.match(a.question)
        if both:
            # "what's RUSI and where is it based?": where the article places it, by the name it
            # stands for ("RUSI (the Royal United Services Institute) is in London")
            draft = self._located(ctx, both.group(1))
            if draft is not None:
                return draft
        acronym = _ACRONYM_QUESTION.search(a.question)
        if acronym:
            return self._acronym(ctx, next(g for g in acronym.groups() if g))
        typed = _TYPED_ACRONYM_QUESTION.search(a.question)
        if typed and (word := typed.group(1) or typed.group(2)).lower() not in STOPWORDS and not word.isdigit() \
                and _written_as_acronym(ctx, word.upper()):
            # "whats rusi": typed in lower case, but the article writes RUSI as an acronym
            return self._acronym(ctx, (typed.group(1) or typed.group(2)).upper())
        located = _LOCATED_QUESTION.match(a.question)
        if located and not a.targets:
            draft = self._located(ctx, located.group("thing"))
            if draft is not None:
                return draft
        if len(a.targets) == 1 and a.targets[0].how == "described" and (held := _title_of_a_part(a.question, a.targets[0].speaker)):
            # "what's the name of harlow state's president?": the one president in the article
            # leads "the Harlow State chapter of ..." (a part of it, or a body named after it)
            s = a.targets[0].speaker
            return _refuse(f"The article doesn't say who {held} is; the {held.split()[-1]} it names is {s.name}, {s.description}.")
        if a.kind == "who":
            return self._who(ctx)
        org = _SAID_BY.search(a.question)
        # (whose the thing asked about is, by a pronoun, is no speaker: "What has Prairie Crest said
        # about her bill?" asks Prairie Crest's words, not Whitcomb's)
        owned_only = bool(org) and bool(a.targets) and all(
            t.how == "history" or not _mentions(org.group(1), t.speaker.name.split()[-1]) and re.search(
                r"\b(?:about|on|of|regarding)\s+(?:his|her|their)\b", a.question[org.end():], re.I) for t in a.targets)
        if org and (not a.targets or owned_only) and org.group(1).split()[0].lower() not in _ENTITY_STOP \
                and not any(_mentions(org.group(1), sp.name.split()[-1]) and sp.kind == "person" for _, sp in ctx.library.speakers(ctx.scope)):
            # "What did Acas say ...?": an organisation speaks only where the article
            # reports it speaking, by its acronym or by the name the acronym stands for
            body = org.group(1)
            texts = (v.item.article.text for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None)
            if body.isupper() and not any(re.search(r"\b" + re.escape(body) + r"\b", t) for t in texts):
                body = acronym_name(body, ctx.library, ctx.scope) or body  # "WHO" as "World Health Organization"
            draft = self._fact(ctx, about=body, reported_only=True)
            subject = re.match(r"\s*(?:about|on|regarding)\s+(?:(?:his|her|their|its|the|a|an|that|this)\s+)?([^?]+)", a.question[org.end():], re.I)
            words = [w for w in tokens(subject.group(1)) if w not in _GENERIC_QUESTION] if subject else []
            if owned_only and draft.refused:
                return _refuse(f"The article doesn't report {body} saying anything about that.")
            if owned_only and not draft.refused and words and not any(
                    _overlap(words, tokens(src.text), ctx, kin=False) >= 0.5
                    and re.search(re.escape(body.split()[-1]) + r"(?:[’']s)?\s+(?:has\s+|had\s+)?(?:said|says|told|stated|statement|spokes\w+)\b", src.text)
                    for src in draft.sources):
                # ("What has Prairie Crest said about her bill?": none of its words are on the bill)
                return _refuse(f"The article doesn't report {body} saying anything about that.")
            return draft
        wanted = _answer_type(a.typed)
        besides = _BESIDES_PERSON.search(a.question)
        if besides and a.targets and all(set(tokens(t.speaker.name)) & set(tokens(besides.group(1))) for t in a.targets):
            # "Besides Harold Dacey, which other council member voted against the plan?": asked
            # of someone else, not of the one left out
            return self._fact(ctx)
        # ("when and where did Trump and Putin meet?": a fact about them, not what each said)
        if a.kind in ("speaker", "fact") and len({t.speaker.name for t in a.targets if t.how in ("named", "history")}) >= 2 \
                and not (a.kind == "fact" and wanted in (*_HARD_TYPES, "place")):
            draft = self._several(ctx)  # "what have Macron and Starmer insisted on?", "compare A and B"
            if draft is not None:
                return self._deed_over_words(ctx, draft)
        if a.targets and a.targets[0].how == "named" and (step := _step_not_told(a.targets[0], a.question)):
            return _refuse(step, speaker=a.targets[0].speaker.name)
        if a.kind == "speaker" and a.targets and re.match(r"\W*(?:(?:and|so|ok)\W+)?how\s+old\s+(?:is|was)\s+(?:he|she)\b", a.question, re.I):
            # ("... || how old is she?": her age, not her words on it)
            return self._fact(ctx)
        if a.follow_up and _PLANNING_ASKED.search(a.question) and re.search(r"\bthey\b", a.question, re.I) \
                and (plans := _body_plans(ctx)):
            # "what is the fire survivors coalition?" ... "what are they planning to do next?":
            # what the body said it would do ("The coalition said ... it would join the appeal")
            body, src = cite_sentences(plans[:2])
            return Draft(body, src)
        if a.targets and a.targets[0].how in ("named", "described", "history") and _PLANNING_ASKED.search(a.question) \
                and (plans := _plans_of(a.targets[0])):
            # "what is oduya planning to do now?": what the article says he means to do
            body, src = cite_sentences(plans[:2])
            return Draft(body, src, speaker=a.targets[0].speaker.name)
        if a.kind == "speaker" and a.targets and not (a.targets[0].how in ("described", "group") and WHICH_ONE_DID.match(a.question)):
            draft = self._speaker(ctx)
            strict = _strict_type(a.question) is not None
            counted = set(_counted_nouns(a.question)) if strict and wanted == "number" else set()
            counted |= {w for n in counted for w in (ctx.memo.get("near") or {}).get(n, set())}
            focus = None  # a sum or a date is of something: the question's own subject in the sentence
            if strict and wanted in ("money", "time"):
                focus = _focus([w for w in tokens(a.question) if w not in _SPEECH_TOKENS], ctx, a.targets[0].view.id)
            # the sum's subject may be named once in the paragraph ("was raising money ... She
            # said the campaign had so far collected 23,500 pounds")
            paragraphs = {p.id: p.text for p in a.targets[0].view.item.passages} if focus else {}
            # a quote's sentence, not just its quoted words ("That figure would account for
            # about 30% of ..., he said, and ... a "tricky" problem")
            view = a.targets[0].view
            said = [(x.text if (x := _sentence_at(view, src.start)) is not None else src.text, src)
                    for src in draft.sources] if strict and not draft.refused else []
            # ("what did Pike say about how much money closing a department saves?": his view on
            # it answers, "rarely saves as much as people think", whether or not it has a sum)
            view_on = re.search(r"\babout\s+how\s+(?:much|many)\s+(.+)", a.question, re.I) if not _ASKED_IF_SAID.search(a.question) else None
            on = [w for w in tokens(view_on.group(1)) if w not in _GENERIC_QUESTION and w not in _TYPE_WORDS] if view_on else []
            if on and any(set(on) & set(tokens(text)) for text, _ in said):
                said = []
            if said and not any(
                    (_counts(text, counted) if counted else _has_type(text, wanted, a.question))
                    and (not focus or _has_word(paragraphs.get(src.passage_id, text), focus)) for text, src in said):
                if _ASKED_IF_SAID.search(a.question):  # "did he say how many troops ...?": his words don't
                    return _refuse(f"The article doesn't report {a.targets[0].speaker.name} saying that.",
                                   speaker=a.targets[0].speaker.name)
                # "How much do forklift drivers earn?" asked of the forklift driver: his
                # words have no sum in them, so the answer is the article's, or nobody's
                return self._fact(ctx)
            if draft.refused and a.targets[0].how in ("named", "described") and not a.wants_exact \
                    and not _SAYING.search(a.question):
                # "Trump's position on Ukraine joining NATO?": no words of his on it, but the
                # article's sentence on what he did about it ("NATO membership ... ruled out by
                # Trump") answers, if there is one
                fact = self._fact(ctx)
                person = a.targets[0]
                last = person.speaker.name.split()[-1]
                # (the article's sentence, not one of the person's own)
                # (and on the subject asked: "how did Putin react to the plan for a force?" is
                # not answered by Trump's threats to him)
                subject = [w for w in tokens(a.topic) if w not in _SPEECH_TOKENS and w not in _GENERIC_QUESTION and len(w) > 2]
                if not fact.refused and fact.sources and re.search(r"\b" + re.escape(last) + r"\b", fact.sources[0].text) \
                        and not any(u[0].start <= fact.sources[0].start < u[0].end
                                    for u in person.view.units(person.speaker.name, _units)) \
                        and (not subject or _overlap(subject, tokens(fact.sources[0].text), ctx) > 0):
                    return fact
            return self._deed_over_words(ctx, draft)
        if a.targets and a.targets[0].how == "named" and wanted is None:
            # "How did Ferrante defend the estimate?", "Arnold's best option for Kyiv?": no
            # speech verb, but the person's own words answer; the article's facts if not, or
            # if a sentence of what the person did answers better
            draft = self._speaker(ctx)
            if not draft.refused:
                return self._deed_over_words(ctx, draft)
            fact = self._fact(ctx)
            name = a.targets[0].speaker.name
            if _THEIR_REASON.search(a.question) and not fact.refused and not any(
                    _reports_speech(src.text, name) for src in fact.sources):
                # "what reason did Leonard Birch give for voting no?": his reason is his to give;
                # "Olmsted, who joined Commissioner Leonard Birch in dissent, said ..." is hers
                return draft
            elsewhere = _said_elsewhere(ctx, fact) if _DID_THEY.match(a.question) and not fact.refused else []
            if elsewhere:
                # "Did Hector Ruiz sign the petition too?": the article speaks of a petition,
                # never where it speaks of him; his sentences about his sales don't say
                return _refuse(f"The article doesn't say: it never mentions {a.targets[0].speaker.name} with "
                               + " or ".join(f"“{w}”" for w in elsewhere[-2:]) + ".")
            return fact
        draft = self._fact(ctx)
        group = _WHAT_DID_GROUP_SAY.match(a.question) if not a.follow_up else None
        if group and any(t.how == "named" and _mentions(group.group("who"), t.speaker.name.split()[-1]) for t in a.targets):
            group = None  # ("what did the Alpine Crest executives say?": its own people, by its name)
        group_words = {t for t in tokens(group.group("who")) if t not in STOPWORDS} if group else set()

        def theirs(src) -> bool:
            # (their words: the sentence names the group, or someone whose description fits it,
            # "Quist said the board had offered relocation payments" of the health board's chief)
            said = re.search(r"[“”\"]|\b(?:said|says|say|told|tells|stated|wrote|statement|according|defended|argued|warned|noted|"
                             r"called|insisted|acknowledged|complained|urged|indicated|suggested|signall?ed|announced|promised|pledged|"
                             r"claimed|stressed|added|explained|confirmed|described|predicted|expect|expected|believe|believed)\b", src.text)
            described = " ".join(sp.description or "" for _, sp in ctx.library.speakers([src.article_id])
                                 if _mentions(src.text, sp.name.split()[-1]))
            fits = set(tokens(src.text)) | set(tokens(described))
            if re.search(r"\b(?:director|chief|officer|official|spokes\w+|manager|minister|secretary|commissioner|head|chair\w*)\b",
                         described, re.I):
                fits |= set(tokens("official officials"))  # (a director speaks as one of the officials)
            return bool(said) and len(group_words & fits) >= (1 if len(group_words) <= 2 else 2)

        if group and not draft.refused and not any(theirs(src) for src in draft.sources):
            # "what did Ohio transit officials say about Vantor's bid there?": no one the
            # article quotes or reports is that; a sentence that mentions Ohio says nothing
            # they said (nor "Alpine Crest said ..." anything the Lindqvist family said)
            return _refuse(f"The article doesn't report what {group.group('who').strip()} said.")
        if a.targets and a.targets[0].how == "described" and WHICH_ONE_DID.match(a.question) and not draft.refused \
                and not any(_mentions(src.text, a.targets[0].speaker.name.split()[-1]) for src in draft.sources):
            # "which state lawmaker introduced the bill?": the sentence that names the one
            # described doing it ("State Sen. Lorraine Whitcomb ... has introduced a bill"), not
            # one where no one does ("which American general led the talks?")
            return _refuse(REFUSAL)
        soft = wanted == "number" and re.search(r"\bhow\s+much\b", a.question, re.I)  # "how much appetite ...": a view
        # ("where did he study?": a place of his life, not a view of his)
        # (not "who were the two board members that voted against closing?": no one named doing
        # it is the answer, not the words of a board chairman)
        if draft.refused and a.targets and (wanted not in _HARD_TYPES or soft) and wanted != "place" \
                and not (a.targets[0].how in ("described", "group") and WHICH_ONE_DID.match(a.question)):
            alt = self._speaker(ctx)
            if not alt.refused:
                return alt
        return draft

    # --- whose words the last answer gave -------------------------------------------
    def _who_said(self, ctx: Context, besides: list[str] | None = None) -> Draft | None:
        """"who said that?": the person whose quote the last answer has (five words of it in
        a row), or who speaks in the sentence it came from. Asked as a challenge ("are you
        sure? I thought that was Arnold"), the answer stands by it, naming the one suggested
        (``besides``) when it was someone else."""
        said = _plain(ctx.analysis.previous_answer)
        found: tuple[float, ArticleView, Sentence, str] | None = None  # (how well, where, whose)
        for aid in ctx.scope:
            view = ctx.library.articles.get(aid)
            if view is None:
                continue
            for q in view.item.quotes:
                if not q.speaker or q.kind == "term":
                    continue
                words = _plain(q.text).split()
                hits = sum(" ".join(words[i:i + 5]) in said for i in range(max(1, len(words) - 4)))
                sent = _sentence_at(view, q.start)
                if hits and sent is not None and (found is None or hits > found[0]):
                    found = (hits, view, sent, q.speaker)
        if found is None:
            sv = np.asarray(self.embeddings.embed_query(ctx.analysis.previous_answer))
            for aid in ctx.scope:
                view = ctx.library.articles.get(aid)
                if view is None or not view.sentences:
                    continue
                sims = view.sentence_vectors(self.embeddings) @ sv
                k = int(np.argmax(sims))
                sent = view.sentences[k]
                who = [q.speaker for q in sent.quotes if q.speaker and q.kind != "term"] or \
                    [p.name for p in view.item.speakers if _reports_speech(sent.text, p.name)]
                if sims[k] >= ANCHOR_SIMILARITY and who and (found is None or sims[k] > found[0]):
                    found = (float(sims[k]), view, sent, who[0])
        if found is None:
            return None
        how, view, sent, name = found
        quoted = isinstance(how, int)  # (their quoted words, not a sentence reporting them)
        person = view.speaker(name)
        lead = name + (f", {person.description}" if person is not None and person.description else "")
        text, src = _cite_heard([sent], _heard_near(view, ctx.analysis.question, [sent]) if not quoted else [],
                                ctx.analysis.question)
        if besides is not None:
            others = [n for n in besides if n != name]
            if not quoted and not others:
                return Draft(f"Yes. The article says: {text}", src, speaker=name)
            return Draft(f"Yes. The article gives {'those words' if quoted else 'that'} to {lead}"
                         + (f", not {others[0]}" if others else "") + f": {text}", src, speaker=name)
        return Draft(f"It was {lead}: {text}", src, speaker=name)

    def _figure_source(self, ctx: Context) -> Draft | None:
        """"Who gave the 26 figure?", "who came up with that 30,000 number?": the person
        the one sentence with that figure reports saying it (else the sentence alone)."""
        m = _FIGURE_SOURCE.match(ctx.analysis.question)
        figure = m.group("n").replace(",", "").rstrip("%.")
        share = m.group("n").endswith("%") or bool(re.match(r"\s*-?\s*percent", ctx.analysis.question[m.end("n"):], re.I))

        def speakers(view: ArticleView, sent: Sentence) -> list[str]:
            return [q.speaker for q in sent.quotes if q.speaker and q.kind != "term"] or \
                [p.name for p in view.item.speakers if _reports_speech(sent.text, p.name)]

        # the sentences with that figure (a share, where the question asks for one), and of
        # those the ones that say who gave it: one, or the question is left to the rest
        found = [(view, x) for aid in ctx.scope if (view := ctx.library.articles.get(aid)) is not None
                 for x in view.sentences for f, after in _figures_with_units(x.text)
                 if f == figure and (not share or after[:1] == ["percent"])]
        said = [(view, x, who) for view, x in found if (who := speakers(view, x))]
        if len({x.text for _, x, _ in said}) != 1:
            return None
        view, sent, who = said[0]
        text, src = cite_sentences([sent])
        person = view.speaker(who[0])
        lead = who[0] + (f", {person.description}" if person is not None and person.description else "")
        return Draft(f"It was {lead}: {text}", src, speaker=who[0])

    # --- a follow-up next to the last answer ---------------------------------------
    def _anchored(self, ctx: Context) -> Draft | None:
        """"and counting rotation?", "how long's the drive?", "and in winter?": a follow-up
        too short to find its answer on its own words is looked for next to where the last
        answer came from (the sentences around it), in a sentence that has a word of its own
        and, if it asks for a number, a time or a place, one of those."""
        a = ctx.analysis
        if _IDENTITY.search(a.question) or _ASKED_IF_SAID.search(a.question) or _SAID_THAT.match(a.question):
            # "which towns?", "what's her name?": who or what exactly; "did he say ...?": his words
            return None
        # words of its own, not the last turn's ("what about the year before?" is not the year)
        before = set(tokens(a.previous_question + " " + a.previous_answer))
        own = [w for w in dict.fromkeys(tokens(a.question)) if w not in _GENERIC_QUESTION and w not in _SPEECH_TOKENS
               and len(w) > 2 and not _NEGATION.fullmatch(w) and w not in before and w not in _LIGHT]
        near = ctx.memo.get("near") or {}
        if not own:
            return None
        wanted = _answer_type(a.typed)
        counted = set(_counted_nouns(a.typed)) if wanted == "number" and not _OF_THEM.search(a.question) else set()
        counted |= {w for n in counted for w in near.get(n, set())}
        said = a.previous_answer or a.previous_question
        sv = np.asarray(self.embeddings.embed_query(said))
        best: tuple[float, Sentence] | None = None
        for aid in ctx.scope:
            view = ctx.library.articles.get(aid)
            if view is None or not view.sentences:
                continue
            sims = view.sentence_vectors(self.embeddings) @ sv
            anchors = [int(k) for k in np.argsort(-sims)[:2] if sims[k] >= ANCHOR_SIMILARITY]
            for k in anchors:
                for j in range(max(0, k - ANCHOR_BEFORE), min(len(view.sentences), k + ANCHOR_AFTER + 1)):
                    sent = view.sentences[j]
                    hits = [w for w in own if _has_word(sent.text, w) or any(
                        _has_word(sent.text, n) for n in near.get(w, ()) if n not in before)]
                    # most of its own words are in the sentence, and the places and people it
                    # names ("how many is germany sending?") in the words themselves
                    if 2 * len(hits) < len(own) or any(w in PLACE_OF or w in view.proper_nouns for w in own
                                                       if not _has_word(sent.text, w)) or (
                            wanted in _HARD_TYPES and not _has_type(sent.text, wanted, a.question)) or (
                            counted and not _counts(sent.text, counted)):  # "how many nurses": a count of nurses
                        continue
                    score = len(hits) / len(own) + 0.1 * float(sims[k]) - 0.02 * abs(j - k)
                    if best is None or score > best[0]:
                        best = (score, sent)
        if best is None:
            return None
        text, src = cite_sentences([best[1]])
        return Draft("According to the article: " + text, src)

    def _deed_over_words(self, ctx: Context, said: Draft) -> Draft:
        """A question about what someone did, not said ("did Trump get Putin to stop
        fighting in Alaska?", "where did the two presidents meet?"), answered by the
        person's words (``said``): the article's sentence that names the person and
        answers clearly better instead (scored on the question's words other than the
        people's names and descriptions, and on meaning)."""
        a = ctx.analysis
        if _ARGUED_ASKED.search(a.question):
            return said  # ("how did Halvorsen justify raising the price?": his reasons, in his words)
        wants = bool(_WANT_ASKED.search(a.question))  # (a course put forward is a deed, though "want" asks a view)
        if said.refused or not said.sources or asks_speech(a.question) and not wants or a.wants_exact or not a.targets:
            return said
        if a.follow_up and TO_THAT.search(a.question):
            # "so has Trump committed to that?": where he stands on what the last answer said
            # ("has hinted his country will be involved"), not any sentence with a "commitment"
            return said
        t = a.targets[0]
        view = t.view
        src = said.sources[0]
        mine = _sentence_at(view, src.start) if src.article_id == view.id else None
        if mine is None:
            return said
        who = {w for x in a.targets for part in [x.speaker.name, x.speaker.description or "",
                                                 *(getattr(x.speaker, "aliases", None) or [])] for w in tokens(part)}
        who |= set(tokens(descriptor_phrase(a.question) or ""))
        q_tokens = [w for w in tokens(a.search_text) if w not in who and w not in _SPEECH_TOKENS
                    and w not in _GENERIC_QUESTION and len(w) > 2]
        if not q_tokens and not wants:
            return said
        # (not the words that say who: "is the retired science teacher who lives on the lake
        # planning to move?" is near every sentence that introduces him)
        described = descriptor_phrase(a.question) if any(x.how == "described" for x in a.targets) else None
        asked = a.search_text.replace(described, " ") if described and described in a.search_text else a.search_text
        qv = np.asarray(self.embeddings.embed_query(asked))
        dense = view.sentence_vectors(self.embeddings) @ qv
        wanted = _answer_type(a.typed)

        def score(k: int) -> float:
            # ("what did he want to do instead?": what he proposed, "proposed delaying the decision")
            proposed = 0.3 if wants and _PROPOSED.search(view.sentences[k].text) else 0.0
            return float(dense[k]) + 0.5 * _overlap(q_tokens, tokens(view.sentences[k].text), ctx) + proposed

        # the article's own account: not the person's words, nor anyone else's ("there is no
        # guarantee that Trump will abide by ..., said Arnold")
        spoken = {id(u[0]) for sp in view.item.speakers for u in view.units(sp.name, _units)}
        last = re.escape(t.speaker.name.split()[-1])
        # (or what someone says the person did: "With NATO membership ruled out by Trump, ...,
        # said Heisbourg" is his deed, told in passing)
        if wants and asks_speech(a.question):
            # (asked in a view's words, "what does he want to do instead?": only what the person
            # put forward beats their words)
            spoken = spoken - {id(x) for x in view.sentences if _PROPOSED.search(x.text)}
        # (and what the person put forward, asked what they wanted done: "proposed delaying the
        # decision for 18 months", though a proposal is said)
        deeds = [k for k, x in enumerate(view.sentences) if (id(x) not in spoken and not x.quotes
                                                             and (not (wants and asks_speech(a.question)) or _PROPOSED.search(x.text))
                                                             or wants and _PROPOSED.search(re.sub(r"“[^”]*”", " ", x.text))
                                                             or re.search(r"\bby\s+" + last + r"\b", x.text))
                 and (re.search(r"\b" + last + r"\b", x.text)
                      # ("Council member Gregory Tate ... said ..." / "He called it “a blank check” and
                      # urged colleagues to spend the $1.8 million on speed humps ... instead")
                      # (not her words reported: "She said the island had asked for a night water taxi")
                      or wants and k > 0 and re.match(r"\W*(?:He|She)\s+(?!(?:said|says|told|tells|added|adds|noted|argued)\b)", x.text)
                      and view.sentences[k - 1].passage_id == x.passage_id
                      and re.search(r"\b" + last + r"\b", view.sentences[k - 1].text))
                 and (wanted not in (*_HARD_TYPES, "place") or _has_type(x.text, wanted, a.question))]
        if not deeds:
            return said
        best = max(deeds, key=score)
        at = next(k for k, x in enumerate(view.sentences) if x is mine)
        if score(best) <= score(at) + DEED_MARGIN and not (wants and _PROPOSED.search(view.sentences[best].text)):
            return said
        chosen = [view.sentences[best]]
        nxt = view.sentences[best + 1] if best + 1 < len(view.sentences) else None
        if wants and nxt is not None and nxt.passage_id == chosen[0].passage_id and not nxt.quotes \
                and (re.match(r"\W*(?:He|She|They)\s+(?:also\s+)?(?:plans?|intends?|wants?|will|would|proposed|hopes?)\b", nxt.text)
                     or re.search(r",\s+(?:he|she|they)\s+(?:said|says|added)\.?\s*$", nxt.text)):
            # ("Hensley said she intends to do exactly that. She plans to introduce legislation in
            # January ...": what she means to do, said in the next sentence; or how it stands,
            # "By Friday afternoon, the petition had about 2,300 signatures, she said.")
            chosen.append(nxt)
        text, sources = cite_sentences(chosen)
        return Draft(text, sources)

    # --- who agreed with whom ----------------------------------------------------
    def _agreement(self, ctx: Context) -> Draft | None:
        """"Did anyone else agree with that?" / "Whose view was he agreeing with?": the
        article's "Arnold agreed, adding ..." sentences, each paired with the other
        person's statement right before it. Asked after the first person, the answer is
        the one who agreed; asked after the one who agreed, it is the person agreed with."""
        a = ctx.analysis
        before = set(people_asked_about(a.previous_question, a.previous_answer, ctx.library, ctx.scope))
        before |= {t.speaker.name for t in a.targets}
        pairs = []  # (agreeing unit, agreed-with units, agreeing person, agreed-with person)
        # the articles the evidence ranks first (a large library is not scanned whole)
        for aid in list(dict.fromkeys([e.article_id for e in ctx.evidence] + list(ctx.scope)))[:3]:
            view = ctx.library.articles.get(aid)
            if view is None:
                continue
            units = sorted(((u, p.name) for p in view.item.speakers for u in view.units(p.name, _units)),
                           key=lambda x: x[0][0].start)
            for k, (unit, person) in enumerate(units):
                if not _AGREED.search(unit[0].text) or not re.search(
                        re.escape(person.split()[-1]) + r"\b(?:,[^.;:]{0,120}?,)?\W+(?:\w+\s+)?agree", unit[0].text):
                    continue
                prior = next(((u, p) for u, p in reversed(units[:k]) if p != person
                              and _sentences_apart(view, u[0], unit[0]) <= 3), None)
                if prior:  # with the rest of that person's words in the same paragraph
                    same = [u for u, p in units[:k] if p == prior[1] and u[0].passage_id == prior[0][0].passage_id]
                    pairs.append((unit, same, person, prior[1]))
        if not pairs:
            return None
        for agreeing, agreed, p, q in pairs:
            if q in before and p not in before:  # "did anyone else agree?" after q
                src = [] if agreeing[1] else [_passage_source("S1", agreeing[0])]
                refs = "[S1]" if src else ""
                for quote in agreeing[1]:
                    src.append(_quote_source(f"S{len(src) + 1}", quote))
                    refs += f"[S{len(src)}]"
                return Draft(f"{p} agreed: {agreeing[0].text} {refs}", src, speaker=p)
            if p in before:  # "whose view was he agreeing with?" after p
                src, parts = [], []
                for unit in (*agreed, agreeing):
                    refs = ""
                    if not unit[1]:
                        src.append(_passage_source(f"S{len(src) + 1}", unit[0]))
                        refs += f"[S{len(src)}]"
                    for quote in unit[1]:
                        src.append(_quote_source(f"S{len(src) + 1}", quote))
                        refs += f"[S{len(src)}]"
                    parts.append(f"{unit[0].text} {refs}")
                return Draft(f"{p} was agreeing with {q}. " + " ".join(parts), src, speaker=q)
        return None

    # --- what happened next ------------------------------------------------------
    def _after(self, ctx: Context) -> Draft | None:
        """"What happened after that?": the sentences that place something after the
        event of the last turn ("three days after meeting Putin", "after the Alaska
        summit"); failing those, the sentence that follows the one the last answer used."""
        a = ctx.analysis
        before = a.previous_question + " " + a.previous_answer
        key = {w for w in tokens(before) if w not in _GENERIC_QUESTION and w not in _SPEECH_TOKENS and len(w) > 2}
        aid = next((e.article_id for e in ctx.evidence), None)
        view = ctx.library.articles.get(aid) if aid else None
        if view is None or not key:
            return None
        fresh = [s for s in view.sentences if s.text[:60] not in a.previous_answer]
        later = []
        for s in fresh:
            for m in _LATER.finditer(s.text):
                shared = key & set(tokens(s.text[m.end(): m.end() + 60]))
                if shared:
                    later.append((len(shared), s))
                    break
        if later:
            # "three days after that?": the sentence with that interval first
            span = re.search(r"\b(\w+\s+(?:hours?|days?|weeks?|months?|years?))\s+(?:after|later)\b", a.question, re.I)
            later.sort(key=lambda x: (not (span and span.group(1).lower() in x[1].text.lower()), -x[0]))
            chosen = sorted({id(s): s for _, s in later[:1 if span and span.group(1).lower() in later[0][1].text.lower() else 2]}.values(),
                            key=lambda s: s.start)
        else:
            anchor = max(view.sentences, key=lambda s: len(key & set(tokens(s.text))))
            if not key & set(tokens(anchor.text)):
                return None
            nxt = [s for s in fresh if s.start > anchor.start]
            if not nxt:
                return None
            chosen = nxt[:1]
        body, src = cite_sentences(chosen)
        return Draft(body, src)

    def _outcome(self, ctx: Context) -> Draft | None:
        """"Where did Trump meet Putin?" ... "did it work?": "it" is the last turn's event, and
        the answer is how it turned out, in the sentence the last answer came from or one of
        the two after it in its paragraph ("... Trump failed to persuade the Russian leader
        ..."). Where none of them says, the article doesn't; None when no sentence is the
        last turn's."""
        a = ctx.analysis
        said = f"{a.previous_question} {a.previous_answer}".strip()
        sv = np.asarray(self.embeddings.embed_query(said))
        key = [w for w in dict.fromkeys(tokens(said)) if w not in _GENERIC_QUESTION and w not in _SPEECH_TOKENS]
        best: tuple[float, list[Sentence]] | None = None
        for aid in ctx.scope:
            view = ctx.library.articles.get(aid)
            if view is None or not view.sentences:
                continue
            # the sentence the last turn was about: its meaning and its words ("met in Alaska
            # in August": the one with the meeting, Alaska and August)
            sims = view.sentence_vectors(self.embeddings) @ sv
            score = [float(d) + _overlap(key, tokens(x.text), ctx) for d, x in zip(sims, view.sentences)]
            k = int(np.argmax(score))
            if sims[k] < ANCHOR_SIMILARITY or (best is not None and score[k] <= best[0]):
                continue
            told = next((x for x in view.sentences[k:k + 3]
                         if x.passage_id == view.sentences[k].passage_id and _OUTCOME.search(x.text)), None)
            best = (score[k], [told] if told is not None else [])
        if best is None:
            return None
        if not best[1]:  # the article tells of the event, not of how it turned out
            return _refuse("The article doesn't say how that turned out.")
        body, src = cite_sentences(best[1])
        return Draft(body, src)

    # --- who wrote it ------------------------------------------------------------
    def _byline(self, ctx: Context) -> Draft:
        bylines = []
        for aid in ctx.scope:
            view = ctx.library.articles.get(aid)
            if view is not None and view.item.article.byline:
                bylines.append((view.item.article.title, view.item.article.byline))
        if not bylines:
            return _refuse("The article doesn't say who wrote it: it carries no byline.")
        if len(bylines) == 1:
            byline = bylines[0][1].removeprefix('By').lstrip(': ')
            if _NAME_ASKED.search(ctx.analysis.question) and not _names_person(byline):
                # "what's the full name of the reporter?" of "TA | AP Insight": initials and
                # an agency are no one's name
                return _refuse(f"The article doesn't give the writer's name; its byline is only {byline}.")
            return Draft(f"The article's byline is {byline}.", [])
        return Draft("Bylines: " + "; ".join(f"{t}: {b}" for t, b in bylines[:10]) + ".", [])

    # --- what does RUSI stand for ------------------------------------------------
    def _acronym(self, ctx: Context, acronym: str) -> Draft:
        """The capitalised words whose initials make the acronym ("Royal United Services
        Institute" for RUSI), cited where the article writes them out."""
        for aid in ctx.scope:
            view = ctx.library.articles.get(aid)
            if view is None:
                continue
            found = spelled_out(view.item.article.text, acronym)
            if found:
                sentence = _sentence_at(view, found[0])
                if sentence:
                    return Draft(f"{acronym} stands for the {found[1]}, as the article writes it out [S1].",
                                 [_passage_source("S1", sentence)])
        return _refuse(f"The article doesn't spell out {acronym}.")

    # --- where is RUSI based -------------------------------------------------------
    def _located(self, ctx: Context, thing: str) -> Draft | None:
        """Where an organisation is, as the article places it: "the Royal United Services
        Institute in London", "the Oslo-based Fram Institute". ``thing`` may be "it" in a
        follow-up ("what is RUSI?" "where is it based?"): the name the last question asked
        about. None when the article names the organisation nowhere with a place."""
        a = ctx.analysis
        if thing.lower() in _IT and a.previous_question:
            named = re.findall(r"\b[A-Z][A-Z&]{1,7}\b", a.previous_question) or re.findall(
                r"\b[A-Z][\w’'-]+(?:\s+(?:of|for|and|the)?\s*[A-Z][\w’'-]+)+", a.previous_question)
            if not named:
                return None
            thing = named[-1]
        elif thing.lower() in _IT:
            return None
        for aid in ctx.scope:
            view = ctx.library.articles.get(aid)
            if view is None:
                continue
            text = view.item.article.text
            forms = [thing]
            if thing.isupper() and (written := spelled_out(text, thing)):
                forms.append(written[1])  # "RUSI": also where the article writes it out
            for form in forms:
                for m in re.finditer(r"\b" + re.escape(form) + r"\b", text, re.I if not form.isupper() else 0):
                    # (one line, and a sentence's full stop ends the place: "in Paris. Despite ...")
                    after = re.match(r",?\s+(?:in|of)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\.[A-Z]\.?)*(?:[ ]+[A-Z][\w’'-]*(?:\.[A-Z]\.?)*){0,2})",
                                     text[m.end():m.end() + 60])
                    before = re.search(r"(?P<place>[A-Z][\w’'.-]*)-based\s+(?:the\s+)?$", text[max(0, m.start() - 40):m.start()])
                    hit = after or before
                    if not hit or hit.group("place").split()[0].rstrip(".").lower() in CALENDAR_WORDS:
                        continue
                    sentence = _sentence_at(view, m.start())
                    if sentence is None:
                        continue
                    place = hit.group("place").rstrip(".,")
                    name = thing if form == thing else f"{thing} (the {form})"
                    return Draft(f"According to the article, {name} is in {place} [S1].", [_passage_source("S1", sentence)])
        return None

    # --- who is quoted -----------------------------------------------------------
    def _people(self, ctx: Context, limit: int = 12) -> Draft:
        src: list[Source] = []
        parts = []
        quoted = [(v, s) for v, s in ctx.library.speakers(ctx.scope) if s.quote_count > 0]
        a = ctx.analysis
        others = bool(re.search(r"\belse\b", a.question, re.I) and a.previous_question)
        if others:
            # "who else is quoted?": not the people the last turn was about
            before = set(people_asked_about(a.previous_question, a.previous_answer, ctx.library, ctx.scope))
            quoted = [(v, s) for v, s in quoted if s.name not in before]
        quoted.sort(key=lambda p: -p[1].quote_count)
        # (an organisation's statement is quoted too, but it is no person: after the people)
        bodies = [(v, s) for v, s in quoted if s.kind == "organization"]
        quoted = [(v, s) for v, s in quoted if s.kind != "organization"]
        statements = []
        for group, out in ((quoted[:limit], parts), (bodies[:limit], statements)):
            for view, s in group:
                quotes = [q for q in view.item.quotes if q.speaker == s.name and q.kind != "term"]
                if not quotes:
                    continue
                sid = f"S{len(src) + 1}"
                src.append(_quote_source(sid, quotes[0]))
                desc = f", {s.description}," if s.description else ""
                out.append(f"{s.name}{desc} quoted {len(quotes)} time{'s' if len(quotes) > 1 else ''} [{sid}]")
        if not parts and not statements:
            return _refuse("The article quotes no one else." if others else "The article doesn't quote anyone directly.")
        more = f" There are {len(quoted) - limit} more people quoted." if len(quoted) > limit else ""
        also = f"the statement{'s' if len(statements) > 1 else ''} of " + "; ".join(statements) + "."
        # ("how many people are quoted?": the count first)
        count = f"{len(quoted)} {'person' if len(quoted) == 1 else 'people'} by name: " \
            if re.search(r"\bhow\s+many\b", a.question, re.I) and not others else ""
        text = ("The article quotes " + count + "; ".join(parts) + "." + more + (" It also quotes " + also if statements else "")) \
            if parts else "The article quotes no person by name, only " + also
        return Draft(text, src)

    # --- who is X ----------------------------------------------------------------
    def _who(self, ctx: Context) -> Draft:
        a = ctx.analysis
        if not a.targets:
            return self._fact(ctx, who=True)
        t = a.targets[0]
        if t.how == "group":
            # "who are the board's two co-chairs?": a group the article's sentences name
            # ("The board's co-chairs — X and Y —"), before the one person a word matched
            draft = self._fact(ctx, who=True)
            if not draft.refused:
                return draft
        view, s = t.view, t.speaker
        text = view.item.article.text
        aside = [m.group(1) for m in _SET_ASIDE.finditer(a.question)]
        if any(fold(x) in map(fold, s.name.split()) for x in aside):
            # "who was the other council member that voted against it besides oduya?": the
            # one set aside is not the answer; someone else the article's sentences name, or no one
            draft = self._fact(ctx, who=True)
            others = [p.name for _, p in ctx.library.speakers([view.id]) if p.name != s.name and p.kind == "person"]
            if not draft.refused and any(n in draft.text for n in others):
                return draft
            return _refuse(f"The article doesn't name anyone else; it names only {s.name}"
                           + (f", {s.description}." if s.description else "."))
        src: list[Source] = []
        owner = _OWNER_ASKED.search(a.question) if t.how == "described" else None
        if owner and not _owned_by(view, s, owner.group("owner")):
            # "who is Brightwater Marine Works' chief executive?": an executive of another body is not it
            return _refuse(f"The article doesn't say who {owner.group(0).strip()} is.")
        if s.description:
            pos = _find_near_name(text, s.description, s.name)
            # (or where the name first comes: "The group’s executive director, Paul Lindqvist, said")
            sentence = _sentence_at(view, pos) if pos >= 0 else _first_mention(view, s.name)
            what = ("the person " if s.description.startswith("who ") else "") + s.description  # "who owns the brewery"
            if re.match(r"[a-z]", what) and not re.match(r"(?:a|an|the|his|her|their|its|one|who|[a-z]+[’']s)\b", what):
                what = "the " + what  # (a role put before the name: "..., owner Dale Brannigan announced")
            body_named = whose_body(view, s.description, pos if pos >= 0 else text.find(s.name))
            if body_named:
                what += f" ({body_named})"  # "the department’s director (the state Water Resources Department)"
            if sentence:
                src.append(_passage_source("S1", sentence))
                body = f"{s.name} is {what}, according to the article [S1]."
                more = _background(view, sentence, s)
                # (and what a later apposition adds: "Councilmember Teresa Ochoa, who led the
                # opposition, ..." then "Ochoa, 58, a retired accountant in her second term, was
                # joined ...")
                later = re.compile(r"(?:^|[.;]\s)\W*" + re.escape(s.name.split()[-1]) + r",\s+(?:\d{1,3},\s+)?(?:a|an)\s+[a-z]")
                more += [x for x in view.sentences if x is not sentence and x not in more and not x.quotes
                         and later.search(x.text) and x.text.find(s.description) < 0][:1]
                for k, x in enumerate(more, start=2):
                    src.append(_passage_source(f"S{k}", x))
                    body += f" {x.text} [S{k}]"
            else:
                body = f"{s.name} is {what}."
        else:
            sentence = _first_mention(view, s.name)
            if sentence is None:
                return _refuse(f"The article doesn't say who {s.name} is.")
            src.append(_passage_source("S1", sentence))
            body = f"The article doesn't describe {s.name} further than this: {sentence.text} [S1]"
        quotes = [q for q in view.item.quotes if q.speaker == s.name and q.kind != "term"]
        if quotes:
            n = len(quotes)
            whom = s.name if s.kind == "organization" else s.name.split()[-1]  # (not "Power" of "Summit Valley Power")
            body += f" The article quotes {whom} {n} time{'s' if n > 1 else ''}."
        return Draft(body, src, speaker=s.name)

    # --- what did X say ----------------------------------------------------------
    def _speaker(self, ctx: Context) -> Draft:
        """The sentences where the person speaks: their quotes, and the sentences that
        report them ("..., said Arnold."), ranked against the question's topic."""
        a = ctx.analysis
        t = a.targets[0]
        view, s = t.view, t.speaker
        quotes = [q for q in view.item.quotes if q.speaker == s.name and q.kind != "term"]
        if t.how in ("described", "group") and any(fold(m.group(1)) in map(fold, s.name.split()) for m in _SET_ASIDE.finditer(a.question)):
            # "what did the other commissioner who voted no say? not bisbee, the second one":
            # the one the description fits is set aside, and the article names no other
            return _refuse(f"The article doesn't name or quote anyone else who fits; the one it quotes is {s.name}"
                           + (f", {s.description}." if s.description else "."), speaker=s.name)
        if not quotes and a.wants_exact:
            return _refuse(f"The article doesn't quote {s.name} directly.", speaker=s.name)
        names = {w for part in [s.name, *(getattr(s, "aliases", None) or [])] for w in tokens(part)}
        said = _SAID_THAT.match(a.question)
        # ("anything about the possibility of getting sued?": the subject is being sued)
        about = said and re.match(r"(?:(?:anything|something|much|a\s+lot)\s+)?(?:about|on|regarding)\s+(?!(?:how|what|whether|why|when|where|who|which|if)\b)"
                                  r"(?:the\s+(?:possibility|prospect|chance|idea|notion|question|issue|matter|threat|risk|likelihood)\s+of\s+)?"
                                  r"(?:(?:having|needing|being\s+forced)\s+to\s+)?(.+)",
                                  said.group("clause"), re.I)
        if not said and not a.follow_up:
            # "what did Hodges say about whether Trump can be trusted?": the subject is theirs
            # to speak on too (not "what did X say about Y?" at large: Y is often put in
            # other words than X's, "the new rotas" for "roster changes")
            about = _SAY_ABOUT.search(a.question)
        if said and not about:
            # "did Hodges really say that Putin is bluffing?": a claim whose words the
            # article never has was not said
            claim = [w for w in tokens(said.group("clause")) if w not in _GENERIC_QUESTION and w not in names]
            if claim and not _TOPIC_CLAUSE.match(said.group("clause")) and _missing_concept(
                    said.group("clause"), claim, ctx, self.embeddings, similarity=SPEAKER_SYNONYM_SIMILARITY, any_word=True):
                return _refuse(f"The article doesn't report {s.name} saying that.", speaker=s.name)
        units = view.units(s.name, _units)
        sentence_index = {id(x): k for k, x in enumerate(view.sentences)}  # (where each sentence stands, once)
        lead = set(tokens(view.sentences[0].text)) if view.sentences else set()  # (the story's own event, its first sentence)
        if not units:
            # "Mirabal and Osei, neither of whom spoke during the debate", "X declined to
            # comment": that they said nothing is what the article says of their words
            silent = next((x for x in view.sentences if _NO_COMMENT.search(x.text) and _mentions(x.text, s.name.split()[-1])), None)
            if silent is not None and re.search(r"\b(?:why|how\s+come|reason|reasons|reasoning|explain|explanation|rationale)\b", a.question, re.I):
                # ("why did gary lindqvist vote against it, what was his reasoning?" of one "who did
                # not speak during the meeting and could not be reached afterward")
                return _refuse(f"The article doesn't give {s.name}'s reasons; it says only this: {silent.text}", speaker=s.name)
            if silent is not None:
                body, src = cite_sentences([silent])
                return Draft(f"The article doesn't quote {s.name}; it says: {body}", src, speaker=s.name)
            return _refuse(f"The article doesn't quote {s.name} or report anything {s.name.split()[-1]} said.", speaker=s.name)
        if said and not about and len(claim := [w for w in tokens(_phrasal_meaning(said.group("clause"), ctx)) if w not in _GENERIC_QUESTION
                                                and w not in names and w not in _SPEECH_TOKENS]) >= 3 \
                and not _TOPIC_CLAUSE.match(said.group("clause")):
            # "did Hodges say the US should send its own ground troops?": a claim whose words
            # are in the article but mostly not in the person's own sentences is someone else's
            spoken = " ".join(dict.fromkeys(u[0].text for u in units))
            # (a name has no near word: "NATO" is not "European")
            have = set(tokens(spoken))
            unnamed = {w for w in claim if w in view.proper_nouns and not _has_form(w, have)}
            if 2 * len(set(_unsaid(claim, spoken, self.embeddings)) | unnamed) > len(claim):
                return _refuse(f"The article doesn't report {s.name} saying that.", speaker=s.name)
        if about:
            # "did she say anything about the unpaid wages?", "did he comment on the Paris
            # meeting?": a subject of a few words, each in what the person says (a claim's
            # words may be answered by its opposite: "did she say it was easy?" "No: ...")
            words = [w for w in tokens(about.group(1)) if w not in _GENERIC_QUESTION and w not in names
                     and w not in _SPEECH_TOKENS and not _NEGATION.fullmatch(w)]
            plist = {p.id: p.text for p in view.item.passages}
            spoken = " ".join(dict.fromkeys(plist.get(u[0].passage_id, u[0].text) for u in units))
            # a person's name is said or not: no near word stands in for it ("anything about trump?")
            unnamed = [w for w in words if w in view.proper_nouns and not _has_form(w, set(tokens(spoken)))]
            # (asked "what did X say about ...?", all of them: X may put some in other words)
            unsaid = _unsaid(words, spoken, self.embeddings) if 0 < len(words) <= 3 else []
            # ("anything about layoffs for the language teachers?": the subject is its head,
            # "layoffs"; whose they are may be put otherwise, "the department's instructors",
            # when the article has those words somewhere)
            head = re.split(r"\b(?:for|of|to|in|at|on|with|from|among)\b", about.group(1), maxsplit=1, flags=re.I)[0]
            if said and unsaid and set(tokens(head)) & set(words) and not set(unsaid) & set(tokens(head)) \
                    and all(_has_form(w, view.stems) for w in unsaid):
                unsaid = []
            if said and unsaid and not unnamed and len(unsaid) < len(words) and set(tokens(head)) - set(unsaid):
                # "did Brevik say anything about fires not acting like they used to?": the
                # subject is his ("fires"), what is asked of it in other words ("don’t behave
                # the way the textbooks say anymore"): one of his sentences means it, or none
                qv = np.asarray(self.embeddings.embed_query(about.group(1)))
                vecs = view.sentence_vectors(self.embeddings)
                if max(float(vecs[sentence_index[id(u[0])]] @ qv) for u in units) >= CLAIM_SIMILARITY:
                    unsaid = []
            if 0 < len(words) <= 3 and (unnamed or (len(unsaid) == len(words) if not said else unsaid)):
                return _refuse(f"The article doesn't report {s.name} saying anything about that.", speaker=s.name)
        elif said and (wh := _ABOUT_WH.match(said.group("clause"))):
            # "did Priya Castellanos say anything about what caused the fire?": the words of the
            # question's subject are in the paragraphs where she speaks, or she never spoke of it
            # (the story's own event, which its first sentence tells, is what everyone in it
            # speaks of: "why they had to make the cut" asks his reason, not for the word "cut")
            words = [w for w in tokens(wh.group(1)) if w not in _GENERIC_QUESTION and w not in names
                     and w not in _SPEECH_TOKENS and not _NEGATION.fullmatch(w) and w not in lead]
            plist = {p.id: p.text for p in view.item.passages}
            spoken = " ".join(dict.fromkeys(plist.get(u[0].passage_id, u[0].text) for u in units))
            if 0 < len(words) <= 3 and len(_unsaid(words, spoken, self.embeddings)) == len(words):
                return _refuse(f"The article doesn't report {s.name} saying anything about that.", speaker=s.name)
        elif not said and (asked := _subject_asked(a.question, names)) \
                and not (a.follow_up and _POINTING.search(asked)):
            # "what did Zelenskyy say about the Paris meeting?": a place is named or not; where
            # none of the person's paragraphs has it, they never spoke of it there
            places = _places_in(_without_owned_roles(asked))
            plist = {p.id: p.text for p in view.item.passages}
            spoken = " ".join(dict.fromkeys(plist.get(u[0].passage_id, u[0].text) for u in units))
            # ("what did he say about why they had to make the cut?": the reason for the story's
            # own event, which its first sentence tells and everyone in it speaks to)
            # (or the story's own subject: "did Marchetti support the ban?" in a story on the ban)
            story = lead | set(tokens(view.item.article.title))
            wh = re.match(r"\W*(?:why|how|what|whether|when)\b", asked, re.I)
            # (all its words, those any question uses too: "the water rate going up to $95" is
            # not the story's "water"; and only a stance asked of it, "did Marchetti support the
            # ban?": "rao on the waiting lists?" asks her words on them)
            stance = _STANCE_ON.match(a.question)
            words = _subject_words(asked, names) if wh else [w for w in tokens(asked) + re.findall(r"\d[\d,.]*", asked) if w not in names]
            own_story = not places and bool(wh or stance) and not [w for w in words if w not in (lead if wh else story)]
            if not places and (event := _STORY_EVENT.fullmatch(asked.strip(" ?.!"))) \
                    and (({stem(event.group(1))} | _family(stem(event.group(1)))) & story
                         # (or the verb the lead tells it with: "the merger" of "voted ... to merge")
                         or any(len(w) >= 4 and stem(event.group(1)).startswith(w) for w in story)):
                # ("what did Kessling say about the vote?" in a story on a council's vote: the
                # story's own event, which everyone in it speaks to, in whatever words; the
                # headline may name it where the lead doesn't: "regents vote to cut" / "the cuts")
                own_story = True
            if not own_story and (places and places - _places_in(spoken) or self._spoken_elsewhere(ctx, asked, spoken, names, units)):
                # (the subject repeated only when the article has its words: not text put in the question to be echoed)
                echo = len(asked) <= 60 and all(_has_form(w, view.stems) for w in tokens(asked))
                return _refuse(f"The article doesn't report {s.name} saying anything about {asked if echo else 'that'}.",
                               speaker=s.name)
            elif not own_story and self._off_subject(view, asked, spoken, names, units):
                # (the subject not repeated: words the article never has may be put in the question to be echoed)
                return _refuse(f"The article doesn't report {s.name} saying anything about that.", speaker=s.name)
        event = _AT_EVENT.search(a.question) if not about else None
        # (the event's place: a country or city the map knows, or a name the article uses)
        body = view.item.article.text
        where = [w for w in re.findall(r"[\w’'-]+", event.group("event")) if len(w) > 2
                 and not _TIME.fullmatch(w)  # (a month is the event's day, not its place: "the Aug. 18 meeting")
                 and re.search(r"\b" + re.escape(w[:1].upper() + w[1:].lower()) + r"\b", body)
                 and not re.search(r"\b" + re.escape(w.lower()) + r"\b", body)] if event else []
        if event and (_places_in(event.group("event")) or where):
            # "what did Zelenskyy say at the Paris meeting?": words of the person's where the
            # article has that place, or the day it gives the event ("Macron said Thursday")
            places = _places_in(event.group("event"))
            plist = {p.id: p.text for p in view.item.passages}
            spoken = " ".join(dict.fromkeys(plist.get(u[0].passage_id, u[0].text) for u in units))
            head = stem(event.group("head").split()[-1])

            def there(text: str) -> bool:
                return bool(_places_in(text) & places) if places else all(
                    re.search(r"\b" + re.escape(w) + r"\b", text, re.I) for w in where)
            days = {m.group(0).lower() for x in view.sentences if there(x.text)
                    and (_has_word(x.text, head) or any(_has_word(x.text, w) for w in _EVENT_WORDS.get(head, ())))
                    for m in _TIME.finditer(x.text)}
            if not there(spoken) and not any(re.search(r"\b" + re.escape(d) + r"\b", spoken, re.I) for d in days):
                return _refuse(f"The article doesn't report {s.name} saying anything there.", speaker=s.name)
        told = _told_unreported(a.question, view, names, units)
        if told:
            # "what did Trump tell Putin in Alaska?": words to someone are only where the
            # article reports them told to that person ("Starmer told allies that ...")
            return _refuse(f"The article doesn't report what {s.name} told {told}.", speaker=s.name)
        if a.follow_up and a.previous_question and _RESPONSE_TO_THAT.search(a.question):
            # "and what did Macron say in response to that?" after Starmer's words: only if he
            # speaks where Starmer is (in the paragraph, or the one before it)
            earlier = [n.split()[-1] for n in people_asked_about(a.previous_question, "", ctx.library, ctx.scope)
                       if n != s.name]
            if earlier:
                around = _around(view)
                # a response comes after the words the last answer gave, not before them
                after = _copied_at(view, a.previous_answer) or 0
                # (not what the two said together: "The coalition leaders — X and Y — have insisted";
                # when one answers, the rest of their words stay: the response may go on)
                if not any(any(_mentions(around.get(u[0].passage_id, u[0].text), n) for n in earlier)
                           and not _reports_jointly(u[0].text, s.name)
                           and u[0].start >= after for u in units):
                    return _refuse(f"The article doesn't report {s.name} responding to {earlier[0]}.", speaker=s.name)
                # ("Arnold agreed, adding ...": the words after theirs come first)
                units = [u for u in units if u[0].start >= after] or units
        # ("why is she so against it?" after her words: the reason is in what the last answer
        # didn't give)
        bare_why = a.follow_up and _WHY.search(a.question) and not [
            w for w in tokens(a.question) if len(w) > 2 and w not in _SPEECH_TOKENS and w not in _GENERIC_QUESTION and w not in names]
        if a.follow_up and re.search(r"\belse\b|\bmore\b|\bother\b|\bagain\b", a.question, re.I):
            fresh = [u for u in units if u[0].text[:60] not in a.previous_answer and not any(q.text.strip(" ,.") in a.previous_answer for q in u[1])]
            units = fresh or units
        elif bare_why:
            # (a word of theirs the last answer echoed, "a “heavy” bill", may be where the reason is)
            fresh = [u for u in units if u[0].text[:60] not in a.previous_answer
                     and not any(len(q.text.split()) >= 4 and q.text.strip(" ,.") in a.previous_answer for q in u[1])]
            units = fresh or units
        if _PROPOSAL_ASKED.search(a.question):
            # "what mission did he propose instead?": his words that put something forward,
            # not his criticism of the plan without one
            # (with their own words right beside it: "“... it is not a bus,” Aske said. She
            # said the island had asked for a night water taxi instead.")
            proposed = [u for u in units if _PROPOSES.search(u[0].text)]
            # (or what they did, told in their paragraph: "Council member Desmond Pryor ...
            # called it “...” He had pushed an alternative that would have capped ...")
            theirs = {u[0].passage_id for u in units} - {u[0].passage_id for u in proposed}
            had = {id(u[0]) for u in units}
            subject = re.compile(r"\W*(?:He|She|They|" + re.escape(s.name.split()[-1]) + r")\s+(?:had\s+|has\s+|have\s+)?[a-z]+ed\b")
            deeds = [(x, []) for x in view.sentences if x.passage_id in theirs and id(x) not in had
                     and subject.match(x.text) and _PROPOSES.search(x.text)]
            if deeds:
                proposed = deeds + proposed
                units = sorted(units + deeds, key=lambda u: u[0].start)
            if not proposed:
                return _refuse(f"The article doesn't report {s.name} proposing anything like that.", speaker=s.name)
            units = [u for u in units if u in proposed or (u[1] and any(
                u[0].passage_id == p[0].passage_id and _sentences_apart(view, u[0], p[0]) == 0 for p in proposed))]
        strict = _strict_type(a.question)
        if strict:
            # "how much money have they raised?": of the person's sentences, those with a sum;
            # else the sentence right after one that points back to it and has the figure
            # ("... said Arnold. That figure would account for about 30% of ..."); when none
            # has one, the caller turns to the article's facts
            typed = [u for u in units if _has_type(u[0].text, strict, a.question)]
            if not typed:
                at = {id(x): k for k, x in enumerate(view.sentences)}
                after = [(u[0], view.sentences[k + 1]) for u in units if (k := at[id(u[0])]) + 1 < len(view.sentences)]
                typed = [(x, _their_quotes(x, s.name)) for before, x in after if _points_back(x, before)
                         and _has_type(x.text, strict, a.question)]
            units = typed or units
        # (a short stem of a longer word counts: "sued" is "su")
        topic_tokens = [w for w in _long_word_tokens(a.topic) if w not in _SPEECH_TOKENS and w not in _GENERIC_QUESTION
                        and w not in _STANCE_TOKENS  # ("what's his main worry?": what he says, not worrying)
                        and not (a.wants_exact and w in _QUOTE_ASKED)]  # "every direct quote": no subject
        reaction = bool(topic_tokens) and bool(set(tokens(a.topic)) & _REACTION_WORDS) and all(
            w in lead or w in _STORY_EVENT_WORDS for w in topic_tokens)
        if reaction:
            # "tourism bureau director reaction to the vote — quote": their response to the
            # story's own event, which its first sentence tells: what they said, on anything
            topic_tokens = []
        story = _ABOUT_THE_STORY.search(a.question)
        if story and topic_tokens and set(topic_tokens) <= view.subject_stems and set(tokens(story.group(1))) <= view.subject_stems:
            # "what did Kessler say about the recall?" of a story on the recall: what he said
            # (not "about hospitals" in a story on a hospital: those of his words that are)
            topic_tokens = []
        # a follow-up's own words say what is new ("did she say when construction starts?"),
        # the last turn's only set the scene
        # ("the other expert": who, not what; "something similar": like the last answer)
        own_question = SIMILAR.sub(" ", OTHER.sub(" ", a.question))
        own_tokens = [w for w in _long_word_tokens(own_question) if w not in _SPEECH_TOKENS and w not in _GENERIC_QUESTION
                      and w not in names and w not in view.profile(s, profile_words)] \
            if a.follow_up and a.topic != a.question else []
        if not topic_tokens and not reaction:
            # "what does he want instead?": words any question may use are all it has, and
            # one of the person's sentences may still have them ("said he wanted ...")
            # (not the words that describe who: "the retired bus driver from Arizona — how's she doing?")
            described = not a.follow_up and any(t.how == "described" for t in a.targets)
            loose = [w for w in tokens(a.topic if described else a.question) if w not in _SPEECH_TOKENS and w not in names and len(w) > 2
                     and w not in view.subject_stems]
            if any(_overlap(loose, tokens(u[0].text), ctx) > 0 for u in units):
                topic_tokens = loose
        asked_about = [last for p in a.topic_people if not _setting(ctx, view.id, last := p.split()[-1])]
        if asked_about and not topic_tokens:
            # "what did Zelenskyy say about that?" after Lavrov's words: where he speaks of
            # Lavrov (in the paragraph, or the one before it), or nowhere
            around = _around(view)
            units = [u for u in units if all(_mentions(around.get(u[0].passage_id, u[0].text), n) for n in asked_about)]
            if not units:
                return _refuse(f"The article doesn't report {s.name} saying anything about {' or '.join(asked_about[:2])}.", speaker=s.name)
        place = _IN_ORDER.search(a.question)
        # "is he optimistic?", "does she sound worried?": the person's verdict, which a news
        # story leaves to the person's closing words (not a subject of its own: "optimistic
        # about the talks?" is asked of the talks)
        verdict = not place and (m := _STANCE.search(a.question)) and _STANCE_ALONE.fullmatch(m.group("rest"))
        # "can you give me his exact words?", "quote him": the words the last answer gave
        request_only = a.follow_up and a.wants_exact and a.previous_answer and not [
            w for w in tokens(a.question) if len(w) > 2 and w not in _SPEECH_TOKENS and w not in _GENERIC_QUESTION
            and w not in _REQUEST_WORDS and w not in names]
        echo = _echo(units, a.previous_answer) if request_only else None
        top = None  # the statement that matches the question best, when ranked by it
        if echo is not None:
            picked = units[echo]
            ranked = [picked] + [u for u in units if u[0].passage_id == picked[0].passage_id and u[1] and u is not picked]
            if not picked[1] and echo + 1 < len(units) and units[echo + 1][1] and units[echo + 1] not in ranked \
                    and _sentences_apart(view, picked[0], units[echo + 1][0]) <= 1:
                ranked.append(units[echo + 1])  # a paraphrase, then the person's own words
            also = []
        elif place or verdict:
            # "how does he wrap things up?", "what does she say first?": where the person's
            # words stand in the article, not what they are about
            # (their own words: not what they said with others, "The leaders — X and Y — ...")
            own = [u for u in units if u[1] or not _reports_jointly(u[0].text, s.name)] or units
            pick = own[-1] if verdict or place.group("last") else own[0]
            ranked = [pick] + [u for u in units if u[0].passage_id == pick[0].passage_id and u[1] and u is not pick]
            k = units.index(pick)
            if not place or not place.group("last"):
                # ("University President X told trustees the school faces …" / "“Nobody in this room
                # wanted to be here tonight,” X said."): how they opened is in their own words too
                if not pick[1] and k + 1 < len(units) and units[k + 1][1] and units[k + 1] not in ranked \
                        and _sentences_apart(view, pick[0], units[k + 1][0]) == 0:
                    ranked.append(units[k + 1])
            also = []
        elif topic_tokens:
            qv = np.asarray(self.embeddings.embed_query(a.topic))
            all_vecs = view.sentence_vectors(self.embeddings)  # computed once per article
            vecs = all_vecs[[sentence_index[id(u[0])] for u in units]]
            dense = vecs @ qv
            lex = np.array([_overlap(topic_tokens, tokens(u[0].text), ctx) for u in units])
            before = self._their_body_before(view, units)
            if before:
                # (words that answer their body's act, told in the paragraph right before: "The
                # nurses’ association has collected 4,600 signatures ..." / “... maybe it will
                # listen to 4,600 of its neighbors.”)
                order = [p.id for p in view.item.passages]
                prev = {pid: order[k - 1] for k, pid in enumerate(order) if k and order[k - 1] in before}
                lex = np.array([max(float(lex[k]), 0.9 * _overlap(topic_tokens, list(view.passage_stems.get(prev[u[0].passage_id], ())), ctx))
                                if u[1] and u[0].passage_id in prev else float(lex[k]) for k, u in enumerate(units)])
            if own_tokens:
                dense = 0.6 * (vecs @ np.asarray(self.embeddings.embed_query(own_question))) + 0.4 * dense
                lex = 0.6 * np.array([_overlap(own_tokens, tokens(u[0].text), ctx) for u in units]) + 0.4 * lex
            has_quote = np.array([1.0 if u[1] else 0.0 for u in units])
            score = dense + 0.5 * lex + 0.1 * has_quote  # the person's own words beat a paraphrase of them
            # (not the words that say who they are: "marcus bel taxpayers alliance what did he say")
            own_profile = set(view.profile(s, profile_words))
            if (reply := _reply_to(view, s.name, units, [w for w in own_tokens or topic_tokens if w not in _STANCE_TOKENS
                                                         and w not in own_profile],
                                   ctx, float(lex.max()) + 0.25, sentence_index)) is not None:
                # "is she hopeful that late-spring storms will fix things?": none of her words
                # has the subject; the article's sentence on it that names her ("... could restore
                # some water if late-spring storms arrive. Marchetti was not optimistic.") leads to
                # her reply, the words of hers right after it
                score[reply] += 1.0
            # "“I heard about it from my neighbor ...” That is how Marsh described the moment she
            # learned of the fire.": the sentence after a quote that says what it was about
            # speaks for the quote too
            for k in range(1, len(units)):
                if _SAYS_WHAT_IT_WAS.match(units[k][0].text) and units[k - 1][1] and not units[k][1] \
                        and _sentences_apart(view, units[k - 1][0], units[k][0]) == 0:
                    score[k - 1] = max(score[k - 1], score[k] + 0.1)
            # what the person said with others ("The leaders — X and Y — have insisted") comes
            # after what they said themselves
            score = score - 0.3 * np.array([1.0 if not u[1] and _reports_jointly(u[0].text, s.name) else 0.0 for u in units])
            if _WHY.search(a.question) or _EFFECT_ASKED.search(a.question) or _COUNTERFACTUAL.search(a.question):
                # "why does he think that?": the words that give a reason
                score = score + 0.15 * np.array([1.0 if _CAUSAL.search(u[0].text) else 0.0 for u in units])
            wanted = _answer_type(a.question)
            if wanted in _HARD_TYPES:  # "did she say when construction starts?" wants her date
                score = score + 0.2 * np.array([1.0 if _has_type(u[0].text, wanted, a.question) else 0.0 for u in units])
            # names in the question ("about Trump", "respond to Lavrov") must be where the person
            # speaks: prefer those sentences; when none of them has the name, the person never
            # spoke on it (the people asked about too: "how did Zelenskyy respond to Lavrov?")
            plist = view.item.passages
            # names the question itself asks about (a follow-up's earlier turn only sets the scene)
            # ("the British one": where the person is from says who, not what about)
            home = {PLACE_OF.get(w, w) for w in view.profile(s, profile_words)}
            # (a person of the article is never the setting: "what did Hodges say about
            # Trump?" asks for his words on Trump, however often the article names Trump)
            people = {w.lower() for p in view.item.speakers for w in p.name.split() if len(w) > 2}
            # ("about Chile's president": a person, whose country the answer needn't name)
            entities = [n for n in _question_entities(_without_owned_roles(a.question if a.follow_up else a.topic), s.name,
                                                      view.proper_nouns)
                        if (n.lstrip("=").lower() in people or not _setting(ctx, view.id, n))
                        and PLACE_OF.get(n.lstrip("=").lower(), n.lstrip("=").lower()) not in home
                        # (the person's own name misspelt: "Anjali Rau" for Anjali Rao)
                        and not any(fold(n.lstrip("="))[:2] == fold(w)[:2] and (near(n.lstrip("="), w) or len(n.lstrip("=")) == len(w) == 3)
                                    for w in s.name.split())]
            entities += [n for n in asked_about if n not in entities]
            if entities:
                # the unit's paragraph and the one before it, where the person is often introduced
                around = _around(view)
                own = {p.id: p.text for p in plist}  # where something happened: the paragraph itself

                def covers(u) -> bool:
                    return all(_mentions((own if n.startswith("=") else around).get(u[0].passage_id, u[0].text), n)
                               for n in entities)

                has = np.array([covers(u) for u in units])
                if not has.any():
                    return _refuse(f"The article doesn't report {s.name} saying anything about "
                                   f"{' or '.join(_as_asked(entities, a.question)[:2])}.", speaker=s.name)
                score = score + 0.3 * has
            # words the question quotes from one of the person's sentences ("says there's 'no
            # suggestion' of something — of what?"): that sentence, however little else matches
            quoted = [_quote_words(m.group(1) or m.group(2)) for m in _ASKED_QUOTE.finditer(a.question)]
            holds = np.array([1.0 if any(len(p.split()) >= 2 and p in _quote_words(u[0].text) for p in quoted) else 0.0
                              for u in units])
            score = score + holds
            order = list(np.argsort(-score))
            best = float(score[order[0]])
            # someone the article reports only once or twice: the question is about those words
            # unless they don't match at all; a word the article lacks only counts against
            # someone with more to choose from
            weak = best < MIN_SPEAKER_RELEVANCE or (len(units) > 2 and best < SPEAKER_CONFIDENT
                                                    and _missing_concept(a.topic, [w for w in topic_tokens if w not in _ADVICE_TOKENS],
                                                                         ctx, self.embeddings,
                                                                         similarity=SPEAKER_SYNONYM_SIMILARITY))
            # a follow-up with a topic of its own ("did he say anything about the wages?") is
            # judged on it like any question; one that borrows the last turn's is not
            own_topic = not a.follow_up or a.topic == a.question
            if weak and len(units) <= 2 and own_topic:
                # the topic left after taking out a description can be too thin to judge by
                # ("what did the British PM tell allies about the size of the force?"): the
                # whole question against those few sentences
                asked = a.question  # without the name, which the person's sentences all share
                for alias in sorted({s.name, *s.name.split(), *(getattr(s, "aliases", None) or [])}, key=len, reverse=True):
                    asked = re.sub(r"\b" + re.escape(alias) + r"(?:[’']s)?\b", " ", asked, flags=re.I)
                whole = vecs @ np.asarray(self.embeddings.embed_query(asked))
                weak = float(whole.max()) < MIN_FACT_RELEVANCE
            if weak and own_topic and not holds.any():
                return _refuse(f"The article doesn't report {s.name} saying anything about that.", speaker=s.name)
            top = units[order[0]][0]
            ranked = [units[i] for i in order if score[i] >= best - 0.15][:3]
            # when one statement stands out, the person's next most relevant one comes after
            # it, if it scores at least half as well: a person's sentences score too close
            # together to trust one alone
            second = float(score[order[1]]) if len(order) > 1 else 0.0
            also = [units[order[1]]] if len(ranked) == 1 and second >= max(MIN_SPEAKER_RELEVANCE, SECOND_STATEMENT * best) else []
            # quotes right around the best one ("…," he added) belong with it
            ranked += [u for u in units if u[0].passage_id == top.passage_id and u[1] and u not in ranked]
            # a paraphrase ("Beaumont ... said the city had not ...") is followed by the
            # person's own words more often than not: the next unit, when it is a quote
            position = {id(u[0]): k for k, u in enumerate(units)}
            for group in (ranked, also):
                for u in list(group):
                    k = position[id(u[0])]
                    # (a paraphrase with a fragment of theirs woven in, "an offer she described as
                    # “serious and final.”", is one too)
                    if (not u[1] or all(q.partial for q in u[1])) and k + 1 < len(units) and units[k + 1][1] \
                            and units[k + 1] not in ranked + also:
                        nxt = units[k + 1][0]
                        if _sentences_apart(view, u[0], nxt) <= 1:
                            group.append(units[k + 1])
                            # (and the rest of those words, in their paragraph: "“Everybody clapped …,”
                            # he said. “Then somebody said … and nobody had an answer.”")
                            group += [w for w in units[k + 2:] if w[1] and w[0].passage_id == nxt.passage_id
                                      and w not in ranked + also]
            # (the runner-up's own words go on in its paragraph too)
            for u in list(also):
                if u[1]:
                    also += [w for w in units if w[1] and w[0].passage_id == u[0].passage_id and w[0].start > u[0].start
                             and w not in ranked + also]
            # the person's next sentence that points back to the best one ("That means ...")
            # finishes its thought
            k = position[id(top)]
            if k + 1 < len(units) and units[k + 1] not in ranked and _ANAPHORA.match(units[k + 1][0].text) \
                    and _sentences_apart(view, top, units[k + 1][0]) <= 1:
                ranked.append(units[k + 1])
        else:
            # "every quote from X", "everything he said": all of them, in the article's order
            ranked = [u for u in units if u[1]][:_MAX_ALL if _ALL_ASKED.search(a.question) else 2] or units[:2]
            if len(ranked) == 2 and all(q.partial for q in ranked[0][1]):
                # (after a paraphrase with a fragment of theirs woven in, "an offer she described
                # as “serious and final.”", the rest of their own words in the paragraph that follows)
                ranked += [u for u in units if u[1] and u[0].passage_id == ranked[1][0].passage_id and u[0].start > ranked[1][0].start]
            also = []
        ranked = _whole_statements(ctx, view, units, ranked)
        ranked.sort(key=lambda u: u[0].start)
        if _WHY.search(a.question) or _COUNTERFACTUAL.search(a.question):
            # "why did his comments matter?", "what would happen if they didn't?": with the
            # sentence giving the reason
            have = [u[0] for u in ranked]
            ranked += [(x, _their_quotes(x, s.name)) for x in _with_reason(ctx, [top] if top is not None and _COUNTERFACTUAL.search(a.question) else have[:1]) if x not in have]
            ranked.sort(key=lambda u: u[0].start)
        have = [u[0] for u in ranked]
        ranked = [(x, _their_quotes(x, s.name)) for x in _antecedent(ctx, have[0]) if x not in have] + ranked
        also = [u for u in sorted(_whole_statements(ctx, view, units, also), key=lambda u: u[0].start)
                if u[0] not in [v[0] for v in ranked]]
        if also:  # after the best, so that it still leads (and is where "which section?" points)
            have = [u[0] for u in ranked]
            ranked += [(x, _their_quotes(x, s.name)) for x in _antecedent(ctx, also[0][0]) if x not in have] + also
        # (the words asked for are those of the best statement, or right beside it; others
        # of his that quote him on something else are not them)
        # (and on the subject, or in the paragraph of a best statement that is: "Although
        # Trump said he is “disappointed” ..." is not his words when he dropped the call for a
        # ceasefire; "“Without planes overhead ...,” she said" after her words on air cover is)
        # (its words, not a related one: "issued several threats" is not on "security")
        # (a person the subject names is not the subject: his words on Putin are not on "the
        # Alaska summit with Putin")
        others = {t for p in a.topic_people for t in tokens(p)}
        subject = [w for w in topic_tokens if w not in others] or topic_tokens
        # (a word and what it is the measure of, which is no loose relation: "reliable" and "guarantee")
        related = {t for w in re.findall(r"[a-z]+", a.topic.lower()) for r in _RELATED.get(w, ()) for t in tokens(r)}
        asked_type = _answer_type(a.question)

        def on_subject(x) -> bool:
            if not subject or _overlap(subject, tokens(x.text), ctx, kin=False) > 0:
                return True
            # (the related word in their own words: "absolutely no guarantee" is on whether he is
            # reliable; "issued several threats" beside “disappointed” is not on security)
            if related & {t for q in x.quotes if q.speaker == s.name for t in tokens(q.text)}:
                return True
            # ("his exact words about how long his shop printed the Sentinel": his words with a
            # span of time, "We have put this paper to bed every night for 23 years")
            if a.wants_exact and asked_type in ("duration", "money", "number", "share") and _has_type(
                    " ".join(q.text for q in x.quotes if q.speaker == s.name), asked_type, a.question):
                return True
            # (their words right after the article's sentence on what they did: "Walter
            # Dunleavy, 74, bought 20 copies at the diner counter. “One for each grandkid, ...”")
            k = sentence_index.get(id(x), 0)
            before = view.sentences[k - 1] if k else None
            return x.text.lstrip().startswith("“") and any(q.speaker == s.name and not q.partial for q in x.quotes) \
                and before is not None and before.passage_id == x.passage_id and not before.quotes \
                and _mentions(before.text, s.name.split()[-1]) and _overlap(subject, tokens(before.text), ctx, kin=False) > 0

        # (a paraphrase goes on in the person's own words right after it, in the next
        # paragraph too, told by a pronoun as the same thread: "Dempsey said he plans to keep
        # showing up regardless." / "“Somebody’s got to unlock the doors at seven,” he said.";
        # not "“With two boats a day, ...,” Quint said." after her words on a notice)
        top_unit = next((u for u in units if u[0] is top), None)
        lead = [u for u in ranked + also if top is None or (
            (u[0] is top or _sentences_apart(view, top, u[0]) <= 1)
            and (on_subject(u[0]) or ((u[0].passage_id == top.passage_id or top_unit is not None and not top_unit[1]
                                       and u[1] and not any(q.partial for q in u[1]) and (u[0].text.lstrip().startswith("“")
                                       and re.search(r"[,.!?]”\s+(?:he|she|they)\s+(?:said|added|says)\b", u[0].text)
                                       # ("Aske put it plainly: “We are not a land trust. ...”")
                                       or re.match(r"\W*(?:He|She|They|" + re.escape(s.name.split()[-1]) + r")\s[^“.]{0,40}:\s*“", u[0].text))
                                       and u[0].start > top.start) and on_subject(top))))]
        if a.wants_exact and not any(u[1] for u in lead):
            # "what did Trump say, word for word, when he dropped the demand?": the article
            # reports it in its own words; his own are not there to give
            return _refuse(f"The article doesn't quote {s.name}'s own words on that; it only reports them.", speaker=s.name)
        src: list[Source] = []
        parts = []
        # (a caption or pull quote that repeats words already given is given once)
        ranked = [u for k, u in enumerate(ranked) if _plain(u[0].text) not in {_plain(v[0].text) for v in ranked[:k]}]
        # (a quotation that runs on into the next paragraph is given to its end: "... or a
        # fire station." / "“I’d rather make the hard call tonight ...,” she added.")
        ranked = _with_runs_on(view, ranked, units)
        # (and what came of a proposal the person is reported making: "Pell ... proposed an
        # amendment that would have delayed the ban until 2029 ... The amendment failed on a
        # 2-5 vote.")
        shown = {id(u[0]) for u in ranked}
        outcomes = {}
        for sent, mine in ranked:
            k = sentence_index.get(id(sent), -1)
            nxt = view.sentences[k + 1] if 0 <= k < len(view.sentences) - 1 else None
            if not mine and nxt is not None and id(nxt) not in shown and nxt.passage_id == sent.passage_id \
                    and not nxt.quotes and _OUTCOME_AFTER.match(nxt.text):
                outcomes[id(sent)] = nxt
                shown.add(id(nxt))
        ranked = [v for u in ranked for v in ([u, (outcomes[id(u[0])], [])] if id(u[0]) in outcomes else [u])]
        for sent, mine in ranked:
            refs = []
            if not mine:
                sid = f"S{len(src) + 1}"
                src.append(_passage_source(sid, sent))
                refs.append(f"[{sid}]")
            for q in mine:
                sid = f"S{len(src) + 1}"
                src.append(_quote_source(sid, q))
                refs.append(f"[{sid}]")
            parts.append(sent.text + " " + "".join(refs))
        lead = s.name + (f", {s.description}," if s.description else "")
        if s.name in ranked[0][0].text:  # the first sentence introduces the person itself
            intro = "According to the article:"
        else:
            intro = f"According to the article, {lead} said:" if any(u[1] for u in ranked) else f"According to the article, {lead} is reported as follows:"
        return Draft(intro + " " + " ".join(parts), src, speaker=s.name)

    def _spoken_elsewhere(self, ctx: Context, subject: str, spoken: str, names: set[str], units) -> bool:
        """"What did Hodges say about US airpower?": the article speaks of the subject (most
        of its words, together in a paragraph), but not in any paragraph of the person's:
        others spoke of it, or the article did, and the person's words are on something else."""
        view = ctx.analysis.targets[0].view
        words = _subject_words(subject, names)
        present = [w for w in words if _has_form(w, view.stems)]
        if not present or 2 * len(present) <= len(words):
            return False
        mine = {u[0].passage_id for u in units} | self._their_body_before(view, units)
        # (a long subject, most of its words: "the tourism bureau’s idea of building a hotel near
        # the ferry terminal" / "... the bureau would ask the council to study a new hotel near the
        # ferry terminal")
        enough = len(present) if len(present) <= 3 else max(3, math.ceil(0.6 * len(present)))
        if not any(sum(_has_form(w, have) for w in present) >= enough
                   for pid, have in view.passage_stems.items() if pid not in mine):
            return False  # no one paragraph has the subject: it is the question's own mix
        return 2 * len(_unsaid(present, spoken, self.embeddings)) > len(present)

    @staticmethod
    def _their_body_before(view: ArticleView, units) -> set[str]:
        """The paragraph right before one where the person speaks, when it tells what their
        own body did and reports no one: "The nurses’ association has collected 4,600
        signatures on a petition ..." before the association's president's “... maybe it will
        listen to 4,600 of its neighbors.” Her words answer to it."""
        if not units:
            return set()
        s = view.speaker(units[0][1][0].speaker) if units[0][1] else None
        s = s or next((x for x in view.item.speakers if any(_their_quotes(u[0], x.name) for u in units)), None)
        body = {w for m in re.finditer(r"(?:[A-Z][\w’'-]+\s+){0,4}[A-Z][\w’'-]+", (s.description or "") if s else "")
                for w in tokens(m.group(0))}
        if len(body) < 2:
            return set()
        order = [p.id for p in view.item.passages]
        out = set()
        for pid in {u[0].passage_id for u in units if u[1]}:
            k = order.index(pid) if pid in order else 0
            if k == 0:
                continue
            prev = view.item.passages[k - 1]
            here = [x for x in view.sentences if x.passage_id == prev.id]
            if len(set(tokens(prev.text)) & body) >= 2 and not any(x.quotes for x in here) \
                    and not any(_reports_speech(prev.text, p.name) for p in view.item.speakers):
                out.add(prev.id)
        return out

    def _off_subject(self, view: ArticleView, subject: str, spoken: str, names: set[str], units) -> bool:
        """"What did Hodges say about nuclear weapons?": none of the subject's two or three
        words is in the person's paragraphs in any form or by a near word, and none of their
        sentences comes near it in meaning: they spoke of other things. (A subject put in
        other words than theirs, "the new rotas" for "roster changes", is near in meaning.)"""
        words = _subject_words(subject, names)
        # (or a word of it the whole article never has: "what did Hodges say about Ukraine winning?")
        if not 0 < len(words) <= 3 or len(_unsaid(words, spoken, self.embeddings)) < len(words):
            return False
        if len(words) < 2:
            return False  # one word ("money") says too little: it may be theirs in other words ("savings")
        if any(_has_form(w, view.passage_stems.get(pid, set())) for pid in self._their_body_before(view, units) for w in words):
            return False  # (their body's act, which their words answer to: "the petition")
        # (every sentence of their paragraphs: "Nowak, 41, ... said the rota changes had ...")
        theirs = {u[0].passage_id for u in units}
        rows = [k for k, x in enumerate(view.sentences) if x.passage_id in theirs]
        dense = view.sentence_vectors(self.embeddings)[rows] @ np.asarray(self.embeddings.embed_query(subject))
        return dense.size > 0 and float(dense.max()) < OFF_SUBJECT_RELEVANCE

    def _whole_of_part(self, ctx: Context) -> Draft | None:
        """"Out of how many in total?" after "26 countries have pledged ...": the whole the
        article counts that part of ("about 30 nations", the sentence before "26 of those
        countries"), with the part's own sentence after it."""
        for m in re.finditer(r"\b\d[\d,.]*\b", ctx.analysis.previous_answer):
            part = re.compile(r"(?<![\d,.])" + re.escape(m.group(0)) + r"\s+of\s+(?:those|these|them|the|its|their)\b")
            for aid in ctx.scope:
                view = ctx.library.articles.get(aid)
                for sent in view.sentences if view is not None else []:
                    if part.search(sent.text) and (before := _antecedent(ctx, sent)):
                        body, src = cite_sentences(before + [sent])
                        return Draft(body, src)
        return None

    # --- what did A and B say ------------------------------------------------------
    def _several(self, ctx: Context) -> Draft | None:
        """A question that names two or three people: the sentences that report them
        together ("The coalition leaders — Macron and Starmer — have insisted ..."), when
        one matches the question; otherwise each person's own answer, one after another."""
        a = ctx.analysis
        targets = list({t.speaker.name: t for t in a.targets if t.how in ("named", "history")}.values())[:3]
        if len(targets) < 2 or a.wants_exact or (
                targets[0].how == "named" and not _coordinated(a.question, [t.speaker for t in targets])):
            return None  # "what did Putin tell Trump?": one speaks, the other is spoken to
        view = targets[0].view
        surnames = [t.speaker.name.split()[-1] for t in targets]
        joint = [s for s in view.sentences if all(_mentions(s.text, n) for n in surnames)]
        if joint and all(t.view is view for t in targets):
            qv = np.asarray(self.embeddings.embed_query(a.question))  # the names too: every joint sentence has them
            index = {id(s): k for k, s in enumerate(view.sentences)}
            dense = view.sentence_vectors(self.embeddings)[[index[id(s)] for s in joint]] @ qv
            names = {w for n in surnames for w in tokens(n)}
            asked = [w for w in tokens(a.question) if w not in _GENERIC_QUESTION and w not in names and len(w) > 2]
            lex = np.array([_overlap(asked, tokens(s.text), ctx) for s in joint])
            best = int(np.argmax(dense + 0.5 * lex))
            if lex[best] > 0 and (float(dense[best]) >= MIN_FACT_RELEVANCE or lex[best] >= 0.3):
                body, src = cite_sentences([joint[best]])
                return Draft(body, src)
        if _AGREEMENT_ASKED.search(a.question) and all(t.view is view for t in targets):
            # "do Arnold and Heisbourg agree on what Europe's fallback should be?": where the
            # article has one agree with the other ("... said Heisbourg. Arnold agreed, adding
            # ..."), those two sentences, when they are on what is asked
            pair = self._agreed_pair(ctx, view, targets)
            if pair is not None:
                return pair
        drafts = []
        for t in targets:
            one = self._speaker(Context(ctx.question, ctx.history, replace(a, targets=[t]), ctx.evidence,
                                        ctx.library, ctx.scope, ctx.memo))
            if not one.refused:
                drafts.append(one)
        if len(drafts) < 2:
            return drafts[0] if drafts else None
        text, sources = "", []
        for k, d in enumerate(drafts):
            shift = len(sources)
            body = re.sub(r"\[S(\d+)\]", lambda m: f"[S{int(m.group(1)) + shift}]", d.text)
            if k:
                body = re.sub(r"^According to the article(?:,\s*|:\s*)", "", body)
            text += (" " if k else "") + body
            for s in d.sources:
                sources.append(replace(s, id=f"S{int(s.id[1:]) + shift}"))
        return Draft(text, sources)

    def _agreed_pair(self, ctx: Context, view: ArticleView, targets: list) -> Draft | None:
        units = {t.speaker.name: {id(u[0]) for u in view.units(t.speaker.name, _units)} for t in targets}

        def whose(k: int) -> str | None:
            x = view.sentences[k]
            return next((n for n, ids in units.items() if id(x) in ids or _mentions(x.text, n.split()[-1])), None)
        # (on the topic, the names taken out: every sentence of theirs has the names)
        qv = np.asarray(self.embeddings.embed_query(ctx.analysis.topic))
        score = view.sentence_vectors(self.embeddings) @ qv
        theirs = [k for k in range(len(view.sentences)) if whose(k)]
        for k in range(1, len(view.sentences)):
            if not _AGREED_LEAD.match(view.sentences[k].text):
                continue
            agreeing, agreed_with = whose(k), whose(k - 1)
            if not agreeing or not agreed_with or agreeing == agreed_with:
                continue
            # the pair is on what is asked: as close to it as the best of their other sentences
            # (asked whether they agree, a looser bar than asked to compare them: "each of them on risk")
            margin = AGREED_MARGIN if _AGREE_WORDS.search(ctx.analysis.question) else AGREED_MARGIN_COMPARED
            if max(score[k], score[k - 1]) >= max(score[j] for j in theirs) - margin:
                body, src = cite_sentences(view.sentences[k - 1:k + 1])
                return Draft(body, src)
        return None

    # --- facts -------------------------------------------------------------------
    def _candidates(self, ctx: Context, q_tokens: list[str], own_tokens: list[str], dense_by_passage: dict[str, float],
                    about: str | None, reported_only: bool) -> tuple[list[tuple[float, float, Sentence]], dict[int, float]]:
        """Every sentence that may answer, as (score, word overlap, sentence), best first,
        and each sentence's own cosine to the question."""
        a = ctx.analysis
        candidates: list[tuple[float, float, Sentence]] = []
        # every sentence of the articles the evidence comes from, scored on its own meaning
        # (a long paragraph's vector blurs the one sentence that answers) and on the
        # paragraph's, plus the question's words it shares
        qv = np.asarray(self.embeddings.embed_query(a.search_text))
        echoed = _word_runs(a.question)
        asked_words = " " + " ".join(_words(a.question)) + " "
        # a word the question puts in quotation marks ("the 'tricky' issue"): a quote of it is asked about
        quoted = {_quote_words(m.group(1) or m.group(2)) for m in _ASKED_QUOTE.finditer(a.question)}
        sentence_dense: dict[int, float] = {}
        for rank, aid in enumerate(dict.fromkeys(e.article_id for e in ctx.evidence)):
            view = ctx.library.articles.get(aid)
            if view is None:
                continue
            if rank < 3:  # the three articles the evidence ranks first: each of their sentences
                dense = view.sentence_vectors(self.embeddings) @ qv
                sentences = list(zip(view.sentences, dense))
            else:  # further ones (a large library): the retrieved paragraphs' sentences only
                sentences = [(x, 0.0) for x in view.sentences if x.passage_id in dense_by_passage]
            # (the person's own sentences count though they say "he": "..., he said, and potentially ...")
            theirs = {id(u[0]) for u in view.units(about, _units)} if about else set()
            # ("how much is harlow springs paying the county?" in a story datelined from Harlow
            # Springs: "The city will pay the county ..." names it by its noun)
            home = dateline_place(view.item.article.text)
            home = home if home and home & set(q_tokens) else frozenset()
            next_on = _told_next(view, a) if a.follow_up and _AFTER_IT.search(a.question) else set()
            prev_sent = prev_2 = None
            for sent, d in sentences:
                before_2, before, prev_2, prev_sent = prev_2, prev_sent, prev_sent, sent
                if about and about.split()[-1] not in sent.text and id(sent) not in theirs:
                    continue
                if reported_only and not _reports_speech(sent.text, about or ""):
                    continue
                sentence_dense[id(sent)] = float(d)
                words = tokens(sent.text)
                if home and re.search(r"\b(?:the|this)\s+(?:city|town|village|borough)\b", sent.text, re.I):
                    words = words + list(home)
                if before is not None and before.passage_id == sent.passage_id and _THAT_IS.match(sent.text):
                    # ("... estimated the shorter week would save about $385,000 a year." / "That
                    # is roughly 2% of the budget."): what "that" is, from the sentence before
                    words = words + tokens(before.text)
                if before is not None and before.passage_id == sent.passage_id and _THEY_LEAD.match(sent.text) \
                        and (lead := _LEAD_SUBJECT.search(before.text)):
                    # ("Under the ordinance, 24 cameras will be mounted in the 12 zones ..." / "They
                    # will operate from 7 a.m. to 6 p.m."): "they" are what the sentence before was about
                    words = words + tokens(lead.group(1))
                if re.search(r"\b(?:to|will|would|could|can|must)\s+[a-z]+\s+it\b", sent.text):
                    # ("The diversion center would be ... Plans call for 32 short-stay beds ...
                    # County planners hope to open it in the spring of 2027"): "it" is the thing
                    # the paragraph's last sentence on one began with
                    subject = next((m for x in (before, before_2) if x is not None and x.passage_id == sent.passage_id
                                    and (m := _THE_SUBJECT.match(x.text))), None)
                    if subject:
                        words = words + tokens(subject.group(1))
                lex = _overlap(q_tokens, words, ctx, sums=True)
                if own_tokens:  # a follow-up: its own words say what is new, the last turn's only set the scene
                    lex = 0.6 * _overlap(own_tokens, tokens(sent.text), ctx) + 0.4 * lex
                score = max(dense_by_passage.get(sent.passage_id, 0.0), float(d)) + 1.0 * lex
                if any(echoed & _word_runs(q.text) or f" {' '.join(_words(q.text))} " in asked_words
                       for q in sent.quotes if q.speaker and len(q.text.split()) >= 2) \
                        or any(_quote_words(q.text) in quoted for q in sent.quotes if q.speaker):
                    score += ECHO_BONUS  # "who said deploying troops would be very, very risky?": their words
                if id(sent) in next_on:
                    score += AFTER_THAT_BONUS  # ("June 30." / "where will women go after that?": the story's next sentence)
                candidates.append((score, lex, sent))
        candidates.sort(key=lambda x: -x[0])
        return candidates, sentence_dense

    def _fact(self, ctx: Context, about: str | None = None, who: bool = False, reported_only: bool = False) -> Draft:
        a = ctx.analysis
        # the question's topic words: not its speech verbs, nor the words any question uses
        # ("even if ... still": grammar, not topic)
        # "on what day ...?" asks for a day: a sentence's "three days" is no sign it answers
        asked_for = _one_word_places(_ASKED_KIND.sub(" ", a.topic if a.follow_up else a.question), ctx)
        q_tokens = [w for w in tokens(_phrasal_meaning(asked_for, ctx)) if w not in _SPEECH_TOKENS and w not in _GENERIC_QUESTION]
        # (a word of saying used as a thing: "when's the first progress report due?")
        q_tokens += [t for m in _SPEECH_NOUN.finditer(asked_for) for t in tokens(m.group(1)) if t not in q_tokens]
        # (and "rate" in "the rate increase", "the rates kick in": the rate itself, not any rate asked)
        q_tokens += [t for m in re.finditer(r"\b(rates?)\s+(?:increase|hike|rise|cut|change|jump|kick)", asked_for, re.I)
                     for t in tokens(m.group(1)) if t not in q_tokens]
        # ("who got the contract instead of Vantor?": the one set aside is not what to look for)
        aside = {t for m in _SET_ASIDE.finditer(a.question) for t in tokens(m.group(1))} \
            if re.match(r"\W*(?:(?:and|so)\s+)?(?:who|which|whom)\b", a.question, re.I) else set()
        q_tokens = [w for w in q_tokens if w not in aside] or q_tokens
        fronted = _FRONTED.match(a.question)
        if fronted and descriptor_phrase(fronted.group(1)):
            # "the retired electrician, why is his family worried about money?": the words put
            # first say whom the question is about; the rest, what (the person's own sentences
            # have their name, not the description again)
            rest = [w for w in q_tokens if w not in set(tokens(fronted.group(1)))]
            q_tokens = rest or q_tokens
        own_tokens = [w for w in tokens(_phrasal_meaning(a.question, ctx)) if w not in _SPEECH_TOKENS and w not in _GENERIC_QUESTION
                      and w not in _TYPE_WORDS] if a.follow_up and not a.elaborates else []
        # ("what year was that?", "which countries did it mention?": no new topic)
        passages = [e for e in ctx.evidence if e.kind == "passage"]
        dense_by_passage: dict[str, float] = {}
        for e in ctx.evidence:
            dense_by_passage[e.passage_id] = max(dense_by_passage.get(e.passage_id, 0.0), e.dense)
        if not passages and not ctx.evidence:
            return _refuse(REFUSAL)
        unnamed = _unnamed_kind(a.question, ctx)
        if unnamed:
            return _refuse(f"The article doesn't say which {unnamed}.")
        if _answer_type(a.typed) == "age" and (aged := _age_of_asked(ctx)) is not None:
            # "how old is Pruitt?": the sentence that gives that person's age, or none does
            if not aged:
                return _refuse(REFUSAL)
            text, sources = cite_sentences(aged[:1])
            return Draft(text, sources)
        whole = self._whole_of_part(ctx) if a.previous_answer and _TOTAL_ASKED.search(a.question) else None
        if whole:
            return whole
        candidates, sentence_dense = self._candidates(ctx, q_tokens, own_tokens, dense_by_passage, about, reported_only)
        if a.follow_up and LIST_ITEM_ASKED.search(a.question) and len(items := list_items(a.previous_answer)) >= 2:
            # ("... what did the university say about that last one?": not the sentence that
            # gave the whole list again)
            marks = [set(tokens(x)) for x in items]
            candidates = [c for c in candidates if sum(bool(m) and len(m & set(tokens(c[2].text))) >= max(1, len(m) // 2) for m in marks) < 2] or candidates
        if candidates and a.follow_up and re.search(r"\b(?:what|who|which|anything|something)\s+else\b", a.question, re.I):
            # "what else do the Europeans need from the US?": not what an earlier answer gave
            given = {(aid, k) for aid in ctx.scope if (view := ctx.library.articles.get(aid)) is not None
                     for _, ans in ctx.history for k in _sentences_given(view, ans or "")}
            fresh = [c for c in candidates if (c[2].article_id, _index_of(ctx, c[2])) not in given]
            candidates = fresh or candidates
        pointed: set[str] = set()
        anchored = False
        if candidates and a.follow_up and a.previous_answer:
            # "where would that airpower be based?": "that airpower" is the last answer's; the
            # sentence that speaks of it comes first when it is nearly as good as the best
            before = set(tokens(a.previous_answer))
            pointed = {t for m in _POINTED.finditer(a.question) for t in tokens(m.group(1))
                       if t in before and t not in _GENERIC_QUESTION and t not in _SPEECH_TOKENS}
            if pointed:
                with_it = [c for c in candidates if pointed <= set(tokens(c[2].text))]
                if with_it and with_it[0] is not candidates[0] and with_it[0][0] >= candidates[0][0] - POINTED_MARGIN:
                    candidates = with_it + [c for c in candidates if not any(c is w for w in with_it)]
            elif _POINTED.search(a.question) and (kind := _answer_type(a.question)) in _HARD_TYPES \
                    and (view := ctx.library.articles.get(candidates[0][2].article_id)) is not None:
                # "and how long is that drive?" after "St. Anselm Medical Center in Carver City,
                # 74 miles to the east": the sentence the last answer came from, when it has
                # that kind of answer ("... — a trip of about an hour and 20 minutes")
                given = set(_sentences_given(view, a.previous_answer))
                typed = [c for c in candidates[:20] if _index_of(ctx, c[2]) in given and _has_type(c[2].text, kind, a.question)]
                if not typed:
                    # (ranked low by the words the conversation carried: "how far away is that from
                    # the town?" after "... nursing facilities in Alder Springs and St. Odile")
                    typed = [(candidates[0][0], 1.0, view.sentences[k]) for k in sorted(given)
                             if _has_type(view.sentences[k].text, kind, a.question)]
                if len(typed) > 1:
                    # ("that" is what the last answer ended on: "... to three nursing facilities in
                    # Alder Springs and St. Odile", not the gym it began with)
                    last = set(tokens(" ".join(a.previous_answer.split()[-8:])))
                    shares = [len(last & set(tokens(c[2].text))) for c in typed]
                    typed = [typed[shares.index(max(shares))]] if shares.count(max(shares)) == 1 else typed
                if len(typed) == 1 and typed[0] is not candidates[0]:
                    candidates = typed + [c for c in candidates if c[2] is not typed[0][2]]
                    anchored = True  # (the conversation says which sentence: its words need not)
            elif _ON_THAT.search(a.question) and (kind := _answer_type(a.question)) in (*_HARD_TYPES, "tally") \
                    and (view := ctx.library.articles.get(candidates[0][2].article_id)) is not None:
                # "what was the vote on that?" after "Plumb proposed an amendment to lower the
                # charge to $5": the sentence the last answer came from, or the one right after
                # it that tells how it ended ("It failed 5–6.")
                given = set(_sentences_given(view, a.previous_answer))
                beside = [view.sentences[k] for k in sorted(given | {k + 1 for k in given}) if k < len(view.sentences)
                          and (k in given or view.sentences[k].passage_id == view.sentences[k - 1].passage_id)]
                typed = [x for x in beside if _has_type(x.text, kind, a.question)]
                if len(typed) == 1 and typed[0] is not candidates[0][2]:
                    candidates = [(candidates[0][0], 1.0, typed[0])] + [c for c in candidates if c[2] is not typed[0]]
        if candidates and (side := vote_side(a.question)):
            # "who were the board members that voted no?": not "Walter Gage, ... who voted in favor"
            candidates = [c for c in candidates if vote_side(c[2].text) in (None, side)]
            view = ctx.library.articles.get(candidates[0][2].article_id) if candidates else None
            if view is not None and re.match(r"\W*(?:(?:and|so|but)\s+)?who\b", a.question, re.I):
                # "and who voted for it?": a person the article says voted so ("Rep. Colin
                # Abernathy, a Democrat ... who voted to let the rule proceed"), before the tally
                persons = [p for p in view.item.speakers if p.kind == "person"]
                voters = [c for c in candidates[:20] if vote_side(c[2].text) == side
                          and any(_mentions(c[2].text, p.name.split()[-1]) for p in persons)]
                if voters:
                    candidates = voters + [c for c in candidates if not any(c is v for v in voters)]
        if not candidates:
            if about:
                return _refuse(f"The article doesn't report {about} saying anything about that.", speaker=about)
            return _refuse(REFUSAL)
        best_score, best_lex, best = candidates[0]
        top_dense = max(max(dense_by_passage.values()), max(sentence_dense.values(), default=0.0))
        question = a.topic if a.follow_up else a.question
        # all its words in one sentence (or, asked which ones the last answer spoke of, most of
        # that answer's: "which towns did it mention for that?" has few words of its own)
        weak = top_dense < MIN_FACT_RELEVANCE and (top_dense < 0.30 or best_lex < (0.75 if a.elaborates else 0.9))
        if weak and best_lex >= 0.99 and (side := vote_side(a.question)) and vote_side(best.text) == side:
            weak = False  # ("who voted no?" / "Supervisor Ellen Marchetti cast the lone dissenting vote")
        if weak and best_lex >= 0.5 and _answer_type(a.question) == "tally" and _has_type(best.text, "tally", a.question):
            weak = False  # ("was the board vote unanimous?" / "... after the county board voted 4-1 on Tuesday")
        if weak and a.follow_up and own_tokens and _overlap(own_tokens, tokens(best.text), ctx) >= 0.85 \
                and (kind := _answer_type(a.question)) in _HARD_TYPES and _has_type(best.text, kind, a.question):
            # "so when do they actually tear it down?" after a turn on the closing: the follow-up's
            # own words and the kind of answer it asks for, in one sentence ("Demolition ... is
            # not expected before 2026"); the last turn's words only set the scene
            weak = False
        have = set(tokens(best.text))
        # (a compound put before a noun may be said otherwise: "remote-controlled cranes" are
        # "remotely operated" ones)
        compound = {t for m in re.finditer(r"\b([a-z]+-[a-z]+)\s+(?=[a-z]{3,})", a.question, re.I) for t in tokens(m.group(1))}
        # (nor the word for the kind of answer, which the article's sentence gives as the answer
        # itself: "how long is the phase-in period?" / "phased in over 18 months")
        typed_best = (kind := _answer_type(a.question)) in _HARD_TYPES and _has_type(best.text, kind, a.question)
        if weak and q_tokens and (best_lex >= 0.99 or all(w in have or _family(w) & have or _other_names(w) & have
                                                          for w in q_tokens if (w not in compound or w in have)
                                                          and not (typed_best and (w in _TYPE_WORDS or w in _MODIFIERS)))):
            # "how long's the drive?": too short for its vector to say much, but a sentence
            # with all its words and the kind of answer it asks for (a duration) answers it
            # ("how much is the drive?" may ask a price: a bare number is no sign)
            kind = _answer_type(a.question)
            if kind == "number" and not _strict_type(a.question):
                kind = None
            if kind in (*_HARD_TYPES, "place") and not _has_type(best.text, kind, a.question):
                # ("“If we’d had to drive to Kingsholt, ...”" / "... a drive the trust puts at 55
                # minutes"): of the sentences with all its words, the one with that kind of answer
                typed = [c for c in candidates[1:5] if c[1] >= 0.99 and c[0] >= best_score - 0.2
                         and _has_type(c[2].text, kind, a.question)]
                if typed:
                    best_score, best_lex, best = typed[0]
            # so do two or more topic words all in one sentence ("what does the operation
            # hinge on?"); the concept check below still holds
            # (or a name of the article's alone: "where in the article is Estonia mentioned?")
            view = ctx.library.articles.get(best.article_id)
            # (or a keyword alone that one or two sentences of the article have: "containment??"
            # for "the fire was 18% contained")
            weak = not (kind in (*_HARD_TYPES, "place") and _has_type(best.text, kind, a.question)
                        or len(set(q_tokens)) >= 2
                        or view is not None and len(set(q_tokens)) == 1 and _a_name_in(view.item.article.text, q_tokens[0])
                        or view is not None and len(set(q_tokens)) == 1 and len(re.findall(r"[\w’'-]+", a.question)) <= 2
                        and 1 <= sum(q_tokens[0] in tokens(x.text) for x in view.sentences) <= 2)
        if weak and best_lex >= 0.6 and len(candidates) > 1 and best_score - candidates[1][0] >= 0.5 \
                and (kind := _answer_type(a.question)) == "time" and _has_type(best.text, kind, a.question):
            # ("when does the change take effect?" / "The decision, which takes effect Nov. 3"): the
            # one sentence far ahead of the rest, with the kind of answer asked for
            weak = False
        if weak and best_lex >= 0.6 and len(candidates) > 1 and best_score - candidates[1][0] >= 0.3 \
                and _answer_type(a.question) == "number" and (heads := _counted_head(a.question)) \
                and _counts(best.text, set(heads) | {w for h in heads for w in _other_names(h)}):
            # ("how many of the speakers spoke against the expansion?" / "Of the 61 people who
            # signed up to speak, 49 spoke against the plan"): the one sentence far ahead of the
            # rest that counts what is asked
            weak = False
        if weak and best_lex >= 0.6 and _MONEY_GOES_ASKED.search(a.question) and _GOES_INTO.search(best.text) \
                and not any(_GOES_INTO.search(c[2].text) for c in candidates[1:4]):
            # ("where does leftover fine money go?" / "Any money the fines bring in beyond the
            # program’s costs must go into a so-called “safe routes fund” ..."): the one sentence
            # with most of its words that says where money goes
            weak = False
        if weak and _LASTED_ASKED.search(a.question) and (
                spanned := [c for c in candidates if _span_of(c[2].text, set(q_tokens) - _TYPE_WORDS - {"last"})]):
            # "how long did the meeting last?": "After a nine-hour meeting that stretched past
            # midnight": its length put on it, whatever else the sentence is about
            best_score, best_lex, best = spanned[0]
            weak = False
        if (weak or (q_tokens and best_lex == 0.0 and top_dense < 0.5)) and not anchored:
            return _refuse(REFUSAL)
        # the words that describe a person ("the woman who heard the case") say who, not
        # what: the concept check is on the rest
        described = descriptor_phrase(question)
        vocab = ctx.library.vocabulary(ctx.scope)
        if described and not a.targets and _BODY_IN_PHRASE.search(described) and (roles := [w for w in re.findall(r"[a-z]+", described.lower()) if is_person_noun(w)
                                                        or w.endswith("s") and is_person_noun(w[:-1])]) \
                and not any(_has_form(t, vocab) for w in roles for t in tokens(w)) \
                and _missing_concept(described, [w for w in tokens(described) if w not in _GENERIC_QUESTION], ctx, self.embeddings):
            # "what did the army corps of engineers say about the sediment?": whoever it
            # describes is nowhere in the article
            return _refuse(REFUSAL)
        if described:
            who = set(tokens(described))
            question_rest, rest_tokens = question.replace(described, " "), [w for w in q_tokens if w not in who]
        else:
            question_rest, rest_tokens = question, q_tokens
        figures = ITS_FIGURES.search(question_rest) if a.elaborates else None
        if figures:
            # "why the much bigger second number?": the last answer's figures, not a concept
            gone = set(tokens(figures.group(0)))
            question_rest, rest_tokens = question_rest.replace(figures.group(0), " "), [w for w in rest_tokens if w not in gone]
        # ("why the jump to 30,000?": a figure of the last answer's is the subject, whatever
        # else the question calls it)
        # ("Fact check: ... — correct?": how the claim is put to the article, not what it is about)
        framing = _CLAIM_FRAMING.findall(question_rest)
        if framing:
            gone = {t for f in framing for t in tokens(f)}
            question_rest, rest_tokens = _CLAIM_FRAMING.sub(" ", question_rest), [w for w in rest_tokens if w not in gone]
        if not (a.elaborates and shared_figure(a.question, a.previous_answer)) and \
                _missing_concept(question_rest, rest_tokens, ctx, self.embeddings):
            return _refuse(REFUSAL)
        timed = _TIME_COMPOUND.search(question_rest)
        measured = tokens(timed.group(1) or timed.group(2)) if timed else []
        if measured and not _has_form(measured[0], ctx.library.vocabulary(ctx.scope)) \
                and not (_family(measured[0]) | _other_names(measured[0])) & ctx.library.vocabulary(ctx.scope):
            # "what's the average ambulance response time?": a measure of time named by what is
            # timed, which the article never speaks of (a "response" is a word any question uses)
            return _refuse(REFUSAL)
        # (not "how much is the vendor being paid for that?": the one paid, not the thing priced)
        priced = _PRICED_THING.search(a.question) if _answer_type(a.typed) in ("money", "number") \
            and not re.search(r"\b(?:being|getting|get|gets|got)\s+paid\b", a.question, re.I) else None
        # (the thing, not what was done to it: "how much was the staff discount reduced?")
        priced_words = [w for w in priced.group("thing").split() if not re.search(r"(?:ed|ing)$", w)] if priced else []
        if priced_words and (thing := [w for w in tokens(" ".join(priced_words)) if w not in _GENERIC_QUESTION]) \
                and _missing_concept(" ".join(priced_words), thing, ctx, self.embeddings, any_word=True):
            # "how much is room and board at harlow state?": a price of a thing the article never has
            return _refuse(REFUSAL)
        sums = tokens(" ".join(_SUM_NOUNS.findall(a.question)))
        if sums and _answer_type(a.typed) == "money" and _missing_concept(" ".join(sums), sums, ctx, self.embeddings, any_word=True):
            # "how much rent does the museum pay?": a sum of a kind the article never speaks
            # of, whatever other sums it gives
            return _refuse(REFUSAL)
        earned = tokens(" ".join(_EARNED_NOUNS.findall(a.question)))
        if earned and _answer_type(a.typed) in ("money", "number") and not any(
                _sum_beside(x.text, earned) for x in _scope_sentences(ctx)):
            # "how much profit did Pinecrest make last year?": "to cover the rest from profits"
            # puts no sum on them
            return _refuse(REFUSAL)
        pay = _PAY_ASKED.search(a.question)
        if pay and not _pay_given(pay.group("who") or pay.group("who2"), ctx):
            # "how much does Oyelaran get paid as CEO?": what someone is paid, where the article
            # gives only other sums beside their name ("offering signing bonuses of up to $15,000")
            return _refuse(REFUSAL)
        if _year_not_given(a.question, ctx):
            # "what was attendance at the ballpark in 2018?": a figure of a year the article
            # never mentions, however near the other years' figures are
            return _refuse(REFUSAL)
        if _INTERVAL_ASKED.search(a.question):
            # "how long after the summit did he host them?": the sentence that puts one event
            # some time after another ("three days after meeting Putin"), which may name the
            # first event differently from the question
            # (or, asked of "that", the sentence the last answer gave: "how many days after the
            # Alaska summit was that?")
            view = ctx.library.articles.get(best.article_id)
            given = {id(view.sentences[k]) for k in _sentences_given(view, a.previous_answer)} if a.follow_up and view else set()
            spans = [c for c in candidates[:20] if _INTERVAL.search(c[2].text) and (c[1] >= 0.3 or id(c[2]) in given)]
            if spans:
                body, src = cite_sentences([spans[0][2]])
                return Draft(body, src)
        # names in the question must be in the answer's passage; "how many" wants a number
        pool = candidates  # the sentences an answer may come from
        top_score = best_score
        if (besides := _BESIDES_PERSON.search(a.question)) is not None:
            # "which council members besides Marchetti voted yes?": someone else, in a sentence
            # with all the question's other words, or the article doesn't say who
            view = ctx.library.articles.get(best.article_id)
            left_out = set(tokens(besides.group(1)))
            everyone = [p for p in (view.item.speakers if view is not None else []) if p.kind == "person"]
            people = [p for p in everyone if not set(tokens(p.name)) & left_out]
            words = {w for w in q_tokens if w not in left_out and not ROLE.fullmatch(w) and w not in _TYPE_WORDS}
            others = [c for c in pool[:10] if words <= set(tokens(c[2].text))
                      and any(_mentions(c[2].text, p.name.split()[-1]) for p in people)]
            if len(people) < len(everyone):  # (a person left out: not "besides France, which countries")
                if not others:
                    return _refuse(REFUSAL)
                best_score, best_lex, best = others[0]
        did = WHICH_ONE_DID.match(a.question)
        if did and ROLE.search(did.group(0)) and not re.search(r"\b(?:countr|nation|state|cit|compan|firm|group|team|union)", did.group(0), re.I):
            # "which Bracken County commissioner voted against the stadium bonds?": a person
            # named in a sentence that says it of them ("... commissioners voted 4-1" names none)
            view = ctx.library.articles.get(best.article_id)
            # (the deed done, as the question puts it: "voted", not "before the vote")
            deed = re.findall(r"[a-z]+ed\b|\babsent\b|\bmissing\b|\bnot\s+there\b", did.group(0), re.I)[-1].lower()
            persons = [p for p in (view.item.speakers if view is not None else []) if p.kind == "person"]
            doers_named = [c for c in pool[:10] if re.search(r"\b" + deed + r"\b", c[2].text, re.I)
                           and any(_mentions(c[2].text, p.name.split()[-1]) for p in persons)]
            if not doers_named:
                return _refuse(REFUSAL)
            best_score, best_lex, best = doers_named[0]
        if _CAUSE_ASKED.match(a.question) and not _cause_of(best.text, q_tokens) and not anchored:
            # "what caused the Lorain County fire?": a sentence that says what did ("started
            # in a faulty dryer", "was sparked by ..."), not one that only mentions the fire
            # (nor "the very failures that caused this tragedy": a cause of something else)
            caused = [c for c in pool[:10] if _cause_of(c[2].text, q_tokens)
                      and all(_has_form(w, set(tokens(c[2].text))) for w in q_tokens if w not in _CAUSE_VERBS)] or \
                [c for c in pool[:10] if _CAUSE_GIVEN.search(c[2].text) and c[1] >= 0.5]
            if not caused:
                return _refuse(REFUSAL)
            best_score, best_lex, best = caused[0]
        if _DEATH_CAUSE_ASKED.search(a.question) and not _DEATH_CAUSE.search(best.text) and not anchored:
            # "what was Daniel Pruitt's cause of death?": what he died of, not "died in the jail
            # in August 2023 at age 34"
            caused = [c for c in pool[:10] if _DEATH_CAUSE.search(c[2].text) and c[1] > 0]
            if not caused:
                return _refuse(REFUSAL)
            best_score, best_lex, best = caused[0]
        unsaid = _withheld(a.topic if a.follow_up else a.question, q_tokens, pool)
        if unsaid is not None:
            # "which vendor's account did they use?" where the article says she "declined to name
            # the company": the article says it doesn't say
            return _refuse(_withheld_text(unsaid))
        if _WITHHELD.search(best.text):
            # what went unsaid of another kind than asked tells nothing of what is asked: "The
            # league did not say which club cast the lone vote" for "how did the vote go?",
            # when a close sentence says ("its owners approved the move 11-1")
            said = [c for c in pool[1:4] if c[1] > 0 and c[0] >= top_score - UNSAID_MARGIN and not _WITHHELD.search(c[2].text)]
            if said:
                pool = [said[0]] + [c for c in pool if c is not said[0]]
                best_score, best_lex, best = said[0]
        # (a person's first name is no separate name to find: "Keir Starmer" is "Starmer" in "In March, Starmer told")
        # (nor one misspelt right before the surname: "Kier Starmer")
        first_names = {m.group(1) for t in a.targets
                       for m in re.finditer(r"\b([\w’'-]+)\s+" + re.escape(t.speaker.name.split()[-1]) + r"\b", a.question)
                       if m.group(1) in t.speaker.name.split()[:-1] or near(m.group(1), t.speaker.name.split()[0])}
        entities = [n for n in _question_entities(a.question, about) if not _setting(ctx, best.article_id, n)
                    and n.lstrip("=") not in first_names
                    and n.lstrip("=").lower() not in _SAME_THING]  # ("rural ERs": a common noun's short form)
        if entities:
            # names in the question must be in the answer's paragraph: the best sentence
            # whose paragraph has them all, if it is close enough; otherwise nothing answers
            texts: dict[str, str] = {}
            for _, _, x in candidates:
                texts[x.passage_id] = texts.get(x.passage_id, "") + " " + x.text
            # (the paragraphs right after the lead go on about what it names: "… crippled Cedar
            # Valley Health …" / "The nonprofit system, which runs four hospitals …")
            for aid in dict.fromkeys(c[2].article_id for c in candidates):
                if (v := ctx.library.articles.get(aid)) is not None and v.item.passages:
                    lead = v.item.passages[0].text
                    for p in v.item.passages[1:3]:
                        if p.id in texts:
                            texts[p.id] += " " + lead
                    # (and a paragraph that opens on a pronoun goes on about whom the one before
                    # named: "... said Reyburn, the third-generation owner." / "He said four of
                    # the plant’s 11 press workers would be laid off")
                    for before, p in zip(v.item.passages, v.item.passages[1:]):
                        if p.id in texts and re.match(r"\s*(?:He|She|They|It)\s", p.text):
                            texts[p.id] += " " + before.text
            # all of them; one may be missing when the question names several ("On what
            # date did Trump host them at the White House, how long after the Alaska summit?")
            need = len(entities) if len(entities) < 3 else len(entities) - 1
            # (a person is in the sentences where they speak, though as "he": "That figure would
            # account for ..., he said, and ...")
            view = ctx.library.articles.get(best.article_id)
            people = {s.name.split()[-1]: s.name for _, s in ctx.library.speakers([best.article_id])}
            # (not one the question names as an owner, "Arnold's comparison": another may be speaking of it)
            voiced = {n: {id(u[0]) for u in view.units(people[n], _units)} for n in entities
                      if n in people and view is not None and not re.search(r"\b" + re.escape(n) + r"['’]s?\b", a.question)}
            pool = [c for c in candidates if sum(_mentions(texts[c[2].passage_id], n) or id(c[2]) in voiced.get(n, ())
                                                 for n in entities) >= need]
            if pool and pool[0][0] < best_score - 0.25:
                # "where and when did Trump and Putin have their summit?": far below the best
                # ("... after the Alaska summit", without Putin), but it has all it asks for
                asked = {k for part in re.split(r"\band\b|[,;]", a.question) if (k := _answer_type(part))}
                typed = [c for c in pool[:5] if c[1] >= 0.4 and all(_has_type(c[2].text, k, a.question) for k in asked)]
                # or a place asked for that the best sentence has too: "where did Trump and
                # Putin have their summit?", "the Alaska summit" and "a meeting with Putin in Alaska"
                pool = typed if len(asked & {*_HARD_TYPES, "place"}) >= 2 else [
                    c for c in typed if asked == {"place"} and set(re.findall(r"\b(?:in|at)\s+([A-Z][a-z]+)", c[2].text))
                    & set(re.findall(r"\b[A-Z][a-z]+", best.text)) - set(re.findall(r"\b[A-Z][a-z]+", a.question))]
            if not pool:
                return _refuse(REFUSAL)
            best_score, best_lex, best = pool[0]
        years = _years_asked(a.question)
        if years and not _in_paragraph_of(best, years, ctx):
            # "how many babies did St. Anselm deliver in 2015?": a figure of that year, in a
            # paragraph that gives it ("1,460 births last year" is another year's; "286 in 2015"
            # another hospital's)
            dated = [c for c in pool[:20] if _in_paragraph_of(c[2], years, ctx)]
            if not dated:
                return _refuse(REFUSAL)
            pool = dated
            best_score, best_lex, best = dated[0]
        if a.follow_up and not a.targets and a.previous_question and _THAT_EVENT.search(a.question):
            # "how long did that meeting last?" after "where did Trump meet Putin?": that
            # meeting is theirs; a paragraph that names neither is about another one
            earlier = [n.split()[-1] for n in people_asked_about(a.previous_question, "", ctx.library, ctx.scope)]
            if earlier:
                paragraphs = {p.id: p.text for aid in dict.fromkeys(c[2].article_id for c in pool[:20])
                              if (v := ctx.library.articles.get(aid)) is not None for p in v.item.passages}
                theirs = [c for c in pool if any(_mentions(paragraphs.get(c[2].passage_id, c[2].text), n) for n in earlier)]
                if not theirs or theirs[0][0] < best_score - 0.25:
                    return _refuse(REFUSAL)
                pool = theirs
                best_score, best_lex, best = pool[0]
        person = a.pronoun_person
        if person is not None:
            # "how much does he pay for water?" after "who is the brewery owner?" is asked of
            # that man, as if by name: his paragraph (or the one that introduces him) answers,
            # another person's sum doesn't
            around = _around(person.view)
            pool = [c for c in pool if c[2].passage_id in around
                    and _mentions(around[c[2].passage_id], person.speaker.name.split()[-1])]
            # ("how long has he had the place?" / "Earl Duchesne has run the Hollow Grill ... for 34
            # years."): his sentence with that kind of answer, however other words match (one that
            # names him or goes on about him, with the names the question asks of: "when did he
            # pull out of the Paris one?" is not answered by his "said Thursday" where Paris is not)
            if not pool or pool[0][0] < best_score - 0.25 and not (
                    (kind := _answer_type(a.typed)) in _HARD_TYPES and _has_type(pool[0][2].text, kind, a.question)
                    and {w for w in tokens(a.question) if len(w) > 2 and _a_name_in(person.view.item.article.text, w)} <= set(tokens(pool[0][2].text))
                    and (_mentions(pool[0][2].text, person.speaker.name.split()[-1]) or re.match(r"\W*(?:He|She|They)\b", pool[0][2].text))):
                return _refuse(REFUSAL)
            best_score, best_lex, best = pool[0]
        exists = _EXISTS_ASKED.match(a.question)
        if exists:
            # "is there a ceasefire right now?": the sentence that says whether there is one
            # ("with no ceasefire in sight", "a ceasefire is not currently in the cards")
            noun = re.escape(exists.group(1))
            said = re.compile(r"\bno\s+(?:[\w-]+\s+)?" + noun + r"\b|\b" + noun + r"\b[^.;]{0,40}\b(?:is|are)\s+not\s+(?:currently|yet)\b",
                              re.I)
            stated = [c for c in pool[:20] if said.search(c[2].text)]
            if stated:
                best_score, best_lex, best = stated[0]
        wanted = _answer_type(a.typed)
        if _PREVIOUS_ASKED.search(a.question) and not _PREVIOUS.search(best.text):
            # "what was the previous big one?": the last one before it ("Its last major
            # reduction, in 2015, was 20 percent"), not that this one is the deepest; found
            # by the question's words or right beside the sentence that has them
            view, at = ctx.library.articles.get(best.article_id), _index_of(ctx, best)
            around = [x for x in (view.sentences[max(0, at - 2): at + 3] if at >= 0 else []) if _PREVIOUS.search(x.text)]
            before = [c for c in pool[:20] if _PREVIOUS.search(c[2].text)] or [(best_score, best_lex, x) for x in around]
            if before:
                best_score, best_lex, best = before[0]
        if _FORMERLY_ASKED.search(a.question) and not _ONCE_WAS.search(best.text):
            # "and how many used to come back?": the past ("the river once carried about 40,000
            # spring chinook a year"), not last year's count the conversation was on
            past = [c for c in pool[:20] if _ONCE_WAS.search(c[2].text) and (not wanted or _has_type(c[2].text, wanted, a.question))]
            if past:
                best_score, best_lex, best = past[0]
        if wanted == "time" and (lead := _headline_event(ctx, q_tokens, best, pool, a.question)) is not None:
            best = lead
        if wanted == "duration" and _BEEN_IN.search(a.question) and not _RUN_SPAN.search(best.text) \
                and (runs := [c for c in pool[:20] if _RUN_SPAN.search(c[2].text)]):
            # ("how long have the anglers been in town?": "The decision ends a 36-year run for the
            # Double-A team in this waterfront city", not "a 30-year lease" in the new one)
            best_score, best_lex, best = runs[0]
        if wanted == "tally" and re.search(r"\bfinal\b", a.question, re.I):
            # ("what was the final council vote?": the story's own vote, told in its first
            # paragraph ("the City Council voted 5–4 to reject"), not "a motion that failed 6–3")
            view = ctx.library.articles.get(best.article_id)
            first = view.item.passages[0].id if view is not None and view.item.passages else None
            asked = {w for w in q_tokens if w not in _GENERIC_QUESTION and w not in _TYPE_WORDS and w not in ("final", "vote")}
            lede = [c for c in pool[:20] if c[2].passage_id == first and _has_type(c[2].text, "tally", a.question)
                    and asked <= {t for w in tokens(c[2].text) for t in (w, *_family(w))} | set(tokens(c[2].text))]
            if lede and best.passage_id != first:
                best_score, best_lex, best = lede[0]
        heads = _counted_head(a.question) if wanted == "number" else []
        kin = set(heads) | {w for h in heads for w in _other_names(h)}

        counted_words = _counted_modifiers(a.question, heads)

        def counts_asked(c: tuple) -> bool:
            sent = c[2]
            # a candidate that puts a number on the thing counted, said by or of the person asked
            # about when the question asks of one ("how many troops does Hodges think ...?" is not
            # answered by another's figure), and that says of it what the question says ("lead"
            # of "lead service lines") or is near as close to the question ("its 96 teachers" is
            # no answer to how many teachers a district lost)
            return c[1] > 0 and _counts(sent.text, kin) and all(
                t.speaker.name.split()[-1] in sent.text or any(q.speaker == t.speaker.name for q in sent.quotes) for t in a.targets) \
                and bool(counted_words & set(tokens(sent.text)) or c[1] >= 0.6 * best_lex)

        if heads and not _counts(best.text, kin) and (counted := [c for c in pool[1:20] if counts_asked(c)]):
            # ("how many lead lines does the city have to replace?": "... to remove all 14,200
            # lead lines", not a resident's "told three times that her line would be replaced"):
            # a number put on the thing counted, over a sentence with another number
            best_score, best_lex, best = counted[0]
        owner_share = re.search(r"\b([a-z]+)[’']s\s+(?:share|part|portion)\s+of\b", a.question, re.I) if wanted == "money" else None
        if owner_share:
            # ("the team's share of the cost?": "The team would have paid $19 million", over
            # "the team generated $11.5 million a year in local spending")
            paid = re.compile(r"\b" + re.escape(owner_share.group(1)) + r"\b[^.;,]{0,30}?\b(?:paid|pay|pays|contribut\w*|put\s+up|puts\s+up|"
                              r"cover\w*|pledg\w*|chip\w*\s+in)\b[^.;]{0,20}?[$€£]", re.I)
            if not paid.search(best.text) and (payers := [c for c in pool[:12] if paid.search(c[2].text)]):
                best_score, best_lex, best = payers[0]
        carried_from: Sentence | None = None  # the sentence the one chosen goes on from
        if wanted and not _has_type(best.text, wanted, a.question):
            # "when ...?" wants a time, "how much does it cost?" an amount of money: a
            # sentence without one doesn't answer, however close its words are; "which
            # city?" and "who leads?" only prefer a sentence that names a place or someone
            soft = wanted in ("place", "agent", "definition", "precedent", "tally", "source") and not _COUNTRIES_ASKED.search(a.question) \
                and not _CITIES_ASKED.search(a.question)
            better = [c for c in pool[1:20] if (c[0] >= top_score - 0.35 or c[1] >= 0.45) and _has_type(c[2].text, wanted, a.question)]
            if soft and pointed and pointed <= set(tokens(best.text)):
                better = []  # ("where would that airpower be based?": where the sentence on it says)
            if wanted == "tally" and not better:
                # ("what was the final vote count?": "The vote came after three hours of public
                # comment" has its words; "... voted 7-2 on Thursday" its tally, further down)
                better = [c for c in pool[1:20] if c[1] > 0 and _has_type(c[2].text, wanted, a.question)][:1]
            if wanted == "number" and not better and _MEASURE_ASKED.search(a.question):
                # ("how tall is harlow dam?" / "... remove the 84-foot concrete dam over roughly 18
                # months"): a measure is rare, any sentence with the thing measured and its kind
                better = [c for c in pool[1:] if c[1] > 0 and _has_type(c[2].text, wanted, a.question)][:1]
            if wanted == "number" and not better and heads:
                # ("how many lead service lines does Carverton need to replace in total?" / "...
                # promised in 2021 to remove all 14,200 lead lines ..."): a sentence that puts a
                # number on the thing counted, in whatever words it says the rest
                better = [c for c in pool[1:] if counts_asked(c)][:1]
            if wanted == "time" and _HOURS_ASKED.search(a.question):
                # ("what hours can people park overnight at the sites?" / "... will allow up to 40
                # vehicles at each site between 9 p.m. and 7 a.m."): hours of the clock are rare too,
                # a span of them first (not "bars running engines ... after 10 p.m.")
                timed = [c for c in pool[1:] if c[1] > 0 and _has_type(c[2].text, wanted, a.question)]
                spans = [c for c in pool[1:20] if len(re.findall(r"\b" + _HOUR, c[2].text, re.I)) >= 2
                         and _has_type(c[2].text, wanted, a.question)]
                better = spans[:1] or better or timed[:1]
            if wanted == "age" and not better:  # a founding year or an age is rare: any sentence sharing a word
                better = [c for c in pool[1:] if c[1] > 0 and _has_type(c[2].text, wanted, a.question)][:1]
            if wanted == "time" and not better and _START_ASKED.search(a.question):
                # ("what year did the pantry get started?" / "Founded in 1987 in the basement of a
                # church, the nonprofit now ..."): a sentence that says something began, and when
                better = [c for c in pool[1:] if c[1] > 0 and _STARTED.search(c[2].text)
                          and _has_type(c[2].text, wanted, a.question)][:1]
            if wanted == "duration" and not better and _BEEN_IN.search(a.question):
                # ("how long have the Anglers been in Port Carlow?" / the lede, then "The decision
                # ends a 36-year run for the Double-A team in this waterfront city"): a run told
                # right after the sentence that names them
                view, at = ctx.library.articles.get(best.article_id), _index_of(ctx, best)
                better = [(best_score, best_lex, x) for x in (view.sentences[at + 1: at + 3] if view is not None and at >= 0 else [])
                          if _RUN_SPAN.search(x.text)][:1]
            if wanted in ("place", "time"):
                better = _in_present(a.question, better)
            if wanted == "precedent" and not better:
                # ("… walked off the job Monday." / "The walkout is the first in the system’s
                # 62-year history."): said beside the event, in words the question doesn't share
                view = ctx.library.articles.get(best.article_id)
                at = next((k for k, x in enumerate(view.sentences) if x is best), None) if view is not None else None
                around = [x for x in (view.sentences[max(0, at - 2): at + 3] if at is not None else [])
                          if x is not best and _has_type(x.text, wanted, a.question)]
                better = [(best_score, best_lex, around[0])] if around else []
            if wanted == "money" and not better and not _MONEY.search(best.text):
                # ("... voted 5-2 ... to sell the city-owned Willow Creek Golf Course to a private
                # developer ..." / "The $38.5 million deal with Stonebridge Residential ..."): the
                # next sentence puts a sum on the event the one asked of told
                view, at = ctx.library.articles.get(best.article_id), _index_of(ctx, best)
                better = [(best_score, best_lex, x) for x in (view.sentences[at + 1: at + 3] if view is not None and at >= 0 else [])
                          if _SUM_ON_EVENT.match(x.text) and "\n#" not in view.item.article.text[best.end:x.start]][:1]
            if wanted == "money" and not better and _MONEY.search(best.text):
                # ("Taxpayers will cover about 70 percent of the new bridge’s cost …" / "Crews will
                # build the $61 million bridge …"): the sum said right beside the sentence on the
                # cost, of the same thing
                view, at = ctx.library.articles.get(best.article_id), _index_of(ctx, best)
                asked_of = set(q_tokens) - _TYPE_WORDS - _GENERIC_QUESTION
                beside = [x for x in (view.sentences[at + 1: at + 2] + view.sentences[max(0, at - 1): at] if at >= 0 else [])
                          if x.passage_id == best.passage_id and _has_type(x.text, wanted, a.question)
                          and len(asked_of & set(tokens(x.text))) >= max(1, len(asked_of) / 2)]
                better = [(best_score, best_lex, beside[0])] if beside else []
                if not better:
                    # ("… 70 percent of the new bridge’s cost …" / "The county will open the $61
                    # million bridge in 2028"): a sum put on the thing asked is its price, when
                    # the words the question adds are those the sentence on the cost had
                    attached = [x for x in (view.sentences if view is not None else []) if _sum_on(x.text, asked_of)]
                    if len(attached) == 1 and (asked_of - set(tokens(attached[0].text))) <= set(tokens(best.text)):
                        better = [(best_score, best_lex, attached[0])]
            if not better and wanted in ("time", "money", "number", "duration", "share") and best_lex > 0:
                # ("when will the commission consider the closures?" / "The closures still require
                # approval from the state Higher Education Commission. A spokesperson for the
                # commission said ... the request would be considered at the commission’s Feb. 4
                # meeting."): the sentence right after, in the same paragraph, with the kind of
                # answer asked and the words of the question the first one lacks
                view, at = ctx.library.articles.get(best.article_id), _index_of(ctx, best)
                # (or, when the first has all the question's words, the very next one, if it shares
                # some too: "Brightwater would have to repay part of the abatement if ..." /
                # "Blakemore said the repayment could reach $8 million.")
                lacking = set(q_tokens) - _TYPE_WORDS - _GENERIC_QUESTION - set(tokens(best.text))
                lex_of = {id(c[2]): c[1] for c in pool}
                beside = [x for x in (view.sentences[at + 1: at + 3] if view is not None and at >= 0 else [])
                          if x.passage_id == best.passage_id and _has_type(x.text, wanted, a.question)
                          and (lacking and all(_has_form(w, set(tokens(x.text))) for w in lacking)
                               or not lacking and x is view.sentences[at + 1] and lex_of.get(id(x), 0.0) >= 0.3)]
                better = [(best_score, best_lex, beside[0])] if beside else []
                carried_from = best if beside else None
            if better:
                best_score, best_lex, best = better[0]
            elif not soft:
                return _refuse(REFUSAL)
        if wanted == "time" and _CLOCK_ASKED.search(a.question) and not re.search(r"\b" + _HOUR, best.text, re.I) \
                and (hours := [c for c in pool[1:20] if c[1] > 0 and re.search(r"\b" + _HOUR, c[2].text, re.I)]):
            # ("what time did they vote?": "The vote, taken shortly before 11:30 p.m. on Oct. 14", over
            # a quote's "what you’re voting on tonight")
            best_score, best_lex, best = hours[0]
            carried_from = None
        part_of = _PART_OF_ASKED.search(a.question) if wanted == "number" else None
        if part_of and not _a_part_of(best.text, part_of.group(1)):
            # "how many of the 46 speakers were for ending fluoride?": a figure smaller than the
            # whole the question gives, not the sentence that says there were 46
            parts = [c for c in pool[1:10] if c[1] > 0 and c[0] >= top_score - 0.35 and _a_part_of(c[2].text, part_of.group(1))]
            if not parts:
                return _refuse(REFUSAL)
            best_score, best_lex, best = parts[0]
            carried_from = None
        if (thing := _time_bound_asked(a.question)) and not _span_of(best.text, _time_bound_words(a.question)):
            # "how long is the contract?": its term put on it ("the five-year agreement"), over
            # another span in a sentence on it ("either side can exit with 18 months’ notice")
            termed = [c for c in pool[:20] if _span_of(c[2].text, _time_bound_words(a.question))]
            if termed:
                best_score, best_lex, best = termed[0]
        if wanted == "time" and (noun := _when_of(a.question)) and not _dated(best.text, noun):
            # "when is the hearing on the protest?": the sentence that dates the hearing ("would
            # consider it at a hearing on July 9"), not one that names a hearing and dates
            # something else ("go ahead on June 15 ... not going to wait for a hearing")
            dated = [c for c in pool[1:10] if c[0] >= top_score - 0.35 and _dated(c[2].text, noun)
                     and _has_type(c[2].text, wanted, a.question)]
            if dated:
                best_score, best_lex, best = dated[0]
            elif not anchored and not any(re.search(r"\b" + re.escape(noun) + r"(?:s|es)?\b", v.item.article.text, re.I)
                                          or (_same_words(stem(noun)) | _other_names(stem(noun))) & ctx.library.vocabulary([aid])
                                          for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None):
                # "when is the court hearing on the lawsuit?": the article has no hearing at all
                return _refuse(REFUSAL)
        kinds = {k for part in re.split(r"\band\b|[,;]", a.typed) if (k := _answer_type(part))}
        if len(kinds) > 1 and not all(_has_type(best.text, k, a.question) for k in kinds):
            # "where is the coalition meeting, and on what day?": the sentence with both
            both = [c for c in pool[:20] if c[0] >= top_score - 0.35 and all(_has_type(c[2].text, k, a.question) for k in kinds)]
            if both:
                best_score, best_lex, best = both[0]
        if "duration" in kinds and not _has_type(best.text, "duration", a.question):
            # "which army did he serve in, and for how long?": a span of time is a fact the
            # answer has or the article doesn't give
            return _refuse(REFUSAL)
        holds = _WHO_HOLDS.search(a.question) if wanted in ("agent", "names", None) else None
        if holds:
            # "which company owns the Aspenglow Lodge?": a sentence that says who owns (runs,
            # funds ...) the thing ("a shelter run by the Tabor Valley Interfaith Council"), or
            # the article doesn't say
            form = _HOLD_FORMS[holds.group("verb").lower()]
            thing = tokens(re.split(r"\b(?:in|at|for|with|on|now|today|these\s+days)\b", holds.group("obj"), flags=re.I)[0])[-1:]
            paragraphs = {p.id: p.text for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None for p in v.item.passages}
            # (or in its paragraph: "Northway reported revenue ... The company is owned by Castlegate Partners")
            held = [c for c in pool[:20] if re.search(form, c[2].text, re.I) and all(_has_word(c[2].text, w) for w in thing)] or [
                c for c in pool[:5] if re.search(form, c[2].text, re.I)
                and any(_has_word(paragraphs.get(c[2].passage_id, ""), w) for w in tokens(holds.group("obj")))]
            if not held:
                return _refuse(REFUSAL)
            best_score, best_lex, best = held[0]
        role = _WHO_WOULD.search(a.question) if wanted in ("agent", "place", "names", None) else None
        act, obj = (role.group("verb"), role.group("obj")) if role else ("", "")
        titled = re.match(r"the\s+([a-z]+)\s+(?:of|for)\s+(.+)", obj, re.I) if act.lower() == "be" else None
        if titled:  # "who would be the commander of the force?": who would command it
            act, obj = titled.group(1), titled.group(2)
        taken = re.match(r"(?:overall\s+|the\s+)?(command|charge|control|leadership)\b\s*(?:of\s+|over\s+)?(.*)", obj, re.I) \
            if act.lower() in ("take", "hold", "have", "assume", "get") else None
        if taken:  # "which country will take command of the force?": which would command it
            act, obj = taken.group(1), taken.group(2)
        if role and act.lower() not in _LIGHT_VERBS:
            # "who would command the force on the ground?": where the article speaks of the act
            # (a "commanding general"), the answer must have it (or a near word for it) and what
            # it is done to, or the article doesn't say
            near_words = ctx.memo.get("near") or {}
            acts = {w for v in tokens(act) for w in {v} | near_words.get(v, set())}
            head = [w for w in tokens(re.split(r"\b(?:on|in|at|for|with|if|after|before|during|from|once|when)\b",
                                               re.sub(r"^(?:for|on|in|at|with|to|into|over|about)\s+", "", obj, flags=re.I),
                                               flags=re.I)[0]) if w not in STOPWORDS][-1:]

            def does_it(text: str) -> bool:
                return any(_has_word(text, w) for w in acts) and all(_has_word(text, h) for h in head)

            view = ctx.library.articles.get(best.article_id)
            spoken_of = view is not None and any(_has_word(x.text, w) for x in view.sentences for w in acts)
            # an act the article never names ("send" where it says "deploy") can't be judged by words
            if acts and spoken_of and not does_it(best.text):
                doers = [c for c in pool[:20] if does_it(c[2].text)]
                if not doers:
                    return _refuse(REFUSAL)
                best_score, best_lex, best = doers[0]
        market = _MARKET_PRICE.search(a.question) if wanted == "money" else None
        if market and not any(_has_word(x.text, w) for x in _article_sentences(ctx, best) for w in (market.group(1) or "market", "shares", "stock")):
            # "what is the utility's stock price?": a price on a stock exchange, which an article
            # that never speaks of shares doesn't give (the cost of burying lines is no answer)
            return _refuse(REFUSAL)
        # (not the word that makes it future: "when are the hearings scheduled?" asks of hearings)
        marked = {t for m in _FUTURE.finditer(question) for t in tokens(m.group(0))}
        event = [w for w in q_tokens if w not in _TYPE_WORDS and w not in marked and not any(ch.isdigit() for ch in w)]
        if a.follow_up and not a.elliptical:
            # (a follow-up's event is its own: "what did the board decide on Monday?" then
            # "when will regulators hear it?" asks of a hearing, not of a decision)
            event = [w for w in event if w in set(tokens(a.question))]
        if wanted == "time" and event and _FUTURE.search(question) and \
                _missing_concept(" ".join(event), event, ctx, self.embeddings, any_word=True):
            # "when will the first troops arrive?": the date of a future event the article
            # never mentions (no arriving) is no answer, however near its other words
            return _refuse(REFUSAL)
        done = _COUNTED_DONE.search(question) if wanted == "number" else None
        counted, did = (done.group("counted") or done.group("counted2") or done.group("counted3") or "",
                        done.group("done") or done.group("done2") or done.group("done3")) if done else ("", "")
        # (of people: "how many homes have been lost?" may be put as "destroyed"; or done by
        # someone, "how many signatures have the opponents collected?")
        done = done if done and (done.group("done3") or ROLE.search(counted) or any(
            is_person_noun(w) or w.lower() in ("people", "persons") for w in counted.split())) else None
        if done and _missing_concept(did, tokens(did), ctx, self.embeddings, any_word=True):
            # "how many firefighters have been hurt so far?": what befell those counted is
            # nowhere in the article (the 460 firefighters assigned are no count of the hurt)
            return _refuse(REFUSAL)
        if wanted in ("money", "number", "time"):
            # a sum, a count or a date is of something: the question's specific subject
            # ("dredging" in "how much will the dredging cost?", "killed" in "how many were
            # killed?", "first" in "when will the first troops arrive?") is in its sentence
            # (not the name of the person asked about: "Keir" is in one sentence only)
            named = {w for t in a.targets for w in tokens(t.speaker.name)}
            # (nor whose figure it is: "..., according to management?")
            asked = re.sub(r"\baccording\s+to\s+[^,?.;]+", " ", a.question, flags=re.I)
            # (nor the scene set before it: "After the closure, how many Ohio counties ...?")
            asked = re.sub(r"^\W*(?:after|before|since|during|following|once|now\s+that|with)\s+[^,?]{2,40},", " ", asked, flags=re.I)
            # (nor who did it: "when did the firefighters ask for an alert?" is answered by "her crews asked")
            doers = {t for w in re.findall(r"[a-z]+", asked.lower()) if is_person_noun(w) or w.endswith("s") and is_person_noun(w[:-1])
                     for t in tokens(w)}
            if _PASSIVE.search(asked):
                # (nor who did it, in the passive: "how many children were tested ... by the
                # county?" is answered by "Of the 212 children tested")
                doers |= {t for m in _BY_AGENT.finditer(asked) for t in tokens(m.group(1))}
            # (nor the kind of answer: "what is the deadline for ...?" asks a date)
            # (nor how: "when does it officially start?" asks when it starts)
            manner = {t for w in _MANNER.findall(asked) for t in tokens(w)}
            # (nor a compound put before the noun: "remote-controlled cranes" are cranes, which
            # the article may call "remotely operated")
            manner |= {t for m in re.finditer(r"\b([a-z]+-[a-z]+)\s+(?=[a-z]{3,})", asked, re.I) for t in tokens(m.group(1))}
            # (nor, asked when, a part of the day: "what hours can people park overnight?")
            if wanted == "time":
                manner |= set(tokens("overnight morning afternoon evening night nightly daily tonight"))
            focus = _focus([w for w in tokens(asked) if w not in _SPEECH_TOKENS and w not in named and w not in doers
                            and w not in _TYPE_WORDS and w not in manner], ctx, best.article_id)
            same = (_same_words(focus) | _family(focus) | _other_names(focus)) if focus else set()
            # (a phrasal verb's one word: "torn down" is "demolish")
            same |= {t for pattern, word in _PHRASAL for m in pattern.finditer(asked) if focus in tokens(m.group(0))
                     for t in tokens(word)}
            # (the date of an event is not in a sentence that has it only as the point another
            # is dated from: "At her June 3 hearing — five days after the summit —")
            timed = wanted in ("time", "money") and not _INTERVAL_ASKED.search(a.question)
            # (or called by its common noun right after its name: "the lodge’s general manager")
            called = _definite_mentions(a.question, focus, ctx.library.articles.get(best.article_id)) if focus else set()
            # (unless the question dates from it too: "how much have rents gone up since 2019?"
            # is answered by "a 41% increase since 2019")
            timed = timed and not (focus and _only_as_reference(asked, focus))

            def has_focus(text: str) -> bool:
                # (or the same thing in the article's word: "classes" where it says "courses")
                # (or as the head of a word it closes: "the park" is the "ballpark")
                return (_has_word(text, focus) or any(_has_word(text, w) for w in same) or _compound_of(text, focus)
                        or text in called) and not (timed and _only_as_reference(text, focus))

            if focus and wanted in ("money", "number") and has_focus(best.text) and not _figure_with(best.text, has_focus, wanted, a.question):
                # "how much money is being cut from athletics?": "... deeper cuts to athletics
                # before settling on the plan, and that closing the department would save about
                # $2.3 million": the figure is of another clause's thing
                with_it = [c for c in pool[:20] if _figure_with(c[2].text, has_focus, wanted, a.question)]
                if not with_it:
                    return _refuse(REFUSAL)
                best_score, best_lex, best = with_it[0]
            def said_before(sent: Sentence) -> bool:
                # ("Tomás Reyes, who owns Reyes Hardware & Feed ..., said ..." / "He deposits roughly
                # $6,000 in cash and checks each week"; "The most immediate change for students
                # involves nursing. The program ... will move to Calder Mills in fall 2027"): the
                # sentence before says whose it is
                opens = re.match(r"\W*(?:He|She|It|They|The\s+(?:program|plan|project|company|group|move|change|school|"
                                 r"department|unit|service|center|centre|store|plant|site|fund|law|ordinance|rule|ban))\b", sent.text)
                # (or "it" as the object: "The diversion center would be ... Plans call for 32
                # short-stay beds .... County planners hope to open it in the spring of 2027")
                if not opens and not re.search(r"\b(?:to\s+)?[a-z]+\s+(?:it|them)\b", sent.text[1:]):
                    return False
                at = _index_of(ctx, sent)
                view = ctx.library.articles.get(sent.article_id)
                back = [view.sentences[i] for i in range(at - 1, max(-1, at - (2 if opens else 3)), -1)] if view is not None else []
                return any(prev.passage_id == sent.passage_id and has_focus(prev.text) for prev in back)

            if focus and not has_focus(best.text) and not said_before(best) and not anchored \
                    and not (carried_from is not None and has_focus(carried_from.text)):
                about_it = [c for c in pool[:20] if (has_focus(c[2].text) or said_before(c[2])) and _has_type(c[2].text, wanted, a.question)]
                if not about_it:
                    # or in the plain word for that kind of event: "when did the Trump-Putin summit
                    # take place?" is answered by "At a meeting with Putin in Alaska in August"
                    # (word vectors are too loose here: "Ukrainian" is near "Russian")
                    plain_words = _EVENT_WORDS.get(focus, set())
                    # (with the question's other words: who met whom)
                    about_it = [c for c in pool[:20] if any(_has_word(c[2].text, n) for n in plain_words)
                                and c[1] >= 0.35 and _has_type(c[2].text, wanted, a.question)]
                view = ctx.library.articles.get(best.article_id)
                rest = [w for w in q_tokens if w != focus and w not in _TYPE_WORDS]
                if not about_it and view is not None and not _a_name_in(view.item.article.text, focus) \
                        and _has_type(best.text, wanted, a.question) and _overlap(rest, tokens(best.text), ctx) >= FOCUS_ELSEWHERE \
                        and not any(has_focus(x.text) and (set(rest) - view.subject_stems) & set(tokens(x.text)) for x in view.sentences):
                    # "how much will the recall cost the bakery?" where "bakery" is said only of
                    # bakeries in general (not a name: "how many is Morocco sending?" asks of
                    # Morocco): the sentence with the figure and the rest of the question's
                    # words ("The chief executive estimated that the recall would cost the company
                    # about $4.2 million") is about it
                    # (not where the article speaks of the very thing, with no figure: "Tenured
                    # faculty are being told they have 30 days to decide whether to accept
                    # reassignment or a buyout" does not say how big the buyout offered to
                    # tenured professors is)
                    about_it = [(best_score, best_lex, best)]
                head = re.search(r"\b" + re.escape(focus) + r"[\w’'-]*\s+([\w’'-]+)", a.question, re.I)
                if not about_it and head and _has_word(best.text, stem(head.group(1))) and view is not None \
                        and (any(p.id == best.passage_id and has_focus(p.text) for p in view.item.passages)
                             # ("when's the first progress report due?" / "file its first quarterly
                             # report by April 30", where the article spoke of "quarterly progress reports")
                             or focus.isalpha() and re.search(r"\b" + re.escape(focus) + r"\w*\s+" + re.escape(stem(head.group(1))),
                                                             view.item.article.text, re.I)):
                    # ("how much does Birch County spend on legal notices?": "The county spends
                    # about $48,000 a year on notices" in the paragraph that spoke of "legal notices")
                    about_it = [(best_score, best_lex, best)]
                if not about_it:
                    return _refuse(REFUSAL)
                best_score, best_lex, best = about_it[0]
            unit = _UNIT_PRICE_ASKED.search(a.question) if wanted == "money" else None
            if unit:
                # "how much is a membership at the Carver YMCA?": a price put on one of them,
                # in the sentence that names it ("$45,000 next summer to run free shuttle buses
                # to the Carver YMCA" prices no membership)
                forms = {t for w in tokens(unit.group("thing")) for t in {w} | _same_words(w) | _other_names(w)}
                priced = [c for c in pool[:20] if forms & set(tokens(c[2].text)) and _has_type(c[2].text, "money", a.question)]
                if not priced:
                    return _refuse(REFUSAL)
                if not forms & set(tokens(best.text)):
                    best_score, best_lex, best = priced[0]
            priced_at = _COST_OF.search(a.question) if wanted == "money" else None
            thing = set(tokens(priced_at.group("thing") or priced_at.group("thing2"))) if priced_at else set()
            if thing and not _sum_on(best.text, thing):
                # "how much does the new stadium cost?": the sum put on it ("an $86 million stadium"),
                # not the bonds issued for it ("$52 million in bonds for the new stadium")
                priced = [c for c in pool[:20] if _sum_on(c[2].text, thing)]
                if priced:
                    best_score, best_lex, best = priced[0]
            if focus and wanted == "money" and _IN_TOTAL.search(a.question) and _only_rates(best.text):
                # "How much money is in Local 418's strike fund in total?": "pays striking members
                # $300 a week from its strike fund" is a rate paid out, no total; a sum of it
                # elsewhere, or the article doesn't say
                totals = [c for c in pool[:20] if has_focus(c[2].text) and _SUM.search(c[2].text) and not _only_rates(c[2].text)]
                if not totals:
                    return _refuse(REFUSAL)
                best_score, best_lex, best = totals[0]
            if focus and _SIZE_ASKED.search(a.question) and not _MEASURED.search(best.text) \
                    and not re.search(r"\b(?:capacity|seats?|hold|holds|people|crowds?|fans|staff|budget)\b", a.question, re.I):
                # "how big is the Quarry Creek Fire now?": its size in a measure ("had burned
                # 14,200 acres"), not the count of people it drove out of the sentence naming it
                measured = [c for c in pool[:20] if has_focus(c[2].text) and _MEASURED.search(c[2].text)]
                if not measured and re.search(r"\bacreage\b", a.question, re.I):
                    # ("total farmland acreage served by the district?": acres, said of it in
                    # the next sentence, "The cut reaches ... growers farming roughly 212,000 acres")
                    measured = [c for c in pool[:10] if _MEASURED.search(c[2].text)]
                    if not measured:
                        return _refuse(REFUSAL)
                if measured:
                    best_score, best_lex, best = measured[0]
            # (of a thing, not an event: "when does the meeting start?" is answered by its date)
            if timed and _START_ASKED.search(a.question) and not _STARTED.search(best.text) and not _planned_for(best.text) and not re.search(
                    r"\b(?:meeting|summit|talks|hearing|conference|session|vote|trial|match|event|festival|visit)s?\b", a.question, re.I):
                # "when does the ceasefire start?": a sentence that says when something starts
                # (not the day of a meeting that spoke of a ceasefire)
                starts = [c for c in pool[:20] if (_STARTED.search(c[2].text) or _planned_for(c[2].text))
                          and _has_type(c[2].text, wanted, a.question)
                          and (c[1] >= 0.3 or _WALKED_OUT.search(c[2].text) and re.search(r"\b(?:strike|walkout)\b", a.question, re.I))]
                if not starts:
                    return _refuse(REFUSAL)
                best_score, best_lex, best = starts[0]
            named_thing = {t for w in re.findall(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w’'-]+", a.question.strip()) for t in tokens(w)} - named
            if timed and named_thing and _START_ASKED.search(a.question) and not _FOUNDED.search(best.text):
                # "what year did the Sentinel start?": the year it was founded ("The Sentinel,
                # founded in 1894 ..."), not a later beginning in a sentence that names it
                # ("Cardinal bought the Sentinel in 2016 ... and three years ago began ...")
                founded = [c for c in pool[:20] if _FOUNDED.search(c[2].text) and named_thing <= set(tokens(c[2].text))
                           and _has_type(c[2].text, wanted, a.question)]
                if founded:
                    best_score, best_lex, best = founded[0]
            # "when did Trump and Putin meet?": not dated by a sentence that has one of them only
            # as the point it counts from ("At his Aug. 18 meeting ... three days after meeting Putin")
            met = {n.split()[-1].lower() for n in [*(t.speaker.name for t in a.targets), *a.topic_people]}
            if timed and len(met) >= 2:
                def dates_them(text: str) -> bool:
                    return all(_has_word(text, n) for n in met) and not any(_only_as_reference(text, n) for n in met)

                if not dates_them(best.text):
                    theirs = [c for c in pool[:20] if dates_them(c[2].text) and _has_type(c[2].text, wanted, a.question)]
                    if theirs:
                        best_score, best_lex, best = theirs[0]
        if wanted == "number" and _OF_THEM.search(a.question) and not _PART_OF.search(best.text):
            # "how many of them ...?" is answered by "26 of those countries ...", a part of a whole
            part = [c for c in pool[:20] if _PART_OF.search(c[2].text)]
            if part:
                best_score, best_lex, best = part[0]
        if wanted == "number" and _NOW_COUNT_ASKED.search(a.question) and _only_offered(best.text):
            # "how many horses does the tribe currently keep?" / "The council has offered to
            # take up to 200 horses": a number offered or planned is not what there is now
            return _refuse(REFUSAL)
        doers = (_places_in(a.question) if a.elliptical else _count_doers(a.question)) if wanted == "number" else set()
        if doers and not _counts_for(best.text, doers):
            # "how many would France put in?": a number France gives ("the U.K. should ...
            # contribute a brigade of 5,000"), not "26 of those countries — including ... France"
            own = [c for c in pool[:20] if _counts_for(c[2].text, doers)]
            if not own:
                return _refuse(REFUSAL)
            best_score, best_lex, best = own[0]
        counted = _counted_nouns(a.typed) if wanted == "number" else []
        people_counted = wanted == "number" and not counted and bool(_PEOPLE_COUNTED.search(a.typed))
        # ("how many people work at the ballpark?": "employs 22 full-time staff and about 140 seasonal workers")
        people_count = _WORKERS_COUNT if re.search(r"\bwork(?:s|ed|ing)?\b|\bemploy", a.question, re.I) else _PEOPLE_COUNT
        if people_counted and not people_count.search(best.text):
            # "how many people got sick?": a count of people ("seven people in four counties had
            # fallen ill") over a close sentence with other numbers ("ranged in age from 3 to 81")
            # (further down when the best has no figure at all: "Several deputies in uniform
            # lined the back wall during the meeting" / "the crowd of about 300 people")
            vague = not re.search(r"\d", best.text)
            people = [c for c in pool[:6 if people_count is _PEOPLE_COUNT else 12]
                      if (c[0] >= best_score - 0.2 or vague and re.search(r"\d", c[2].text)) and people_count.search(c[2].text)]
            if people:
                best_score, best_lex, best = people[0]
        kin: set[str] = set()
        if counted:
            # "how many soldiers ...?" is answered by a number of soldiers (or of troops), not
            # by "26 of those countries"
            near_words = ctx.memo.get("near") or {}
            # (the head noun, not what qualifies it: "how many short-term rental permits" counts permits)
            heads = _counted_head(a.typed) or counted
            kin = set(heads) | {w for n in heads for w in near_words.get(n, set()) | _other_names(n)}
            # "how many Russian soldiers ...?": a count of them where the sentence has Russia,
            # not the troops of a force for Ukraine
            # ("how many European countries ...?": places within a place are another matter)
            whose = re.search(r"\bhow\s+many\s+([\w’'.-]+)\s+(?!(?:" + _PLACE_NOUNS + r")\b)", a.question, re.I)
            home = _places_in(whose.group(1)) if whose else set()

            # ("how many permits are there in all of Fenwick Bay?": a count for the whole city,
            # "citywide", not "The 312 permits now active there" in one district of it)
            whole = _WHOLE_PLACE.search(a.question)

            def of_them(text: str, kin: set[str] = kin) -> bool:
                return _counts(text, kin) and (not home or bool(home & _places_in(text))) and (
                    not whole or bool(re.search(r"\b(?:citywide|city-wide|statewide|state-wide|countywide|county-wide|nationwide|"
                                                r"across\s+the\s+(?:city|county|state|country)|in\s+all\s+of)\b", text, re.I)))

            past = _FORMERLY_ASKED.search(a.question) and _ONCE_WAS.search(best.text)  # (as chosen above)
            if not of_them(best.text) and not past:
                of_it = [c for c in pool[:20] if of_them(c[2].text)]
                if not of_it and heads != counted:
                    # (or by the words that qualify it: "how many ER nursing jobs ...?" / "Eleven of
                    # its 16 emergency-room nursing positions")
                    # (not what it is of: "how many inches of rain" counts inches, not rain)
                    of = _COUNTED.search(a.typed)
                    after_of = set(tokens(re.split(r"\bof\b", of.group(1), maxsplit=1)[1])) if of and re.search(r"\bof\b", of.group(1)) else set()
                    before = [w for w in counted if w not in after_of and w not in _TIME_UNITS]  # (nor "a year")
                    wide = set(before) | {w for n in before for w in near_words.get(n, set())}
                    of_it = [c for c in pool[:20] if of_them(c[2].text, wide)]
                    kin = wide if of_it else kin
                if not of_it:
                    return _refuse(REFUSAL)
                # (of those, the one with more of the question's words in any of their forms:
                # "how many teachers did cedar fork lose?" / "we lost 14 teachers last year", not
                # "the union representing its 96 teachers")
                def asked_in(text: str) -> int:
                    have = set(tokens(text))
                    return sum(2 if _family(w) else 1 for w in set(q_tokens) if w in have or _family(w) & have)  # (a verb's forms count twice)
                top = max(of_it[:6], key=lambda c: asked_in(c[2].text))
                best_score, best_lex, best = top if asked_in(top[2].text) > asked_in(of_it[0][2].text) else of_it[0]
        if wanted == "money" and _BOUGHT.search(a.question) and not _BOUGHT.search(best.text):
            # "how much did Crestline pay when it bought the hospital?": a price paid for it, not
            # the "$2.3 million" its unit lost
            bought = [c for c in pool[:20] if _BOUGHT.search(c[2].text) and _has_type(c[2].text, wanted, a.question)]
            if not bought:
                return _refuse(REFUSAL)
            best_score, best_lex, best = bought[0]
        named_at = _named_at(a.question, ctx.library.articles.get(best.article_id)) if wanted == "number" else []
        if named_at and not (_names_all(best.text, named_at) or not _places_in(" ".join(named_at))
                             and _names_all(_with_paragraph_before(ctx, best), named_at)):
            # "how many babies were born at st agnes last year?": a count of the place the
            # question names ("St. Agnes Medical Center ... about 58 miles away"), not "more
            # than 2,000 babies in this building"
            there = [c for c in pool[:20] if (_names_all(c[2].text, named_at) or not _places_in(" ".join(named_at))
                                              and _names_all(_with_paragraph_before(ctx, c[2]), named_at)) and _has_type(c[2].text, wanted, a.question)
                     and (not kin or _counts(c[2].text, kin))]
            if not there:
                return _refuse(REFUSAL)
            best_score, best_lex, best = there[0]
        if a.follow_up and BARE_WHY.match(a.question) and not _reason_for_figures(a.previous_answer, [best]):
            # "why?" after "The district is raising its rate from $68 to $95": the sentence with
            # those very figures that gives the reason ("... to cover fixed costs"), when one does
            view = ctx.library.articles.get(best.article_id)
            reasons = _reason_for_figures(a.previous_answer, view.sentences) if view is not None else []
            if reasons:
                best = reasons[0]
        chosen = [best]
        for score, lex, sent in candidates[:3]:
            if sent in chosen:  # the best may have moved down the list (typed answers)
                continue
            new_terms = set(tokens(sent.text)) & set(q_tokens) - set(tokens(best.text))
            if score >= best_score - 0.05 and new_terms and sent.passage_id == best.passage_id:
                chosen.append(sent)
            elif wanted in _HARD_TYPES and sent.passage_id == best.passage_id and \
                    score >= best_score - 0.2 and _has_type(sent.text, wanted, a.question) \
                    and not (people_counted and not people_count.search(sent.text)):
                chosen.append(sent)  # "put the cost at $340 million ... raised it to $412 million": both figures
        if wanted in _HARD_TYPES:
            # the figure next to the one chosen, in the same paragraph ("put the cost at $340
            # million. A revised estimate ... raised it to $412 million")
            view = ctx.library.articles.get(best.article_id)
            at = next((i for i, x in enumerate(view.sentences) if x is best), -1) if view else -1
            for j in (at - 1, at + 1):
                if at >= 0 and 0 <= j < len(view.sentences):
                    beside = view.sentences[j]
                    # (a count of what was asked, by whom it was asked of: not "issued several
                    # warnings" beside "Latvia should send four" ships)
                    if beside.passage_id == best.passage_id and beside not in chosen and _has_type(beside.text, wanted, a.question) \
                            and (not kin or _counts(beside.text, kin)) and (not doers or _counts_for(beside.text, doers)) \
                            and (not people_counted or people_count.search(beside.text)):
                        chosen.append(beside)
        chosen.sort(key=lambda x: x.start)
        if _WHY.search(a.question) or _EFFECT_ASKED.search(a.question):
            chosen = _with_reason(ctx, chosen)
        chosen = [x for x in _antecedent(ctx, chosen[0]) if x not in chosen] + chosen
        chosen += _continuation(ctx, chosen[-1])
        # the runner-up from another paragraph, when it scores about as well: two close
        # sentences are too near to trust the ranking's order; it comes after the best
        also = next((c for c in pool[:10] if c[2] not in chosen and c[2].passage_id != best.passage_id), None)
        runner_up = []
        if also is not None and also[0] >= best_score - RUNNER_UP_MARGIN \
                and (not wanted or _has_type(also[2].text, wanted, a.question)) \
                and not (people_counted and people_count.search(best.text) and not people_count.search(also[2].text)):
            runner_up = [x for x in _antecedent(ctx, also[2]) if x not in chosen] + [also[2]]
            runner_up += [x for x in _continuation(ctx, also[2]) if x not in chosen]
        if _WANTS_QUOTE.search(a.question) and not any(q.speaker for x in chosen for q in x.quotes):
            return _refuse("The article doesn't quote anyone's own words on that.")
        versus = _VERSUS.search(a.question)
        if versus:
            # "Minimum weekly hours for part-timers: union ask vs company offer?": the other
            # side's figure too ("The company has offered seven days’ notice and a 20-hour
            # floor."), from the paragraph or the best of the rest
            before_words = set(tokens(a.question[: versus.start()]))
            other = {w for w in tokens(a.question[versus.end():]) if w not in before_words and w not in _GENERIC_QUESTION
                     and w not in _TYPE_WORDS and len(w) > 2}
            shown = chosen + runner_up
            if other and not any(other & set(tokens(x.text)) and _A_FIGURE.search(x.text) for x in shown):
                view = ctx.library.articles.get(best.article_id)
                at = _index_of(ctx, best)
                # (the paragraph's sentences after it, then before it, then the best of the rest;
                # the one with most of the other side's words)
                close_by = [view.sentences[j] for j in (at + 1, at + 2, at - 1, at - 2) if view is not None and at >= 0
                            and 0 <= j < len(view.sentences) and view.sentences[j].passage_id == best.passage_id]
                sides = [x for x in close_by + [c[2] for c in pool[:10]] if x not in shown and other & set(tokens(x.text))
                         and _A_FIGURE.search(x.text)]
                if sides:
                    runner_up = runner_up + [max(sides, key=lambda x: len(other & set(tokens(x.text))))]
        if not about and not a.targets and asks_speech(a.question) and not any(x.quotes for x in chosen) \
                and (view := ctx.library.articles.get(best.article_id)) is not None and (at := _index_of(ctx, chosen[-1])) >= 0 \
                and at + 1 < len(view.sentences) and (nxt := view.sentences[at + 1]).passage_id == chosen[-1].passage_id \
                and nxt not in chosen + runner_up and _UNNAMED_SOURCE.search(nxt.text) \
                and (nxt.quotes or _REPORTS_SAYING.search(nxt.text)):
            # "what did the booking platform say about the vote?" / "StayBeach, the booking
            # platform ..., criticized the vote. “Caps like this ...,” a company spokesperson said":
            # the body's words, by the unnamed spokesperson in the next sentence
            runner_up = runner_up + [nxt]
        body, src = cite_sentences(chosen + runner_up)
        doer = _doer(ctx, a.question, best) if wanted == "agent" else None
        if doer is not None:
            # "who ruled out NATO membership for Kyiv?": "... ruled out by Trump ..., said
            # Heisbourg" is answered by the one who did it, in full, then the sentence
            return Draft(f"{doer.name}{', ' + doer.description if doer.description else ''}: {body}", src)
        if not about:
            # "..., said Arnold.": name the person in full, as the article introduced them
            # (the person the leading sentences report, not the runner-up's)
            reporters = {s.name: s for _, s in ctx.library.speakers([best.article_id])
                         if any(_reports_speech(x.text, s.name) for x in chosen)}
            if len(reporters) == 1:
                s = next(iter(reporters.values()))
                # (when the answer opens with their words: "The commission will hold hearings on
                # Oct. 9. Vandermolen said she expects ..." is not hers from its first word)
                if s.name not in body and (_reports_speech(chosen[0].text, s.name)
                                           or any(q.speaker == s.name for q in chosen[0].quotes)):
                    lead = s.name + (f", {s.description}," if s.description else "")
                    own = any(q.speaker == s.name for x in chosen for q in x.quotes)  # their own words
                    body = f"According to the article, {lead} {'said' if own else 'is reported as follows'}: {body}"
                    about = s.name
        elif about.split()[-1] not in body:
            # "what did Kessler say about the cost?" answered by "The chief executive estimated
            # that ...": whose words these are, by the name asked
            view = ctx.library.articles.get(best.article_id)
            s = view.speaker(about) if view is not None else None
            if s is not None:
                lead = s.name + (f", {s.description}," if s.description else "")
                own = any(q.speaker == s.name for x in chosen for q in x.quotes)
                body = f"According to the article, {lead} {'said' if own else 'is reported as follows'}: {body}"
        return Draft(body, src, speaker=about)


_WHO_DID = re.compile(r"^\W*(?:(?:and|so|but|ok(?:ay)?|then)\W+)?who\s+(?:has\s+|had\s+|have\s+)?(?P<verb>[a-z]+ed)\b", re.I)


# "what is oduya planning to do now?", "what does she plan to do next?"
_PLANNING_ASKED = re.compile(r"\bwhat(?:\s+(?:is|are|was|does|do|did|will)|[’']s|[’']re)\s+[^?]{1,60}?\s+(?:planning|plans?\s+(?:to|on|next)\b|"
                             r"going\s+to\s+do|intend\w*|hoping\s+to\s+do)\b(?!\s+(?:say|said))|"
                             # ("what's her plan if crestline says no?": the plan as a noun, hers)
                             r"\bwhat(?:[’']s|\s+is|\s+was)\s+(?:his|her|their)\s+(?:plan|next\s+step)\b|"
                             # ("is she doing anything to prepare for it?")
                             r"\b(?:is|are)\s+(?:he|she|they)\s+(?:doing|planning)\s+(?:anything|something)\s+to\b", re.I)


def _body_plans(ctx: Context) -> list[Sentence]:
    """The sentences where the body the last question named says what it will do ("The
    coalition said in a statement that it would join ... and would ask the Legislature")."""
    m = re.search(r"\b(" + _BODY_WORDS + r")\b", ctx.analysis.previous_question or "", re.I)
    if not m:
        return []
    noun = m.group(1).lower()
    return [x for x in _scope_sentences(ctx) if not x.quotes and re.match(r"\W*(?:The|Its|Their)\s+(?:[\w’'-]+\s+){0,2}?" + re.escape(noun) + r"\b", x.text, re.I)
            and (_PROPOSED.search(x.text) or re.search(r"\b(?:would|will)\s+(?:join|ask|seek|file|appeal|push|fight|hold|sue)\b", x.text))]


_BODY_WORDS = (r"coalition|union|association|group|alliance|council|board|commission|committee|company|firm|district|"
               r"department|agency|utility|chamber|club|league|society|federation|network|campaign")


def _plans_of(target) -> list[Sentence]:
    """The article's sentences on what the person means to do, put forward or plans ("Oduya
    said he would push to put the question before voters"), by name, not in quotation."""
    last = re.escape(target.speaker.name.split()[-1])
    # (or "he"/"she", told right after: "He said his office would file a petition for rehearing")
    units = target.view.units(target.speaker.name, _units)
    theirs = {id(u[0]) for u in units}
    reported = [x for x in target.view.sentences if not x.quotes and (re.search(r"\b" + last + r"\b", x.text) or id(x) in theirs)
                and _PROPOSED.search(x.text)]
    # (or in their own words: "“I’ve had three young teachers tell me this spring they’d stay if
    # this passed. I intend to hold them to it.”")
    spoken = [u[0] for u in units if u[1] and all(q.speaker == target.speaker.name for q in u[1])
              and any(_INTENT.search(q.text) for q in u[1]) and u[0] not in reported]
    return sorted(reported + spoken, key=lambda x: x.start)


def _with_runs_on(view: ArticleView, ranked: list, units: list) -> list:
    """The units, each followed by the unit whose quotation carries on the last one's across
    a paragraph break (the last one has no closing mark; the next paragraph opens with the
    rest, the same speaker's), when the answer doesn't already give it."""
    text = view.item.article.text
    out = list(ranked)
    for u in ranked:
        if not u[1]:
            continue
        last = u[1][-1]
        after = text[last.end: last.end + 3]
        if re.match(r"\s*[”\"]", after) or "\n" not in text[last.end: last.end + 4]:
            continue
        nxt = next((v for v in units if v[1] and v[1][0].start > last.end), None)
        if nxt is None or nxt in out or nxt[1][0].speaker != last.speaker \
                or not re.match(r"\s*[“\"]", text[nxt[0].start: nxt[1][0].start]) \
                or text[last.end: nxt[1][0].start].strip(" \n“\""):
            continue
        out.insert(out.index(u) + 1, nxt)
    return out


def _doer(ctx: Context, question: str, sent: Sentence) -> Speaker | None:
    """The person a sentence says did what "who VERBed ...?" asks about: "ruled out by
    Trump", "Trump ruled out"; not the one who reports it, and not anyone who said it."""
    m = _WHO_DID.match(question)
    if not m or stem(m.group("verb").lower()) in _SPEECH_TOKENS:
        return None
    view = ctx.library.articles.get(sent.article_id)
    if view is None:
        return None
    act = re.escape(m.group("verb").lower()[:-2].rstrip("e"))  # "ruled" -> "rul": "ruled", "ruling", "rules"
    found = []
    for person, names in view.aliases():
        for name in names:
            n = re.escape(name)
            if re.search(rf"\b{act}\w*(?:\s+\w+)?\s+by\s+(?:[A-Z][\w.’'-]+\s+){{0,3}}{n}\b|"
                         rf"\b{n}\s+(?:has\s+|had\s+|have\s+)?{act}\w*\b", sent.text, re.I):
                found.append(person)
                break
    return found[0] if len(found) == 1 else None


_REPORT_VERBS = re.compile(
    r"\b(?:said|says|told|added|asked|warned|argued|insisted|noted|explained|stated|wrote|declared|claimed|"
    r"suggested|stating|saying|adding|hinted|urged|agreed|believes|believed|thought|called|described|"
    r"signall?ed|signals|signall?ing|indicated|announced|acknowledged|admitted|confirmed|denied|pledged|promised|vowed|"
    r"accused|predicted|recommended|proposed|conceded|stressed|cautioned|estimated|countered|replied|"
    # an answer to someone's words ("Okafor-Reyes rejected the claim that ..."), not a ruling
    # ("the judge dismissed the application")
    r"(?:rejected|dismissed|disputed|rebutted)\s+(?:the\s+|that\s+|those\s+|such\s+|his\s+|her\s+|their\s+)?(?:claims?|suggestions?|"
    r"criticism|accusations?|allegations?|charges?|reports?|notion|argument)|responded|"
    # not saying is an answer too: "Raman declined to say how ...", "Corvane did not respond to a request for comment"
    r"declined\s+to|refused\s+to\s+(?:say|comment|discuss|disclose)|did\s+not\s+(?:immediately\s+)?(?:respond|reply|comment)|"
    r"would\s+not\s+(?:say|comment)|could\s+not\s+be\s+reached)\b"
)


_TOWN_STATE = re.compile(r",\s+((?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.)(?=,)")
_PRONOUN_SPEECH = re.compile(r"\b(?:he|she)\s+(?:also\s+)?" + _REPORT_VERBS.pattern, re.I)


# "Arnold agreed, adding ...": a sentence that says someone agreed with what came before it
AGREED_MARGIN = 0.14  # what two people agreed on is what is asked: nearly as close to it as their best sentence
AGREED_MARGIN_COMPARED = 0.05
_AGREE_WORDS = re.compile(r"\b(?:agree\w*|disagree\w*|concur\w*|same\s+(?:page|place|view|line)|push(?:ed)?\s+back|side\s+with)\b", re.I)
_AGREED_LEAD = re.compile(r"^\W*(?:(?:But|And|So)\s+)?(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+(?:,[^.;“”\"]{0,150},)?\s+"
                          r"(?:agreed|agrees|concurred|concurs)\b|"
                          r"^\W*(?:He|She|They)\s+(?:agreed|agrees|concurred|concurs)\b")
# a question on whether two people agree, or on both of them
_AGREEMENT_ASKED = re.compile(r"\b(?:agree\w*|disagree\w*|concur\w*|same\s+(?:page|place|view|line)|both|each|compare\w*|"
                              r"push(?:ed)?\s+back|differ\w*|echo\w*|side\s+with|back(?:ed)?\s+(?:him|her)\s+up)\b", re.I)


def _with_what_was_agreed(draft: Draft, ctx: Context) -> Draft:
    """"Did Arnold agree with Heisbourg on the weapons?": an answer that gives "Arnold agreed,
    adding ..." gives the sentence before it too, the one he agreed with, when the question
    is on agreement or on both people."""
    if draft.refused or not draft.sources or not _AGREEMENT_ASKED.search(ctx.analysis.question):
        return draft

    def position(src: Source) -> int | None:
        view = ctx.library.articles.get(src.article_id)
        return next((i for i, x in enumerate(view.sentences) if x.start <= src.start < x.end), None) if view else None
    cited = {(x.article_id, position(x)) for x in draft.sources}
    text, sources = draft.text, list(draft.sources)
    for src in draft.sources:
        k = position(src)
        if not k:
            continue
        view = ctx.library.articles[src.article_id]
        agreed, before = view.sentences[k], view.sentences[k - 1]
        at = text.find(agreed.text)
        if not _AGREED_LEAD.match(agreed.text) or (src.article_id, k - 1) in cited or at < 0:
            continue
        # (before the line that introduces the person who agreed: "Ed Arnold, ..., said:")
        lead = re.search(r"(?:^|(?<=\]\s))[^\[]*?(?:said|as\s+follows):\s*$", text[:at])
        at = lead.start() if lead else at
        body, new = cite_sentences([before])
        shift = max(int(x.id[1:]) for x in sources)
        body = re.sub(r"\[S(\d+)\]", lambda m: f"[S{int(m.group(1)) + shift}]", body)
        sources += [replace(x, id=f"S{int(x.id[1:]) + shift}") for x in new]
        text = text[:at] + body + " " + text[at:]
        cited.add((src.article_id, k - 1))
    return replace(draft, text=text, sources=sources) if len(sources) > len(draft.sources) else draft


def _introduce(draft: Draft, ctx: Context) -> Draft:
    """A sentence taken from the middle of an article names people by surname alone
    ("Trump walked back ..."): the person the question is about, or whose speech the
    sentence reports, is introduced as the article introduced them ("Trump is Donald
    Trump, U.S. President."), unless a citation already shows who they are."""
    if draft.refused or not draft.sources:
        return draft
    a = ctx.analysis
    # (and the last one's, whose people "he" and "she" may stand for)
    asked = a.question + (" " + a.previous_question if a.follow_up or _HE_OR_SHE.search(a.question) else "")
    shown = {s.speaker for s in draft.sources if s.kind == "quote" and s.speaker}
    cited = " ".join(s.text for s in draft.sources if s.kind == "passage")
    notes = []
    for _, sp in ctx.library.speakers(sorted({s.article_id for s in draft.sources})):
        surname = sp.name.split()[-1]
        if (sp.kind != "person" or not sp.description or len(sp.name.split()) < 2 or sp.name in shown
                or sp.name in draft.text or not re.search(rf"\b{re.escape(surname)}\b", cited)):
            continue
        namesakes = [o for _, o in ctx.library.speakers([sp.article_id]) if o is not sp and o.name.split()[-1] == surname]
        named = re.search(rf"\b{re.escape(fold(surname))}(?:['’]?s)?\b", fold(asked)) \
            or any(t.speaker.name == sp.name for t in a.targets) \
            or re.search(rf"\bby\s+{re.escape(surname)}\b", cited)  # "trumps meeting", "the American president", "ruled out by Trump"
        if namesakes or not (named or _reports_speech(cited, sp.name)):
            continue
        notes.append(f"{surname} is {sp.name}, {sp.description}.")
    notes = _who_pronouns_are(draft, ctx, shown) + notes
    if len(shown) == 1 and (name := next(iter(shown))) not in draft.text and _WHO_SAID_IT.match(a.question):
        # "who said the bit about finding money for a parking garage?": the answer names them,
        # not only its citations ("“We found money ...,” he said.")
        speaker = next((sp for _, sp in ctx.library.speakers(sorted({s.article_id for s in draft.sources})) if sp.name == name), None)
        who = f"{name}, {speaker.description}," if speaker is not None and speaker.description else name
        draft = replace(draft, text=f"{who} said it: {draft.text.lstrip()}")
    if not notes:
        return draft
    return replace(draft, text=draft.text.rstrip() + " " + " ".join(notes[:2]))


_HE_OR_SHE = re.compile(r"\b(?:he|she|him|her|his)\b", re.I)
_WHO_SAID_IT = re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?)\W+)?who\s+(?:said|says|made|called|described|warned|argued|told|wrote|"
                          r"was\s+quoted|is\s+quoted|compared|complained|joked)\b", re.I)
_PRONOUN_LEAD = re.compile(r"^\W*(He|She)\b|,[”\"]?\s+(he|she)\s+(?:said|added|says|told|wrote|warned|argued|estimated)\b")


def _who_pronouns_are(draft: Draft, ctx: Context, shown: set[str]) -> list[str]:
    """A cited sentence that reports someone by pronoun ("She said the sale would ...",
    "Building a replacement would take 30 months, she said."): who "she" is, as the article
    introduced them, unless the answer already names them."""
    notes: list[str] = []
    for src in draft.sources:
        m = _PRONOUN_LEAD.search(src.text) if src.kind == "passage" else None
        view = ctx.library.articles.get(src.article_id) if m else None
        if view is None:
            continue
        sent = next((x for x in view.sentences if x.start == src.start), None)
        if sent is None:
            continue
        for sp in view.item.speakers:
            if sp.name in shown or sp.name in draft.text or sp.kind != "person" or \
                    _mentions(sent.text, sp.name.split()[-1]):
                continue
            if any(u[0] is sent for u in view.units(sp.name, _units)):
                pronoun = (m.group(1) or m.group(2)).capitalize()
                notes.append(f"{pronoun} is {sp.name}" + (f", {sp.description}." if sp.description else "."))
                shown = shown | {sp.name}
                break
    return notes


def _echo(units: list[tuple[Sentence, list[Quote]]], previous: str) -> int | None:
    """The person's sentence the last answer gave (in its words or the article's), if one
    stands out: most of its words are in that answer."""
    said = set(tokens(previous))
    share = [len(set(w) & said) / len(set(w)) if (w := [t for t in tokens(u[0].text) if t not in STOPWORDS]) else 0.0
             for u in units]
    best = max(range(len(units)), key=lambda i: share[i], default=None)
    return best if best is not None and share[best] >= 0.5 else None


def _as_asked(entities: list[str], question: str) -> list[str]:
    """The names as the question writes them: "White" and "House" are "White House"."""
    out: list[str] = []
    for e in (x.lstrip("=") for x in entities):
        if out and re.search(re.escape(out[-1]) + r"\s+" + re.escape(e) + r"\b", question):
            out[-1] += " " + e
        else:
            out.append(e)
    return out


# "what does that mean?", "why does that even matter?", "so what?": what the last answer's
# fact leads to
_MEANING_ASKED = re.compile(r"\bwhat\s+(?:does|did|do|would|will|could)\s+(?:this|that|it|those)\s+mean\b|\bwhat\s+means\s+(?:this|that|it)\b|"
                            r"^\W*(?:and\s+|so\s+)?what\s+(?:this|that|it)\s+means\b|"  # (as a learner asks it)
                            r"^\W*(?:so\s+)?what\b[^?]{0,40}\b(?:this|that)\s+(?:shift|move|change|decision|step|reversal|u-turn)\s+means?\b|"
                            r"\bwhy\s+(?:does|did|would|is|was|should)\s+(?:this|that|it)\s+(?:even\s+|really\s+)?(?:matter|important|"
                            r"significant|a\s+big\s+deal)\b|\b(?:significance|implications?|consequences?|impact)\s+of\s+(?:this|that|it)\b|"
                            r"^\W*so\s+what\s*[?!.]*\s*$|\bwhat\s+(?:is|was|'s)\s+the\s+(?:significance|upshot|impact)"
                            r"(?:\s+of\s+(?:this|that|it))?\s*\??\s*$|"
                            # "is that a lot?", "how big is that?": what the article makes of a figure
                            r"^\W*(?:(?:and|so|but)\s+)?(?:is|was|isn[’']t|wasn[’']t)\s+(?:that|this|it)\s+(?:a\s+lot|much|many|big|large|huge|"
                            r"significant|small|enough)\b|^\W*(?:(?:and|so|but)\s+)?how\s+(?:big|much|significant)\s+is\s+(?:that|this)\b", re.I)
_DRAWS = re.compile(r"^\W*(?:The|These|Those|That|This|Such)\s+(?:[a-z]+\s+)?(?:comments?|remarks?|moves?|decisions?|shift|steps?|"
                    r"figures?|numbers?|amounts?|sums?|totals?|"
                    r"statements?|words|change|reversal|announcement)\b")


_FORMER_ROLE = re.compile(r"\b" + FORMER_WORDS + r"\s+([a-z][\w’'-]+(?:\s+(?!(?:of|at|in|for|from|with|and|to)\b)[a-z][\w’'-]+)?)")


def _former_only(ctx: Context) -> str | None:
    """"Which harbour master currently runs the port?": the article has that post only as
    someone's former one ("Rob Fairweather, former harbour master of ..."), which is no answer.
    The post asked of now: "current", "currently" or "now" within three words of it, and no
    "former" in the question."""
    question = ctx.analysis.question
    if not _NOW_WORD_ASKED.search(question):  # (the cheap test first: most questions ask of no time)
        return None
    for aid, whole, post in _former_posts(ctx):
        if asked_of_now(question, post):
            # (who it is, by the article's description of them: no quoted words in a refusal)
            view = ctx.library.articles[aid]
            who = next((f": {sp.name}, {sp.description}" for sp in view.item.speakers
                        if sp.description and whole in sp.description), "")
            return f"The article doesn't say; it names only a former {post}{who}."
    return None


_NOW_WORD_ASKED = re.compile(r"\b(?:current|currently|incumbent|present-day|now)\b", re.I)


def _former_posts(ctx: Context) -> list[tuple[str, str, str]]:
    """The posts the articles in scope name only as someone's former ones, as (article id,
    "former commanding general", "commanding general"), in article order; built once per
    scope and library (a scan of every text, too slow to repeat per question over a corpus)."""
    def build() -> list[tuple[str, str, str]]:
        out = []
        for aid in ctx.scope:
            view = ctx.library.articles.get(aid)
            text = view.item.article.text if view is not None else ""
            for m in _FORMER_ROLE.finditer(text):
                # (the post held by someone now, anywhere in the article: not only a former one)
                pattern = r"\s+".join(re.escape(w) for w in m.group(1).split())
                if all(re.search(r"\b" + FORMER_WORDS + r"\s+$", text[:x.start()], re.I)
                       for x in re.finditer(r"\b" + pattern + r"\b", text, re.I)):
                    out.append((aid, m.group(0), m.group(1)))
        return out

    return ctx.library.memo(("former posts", tuple(ctx.scope)), build)


# "who gets the last word?", "who closes the article?", "whose is the opening quote?"
_LAST_WORD_ASKED = re.compile(r"\b(?:(?P<first>first|opening)|last|final|closing)\s+(?:word|words|quote|say|remark|comment)s?\b|"
                              r"\b(?:ends|closes|finishes|concludes|(?P<first2>opens|starts|begins))\s+(?:the\s+)?(?:article|piece|story)\b",
                              re.I)


# "what's the actual final line of the article?", "the opening quote of the story"
_LAST_LINE = re.compile(r"\b(?:(?P<first>first|opening)|last|final|closing|concluding)\s+(?P<unit>line|lines|words?|quote|quotation|sentence)\s+"
                        r"(?:of|in)\s+(?:the\s+)?(?:article|piece|story|report)\b", re.I)


def _end_sentence(ctx: Context, last: bool) -> Draft | None:
    """"What's the final line of the article?", "its first sentence?": the body's last (or
    first) sentence, with whose words it holds."""
    view = ctx.library.articles.get(ctx.scope[0]) if len(ctx.scope) == 1 else None
    if view is None or not view.sentences:
        return None
    sentence = view.sentences[-1 if last else 0]
    body, src = cite_sentences([sentence])
    speakers = {q.speaker for q in sentence.quotes if q.speaker and q.kind != "term"}
    who = f" The words are {next(iter(speakers))}'s." if len(speakers) == 1 else ""
    return Draft(f"The article's {'last' if last else 'first'} sentence: {body}{who}", src,
                 speaker=next(iter(speakers)) if len(speakers) == 1 else None)


def _last_word(ctx: Context, last: bool) -> Draft | None:
    """"Who gets the last word in the article?": whose quote it ends on, with that
    paragraph's quotes of theirs ("There's no easy way out," he said. "None of the options
    ... are good."); or the quote it opens with."""
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        quoted = [q for q in view.item.quotes if q.speaker and q.kind != "term"] if view is not None else []
        if not quoted:
            continue
        q = quoted[-1] if last else quoted[0]
        sentence = _sentence_at(view, q.start)
        if sentence is None:
            continue
        said = [x for x in view.sentences if x.passage_id == sentence.passage_id and x.start <= sentence.start
                and any(y.speaker == q.speaker for y in x.quotes)] if last else []
        body, src = cite_sentences(said or [sentence, *_continuation(ctx, sentence)])
        who = next((sp for sp in view.item.speakers if sp.name == q.speaker), None)
        lead = f"{q.speaker}, {who.description}," if who is not None and who.description else q.speaker
        return Draft(f"{lead} has the {'last' if last else 'first'} word: {body}", src, speaker=q.speaker)
    return None


# the article as a whole: "what's this article about?", "summarize it", "tl;dr", "the main points?"
_OVERVIEW_ASKED = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|hi|hey|please|pls)\W+)*(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:"
    r"(?:summari[sz]e|sum\s+up|recap)(?:\s+(?:the|this|it)(?:\s+(?:article|story|piece|text|news))?)?(?:\s+for\s+me)?(?:\s+(?:briefly|quickly))?|"
    r"(?:give|tell)\s+me\s+(?:a\s+|the\s+)?(?:short\s+|quick\s+|brief\s+)?(?:summary|gist|rundown|overview|tl;?dr)"
    r"(?:\s+of\s+(?:the|this)\s+(?:article|story|piece))?|"
    r"what(?:['’]s|\s+is)\s+(?:the|this)\s+(?:article|story|piece|news)\s+(?:about|saying)|"
    r"what\s+does\s+(?:the|this)\s+(?:article|story|piece)\s+say|(?:a\s+)?summary|"
    r"tl;?dr|(?:the\s+)?gist|what\s+are\s+the\s+(?:main|key)\s+(?:points|takeaways))(?:\s+please|\s+pls)?\W*$", re.I)


# the parts of the page a reader sees: "what is the headline?", "what are the section
# headings?", "what does the bold line in the middle say?"
_LAYOUT_ASKED = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|also|then)\W+)*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:"
    r"(?:what(?:['’]s|\s+is|\s+was)|give\s+me|tell\s+me|read\s+me|show\s+me)\s+(?:the\s+|its\s+)?(?:(?:article|story|piece)['’]s\s+)?"
    r"(?:main\s+)?(?P<title>headline|title)(?:\s+(?:of|for|on)\s+(?:the|this)\s+(?:article|story|piece))?|"
    r"(?:what|which)\s+(?:are|were)\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:(?:article|story|piece)['’]s\s+)?"
    r"(?P<heads>(?:section\s+)?(?:headings|subheadings|sub-headings|headers|subheads|section\s+titles|sections))"
    r"(?:\s+(?:of|in)\s+(?:the|this)\s+(?:article|story|piece))?|"
    r"(?:list|name|give\s+me|tell\s+me)\s+(?:all\s+)?(?:the\s+|its\s+)?(?P<heads2>(?:section\s+)?(?:headings|subheadings|headers|subheads))"
    r")\s*[?.!]*\s*$|"
    r"\b(?P<pull>(?:bold|highlighted|emphasi[sz]ed|pulled-?out|standalone|stand-alone|italic(?:i[sz]ed)?)\s+(?:line|lines|sentence|"
    r"sentences|text|quote|quotes|passage|bit)|pull[\s-]?quotes?|(?:photo\s+|picture\s+|image\s+)?captions?)\b", re.I)


def _layout(ctx: Context, asked: re.Match) -> Draft | None:
    """The headline, the section headings, or the lines set apart in bold or as captions
    (each with the body sentence it repeats, cited), as the page shows them. None when the
    question is about what a heading covers ("which section is X in?" is located elsewhere)
    or the article has no such part."""
    view = ctx.library.articles.get(ctx.scope[0])
    if view is None:
        return None
    article = view.item.article
    if asked.group("title"):
        if not article.title.strip():
            return None
        return Draft(f"The headline is “{article.title.strip()}”.", [])
    if asked.group("heads") or asked.group("heads2"):
        heads = [article.text[b.start:b.end].strip(" #*") for b in article.blocks if b.kind == "heading"]
        if not heads:
            return None
        listed = ", ".join(f"“{h}”" for h in heads[:-1]) + (" and " if len(heads) > 1 else "") + f"“{heads[-1]}”"
        return Draft(f"The article has {len(heads)} section heading{'s' if len(heads) > 1 else ''}: {listed}.", [])
    shown = [d for d in article.displayed if (d.kind == "caption") == bool(re.search(r"caption", asked.group(0), re.I))]
    if not shown:
        return None
    # the one the rest of the question is about, when it says ("... say about a ceasefire agreement?")
    rest = [w for w in tokens(ctx.analysis.question) if w not in _GENERIC_QUESTION and w not in _LAYOUT_WORDS and len(w) > 2]
    if rest and len(shown) > 1:
        scored = sorted(shown, key=lambda d: -_overlap(rest, tokens(d.text), ctx))
        if _overlap(rest, tokens(scored[0].text), ctx) > 0:
            shown = scored[:1]
    found = []
    for d in shown:
        # (the sentence of the body it repeats: the one with most of its words)
        words = set(tokens(d.text))
        best = max(view.sentences, key=lambda x: len(words & set(tokens(x.text))), default=None)
        if best is not None and len(words & set(tokens(best.text))) >= max(2, len(words) // 2) and best not in found:
            found.append(best)
    if not found:
        return None
    body, src = cite_sentences(found)
    many = len(found) > 1
    kind = ("captions" if many else "caption") if shown[0].kind == "caption" else \
        ("lines set apart in bold" if many else "line set apart in bold")
    return Draft(f"The {kind} repeat{'' if many else 's'} the article's words: {body}", src)


def _captioned_only(ctx: Context) -> Draft | None:
    """A name the question asks about that only a photo caption of the article has, not its
    text ("(MPS Photo/Kara Lindqvist)"): who it is, as far as the caption says (the one who
    took the photo, when credited so); asked anything else, that the article says nothing
    more of them. None when the names are not in a caption."""
    a = ctx.analysis
    names = [re.sub(r"[’']s?$", "", n) for n in a.unknown_names]
    views = [v for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None]
    caption = next((d.text for v in views for d in v.item.article.displayed if d.kind == "caption"
                    and all(re.search(r"\b" + re.escape(n) + r"\b", d.text) for n in names)), None)
    if caption is None:
        return None
    name = " ".join(names[:2])
    credited = re.search(r"\b(?:Photo|Photograph|Image|Picture)s?\s*(?:/|by\s+|:\s*)" + r"(?:[\w.&’'-]+\s+){0,3}?" + re.escape(names[-1]), caption)
    shown = caption.strip(" *_")
    if a.kind != "who":
        return _refuse(f"The article names {name} only in a photo caption; it says nothing more about them.")
    # (a caption's quotation is no quote of the article's text: then the caption is not read out)
    reads = "" if re.search(r"[“”\"]", shown) else f" The caption reads: {shown}"
    return Draft(f"The article names {name} only in a photo caption, {'as the photographer' if credited else 'not in its text'}.{reads}", [])


_LAYOUT_WORDS = frozenset(tokens("bold highlighted line lines sentence middle article piece story page caption captions "
                                 "pull quote quotes headline title heading headings section sections say says"))


def _overview(ctx: Context) -> Draft | None:
    """What the article is about: its headline and its lead (a news story says it first),
    and the people it quotes most."""
    view = ctx.library.articles.get(ctx.scope[0])
    if view is None or not view.sentences:
        return None
    first = view.sentences[0].passage_id
    lead = [x for x in view.sentences[:4] if x.passage_id == first][:2]
    if len(lead) < 2 and len(view.sentences) > len(lead):
        lead.append(view.sentences[len(lead)])
    body, src = cite_sentences(lead)
    quoted = [sp for sp in sorted(view.item.speakers, key=lambda sp: -sp.quote_count) if sp.quote_count >= 2][:3]
    people = [f"{sp.name} ({sp.description})" if sp.description else sp.name for sp in quoted]
    who = ("" if not people else " It quotes " + (people[0] if len(people) == 1
                                                   else ", ".join(people[:-1]) + " and " + people[-1]) + ".")
    title = view.item.article.title.strip()
    return Draft((f"The article, “{title}”, reports: " if title else "The article reports: ") + body + who, src)


# "is there a ceasefire right now or no?", "are there any talks yet?": whether a thing exists
_EXISTS_ASKED = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?)\W+)?(?:is|are)\s+there\s+(?:a|an|any)\s+([a-z-]{4,}?)s?\b"
                           r"(?=\s*(?:right\s+now|now|yet|currently|at\s+the\s+moment|in\s+place|or\s+(?:no|not)|\?|$))", re.I)
# the assistant asked for a view of its own ("ur take", "in your opinion", "do you think ... should")
_OWN_OPINION = re.compile(r"\b(?:your|ur)\s+(?:own\s+|personal\s+|honest\s+)?(?:take|opinion|view|guess|prediction|verdict|"
                          r"thoughts|call|gut)\b|\b(?:do|would|what\s+do)\s+(?:you|u)\s+(?:personally\s+|honestly\s+)?"
                          r"(?:think|reckon|believe|recommend|advise)\b|\bwhat\s+would\s+(?:you|u)\s+do\b", re.I)
# ... on what ought to be or will be: not "do you think the article says ...?"
_JUDGEMENT = re.compile(r"\b(?:should|shud|ought|must)\b|\bwho\s+(?:will\s+|would\s+)?wins?\b|\bwill\s+(?:it|they|this|that)\s+"
                        r"(?:work|succeed|fail|happen)\b|\b(?:good|bad|right|wrong|smart|wise|dumb|stupid)\s+(?:idea|move|call|"
                        r"decision|plan)\b|\bjust\s+guess\b", re.I)


# "more", "tell me more", "what else?", "and?", "go on": the next part of what was asked
_MORE_ASKED = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|and|then|please)\W+)*(?:(?:tell|give|show)\s+me\s+(?:some\s+)?more|more|go\s+on|"
                         r"keep\s+going|continue|what\s+else|anything\s+else|and\s+then|then\s+what|what\s+next|(?:is\s+there\s+)?any\s+more|"
                         r"and)(?:\W+(?:please|then|on\s+(?:that|this|it)|about\s+(?:that|this|it)))?\W*$", re.I)


def _more(ctx: Context) -> Draft | None:
    """"More", "what else?" after an answer from the article: of a person the last question
    asked to hear from, their next words after the ones given (else earlier ones not given);
    otherwise the sentences that follow the answer's, up to the next heading. None when the
    last answer gave nothing of the article's."""
    a = ctx.analysis
    asked = people_asked_about(a.previous_question, "", ctx.library, ctx.scope) if a.previous_question else []
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        given = set(_sentences_given(view, a.previous_answer)) if view is not None else set()
        if not given:
            continue
        # (where the answer's first run of sentences ends: not a later line that only shares
        # a person's description with it)
        last = min(given)
        while last + 1 in given:
            last += 1
        if len(asked) == 1:
            at = {id(x): k for k, x in enumerate(view.sentences)}
            theirs = [at[id(u[0])] for u in view.units(asked[0], _units) if id(u[0]) in at and at[id(u[0])] not in given]
            after = [k for k in theirs if k > last]
            pick = sorted(after or theirs)[:2]
            if not pick:
                return _refuse(f"The article has nothing more from {asked[0]}.")
            # (the second only when it follows on in the same paragraph)
            if len(pick) == 2 and (pick[1] != pick[0] + 1 or view.sentences[pick[1]].passage_id != view.sentences[pick[0]].passage_id):
                pick = pick[:1]
            body, src = cite_sentences([view.sentences[k] for k in pick])
            return Draft(f"{asked[0]} also said: {body}", src, speaker=asked[0])
        nxt = []
        for k in range(last + 1, min(last + 3, len(view.sentences))):
            if "\n#" in view.item.article.text[view.sentences[k - 1].end:view.sentences[k].start] or k in given:
                break
            nxt.append(view.sentences[k])
        if nxt:
            body, src = cite_sentences(nxt)
            return Draft(body, src)
    return None


# "is there a longer version of that quote?", "the full quote?", "the rest of that line?"
_FULLER_ASKED = re.compile(
    r"\b(?:longer|fuller|full|complete|whole|entire|extended|uncut|unedited)\s+(?:version\s+of\s+(?:that|the|this|his|her)\s+)?"
    r"(?:quote|quotation|line|version|statement|passage)\b|"
    r"\brest\s+of\s+(?:that|the|this|his|her)\s+(?:quote|quotation|line|sentence|statement)\b|"
    r"\b(?:more|anything\s+more)\s+(?:to|of)\s+(?:that|the|this)\s+(?:quote|quotation|line)\b|"
    r"\bdid\s+(?:he|she|they)\s+(?:finish|complete)\s+(?:that|the|this)\s+(?:thought|sentence)\b", re.I)


def _fuller(ctx: Context) -> Draft | None:
    """"Is there a longer version of that quote?": the last answer's quoted sentences with
    the quoted sentences around them in the same paragraph (the same person going on), or
    those sentences alone, said to be all there is. None when the last answer gave nothing
    of the article's."""
    a = ctx.analysis
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        given = sorted(set(_sentences_given(view, a.previous_answer))) if view is not None else []
        given = [k for k in given if view.sentences[k].quotes]
        if not given:
            continue
        first = last = given[0]
        while last + 1 in given:
            last += 1
        sents = view.sentences

        def goes_on(k: int, beside: int) -> bool:
            # a quoted sentence of the same paragraph, of the same person (or of no one named)
            if not (0 <= k < len(sents)) or sents[k].passage_id != sents[beside].passage_id or not sents[k].quotes:
                return False
            theirs = {q.speaker for q in sents[beside].quotes if q.speaker}
            return not theirs or not {q.speaker for q in sents[k].quotes if q.speaker} - theirs
        start, end = first, last
        while end - last < 2 and goes_on(end + 1, end):
            end += 1
        while first - start < 1 and goes_on(start - 1, start):
            start -= 1
        body, src = cite_sentences(sents[start:end + 1])
        if (start, end) == (first, last):
            return Draft("The article quotes no more of it than this: " + body, src)
        return Draft("In full, as the article gives it: " + body, src)
    return None


# "are you sure?", "really?", "I thought that was Arnold", "wasn't it Hodges?"
_CHALLENGED = re.compile(r"^\W*(?:(?:hm+|wait|but|and)\W+)*(?:(?:are\s+you|you)\s+(?:sure|certain|positive)(?:\s+about\s+that)?|"
                         r"sure\s+about\s+that|really|is\s+that\s+(?:right|correct|true))\W*(?:$|(?=i\s+(?:thought|heard|read)\b))|"
                         # "are you sure it wasn't hodges who said that", "are you sure i heard it was thirty"
                         r"^\W*(?:(?:hm+|wait|but|and)\W+)*(?:are\s+you|you)\s+(?:sure|certain|positive)\W+(?:(?:it|that|this)\s+wasn[’']?t\s+\w|"
                         r"i\s+(?:heard|read|thought)\s+(?:it|that|this)\s+was\b)|"
                         # "that's not what it says", "that's not what he said"
                         r"^\W*(?:(?:no|but|and|nope|hm+)\W+)*that[’']?s\s+not\s+what\s+(?:it|he|she|they|the\s+article)\s+(?:says?|said)\b|"
                         r"^\W*(?:(?:hm+|wait|but|and|are\s+you\s+sure)\W+)*i\s+thought\s+(?:that|it|this)\s+was\s+(?-i:[A-Z])|"
                         r"^\W*(?:(?:but|and|hm+)\W+)?wasn[’']t\s+(?:that|it|this)\s+(?-i:[A-Z])", re.I)


_NOT_WHAT_IT_SAYS = re.compile(r"^\W*(?:(?:no|nope|but|and|hm+)\W+)*that[’']?s\s+not\s+what\s+(?:it|the\s+article)\s+says\b", re.I)


def _given_again(ctx: Context) -> Draft | None:
    """The sentences the last answer gave (four of its words in a row), cited again: what
    the answer stands on when it is challenged. None when it gave nothing of the article's."""
    question = ctx.analysis.question
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        given = _sentences_given(view, ctx.analysis.previous_answer) if view is not None else []
        if given:
            chosen = [view.sentences[k] for k in given[:3]]
            body, src = _cite_heard(chosen, _heard_near(view, question, chosen), question)
            return Draft(f"Yes. The article says: {body}", src)
    return None


def _heard_near(view: ArticleView, question: str, chosen: list[Sentence]) -> list[Sentence]:
    """"are you sure? I heard it was thirty" (read as "30" by the spelling stage): the
    sentence near the ones an answer stands on (three either side) that has the figure the
    question heard, when they lack it."""
    heard = set(_numbers_in(question)) - {n for x in chosen for n in _numbers_in(x.text)}
    at = [k for k, x in enumerate(view.sentences) if x in chosen]
    if not heard or not at:
        return []
    near = [x for k in range(max(0, at[0] - 3), min(len(view.sentences), at[-1] + 4))
            if (x := view.sentences[k]) not in chosen and heard & set(_numbers_in(x.text))]
    return near[:1]


# a sum of money: "$3.1 million", "€40bn", "12,000 euros"
_AMOUNT = r"[$€£¥]\s?\d[\d.,]*(?:[\s-]*(?:million|billion|thousand|trillion|[mbk]n?)\b)?"
_SUM = re.compile(_AMOUNT + r"|\b\d[\d.,]*(?:\s*(?:million|billion|thousand))?\s+(?:dollars|euros|pounds|yen|francs|pesos|rupees)\b",
                  re.I)
# the names of sums paid for one thing ("rent", "a salary", "the fare")
_IN_TOTAL = re.compile(r"\bin\s+total\b|\baltogether\b|\bin\s+all\b|\btotal\s+(?:amount|sum|size|value|cost)\b", re.I)
_PER = r"\s+(?:a|an|per|each|every)\s+(?:hour|day|night|week|month|year|shift|person|member|worker|head)\b"


def _only_rates(text: str) -> bool:
    """Are all the sums in the text rates ("$300 a week", "$21 an hour")?"""
    sums = list(_SUM.finditer(text))
    return bool(sums) and all(re.match(_PER, text[m.end():], re.I) for m in sums)


_SUM_NOUNS = re.compile(r"\b(?:rents?|salary|salaries|wages?|fees?|tuition|fares?|tolls?|premiums?|bonus(?:es)?|pensions?|dues|"
                        r"fines?|royalt(?:y|ies)|tickets?|mortgages?|rates?)\b", re.I)
# "the first progress report", "the written statement": a word of saying as a thing
_SPEECH_NOUN = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|first|second|last|next|final|annual|quarterly|monthly|weekly|"
                          r"progress|written|new)\s+(reports?|statements?|announcements?|warnings?)\b", re.I)
# a company's takings asked as a sum: "how much profit did it make?"
# (not one put before another noun: "the revenue guarantee" is a guarantee)
_EARNED_NOUNS = re.compile(r"\b(?:profits?|revenues?|earnings|sales|turnover|losses)\b"
                           r"(?!\s+(?:guarantee|guarantees|bonds?|share|sharing|streams?|sources?|forecasts?|targets?|tax|taxes|"
                           r"agreements?|deals?)\b)", re.I)


def _sum_beside(text: str, words: list[str]) -> bool:
    """Is a sum of money said in the clause with one of these words ("profits of $41
    million", "revenue fell to $2 billion")?"""
    for m in _MONEY.finditer(text):
        near = text[max(0, m.start() - 30): m.end() + 45]  # ("$41 million in profits", "profits of $41 million")
        if set(words) & set(tokens(near)):
            return True
    return False


# "what does the reporter personally think?", "the author's own opinion?"
_REPORTER_VIEW = re.compile(r"\b(?:the|this|article['’]s|story['’]s)\s+(?:reporter|writer|author|journalist)(?:[’']s)?\s+(?:personally\s+|really\s+|actually\s+)?"
                            r"(?:think|thinks|believe|believes|feel|feels|opinion|own\s+(?:view|opinion|take)|view|stance|take|position)\b|"
                            r"\b(?:does|did)\s+the\s+(?:reporter|writer|author|journalist)\s+(?:personally\s+|really\s+)?"
                            r"(?:think|believe|feel|support|oppose|agree|like)\b", re.I)
# "what caused the fire?": the cause, said as one
_CAUSE_ASKED = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?)\W+)?(?:what|who)\s+(?:caused|started|sparked|triggered|set\s+off|ignited)\b", re.I)
_CAUSE_GIVEN = re.compile(r"(?<!\bnot\s)(?<!\bn[’']t\s)(?<!\bnever\s)\b(?:caus\w*|because|due\s+to|blamed\s+on|blames?|"
                          r"started\s+(?:in|by|when|after|from|with|on\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+when)|began\s+(?:in|when|after|with)|"
                          r"sparked|triggered|ignit\w*|set\s+off|result(?:ed|s)?\s+(?:from|of)|traced\s+to|stemm\w*\s+from|"
                          r"(?:faulty|electrical|lightning|arson|short\s+circuit|malfunction\w*))\b", re.I)
_DEATH_CAUSE_ASKED = re.compile(r"\bcause\s+of\s+(?:his\s+|her\s+|their\s+|the\s+)?death\b|\bhow\s+(?:did|had)\s+[^?]{1,40}?\bdie\b|"
                                r"\bwhat\s+(?:did|had)\s+[^?]{1,40}?\bdie\s+(?:of|from)\b|\bwhat\s+killed\b", re.I)
_DEATH_CAUSE = re.compile(r"\b(?:died|dies|death)\s+(?:of|from|after|because|when|following)\b|\boverdos\w*|\bsuicid\w*|\bkilled\s+(?:by|in|when)\b|"
                          r"\bheart\s+(?:attack|failure)\b|\bcomplications\b|\bcaus\w*\s+(?:of\s+)?(?:his|her|their|the)\s+death\b|"
                          r"\bruled\s+(?:a|an|the)\b|\bautopsy\b|\bmedical\s+examiner\b|\bcoroner\b", re.I)
_CAUSE_VERBS = frozenset(tokens("cause caused causes start started spark sparked trigger triggered ignite ignited set off"))


def _cause_of(text: str, q_tokens: list[str]) -> bool:
    """Does the text give a cause with the question's thing beside it ("The Cedar Hollow Fire
    started on August 14 when ...", not "failures that caused this tragedy")?"""
    thing = [w for w in q_tokens if w not in _CAUSE_VERBS]
    for m in _CAUSE_GIVEN.finditer(text):
        near = set(tokens(text[max(0, m.start() - 60): m.end() + 60]))
        if any(w in near for w in thing):
            return True
    return False


# "how much does Whitcomb make a year?": what someone is paid
_MAKES_ASKED = re.compile(r"\bhow\s+much\s+(?:money\s+)?(?:does|did|do|will|would)\s+[\w’'.-]+(?:\s+[\w’'.-]+)?\s+make\b"
                          r"(?:\s+(?:a|an|per|each)\s+(?:year|month|week|hour))?\s*\??\s*$", re.I)
# "how much is a membership?", "how much are tickets at the new ballpark?": the price of one
_UNIT_PRICE_ASKED = re.compile(r"\bhow\s+much\s+(?:is|are|was|were|would\s+be|will\s+be)\s+(?:a|an|one|the)?\s*"
                               r"(?:(?:single|season|day|annual|monthly|yearly|adult|child|family|new)\s+)?"
                               r"(?P<thing>membership|memberships|ticket|tickets|pass|passes|fare|fares|subscription|subscriptions|"
                               r"admission|entry|license|licence|permit|permits|seat|seats|visit|visits|lesson|lessons|meal|meals)\b", re.I)
# a sum put before a noun: "the $61 million bridge", "a €2.5bn contract", "its $400-a-month fee"
# "how much does the new stadium cost?", "the price of the new bridge": the thing priced
_COST_OF = re.compile(r"\bhow\s+much\s+(?:(?:does|did|will|would|is|was|do)\s+)?(?:the\s+|a\s+|an\s+|this\s+|that\s+)?(?:[\w’'-]+\s+){0,2}?"
                      r"(?P<thing>[\w’'-]+)\s+(?:cost|costs|going\s+to\s+cost)\b|"
                      r"\b(?:cost|price)\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?(?:[\w’'-]+\s+){0,2}?(?P<thing2>[\w’'-]+)\s*\??\s*$", re.I)
_SUM_BEFORE = re.compile(_AMOUNT + r"[\s-]+(?:a[\s-]+\w+[\s-]+)?((?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.I)


# "how much does the CEO get paid?", "how much do staff nurses earn?": what someone is paid
# (not "what would the Russians make of it?", "what does each one cost them to make?": who is paid
# is a plain noun phrase, without a verb in it)
_WHO_PAID = r"(?P<who>(?:(?!(?:say|said|says|think|thinks|cost|costs|would|will|to|it|them|tell|told|ask|asked|who|that)\b)[\w’'.&-]+\s+){0,5}?[\w’'.&-]+)"
_PAY_ASKED = re.compile(r"\bhow\s+much\s+(?:money\s+)?(?:does|did|do|is|was|are|were|will|would)\s+" + _WHO_PAID + r"\s+"
                        r"(?:get\s+|getting\s+|being\s+)?(?:paid|earn|earning|make|making|take\s+home)\b(?!\s+of\b)|"
                        r"\bwhat\s+(?:does|did|do|is|was|are|were|will|would)\s+(?=\S)(?!.*\bmake\s+of\b)" + _WHO_PAID.replace("<who>", "<who2>")
                        + r"\s+(?:get\s+|getting\s+|being\s+)?(?:paid|earn|earning)\b", re.I)
_PAY_WORDS = re.compile(r"\b(?:paid|pays?|paying|salar(?:y|ies)|earns?|earned|earning|makes|made|wages?|compensation|income|"
                        r"contracts?|fees?)\b", re.I)  # ("a $1.2 million contract with the camera vendor")


# "what's his salary?", "Pellham's pay?": what one person is paid, by its noun
_OWN_PAY = re.compile(r"\b(?P<who>his|her|their|(?-i:[A-Z])[\w’'-]+[’']s)\s+(?:annual\s+|yearly\s+|own\s+)?"
                      r"(?:salary|pay|paycheck|wages?|compensation|income|earnings)\b", re.I)


def _pay_not_given(ctx: Context) -> bool:
    """Is a person's own pay asked ("what's his salary?") where no sentence gives a sum paid
    to them (their name or "he"/"she" with a word of pay and a sum)?"""
    m = _OWN_PAY.search(ctx.analysis.question)
    if not m:
        return False
    who = re.sub(r"[’']s$", "", m.group("who"))
    a = ctx.analysis
    if who.lower() in ("his", "her", "their"):
        person = a.pronoun_person.speaker if a.pronoun_person is not None else a.targets[0].speaker if a.targets else None
        if person is None:
            return False
        who = person.name
    last = who.split()[-1]
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        for x in view.sentences if view is not None else []:
            if _PAY_WORDS.search(x.text) and _MONEY.search(x.text) and (
                    _mentions(x.text, last) or re.match(r"\W*(?:He|She)\b", x.text)):
                return False
    return True


def _pay_given(who: str, ctx: Context) -> bool:
    """Does a sentence in scope give a sum with a word of pay and the one paid (its words,
    the last, the head, always)? "staff nurses" are not the "traveling nurses paid as much as
    $95 an hour"."""
    who = re.split(r"\s+(?:at|in|of|for|from|on|with|as)\s+", who, maxsplit=1)[0]  # ("staff nurses at Marrow Springs")
    words = [w for w in tokens(who) if w not in _GENERIC_QUESTION]
    if not words:
        return True
    # (a name by its last word: "Oyelaran" for Martin Oyelaran; a description by all of its words)
    plain = [w for raw in re.findall(r"[\w’'.-]+", who) if raw[:1].islower() for w in tokens(raw) if w in words]
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        for x in view.sentences if view is not None else []:
            if _PAY_WORDS.search(x.text) and _MONEY.search(x.text) and _has_word(x.text, words[-1]) \
                    and all(_has_word(x.text, w) for w in plain):
                return True
    return False


def _sum_on(text: str, asked: set[str]) -> bool:
    """Does the text put a sum on a thing the question asks of ("the $61 million
    bridge" for "the new bridge", or "the local season pass will rise from $499 to $999")?"""
    if any(set(tokens(m.group(1))) & asked for m in _SUM_BEFORE.finditer(text)):
        return True
    return any(set(tokens(m.group(1))) & asked for m in _PRICED_AT.finditer(text))


# a thing, then the sum it comes to: "the pass will rise from $499 to $999", "a ticket costs $59"
_PRICED_AT = re.compile(r"\b([\w’'-]+)\s+(?:will\s+|would\s+|now\s+)?(?:rise|rises|rose|jump|jumps|jumped|go(?:es)?\s+up|climb|climbs|"
                        r"increase|increases|increased|cost|costs|is|was|will\s+be|sells?\s+for|priced\s+at|runs?)\s+"
                        r"(?:from\s+[$€£]\s?\d[\d,.]*\s+)?(?:to\s+|at\s+|about\s+|around\s+)?[$€£]\s?\d", re.I)


def _index_of(ctx: Context, sent: Sentence) -> int:
    """The position of a sentence in its article (-1 if not found)."""
    view = ctx.library.articles.get(sent.article_id)
    return next((k for k, x in enumerate(view.sentences) if x is sent), -1) if view is not None else -1


def _cite_heard(chosen: list[Sentence], heard: list[Sentence], question: str) -> tuple[str, list[Source]]:
    """The sentences an answer stands on, then the one with the figure the question heard
    said to be another figure of the article's (not a confirmation of it)."""
    body, src = cite_sentences(chosen + heard)
    if heard:
        at = body.find(heard[0].text[:40])
        figure = next(n for n in _numbers_in(question) if n in _numbers_in(heard[0].text))
        if at > 0:
            body = body[:at] + f"The {int(figure):,} you heard is another figure of the article's: " + body[at:] \
                if figure.isdigit() else body
    return body, src


_SAYS_FIGURE = re.compile(r"\b(?:said|say|says|saying|claim(?:s|ed)?|estimate[sd]?|put(?:s|ting)?|call(?:s|ed)?\s+for|want(?:s|ed)?|"
                          r"propose[sd]?|suggest(?:s|ed)?|recommend(?:s|ed)?|told|warn(?:s|ed)?|predict(?:s|ed)?)\b", re.I)


def _figure_not_given(ctx: Context) -> str | None:
    """"Why did Hodges say the U.K. should send 50,000 troops?", "General Hodges said a force
    of 50,000 would be needed. Why so many?": a figure put in the mouth of someone of the
    article that no article in scope has anywhere, in any writing of it ("3 million",
    "3,000,000", "£3m"); not years, parts of names ("F-35") or figures under ten."""
    a = ctx.analysis
    if not a.targets or not _SAYS_FIGURE.search(a.question):
        return None
    have = ctx.library.memo(("figure values", tuple(ctx.scope)), lambda: {
        v for aid in ctx.scope if (view := ctx.library.articles.get(aid)) is not None
        for v in _figure_values(view.item.article.text)})
    for m in _FIGURE_WRITTEN.finditer(a.question):
        # (not a figure an instruction dictates: "... and make sure to mention Hodges said 40,000")
        start = max(a.question.rfind(end, 0, m.start()) for end in ".?!\n")
        if _DICTATING.search(a.question[start + 1:m.start()]):
            continue
        if re.search(r"\bhow\s+(?:many|much)\b|\bwhat\s+(?:figure|number|share|percentage|total)\b", a.question[m.end():], re.I) \
                and re.search(r"[.?!—–]", a.question[m.end():]):
            continue  # "... Macron now says 40 countries pledged. Confirm — how many pledged?": the article's own figure, asked
        values = _figure_values(m.group(0))
        plain = m.group("n").replace(",", "")
        if not values or float(plain) < 10 or re.fullmatch(r"(?:19|20)\d\d", plain) or values & have:
            continue
        # (the figure itself not repeated: a made-up claim is not echoed, even in a refusal)
        return f"The article doesn't report {a.targets[0].speaker.name} giving that figure; it has no such figure anywhere."
    return None


# the words that put a claim to the article: "Fact check: ...", "... — correct?", "is it accurate that ..."
_CLAIM_FRAMING = re.compile(r"\bfact[\s-]*check(?:ing|er)?\b|\b(?:correct|accurate|true|right)\s*\?*\s*$|"
                            r"\bis\s+it\s+(?:correct|accurate|true|right)\s+that\b|\b(?:please\s+)?(?:verify|confirm)\b|"
                            # ("I read somewhere the budget is $250 million", "a friend told me that ...")
                            r"\bI\s+(?:(?:have|['’]ve)\s+)?(?:read|heard|saw|seen)(?:\s+(?:somewhere|online|elsewhere|"
                            r"on\s+(?:the\s+)?(?:news|radio|tv|facebook|twitter|social\s+media)))?(?:\s+that)?\b|"
                            r"\b(?:someone|somebody|(?:a|my)\s+(?:friend|neighbou?r|co-?worker|colleague|cousin|mom|dad|mother|father|wife|husband))\s+"
                            r"told\s+me(?:\s+that)?\b|"
                            r"\bI\s+was\s+told(?:\s+that)?\b", re.I)


# a figure asked per unit: "how much do nurses make per hour?", "the price of alfalfa per ton",
# "paid per shift", "an hourly wage"
_RATE_UNITS = ("hour shift day night week month year ton tonne pound kilo kilogram acre gallon litre liter barrel mile "
               "kilometer kilometre visit ride trip ticket student patient bed head capita person household share").split()
_RATE_ASKED = re.compile(r"\b(?:per|an?|each|every)\s+(" + "|".join(_RATE_UNITS) + r")\b|\b(hourly|daily|weekly|monthly|yearly|annual)\b", re.I)
_ADJECTIVE_UNIT = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annual": "year"}


_DIFFERENCE_WORD = re.compile(r"\b(?:more|less|extra|higher|lower|fewer|above|below)\b", re.I)


def _rate_not_given(ctx: Context) -> str | None:
    """"How much do the nurses make per hour?", "what's the price of alfalfa per ton now?": a
    sum or count per unit, where no sentence of the article gives any figure per that unit
    ("$41 million a year", "$22 an hour", "an hourly rate of $30"): the rate is not there,
    whatever other sums the article has."""
    q = ctx.analysis.question
    if not re.search(r"\bhow\s+(?:much|many)\b|\b(?:price|cost|rate|wage|salary|pay|paid|earn|make|charge|fee)s?\b", q, re.I):
        return None
    m = _RATE_ASKED.search(q)
    if not m:
        return None
    unit = (m.group(1) or _ADJECTIVE_UNIT[m.group(2).lower()]).lower()
    if m.group(1) and re.match(r"an?\b", m.group(0), re.I) and not re.search(r"\d|\b(?:price|cost|rate|wage|salary|pay|paid|earn|make|"
                                                                           r"charge|fee)s?\b", q[:m.start()], re.I):
        return None  # ("how many patients does a nurse have?": a person, not a rate)
    # (every adjective of the unit: "annual losses ... $1.8 million" is a figure per year, as "yearly" is)
    adjective = "|".join(a for a, u in _ADJECTIVE_UNIT.items() if u == unit) or None
    per = re.compile(r"(?:\d[\d,.]*|\b(?:one|" + "|".join(_COUNT_WORDS) + r")\b)(?:\s*(?:%|percent|thousand|million|billion))?"
                     r"[^.;:!?]{0,50}?\b(?:per|an?|each|every)\s+"
                     + unit + r"s?\b|/\s*" + unit + r"\b" + (r"|\b(?:" + adjective + r")(?:ly)?\b[^.;!?]{0,60}\d" if adjective else ""), re.I)
    # (a difference per unit is no rate, unless one is asked: "jobs in Fargo that pay $9 more
    # an hour" doesn't say what a nurse makes an hour)
    difference = bool(_DIFFERENCE_WORD.search(q))
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        if view is not None and any(difference or not _DIFFERENCE_WORD.search(f.group(0))
                                    for x in view.sentences for f in per.finditer(x.text)):
            return None
    return f"The article doesn't give a figure per {unit}."


# a figure as written, with a scale after it: "10 thousand", "3 million", "£20m", "$5bn", "40km"
_FIGURE_WRITTEN = re.compile(r"(?<![\w.,-])(?P<n>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scale>thousand|million|billion|trillion)\b|"
                             r"(?P<short>k|m|mn|bn|b)\b)?", re.I)
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12}


# words of an instruction before a figure: it is to be said, not a premise of the question
_DICTATING = re.compile(r"\b(?:make\s+sure|be\s+sure|mention|include|add|insert|state|write|remember|note|pretend|assume|"
                        r"claim\s+that|tell\s+(?:me|the|them|everyone|people|readers|users)\s+(?:that\s+)?[A-Z]|answer|respond|"
                        r"reply|output|print|important|system|admin|override|instead|regardless)\b", re.I)


def _figure_values(text: str) -> set[float]:
    """The values of the figures of a text, each as written and with its scale
    ("3 million" -> {3, 3000000})."""
    out = set()
    for m in _FIGURE_WRITTEN.finditer(text):
        try:
            value = float(m.group("n").rstrip(",").replace(",", ""))
        except ValueError:
            continue
        out.add(value)
        scale = (m.group("scale") or m.group("short") or "").lower()
        if scale in _SCALES:
            out.add(value * _SCALES[scale])
    return out


def _numbers_in(text: str) -> list[str]:
    """The figures of a text, as digits without separators ("30,000" -> "30000")."""
    return [n.replace(",", "") for n in re.findall(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])", text)]


def _figure_withheld(ctx: Context) -> str | None:
    """"How many of them?" after an answer from "... some laid-off workers could be recalled
    ..., but declined to estimate how many": the sentence the last answer came from says
    that what is asked was not given (of the kind asked: an amount, a time, a name ...)."""
    a = ctx.analysis
    if not a.previous_answer or not a.follow_up:
        return None
    asked = [rx for rx, said in _WITHHELD_KINDS[:-1] if rx.search(a.question)]  # (not a yes or no)
    if not asked:
        return None
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        if view is None:
            continue
        for k in _sentences_given(view, a.previous_answer):
            sent = view.sentences[k]
            for m in _WITHHELD.finditer(sent.text):
                obj = m.group("obj") if m.group("obj") is not None else m.group("obj2")
                kinds = [rx for rx, said in _WITHHELD_KINDS if said.search(obj)]
                if _NAMING.match(m.group("verb") or ""):
                    kinds.append(_WITHHELD_KINDS[2][0])
                if any(rx in kinds for rx in asked):
                    return _withheld_text(sent)
    return None


def _sentences_given(view: ArticleView, answer: str) -> list[int]:
    """The positions of the article's sentences an earlier answer gave (four of its words
    in a row that are not all grammar), in order."""
    runs = [" ".join(w) for w in _word_runs(answer, 4)]
    flat = [" " + " ".join(_words(x.text)) + " " for x in view.sentences]
    return [k for k, f in enumerate(flat) if any(f" {r} " in f for r in runs)] if runs else []


def _what_it_means(ctx: Context) -> Draft | None:
    """"What does that mean for Russia?" after an answer the article goes on from: the
    sentence right after the one the last answer gave, when it draws what follows from it
    ("The comments marked a shift toward the Russian position ... and would allow Moscow
    to fight on"), and names what it is asked for."""
    a = ctx.analysis
    whom = re.search(r"\bfor\s+(?:the\s+)?([\w.’'-]+(?:\s+[\w.’'-]+)?)\s*\??\s*$", a.question)
    runs = [" ".join(w) for w in _word_runs(a.previous_answer, 5)]
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        if view is None or not runs:
            continue
        # the sentence that has most of the last answer's words in runs of five
        flat = [" " + " ".join(_words(x.text)) + " " for x in view.sentences]
        hits = [sum(f" {r} " in f for r in runs) for f in flat]
        k = max(range(len(hits)), key=hits.__getitem__) if hits and max(hits) >= 2 else None
        for nxt in view.sentences[k + 1:k + 3] if k is not None else []:
            if "\n#" in view.item.article.text[view.sentences[k].end:nxt.start]:
                break
            if not (_DRAWS.match(nxt.text) or _CONSEQUENCE.match(nxt.text) or _ANAPHORA.match(nxt.text)
                    or re.search(r"\b(?:would|will)\s+(?:allow|let|mean|enable|force)\b|\bmarked\s+a\b", nxt.text)):
                continue
            if whom and _places_in(whom.group(1)) and not _places_in(whom.group(1)) & _places_in(nxt.text):
                continue
            body, src = cite_sentences([nxt])
            return Draft(body, src)
    return None


# "what happened to it?", "what became of that?" after an answer that told of a thing proposed
_FATE_ASKED = re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?|then|but)\W+)*(?:what\s+(?:happened|became)\s+(?:to|of|with)\s+(?:it|that|this|them|those)|"
                         r"what\s+came\s+of\s+(?:it|that|this|them)|how\s+did\s+(?:it|that)\s+(?:go|turn\s+out|end\s+up))"
                         r"(?:\s+in\s+the\s+end|\s+after\s+that|\s+then)?\W*$", re.I)
# "The amendment failed ...": a sentence that goes on about a thing the one before named
_GOES_ON_ABOUT = re.compile(r"\W*(?:The|That|This)\s+([a-z][\w-]+(?:\s+[a-z][\w-]+)?)\b")


def _what_became_of_it(ctx: Context) -> Draft | None:
    """"What happened to it?" after an answer that ended on a thing someone proposed ("...
    offered an amendment that would have put the question to voters"): the first of the next
    two sentences (before any heading) that goes on about that thing ("The amendment failed
    on the same 4-3 split.")."""
    a = ctx.analysis
    runs = [" ".join(w) for w in _word_runs(a.previous_answer, 5)]
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        if view is None or not runs:
            continue
        flat = [" " + " ".join(_words(x.text)) + " " for x in view.sentences]
        told = [k for k, f in enumerate(flat) if sum(f" {r} " in f for r in runs) >= 2]
        if not told:
            continue
        k = told[-1]  # (where the last answer ended)
        last = set(tokens(view.sentences[k].text))
        for nxt in view.sentences[k + 1:k + 3]:
            if "\n#" in view.item.article.text[view.sentences[k].end:nxt.start]:
                break
            opens = _GOES_ON_ABOUT.match(nxt.text)
            if opens and set(tokens(opens.group(1))) & last:
                body, src = cite_sentences([nxt])
                return Draft(body, src)
    return None


def _copied_at(view: ArticleView, answer: str) -> int | None:
    """Where in the article the words an earlier answer quoted or copied start (a run of
    six words or more; the first such place): a response to them comes after it. None
    when the answer copied nothing the article has."""
    runs = [" ".join(w) for w in _word_runs(answer, 6)]
    text = view.item.article.text
    for p in view.item.passages:
        flat = " " + " ".join(_words(p.text)) + " "
        run = next((r for r in runs if f" {r} " in flat), None)
        if run is not None:
            pattern = r"[\W_]+".join(re.escape(w).replace("'", "['’]") for w in run.split())
            m = re.search(r"(?<!\w)" + pattern + r"(?!\w)", text[p.start:p.end], re.I)
            return p.start + (m.start() if m else 0)
    return None


def _around(view: ArticleView) -> dict[str, str]:
    """Each paragraph's text with the paragraph before it, where a person is often introduced."""
    plist = view.item.passages
    return {p.id: (plist[i - 1].text + " " if i else "") + p.text for i, p in enumerate(plist)}


def _reports_speech(text: str, name: str) -> bool:
    """Does the sentence report this person speaking ("Lavrov later suggested ...")?"""
    last = re.escape(name.split()[-1])
    # "Dale Hutton, a trader from Tucson, Ariz., said": a town's state is part of one appositive
    text = _TOWN_STATE.sub(r" \1", text)
    return bool(
        # ("Rosa Quintana of Codelmar, the state mining company, said": where they work first)
        re.search(last + r"(?:\s+(?:of|at|from)\s+[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3})?"
                  r"(?:,[^,;“”\"]{1,120},|,(?=\s+[a-z]))?(?:\s+\w+){0,3}?\s+" + _REPORT_VERBS.pattern, text)
        # ("Tomasz Nowak, 41, a forklift driver ..., said": two clauses, then the verb, no other name)
        or re.search(last + r"(?:,[^,;“”\"]{1,120}){2},(?:\s+(?![A-Z])\w+){0,2}?\s+" + _REPORT_VERBS.pattern, text)
        # (or an age and two more: "Kayla Brenner, 27, who ... lives in Pine Hollow, about 15 minutes north of Millbrook, said")
        or re.search(last + r",\s*\d{1,3}(?:,[^,;“”\"]{1,120}){2},(?:\s+(?![A-Z])\w+){0,2}?\s+" + _REPORT_VERBS.pattern, text)
        # "Trump walked back his demands ... and said he thought ..."
        # (the same subject all along: no new clause with another name in between)
        or re.search(last + r"\s(?:(?![,—–]\s+[A-Z]|\s[—–-]\s+[A-Z]|\b(?:who|which|that)\b)[^.;“”\"]){0,150}?\band\s+(?:also\s+)?"
                     + _REPORT_VERBS.pattern, text)
        or re.search(_REPORT_VERBS.pattern + r"\s+(?:\w+\s+){0,2}" + last, text)
        or _reports_jointly(text, name)
        or re.search(r"according\s+to\s+(?:\w+\s+){0,2}" + last, text)
    )


def _reports_jointly(text: str, name: str) -> bool:
    """"The coalition leaders — President X and Prime Minister Y — have insisted ...": the
    person, set off by dashes with others, as the subject of a verb of saying."""
    last = re.escape(name.split()[-1])
    return bool(re.search(r"[—–][^—–;“”\"]{0,80}?\b" + last + r"\b(?:\s+and\s+[^—–;“”\"]{1,60}?)?\s*[—–]\s+(?:\w+\s+){0,2}?"
                          + _REPORT_VERBS.pattern, text))


def _mentions(text: str, name: str) -> bool:
    """Does the text name this entity, under any of its usual forms ("Britain", "the U.K.",
    "British"; "Americans", "the U.S.")? A place the question puts something at ("=Paris",
    from "at the Paris meeting") must be named as such."""
    if name.startswith("="):
        return mentions(text, name[1:], literal=True)
    name = singular_acronym(name)  # "rural ERs": the plural of an acronym
    # "IEA" in a paragraph that says "International Energy Agency", "ER" in one that says
    # "emergency room"
    return mentions(text, name) or (name.isupper() and len(name) >= 2 and (
        spelled_out(text, name) is not None or spelled_out_lower(text, name) is not None))


def _question_entities(question: str, about: str | None, proper: set[str] = frozenset()) -> list[str]:
    """Capitalised words in the question other than its first word and the person asked
    about, place names however they are written ("poland"), and words the article only
    writes as names (``proper``: "trump")."""
    # a place of several words ("United Kingdom", "New Zealand") is one entity, in any of its forms
    question = TRANSATLANTIC.sub(" ", question)  # "both sides of the Atlantic": America and Europe, no place to name
    question = PLAIN_ENGLISH.sub(" ", question)  # "in plain English": how to answer, not what about
    question = re.sub(r"\b(?:Ph\.?\s?D|MBA|M\.D)\b\.?", " ", question)  # ("the PhD student": a degree, no one's name)
    places = [form for form in _PLACE_PHRASES if re.search(r"\b" + re.escape(form) + r"\b", question, re.I)]
    for form in places:
        question = re.sub(r"\b" + re.escape(form) + r"\b", " ", question, flags=re.I)
    words = places + re.findall(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-zA-Z]{2,}(?:-[a-zA-Z]+)?)\b", question)
    words += [w for w in re.findall(r"\b([a-z]{4,})\b", question) if w in _PLACE_WORDS]
    # (not a word for people that the article capitalises only inside a name: "branch workers"
    # where it has the "Library Workers Guild")
    words += [w.capitalize() for w in re.findall(r"(?<![.?!]\s)(?<!^)\b([a-z]{3,})\b", question) if w in proper
              and not (w.endswith("s") and is_person_noun(w[:-1]))]
    # ("Maria Okonkwo Bell" for Maria Okonkwo-Bell: the parts of a hyphenated name are hers)
    parts = [p for w in (about or "").split() for p in {w, *w.split("-")}]
    skip = set(parts) | {w.lower() for w in parts}
    # "the American president", "the Russian leader": a nationality that says who someone
    # is (one person, "the ... president"), not a place the answer must name
    # (typed in lower case too: "the american president")
    for m in re.finditer(r"\b(?i:the)\s+([A-Za-z][a-zA-Z]{2,})\s+([a-z]+)(?:\s+([a-z]+))?", question):
        nouns = [w for w in m.groups()[1:] if w][:2]  # "the French president", "the French security expert"
        if any(is_person_noun(w) and not w.endswith("s") for w in nouns):
            skip.add(m.group(1))
    # "Sergei Lavrov" asked of Sergey Lavrov: a spelling of the person's own name is no topic
    # ("Ray Ortiz" asked of Raymond Ortiz: so is a familiar form of the given name)
    words = [w for w in words if not any(near(w, p) for p in parts) and not (parts and short_given_name(w, parts[0]))]
    located = {m.group(1) for m in re.finditer(r"\b(?:at|in)\s+(?:the\s+)?([A-Z][a-zA-Z]{2,})\b", question)}
    words = [("=" + w if w in located else w) for w in words]
    return [w for w in dict.fromkeys(words) if w.lstrip("=") not in skip and w.lstrip("=").lower() not in _ENTITY_STOP
            and w.lstrip("=").lower().rstrip(".") not in HONORIFICS and not is_demonym_person(w.lstrip("="))
            # (nor an office put before or for the name: "Senator Lorraine Whitcomb", "the CEO's argument")
            and w.lstrip("=").lower() not in TITLE_HONORIFICS]




_PLACE_WORDS = frozenset(f for group in place_groups() for f in group if " " not in f and "." not in f and len(f) >= 4)
# a country, union or continent is no answer to "which city?"
_REGIONS = frozenset(g[0] for g in place_groups()) | {"europe", "asia", "africa", "america", "oceania", "antarctica"}


def _one_word_places(question: str, ctx: Context) -> str:
    """"the United States" is one place, which the article may write "the U.S.": its words
    ("united", "states") would otherwise match "Royal United Services Institute"."""
    vocab = None
    for form in _PLACE_PHRASES:
        if re.search(r"\b" + re.escape(form) + r"\b", question, re.I):
            vocab = vocab if vocab is not None else ctx.library.vocabulary(ctx.scope)
            short = sorted((f for f in place_forms(form) if " " not in f and tokens(f) and set(tokens(f)) <= vocab),
                           key=lambda f: ("." not in f, f))
            if short:
                question = re.sub(r"\b" + re.escape(form) + r"\b", short[0], question, flags=re.I)
    return question


_PLACE_PHRASES = sorted((f for group in place_groups() for f in group if " " in f), key=len, reverse=True)
_ENTITY_STOP = frozenset("what who how which when where why did does the and according quote article compare western eastern "
                          "northern southern anyway however also please thanks hello dear sir madam well okay "
                          # (a second sentence's first word, once the topic has lost its full stop:
                          # "... about the ceasefire. Can I have it verbatim?")
                          "can could would will should may might shall must is are was were do have has give "
                          "need want just any".split()) | CALENDAR_WORDS

# "did anyone else agree?", "who else thinks that?", "whose view was he agreeing with?"
_AGREEMENT = re.compile(r"\b(?:any(?:one|body)|some(?:one|body)|who)\s+else\b|\bany(?:one|body)\b[^?]{0,30}\bagree|"
                        r"\bagreeing\s+with\b|\bagree\w*\s+with\s+(?:who|whom)\b|\bwho\s+did\s+\w+\s+agree\b", re.I)
_AGREED = re.compile(r"\bagree(?:d|s)\b", re.I)
# "what happened after that?", "and then what?", "what did he do next?"
_AFTER_THAT = re.compile(r"\bwhat\s+(?:happened|came|followed)\s+(?:(?:a\s+few|a|one|two|three|several|\w+)\s+(?:hours?|days?|weeks?|months?|years?)\s+)?"
                         r"(?:next|then|after(?:wards|\s+(?:that|this|it))?|later)\b|"
                         r"\band\s+then\s+what\b|\bwhat\s+did\s+(?:he|she|they)\s+do\s+(?:next|then|after(?:wards|\s+that)?)\b", re.I)
_LATER = re.compile(r"\b(?:after|following|since)\b", re.I)
# "did it work?", "did that help?", "how did it go?", "what came of it?": how the last turn's event turned out
_OUTCOME_ASKED = re.compile(
    r"^\W*(?:(?:and|so|but|ok(?:ay)?|well)\W+)?(?:(?:did|has|have|had)\s+(?:it|that|this|they)\s+(?:actually\s+|ever\s+)?"
    r"(?:work|worked|succeed|succeeded|help|helped|go\s+well|gone\s+well|pay\s+off|paid\s+off|achieve\s+anything|achieved\s+anything|"
    r"get\s+anywhere|got\s+anywhere|come\s+to\s+anything|produce\s+anything|change\s+anything)|how\s+did\s+(?:it|that|this|they)\s+go|"
    r"what\s+came\s+of\s+(?:it|that|this|them)|(?:was|were)\s+(?:it|that|this|they)\s+(?:a\s+)?(?:success|successful|failure))\b", re.I)
_OUTCOME = re.compile(r"\b(?:fail(?:ed|s|ure)\b|succeeded|successful\w*|worked|managed|manage\b|broke\s+down|collapsed|stalled|achiev\w+|"
                      r"ended\s+(?:in|with|without)|produced|resulted|came\s+to\s+nothing|no\s+(?:deal|agreement|breakthrough)|"
                      r"breakthrough|persuaded|convinced)", re.I)
# what a person's words may be asked as: their worry, hope or complaint is what they say
_STANCE_TOKENS = frozenset(tokens(
    "worry worries worried concern concerns concerned fear fears feared hope hopes hoped message argument arguments "
    "complaint complaints criticism objection objections"))
_SPEECH_TOKENS = frozenset(tokens(
    "say said think thought argue warn believe view opinion quote words comment react reaction respond response reply "
    "mean afterwards later then announce announced declare declared state stated claim claimed insist insisted "
    "tell told suggest suggested predict predicted reckon reckons sum summed sums summarize summarise summary recap"))


# what a person puts forward ("what did he propose?"): a word that helps find their proposal
# ("should look at contributing a brigade"), but no subject the article must have
_ADVICE_TOKENS = frozenset(tokens("propose proposed proposing proposal recommend recommended recommendation advise "
                                  "advised advice urge urged"))


def _words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in re.findall(r"[\w’']+", text.lower())]


def _word_runs(text: str, n: int = 4) -> set[tuple[str, ...]]:
    """The runs of n words in a text with two words that are not grammar: a question
    that repeats one of a quote's runs ("no guarantee that Trump will"), or a whole short
    quote ("very, very risky"), is asking about those words ("on the table" is an idiom)."""
    words = _words(text)
    return {run for i in range(len(words) - n + 1)
            if sum((run := tuple(words[i:i + n]))[k] not in STOPWORDS for k in range(n)) >= 2}


def _long_word_tokens(text: str) -> list[str]:
    """The text's stems of more than two letters, or of words of more than three ("sued" is
    "su"; "is", "a" and the like are not)."""
    return [t for word in re.findall(r"[\w’'-]+", text) for t in tokens(word) if len(t) > 2 or len(word) > 3]


def _overlap(query: list[str], sentence: list[str], ctx: Context, kin: bool = True, sums: bool = False) -> float:
    """IDF-weighted share of the query's words found in the sentence (with ``kin``, a
    related word found counts in part)."""
    if not query:
        return 0.0
    bm = ctx.library.bm25
    idf = (lambda w: bm.idf.get(w, 1.0)) if bm is not None else (lambda w: 1.0)
    words = set(sentence)
    places = {PLACE_OF[w] for w in words if w in PLACE_OF}
    near = (ctx.memo.get("near") or {}) if kin else {}

    def weight(w: str) -> float:
        if w in words:
            return 1.0
        if _family(w) & words or _other_names(w) & words:
            return 0.9  # "died" and "deaths", "pay" and "paid"; "stadium" and "ballpark"
        if len(w) >= 4 and any(v.startswith(w) and len(v) - len(w) <= 3 for v in words):
            return 0.8  # "lead" and "leader"
        if PLACE_OF.get(w) in places:
            return 0.5  # "Americans" and "the U.S."
        if sums and w in _PLAIN_MONEY and words & _LARGE_SUMS:
            return 0.6  # "the money" and "the $1.2 million" (of the article's facts, with ``sums``)
        if near.get(w, _NONE) & words:
            return 0.6  # "hiring" and "recruitment"
        return 0.0

    total = sum(idf(w) for w in set(query))
    return sum(idf(w) * weight(w) for w in set(query)) / total if total else 0.0


_PLAIN_MONEY = frozenset(tokens("money cash funds funding"))
_LARGE_SUMS = frozenset(tokens("million millions billion billions"))
NEAR_WORD_SIMILARITY = 0.65  # MiniLM cosine of two words: "hiring"/"recruitment" 0.67, "birth"/"born" 0.80
_NONE: frozenset[str] = frozenset()


def _near_words(question: str, ctx: Context, embeddings) -> dict[str, set[str]]:
    """For each content word of the question, the stems of the words of the best
    evidence article that mean nearly the same ("hiring": "recruitment"), so a sentence
    that says it in other words still shares the question's words. The article's word
    vectors are computed once and cached."""
    aid = next((e.article_id for e in ctx.evidence), None)
    view = ctx.library.articles.get(aid) if aid else None
    if view is None or embeddings is None:
        return {}
    asked = [w for w in dict.fromkeys(re.findall(r"[a-z][a-z’'-]{3,}", question.lower()))
             if w not in STOPWORDS and (t := tokens(w)) and t[0] not in _GENERIC_QUESTION and t[0] not in _SPEECH_TOKENS]
    article_words = sorted(view.words)
    if not asked or not article_words:
        return {}
    # "pull out of" means "withdraw from": the one-word verb is compared as well
    phrasal = [(tokens(m.group(1))[0], word) for pattern, word in _PHRASAL for m in pattern.finditer(question)]
    # "would they be safe?" is answered by the risk they run: a word and what it is the
    # absence or measure of, which word vectors keep apart
    related = [(tokens(w)[0], r) for w in asked if w in _RELATED for r in _RELATED[w]]
    phrasal += related
    words = asked + [w for _, w in phrasal if w not in asked]
    sims = embeddings.embed_words(words) @ embeddings.embed_words(article_words).T
    out: dict[str, set[str]] = {}
    rows = dict(zip(words, sims))
    for w in asked:
        own = tokens(w)[0]
        found = {s for k in np.nonzero(rows[w] >= NEAR_WORD_SIMILARITY)[0] for s in tokens(article_words[k]) if s != own}
        if found:
            out[own] = found
    for own, word in phrasal:
        found = {s for k in np.nonzero(rows[word] >= NEAR_WORD_SIMILARITY)[0] for s in tokens(article_words[k])}
        if found:
            out[own] = out.get(own, set()) | found
            # (and the word itself, which stands for the phrase in the search words)
            out[tokens(word)[0]] = out.get(tokens(word)[0], set()) | found
    return out


_HIKE = {w: ("raise", "increase") for w in ("hike", "hikes", "hiked", "hiking")}
# words and the concept they are the absence, opposite or measure of (general English; a
# grammar word such as "likely" or "keep" never reaches this map, see _GENERIC_QUESTION)
_RELATED = {w: ("risk", "danger", "threat") for w in ("safe", "safer", "safety", "unsafe", "secure", "security", "protected")} | {
    w: ("chance", "prospect", "odds") for w in ("unlikely", "likelihood", "probability", "probable", "possible")} | {
    w: ("cost", "price") for w in ("expensive", "cheap", "affordable", "costly")} | {
    w: ("hinge", "depend", "rely") for w in ("depend", "depends", "dependent", "rely", "relies", "reliant", "hinge", "hinges")} | {
    w: ("commitment", "pledge") for w in ("promise", "promises", "promised")} | {
    w: ("pledge",) for w in ("commit", "commits", "committed")} | {
    w: related for w, related in _HIKE.items()} | {
    w: ("abide", "guarantee") for w in ("honour", "honor", "honours", "honors", "stick", "trust", "trusted",
                                        "trustworthy", "reliable", "dependable")}
# words for one thing in other words, which a missing-concept check counts as present
# a thing's other names, which word vectors keep apart ("ballpark" is also a rough figure;
# "hole" is rarely a deficit): a sentence with one shares the question's word for it
_OTHER_NAMES = {w: ("ballpark", "ballparks", "stadium", "stadiums") for w in ("stadium", "stadiums", "ballpark", "ballparks")} | {
    # (a hospital is a medical center: "He spent 16 days at St. Brendan Medical Center")
    w: ("hospital", "hospitals", "medical") for w in ("hospital", "hospitals")} | {
    # (a strike is a walkout: "Nurses walked off the job at 7 a.m. on Monday")
    w: ("strike", "strikes", "walkout", "walkouts") for w in ("strike", "strikes", "walkout", "walkouts")} | {
    w: ("plant", "plants", "factory", "factories") for w in ("factory", "factories", "plant", "plants")} | {
    # (and everyday words for one thing in the news: a budget's "hole" is its gap; the sick are ill;
    # hackers are the attackers of a hack)
    w: ("gap", "gaps", "shortfall", "shortfalls", "deficit", "deficits")
    for w in ("hole", "holes", "gap", "gaps", "shortfall", "shortfalls", "deficit", "deficits")} | {
    # (the rest of them are the remaining ones: "with the remaining five transferred")
    "rest": ("remaining", "remainder"), "remainder": ("remaining", "rest")} | {
    # (homeowners are the owners of homes: "a fund to help shoreline owners")
    w: ("owner", "owners") for w in ("homeowner", "homeowners")} | {
    # (retraining is training again: "a training program")
    w: ("training", "train") for w in ("retrain", "retraining", "retrained")} | {
    # (a contract is the agreement, the deal: "Under the five-year agreement")
    w: ("contract", "contracts", "agreement", "agreements", "deal", "deals")
    for w in ("contract", "contracts", "agreement", "agreements", "deal", "deals")} | {
    # (a body that revisits a decision reviews it: "will review the roundup’s results")
    w: ("review", "reviews", "reconsider") for w in ("revisit", "revisits", "revisited")} | {
    w: ("sick", "sickened", "sickness", "ill", "illness", "illnesses") for w in ("sick", "sickened", "sickness", "ill", "illness", "illnesses")} | {
    w: ("attacker", "attackers", "cybercriminals") for w in ("hacker", "hackers")} | {
    w: ("attack", "attacks", "cyberattack", "breach") for w in ("hack", "hacks", "hacked", "hacking")} | {
    # (a building's units are its apartments: "20 percent of the units — 57 apartments")
    w: ("unit", "units", "apartment", "apartments") for w in ("unit", "units", "apartment", "apartments")} | {
    # (a promise of money is a pledge)
    w: ("promise", "promised", "promises", "pledge", "pledged", "pledges") for w in ("promise", "promised", "promises", "pledge",
                                                                                   "pledged", "pledges")} | {
    # (a fix is a repair; to tear down is to demolish; to shut is to close)
    w: ("fix", "fixes", "fixed", "fixing", "repair", "repairs", "repaired", "repairing")
    for w in ("fix", "fixes", "fixed", "fixing", "repair", "repairs", "repaired", "repairing")} | {
    w: ("demolish", "demolished", "demolishing", "demolition", "raze", "razed", "tear", "torn", "bulldoze", "bulldozed")
    for w in ("demolish", "demolished", "demolishing", "demolition", "raze", "razed", "tear", "torn", "bulldoze", "bulldozed")} | {
    # (to sue is to go to court: "We will be in court before the first gate is opened")
    # (trees are woods: "a 300-foot wooded buffer")
    w: ("wooded", "woods", "forest", "forested", "woodland") for w in ("tree", "trees")} | {
    # (seniors are the older: "Roughly one in five were 62 or older")
    w: ("older", "elderly", "retirees") for w in ("senior", "seniors")} | {
    # (a pilot is a program: "The 18-month pilot, which will cost $1.8 million")
    w: ("pilot",) for w in ("program", "programs", "programme", "programmes")} | {
    w: ("program", "programme") for w in ("pilot",)} | {
    # (those who spoke at a hearing: "Of the 61 people who signed up to speak, 49 spoke against
    # the plan"; to support is to be in favor: "the roughly 30 people who spoke in favor")
    w: ("spoke", "speak", "testified", "people") for w in ("speaker", "speakers")} | {
    w: ("favor", "favour", "favored", "backed") for w in ("support", "supports", "supported", "supporting")} | {
    # (or to bring a legal challenge: "Halvorsen said he expected a legal challenge")
    w: ("court", "lawsuit", "lawsuits", "suit", "litigation", "legal") for w in ("sue", "sues", "sued", "suing")} | {
    # (a structure's removal is its demolition: "remove the 84-foot concrete dam", "tear down the dam")
    w: ("demolish", "demolished", "demolition", "tear", "torn", "remove", "removed", "removal", "removing")
    for w in ("removal", "remove", "removed", "removing")} | {
    w: ("remove", "removed", "removal", "removing") for w in ("demolish", "demolished", "demolition", "demolishing")} | {
    w: ("shut", "shuts", "shutting", "close", "closes", "closed", "closing", "closure") for w in ("shut", "shuts", "shutting")} | {
    w: ("shut", "shuts", "shutting") for w in ("close", "closes", "closed", "closing", "closure")} | {
    # (workers "cut" are laid off; a headcount is the workforce; insurance is coverage)
    w: ("layoff", "layoffs", "laid") for w in ("cut", "cuts")} | {
    w: ("workforce", "workers", "employees", "staff") for w in ("headcount", "head-count")} | {
    w: ("coverage", "insured", "insurer") for w in ("insurance",)} | {
    # (a household's bill is the residential one; a typical one is the average)
    w: ("residential", "home", "homes", "family", "families") for w in ("household", "households")} | {
    w: ("average", "median") for w in ("typical", "normal", "ordinary")} | {
    # (a number that drops falls: "the number of new majors had fallen from 41 in 2015 to nine")
    # (not "fall", a season: "stop admitting new students in the fall")
    w: ("fell", "fallen", "drop", "dropped", "drops", "dropping", "decline", "declined", "declining",
        "decrease", "decreased", "shrink", "shrank", "shrunk")
    for w in ("drop", "dropped", "drops", "dropping", "fall", "fell", "fallen", "falling", "decline", "declined", "declining",
              "decrease", "decreased")} | {
    # (babies delivered are born: "have been born at Millbrook Regional")
    w: ("born", "birth", "births") for w in ("deliver", "delivered", "delivering", "delivery")} | {
    # (and each delivery a baby: "has delivered roughly 1,400 babies")
    w: ("born", "birth", "births", "baby", "babies") for w in ("deliveries",)} | {
    # (a handout is charity, a gift of money)
    w: ("charity", "gift", "giveaway", "bailout") for w in ("handout", "handouts")} | {
    w: ("handout", "handouts") for w in ("charity", "giveaway", "bailout")} | {
    w: ("insurance",) for w in ("coverage",)} | {
    # (a survey's results are what it found)
    w: ("found", "finding", "findings", "showed", "shows") for w in ("result", "results")} | {
    # (a bill is legislation; a survey is run or conducted)
    w: ("legislation", "measure") for w in ("bill", "bills")} | {
    w: ("bill", "bills") for w in ("legislation",)} | {
    w: ("conducted", "organized", "organised", "led", "operated", "commissioned") for w in ("ran",)} | {
    # (what is paid for a thing bought: "how much did X pay for Y?" of "its $38 million purchase";
    # a sale is a purchase; the closest is the nearest)
    w: ("purchase", "purchased", "bought", "acquisition", "acquired") for w in ("pay", "paid", "sale", "sold")} | {
    w: ("sale", "sold") for w in ("purchase", "purchased", "bought", "acquisition")} | {
    w: ("nearest", "closest") for w in ("closest", "nearest")} | {
    # (kids are children; a daycare is child care)
    w: ("child", "children", "kid", "kids") for w in ("kid", "kids", "child", "children")} | {
    w: ("childcare", "care") for w in ("daycare", "daycares", "day-care")} | {
    # (a trial run is a pilot; a permanent change is one that continues)
    w: ("pilot", "experiment", "test") for w in ("trial", "trials", "trial-run")} | {
    w: ("continue", "continues", "permanently", "for good") for w in ("permanent",)}
_SAME_THING = _HIKE | {"max": ("maximum",), "co-op": ("cooperative",), "coop": ("cooperative",)} | {
    # (a daily is a newspaper: "The nearest daily, the Harmon Daily Ledger, is 40 miles away")
    w: ("paper", "daily", "weekly") for w in ("newspaper", "newspapers")} | {
    # (a suit is a legal challenge: "to fund the legal challenge", "the litigation")
    w: ("suit", "litigation", "legal") for w in ("lawsuit", "lawsuits")} | {

    # (a petition is signatures gathered: "it needs 1,200 valid signatures by Jan. 31")
    w: ("signature", "signatures") for w in ("petition", "petitions")} | {
    # (a hospital's short words: "rural ERs" where the article says "emergency departments")
    w: ("emergency",) for w in ("er", "ers", "ed", "a&e")} | {
    w: ("obstetric", "obstetrics", "obstetrician", "maternity", "labor", "labour", "delivery") for w in ("ob", "l&d", "ob-gyn")} | {
    # (a kind and its instances, which word vectors keep apart: gusts are wind; talks are negotiations)
    w: ("gust", "gusts", "breeze", "gale") for w in ("wind", "winds", "windy")} | {
    w: ("talks", "bargaining") for w in ("negotiation", "negotiations", "negotiate", "negotiating", "negotiators")} | {
    # (a school's words for its teaching: "classes" where the article says "courses")
    w: ("course", "courses", "lessons", "lectures") for w in ("class", "classes")} | {

    w: ("class", "classes") for w in ("course", "courses")} | {
    w: forms for w, forms in _OTHER_NAMES.items()} | {
    # a month written short: "the Nov-Feb window" where the article writes "November-to-February"
    short: tuple(f for f in forms if not f.endswith(".")) for short, forms in MONTH_FORMS.items() if short not in forms}
# one word in its irregular forms and the nouns made from it, which stemming keeps apart
# ("paid" is not stemmed to "pay", nor "died" to "death"): general English
_ONE_ROOT = (
    "die dies died dying death deaths dead", "lose loses lost losing loss losses", "sell sells sold selling sale sales",
    "live lives lived living life", "grow grows grew grown growing growth", "fly flies flew flown flying flight flights",
    "strong stronger strongest strength", "long longer longest length", "high higher highest height", "deep deeper depth",
    "wide wider width", "weigh weighs weighed weight", "choose chooses chose chosen choice", "prove proves proved proven proof",
    "speak speaks spoke spoken speech", "fail fails failed failure", "injure injures injured injury injuries",
    "pay pays paid paying payment payments", "give gives gave given", "take takes took taken", "find finds found",
    "hold holds held", "leave leaves left", "begin begins began begun", "rise rises rose risen", "fall falls fell fallen",
    "build builds built", "spend spends spent", "win wins won", "bring brings brought", "teach teaches taught",
    "steal steals stole stolen", "buy buys bought", "seek seeks sought", "catch catches caught", "send sends sent",
    "lend lends lent", "freeze freezes froze frozen", "break breaks broke broken",
    "close closes closed closing closure", "arrive arrives arrived arrival",
    "approve approves approved approval", "refuse refuses refused refusal", "deny denies denied denial",
    "lay lays laid laying layoff layoffs", "hire hires hired hiring", "cut cuts cutting",
    "notice notices notify notifies notified notification", "repay repays repaid repayment",
)


@functools.cache
def _family_stems() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for group in _ONE_ROOT:
        stems = {t for w in group.split() for t in tokens(w)}
        for st in stems:
            out.setdefault(st, set()).update(stems - {st})
    return {k: frozenset(v) for k, v in out.items()}


def _family(stem_: str) -> frozenset[str]:
    """The stems of the other forms of a word's root ("die": "death", "dead"; "pay": "paid")."""
    return _family_stems().get(stem_, _NONE)


@functools.cache
def _other_names(stem_: str) -> frozenset[str]:
    """The stems of a thing's other names ("stadium": "ballpark"; "hole": "deficit")."""
    return frozenset(t for k, forms in _OTHER_NAMES.items() if stem(k) == stem_ for f in forms for t in tokens(f)) - {stem_}


@functools.cache
def _same_words(stem_: str) -> frozenset[str]:
    """The stems of the words _SAME_THING gives for a word stem ("class": "course", "lesson");
    worked out once per stem."""
    return frozenset(t for k, forms in _SAME_THING.items() if stem(k) == stem_ for f in forms for t in tokens(f))


# a kind of event and the plain words for it: a date or place of "the summit" may be given
# for "a meeting with Putin"
_EVENT_WORDS = {stem("summit"): set(tokens("meeting meet met talks")),
                # (a verb's irregular forms: "met where?" is answered by "At a meeting with Putin")
                stem("met"): set(tokens("meeting meet summit talks")), stem("meet"): set(tokens("meeting met summit talks"))}

_NO_TIME_AFTER = (r"(?!\s+(?:\d|january|february|march|april|may|june|july|august|september|october|november|december|"
                  r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|early|late|mid|the\s+(?:spring|summer|autumn|"
                  r"fall|winter|early|late|end|start|beginning)|spring|summer|autumn|winter)\b)")
# phrasal verbs and the one word that means the same (general English, not any article's)
_PHRASAL = [(re.compile(r"\b(" + verb + r")\s+" + particle + r"\b", re.I), word) for verb, particle, word in [
    (r"pull(?:s|ed|ing)?", "out", "withdraw"), (r"back(?:s|ed|ing)?", "out", "withdraw"),
    (r"drop(?:s|ped|ping)?", "out", "withdraw"), (r"walk(?:s|ed|ing)?", "away", "abandon"),
    (r"step(?:s|ped|ping)?", "down", "resign"), (r"stand(?:s|ing)?|stood", "down", "resign"),
    (r"set(?:s|ting)?", "up", "establish"), (r"call(?:s|ed|ing)?", "off", "cancel"),
    (r"turn(?:s|ed|ing)?", "down", "reject"), (r"put(?:s|ting)?", "off", "postpone"),
    (r"carr(?:y|ies|ied|ying)", "out", "conduct"), (r"br(?:ing|ings|ought|inging)", "up", "mention"),
    (r"g(?:ive|ives|ave|iving|iven)", "up", "abandon"), (r"hand(?:s|ed|ing)?", "over", "transfer"),
    (r"t(?:ake|akes|ook|aking|aken)", "over", "control"), (r"shut(?:s|ting)?", "down", "close"),
    (r"cut(?:s|ting)?", "back", "reduce"), (r"br(?:ing|ings|ought|inging)", "in", "introduce"),
    (r"back(?:s|ed|ing)?", "down", "retreat"), (r"rul(?:e|es|ed|ing)", "out", "exclude"),
    (r"look(?:s|ed|ing)?", "into", "investigate"), (r"br(?:eak|eaks|oke|eaking|oken)", "down", "collapse"),
    (r"lay(?:s|ing)?|laid", "off", "dismiss"), (r"phas(?:e|es|ed|ing)", "out", "end"),
    (r"sign(?:s|ed|ing)?", "up", "join"), (r"spe(?:ak|aks|aking)|spoke", "out", "criticise"),
    (r"f(?:ind|inds|ound|inding)", "out", "learn"), (r"h(?:old|olds|eld|olding)", "off", "delay"), (r"w(?:ind|inds|ound|inding)", "down", "end"),
    (r"s(?:it|its|at|itting)", "down", "meet"), (r"g(?:et|ets|ot|etting)", "together", "meet"),
    (r"push(?:es|ed|ing)?", "back", "delay"), (r"h(?:old|olds|eld|olding)", "up", "delay"),
    (r"kick(?:s|ed|ing)?", "off", "start"), (r"scal(?:e|es|ed|ing)", "back", "reduce"),
    (r"c(?:ome|omes|ame|oming)", "back", "return"), (r"used", r"to(?=\s+[a-z]{3,})", "once"), (r"g(?:o|oes|went|oing|one)", "up", "rise"),
    (r"g(?:o|oes|went|oing|one)", "down", "fall"),
    # ("when did the old union contract run out?": "expired"; not "ran out of money")
    (r"r(?:un|uns|an|unning)", r"out(?!\s+of\b)", "expire"),
    (r"t(?:ear|ears|ore|earing|orn)", "down", "demolish"), (r"knock(?:s|ed|ing)?", "down", "demolish"),
    # ("how did the hackers get in?": "gained access"; not "get in touch", "got into")
    (r"g(?:et|ets|ot|etting)", r"in(?!\s+(?:touch|line|the\s+way))(?=\s*[?.!,]|\s*$|\s+(?:through|via|by)\b)", "access"),
    (r"f(?:ind|inds|ound|inding)", "out", "discover"), (r"pa(?:y|ys|id|ying)", "back", "repay"),
    # ("when will the board look at the allocation again?": revisit it)
    (r"look(?:s|ed|ing)?", r"at(?=\s[^?.!]{0,40}\bagain\b)", "revisit"),
    (r"sign(?:s|ed|ing)?", "off", "approve"), (r"bail(?:s|ed|ing)?", "out", "rescue"),
    (r"track", "records?", "history"),  # a compound whose two words mean nothing apart
    (r"kick(?:s|ed|ing)?", "in", "effect"), (r"g(?:o|oes|went|oing|one)", r"along(?:\s+with)?", "comply"),  # ("when do the new rates kick in?": "takes effect on January 1")
    (r"room", r"and\s+board", "lodging"),  # ("how much is room and board?": not the board of trustees)
    # (not "sent in March", "count on Tuesday": a time after the particle)
    (r"s(?:end|ends|ent|ending)", "in" + _NO_TIME_AFTER, "deploy"), (r"count(?:s|ed|ing)?", "on" + _NO_TIME_AFTER, "rely"),
    (r"gain(?:s|ed|ing)?", "ground", "rise"),  # idioms: "populists gaining ground", "the guns fall silent"
    (r"f(?:all|alls|ell|alling|allen)", "silent", "ceasefire"),
    # ("jobs sitting empty", "posts left unfilled": vacant)
    (r"s(?:it|its|at|itting)|stand(?:s|ing)?|stood|l(?:ie|ies|ay|ying)|left|remain(?:s|ed|ing)?|go(?:es|ing)?|went", "(?:empty|unfilled)", "vacant"),
]]
_TIME_UNITS = frozenset(tokens("date dates day days week weeks month months year years hour hours"))
# a deadline said without the word: "the company had until Feb. 20 to file", "it needs 1,200
# signatures by Jan. 31 to qualify"
_DEADLINE_SAID = re.compile(r"\b(?:has|have|had|needs?|needed|must|given|gave|giving)\b[^.;]{0,60}?\b(?:until|by|before)\s+"
                            # ("until May 2028 to finish", "until fall 2027 to comply")
                            r"(?:[A-Z][a-z]{2,}\.?\s+(?:\d{1,2}|\d{4})|\d{1,2}\s+[A-Z][a-z]{2,}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday)|(?:(?:the\s+)?(?:spring|summer|fall|autumn|winter|end)\s+(?:of\s+)?)?(?:19|20)\d\d)\b[^.;]{0,12}?\bto\s+"
                            r"(?!(?:about|around|nearly|roughly|almost|more|less|fewer|over|under|just)\b)[a-z]+")


def _deadline_said(ctx: Context) -> bool:
    return ctx.library.memo(("deadline said", frozenset(ctx.scope)), lambda: any(
        _DEADLINE_SAID.search(v.item.article.text) for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None))


# the words of asking for a quote, not of what it is about
_REQUEST_WORDS = frozenset(tokens("exact exactly word words quote quotes quoted verbatim direct directly own can could "
                                  "you please full whole line lines precise precisely actual wording phrasing phrase "
                                  "rhetorical footnote citation bibliography essay draft"))
# Words any question may use whatever it is about: their absence from the article says
# nothing about whether the article answers.
_GENERIC_QUESTION = frozenset(tokens(
    "much many big large small exactly actually really roughly approximately around vs versus see make made "
    "mention mentioned give using use thing things happen happened happening going get got know want like way "
    "ways kind sort type explain describe detail details please anyone someone anything something everything everyone else "
    "section heading headed subheading appear appears appeared piece where "
    "exact word words name named piece report reporter journalist text write wrote mean means main key specific "
    "specifically point overall basically currently right now also still even ever just whole part total "
    "number amount figure long far well good bad view views opinion opinions take stance position thoughts "
    "situation situations circumstances "
    "comment comments reaction feel feeling feelings perspective per pls plz please thanks thx list show all quotes quote "
    # words that carry the question's grammar, not its topic
    "instead unless whether won't wont they're it's first come comes came turn turns run keep kept face rate again "
    "likely really end ended ending top past earlier later overall basically seem seems seemed think thinks "
    "possible possibly potential potentially eventual eventually "
    "ok okay hmm hey hi yeah yes stand stands standing one ones actual already supposed suppose "
    # (how a claim is put, and who in general: "is it true nobody has died?")
    "true false correct incorrect nobody anybody somebody "
    # ("when is the entire conversion going to be done?": how much of it, and that it ends)
    "entire done"))


# asked of someone the article quotes, a looser synonym will do: the question is about
# their words ("truce"/"ceasefire" 0.53, "trust"/"credibility" 0.60), while a topic they
# never spoke on stays further off ("fluoride"/"chemicals" 0.46, "insurers"/"investors" 0.40)
SPEAKER_SYNONYM_SIMILARITY = 0.52
CLAIM_SIMILARITY = 0.55  # MiniLM cosine of a subject asked of and the sentence that says it otherwise (0.59)
SYNONYM_SIMILARITY = 0.68  # MiniLM cosine of two single words: "danger"/"risk" 0.73, "weather"/"climate" 0.65


def _phrasal_meaning(text: str, ctx: Context) -> str:
    """The text with each phrasal verb the evidence's articles don't use put as the one word
    it means: "did Trump walk away from deals?" is not answered by his having "walked back"
    his demands, while "what did Trump rule out?" keeps the article's own "ruled out"."""
    texts: list[str] | None = None
    for pattern, word in _PHRASAL:
        if pattern.search(text):
            if texts is None:
                texts = [v.item.article.text for aid in dict.fromkeys(e.article_id for e in ctx.evidence)
                         if (v := ctx.library.articles.get(aid)) is not None]
            if not any(pattern.search(t) for t in texts):
                text = pattern.sub(word, text)
    return text


def _missing_concept(question: str, q_tokens: list[str], ctx: Context, embeddings=None,
                     similarity: float | None = None, any_word: bool = False) -> bool:
    """Does the question ask about something the articles in scope never mention? True
    when most of its content words are absent, or when two adjacent words of it both are
    ("top speed", "weather forecast", "jd vance"): a multi-word concept the text lacks.
    A word counts as present when the text has it, a longer form of it, or (with
    ``embeddings``) a close synonym in one of the articles the evidence comes from."""
    vocab = ctx.library.vocabulary(ctx.scope)
    # "pushed back" is "delay": a phrasal verb is judged by the one word it means
    phrasal = [(m.group(0), word) for pattern, word in _PHRASAL for m in pattern.finditer(question)]
    if phrasal:
        gone = {t for phrase, _ in phrasal for t in tokens(phrase)}
        q_tokens = [w for w in q_tokens if w not in gone] + [t for _, word in phrasal for t in tokens(word)]
        for phrase, word in phrasal:
            question = question.replace(phrase, word)
    for m in list(re.finditer(r"\b([A-Za-z])\s?&\s?([A-Za-z])\b", question)):
        # "the L&D unit" where the article says "labor and delivery unit"
        said = next((f.group(0) for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None
                     for f in [re.search(r"\b" + m.group(1) + r"[a-z]{2,}\s+and\s+" + m.group(2) + r"[a-z]{2,}\b", v.item.article.text, re.I)]
                     if f), None)
        if said:
            question = question.replace(m.group(0), said)
            q_tokens = [w for w in q_tokens if w not in (m.group(1).lower(), m.group(2).lower())] + tokens(said)
    raw = {}
    for word in re.findall(r"[\w’'-]+", question.lower()):
        for t in tokens(word):
            raw.setdefault(t, word)

    # "United Kingdom" where the article says "U.K.": the words of a place the text names
    covered = {t for form in _PLACE_PHRASES if re.search(r"\b" + re.escape(form) + r"\b", question, re.I)
               and any(set(tokens(f)) <= vocab for f in place_forms(form)) for t in tokens(form)}

    def lexically_absent(w: str) -> bool:
        return w not in covered and w not in _GENERIC_QUESTION and not _has_form(w, vocab) \
            and not any(t in vocab for t in _family(w)) and not (
            any(t in vocab for f in place_forms(raw.get(w, w)) for t in tokens(f))) and not (  # "Kremlin": the text says "Russia"
            any(_has_form(t, vocab) for r in _SAME_THING.get(raw.get(w, w), _SAME_THING.get(w, ())) for t in tokens(r)))  # "hike": it says "raise"

    candidates = {w for w in dict.fromkeys(q_tokens) if lexically_absent(w)}
    for word in re.findall(r"[\w’'.-]+", question):
        candidates |= {t for t in tokens(word) if lexically_absent(t)}
    plain_money = _MONEY_WORDS & set(tokens("money cash dollars"))
    if candidates & plain_money and any(_MONEY.search(v.item.article.text) for aid in ctx.scope
                                        if (v := ctx.library.articles.get(aid)) is not None):
        candidates -= plain_money  # ("is there any money for the homeowners?": "$9.5 million into a fund")
    # "the FDA" (or "the fda") where the article spells out "the Food and Drug Administration"
    known: dict[str, str | None] = ctx.library.memo(("acronyms", frozenset(ctx.scope)), dict)
    for w in [w for w in candidates if 3 <= len(w) <= 6 and w.isalpha()]:
        if w not in known:
            known[w] = acronym_name(w.upper(), ctx.library, ctx.scope)
        if known[w]:
            candidates.discard(w)
    # a number has no synonym: "50" is not "three"
    wordy = [raw.get(w, w) for w in candidates if not any(ch.isdigit() for ch in w)]
    synonyms = _synonyms_present(wordy, ctx, embeddings, similarity or SYNONYM_SIMILARITY) if wordy and embeddings else set()

    def absent(w: str) -> bool:
        return w in candidates and raw.get(w, w) not in synonyms

    content = [w for w in dict.fromkeys(q_tokens) if w not in _GENERIC_QUESTION]
    if not content:
        return False
    # "the weather ... in harlow falls this weekend": a name of several words the article
    # writes is one thing asked of, not two words found
    content = [w for w in content if w not in _name_tails(question, ctx)] or content
    # "could that date slip?": the kind of answer asked for is checked by its form
    # (_answer_type), not by the article using the word "date"
    # ("when is the first report due?": "due" asks when, like "deadline")
    missing = [w for w in content if absent(w) and w not in _TIME_UNITS and w != "due" and not (w == "deadlin" and _deadline_said(ctx))]
    if len(missing) > len(content) / 2 or (any_word and missing):
        return True
    words = re.findall(r"[\w’'.-]+", question)
    for k, (first, second) in enumerate(zip(words, words[1:])):
        pair = [tokens(first), tokens(second)]
        # (both words not the article's, one of them not even in other words: "heart surgery"
        # where it has only "medical-surgical")
        if re.search(r"(?:ed|ing)$", first.lower()) and re.search(r"(?:ed|ing)$", second.lower()):
            continue  # (two verbs are no concept: "how has ridership changed compared with 2019?")
        if (all(p and absent(p[0]) for p in pair) or all(p and p[0] in candidates for p in pair) and k >= 1
                and words[k - 1].lower() in _NOUN_PHRASE_OPENERS and not re.search(r"(?:ly|ed|ing)$", first.lower())
                and not re.search(r"(?:ed|ing)$", second.lower()) and absent(pair[0][0]) and pair[1][0] not in _ANSWER_FORMS) and not (
                first.lower() in _WHEN_MODIFIERS and k >= 2 and words[k - 1].lower() in ("the", "these", "those")
                and words[k - 2].lower() in _SETTING_PREPOSITIONS):
            return True
    # (or a body's name, "the bureau of land management", whose head and another word the
    # text lacks)
    for m in _BODY_NAME.finditer(question):
        rest = [t for w in m.group(2).split() for t in tokens(w) if t not in STOPWORDS]
        if absent(tokens(m.group(1))[0]) and any(absent(t) for t in rest):
            return True
    # (or with a place's adjective between them: "the frozen Russian assets")
    for first, middle, second in zip(words, words[1:], words[2:]):
        pair = [tokens(first), tokens(second)]
        if middle[:1].isupper() and place_forms(middle) and all(p and absent(p[0]) for p in pair):
            return True
    # (or the one thing asked to be described: "whats the weather going to be like this weekend?")
    like = re.match(r"\W*what(?:['’]?s|\s+is|\s+will)\s+the\s+([a-z]+)\s+(?:going\s+to\s+be\s+like|gonna\s+be\s+like|be\s+like|like)\b", question, re.I)
    if like and (head := tokens(like.group(1))) and head[0] not in _GENERIC_QUESTION and absent(head[0]):
        return True
    # (or the head of the thing asked for: "what's the weather forecast for route 9?", where
    # the article has the weather but no forecast)
    thing = _THING_KIND_ASKED.match(question)
    # (not a participle after the noun: "what's the condition attached to the county money")
    if thing and not re.search(r"(?:ed|ing)$", thing.group(2).lower()) \
            and (head := tokens(thing.group(2))) and head[0] not in _GENERIC_QUESTION and head[0] not in _TIME_UNITS \
            and head[0] not in _ANSWER_FORMS and head[0] not in _TYPE_WORDS \
            and absent(head[0]) and tokens(thing.group(1)) and not absent(tokens(thing.group(1))[0]):
        return True
    # (or a penalty, a limit or a like measure of the article's subject that it never gives:
    # "whats the fine for renting without a permit", where it speaks of permits and no fine)
    measure = _VALUE_ASKED.match(question)
    if measure and (head := tokens(measure.group(1))) and absent(head[0]) \
            and any(not absent(t) and t not in _GENERIC_QUESTION for t in tokens(measure.group(2))):
        return True
    return False


# a measure that is a value of its own, asked of a thing ("what's the fine for ...?", "what
# is the penalty for ...?"), not an account of it ("what's the reason for ...?")
_VALUE_ASKED = re.compile(r"^\W*(?:(?:and|so|ok|okay)\W+)?what(?:['’]?s|\s+is|\s+was|\s+are|\s+were|\s+would\s+be|\s+will\s+be)\s+"
                            r"the\s+(fines?|penalt(?:y|ies)|fees?|tolls?|fares?|tax|taxes|salary|salaries|wages?|speed\s+limit|"
                            r"limit|cap|quota|capacity|rent|deposit|surcharge|premium|rebate|refund|bail|sentence|bounty|reward)"
                            r"\s+(?:for|on|of)\s+(.+)", re.I)


# (the words a noun phrase opens with: "for heart surgery", "the weather forecast")
_NOUN_PHRASE_OPENERS = frozenset("the a an for of in on at about their its his her our your my this that any some".split())
# (the form of an answer, not a thing: "the vote count", "the price tag", "the final tally")
_ANSWER_FORMS = frozenset(tokens("count counts tally total totals tag number numbers figure figures amount price cost rate size date "
                                 "name names breakdown margin split result results outcome status level score ratio share percentage "
                                 "list timeline schedule deadline reason reasons plan plans update story details estimate"))
# "what's the weather forecast for ...?": a thing asked for by a word that names its kind
_THING_KIND_ASKED = re.compile(r"^\W*(?:(?:and|so|ok|okay)\W+)?what(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+the\s+([a-z]+)\s+([a-z]{4,})\b"
                         r"(?=\s+(?:for|of|in|on|at|this|next|to|like)\b|\s*\??\s*$)", re.I)


_BODY_NAME = re.compile(r"\b(bureau|department|agency|office|ministry|institute|council|association|commission|administration|corps|"
                        r"society|foundation|federation|authority)\s+(?:of|for|on)\s+((?:the\s+)?(?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.I)
_MONEY_WORDS = frozenset(tokens("money cash funds funding dollars sum sums"))


_WHO_IS_NAMED = re.compile(r"^\W*who\s+(?P<verb>is|was|were|are|['’]s)\s+(?!(?:the|a|an|this|that|these|those|he|she|it|they|his|her|their|its)\b)"
                           r"(?P<name>[A-Za-z][\w’'.-]+(?:\s+[A-Za-z][\w’'.-]+){1,2})\s*(?:[,?!.]|$)", re.I)


def _namesake_only(ctx: Context) -> str | None:
    """"Who was Marian Lutz?" where the article names her only in a longer name, "the Marian
    Lutz Memorial Pool": it never says who she was (and she is none of its people)."""
    asked = _WHO_IS_NAMED.search(ctx.analysis.question)
    if asked is None:
        return None
    name = asked.group("name")
    if any(fold(name) in (fold(s.name), *map(fold, s.aliases)) for _, s in ctx.library.speakers(ctx.scope)):
        return None
    longer: list[str] = []
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        if view is None:
            continue
        text = view.item.article.text
        for m in re.finditer(r"\b" + r"\s+".join(re.escape(w) for w in name.split()) + r"\b", text, re.I):
            found = m.group(0)
            if not all(w[:1].isupper() for w in found.split()):
                return None  # (a name written as words: not a name)
            after = re.match(r"(?:\s+(?:[A-Z][\w’'-]+|of|the|and))*\s+[A-Z][\w’'-]+", text[m.end():])
            if not after:
                return None  # (the name on its own somewhere: who it is may be said)
            longer.append(found + after.group(0))
    if not longer:
        return None
    verb = "was" if asked.group("verb").lower() in ("was", "were") else "is"
    return f"The article doesn't say who {asked.group('name').title()} {verb}: it gives the name only as part of “{longer[0]}”."


def _name_tails(question: str, ctx: Context) -> set[str]:
    """The tokens of the question that go on a name the article writes with capitals
    ("falls" of "harlow falls" for "Harlow Falls"), beyond its first word."""
    words = re.findall(r"[\w’'.-]+", question)
    # (the article's pairs of capitalised words, found once per scope)
    pairs = ctx.library.memo(("capitalised pairs", frozenset(ctx.scope)), lambda: {
        (m.group(1).lower(), m.group(2).lower()) for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None
        for m in re.finditer(r"(?=\b([A-Z][\w’'.-]*)\s+([A-Z][\w’'.-]*)\b)", v.item.article.text)})
    return {t for first, second in zip(words, words[1:]) if first.lower() not in STOPWORDS and second.lower() not in STOPWORDS
            and (first.lower(), second.lower()) in pairs for t in tokens(second)}


# "how often ... under the new rules?" (the article's "limits"): a phrase that sets the scene
# with a word that dates a thing makes no concept with it ("what new sanctions ...?" does)
_WHEN_MODIFIERS = frozenset({"new", "old", "current", "latest", "recent", "existing", "present", "former", "previous"})
_SETTING_PREPOSITIONS = frozenset({"under", "with", "after", "before", "since", "given"})


def _unsaid(words: list[str], text: str, embeddings) -> list[str]:
    """Those of ``words`` that ``text`` has in no form (the word, a longer or shorter form
    of it, or a near-synonym): what a person's own sentences never speak of."""
    have = set(tokens(text))
    plain = {w for w in re.findall(r"[a-z][a-z’'-]{2,}", text.lower()) if w not in STOPWORDS}
    # (or by another word for it: "suing" where they said "litigation")
    missing = [w for w in dict.fromkeys(words) if not _has_form(w, have)
               and not any(_has_form(o, have) for o in _same_words(w) | _family(w) | _other_names(w))]
    if _MONEY.search(text):
        # ("did he say anything about borrowing money?": "If we borrow $5.5 million ...")
        missing = [w for w in missing if w not in _MONEY_WORDS]
    wordy = [w for w in missing if not any(ch.isdigit() for ch in w)]
    if wordy and embeddings is not None:
        close = _close_words(wordy, plain, embeddings, SYNONYM_SIMILARITY)
        missing = [w for w in missing if w not in close]
    return missing


def _has_form(w: str, vocab: set[str]) -> bool:
    """Is the word in ``vocab``, or a longer or shorter form of it ("impress", "impressed";
    "chemo" of "chemotherapy")? A shorter word is no form of a compound it starts: "tooth" in
    the vocabulary does not have "toothpaste"."""
    return w in vocab or (len(w) >= 4 and any(v.startswith(w)
                                              or (len(v) >= 5 and w.startswith(v) and not _compounded(w, v))
                                              for v in vocab if v[:3] == w[:3]))


# word endings that are whole words too, but make another form of a word ("affordable")
_SUFFIX_WORDS = frozenset("able ably ible less ness ment ments ship hood wise ward wards like some ally ical ance ence ings "
                          "ation ations".split())


def _compounded(longer: str, shorter: str) -> bool:
    """Does the longer word (a stem) add a whole word to the shorter one ("toothpast" is
    "tooth" and "paste"), rather than an ending?"""
    rest = longer[len(shorter):]
    return len(rest) >= 4 and rest not in _SUFFIX_WORDS and (rest in english_words() or rest + "e" in english_words())


def _close_words(words: list[str], candidates: set[str], embeddings, similarity: float) -> set[str]:
    """Those of ``words`` whose word vector is at least ``similarity`` from one of ``candidates``."""
    if not words or not candidates:
        return set()
    best = (embeddings.embed_words(words) @ embeddings.embed_words(sorted(candidates)).T).max(axis=1)
    return {w for w, b in zip(words, best) if b >= similarity}


def _synonyms_present(words: list[str], ctx: Context, embeddings, similarity: float = 0.68) -> set[str]:
    """Those of ``words`` with a near-synonym among the words of the articles the evidence
    comes from (at most three; word vectors are cached across questions and articles)."""
    found_words: set[str] = set()
    for aid in list(dict.fromkeys(e.article_id for e in ctx.evidence))[:3]:
        view = ctx.library.articles.get(aid)
        if view is not None:
            found_words |= view.words
    return _close_words(words, found_words, embeddings, similarity)


_MONEY = re.compile(r"[$€£¥]|\b(?:euros?|dollars?|pounds?|yen|francs?|rubles?|roubles?|pesos?|rupees?|cents?|pence|"
                    r"usd|eur|gbp|budget|bn|cost(?:s|ing)?|priced?|fees?|fares?|funding)\b", re.I)
_PERCENTAGES = re.compile(r"\b\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)", re.I)
_TIME = re.compile(
    r"\b(?:\d{4}|january|february|march|april|june|july|august|september|october|november|december|"
    r"may\s+\d{1,2}|\d{1,2}\s+may|(?-i:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ll]ast|[Ee]arly|[Ll]ate)\s+May|mid-May)|"  # ("in May", not "may")
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|tonight|yesterday|tomorrow|spring|summer|autumn|fall|winter|(?:next|last|this|that)\s+(?:week|month|year)|"
    r"\d+\s+(?:days?|weeks?|months?|years?)\s+(?:ago|later|after|before)|"
    r"(?:after|within)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days|weeks|months|years)|"  # ("must review the program after 18 months")
    r"(?:an?|one|\d+)\s+(?:minutes?|hours?)\s+(?:before|after)\s+(?:the|its|his|her|their|that|this|it|noon|midnight|dawn|(?-i:[A-Z\d]))\b|"
    r"morning|afternoon|evening|midnight|noon|[ap]\.m\.|o'clock)\b", re.I)
# a follow-up asked of the last answer's subject by a pronoun alone: "what was the vote on that?"
_ON_THAT = re.compile(r"\b(?:on|about|for|of|over)\s+(?:that|it|this|them|those)\s*\??\s*$|"
                      r"\b(?:is|was|are|were)\s+(?:that|it|this|they|those)\s+(?:from|to|away)\b", re.I)  # ("how far away is that from the town?")
_MARKET_PRICE = re.compile(r"\b(stock|share)\s+(?:price|value)s?\b|\bmarket\s+(?:value|cap|capitali[sz]ation)\b", re.I)


def _article_sentences(ctx: Context, sent: Sentence) -> list[Sentence]:
    view = ctx.library.articles.get(sent.article_id)
    return view.sentences if view is not None else []


# "when is the hearing?", "tell me when the hearing on the protest is": the thing whose time is asked
_WHEN_OF = re.compile(r"\bwhen\s+(?:is|was|are|were|will\s+be)\s+(?:the|a|an|its|their|his|her|that|this)\s+"
                      r"(?:next\s+|first\s+|public\s+|whole\s+|entire\s+|full\s+|final\s+|last\s+|new\s+)?"
                      # ("the court hearing": the noun a modifier goes on)
                      r"(?:(?:court|council|board|public|final|formal|trial|appeals?|committee|budget|school|town|city)\s+)?"
                      r"(?!(?:whole|entire|full|final|last|next|first|public)\b)([a-z]{4,})\b(?!\s+(?:be|been|being|going|start|end|open|close|held)\b)|"
                      r"\bwhen\s+(?:the|a|an|its|their|that|this)\s+(?:next\s+|first\s+|public\s+)?([a-z]{4,})\b[^?,.]{0,40}?\s+(?:is|was|will\s+be)\s*\??\s*$", re.I)


def _when_of(question: str) -> str | None:
    m = _WHEN_OF.search(question)
    word = m and (m.group(1) or m.group(2)).lower()
    return word if word and word not in STOPWORDS and not is_person_noun(word) else None


def _dated(text: str, noun: str) -> bool:
    """Whether the text puts a date right beside the noun: "a hearing on July 9", "the
    July 9 hearing", "the hearing, set for Thursday"."""
    for m in re.finditer(r"\b" + re.escape(noun) + r"s?\b", text, re.I):
        after, before = text[m.end(): m.end() + 45], text[max(0, m.start() - 25): m.start()]
        if (t := _TIME.search(after)) and re.fullmatch(r"[\s,]*(?:(?:\w+\s+){0,3}(?:on|in|at|for|set\s+for|scheduled\s+for|is|was|will\s+be)\s+)?",
                                                     after[: t.start()], re.I):
            return True
        if (t := _CALENDAR.search(before)) and re.fullmatch(r"[\s’'s]*(?:\w+\s+)?", before[t.end():]):
            return True
    return False


_WHEN_DONE = re.compile(r"\bwhen\s+(?:did|was|were|had)\b", re.I)
# "what hours can people park there?": hours of the clock, a span of them
_HOURS_ASKED = re.compile(r"\b(?:what|which)\s+hours\b", re.I)
_HOURS_OPEN_ASKED = re.compile(r"\b(?:what|which)\s+hours?\b[^?]*\b(?:open|operate|operates|operating)\b|\bopening\s+(?:hours|times)\b|"
                               r"\bhours\s+of\s+operation\b", re.I)
_CLOCK_ASKED = re.compile(r"\b(?:what|which)\s+time\b(?!\s+of\s+(?:the\s+)?(?:year|month|week|season))"
                          r"(?!\s+(?:frame|period|scale|line|zone)s?\b)|\b(?:what|which)\s+hours?\b", re.I)
_HOUR = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?)"  # "11 p.m.", "6:30am"
_CLOCK = re.compile(r"\b" + _HOUR + r"|\b\d{1,2}:\d{2}\b|\b(?:noon|midday|midnight|o['’]clock|"
                    r"morning|afternoon|evening|tonight|overnight|dawn|dusk)\b", re.I)
# "what date was the meeting?", "exact date of the vote?": a calendar date, not "on Thursday"
_DATE_ASKED = re.compile(r"\b(?:what|which|exact|precise|specific|actual|calendar)\s+date\b|\bdate\s+(?:of|was|is|did)\b|"
                         r"\b(?:the\s+)?(?:last|final)\s+day\s+(?:the|that|of|for|it|they|he|she|when)\b", re.I)
_MONTHS = (r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|"
           r"sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)")
# a person's age: "Dana Pike, 58,", "the 58-year-old", "aged 58", "age 58"
_PERSON_AGE = re.compile(r",\s*\d{1,3},|\b\d{1,3}-year-old\b|\baged?\s+\d{1,3}\b", re.I)
_DECIDED_TO = re.compile(r"\b(?:voted|agreed|decided|approved|moved|chose)\b(?:[^.;:]|\.(?=\s+\d)){0,40}?\bto\s+(?!be\b)[a-z]+", re.I)
_EXACTLY_WHEN = re.compile(r"\bwhen\s+(?:exactly|precisely)\b|\b(?:exactly|precisely)\s+when\b", re.I)
# "what year did the pantry get started?" asks for a year, not "last year" or "this month"
_YEAR_ASKED = re.compile(r"\b(?:what|which)\s+year\b", re.I)
_YEAR_GIVEN = re.compile(r"\b(?:1[6-9]|20)\d\d\b(?!\s*(?:percent|%|people|residents|households|pounds|dollars))")
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_CALENDAR = re.compile(r"\b" + _MONTHS + r"\s*\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"(?![\w])|"
                       r"\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b", re.I)
# the day of a vote, put right after it ("voted 7-2 on Aug. 12 to close the unit"): not the
# day of what was voted on
_VOTE_DATE = re.compile(r"(\bvoted\s+(?:\d+\s*[-–]\s*\d+\s+)?(?:on\s+)?)((?:" + _MONTHS + r"\s*\d{1,2}(?:,\s+\d{4})?|"
                        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)", re.I)
_ABOUT_A_VOTE = re.compile(r"\b(?:vot\w*|ballot\w*|decid\w*|decision|approv\w*|pass(?:ed)?|meet\w*|session|hearing)\b", re.I)
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
                     r"thousands?|millions?|billions?|half|third|quarter|percent|several|few)\b", re.I)


# up to two describing words between "which" and the noun ("which specific Ukrainian cities"), not a verb ("what did the town")
_DESCRIBING = r"(?:(?!(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|the|a|an|this|that|its|their|his|her)\b)[a-z]+\s+){0,2}"
_COUNTRIES_ASKED = re.compile(r"\b(?:which|what)\s+(?:other\s+)?" + _DESCRIBING + r"(?:countries|nations|country|nation)\b", re.I)
_CITIES_ASKED = re.compile(r"\b(?:which|what)\s+(?:other\s+)?" + _DESCRIBING + r"(?:cities|city|towns?|villages?|counties|county)\b", re.I)
_NOT_COUNTRIES = {"european union", "north atlantic treaty organization", "united nations"} | US_STATES


# "what's the hotel tax rate?", "what interest rate does it pay?": a rate by its kind
_RATE_NOUN_ASKED = re.compile(r"\bwhat(?:['’]?s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be|\s+would\s+be)?\s+(?:the\s+|its\s+|their\s+)?"
                              r"(?:[\w’'-]+\s+){0,3}?(?P<noun>tax|interest|exchange|vacancy|unemployment|occupancy|inflation|turnover|"
                              r"graduation|poverty|crime|mortgage|dropout|infection|mortality)\s+rates?\b", re.I)
_RATE = re.compile(r"%|\bper\s*cent\b|\bpercent(?:age)?\b|\bper\b|\bbasis\s+points?\b|\bcents?\s+(?:on|for|a|an)\b|"
                   r"\d\s*(?:to|for)\s+(?:one|1|a|an|the)\s+[a-z]+\b", re.I)


def _strict_type(question: str) -> str | None:
    """The kind of answer only a sentence of that form can give (a sum, a date, a share, a
    span of time, a count of something), or None."""
    wanted = _answer_type(question)
    if wanted in ("money", "time", "share", "duration", "age", "rate") or (
            wanted == "number" and (re.search(r"\bhow\s+many\b|\b(?:size|area)\s+of\b|\bacreage\b", question, re.I)
                                    or _UNIT_ASKED.search(question) or _MEASURE_NOUN_ASKED.search(question))):
        return wanted
    return None


# "where are they meeting?", "when is the council voting?": asked of what is going on now
_PRESENT_ASKED = re.compile(r"\b(?:is|are|am)\s+(?:[\w’'-]+\s+){0,3}?([a-z]{2,}ing)\b")


def _in_present(question: str, pool: list) -> list:
    """Candidates (score, overlap, sentence) for a question asked in the present tense,
    those that tell it in the present first ("a coalition of countries meets in Paris on
    Thursday", not "at his Aug. 18 meeting"); the order otherwise kept."""
    m = _PRESENT_ASKED.search(question)
    if not m:
        return pool
    base = m.group(1)[:-3]
    verb = r"(?:" + re.escape(base) + r"|" + re.escape(base) + r"e)"
    now = re.compile(r"\b(?:is|are)\s+(?:[\w’'-]+\s+)?" + re.escape(m.group(1)) + r"\b|"
                     r"(?<!\bthe\s)(?<!\ba\s)\b" + verb + r"(?:s|es)\b", re.I)
    return sorted(pool, key=lambda c: not now.search(c[2].text))


def _answer_type(question: str) -> str | None:
    """What kind of answer the question asks for, when its form says: a time, money, a number."""
    q = question.lower()
    # ("when Heisbourg says 'no suggestion', what's he talking about?": the clause saying
    # when is not what is asked)
    q = re.sub(r"^\W*(?:when|whenever|if|once|after|before|while)\s+(?!(?:did|does|do|is|are|was|were|has|have|had|can|could|"
               r"would|will|should)\b)[^,?]{3,80}?,\s*(?=(?:what|who|how|which|where|why|when|did|does|is|are|was)\b)", "", q)
    if re.search(r"\bhow\s+much\s+longer\b(?!\s+(?:than|in\s+(?:feet|miles|meters)))", q):
        return "duration"  # ("how much longer would the landfill last?": "extend the landfill’s life by 31 years")
    if (re.search(r"\bby\s+how\s+much\b", q) or re.search(r"\bhow\s+much\s+(?:(?:is|are|will|would|does|do|did|has|have|was|were)\s+)?"
                                                            r"(?:[\w’'-]+\s+){1,4}?(?:going\s+up|go\s+up|goes\s+up|went\s+up|gone\s+up|"
                                                            r"ris(?:e|es|ing)|rose|risen|increas(?:e|es|ed|ing)|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|"
                                                            r"grow(?:s|n|ing)?|grew|going\s+down|go\s+down|goes\s+down|went\s+down|fall(?:s|en|ing)?|fell|"
                                                            r"drop(?:s|ped|ping)?|decreas(?:e|es|ed|ing)|shrink(?:s|ing)?|shrank)\b", q)
             and not re.search(r"\b(?:cost|costs|pay|paid|worth|spend|spent|price|budget)\b", q)) \
            and not re.search(r"\b(?:dollars?|euros?|pounds?|money)\b", q):
        # ("by how much has median rent gone up?", "how much is tuition going up?": a change,
        # in dollars or percent)
        return "number"
    if re.search(r"\bhow\s+much\b.*\b(?:cost|price|pay|paid|spend|spent|charge|worth|fund|budget|raise|earn|salary|salaries|wages?|"
                 r"rent|tuition|fees?\b|fares?|income|revenues?|borrow|borrows|borrowed|lend|lends|lent|loans?|owes?|owed|grants?|"
                 # ("how much is the golf course being sold for?")
                 r"(?:sold|sell|sells|selling|bought|buy|buys|buying|leased?|rented)\s+(?:[\w’'-]+\s+){0,3}?for\b)|"
                 r"\b(?:cost|price|pay|spend|budget)\b.*\bin\s+(?:euros?|dollars?|pounds?)\b|\bhow\s+much\s+(?:[a-z-]+\s+){0,2}?money\b|"
                 # ("cost of the revenue guarantee?": asked in a few words)
                 r"^\W*(?:and\s+)?(?:the\s+)?(?:total\s+|estimated\s+|overall\s+)?(?:cost|price|price\s+tag)\s+(?:of|for)\b[^?]{0,60}\??\s*$|"
                 # ("what's the price tag on the new ballpark?", "what is his salary?")
                 r"\bwhat(?:['’]?s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be|\s+would\s+be)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
                 r"(?:(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?:[’']s(?:\s+(?:office|department|agency|district|union|company|team|club|group|board|"
                 r"city|county|state|school|hospital|program))?|(?<=[a-z]s))\s+)?(?:(?:total|estimated|annual|overall|final|average|typical|median|entire)\s+){0,2}"
                 r"(?:(?:nightly|hourly|daily|weekly|monthly|yearly)\s+)?(?:(?:stock|share|ticket|sale|sales|asking|purchase|list|retail)\s+)?"
                 r"(?:price(?:\s+tag)?|cost|costs|budget|bill|"
                 r"fee|fees|fare|fares|salary|wages?|pay|tuition|rent|revenues?|income|profits?|earnings|turnover)\b|\bhow\s+expensive\b|"
                 # ("what would generators for the clinics cost?", "what does a pass cost now?")
                 r"\bwhat\s+(?:would|will|does|do|did|should|could|might)\b[^?]{1,60}?\bcost\b(?:\s+(?:now|today|then|them|us|the\s+\w+))?\s*\??\s*$", q) \
            or _UNIT_PRICE_ASKED.search(q) or _MAKES_ASKED.search(q) \
            or re.search(r"\b(?:is|are)\s+there\s+(?:any|some)\s+(?:money|funding|funds|cash|compensation|financial\s+help)\b", q) \
            or re.search(r"\bwhat\s+(?:do|does|did|will|would)\b[^?]{1,60}?\b(?:get\s+paid|earn|earns|earned)\b", q) \
            or re.search(r"\bwhat\s+(?:did|does|do|will|would)\s+[^?]{1,40}?\s+pay\s+(?:to|for)\s+\w", q) \
            or re.search(r"[’']s\s+(?:share|part|portion)\s+of\s+the\s+(?:cost|costs|bill|price|tab|funding|money)\b", q):
        return "money"  # ("is there any money for the lake homeowners?": a sum set aside for them)
    if re.search(r"^\s*(?:and\s+|so\s+)?when\b|\bwhen\s*\??\s*$|\b(?:what|which)(?:['’]s|\s+is|\s+was)?\s+(?:the\s+)?(?:exact\s+|precise\s+|specific\s+)?(?:date|day|year|month|time|hour|deadline|cut-?off)s?\b|\bby\s+when\b|\bhow\s+soon\b", q) or _DATE_ASKED.search(q):
        return "time"
    if _SOURCE_ASKED.search(q):
        return "source"  # ("where would the money come from?": "would come from the county’s reserve fund")
    if re.search(r"^\s*(?:and\s+)?where\b|\bwhere\s*[?,]*\s*$|\b(?:which|what)\s+" + _DESCRIBING + r"(?:city|cities|towns?|villages?|country|countries|place|"
                 r"venue|capital|state|region|county|counties)\b", q):
        return "place"
    if re.search(r"^\W*(?:(?:and|so)\s+)?(?:what(?:['’]s|\s+is|\s+was|\s+are)\s+(?:the\s+|its\s+|their\s+)?(?:total\s+|overall\s+)?)?"
                 r"(?:size|area)\s+of\b", q):
        if re.search(r"\bsize\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:fund|budget|grant|loan|bond|deal|package|settlement|"
                     r"payout|award|donation|gift|fine|penalty|subsidy|contribution|investment|pot)s?\b", q):
            return "money"  # ("size of the rebate fund?": "a $150,000 rebate fund")
        return "number"  # ("size of the juniper basin range?", "what is the size of the herd?")
    if _CALLED_ASKED.search(q):
        return "called"
    if re.search(r"\bwhat(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|their\s+|his\s+|her\s+)?names?\s+of\b|"
                 r"\bwhat(?:['’]s|\s+is|\s+was)\s+the\s+[a-z]+\b[^?]{0,40}?[’'](?:s\s+|\s+)name\b|"
                 r"\bwho\s+(?:is|was)\s+the\s+(?:unnamed\s+)?(?:\w+\s+)?spokes(?:person|man|woman)\b", q):
        return "names"
    if re.search(r"\bwhat\s+(?:were|was|are|is)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?[^?]{0,40}?\b(?:test\s+)?scores\b", q) \
            and not re.search(r"\bscores\s+(?:of|on|for)\s+(?:the\s+)?(?:people|residents|speakers|comments)\b", q):
        return "number"  # ("what were Cedar Fork's reading test scores last year?": figures, not "track test scores")
    if re.search(r"\bhow\s+old\b", q) or _BEEN_AROUND.search(q):
        return "age"  # ("how long has her department been around?": "We are the oldest department on this campus")
    if _CONTACT_ASKED.search(q):
        return "contact"
    if _RATE_NOUN_ASKED.search(q):
        return "rate"  # "what's the hotel tax rate going to be?": a rate, not any figure (nor what it is)
    if _MEASURE_NOUN_ASKED.search(q):
        return "number"  # ("what's the setback from property lines?": "at least 300 feet from property lines")
    if _DEFINITION.match(question):
        return "definition"
    if re.search(r"\b(?:which|what)\s+(?:are\s+the\s+)?(?:names?\s+of\s+(?:the\s+)?)?(?:\w+\s+){0,2}(?:companies|firms|supermarkets|"
                 r"retailers|chains|brands|models|manufacturers|makers|banks|parties|teams|clubs|schools|districts|communities|municipalities|suburbs|universities|hospitals|agreements|deals|"
                 r"treaties|charities|newspapers|airlines|countries|nations|cities|towns|states|jets|aircraft|planes|fighters|"
                 r"warplanes|helicopters|drones|missiles|tanks|warships|submarines)\b", q):
        return "names"
    if re.match(r"\s*(?:and\s+)?who\b", question, re.I) and not re.match(r"\s*(?:and\s+)?who(?:\s+is|\s+was|['’]s)\s+[A-Z]", question):
        return "agent"
    if re.search(r"\bwhat\s+(?:percentage|percent|share|proportion|fraction|portion)\b|\bhow\s+much\s+of\b", q):
        return "share"
    if re.search(r"\bhow\s+long\b(?!\s+(?:is|was|will|would)\s+(?:the|a|an)\s+\w+\s*\??$)", q) or _time_bound_asked(question):
        return "duration"
    if re.search(r"\bhow\s+(?:many|much|long|old|big|large|far|fast|tall|deep|wide|full|empty|crowded|occupied|vacant)\b|\bwhat\s+(?:percentage|share|number|proportion|fraction|amount|quantity|volume)\b|"
                 r"\bwhat\s+(?:[a-z-]+\s+)?(?:figures|numbers|toll|tally|count)\s+(?:for|of|on|does|did|do|are|were)\b|"
                 r"\b(?:acreage|square\s+footage)\b", q):  # ("total farmland acreage?": how many acres)
        return "number"
    if _PRECEDENT_ASKED.search(q):
        return "precedent"
    if _TALLY_ASKED.search(q):
        return "tally"
    return None


def _title_of_a_part(question: str, s: Speaker) -> str | None:
    """"Harlow State's president" asked, where the person is "president of the Harlow State
    chapter of the American Association of University Professors": the owner the question
    gives only names what their body is of. Returns the title asked ("harlow state's
    president") or None."""
    m = _OWNED_TITLE.search(question)
    if not m or not s.description:
        return None
    owner = [w for w in re.findall(r"[A-Za-z][\w’'.-]*", m.group("owner")) if w.lower() not in ("the", "what", "whats", "name", "of", "who", "is")]
    if not owner:
        return None
    name = r"\s+".join(re.escape(w) for w in owner)
    held = re.search(r"\b" + re.escape(m.group("title")) + r"\w*\s+(?:of|at|for)\s+(?:the\s+)?" + name + r"\s+([a-z][\w-]+)\b",
                     s.description, re.I)
    if held and held.group(1).lower() not in ("university", "college", "school", "company", "corporation", "city", "county", "state"):
        return f"{' '.join(owner)}’s {m.group('title').lower()}"
    return None


_OWNED_TITLE = re.compile(r"(?P<owner>(?:[A-Za-z][\w.-]*\s+){0,3}[A-Za-z][\w.-]*)[’']s?\s+(?:current\s+|new\s+)?"
                          r"(?P<title>president|chair(?:man|woman|person)?|director|chief|head|ceo|leader)\b", re.I)
# a person's own people, asked "who was X's predecessor?"
_KIN = re.compile(r"[’']s\s+(?:predecessor|successor|deputy|husband|wife|son|daughter|brother|sister|mother|father|partner|boss|"
                  r"neighbou?r|friend|colleague|cousin|child|kids?|grandson|granddaughter)s?$", re.I)
# "how much is room and board at harlow state?": the thing priced
_PRICED_THING = re.compile(r"\bhow\s+much\s+(?:is|are|was|were)\s+(?:the\s+|a\s+|an\s+|one\s+)?"
                           r"(?P<thing>(?!(?:it|that|this|they|them|he|she|there)\b)[a-z][\w-]*(?:\s+(?:and\s+)?(?!(?:at|in|for|cost|costs)\b)[a-z][\w-]*){0,2}?)"
                           r"(?=\s+(?:at|in|for|cost|costs|now|going|per|each)\b|\s*\??\s*$)", re.I)
_BEEN_AROUND = re.compile(r"\bhow\s+long\b[^?]*\b(?:been\s+around|existed|been\s+in\s+existence|been\s+in\s+business)\b", re.I)
# "where would the money come from?", "how will they pay for it?": what pays for a thing
_SOURCE_ASKED = re.compile(r"\bwhere\b[^?]{0,60}\b(?:money|funds?|funding|cash|dollars|subsidy|grant|payments?)\b[^?]{0,20}\b(?:come|comes|coming|came)\s+from\b|"
                           r"\bhow\s+(?:will|would|do|does|did|is|are|was)\b[^?]{0,40}\b(?:pay|paid|fund|funded|finance|financed|cover)\s+(?:for\s+)?(?:it|that|this|them)\b", re.I)
_SOURCE = re.compile(r"\b(?:come|comes|came|coming)\s+from\b|\b(?:funded|financed|covered|paid\s+for)\s+(?:by|through|from|with|out\s+of)\b|"
                     r"\b(?:out\s+of|from)\s+(?:the|its|their|a|an)\s+(?:[\w’'-]+\s+){0,4}(?:fund|reserves?|budget|account|grants?|taxes|tax|bonds?)\b", re.I)


# "what was the final vote?", "how did the vote go?", "what was the tally": a vote count
# ("what was the trustees vote?", "what was the council's final tally?")
_TALLY_ASKED = re.compile(r"\bwhat\s+(?:was|is|were)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:final\s+|actual\s+|exact\s+)?(?:vote|tally|count|margin)\b"
                          # ("what was the final vote on the ban?" is its tally; not "what was the vote about?")
                          r"(?!\s+(?:about|of)\b|\s+on\s*\??\s*$)|"
                          r"\bhow\s+did\s+(?:the\s+)?(?:vote|ballot)\s+(?:go|turn\s+out|end)\b|\bwhat\s+was\s+the\s+(?:vote|tally)\s+count\b|"
                          r"\bby\s+(?:how\s+much|what\s+margin)\b[^?]*\bvot|"
                          # (terse: "commission vote count on the subsidy?")
                          r"\bvote\s+(?:count|tally|breakdown|margin|split|totals?)\b|"
                          # ("was the board vote unanimous?": the tally says, or that it was)
                          r"\bunanimous(?:ly)?\b", re.I)


# "have they ever gone on strike before?", "is this the first time?": whether it happened
# before, which an article says as "the first in its 62-year history", "the deepest cuts in
# nearly five decades", "never before"
_PRECEDENT_ASKED = re.compile(r"\bever\b[^?]{0,80}\bbefore\b|\b(?:ever|previously)\s+(?:been|gone|had|seen|happened|done|held|faced)\b[^?]*\?|"
                              r"\b(?:is|was)\s+(?:this|it|that)\s+(?:really\s+)?(?:the|their|its)\s+(?:first|biggest|largest|highest|"
                              r"steepest|worst|deepest|longest|lowest)\b|"
                              r"\b(?:happened|been\s+done)\s+before\b|"
                              # ("what was the previous big one?": the last one like it)
                              r"\b(?:previous|prior)\s+(?:big|major|large|serious)\s+(?:one|[a-z]+)\b", re.I)
_SPAN_OF_YEARS = (r"in\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|"
                  r"several|many)\s+(?:years|decades|generations?)")  # "in nearly five decades"
# "what was the previous big one?", "the last major strike before this": the one before it
# "when did the district last raise its rates?", "... before this year": an earlier time
_LAST_TIME_ASKED = re.compile(r"\bwhen\s+(?:did|was|were|had|has|have)\b[^?]*\blast\s+(?!(?:year|month|week|time|night)\b)[a-z]+|"
                              r"\bbefore\s+this\s+(?:year|one|season|time)\b", re.I)
_PREVIOUS_ASKED = re.compile(r"\b(?:previous|prior)\s+(?:(?:big|major|large|serious)\s+)?(?:one|[a-z]+)\b|"
                             r"\blast\s+(?:big|major|large|serious)\s+(?:one|[a-z]+)\b", re.I)
_PREVIOUS = re.compile(r"\b(?:last|previous|prior)\s+(?:(?:major|big|large|serious)\s+)?(?:[a-z]+)\b(?:,\s+in\s+\d{4}|\s+(?:in|was)\b)", re.I)
_PRECEDENT = re.compile(r"\b(?:first|deepest|largest|biggest|worst|highest|lowest|longest)\b[^.;]{0,50}\b" + _SPAN_OF_YEARS + r"\b|"
                        r"\bfirst\b[^.;]{0,50}\b(?:history|ever|since)\b|"
                        r"\bnever\s+(?:before|in\s+(?:its|their|the)\s+history)\b|\bfor\s+the\s+first\s+time\b|\bunprecedented\b|"
                        r"\b(?:last|previous)\s+(?:time|strike|walkout|occasion)\b|\bsince\s+(?:1[89]|20)\d\d\b|"
                        # ("the deepest since the district was formed", "Its last major reduction, in 2015")
                        r"\b(?:deepest|largest|biggest|worst|highest|lowest|longest)\s+since\b|"
                        r"\b(?:last|previous|prior)\s+(?:major|big|large|serious)\s+[a-z]+\b", re.I)


_PERSON_NAME_ASKED = re.compile(r"\bnames?\s+of\s+(?:the\s+|that\s+|this\s+)?[^?]*\b(?P<role>spokes(?:person|man|woman)|official|officer|"
                                r"person|man|woman|worker|source|resident|witness|victim|driver|employee)s?\b|"
                                r"\bwho\s+(?:is|was)\s+the\s+(?:unnamed\s+)?(?:\w+\s+)?(?P<role2>spokes(?:person|man|woman))\b|"
                                # ("what is the mayor of Kessler Falls’ name?")
                                r"\bwhat(?:['’]s|\s+is|\s+was)\s+the\s+(?P<role3>[a-z]+)\b[^?]{0,40}?[’'](?:s\s+|\s+)name\b", re.I)
# "did he say how many ...?", "has she mentioned when ...?": asked about the person's words, not the facts
_ASKED_IF_SAID = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:did|does|has|have)\s+(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
                            r"(?:also\s+|ever\s+|actually\s+|really\s+)?(?:say|said|mention\w*|tell|told|give|given|specify|"
                            r"specified|put|estimate\w*|predict\w*|suggest\w*)\b", re.I)
_STANCE = re.compile(r"\b(?:is|was|are|were|sounds?|seems?|feels?|be|being|sounded|seemed|stay|stays|remain|remains)\b"
                     r"[^?]{0,30}?\b(?P<word>optimis\w*|pessimis\w*|hopeful|upbeat|positive|negative|gloomy|bleak|confident|"
                     r"worried|sceptic\w*|skeptic\w*|doubtful|bullish|bearish|despairing|cheerful|encouraged|discouraged)\b"
                     r"(?P<rest>[^?]*)", re.I)
# (nothing after the word but chat: "is he optimistic tho", "optimist or no? why?"; not "confident
# the West would ...", "optimistic about the talks")
_STANCE_ALONE = re.compile(r"(?:[\s,.!;:?-]|\b(?:tho|though|or|not|no|yes|at|all|overall|really|generally|then|why|"
                           r"optimistic|pessimistic|optimist|pessimist|about\s+(?:it|this|that|things|the\s+future|the\s+outlook)|"
                           r"in\s+general|on\s+the\s+whole)\b)*+", re.I)
_IN_ORDER = re.compile(
    r"(?P<last>\bwrap(?:s|ped|ping)?\s+(?:\w+\s+)?up\b|\bsum(?:s|med|ming)?\s+(?:it(?:\s+all)?|things|everything|(?:the\s+)?(?:whole\s+)?(?:situation|matter|picture|lot))\s+up\b|"
    r"\bsum(?:s|med|ming)?\s+up\s*[?.!]*\s*$|"
    r"\bat\s+the\s+(?:very\s+)?end\s*(?:[?.!]+\s*(?=[A-Z])|[?.!]*\s*$)|\b(?:finish|conclude|close|end|sign)(?:s|es|ed|ing)?\s+(?:off\s+)?"
    r"(?:his|her|their|things|(?:in\s+|at\s+)?the\s+(?:article|piece|story)|remarks|comments)\b|"
    r"\bwith\s+what\s+(?:words?|line|quote|remark)\b[^?]*\b(?:finish|conclude|close|end|sign\s+off)\w*\b|"
    r"\b(?:last|closing|final|parting)\s+(?:word|words|thing|quote|remark|comment|thought)s?\b|"
    r"\b(?:at|by)\s+the\s+(?:very\s+)?end\s+of\s+(?:the\s+|his\s+|her\s+)?(?:article|piece|story|report|interview|remarks|meeting|"
    r"session|hearing|speech|debate|rally|(?:news\s+|press\s+)?conference|briefing|event|night|evening)\b|"
    r"\bbottom\s+line\b|\b(?:his|her|their)\s+(?:conclusion|verdict)\b)|"
    r"(?P<first>\b(?:start|begin|open)(?:s|ed|ing)?\s+(?:off\s+)?(?:his|her|their|things|remarks|comments)\b|"
    r"\bfirst\s+(?:quote|remark|comment)s?\b|"
    # ("the first thing he says", not "the first thing volunteers give to evacuees")
    r"\bfirst\s+things?(?=\s*[?.!,]|\s*$|\s+(?:(?:that|which)\s+)?(?:[\w’'-]+\s+){0,2}(?:says?|said|tells?|told|mentions?|mentioned|talks?\s+about|talked\s+about)\b))", re.I)
_SAID_THAT = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:did|does|has|is\s+it\s+true(?:\s+that)?)\s+[^?]{0,40}?\b"
                        r"(?:really\s+|actually\s+|ever\s+)?(?:say|said|claim|claimed|argue|argued|suggest|suggested|call|called|"
                        r"mention|mentioned|comment|commented|talk|talked|speak|spoke|discuss|discussed|predict|predicted|"
                        r"forecast|warn|warned)"
                        r"\s+(?:that\s+)?(?P<clause>[^?]{3,})", re.I)
# "what did Trump tell Putin?", "what did he say to reporters?": the one spoken to
_TOLD_TO = re.compile(r"\b(?:tell|told|say\s+to|said\s+to)\s+(?P<to>(?!(?:us|me|you|him|her|them|it|the|a|an|that|this|about|of|in|at|on)\b)"
                      r"[A-Za-z][\w’'-]+)", re.I)
# "what did X say about Y?", and its form that asks "... about whether Y?"
_SAY_ABOUT_PREFIX = r"^\W*what\s+(?:did|does|has|had)\s+[^?]{1,40}?\s+(?:say|said|think|thought)\s+(?:about|on|regarding|of)\s+"
_SAY_ABOUT = re.compile(_SAY_ABOUT_PREFIX + r"(?:whether|if)\s+(.+)", re.I)
_SAY_ABOUT_ANY = re.compile(_SAY_ABOUT_PREFIX + r"(.+)", re.I)
# "what hodges said about putin", "heisbourg on sanctions?", "arnold's take on the plan?"
_TERSE_ABOUT = re.compile(r"^\W*(?:what\s+)?(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+)?)(?:['’]s?)?(?:\s+(?:said|says|thinks|view|views|"
                          r"take|thoughts|opinion|position|stance))?\s+(?:about|on|regarding)\s+(?P<subject>[^?]+)\??\s*$", re.I)


def _subject_words(subject: str, names: set[str]) -> list[str]:
    """The words of a subject a person is asked about, without the person's names and the
    words any question uses (nor "having to", a need: "having to drive to deliver")."""
    subject = re.sub(r"\b(?:hav(?:e|ing)|has|had)\s+to\b", " ", subject, flags=re.I)
    # (a short stem of a longer word counts: "suing" is "su")
    return [w for w in dict.fromkeys(_long_word_tokens(subject)) if w not in _GENERIC_QUESTION and w not in names
            and w not in _SPEECH_TOKENS and not _NEGATION.fullmatch(w)]


def _subject_asked(question: str, names: set[str]) -> str | None:
    """What "what did X say about ...?" asks X to have spoken of, in its long or terse forms
    (X being the person, by ``names``)."""
    m = _SAY_ABOUT_ANY.search(question)
    if m:
        return m.group(1).strip(" ?.!")
    m = _TERSE_ABOUT.match(question) or _STANCE_ON.match(question)
    if m and tokens(m.group("who")) and set(tokens(m.group("who"))) <= names:
        return m.group("subject").strip(" ?.!")
    return None


# "did Ruth Abernathy support Pryor’s plan to cap permits at 200?": a stance on a subject
_STANCE_ON = re.compile(r"^\W*(?:(?:and|so)\s+)?(?:did|does|do|has|have)\s+(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+)?)\s+"
                        r"(?:support|back|oppose|endorse|favou?r|approve\s+of|object\s+to)\s+(?P<subject>[^?]+)\??\s*$", re.I)


# "what did she say at the Paris meeting?", "... during the Alaska summit?": where the words were said
_AT_EVENT = re.compile(r"\b(?:say|said|tell|told|speak|spoke|announce\w*|argue\w*|claim\w*|warn\w*)\b[^?]{0,20}?\b(?:at|during|in)\s+"
                       r"(?:the|that|a)\s+(?P<event>[^?]{0,40}?\b(?P<head>meeting|summit|talks|conference|hearing|session|"
                       r"briefing|rally|interview|debate|press\s+conference))\b", re.I)
_POINTING = re.compile(r"\b(?:that|this|it|those|these|them|then|there|same|him|her)\b", re.I)


def _told_unreported(question: str, view: ArticleView, names: set[str], units) -> str | None:
    """Whom "what did X tell Y?" asks about, as the article writes the name, when none of
    X's sentences reports words told to Y; None otherwise, or when Y is nobody in
    particular ("people who paid by card", whom words may reach otherwise)."""
    m = _TOLD_TO.search(question)
    if not m:
        return None
    to = m.group("to")
    if not (to[0].isupper() or to.lower() in view.proper_nouns or to.lower() in ("reporters", "journalists", "press")):
        return None
    if to.lower() in names:
        return None
    stem_of = re.escape(to[:-1] if to.endswith("s") else to)
    # (or said at a meeting with them: "At his meeting with European leaders ..., Trump said")
    spoken_to = re.compile(r"\b(?:told|tell|tells|telling|said\s+to|says\s+to|asked|urged|warned|assured|"
                           r"(?:meeting|meetings|met|meet|talks|call|spoke|speaking)\s+with)\s+"
                           r"(?:[\w.’'-]+\s+){0,2}?" + stem_of, re.I)
    if any(spoken_to.search(u[0].text) for u in units):
        return None
    written = re.search(r"\b" + re.escape(to) + r"\b", view.item.article.text, re.I)  # "putin": as written
    return written.group(0) if written else to


_NEGATION = re.compile(r"(?:do|does|did|is|are|was|were|would|could|should|wo|ca|have|has|had|must|might|need)n[’']?t|cannot|never|not|no")
# "anything about what caused the fire": the subject asked of, after its question word
# (not "how ...": a manner is put in many ways, "how people there treat him" / "nobody looks at me funny")
_ABOUT_WH = re.compile(r"(?:anything|something|much)\s+(?:about|on|regarding)\s+(?:what|why|whether|when|who|where)\s+(.+)", re.I)
_TOPIC_CLAUSE = re.compile(r"(?:anything|something|much|a\s+lot|whether|if|how|what|when|why|where|who|which)\b", re.I)
# "union ask vs company offer?", "... compared with what the company offered?": two sides
_VERSUS = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:with|to)|as\s+opposed\s+to)\s", re.I)
_A_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)  # (each side's figure)
# "who will command the force?": a role to come, answered only by a sentence that has the act
_WHO_WOULD = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:who|which\s+(?:[a-z]+\s+)?[a-z]+)(?:\s+(?:will|would|could|should|might|is\s+going\s+to|are\s+going\s+to)|"
                        r"['’]s\s+going\s+to|['’]ll)\s+"
                        r"(?:actually\s+|really\s+|then\s+)?(?P<verb>[a-z]+)\b(?:\s+(?:up|out|off|over|on))?\s*(?P<obj>[^?,.;]*)", re.I)
# "which company owns the Aspenglow Lodge?", "who runs the shelter?": who holds or runs a thing
_WHO_HOLDS = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:who|which\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:actually\s+|really\s+)?"
                        r"(?P<verb>owns|owned|runs|operates|operated|manages|managed|funds|funded|founded|sponsors|sponsored|"
                        r"makes|made|manufactures|manufactured|builds|built|supplies|supplied)\b\s*(?P<obj>[^?,.;]*)", re.I)
_OWN = r"\bown(?:s|ed|er|ers|ership)\b"
_RUN = r"\b(?:runs|ran|run\s+by|operat(?:es|ed|or|ors|ing)|manag(?:es|ed|er|ers|ing)|in\s+charge\s+of)\b"
_HOLD_FORMS = {"owns": _OWN, "owned": _OWN, "runs": _RUN, "operates": _RUN, "operated": _RUN, "manages": _RUN, "managed": _RUN,
               "funds": r"\bfund(?:s|ed|er|ers)\b|\bpa(?:ys|id)\s+for\b|\bbankroll\w*", "funded": r"\bfund(?:s|ed|er|ers)\b|\bpaid\s+for\b",
               "founded": r"\bfound(?:ed|er|ers|ing)\b|\bstarted\b|\bset\s+up\b", "sponsors": r"\bsponsor\w*", "sponsored": r"\bsponsor\w*"}
# ("who makes the driverless yard trucks?": a maker, a builder, a supplier)
_HOLD_FORMS |= {v: r"\b(?:mak(?:es|er|ers)|made\s+by|manufactur\w*|buil(?:ds|der|ders|t\s+by)|suppl(?:ies|ied\s+by|ier|iers)|vendor)\b"
                for v in ("makes", "made", "manufactures", "manufactured", "builds", "built", "supplies", "supplied")}
_SPECIFIC = re.compile(r"\b(?:specific|particular|exact|precise)\s+([a-z]+)(?:\s+([a-z]+))?", re.I)
# "what exactly were those threats?", "what threats did he make, specifically?", "what were the threats?"
_EXACTLY_WHAT = re.compile(r"\bwhat\s+(?:exactly|specifically|precisely)\s+(?:were|are|was|is)\s+(?:those\s+|these\s+|the\s+|his\s+|her\s+|their\s+)?([a-z]+)\b|"
                           r"\b(?:what|which)\s+([a-z]+)\b[^?]*\b(?:specifically|exactly|precisely|in\s+particular)\b|"
                           # "what were the threats?": the things themselves, asked for by a plural alone
                           r"^\W*(?:(?:and|so|ok(?:ay)?)\W+)?what\s+(?:were|are)\s+(?:those|these|the|his|her|their)\s+([a-z]+s)\s*\??\s*$", re.I)
# "what deadline did Trump give?", "what's the code name for the mission?": one of the
# things that are always called by their name (a deadline, a code name, a salary), asked
# for; an article that never names one can't say what it was. (Not "what warning did he
# give?" or "what reassurance?": those are told without their word.)
_WHAT_THING = re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?)\W+)?(?:what|which)(?:['’]?s|\s+is|\s+was)?\s+(?:the\s+)?(?:([a-z]{3,})\s+)?"
                         r"([a-z]{3,})\s+(?:did|does|do|has|have|had|for|of|is|was|are|were)\s+(?!(?:you|we|i|it|that|this|there)\b)", re.I)
_CALLED_BY_NAME = frozenset(tokens(
    "deadline deadlines ultimatum code codename nickname slogan motto hashtag website password salary wage wages "
    "ransom population party"))  # ("what political party is the mayor in?")


_QUESTION_VERBS = frozenset("did do does was were is are has have had can could would will should say said says mean "
                            "means happen happened exactly specifically precisely".split())


def _specifics_asked(question: str) -> list[str]:
    """The stems of the things whose particulars the question asks for: "threat" in "what
    specific threats ...?" and in "what threats did he make, specifically?"."""
    words = []
    m = _SPECIFIC.search(question)
    if m:
        words += [w for w in m.groups() if w]
    m = _EXACTLY_WHAT.search(question)
    if m:
        words += [w for w in m.groups() if w]
    m = _WHAT_THING.search(question)
    if m:
        words += [w for w in m.groups() if w and set(tokens(w)) & _CALLED_BY_NAME]
    return [t for w in words if w.lower() not in STOPWORDS and w.lower() not in _QUESTION_VERBS for t in tokens(w)]


# "how many people live in Harlow Point?", "what's the population of the town?"
_POPULATION_ASKED = re.compile(r"\bhow\s+many\s+(?:people|residents|inhabitants)\s+(?:live|lives|are\s+living|reside)\s+(?:in|on)\b|"
                               r"\b(?:what(?:['’]s|\s+is)\s+(?:the\s+)?|how\s+big\s+is\s+(?:the\s+)?)population\b|\bpopulation\s+of\b",
                               re.I)
# "a fishing town of about 9,400 people", "a population of 9,400"
_POPULATION = re.compile(r"\b(?P<kind>town|city|village|community|county|borough|suburb|island|hamlet|township)\s+of\s+"
                         r"(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|around\s+|more\s+than\s+|fewer\s+than\s+|"
                         r"just\s+(?:over|under)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+(?:people|residents|inhabitants)\b|"
                         # ("leaving this city of 41,000 without a single commercial flight": the number alone)
                         r"(?=\s*[,;—–]|\.\s|\s+(?:without|with|where|that|which|who|has|had|is|was|sits|lies|lost|gained)\b))|"
                         # ("The town’s year-round population has fallen to about 4,800")
                         r"\bpopulation\s+(?:of\s+|(?:now\s+)?(?:is|was|stands\s+at|(?:has\s+|had\s+)?(?:fallen|fell|dropped|shrunk|shrank|"
                         r"declined|grown|grew|risen|rose|climbed|swelled|reached|peaked)\s+(?:to|at)?)\s*)?"
                         r"(?:about\s+|roughly\s+|nearly\s+|around\s+|just\s+(?:over|under)\s+|more\s+than\s+|fewer\s+than\s+)?\d", re.I)


def _headline_event(ctx: Context, q_tokens: list[str], best: Sentence, pool: list, question: str) -> Sentence | None:
    """"When does the ward close?" of a story headlined "Hospital to Close Maternity Ward":
    asked of the headline's own event, which the lead tells in its own words ("will stop
    delivering babies on Sept. 30"): the lead's first sentence, when it has that kind of
    time and no close sentence has all the question's words and a time; else None."""
    view = ctx.library.articles.get(best.article_id)
    if view is None or not view.sentences:
        return None
    words = {w for w in q_tokens if w not in _TYPE_WORDS and w not in _GENERIC_QUESTION and w not in STOPWORDS}
    title = set(tokens(view.item.article.title))
    if not words or not words <= title:
        return None
    if any(words <= set(tokens(c[2].text)) and _has_type(c[2].text, "time", question) for c in pool[:10]):
        return None
    lead = view.sentences[0]
    return lead if lead is not best and _has_type(lead.text, "time", question) else None


# "Which is closer to Ostrander, Dunmore Memorial or St. Anselm?", "which stadium is bigger,
# the Meadows or Castleton Park?": two named things set side by side
_WHICH_OF_TWO = re.compile(r"\b(?i:which|what)\s+(?:[a-z]+\s+)?(?i:is|was|are|were|has|had|will\s+be)\s+(?i:[a-z]+er|more|less|fewer)\b"
                           r"[^?,:—–]*[,:—–]\s*(?i:the\s+)?(?P<a>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?i:or)\s+(?i:the\s+)?"
                           r"(?P<b>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})")


def _which_of_two(ctx: Context) -> Draft | None:
    """"Which is closer, Dunmore Memorial or St. Anselm?": the first sentence of the article
    that gives a figure beside each of the two names, both cited, for the reader to set side
    by side; None unless both have one."""
    m = _WHICH_OF_TWO.search(ctx.analysis.question)
    if not m or len(ctx.scope) != 1 or (view := ctx.library.articles.get(ctx.scope[0])) is None:
        return None
    found = []
    for name in (m.group("a"), m.group("b")):
        name = re.sub(r"[’']s$", "", name)
        hit = next((x for x in view.sentences if x.text.find(name) >= 0 and re.search(r"\d", x.text)), None)
        if hit is None:
            return None
        if hit not in found:
            found.append(hit)
    body, src = cite_sentences(found)
    return Draft(body, src)


def _the_one_named(m: re.Match, sentence: str, place: set[str], text: str) -> bool:
    """"The county of 18,400 people" in a story whose only county by name is "Tillman
    County", asked "how many people live in Tillman County?": the same place."""
    kind = m.group("kind")
    if not kind or stem(kind.lower()) not in place or not re.search(r"\b(?:the|The)\s+$", sentence[:m.start()]):
        return False
    named = set(re.findall(r"\b((?:[A-Z][\w’'-]+\s+){1,3})" + kind.capitalize() + r"\b", text))
    return len(named) == 1 and set(tokens(next(iter(named)))) | {stem(kind.lower())} == place


def _population(ctx: Context) -> Draft | None:
    """"How many people live in Harlow Point?": the sentence that gives a place's size in
    people ("this low-lying fishing town of about 9,400 people"), when it names the place
    asked, or speaks of "this town" in a story datelined from it. The only such sentence of
    the place; None otherwise (the usual search has its say)."""
    a = ctx.analysis
    if not _POPULATION_ASKED.search(a.question):
        return None
    asked = re.search(r"\b(?:in|on|of)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)", a.question)
    place = set(tokens(asked.group(1))) if asked else set()
    typed = re.search(r"\b(?:in|on|of)\s+((?:[a-z][\w’'.-]*\s+){0,3}[a-z][\w’'.-]*)\s*[?.!]*\s*$", a.question) if not asked else None
    if typed and (words := set(tokens(typed.group(1)))) and all(
            any(_a_name_in(v.item.article.text, w) for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None)
            for w in words):
        place = words  # ("how many people live in harlow pass": typed in lower case)
    if not place and len(ctx.scope) == 1 and (view := ctx.library.articles.get(ctx.scope[0])) is not None \
            and re.search(r"\b(?:in|of)\s+(?:the|this)\s+(?:town|city|village|borough|community|island)\b", a.question, re.I):
        place = set(dateline_place(view.item.article.text))  # ("in the town": the one the story is datelined from)
    found = []
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        for x in view.sentences if view is not None else []:
            m = _POPULATION.search(x.text)
            if not m:
                continue
            named = place and (place <= set(tokens(x.text)) or _the_one_named(m, x.text, place, view.item.article.text))
            here = (not place or place <= dateline_place(view.item.article.text)) and \
                re.search(r"\b(?:this|the)\s+(?:[\w’'-]+\s+){0,3}" + re.escape(m.group("kind") or "population"), x.text, re.I)
            if named or here or not place and m.group("kind") is None:
                found.append(x)
    if not found and place and not any(
            place <= set(tokens(x.text)) and re.search(r"\b(?:population|residents|inhabitants|people\s+(?:who\s+|that\s+)?(?:live|living|reside))\b", x.text, re.I)
            and re.search(r"\d", x.text) for aid in ctx.scope if (view := ctx.library.articles.get(aid)) is not None
            for x in view.sentences):
        # "What is the population of Delmont?": no sentence puts people in Delmont (only
        # "the 18-mile drive to the shelter in Delmont")
        return _refuse(REFUSAL)
    if len(found) != 1:
        return None
    body, src = cite_sentences(found)
    return Draft(body, src)


def _unmentioned_specifics(question: str, ctx: Context, embeddings) -> list[str]:
    """The things whose particulars the question asks for ("specific sanctions") that the
    articles in scope never mention, in any form or by a near-synonym (not the kind of
    answer asked for: "the exact date", "the precise figure")."""
    vocab = ctx.library.vocabulary(ctx.scope)
    out = []
    people = bool(ctx.analysis.targets) or ctx.analysis.kind == "who"
    for asked in _specifics_asked(question):
        if people and asked in _ROLE_ASKED:
            continue  # "who is Ed Arnold? I need his exact title": what the article says he is
        if asked in _TYPE_WORDS or asked in _GENERIC_QUESTION or asked in _TIME_UNITS or asked in _REQUEST_WORDS \
                or asked == "deadlin" and _deadline_said(ctx) \
                or _has_form(asked, vocab) or asked == "popul" and (counted := _population(ctx)) is not None and not counted.refused \
                or any(ch.isdigit() for ch in asked):
            continue
        found = re.search(r"\b" + re.escape(asked) + r"[\w’'-]*", question, re.I)
        probe = found.group(0).lower() if found else asked
        if not _synonyms_present([probe], ctx, embeddings, SYNONYM_SIMILARITY):
            # (named as the question has it, not by its stem: "party", not "parti")
            out.append(next((w.lower() for w in re.findall(r"[\w’'-]+", question) if asked in tokens(w)), probe))
    return out


# what a person's description gives, asked of a person
_ROLE_ASKED = frozenset(tokens("title titles role roles job jobs position positions post posts affiliation affiliations "
                               "outfit outfits employer employers organisation organization institution credentials "
                               "occupation profession"))
# "that airpower", "those troops": a thing the last answer spoke of
_POINTED = re.compile(r"\b(?:that|this|those|these)\s+([a-z][\w-]{3,})\b", re.I)
POINTED_MARGIN = 0.15
_VAGUE = re.compile(r"(?:several|various|some|many|numerous|certain|other|a\s+few|a\s+number\s+of|a\s+host\s+of|a\s+series\s+of)\b", re.I)


def _vague_only(text: str, stem: str) -> bool:
    """Does the text name this thing only by a vague count ("several threats", "various
    Ukrainian towns")?"""
    words = re.findall(r"[\w’'-]+", text)
    hits = [i for i, w in enumerate(words) if _has_word(w, stem)]
    if any(_has_word(m.group(1), stem) for m in _LISTED.finditer(text)):
        return False  # "several towns — notably Brackley, Ormond and Kessel": named after all
    return bool(hits) and all(any(_VAGUE.fullmatch(" ".join(words[j:i])) or _VAGUE.fullmatch(words[j])
                                  for j in range(max(0, i - 4), i)) for i in hits)


_LISTED = re.compile(r"\b([\w’'-]+)\W{1,4}(?:notably|including|such\s+as|namely|particularly|especially)\s+(?:in\s+)?(?:the\s+)?[A-Z]")


_INTERVAL_ASKED = re.compile(r"\bhow\s+(?:long|soon|many\s+(?:hours|days|weeks|months|years))\s+(?:after|before)\b|"
                             r"\bhow\s+(?:long|much\s+time|many\s+(?:hours|days|weeks|months|years))\b[^?]*\bbetween\b|"
                             r"\bhow\s+(?:long|many\s+(?:hours|days|weeks|months|years))\s+(?:later|earlier)\b|"
                             r"\bhow\s+many\s+(?:hours|days|weeks|months|years)\s+apart\b|"  # "how many days apart were they?"
                             # "when was that meeting relative to his Putin summit?"
                             r"\bwhen\b[^?]*\b(?:relative\s+to|in\s+relation\s+to|compared\s+(?:to|with))\b", re.I)
_INTERVAL = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)\s+"
                       r"(?:hours?|days?|weeks?|months?|years?)\s+(?:after|later|before|earlier)\b", re.I)
_ASKED_KIND = re.compile(r"\b(?:what|which)\s+(?:exact\s+|precise\s+)?(?:date|day|year|month|time)\b|"
                         # (an event's verbs: "when did the summit take place?", "where was it held?")
                         r"\b(?:take|takes|took|taken|taking)\s+place\b|\b(?:was|were|is|are|be|being|been)\s+held\b|\bheld\s*\??\s*$", re.I)
_LIGHT_VERBS = frozenset({"be", "have", "get", "do", "go", "make", "take", "say", "tell"})
_LIGHT_VERB_FORMS = frozenset(tokens(" ".join(_LIGHT_VERBS) + " put puts putting give gives giving gave given come comes came "
                                      "keep keeps kept got gets getting makes made takes took taken ask asks asked asking hold holds held holding look looks looked looking"))
_FUTURE = re.compile(r"\b(?:will|going\s+to|gonna|scheduled|expected|due|planned|set\s+to|next|upcoming)\b", re.I)  # ("when is the next election?")
_HARD_TYPES = ("money", "time", "number", "share", "duration", "names", "age", "contact", "rate")
_TYPE_WORDS = frozenset(tokens(
    "cost costs price pay paid spend spent money much many number amount date day days time year years month months "
    "week weeks when long old big large far fast share percentage percent proportion fraction portion total figure "
    "exact exactly start starting begin happen tag expensive away tall deep wide size area "
    "period duration length span timeframe hour hours longer setback setbacks distance height depth width capacity clearance"))
# ("the price tag", "how expensive", "how long is the phase-in period?", "what's the setback from homes?")


_REFERENCE_POINT = re.compile(r"\b(?:after|before|since|following|ahead\s+of|until|prior\s+to)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?"
                              r"((?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.I)


def _only_as_reference(text: str, stem_: str) -> bool:
    """Does the text name this event only as the point something else is dated from ("five
    days after the Sacramento summit")?"""
    words = [w for w in re.findall(r"[\w’'-]+", text) if _has_word(w, stem_)]
    # (not one dated right there: "less than a month before a vote scheduled for March 18")
    refs = [w for m in _REFERENCE_POINT.finditer(text) for w in re.finditer(r"[\w’'-]+", m.group(1))
            if _has_word(w.group(0), stem_) and not _DATED_HERE.match(text[m.start(1) + w.end():])]
    return bool(words) and len(refs) >= len(words)


_DATED_HERE = re.compile(r"\s*(?:[\w’'-]+\s+){0,2}?(?:scheduled|set|planned|due|slated|expected)?\s*(?:for|on|in|at)\s+(?:the\s+)?"
                         r"(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")


_WHEN_WORDS = frozenset(tokens("back ago earlier later previously recently"))  # "back in April": when, not what


# where one statement of a sentence ends and another begins: "... cuts to athletics before
# settling on the plan, and that closing the department would save $2.3 million"
# (two things said: "said X, and that Y"; not "30 nations ..., but the force ... is a subset")
_CLAUSE_BREAK = re.compile(r";|,?\s+and\s+that\b", re.I)


def _figure_with(text: str, has_focus, wanted: str, question: str) -> bool:
    """Is a figure of the kind asked in the same clause as the question's subject?"""
    return any(has_focus(part) and _has_type(part, wanted, question) for part in _CLAUSE_BREAK.split(text))


_MODIFIERS = frozenset(tokens("new old first last next other same former current recent latest previous original single individual"))


_THIS_THING = re.compile(r"\b(?:this|these)\s+([a-z][\w-]*)\b(?!\s+(?:of|for|to|on)\b)", re.I)


_WITHIN_SPAN = re.compile(r"\bwithin\s+(?:the\s+next\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"twelve|eighteen|a\s+few)\s+(?:days?|weeks?|months?|years?)\b", re.I)
_THAT_IS = re.compile(r"\W*(?:That|This|It)(?:\s+(?:is|was|would\s+be|amounts?\s+to|represents?|comes?\s+to|equals)|[’']s)\s+"
                      r"(?:about\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+|just\s+)?(?:\$|\d)")
_RUN_SPAN = re.compile(r"\b[\w-]+-year\s+(?:run|history|stay|tenure|tradition|presence|relationship)\b")  # ("a 36-year run")
_BEEN_IN = re.compile(r"\bhow\s+long\s+(?:have|has|had)\b[^?]{1,60}?\bbeen\s+(?:in|at|around|with|there|here)\b", re.I)
# a sentence that opens on a sum put on the story's event: "The $38.5 million deal with ..."
_SUM_ON_EVENT = re.compile(r"\W*(?:The|That|This|Its|Their)\s+(?:proposed\s+|planned\s+)?\$\d[\d,.]*(?:\s*(?:million|billion|[mb]n?))?\s+"
                          r"(?:deal|sale|purchase|contract|agreement|settlement|project|plan|package|offer|bid|buyout|acquisition|award)\b")
# where money goes: the fund or use it is put to, not a place
_MONEY_GOES_ASKED = re.compile(r"\bwhere\s+(?:does|do|did|will|would|is|are)\b[^?]*\b(?:money|funds?|revenue|proceeds|cash|fines?|fees?|profits?|surplus)\b"
                               r"[^?]*\b(?:go|going|end\s+up|spent)\b", re.I)
_GOES_INTO = re.compile(r"\b(?:go|goes|going|went|put|paid|deposited|spent)\s+(?:in)?to\b|\bspent\s+on\b", re.I)
# a sentence whose subject is a pronoun, and the subject of the sentence before it ("Under
# the ordinance, 24 cameras will be mounted ..." / "They will operate from 7 a.m."; "The boy,
# Mateo Romero, was struck ..." / "He spent 16 days at St. Brendan Medical Center")
_THEY_LEAD = re.compile(r"\W*(?:They|It|He|She)\s+(?:will|would|are|is|were|was|have|has|had|can|could|must|should|also|[a-z]+s\b|[a-z]+ed\b)")
_LEAD_SUBJECT = re.compile(r"(?:^\W*|,\s+)(?:the\s+|its\s+|their\s+|(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                           r"((?:[\w-]+\s+)?[\w-]+)(?:,[^,;]{1,60},)?\s+(?:will|would|are|is|were|was|have|has|can|could|must|should)\b")
_THE_SUBJECT = re.compile(r"\W*The\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:would|will|is|was|has|had|could|can|must|should)\b")
# a speaker's own intent, in the first person ("I intend to hold them to it", "We will appeal")
_INTENT = re.compile(r"\b(?:I|We)\s+(?:intend|plan|mean|aim|expect|am\s+going|are\s+going|will|['’]ll)\s+(?:to\s+)?(?!be\b|have\b|never\b|not\b)[a-z]+"
                     r"|\b(?:I|We)['’]ll\s+(?!be\b|have\b|never\b|not\b)[a-z]+", re.I)
_MODAL_TO = re.compile(r"\b(expected|supposed|scheduled|slated|likely|planned|planning|hoped|hoping|projected)\s+to\b", re.I)


def _focus(q_tokens: list[str], ctx: Context, article_id: str) -> str | None:
    """The question's specific subject, when it has one: its rarest word that the article
    mentions in only one or two sentences ("dredging" in "how much will the dredging
    cost?"), leaving out the words that only say what kind of answer is wanted ("cost",
    "when", "how many"). A word the article uses throughout ("plant" in a story about a
    plant) is the story's subject, not a detail."""
    view = ctx.library.articles.get(article_id)
    vocab = ctx.library.vocabulary(ctx.scope)
    bm = ctx.library.bm25
    words = [w for w in dict.fromkeys(q_tokens) if w in vocab and w not in _TYPE_WORDS and w not in _GENERIC_QUESTION
             and w not in _LIGHT_VERB_FORMS and w not in _WHEN_WORDS  # "how many should the UK put in?": "put" is no subject
             and w not in _MODIFIERS  # ("the new bridge": which bridge, not what about it)
             ]
    # ("affected by this decision": the story's own event, pointed at, not a detail of it)
    pointed = {t for m in _THIS_THING.finditer(ctx.analysis.question) for t in tokens(m.group(1))}
    # ("when is the center expected to open?": how sure the event is, not what it is)
    pointed |= {t for m in _MODAL_TO.finditer(ctx.analysis.question) for t in tokens(m.group(1))}
    words = [w for w in words if w not in pointed]
    if not words or bm is None or view is None:
        return None
    # ("how many lead service lines does Carverton need to replace?" in a story datelined
    # "CARVERTON —": the story's own place, as much its subject as its headline's words)
    words = [w for w in words if w not in dateline_place(view.item.article.text)] or words
    focus = max(words, key=lambda w: bm.idf.get(w, 0.0))
    count = sum(1 for x in view.sentences if _has_word(x.text, focus))
    return focus if 0 < count <= 2 else None


def _age_of_asked(ctx: Context) -> list[Sentence] | None:
    """The sentences that give the age of the person an age question asks of, named or
    described ("how old is Commissioner Benning?": "Benning, 64,"; "how old is the lift
    mechanic?": "The 64-year-old lift mechanic said"), not another's, nor "for 22 years";
    None when the question asks of no person of the article."""
    a = ctx.analysis
    asked = [(view, person) for _, view, person, _ in named_speakers(a.question, ctx.library, ctx.scope)] or [
        (t.view, t.speaker) for t in a.targets if t.how in ("described", "history")]
    for view, person in asked:
        if person.kind != "person":
            continue
        if re.search(r"\b" + re.escape(person.name.split()[-1]) + r"[’']s\s+(?!age\b)[a-z]", a.question):
            return None  # ("how old is Nowak's daughter?": someone else's age)
        aged = [m.group(0) for role in [person.description or "", *aged_roles(view, person)]
                if (m := re.search(r"\b\d{1,3}-year-old\b", role))]
        last = person.name.split()[-1]

        def gives_age(text: str) -> bool:
            # (the surname as written: "May" is a stopword to tokens())
            return any(age in text for age in aged) or bool(
                re.search(r"\b" + re.escape(last) + r"\b", text)) and bool(_PERSON_AGE.search(text))

        return [x for x in view.sentences if gives_age(x.text)]
    # (a thing's age, told right beside its name: "the MV Kestrel Spirit, a 38-year-old ferry")
    thing = re.search(r"\b(?i:how\s+old\s+(?:is|was|are|were)\s+(?:the\s+)?)((?:[A-Z][\w’'-]+\s*){1,4})", a.question)
    if thing and not any(person.kind == "person" for _, person in asked):
        name = thing.group(1).strip()
        beside = re.compile(re.escape(name) + r",\s+(?:an?\s+)?\d{1,3}-year-old\b|\b\d{1,3}-year-old\s+(?:[\w-]+\s+){0,2}?" + re.escape(name))
        found = [x for aid in ctx.scope if (view := ctx.library.articles.get(aid)) is not None for x in view.sentences if beside.search(x.text)]
        return found[:1] or None
    return None


def _definite_mentions(question: str, focus: str, view: ArticleView | None) -> set[str]:
    """The article's sentences that call the question's named thing by its common noun
    alone, close after its name: "Many of the visitors had been staying at the Aspenglow
    Lodge ... Priya Castellanos, the lodge’s general manager, said staff moved 390 guests
    out" (the lodge is the Aspenglow Lodge: no other lodge was named in between)."""
    if view is None:
        return set()
    name = next((m.group(0) for m in re.finditer(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)+", question)
                 if any(t == focus for t in tokens(m.group(0)))), None)
    if name is None or name.split()[-1].lower() not in english_words():
        return set()
    head = name.split()[-1]
    named = re.compile(r"\b(?:[A-Z][\w’'-]*\s+){1,3}" + re.escape(head) + r"\b")
    called = re.compile(r"\b(?:the|this|that)\s+" + re.escape(head.lower()) + r"\b", re.I)
    out, last, since = set(), None, 0
    for x in view.sentences:
        names = [m.group(0) for m in named.finditer(x.text)]
        if names:
            last, since = names[-1].endswith(name) or names[-1] == name, 0
            continue
        since += 1
        if last and since <= 3 and called.search(x.text):
            out.add(x.text)
    return out


# "how many firefighters have been hurt?", "how many were arrested?": what befell those counted
_COUNTED_DONE = re.compile(r"\bhow\s+many\b(?P<counted>(?:\s+[\w’'-]+){0,3}?)\s+(?:have|has|had)?\s*(?:been|were|was|got|gotten|get)\s+"
                           r"(?:(?:already|now|so\s+far|actually|officially|seriously|badly)\s+)?(?P<done>[a-z]+(?:ed|en)|hurt|lost|caught|hit|shot|left|kept|sent|held|put|built|sold|bought|cut|made|paid|told)\b|"
                           # ("how many people died in the fire?": what befell them, in a verb of its own)
                           r"\bhow\s+many\b(?P<counted2>(?:\s+[\w’'-]+){0,3}?)\s+(?:have\s+|has\s+|had\s+)?(?P<done2>died|perished|drowned|"
                           r"starved)\b|"
                           # ("how many signatures have the opponents collected so far?": what was done to them, by whom)
                           r"\bhow\s+many\b(?P<counted3>(?:\s+[\w’'-]+){1,2}?)\s+(?:have|has|had)\s+(?:the\s+|they\s+|their\s+|its\s+)"
                           r"(?:[\w’'-]+\s+){0,2}?(?P<done3>[a-z]{3,}ed)\b(?=\s*(?:so\s+far|already|to\s+date|yet|by\s+now|\?|$))", re.I)
_COUNTED = re.compile(r"\bhow\s+many\s+(?:more\s+|other\s+|of\s+(?:the|those|them|its|their)\s+)?((?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.I)


# "how many would France send?", "how many troops should the UK itself put in?": who gives the number
_COUNT_DOER = re.compile(r"\bhow\s+many\b[^?]*?\b(?:would|will|should|could|did|does|do|has|have|can|might|must|is|are|was|were)\s+"
                         r"(?:the\s+)?([\w.’'-]+)", re.I)
_COUNT = re.compile(r"\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b", re.I)


def _count_doers(question: str) -> set[str]:
    """The places that give the number "how many ...?" asks for: the subject of its verb
    ("how many would France send?") or, in chat shorthand with no verb before it, a place
    right after what is counted ("how many soldiers france sending")."""
    doer = _COUNT_DOER.search(question)
    if doer:
        return _places_in(doer.group(1))
    lead = re.match(r"\W*(?:and\s+|so\s+)?(?:the\s+)?([\w.’'-]+(?:\s+[\w.’'-]+)?)[\s,:—–-]+how\s+many\b", question, re.I)
    if lead and _places_in(lead.group(1)):
        return _places_in(lead.group(1))  # "France how many troops?", "and the UK, how many?"
    m = _COUNTED.search(question)
    if not m:
        return set()
    rest = question[m.start(1):].split()
    for k, w in enumerate(rest[:4]):
        if is_place_word(w):
            return _places_in(w) if k else set()  # (not the counted word itself: "how many french ...")
        if w.lower() in _COUNT_STOP or not w[:1].islower():
            break
    return set()


def _counts_for(text: str, places: set[str]) -> bool:
    """Does a number in ``text`` belong to one of ``places``: the place named in the
    clause that leads to it ("the U.K. should look at contributing a brigade of 5,000")?"""
    clauses = (re.split(r"[,;:—–(]|\b(?:that|which|who)\b", text[:m.start()])[-1] for m in _COUNT.finditer(text))
    # (not the group it is among: "Portugal and Ireland are among the nine nations")
    return any((_places_in(c) & places or re.search(r"\b(?:each|every)\b", c, re.I))
               and not re.search(r"\b(?:among|one\s+of)\s+(?:the\s+|those\s+|these\s+)?$", c, re.I) for c in clauses)


def _counted_modifiers(question: str, heads: list[str]) -> set[str]:
    """The stems of the words before the noun "how many ...?" counts ("lead", "service" of
    "how many lead service lines"); none when it has none."""
    m = _COUNTED.search(question) if heads else None
    if not m:
        return set()
    words = m.group(1).split()
    at = next((k for k, w in enumerate(words) if tokens(w)[-1:] == heads), 0)
    return {t for w in words[:at] for t in tokens(w)} - _TYPE_WORDS - _GENERIC_QUESTION


def _counted_head(question: str) -> list[str]:
    """The stem of the plural noun "how many ...?" counts ("how many short-term rental permits
    are there" -> permit; "how many countries pledged" -> country); none when no word of the
    counted phrase is plural."""
    m = _COUNTED.search(question)
    if not m:
        return []
    for w in m.group(1).split():
        if w.lower() in _COUNT_STOP:
            break
        if w[:1].islower() and re.fullmatch(r"[a-z-]+[^s’']s", w.lower()) and tokens(w) and not set(tokens(w)) & _ANY_COUNT:
            return tokens(w)[-1:]
    return []


def _counted_nouns(question: str) -> list[str]:
    """The stems of what "how many ...?" counts: the lower-case words right after it, up
    to a verb ("how many British soldiers are" -> soldiers; "how many of the Tarrow
    islands" -> islands); none when it counts people in general."""
    m = _COUNTED.search(question)
    if not m:
        return []
    out = []
    for w in m.group(1).split():
        if w.lower() in _COUNT_STOP or (tokens(w) and all(t in _ANY_COUNT for t in tokens(w))):
            break  # a verb, or people in general ("how many people signed?")
        if out and is_place_word(w):
            break  # who sends them, typed in lower case ("how many soldiers france sending")
        if w[:1].islower():
            out += tokens(w)
    return out


_START_ASKED = re.compile(r"\b(?:start|starts|started|starting|begin|begins|began|begun|beginning|take\s+(?:full\s+)?effect|takes\s+(?:full\s+)?effect|took\s+(?:full\s+)?effect|"
                          r"kick\s+off|kicks\s+off|kicked\s+off|come\s+into\s+force|comes\s+into\s+force|came\s+into\s+force|"
                          r"launch|launches|launched|commence\w*)\b", re.I)
# a strike's start in other words: "Nurses walked off the job at 7 a.m. on Monday, Oct. 14"
_WALKED_OUT = re.compile(r"\bwalk(?:ed|s)?\s+(?:off|out)\b|\bwent\s+on\s+strike\b", re.I)
# (and what says something started: "was founded in 1987", "opened in 2016", "since June")
# a thing's own start: "founded in 1894", "established in 1952"
_FOUNDED = re.compile(r"\b(?:founded|established|incorporated|chartered|first\s+published)\b", re.I)
_STARTED = re.compile(_START_ASKED.pattern[:-len(r")\b")] + r"|found(?:ed|ing)|establish\w*|set\s+up|creat\w*|form(?:ed|ing)|"
                      r"open(?:ed|s|ing)?|born|inaugurat\w*|introduc\w*|effective|onwards?|"
                      # (a strike's start: "Nurses walked off the job at 7 a.m. on Monday, Oct. 14")
                      r"walk(?:ed|s)?\s+(?:off|out)|went\s+on\s+strike)\b|"
                      # ("since June", "from 2027", "from the start of May"; not "deter Putin from attacking")
                      r"\b(?:since|from)\s+(?:\d|(?-i:[A-Z])|(?:the\s+)?(?:start|beginning|end|middle)\b|(?:early|late|mid|next|last)\b)", re.I)
# a thing planned for a time, which is when it starts: "Harlow Falls will spend $45,000 next
# summer to run free shuttle buses" (not "said Tuesday it would", the day of the saying)
_PLANNED_FOR = re.compile(r"\b(?:will|shall|plans?\s+to|is\s+set\s+to|are\s+set\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to)\s+"
                          r"(?:[a-z]+\s+){1,3}?(?:[$€£]?[\d,.]+\s+(?:million\s+|billion\s+)?)?"
                          r"(?:next|this|in|on|by|from|starting|beginning)\s+(?:[A-Z][a-z]+|\d|week|month|year|spring|summer|fall|autumn|winter|season)", re.I)


# "how many horses does the tribe currently keep?": a count of what there is now
_NOW_COUNT_ASKED = re.compile(r"\bhow\s+many\b[^?]*\b(?:currently|presently|right\s+now|at\s+present|today|now|already)\b", re.I)
_OFFERED_NUMBER = re.compile(r"\b(?:offer(?:s|ed)?|propos(?:es|ed)|plans?|planned|planning|hopes?|hoped|wants?|wanted|would|could|might|"
                             r"aims?|seeks?|sought)\s+(?:to\s+)?(?:[a-z]+\s+){0,3}?(?:up\s+to\s+|as\s+many\s+as\s+|about\s+|some\s+)?"
                             r"(\d[\d,]*)\b", re.I)


def _only_offered(text: str) -> bool:
    """Is every count in the sentence one offered, planned or hoped for ("has offered to take
    up to 200 horses onto a 6,000-acre allotment"), none of what there is?"""
    offered = {m.start(1) for m in _OFFERED_NUMBER.finditer(text)}
    counts = [m.start() for m in re.finditer(r"(?<![\d,.$])\d[\d,]*(?![\d,]*[-\s]*(?:acres?|%|percent|miles?|feet|years?)\b)", text)
              if not re.match(r"(?:1[89]|20)\d\d\b", text[m.start():])]
    return bool(offered) and all(c in offered for c in counts)


def _planned_for(text: str) -> bool:
    return bool(_PLANNED_FOR.search(text))


# "out of how many?", "how many are in the whole coalition?": the whole a part was counted of
_TOTAL_ASKED = re.compile(r"\bout\s+of\s+how\s+many\b|\bhow\s+many\b[^?]*\b(?:in\s+total|altogether|in\s+all|whole|entire|overall)\b|"
                          r"\b(?:total|overall)\s+(?:number|count)\b", re.I)
_OF_THEM = re.compile(r"\bhow\s+many\s+of\s+(?:them|those|these)\b", re.I)
_PART_OF = re.compile(r"(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?))"
                      r"\s+of\s+(?:those|them|these|the|its|their)\b", re.I)
_COUNT_STOP = frozenset("are were is was did do does have has had will would could can should may might "
                         "w with w/ by for after once when if".split())  # (a preposition ends it too: "how many w rotation")
# counted nouns too general to check ("how many people signed?" is answered by "11,000 signatures")
# "... about the recall?", "... on the strike": one thing, the story's own, asked by name
_ABOUT_THE_STORY = re.compile(r"\b(?:about|on|regarding)\s+(?:the|this|that)\s+([a-z-]+)\s*[?.!]*\s*$", re.I)
_PEOPLE_COUNTED = re.compile(r"\bhow\s+many\s+(?:people|peoples|ppl|persons|individuals)\b", re.I)
_HEADCOUNT = (r"(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
              r"fifty|hundreds?|thousands?|dozens?))\s+(?:[a-z-]+\s+)?")
_PEOPLE_COUNT = re.compile(_HEADCOUNT + r"(?:people|persons|individuals)\b", re.I)
_ANY_WORKERS = frozenset(tokens("worker workers employee employees staff staffer staffers"))
_WORKERS_COUNT = re.compile(_HEADCOUNT + r"(?:staff|staffers|workers|employees|(?:people|persons)\s+(?:work|are\s+employed))\b|"
                            # ("His company employs 23 people during the peak season")
                            r"\bemploy(?:s|ed)?\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?" + _HEADCOUNT
                            + r"(?:people|persons)\b", re.I)
_ANY_COUNT = frozenset(tokens("people ppl persons person times are were is was did do does have has will would of "
                              "in at on more other those these them total"))


def _counts(text: str, kin: set[str]) -> bool:
    """Does the text put a number before one of these nouns ("26 of those countries",
    "10,000 troops", "three days")?"""
    # (a sum counts nothing: "$17 for the people who built this company")
    words = re.findall(r"[\w’'.,-]+", re.sub(r"[$€£]\s?\d[\d,.]*(?:\s+(?:million|billion|thousand|trillion))?", " ", text))
    for k, w in enumerate(words):
        if _NUMBER.search(w) and not re.fullmatch(r"[A-Z]\w*", w) and w.lower() not in ("percent", "per"):
            after = words[k + 1 : k + 5]
            if w.endswith("%") or (after and after[0].lower() in ("percent", "per", "%")):
                continue  # "27 percent fewer patients" is a share, not a count of patients
            if after and tokens(after[0]) and tokens(after[0])[0] in _TIME_UNITS and not set(tokens(after[0])) & kin:
                continue  # "in eight years of hosting" is a span of time, no count of guests
            joined = re.fullmatch(r"[\d,.]+-([a-z][\w-]*)", w)  # "a 14-bed hospital": a count of beds
            if joined:
                # (not of what follows: "a 58-year-old almond grower" counts no growers)
                if any(t in kin for t in tokens(joined.group(1))):
                    return True
                continue
            if w.lower() == "one":
                after = after[:1]  # ("one tired, broke worker at a time" counts no workers; "one nurse" does)
            if any(t in kin for nxt in after for t in tokens(nxt)):
                return True
            if kin & _ANY_WORKERS and any((n := nxt.strip(",.")).islower() and n.endswith("s") and is_person_noun(n[:-1]) for nxt in after[:1]):
                return True  # ("how many workers are on strike?": "roughly 3,400 cashiers, stockers and deli clerks")
            # ("9,000 farmworkers" is a count of workers)
            if any(_compound_of(nxt, k) for nxt in after[:2] for k in kin):
                return True
    # ("has also cut its mobile distribution sites, which bring food to rural townships by
    # truck, from 12 to eight"): a change of the noun's count, put after it
    for m in _FROM_TO_COUNT.finditer(text):
        before = re.sub(r",\s+(?:which|who|that)\b[^,]*,\s*$", " ", text[:m.start()])
        if any(t in kin for w in re.findall(r"[\w’'-]+", before)[-4:] for t in tokens(w)):
            return True
    # ("births at the hospital had fallen 31% since 2018, to 188 in 2023": the count it came to)
    for m in _CHANGED_TO_COUNT.finditer(text):
        if any(t in kin for w in re.findall(r"[\w’'-]+", text[:m.start()])[-6:] for t in tokens(w)):
            return True
    return False


def _named_at(question: str, view: ArticleView | None) -> list[str]:
    """The words of a name the question puts a count at ("at st agnes", "in Harrow City"):
    words the article writes only with a capital, other than the town it is datelined from."""
    if view is None:
        return []
    text = view.item.article.text
    home = dateline_place(text)
    out = []
    # (or the one that did it, by its name: "how many babies did St. Anselm deliver in 2015?")
    subject = re.finditer(r"(?i:\bhow\s+many\s+[a-z][\w\s-]{0,30}?\s+(?:did|does|do|has|have|will|would)\s+)((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*)", question)
    for m in [*re.finditer(r"\b(?:at|in|from|for)\s+(?:the\s+)?((?:[A-Za-z][\w.’'-]*\s+){0,2}[A-Za-z][\w.’'-]*)", question), *subject]:
        for w in re.findall(r"[A-Za-z][\w’'-]+", m.group(1)):
            if w.lower() in STOPWORDS or len(w) < 2 or set(tokens(w)) & home or w.isupper():
                break  # (nor an acronym the article may spell out: "in the ER", "emergency-room")
            found = [x.group(0) for x in re.finditer(r"\b" + re.escape(w) + r"\b", text, re.I)]
            if not found or any(f[0].islower() for f in found):
                break
            out.append(w.lower())
    return out


def _step_not_told(target, question: str) -> str | None:
    """"Is dr okafor going to leave millbrook after june?": whether the person will do a thing
    the article never puts with them (the nurses "plan to leave the area"); the refusal, or
    None when it does or the question asks no such thing."""
    plan = _PERSON_WILL.match(question)
    s, view = target.speaker, target.view
    names = {w for part in [s.name, *(getattr(s, "aliases", None) or [])] for w in tokens(part)}
    if not plan or not set(tokens(plan.group("who") or plan.group("who2"))) - _HONORIFIC_TOKENS <= names:
        return None
    verb = tokens(plan.group("verb"))
    if not verb or verb[0] in _SPEECH_TOKENS:
        return None
    if re.match(r"\s+(?:out|up|down|off|over|back|away)\b|(?:\s+[\w’'-]+){1,3}\s+(?:out|up|down|off|over|back|away)\s*[?.!]*\s*$", plan.group("rest"), re.I):
        return None  # (a phrasal verb is said in other words: "bail the airline out" / "would not take a stake")
    # (its regular forms and other names: "left" may be what remains, "no one left on the floor")
    kin = {verb[0]} | _other_names(verb[0])
    theirs = [u[0].text for u in view.units(s.name, _units)] + [x.text for x in view.sentences if _mentions(x.text, s.name.split()[-1])]
    if any(_has_form(w, set(tokens(x))) for w in kin for x in theirs):
        return None
    return f"The article doesn't say whether {s.name} will {plan.group('verb').lower()}" + (
        " or anything like that." if plan.group("rest").strip(" ?.!") else ".")


# "is dr okafor going to leave millbrook?", "does Pell plan to resign?": a person's own next step
_PERSON_WILL = re.compile(r"^\W*(?:(?:and|so|but)\s+)?(?:(?:is|are)\s+(?P<who>[\w’'. -]{2,40}?)\s+(?:going\s+to|gonna|planning\s+to|about\s+to|"
                          r"likely\s+to|expected\s+to)|(?:does|do|did)\s+(?P<who2>[\w’'. -]{2,40}?)\s+(?:plan|intend|want|expect|hope)\s+to)\s+"
                          r"(?P<verb>[a-z]{3,})\b(?P<rest>[^?]*)", re.I)
_HONORIFIC_TOKENS = frozenset(tokens("dr dr. mr mr. ms ms. mrs mrs. prof professor"))
_BOUGHT = re.compile(r"\b(?:bought|buy|buys|buying|purchas\w*|acquir\w*|acquisition|sold|sell|sells|selling|sale)\b", re.I)
# "where will women go after that?", "and then?": what comes after the last answer's figure
_AFTER_IT = re.compile(r"\b(?:after|following|since)\s+(?:that|this|then|it)\b|\b(?:and\s+)?then\s*\??\s*$|\bafterwards?\b", re.I)
AFTER_THAT_BONUS = 0.3


def _told_next(view: ArticleView, a) -> set[int]:
    """The sentence the article tells right after the one holding the last answer's date or
    figure ("... will close the hospital’s labor and delivery unit on June 30. Expectant
    mothers will instead be directed to ..."), by identity."""
    figures = [m.group(0) for m in re.finditer(_FIGURE_OR_DATE, a.previous_answer or "")]
    out = set()
    for k, x in enumerate(view.sentences[:-1]):
        if any(f in x.text for f in figures):
            out.add(id(view.sentences[k + 1]))
    return out if len(out) <= 2 else set()


_FIGURE_OR_DATE = (r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\$\d[\d,.]*(?:\s+(?:million|billion))?|"
                   r"\b\d[\d,.]*\s*(?:%|percent\b)|\b(?:19|20)\d\d\b")
# "response time", "wait times": a time named by what it measures
_TIME_COMPOUND = re.compile(r"\b(response|wait|waiting|travel|commute|commuting|processing|turnaround|reaction|recovery|arrival|"
                            r"transport|transit|transfer|boarding)\s+times?\b|"
                            # ("whats harlow state's acceptance rate", "the crime rate"; not "the tax rate")
                            r"(?:\b(?:the|its|their|his|her|an?)\s+|[’']s\s+)((?!(?:the|a|an|its|their|his|her|what|whats|current|new|annual|average|"
                            r"overall|total|same|exact|going|base|flat|top|first|last|final|proposed|higher|lower|old|new|cheaper|bigger|smaller|larger|steeper|better|worse|reduced|discounted|special|standard|regular|full|half|fixed|hourly|daily|weekly|monthly|yearly|nightly|current)\b)[a-z]{4,})\s+(?:rates?|ratios?|scores?)\b", re.I)
def _with_paragraph_before(ctx: Context, sent: Sentence) -> str:
    """A sentence's paragraph and the one before it, where a quote's speaker is placed
    ("the only full-time obstetrician at Millbrook Regional" / “I have delivered more than
    2,000 babies in this building”)."""
    view = ctx.library.articles.get(sent.article_id)
    if view is None:
        return sent.text
    ids = [p.id for p in view.item.passages]
    k = ids.index(sent.passage_id) if sent.passage_id in ids else -1
    return " ".join(p.text for p in view.item.passages[max(0, k - 1): k + 1]) if k >= 0 else sent.text


def _names_all(text: str, words: list[str]) -> bool:
    return all(re.search(r"\b" + re.escape(w) + r"\b", text, re.I) for w in words)


_CHANGED_TO_COUNT = re.compile(r"\b(?:fell|fallen|dropped|declined|shrunk|shrank|rose|risen|grew|grown|climbed|increased|decreased|jumped|"
                               r"slipped|slid|plunged|soared)\b[^.;“”]{0,40}?\bto\s+(?:about\s+|roughly\s+|nearly\s+|just\s+|only\s+)?"
                               r"\d[\d,]*\b(?!\s*(?:percent|%|per\b|[ap]\.m\.|million|billion))", re.I)


_FROM_TO_COUNT = re.compile(r"\bfrom\s+(?:\d[\d,]*|" + "|".join(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")) + r")\s+to\s+(?:\d[\d,]*|\w+)\b"
    r"(?!\s*(?:percent|%|per\b))", re.I)


# "which strain of listeria?", "what brand of blower?": a named kind of a thing
_KIND_ASKED = re.compile(r"\b(?:what|which)\s+(?:exact\s+|specific\s+|particular\s+)?(strain|species|breed|variety|brand|"
                         r"model|variant|subtype|make)s?\s+of\s+([\w’'-]+(?:\s+[\w’'-]+)?)", re.I)


def _unnamed_kind(question: str, ctx: Context) -> str | None:
    """"Which strain of listeria is it?" of articles that name none (only "a strain of
    listeria"): the kind asked ("strain of listeria"), else None. A kind is named when
    the thing comes right after a name ("a Stihl blower", "the Harvest Hearth loaves")
    or the kind noun right before one ("the strain ST-6", "the variety called Honeycrisp")."""
    m = _KIND_ASKED.search(question)
    if not m:
        return None
    kind = m.group(1).lower()
    thing = list(itertools.takewhile(lambda w: tokens(w) and w.lower() not in STOPWORDS, m.group(2).split()))
    if not thing:
        return None
    asked = set(tokens(question))
    heads = thing[-1:]  # ("marine borers": borers)
    texts = [v.item.article.text for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None]
    for text in texts:
        for word in heads + [kind]:
            for hit in re.finditer(r"\b" + re.escape(word[:-1] if word.endswith("s") else word) + r"\w*", text, re.I):
                before = re.search(r"(?<=[a-z,;] )([A-Z][\w’'&.-]*)\s+(?:[a-z][\w-]*\s+)?$", text[max(0, hit.start() - 60):hit.start()])
                after = re.match(r"\s*,?\s+(?:(?:called|named|known\s+as|dubbed)\s+)?[“\"]?([A-Z][\w’'&.-]+|[A-Z]*\d[\w-]*)", text[hit.end():])
                for name in (before, after):
                    if name and not set(tokens(name.group(1))) & asked and name.group(1).lower() not in _CALENDAR_WORDS:
                        return None
    return f"{kind} of {' '.join(thing)}".rstrip(" ?.")


# "did the council end up approving it?", "what was the result?": the outcome of a vote
_VOTE_RESULT_ASKED = re.compile(r"\b(?:did|has|have)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:end\s+up\s+|finally\s+|already\s+|actually\s+)?"
                                r"(?:approv|vote|pass|reject|adopt|agree|decid|accept|back)\w*\b|"
                                r"\bwhat\s+(?:was|were)\s+the\s+(?:result|outcome|decision|verdict)s?\b|\bhow\s+did\s+(?:the\s+)?vote\s+go\b", re.I)
_VOTING_BODIES = frozenset(tokens("council board commission commissioners committee trustees regents legislature "
                                  "lawmakers senate assembly parliament selectmen aldermen"))
# a vote the article reports as still to come ("the board would vote next week on whether to
# suspend it", "he would ask the council next month to consider ...")
_VOTE_AHEAD = re.compile(r"\b(?:will|would|(?:is|are)\s+(?:scheduled|expected|set|due)\s+to|plans?\s+to|intends?\s+to)\s+"
                         r"(?:(?:again\s+)?(?:vote|decide|consider|take\s+up)|ask\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?to\s+"
                         r"(?:consider|approve|vote|take\s+up))\b|\bhas\s+(?:not\s+(?:yet\s+)?|yet\s+to\s+)(?:vote|voted|decide|decided)\b", re.I)
_VOTE_HELD = re.compile(r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)\b(?:voted|approved|passed|rejected|adopted|agreed|decided|backed)\b", re.I)


def _vote_to_come(question: str, ctx: Context) -> str | None:
    """"Did the council end up approving it?" where the article reports that vote only as
    still to come: the refusal, with the sentence that says so, else None. The body the
    question names must be in that sentence (and the question's own words, when it has
    any), and no sentence of the article with that body may report the vote held."""
    if not _VOTE_RESULT_ASKED.search(question):
        return None
    q = tokens(question)
    bodies = {w for w in q if w in _VOTING_BODIES}
    if not bodies:
        return None
    words = {w for w in q if w not in bodies and w not in _GENERIC_QUESTION and w not in _TYPE_WORDS and len(w) > 2
             and not re.match(r"(?:approv|vote|pass|reject|adopt|agre|decid|accept|back|end|result|outcom)", w)}
    ahead = []
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        for sent in (view.sentences if view is not None else []):
            own = set(tokens(sent.text))
            if not bodies & own or (words and not words & own):
                continue
            if _VOTE_HELD.search(sent.text):
                return None
            if _VOTE_AHEAD.search(sent.text):
                ahead.append(sent)
    if not ahead:
        return None
    said = "" if any(ch in ahead[0].text for ch in "“”\"") else f" All it reports is this: {ahead[0].text}"
    return "The article doesn't say: it reports that vote as still to come." + said


def _has_word(text: str, stem: str) -> bool:
    return any(t == stem or (len(stem) >= 4 and t.startswith(stem)) for t in tokens(text))


def _compound_of(text: str, stem: str) -> bool:
    """Does the text have a closed compound whose last part is the word ("ballpark" for
    "park", "wastewater" for "water"): an English word of three letters or more, then it?"""
    if len(stem) < 4:
        return False
    words = english_words()
    return any(len(w) >= len(stem) + 3 and (at := w.find(stem, 3)) >= 3 and w[:at] in words
               and tokens(w[at:]) == [stem] for w in re.findall(r"[a-z]+", text.lower()))


_SAID_AT = re.compile(r"\b(?:said|says|told|tells|announced|stated|added|wrote)(?:\s+(?:reporters|journalists))?(?:\s+on)?\s*$", re.I)
_OPENS = re.compile(r"^\W*(?:(?:in|on|at|by|early|late|last)\s+)*$", re.I)  # the time opens the sentence
_TELLER = re.compile(r",?\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:said|says|told|tells|announced|stated|added|wrote)\b")


# "what's the phone number for the hotline?", "the email address", "their website": a way
# to reach someone, which a sentence that only mentions the hotline doesn't give
_CONTACT_ASKED = re.compile(r"\b(?:phone|telephone|hotline|helpline|toll-free|contact)\s+(?:numbers?|details)\b|"
                            r"\bwhat(?:['’]s|\s+is)\s+the\s+(?:number|phone)\s+(?:for|to\s+call|of)\b|\bnumber\s+to\s+call\b|"
                            r"\b(?:e-?mail|web|street|postal|mailing)\s+address(?:es)?\b|\bwebsite\b|\burl\b", re.I)
_CONTACT = re.compile(r"\b(?:1[-.\s])?\(?\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b|\b1-8\d\d-[\dA-Z-]{4,}|\b[\w.+-]+@[\w-]+\.[\w.]+|"
                      r"\b(?:www\.|https?://)\S+|\b[\w-]+\.(?:com|org|gov|net|edu|info|io)\b|"
                      r"\b\d{1,5}\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Way)\b")


# a future time given by what must happen first or by a span from now: "would not reopen
# until three rounds of testing came back clean", "within two weeks", "in about 10 days"
_WHEN_CONDITION = re.compile(r"\b(?:not|n[’']t)\b[^.;]{0,60}?\buntil\b|\bwithin\s+(?:about\s+|roughly\s+|the\s+next\s+)?"
                             r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:days?|weeks?|months?|years?)\b|"
                             r"\bin\s+(?:about\s+|roughly\s+|at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)"
                             r"\s+(?:more\s+)?(?:days|weeks|months|years)\b|"
                             # ("would return to weekly visits “the minute the shelves allow it”")
                             r"\bthe\s+(?:minute|moment|instant|day)\s+(?:the|it|they|we|he|she|you|our|their)\b|\bas\s+soon\s+as\b", re.I)


def _has_type(text: str, kind: str, question: str = "") -> bool:
    """Does the text hold the kind of answer asked for? Names count only when the
    question doesn't already have them."""
    if kind == "contact":
        return bool(_CONTACT.search(text))
    if kind == "called":
        # "what's the new stadium going to be called?": a name given as one ("to be called
        # Riverside Park", "the so-called “coalition of the willing”"), not any name
        # (and given to the thing asked about, said right before it, "the stadium, to be
        # called ...", "the league’s so-called “modernization mandate”", or in the name itself,
        # "the so-called “coalition of the willing”": "The new ballpark will keep a so-called
        # “founders’ row”" names no ballpark)
        asked = re.search(r"\bwhat(?:['’]s|\s+\w+)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(.+?)\s+(?:(?:going\s+to\s+|gonna\s+)?be\s+)?"
                          r"(?:called|named|dubbed)\b", question, re.I)
        words = [w for w in tokens(asked.group(1)) if w not in _MODIFIERS and w not in STOPWORDS] if asked else []
        forms = {f for w in words for f in {w} | _same_words(w)}
        for m in re.finditer(r"\b(?:(?:so-)?called|named|dubbed|known\s+as|names?\s+(?:is|was|will\s+be))\s+(?:the\s+)?(?:[“\"‘']|[A-Z])", text):
            if re.search(r"\b(?:he|she|they|we|i|who)\s+$", text[max(0, m.start() - 6): m.start()], re.I):
                continue  # ("She called Castleton’s bond deal “a subsidy ...”": what she said of it, not its name)
            before = re.search(r"([\w’'-]+?)(?:[’']s)?,?\s+(?:(?:to|will|would|is|was|be|being|been|officially|formally|now|also|"
                               r"soon|later|initially|first|tentatively)\s+)*$", text[max(0, m.start() - 80): m.start()])
            near = (tokens(before.group(1)) if before else []) + tokens(text[m.end() - 1: m.end() + 40])
            if not forms or forms & set(near):
                return True
        return False
    if kind == "money":
        if (per := _PER_UNIT_ASKED.search(question)) is not None:
            # "the average nightly price?": a sum a night, not "$21 million ... last year"
            unit = next(u for u in per.groups() if u).lower()
            unit = {"nightly": "night", "hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
                    "yearly": "year", "annual": "year", "annually": "year"}.get(unit, unit)
            forms = {"year": r"year|annual|annually|yearly", "day": r"day|daily", "night": r"night|nightly"}.get(unit, unit)
            if not re.search(r"\b(?:(?:a|an|per|each|every)\s+(?:" + forms + r")|" + forms + r"ly)\b|/\s*(?:" + forms + r")\b|\b(?:"
                             + forms + r")\b(?=\s+(?:rate|fee|price|cost|charge))", text, re.I):
                return False
        if re.search(r"\b(?:say|said|says|talk|talked|speak|spoke)\b[^?]*\bhow\s+much\b", question, re.I) \
                and not re.search(r"\b(?:euros?|dollars?|pounds?|exact|precise|figure|sum)\b", question, re.I) \
                and re.search(r"\b(?:a\s+lot|lots|much|far|a\s+great\s+deal)\s+(?:more\s+|less\s+)?money\b", text, re.I):
            return True  # "what did he say about how much Europe might spend?": "a lot more money", in his words
        if re.search(r"\b(?:total|annual|yearly|overall|entire|whole|operating)\s+budget\b|\bbudget\s*\??\s*$", question, re.I) \
                and not re.search(r"\b(?:shortfall|deficit|gap|hole|cuts?|surplus|sav\w*)\b", question, re.I) \
                and not re.search(r"\bbudget\b(?!\s+(?:shortfall|deficit|gap|hole|cuts?|surplus))[^.;]{0,40}?(?:[$€£]\s?\d|\b\d[\d,.]*\s+(?:dollars|euros|pounds)\b)|"
                              r"[$€£]\s?\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:annual\s+|yearly\s+|operating\s+)?budget\b"
                              r"(?!\s+(?:shortfall|deficit|gap|hole|cuts?|surplus))", text, re.I):
            return False  # "what's the district's total annual budget?": not "a $1.1 million budget shortfall"
        # (a share of a cost is no sum: "cover about 70 percent of the new stadium's cost")
        # (nor is a date beside a money word a sum: "meet Nov. 12 to rework its budget")
        return bool(_MONEY.search(text)) and bool(_NUMBER.search(
            re.sub(r"\b(?:19|20)\d\d\b", " ", _CALENDAR.sub(" ", _PERCENTAGES.sub(" ", text)))))
    if kind == "time":
        if not _ABOUT_A_VOTE.search(question):
            text = _VOTE_DATE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
        if _CLOCK_ASKED.search(question) and not _CLOCK.search(text):
            return False  # "what time did the meeting start?" asks the hour: "on Thursday" is no answer
        if _HOURS_OPEN_ASKED.search(question) and not re.search(
                r"\b(?:open|opens|opened|operat\w*|closes|hours)\b[^.;]{0,40}" + _HOUR + r"|\b" + _HOUR + r"\s*(?:to|until|till|-|–)\s*\d",
                text, re.I):
            return False  # "what hours is the pool open?": its opening hours, not "a vote shortly before 11 p.m."
        if _DATE_ASKED.search(question) and not _CALENDAR.search(text):
            return False  # nor "what date was it?" the day of the week
        if _DATE_ASKED.search(question) and not _START_ASKED.search(question) \
                and not any(not re.search(r"\b(?:starting|beginning|effective)\s+(?:on\s+)?$", text[:m.start()], re.I)
                            for m in _CALENDAR.finditer(text)):
            return False  # (nor "on what date was the vote held?" "voted ... to reduce ..., starting May 1": the date a change starts)
        if _LAST_TIME_ASKED.search(question) and not re.search(r"\b(?:1[89]|20)\d\d\b|\bago\b|\b(?:last|previous)\s+(?:year|month|week|time|spring|summer|fall|"
                                                               r"autumn|winter|season|decade)\b", text, re.I) and not _CALENDAR.search(text) \
                and not re.search(r"\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", text):
            return False  # "when did the district last raise its rates before this year?": a time past, not "this year"
        if _YEAR_ASKED.search(question) and not _YEAR_GIVEN.search(text):
            return False  # nor "what year was it founded?" "last year"
        if re.search(r"\bby\s+(?:what|which)\s+year\b", question, re.I) and not re.search(
                r"\bby\s+(?:the\s+end\s+of\s+)?(?:1[6-9]|20)\d\d\b", text, re.I):
            return False  # "by what year is the city aiming to ...?" wants a deadline, "by 2035", not "opened in 1931"
        if _HOURS_ASKED.search(question) and not re.search(
                r"\b" + _HOUR + r"|\b\d{1,2}:\d{2}\b|\b(?:noon|midday|midnight)\b", text, re.I):
            return False  # "what hours can people park there?": hours of the clock ("between 9 p.m. and 7 a.m."), not "overnight"
        if _EXACTLY_WHEN.search(question) and not (_CALENDAR.search(text) or _CLOCK.search(text) or _WEEKDAY.search(text)):
            return False  # nor "when exactly is the hearing?" a season ("a committee hearing this spring")
        if re.search(r"\bnext\b", question, re.I) and not re.search(
                r"\b(?:next|will|would|shall|to\s+be\s+held|scheduled|planned|upcoming|due\s+to|expected\s+to)\b", text, re.I):
            return False  # "when is the next meeting?" is not answered by the one that is happening
        if _WITHIN_SPAN.search(text) and re.search(r"\b(?:start|starts|begin|begins|open|opens|finish|finished|complete|completed|done|"
                                                   r"ready|happen|take\s+effect)\b", question, re.I):
            return True  # ("when could work on it start?" / "Work on that unit could start within 90 days.")
        if _FUTURE.search(question):
            # nor "when will the ceasefire start?" by the day of a meeting that spoke of one (the
            # present of a timetable, "meets on Thursday", is the future's), nor by the day the
            # words were said: "Voss said Thursday that ...", "In March, Maddox told the boards
            # that a patrol would need ..."
            if not re.search(
                    r"\b(?:next|will|would|shall|['’]ll|to\s+be\s+held|scheduled|plan(?:s|ned|ning)?|upcoming|due|expect(?:s|ed|ing)?|"
                    r"set\s+to|going\s+to|aim(?:s|ing)?\s+to|intend(?:s|ed)?|hop(?:e|es|ing)\s+to|target(?:s|ed|ing)?|"
                    r"meets|begins|starts|opens|convenes|gathers|takes\s+place|must|required\s+to)\b", text, re.I) \
                    and not ((d := _DECIDED_TO.search(text)) and _TIME.search(text, d.end())):
                # (a decision to do it is its future: "voted 7-2 on Nov. 14 to close the station on
                # June 30, 2026"; not the day of the decision: "On Monday night, the board voted to
                # file a protest")
                return False
            if _WHEN_CONDITION.search(text):
                return True  # "the plant would not reopen until three rounds of testing came back clean"
            times = [*_TIME.finditer(text), *(_CLOCK.finditer(text) if _CLOCK_ASKED.search(question) else ())]
            return any(not _SAID_AT.search(text[:m.start()])
                       and not (_OPENS.match(text[:m.start()]) and _TELLER.match(text[m.end():])) for m in times)
        # (the hour something was done answers when it was done: "asked ... at 3:02 p.m.,")
        # (and "what time was that call?" by the hour alone: "a phone call at 9:40 at night")
        return bool(_TIME.search(text) or _CLOCK.search(text) and (_WHEN_DONE.search(question) or _CLOCK_ASKED.search(question)))
    if kind == "precedent":
        return bool(_PRECEDENT.search(text))
    if kind == "source":
        return bool(_SOURCE.search(text))
    if kind == "tally":
        return bool(_tallies(text)) or bool(re.search(r"\bunanimous(?:ly)?\b", text, re.I))
    if kind == "definition":  # "X is a broad term for ...", "X, a think tank in London,"
        m = _DEFINITION.match(question)
        term = re.escape(m.group(1).strip(" '\"‘’“”")) if m else ""
        return bool(term) and bool(re.search(
            term + r"[’'\"”]?(?:\s+\([A-Z][\w&.-]{1,9}\))?\s*(?:,\s+(?:a|an|the|which|who)\s|\s+(?:is|are|was|were|refers|means|describes)\b)",
            text, re.I) or re.search(  # ("A criminal group calling itself Nightjar claimed …")
            r"\b(?:an?|the)\s+(?:[\w-]+\s+){1,6}(?:calling\s+(?:itself|themselves)|called|known\s+as|named|dubbed)\s+[“\"‘']?" + term + r"\b",
            text, re.I))
    if kind in ("names", "place") and _COUNTRIES_ASKED.search(question):
        # "(Apart from the UK and France,) which countries ...?": a country the question
        # doesn't already name
        asked_places = {g[0] for g in place_groups() if mentions(question, g[0])}
        return any(mentions(text, g[0]) for g in place_groups() if g[0] not in asked_places
                   and g[0] not in _NOT_COUNTRIES)
    person = _PERSON_NAME_ASKED.search(question) if kind == "names" else None
    if person:
        # "what's the name of the spokesperson?": the spokesperson's sentence, with a
        # person's name in it (not the organisation's, nor another person's sentence)
        asked = set(tokens(question))
        role = tokens(person.group("role") or person.group("role2") or person.group("role3"))
        return bool(role) and _has_word(text, role[0]) and any(not (set(tokens(m.group(0))) & asked) and m.group(2).lower() not in NON_PERSON_HEADS
                   for m in re.finditer(r"(?<=[a-z,;:—–(-] )((?:[A-Z][\w.’'-]+\s+){1,2}([A-Z][\w’'-]+))", text))
    if kind == "names":  # proper names, other than a sentence's first word
        asked = set(tokens(question))
        named = _NAMED_KIND.search(question)
        if named:
            # "which past deals did he walk away from?": names of deals ("the Paris climate
            # agreement", "Iran's nuclear deal"), not any name in the sentence
            kin = next(k for k in _NAMED_KINDS if tokens(named.group(1))[0] in k)
            for m in re.finditer(r"(?<![.!?] )\b[A-Z][\w.’'-]+", text):
                after = re.match(r"(?:['’]s)?((?:\s+[\w-]+){1,3})", text[m.end():])
                if after and not (set(tokens(m.group(0))) & asked) and any(
                        (t := tokens(w)) and t[0] in kin for w in after.group(1).split()):
                    if kin is _MACHINES and _places_in(m.group(0)) and set(tokens(after.group(1).split()[0])) & kin:
                        continue  # "U.S. jets" says whose, not which
                    return True
            # (or listed after the kind's word: "two other regional carriers, Skyreach Regional and
            # Boreal Connect")
            for m in re.finditer(r"\b([a-z]+)\s*(?:,|:|—|–|\s+(?:including|such\s+as|like|named|called))\s+(?:the\s+)?([A-Z][\w.’'-]+)", text):
                if (t := tokens(m.group(1))) and t[0] in kin and not (set(tokens(m.group(2))) & asked):
                    return True
            return False
        # (a month or a weekday is no name: "open to the public until January")
        return any(not (set(tokens(m.group(0))) & asked) and re.sub(r"[’']s$|\.$", "", m.group(0)).lower() not in _CALENDAR_WORDS
                   for m in re.finditer(r"(?<=[a-z,;:—–(-] )[A-Z][\w.’'-]+", text))
    if kind == "place":  # a place the question doesn't already name ("which Ukrainian city?": not "in Ukraine")
        cities = bool(_CITIES_ASKED.search(question))
        if not cities and re.search(r"\b(?:based|stationed|located|positioned|deployed|housed)\s+(?:well\s+|far\s+)?"
                                    r"(?:away\s+from|in|at|near|outside|inside|along|behind|close\s+to)\b", text):
            return True  # "likely based away from the frontlines": where, without a place's name
        if not cities and re.search(r"\b(?:site|grounds)\s+of\s+(?:the\s+)?(?:former\s+|old\s+)?[A-Z]", text):
            return True  # ("on the site of the former Greeley Avenue armory")
        # (or listed: "towns — notably Brackley, Ormond and Kessel")
        return any(not mentions(question, m.group(1)) and not (cities and m.group(1).lower() in _REGIONS)
                   for m in re.finditer(r"\b(?:in|at|near|outside|notably|particularly|especially|namely|including|such\s+as)"
                                        r"\s+(?:in\s+)?(?:the\s+)?([A-Z][a-z][\w’'-]*)", text))
    if kind == "agent":
        # (not the one set aside: "who got the contract instead of Vantor?" is not answered by
        # "Vantor Bus Company will lay off ...")
        for other in (m.group(1) for m in _SET_ASIDE.finditer(question)):
            text = re.sub(r"(?:[A-Z][\w.’'&-]*\s+)*" + re.escape(other.capitalize()) + r"(?:\s+[A-Z][\w.’'&-]*)*", " ", text)
        # a full name, or someone reported by surname ("..., said Arnold at RUSI") who is
        # not the one the question names ("who doubts Salas will ...?" is not "Salas said")
        if re.search(r"(?<=[a-z,;:—–-] )(?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+", text):
            return True
        if re.match(r"\W*(?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+,\s+(?:\d{1,3},\s+)?(?:a|an|the|who|whose|[a-z]+[’']s)\b", text):
            return True  # ("Rep. Colin Abernathy, a Democrat from Columbus who voted ...": named first, then described)
        return any((m.group(1) or m.group(2)).lower() not in question.lower() and not _WEEKDAY.fullmatch(m.group(1) or m.group(2))
                   and not re.fullmatch(_MONTHS, (m.group(1) or m.group(2)), re.I) for m in re.finditer(
            r"\b(?:said|says|told|according\s+to)\s+([A-Z][\w’'-]+)|\b([A-Z][\w’'-]+)\s+(?:said|says|told)\b", text))
    if kind == "age" and _BEEN_AROUND.search(question) and re.search(
            # ("how long has her department been around?": "We are the oldest department on this
            # campus", "For 61 years, babies ...")
            r"\boldest\b|\b\d+-year\s+(?:history|run|existence)\b", text, re.I):
        return True
    if kind == "age":  # "founded in 1921", "built in the 1950s", "aged 62", "a 40-year-old bridge"
        return bool(re.search(r"\b(?:founded|established|built|opened|formed|created|launched|born|dat(?:es|ing)\s+(?:back\s+)?to)\b"
                              r"[^.;]{0,40}?\b(?:1[5-9]\d\d|20\d\d)s?\b|\baged?\s+\d|\b\d+[- ](?:years?|yrs?)[- ]old\b|"
                              r"\bsince\s+(?:1[5-9]\d\d|20\d\d)\b|"
                              # ("ranged in age from 3 to 81", "ages 12 to 17")
                              r"\bin\s+age\s+from\s+\d|\bages?\s+(?:of\s+)?\d+\s*(?:to|and|through|-|–)\s*\d|"
                              # ("landscape workers in their 30s and 40s")
                              r"\bin\s+(?:their|his|her)\s+(?:early\s+|mid-?\s*|late\s+)?(?:[2-9]0s|twenties|thirties|forties|fifties|"
                              r"sixties|seventies|eighties|nineties)\b", text, re.I))
    if kind == "duration":
        if _LASTED_ASKED.search(question):
            # "how long did the meeting last?": a span of time, not "three days after" one
            # event another happened, nor a date's number
            # (an end still to come answers what goes on, not what has: "how long has she been
            # superintendent?" is not answered by "closed through Friday")
            # (a start answers what has gone on since it, "how long has she led ...?" by
            # "since 2019", not how long a thing did or will)
            perfect = re.search(r"\bhow\s+long\s+(?:has|have|had)\b", question, re.I)
            return bool(_span_found(text) or perfect and re.search(r"\bsince\s+\w+", text, re.I)
                        or _UNTIL.search(text) and not perfect and not re.search(r"\bhow\s+long\s+did\b", question, re.I))
        if re.search(r"\bhow\s+long\s+(?:a|an)\s+(?:stretch|section|length|distance|piece|part|portion|road|route|line|trail|"
                     r"tunnel|pipeline|wall|fence|channel|runway|track)\b", question, re.I):
            # "how long a stretch of channel is getting dredged?": a length (or a span of
            # time), not "a 212-page study"
            return bool(_LENGTH.search(text) or _SPAN.search(text))
        if thing := _time_bound_asked(question):
            # "how long is the lease?": a span of time or its end, said of the lease, not
            # "about 212 miles" nor "two weeks' pay as severance"
            # (or a span put right before another word of it: "a 24-month pilot" for "the pilot
            # program"; not "two weeks’ pay as severance" for "the severance deal")
            if thing not in tokens(text):
                return _span_of(text, _time_bound_words(question))
            return bool(_SPAN.search(text) or re.search(r"\b(?:runs?|ran|lasts?|lasted|expires?|expired|ends?|ended)\s+(?:in|on|through|until)\b", text, re.I))
        # ("how long is the lease?" is a length, not "since March")
        return bool(_NUMBER.search(text) or re.search(
            r"\b(?:for|over|past|last)\s+(?:\w+\s+)?(?:hours|days|weeks|months|years|decades|a\s+(?:day|week|month|year|decade))\b",
            text, re.I))
    if kind == "rate":
        noun = _RATE_NOUN_ASKED.search(question)
        if noun:
            # "what's the hotel tax rate?": a figure put on the tax ("a 6 percent hotel tax", "the
            # tax rate is 6%"), not another share in its sentence ("70 percent of the cost
            # through a hotel tax")
            word, figure = re.escape(noun.group("noun")), r"\d[\d.,]*\s*(?:%|percent\b|per\s*cent\b|cents?\b)"
            return bool(re.search(figure + r"(?:\s+[\w’'-]+){0,2}?\s+" + word + r"\b|\b" + word
                                  + r"\b(?:\s+[\w’'-]+){0,3}?\s+(?:of|at|is|was|to|from|will\s+be|would\s+be)\s+(?:about\s+|roughly\s+|nearly\s+)?"
                                  + figure, text, re.I))
        return bool(_RATE.search(text)) and bool(re.search(r"\d|\b(?:half|third|quarter)\b", text))
    if kind == "share":
        if re.search(r"\bhow\s+much\s+of\b", question, re.I) and re.search(r"\d", text):
            # "how much of the pier got torn off?" is answered by a share or by the amount
            # itself: "tore away the outer 140 feet of the 610-foot structure"
            return True
        return bool(re.search(r"%|\b(?:percent|per\s+cent|half|third|quarter|fifth|tenth|majority|minority|fraction|most|all)\b", text, re.I))
    if _LAND_SIZE_ASKED.search(question):
        # "size of the juniper basin range?": an area, in acres or square miles ("a population
        # this size" says nothing of it)
        return bool(_MEASURED.search(text))
    if re.search(r"\bhow\s+far\b(?!\s+(?:along|behind|ahead|back|off|apart\s+are\s+the\s+(?:sides|two\s+sides)))", question, re.I):
        # "how far is Harlan Creek from Wichita?": a distance, in miles or in time on the road
        # ("a teacher in Wichita", "a 26-year-old" say nothing of it)
        return bool(re.search(r"\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
                              r"sixty|hundred|few|several)[\s-]+(?:(?:nautical|statute|square)\s+)?(?:miles?|mi|kilometers?|kilometres?|km|feet|foot|ft|meters?|metres?|yards?|"
                              r"blocks?|(?:minutes?|hours?)(?=[\s-]+(?:away|drive|ride|walk|by\s+car|on\s+foot|down|up|north|south|east|"
                              r"west|from|to|of|each\s+way|one\s+way))|(?:minute|hour)[\s-]+(?:drive|ride|walk|trip|commute))\b|\bnext\s+door\b|\bacross\s+the\s+street\b|"
                              # ("She now commutes 45 minutes each way")
                              r"\b(?:commut|driv|travel)\w*\s+(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+)?\d[\d,.]*\s+(?:minutes?|hours?)\b",
                              text, re.I))
    if re.search(r"\bhow\s+(?:tall|high)\b(?!\s+(?:up|on|a\s+priority))", question, re.I):
        # "how tall will the turbines be?": a height ("70 turbines capable of generating 1,100
        # megawatts" says nothing of it)
        return bool(_LENGTH.search(text) or re.search(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
                                                     r"forty|fifty)[\s-]+(?:stor(?:y|ies|eys?)|floors?)\b", text, re.I))
    if re.search(r"\bhow\s+(?:big|large)\b", question, re.I):
        # a size is no span of time nor a year: "a 25-year loan" doesn't say how big the loan is
        # ("free parking for its first two seasons" neither)
        text = re.sub(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:years?|months?|weeks?|days?|hours?|seasons?|decades?|nights?)"
                      r"(?:[\s-]+old)?\b|\b(?:1[89]|20)\d\d\b", " ", text, flags=re.I)
    if re.search(r"\bhow\s+much\s+(?:rain|rainfall|snow|snowfall|precipitation)\b[^?]*\b(?:normal(?:ly)?|usual(?:ly)?|typical(?:ly)?|"
                 r"average|on\s+average|in\s+a\s+(?:normal|typical)\s+\w+)\b", question, re.I):
        # "how much rain does the basin normally get?": an amount measured ("14 inches",
        # "2,000 acre-feet"); "falls below 70% of normal, ... 300 more horses" gives none
        return bool(re.search(r"\d[\d,.]*\s*(?:-\s*)?(?:inch(?:es)?|in\.|mm|millimet(?:er|re)s?|centimet(?:er|re)s?|cm|feet|foot|"
                              r"acre-feet|gallons?|liters?|litres?|cubic\s+\w+)\b", text, re.I))
    # (no count: "one of these majors", "no one", "one another")
    text = re.sub(r"\b(?:no\s+one|one\s+of|one\s+another)\b", " ", text, flags=re.I)
    if re.search(r"\bhow\s+many\b(?!\s+(?:times|percent|per\s+cent|percentage)\b)|\bsize\s+of\b", question, re.I):
        # nor is a sum, a share, a vote or a date a count of anything: "How many people
        # showed up?" is not answered by "voted 9-2 ... will save about $3.1 million a year"
        # ("how many pounds of food ...?": a weight in pounds, not a sum)
        weighed = re.search(r"\bhow\s+many\s+pounds\b", question, re.I)
        text = _PERCENTAGES.sub(" ", _SUM.sub(lambda m: m.group(0) if weighed and re.search(r"pounds$", m.group(0), re.I) else " ", text))
        text = re.sub(r"\b(?:in|since|by|until|from|before|after|of)\s+(?:1[89]|20)\d\d\b|"
                      r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", " ", text, flags=re.I)
        if re.search(r"\bvot\w*|\bballot", text, re.I):
            text = _TALLY.sub(" ", text)
        # (nor a year, "a 2021 die-off", nor a measure the question doesn't count in: "above 70
        # degrees" is no count of salmon)
        text = re.sub(r"\b(?:1[89]|20)\d\d\b(?![,.]\d)", " ", text)
        text = re.sub(r"\b\d[\d,.]*\s*(?:-\s*)?(" + _MEASURES + r")\b",
                      lambda m: m.group(0) if _has_word(question, stem(m.group(1))) else " ", text, flags=re.I)
        if not re.search(r"\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|seasons?|old)\b", question, re.I):
            # (nor a span of time, "after a three-hour meeting", unless a span is counted)
            text = re.sub(r"\b(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)"
                          r"[\s-]+(?:second|minute|hour|day|night|week|month|year|decade)s?(?:[\s-]+old)?\b", " ", text, flags=re.I)
    if re.search(r"\bscores\b", question, re.I) and not re.search(r"\bscor(?:e|es|ed|ing)\b[^.;]{0,60}?\d|\d[^.;]{0,40}?\bscor(?:e|es|ed|ing)\b", text, re.I):
        return False  # ("what were the district's math scores?": a score, not "an hourly stipend of $38")
    # "how many times ...?" is answered by "twice"
    return bool(_NUMBER.search(text) or re.search(r"\bhow\s+many\s+times\b|\bhow\s+often\b", question, re.I)
                and re.search(r"\b(?:once|twice|thrice)\b", text, re.I))


_LAND_SIZE_ASKED = re.compile(r"\b(?:size|area|acreage)\s+of\s+(?:the\s+|their\s+|its\s+|this\s+|that\s+)?(?:[\w’'-]+\s+){0,3}?"
                              r"(?:range|land|ranch|property|park|reserve|forest|site|farm|basin|allotment|lake|reservoir|campus|"
                              r"preserve|refuge|tract|parcel|lot|field|estate|territory|valley|watershed|rangeland|acreage)s?\b", re.I)
_SIZE_ASKED = re.compile(r"\bhow\s+(?:big|large)\b|\bwhat\s+size\b|\b(?:size|area)\s+of\b|\bhow\s+much\s+(?:land|ground|area)\b|\bacreage\b", re.I)
_MEASURED = re.compile(r"\b\d[\d,.]*\s*(?:-\s*)?(?:acres?|hectares?|square\s+(?:miles?|feet|kilometers?|kilometres?|meters?|metres?)|sq\.?\s*(?:mi|ft|km|m)\b)", re.I)
_MEASURES = (r"degrees?|miles?|feet|foot|inch(?:es)?|yards?|acres?|acre-feet|pounds?|tons?|tonnes?|gallons?|liters?|litres?|"
             r"meters?|metres?|kilometers?|kilometres?|mph|kilograms?|kg|lbs?")


def _years_asked(question: str) -> list[str]:
    """The years an open question asks of ("how many ... in 2015?"); none for a claim to check."""
    if not re.match(r"\W*(?:(?:and|so|ok(?:ay)?|but)\W+)?(?:what|how|which|who|where)\b", question, re.I):
        return []
    return re.findall(r"\b(?:in|during|for|of)\s+(?:the\s+)?(1[89]\d\d|20\d\d)\b(?![-–/]\d)", question, re.I)


def _in_paragraph_of(sent: Sentence, years: list[str], ctx: Context) -> bool:
    """Does the sentence's paragraph name all these years?"""
    view = ctx.library.articles.get(sent.article_id)
    text = next((p.text for p in view.item.passages if p.id == sent.passage_id), sent.text) if view is not None else sent.text
    return all(re.search(r"(?<!\d)" + y + r"(?!\d)", text) for y in years)


def _year_not_given(question: str, ctx: Context) -> bool:
    """Does an open question ("what was ... in 2018?", "how many ... during 2019?") ask of
    a year that no article in scope mentions? Checks of a claim ("..., right?") are left
    to say "No"."""
    years = _years_asked(question)
    if not years:
        return False
    texts = [v.item.article.text for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None]
    return bool(texts) and any(not any(re.search(r"(?<!\d)" + y + r"(?!\d)", t) or re.search(r"(?<!\d)[’']" + y[2:] + r"\b", t)
                                       for t in texts) for y in years)


# "what's the new stadium going to be called?", "what is the program named?": its name
_CALLED_ASKED = re.compile(r"\bwhat(?:['’]s|\s+is|\s+was|\s+will|\s+would|\s+are|\s+were)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
                           r"[^?]{1,60}?\s+(?:(?:going\s+to\s+|gonna\s+)?be\s+)?(?:called|named|dubbed)\s*\??\s*$|"
                           # ("what will the team's new name be?", "what's the new name of the fund?")
                           r"\bwhat(?:['’]s|\s+is|\s+will|\s+would)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?new\s+name"
                           r"(?:\s+(?:(?:going\s+to\s+|gonna\s+)?be|of\s+[^?]{1,40}))?\s*\??\s*$", re.I)
_LENGTH = re.compile(r"\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                     r"hundreds?\s+of|thousands?\s+of)[\s-]+(?:miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|m|feet|foot|ft|yards?|blocks?)\b", re.I)
# things that last rather than stretch: "how long is the lease?" asks a span of time, where
# "how long is the bridge?" may ask a length
_TIME_BOUND = frozenset(tokens(
    "lease contract term deal agreement wait delay sentence ban closure moratorium shutdown strike pilot program "
    "programme trial season tenure break leave suspension warranty extension phase-out period window stay loan "
    "mortgage grace freeze pause tour residency deployment mission ceasefire truce"))


def _time_bound_asked(question: str) -> str:
    """The word stem of a thing that lasts whose length the question asks ("lease" in "how
    long is the lease in Carver Springs?"), or ""."""
    head = _length_asked_of(question)
    return next((t for t in tokens(head[-1]) if t in _TIME_BOUND), "") if head else ""


def _span_of(text: str, words: set[str]) -> bool:
    """Does the text put a span of time right before one of the words ("a 24-month pilot",
    "the five-year agreement")?"""
    return any(stem(m.group(1).lower()) in words for m in re.finditer(
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+(?:month|year|week|day|hour|minute)s?[\s-]+"
        r"(?:long\s+)?([a-z]+)\b", text, re.I))


def _time_bound_words(question: str) -> set[str]:
    """The stems of the noun phrase whose length is asked ("pilot", "program" in "how long is
    the pilot program?"): the article may call it by either ("a 24-month pilot")."""
    own = set(tokens(" ".join(_length_asked_of(question)))) - STOPWORDS
    # (or by another name of it: "the five-year agreement" for "the contract")
    return own | {o for w in own for o in _other_names(w)}


def _length_asked_of(question: str) -> list[str]:
    """The words of the noun phrase "how long is the ...?" asks of, up to its head (before
    "of", "in", "for": not "the drive to the lease site")."""
    m = re.search(r"\bhow\s+long\s+(?:is|was|will\s+be|would\s+be)\s+(?:the|a|an|this|that|their|its|his|her|our)\s+"
                  r"((?:[\w-]+\b\s*){1,3})", question, re.I) or re.search(
        # ("how long does the contract run for?", "how long will the ban last?")
        r"\bhow\s+long\s+(?:does|did|will|would|is|was)\s+(?:the|a|an|this|that|their|its|his|her|our)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+"
        r"(?=(?:run|runs|running|last|lasts|lasting|go|going|stay|staying|be\s+in\s+(?:effect|place|force))\b)", question, re.I)
    return re.split(r"\b(?:of|to|from|in|at|for|on|with|between)\b", m.group(1), flags=re.I)[0].split() if m else []


# "how long did the meeting last?", "how long has he been in that job?", "how long will it take?"
_LASTED_ASKED = re.compile(r"\bhow\s+long\b[^?]*\b(?:last|lasted|lasts|take|took|takes|go\s+on|went\s+on|run|ran|been|stay|stayed|"
                           r"served?|held)\b|\bfor\s+how\s+long\b"  # ("which army did he serve in, and for how long?")
                           # (or any verb it asks the span of: "how long has she led the port authority?"; "how long
                           # is the drive?" may ask a length)
                           r"|\bhow\s+long\s+(?:has|have|had|did|does|do|will|would|could|can|should|must)\b", re.I)
def _span_found(text: str) -> bool:
    """A span of time in the text, not a rate ("four babies a week", "$600,000 a year"); or
    how far it runs ("could sustain the walkout “well into the summer.”")."""
    if re.search(r"\b(?:well\s+)?(?:into|through|until|past)\s+(?:the\s+)?(?:summer|winter|spring|fall|autumn|new\s+year|next\s+year)\b", text, re.I):
        return True
    for m in _SPAN.finditer(text):
        if re.match(r"an?\s", m.group(0), re.I) and re.search(
                r"(?:\d[\d,.]*(?:\s+(?:million|billion|thousand))?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|"
                r"few|many|dozen|hundreds?|thousands?))\s+(?:[\w’'-]+\s+){0,3}$", text[max(0, m.start() - 60): m.start()], re.I):
            continue
        return True
    return False


_SPAN = re.compile(r"\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                   r"several|few|many|couple\s+of)[\s-]+(?:more\s+)?(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|"
                   r"centuries|century)\b(?![\s-]+(?:after|before|later|earlier|ago|from\s+now|old)\b)|"
                   r"\b(?:for|over|past|last|since)\s+(?:\w+\s+)?(?:hours|days|weeks|months|years|decades)\b|\ball\s+(?:day|night|week)\b|"
                   # ("you wait seven years before a new one pays you back": a span waited, not a time before)
                   r"\b(?:wait(?:s|ed|ing)?|takes?|took|taking)\s+(?:about\s+|at\s+least\s+|another\s+|up\s+to\s+)?(?:\d[\d,.]*|an?|one|two|three|"
                   r"four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|several|few)[\s-]+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b",
                   re.I)


# how long something goes on, said by when it ends: "schools will stay closed through Friday",
# "the order remains in effect until further notice", "not until three rounds of tests come back clean"
_UNTIL = re.compile(r"\b(?:until|till|through|into)\s+(?:at\s+least\s+|about\s+|early\s+|late\s+|mid-?|the\s+end\s+of\s+)?"
                    r"(?:\d|next\b|tomorrow\b|tonight\b|noon\b|midnight\b|further\s+notice\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                    + _MONTHS + r"\b|spring\b|summer\b|autumn\b|fall\b|winter\b|the\s+(?:weekend|week|month|year|season)\b)|"
                    # ("the box used to get us to the end of the week": how long it lasted)
                    r"\b(?:gets?|got|lasts?|lasted|carr(?:y|ies|ied)|keeps?|kept|sees?|saw)\s+(?:us|them|me|you|him|her|it|families|people)\s+"
                    r"(?:to|until|till|through)\s+(?:the\s+end\s+of\s+the\s+(?:week|month|year)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                    r"payday|the\s+weekend)\b|"
                    + _WHEN_CONDITION.pattern, re.I)


# machines are named by their model ("F-16 jets", "Patriot missiles"), not by whose they are
_MACHINES = frozenset(tokens("jet jets aircraft plane planes fighter fighters warplane warplanes helicopter helicopters "
                             "drone drones missile missiles tank tanks warship warships submarine submarines"))
# kinds of named things, each with the words that name the same kind
_NAMED_KINDS = [_MACHINES] + [frozenset(tokens(w)) for w in (
    "agreement agreements deal deals treaty treaties accord accords pact pacts contract contracts lease leases",
    "company companies firm firms business businesses",
    "party parties", "bank banks", "school schools university universities college colleges",
    "hospital hospitals clinic clinics", "charity charities", "newspaper newspapers paper papers",
    "airline airlines carrier carriers", "team teams club clubs", "brand brands model models maker makers manufacturer manufacturers",
    "district districts community communities municipality municipalities suburb suburbs")]
_NAMED_KIND = re.compile(r"\b(?:which|what)\s+(?:are\s+the\s+)?(?:names?\s+of\s+(?:the\s+)?)?(?:\w+\s+){0,2}?(" + "|".join(
    sorted({w for line in ("agreements deals treaties accords pacts contracts leases companies firms businesses parties banks schools "
                           "universities colleges hospitals clinics charities newspapers airlines teams clubs jets aircraft planes "
                           "fighters warplanes helicopters drones missiles tanks warships submarines brands models makers manufacturers districts "
                           "communities municipalities suburbs").split() for w in [line]},
           key=len, reverse=True)) + r")\b", re.I)
_DEFINITION = re.compile(r"\s*(?:and\s+)?what(?:\s+exactly|\s+actually)?(?:['’]s|\s+is|\s+are)\s+(?:exactly\s+|actually\s+)?(?:the\s+|a\s+|an\s+|this\s+|that\s+)?"
                         r"(?:so[\s-]called\s+)?"
                         r"[‘'\"“]?([\w’' -]{3,60}?)[’'\"”]?(?:\s+(?:exactly|actually|thing|anyway|again|then))*\s*\??\s*$", re.I)
# asked for a quote ("give me a Hodges quote calling ...", "quote him saying ..."), not "the planner quoted in the piece"
_QUOTE_REQUEST = re.compile(r"\b(?:give|write|show|provide|make|find|want|need|produce|generate|output|print|create|craft|compose)\b"
                            r"[^?.]{0,40}\bquote\b|"
                            r"\bquote\s+(?:him|her|them|[A-Z]\w+)\s+(?:saying|calling|admitting|as\s+saying)\b|"
                            r"(?:[.?!]|\band)\s*quote\s+(?:him|her|them)\s*[.?!]?\s*$", re.I)
_ALL_ASKED = re.compile(r"\b(?:every|all)\b[^?.]{0,30}\b(?:quot\w*|words|things|statements|remarks|comments|lines)\b|"
                        r"\beverything\b", re.I)
_MAX_ALL = 8
# "give me every direct quote from X in the article": the words of the request itself
_QUOTE_ASKED = frozenset(tokens("every each all direct directly verbatim article story piece text exact word words "
                                 # ("one pull quote", "a good soundbite")
                                 "pull one single good best short soundbite soundbites sting line lines "
                                 # ("need the exact ortiz quote", "looking for his line on it")
                                 "need needs want wants wanted looking find get grab copy paste "
                                 # ("a quote from X saying ...": how the words are asked for, not what about)
                                 "saying claiming stating arguing admitting"))
_WANTS_QUOTE = re.compile(r"\b(?:quote|quotes|quoted|verbatim|word[\s-]+(?:for|by)[\s-]+word|own\s+words|exact\s+words)\b|"
                          # ("what exactly were they chanting? Give me the words.")
                          r"\b(?:give|tell|show)\s+(?:me|us)\s+the\s+(?:actual\s+|exact\s+)?words\b|"
                          r"\bwhat\s+exactly\s+(?:did|do|does|were|was|are|is)\s+(?:\w+\s+){1,3}?(?:chant|shout|yell|sing|chanting|"
                          r"shouting|yelling|singing|chanted|shouted|yelled|sang)\b", re.I)
_SAID_BY = re.compile(
    r"\b(?i:what|how|why)\s+(?i:did|does|has|have|do)\s+(?:the\s+)?([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+"
    r"(?i:say|said|tell|told|claim|claimed|argue|argued|announce|announced|state|stated|respond|responded)\b")
_BYLINE_QUESTION = re.compile(
    # (not "the council member who wrote the ordinance": another thing written)
    r"\bwho\s+(?:wrote|authored|reported|penned|filed|published)\b(?!\s+(?:the|a|an|his|her|their|its|that)\s+"
    r"(?!(?:article|story|piece|report|news|wire)\b)[a-z])|\bwho\s+(?:is|was)\s+the\s+(?:author|writer|reporter|journalist)\b|"
    r"\b(?:author|byline|writer|reporter)\s+of\s+(?:this|the)\s+(?:article|story|piece|report)\b|\bbyline\b|"
    # "which outlet is this article from?", "what publication ran the story?"
    r"\b(?:which|what)\s+(?:news\s+|media\s+)?(?:outlet|publication|newspaper|paper|agency|wire\s+service|news\s+organi[sz]ation|"
    r"publisher)\b[^?]{0,40}\b(?:article|story|piece|report|this|it)\b|"
    r"\bwho\s+(?:is|was)\s+(?:this|the|it)\s*(?:article|story|piece|report)?\s+(?:by|from|credited\s+to)\s*\??\s*$|"
    r"\b(?:article|story|piece|report)\s+(?:is\s+|was\s+)?credited\s+to\b", re.I)


def _without_owned_roles(text: str) -> str:
    """The text without a place's or body's person ("Ukraine's president", "Britain's
    prime minister"), which names someone, not a place spoken of."""
    def person(m: re.Match) -> str:
        return " " if any(is_person_noun(w) for w in m.group(2).split()) else m.group(0)

    def demonym(m: re.Match) -> str:  # "the Ukrainian president", "the french leader"
        return " " if _places_in(m.group(1)) and is_person_noun(m.group(2)) else m.group(0)
    text = re.sub(r"\b([A-Z][\w.-]*)[’']s\s+((?:[a-z-]+\s+)?[a-z-]+)\b", person, text)
    return re.sub(r"\b(?:the|its|their)\s+([A-Za-z]+)\s+([a-z-]+)\b", demonym, text)


# "that meeting", "the same summit": an event the last turn was about
_THAT_EVENT = re.compile(r"\b(?:that|this|the\s+same|their)\s+(?:meeting|summit|call|visit|talks|trip|encounter|session|"
                         r"conversation|interview|speech|conference|dinner|sit-down)\b", re.I)
# "which of the countries did not pledge troops?", "who hasn't signed?": those who didn't
_NOT_DONE_ASKED = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:which|who)\b[^?]{0,60}?\b(?:(?:did|does|do|has|have|had|is|are|was|were|"
                            r"will|would)(?:\s+not\b|n[’']t\b)|(?:declined|refused|failed)\s+to\b|(?:chose\s+not|opted\s+(?:not|out)|held\s+out)\b)",
                            re.I)
_HEAD_ASKED = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?who\s+(?:(?:actually|really)\s+)?(?:runs|ran|heads|headed|leads|led|directs|"
                         r"chairs|founded|owns|manages|commands|is\s+in\s+charge\s+of|is\s+(?:the\s+)?(?:boss|head)\s+of)\b", re.I)
_HEADS = re.compile(r"\b(?:run|runs|ran|running|head|heads|headed|lead|leads|led|leader|leaders|leadership|direct(?:s|ed|or)|"
                    r"chair\w*|president|chief|founder|founded|owner|owns|owned|boss|manag\w+|in\s+charge|ceo|"
                    r"executive|secretary[\s-]general|command\w*|prime\s+minister|premier)\b", re.I)
_RESPONSE_TO_THAT = re.compile(r"\b(?:in\s+(?:response|reply|answer)\s+to|respond\w*\s+to|react\w*\s+to|repl\w+\s+to)\s+"
                               r"(?:that|this|it|him|her|them|those|these)\b", re.I)
_PROPOSAL_ASKED = re.compile(r"\b(?:what|which)\s+(?:\w+\s+){0,2}?(?:did|does|do|has|have|would)\s+(?:he|she|they|[A-Z]\w+)\s+"
                             r"(?:propose|suggest|recommend|advocate|offer|want)\b[^?]*\binstead\b|"
                             r"\b(?:propose|suggest|recommend)\w*\s+(?:\w+\s+){0,2}instead\b|"
                             # ("what was his alternative proposal?")
                             r"\b(?:his|her|their|[A-Z]\w+[’']s?)\s+(?:alternative|counter-?proposal|counter-?offer)\b", re.I)
_PROPOSES = re.compile(r"\b(?:should|could|ought|must|may|might|need(?:s|ed)?\s+to|propos(?:e|es|ed|al)|suggest(?:s|ed)?|"
                       r"recommend\w*|urg(?:e|es|ed)|call(?:s|ed)?\s+for|push(?:es|ed|ing)?\s+for|argu(?:e|es|ed|ing)\s+for|better|instead|rather|wants?|wanted|"
                       r"alternative)\b", re.I)
_VENUE_ASKED = re.compile(r"\b(?:which|what)\s+(?:exact\s+|specific\s+)?(?:building|venue|hotel|hall|room|address|street|"
                          r"palace|stadium|arena|premises)\b|\bwhat(?:['’]s|\s+is|\s+was)\s+the\s+(?:venue|address)\b", re.I)
_VENUE = re.compile(r"\b(?:house|palace|hall|hotel|cent(?:re|er)|building|tower|castle|stadium|arena|embassy|ministry|"
                    r"office|offices|headquarters|room|street|avenue|road|square|venue|church|cathedral|school|"
                    r"university|museum|theat(?:re|er)|library|court(?:house)?|parliament|chamber|airport|station|"
                    r"base|harbour|harbor|port|club|park)\b", re.I)
_NOT_DONE = re.compile(r"\b(?:not|never|no|none|neither|nor|refused|refuse[sd]?|declined|failed|without|yet\s+to|holdouts?|"
                       r"opted\s+out|held\s+out|chose\s+not)\b|n[’']t\b", re.I)


# "I'm the journalist who wrote this": who the user says they are, not a question
_SELF_INTRODUCED = re.compile(r"^\W*(?:I|we)\s*(?:['’]m|am|are|was|were|['’]re)\b", re.I)


_NAME_ASKED = re.compile(r"\b(?:full|real|first|last)\s+names?\b|\bnames?\s+of\b|\bwhat(?:['’]s|\s+is)\s+(?:the\s+|their\s+|his\s+|her\s+)?name\b", re.I)
# words of a byline that name an agency or a desk, not a person
_AGENCY_WORDS = frozenset("ap associated press reuters afp insight staff news agency wire wires service bureau desk "
                          "correspondent correspondents reporter reporters writer writers editor editors the and of "
                          "for by with contributed contributing report reporting".split())


def _names_person(byline: str) -> bool:
    """Does a byline name a person ("Jill Lawless, Associated Press", "JILL LAWLESS"), not
    only initials and an agency ("TA | AP Insight")?"""
    words = [w for w in re.findall(r"[\w’'.-]+", byline) if w.lower().strip(".") not in _AGENCY_WORDS]
    named = [w for w in words if w[:1].isupper() and len(w.strip(".")) >= 2 and not (w.isupper() and len(w) <= 3)]
    return len(named) >= 2


_WHO_IS_NAME = re.compile(r"^\W*(?:(?:so|and|ok|okay)[\s,]+)?who(?:['’]s|\s+is|\s+was)\s+((?:[A-Z][\w’'.-]+\s*){1,3}|(?:[a-z][\w’'.-]+\s*){2,3})\s*[?.!]*\s*$", re.I)


def _writer(ctx: Context) -> Draft | None:
    """"Who is Dana Whitcombe?" of a story whose byline is "By Dana Whitcombe, Heartland Wire
    Service" and whose text names her nowhere else: that she wrote it, and the byline; else
    None."""
    m = _WHO_IS_NAME.match(ctx.analysis.question)
    if not m or len(ctx.scope) != 1 or (view := ctx.library.articles.get(ctx.scope[0])) is None or not view.item.article.byline:
        return None
    byline = view.item.article.byline.removeprefix("By").lstrip(": ").strip("* ")
    asked = m.group(1).split()
    person = re.match(r"((?:[A-Z][\w’'.-]+\s+){1,3}?[A-Z][\w’'.-]+)(?=\s*(?:,|\band\b|$))", byline)
    if not person or not _names_person(byline):
        return None
    name = person.group(1)
    if not all(any(fold(w).lower() == fold(n).lower() for n in name.split()) for w in asked):
        return None
    body = view.item.article.text.replace(view.item.article.byline, " ")
    if any(_mentions(body, w) for w in asked):
        return None  # (named in the story too: asked of that person)
    return Draft(f"{name} wrote the article: its byline is {byline}.", [])


def _asks_byline(question: str) -> bool:
    """Does the question ask who wrote or published the article (in a sentence that is
    not the user introducing themselves)?"""
    sentences = re.split(r"(?<=[.?!])\s+", question)
    return any(_BYLINE_QUESTION.search(x) and not _SELF_INTRODUCED.match(x) for x in sentences)


# "where is RUSI based?", "where's the foundation located?", "where is it based?", "in what
# city is RUSI located?", "which city is the foundation based in?", "which city is RUSI in?"
_LOCATED_QUESTION = re.compile(
    r"^\s*(?:(?:so|and|ok|okay)[\s,]+)?(?:where|(?:in\s+)?(?:what|which)\s+(?:city|town|country|place))"
    r"(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+)?"
    r"(?P<thing>[\w’'&.-]+(?:\s+[\w’'&.-]+){0,6}?)\s+(?:(?:based|located|headquartered|situated)(?:\s+in)?|in)\s*\??\s*$", re.I)
_IT = frozenset({"it", "they", "that", "this", "that group", "this group", "that place", "the group"})
_ACRONYM_AND_WHERE = re.compile(r"^\W*(?i:(?:so|and|ok|okay)[\s,]+)?(?i:what(?:['’]s|\s+is|\s+does)\s+(?:the\s+)?)([A-Z][A-Z0-9&]{1,7})"
                                r"(?i:\s+stand\s+for)?\s*[,?;]?\s*(?i:and\s+)?(?i:where(?:['’]s|\s+is)\s+(?:it|that|the\s+\w+)\s+"
                                r"(?:based|located|headquartered|situated)\b)")
_ACRONYM_QUESTION = re.compile(
    r"\b(?i:what\s+(?:does|did|do)\s+(?:the\s+)?)([A-Z][A-Z0-9&]{1,7})\s+(?i:(?:stand|short)\s+for)\b|"
    r"\b(?i:what(?:\s+is|['’]?s)\s+(?:the\s+)?)([A-Z][A-Z0-9&]{1,7})(?:\s+(?i:short\s+for)\b|\s*\??\s*$)|"
    # "RUSI what is it?", "RUSI - what's that?"
    r"^\W*([A-Z][A-Z0-9&]{1,7})[\s,:?—–-]+(?i:what(?:\s+is|['’]?s)\s+(?:that|this|it))\s*\??\s*$")
# the same asked in any case ("whats rusi", "what does nfi stand for"): an acronym only if the
# article writes the word as one
_TYPED_ACRONYM_QUESTION = re.compile(
    r"^\W*(?:so\s+|and\s+|ok\s+)?what(?:\s+(?:does|did|do)\s+(?:the\s+)?([a-z0-9&]{2,8})\s+(?:stand|short)\s+for\b|"
    r"(?:\s+is|['’]?s)\s+(?:the\s+)?([a-z0-9&]{2,8})(?:\s+short\s+for\b|\s*\??\s*$))", re.I)


def _written_as_acronym(ctx: Context, acronym: str) -> bool:
    return any(re.search(r"\b" + re.escape(acronym) + r"\b", v.item.article.text)
               for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None)


def _their_quotes(sent: Sentence, name: str) -> list[Quote]:
    """The person's own quotes in the sentence (not the terms it puts in quotation marks)."""
    return [q for q in sent.quotes if q.speaker == name and q.kind != "term"]


def _units(view: ArticleView, name: str) -> list[tuple[Sentence, list[Quote]]]:
    """The sentences where a person speaks, with their quotes in each: sentences holding
    their quotes, sentences reporting them by name ("..., said Arnold", "Arnold warned
    that ..."), and pronoun-reported ones right after them ("She said the board would")."""
    units: list[tuple[Sentence, list[Quote]]] = []
    people = [p.name for p in view.item.speakers]
    last_person = None  # who the article was last reporting
    by_role = _by_role(view, name)
    for k, sent in enumerate(view.sentences):
        mine = _their_quotes(sent, name)
        # ("“... a tired doctor is a dangerous doctor,” Hadley said.": the words of the Hadley the
        # quotes are given to, not of his wife, Dr. Sarah Hadley)
        namesake = not mine and name not in sent.text and any(
            q.speaker and q.speaker != name and q.speaker.split()[-1] == name.split()[-1] for q in sent.quotes)
        if mine or _reports_speech(sent.text, name) and not namesake:
            units.append((sent, mine))
        elif by_role is not None and by_role.search(sent.text) and not sent.quotes \
                and not any(_reports_speech(sent.text, n) for n in people if n != name):
            units.append((sent, []))  # "The health director urged anyone who had bought ..."
        elif last_person == name and _PRONOUN_SPEECH.search(sent.text) and not sent.quotes \
                and not any(_reports_speech(sent.text, n) for n in people if n != name):
            units.append((sent, []))  # (not "... Trump walked back ... and said he thought ...")
        speakers_here = [q.speaker for q in sent.quotes if q.speaker] or sorted(
            # (the sentence's subject, who is named first: "Board member Angela Whitmore, who voted
            # against the measure along with board member Kenneth Oduya, said ...", then "She said")
            [n for n in people if _reports_speech(sent.text, n)], key=lambda n: -max(sent.text.find(n.split()[-1]), 0))
        if not speakers_here and not sent.quotes:
            # ("University President Harold Brennan did not speak at the meeting. In a letter to
            # faculty last month, he argued that ...": the one person a sentence names is whom
            # its next "he said" is of, when the pronoun fits them)
            after = view.sentences[k + 1 : k + 2]
            pronoun = _PRONOUN_SPEECH.search(after[0].text) if after and after[0].passage_id == sent.passage_id else None
            # (a person: "Grant Halvorsen, vice president ... for Alpine Crest": not the company)
            named = [n for n in people if _mentions(sent.text, n.split()[-1])
                     and getattr(view.speaker(n), "kind", "person") == "person"] if pronoun else []
            who = view.speaker(named[0]) if len(named) == 1 else None
            if who is not None and view.gender(who) == ("m" if pronoun.group(0).split()[0].lower() == "he" else "f"):
                speakers_here = named
        if speakers_here:
            last_person = speakers_here[-1]
        elif _UNNAMED_SOURCE.search(sent.text) or any(q.speaker is None and q.kind != "term" for q in sent.quotes):
            last_person = None  # (a source the article leaves unnamed speaks now: "said one obstetrician at St. Anselm")
    return units


def _whole_statements(ctx: Context, view: ArticleView, units: list, chosen: list) -> list:
    """The chosen sentences of a person's with the start of each statement they are part
    of: the person's sentences right before them in the same paragraph ("“This is the
    hardest call this department has made …,” said Linda Haverford. “We are allocating
    water that, frankly, is not in the river.”"; "Haverford said the department would
    review the allocation in mid-June … The state had no choice …, she said."). A
    statement shown from its second sentence loses what it opens with. Not a sentence an
    earlier answer gave."""
    given = {k for _, ans in ctx.history for k in _sentences_given(view, ans or "")} if ctx.analysis.follow_up else set()
    index = {id(x): k for k, x in enumerate(view.sentences)}
    position = {id(u[0]): k for k, u in enumerate(units)}
    out = list(chosen)
    for u in chosen:
        k = position.get(id(u[0]))
        for _ in range(2):  # (at most two sentences back)
            if k is None or k == 0:
                break
            prev = units[k - 1]
            if prev in out or prev[0].passage_id != u[0].passage_id or index[id(u[0])] - index[id(prev[0])] != 1 \
                    or index[id(prev[0])] in given:
                break
            out.append(prev)
            u, k = prev, k - 1
    # ("“The box used to get us to the end of the week,” Merriweather said. “Now it gets us
    # to Wednesday, if I skip lunch.”"): a quotation broken by its attribution goes on in
    # the next sentence; its second half comes with the first
    for u in list(out):
        k = position.get(id(u[0]))
        if k is None or k + 1 >= len(units) or not u[1] or not u[1][-1].text.rstrip().endswith(","):
            continue
        nxt = units[k + 1]
        if nxt not in out and nxt[1] and nxt[0].passage_id == u[0].passage_id and nxt[0].text.lstrip().startswith("“") \
                and index[id(nxt[0])] - index[id(u[0])] == 1 and index[id(nxt[0])] not in given:
            out.append(nxt)
    # a quotation that runs on into the next paragraph (no closing mark at the end of the
    # first, the next opening with one) is one statement: its other part comes with it
    texts = [p.text for p in view.item.passages]
    order = [p.id for p in view.item.passages]

    def runs_on(k: int) -> bool:  # paragraph k's quotation goes on in paragraph k + 1
        return 0 <= k < len(order) - 1 and texts[k].count("“") > texts[k].count("”") and texts[k + 1].lstrip().startswith("“")

    def quoted_in(k: int) -> list:
        return [w for w in units if w[1] and w[0].passage_id == order[k]]

    for u in [u for u in out if u[1] and u[0].passage_id in order]:
        at = order.index(u[0].passage_id)
        part = (quoted_in(at + 1)[:1] if runs_on(at) else []) + (quoted_in(at - 1)[-1:] if runs_on(at - 1) else [])
        out += [w for w in part if w not in out and index[id(w[0])] not in given]
    return out


def _head_of(description: str) -> str | None:
    """The noun a description is headed by: "microbiologist" in "a food microbiologist at
    Ohio State University", "director" in "director of the Ohio Department of Health"."""
    clause = re.split(r"[,;(—–]|\b(?:at|of|for|who|whose|with|from|in|on|representing|based|since)\b", description or "")[0]
    words = re.findall(r"[A-Za-z][a-z’'-]+", clause)
    head = words[-1].lower() if words else ""
    return head if len(head) >= 4 and is_person_noun(head) else None


def _by_role(view: ArticleView, name: str) -> re.Pattern | None:
    """A sentence that reports the person by the noun of their description: "The health
    director urged ...", "..., the microbiologist said." None when no description, or when
    another person of the article shares the noun (then it doesn't say who)."""
    me = view.speaker(name)
    head = _head_of(me.description) if me is not None and me.description else None
    if head is None or any(p.name != name and p.description and _head_of(p.description) == head for p in view.item.speakers):
        return None
    role = r"\b[Tt]he\s+(?:[\w’'-]+\s+){0,2}?" + re.escape(head) + r"\b"
    # (and no one else is called so: every sentence with the noun names the person or says
    # "the <noun>"; "another lawyer", "a second director" or "the directors" are others)
    last = name.split()[-1]
    for x in view.sentences:
        if re.search(r"\b" + re.escape(head) + r"s\b", x.text, re.I):
            return None
        if re.search(r"\b" + re.escape(head) + r"\b", x.text, re.I) and last not in x.text and not re.search(role, x.text):
            return None
    # ("That blunt assessment came from the Bellwether analyst, who noted that ...")
    return re.compile(role + r"(?:,[^,;“”\"]{1,80},)?(?:,\s+who)?\s+(?:\w+\s+){0,2}?" + _REPORT_VERBS.pattern + "|"
                      + _REPORT_VERBS.pattern + r"\s+" + role)


def _setting(ctx: Context, article_id: str, name: str) -> bool:
    """Is the name the story's setting rather than a detail: carried by more than 30% of
    the article's paragraphs ("Ukraine" in a story about Ukraine)? Such a name in a
    question constrains nothing."""
    view = ctx.library.articles.get(article_id)
    if view is None:
        return False
    named = set(tokens(name.lstrip("=")))
    if named and named <= dateline_place(view.item.article.text):
        # (or the place it is datelined from: "How big is Port Halloway's budget?" in a story
        # from "PORT HALLOWAY, Maine (CWS) —" that calls it "the town" after the lead)
        return True
    plist = view.item.passages
    if plist and _called_by_its_noun(name.lstrip("="), tuple(p.text for p in plist)):
        return True
    return sum(_mentions(p.text, name) for p in plist) > 0.3 * len(plist)


@functools.lru_cache(maxsize=1024)
def _called_by_its_noun(name: str, paragraphs: tuple[str, ...]) -> bool:
    """Is the name part of a proper name the story's lead names, which the article then
    calls by its head noun ("the Pruett Agricultural Research Station" / "the station" in
    later paragraphs)? Asked of ("how many staff work at Pruett?"), it is the story's
    subject, not a detail a sentence must repeat."""
    lead = " ".join(paragraphs[:2])  # (the lead and the paragraph that goes on from it)
    for m in re.finditer(r"((?:[A-Z][\w’'-]+\s+){0,4})" + re.escape(name) + r"((?:\s+[A-Z][\w’'-]+){0,4})", lead):
        full = (m.group(1) + name + m.group(2)).split()
        if len(full) < 2 or full[-1] == name.split()[-1]:
            continue
        head = re.sub(r"[’']s$", "", full[-1].lower())
        if sum(bool(re.search(r"\b(?:the|this)\s+" + re.escape(head) + r"\b", p, re.I)) for p in paragraphs[1:]) >= 2:
            return True
    return False


# an adverb of manner ("officially", "actually", "exactly", "formally")
_MANNER = re.compile(r"\b[a-z]{3,}(?:ally|ully|ously|ively|edly|ingly|ntly|ctly|tely|rly)\b", re.I)
# a passive verb and the agent put after it ("were tested ... by the county")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|get|got|gets)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b", re.I)
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([a-z][\w-]*(?:\s+(?:department|office|board|agency|staff))?)\b(?=\s*[?.!,]*\s*$)", re.I)


_WHOLE_PLACE = re.compile(r"\bin\s+all\s+of\s+[A-Z]|\b(?:citywide|city-wide|statewide|state-wide|countywide|county-wide|nationwide)\b|"
                          r"\bacross\s+the\s+(?:whole\s+|entire\s+)?(?:city|county|state|country)\b|\bin\s+the\s+(?:whole|entire)\s+(?:city|county|state|country)\b")
# (one person left out, not a scene: "Apart from Trump and European leaders meeting in Washington, ...")
_BESIDES_PERSON = re.compile(r"\b(?i:besides|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?)\s+((?:[A-Z][\w’'-]+\s*){1,3})"
                             r"(?!\s*(?i:and|or|&|meeting|met)\b)(?=\s*,|\s+[a-z]+ed\b|\s*\?)")
_PER_UNIT_ASKED = re.compile(r"\b(nightly|hourly|daily|weekly|monthly|yearly|annual|annually)\b|"
                             r"\b(?:per|a|each|every)\s+(night|hour|day|week|month|year)\b", re.I)
# ("reaction to the move", "to the news"): the story's own event, however it is told
_STORY_EVENT_WORDS = frozenset(tokens("move decision announcement news"))
_REACTION_WORDS = frozenset(tokens("reaction reactions react reacted reacting respond responded response responses"))
_FIGURE = re.compile(r"\$?\d[\d,.]*\d|\$?\d")


def _reason_for_figures(previous: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences that have every figure of the last answer and a reason with them."""
    figures = set(_FIGURE.findall(previous or ""))
    return [x for x in sentences if figures and figures <= set(_FIGURE.findall(x.text)) and _CAUSAL.search(x.text)]


def _reply_to(view: ArticleView, name: str, units, topic: list[str], ctx: Context, floor: float,
              index: dict[int, int]) -> int | None:
    """The index of the person's unit that answers the subject: their first words within two
    sentences after a sentence of the article's (not theirs) that has most of the subject's
    words, more of them than ``floor`` (far more than any of theirs), and names them in its
    paragraph ("... if late-spring storms arrive. Marchetti was not optimistic." / "“I’d love
    to be wrong,” she said."). ``index`` is each sentence's place in the article."""
    if len(set(topic)) < 2:
        return None  # (one word, "city", says too little of a subject to find it by)
    last = name.split()[-1]
    theirs = {id(u[0]) for u in units}
    paragraphs = {p.id: p.text for p in view.item.passages}
    # (not a sentence about them: "She began coming to the pantry in March ..." is their story)
    about_them = re.compile(r"\W*(?:He|She|They|" + re.escape(last) + r")\b")
    for k, x in enumerate(view.sentences):
        # (and not one that names them: "That was how Marcus Bell ... summed up his group’s
        # position during public comment." speaks of the words before it)
        if id(x) in theirs or about_them.match(x.text) or _overlap(topic, tokens(x.text), ctx) < max(0.5, floor) \
                or _mentions(x.text, last) or not _mentions(paragraphs.get(x.passage_id, x.text), last) \
                or len(set(topic) & set(tokens(x.text))) < 2:
            continue
        if any(u[0].passage_id == x.passage_id and index[id(u[0])] < k for u in units):
            continue  # (after their words in that paragraph: what the article adds, not what they answer)
        after = [i for i, u in enumerate(units) if 0 < index[id(u[0])] - k <= 2]
        if after:
            return after[0]
    return None


def _sentences_apart(view: ArticleView, a: Sentence, b: Sentence) -> int:
    """How many sentences lie between two sentences of the same article."""
    index = {id(x): k for k, x in enumerate(view.sentences)}
    return abs(index[id(b)] - index[id(a)]) - 1


_ANAPHORA = re.compile(r"^\W*(?:That|This|These|Those|Such)\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:figures?|numbers?|amounts?|sums?|totals?|"
                       r"estimates?|costs?|prices?|levels?|shares?|rates?|rises?|increases?|cuts?|plans?|proposals?|deals?|"
                       r"moves?|decisions?|steps?|ideas?|options?|operations?|means|meant)\b")


# "That is how X described ...", "Those were the words of ...": a sentence that tells what
# the quote before it was
_SAYS_WHAT_IT_WAS = re.compile(r"^\W*(?:That|This|Those|These|Such)\s+(?:is|was|are|were)\s+(?:how|what|why|"
                               r"the\s+(?:way|words?|message|warning|verdict|view|assessment|account))\b")


_THAT_NOUN = re.compile(r"^\W*(?:That|This|These|Those)\s+([a-z]{4,})\s+(?:would|will|could|may|might|is|was|are|were|has|had|should)\b")


_OF_THOSE = re.compile(r"\b(?:\d[\d,.]*|some|most|many|several|half|all)\s+of\s+(?:those|these)\s+([a-z]+)", re.I)
_COUNTED_SET = re.compile(r"\b\d[\d,.]*\s+(?:[a-z]+\s+)?([a-z]{3,}[^s\W]s)\b")  # "about 30 nations", "12 small boats"


def _points_back(sent: Sentence, prev: Sentence) -> bool:
    """Does ``sent`` point back to the sentence before it: "That figure would ...", "That
    means ...", or "That squadron would ..." after one that speaks of a squadron?"""
    if _ANAPHORA.match(sent.text):
        return True
    m = _THAT_NOUN.match(sent.text)
    return bool(m) and prev.passage_id == sent.passage_id and any(_has_word(prev.text, t) for t in tokens(m.group(1)))


def _antecedent(ctx: Context, first: Sentence) -> list[Sentence]:
    """The sentence right before ``first`` when ``first`` points back to it ("That figure
    would account for about 30% ...", "That means ...") or counts a part of what it names
    ("26 of those countries" after "about 30 nations"): without it the answer doesn't say
    what the figure is. Not across a heading."""
    view = ctx.library.articles.get(first.article_id)
    part = _OF_THOSE.search(first.text)
    outcome = _OUTCOME_AFTER.match(first.text)  # ("It failed 5–6.": of what the sentence before proposed)
    that_is = _THAT_IS.match(first.text)  # ("That is roughly 2% of the budget.": of the sum the sentence before gave)
    if view is None or not (_ANAPHORA.match(first.text) or _THAT_NOUN.match(first.text) or part or outcome or that_is):
        return []  # (the cheap test first: this runs for every answer)
    k = next((i for i, x in enumerate(view.sentences) if x is first), 0)
    if k == 0:
        return []
    prev = view.sentences[k - 1]
    if "\n#" in view.item.article.text[prev.end:first.start]:
        return []
    # "26 of those countries ..." after "a broad term for about 30 nations": the whole its part is of
    whole = part and (_has_word(prev.text, stem(part.group(1).lower()))
                      or any(m.group(1) not in STOPWORDS and not set(tokens(m.group(1))) & _TIME_UNITS
                             for m in _COUNTED_SET.finditer(prev.text)))
    return [prev] if _points_back(first, prev) or whole or (outcome or that_is) and prev.passage_id == first.passage_id else []


# a short sentence that tells how the last one ended: "It failed 6-5.", "That passed."
_OUTCOME_AFTER = re.compile(r"^\W*(?:It|That|This|They|(?:The|His|Her|Their|Its)\s+(?:motion|amendment|bill|vote|measure|proposal|"
                            r"resolution|request|bid|plan|offer))\s+"
                            r"(?:(?:was|were)\s+)?(?:failed|passed|was\s+rejected|were\s+rejected|fell|carried|lost|won|"
                            r"succeeded|was\s+defeated|was\s+approved|was\s+adopted|was\s+withdrawn)\b[^.!?]{0,40}[.!?]?\s*$")


def _continuation(ctx: Context, last: Sentence) -> list[Sentence]:
    """The sentence right after ``last`` when it only carries on the same person's quote
    ("That will not impress the Russians at all," he added), or that tells in a few words
    how it ended ("It failed 6-5."): the thought is not complete without it."""
    view = ctx.library.articles.get(last.article_id)
    if view is None:
        return []
    at = next((i for i, x in enumerate(view.sentences) if x is last), -1)
    if not 0 <= at < len(view.sentences) - 1:
        return []
    nxt = view.sentences[at + 1]
    if nxt.passage_id != last.passage_id:
        # ("The union ... said in a written statement that it would file a grievance." / "“The
        # administration has ignored ...,” the statement said. “We will pursue ...”"): what
        # someone was reported saying at a paragraph's end, in their own words right after
        # it, for a sentence or two of that paragraph
        reported = {s.name for _, s in ctx.library.speakers([last.article_id]) if _reports_speech(last.text, s.name)}
        if last.quotes or len(reported) != 1 or not nxt.quotes or not all(q.speaker in reported for q in nxt.quotes):
            return []
        more = view.sentences[at + 2 : at + 3]
        return [nxt] + [x for x in more if x.passage_id == nxt.passage_id and x.quotes
                        and all(q.speaker in reported for q in x.quotes)]
    if not nxt.quotes:
        # "... moved an amendment to impose the window. It failed 6-5."
        if _OUTCOME_AFTER.match(nxt.text):
            return [nxt]
        # "... drivers enrolled in the city’s low-income utility assistance program will be exempt.
        # Vehicles displaying disabled parking placards ... are also exempt.": the list asked for
        # (who is exempt) goes on in the next sentence
        asked = {w for w in tokens(ctx.analysis.question) if w not in _GENERIC_QUESTION and len(w) > 3}
        if re.search(r"\balso\b", nxt.text) and asked & set(tokens(last.text)) & set(tokens(nxt.text)):
            return [nxt]
        # "In a statement, the Tolliver County Farm Bureau said its members ... The bureau urged
        # the utility to give at least 48 hours’ notice": the body's statement, carried on
        # under the noun of its name
        if re.search(r"\b(?:said|says|statement|told|announced|wrote)\b", last.text) and not last.quotes:
            heads = {m.group(1).lower() for m in re.finditer(r"\b(?:[A-Z][\w’'&.-]*\s+){1,5}([A-Z][a-z]+)\b", last.text)
                     if m.group(1).lower() in ORGANISATION_HEADS}
            carried = re.match(r"\W*The\s+([a-z]+)\s+(?:also\s+)?(?:said|says|added|urged|warned|called|asked|noted|argued|"
                               r"demanded|insisted|wrote|stated|recommended|proposed)\b", nxt.text)
            if carried and carried.group(1) in heads:
                return [nxt]
        # "Ashby & Moreau priced three options for the council." / "A full rebuild ... would
        # cost ... Repairing ... Demolishing ...": a sentence that announces a few things is
        # not complete without the sentences of its paragraph that go through them
        listed = _ANNOUNCED.search(last.text)
        if listed and not last.quotes and last.text.rstrip().endswith("."):
            count = _COUNT_WORDS.get(listed.group(1).lower(), 0)
            rest = [x for x in view.sentences[at + 1: at + 1 + count] if x.passage_id == last.passage_id and not x.quotes]
            if len(rest) == count:
                return rest
        return []
    speakers = {q.speaker for q in last.quotes if q.speaker}
    speakers |= {s.name for _, s in ctx.library.speakers([last.article_id]) if _reports_speech(last.text, s.name)}
    return [nxt] if speakers and all(q.speaker in speakers for q in nxt.quotes) else []


# "the vote", "the decision": the event a story is about, named by its noun
_STORY_EVENT = re.compile(r"(?:the|this|that|their|its|tonight['’]s|the\s+council['’]s|the\s+board['’]s)\s+"
                          r"(vote|decision|ruling|verdict|closure|closing|strike|deal|move|cut|cuts|layoffs|merger|recall|ban)", re.I)
# a reason given for what someone did: "voted no because ...", "citing the cost", "saying ..."
_REASON_GIVEN = re.compile(r"\b(?:because|since|citing|cited|saying|said|arguing|argued|due\s+to|over\s+concerns?|concerned|worried|"
                           r"warning|warned|objected|objecting|so\s+that|in\s+order\s+to|reason)\b", re.I)
# "instead of Vantor", "other than Pike": one set aside
_SET_ASIDE = re.compile(r"(?:\b(?:instead\s+of|other\s+than|besides|except|rather\s+than)|(?:^|[.!?;:,]\s*)not)\s+(?!(?:the|a|an|that|this|it|him|her|them|sure|really|just|only|much|so|too|very|yet)\b)"
                        r"([\w’'-]{3,})", re.I)
# "how did he justify it?", "how does she defend the plan?": the reasons someone gave
_ARGUED_ASKED = re.compile(r"\bhow\s+(?:did|does|do|would|will|has|have)\s+[^?]{1,60}?\s+(?:justify|defend|explain|rationali[sz]e|argue)\b", re.I)
# "what did he want to do instead?", "what did she propose?": a course of action put forward
_WANT_ASKED = re.compile(r"\bwhat\s+(?:did|does|do|would)\s+(?:(?!(?:say|said|says|tell|told|think|thinks|thought)\b)[^?]){1,80}?\s+"
                         r"(?:want(?:ed)?\s+(?:to\s+do\s+)?instead|propose|suggest|push\s+for|call\s+for)\b|\bwhat\s+was\s+(?:his|her|their)\s+(?:proposal|alternative|plan)\b|"
                         # ("is she doing anything about it?", "what is he planning next?")
                         r"\b(?:is|are|was|were)\s+(?:he|she|they|[A-Z][\w’'-]+)\s+(?:doing|planning|going\s+to\s+do)\s+(?:anything|something)\b|"
                         r"\bwhat(?:\s+(?:is|are|was|will)|[’']s|[’']re)\s+[^?]{1,60}?\s+(?:doing|planning|going\s+to\s+do)\b", re.I)
_PROPOSED = re.compile(r"\b(?:proposed|suggested|urged|pushed\s+for|called\s+for|asked\s+for|offered|moved\s+to|wanted\s+to|"
                       r"recommended|floated|pitched|plans?\s+to|planning\s+to|intends?\s+to|will\s+introduce|vow(?:s|ed)\s+to|"
                       r"collect\w*\s+signatures|(?:would|will)\s+hold|is\s+organi[sz]ing|"
                       # ("were considering booking a motel room", "had already started planning for the drive")
                       r"(?:is|are|was|were)\s+considering|started\s+planning|"
                       # ("Oduya said he would push to put the question before voters")
                       r"(?:would|will)\s+(?:push|seek|try|fight|file|sue|appeal|petition|introduce|bring|ask))\b", re.I)
# "priced three options", "laid out two scenarios": a sentence whose next ones go through them
_ANNOUNCED = re.compile(r"\b(two|three|four)\s+(?:[a-z-]+\s+)?(?:options|proposals|plans|scenarios|choices|alternatives|"
                        r"paths|routes|possibilities|approaches)\b", re.I)
_COUNT_WORDS = {w: n for n, w in enumerate("two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                            "fifteen sixteen seventeen eighteen nineteen twenty".split(), start=2)}
# "list all 26 countries", "which 26 countries pledged troops?", "name the seven members"
# ("can you list all 26 of them?", "which are the nine nations?")
_LIST_ASKED = re.compile(r"\b(?:list|name|which|what\s+are|who\s+are|full\s+list\s+of)\b(?:\s+(?:all|the|of|me|them|those|these|every|are|were|"
                         r"other|remaining|rest\s+of\s+the))*"
                         r"\s+(?P<n>\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\s+(?:(?P<noun>(?:[a-z-]+\s+){0,2}?[a-z]+s)\b|"
                         r"(?P<them>of\s+(?:them|those|these)\b))", re.I)
# "how many used to come back?", "what was it historically?": the past, told as what once was
_FORMERLY_ASKED = re.compile(r"\bused\s+to\b|\bhistorically\b|\bformerly\b|\bin\s+the\s+past\b|\bback\s+(?:then|in\s+the\s+day)\b", re.I)
_ONCE_WAS = re.compile(r"\bonce\b|\bformerly\b|\bhistorically\b|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)\bused\s+to\b|\bin\s+the\s+past\b|\bat\s+(?:its|their)\s+peak\b", re.I)
# "give me a good recipe for ...", "write me a poem about ...": a thing asked for by its kind
_THING_REQUESTED = re.compile(r"\b(?:give|tell|show|send|write|recommend|suggest|find)\s+(?:me|us)\s+(?:a|an|some|the|one|any)\s+"
                              r"(?:(?:good|great|nice|quick|simple|easy|short|few|little|fun|funny|decent)\s+)?"
                              r"(recipes?|poems?|jokes?|songs?|limericks?|haikus?|horoscopes?|workouts?|lyrics|riddles?|"
                              r"restaurants?|movies?|books?|recommendations?)\b", re.I)
# what the article's own content is asked for as ("give me a summary", "tell me the date")
_ARTICLE_CONTENT = frozenset("""summary overview rundown recap breakdown list quote quotes quotation line lines answer sense idea
    update example number figure figures date name names detail details fact facts background context version gist
    timeline sentence paragraph passage source citation estimate total count percentage sum price cost amount reason
    explanation description picture account""".split())
# "what reason did Birch give?", "how did she explain it?": a reason the person gave
_THEIR_REASON = re.compile(r"\b(?:reasons?|rationale|explanation|justification)\s+(?:did|does|has|had)\b|"
                           r"\b(?:give|gave|offer|offered|cite|cited)\s+(?:a\s+|any\s+|for\s+)?(?:reasons?|explanation)\b|"
                           r"\bhow\s+(?:did|does)\s+[^?]{1,40}\s+(?:explain|justify)\b", re.I)
# "how many of the 46 speakers ...?": a part of a whole the question gives
_PART_OF_ASKED = re.compile(r"\bhow\s+many\s+of\s+(?:the|those|these|its|their|all|his|her)\s+(\d[\d,]*)\b", re.I)
_SMALL_NUMBERS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                             "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_A_PART = re.compile(r"(?<![\w.$])(\d[\d,]*(?:\.\d+)?|" + "|".join(_SMALL_NUMBERS) + r")(?![\w])(?:[\s-]+([a-z]+))?", re.I)


def _a_part_of(text: str, whole: str) -> bool:
    """Does the text put a figure smaller than the whole on something ("30 of them" of 46)?
    Not a span of time ("nearly four hours"), a day of a month ("Oct. 14"), a vote's tally
    ("4-3"), a sum ("$5") or "one" (as in "one after another")."""
    total = float(whole.replace(",", ""))
    for m in _A_PART.finditer(text):
        if m.group(1).lower() == "one" or re.search(r"(?:" + _MONTHS + r")\.?\s*$|\d[-–]$|[$€£]$", text[:m.start()], re.I) \
                or re.match(r"[-–]\d", text[m.end(1):]):
            continue
        n = _SMALL_NUMBERS.get(m.group(1).lower()) if m.group(1).isalpha() else float(m.group(1).replace(",", ""))
        if n is not None and 0 < n < total and not (m.group(2) and stem(m.group(2).lower()) in _TIME_UNITS | {"minut", "second"}):
            return True
    return False


# "how big is it in megawatts?": a figure in the unit asked
_UNIT_ASKED = re.compile(r"\bin\s+(?:square\s+)?(?:megawatts|kilowatts|gigawatts|watts|acres|hectares|feet|foot|miles|meters|metres|"
                         r"kilometers|kilometres|yards|inches|gallons|liters|litres|tons|tonnes|pounds|kilograms|degrees|"
                         r"decibels|stories|storeys|floors|units|beds|seats)\b", re.I)
# "what's the setback from property lines?": a distance, so a figure
_MEASURE_NOUN_ASKED = re.compile(r"\bwhat(?:['’]?s|\s+is|\s+was|\s+will\s+be|\s+would\s+be)\s+(?:the\s+)?(?:(?:required|minimum|maximum|new)\s+)?"
                                 r"(?:(?:setbacks?|distance)\s+(?:from|between|to)\b|(?:height|depth|width|capacity|clearance)\s+of\b)", re.I)
_MEASURE_ASKED = re.compile(r"\bhow\s+(?:tall|high|deep|wide)\b(?!\s+(?:up|on|a\s+priority))", re.I)
# (a body's people: "the army corps of engineers", "the bureau's staff")
_BODY_IN_PHRASE = re.compile(r"\b(?:corps|bureau|agency|department|office|service|administration|commission|authority|institute|"
                             r"council|association|union|board|ministry)\b", re.I)
# "has the union voted to strike?", "did the board decide to sell?": a decision to do something
_ACTED_TO = re.compile(r"^\W*(?:(?:and|so|but)\s+)?(?:has|have|had|did|does|do|will|would|is|are|was|were)\b[^?]{0,60}?\b"
                       r"(?:vot(?:e|ed|es|ing)|decid(?:e|ed|es|ing))\s+to\s+([a-z]{3,})\b", re.I)
# "the last time a department was closed": an earlier event of the kind
_LAST_TIME_EVENT = re.compile(r"\b(?:the\s+)?(?:last|previous|prior|other)\s+time(?:s)?\s+(?P<event>(?:a|an|the|they|it|that|this|he|she|we)\s+[^?.!]{3,80})", re.I)
_EARLIER = re.compile(r"\b(?:last|previous|prior|earlier|once|before|former|formerly|ago)\b|\b(?:in|since)\s+(?:19|20)\d\d\b", re.I)


def _earlier_told(event: str, ctx: Context) -> bool:
    """Does a sentence tell of an earlier event of the kind ("a department was closed"): the
    words of it with a mark of the past?"""
    words = [w for w in tokens(event) if w not in _GENERIC_QUESTION]
    if not words:
        return True
    for x in _scope_sentences(ctx):
        for clause in re.split(r"[,;:—–]|\band\b", x.text):  # (the mark of the past on the event itself)
            have = set(tokens(clause))
            if _EARLIER.search(clause) and sum(_has_form(w, have) or bool((_family(w) | _other_names(w)) & have) for w in words) * 2 >= len(words) + 1:
                return True
    return False


# "how does this compare to ohio state's tuition?": what it is set beside
_COMPARED_TO = re.compile(r"\bcompar(?:e|es|ed|ing)\s+(?:to|with|against)\s+(?:the\s+)?(?P<other>(?:[\w.-]+\s+){0,3}?[\w.-]+?)"
                          r"(?:(?P<owned>[’']s)\b|(?=\s+(?:in|this|last|next|for|at|and|or|now|today)\b|\s*[?.!,]|\s*$))", re.I)


def _missing_comparison(m: re.Match, ctx: Context, embeddings) -> bool:
    """Is what the question compares with absent from the article: a name (asked as an
    owner, "ohio state's") not written as such, or a thing none of whose words it has?"""
    other = m.group("other")
    words = [w for w in tokens(other) if w not in _GENERIC_QUESTION]
    if not words or re.fullmatch(r"(?:it|that|this|them|those|these|last\s+year|before|previous\w*|other\s+\w+)", other, re.I):
        return False
    texts = [v.item.article.text for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None]
    if m.group("owned") and len(other.split()) >= 2:
        return not any(re.search(r"\b" + r"\s+".join(map(re.escape, other.split())) + r"\b", t, re.I) for t in texts)
    return False  # (a thing in other words may be the article's: "a normal household")


# "who won the football game last saturday?": a deed whose verb the article never has
_WHO_DEED = re.compile(r"^\W*(?:(?:and|so|but|ok|okay)\W+)?who\s+(?:actually\s+|finally\s+|eventually\s+)?"
                      r"(won|lost|beat|resigned|quit|died|retired|sued|scored)\b", re.I)
# "which shipping alliances moved their calls?": a kind of thing, more than one, by name
_WHICH_PLURAL = re.compile(r"^\W*(?:(?:and|so|but)\s+)?which\s+((?:[a-z-]+\s+){0,2}?[a-z]{3,}s)\s+(?!of\b)"
                           r"(?:did|do|were|are|have|had|will|would|[a-z]+ed)\b", re.I)
_NAME_RUN = re.compile(r"\b[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:of\s+|the\s+)?[A-ZÀ-Þ][\w’'.-]*)*")


def _unlisted(ctx: Context) -> str | None:
    """"List all 26 countries": a count the article gives ("26 of those countries —
    including the U.K. and France") is not a list of them. When no sentence of the article
    names that many, the list can only be made up."""
    m = _LIST_ASKED.search(ctx.analysis.question)
    if not m:
        plural = _WHICH_PLURAL.match(ctx.analysis.question)
        if plural and (head := tokens(plural.group(1).split()[-1])):
            # "which shipping alliances moved their calls?": where the article counts them
            # ("after two shipping alliances shifted calls"), their names or none
            count = re.compile(r"\b(\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+(?:[\w-]+\s+){0,2}?" + re.escape(head[0]) + r"\w*", re.I)
            rest = {w for w in tokens(ctx.analysis.question[plural.end(1):]) if w not in _GENERIC_QUESTION and len(w) > 2}
            counted = [(x, hit) for x in _scope_sentences(ctx) if (hit := count.search(x.text)) is not None
                       and set(tokens(x.text)) & rest]
            # (their names anywhere after the count: "26 of those countries — including the U.K. and France")
            if counted and not any(r for x, hit in counted for r in _NAME_RUN.finditer(x.text[hit.end():])
                                   if not re.search(r"(?:^|[.!?][”\"’]?\s+|[“\"‘]\s*)$", x.text[hit.end():][:r.start()])):
                return f"The article doesn't name the {counted[0][1].group(0).lower()}."
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _COUNT_WORDS[m.group("n").lower()]
    if n < 6 and m.group("them"):
        return None
    if n < 6:
        # a handful may be named one by one across the article ("which three experts?"), but
        # not where the article counts them ("in talks with two other operators about ...")
        return _uncounted_names(ctx, m.group("n"), m.group("noun"), n)
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        if view is None:
            continue
        if any(len(_NAME_RUN.findall(x.text)) >= n for x in view.sentences):
            return None
        run = 0  # a list written one short line per item
        text = view.item.article.text
        for b in view.item.article.blocks:
            line = text[b.start:b.end]
            run = run + len(_NAME_RUN.findall(line)) if len(line.split()) <= 12 else 0
            if run >= n:
                return None
    return f"The article doesn't list all {m.group('n')} {(m.group('noun') or m.group('them')).lower()}."


# "besides the UK and France, which countries pledged troops?", "which other nations apart
# from Spain ...?"
_PLACE_NOUNS = r"countries|nations|states|cities|towns|allies|governments|capitals"
_BESIDES = re.compile(
    r"\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|in\s+addition\s+to)\s+(?P<named>[^,?]{2,80}?),?\s+"
    r"(?:which|what)\s+(?:other\s+)?(?P<noun>" + _PLACE_NOUNS + r")\b|"
    r"\b(?:which|what)\s+(?:other\s+)?(?P<noun2>" + _PLACE_NOUNS + r"|ones|others)\s+(?:\w+,?\s+){0,4}?(?:besides|apart\s+from|aside\s+from|"
    r"other\s+than|except(?:\s+for)?)\s+(?P<named2>[^,?]{2,80})", re.I)
_PLACE_NOUN = re.compile(r"\b(?:" + _PLACE_NOUNS + r")\b", re.I)


_PHRASE_PLACE = {form: group[0] for group in place_groups() for form in group if " " in form}


def _places_in(text: str) -> set[str]:
    """The places a text names, each as its group's label ("France" and "French": france)."""
    low = text.lower()
    found = {label for form, label in _PHRASE_PLACE.items() if form in low and re.search(r"\b" + re.escape(form) + r"\b", low)}
    found |= {PLACE_OF[t] for t in tokens(text) if t in PLACE_OF}
    if "united states" not in found and re.search(r"\bUS\b", text):
        found.add("united states")  # "US troops" (the pronoun "us" is lower case)
    return found


# "can you name the US military chiefs who took part?", "what are the names of those
# officials?", "what are the parties called?"
_PEOPLE_NOUNS = ("chiefs|officials|leaders|generals|ministers|diplomats|experts|analysts|officers|commanders|lawmakers|"
                 "negotiators|representatives|envoys|executives|advisers|advisors|critics|economists|lawyers|residents|"
                 "workers|members")
_GROUP_NOUNS = _PEOPLE_NOUNS + "|parties|companies|firms|groups|organi[sz]ations|agencies|banks|countries|nations"
_NAME_THE = re.compile(
    r"\b(?:name|identify)\s+(?:the|those|these|all\s+(?:the\s+)?|any\s+of\s+the)\s+(?P<phrase>(?:[\w.’'-]+\s+){0,3}?(?P<noun>"
    + _GROUP_NOUNS + r"))\b|\bnames\s+of\s+(?:the|those|these|any\s+of\s+the)\s+(?P<phrase2>(?:[\w.’'-]+\s+){0,3}?(?P<noun2>"
    + _GROUP_NOUNS + r"))\b|\bwhat\s+are\s+(?:the|those|these)\s+(?P<phrase3>(?:[\w.’'-]+\s+){0,3}?(?P<noun3>" + _GROUP_NOUNS
    + r"))(?:\s+(?:in|of|from|at)\s+(?:the\s+)?[\w.’'-]+)?\s+called\b"
    # "which U.S. military chiefs took part? names please": the people of a group, by name
    + r"|^\W*(?:and\s+|so\s+|ok(?:ay)?\W+)?which\s+(?P<phrase4>(?:[\w.,’'-]+\s+){0,6}?(?P<noun4>" + _PEOPLE_NOUNS
    + r"))\b(?=[^?]*\b(?:names?|named)\b)", re.I)


def _unnamed_group(ctx: Context) -> str | None:
    """"Can you name the U.S. military chiefs who took part?": where the article speaks of
    them ("U.S., European and NATO military chiefs held discussions"), it names none of
    them, or the names can only be made up. None when the article never speaks of them so,
    or a sentence that does names one (a person it has, a place for countries, a name
    for a party or company)."""
    m = _NAME_THE.search(ctx.analysis.question)
    if not m:
        return None
    k = next(i for i in ("", "2", "3", "4") if m.group("phrase" + i))
    phrase, noun = m.group("phrase" + k), m.group("noun" + k)
    words = [w for w in re.findall(r"[\w’'-]+", phrase) if w.lower() not in STOPWORDS]
    modifier = words[-2] if len(words) >= 2 and not _places_in(words[-2]) else None
    if not modifier and re.fullmatch(_PEOPLE_NOUNS, noun.lower()):
        return None  # "name the leaders": the article may name them one by one, anywhere
    head = tokens(noun)[0]
    said = re.compile((r"\b" + re.escape(modifier) + r"\s+" if modifier else r"\b") + re.escape(noun.lower()[:-1]), re.I)
    people = {w for _, sp in ctx.library.speakers(ctx.scope) for w in sp.name.split() if len(w) > 2}
    seen = False
    for x in _scope_sentences(ctx):
        hit = said.search(x.text)
        if not hit or head not in tokens(x.text):
            continue
        seen = True
        # the clause that speaks of them (between dashes, semicolons or brackets)
        bounds = [0] + [b.end() for b in re.finditer(r"\s[—–]\s|;|\(|\)", x.text)] + [len(x.text)]
        start = max(b for b in bounds if b <= hit.start())
        end = min(b for b in bounds if b > hit.start())
        if re.fullmatch(r"\w*\s*[—–(]?\s*", x.text[hit.end():end]) and end < len(x.text):
            end = min(b for b in bounds if b > end)  # "The coalition leaders — X and Y — have ...": named right after
        clause = x.text[start:end]
        if noun.lower() in ("countries", "nations"):
            if _places_in(clause):
                return None
        elif re.fullmatch(_PEOPLE_NOUNS, noun.lower()):
            if any(re.search(r"\b" + re.escape(w) + r"\b", clause) for w in people):
                return None
        elif any(not _places_in(r.group(0)) and not set(r.group(0).split()) & people
                 for r in _NAME_RUN.finditer(clause) if r.start() > 0):
            return None
    return f"The article doesn't name the {(modifier + ' ') if modifier else ''}{noun.lower()}." if seen else None


def _scope_sentences(ctx: Context):
    """The sentences of the articles in scope, in order."""
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        if view is not None:
            yield from view.sentences


def _none_besides(ctx: Context) -> str | None:
    """"Besides the UK and France, which countries pledged troops?": where the article
    speaks of those countries with the ones named ("26 of those countries — including the
    U.K. and France"), it names no other, or the answer can only be made up. None when no
    such sentence exists or one names another place."""
    m = _BESIDES.search(ctx.analysis.question)
    if not m:
        return None
    named_text, noun = (m.group("named"), m.group("noun")) if m.group("named") else (m.group("named2"), m.group("noun2"))
    if not m.group("named"):  # the names only ("the UK and France", not "... have pledged" after them)
        words = named_text.split()
        end = next((k for k, w in enumerate(words) if w[:1].islower() and w.lower() not in ("and", "or", "the")
                    and not _places_in(w)), len(words))
        named_text = " ".join(words[:end]).strip(" ,")
    named = _places_in(named_text)
    if not named:
        return None
    if noun.lower() in ("ones", "others"):
        # "which ones besides the UK and France?" after "how many countries pledged
        # troops?": the ones the last turn spoke of
        last = _PLACE_NOUN.search(ctx.analysis.previous_question) or _PLACE_NOUN.search(ctx.analysis.previous_answer)
        if not last:
            return None
        noun = last.group(0)
    head = tokens(noun)
    seen = False
    for x in _scope_sentences(ctx):
        if head[0] not in x.text.lower() or head[0] not in tokens(x.text):  # (the cheap test first)
            continue
        here = _places_in(x.text)
        if named <= here:
            seen = True
            if here - named:
                return None
    return f"The article names no other {noun.lower()} than {named_text.strip()}." if seen else None


def _none_besides_listed(ctx: Context) -> str | None:
    """"Besides St. Agnes, which other health system did she reach out to?": where the
    article lists the ones named as examples ("two other health systems, including St.
    Agnes"), with no other name beside them, it names no other; None when it does or when
    no such list is found."""
    m = _BESIDES_ANY.search(ctx.analysis.question)
    if not m:
        return None
    named, noun = (m.group("named"), m.group("noun")) if m.group("named") else (m.group("named2"), m.group("noun2"))
    words = re.findall(r"[A-Za-z][\w’'-]*", named)
    words = [w for w in words if w.lower() not in ("the", "a", "an")]
    if not words or _places_in(named):
        return None  # (places: _none_besides)
    name = r"\.?\s+".join(re.escape(w) for w in words)
    seen = ""
    for x in _scope_sentences(ctx):
        for f in re.finditer(r"\b(?:including|such\s+as|among\s+them|like)\s+(?:the\s+)?" + name + r"\b\.?", x.text, re.I):
            if not x.text[f.start():f.end()].split()[-1][:1].isupper():
                continue
            rest = x.text[f.end():]
            if re.match(r"(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?[A-Z]", rest) or re.search(
                    r"(?:\b[A-Z][\w’'-]+\s*,\s*|\b[A-Z][\w’'-]+\s+(?:and|or)\s+)(?:the\s+)?" + name + r"\b", x.text[max(0, f.start() - 60): f.end()]):
                return None  # ("including St. Agnes and Mercy General")
            seen = re.sub(r"^(?:including|such\s+as|among\s+them|like)\s+(?:the\s+)?", "", x.text[f.start():f.end()], flags=re.I).rstrip(".")
    return f"The article names no other {noun.strip().lower()} than {seen}." if seen else None


# "besides St. Agnes, which other health system ...?": some named, the others asked for
_BESIDES_ANY = re.compile(
    r"\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|in\s+addition\s+to)\s+(?P<named>[^,?]{2,60}?),?\s+"
    r"(?:which|what)\s+(?:other\s+)?(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s+(?:did|does|do|has|have|had|is|are|was|were|will|would)\b)|"
    r"\b(?:which|what)\s+other\s+(?P<noun2>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:[\w’'-]+,?\s+){0,6}?(?:besides|apart\s+from|aside\s+from|"
    r"other\s+than|except(?:\s+for)?)\s+(?P<named2>[^,?]{2,60})", re.I)


# "which city in Alaska ...?", "where exactly in Alaska was it held?"
_WHERE_INSIDE = re.compile(r"\b(?:which|what)\s+(?:city|town|village|place|part|region|area|county|province|state|port)\s+in\s+"
                           r"(?P<place>[A-Za-z][\w’'.-]*(?-i:\s+[A-Z][\w’'.-]*)*)|\bwhere\s+(?:exactly\s+|specifically\s+|precisely\s+|"
                           r"abouts\s+)?in\s+(?P<place2>[A-Za-z][\w’'.-]*(?-i:\s+[A-Z][\w’'.-]*)*)|"
                           r"\b(?:which|what)\s+(?P<adjective>[A-Za-z][\w’'.-]*)\s+(?:city|town|village|port|county|province)\b", re.I)
# "Alaskan", "French": a people's or a place's adjective, not another name of the place
_DEMONYM = re.compile(r"(?:an|ans|ish|ese|ch|i|ic|ian|ians)$")
_INSIDE_NOT = frozenset(("the", "a", "an", "in", "at", "on", "but", "and", "while", "after", "before")) | CALENDAR_WORDS


# "what rank did he hold?", "what was her rank in the army?"
_RANK_ASKED = re.compile(r"\b(?:what|which)\s+(?:military\s+)?rank\b|\b(?:his|her|their)\s+(?:military\s+)?rank\b|\brank\s+did\b", re.I)
_RANKS = re.compile(r"\b(?:general|colonel|major|captain|lieutenant|sergeant|corporal|private|admiral|commander|brigadier|"
                    r"marshal|commodore|ensign|officer|commanding|chief\s+of\s+staff)\b", re.I)


# "what does Hodges do now?", "what's her current job?", "where does he work these days?"
_NOW_ASKED = re.compile(
    # (not what someone means "to do": "what does she want to do with the stadium now?")
    r"\b(?:what\s+(?:does|is)\s+(?:[\w’'.-]+\s+){1,3}?(?<!\bto\s)(?:do|doing)(?:\s+for\s+(?:a\s+)?(?:living|work))?|"
    r"where\s+(?:does|is)\s+(?:[\w’'.-]+\s+){1,3}?(?:work|working|based)|what(?:['’]s|\s+is)\s+(?:[\w’'.-]+\s+){1,3}?"
    r"(?:job|role|position|post|title|occupation))\b(?:\s+\w+){0,3}?\s+(?:now|currently|these\s+days|nowadays|today|at\s+present)\b|"
    r"\b(?:current|present|new)\s+(?:job|role|position|post|title|occupation|employer)\b|"
    # (asked through the article: "does it say what he does now?")
    r"\bwhat\s+(?:he|she|they|[\w’'.-]+)\s+(?:does|do|is\s+doing|are\s+doing)(?:\s+for\s+(?:a\s+)?(?:living|work))?\s+"
    r"(?:now|currently|these\s+days|nowadays|today|at\s+present)\b", re.I)
_FORMERLY = re.compile(r"^(?:(?:a|an|the)\s+)?(?:former|retired|ex-|onetime|one-time|erstwhile)\b", re.I)


def _only_formerly(ctx: Context) -> str | None:
    """"What does Hodges do now?" when the article describes him only by what he was
    ("former commanding general of ..."): it doesn't say. None when the description has a
    present part ("an expert at ... and a former military planner")."""
    s = ctx.analysis.targets[0].speaker
    description = (s.description or "").strip()
    if not _FORMERLY.match(description) or re.search(r"\b(?:and|now|currently|who\s+(?:is|now))\b", description, re.I):
        return None
    return f"The article describes {s.name} only as {description}; it doesn't say what {s.name.split()[-1]} does now."


def _nowhere_inside(ctx: Context) -> str | None:
    """"Which city in Alaska hosted the summit?": a place inside a place the article names
    ("Anchorage, Alaska", "Juneau in Alaska", "Alaska's capital, Juneau") or nothing. When the
    article names the wider place but never a place in it, the answer can only be made up."""
    m = _WHERE_INSIDE.search(ctx.analysis.question)
    if not m:
        return None
    group = None
    if m.group("adjective"):  # "which Alaskan city": the place the adjective is of
        group = next((g for g in place_groups() if m.group("adjective").lower() in g), None)
        if group is None:
            return None
        place = group[0]
    else:
        place = (m.group("place") or m.group("place2")).strip(" ?.,")
        group = next((g for g in place_groups() if place.lower() in g), None)
    # a place the article names that lies in it by common knowledge ("Paris" for "which French
    # city"): not the place's own names or adjectives
    within = [f for f in group or [] if f != group[0] and not _DEMONYM.search(f) and len(f) > 3]
    found: str | bool = False
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        if view is None:
            continue
        text = view.item.article.text
        if any(re.search(r"\b" + re.escape(f) + r"\b", text, re.I) for f in within):
            return None
        people = {w for sp in view.item.speakers for part in [sp.name, *sp.aliases] for w in part.split()}  # "Putin in Alaska"
        for hit in re.finditer(r"\b" + re.escape(place) + r"\b", text, re.I):
            found = found or hit.group(0)  # as the article writes it
            before = re.search(r"\b([A-Z][\w’'.-]+)(?:,|\s+in)\s+$", text[max(0, hit.start() - 40):hit.start()])
            after = re.match(r"[’']s\s+(?:[a-z]+\s+){0,2}(?:of\s+|,\s+)?([A-Z][\w’'.-]+)", text[hit.end():hit.end() + 40])
            if any(g and g.group(1).lower() not in _INSIDE_NOT and re.sub(r"[’']s$", "", g.group(1)) not in people
                   for g in (before, after)):
                return None
    return f"The article doesn't say where in {found}." if found else None


def _uncounted_names(ctx: Context, number: str, noun: str, n: int) -> str | None:
    """"Which two operators is he talking to?": where the article counts them ("two other
    operators"), their names follow in that sentence ("in two valleys, the Engadin and the
    Ötztal"), or the article doesn't give them. None when the article never counts them so
    (the question is left to the other checks)."""
    head = tokens(noun.split()[-1])
    if not head:
        return None
    written = [number] + [w for w, k in _COUNT_WORDS.items() if k == n] + ([str(n)] if not number.isdigit() else [])
    counted = re.compile(r"\b(?:" + "|".join(map(re.escape, dict.fromkeys(written))) + r")\s+(?:[\w-]+\s+){0,2}?" + re.escape(head[0]), re.I)
    seen = False
    for x in _scope_sentences(ctx):
        hit = counted.search(x.text)
        if not hit:
            continue
        seen = True
        rest = x.text[hit.end():]
        # names, not the capital that starts a sentence or a quote ("I would caution ...")
        names = [r for r in _NAME_RUN.finditer(rest) if len(r.group(0)) > 1
                 and not re.search(r"(?:^|[.!?][”\"’]?\s+|[“\"‘]\s*)$", rest[:r.start()])]
        if len(names) >= n:
            return None
    return f"The article doesn't name the {number} {noun.lower()}." if seen else None


def _unspoken_term(ctx: Context) -> str | None:
    """A phrase the question quotes and asks who said, which the article only ever uses as
    a term of its own (the so-called “coalition of the willing”): nobody said it."""
    question = ctx.analysis.question
    # asked who said it ("who called it X?", "whose words are X?"), not what it is ("what
    # is the 'X' and who leads it?")
    # (a word of saying alone is not enough: "I keep hearing the phrase 'X' and I'm embarrassed
    # to say I don't know what it means" asks what it is)
    if not re.search(r"\b(?:quot\w*|coined|attribut\w*|credit\w*)\b", question, re.I) and not (
            re.search(r"\b(?:said|says|say|saying|words|phrase|called|calls|uses|used)\b", question, re.I)
            and re.search(r"(?i:\b(?:who|whose|whom|which\s+(?:expert|person|one|official|leader|of\s+them)|any(?:one|body)|"
                          r"some(?:one|body)))\b|\b(?i:did|does|has|was|is)\s+(?:it\s+)?(?:[A-Z][\w’'.-]+\s+){1,3}", question)):
        return None
    for m in re.finditer(r"[“\"‘']([^“”\"‘’']{3,80})[”\"’']", question):
        phrase = m.group(1).strip(" ,.").lower()
        found = [q for aid in ctx.scope if aid in ctx.library.articles
                 for q in ctx.library.articles[aid].item.quotes if phrase in q.text.lower()]
        if found and all(q.speaker is None for q in found):
            return found[0].text.strip(" ,.")  # the article's own characters, never the question's
    return None


_ATTRIBUTION_ASKED = re.compile(r"\b(?:said|say|says|saying|call(?:s|ed)?|describ\w*|quot\w*|words?|line|claim\w*|"
                                r"attribut\w*|wrote|told|puts?|putting|peg(?:s|ged)?|estimat\w*|dubb?\w*|label\w*|warn\w*|"
                                r"argu\w*|phrase|admit\w*|conced\w*|acknowledg\w*|insist\w*|conclud\w*)\b", re.I)
_CALLED_UNQUOTED = re.compile(r"\b(?:call(?:s|ed)?|describ(?:es|ed)|label(?:s|l?ed)|dubb?(?:s|ed))\s+(?:the\s+[\w’'-]+\s+|it\s+|this\s+|that\s+|them\s+)?"
                              r"((?:a|an)\s+[\w’'-]{3,}\s+[\w’'-]{3,})()", re.I)
_ABOUT_BEFORE = re.compile(r"\b(?:about|on|regarding|of|over)\s+(?:the\s+|his\s+|her\s+|their\s+|[\w’'-]+['’]s?\s+)?$", re.I)
# (an apostrophe inside a word is no closing mark: 'a gamble with other people's money')
_ASKED_QUOTE = re.compile(r"[“\"]([^“”\"]{3,160})[”\"]|(?<!\w)['‘]((?:[^'‘’]|(?<=\w)['’](?=\w)){3,160})['’](?!\w)")


_WHO_ASKED = re.compile(r"\bwho\b|\bwhose\b|\bwhich\s+(?:person|one|of\s+them)\b", re.I)


def _whose_quoted_words(ctx: Context) -> Draft | None:
    """"There's a sentence pulled out in big type, the one ending “that era is over.” Who
    said it?": the speaker of the article's quotation that has the words the question
    quotes (three or more of them, as written), with the sentence it is in. None when the
    question asks no "who" or quotes nothing of a quotation."""
    a = ctx.analysis
    if not _WHO_ASKED.search(a.question) or any(t.how == "named" for t in a.targets):
        return None  # ("was it Lindqvist who said "very, very reckless"?": checked against the one named)
    asked = [_plain(m.group(1) or m.group(2)) for m in _ASKED_QUOTE.finditer(a.question)]
    asked = [w for w in asked if len(w.split()) >= 3]
    if not asked:
        return None
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        for q in view.item.quotes if view is not None else []:
            if q.kind == "term" or not any(w in _plain(q.text) for w in asked):
                continue
            sent = _sentence_at(view, q.start)
            if sent is None:
                continue
            text, src = cite_sentences([sent])
            if not q.speaker:
                return Draft(f"The article doesn't name who said it: {text}", src)
            person = view.speaker(q.speaker)
            described = person is not None and person.description and q.speaker.split()[-1] not in sent.text
            return Draft(f"It was {q.speaker}" + (f", {person.description}" if described else "") + f": {text}", src, speaker=q.speaker)
    return None


def _misquoted(ctx: Context) -> Draft | None:
    """"Our draft has Heisbourg putting it at 'close to nil'. Is that his wording?": words the
    question quotes that are an article quote with a word or two changed. The answer is the
    quote as the article has it, with whose it is (the question's version is not repeated
    as anyone's words)."""
    question = ctx.analysis.question
    phrases = [m.group(1) or m.group(2) for m in _ASKED_QUOTE.finditer(question)]
    if not phrases:
        return None
    texts = [v.normalized(_quote_words) for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None]
    exact = [p for p in phrases if any(_quote_words(p) in t for t in texts)]
    if exact:
        return None  # (the article's own words among them: "did he say 'close to zero' or 'close to nil'?")
    for phrase in phrases:
        for aid in ctx.scope:
            view = ctx.library.articles.get(aid)
            span = near_quote(phrase, view.item.article.text) if view is not None else None
            if span is None:
                continue
            quote = next((q for q in view.item.quotes if q.start <= span[0] and span[1] <= q.end), None)
            sentence = _sentence_at(view, span[0])
            if sentence is None:
                return None
            words = view.item.article.text[span[0]:span[1]]
            body, src = cite_sentences([sentence])
            who = quote.speaker if quote is not None else None
            lead = f"Not as written: the article quotes {who} as saying “{words}”" if who else \
                f"Not as written: the article's words are “{words}”"
            return Draft(f"{lead}. {body}", src, speaker=who)
    return None


def _quote_words(text: str) -> str:
    """Words to compare quoted text by: case, punctuation, curly or straight apostrophes
    and "won't"/"will not" aside."""
    text = text.lower().replace("’", "'").replace("won't", "will not").replace("can't", "cannot").replace("n't", " not")
    return " " + " ".join(re.findall(r"[\w']+", text)) + " "


# "Is it X who ...", "Was it X ...", "Did X say ...": the person a check of words is asked of
_ASKED_OF = re.compile(r"^\W*(?:(?:and|so|but)\s+)?(?:(?:is|was)\s+it\s+|did\s+|does\s+|has\s+)", re.I)


def _said_by_another(ctx: Context) -> Draft | None:
    """"Was it Hodges who said 'loads of guns and loads of ammo'?", "Heisbourg called it
    'very, very risky'. Correct?": words the question quotes that the article gives to
    someone other than the person it names. The answer is whose words they are (the named
    person's other words would read as a yes)."""
    a = ctx.analysis
    # (or the one person the question names as what is said: "My draft says Hodges said 'no
    # suggestion'. Is that attribution right?")
    if len(a.targets) == 1 and a.targets[0].how in ("named", "described"):
        asked = a.targets[0].speaker.name
    elif len(a.targets) > 1 and len(_ASKED_QUOTE.findall(a.question)) == 1 and (lead := _ASKED_OF.match(a.question)) and (first := next(
            (t for t in a.targets if t.how == "named" and any(re.match(re.escape(n) + r"\b", a.question[lead.end():], re.I)
                                                              for n in [t.speaker.name, *t.speaker.aliases])), None)):
        asked = first.speaker.name  # "Is it Ben Hodges who says there is 'absolutely no guarantee' Trump will ...?"
    elif not a.targets and len(a.topic_people) == 1 and not re.match(r"\W*(?:and\s+|so\s+)?who\b", a.question, re.I):
        asked = a.topic_people[0]  # (not "who said there was 'no guarantee' Trump would ...?": who, asked)
    else:
        return None
    if not _ATTRIBUTION_ASKED.search(a.question):
        return None
    # (or words put without quotation marks: "Ruth Kellan is the one who called the settlement
    # a ransom note, right?")
    called = [m for m in _CALLED_UNQUOTED.finditer(a.question)] if not _ASKED_QUOTE.search(a.question) else []
    for m in [*_ASKED_QUOTE.finditer(a.question), *called]:
        if _ABOUT_BEFORE.search(a.question[:m.start()]):
            continue  # "what did Macron say about Hodges' 'zero credibility' remark?": a subject, not a claim
        phrase = _quote_words(m.group(1) or m.group(2))
        if not phrase:
            continue
        for aid in ctx.scope:
            view = ctx.library.articles.get(aid)
            # (one word only when it is all the article quotes: "tricky")
            found = [q for q in view.item.quotes if (phrase in _quote_words(q.text) if len(phrase.split()) >= 2
                                                     else phrase == _quote_words(q.text))] if view is not None else []
            if not found or any(q.speaker == asked for q in found):
                continue
            if any(q.speaker is None or q.kind == "term" for q in found):
                return None  # (the article's own term, or words nobody is named for: not this rule's)
            sentence = _sentence_at(view, found[0].start)
            if sentence is None:
                return None
            body, src = cite_sentences([sentence])
            return Draft(f"The article gives those words to {found[0].speaker}, not {asked}: {body}", src,
                         speaker=found[0].speaker)
    return None


# "Wrong, that was Hodges.", "No, it was the American general who said that. Correct
# yourself.": the asker pushes back on whose words the last answer gave
_PUSHBACK = re.compile(r"^\W*(?:(?:no|nope|wrong|incorrect|that[’']?s\s+(?:wrong|not\s+right|incorrect)|you[’']?re\s+wrong|"
                       r"not\s+true|actually)\b[\s,.!—–-]*)+(?:(?:it|that)\s+(?:was|is)\b|(?:it|that)[’']s\b|"
                       r"[^?.!]{0,40}\b(?:said|say|says)\s+(?:that|it|this)\b)", re.I)


def _pushed_back(ctx: Context) -> Draft | None:
    """"Wrong, that was Hodges, the American general. Correct yourself.": words the last
    answer quoted, said to be someone else's. When the article gives them to the person the
    last answer did, the answer stands by it, with the sentence."""
    a = ctx.analysis
    if not a.previous_answer or not _PUSHBACK.match(a.question) or len({t.speaker.name for t in a.targets}) != 1:
        return None
    asked = a.targets[0].speaker.name
    for m in _ASKED_QUOTE.finditer(a.previous_answer):
        phrase = _quote_words(m.group(1) or m.group(2))
        if len(phrase.split()) < 2:
            continue
        for aid in ctx.scope:
            view = ctx.library.articles.get(aid)
            found = [q for q in view.item.quotes if q.speaker and q.kind != "term" and phrase in _quote_words(q.text)] \
                if view is not None else []
            if not found or any(q.speaker == asked for q in found):
                continue
            sentence = _sentence_at(view, found[0].start)
            if sentence is None:
                return None
            body, src = cite_sentences([sentence])
            return Draft(f"The article gives those words to {found[0].speaker}, not {asked}: {body}", src,
                         speaker=found[0].speaker)
    return None


_EVENT_NOUNS = "meeting|summit|vote|votes|round|session|hearing|talks|gathering|election|conference|trial|ruling|decision"
_EVENTS = r"(?:" + _EVENT_NOUNS + ")"
# what has a result ("how did the vote turn out?"): events, and the contests and cases decided
_DECIDED = re.compile(_EVENT_NOUNS + r"|referendums?|ballot|elections|match|game|race|negotiation|sale|auction|bid|appeal|case|"
                      r"inquiry|review|count|poll|primary|runoff|motion|debate|meetings|hearings|trials")
# what a court or a body grants or refuses ("the injunction", "its permit")
_GRANTED = re.compile(r"injunctions?|orders?|permits?|requests?|applications?|petitions?|lawsuits?|challenges?|licen[cs]es?|waivers?|exemptions?|appeals?")
_NEXT_ASKED = re.compile(r"\bnext\s+(?P<noun>" + _EVENTS + r")\b", re.I)
_RESULT_ASKED = re.compile(
    r"\bhow\s+did\s+(?:the\s+|that\s+|this\s+)?(?P<ev>[^?]{2,60}?)\s+(?:turn\s+out|go|end\s+up|end)\s*[?.!]*\s*$|"
    r"\b(?:what\s+(?:was|were|is)|what[’']s)\s+the\s+(?:result|outcome|verdict|final\s+tally)s?\s+of\s+(?:the\s+|that\s+)?(?P<ev2>[^?]{2,60})|"
    r"\bwhich\s+way\s+did\s+(?:the\s+)?(?P<ev3>[^?]{2,40}?)\s+go\b|"
    # "did the court grant the cooperative's injunction against the dredging?"
    r"^\W*(?:(?:and|so|but)\s+)?(?:did|has|have|will|would)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:grant(?:ed)?|approved?|reject(?:ed)?|"
    r"issued?|allow(?:ed)?|deny|denied|block(?:ed)?|uph[eo]ld|overturn(?:ed)?|win|won|lose|lost)\s+(?P<ev4>[^?]{2,80}?)\s*[?.!]*\s*$|"
    # "which option did the council end up voting for?": a vote's result
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?did\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?(?:end\s+up\s+|finally\s+|eventually\s+|"
    r"ultimately\s+)?(?P<ev5>vot)(?:e|ed|ing)\s+(?:for|on)\b", re.I)
_STILL_TO_COME = re.compile(r"\b(?:is|are|was|were)\s+(?:scheduled|expected|set|due|slated|poised|planning|going)\s+to\b|\bwill\b|"
                            r"\bupcoming\b|\bbefore\s+the\b|\bahead\s+of\b|\bplans?\s+to\b|\bcoming\b|"
                            r"\bwhether\s+to\b|\bwould\s+consider\b|\bconsidering\b|\bunlikely\s+before\b", re.I)
_CAME_OUT = re.compile(r"\b(?:voted|approved|rejected|passed|decided|ruled|won|lost|adopted|defeated|overturned|upheld|"
                       r"agreed|backed|blocked|ended|concluded|convicted|acquitted)\b", re.I)


def _not_yet(ctx: Context) -> str | None:
    """"How did the Feb. 27 vote turn out?", "where is the coalition's next meeting?": the
    result of an event the article reports only as still to come, or a next one it never
    mentions. The article can't say."""
    a = ctx.analysis
    texts = [v.item.article.text for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None]
    nxt = _NEXT_ASKED.search(a.question)
    if nxt:
        noun = nxt.group("noun").lower()
        root = noun.rstrip("s") if noun not in ("talks",) else noun
        if not any(re.search(r"\b(?:next|upcoming|following|another|second|further)\s+(?:[\w-]+\s+)?" + re.escape(root), t, re.I)
                   or re.search(r"\bwill\s+(?:meet|reconvene|convene|gather|hold)\b", t, re.I) for t in texts):
            return f"The article doesn't say anything about a next {noun}."
        return None
    m = _RESULT_ASKED.search(a.question)
    if not m:
        return None
    event = m.group("ev") or m.group("ev2") or m.group("ev3") or m.group("ev4") or (m.group("ev5") and "vote")
    words = [w for w in tokens(event) if w not in _GENERIC_QUESTION and not w.isdigit()]
    if not words:
        return None
    raw = re.findall(r"[a-z]+", event.lower())
    if m.group("ev4"):
        # (the thing granted is the first of its kind in the phrase: "the cooperative's injunction against ...")
        raw = raw[: next((k + 1 for k, w in enumerate(raw) if _GRANTED.fullmatch(w)), 0)]
        if not raw:
            return None
        event = " ".join(raw[-2:] if len(raw) > 1 and raw[-2].endswith("ing") else raw[-1:])  # ("restraining order")
    head = tokens(raw[-1])[0] if raw and tokens(raw[-1]) else words[-1]
    if not raw or not (_DECIDED.fullmatch(raw[-1]) or m.group("ev4")):
        return None  # (an event's result: "how did Arnold sum up the situation in the end?" is no event)
    about = [sent for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None for sent in v.sentences
             if head in tokens(sent.text)]
    # (a result reported: "the board voted 4-1 to ..."; not "she had not decided how she would vote")
    came_out = any(not re.search(r"\b(?:not|n[’']t|never|yet\s+to|yet)\s+(?:\w+\s+)?$", sent.text[:verb.start()], re.I)
                   for sent in about for verb in _CAME_OUT.finditer(sent.text))
    if not about or came_out or not any(_STILL_TO_COME.search(sent.text) for sent in about):
        return None
    named = " ".join(re.findall(r"[\w.’-]+", event))
    return f"The article doesn't say: it reports the {named} as still to come."


_UNNAMED_ASKED = re.compile(
    # ("which housing developer wants the land?": a kind before the noun, a verb of its own after it)
    r"\bwhich\s+(?:outside\s+|private\s+|independent\s+|(?!law\b)[a-z-]{3,}\s+)?(?P<noun3>company|firm|contractor|consultancy|agency|vendor|supplier|"
    r"law\s+firm|bank|insurer|developer|operator|college|university|hospital|nonprofit|charity|utility|utilities|airline)\s+"
    r"(?:did|does|has|had|will|would|was|is|paid|got|won|lost|made|built|sold|bought|took|gave|ran|spent|kept|left|led|held|sent|"
    r"(?!says\b)[a-z]{3,}(?:s|ed))\b|"
    r"\bwhat(?:[’']s|\s+(?:is|was|were|are))\s+(?:the\s+)?(?:full\s+)?names?\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|"
    r"(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?[’']s\s+)?(?P<noun>[a-z][\w-]+)|"
    r"\bwhat(?:[’']s|\s+(?:is|was))\s+(?:the\s+|his\s+|her\s+|their\s+|(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?[’']s\s+)"
    r"(?P<noun2>[a-z][\w-]+)[’']s\s+(?:full\s+)?name\b", re.I)
_PERSON_NAME = r"(?:(?:Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|Prof)\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+"
# a body the article may leave unnamed ("an outside firm", "an out-of-state staffing agency")
_BODY_NOUNS = r"(?:firm|company|contractor|consultancy|consultants?|agency|vendor|supplier|bank|insurer|developer|operator|college|university|hospital|nonprofit|charity|utilit(?:y|ie)|airline)"


# people by the plainest nouns ("the boy who got burned"), which say no role
_PLAIN_PEOPLE = frozenset("boy boys girl girls man men woman women child children kid kids baby toddler infant teenager teen "
                          "patient patients customer customers neighbor neighbour friend cousin uncle aunt nephew niece".split())


def _unnamed(ctx: Context) -> str | None:
    """"What was the name of Karl Brandvold's farmhand who got hurt?": a person the article
    speaks of without a name (no name beside the noun that says who they are). The
    article can't say it."""
    m = _UNNAMED_ASKED.search(ctx.analysis.question)
    if not m:
        return None
    if m.group("noun3"):
        return _unnamed_body(ctx, m.group("noun3").lower())
    noun = (m.group("noun") or m.group("noun2")).lower()
    # ("the name of the staffing agency Red Pine hired": a body, the last word of its noun)
    compound = re.match(r"\s+(" + _BODY_NOUNS + r")\b", ctx.analysis.question[m.end():], re.I) if m.group("noun") else None
    if compound or re.fullmatch(_BODY_NOUNS, noun):
        return _unnamed_body(ctx, (compound.group(1) if compound else noun).lower())
    # ("the director of the volunteer ambulance service": a director named elsewhere is not it)
    of = re.match(r"\s+(?:of|at|for)\s+(?:the\s+|its\s+|their\s+)?([^?,]{3,60})", ctx.analysis.question[m.end():]) if m.group("noun") else None
    whose = [w for w in tokens(of.group(1)) if w not in STOPWORDS and w not in _GENERIC_QUESTION] if of else []
    if noun in STOPWORDS or not is_person_noun(noun.rstrip("s")) and not is_person_noun(noun) and noun not in _PLAIN_PEOPLE:
        return None
    root = re.escape(noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun)
    found = False
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        text = view.item.article.text if view is not None else ""
        for hit in re.finditer(r"\b" + root + r"\w*", text, re.I):
            found = True
            before, after = text[max(0, hit.start() - 80):hit.start()], text[hit.end():hit.end() + 60]
            if whose and not set(whose) & set(tokens(before + " " + after)):
                continue
            # (an apposition of a few words, none of them a preposition: "along with a
            # lieutenant" after "on Alder Street," names no one)
            if re.match(r",?\s+" + _PERSON_NAME, after) or re.search(_PERSON_NAME + r",\s+(?:\d+,\s+)?(?:the|a|an|his|her|their|its)?\s*"
                                                                     r"(?:(?!(?:with|along|of|in|at|on|to|for|from|by|near|and)\s)[\w’'-]+\s+){0,4}$", before):
                return None  # "his farmhand, Joe Ruiz,", "Joe Ruiz, a farmhand"
    return f"The article doesn't name the {noun}." if found else None


def _unnamed_body(ctx: Context, noun: str) -> str | None:
    """"Which company did the county hire to review the alert system?": the sentences that
    speak of a firm (or company, contractor ...) doing what the question says, when each
    calls it only "an outside firm", with no name beside it: the article doesn't name it."""
    question = ctx.analysis.question
    topic = {w for w in tokens(question[re.search(r"\b" + re.escape(noun) + r"\b", question, re.I).end():])
             if w not in STOPWORDS and w not in _GENERIC_QUESTION}
    bodies = r"\b" + _BODY_NOUNS + r"s?\b"
    about = []
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        for sent in view.sentences if view is not None else []:
            if re.search(bodies, sent.text, re.I) and len(topic & set(tokens(sent.text))) >= min(2, len(topic)):
                about.append(sent.text)
    if not about:
        # ("which housing developer wants the ballpark land?" / "... a housing developer had
        # already expressed interest"): the question's other words put otherwise, every
        # sentence with the very noun
        about = [sent.text for aid in ctx.scope if (view := ctx.library.articles.get(aid)) is not None
                 for sent in view.sentences if re.search(r"\b" + re.escape(noun) + r"s?\b", sent.text, re.I)]
    trade = re.search(r"\bwhich\s+([a-z]{7,})\s+" + re.escape(noun) + r"\b", question, re.I)
    if not about and trade:
        # ("which architecture firm is designing the center?" / "architects would have 120 days
        # to finish designs"): the trade's own people, in a sentence on the question's subject
        # that names no one (no capitalised word past its first)
        stem_ = trade.group(1).lower()[:7]
        asked_caps = {w.lower() for w in re.findall(r"[A-Z][\w’'-]+", question)}
        plain = [sent.text for aid in ctx.scope if (view := ctx.library.articles.get(aid)) is not None
                 for sent in view.sentences if re.search(r"\b" + stem_ + r"[a-z]*\b", sent.text, re.I)
                 and topic & set(tokens(sent.text))]
        if plain and not any(w.lower() not in asked_caps for text in plain for w in re.findall(r"(?<=\S\s)[A-Z][\w’'-]+", text)):
            return f"The article doesn't name the {noun}."
    if not about and noun in ("contractor", "vendor", "supplier", "consultancy", "consultant", "consultants", "insurer"):
        # ("which contractor is going to do the demolition?" of an article with no contractor in
        # it: a hired body, never named because never mentioned)
        return f"The article doesn't mention or name a {noun.rstrip('s')}."
    if not about:
        return None
    if noun == "agency" and any(re.search(r"\b(?:[A-Z][\w’'-]+\s+)*(?:Department|Agency|Office|Bureau|Authority|Ministry|Administration|"
                                          r"Service)\b(?:\s+of(?:\s+[A-Z][\w’'-]+)+)?", v.item.article.text)
                                for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None):
        # ("which agency runs the roundup?" / "The agency estimates ..." where the story has
        # named the Department of State Lands): a public body is named once, then "the agency"
        return None
    for text in about:
        # (the body asked about: "the agency" that hired the firm is not it; but it may be
        # called by another word of the kind: "which company did they hire?" is answered by
        # "hired Bellweather Pools, a contractor from Burlington")
        for hit in re.finditer(bodies, text, re.I):
            before, after = text[max(0, hit.start() - 60):hit.start()], text[hit.end():hit.end() + 60]
            # "accounting firm Castellan Hurst", "Castellan Hurst, an accounting firm", "the firm, Castellan Hurst,"
            # (not a sentence's first word: "The agency")
            if re.match(r",?\s+(?:[A-Z][\w&’'.-]*\s*){1,4}", after) or \
                    re.search(r"(?<![.!?]\s)(?<!^)(?!(?:The|A|An|Its|Their|This|That|His|Her)\s)(?:[A-Z][\w&’'.-]*\s+){1,4}"
                              r"(?:[\w&’'.-]+\s+)?$", before) or \
                    re.search(r"[A-Z][\w&’'.-]*,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$", before):
                return None
    return f"The article doesn't name the {noun}."


# "who gave the 26 figure?", "who came up with that 30,000 number?"
_FIGURE_SOURCE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?)\W+)?who\s+(?:gave|gives|cited|cites|quoted|provided|mentioned|came\s+up\s+with|put\s+out|"
    r"offered|floated|announced|(?:is|was)\s+behind|(?:is|was)\s+the\s+source\s+(?:of|for))\s+(?:the|that|this)\s+"
    r"(?P<n>\d[\d,.]*%?)(?:\s*-?\s*[a-z]+)?\s+(?:figure|number|estimate|count|total|stat(?:istic)?)\b", re.I)

# "Why did Ben Hodges say there's no easy way out?", "why did the NATO chief say there's
# absolutely no guarantee ...?": someone's quoted words, unquoted, after a verb of saying,
# in a question that takes it as given ("did Cabral say ...?" is a claim, checked as one)
_SAID_CLAUSE = re.compile(
    r"^\W*(?:(?:and|so|but|ok(?:ay)?)\W+)?(?:why|when|where|how|what)\s+(?:did|didn[’']?t|does|doesn[’']?t|has|hasn[’']?t)\s+"
    r"(?P<who>[^?,;:]{2,60}?)\s+(?:really\s+|actually\s+)?(?:say|said|says|claim(?:s|ed)?|warn(?:s|ed)?|argue[sd]?|"
    r"insist(?:s|ed)?)\s+(?:that\s+)?(?P<what>[^?]{8,300})", re.I)


def _said_unquoted(ctx: Context) -> Draft | None:
    """"Why did Ben Hodges say there's no easy way out for Europe?": three words or more of
    one person's quote (all of a short one, or four in a row with two that are not
    grammar), unquoted after a verb of saying, asked of someone else. The answer is whose
    words they are, as when the question quotes them."""
    a = ctx.analysis
    if "said unquoted" in ctx.memo:
        return ctx.memo["said unquoted"]
    ctx.memo["said unquoted"] = None
    m = _SAID_CLAUSE.match(a.question)
    # (not a subject: "what did Hodges say about the chances of a ceasefire?"; not the
    # article's own voice: "does the article say ...?")
    if not m or re.match(r"(?:about|on|of|regarding|concerning|when|if|to)\b", m.group("what"), re.I) \
            or re.search(r"\b(?:article|story|piece|report|text|author|writer|reporter)\b", m.group("who"), re.I):
        return None
    who = m.group("who").strip()
    named = named_speakers(who, ctx.library, ctx.scope)
    if named:
        asked = [sp.name for _, _, sp, _ in named]
    elif re.match(r"(?:the|a|an|this|that)\s+\S", who, re.I) and len(who.split()) <= 6:
        pairs = [(v, sp) for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None for sp in v.item.speakers]
        asked = [sp.name for _, sp in described_speakers(who, pairs)] or [who]
    else:
        return None
    clause = _quote_words(m.group("what"))
    said, grams = _quote_grams(ctx)
    tokens = clause.split()
    hits = sorted({k for n in (3, 4) for i in range(len(tokens) - n + 1) for k in grams.get(tuple(tokens[i:i + n]), ())})
    for _aid, view, q, words in (said[k] for k in hits):
        whole = f" {' '.join(words)} " in clause
        run = any(f" {' '.join(words[i:i + 4])} " in clause and sum(w not in STOPWORDS for w in words[i:i + 4]) >= 2
                  for i in range(len(words) - 3))
        if not (whole or run):
            continue
        if q.speaker in asked or any(sp.name == q.speaker for _, _, sp, _ in named_speakers(a.question, ctx.library, ctx.scope)):
            return None  # (theirs, or the question itself names whose they are)
        sentence = _sentence_at(view, q.start)
        if sentence is None:
            return None
        body, src = cite_sentences([sentence, *_continuation(ctx, sentence)])
        ctx.memo["said unquoted"] = Draft(f"The article gives those words to {q.speaker}, not {asked[0]}: {body}", src,
                                          speaker=q.speaker)
        return ctx.memo["said unquoted"]
    return None


def _quote_grams(ctx: Context) -> tuple[list, dict[tuple[str, ...], list[int]]]:
    """The attributed quotes of three words or more in scope, as (article id, view, quote,
    its words), in article order, and where each run of four of their words (all three of a
    three-word one) is found: the quotes a question's clause can hold, without comparing it
    with every quote of a corpus. Built once per scope and library."""
    def build():
        said, grams = [], {}
        for aid in ctx.scope:
            view = ctx.library.articles.get(aid)
            for q in view.item.quotes if view is not None else []:
                words = _quote_words(q.text).split()
                if not q.speaker or q.kind == "term" or len(words) < 3:
                    continue
                n = min(4, len(words))
                for key in {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}:
                    grams.setdefault(key, []).append(len(said))
                said.append((aid, view, q, words))
        return said, grams

    return ctx.library.memo(("quote grams", tuple(ctx.scope)), build)


# "..., correct?", "... wasn't it", "is it true that ...": a statement put for checking
_TAG_CHECKED = re.compile(
    r"(?:,|(?<!\s)\s)\s*(?:correct|right|true|yes|no|accurate|am\s+i\s+right|yes\s+or\s+no|is\s+that\s+(?:right|correct|true|accurate)|"
    r"(?:is|was|did|does|were|are|has|have)n[’']?t\s+(?:it|that|he|she|they|there))\W*$|^\W*(?:is|was)\s+it\s+(?:true|correct|right)(?:\s+that)?\b|"
    # ("the council voted 5-2, right? just confirm the final vote")
    r",\s*(?:right|correct|true)\s*\?\s*(?:(?:just|please|can\s+you|could\s+you|so)\s+)*(?:confirm|verify|check|double-check)\b[^?]{0,60}\??\s*$|"
    # ("... 40% of the army's strength — is that the figure he used?")
    r"[—–,-]\s*(?:is|was)\s+that\s+(?:the|his|her|their)\s+(?:figure|number|estimate|date|month|place|city|country|share)\b[^?]{0,40}\?\s*$", re.I)
# "was it announced in February?", "did the vote happen in May?": a month asked yes or no
_YES_NO_MONTH = re.compile(r"^\W*(?:is|was|were|did|does|has|had)\b[^?]{3,120}\b(?:in|during|back\s+in)\s+" + _MONTHS
                           + r"(?:\s+\d{1,2})?\s*\?\s*$", re.I)
_CALENDAR_WORDS = frozenset(MONTH_FORMS) | {"may"} | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")


def _months_in(text: str) -> set[int]:
    """The months a text names (1-12), in full or AP's abbreviations ("Aug.")."""
    found = set()
    for m in re.finditer(r"\b" + _MONTHS + r"(?![\w])", text, re.I):
        word = m.group(0).lower().rstrip(".")
        if word in ("may", "march", "mar") and not re.search(
                r"\b(?:in|by|since|until|till|early|late|mid|last|next|of|from|through)[\s-]+$", text[:m.start()], re.I) and (
                not m.group(0)[0].isupper() or re.search(r"\b[A-Z][\w’'.-]*\s+$", text[:m.start()])):
            continue  # (the verbs, and "Theresa May": a month only where a date is said)
        found |= {k + 1 for k, name in enumerate(_MONTH_NAMES) if name.startswith(word[:3])}
    return found


def _figures_with_units(text: str, span: int = 6) -> list[tuple[str, list[str]]]:
    """(figure, the stems of the words after it, in order) of each figure in a text, up to
    ``span`` words and not past a stop ("36 countries" -> ("36", ["countri"]); "12 of the
    valley's 15 irrigation districts": 12 counts districts too; "40 percent" -> "percent");
    not years, nor multiples ("3 times")."""
    out = []
    for m in re.finditer(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)", text):
        figure = m.group(1).rstrip(",").replace(",", "")
        after = re.split(r"[.;:!?—–()]", text[m.end():m.end() + 80], maxsplit=1)[0].lower()
        words = re.findall(r"%|[a-z][\w’'-]*|\d[\d,]*", after)[:span]
        if re.fullmatch(r"(?:19|20)\d\d", figure) or (words and words[0] in ("times", "x", "fold")):
            continue
        out.append((figure, ["percent" if w in ("%", "percent") else stem(w) for w in words
                             if w not in STOPWORDS and not w[0].isdigit()]))
    return out


_TALLY = re.compile(r"(?<![\w.,-])(\d{1,3})\s*(?:-|–|—|\s+to\s+)\s*(\d{1,3})(?!\w|[.,:-]\d|\s*(?:percent|%|p\.?m|a\.?m))")


def _tallies(text: str) -> set[tuple[str, str]]:
    """The vote counts of a text ("voted 7-2", "by a vote of 31 to 2"): only where a vote is spoken of."""
    if not re.search(r"\b(?:vot\w*|ballot\w*|tally|margin|approved|passed|rejected|elected|failed|carried|defeated)\b", text, re.I):
        return set()
    return {(m.group(1), m.group(2)) for m in _TALLY.finditer(text) if int(m.group(1)) + int(m.group(2)) > 1}


def _wrong_value(ctx: Context) -> Draft | None:
    """"Macron said 36 countries had pledged troops, correct?", "the summit was in July,
    wasn't it": a statement put for checking whose figure or month the article never has.
    The answer is "No", with the article's sentence that has the statement's other words and
    a figure or month of its own (most of them; two at least)."""
    a = ctx.analysis
    typed, question = re.sub(r"\s+", " ", ctx.question), re.sub(r"\s+", " ", a.question)  # (no backtracking on runs of spaces)
    # (or asked yes or no: "Was the closure announced back in February?" where it was on March 4)
    if len(question) > 400 or not (_TAG_CHECKED.search(typed) or _TAG_CHECKED.search(question) or _YES_NO_MONTH.match(question)):
        return None
    views = [v for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None]
    text = " ".join(v.item.article.text for v in views)
    # a figure the article never has, and what it counts (the article's figure for the same
    # thing is what the statement got wrong: "36 countries" where it says "26 ... countries")
    have = set(_numbers_in(text))
    # (what a figure of the question counts: the first word after it that is not grammar; a
    # percentage, with the words of what it is a share of: "80 percent of the districts")
    # ("the board voted 8-1, right?" where it voted 7-2: a tally the article never gives)
    tallies = {t for t in _tallies(question) if t not in _tallies(text)}
    counted = _TALLY.sub(" ", question) if tallies else question
    units = [(after[0], set(after[1:]) if after[0] == "percent" else set())
             for figure, after in _figures_with_units(counted, span=5) if figure not in have and after]
    months = _months_in(question) - _months_in(text)
    value_words = {w.lower().rstrip(".") for w in re.findall(r"\b" + _MONTHS + r"(?![\w])|\d[\d,]*", question, re.I)}
    people = {w.lower() for v in views for p in v.item.speakers for w in p.name.split()}
    every = {stem(w) for w in tokens(question) if w not in _GENERIC_QUESTION and w not in value_words and len(w) > 2
             and not _months_in(w)}  # (a month's stem, "februari", is a value too)
    # (or without whose words they are: "Arnold claims ..." is checked against "..., he said")
    bare = {w for w in every if w not in people and w not in _SPEECH_TOKENS}
    if not units and not months and not tallies:
        return _figure_of_another(question, views, bare) if not _SAYING.search(question) else None
    best: tuple[int, Sentence] | None = None
    for view in views:
        for sent in view.sentences:
            windows = [set(after) for _, after in _figures_with_units(sent.text)] if units else []
            if units and not any(unit in w and (not rest or rest & w) for unit, rest in units for w in windows) \
                    or months and not _months_in(sent.text) or tallies and not _tallies(sent.text):
                continue
            words = {stem(w) for w in tokens(sent.text)}
            words |= {w for w in every if _family(w) & words}  # ("the closure" where it says "will close")
            shared = max((len(own & words) for own in (every, bare) if len(own & words) >= 2 and 2 * len(own & words) >= len(own)),
                         default=0)
            if shared and (best is None or shared > best[0]):
                best = (shared, sent)
    if best is None:
        return None
    body, src = cite_sentences([best[1]])
    return Draft(f"No. The article says: {body}", src)


def _figure_of_another(question: str, views: list, claim: set[str]) -> Draft | None:
    """"So supermarket donations fell 31% too, right?" where 31 percent is what donations
    as a whole fell by and the supermarkets' figure is another ("dropped 23 percent"): the
    figure is the article's, but of something else. "No", with the one sentence that has
    the thing the claim narrows to and a figure of the same kind."""
    figures = [(f, after) for f, after in _figures_with_units(question, span=5) if after]
    if len(figures) != 1:
        return None
    figure, unit = figures[0][0], figures[0][1][0]
    sentences = [x for v in views for x in v.sentences]
    holders = [x for x in sentences if figure in _numbers_in(x.text)]
    if not holders:
        return None
    held = {stem(w) for x in holders for w in tokens(x.text)}
    subject = {w for v in views for w in v.subject_stems}
    # (a thing the claim narrows to, not its verb put in other words: "dropped" for "fell")
    verbs = {stem(w) for w in re.findall(r"[a-z]+(?:ed|ing)\b", question.lower())}
    narrowed = {w for w in claim if w not in held and not _family(w) & held and w not in subject and len(w) >= 4
                and w != unit and not any(ch.isdigit() for ch in w) and w not in verbs}
    if len(narrowed) != 1 or not (claim - narrowed) & held:
        return None
    others = [x for x in sentences if x not in holders and narrowed <= {stem(w) for w in tokens(x.text)}
              and any(after and after[0] == unit for _, after in _figures_with_units(x.text))]
    if len(others) != 1:
        return None
    body, src = cite_sentences(others)
    return Draft(f"No. The article says: {body}", src)


def _right_value(ctx: Context) -> Draft | None:
    """"Klein has held the same seats since 1979, right?": a statement put for checking,
    with a figure or a month, whose sentence in the article has all its figures, months
    and other words (or their other forms). The answer is "Yes", with that sentence. Words put
    in someone's mouth ("Arnold said ..., right?") are left to the checks of who said what."""
    a = ctx.analysis
    typed, question = re.sub(r"\s+", " ", ctx.question), re.sub(r"\s+", " ", a.question)
    if len(question) > 300 or not (_TAG_CHECKED.search(typed) or _TAG_CHECKED.search(question)) or a.follow_up \
            or _SAYING.search(question) or re.search(r"\b(?:not|never|no|n[’']t)\b", _TAG_CHECKED.sub(" ", question), re.I):
        return None
    figures, months = set(_numbers_in(question)), _months_in(question)
    if not figures and not months:
        return None
    claim = _TAG_CHECKED.sub(" ", question)
    words = {stem(w) for w in tokens(claim) if w not in _GENERIC_QUESTION and len(w) > 2 and not any(ch.isdigit() for ch in w)
             and w not in _MONTH_NAMES and w not in _MODIFIERS}
    if len(words) < 2:
        return None
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        for sent in view.sentences if view is not None else []:
            if not figures <= set(_numbers_in(sent.text)) or not months <= _months_in(sent.text):
                continue
            if re.search(r"\b(?:not|never|no|n[’']t|without)\b", sent.text, re.I):
                continue  # ("the council did not approve the $5 million plan in 2019": a "yes" would turn it)
            have = {stem(w) for w in tokens(sent.text)}
            missing = {w for w in words - have if not _family(w) & have}
            if not missing:
                body, src = cite_sentences([sent])
                return Draft(f"Yes. The article says: {body}", src)
    return None


def _wrong_name(ctx: Context) -> Draft | None:
    """"The coalition was meeting in London on Thursday, wasn't it?", "The piece warns about
    populist parties in Italy and Poland, right?": a statement put for checking whose place
    the article's sentence for it does not have. The answer is "No", with the article's
    sentence that has the statement's other words (most of them; two at least) and a place
    of its own."""
    a = ctx.analysis
    typed, question = re.sub(r"\s+", " ", ctx.question), re.sub(r"\s+", " ", a.question)
    if len(question) > 400 or not (_TAG_CHECKED.search(typed) or _TAG_CHECKED.search(question)):
        return None
    views = [v for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None]
    people = {w.lower() for v in views for p in v.item.speakers for w in p.name.split()}
    asked = _place_names(question, people)
    if not asked:
        return None
    place_words = {t for form in re.findall(r"[\w’'.-]+", question) for t in tokens(form)
                   if _places_in(form) or form.lower().rstrip("’'s") in PLACE_OF}
    own = {stem(w) for w in tokens(question) if w not in _GENERIC_QUESTION and w not in place_words and w not in people
           and len(w) > 2}
    best: tuple[int, Sentence] | None = None
    for view in views:
        for sent in view.sentences:
            there = _place_names(sent.text, people)
            if not there or asked <= there or not there - asked:
                continue  # (the question's places are all there, or the sentence has none of its own)
            shared = len(own & {stem(w) for w in tokens(sent.text)})
            if shared >= 2 and 2 * shared >= len(own) and (best is None or shared > best[0]):
                best = (shared, sent)
    if best is None:
        return None
    # "26 of those countries — including the U.K. and France": a list of some, which says
    # nothing of a place left out, unless what is checked is what the article itself names
    # ("the piece warns about ... in Italy and Poland, right?")
    some = re.search(r"\b(?:including|includes|such\s+as|among\s+them|among|particularly|notably|especially|like)\b", best[1].text, re.I)
    if some and _place_names(best[1].text, people) - asked <= _place_names(best[1].text[some.start():], people) \
            and not _ARTICLE_VOICE.search(question):
        return None
    body, src = cite_sentences([best[1]])
    return Draft(f"No. The article says: {body}", src)


def _place_names(text: str, people: set[str]) -> set[str]:
    """The places a text puts something at: names after "in", "at", "near" or "from" ("met
    in Bend", "particularly in the U.K., France and Germany"), as the gazetteer's labels or
    in lower case; not a people ("the Russians"), an adjective ("Ukrainian towns"), a
    person or a month."""
    found: set[str] = set()
    for m in re.finditer(r"\b(?:in|at|near|from)\s+(?:the\s+)?((?-i:[A-Z])[\w.’'-]*(?:(?:,\s+|\s+and\s+|\s+or\s+|\s+)(?:the\s+)?"
                         r"(?-i:[A-Z])[\w.’'-]*){0,5})", text):
        run = m.group(1)
        labels = _places_in(run)
        if labels:
            found |= labels
            continue
        name = re.sub(r"[’']s$", "", run).rstrip(".").lower()
        if len(name.split()) <= 2 and not set(name.split()) & people and name not in STOPWORDS \
                and name not in CALENDAR_WORDS and not _months_in(run):
            found.add(name)
    return found


_ARTICLE_VOICE = re.compile(r"\b(?:article|piece|story|report|text|author|writer|reporter)\s+(?:\w+\s+){0,2}?"
                            r"(?:says?|said|mentions?|mentioned|names?|named|lists?|listed|warns?|warned|cites?|cited|points?|"
                            r"pointed|singles?|talks?|refers?|describes?|highlights?|notes?|gives?)\b", re.I)


# "Ben Hodges — some Pentagon press guy?", "Is Arnold a Pentagon official?": a description
# put to a person of the article for checking
_ROLE_CHECKED = re.compile(
    r"^\W*(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*(?:[—–:]|\s-)\s*(?:just\s+)?(?:some|a|an)\s+(?P<desc>[^?]{3,80})\?\s*$|"
    r"^\W*(?:is|was|isn[’']?t|wasn[’']?t)\s+(?P<who2>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:just\s+)?(?:some|a|an)\s+"
    r"(?P<desc2>[^?]{3,80})\?\s*$")
_SOMEONE = re.compile(r"\b(?:guy|man|woman|person|official|spokes(?:man|woman|person)|aide|staffer|officer|bloke|lady|fellow|"
                      r"chap|type|figure|flack|hack)\b", re.I)


def _wrong_role(ctx: Context) -> Draft | None:
    """"Ben Hodges — some Pentagon press guy?": a description put to one person of the
    article with a name or word their description doesn't have. The answer is what the
    article says they are (the asker's description is not repeated as the article's)."""
    m = _ROLE_CHECKED.match(ctx.analysis.question.strip())
    if not m:
        return None
    who, desc = (m.group("who"), m.group("desc")) if m.group("who") else (m.group("who2"), m.group("desc2"))
    if not (ROLE.search(desc) or _SOMEONE.search(desc)):
        return None
    named = {s.name: (v, s) for _, v, s, alias in named_speakers(who, ctx.library, ctx.scope)
             if re.fullmatch(r"\W*" + re.escape(alias) + r"\W*", who, re.I) or s.name.lower() == who.lower()}
    if len(named) != 1:
        return None
    view, s = next(iter(named.values()))
    if not s.description:
        return None
    have = set(tokens(s.description)) | set(view.profile(s, profile_words))
    foreign = [w for w in tokens(desc) if w not in have and w not in _GENERIC_QUESTION and not _SOMEONE.fullmatch(w)
               and not _has_form(w, have)]
    if not foreign:
        return None
    pos = _find_near_name(view.item.article.text, s.description, s.name)
    sentence = _sentence_at(view, pos) if pos >= 0 else None
    if sentence is None:
        return None
    body, src = cite_sentences([sentence])
    return Draft(f"Not as the article has it: it describes {s.name} as {s.description}. {body}", src, speaker=s.name)


_WHY = re.compile(r"^\s*(?:and\s+|so\s+|but\s+)?(?:why|how\s+come)\b|\bwhat\s+(?:is|was|are)\s+the\s+reasons?\b|"
                  r"\bwhat\s+(?:drove|drives|made|caused|causes|led|pushed|prompted|triggered|(?:is|was)\s+behind)\s+(?!it\s+to\b)|\bwhy\s+(?:is|was|does|did|do|would|could|might)\b", re.I)
# "what did the switch mean in practice for Moscow?", "what's the upshot?": what came of it
_EFFECT_ASKED = re.compile(r"\bwhat\s+(?:did|does|do|would|will|could|might)\s+[^?]{3,80}?\bmean\b|\bwhat\s+(?:is|was|were|are|would\s+be)\s+the\s+"
                           r"(?:effects?|consequences?|impacts?|upshot|implications?|results?)\s+of\b|\bwhat\s+came\s+of\b", re.I)
_CONSEQUENCE = re.compile(r"^\W*(?:that|this|which)\s+(?:means|meant|is\s+why|was\s+why)\b|^\W*(?:as\s+a\s+result|so|therefore|consequently|thus)\b", re.I)
_CAUSAL = re.compile(r"\b(?:because|since|due\s+to|as\s+a\s+result|so\s+that|would\s+allow|allowing|would\s+let|means|meaning|"
                     r"pointing\s+to|given\s+that|in\s+order\s+to|marked\s+a\s+shift|the\s+reason|"
                     # (a purpose: "raise its water rate from $68 to $95 per acre-foot to cover fixed costs")
                     r"to\s+(?:cover|offset|pay\s+for|make\s+up\s+for)|"
                     # ("the alternative is running dry": the reason given as what would happen otherwise)
                     r"the\s+alternative\s+(?:is|was|would\s+be)|otherwise|or\s+else)\b", re.I)
# "what would happen if they did not rotate deliveries?", "what if they hadn't?": the
# alternative, which a person gives as the reason for what is done
_COUNTERFACTUAL = re.compile(r"\b(?:would|will|could|might)\s+happen\s+(?:if|without|unless)\b|"
                             r"\bwhat\s+if\s+[^?]{0,60}\b(?:not|n[’']t|never)\b|\b(?:otherwise|the\s+alternative)\b", re.I)


def _with_reason(ctx: Context, chosen: list[Sentence]) -> list[Sentence]:
    """"Why ...?": a sentence that draws a consequence ("That means ...") comes with the
    sentence before it, its cause; one that states a fact comes with the next sentence
    when that one gives its reason or effect ("... and would allow Moscow to ...")."""
    first = chosen[0]
    view = ctx.library.articles.get(first.article_id)
    if view is None:
        return chosen
    at = next((i for i, x in enumerate(view.sentences) if x is first), -1)
    if at > 0 and _CONSEQUENCE.search(first.text) and view.sentences[at - 1] not in chosen:
        return [view.sentences[at - 1], *chosen]
    if 0 <= at < len(view.sentences) - 1 and not _CAUSAL.search(first.text):
        nxt = view.sentences[at + 1]
        if _CAUSAL.search(nxt.text) and nxt not in chosen:
            return [*chosen, nxt]
        # ("“We are going to rotate deliveries …” / “That is not a decision anyone wanted,”
        # Pruitt said. “But the alternative is running dry …”": the reason one sentence on,
        # after a sentence that points back to the fact)
        after = view.sentences[at + 2] if at + 2 < len(view.sentences) else None
        if after is not None and _POINTS_BACK_TO_IT.match(nxt.text) and after.passage_id == nxt.passage_id \
                and _CAUSAL.search(after.text) and after not in chosen:
            return [*chosen, *([nxt] if nxt not in chosen else []), after]
        # (or further on, where the words go on in quotation: "Achterberg said the branches
        # will switch …" / "“We are going to open …" / "“That is not a decision …,” he said.
        # “But the alternative is …”")
        for j in range(1, 4):
            x = view.sentences[at + j] if at + j < len(view.sentences) else None
            if x is None or not x.quotes:
                break
            if _ALTERNATIVE.search(x.text) and x not in chosen:
                return [*chosen, *[y for y in view.sentences[at + 1: at + j + 1] if y not in chosen]]
    return chosen


_ALTERNATIVE = re.compile(r"\bthe\s+alternative\s+(?:is|was|would\s+be)\b|\botherwise\b|\bor\s+else\b", re.I)


# "declined to comment", "did not respond to requests for comment", "neither of whom spoke"
_NO_COMMENT = re.compile(r"\b(?:declined|refused)\s+to\s+(?:comment|speak|be\s+interviewed|discuss|answer)|"
                         r"\bdid\s*(?:not|n[’']t)\s+(?:immediately\s+)?(?:respond|reply|return|comment|speak|answer)\b|"
                         r"\bcould\s*(?:not|n[’']t)\s+be\s+reached\b|\b(?:neither|none)\s+of\s+whom\s+(?:spoke|commented|responded|replied)\b|"
                         r"\bwas\s*(?:not|n[’']t)\s+available\s+(?:for|to)\s+comment|\bno\s+comment\b|\bdeclined\s+(?:an?\s+)?interview", re.I)
# a person named first and set off by a comma, then the question ("the mayor, what does she want?")
_FRONTED = re.compile(r"^\W*((?:the|a|an)\s+[^,?]{2,60}),\s*(?=(?:and\s+)?(?:what|why|how|when|where|who|which|did|does|is|was|are|were|"
                      r"do|has|have|can|could|would|will)\b)", re.I)
_POINTS_BACK_TO_IT = re.compile(r"^\W*(?:That|This|It)\s+(?:is|was|was\s*n[’']t|is\s*n[’']t|would|will|has|had)\b")


def _coordinated(question: str, people) -> bool:
    """Are the people named side by side ("Macron and Starmer", "Hodges or Arnold",
    "compare Heisbourg with Hodges"), not one of them as the other's listener?"""
    def words(p) -> str:
        forms = {w for w in p.name.split() if len(w) > 2} | {a for a in (getattr(p, "aliases", None) or []) if len(a) > 2}
        return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"

    for x, y in zip(people, people[1:]):
        joined = words(x) + r"\W+(?:\w+\W+){0,3}?(?:and|&|or|vs\.?|versus|with|to)\W+(?:\w+\W+){0,3}?" + words(y)
        back = words(y) + r"\W+(?:\w+\W+){0,3}?(?:and|&|or|vs\.?|versus|with|to)\W+(?:\w+\W+){0,3}?" + words(x)
        if not (re.search(joined, question, re.I) or re.search(back, question, re.I)):
            return False
    return True


# the body a described role belongs to: "Brightwater Marine Works' chief executive", "the
# chief executive of Brightwater", "Northline's spokesperson"
_OWNER_ASKED = re.compile(r"(?P<owner>(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,4})(?:[’']s|(?<=s)[’'])\s+(?:[a-z][\w-]*\s+){0,2}"
                          r"(?:[a-z][\w-]*)|\bthe\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:of|at|for)\s+(?:the\s+)?"
                          r"(?P<owner2>(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,4})")


def _owned_by(view, s, owner: str | None) -> bool:
    """Does the article place the person at ``owner`` (in their description, or in the
    sentence that introduces them)?"""
    if not owner:
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w&-]{3,}", owner) if w.lower() not in NON_PERSON_HEADS
             and w.lower() not in {"what", "where", "when", "which", "whose", "tell", "please", "give", "name", "okay"}]
    if not words:
        return True
    text = view.item.article.text
    pos = _find_near_name(text, s.description or s.name, s.name)
    near = (s.description or "") + " " + (_sentence_at(view, pos).text if pos >= 0 and _sentence_at(view, pos) else "")
    return any(re.search(r"\b" + re.escape(w), near) for w in words)


# a question about a source the article leaves unnamed: "the anonymous nurse", "the nurse
# who didn't give her name", "the official who asked not to be identified"
_ANONYMOUS_ASKED = re.compile(r"\b(?:anonymous(?:ly)?|unnamed|unidentified|nameless|(?:didn[’']?t|did\s+not|wouldn[’']?t|"
                              r"would\s+not|won[’']?t|refused\s+to|declined\s+to)\s+(?:want\s+to\s+)?(?:give|share|reveal|"
                              r"use|be|want)\s+(?:(?:her|his|their)\s+"
                              r"(?:name|names)|named|identified)|asked\s+not\s+to\s+be\s+(?:named|identified)|"
                              r"without\s+(?:giving\s+)?(?:a|her|his|their)\s+name|not\s+named)\b", re.I)
# where the article says a source is left unnamed
_REPORTS_SAYING = re.compile(r"\b(?:said|says|told|added|wrote|noted|stated|expects?|expected)\b", re.I)
_UNNAMED_SOURCE = re.compile(r"\b(?:asked|requested|spoke)\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+"
                             r"of\s+anonymity)|\b(?:declined|refused)\s+to\s+be\s+(?:named|identified)|\banonymity\b|"
                             r"\b(?:did\s+not|didn[’']t)\s+want\s+(?:her|his|their)\s+name|\bnot\s+authori[sz]ed\s+to\s+speak|"
                             # ("A company spokesperson declined to say whether ...": a spokesperson left unnamed)
                             r"\b(?-i:[Aa]n?)\s+(?:[\w-]+\s+){0,3}?(?:spokesperson|spokesman|spokeswoman)\b(?!,?\s+(?-i:[A-Z]))", re.I)


# "what did the stocker who went back to work say about money": the one who spoke, by role
_WHAT_DID_ONE_SAY = re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?)\W+)?what\s+(?:did|does|do|has|had)\s+(?:the|that|this|one)\s+(?P<who>[^?]{2,60}?)\s+"
                               r"(?:say|said|tell|told|add|added)\b", re.I)


# "what did Ohio transit officials say ...?": a group, named by its role, asked for its words
_WHAT_DID_GROUP_SAY = re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?)\W+)?what\s+(?:did|do|have|had)\s+(?P<who>(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
                                 r"(?:officials|leaders|lawmakers|legislators|regulators|executives|managers|residents|workers|"
                                 r"employees|parents|teachers|students|officers|experts|analysts|critics|supporters|opponents|"
                                 r"family|families))\s+"
                                 r"(?:say|said|tell|told|think|add)\b", re.I)


def _anonymous(ctx: Context, by_role: str | None = None) -> Draft | None:
    """What a source the article leaves unnamed said ("A nurse ... who asked not to be named
    ... said ...", then her words): the sentence that introduces the source and the quotes
    in the sentences right after it that no one is named for. With several such sources,
    the one whose introduction has the question's role word ("nurse"). None when the
    article has no unnamed source (or, asked ``by_role`` words alone, when they name no role)."""
    found = []
    for aid in ctx.scope:
        view = ctx.library.articles.get(aid)
        if view is None:
            continue
        for k, x in enumerate(view.sentences):
            if not _UNNAMED_SOURCE.search(x.text):
                continue
            run = [x]
            for y in view.sentences[k + 1:k + 4]:
                if y.passage_id != x.passage_id and not (y.quotes and all(q.speaker is None for q in y.quotes)):
                    break
                if any(q.speaker for q in y.quotes if q.kind != "term") or not y.quotes:
                    break
                run.append(y)
            # (or what the source is reported saying, unquoted: "A company spokeswoman, who declined
            # to be named ..., noted that the chain had never lost a lease at any of its 14 resorts")
            reported = not x.quotes and re.search(r"\b(?:said|says|noted|notes|told|added|explained|argued|warned|"
                                                  r"acknowledged|confirmed|pointed\s+out|stressed|insisted)\b", x.text)
            if any(q.speaker is None and q.kind != "term" for y in run for q in y.quotes) or reported:
                # (with the sentence before it in the paragraph, which may say who: "Inside
                # Whitcombe, staff said the warnings came late. “…,” said one longtime cafeteria worker")
                before = view.sentences[k - 1].text if k and view.sentences[k - 1].passage_id == x.passage_id else ""
                # (and what the article goes on to report the source said: "The obstetrician
                # said St. Anselm’s unit ... was already running close to capacity ... He said
                # women arriving from Tillman County would be more likely to show up late")
                after = []
                for y in view.sentences[k + len(run):k + len(run) + 4]:
                    if not _GOES_ON.match(y.text) or any(q.speaker for q in y.quotes if q.kind != "term"):
                        break
                    after.append(y)
                found.append((run, before, after))
    if not found:
        return None
    words = re.findall(r"[a-z]+", (by_role or ctx.analysis.question).lower())
    roles = {r for w in words if is_person_noun(w) for r in same_role(w)}  # ("the teacher": "one longtime instructor")
    # ("the Whitcombe staff member": a member of the staff, which the article may say alone)
    roles |= {stem(words[k - 1]) for k, w in enumerate(words) if k and w in ("member", "members") and words[k - 1] not in STOPWORDS}
    # (or the word the article calls the source by, which a word list may lack: "said one
    # part-time stocker who went back to work")
    heads = {stem(m.group(1)) for r, _, _ in found for m in re.finditer(
        r"\b(?:one|a|an|another)\s+(?:[\w-]+\s+){0,3}?([a-z]{4,})(?=\s+(?:who|that|at|from|in|with|for)\b|,)", r[0].text)}
    roles |= {stem(w) for w in words if stem(w) in heads}
    if by_role and not roles:
        return None  # (asked only by role: "the stocker")
    # (asked only by role, the sentence that brings the source in says it: "said one
    # part-time stocker", not "Half of my students ...")
    fitting = [(r, after) for r, before, after in found if any(_has_word(r[0].text + ("" if by_role else " " + before), w) for w in roles)] \
        if roles else [(r, after) for r, _, after in found]
    if len(fitting) != 1 and not (not roles and len(found) == 1):
        return None
    if _NAME_OF_ASKED.search(ctx.analysis.question):
        # "what's the name of the nurse who didn't want to be identified?": that is what it keeps back
        return _refuse("The article doesn't name this source; it describes them only this way: " + fitting[0][0][0].text)
    run, after = fitting[0]
    # (with the reported words that answer what is asked of the source)
    asked = {w for w in tokens(ctx.analysis.question) if w not in roles and w not in _GENERIC_QUESTION and w not in _SPEECH_TOKENS
             and w not in heads and len(w) > 2}
    fits = sorted((y for y in after if len(asked & set(tokens(y.text))) >= 2), key=lambda y: -len(asked & set(tokens(y.text))))
    text, src = cite_sentences(run + fits[:1])
    return Draft("The article doesn't name this source. " + text, src)


# a sentence that goes on with what the last-named source said ("He said ...", "The obstetrician added ...")
_GOES_ON = re.compile(r"\W*(?:He|She|They|The\s+(?:[\w-]+\s+){0,2}?[a-z]+)\s+(?:also\s+)?(?:said|says|added|told|warned|noted)\b")
# the question asks for someone's name ("what's the name of ...", "who is the nurse ...")
_NAME_OF_ASKED = re.compile(r"\bnames?\s+of\b|\b(?:what(?:[’']s|\s+is|\s+was)|tell\s+me|give\s+me)\s+(?:her|his|their)\s+(?:real\s+|full\s+)?"
                            r"names?\b|\bidentify\s+(?:her|him|them)\b", re.I)


# "how much more is that?", "by how much did it rise?", "what's the difference in dollars?"
_DIFFERENCE_ASKED = re.compile(r"\bhow\s+much\s+(?:more|less|higher|lower|bigger|smaller|extra|of\s+an?\s+(?:increase|rise|jump|cut|drop))\b|"
                               r"\bby\s+how\s+much\b|\bwhat(?:['’]s|\s+is|\s+was)\s+the\s+difference\b", re.I)
_RANGE = re.compile(r"\bfrom\s+(?P<a>[$€£]?\d[\d,]*(?:\.\d+)?)\s*(?:percent|%)?\s+to\s+(?P<b>[$€£]?\d[\d,]*(?:\.\d+)?)", re.I)


def _difference(ctx: Context) -> Draft | None:
    """"How much more is that?" of a change the article gives as "from $11,840 to $12,610":
    the sentence that gives the difference itself ("$770 is not a rounding error"), with the
    change. Only a difference the article states is given; else the usual answer."""
    a = ctx.analysis
    views = [v for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None]
    key = {w for w in tokens(a.question + " " + (a.previous_answer if a.follow_up else "")) if len(w) > 2
           and w not in _GENERIC_QUESTION and w not in _SPEECH_TOKENS}
    for view in views:
        ranged = sorted(((len(key & set(tokens(x.text))), x) for x in view.sentences if _RANGE.search(x.text)
                         and (not a.follow_up or x.text[:60] in a.previous_answer or key & set(tokens(x.text)))),
                        key=lambda p: -p[0])
        for shared, sent in ranged:
            if not shared:
                continue
            m = _RANGE.search(sent.text)
            lo, hi = (float(re.sub(r"[^\d.]", "", g)) for g in (m.group("a"), m.group("b")))
            gap = abs(hi - lo)
            if not gap:
                continue
            forms = {f"{gap:,.0f}", f"{gap:.0f}"} if gap == int(gap) else {f"{gap:,.2f}", f"{gap:,.2f}".rstrip("0"), f"{gap:.1f}"}
            said = next((x for x in view.sentences if x is not sent and any(
                re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d]|[,.]\d)", x.text) for f in forms)), None)
            if said is not None:
                body, src = cite_sentences(sorted([sent, said], key=lambda x: x.start))
                return Draft(body, src)
    return None


def cite_sentences(chosen: list[Sentence]) -> tuple[str, list[Source]]:
    """The sentences in order, each cited as a passage and each attributed quote in it
    as a quote."""
    src: list[Source] = []
    parts = []
    seen: set[str] = set()
    for sent in chosen:
        if (plain := _plain(sent.text)) in seen:
            continue  # (a caption or pull quote that repeats a sentence already given)
        seen.add(plain)
        sid = f"S{len(src) + 1}"
        src.append(_passage_source(sid, sent))
        refs = [f"[{sid}]"]
        for q in sent.quotes:
            if q.speaker and q.kind != "term":
                qid = f"S{len(src) + 1}"
                src.append(_quote_source(qid, q))
                refs.append(f"[{qid}]")
        parts.append(sent.text + " " + "".join(refs))
    return " ".join(parts), src


def _plain(text: str) -> str:
    """Lower-case words separated by single spaces: text compared across quote marks and
    punctuation."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _a_name_in(text: str, token: str) -> bool:
    """Is the word of this token a name in the text: capitalised, never in lower case
    ("Estonia", "Alaska"; not "Former" at a sentence's start)?"""
    lower = set(re.findall(r"\b[a-z]{3,}\b", text))
    return any(stem(w.lower()) == token and w.lower() not in lower for w in set(re.findall(r"\b[A-Z][a-z]{2,}\b", text)))


# a sentence that says what is not known: someone declined to say it, did not say it, or
# it is not known ("she declined to name the company", "did not say how much of the loss it
# would cover", "it was not clear when the ferry would return")
_NEG = r"(?:declined|refused|(?:would|did|does|do|has|have|had|could|will|was|were|is)\s*(?:not|n[’']t)|won[’']t|wo\s*n[’']t|can[’']t|cannot)"
_WITHHELD = re.compile(
    _NEG + r"\s+(?:to\s+)?(?:be\s+able\s+to\s+)?(?:immediately\s+|publicly\s+|yet\s+|specifically\s+)?"
    r"(?P<verb>say|said|disclose[sd]?|specify|specified|name[sd]?|identify|identified|reveal(?:ed)?|release[sd]?|"
    r"confirm(?:ed)?|estimate[sd]?|detail(?:ed)?|elaborate[sd]?|give|gave|given|provide[sd]?|offer(?:ed)?|"
    r"put\s+a\s+(?:figure|number|price|date|timeline)\s+on)\b"
    r"(?P<obj>[^.;:!?]{0,120})"
    r"|\b(?:it\s+(?:is|was|remains|remained)|(?:is|was|remains|remained))\s+(?:not\s+(?:yet\s+)?(?:clear|known)|unclear|unknown)\b"
    r"(?P<obj2>[^.;:!?]{0,120})", re.I)
# what the question asks for, and the words that say the same of what was withheld
_WITHHELD_KINDS = (
    (re.compile(r"\bhow\s+(?:much|many|big|large|high|expensive)\b|\bwhat\s+(?:amount|sum|figure|price|size)\b|"
                r"\bwhat\s+(?:will|would|did|does)\s+(?:it|that|this)\s+cost\b", re.I),
     re.compile(r"^\W*(?:how\s+(?:much|many|large|big)|(?:the|an?)\s+(?:amount|size|cost|price|value|sum|figure|total|number|estimate))\b",
                re.I)),
    (re.compile(r"\bwhen\b|\bwhat\s+(?:date|day|time)\b|\bhow\s+soon\b", re.I),
     re.compile(r"^\W*(?:when|how\s+soon|how\s+long|the\s+(?:date|timing|timeline|timetable)|an?\s+(?:date|timeline|timetable|time))\b",
                re.I)),
    (re.compile(r"\bwhich\b|\bwho\b|\bwhat\s+(?:company|firm|vendor|business|name|group|agency|person|people|country|town|city)\b", re.I),
     re.compile(r"^\W*(?:which|who|whom|(?:the|a)\s+names?|names)\b", re.I)),
    (re.compile(r"\bwhy\b", re.I), re.compile(r"^\W*(?:why|(?:the|a)\s+reasons?)\b", re.I)),
    (re.compile(r"\bwhere\b", re.I), re.compile(r"^\W*where\b", re.I)),
    (re.compile(r"^\W*(?:(?:so|and|but|ok|okay)\W+)?(?:is|are|was|were|will|would|does|do|did|has|have|had|can|could|should)\b|"
                r"\b(?:whether|if)\b", re.I),
     re.compile(r"^\W*(?:whether|if)\b", re.I)),
)
_NAMING = re.compile(r"^(?:name|identif|disclose|reveal)", re.I)


def _withheld(question: str, q_tokens: list[str], pool: list[tuple[float, float, Sentence]]) -> Sentence | None:
    """The sentence among the best few that says the article's people did not say what is
    asked ("She declined to name the company" for "which vendor was it?", "did not say how
    much of the loss it would cover" for "how much will the insurance pay?"), or None.
    What was withheld must be of the kind asked (an amount, a time, a name, a reason, a
    place, a yes or no) and of its subject: the question's words are in that sentence and
    some are not in the best one, which then can't be the answer."""
    if not pool or not q_tokens:
        return None
    asked = [rx for rx, said in _WITHHELD_KINDS if rx.search(question)]
    if not asked:
        return None
    words = {w for w in q_tokens if w not in _TYPE_WORDS and not any(ch.isdigit() for ch in w)}
    top = pool[0][0]
    for score, lex, sent in pool[:3]:
        if score < top - 0.3 or lex <= 0:
            break
        for m in _WITHHELD.finditer(sent.text):
            obj = m.group("obj") if m.group("obj") is not None else m.group("obj2")
            verb = m.group("verb") or ""
            kinds = [rx for rx, said in _WITHHELD_KINDS if said.search(obj)]
            if _NAMING.match(verb):
                kinds.append(_WITHHELD_KINDS[2][0])
            if not any(rx in kinds for rx in asked):
                continue
            own = set(tokens(sent.text))
            if not words & own:
                continue
            if sent is not pool[0][2] and not words & own - set(tokens(pool[0][2].text)):
                continue
            return sent
    return None


def _withheld_text(sent: Sentence) -> str:
    """The refusal, with the article's own sentence on what went unsaid (left out when it
    quotes someone: a quote is shown only as a citation)."""
    if any(ch in sent.text for ch in "“”\""):
        return REFUSAL
    return f"{REFUSAL} All it reports is this: {sent.text}"


def _refuse(text: str, speaker: str | None = None) -> Draft:
    return Draft(text, [], refused=True, speaker=speaker)


def _background(view: ArticleView, intro: Sentence, s: Speaker) -> list[Sentence]:
    """The sentences right after a person's introduction that tell more of who they are or
    what they did, in the article's own voice ("Tallis knows the pier better than most. As
    then-harbor master, he oversaw its last major repair in 2004; he became town manager in
    2017."; "She read it aloud on Tuesday before handing the council clerk a petition ..."):
    within the next four sentences, past the rest of their own quote, up to the first one
    about anything else; two at most."""
    if s.kind == "organization":
        return []
    at = next((k for k, x in enumerate(view.sentences) if x is intro), None)
    if at is None:
        return []
    about = re.compile(r"^(?:[^,.;“”\"]{0,40},\s*)?(?:" + re.escape(s.name.split()[-1]) + r"|[Hh]e|[Ss]he)\b(?!\s+(?:said|says|added|told|asked))")
    found: list[Sentence] = []
    for x in view.sentences[at + 1: at + 5]:
        if x.quotes or re.search(r"[“”\"]", x.text):
            if found:
                break
            continue  # (the rest of what they said when introduced)
        if not about.search(x.text) or _SPEECH_CUE.search(x.text):
            break
        found.append(x)
        if len(found) == 2:
            break
    return found


_SPEECH_CUE = re.compile(r"\b(?:said|says|added|told|asked|according\s+to|wrote|argued|warned)\b")


# "Did Hector Ruiz sign the petition?", "Has Marsh ever worked abroad?": a yes or no about a person
_DID_THEY = re.compile(r"^\W*(?:(?:and|so|but)\s+)?(?:did|does|has|have|had|is|was|were|will|would)\s+(?:[A-Z][\w’'.-]+\s+){1,3}"
                       r"(?!(?:say|said|mention|tell|told|talk|speak|think|comment|claim|argue|warn|call)\w*\b)", re.I)


def _said_elsewhere(ctx: Context, draft: Draft) -> list[str]:
    """The question's words that the article has, but not in the paragraphs the answer's
    sentences come from: what the question joins to the person is told of someone or
    something else."""
    a = ctx.analysis
    names = {w for t in a.targets for part in [t.speaker.name, *(getattr(t.speaker, "aliases", None) or [])] for w in tokens(part)}
    vocab = ctx.library.vocabulary(ctx.scope)
    words = [w for w in dict.fromkeys(tokens(a.question)) if w in vocab and w not in names and w not in _GENERIC_QUESTION
             and w not in _SPEECH_TOKENS and len(w) > 3 and not any(ch.isdigit() for ch in w)]
    paragraphs = {p.id: p.text for aid in ctx.scope if (v := ctx.library.articles.get(aid)) is not None for p in v.item.passages}
    told = set(tokens(" ".join(paragraphs.get(src.passage_id, src.text) for src in draft.sources)))
    raw = {t: w for w in re.findall(r"[\w’'-]+", a.question.lower()) for t in tokens(w)}
    return [raw.get(w, w) for w in words if not _has_form(w, told) and not _family(w) & told]


def _sentence_at(view: ArticleView, pos: int) -> Sentence | None:
    for s in view.sentences:
        if s.start <= pos < s.end:
            return s
    return None


def _first_mention(view: ArticleView, name: str) -> Sentence | None:
    last = name.split()[-1]
    for s in view.sentences:
        if name in s.text or re.search(r"\b" + re.escape(last) + r"\b", s.text):
            return s
    return None


def _find_near_name(text: str, description: str, name: str) -> int:
    last = name.split()[-1]
    for m in re.finditer(re.escape(description), text):
        if last in text[max(0, m.start() - 120) : m.end() + 120]:
            return m.start()
    at = text.find(description)
    if at < 0 and " who " in description:  # a title joined to its relative clause: "Councillor who ..."
        return _find_near_name(text, description[description.index(" who ") + 1 :], name)
    return at


def _passage_source(sid: str, s: Sentence) -> Source:
    return Source(sid, "passage", s.article_id, s.passage_id, s.start, s.end, s.text)


def _quote_source(sid: str, q: Quote) -> Source:
    return Source(sid, "quote", q.article_id, q.passage_id, q.start, q.end, q.text, q.speaker, q.speaker_description)

