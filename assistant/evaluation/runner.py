"""Run a test set through the assistant and aggregate the metrics; gate and compare."""

from __future__ import annotations

import json
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.evaluation.dataset import Case, dataset_hash
from assistant.evaluation.metrics import score_case
from assistant.retrieval import retrieve
from assistant.settings import PROJECT_ROOT

LOWER_IS_BETTER = {"forbidden_hits", "false_answer_rate", "over_refusal_rate", "error_rate"}


def git_revision() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=5)
        return out.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def run(bot, cases: list[Case], backend: str | None = None, repeat: int = 1, testset: str = "",
        fmt: str = "native", progress: Callable[[int, int], None] | None = None, judge=None) -> dict[str, Any]:
    """Ask every case (``repeat`` times), score it, and aggregate. With a ``judge``
    (``assistant.evaluation.judge.Judge``) each answer also gets an LLM faithfulness score,
    reported and warned about but never part of passing or gating."""
    bot.library.refresh()
    articles = {aid: v.item.article.text for aid, v in bot.library.articles.items()}
    quotes_by_start = {(q.article_id, q.start): q for v in bot.library.articles.values() for q in v.item.quotes}
    passages = {p.id: p for v in bot.library.articles.values() for p in v.item.passages}
    runs: list[list[dict[str, Any]]] = []
    total = len(cases) * repeat
    done = 0
    t0 = time.perf_counter()
    for r in range(repeat):
        results = []
        for case in cases:
            opts = {k: v for k, v in {"backend": backend, "article_id": case.article_id}.items() if v}
            row: dict[str, Any] = {"id": case.id, "question": case.question, "tags": case.tags, "run": r}
            try:
                answer = bot.ask(case.question, case.history, **opts)
                d = answer.to_dict()
                scope = [case.article_id] if case.article_id else list(bot.library.articles)
                hits = retrieve(bot.library, case.question, 10, scope)
                ranked = list(dict.fromkeys(h.passage_id for h in hits))
                all_passages = [p for aid in scope for p in bot.library.articles[aid].item.passages]
                scored = score_case(case, d, articles, quotes_by_start, passages, ranked, all_passages)
                if case.expected_answer and case.answerable and not d["refused"]:
                    # second tier: MiniLM cosine between the answer and the reference (reported, never gating)
                    emb = bot.store.embeddings
                    a_vec, r_vec = emb.embed_many([d["answer"], case.expected_answer])
                    scored["metrics"]["semantic_similarity"] = {"score": round(float(a_vec @ r_vec), 4),
                                                                "reason": f"{emb.model_id} cosine vs expected answer"}
                if judge is not None:
                    from assistant.evaluation.judge import METRIC

                    scored["metrics"][METRIC] = judge.score(case.question, d["answer"], d["citations"])
                row.update({"answer": d["answer"], "refused": d["refused"], "backend": d["backend"],
                            "citations": d["citations"], "notice": d["notice"], "flags": d["flags"],
                            "timings_ms": d["timings_ms"], "retrieved_contexts": [h.text for h in hits[:5]],
                            "retrieved_passages": ranked, **scored})
            except Exception as exc:  # counted, not dropped
                row.update({"error": f"{type(exc).__name__}: {exc}", "passed": False, "reasons": ["error"],
                            "metrics": {}, "outcome": "error"})
            results.append(row)
            done += 1
            if progress:
                progress(done, total)
        runs.append(results)
    summaries = [aggregate(results) for results in runs]
    summary = summaries[0] if repeat == 1 else _spread(summaries)
    return {
        "testset": testset, "format": fmt, "dataset_hash": dataset_hash(cases), "cases": len(cases),
        "repeat": repeat, "git_revision": git_revision(),
        "config": {"backend": backend or bot.settings.backend, "top_k": bot.settings.top_k,
                   "embedding_model": bot.store.embeddings.model_id, "store": bot.settings.mode,
                   "openai_model": bot.settings.openai_model if (backend or bot.settings.backend) == "openai" else None},
        "elapsed_s": round(time.perf_counter() - t0, 2),
        "summary": summary,
        "judge_warnings": _judge_warnings(runs[0]) if judge is not None else [],
        "results": runs[0] if repeat == 1 else [row for rs in runs for row in rs],
    }


def _judge_warnings(results: list[dict[str, Any]]) -> list[str]:
    from assistant.evaluation.judge import warnings

    return warnings(results)


def aggregate(results: list[dict[str, Any]]) -> dict[str, Any]:
    metrics: dict[str, list[float]] = {}
    for row in results:
        for name, value in row.get("metrics", {}).items():
            if value.get("score") is not None:
                metrics.setdefault(name, []).append(value["score"])
    out: dict[str, Any] = {name: round(sum(v) / len(v), 4) for name, v in sorted(metrics.items())}
    outcomes = [row.get("outcome") for row in results]
    n = len(results) or 1
    out["pass_rate"] = round(sum(1 for r in results if r.get("passed")) / n, 4)
    out["error_rate"] = round(outcomes.count("error") / n, 4)
    unanswerable = outcomes.count("correct_refusal") + outcomes.count("false_answer")
    answerable = outcomes.count("answered") + outcomes.count("over_refusal")
    out["abstention_matrix"] = {k: outcomes.count(k) for k in ("answered", "over_refusal", "correct_refusal", "false_answer", "error")}
    out["correct_refusal_rate"] = round(outcomes.count("correct_refusal") / unanswerable, 4) if unanswerable else None
    out["false_answer_rate"] = round(outcomes.count("false_answer") / unanswerable, 4) if unanswerable else None
    out["over_refusal_rate"] = round(outcomes.count("over_refusal") / answerable, 4) if answerable else None
    tags: dict[str, list[int]] = {}
    for row in results:
        for t in row.get("tags") or ["untagged"]:
            tags.setdefault(t, [0, 0])
            tags[t][0] += 1
            tags[t][1] += int(bool(row.get("passed")))
    out["by_tag"] = {t: {"cases": c, "pass_rate": round(p / c, 4)} for t, (c, p) in sorted(tags.items())}
    lat = [row["timings_ms"].get("total", 0.0) for row in results if row.get("timings_ms")]
    out["latency_ms_p50"] = round(statistics.median(lat), 1) if lat else None
    return out


def _spread(summaries: list[dict[str, Any]]) -> dict[str, Any]:
    out = dict(summaries[0])
    for key, value in summaries[0].items():
        if isinstance(value, (int, float)) and value is not None:
            vals = [s[key] for s in summaries if isinstance(s.get(key), (int, float))]
            out[key] = round(statistics.mean(vals), 4)
            out[key + "_stdev"] = round(statistics.pstdev(vals), 4)
    return out


def gate(summary: dict[str, Any], thresholds: dict[str, Any], baseline: dict[str, Any] | None = None) -> list[str]:
    """Violations of a thresholds file: ``{metric: {min: x} | {max: y}}`` and
    ``max_drop: {metric: d}`` against a baseline summary."""
    problems = []
    for name, rule in (thresholds.get("metrics") or {}).items():
        if name == "llm_faithfulness":
            continue  # advisory only: a judge model never gates
        value = summary.get(name)
        if value is None:
            problems.append(f"{name}: not measured")
            continue
        if "min" in rule and value < rule["min"]:
            problems.append(f"{name} = {value} is below the minimum {rule['min']}")
        if "max" in rule and value > rule["max"]:
            problems.append(f"{name} = {value} is above the maximum {rule['max']}")
    if baseline:
        for name, drop in (thresholds.get("max_drop") or {}).items():
            before, now = baseline.get(name), summary.get(name)
            if before is None or now is None:
                continue
            change = (before - now) if name not in LOWER_IS_BETTER else (now - before)
            if change > drop:
                problems.append(f"{name} got worse by {change:.4f} (from {before} to {now}); allowed {drop}")
    return problems


def compare(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Cases that went from pass to fail (and back), and each metric's change."""
    before = {r["id"]: r for r in old.get("results", []) if r.get("run", 0) == 0}
    after = {r["id"]: r for r in new.get("results", []) if r.get("run", 0) == 0}
    regressed = [{"id": i, "question": after[i]["question"], "reasons": after[i].get("reasons", [])}
                 for i in after if i in before and before[i].get("passed") and not after[i].get("passed")]
    fixed = [i for i in after if i in before and not before[i].get("passed") and after[i].get("passed")]
    deltas = {}
    for k, v in new.get("summary", {}).items():
        o = old.get("summary", {}).get(k)
        if isinstance(v, (int, float)) and isinstance(o, (int, float)):
            deltas[k] = {"before": o, "after": v, "change": round(v - o, 4)}
    return {"regressed": regressed, "fixed": fixed, "metrics": deltas,
            "same_dataset": old.get("dataset_hash") == new.get("dataset_hash")}


def load_results(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))
