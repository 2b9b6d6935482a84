"""Split: cut the canonical text into passages for retrieval.

A passage is one body paragraph. A very short paragraph (a one-line quotation such as
``"That will not impress anyone," he added.``) joins the paragraph before it in the
same section, so it keeps the context that names its speaker. A long paragraph is cut
at sentence ends, never inside a quotation. Offsets are exact:
``article.text[p.start:p.end] == p.text``.
"""

from __future__ import annotations

import re

from assistant.types import Article, Passage, content_id
from ingest.people import dot_ends_sentence
from ingest.quotes import Span

MAX_CHARS = 900
SHORT_CHARS = 140


def sentence_starts(text: str, lo: int, hi: int, protected: list[tuple[int, int]]) -> list[int]:
    """Offsets in [lo, hi) where a sentence starts, never inside a protected range."""
    out = [lo]
    for m in re.finditer(r"[.!?…][”\"’')]*\s+(?=[A-Z“\"‘(])", text[lo:hi]):
        cut = lo + m.end()
        word = re.findall(r"[\w.]+$", text[lo : lo + m.start()])
        if not dot_ends_sentence(word[0] if word else "", text[cut:hi]):
            continue
        if any(s < cut < e for s, e in protected):
            continue
        out.append(cut)
    return out


def split(article: Article, spans: list[Span], max_chars: int = MAX_CHARS) -> list[Passage]:
    text = article.text
    protected = [(sp.open_mark, (sp.close_mark if sp.close_mark is not None else sp.block_end) + 1) for sp in spans]
    pieces: list[tuple[int, int, str, int]] = []  # start, end, section, paragraph index
    for block in article.blocks:
        if block.kind != "paragraph":
            continue
        if block.end - block.start <= max_chars:
            pieces.append((block.start, block.end, block.section, block.index))
            continue
        starts = sentence_starts(text, block.start, block.end, protected)
        cur = block.start
        for s in starts[1:] + [block.end]:
            if s - cur > max_chars and s != cur:
                # close the piece at the last sentence start that fits
                fits = [x for x in starts if cur < x < s]
                cut = fits[-1] if fits else s
                if cut > cur:
                    pieces.append((cur, _rstrip(text, cur, cut), block.section, block.index))
                    cur = cut
        if cur < block.end:
            pieces.append((cur, block.end, block.section, block.index))

    merged: list[tuple[int, int, str, int]] = []
    for piece in pieces:
        start, end, section, index = piece
        if (
            merged
            and end - start < SHORT_CHARS
            and merged[-1][2] == section
            and end - merged[-1][0] <= max_chars
            and merged[-1][3] in {index, index - 1}
        ):
            prev = merged[-1]
            merged[-1] = (prev[0], end, section, prev[3])
        else:
            merged.append(piece)

    passages = []
    for start, end, section, index in merged:
        body = text[start:end]
        passages.append(
            Passage(
                id=content_id(article.id, str(start), body),
                article_id=article.id,
                section=section,
                paragraph=index,
                start=start,
                end=end,
                text=body,
            )
        )
    return passages


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi
