"""Prompts live as files in ``prompts/`` and are loaded by name."""

from __future__ import annotations

from functools import lru_cache

from assistant.errors import ConfigError
from assistant.settings import PROMPTS_DIR


@lru_cache(maxsize=16)
def load(name: str) -> str:
    path = PROMPTS_DIR / f"{name}.md"
    if not path.is_file():
        raise ConfigError(f"prompt {name!r} not found at {path}")
    return path.read_text(encoding="utf-8").strip()


def fill(name: str, **values: str) -> str:
    """The prompt with ``{key}`` placeholders replaced (user text may hold braces)."""
    text = load(name)
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text
