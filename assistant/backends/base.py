"""The answer-backend interface. A backend turns a question and its context into a
``Draft``: text that refers to sources by id (``[S1]``), never quoting on its own
authority. The renderer numbers the references and fills every quote from the index;
the verifier checks what remains."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar, Literal, Protocol

from assistant.analysis import Analysis
from assistant.library import Library
from assistant.types import Evidence


@dataclass(slots=True)
class Source:
    """Something an answer may cite: a quote from the index or a span of a passage."""

    id: str  # S1, S2 ... as shown to a model
    kind: Literal["quote", "passage"]
    article_id: str
    passage_id: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_description: str | None = None


@dataclass(slots=True)
class Draft:
    text: str  # with [S<k>] references
    sources: list[Source]
    refused: bool = False
    speaker: str | None = None
    notice: str | None = None


@dataclass(slots=True)
class Context:
    question: str
    history: list[tuple[str, str]]
    analysis: Analysis
    evidence: list[Evidence]
    library: Library
    scope: list[str]
    memo: dict = field(default_factory=dict)  # what one draft works out once (near-synonyms of the question's words)


class Backend(Protocol):
    name: ClassVar[str]
    is_generative: ClassVar[bool]

    def available(self) -> tuple[bool, str]:
        """(usable, why not)."""

    def draft(self, ctx: Context) -> Draft: ...

    def stream(self, ctx: Context) -> Iterator[str]:
        """Raw text as the model writes it (generative backends)."""


REFUSAL = "The article doesn't say."
