"""Find quotes: every double-quoted span in the body paragraphs, at character level.

Rules (see docs/quotes.md):

* curly marks pair by direction (“ opens, ” closes; also „ « »); a straight ``"`` is an
  opener after whitespace or an opening bracket/dash and a closer before whitespace or
  punctuation, and toggles otherwise;
* single quotes delimit a span only outside every double-quoted one (inside, they are
  a nested quote), from an opening mark after a space, bracket or dash to a closing
  mark before a space or punctuation in the same paragraph ('known as ‘forever
  chemicals’'); apostrophes (don't, Europeans’, ’90s, rock 'n' roll, 'em) never do;
* a span never crosses a paragraph, with one exception, the news convention for a
  quotation running over several paragraphs: a paragraph that leaves a quote open and
  is followed by a paragraph that opens one again yields a span to its end, linked to
  the next part;
* a mark left unpaired is reported as a warning and yields no span, so one stray mark
  never swallows the rest of the article; except an opening mark followed by another
  opening mark with a speech cue between (`"Q, said X. "R"`): the first quotation
  lost its closing mark and ends at the comma before the cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.types import Article

# ", said X" / ", she added" / ", Smith told ...": where a quotation whose closing mark
# is missing ends, when another quotation opens before the paragraph ends
_CUE_VERBS = "said|says|added|adds|told|tells|asked|explained|insisted|warned|recalled|wrote"
_MISSING_CLOSE_CUE = re.compile(
    r",(?=\s+(?:(?:" + _CUE_VERBS + r")\s+[A-Z]|(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:"
    + _CUE_VERBS + r")\b))"
)
OPENERS = {"“", "„", "«", "‟"}
CLOSERS = {"”", "»"}
STRAIGHT = '"'
_OPEN_CONTEXT = set(" \t\n([{—–-/")
_CLOSE_CONTEXT = set(" \t\n.,;:!?)]}—–-…")


@dataclass(slots=True)
class Span:
    """A quoted span. ``start``/``end`` bound the words inside the marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when continued
    paragraph: int  # body paragraph index
    block_start: int
    block_end: int
    continues: bool = False  # the quotation goes on in the next paragraph
    continued_from: int | None = None  # index of the previous part in the span list


def _direction(text: str, i: int, is_open: bool) -> str:
    """'open' or 'close' for a straight double quote at ``text[i]``."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in _OPEN_CONTEXT and after not in _CLOSE_CONTEXT:
        return "open"
    if after in _CLOSE_CONTEXT and before not in _OPEN_CONTEXT:
        return "close"
    return "close" if is_open else "open"


def _marks(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(offset, 'open'|'close') for every double quotation mark in text[lo:hi]."""
    out: list[tuple[int, str]] = []
    is_open = False
    for i in range(lo, hi):
        ch = text[i]
        if ch in OPENERS:
            out.append((i, "open"))
            is_open = True
        elif ch in CLOSERS:
            out.append((i, "close"))
            is_open = False
        elif ch == STRAIGHT:
            d = _direction(text, i, is_open)
            out.append((i, d))
            is_open = d == "open"
    return out


def _starts_with_opener(text: str, lo: int, hi: int) -> bool:
    for i in range(lo, hi):
        ch = text[i]
        if ch.isspace():
            continue
        return ch in OPENERS or (ch == STRAIGHT and _direction(text, i, False) == "open")
    return False


# a single-quoted span: an opening mark no word touches, then up to 80 characters with no
# other single mark, ending in a word or sentence character right before the closing mark
_SINGLE = re.compile(r"(?<![\w’'‘])[‘']([^\W_][^‘’'\n“”\"]{0,79}?[\w.,!?…])[’'](?![\w’'])")
# words written with a leading apostrophe, not quotations ('em, 'n', 'til, '90s)
_APOSTROPHE_WORDS = re.compile(r"(?i:em|n|tis|twas|til|cause|bout|round|\d\d?s?)$")


def _single_spans(text: str, block, doubles: list[Span]) -> list[Span]:
    """The single-quoted spans of a paragraph that no double-quoted span holds."""
    out = []
    for m in _SINGLE.finditer(text, block.start, block.end):
        if _APOSTROPHE_WORDS.match(m.group(1)) or any(d.open_mark < m.start() <= (d.close_mark or block.end) for d in doubles):
            continue
        out.append(Span(m.start(1), m.end(1), m.start(), m.end() - 1, block.index, block.start, block.end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_spans(article: Article) -> tuple[list[Span], list[str]]:
    """All quoted spans of the article's body paragraphs, and warnings for unpaired
    marks. The article is not modified."""
    text = article.text
    paragraphs = [b for b in article.blocks if b.kind == "paragraph"]
    spans: list[Span] = []
    warnings: list[str] = []
    pending_part: int | None = None  # index of a span that continues into this paragraph

    for n, block in enumerate(paragraphs):
        first = len(spans)
        open_at: int | None = None
        carried = pending_part
        pending_part = None
        for pos, kind in _marks(text, block.start, block.end):
            if kind == "open":
                if open_at is not None:
                    cue = _MISSING_CLOSE_CUE.search(text, open_at + 1, pos)
                    if cue and cue.start() > open_at + 1:
                        # '"We lost the herd, said Carl Lundgren. "The vet...': the first
                        # quotation lost its closing mark; it ends at the comma of its cue
                        start, end = _trim(text, open_at + 1, cue.start() + 1)
                        spans.append(Span(start, end, open_at, cue.start() + 1, block.index, block.start, block.end))
                        if carried is not None:
                            spans[-1].continued_from = carried
                            carried = None
                    warnings.append(_warn(text, open_at, "opening quotation mark never closed"))
                open_at = pos
            elif open_at is not None:
                start, end = _trim(text, open_at + 1, pos)
                if end > start and any(c.isalnum() for c in text[start:end]):
                    span = Span(start, end, open_at, pos, block.index, block.start, block.end)
                    if carried is not None:
                        span.continued_from = carried
                    carried = None
                    spans.append(span)
                open_at = None
            else:
                warnings.append(_warn(text, pos, "closing quotation mark with no opening mark"))
        if open_at is not None:
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            start, end = _trim(text, open_at + 1, block.end)
            if nxt is not None and _starts_with_opener(text, nxt.start, nxt.end) and end > start:
                span = Span(start, end, open_at, None, block.index, block.start, block.end, True)
                if carried is not None:
                    span.continued_from = carried
                spans.append(span)
                pending_part = len(spans) - 1
            else:
                # a missing closing mark: the quotation runs to the end of its paragraph,
                # or to the comma of its cue ('"We will hold them to it, said Gov. X.')
                cue = _MISSING_CLOSE_CUE.search(text, open_at + 1, block.end)
                if cue and cue.start() > open_at + 1:
                    start, end = _trim(text, open_at + 1, cue.start())
                    warnings.append(_warn(text, open_at, "opening quotation mark never closed; quote ends at its cue"))
                else:
                    warnings.append(_warn(text, open_at, "opening quotation mark never closed; quote ends with its paragraph"))
                if end > start and any(c.isalnum() for c in text[start:end]):
                    span = Span(start, end, open_at, None, block.index, block.start, block.end)
                    if carried is not None:
                        span.continued_from = carried
                    spans.append(span)
        singles = _single_spans(text, block, spans[first:])
        if singles:
            spans[first:] = sorted(spans[first:] + singles, key=lambda sp: sp.start)
            if pending_part is not None:
                pending_part = next(k for k in range(first, len(spans)) if spans[k].continues)
    return spans, warnings


def _warn(text: str, pos: int, what: str) -> str:
    snippet = text[max(0, pos - 25) : pos + 35].replace("\n", " ")
    return f"{what} at offset {pos}: …{snippet}…"

