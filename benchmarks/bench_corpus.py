"""Corpus latency, per question, for comparing two versions of the code on one index.

Ingests the generated corpus of 10,000+ passages (the one `bench_answers.py` uses) plus the
default article into DATA_DIR the first time, then times the 86 default-article questions
over the whole corpus, 2 rounds, each from scratch (answer cache off, query embeddings
forgotten). Run it once per version, in the same conditions, on the same DATA_DIR:

    git archive OLD assistant ingest prompts | tar -x -C /tmp/old
    .venv/bin/python benchmarks/bench_corpus.py /tmp/corpus-index              # this checkout
    .venv/bin/python benchmarks/bench_corpus.py /tmp/corpus-index --code /tmp/old

and compare the medians (and the per-question times it writes, to find what got slower).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--code", type=Path, help="a copy of assistant/, ingest/ and prompts/ to time instead of this checkout's")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    from common import ROOT, median, pct, report

    if args.code:  # (common puts this checkout first: the copy goes before it)
        sys.path.insert(0, str(args.code.resolve()))
    from corpus import synthetic_article

    from assistant.indexing import ingest_paths
    from assistant.runtime import configure_environment
    from assistant.service import Assistant
    from assistant.settings import Settings

    configure_environment()
    cases = [json.loads(line) for line in (ROOT / "tests/data/testsets/default_article.jsonl").read_text().splitlines()
             if line.strip()]
    settings = Settings(data_dir=args.data_dir, answer_cache=0)
    bot = Assistant.from_settings(settings)
    ingest_s = None
    if not bot.store.visible_ids():
        src = args.data_dir.parent / (args.data_dir.name + "-articles")
        src.mkdir(parents=True, exist_ok=True)
        rng, n, i = random.Random(11), 0, 0
        while n < 10_000 * 1.08:  # as bench_answers.py: a few short paragraphs merge into one passage
            text = synthetic_article(rng, i)
            (src / f"a{i:05d}.md").write_text(text)
            n += text.count("\n\n")
            i += 1
        t = time.perf_counter()
        ingest_paths(bot.store, settings, [src, ROOT / "data" / "articles" / "allies-ukraine-us-backing.md"])
        ingest_s = round(time.perf_counter() - t, 1)
        bot = Assistant.from_settings(settings)
    bot.warm()

    def run(batch, rounds):
        times: dict[str, list[float]] = {}
        for _ in range(rounds):
            for c in batch:
                bot.store.embeddings.forget_queries()
                t = time.perf_counter()
                bot.ask(c["question"], c.get("history"))
                times.setdefault(c["id"], []).append((time.perf_counter() - t) * 1000)
        return times

    run(cases[:10], 1)  # warm the sentence caches
    times = run(cases, args.rounds)
    flat = [x for v in times.values() for x in v]
    slowest = sorted(times, key=lambda k: -median(times[k]))[:5]
    report("corpus", {"code": str(args.code or ROOT), "ingest_s": ingest_s, "n": len(flat),
                      "p50_ms": round(median(flat), 1), "p95_ms": round(pct(flat, 95), 1),
                      "slowest_median_ms": {k: round(median(times[k]), 1) for k in slowest}})


if __name__ == "__main__":
    main()
