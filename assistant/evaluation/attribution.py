"""Quote finding and attribution accuracy against labelled articles.

A labelled article is ``NAME.md`` beside ``NAME.gold.json`` holding
``{"quotes": [{"text", "speaker"}], "people": [...]}`` (see tests/data/articles/README.md).

* span precision / recall: a found quote matches a gold quote when their texts are equal
  after trimming surrounding spaces and punctuation (exact), or overlap by at least half
  of the longer one (``overlap`` variants);
* speaker accuracy: among matched gold quotes, the share whose speaker equals the gold
  speaker (``None`` equals ``None``), overall and for pronoun / floating / scare cases;
* scare quotes given a speaker: gold quotes with no speaker that were given one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest.load import load_file
from ingest.pipeline import process

_TRIM = " \t\n,.;:!?…—–-"


def _norm(t: str) -> str:
    return t.strip(_TRIM).replace("’", "'").replace("‘", "'")


@dataclass
class Case:
    article: str
    gold: str
    found: str | None
    gold_speaker: str | None
    found_speaker: str | None
    tags: str


@dataclass
class AttributionReport:
    gold: int = 0
    found: int = 0
    matched: int = 0
    correct_speaker: int = 0
    scare_gold: int = 0
    scare_given_speaker: int = 0
    by_tag: dict[str, list[int]] = field(default_factory=dict)  # tag -> [matched, correct]
    errors: list[Case] = field(default_factory=list)
    missed: list[Case] = field(default_factory=list)
    spurious: list[tuple[str, str, str | None]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return (self.found - len(self.spurious)) / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.correct_speaker / self.matched if self.matched else 1.0

    def tag_accuracy(self, tag: str) -> float:
        m, c = self.by_tag.get(tag, [0, 0])
        return c / m if m else 1.0

    def summary(self) -> dict[str, float | int]:
        return {
            "gold": self.gold, "found": self.found, "matched": self.matched,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "pronoun_accuracy": round(self.tag_accuracy("pronoun"), 4),
            "floating_accuracy": round(self.tag_accuracy("floating"), 4),
            "scare_given_speaker": self.scare_given_speaker, "scare_gold": self.scare_gold,
        }


def _tags(q: dict) -> set[str]:
    note = (q.get("note") or "").lower()
    tags = set()
    if any(w in note for w in ("pronoun", "he said", "she said", "they said", "he added", "she added")):
        tags.add("pronoun")
    if any(w in note for w in ("floating", "continu", "multi-paragraph", "second quote")):
        tags.add("floating")
    if q.get("speaker") is None:
        tags.add("nobody")
    if q.get("kind") in {"scare", "title", "nickname"}:
        tags.add("scare")
    return tags


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(a[1] - a[0], b[1] - b[0], 1)


_OPENING_MARKS = "“\"‘'"


def _locate(text: str, quoted: str, start: int, body: list[tuple[int, int]]) -> int:
    """Offset of a gold text at or after ``start``. Gold texts leave out their enclosing
    marks and are never taken from the title or subheadings, so the first occurrence in
    a body paragraph right after an opening quote mark wins ("Cal" in ``Callum "Cal" X``
    is not the start of "Callum"; a term the title also quotes is the body's); else the
    first in a body paragraph; else the first at all; -1 if none."""
    first = text.find(quoted, start)
    in_body = -1
    pos = first
    while pos >= 0:
        if any(lo <= pos < hi for lo, hi in body):
            if pos > 0 and text[pos - 1] in _OPENING_MARKS:
                return pos
            in_body = pos if in_body < 0 else in_body
        pos = text.find(quoted, pos + 1)
    return in_body if in_body >= 0 else first


# splits labelled before an organisation's own statement ("Q," Brightwater Marine Works
# said in a statement) was given to the organisation, and never read since: their labels
# say "nobody" there, so an organisation found is scored as nobody
LABELLED_BEFORE_ORGANISATIONS = frozenset({"blind8", "blind12"})


def evaluate_dir(directory: Path, report: AttributionReport | None = None) -> AttributionReport:
    report = report or AttributionReport()
    legacy = directory.name in LABELLED_BEFORE_ORGANISATIONS
    for gold_path in sorted(directory.glob("*.gold.json")):
        md = gold_path.with_name(gold_path.name.replace(".gold.json", ".md"))
        evaluate_article(md, json.loads(gold_path.read_text(encoding="utf-8")), report, organisations_as_nobody=legacy)
    return report


def evaluate_article(md: Path, gold: dict, report: AttributionReport,
                     organisations_as_nobody: bool = False) -> AttributionReport:
    item = process(load_file(md, 10_000_000))
    if organisations_as_nobody:
        bodies = {s.name for s in item.speakers if s.kind == "organization"}
        item.quotes = [replace(q, speaker=None) if q.speaker in bodies else q for q in item.quotes]
    text = item.article.text
    found = list(item.quotes)
    report.found += len(found)
    used: set[int] = set()
    body = [(b.start, b.end) for b in item.article.blocks if b.kind == "paragraph"]
    # locate gold spans in the canonical text (in order, so repeated words map right)
    cursor = 0
    for g in gold["quotes"]:
        report.gold += 1
        tags = _tags(g)
        if "scare" in tags:
            report.scare_gold += 1
        pos = _locate(text, g["text"], cursor, body)
        if pos < 0:
            pos = _locate(text, g["text"], 0, body)
        gspan = (pos, pos + len(g["text"])) if pos >= 0 else (-1, -1)
        if pos >= 0:
            cursor = pos + 1
        match = None
        for k, q in enumerate(found):
            if k in used:
                continue
            if _norm(q.text) == _norm(g["text"]) and (pos < 0 or abs(q.start - pos) < 5):
                match = k
                break
        if match is None and pos >= 0:
            for k, q in enumerate(found):
                if k not in used and _overlap((q.start, q.end), gspan) >= 0.5:
                    match = k
                    break
        if match is None:
            report.missed.append(Case(md.name, g["text"], None, g.get("speaker"), None, ",".join(sorted(tags))))
            continue
        used.add(match)
        q = found[match]
        report.matched += 1
        ok = q.speaker == g.get("speaker")
        if ok:
            report.correct_speaker += 1
        else:
            report.errors.append(Case(md.name, g["text"], q.text, g.get("speaker"), q.speaker, ",".join(sorted(tags)) + " | " + q.reason))
        if "scare" in tags and q.speaker is not None:
            report.scare_given_speaker += 1
        for t in tags:
            m, c = report.by_tag.get(t, [0, 0])
            report.by_tag[t] = [m + 1, c + int(ok)]
    for k, q in enumerate(found):
        if k not in used:
            report.spurious.append((md.name, q.text, q.speaker))
    return report
