"""Answer benchmark: warm latency of the extractive backend in process and through
`assistant ask --jsonl`, on the default article and on a generated corpus of 10,000+
passages; time to first token and tokens per second of the local backend.

    .venv/bin/python benchmarks/bench_answers.py [--passages 10000] [--skip-local]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, median, pct, peak_rss_mib, report

from assistant.runtime import configure_environment

configure_environment()

DEFAULT = ROOT / "data" / "articles" / "allies-ukraine-us-backing.md"
SETS = [ROOT / "tests" / "data" / "testsets" / "default_article.jsonl"]


def questions() -> list[dict]:
    out = []
    for path in SETS:
        out += [json.loads(l) for l in path.read_text().splitlines() if l.strip()]
    return out


def latencies(bot, cases, repeat=3, **opts) -> list[float]:
    """Warm latency of fresh questions: the answer cache is off (settings) and the
    query-embedding cache is emptied before each call, so every answer embeds its
    question and runs the whole pipeline, as a new user question does."""
    times = []
    for _ in range(repeat):
        for c in cases:
            bot.store.embeddings.forget_queries()
            t = time.perf_counter()
            bot.ask(c["question"], c.get("history"), **opts)
            times.append((time.perf_counter() - t) * 1000)
    return times


def jsonl_latency(data_dir: Path, cases) -> dict:
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(data_dir), "ASSISTANT_ANSWER_CACHE": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "ask", "--jsonl"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    t_start = time.perf_counter()
    times = []
    first = None
    for i, c in enumerate(cases):  # each question once: no cache answers for it
        t = time.perf_counter()
        proc.stdin.write(json.dumps({"question": c["question"], "history": c.get("history") or []}) + "\n")
        proc.stdin.flush()
        proc.stdout.readline()
        dt = (time.perf_counter() - t) * 1000
        if i == 0:
            first = (time.perf_counter() - t_start)
        else:
            times.append(dt)
    proc.stdin.close()
    proc.wait(timeout=60)
    return {"first_answer_s_incl_startup": round(first, 2), "warm_p50_ms": round(median(times), 1),
            "warm_p95_ms": round(pct(times, 95), 1), "n": len(times)}


def corpus(tmp: Path, passages: int) -> Path:
    from corpus import synthetic_article

    d = tmp / "corpus"
    d.mkdir()
    rng = random.Random(11)
    n = 0
    i = 0
    while n < passages * 1.08:  # a few short paragraphs merge into one passage
        text = synthetic_article(rng, i)
        (d / f"a{i:05d}.md").write_text(text)
        n += text.count("\n\n")
        i += 1
    return d


def local_stream(bot) -> dict:
    from assistant.analysis import analyse
    from assistant.backends.base import Context
    from assistant.retrieval import retrieve

    backend = bot.backend("local")
    ok, why = backend.available()
    if not ok:
        return {"skipped": why}
    scope = list(bot.library.articles)
    t = time.perf_counter()
    backend.model()
    load = time.perf_counter() - t
    ttfts, rates = [], []
    # different questions, so llama.cpp cannot reuse a cached prompt beyond the shared system prompt
    for q in ["What did Ben Hodges say about Western troops?", "Who is François Heisbourg?",
              "How many troops would a force for Ukraine need?"]:
        ctx = Context(q, [], analyse(q, [], bot.library, scope), retrieve(bot.library, q, 6, scope), bot.library, scope)
        t = time.perf_counter()
        first = None
        pieces = 0
        for _piece in backend.stream(ctx):
            if first is None:
                first = time.perf_counter() - t
            pieces += 1
        total = time.perf_counter() - t
        ttfts.append(first * 1000)
        rates.append(pieces / max(total - first, 1e-6))
    return {"load_s": round(load, 2), "ttft_ms_median": round(median(ttfts), 1),
            "tokens_per_s_median": round(median(rates), 1), "max_tokens": bot.settings.local_max_tokens}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passages", type=int, default=10_000)
    ap.add_argument("--skip-local", action="store_true")
    args = ap.parse_args()

    from assistant.indexing import ingest_paths
    from assistant.service import Assistant
    from assistant.settings import Settings

    tmp = Path(tempfile.mkdtemp(prefix="bench-answers-"))
    cases = questions()
    settings = Settings(data_dir=tmp / "default", answer_cache=0)
    bot = Assistant.from_settings(settings)
    ingest_paths(bot.store, settings, [DEFAULT])
    bot.warm()
    latencies(bot, cases[:10], repeat=1)  # warm the sentence caches
    t = latencies(bot, cases)
    figures = {
        "default_article_in_process": {"p50_ms": round(median(t), 1), "p95_ms": round(pct(t, 95), 1), "n": len(t)},
        "default_article_ask_jsonl": jsonl_latency(tmp / "default", cases),
    }
    if not args.skip_local:
        figures["local_backend"] = local_stream(bot)

    big = Settings(data_dir=tmp / "big", answer_cache=0)
    bot2 = Assistant.from_settings(big)
    d = corpus(tmp, args.passages)
    t0 = time.perf_counter()
    ingest_paths(bot2.store, big, [d, DEFAULT])
    ingest_s = time.perf_counter() - t0
    bot2.warm()
    n_passages = sum(len(bot2.store.get_article(a).passages) for a in bot2.store.visible_ids())
    default_id = next(a for a in bot2.store.visible_ids() if "Allies" in bot2.store.get_article(a).article.title)
    latencies(bot2, cases[:10], repeat=1)
    t_all = latencies(bot2, cases, repeat=2)
    t_one = latencies(bot2, cases, repeat=2, article_id=default_id)
    figures["corpus"] = {
        "articles": len(bot2.store.visible_ids()), "passages": n_passages, "ingest_s": round(ingest_s, 1),
        "all_articles_p50_ms": round(median(t_all), 1), "all_articles_p95_ms": round(pct(t_all, 95), 1),
        "one_article_p50_ms": round(median(t_one), 1), "one_article_p95_ms": round(pct(t_one, 95), 1),
    }
    figures["peak_rss_mib"] = round(peak_rss_mib(), 1)
    report("answers", figures)


if __name__ == "__main__":
    main()
