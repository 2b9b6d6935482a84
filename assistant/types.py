"""The typed values that travel along the ingest and answer paths.

Every id is derived from content (a short SHA-256 prefix), so ingesting the same
article twice yields the same ids and adds nothing.

Offsets (``start``/``end``) always index into ``Article.text``, the canonical text
produced by :mod:`ingest.clean`; ``Article.text[start:end] == text`` holds for every
passage and quote, and :func:`ingest.pipeline.check_offsets` enforces it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal


def content_id(*parts: str, length: int = 16) -> str:
    """A stable id: the first ``length`` hex digits of SHA-256 over ``parts``."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph or heading of the canonical text."""

    kind: Literal["title", "heading", "paragraph"]
    start: int
    end: int
    section: str
    index: int  # paragraph index among body paragraphs (-1 for headings)


@dataclass(frozen=True, slots=True)
class Displayed:
    """A pull quote or image caption removed from the body, kept as metadata."""

    kind: Literal["pull_quote", "caption"]
    text: str
    repeats: str | None  # the body paragraph text it repeats, if found


@dataclass(slots=True)
class Passage:
    id: str
    article_id: str
    section: str
    paragraph: int  # index of the first body paragraph it covers
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Quote:
    id: str
    article_id: str
    passage_id: str
    start: int
    end: int
    text: str
    speaker: str | None  # canonical name, or None for scare quotes / unknown speakers
    speaker_id: str | None
    speaker_description: str | None
    verb: str | None  # the speech cue, e.g. "said", "added", "according to"
    partial: bool  # a fragment inside a reported clause, not a whole utterance
    kind: Literal["direct", "partial", "term"]  # term = scare quote / coined term / title
    reason: str  # which rule attributed it (for debugging and evaluation)
    paragraph: int = -1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Speaker:
    id: str
    article_id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    quote_count: int = 0
    kind: Literal["person", "organization"] = "person"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Article:
    id: str
    title: str
    text: str  # canonical text; every offset refers to it
    source: str
    byline: str | None = None
    url: str | None = None
    date: str | None = None
    blocks: list[Block] = field(default_factory=list)
    displayed: list[Displayed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class IngestedArticle:
    """The output of the ingest path for one article, before embedding."""

    article: Article
    passages: list[Passage]
    quotes: list[Quote]
    speakers: list[Speaker]

    def summary(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "title": a.title,
            "source": a.source,
            "byline": a.byline,
            "url": a.url,
            "date": a.date,
            "chars": len(a.text),
            "passages": len(self.passages),
            "quotes": len(self.quotes),
            "speakers": len(self.speakers),
            "warnings": list(a.warnings),
        }


@dataclass(slots=True)
class Evidence:
    """A retrieved passage or quote with its fused score."""

    kind: Literal["passage", "quote"]
    article_id: str
    passage_id: str
    start: int
    end: int
    text: str
    score: float
    quote_id: str | None = None
    speaker: str | None = None
    dense: float = 0.0  # cosine similarity to the query (0 when only BM25 found it)


@dataclass(slots=True)
class Citation:
    n: int
    kind: Literal["quote", "passage"]
    text: str  # verbatim span of the article
    speaker: str | None
    speaker_description: str | None
    article_id: str
    passage_id: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Answer:
    question: str
    answer: str  # text with [n] markers
    refused: bool
    citations: list[Citation]
    backend: str
    timings_ms: dict[str, float] = field(default_factory=dict)
    notice: str | None = None  # e.g. "the LLM failed; answered extractively"
    flags: list[str] = field(default_factory=list)  # what the verifier removed or corrected
    resolved_question: str | None = None
    speaker: str | None = None  # the person the answer is about, for follow-ups

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "refused": self.refused,
            "citations": [c.to_dict() for c in self.citations],
            "backend": self.backend,
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
            "notice": self.notice,
            "flags": list(self.flags),
            "resolved_question": self.resolved_question,
            "speaker": self.speaker,
        }
