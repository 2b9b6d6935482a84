"""The Python API.

    from assistant import Assistant

    bot = Assistant.from_settings()
    answer = bot.ask("What did Ben Hodges say?")
    print(answer.answer, answer.citations)
    for event in bot.stream("Who is François Heisbourg?"):
        ...

``Assistant.chain`` is the LangChain runnable behind ``ask``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from typing import Any

from assistant.backends import NAMES, create
from assistant.library import Library
from assistant.settings import Settings
from assistant.store import Store
from assistant.types import Answer


class Assistant:
    def __init__(self, settings: Settings, store: Store | None = None):
        self.settings = settings
        self.store = store or Store(settings)
        self.library = Library(self.store)
        self._backends: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._chain = None

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **overrides: Any) -> Assistant:
        from assistant.runtime import configure_environment

        settings = settings or Settings(**overrides)
        configure_environment(settings)
        return cls(settings)

    # --- parts ---------------------------------------------------------------------
    def backend(self, name: str):
        with self._lock:
            if name not in self._backends:
                self._backends[name] = create(name, self.settings, self.store.embeddings)
            return self._backends[name]

    def backends(self) -> list[dict[str, Any]]:
        """Every backend with whether it is usable here and why not."""
        out = []
        for name in NAMES:
            ok, why = self.backend(name).available()
            out.append({"name": name, "available": ok, "reason": why})
        return out

    @property
    def chain(self):
        if self._chain is None:
            from assistant.chain import build_chain

            self._chain = build_chain(self)
        return self._chain

    def warm(self) -> None:
        """Load the models and the library now rather than on the first question."""
        self.store.embeddings.warm()
        self.library.refresh()

    # --- asking --------------------------------------------------------------------
    def ask(self, question: str, history: list | None = None, **options: Any) -> Answer:
        """Answer one question. Options: ``article_id``, ``speaker``, ``backend``."""
        return self.chain.invoke({"question": question, "history": history or [], **options})

    def stream(self, question: str, history: list | None = None, **options: Any) -> Iterator[dict[str, Any]]:
        """Yield ``{"type": "token", "text": ...}`` pieces of the verified answer, then
        ``{"type": "answer", "answer": Answer}``. Only verified text is ever streamed."""
        answer = self.ask(question, history, **options)
        for piece in re.findall(r"\S+\s*", answer.answer):
            yield {"type": "token", "text": piece}
        yield {"type": "answer", "answer": answer}
