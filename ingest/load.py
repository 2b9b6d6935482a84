"""Load: read article files (.md, .txt, .html) into ``RawDocument``s, rejecting bad
input with an error that names the file and the reason."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import (
    BinaryFileError,
    EmptyFileError,
    FileTooLargeError,
    InputError,
    MissingPathError,
    UnsupportedFileError,
)

SUPPORTED = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".html": "html", ".htm": "html"}
DEFAULT_MAX_BYTES = 2_000_000


@dataclass(frozen=True, slots=True)
class RawDocument:
    source: str
    format: str  # markdown | text | html
    text: str  # decoded; HTML already reduced to markdown-like blocks
    url: str | None = None
    date: str | None = None


def iter_paths(paths: list[Path]) -> Iterator[Path]:
    """Expand directories (recursively, sorted) into the article files they hold.

    A directory yields only files with a supported extension; a file named directly is
    yielded whatever its extension so that :func:`load_file` can reject it clearly."""
    for path in paths:
        if not path.exists():
            raise MissingPathError("no such file or directory", str(path))
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED:
                    yield child
        else:
            yield path


def decode(data: bytes, source: str) -> str:
    """Decode article bytes as UTF-8, refusing binary files and undecodable bytes."""
    if not data.strip():
        raise EmptyFileError("file is empty", source)
    if b"\x00" in data[:8192]:
        raise BinaryFileError("looks like a binary file (contains NUL bytes), not an article", source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BinaryFileError(
            f"is not valid UTF-8 text (undecodable byte 0x{data[exc.start]:02x} at offset {exc.start})",
            source,
        ) from None
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > 8:
        raise BinaryFileError("contains control characters; not a text article", source)
    if not text.strip():
        raise EmptyFileError("file has no text", source)
    return text


def load_bytes(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Validate and decode an article given as bytes (an upload or a file's content)."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        allowed = ", ".join(sorted(SUPPORTED))
        raise UnsupportedFileError(
            f"unsupported file type {suffix or '(none)'!r}; expected one of {allowed}", name
        )
    if len(data) > max_bytes:
        raise FileTooLargeError(f"file is {len(data):,} bytes, over the limit of {max_bytes:,}", name)
    text = decode(data, name)
    fmt = SUPPORTED[suffix]
    if fmt == "html":
        from ingest.html import html_to_markdown

        text, url, date = html_to_markdown(text)
        if not text.strip():
            raise EmptyFileError("HTML has no article text", name)
        return RawDocument(source=name, format=fmt, text=text, url=url, date=date)
    text, meta = split_front_matter(text)
    if not text.strip():
        raise EmptyFileError("file has no text after its front matter", name)
    return RawDocument(source=name, format=fmt, text=text, url=meta.get("url"), date=meta.get("date"))


def load_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    if not path.exists():
        raise MissingPathError("no such file or directory", str(path))
    if path.is_dir():
        raise InputError("is a directory; pass it to iter_paths", str(path))
    size = path.stat().st_size
    if size > max_bytes:
        raise FileTooLargeError(f"file is {size:,} bytes, over the limit of {max_bytes:,}", str(path))
    if path.suffix.lower() not in SUPPORTED:
        return load_bytes(b"", str(path))  # raises UnsupportedFileError
    return load_bytes(path.read_bytes(), str(path), max_bytes)


_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Optional ``---`` front matter with ``key: value`` lines (url, date, title...)."""
    m = _FRONT.match(text)
    if not m:
        return text, {}
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("\"'")
    if not meta:
        return text, {}
    # keep the line count (offsets are in the cleaned text, so blanking is enough)
    return text[m.end():], meta
