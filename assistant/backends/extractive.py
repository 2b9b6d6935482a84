"""The extractive backend (the default): no LLM, deterministic. It answers with the
article's own sentences:

* **who is X**: the person's description, cited where the article gives it;
* **what did X say**: the sentences that hold X's most relevant quotes, each quote
  cited with its speaker;
* **facts**: the sentence of the best passages that best matches the question.

It refuses when the question names someone the article never mentions, asks for the
words of someone it never quotes, asks a named person about something they never
spoke on, or matches nothing in the article closely enough.
"""

from __future__ import annotations

import re
from typing import ClassVar

import numpy as np

from assistant.backends.base import REFUSAL, Context, Draft, Source
from assistant.library import ArticleView, Sentence, tokens
from assistant.types import Quote

# Calibrated on the shipped question sets (tests/data/testsets); see benchmarks/refusal.py.
MIN_FACT_RELEVANCE = 0.36
MIN_SPEAKER_RELEVANCE = 0.30
MIN_COVERAGE = 0.7


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
        if a.unknown_names:
            names = " or ".join(a.unknown_names[:2])
            return _refuse(f"The article doesn't mention {names}.")
        if a.missing_person and not a.targets:
            return _refuse(f"The article doesn't quote or mention {a.missing_person}.")
        if a.kind == "people":
            return self._people(ctx)
        if a.kind == "who":
            return self._who(ctx)
        if a.kind == "speaker" and a.targets:
            return self._speaker(ctx)
        return self._fact(ctx)

    # --- who is quoted -----------------------------------------------------------
    def _people(self, ctx: Context, limit: int = 12) -> Draft:
        src: list[Source] = []
        parts = []
        quoted = [(v, s) for v, s in ctx.library.speakers(ctx.scope) if s.quote_count > 0]
        quoted.sort(key=lambda p: -p[1].quote_count)
        for view, s in quoted[:limit]:
            quotes = [q for q in view.item.quotes if q.speaker == s.name and q.kind != "term"]
            if not quotes:
                continue
            sid = f"S{len(src) + 1}"
            src.append(_quote_source(sid, quotes[0]))
            desc = f", {s.description}," if s.description else ""
            parts.append(f"{s.name}{desc} quoted {len(quotes)} time{'s' if len(quotes) > 1 else ''} [{sid}]")
        if not parts:
            return _refuse("The article doesn't quote anyone directly.")
        more = f" There are {len(quoted) - limit} more people quoted." if len(quoted) > limit else ""
        return Draft("The article quotes " + "; ".join(parts) + "." + more, src)

    # --- who is X ----------------------------------------------------------------
    def _who(self, ctx: Context) -> Draft:
        a = ctx.analysis
        if not a.targets:
            return self._fact(ctx, who=True)
        t = a.targets[0]
        view, s = t.view, t.speaker
        text = view.item.article.text
        src: list[Source] = []
        if s.description:
            pos = _find_near_name(text, s.description, s.name)
            sentence = _sentence_at(view, pos) if pos >= 0 else None
            if sentence:
                src.append(_passage_source("S1", sentence))
                body = f"{s.name} is {s.description}, according to the article [S1]."
            else:
                body = f"{s.name} is {s.description}."
        else:
            sentence = _first_mention(view, s.name)
            if sentence is None:
                return _refuse(f"The article doesn't say who {s.name} is.")
            src.append(_passage_source("S1", sentence))
            body = f"The article doesn't describe {s.name} further than this: {sentence.text} [S1]"
        quotes = [q for q in view.item.quotes if q.speaker == s.name and q.kind != "term"]
        if quotes:
            n = len(quotes)
            body += f" The article quotes {s.name.split()[-1]} {n} time{'s' if n > 1 else ''}."
        return Draft(body, src, speaker=s.name)

    # --- what did X say ----------------------------------------------------------
    def _speaker(self, ctx: Context) -> Draft:
        """The sentences where the person speaks: their quotes, and the sentences that
        report them ("..., said Arnold."), ranked against the question's topic."""
        a = ctx.analysis
        t = a.targets[0]
        view, s = t.view, t.speaker
        quotes = [q for q in view.item.quotes if q.speaker == s.name and q.kind != "term"]
        if not quotes and a.wants_exact:
            return _refuse(f"The article doesn't quote {s.name} directly.", speaker=s.name)
        units: list[tuple[Sentence, list[Quote]]] = []
        for sent in view.sentences:
            mine = [q for q in sent.quotes if q.speaker == s.name and q.kind != "term"]
            if mine or _reports_speech(sent.text, s.name):
                units.append((sent, mine))
        if not units:
            return _refuse(f"The article doesn't quote {s.name} or report anything {s.name.split()[-1]} said.", speaker=s.name)
        if a.follow_up and re.search(r"\belse\b|\bmore\b|\bother\b|\bagain\b", a.question, re.I):
            fresh = [u for u in units if u[0].text[:60] not in a.previous_answer and not any(q.text.strip(" ,.") in a.previous_answer for q in u[1])]
            units = fresh or units
        topic_tokens = [w for w in tokens(a.topic) if w not in _SPEECH_TOKENS and len(w) > 2]
        if topic_tokens:
            qv = np.asarray(self.embeddings.embed_query(a.topic))
            all_vecs = view.sentence_vectors(self.embeddings)  # computed once per article
            index = {id(sent): k for k, sent in enumerate(view.sentences)}
            vecs = all_vecs[[index[id(u[0])] for u in units]]
            dense = vecs @ qv
            lex = np.array([_overlap(topic_tokens, tokens(u[0].text), ctx) for u in units])
            score = dense + 0.5 * lex
            order = list(np.argsort(-score))
            best = float(score[order[0]])
            if best < MIN_SPEAKER_RELEVANCE and not a.follow_up:
                return _refuse(f"The article doesn't report {s.name} saying anything about that.", speaker=s.name)
            for name in _question_entities(a.topic, s.name):
                if any(name in person for person in a.topic_people):
                    continue
                context = " ".join(p.text for u in (units[i] for i in order[:2]) for p in view.item.passages if p.id == u[0].passage_id)
                if not _mentions(context, name):
                    return _refuse(f"The article doesn't report {s.name} saying anything about {name}.", speaker=s.name)
            top = units[order[0]][0]
            ranked = [units[i] for i in order if score[i] >= best - 0.15][:3]
            # quotes right around the best one ("…," he added) belong with it
            ranked += [u for u in units if u[0].passage_id == top.passage_id and u[1] and u not in ranked]
        else:
            ranked = [u for u in units if u[1]][:2] or units[:2]
        ranked.sort(key=lambda u: u[0].start)
        src: list[Source] = []
        parts = []
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
        intro = f"According to the article, {lead} said:" if any(u[1] for u in ranked) else f"According to the article, {lead} is reported as follows:"
        return Draft(intro + " " + " ".join(parts), src, speaker=s.name)

    # --- facts -------------------------------------------------------------------
    def _fact(self, ctx: Context, about: str | None = None, who: bool = False, reported_only: bool = False) -> Draft:
        a = ctx.analysis
        q_tokens = [w for w in tokens(a.topic if a.follow_up else a.question) if w not in _SPEECH_TOKENS]
        passages = [e for e in ctx.evidence if e.kind == "passage"]
        dense_by_passage: dict[str, float] = {}
        for e in ctx.evidence:
            dense_by_passage[e.passage_id] = max(dense_by_passage.get(e.passage_id, 0.0), e.dense)
        if not passages and not ctx.evidence:
            return _refuse(REFUSAL)
        candidates: list[tuple[float, float, Sentence]] = []
        for aid in {e.article_id for e in ctx.evidence}:
            view = ctx.library.articles.get(aid)
            if view is None:
                continue
            for sent in view.sentences:
                if sent.passage_id not in dense_by_passage:
                    continue
                if about and about.split()[-1] not in sent.text:
                    continue
                if reported_only and not _reports_speech(sent.text, about or ""):
                    continue
                lex = _overlap(q_tokens, tokens(sent.text), ctx)
                score = dense_by_passage[sent.passage_id] + 1.0 * lex
                candidates.append((score, lex, sent))
        if not candidates:
            if about:
                return _refuse(f"The article doesn't report {about} saying anything about that.", speaker=about)
            return _refuse(REFUSAL)
        candidates.sort(key=lambda x: -x[0])
        best_score, best_lex, best = candidates[0]
        coverage = _coverage(q_tokens, ctx)
        top_dense = max(dense_by_passage.values())
        if top_dense < MIN_FACT_RELEVANCE or coverage < MIN_COVERAGE or (q_tokens and best_lex == 0.0 and top_dense < 0.5):
            return _refuse(REFUSAL)
        # names in the question must be in the answer's passage; "how many" wants a number
        passage_text = " ".join(x.text for _, _, x in candidates if x.passage_id == best.passage_id)
        for name in _question_entities(a.question, about):
            if not _mentions(passage_text, name):
                return _refuse(REFUSAL)
        if re.search(r"\bhow\s+(?:many|much)\b|\bwhat\s+(?:percentage|share|number)\b", a.question, re.I) and not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|half)\b", best.text, re.I):
            return _refuse(REFUSAL)
        chosen = [best]
        for score, lex, sent in candidates[1:3]:
            new_terms = set(tokens(sent.text)) & set(q_tokens) - set(tokens(best.text))
            if score >= best_score - 0.05 and new_terms and sent.passage_id == best.passage_id:
                chosen.append(sent)
        chosen.sort(key=lambda x: x.start)
        src: list[Source] = []
        parts = []
        for sent in chosen:
            sid = f"S{len(src) + 1}"
            src.append(_passage_source(sid, sent))
            refs = [f"[{sid}]"]
            for q in sent.quotes:
                if q.speaker and q.kind != "term":
                    qid = f"S{len(src) + 1}"
                    src.append(_quote_source(qid, q))
                    refs.append(f"[{qid}]")
            parts.append(sent.text + " " + "".join(refs))
        return Draft(" ".join(parts), src, speaker=about)


_REPORT_VERBS = re.compile(
    r"\b(?:said|says|told|added|asked|warned|argued|insisted|noted|explained|stated|wrote|declared|claimed|"
    r"suggested|stating|saying|adding|hinted|urged|agreed|believes|believed|thought|called|described)\b"
)


def _reports_speech(text: str, name: str) -> bool:
    """Does the sentence report this person speaking ("Lavrov later suggested ...")?"""
    last = re.escape(name.split()[-1])
    return bool(
        re.search(last + r"(?:\s+\w+){0,3}?\s+" + _REPORT_VERBS.pattern, text)
        or re.search(_REPORT_VERBS.pattern + r"\s+(?:\w+\s+){0,2}" + last, text)
        or re.search(r"according\s+to\s+(?:\w+\s+){0,2}" + last, text)
    )


def _mentions(text: str, name: str) -> bool:
    t = text.lower()
    n = name.lower().replace("’", "'")
    return n in t.replace("’", "'") or any(len(p) >= 4 and p in t for p in n.split("-"))


def _question_entities(question: str, about: str | None) -> list[str]:
    """Capitalised words in the question other than its first word and the person asked about."""
    words = re.findall(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-zA-Z]{2,}(?:-[a-zA-Z]+)?)\b", question)
    skip = set((about or "").split())
    return [w for w in words if w not in skip and w.lower() not in _ENTITY_STOP]


_ENTITY_STOP = frozenset("what who how which when where why did does the and according quote article".split())

_SPEECH_TOKENS = frozenset(tokens("say said think thought argue warn believe view opinion quote words comment react mean"))


def _overlap(query: list[str], sentence: list[str], ctx: Context) -> float:
    """IDF-weighted share of the query's words found in the sentence."""
    if not query:
        return 0.0
    bm = ctx.library.bm25
    idf = (lambda w: bm.idf.get(w, 1.0)) if bm is not None else (lambda w: 1.0)
    words = set(sentence)
    total = sum(idf(w) for w in set(query))
    return sum(idf(w) for w in set(query) if w in words) / total if total else 0.0


def _coverage(query: list[str], ctx: Context) -> float:
    """Share of the question's content words that occur anywhere in the articles in scope."""
    if not query:
        return 1.0
    vocab = ctx.library.vocabulary(ctx.scope)
    return sum(1 for w in set(query) if w in vocab) / len(set(query))


def _refuse(text: str, speaker: str | None = None) -> Draft:
    return Draft(text, [], refused=True, speaker=speaker)


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
    return text.find(description)


def _passage_source(sid: str, s: Sentence) -> Source:
    return Source(sid, "passage", s.article_id, s.passage_id, s.start, s.end, s.text)


def _quote_source(sid: str, q: Quote) -> Source:
    return Source(sid, "quote", q.article_id, q.passage_id, q.start, q.end, q.text, q.speaker, q.speaker_description)

