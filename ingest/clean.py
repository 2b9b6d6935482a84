"""Clean: turn loaded markdown-like text into one canonical text per article.

The canonical text is what every offset refers to. It is the title, then each heading
and body paragraph separated by a blank line, with:

* markdown emphasis, links and inline code reduced to their words;
* whitespace inside a paragraph collapsed to single spaces;
* paragraphs broken in the middle of a sentence (a scraping artefact) joined again;
* pull quotes and image captions that repeat the body removed from the text and kept
  as ``Article.displayed`` metadata, so a quote never appears twice;
* quotation marks and apostrophes kept exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.types import Article, Block, Displayed, content_id
from ingest.load import RawDocument

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BYLINE = re.compile(r"^(?:by|BY|By)\b[:\s]+\S")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![\w*])")
_ITALIC_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])")
_CODE = re.compile(r"`([^`]*)`")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.U)
_ATTRIBUTION_TAIL = re.compile(r"\s+[-–—]\s+[A-Z][\w.'’ -]{1,60}$")
_TERMINAL = tuple(".!?:;…”\"’')]")
_CAPTION_HINTS = re.compile(r"\b(photo|photograph|image|getty|credit|file)\b", re.I)

PULL_REPEAT_THRESHOLD = 0.6


@dataclass(slots=True)
class _Raw:
    kind: str  # title | heading | paragraph | byline | quote_block | bold | italic | image
    text: str


def strip_inline(text: str) -> str:
    """Reduce inline markdown to its words; keep every quotation mark as written."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):  # nested emphasis such as ***word***
        text = _BOLD.sub(r"\2", text)
        text = _ITALIC_STAR.sub(r"\1", text)
        text = _ITALIC_UNDERSCORE.sub(r"\1", text)
    text = text.replace("\\*", "*").replace("\\_", "_")
    return _WS.sub(" ", text).strip()


def _whole_emphasis(text: str) -> str | None:
    """'bold' / 'italic' when the whole block is wrapped in one emphasis run."""
    t = text.strip()
    for marker, kind in (("***", "bold"), ("**", "bold"), ("__", "bold"), ("*", "italic"), ("_", "italic")):
        if len(t) > 2 * len(marker) and t.startswith(marker) and t.endswith(marker):
            inner = t[len(marker) : -len(marker)]
            if marker not in inner and not inner.startswith(marker[0]):
                return kind
    return None


def _raw_blocks(text: str) -> list[_Raw]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[_Raw] = []
    for chunk in re.split(r"\n[ \t]*\n", text):
        lines = [ln.rstrip() for ln in chunk.split("\n") if ln.strip()]
        if not lines:
            continue
        para: list[str] = []

        def flush() -> None:
            if para:
                blocks.append(_classify(" ".join(s.strip() for s in para)))
                para.clear()

        for line in lines:
            stripped = line.strip()
            m = _HEADING.match(stripped)
            if m:
                flush()
                level = len(m.group(1))
                blocks.append(_Raw("title" if level == 1 else "heading", m.group(2)))
            elif stripped.startswith(">"):
                flush()
                blocks.append(_Raw("quote_block", stripped.lstrip(">").strip()))
            elif _IMAGE.fullmatch(stripped):
                flush()
                blocks.append(_Raw("image", _IMAGE.sub(r"\1", stripped)))
            else:
                para.append(line)
        flush()
    # merge consecutive blockquote lines into one block
    merged: list[_Raw] = []
    for b in blocks:
        if b.kind == "quote_block" and merged and merged[-1].kind == "quote_block" and b.text:
            merged[-1].text += " " + b.text
        else:
            merged.append(b)
    return [b for b in merged if b.text.strip() or b.kind == "image"]


def _classify(text: str) -> _Raw:
    emph = _whole_emphasis(text)
    if emph:
        return _Raw(emph, text)
    return _Raw("paragraph", text)


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _repeat_of(candidate: str, body: list[str]) -> str | None:
    """The body paragraph a pull quote or caption repeats, if any."""
    cand = _ATTRIBUTION_TAIL.sub("", candidate)
    words = _words(cand)
    if len(words) < 3:
        return None
    best, best_score = None, 0.0
    for para in body:
        vocab = set(_words(para))
        score = sum(1 for w in words if w in vocab) / len(words)
        if score > best_score:
            best, best_score = para, score
    return best if best_score >= PULL_REPEAT_THRESHOLD else None


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


def _should_join(prev: str, nxt: str) -> bool:
    """A paragraph cut in the middle of a sentence: no terminal punctuation and the
    next paragraph plainly continues it. A quotation that ends with a comma inside its
    closing mark (``"...,"``) is waiting for its attribution (``she said``)."""
    tail = prev.rstrip()
    if tail.endswith((",”", ",\"", ",’")) and nxt.lstrip()[:1].islower():
        return True
    if _ends_sentence(prev):
        return False
    words = prev.split()
    if len(words) < 6:
        return False  # short unpunctuated lines are headings or labels
    last = words[-1]
    first = nxt.lstrip()[:1]
    return bool(first) and (first.islower() or last[:1].islower() or last.endswith(","))


def clean(doc: RawDocument) -> Article:
    raw = _raw_blocks(doc.text)
    title: str | None = None
    byline: str | None = None
    displayed: list[Displayed] = []

    # first pass: body paragraphs (for repeat detection)
    body_texts = [strip_inline(b.text) for b in raw if b.kind == "paragraph"]

    items: list[tuple[str, str]] = []  # (kind, text) in order: heading | paragraph
    for b in raw:
        text = strip_inline(b.text)
        if b.kind == "title":
            if title is None:
                title = text
            else:
                items.append(("heading", text))
        elif b.kind == "heading":
            items.append(("heading", text))
        elif b.kind == "image":
            if text:
                displayed.append(Displayed("caption", text, None))
        elif b.kind == "paragraph":
            if byline is None and not items and _BYLINE.match(text) and len(text) < 160:
                byline = re.sub(r"^(?:by|BY|By)\b[:\s]*", "", text).strip()
                continue
            items.append(("paragraph", text))
        elif b.kind == "bold" and byline is None and not items and _BYLINE.match(text) and len(text) < 160:
            byline = re.sub(r"^(?:by|BY|By)\b[:\s]*", "", text).strip()  # ("**By Dana Whitcomb, Northeast Wire Service**")
        elif b.kind in {"quote_block", "bold", "italic"}:
            repeats = _repeat_of(text, body_texts)
            words = text.split()
            if repeats is not None:
                kind = "caption" if b.kind == "italic" else "pull_quote"
                displayed.append(Displayed(kind, text, repeats))
            elif b.kind == "italic" and (len(words) <= 60 or _CAPTION_HINTS.search(text)):
                displayed.append(Displayed("caption", text, None))
            elif b.kind == "bold" and len(words) <= 14 and not _ends_sentence(text):
                items.append(("heading", text))
            else:
                items.append(("paragraph", text))

    # join paragraphs broken mid-sentence
    joined: list[tuple[str, str]] = []
    for kind, text in items:
        if (
            kind == "paragraph"
            and joined
            and joined[-1][0] == "paragraph"
            and _should_join(joined[-1][1], text)
        ):
            joined[-1] = ("paragraph", joined[-1][1] + " " + text)
        else:
            joined.append((kind, text))

    if title is None:
        # first line of a plain-text article is its title
        first = next((i for i, (k, _) in enumerate(joined) if k == "paragraph"), None)
        if first is not None and len(joined[first][1]) <= 200:
            title = joined.pop(first)[1]
        else:
            title = (joined[first][1][:80] + "…") if first is not None else "Untitled"

    parts: list[str] = [title]
    blocks: list[Block] = [Block("title", 0, len(title), "", -1)]
    pos = len(title)
    section = ""
    para_index = 0
    for kind, text in joined:
        pos += 2
        start = pos
        parts.append(text)
        pos += len(text)
        if kind == "heading":
            section = text
            blocks.append(Block("heading", start, pos, section, -1))
        else:
            blocks.append(Block("paragraph", start, pos, section, para_index))
            para_index += 1
    canonical = "\n\n".join(parts)
    assert len(canonical) == pos
    return Article(
        id=content_id(canonical),
        title=title,
        text=canonical,
        source=doc.source,
        byline=byline,
        url=doc.url,
        date=doc.date,
        blocks=blocks,
        displayed=displayed,
    )
