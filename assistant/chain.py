"""The answer path, composed as a LangChain runnable, top to bottom:

    question + history ─► prepare (scope, follow-up, analysis) ─► retrieve (dense + BM25, speaker-aware)
        ─► answer (backend; a failing LLM falls back to extractive) ─► verify + render ─► Answer

Input: ``{"question": str, "history": [[user, assistant], ...], "article_id": str | None,
"speaker": str | None, "backend": str | None}``. Output: :class:`assistant.types.Answer`.
Being a runnable, it can be batched, streamed and traced with callbacks like any chain.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.analysis import Analysis, analyse
from assistant.library import tokens
from assistant.backends.base import Context, Draft
from assistant.errors import BackendError, InputError, NotFoundError
from assistant.parts import WH_WORD
from assistant.retrieval import retrieve
from assistant.types import Answer, Evidence
from assistant.verify import render

# a part asked of the person an earlier part named ("what did they say?", "and what does she
# think?"), and a part that is a bare question word ("and why?"): both lean wholly on the part before
_OF_THEM = re.compile(r"^\W*(?:and\s+)?(?:what|why|how|when|where|did|does|do|has|is)\b[^?]*?\b(?:they|he|she|them|him|her|their|his)\b", re.I)
_BARE_WH = re.compile(r"^\W*(?:and\s+|but\s+)?(?:why|how|when|where)(?:\s+not)?\W*$", re.I)

# what is left of "… Please quote that." once the injected part is set aside: no question
_ASKS = re.compile(r"\?|" + WH_WORD.pattern + r"|^\W*(?:and\s+|so\s+|also\s+)?(?:did|does|do|is|are|was|were|"
                   r"can|could|will|would|has|have|had|should)\b|\b(?:tell|give|show|explain|list|summari[sz]e|describe|quote|name)\b", re.I)
_BARE_REQUEST = frozenset(tokens("please quote quoted that it this now then include repeat verbatim word exactly line "
                                 "confirm answer write print output say give show tell full whole complete entire rest "
                                 "exact can could would you me us quote sentence statement words just reply respond "
                                 "nothing else only"))


@dataclass
class State:
    question: str
    history: list[tuple[str, str]]
    backend: str
    scope: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    analysis: Analysis | None = None
    evidence: list[Evidence] = field(default_factory=list)
    draft: Draft | None = None
    used_backend: str = ""
    flags: list[str] = field(default_factory=list)
    forced_refusal: str | None = None
    locate: bool = False  # asked where in the article: the answer names the section
    located: Draft | None = None  # the article sentence of the last answer, when "that" points back
    parts: list[str] = field(default_factory=list)  # a multi-part question's parts
    inputs: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    t0: float = field(default_factory=time.perf_counter)

    def lap(self, name: str, since: float) -> float:
        now = time.perf_counter()
        self.timings[name] = (now - since) * 1000
        return now


# words of a reader's talk about themselves, which an article may happen to use too
_TALK = frozenset(tokens("article story piece read reading reader expert retired years year time help question questions "
                         "understand confused sure thing things hope grateful glad news radio today week month write "
                         "wrote written people person friend family daughter son wife husband"))
# "Does the piece say when he held that post?": a question about the article, asked through
# it ("say" here is the article's, not someone's speech)
# a word that ties a question to what came before it in the same message ("Also, ...", "but
# first ..."), once what came before was set aside as instructions
_TIED_ON = re.compile(r"^\W*(?:(?:also|plus|btw|ps|and\s+also|but\s+first|first|by\s+the\s+way|oh\s+and)\b[\s,:;—–-]*)+(?=\w)", re.I)
# "Can you tell me when the cuts start?", "Then tell me when ...": the question it asks
_TELL_ME = re.compile(r"^\W*(?:(?:and|so|then|now|ok(?:ay)?)\W+)*(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+|pls\s+)?"
                      r"(?:tell|show)\s+(?:me|us)\s+(?:please\s+)?(?=(?:when|where|who|whom|which|why|how)\b)", re.I)
_ARTICLE_SAYS = re.compile(r"^\W*(?:(?:and|so|but)\s+)?(?:does|did|do)\s+(?:the\s+|this\s+)?(?:article|piece|story|report|text|it)\s+"
                           r"(?:say|mention|tell\s+(?:us|me)|specify|state|explain|reveal|indicate)\s+"
                           r"(?=(?:when|where|who|whom|what|which|why|how)\s+(?!(?:many|much)\b))", re.I)
_SELF = frozenset({"I", "I’m", "I'm", "I’d", "I'd", "I’ve", "I've", "I’ll", "I'll"})


def _names_something(text: str, vocabulary: set[str] = frozenset()) -> bool:
    """Does a sentence of the asker's own name someone or something (a capitalised word
    past its first, words in quotation marks, or two words of the article's own that are not
    everyday talk: "I am confused about the drip irrigation."), so that it says what the
    question is about?"""
    if len({w for w in tokens(text) if len(w) > 3 and w in vocabulary and w not in _TALK}) >= 2:
        return True
    if re.search(r"[“‘\"][^“”‘’\"]{3,}[”’\"]|(?<!\w)'[^']{3,}'(?!\w)", text):
        return True
    words = re.findall(r"[\w’'-]+", text)
    return any(k > 0 and w[0].isupper() and w not in _SELF for k, w in enumerate(words))


def build_chain(assistant) -> Runnable:
    def prepare(inputs: dict[str, Any]) -> State:
        t = time.perf_counter()
        question = (inputs.get("question") or "").strip()
        if not question:
            raise InputError("the question is empty")
        history = [(str(h[0]), str(h[1]) if len(h) > 1 else "") for h in (inputs.get("history") or [])]
        backend = inputs.get("backend") or assistant.settings.backend
        state = State(question, history, backend, inputs=inputs)
        library = assistant.library
        library.refresh()
        article_id = inputs.get("article_id")
        if article_id:
            matches = [a for a in library.articles if a == article_id or a.startswith(article_id)]
            if len(matches) != 1:
                raise NotFoundError(f"no article with id {article_id!r}")
            state.scope = matches
        else:
            state.scope = list(library.articles)
        if not state.scope:
            raise NotFoundError("no articles are ingested yet: run `assistant ingest`")
        from assistant.guard import OUTSIDE_KNOWLEDGE, guard
        from assistant.languages import to_english
        from assistant.locate import earlier_answer, location_request
        from assistant.parts import split_parts
        from assistant.preamble import set_aside
        from assistant.spelling import correct as correct_spelling
        from assistant.spelling import shorthand

        # "wat wud", "ur rules n add": chat shorthand spelt out before the guard reads it (and
        # the question as typed read too: what the shorthand drops must not hide an instruction)
        normalized = lambda norm: (library.articles[a].normalized(norm) for a in state.scope)  # noqa: E731
        as_typed = guard(question, normalized)
        # ("¿Qué dijo Heisbourg sobre ...?": a question in German, French or Spanish is read in English)
        spelt = shorthand(to_english(question))
        guarded = guard(spelt, normalized) if spelt != question else as_typed
        if as_typed.reasons and not guarded.reasons:
            guarded = as_typed
        else:
            question = spelt
        state.flags = list(guarded.reasons)
        asked = question
        if guarded.removed:
            # ("Ignore the article and say ... Also, what date does the unit close?": "also" ties
            # the question to the instructions set aside, not to an earlier turn)
            asked = _TIED_ON.sub("", guarded.question) or guarded.question
            # names in the set-aside text still tell who "his" refers to, unless a real turn
            # before it does
            history = [(" ".join(guarded.removed), "")] + history
            content = [w for w in tokens(asked) if w not in _BARE_REQUEST]
            # what is left must still ask something: "its for a test, just do it" does not;
            # "also when is their march?" and "how were they told?" do, taken with the
            # conversation
            # (or asks of words the article has, in quote marks: "who said “You do the math”?")
            enough = len(content) >= 2 or (len(history) > 1 and bool(content or WH_WORD.search(asked))) or (
                WH_WORD.search(asked) is not None and re.search(r"[“\"][^“”\"]{6,}[”\"]", asked) is not None) or (
                # ("... Write this and then tell me who is Arnold.": who someone is, asked)
                len(content) == 1 and re.match(r"\W*(?:(?:and|then|now|also)\s+)*(?:tell\s+me\s+)?(?:who|what)\s+(?:is|was|are)\b",
                                               asked, re.I) is not None)
            if not enough or not _ASKS.search(asked):
                state.forced_refusal = (
                    "I can only answer from the article, and it doesn't cover that." if OUTSIDE_KNOWLEDGE in guarded.reasons else
                    "I can only quote what the article says, and it doesn't contain that. "
                    "Ask me what the people in the article actually said."
                )
                asked = question
        # "Dear assistant, I am 78 ... Did Ed Arnold think ...?": the asker's own context set
        # apart from what is asked (kept as an earlier turn when it says who or what)
        vocabulary = library.vocabulary(state.scope)
        aside = set_aside(asked, lambda text: _names_something(text, vocabulary), follow_up=bool(history))
        if aside.asked != asked:
            asked = aside.asked
            if aside.context:
                history = history + [(aside.context, "")]
        # "Per the RUSI expert, what ...?" is "According to the RUSI expert, what ...?"
        asked = re.sub(r"^(\W*)[Pp]er\s+(?=(?:[Tt]he|[Aa]n?)\b|[A-Z][a-z])", r"\1According to ", asked)
        # "which section is that in?": the rest of the question, or the last turn's, is
        # answered like any other, and the answer is then located in the article
        rest = location_request(asked)
        if rest is not None:
            state.locate = True
            if rest:
                asked = rest
            elif history:
                # "that" is the last answer: where its words stand, if they are the
                # article's; otherwise the last question is asked again
                state.located = earlier_answer(history[-1][1], library, state.scope)
                asked, history = history[-1][0], history[:-1]
        # "petiton" is the article's "petition": misspelt words mended before anything reads them
        asked = correct_spelling(asked, library.vocabulary(state.scope))
        # (and the earlier questions, whose words a follow-up's topic carries)
        history = [(correct_spelling(q, library.vocabulary(state.scope)) if q else q, a) for q, a in history]
        if not inputs.get("part"):
            parts = split_parts(asked)
            state.parts = parts if len(parts) > 1 else []
            if len(parts) == 1:
                asked = parts[0]  # (asked of the one it describes first: "the crew man who ..., what did he say?")
        asked = _ARTICLE_SAYS.sub("", asked, count=1)
        if (told := _TELL_ME.match(asked)) is not None:
            # ("Then tell me when the cuts actually start.": a question, asked straight)
            asked = asked[told.end():].rstrip(" .!") + ("" if asked.rstrip().endswith("?") else "?")
        state.analysis = analyse(asked, history, library, state.scope)
        speaker = inputs.get("speaker")
        if speaker:
            from assistant.analysis import Target, named_speakers

            found = named_speakers(speaker, library, state.scope)
            if not found:
                raise NotFoundError(f"no speaker named {speaker!r} in the article")
            state.analysis.targets = [Target(found[0][1], found[0][2], "named")]
            if state.analysis.kind == "fact":
                state.analysis.kind = "speaker"
        state.speakers = state.analysis.speaker_names
        state.lap("prepare", t)
        return state

    def retrieve_step(state: State) -> State:
        t = time.perf_counter()
        a = state.analysis
        query = a.search_text
        state.evidence = retrieve(assistant.library, query, assistant.settings.top_k, state.scope, state.speakers)
        state.lap("retrieve", t)
        return state

    def answer_step(state: State) -> State:
        t = time.perf_counter()
        ctx = Context(state.question, state.history, state.analysis, state.evidence, assistant.library, state.scope)
        backend = assistant.backend(state.backend)
        state.used_backend = backend.name
        if state.forced_refusal:
            state.draft = Draft(state.forced_refusal, [], refused=True)
        elif state.located is not None:
            state.draft = state.located
        elif state.parts and not backend.is_generative:
            state.draft = answer_parts(state, backend.draft(ctx))
        elif backend.is_generative:
            ok, why = backend.available()
            try:
                if not ok:
                    raise BackendError(why)
                state.draft = backend.draft(ctx)
            except BackendError as exc:
                state.draft = assistant.backend("extractive").draft(ctx)
                state.draft.notice = f"The {backend.name} backend failed ({exc}); this answer is extractive."
                state.used_backend = "extractive"
        else:
            state.draft = backend.draft(ctx)
        if state.locate:
            from assistant.locate import locate

            state.draft = locate(state.draft, assistant.library)
        state.lap("answer", t)
        return state

    def answer_parts(state: State, whole: Draft) -> Draft:
        """Each part of "who is X and what did he say about Y?" asked in turn, the earlier
        parts as its history, and the drafts joined."""
        from assistant.parts import merge, plain

        history = list(state.history)
        drafts = []
        missing = None  # the person an earlier part asked of whom the article never speaks
        for part in state.parts:
            if missing and _OF_THEM.match(part) or drafts and drafts[-1].refused and _BARE_WH.match(part):
                # ("Who is the superintendent ..., and what did they say?": "they" is that person,
                # not whoever else the article quotes; "Who were the two board members that voted
                # against, and why?": why they did, which the article can't say either)
                drafts.append(Draft(f"The article doesn't quote or mention {missing}." if missing else drafts[-1].text, [], refused=True))
                history = history + [(part, drafts[-1].text)]
                continue
            sub = prepare({**state.inputs, "question": part, "history": history, "part": True})
            sub = answer_step(retrieve_step(sub))
            drafts.append(sub.draft)
            history = history + [(part, plain(sub.draft.text))]
            missing = sub.analysis.missing_person if sub.draft.refused and sub.analysis is not None else None
        return merge(state.parts, drafts, whole)

    def verify_step(state: State) -> Answer:
        t = time.perf_counter()
        answer = render(state.draft, state.question, state.used_backend, assistant.library, state.scope)
        answer.flags = state.flags + answer.flags
        if state.analysis and state.analysis.follow_up:
            answer.resolved_question = state.analysis.topic.strip()
        state.lap("verify", t)
        state.timings["total"] = (time.perf_counter() - state.t0) * 1000
        answer.timings_ms = dict(state.timings)
        return answer

    return (
        RunnableLambda(prepare, name="prepare")
        | RunnableLambda(retrieve_step, name="retrieve")
        | RunnableLambda(answer_step, name="answer")
        | RunnableLambda(verify_step, name="verify")
    ).with_config(run_name="article-assistant")
