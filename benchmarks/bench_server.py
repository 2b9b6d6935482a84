"""Server benchmark over loopback: time from `python app.py` to the first answer,
answers per second and latency with 16 concurrent clients for 30 s (extractive
backend), and the server's resident memory.

    .venv/bin/python benchmarks/bench_server.py [--clients 16] [--seconds 30]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from common import ROOT, median, pct, report


def rss_mib(pid: int) -> dict:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS", "VmHWM")):
            out[line.split(":")[0]] = round(int(line.split()[1]) / 1024, 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--no-cache", action="store_true", help="turn the answer cache off (every answer computed)")
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT / "tests"))
    from support import free_port

    port = free_port()
    env = {**os.environ, "ASSISTANT_DATA_DIR": tempfile.mkdtemp(prefix="bench-server-"), "ASSISTANT_PORT": str(port),
           "ASSISTANT_ANSWER_CACHE": "0" if args.no_cache else "512"}
    base = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    first = None
    while first is None:
        try:
            r = httpx.post(base + "/api/ask", json={"question": "What did Ben Hodges say?"}, timeout=30)
            if r.status_code == 200:
                first = time.perf_counter() - t0
        except httpx.HTTPError:
            time.sleep(0.2)
        if proc.poll() is not None:
            raise RuntimeError("server exited")
    questions = [json.loads(l)["question"] for l in (ROOT / "tests/data/testsets/default_article.jsonl").read_text().splitlines()
                 if l.strip() and not json.loads(l)["history"]]
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.perf_counter() + args.seconds

    def client(k: int) -> None:
        with httpx.Client(timeout=30) as c:
            i = k
            while time.perf_counter() < stop:
                q = questions[i % len(questions)]
                i += args.clients
                t = time.perf_counter()
                try:
                    ok = c.post(base + "/api/ask", json={"question": q}).status_code == 200
                except httpx.HTTPError:
                    ok = False
                dt = (time.perf_counter() - t) * 1000
                with lock:
                    if ok:
                        latencies.append(dt)
                    else:
                        errors[0] += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    mem = rss_mib(proc.pid)
    proc.terminate()
    proc.wait(timeout=30)
    report("server-nocache" if args.no_cache else "server", {
        "answer_cache": not args.no_cache,
        "start_to_first_answer_s": round(first, 2),
        "clients": args.clients, "seconds": round(elapsed, 1), "answers": len(latencies), "errors": errors[0],
        "answers_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(median(latencies), 1), "p95_ms": round(pct(latencies, 95), 1),
        "server_rss_mib": mem.get("VmRSS"), "server_peak_rss_mib": mem.get("VmHWM"),
    })


if __name__ == "__main__":
    main()
