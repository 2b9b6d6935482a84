"""The ``openai`` backend: any OpenAI-compatible chat server (OpenAI, vLLM, Ollama,
llama.cpp server, LM Studio) through langchain-openai."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from assistant.backends.base import Context, Draft
from assistant.backends.llm import draft_from_reply, messages, sources_for
from assistant.errors import BackendError
from assistant.settings import Settings


class OpenAIBackend:
    name: ClassVar[str] = "openai"
    is_generative: ClassVar[bool] = True

    def __init__(self, settings: Settings):
        self.settings = settings
        self._model = None

    def available(self) -> tuple[bool, str]:
        if not self.settings.openai_base_url and not self.settings.openai_api_key:
            return False, "set ASSISTANT_OPENAI_BASE_URL (and ASSISTANT_OPENAI_API_KEY if the server needs one)"
        return True, ""

    @property
    def model(self):
        if self._model is None:
            from langchain_openai import ChatOpenAI

            s = self.settings
            key = s.openai_api_key.get_secret_value() if s.openai_api_key else "not-needed"
            self._model = ChatOpenAI(
                model=s.openai_model, base_url=s.openai_base_url, api_key=key, timeout=s.openai_timeout,
                max_retries=0, temperature=0, streaming=True,
            )
        return self._model

    def draft(self, ctx: Context) -> Draft:
        sources = sources_for(ctx)
        if not sources:
            return Draft("The article doesn't say.", [], refused=True)
        try:
            reply = self.model.invoke(messages(ctx, sources))
        except Exception as exc:  # network, status, timeout
            raise BackendError(f"the OpenAI-compatible server failed: {type(exc).__name__}: {exc}") from exc
        content = reply.content if isinstance(reply.content, str) else str(reply.content)
        return draft_from_reply(content, sources, ctx)

    def stream(self, ctx: Context) -> Iterator[str]:
        sources = sources_for(ctx)
        try:
            for chunk in self.model.stream(messages(ctx, sources)):
                if chunk.content:
                    yield chunk.content if isinstance(chunk.content, str) else str(chunk.content)
        except Exception as exc:
            raise BackendError(f"the OpenAI-compatible server failed: {exc}") from exc
