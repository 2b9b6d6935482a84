"""What the generative backends share: the evidence shown to the model (numbered
sources), the messages built from the prompt files, and the parsing of a reply.

The model sees each quote with its speaker as the index has it and refers to it by
id; the renderer puts the verbatim words back (see :mod:`assistant.verify`)."""

from __future__ import annotations

from assistant.backends.base import Context, Draft, Source
from assistant.prompts import fill, load

NOT_IN_ARTICLE = "NOT_IN_ARTICLE"
MAX_SOURCES = 8


def sources_for(ctx: Context) -> list[Source]:
    """The retrieved evidence as numbered sources: quotes with speaker and
    description, passages as text."""
    out: list[Source] = []
    for e in ctx.evidence[:MAX_SOURCES]:
        sid = f"S{len(out) + 1}"
        if e.kind == "quote":
            view = ctx.library.articles.get(e.article_id)
            q = next((q for q in view.item.quotes if q.id == e.quote_id), None) if view else None
            if q is None or q.kind == "term" or not q.speaker:
                continue
            out.append(Source(sid, "quote", e.article_id, e.passage_id, q.start, q.end, q.text, q.speaker,
                              q.speaker_description))
        else:
            out.append(Source(sid, "passage", e.article_id, e.passage_id, e.start, e.end, e.text))
    return out


def format_sources(sources: list[Source]) -> str:
    lines = []
    for s in sources:
        if s.kind == "quote":
            who = s.speaker + (f" ({s.speaker_description})" if s.speaker_description else "")
            lines.append(f"[{s.id}] quote by {who}: “{s.text}”")
        else:
            lines.append(f"[{s.id}] passage: {s.text}")
    return "\n".join(lines)


def format_history(history: list[tuple[str, str]], turns: int = 3) -> str:
    if not history:
        return "(none)"
    return "\n".join(f"User: {q}\nAssistant: {a}" for q, a in history[-turns:])


def messages(ctx: Context, sources: list[Source]) -> list[dict[str, str]]:
    user = fill("answer", sources=format_sources(sources), history=format_history(ctx.history), question=ctx.question)
    return [{"role": "system", "content": load("system")}, {"role": "user", "content": user}]


def condense_messages(question: str, history: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"role": "user", "content": fill("condense", history=format_history(history), question=question)}]


def parse(reply: str, sources: list[Source], speaker: str | None) -> Draft:
    text = (reply or "").strip()
    if not text:
        raise ValueError("the model returned an empty reply")
    if NOT_IN_ARTICLE in text.upper().replace(" ", "_") and len(text) < 80:
        return Draft("The article doesn't say.", [], refused=True, speaker=speaker)
    return Draft(text, sources, speaker=speaker)


def draft_from_reply(reply: str, sources: list[Source], ctx: Context) -> Draft:
    """Parse a model reply into a draft; an unusable reply is a BackendError (the
    chain then falls back to the extractive backend)."""
    from assistant.errors import BackendError

    speaker = ctx.analysis.targets[0].speaker.name if ctx.analysis.targets else None
    try:
        return parse(reply, sources, speaker)
    except ValueError as exc:
        raise BackendError(str(exc)) from exc
