"""Write a run's outputs: results.json, report.md, a self-contained report.html (inline
SVG plots, cited spans highlighted in their passages) and JUnit XML."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

HEADLINE = ["pass_rate", "quote_fidelity", "speaker_accuracy", "quote_recall", "speaker_precision", "speaker_recall",
            "fact_recall", "citation_validity", "abstention", "correct_refusal_rate", "false_answer_rate",
            "over_refusal_rate", "hit@5", "recall@5", "mrr", "ndcg@10", "token_f1", "rouge_l", "semantic_similarity", "llm_faithfulness", "forbidden_hits",
            "error_rate"]


def write_all(run: dict[str, Any], out: Path, passages: dict[str, str] | None = None,
              gate_problems: list[str] | None = None, comparison: dict[str, Any] | None = None) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "results": out / "results.json", "markdown": out / "report.md",
        "html": out / "report.html", "junit": out / "junit.xml",
    }
    run = {**run, "gate": gate_problems or [], "comparison": comparison}
    paths["results"].write_text(json.dumps(run, ensure_ascii=False, indent=1), encoding="utf-8")
    paths["markdown"].write_text(markdown(run), encoding="utf-8")
    paths["html"].write_text(html_report(run, passages or {}), encoding="utf-8")
    paths["junit"].write_text(junit(run), encoding="utf-8")
    return paths


def _fmt(v: Any) -> str:
    return "–" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))


def markdown(run: dict[str, Any]) -> str:
    s = run["summary"]
    lines = [f"# Evaluation: {run['testset']}", "",
             f"{run['cases']} cases ({run['format']}), backend `{run['config']['backend']}`, dataset `{run['dataset_hash']}`,"
             f" revision `{(run.get('git_revision') or 'unknown')[:12]}`, {run['elapsed_s']} s.", "",
             "| metric | value |", "| --- | --- |"]
    for k in HEADLINE:
        if k in s:
            lines.append(f"| {k} | {_fmt(s[k])}" + (f" ± {_fmt(s.get(k + '_stdev'))}" if k + "_stdev" in s else "") + " |")
    lines += ["", "Abstention: " + ", ".join(f"{k} {v}" for k, v in s["abstention_matrix"].items()), ""]
    lines += ["| tag | cases | pass rate |", "| --- | --- | --- |"]
    lines += [f"| {t} | {v['cases']} | {v['pass_rate']:.3f} |" for t, v in s["by_tag"].items()]
    if run.get("gate"):
        lines += ["", "## Gate failed", ""] + [f"- {p}" for p in run["gate"]]
    if run.get("judge_warnings"):
        lines += ["", "## LLM judge warnings (advisory, never gating)", ""] + [f"- {w}" for w in run["judge_warnings"]]
    comp = run.get("comparison")
    if comp:
        lines += ["", "## Compared with the baseline", ""]
        lines += [f"- regressed: {r['id']} ({'; '.join(r['reasons'])})" for r in comp["regressed"]] or ["- no case regressed"]
    failed = [r for r in run["results"] if not r.get("passed")]
    if failed:
        lines += ["", "## Failed cases", ""]
        lines += [f"- `{r['id']}` {r['question']}: {'; '.join(r.get('reasons', []))}" for r in failed]
    return "\n".join(lines) + "\n"


def _bars(items: list[tuple[str, float]], width: int = 560, title: str = "") -> str:
    h = 22 * len(items) + 30
    rows = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" role="img" aria-label="{html.escape(title)}">',
            f'<text x="0" y="14" font-size="13" font-weight="bold">{html.escape(title)}</text>']
    for i, (name, v) in enumerate(items):
        y = 24 + i * 22
        w = max(0.0, min(1.0, v)) * (width - 230)
        rows.append(f'<text x="0" y="{y + 13}" font-size="12">{html.escape(name)}</text>')
        rows.append(f'<rect x="170" y="{y}" width="{w:.1f}" height="16" fill="#4a7bd0"/>')
        rows.append(f'<text x="{175 + w:.1f}" y="{y + 13}" font-size="12">{v:.3f}</text>')
    rows.append("</svg>")
    return "".join(rows)


def _curve(points: list[tuple[int, float]], width: int = 360, height: int = 200) -> str:
    if not points:
        return ""
    pad = 30
    xs = [p[0] for p in points]
    def px(k: int) -> float:
        return pad + (k - min(xs)) / max(1, max(xs) - min(xs)) * (width - 2 * pad)
    def py(v: float) -> float:
        return height - pad - v * (height - 2 * pad)
    path = " ".join(f"{'M' if i == 0 else 'L'}{px(k):.1f},{py(v):.1f}" for i, (k, v) in enumerate(points))
    dots = "".join(f'<circle cx="{px(k):.1f}" cy="{py(v):.1f}" r="3"/><text x="{px(k) - 8:.1f}" y="{height - 10}" font-size="11">k={k}</text>'
                   f'<text x="{px(k) + 4:.1f}" y="{py(v) - 6:.1f}" font-size="11">{v:.2f}</text>' for k, v in points)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="recall at k">'
            f'<text x="0" y="14" font-size="13" font-weight="bold">recall@k</text>'
            f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="#999"/>'
            f'<path d="{path}" fill="none" stroke="#d0704a" stroke-width="2"/>{dots}</svg>')


def _highlight(passage: str, spans: list[str]) -> str:
    out = html.escape(passage)
    for s in sorted(set(spans), key=len, reverse=True):
        e = html.escape(s)
        if e and e in out:
            out = out.replace(e, f"<mark>{e}</mark>", 1)
    return out


def html_report(run: dict[str, Any], passages: dict[str, str]) -> str:
    s = run["summary"]
    metric_items = [(k, float(s[k])) for k in HEADLINE if isinstance(s.get(k), (int, float)) and k not in {"forbidden_hits"}]
    tag_items = [(t, v["pass_rate"]) for t, v in s["by_tag"].items()]
    curve = [(k, s[f"recall@{k}"]) for k in (1, 3, 5, 10) if isinstance(s.get(f"recall@{k}"), (int, float))]
    m = s["abstention_matrix"]
    matrix = (f'<table class="matrix"><tr><th></th><th>answered</th><th>refused</th></tr>'
              f'<tr><th>answerable</th><td class="good">{m["answered"]}</td><td class="bad">{m["over_refusal"]}</td></tr>'
              f'<tr><th>unanswerable</th><td class="bad">{m["false_answer"]}</td><td class="good">{m["correct_refusal"]}</td></tr>'
              f'</table><p>errors: {m["error"]}</p>')
    cases = []
    for r in run["results"]:
        cites = r.get("citations") or []
        by_passage: dict[str, list[str]] = {}
        for c in cites:
            by_passage.setdefault(c["passage_id"], []).append(c["text"])
        ev = "".join(f'<blockquote>{_highlight(passages.get(pid, ""), texts)}</blockquote>' for pid, texts in by_passage.items())
        status = "pass" if r.get("passed") else "fail"
        reasons = html.escape("; ".join(r.get("reasons", [])))
        cit = "".join(f'<li>[{c["n"]}] {html.escape(c["kind"])} {html.escape(c.get("speaker") or "")} '
                      f'<code>{c["start"]}–{c["end"]}</code></li>' for c in cites)
        cases.append(f'<details class="{status}"><summary><b>{html.escape(r["id"])}</b> [{status}] '
                     f'{html.escape(r["question"])} <span class="why">{reasons}</span></summary>'
                     f'<p>{html.escape(r.get("answer") or r.get("error", ""))}</p><ul>{cit}</ul>{ev}</details>')
    gate = ("<h2>Gate failed</h2><ul>" + "".join(f"<li>{html.escape(p)}</li>" for p in run["gate"]) + "</ul>") if run.get("gate") else ""
    if run.get("judge_warnings"):
        gate += ("<h2>LLM judge warnings (advisory, never gating)</h2><ul>"
                 + "".join(f"<li>{html.escape(w)}</li>" for w in run["judge_warnings"]) + "</ul>")
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Evaluation report</title>
<style>body{{font-family:system-ui,sans-serif;max-width:1000px;margin:1rem auto;padding:0 1rem}}
mark{{background:#ffe58a}} .fail summary{{color:#a11}} .pass summary{{color:#161}} .why{{color:#777;font-size:.9em}}
blockquote{{border-left:3px solid #ccc;margin:.3rem 0;padding-left:.6rem;color:#333}}
table.matrix td,table.matrix th{{border:1px solid #ccc;padding:.3rem .8rem}} td.good{{background:#dff3df}} td.bad{{background:#f8dada}}
.plots{{display:flex;flex-wrap:wrap;gap:1.5rem}}</style></head><body>
<h1>Evaluation: {html.escape(run['testset'])}</h1>
<p>{run['cases']} cases ({html.escape(run['format'])}), backend <code>{html.escape(run['config']['backend'])}</code>,
dataset <code>{run['dataset_hash']}</code>, revision <code>{html.escape((run.get('git_revision') or 'unknown')[:12])}</code>,
pass rate <b>{s['pass_rate']:.3f}</b>.</p>{gate}
<div class="plots"><div>{_bars(metric_items, title='metrics')}</div><div>{_bars(tag_items, title='pass rate by tag')}</div>
<div><h3>abstention</h3>{matrix}</div><div>{_curve(curve)}</div></div>
<h2>Cases</h2>{''.join(cases)}</body></html>
"""


def junit(run: dict[str, Any]) -> str:
    results = run["results"]
    failures = sum(1 for r in results if not r.get("passed") and "error" not in r)
    errors = sum(1 for r in results if "error" in r)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<testsuites><testsuite name={quoteattr("assistant-eval:" + run["testset"])} tests="{len(results)}" '
           f'failures="{failures}" errors="{errors}" time="{run["elapsed_s"]}">']
    for r in results:
        t = (r.get("timings_ms") or {}).get("total", 0) / 1000
        name = quoteattr(f"{r['id']}" + (f" (run {r['run']})" if run.get("repeat", 1) > 1 else ""))
        out.append(f'<testcase classname="eval" name={name} time="{t:.3f}">')
        if "error" in r:
            out.append(f'<error message={quoteattr(r["error"])}/>')
        elif not r.get("passed"):
            out.append(f'<failure message={quoteattr("; ".join(r.get("reasons", [])))}>{escape(r.get("answer", ""))}</failure>')
        out.append("</testcase>")
    if run.get("gate"):
        out.append('<testcase classname="eval" name="gate"><failure message='
                   + quoteattr("; ".join(run["gate"])) + "/></testcase>")
    out.append("</testsuite></testsuites>")
    return "\n".join(out) + "\n"
