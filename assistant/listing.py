"""Listings shared by the CLI, the HTTP API and the MCP tools: quotes and people as
plain JSON rows."""

from __future__ import annotations


def quote_rows(items, speaker: str | None):
    rows = []
    for item in items:
        for q in item.quotes:
            if speaker and not speaker_matches(q.speaker, speaker, item):
                continue
            rows.append(
                {
                    "id": q.id, "article_id": q.article_id, "text": q.text, "speaker": q.speaker,
                    "speaker_description": q.speaker_description, "verb": q.verb, "start": q.start,
                    "end": q.end, "passage_id": q.passage_id, "partial": q.partial, "kind": q.kind,
                }
            )
    return rows


def speaker_matches(name: str | None, query: str, item) -> bool:
    if not name:
        return False
    q = query.strip().lower()
    if q in name.lower():
        return True
    for s in item.speakers:
        if s.name == name and any(q == a.lower() for a in s.aliases):
            return True
    return False
