"""Test sets: the native schema (JSONL or YAML) and importers for RAGAS (CSV or JSONL,
current and older column names), DeepEval goldens (JSON/JSONL) and promptfoo YAML
(``contains``, ``icontains``, ``not-contains``, ``regex``). A malformed set raises an
``InputError`` naming the line (or item) and the field."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import InputError

NATIVE_FIELDS = {"id", "question", "history", "article_id", "answerable", "expected_answer", "expected_quotes",
                 "expected_speakers", "expected_facts", "forbidden", "tags", "expected_regex"}


@dataclass(slots=True)
class Case:
    id: str
    question: str
    history: list[list[str]] = field(default_factory=list)
    article_id: str | None = None
    answerable: bool = True
    expected_answer: str = ""
    expected_quotes: list[dict[str, Any]] = field(default_factory=list)
    expected_speakers: list[str] = field(default_factory=list)
    expected_facts: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    expected_regex: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _err(source: str, where: str, message: str) -> InputError:
    return InputError(f"{where}: {message}", source)


def _str_list(value: Any, source: str, where: str, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(source, where, f"field '{name}' must be a list of strings")
    return list(value)


def case_from_native(raw: Any, source: str, where: str, index: int) -> Case:
    if not isinstance(raw, dict):
        raise _err(source, where, "expected an object")
    unknown = set(raw) - NATIVE_FIELDS
    if unknown:
        raise _err(source, where, f"unknown field '{sorted(unknown)[0]}'")
    q = raw.get("question")
    if not isinstance(q, str) or not q.strip():
        raise _err(source, where, "field 'question' must be a non-empty string")
    history = raw.get("history") or []
    if not isinstance(history, list) or not all(isinstance(t, list) and 1 <= len(t) <= 2 and all(isinstance(x, str) for x in t) for t in history):
        raise _err(source, where, "field 'history' must be a list of [user, assistant] string pairs")
    quotes = raw.get("expected_quotes") or []
    if not isinstance(quotes, list) or not all(isinstance(x, dict) and isinstance(x.get("text"), str) for x in quotes):
        raise _err(source, where, "field 'expected_quotes' must be a list of {text, speaker}")
    answerable = raw.get("answerable", True)
    if not isinstance(answerable, bool):
        raise _err(source, where, "field 'answerable' must be true or false")
    return Case(
        id=str(raw.get("id") or f"case-{index + 1}"),
        question=q,
        history=[list(t) for t in history],
        article_id=raw.get("article_id") or None,
        answerable=answerable,
        expected_answer=str(raw.get("expected_answer") or ""),
        expected_quotes=[{"text": x["text"], "speaker": x.get("speaker")} for x in quotes],
        expected_speakers=_str_list(raw.get("expected_speakers"), source, where, "expected_speakers"),
        expected_facts=_str_list(raw.get("expected_facts"), source, where, "expected_facts"),
        forbidden=_str_list(raw.get("forbidden"), source, where, "forbidden"),
        expected_regex=_str_list(raw.get("expected_regex"), source, where, "expected_regex"),
        tags=_str_list(raw.get("tags"), source, where, "tags"),
    )


def _from_ragas(raw: dict, source: str, where: str, index: int) -> Case:
    q = raw.get("user_input", raw.get("question"))
    if not isinstance(q, str) or not q.strip():
        raise _err(source, where, "field 'user_input' (or 'question') must be a non-empty string")
    reference = raw.get("reference", raw.get("ground_truth", raw.get("ground_truths")))
    if isinstance(reference, list):
        reference = " ".join(str(r) for r in reference)
    meta = raw.get("metadata") or {}
    if isinstance(meta, str) and meta.strip():
        try:
            meta = json.loads(meta)
        except json.JSONDecodeError as exc:
            raise _err(source, where, f"field 'metadata' is not valid JSON: {exc.msg}") from None
    base = {k: v for k, v in (meta or {}).items() if k in NATIVE_FIELDS}
    base.update({"question": q, "expected_answer": reference or base.get("expected_answer", "")})
    base.setdefault("id", raw.get("id") or f"case-{index + 1}")
    return case_from_native(base, source, where, index)


def _from_deepeval(raw: dict, source: str, where: str, index: int) -> Case:
    q = raw.get("input")
    if not isinstance(q, str) or not q.strip():
        raise _err(source, where, "field 'input' must be a non-empty string")
    meta = raw.get("additional_metadata") or {}
    if not isinstance(meta, dict):
        raise _err(source, where, "field 'additional_metadata' must be an object")
    base = {k: v for k, v in meta.items() if k in NATIVE_FIELDS}
    base.update({"question": q, "expected_answer": raw.get("expected_output") or ""})
    base.setdefault("id", meta.get("id") or f"case-{index + 1}")
    return case_from_native(base, source, where, index)


def _from_promptfoo(doc: Any, source: str) -> list[Case]:
    tests = doc.get("tests") if isinstance(doc, dict) else None
    if not isinstance(tests, list):
        raise _err(source, "top level", "a promptfoo file needs a 'tests' list")
    cases = []
    for i, t in enumerate(tests):
        where = f"tests[{i}]"
        if not isinstance(t, dict) or not isinstance(t.get("vars"), dict):
            raise _err(source, where, "each test needs 'vars'")
        v = t["vars"]
        q = v.get("question", v.get("query", v.get("input")))
        if not isinstance(q, str) or not q.strip():
            raise _err(source, where, "vars.question must be a non-empty string")
        meta = t.get("metadata") or {}
        base: dict[str, Any] = {k: val for k, val in meta.items() if k in NATIVE_FIELDS}
        base.pop("expected_regex", None)
        base.update({"id": meta.get("id") or t.get("description") or f"case-{i + 1}", "question": q})
        if "history" in v:
            base["history"] = v["history"]
        facts, forbidden, regex = list(base.get("expected_facts", [])), list(base.get("forbidden", [])), []
        for j, a in enumerate(t.get("assert") or []):
            kind, value = (a or {}).get("type"), (a or {}).get("value")
            if kind in {"contains", "icontains"}:
                facts.append(str(value))
            elif kind == "not-contains":
                forbidden.append(str(value))
            elif kind == "regex":
                regex.append(str(value))
            else:
                raise _err(source, f"{where}.assert[{j}]", f"unsupported assertion type {kind!r}")
        base.update({"expected_facts": list(dict.fromkeys(facts)), "forbidden": list(dict.fromkeys(forbidden)),
                     "expected_regex": regex})
        cases.append(case_from_native(base, source, where, i))
    return cases


def _records_jsonl(text: str, source: str) -> list[tuple[str, dict]]:
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _err(source, f"line {n}", f"invalid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise _err(source, f"line {n}", "expected a JSON object")
        out.append((f"line {n}", obj))
    return out


def load(path: Path) -> tuple[list[Case], str]:
    """Cases and the detected format (native, ragas, deepeval, promptfoo)."""
    source = str(path)
    if not path.is_file():
        raise InputError("no such test set", source)
    text = path.read_text(encoding="utf-8")
    suffix = path.suffix.lower()
    if suffix in {".yaml", ".yml"}:
        import yaml

        try:
            doc = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise _err(source, f"line {mark.line + 1}" if mark else "YAML", "invalid YAML") from None
        if isinstance(doc, dict) and "tests" in doc:
            return _from_promptfoo(doc, source), "promptfoo"
        items = doc.get("cases") if isinstance(doc, dict) else doc
        if not isinstance(items, list):
            raise _err(source, "top level", "expected a list of cases (or 'cases:' / promptfoo 'tests:')")
        return [case_from_native(x, source, f"item {i + 1}", i) for i, x in enumerate(items)], "native"
    if suffix == ".csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        return [_from_ragas(r, source, f"line {i + 2}", i) for i, r in enumerate(rows)], "ragas"
    if suffix == ".json":
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _err(source, f"line {exc.lineno}", f"invalid JSON ({exc.msg})") from None
        items = doc.get("goldens", doc.get("test_cases", doc.get("cases"))) if isinstance(doc, dict) else doc
        if not isinstance(items, list):
            raise _err(source, "top level", "expected a list")
        records = [(f"item {i + 1}", x) for i, x in enumerate(items)]
    else:
        records = _records_jsonl(text, source)
    if not records:
        raise InputError("the test set has no cases", source)
    first = records[0][1]
    if "input" in first:
        return [_from_deepeval(r, source, w, i) for i, (w, r) in enumerate(records)], "deepeval"
    if "user_input" in first or "ground_truth" in first or "reference" in first:
        return [_from_ragas(r, source, w, i) for i, (w, r) in enumerate(records)], "ragas"
    return [case_from_native(r, source, w, i) for i, (w, r) in enumerate(records)], "native"


def dataset_hash(cases: list[Case]) -> str:
    body = json.dumps([c.to_dict() for c in cases], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(body.encode()).hexdigest()[:16]


# --- export -------------------------------------------------------------------------------
def _meta(c: Case) -> dict[str, Any]:
    d = c.to_dict()
    return {k: v for k, v in d.items() if k not in {"question", "expected_answer"}}


def to_ragas_rows(cases: list[Case], results: list[dict] | None = None) -> list[dict[str, Any]]:
    """RAGAS columns; with results, ``response`` and ``retrieved_contexts`` too."""
    by_id = {r["id"]: r for r in results or []}
    rows = []
    for c in cases:
        r = by_id.get(c.id, {})
        rows.append({"user_input": c.question, "reference": c.expected_answer,
                     "response": r.get("answer", ""), "retrieved_contexts": r.get("retrieved_contexts", []),
                     "metadata": json.dumps(_meta(c), ensure_ascii=False)})
    return rows


def export(cases: list[Case], fmt: str, path: Path) -> None:
    if fmt == "ragas-jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in to_ragas_rows(cases)), encoding="utf-8")
    elif fmt == "ragas-csv":
        rows = to_ragas_rows(cases)
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=["user_input", "reference", "metadata"], extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
        path.write_text(buf.getvalue(), encoding="utf-8")
    elif fmt == "deepeval":
        goldens = [{"input": c.question, "expected_output": c.expected_answer, "additional_metadata": _meta(c)} for c in cases]
        path.write_text(json.dumps(goldens, ensure_ascii=False, indent=1), encoding="utf-8")
    elif fmt == "promptfoo":
        import yaml

        tests = []
        for c in cases:
            asserts = [{"type": "icontains", "value": f} for f in c.expected_facts]
            asserts += [{"type": "not-contains", "value": f} for f in c.forbidden]
            asserts += [{"type": "regex", "value": r} for r in c.expected_regex]
            meta = {k: v for k, v in _meta(c).items() if k not in {"expected_facts", "forbidden", "expected_regex", "history"}}
            meta["expected_answer"] = c.expected_answer
            tests.append({"description": c.id, "vars": {"question": c.question, "history": c.history},
                          "assert": asserts, "metadata": meta})
        path.write_text(yaml.safe_dump({"tests": tests}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    else:
        raise InputError(f"unknown export format {fmt!r}")
