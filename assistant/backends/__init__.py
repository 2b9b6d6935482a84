"""Answer backends by name: ``extractive`` (default, no LLM), ``openai`` (any
OpenAI-compatible server) and ``local`` (SmolLM2 in-process)."""

from __future__ import annotations

from assistant.errors import NotFoundError

NAMES = ("extractive", "openai", "local")


def create(name: str, settings, embeddings):
    if name == "extractive":
        from assistant.backends.extractive import ExtractiveBackend

        return ExtractiveBackend(embeddings)
    if name == "openai":
        from assistant.backends.openai_backend import OpenAIBackend

        return OpenAIBackend(settings)
    if name == "local":
        from assistant.backends.local import LocalBackend

        return LocalBackend(settings)
    raise NotFoundError(f"unknown backend {name!r}; choose one of {', '.join(NAMES)}")
