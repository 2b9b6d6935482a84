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

import copy
import json
import re
import threading
from collections import OrderedDict
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
        self._answers: OrderedDict[str, Answer] = OrderedDict()

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
        """Answer one question. Options: ``article_id``, ``speaker``, ``backend``.

        Extractive answers are deterministic for a given index, so recent ones are
        cached (``ASSISTANT_ANSWER_CACHE`` entries; 0 turns it off); the cache is
        keyed by the visible articles, so an ingest invalidates it."""
        backend = options.get("backend") or self.settings.backend
        size = self.settings.answer_cache
        if size <= 0 or backend != "extractive":
            return self.chain.invoke({"question": question, "history": history or [], **options})
        key = json.dumps([question, history or [], sorted(options.items()), self.store.visible_ids()], default=str)
        with self._lock:
            hit = self._answers.get(key)
            if hit is not None:
                self._answers.move_to_end(key)
        if hit is not None:
            answer = copy.deepcopy(hit)
            answer.timings_ms = {"total": 0.0, "cached": 1.0}
            return answer
        answer = self.chain.invoke({"question": question, "history": history or [], **options})
        with self._lock:
            self._answers[key] = copy.deepcopy(answer)
            while len(self._answers) > size:
                self._answers.popitem(last=False)
        return answer

    def stream(self, question: str, history: list | None = None, **options: Any) -> Iterator[dict[str, Any]]:
        """Yield ``{"type": "token", "text": ...}`` pieces of the verified answer, then
        ``{"type": "answer", "answer": Answer}``. Only verified text is ever streamed."""
        answer = self.ask(question, history, **options)
        for piece in re.findall(r"\S+\s*", answer.answer):
            yield {"type": "token", "text": piece}
        yield {"type": "answer", "answer": answer}
