"""Warm extractive latency of two checkouts, run interleaved on the same machine.

    .venv/bin/python benchmarks/compare_latency.py OLD_DIR NEW_DIR [ROUNDS]

Each DIR holds a checkout's ``assistant``, ``ingest`` and ``prompts`` (for example
``git archive <commit> assistant ingest prompts | tar -x -C DIR``). Each round runs the
default question set three times with each checkout in turn, in a fresh process, with the
answer cache off and the query-embedding cache emptied before every question (as
bench_answers does), and prints each run's p50 and p95 and the ratio of the medians. On a
shared, noisy machine that is fairer than two runs of bench_answers apart in time."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "data" / "articles" / "allies-ukraine-us-backing.md"
CASES = ROOT / "tests" / "data" / "testsets" / "default_article.jsonl"


def one_run(checkout: str) -> dict:
    """In the child process: the checkout's code on the default article."""
    from assistant.runtime import configure_environment

    configure_environment()
    import assistant
    from assistant import Assistant
    from assistant.indexing import ingest_paths
    from assistant.settings import Settings

    assert assistant.__file__.startswith(checkout), assistant.__file__
    cases = [json.loads(line) for line in CASES.read_text().splitlines() if line.strip()]
    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="compare-latency-")) / "d", answer_cache=0)
    bot = Assistant.from_settings(settings)
    ingest_paths(bot.store, settings, [DEFAULT])
    bot.warm()

    def latencies(repeat: int) -> list[float]:
        out = []
        for _ in range(repeat):
            for c in cases:
                bot.store.embeddings.forget_queries()
                t = time.perf_counter()
                bot.ask(c["question"], c.get("history"))
                out.append((time.perf_counter() - t) * 1000)
        return sorted(out)

    latencies(1)  # warm
    times = latencies(3)
    return {"p50": round(statistics.median(times), 1), "p95": round(times[int(0.95 * (len(times) - 1))], 1)}


def main() -> None:
    if len(sys.argv) >= 3 and sys.argv[1] == "--one":
        print(json.dumps(one_run(sys.argv[2])))
        return
    old, new = (str(Path(p).resolve()) for p in sys.argv[1:3])
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    p50s: dict[str, list[float]] = {old: [], new: []}
    for _ in range(rounds):
        for checkout in (old, new):
            env = {**os.environ, "PYTHONPATH": checkout}
            out = subprocess.run([sys.executable, __file__, "--one", checkout], env=env, cwd=tempfile.gettempdir(),
                                 capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
            got = json.loads(out)
            p50s[checkout].append(got["p50"])
            print(json.dumps({"checkout": checkout, **got}), flush=True)
    ratio = statistics.median(p50s[new]) / statistics.median(p50s[old])
    print(json.dumps({"old_p50_median": statistics.median(p50s[old]), "new_p50_median": statistics.median(p50s[new]),
                      "new_over_old": round(ratio, 2)}))


if __name__ == "__main__":
    main()
