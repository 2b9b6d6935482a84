"""LLM-judged faithfulness: opt-in (``assistant eval --judge``) and warn-only. A model
behind any OpenAI-compatible server (the ``openai`` backend's settings) reads each
answer with the article spans it cites and scores how much of it they support. The
score is reported beside the deterministic metrics; it never decides whether a case
passes and no gate reads it, because a judge model is neither deterministic nor
always right. A judge that fails or replies with something unreadable leaves a reason
in the row instead of a score, and the run goes on."""

from __future__ import annotations

import json
import re
from typing import Any

from assistant.prompts import fill
from assistant.settings import Settings

METRIC = "llm_faithfulness"
WARN_BELOW = 0.5


class Judge:
    def __init__(self, settings: Settings):
        if not settings.openai_base_url and not settings.openai_api_key:
            from assistant.errors import ConfigError

            raise ConfigError("--judge needs an OpenAI-compatible server: set ASSISTANT_OPENAI_BASE_URL "
                              "(and ASSISTANT_OPENAI_API_KEY if it needs one)")
        self.settings = settings
        self._model = None

    @property
    def model(self):
        if self._model is None:
            from langchain_openai import ChatOpenAI

            s = self.settings
            key = s.openai_api_key.get_secret_value() if s.openai_api_key else "not-needed"
            self._model = ChatOpenAI(model=s.openai_model, base_url=s.openai_base_url, api_key=key,
                                     timeout=s.openai_timeout, max_retries=0, temperature=0)
        return self._model

    def score(self, question: str, answer: str, citations: list[dict[str, Any]]) -> dict[str, Any]:
        """``{"score": float | None, "reason": str}`` for one answer."""
        passages = "\n".join(f"[{c['n']}] " + (f"{c['speaker']}: " if c.get("speaker") else "") + c["text"]
                             for c in citations) or "(none)"
        prompt = fill("judge", question=question, answer=answer, passages=passages)
        try:
            reply = self.model.invoke(prompt)
        except Exception as exc:  # network, status, timeout: a warning, not a failed run
            return {"score": None, "reason": f"judge failed: {type(exc).__name__}: {str(exc)[:200]}"}
        return parse(reply.content if isinstance(reply.content, str) else str(reply.content))


def parse(text: str) -> dict[str, Any]:
    """Read the judge's JSON line (tolerating text around it)."""
    m = re.search(r"\{.*\}", text, re.S)
    try:
        data = json.loads(m.group(0)) if m else None
        value = float(data["score"])
    except (TypeError, ValueError, KeyError, json.JSONDecodeError):
        return {"score": None, "reason": f"judge reply unreadable: {text[:120]!r}"}
    value = min(1.0, max(0.0, value))
    unsupported = str(data.get("unsupported") or "").strip()
    return {"score": round(value, 4), "reason": f"unsupported: {unsupported}" if unsupported else "every claim supported"}


def warnings(results: list[dict[str, Any]]) -> list[str]:
    """Cases the judge scored low or could not score: listed in the report, never gating."""
    out = []
    for row in results:
        m = row.get("metrics", {}).get(METRIC)
        if m is None:
            continue
        if m["score"] is None:
            out.append(f"{row['id']}: {m['reason']}")
        elif m["score"] < WARN_BELOW:
            out.append(f"{row['id']}: judged {m['score']:.2f} faithful ({m['reason']})")
    return out
