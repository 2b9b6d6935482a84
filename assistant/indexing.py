"""Ingest files into the store: the ingest path plus embedding and storing, with one
report per file. A bad file is reported and skipped; the others go on, and nothing
already stored changes because of it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import InputError
from assistant.settings import Settings
from assistant.store import Store
from ingest.load import iter_paths, load_bytes, load_file
from ingest.pipeline import process


@dataclass(slots=True)
class IngestReport:
    source: str
    status: str  # added | replaced | unchanged | error
    article: dict[str, Any] | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source, "status": self.status}
        if self.article is not None:
            out.update({k: v for k, v in self.article.items() if k != "source"})
        if self.error:
            out["error"] = self.error
        if self.warnings:
            out["warnings"] = self.warnings
        return out


def ingest_raw(store: Store, raw, progress=None) -> IngestReport:
    item = process(raw)
    status = store.add(item, progress=progress)
    summary = item.summary()
    return IngestReport(raw.source, status, summary, warnings=list(item.article.warnings))


def ingest_paths(
    store: Store,
    settings: Settings,
    paths: list[Path],
    on_file: Callable[[IngestReport], None] | None = None,
    progress=None,
    group: int = 32,
) -> list[IngestReport]:
    """Ingest files and directories. Raises InputError only for a path that does not
    exist; every other bad file becomes an ``error`` report. Articles are embedded and
    stored in groups, so many small files go through in large batches."""
    files = list(iter_paths(paths))
    reports: list[IngestReport] = []
    pending: list[tuple[Path, object]] = []

    def flush() -> None:
        if not pending:
            return
        items = [item for _, item in pending]
        statuses = store.add_many(items, progress=progress)
        for (path, item), status in zip(pending, statuses):
            report = IngestReport(item.article.source, status, item.summary(), warnings=list(item.article.warnings))
            reports.append(report)
            if on_file:
                on_file(report)
        pending.clear()

    for path in files:
        source = str(path.resolve())
        try:
            raw = load_file(path, settings.max_file_bytes)
            raw = type(raw)(source=source, format=raw.format, text=raw.text, url=raw.url, date=raw.date)
            pending.append((path, process(raw)))
        except InputError as exc:
            report = IngestReport(str(path), "error", error=exc.reason)
            reports.append(report)
            if on_file:
                on_file(report)
        if len(pending) >= group:
            flush()
    flush()
    return reports


def ingest_upload(store: Store, settings: Settings, data: bytes, filename: str, progress=None) -> IngestReport:
    """Ingest an uploaded article; raises InputError for bad input (nothing stored)."""
    raw = load_bytes(data, Path(filename).name, min(settings.max_file_bytes, settings.max_upload_bytes))
    raw = type(raw)(source=f"upload:{Path(filename).name}", format=raw.format, text=raw.text, url=raw.url, date=raw.date)
    return ingest_raw(store, raw, progress)
