"""A chat assistant grounded in news articles.

Importing the package is cheap: models and stores load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["Assistant", "Settings", "Answer", "Citation"]

if TYPE_CHECKING:
    from assistant.service import Assistant
    from assistant.settings import Settings
    from assistant.types import Answer, Citation


def __getattr__(name: str):
    if name == "Assistant":
        from assistant.service import Assistant

        return Assistant
    if name == "Settings":
        from assistant.settings import Settings

        return Settings
    if name in {"Answer", "Citation"}:
        from assistant import types

        return getattr(types, name)
    raise AttributeError(name)
